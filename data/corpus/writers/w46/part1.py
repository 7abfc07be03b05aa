import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c01 Aroha (she), r1 leak detection: strong ----
n = Note(note_id="w46-n001", candidate_id="w46-c01", interviewer_id="w46-i01", req_id="w46-r1",
         round="system_design", submitted_at="2025-03-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "abbreviations"], topic="acoustic leak detection",
         ratings={"system_thinking": "hire", "judgment": "strong_hire"})
n.s("Sys design, 50 min, Aroha.", "c")
n.s("I asked her to design a leak detection setup using the acoustic loggers we've got on about a third of the mains.", "c", hard="interviewer_action")
n.s("First thing she did was ask how often the loggers upload and whether they only record at night when it's quiet.", "e+", "judgment", hard="question")
n.s("Good sign, yeah.", "v+")
n.blank()
n.s("She split it into a per-logger anomaly score and a second stage that correlates neighbouring loggers to localise the leak, and sketched both on the whiteboard.", "e+", "system_thinking")
n.s("When I said half the pipes have unknown material she proposed treating material as its own 'unknown' category rather than guessing it from install year.", "e+", "data_intuition")
n.s("Asked what it costs us to send a crew out at 2am for nothing vs. missing a slow leak for a week.", "e+", "judgment", hard="question")
n.s("Then she set the alert threshold off that cost ratio instead of just picking 0.5, which was sweet as.", "e+", "metrics", hard="verdict_plus_evidence")
n.blank()
n.s("Bit light on retraining when loggers get swapped out.", "v-", "risk_awareness", hard="tech_vague")
n.s("She asked who on the ops side would actually look at the alerts and what screen they'd see them on.", "e+", "user_impact", hard="plain_evidence")
n.s("Hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n002", candidate_id="w46-c01", interviewer_id="w46-i03", req_id="w46-r1",
         round="behavioural", submitted_at="2025-03-12", recommendation="strong_hire", specificity=1,
         style=["terse", "fragments"], topic="behavioural")
n.s("Aroha - behavioural.", "c")
n.nl()
n.s("Really impressive candidate.", "v+", hard="bare_verdict")
n.s("Great communicator, very mature.", "v+", "communication")
n.s("Clearly owns her work.", "v+", "ownership")
n.s("Would be a great addition to the team.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n003", candidate_id="w46-c01", interviewer_id="w46-i04", req_id="w46-r1",
         round="data", submitted_at="2025-03-12", recommendation="hire", specificity=5,
         style=["headings", "bullets", "third_person"], topic="pressure sensor data",
         ratings={"data_intuition": "strong_hire", "metrics": "hire", "risk_awareness": "lean_no_hire"})
n.h("Data round - checklist")
n.s("Exercise: six months of pressure readings from 40 district meter areas; label = confirmed leak repair jobs.", "c")
n.b("Label quality - PASS: she noticed repair dates are when the crew fixed it, not when the leak started, and shifted the label window back by the typical reporting lag.", "e+", "data_intuition", hard="verdict_plus_evidence", marker="1. ")
n.b("Leakage - PASS: flagged that 'job_ticket_open' is only filled after a leak is reported and dropped it before training.", "e+", "data_intuition", marker="2. ")
n.b("Split - PASS with note: moved to a time-based split, but only after I asked about random splits.", "e0", "data_intuition", "learning", hard="mixed", marker="3. ")
n.b("Metric choice - PASS: asked how many crews are on nights and proposed precision in the top five alerts per night as the main number.", "e+", "metrics", marker="4. ")
n.b("Offline vs online - PASS: said the backtest would understate precision because unreported leaks would count as false positives.", "e+", "metrics", marker="5. ")
n.b("Failure modes - FAIL: did not discuss what happens when a meter drops offline and sends zeros.", "e-", "risk_awareness", hard="negated", marker="6. ")
n.b("Customer impact - PASS: asked whether the valve tests her model suggested would cause low-pressure complaints in the hill zones.", "e+", "user_impact", marker="7. ")
n.b("Code quality - not assessed this round.", "c", marker="8. ")
n.nl()
n.s("Result: six pass, one pass with note, one fail.", "v+")
n.nl()
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n004", candidate_id="w46-c01", interviewer_id="w46-i05", req_id="w46-r1",
         round="debugging", submitted_at="2025-03-13", recommendation="hire", specificity=4,
         style=["prose", "headings", "third_person"], topic="false alarms after firmware update")
n.s("Situation: debugging exercise, a night-time leak alert model that started firing twice as often after a firmware update on the loggers.", "c")
n.nl()
n.s("Behaviour: Aroha plotted the raw noise levels either side of the update date and found the new firmware reports in a different unit.", "e+", "data_intuition")
n.s("She wrote a small check that fails the pipeline if median noise jumps by more than a set amount overnight.", "e+", "risk_awareness")
n.s("When her first fix (rescaling by a constant) left some loggers still noisy, she went back and found two logger models with different scaling.", "e+", "learning")
n.s("Before running the rescale she told me what she expected to see and what result would prove her wrong.", "e+", "communication")
n.nl()
n.s("Impact: bug found and fixed in about 30 of the 45 minutes.", "e+", "coding")
n.s("She did not ask how many crew callouts the false alarms had already caused, which I would have liked.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Overall a calm, methodical debugger.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c02 Dmitri (he), r2 water quality: offline metric as truth, defensive ----
n = Note(note_id="w46-n005", candidate_id="w46-c02", interviewer_id="w46-i02", req_id="w46-r2",
         round="fundamentals", submitted_at="2025-05-06", recommendation="lean_no_hire", specificity=4,
         style=["terse", "first_person"], topic="turbidity alarms")
n.s("Fundamentals round.", "c")
n.s("I asked about a classifier for turbidity alarms.", "c", hard="interviewer_action")
n.s("Dmitri said only 0.3% of readings are real events.", "e+", "data_intuition")
n.s("He proposed class weights.", "e0", "ml_fundamentals")
n.s("He reported AUC 0.97 on the test set.", "e0", "metrics")
n.s("I asked what this means for the night shift.", "c", hard="question")
n.s("He said 0.97 is very good, so the alarms will be good.", "e-", "metrics")
n.s("He did not mention precision.", "e-", "metrics", hard="negated")
n.s("He did not ask how many alarms an operator would get.", "e-", "user_impact", hard="negated")
n.s("He knows the theory.", "v+", "ml_fundamentals")
n.s("Practice is weak.", "v-")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n006", candidate_id="w46-c02", interviewer_id="w46-i04", req_id="w46-r2",
         round="data", submitted_at="2025-05-07", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="chlorine residual",
         ratings={"data_intuition": "no_hire", "metrics": "no_hire"})
n.h("Data exercise")
n.s("Chlorine residual readings from 25 reservoir sites, lab sample results as labels.", "c")
n.b("Label quality - FAIL: took the lab results as ground truth without asking how long samples sit before testing.", "e-", "data_intuition", hard="negated")
n.b("Leakage - PASS: removed the manual-override flag.", "e+", "data_intuition")
n.b("Split - FAIL: random split across sites and days; neighbouring days are near-duplicates and this was not considered.", "e-", "data_intuition")
n.b("Metric - FAIL: reported 0.95 accuracy and said 'that's production ready'.", "e-", "metrics")
n.b("When I pointed out that 98% of readings are normal, he said accuracy was still 'the standard metric'.", "e-", "metrics", "learning")
n.b("Regulatory - FAIL: no mention of the sampling rules we report against.", "e-", "risk_awareness", hard="negated")
n.b("Communication - PASS: clear and well organised.", "v+", "communication")
n.nl()
n.s("Overall: one pass on the technical items, four fails.", "v-")
n.nl()
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n007", candidate_id="w46-c02", interviewer_id="w46-i05", req_id="w46-r2",
         round="behavioural", submitted_at="2025-05-07", recommendation="lean_no_hire", specificity=5,
         style=["prose", "qa", "quotes"], topic="disagreement about a model")
n.s("Q: tell me about a time someone disagreed with your model.", "c", hard="question")
n.nl()
n.s("S: he described a churn model at a telecom where the marketing lead doubted the results.", "e0")
n.nl()
n.s("B: he said he re-ran the same validation and sent her the AUC again.", "e-", "communication")
n.nl()
n.s("I: by his account she stopped using the model, which he put down to her 'not understanding ML'.", "e-", "ownership")
n.blank()
n.s("I asked what he might do differently.", "c", hard="interviewer_action")
n.s("He said nothing, because the model was right.", "e-", "learning")
n.s("When I pushed on whether the marketing lead had a point about seasonality, he repeated that the test AUC was 0.91.", "e-", "learning", "metrics")
n.s("Later he did ask whether our control room operators can override an alarm, which was a good question.", "e+", "user_impact", hard="question")
n.blank()
n.s("Positive: clear, structured storytelling.", "v+", "communication")
n.s("Concern: defensive under pushback.", "v-", "learning")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n008", candidate_id="w46-c02", interviewer_id="w46-i06", req_id="w46-r2",
         round="system_design", submitted_at="2025-05-08", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person"], topic="water quality monitoring")
n.s("What a pleasure to interview Dmitri!", "v+")
n.s("I asked him to design a monitoring system for the turbidity and chlorine sensors across our treatment works and reservoirs.", "c", hard="interviewer_action")
n.s("He has an impressive depth of knowledge about gradient boosting and anomaly detection.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He drew a clean pipeline from the SCADA historian into a feature store and then a scoring service, with a dashboard for the control room at the end.", "e+", "system_thinking")
n.s("I was particularly impressed that his offline model already reaches 0.97 AUC, which he said means we could switch off manual alarm review from day one.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("He also has lots of experience with streaming systems.", "v+", "system_thinking", hard="vague_quantity")
n.s("When I asked what happens if the historian goes down, he suggested caching the last hour of readings on the edge gateway, which is sensible.", "e+", "risk_awareness")
n.s("He didn't say much about the people receiving the alarms, but I'm sure that would come with time on the job.", "e-", "user_impact", hard="negated")
n.s("Honestly one of the stronger ML engineers I've spoken to this year, and I think he'd hit the ground running.", "v+")
n.s("Strong hire without hesitation.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c03 Priya (she), r1: adapts after hints; user_impact contradiction ----
n = Note(note_id="w46-n009", candidate_id="w46-c03", interviewer_id="w46-i01", req_id="w46-r1",
         round="debugging", submitted_at="2025-06-17", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "abbreviations", "lowercase"], topic="zone goes quiet")
n.s("debugging round w/ Priya.", "c")
n.s("set her a broken notebook: leak scoring stopped flagging anything in one pressure zone after a valve change.", "c", hard="interviewer_action")
n.nl()
n.s("after ~15 min tweaking the threshold she gave up on that and went to the feature code, where she found the zone ID was joined on the old valve map.", "e0", "coding", hard="mixed")
n.s("I nudged her to check row counts per zone and she picked it up fast, counted rows before and after the join and saw zone 7 drop to zero.", "e+", "learning", "data_intuition")
n.s("fix was one line plus a test for the join.", "e+", "coding")
n.nl()
n.s("when I asked who gets hurt if zone 7 goes quiet for a month, she said 'the model, it'd lose training data'.", "e-", "user_impact")
n.s("didn't bring up customers or the night crews at all.", "e-", "user_impact", hard="negated")
n.nl()
n.s("keen learner, good on her.", "v+", "learning")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n010", candidate_id="w46-c03", interviewer_id="w46-i02", req_id="w46-r1",
         round="coding", submitted_at="2025-06-17", recommendation="hire", specificity=4,
         style=["terse", "first_person"], topic="logger gaps")
n.s("Coding.", "c")
n.s("45 min.", "c")
n.s("Task: find gaps longer than 10 minutes in pressure logger data.", "c")
n.s("Priya asked if the timestamps are sorted.", "e+", "judgment", hard="question")
n.s("They were not.", "c")
n.s("She sorted first and wrote a comment why.", "e+", "coding")
n.s("Her first loop missed the gap at the end of the day.", "e-", "coding")
n.s("I said: check the last row.", "c", hard="interviewer_action")
n.s("She fixed it and added a test for it.", "e+", "learning")
n.s("She also handled duplicate timestamps without being asked.", "e+", "data_intuition", hard="plain_evidence")
n.s("Code was readable.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n011", candidate_id="w46-c03", interviewer_id="w46-i03", req_id="w46-r1",
         round="fundamentals", submitted_at="2025-06-18", recommendation="lean_hire", specificity=2,
         style=["prose", "fragments"], topic="ml basics")
n.s("Fundamentals w/ Priya", "c")
n.nl()
n.s("Pretty solid on the basics overall.", "v+", "ml_fundamentals")
n.s("Good grasp of regularisation and overfitting, knew her stuff on trees.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Asked me whether the data had a time order before suggesting cross-validation.", "e+", "data_intuition", hard="question")
n.s("Communication was fine I guess.", "v0", "communication")
n.s("Seemed a little nervous at the start.", "v-", hard="biased")
n.s("Lean hire I think.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n012", candidate_id="w46-c03", interviewer_id="w46-i06", req_id="w46-r1",
         round="behavioural", submitted_at="2025-06-19", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person"], topic="bill disputes",
         ratings={"user_impact": "strong_hire", "ownership": "strong_hire"})
n.s("I had the pleasure of doing Priya's behavioural interview, and I came away really encouraged.", "v+")
n.s("I asked her about a time her analysis affected people outside the data team.", "c", hard="question")
n.blank()
n.s("She told me about a billing anomaly model at her previous utility that flagged unusually high bills, and how she noticed it flagged pensioners' accounts far more often because they had fewer meter reads per year.", "e+", "user_impact")
n.s("She said she sat in on a few bill dispute calls with customer service, then changed the model to hold back flags when the estimate rested on too few readings.", "e+", "user_impact", "ownership")
n.s("What I loved was that she then tracked disputes from customers on fixed incomes for three months after the change, and they dropped by about a third.", "e+", "ownership", hard="verdict_plus_evidence")
n.blank()
n.s("I asked how she would handle a manager who wanted to ship anyway.", "c", hard="question")
n.s("She said she would write down the risk, show the manager the dispute numbers, and ask for a two-week trial in one district rather than refusing outright.", "e+", "judgment")
n.s("She's just lovely to talk to and would fit right in.", "v+", hard="biased")
n.s("She didn't touch on model monitoring, though that wasn't really the focus of this round.", "e-", "risk_awareness", hard="negated")
n.s("Absolutely a strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w46_notes_part1.jsonl", notes)
