import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c03 Aiyana (r2, they) -- adapts after hints
n = Note(note_id="w14-n011", candidate_id="w14-c03", interviewer_id="w14-i07", req_id="w14-r2",
         round="system_design", submitted_at="2025-05-06", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="demand forecasting service",
         ratings={"system_thinking": "hire", "learning": "strong_hire"})
n.s("Round 2, system design, 50 minutes, conducted over video.", "c")
n.s("The candidate was asked to design a nightly demand forecasting service covering roughly 40,000 hotels across 30 markets.", "c", hard="interviewer_action")
n.s("Aiyana began by asking who consumed the forecasts and, on hearing that revenue managers used them to set weekend prices, asked how far ahead they needed them.", "e+", "user_impact", "judgment", hard="question")
n.s("They proposed a single global gradient-boosted model with hotel, city and calendar features rather than 40,000 per-series models, arguing that most hotels have too little history on their own.", "e+", "ml_fundamentals", "system_thinking")
n.blank()
n.s("Their first design retrained everything nightly on a single machine.", "e0", "system_thinking")
n.s("The interviewer pointed out that the feature build alone would take about six hours at that scale.", "c", hard="interviewer_action")
n.s("Aiyana revised the plan within a couple of minutes: features built incrementally per market, partitioned by check-in date, with a full rebuild only weekly.", "e+", "learning", "system_thinking")
n.s("On shocks, they suggested a flag for known events such as strikes plus a fast-decaying correction term fitted on the last 14 days of pickup.", "e+", "data_intuition")
n.s("Asked how they would know the forecast had gone wrong, they named a backtest MAPE threshold per market and an alert when live pickup diverged from forecast by more than two standard deviations for three days running.", "e+", "risk_awareness")
n.s("They did not discuss how revenue managers would see the uncertainty, which matters for how prices get set.", "e-", "user_impact", hard="negated")
n.s("After sketching the data flow they paused and asked whether the interviewer wanted more depth on storage or on modelling.", "e+", "communication")
n.blank()
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
n.s("The design was sound and the revision after the hint was quick and well reasoned.", "v+", "learning")
notes.append(n)

n = Note(note_id="w14-n012", candidate_id="w14-c03", interviewer_id="w14-i06", req_id="w14-r2",
         round="coding", submitted_at="2025-05-06", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="pickup curves")
n.b("coding, 40m, pandas + plain python", "c")
n.b("task: rolling 7d pickup per hotel from raw booking events", "c")
n.b("asked if cancellations should net out -> yes, good q", "e+", "data_intuition", hard="question")
n.b("1st pass: groupby+rolling on row index not date -> wrong when days missing", "e-", "coding")
n.b("hinted 'what if a hotel has no bookings on a tue?'", "c", hard="interviewer_action")
n.b("switched to resample by day + fillna(0) right after, explained why in 1 line", "e+", "learning", "coding")
n.b("tests: wrote 2 (empty hotel, single day), skipped the tz one", "e0", "coding", hard="mixed")
n.b("code readable, names ok", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n013", candidate_id="w14-c03", interviewer_id="w14-i04", req_id="w14-r2",
         round="fundamentals", submitted_at="2025-05-07", recommendation="hire", specificity=4,
         style=["qa", "headings", "first_person"], topic="forecast evaluation",
         ratings={"metrics": "hire", "ml_fundamentals": "hire"})
n.h("Q1: Why might MAPE mislead for low-occupancy hotels?")
n.s("Said MAPE blows up when actuals are near zero and would over-weight tiny guesthouses; suggested weighting by room count.", "e+", "metrics")
n.h("Q2: A week hit by an airline strike - how do you evaluate the model afterwards?")
n.s("First answer was to drop the week from evaluation.", "e-", "metrics")
n.s("I asked whether revenue managers would also ignore that week; they stopped, said 'no, that's the week they needed us most', and proposed reporting shock weeks separately instead.", "e+", "learning", "metrics")
n.h("Q3: quantile loss")
n.s("Derived the pinball loss gradient on the whiteboard and explained why the 0.9 quantile is what you'd want for overbooking decisions.", "e+", "ml_fundamentals")
n.s("Mixed up the sign once, caught it.", "e0", "ml_fundamentals", hard="mixed")
n.h("Overall")
n.s("Good fundamentals.", "v+", "ml_fundamentals")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n014", candidate_id="w14-c03", interviewer_id="w14-i05", req_id="w14-r2",
         round="data", submitted_at="2025-05-08", recommendation="strong_hire", specificity=2,
         style=["prose", "american"], topic="multi-currency data")
n.s("Data round with Aiyana this afternoon, 45 minutes, working through a sample of booking records I put together.", "c")
n.s("Just a truly delightful session!", "v+")
n.s("Aiyana is an absolutely exceptional data scientist with world-class intuition for messy travel data.", "v+", "data_intuition", hard="tech_vague")
n.s("They spotted, brilliantly, that the currency column in my sample was sometimes the guest's currency and sometimes the hotel's.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Their SQL was gorgeous.", "v+", "coding")
n.s("Fantastic energy, a real joy to work with.", "v+", hard="biased")
n.s("Would be a phenomenal addition to any team we have!", "v+")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

# c04 Kwame (r2) -- contradiction on data_intuition (i02 weak vs i07 strong)
n = Note(note_id="w14-n015", candidate_id="w14-c04", interviewer_id="w14-i02", req_id="w14-r2",
         round="data", submitted_at="2025-06-10", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "first_person", "british"], topic="multi-currency data",
         ratings={"data_intuition": "no_hire", "metrics": "hire"})
n.s("Data round, 45 min.", "c")
n.s("Task: explain a 12% drop in average booking value in the Japan market over Q1.", "c")
n.b("Computed the average directly in SQL across all bookings; did not ask what currency the amounts were stored in.", "e-", "data_intuition", hard="negated", marker="1. ")
n.b("Attributed the drop to 'weaker demand' within ten minutes.", "e-", "judgment", marker="2. ")
n.b("After I gave him the yen/euro movement for the quarter (about 9%), he reconverted and found the residual drop was roughly 3%.", "e+", "learning", "data_intuition", marker="3. ")
n.b("Did not check for a mix shift toward capsule hotels, which I had planted in the data.", "e-", "data_intuition", hard="negated", marker="4. ")
n.b("Proposed a 4-week holdout to test a price promotion; estimated 60k bookings per arm to detect a 2% effect, which is the right order.", "e+", "metrics", marker="5. ")
n.blank()
n.s("Summary: strong on experiments, weak on data hygiene.", "v0", "metrics", "data_intuition", hard="mixed")
n.s("Lean no hire for an applied scientist who will own the forecasting data.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n016", candidate_id="w14-c04", interviewer_id="w14-i07", req_id="w14-r2",
         round="debugging", submitted_at="2025-06-11", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="cancellation model leakage",
         ratings={"data_intuition": "strong_hire"})
n.s("Debugging round, 45 minutes.", "c")
n.s("Kwame was shown a cancellation model whose offline AUC had risen from 0.74 to 0.93 after a feature refresh, with no improvement on the live dashboard.", "c")
n.s("He said at once that a jump of that size usually meant something from the future had got in, and asked for the feature list with the time each feature was computed.", "e+", "data_intuition")
n.s("Within ten minutes he found that days_since_last_modification was computed at extraction time, so every cancelled booking had been modified at the moment of cancellation.", "e+", "data_intuition")
n.s("He proposed rebuilding the feature as of the booking snapshot and adding a check that fails the pipeline if any feature timestamp falls after the label cutoff.", "e+", "risk_awareness")
n.s("The interviewer asked how he would explain the incident to the product manager who had already announced the improvement.", "c", hard="interviewer_action")
n.s("He drafted two sentences on the spot: that the earlier number was wrong, why it was wrong, and roughly what the real figure was likely to be.", "e+", "communication")
n.s("He declined to guess the corrected AUC until the rerun finished.", "e+", "judgment", "metrics")
n.s("Strong debugging and good instincts about leakage.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n017", candidate_id="w14-c04", interviewer_id="w14-i01", req_id="w14-r2",
         round="system_design", submitted_at="2025-06-11", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="booking fraud")
n.s("System design with Kwame: booking fraud detection for the new pay-at-property flow.", "c")
n.s("Bloke clearly knows his anomaly detection.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He asked what a fraud label even is here, since most fake bookings just don't show up and never become chargebacks.", "e+", "data_intuition", hard="question")
n.s("Went for a rules layer plus a GBDT scorer at booking time, inside a 100ms budget.", "e+", "system_thinking")
n.s("No plan at all for the hotels' side: I asked what a property owner sees when we block a legit guest and he said that's 'a support question'.", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("Plenty of good ideas, a few half-baked.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("I'd want the panel to weigh the user side before deciding.", "c")
notes.append(n)

n = Note(note_id="w14-n018", candidate_id="w14-c04", interviewer_id="w14-i03", req_id="w14-r2",
         round="behavioural", submitted_at="2025-06-12", recommendation="hire", specificity=2,
         style=["terse", "prose"], topic="behavioural")
n.s("Good.", "v+", hard="bare_verdict")
n.s("Talked about leading the move to a new forecasting stack, sounded like he drove it.", "e+", "ownership", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w14-n019", candidate_id="w14-c11", interviewer_id="w14-i04", req_id="w14-r1",
         round="coding", submitted_at="2025-01-22", recommendation="lean_no_hire", specificity=4,
         style=["qa", "headings", "first_person"], topic="top-k and intervals")
n.h("Q1: top-k hotels by score from a stream, k fixed")
n.s("Used a sorted list and re-sorted the whole thing on every insert.", "e-", "coding")
n.s("I asked whether some structure would avoid the re-sort.", "c", hard="interviewer_action")
n.s("Moved to a min-heap of size k after that hint, and the code ran first time.", "e+", "learning", "coding")
n.h("Q2: merge overlapping date ranges for a hotel's blocked nights")
n.s("Didn't ask whether ranges include the checkout day, and got the 12-14 / 14-16 case wrong.", "e-", "coding", hard="negated")
n.s("When I showed him the failing case he said the test was ambiguous and left the code alone.", "e-", "learning")
n.h("Q3: skipped, out of time")
n.s("LNH - fine with a hint on Q1, dug in on Q2.", "v-", "learning")
notes.append(n)

n = Note(note_id="w14-n020", candidate_id="w14-c12", interviewer_id="w14-i06", req_id="w14-r1",
         round="system_design", submitted_at="2025-01-29", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="price fairness")
n.b("SD 45m: fairness guardrails for dyn pricing", "c")
n.b("C asked 1st: which user attrs can pricing see -> device, loyalty tier, geo", "e+", "user_impact", hard="question")
n.b("flagged geo pricing could proxy ethnicity in some cities -> proposed audit by postcode", "e+", "user_impact")
n.b("arch: pricing svc -> guardrail svc (caps, floor) -> cache", "e+", "system_thinking")
n.b("guardrail down? -> fail closed to base price. good", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.b("latency not sized", "e-", "system_thinking", hard="negated")
n.b("solid judgement overall", "v+", "judgment")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w14_notes_part2.jsonl", notes)
