import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w4-c10 Seun (he), r1 forecasting ----
n = Note(note_id="w4-n037", candidate_id="w4-c10", interviewer_id="w4-i06", req_id="w4-r1",
         round="coding", submitted_at="2025-11-18", recommendation="hire", specificity=4,
         style=["fragments", "british", "third_person", "quotes"], topic="inventory reconciliation",
         ratings={"coding": "strong_hire"})
n.s("Coding round, 45 min.", "c")
n.nl()
n.s("3 min: Problem: reconcile two inventory feeds (warehouse system and store counts) and report SKUs whose counts disagree by more than 5%.", "c")
n.nl()
n.s("7 min: Seun asked which feed we trust when they disagree; I said neither.", "e+", "data_intuition", hard="question")
n.nl()
n.s("12 min: Outer join on SKU and store, explicit handling of SKUs missing from one side, and a comment explaining the choice.", "e+", "coding")
n.nl()
n.s("20 min: Wrote tests for zero counts on both sides before I asked, and found his own bug where 0 vs 0 was flagged as a 100% difference.", "e+", "coding")
n.nl()
n.s("28 min: I asked how he'd run it daily and who would look at the output.", "c", hard="interviewer_action")
n.nl()
n.s("29 min: He suggested sending each store manager their top 50 discrepancies rather than the full list, because 'nobody reads 3,000 rows'.", "e+", "user_impact")
n.nl()
n.s("36 min: Brief confusion over pandas merge indicators, resolved by reading the docs.", "e0", "coding")
n.blank()
n.s("Strong coder, pragmatic.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n038", candidate_id="w4-c10", interviewer_id="w4-i07", req_id="w4-r1",
         round="data", submitted_at="2025-11-19", recommendation="lean_no_hire", specificity=4,
         style=["prose", "bullets", "headings", "quotes", "first_person", "american"], topic="repeat orders",
         ratings={"coding": "no_hire", "learning": "hire"})
n.s("Data round, 50 min, SQL in our warehouse sandbox.", "c")
n.s("I asked Seun to find out whether the new 'order again' button increased repeat orders, using the raw event tables.", "c")
n.h("What happened")
n.b("His first query joined events to orders on user_id only, which multiplied rows; he didn't notice the totals were 4x the dashboard.", "e-", "coding")
n.b("When I asked him to sanity-check the count, he found the fan-out and fixed it with a date condition.", "e+", "learning")
n.b("His second query put a WHERE on the left-joined table, turning it into an inner join and dropping users with no orders.", "e-", "coding")
n.b("He asked 'do we count orders that were later cancelled?', a good question; I said no.", "e+", "data_intuition", hard="question")
n.b("He compared users who clicked the button with those who didn't and called the difference the effect.", "e-", "metrics")
n.b("When I said clickers might just be heavier users, he said 'fair, we'd need the experiment data' and asked for it.", "e+", "learning", marker="  - ")
n.h("Summary")
n.b("Thinks well but his SQL wasn't reliable today.", "v0", "coding", hard="mixed")
n.b("Lean no hire, though I'd be open to hearing the coding round went better.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n039", candidate_id="w4-c10", interviewer_id="w4-i04", req_id="w4-r1",
         round="system_design", submitted_at="2025-11-19", recommendation="hire", specificity=2,
         style=["prose", "terse", "american"], topic="feature store")
n.s("Seun, SD.", "c")
n.s("Good big-picture thinker.", "v+", "system_thinking")
n.s("Talked about keeping the holiday calendar in a feature store, made sense.", "e+", "system_thinking")
n.s("Solid but not exceptional.", "v0")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n040", candidate_id="w4-c10", interviewer_id="w4-i01", req_id="w4-r1",
         round="fundamentals", submitted_at="2025-11-20", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="intermittent demand",
         ratings={"ml_fundamentals": "lean_hire", "learning": "hire"})
n.s("I asked Seun why a forecasting model's error might look great in backtest but bad in production.", "c", hard="question")
n.s("He said the backtest probably used values that wouldn't be known at forecast time, like the final promo calendar.", "e+", "data_intuition")
n.s("Then I asked him about intermittent demand.", "c")
n.s("His first answer was to log-transform the target, which doesn't help much when most days are zero.", "e-", "ml_fundamentals")
n.s("After my hint he switched to modelling the chance of any sale and the size of the sale separately, and explained why.", "e+", "learning")
n.s("He also caught himself on evaluation: he said MAPE would blow up and proposed MASE instead.", "e+", "metrics")
n.s("I think he knows more than he lets on.", "v+", hard="hedged")
n.s("Quiet at first but warmed up.", "v0", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w4-n041", candidate_id="w4-c11", interviewer_id="w4-i04", req_id="w4-r1",
         round="fundamentals", submitted_at="2024-09-10", recommendation="hire", specificity=1,
         style=["prose", "terse", "american"], topic="forecasting")
n.s("Good candidate.", "v+")
n.s("Knows forecasting and inventory really well, tons of relevant experience.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Communicates nicely.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n042", candidate_id="w4-c12", interviewer_id="w4-i02", req_id="w4-r2",
         round="fundamentals", submitted_at="2024-09-24", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british", "quotes"], topic="variance reduction",
         ratings={"ml_fundamentals": "lean_no_hire"})
n.s("Fundamentals round, 45 minutes.", "c")
n.s("I asked Rohan to explain how stratified sampling and CUPED differ as ways of reducing variance.", "c", hard="question")
n.s("He described stratification correctly but said CUPED 'removes outliers', which it does not.", "e-", "ml_fundamentals")
n.s("When I asked him to write the adjusted metric, he produced Y minus theta times X but could not say what theta should be.", "e-", "ml_fundamentals")
n.s("Given the hint that theta minimises the variance of the adjusted metric, he derived cov(X,Y)/var(X) in about three minutes.", "e+", "learning")
n.blank()
n.s("I then asked what he would use as the covariate for a test on delivery-slot pricing.", "c")
n.s("He proposed last month's orders per user, and noted that users who joined during the test would have no value.", "e+", "data_intuition")
n.s("He did not consider that a pricing change might alter who signs up, which would make the arms incomparable on new users.", "e-", "metrics", hard="negated")
n.s("His explanations were clear and he checked his algebra aloud.", "e+", "communication")
n.blank()
n.s("Potential is there, but the fundamentals are patchy for a senior role.", "v-", "ml_fundamentals")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n043", candidate_id="w4-c13", interviewer_id="w4-i05", req_id="w4-r1",
         round="system_design", submitted_at="2024-10-08", recommendation="hire", specificity=3,
         style=["bullets", "arrows", "headings", "abbreviations", "fragments", "quotes"], topic="dashboards",
         ratings={"user_impact": "strong_hire", "system_thinking": "lean_hire"})
n.h("SD: forecast accuracy dashboard for category managers")
n.b("q: how would you show forecast quality to ~80 category managers who don't know what WAPE is", "c", hard="question")
n.b("started from the user: asked what decision a category manager makes with it -> ordering + promo planning", "e+", "user_impact")
n.b("proposed bias (over vs under) as the headline, not WAPE -> 'they care which way it's wrong'", "e+", "metrics")
n.b("drill-down: category -> SKU -> store", "e0", "system_thinking")
n.b("data freshness: didn't say how stale it could get or what happens when the nightly job fails", "e-", "risk_awareness", hard="negated")
n.b("great product sense", "v+", "user_impact")
n.b("a bit light on the backend", "v-", "system_thinking")
n.b("clear communicator", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n044", candidate_id="w4-c14", interviewer_id="w4-i03", req_id="w4-r1",
         round="behavioural", submitted_at="2024-10-15", recommendation="strong_hire", specificity=1,
         style=["prose", "terse", "american"], topic="behavioural")
n.s("Marcus is awesome.", "v+")
n.s("Big personality, would light up the team.", "v+", hard="biased")
n.s("Really knows inventory inside and out.", "v+", "data_intuition", hard="tech_vague")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n045", candidate_id="w4-c15", interviewer_id="w4-i06", req_id="w4-r2",
         round="debugging", submitted_at="2024-11-05", recommendation="lean_hire", specificity=3,
         style=["fragments", "british", "third_person"], topic="schema change",
         ratings={"data_intuition": "lean_hire"})
n.s("Debugging, 45 min.", "c")
n.nl()
n.s("0 min: Scenario: a dashboard shows conversion for every running test falling 8% on Monday; nothing launched.", "c")
n.nl()
n.s("5 min: Yuki checked whether the drop was in the numerator or the denominator.", "e+", "data_intuition", hard="plain_evidence")
n.nl()
n.s("12 min: Found sessions had doubled; suspected bots.", "e+", "data_intuition")
n.nl()
n.s("20 min: Slow to look at the ingestion logs, which showed a schema change in the sessions table (new session_id format).", "e-", "data_intuition")
n.nl()
n.s("26 min: Once she saw it, proposed a mapping table between old and new IDs to dedupe.", "e+", "system_thinking")
n.nl()
n.s("33 min: I asked how she would stop this recurring.", "c", hard="interviewer_action")
n.nl()
n.s("34 min: Suggested a contract test on the sessions schema owned by the producing team, and said she'd write it herself if they couldn't.", "e+", "ownership")
n.blank()
n.s("Decent debugger, a bit scattered in the middle.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n046", candidate_id="w4-c16", interviewer_id="w4-i07", req_id="w4-r2",
         round="system_design", submitted_at="2024-11-19", recommendation="hire", specificity=5,
         style=["prose", "bullets", "headings", "quotes", "first_person", "american"], topic="guardrails and rollback",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "hire", "judgment": "hire"})
n.s("System design, 50 min.", "c")
n.s("I asked Ravi to design how our experiment platform should handle a test that starts hurting the business mid-flight.", "c", hard="question")
n.s("He started by asking which metrics we already monitor hourly and how quickly order data lands.", "e+", "system_thinking", hard="question")
n.s("He proposed guardrail metrics per test (order rate, cancellation rate, delivery lateness) with sequential boundaries so that hourly checks don't inflate false alarms.", "e+", "risk_awareness")
n.s("He explained that a kill switch should revert assignment to control within minutes, and that the assignment service should cache the kill flag so a database outage doesn't keep the bad variant live.", "e+", "risk_awareness")
n.s("I asked what happens to the data of a killed test.", "c")
n.s("He said to keep it, mark it as stopped early, and stop anyone reading the primary metric as final, since early stopping biases the estimate.", "e+", "metrics")
n.h("Pushback")
n.b("I argued that auto-killing tests would annoy PMs; he agreed and suggested auto-pause with a page to the owner, keeping auto-kill only for a hard threshold on cancellations.", "e+", "judgment")
n.b("He said 'I'd rather explain a false alarm than a week of broken checkouts'.", "e+", "risk_awareness")
n.b("When I raised customers using accessibility settings, he said he had no idea how we'd segment that and asked whether we log it.", "e0", "user_impact")
n.h("Gaps")
n.b("Didn't estimate load on the monitoring jobs.", "e-", "system_thinking", hard="negated")
n.b("His first threshold (any drop over 1%) would have paged constantly; he revised it after I pointed at daily noise.", "e0", "learning", hard="mixed")
n.blank()
n.s("Clear, structured, open to pushback.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n047", candidate_id="w4-c17", interviewer_id="w4-i01", req_id="w4-r1",
         round="data", submitted_at="2024-12-03", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="data quality")
n.s("I gave Chloé a week of hourly orders for one city and asked her to find anything odd before we trained on it.", "c")
n.s("She found the daylight-saving gap (a missing 2am hour) in a few minutes, which I was pleased about.", "e+", "data_intuition")
n.s("She then spent a long time on outliers that turned out to be a real heatwave.", "e-", "judgment")
n.s("I asked her what she'd do about the heatwave days.", "c", hard="interviewer_action")
n.s("She said maybe drop them, maybe keep them with a temperature feature, and didn't pick one.", "e-", "judgment")
n.s("She's clearly smart.", "v+")
n.s("I'm not convinced she'd make calls on her own yet.", "v-", "judgment", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n048", candidate_id="w4-c18", interviewer_id="w4-i04", req_id="w4-r2",
         round="coding", submitted_at="2024-12-10", recommendation="lean_no_hire", specificity=2,
         style=["prose", "terse", "abbreviations", "american"], topic="coding")
n.s("Liam, coding.", "c")
n.s("Didn't finish.", "e-", "coding", hard="plain_evidence")
n.s("Struggled with the stats bits, not a strong coder.", "v-", "coding")
n.s("Nice guy though.", "v+", hard="biased")
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n049", candidate_id="w4-c19", interviewer_id="w4-i02", req_id="w4-r1",
         round="system_design", submitted_at="2025-01-14", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="automated ordering",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "hire", "user_impact": "hire"})
n.s("System design round, 50 minutes.", "c")
n.s("The brief: design the forecasting pipeline that feeds automated ordering for 300 stores, including what happens when an upstream feed is late.", "c")
n.blank()
n.s("Zainab began by asking for the ordering deadline and, on hearing 06:00, worked backwards: forecasts by 04:00, features by 02:00, data cut-off at midnight.", "e+", "system_thinking")
n.s("She asked how often the till feed arrives late; I said roughly once a fortnight for some stores.", "e+", "data_intuition", hard="question")
n.s("For those stores she proposed forecasting from the last complete day and widening the safety stock, rather than waiting and missing the deadline.", "e+", "judgment")
n.s("She wanted the fallback logged per store so that planners could see which orders were placed on stale data.", "e+", "user_impact")
n.s("She sized the job: 300 stores times 15,000 SKUs is 4.5 million series, which she said argued for one global gradient-boosted model rather than a model per series.", "e+", "system_thinking")
n.blank()
n.s("Asked about holidays, she proposed a calendar table maintained by the planning team, with lead and lag features, and pointed out that regional holidays differ between stores.", "e+", "ml_fundamentals")
n.s("She raised a risk I had not asked about: a model that under-forecasts before a holiday causes stockouts that suppress next year's training data.", "e+", "risk_awareness")
n.s("To handle it she suggested flagging stockout days and treating their sales as censored.", "e+", "ml_fundamentals")
n.s("Her rollout plan ran the new model in shadow for four weeks alongside current orders, with rollback to the old model by configuration.", "e+", "risk_awareness")
n.blank()
n.s("The one weakness was monitoring: she named forecast bias per store but did not say who would be alerted or at what threshold.", "e-", "risk_awareness")
n.s("When I asked, she said she'd own the alert herself for the first quarter and hand over with a runbook.", "e+", "ownership")
n.s("She explained every decision in plain terms and checked whether I wanted more depth before moving on.", "e+", "communication")
n.blank()
n.s("Recommendation: strong hire; the clearest design answer I have heard for this req.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n050", candidate_id="w4-c20", interviewer_id="w4-i03", req_id="w4-r2",
         round="behavioural", submitted_at="2025-01-21", recommendation="hire", specificity=2,
         style=["prose", "terse", "american"], topic="dashboards")
n.s("Ben's great, really fun to talk to.", "v+", hard="biased")
n.s("He told me about a dashboard he built that caught a broken test in its first hour.", "e+", "risk_awareness")
n.s("Super collaborative.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w4_notes_part4.jsonl", notes)
print(len(notes), "notes")
