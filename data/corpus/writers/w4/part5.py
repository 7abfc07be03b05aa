import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w4-n051", candidate_id="w4-c21", interviewer_id="w4-i04", req_id="w4-r2",
         round="system_design", submitted_at="2025-01-28", recommendation="lean_hire", specificity=1,
         style=["prose", "terse", "american"], topic="experiment platform")
n.s("Olivia, system design.", "c")
n.s("Seemed to know experimentation platforms pretty well.", "v+", "system_thinking", hard="hedged")
n.s("Communication could be crisper.", "v-", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n052", candidate_id="w4-c22", interviewer_id="w4-i01", req_id="w4-r1",
         round="fundamentals", submitted_at="2025-02-18", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american", "quotes"], topic="new product forecasting")
n.s("I asked Arjun how he'd forecast demand for a brand-new product with no history, say a new oat milk.", "c", hard="question")
n.s("He suggested borrowing the curve from similar launches in the same category and scaling it by early sales once the first week came in.", "e+", "ml_fundamentals")
n.s("I asked him how he'd know when to trust the product's own data over the analogues.", "c")
n.s("He gave a pretty hand-wavy answer about 'when there's enough data' without saying how much.", "e-", "judgment")
n.blank()
n.s("Then we talked about cannibalization.", "c")
n.s("He pointed out that the new oat milk would probably eat into the existing one's sales and said he'd forecast the category total first, then split it.", "e+", "data_intuition")
n.s("That's the kind of thinking I want on the team.", "v+")
n.s("I asked what he'd do if a launch flopped and stores were stuck with stock; he said he'd cut the forecast quickly but didn't mention warning the stores.", "e0", "ownership", hard="mixed")
n.s("His answers on uncertainty were thin.", "v-", "ml_fundamentals")
n.s("I think he'd grow into the role quickly.", "v+", "learning", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n053", candidate_id="w4-c23", interviewer_id="w4-i05", req_id="w4-r2",
         round="system_design", submitted_at="2025-03-11", recommendation="hire", specificity=3,
         style=["bullets", "arrows", "headings", "abbreviations", "fragments", "quotes"], topic="self-serve dashboards",
         ratings={"user_impact": "strong_hire", "system_thinking": "lean_no_hire"})
n.h("SD: self-serve experiment results page")
n.b("q: PMs read results without an analyst; what do you show, what do you hide", "c", hard="question")
n.b("first thing she asked: how often PMs misread results today -> I said often", "e+", "user_impact", hard="question")
n.b("proposed one decision metric up top w/ CI, guardrails below, everything else behind a click", "e+", "metrics")
n.b("hides p-values before the planned end date -> 'otherwise they'll peek'", "e+", "metrics")
n.b("didn't cover what the page shows when the pipeline is late", "e-", "risk_awareness", hard="negated")
n.b("backend = 'whatever the platform has'", "e-", "system_thinking")
n.b("really strong product instincts", "v+", "user_impact")
n.b("would be great w/ PMs", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n054", candidate_id="w4-c24", interviewer_id="w4-i06", req_id="w4-r1",
         round="coding", submitted_at="2025-03-18", recommendation="lean_no_hire", specificity=3,
         style=["fragments", "british", "third_person"], topic="feature leakage",
         ratings={"coding": "lean_no_hire"})
n.s("Coding, 45 min, Python.", "c")
n.nl()
n.s("2 min: Task: build lag and rolling-mean features for a daily sales table without leaking the target.", "c")
n.nl()
n.s("9 min: Callum's rolling mean included the current day, i.e. leakage.", "e-", "data_intuition")
n.nl()
n.s("15 min: I asked what the model would know at prediction time; he saw the problem and shifted by one day.", "e+", "learning")
n.nl()
n.s("22 min: Code was a single 60-line function with no tests.", "e-", "coding")
n.nl()
n.s("30 min: Split part of it into two helpers once I asked how he would test it.", "e0", "coding")
n.nl()
n.s("38 min: Did not handle gaps in dates; lags were computed over rows, not days.", "e-", "coding", hard="negated")
n.blank()
n.s("Competent in places, careless in others.", "v0", "coding", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n055", candidate_id="w4-c25", interviewer_id="w4-i07", req_id="w4-r2",
         round="behavioural", submitted_at="2025-04-01", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes", "american"], topic="stakeholder disagreement")
n.s("Behavioral, 40 min.", "c")
n.s("I asked Alex about a time they disagreed with a stakeholder about an experiment result.", "c", hard="question")
n.s("They described a PM who wanted to ship after a +2% lift in week one, and said they asked for two more weeks because new-user traffic was unusually high.", "e+", "judgment")
n.s("They said the lift fell to zero by week three.", "e+", "metrics")
n.s("When I asked how they handled the PM's frustration in the meantime, they said 'I shared the daily lift chart every morning so it wasn't a black box'.", "e+", "communication")
n.s("I'm a bit unsure how much of this was theirs versus their manager's.", "v0", "ownership", hard="hedged")
n.s("Good instincts on novelty.", "v+", "metrics")
n.s("Warm, easy to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n056", candidate_id="w4-c26", interviewer_id="w4-i02", req_id="w4-r1",
         round="fundamentals", submitted_at="2025-04-22", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british", "quotes"], topic="model choice")
n.s("Fundamentals round, 45 minutes.", "c")
n.s("I asked Svetlana to compare exponential smoothing with gradient-boosted models for weekly store demand.", "c", hard="question")
n.s("She gave a competent overview of both.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Asked when she would prefer the simpler model, she said 'when there are few series or little history', which is correct as far as it goes.", "e+", "ml_fundamentals")
n.s("She could not explain why quantile predictions from the boosted model might cross.", "e-", "ml_fundamentals", hard="negated")
n.s("Her understanding of backtesting seemed sound.", "v+", "ml_fundamentals", hard="hedged")
n.s("On holiday effects she listed the usual features.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("I asked how she would roll a new model out to stores; she said she would run it in shadow for a month and compare bias by store before switching.", "e+", "risk_awareness")
n.s("She is knowledgeable, but I did not see much independent reasoning.", "v0", "judgment", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n057", candidate_id="w4-c27", interviewer_id="w4-i03", req_id="w4-r1",
         round="behavioural", submitted_at="2025-05-13", recommendation="hire", specificity=1,
         style=["prose", "terse", "american"], topic="behavioural")
n.s("Kwame was awesome to chat with!", "v+")
n.s("Super sharp, great with people.", "v+", "communication")
n.s("Hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n058", candidate_id="w4-c28", interviewer_id="w4-i01", req_id="w4-r2",
         round="data", submitted_at="2025-05-27", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="sample ratio mismatch")
n.s("I had Lucía look at a test readout with an obvious sample ratio mismatch.", "c")
n.s("She didn't spot it.", "e-", "data_intuition", hard="negated")
n.s("Overall she felt shaky on the basics.", "v-", "ml_fundamentals")
n.s("Nice person, and I think she'd be good with stakeholders.", "v+", "communication", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n059", candidate_id="w4-c29", interviewer_id="w4-i05", req_id="w4-r1",
         round="data", submitted_at="2025-06-10", recommendation="hire", specificity=4,
         style=["bullets", "arrows", "headings", "abbreviations", "fragments", "quotes"], topic="inventory",
         ratings={"data_intuition": "strong_hire", "ownership": "hire"})
n.h("Data: stockouts, shrink and forecast error")
n.b("setup: store-level stock counts + forecasts; asked why some stores always look over-forecast", "c")
n.b("first check: counted days where stock hit zero, by store -> high-error stores had 3x more stockouts", "e+", "data_intuition")
n.b("explained: sales are capped at stock on those days, so 'actuals' understate demand", "e+", "data_intuition", marker="  - ")
n.b("then looked at shrink (theft/spoilage) -> found 2 stores where book stock never matched counts", "e+", "data_intuition")
n.b("proposed: drop stockout days from training or treat them as censored", "e+", "ml_fundamentals")
n.b("asked who he'd tell about the 2 shrink stores -> 'loss prevention, and I'd follow up that someone actually looked'", "e+", "ownership")
n.b("missed that one store had a 2-week gap from a till migration", "e-", "data_intuition")
n.h("Comms")
n.b("summarised findings in 3 bullets for a store ops lead when asked", "e+", "communication")
n.b("a bit too quick to blame the data before checking the model", "v-", "judgment")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n060", candidate_id="w4-c30", interviewer_id="w4-i06", req_id="w4-r2",
         round="system_design", submitted_at="2025-06-24", recommendation="strong_hire", specificity=5,
         style=["fragments", "british", "third_person", "quotes"], topic="late data",
         ratings={"metrics": "strong_hire", "risk_awareness": "strong_hire", "system_thinking": "hire"})
n.s("System design, 50 min.", "c")
n.nl()
n.s("0 min: Brief: experiment readouts arrive late because order amendments trickle in for 48 hours; design a pipeline that gives PMs a trustworthy early read.", "c")
n.nl()
n.s("3 min: Riley asked what fraction of orders are amended and by how much; I said about 12%, mostly basket size.", "e+", "data_intuition", hard="question")
n.nl()
n.s("7 min: Proposed two numbers on the dashboard: a provisional estimate at 24h and a final one at 72h, the provisional one corrected with the historical amendment ratio.", "e+", "metrics")
n.nl()
n.s("12 min: Checked whether the amendment ratio differs by arm, since a treatment that changes basket building might change amendments too.", "e+", "data_intuition")
n.nl()
n.s("16 min: Sketched the pipeline: order events into a streaming table, nightly compaction, metric jobs keyed by experiment and day; estimated 30m events a day.", "e+", "system_thinking")
n.nl()
n.s("21 min: I asked what happens if the amendment feed breaks.", "c", hard="interviewer_action")
n.nl()
n.s("22 min: They said the provisional number should grey out automatically if the feed is more than six hours stale, and the owning team be paged.", "e+", "risk_awareness")
n.nl()
n.s("27 min: I pushed: PMs will ignore a grey number and ship anyway.", "c", hard="interviewer_action")
n.nl()
n.s("28 min: Riley suggested blocking the 'mark as winner' button until the final number exists, and accepted that PMs would grumble.", "e+", "judgment")
n.nl()
n.s("33 min: Raised unprompted that a slow read hurts small teams who can't wait three days, and proposed a CUPED-adjusted early read with a stricter threshold for them.", "e+", "user_impact")
n.nl()
n.s("38 min: One slip: the first variance formula for the ratio metric ignored the covariance between numerator and denominator; corrected with the delta method when I asked about ratio metrics.", "e0", "ml_fundamentals", hard="mixed")
n.nl()
n.s("44 min: Asked who currently owns the metrics pipeline and whether they'd inherit its on-call.", "e+", "ownership", hard="question")
n.blank()
n.s("Summary: every component tied to a failure mode and a user.", "v+", "system_thinking")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n061", candidate_id="w4-c31", interviewer_id="w4-i04", req_id="w4-r1",
         round="data", submitted_at="2025-07-01", recommendation="no_hire", specificity=1,
         style=["prose", "terse", "american"], topic="data")
n.s("Data round.", "c")
n.s("Emeka was weak.", "v-")
n.s("Didn't seem comfortable with messy real-world data.", "v-", "data_intuition", hard="hedged")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n062", candidate_id="w4-c32", interviewer_id="w4-i03", req_id="w4-r2",
         round="behavioural", submitted_at="2025-07-15", recommendation="strong_hire", specificity=2,
         style=["prose", "terse", "american"], topic="experiment review")
n.s("Hannah rocks!", "v+")
n.s("Told me she set up the experiment review meeting at her last job and still runs it every week.", "e+", "ownership")
n.s("She'd fit right in with our crew.", "v+", hard="biased")
n.s("Great leadership potential.", "v+", "ownership")
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n063", candidate_id="w4-c33", interviewer_id="w4-i07", req_id="w4-r1",
         round="system_design", submitted_at="2025-07-29", recommendation="lean_hire", specificity=2,
         style=["prose", "terse", "american"], topic="per-store models")
n.s("SD, 45 min.", "c")
n.s("Wei proposed one model per store for the weekly forecast and didn't say how he'd maintain 400 of them.", "e-", "system_thinking")
n.s("Decent ML knowledge.", "v+", "ml_fundamentals")
n.s("Came across a bit passive.", "v-", "ownership")
n.s("Lean hire, borderline.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n064", candidate_id="w4-c34", interviewer_id="w4-i01", req_id="w4-r2",
         round="debugging", submitted_at="2025-08-12", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="schema change")
n.s("I gave Aroha a failing nightly job: the experiment metrics table stopped updating on Sunday.", "c")
n.s("She looked at the job logs first and found a type error after a column changed from integer to string.", "e+", "coding")
n.s("She patched it by casting the column, and then, without me asking, added a schema check that fails loudly with the column name.", "e+", "risk_awareness")
n.s("I asked her what she'd tell the PMs who'd been looking at stale numbers since Sunday.", "c", hard="question")
n.s("She said she'd post in their channel which tests were affected and when the numbers would be back.", "e+", "communication")
n.s("When I asked how she'd know the check itself worked, she wrote a fixture with the bad column type and showed it failing.", "e+", "coding")
n.s("I liked her calm.", "v+")
n.s("She didn't check whether anyone had made a launch decision on the stale data.", "e-", "judgment", hard="negated")
n.s("Felt like someone who owns things.", "v+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n065", candidate_id="w4-c35", interviewer_id="w4-i05", req_id="w4-r2",
         round="system_design", submitted_at="2025-08-26", recommendation="no_hire", specificity=3,
         style=["bullets", "arrows", "headings", "abbreviations", "fragments", "quotes"], topic="novelty effects")
n.h("SD: novelty-aware readouts")
n.b("q: how should the platform detect + handle novelty effects", "c", hard="question")
n.b("answer: 'run tests for longer'", "e-", "metrics")
n.b("how much longer -> 'a month', no reasoning", "e-", "judgment", marker="  - ")
n.b("didn't mention new vs existing users or plotting lift over time", "e-", "metrics", hard="negated")
n.b("hint: asked what the daily lift curve looks like -> still didn't connect it", "e-", "learning")
n.b("platform design: vague boxes, no data flow", "v-", "system_thinking")
n.b("rollback for a bad readout config -> 'flag it off and re-run', fine", "e+", "risk_awareness")
n.b("polite, listened well", "v+", "communication")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w4_notes_part5.jsonl", notes)
print(len(notes), "notes")
