import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c03 Amara Nwosu (she), r1 ----
n = Note(note_id="w24-n011", candidate_id="w24-c03", interviewer_id="w24-i04", req_id="w24-r1",
         round="data", submitted_at="2025-06-02", recommendation="hire",
         specificity=4, style=["prose", "third_person", "british"], topic="sanctions screening",
         ratings={"data_intuition": "strong_hire"})
n.s("Data round, Amara Nwosu, 45 min.", "c")
n.s("Task: the sanctions screening hits from last half-year, 3 200 hits and 11 true matches, and she should say how to evaluate a new matcher.", "c")
n.s("She asked first how the 11 true matches were confirmed, by whom, and if any hit was never reviewed.", "e+", "data_intuition", hard="question")
n.s("Then she said that with 11 positives any recall number is very uncertain, one miss is 9 percent.", "e+", "metrics")
n.s("Her proposal was to build a test set with synthetic variants of the listed names, transliterations, swapped order, missing middle name, and measure recall on those.", "e+", "data_intuition")
n.s("This I liked much.", "v+")
n.blank()
n.s("She wanted also to check the hits by nationality of the customer, because a matcher tuned on Latin names gives more false hits for Arabic names and those customers get the payments stopped.", "e+", "user_impact")
n.s("The SQL she wrote had one mistake with the join, she used inner join and lost the hits without review, but she saw it herself when the count was lower than expected.", "e0", "coding", hard="mixed")
n.s("Not much time left for the threshold discussion.", "c")
n.blank()
n.s("Hire, strong on data.", "v+", "data_intuition", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n012", candidate_id="w24-c03", interviewer_id="w24-i06", req_id="w24-r1",
         round="system_design", submitted_at="2025-06-02", recommendation="lean_hire",
         specificity=4, style=["terse", "abbreviations", "bullets", "arrows"], topic="real-time monitoring",
         ratings={"system_thinking": "hire", "data_intuition": "lean_no_hire"})
n.s("Nwosu; sys design; 60m; r1", "c")
n.nl()
n.s("q: near-real-time TM for instant payments, 300 tps peak", "c", hard="question")
n.b("started w/ model choice (GBM) before asking anything about data or labels; had to steer", "e-", "data_intuition")
n.b("no idea where labels come from until I asked; assumed SARs = ground truth, 1:1", "e-", "data_intuition")
n.b("after hint re: feature latency she moved aggregates to a precomputed store refreshed every 5 min; good recovery", "e+", "learning", "system_thinking")
n.b("sized the store: ~4M accounts x 40 features, said it fits in memory on one redis node", "e+", "system_thinking")
n.b("rollback: kept rules engine as fallback, model score only adds alerts, never removes", "e+", "risk_awareness")
n.b("didn't consider alert volume vs investigator capacity", "e-", "metrics", hard="negated")
n.b("comms fine; a bit rambly", "v0", "communication", hard="mixed")
n.nl()
n.s("LH; system side ok, data side weak", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w24-n013", candidate_id="w24-c03", interviewer_id="w24-i03", req_id="w24-r1",
         round="fundamentals", submitted_at="2025-06-03", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="imbalance")
n.s("Fundamentals round with Amara.", "c")
n.s("Solid on the basics, good grasp of gradient boosting and imbalance handling.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked about SMOTE she said she wouldn't use it on transaction data, which I agreed with.", "e+", "ml_fundamentals")
n.s("Seemed a little nervous at the start but warmed up.", "v0", hard="biased")
n.s("Would be fine on the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n014", candidate_id="w24-c03", interviewer_id="w24-i01", req_id="w24-r1",
         round="behavioural", submitted_at="2025-06-03", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british", "quotes"], topic="investigator feedback")
n.s("Behavioural round, 3 June 2025.", "c")
n.s("I asked the candidate how she would respond if an investigator told her that the alerts from her model were 'mostly rubbish'.", "c", hard="interviewer_action")
n.s("She said she would first ask the investigator for ten examples and sit with them while they worked through the cases, before changing anything.", "e+", "learning", "user_impact", hard="plain_evidence")
n.s("She described a previous role at a payments company where she had discovered that her model was flagging remittances to Nigeria at three times the rate of other corridors, and how she had taken this to her manager with a proposed fix.", "e+", "ownership", "user_impact")
n.s("I asked whether she had been comfortable raising it.", "c", hard="question")
n.s("She said not entirely, since the corridor was profitable for the team, but that she had written it up regardless.", "e+", "ownership")
n.blank()
n.s("I found her candid.", "v+", hard="biased")
n.s("She did not, in my view, say enough about how she would record such decisions for audit purposes.", "e-", "risk_awareness", hard="hedged")
n.s("I would support her appointment.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c04 Jun Park (they), r2 ----
n = Note(note_id="w24-n015", candidate_id="w24-c04", interviewer_id="w24-i01", req_id="w24-r2",
         round="behavioural", submitted_at="2025-06-10", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="customer harm")
n.s("Interview with Jun Park, 10 June 2025, behavioural round, in person in Oslo.", "c")
n.s("I described a real complaint we received last year, in which a customer's account was blocked for nine days after an automated alert, and asked Jun what a validator should take from it.", "c", hard="interviewer_action")
n.s("Jun replied that this was an operational matter for the investigation team rather than a question of model validity.", "e-", "user_impact")
n.s("I asked whether the rate of such blocks might be something a validation report ought to mention.", "c", hard="question")
n.s("They said it could be added as an appendix if the business requested it.", "e-", "user_impact")
n.blank()
n.s("Later, when discussing documentation, Jun gave a well-ordered account of how they had written the limitations section of a previous validation report, including a table of known weaknesses with owners and dates.", "e+", "communication")
n.s("I have no doubt as to their technical ability.", "v+")
n.s("I am concerned, however, that they regard harm to customers as somebody else's business.", "v-", "user_impact")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n016", candidate_id="w24-c04", interviewer_id="w24-i02", req_id="w24-r2",
         round="fundamentals", submitted_at="2025-06-10", recommendation="lean_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="conceptual soundness",
         ratings={"ml_fundamentals": "strong_hire", "user_impact": "no_hire"})
n.s("Candidate: Jun Park (they) | Req w24-r2 | Round: fundamentals | 50 min", "c")
n.nl()
n.s("Exercise: challenge the conceptual soundness of an AML risk-scoring model (logistic regression, 38 features, trained on 2021-2023).", "c")
n.nl()
n.h("Findings")
n.b("[Info] Asked immediately whether the 38 features had been selected on the full data or on the training window only; they had been selected on the full data, and Jun called it leakage.", "e+", "data_intuition", marker="1. ")
n.b("[Info] Recomputed the reported Gini from the confusion table in the appendix and found it did not match the headline figure (0.61 against 0.54).", "e+", "metrics", marker="2. ")
n.b("[Info] Explained that coefficient signs on correlated features cannot be read as effects, and proposed checking VIFs before coefficients are presented to the regulator.", "e+", "ml_fundamentals", marker="3. ")
n.b("[Medium] Asked about monitoring after deployment, listed PSI and Gini tracking but nothing on the alert-to-SAR conversion rate, which is what Operations watches.", "e-", "risk_awareness", hard="negated", marker="4. ")
n.b("[Medium] Did not raise the question of who is harmed by false positives; when I raised it, treated it as out of scope.", "e-", "user_impact", hard="negated", marker="5. ")
n.nl()
n.s("Technically the strongest validation candidate this quarter.", "v+")
n.nl()
n.s("Outcome: lean hire.", "v+", hard="bare_verdict")
n.nl()
n.s("Finding 5 should be probed by Compliance.", "c")
notes.append(n)

n = Note(note_id="w24-n017", candidate_id="w24-c04", interviewer_id="w24-i05", req_id="w24-r2",
         round="data", submitted_at="2025-06-11", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="investigator labels")
n.s("Data round with Jun, 45 minutes, over video.", "c")
n.s("We opened with the investigator-feedback dataset: about 60k alerts, outcome codes, timestamps.", "c")
n.s("Jun spotted within the first five minutes that the outcome codes changed meaning in 2022, when 'escalated' was split into two codes, and proposed a mapping table.", "e+", "data_intuition")
n.s("Then we moved on to building a validation sample, and they suggested stratifying by alert scenario so the rare scenarios get enough cases.", "e+", "data_intuition")
n.s("I asked about customers whose accounts had been frozen and later cleared, and Jun said those would simply be negatives in the data, which keeps things tidy.", "e-", "user_impact")
n.blank()
n.s("Super sharp, a real pleasure to interview.", "v+")
n.s("Knows validation frameworks like SR 11-7 back to front.", "v+", hard="tech_vague")
n.s("Strong hire, no hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n018", candidate_id="w24-c04", interviewer_id="w24-i06", req_id="w24-r2",
         round="system_design", submitted_at="2025-06-11", recommendation="lean_no_hire",
         specificity=4, style=["terse", "abbreviations", "bullets", "arrows", "quotes"], topic="model monitoring")
n.s("Park; sys design (monitoring framework); 50m", "c")
n.b("designed model inventory + monthly monitoring pack; tiers by model risk", "e+", "system_thinking")
n.b("proposed automated alert when Gini drops >5pts; owner paged", "e+", "risk_awareness")
n.b("q from me: what if model drives account freezes & FP rate doubles for one segment?", "c", hard="question")
n.b("answer: 'that's a business KPI, not a model metric'; wouldn't add it to pack", "e-", "user_impact")
n.b("pushed once more -> agreed to add it as 'optional'", "e-", "learning", hard="mixed")
n.b("strong on tooling; knows MLflow, evidently etc", "v+", "system_thinking", hard="tech_vague")
n.b("asked good q re: who signs off thresholds (1st vs 2nd line)", "e+", "judgment", hard="verdict_plus_evidence")
n.nl()
n.s("LNH; customer-harm blind spot too big for MRM", "v-", "user_impact", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w24-n019", candidate_id="w24-c11", interviewer_id="w24-i06", req_id="w24-r1",
         round="coding", submitted_at="2025-02-18", recommendation="hire",
         specificity=4, style=["terse", "abbreviations", "bullets", "arrows"], topic="dedupe")
n.s("Dahl; coding; 45m", "c")
n.nl()
n.s("task: dedupe sanctions hits across screening runs; keep earliest per (customer, list entry)", "c")
n.b("clarified tie-break on same timestamp before coding", "e+", "judgment", hard="question")
n.b("dict keyed on tuple; O(n); done in 12 min", "e+", "coding")
n.b("wrote 4 tests incl. empty input + identical timestamps", "e+", "coding")
n.b("follow-up: 50M rows, won't fit in memory -> external sort by key or SQL w/ ROW_NUMBER; fine", "e+", "system_thinking")
n.b("var names awful (x1, tmp2)", "e-", "coding")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n020", candidate_id="w24-c12", interviewer_id="w24-i02", req_id="w24-r2",
         round="fundamentals", submitted_at="2025-02-25", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british", "quotes"], topic="outcomes analysis")
n.s("Candidate: Leila A | Req w24-r2 | Round: fundamentals | 45 min", "c")
n.nl()
n.s("Exercise: assess the outcomes analysis of a transaction-monitoring model whose alerts are closed by investigators.", "c")
n.nl()
n.h("Findings")
n.b("[High] Treated investigator closures as confirmed negatives throughout; asked how many closed alerts had ever been re-reviewed, she said 'all of them are negatives by definition'.", "e-", "data_intuition", marker="1. ")
n.b("[Info] Computed lift at the top decile correctly (3.8x) from the table provided.", "e+", "metrics", marker="2. ")
n.b("[Medium] Could not explain why the score distribution would shift once a new payment product is added, beyond 'more data'.", "e-", "data_intuition", marker="3. ")
n.b("[Info] Asked for the model's intended-use statement before starting, which is correct practice.", "e+", "judgment", hard="verdict_plus_evidence", marker="4. ")
n.b("[Info] After I showed her two closed alerts that later became SARs, she accepted the point and revised finding 1 in her write-up.", "e+", "learning", marker="5. ")
n.nl()
n.s("Outcome: lean no hire.", "v-", hard="bare_verdict")
n.s("Finding 1 is fundamental for this role.", "v-", "data_intuition")
notes.append(n)

save_notes("data/corpus/raw/w24_notes_part2.jsonl", notes)
