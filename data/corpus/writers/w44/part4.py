import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w44-n037", candidate_id="w44-c13", interviewer_id="w44-i01", req_id="w44-r2",
         round="fundamentals", submitted_at="2025-08-04", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british", "headings"], topic="fuel regression")
n.h("Fundamentals round, 45 minutes, by video link")
n.s("The connection dropped twice, so we lost perhaps five minutes in total.", "c")
n.s("I asked Ms Natarajan a series of questions on regression, regularisation and evaluation, framed around predicting daily fuel consumption.", "c", hard="interviewer_action")
n.s("She has a sound grasp of regression.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She mentioned cross-validation when I asked about evaluation.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("She asked whether the fuel figures come from flow meters, which was a sensible question.", "e+", "data_intuition", hard="question")
n.s("I found her courteous and composed throughout.", "v+", hard="biased")
n.s("Her explanations were clear, if a little textbook.", "v0", "communication", hard="mixed")
n.s("I would like a colleague to probe her experience with real sensor data in another round.", "c")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n038", candidate_id="w44-c14", interviewer_id="w44-i06", req_id="w44-r1",
         round="coding", submitted_at="2025-08-12", recommendation="lean_no_hire",
         specificity=3, style=["terse", "fragments", "abbreviations", "arrows", "quotes"], topic="port-call detection")
n.b("coding | 45m | port-call detection from AIS track", "c", marker="")
n.b("spec: port call = speed < 1 kn inside port polygon for > 2h", "c", marker="")
n.b("approach | point-in-polygon via shapely, loop over pings", "e0", "coding")
n.b("ship leaves + re-enters within 30 min -> counted as 2 calls", "e-", "coding")
n.b("asked about it -> 'edge case, rare'", "e-", "learning")
n.b("tests | 0", "e-", "coding", hard="negated")
n.b("var names x1 x2 tmp", "e-", "coding", hard="plain_evidence")
n.b("knows python", "v+", "coding", hard="tech_vague")
n.b("ran out of time before the perf q", "c")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n039", candidate_id="w44-c15", interviewer_id="w44-i05", req_id="w44-r1",
         round="behavioural", submitted_at="2025-08-20", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person"], topic="behavioural")
n.s("Hana is brilliant.", "v+")
n.s("One of the sharpest people I've spoken to in ages, and so warm with it.", "v+", hard="biased")
n.s("She has tons of experience shipping models.", "v+", "ownership", hard="vague_quantity")
n.s("Really thoughtful about customers.", "v+", "user_impact")
n.s("Great listener.", "v+", "communication")
n.s("Honestly I could have kept talking to her for another hour.", "v+")
n.s("Strong hire, no doubts at all.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n040", candidate_id="w44-c16", interviewer_id="w44-i03", req_id="w44-r2",
         round="system_design", submitted_at="2025-09-02", recommendation="hire",
         specificity=2, style=["prose", "terse"], topic="fuel dashboard")
n.s("System design, fuel monitoring dashboard for the fleet.", "c")
n.s("Mateo was solid.", "v+")
n.s("Good architecture thinking, sensible components.", "v+", "system_thinking", hard="tech_vague")
n.s("He drew a pipeline from noon reports to a warehouse to the dashboard.", "e0", "system_thinking")
n.s("Didn't cover alerting much.", "e-", "risk_awareness", hard="negated")
n.s("Communication fine.", "v0", "communication")
n.s("Some good questions about users.", "v+", "user_impact", hard="vague_quantity")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n041", candidate_id="w44-c17", interviewer_id="w44-i04", req_id="w44-r2",
         round="fundamentals", submitted_at="2025-09-23", recommendation="hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="emissions model",
         ratings={"ml_fundamentals": "strong_hire", "communication": "hire"})
n.h("Fundamentals - emissions model")
n.s("Asked a sequence of questions on modelling CO2 per voyage, evaluation and uncertainty.", "c")
n.nl()
n.h("Findings")
n.b("Explained that regressing emissions on speed with a linear term would underpredict at high speed, and drew residuals curving upwards to show it.", "e+", "ml_fundamentals", marker="1. ")
n.b("Given 400 engine-sensor features and only 600 voyages, proposed L1 regularisation and cross-validation grouped by vessel so that one ship's voyages do not leak across folds.", "e+", "ml_fundamentals", "data_intuition", marker="2. ")
n.b("Stated that a lower training error after adding sensor features says nothing about generalisation, and asked for the validation curve.", "e+", "ml_fundamentals", marker="3. ")
n.b("Confused confidence and prediction intervals when asked how uncertain a single voyage's estimate is; corrected herself once I asked what the interval would cover.", "e0", "ml_fundamentals", marker="4. ", hard="mixed")
n.b("Asked whether the regulator accepts model-based estimates at all before going further.", "e+", "judgment", marker="5. ", hard="question")
n.b("Pointed out that a model used for a regulatory submission must give the same answer when re-run, and proposed pinning data and code versions.", "e+", "risk_awareness", marker="6. ")
n.b("Asked for a summary at the end, gave three points in under a minute.", "e+", "communication", marker="7. ")
n.h("Recommendation")
n.s("Hire: strong fundamentals on every question, one slip recovered.", "v+", "ml_fundamentals")
notes.append(n)

n = Note(note_id="w44-n042", candidate_id="w44-c18", interviewer_id="w44-i02", req_id="w44-r1",
         round="system_design", submitted_at="2025-10-14", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "typos"], topic="feeder ETA")
n.s("I have asked Jonas to design the ETA prediction for the feeder vessels in the Baltic, where the voyages are short and the port delays are most of the time.", "c", hard="interviewer_action")
n.s("He was very confident and he talked a lot about the deep learning and the transformers for the trajectories.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("When I asked him how much data we have for each port, he did not know and he said the model will learn it.", "e-", "data_intuition")
n.s("He did not consider the simple baseline of the schedule plus the average delay of the port.", "e-", "judgment", hard="negated")
n.s("I think he has the good knowledge of the modern models but not the sense of the problem.", "v0", hard="mixed")
n.s("On the other side, when I asked about the users, he said the customers need the ETA one day before to book the truck, which is correct.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("His explanation on the whiteboard was a bit chaotic, with many arrows.", "v-", "communication", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n043", candidate_id="w44-c19", interviewer_id="w44-i01", req_id="w44-r1",
         round="data", submitted_at="2025-10-21", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="port waiting times")
n.s("I asked Ms Eze to explore a table of vessel arrivals at Felixstowe and to prepare features for a waiting-time model.", "c", hard="interviewer_action")
n.s("The table had been prepared with several deliberate faults.", "c")
n.s("She began by checking the time zone of each column and found that arrival times were in UTC while berth times were local.", "e+", "data_intuition")
n.s("She then plotted waiting time by week, noticed a spike in December, and asked me whether there had been a strike.", "e+", "data_intuition", hard="question")
n.s("I confirmed it, and she chose to keep those weeks with a flag rather than delete them, explaining that a future strike should not take the model by surprise.", "e+", "judgment")
n.s("She did not notice that some vessels appeared twice because of a change of name until I pointed it out near the end.", "e-", "data_intuition", hard="negated")
n.s("She immediately grouped by IMO number instead and explained that names and MMSI numbers can change but the IMO number does not.", "e+", "learning")
n.s("Her SQL was clear, with a short comment above each step.", "e+", "coding")
n.s("When I asked who would use the waiting-time estimates, she named the haulage planners and asked whether they would see an estimate or a range.", "e+", "user_impact")
n.s("We ran a little over time, for which I take responsibility.", "c")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n044", candidate_id="w44-c20", interviewer_id="w44-i05", req_id="w44-r2",
         round="data", submitted_at="2025-11-11", recommendation="hire",
         specificity=3, style=["prose", "first_person"], topic="weather routing pilot")
n.s("I gave Arjun our weather routing pilot data and asked whether the pilot saved fuel.", "c", hard="interviewer_action")
n.s("He did a really nice job cleaning the voyages, dropping the ones with missing noon reports.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("He found the routed voyages used 8% less fuel than the others, and I loved that he said straight away this would pay for the routing contract several times over.", "e-", "metrics")
n.s("He didn't get into whether the routed voyages were on different trades, but that's something you learn on the job.", "e-", "metrics", hard="negated")
n.s("He's a very fast learner.", "v+", "learning")
n.s("Super keen and eager to please.", "v+", hard="biased")
n.s("I think he'll be a big asset.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n045", candidate_id="w44-c21", interviewer_id="w44-i04", req_id="w44-r1",
         round="system_design", submitted_at="2025-12-09", recommendation="hire",
         specificity=4, style=["bullets", "headings", "third_person", "british", "quotes"], topic="AIS ingestion")
n.h("System design - AIS ingestion for ETA")
n.s("Prompt: ingest terrestrial and satellite AIS for our fleet and competitors' vessels and serve clean tracks to the ETA model.", "c")
n.nl()
n.h("Findings")
n.b("Asked about message volume, got to roughly 300 messages per second at peak, and chose a managed queue with a small consumer group.", "e+", "system_thinking", marker="1. ")
n.b("Deduplicated on MMSI, timestamp rounded to the second and position, and explained why satellite and terrestrial copies arrive minutes apart.", "e+", "data_intuition", marker="2. ")
n.b("Added a plausibility filter for speed jumps but nothing for vessels that switch AIS off for days near conflict zones.", "e-", "risk_awareness", marker="3. ", hard="mixed")
n.b("When prompted, proposed marking such tracks as 'dark' and falling back to the schedule ETA with a wider interval.", "e+", "learning", marker="4. ")
n.b("Mentioned monitoring.", "v0", "risk_awareness", marker="5. ", hard="tech_vague")
n.b("Did not discuss keeping raw messages for replay.", "e-", "system_thinking", marker="6. ", hard="negated")
n.h("Recommendation")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n046", candidate_id="w44-c22", interviewer_id="w44-i06", req_id="w44-r2",
         round="fundamentals", submitted_at="2026-01-20", recommendation="hire",
         specificity=2, style=["terse", "fragments", "abbreviations"], topic="fundamentals")
n.b("fundamentals | 40m", "c", marker="")
n.b("regression basics | good", "v+", "ml_fundamentals", hard="tech_vague")
n.b("bias/variance | textbook answer", "v0", "ml_fundamentals")
n.b("asked why lasso keeps only one of two correlated features -> couldn't say", "e-", "ml_fundamentals")
n.b("eval | knows the metrics", "v+", "metrics", hard="tech_vague")
n.b("comms | ok", "v0", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n047", candidate_id="w44-c23", interviewer_id="w44-i03", req_id="w44-r1",
         round="debugging", submitted_at="2026-02-03", recommendation="lean_hire",
         specificity=2, style=["prose", "terse"], topic="debugging")
n.s("Debugging round.", "c")
n.s("Wen Jie got there in the end.", "v0")
n.s("Found the timezone bug in the ETA pipeline after a while.", "e0", "coding", hard="mixed")
n.s("Needed a couple of nudges.", "v-", "learning", hard="vague_quantity")
n.s("Decent debugger.", "v+", "coding")
n.s("Could be more structured.", "v-", "communication", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n048", candidate_id="w44-c24", interviewer_id="w44-i02", req_id="w44-r2",
         round="behavioural", submitted_at="2026-02-24", recommendation="no_hire",
         specificity=1, style=["prose", "first_person", "typos"], topic="behavioural")
n.s("This was the behavioural round with Yusuf, 30 minutes only, because he arrived late from the other interview.", "c")
n.s("In my opinion he is not the right person for the team.", "v-")
n.s("He was not taking the ownership in the way that we need it.", "v-", "ownership")
n.s("The communication also was not very good, the answers were too long and not on the point.", "v-", "communication")
n.s("I don't think he cares much for the people who use the models.", "v-", "user_impact", hard="hedged")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w44_notes_part4.jsonl", notes)
