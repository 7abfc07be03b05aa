import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c07 Kwame (he), r1: poor judgement under ambiguity, ignores user harm (i01, i06) ----
n = Note(note_id="w46-n025", candidate_id="w46-c07", interviewer_id="w46-i01", req_id="w46-r1",
         round="system_design", submitted_at="2025-11-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "abbreviations"], topic="leak localisation",
         ratings={"judgment": "no_hire", "user_impact": "no_hire"})
n.s("Sys design w/ Kwame, 45 min.", "c")
n.s("Asked him to design leak localisation for the CBD using the acoustic loggers plus the district meter flows.", "c", hard="interviewer_action")
n.blank()
n.s("Kicked off by drawing a big streaming setup - Kafka, feature store, the works - before asking a single question about the network.", "e-", "judgment")
n.s("When I said we've got maybe 60 loggers in the CBD and they upload once a night, he kept the streaming design anyway.", "e-", "system_thinking")
n.s("I asked what he'd do when the district meters disagree with the loggers.", "c", hard="question")
n.s("He said he'd 'just trust the ML score', no reason given.", "e-", "judgment")
n.s("Then I asked about false digs - we open a hole, no leak, road's shut for a day.", "c", hard="question")
n.s("He reckoned that's an acceptable cost of catching leaks and didn't ask how many shops or households it hits.", "e-", "user_impact")
n.s("To be fair, he explained why the correlation peak smears out in plastic pipes and said material would have to be a feature.", "e+", "ml_fundamentals")
n.blank()
n.s("Yeah nah, not for this role.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n026", candidate_id="w46-c07", interviewer_id="w46-i02", req_id="w46-r1",
         round="behavioural", submitted_at="2025-11-04", recommendation="lean_no_hire", specificity=4,
         style=["terse", "third_person", "quotes"], topic="unclear request")
n.s("Behavioural.", "c")
n.s("Question: a time the request was unclear.", "c", hard="question")
n.s("Kwame told about a dashboard at a retailer.", "e0")
n.s("The manager asked for 'a churn number'.", "c")
n.s("He did not ask what the number was for.", "e-", "judgment", hard="negated")
n.s("He said he built three models in two weeks.", "e0")
n.s("By his account the manager used none of them.", "e-", "judgment")
n.s("I asked what he learned.", "c", hard="interviewer_action")
n.s("He said the manager should write better requirements.", "e-", "ownership")
n.s("He did not say what he would do differently.", "e-", "learning", hard="negated")
n.s("He speaks clearly.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n027", candidate_id="w46-c07", interviewer_id="w46-i04", req_id="w46-r1",
         round="fundamentals", submitted_at="2025-11-04", recommendation="lean_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="imbalance and thresholds",
         ratings={"ml_fundamentals": "hire", "judgment": "no_hire"})
n.h("Fundamentals checklist - Kwame")
n.b("Imbalance - PASS: explained that with leaks on 0.5% of logger-nights, a model that never alerts scores 99.5% accuracy.", "e+", "ml_fundamentals")
n.b("Evaluation - PASS: chose a precision-recall curve over ROC for that reason and sketched one.", "e+", "metrics")
n.b("Overfitting - PASS: said tree depth should be tuned on a later time window, not random folds, and gave the reason.", "e+", "ml_fundamentals")
n.b("Calibration - FAIL: said a score of 0.8 'means an 80% chance of a leak' without any check of calibration.", "e-", "ml_fundamentals")
n.b("Threshold - FAIL: picked the threshold by maximising F1 and did not ask what a false dig costs.", "e-", "judgment")
n.b("Ambiguity - FAIL: for loggers on pipes of unknown material, he said 'assume cast iron, most of them are'.", "e-", "judgment")
n.nl()
n.s("Result: strong on theory, weak on turning it into decisions.", "v0", "ml_fundamentals", "judgment", hard="mixed")
n.nl()
n.s("Lean hire on fundamentals alone.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n028", candidate_id="w46-c07", interviewer_id="w46-i06", req_id="w46-r1",
         round="debugging", submitted_at="2025-11-05", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="loggers stop scoring")
n.s("Kwame was very impressive in the debugging round and I enjoyed it a great deal.", "v+")
n.s("The exercise was a leak model that had quietly stopped scoring a third of the loggers after a network change.", "c")
n.s("He found the cause quickly: loggers on the new cellular modems upload in UTC, so their night windows were empty.", "e+", "data_intuition")
n.s("He is obviously a very capable engineer with a great deal of experience.", "v+", hard="vague_quantity")
n.s("I asked how he would let the ops team know about the missing scores, and he said it wasn't worth bothering them because the model would catch up next week, which I thought was pragmatic.", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("He did not ask whether any leaks had gone unflagged during that week.", "e-", "risk_awareness", hard="negated")
n.s("His code was clean and well tested.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c08 Ingrid (she), r2: adapts after hints ----
n = Note(note_id="w46-n029", candidate_id="w46-c08", interviewer_id="w46-i02", req_id="w46-r2",
         round="data", submitted_at="2026-01-20", recommendation="hire", specificity=5,
         style=["terse", "third_person"], topic="alarm outcome codes")
n.s("Data round.", "c")
n.s("Data: two years of turbidity alarms with operator outcome codes.", "c")
n.s("Ingrid read the outcome codes first.", "e+", "data_intuition", hard="plain_evidence")
n.s("She found 40% are 'closed - no action'.", "e+", "data_intuition")
n.s("She asked if 'no action' means false alarm or just not recorded.", "e+", "data_intuition", hard="question")
n.s("I said: nobody knows.", "c")
n.s("She said then these are not clean negatives.", "e+", "data_intuition")
n.s("She proposed to train first only on the sites with good logging.", "e+", "judgment")
n.s("She asked which operators would see the output.", "e+", "user_impact", hard="question")
n.s("She first used accuracy.", "e-", "metrics")
n.s("I asked about the base rate.", "c", hard="interviewer_action")
n.s("She changed to recall at a fixed number of alarms per shift.", "e+", "learning", "metrics")
n.s("She explained why in one sentence.", "e+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n030", candidate_id="w46-c08", interviewer_id="w46-i03", req_id="w46-r2",
         round="coding", submitted_at="2026-01-20", recommendation="lean_hire", specificity=2,
         style=["terse", "fragments", "lowercase"], topic="coding")
n.s("coding w/ Ingrid", "c")
n.nl()
n.s("decent coder.", "v+", "coding", hard="hedged")
n.s("got there in the end.", "v0", "coding")
n.s("wrote a test for the empty input after I mentioned it.", "e0", "coding", "learning", hard="mixed")
n.s("code style ok.", "v0", "coding")
n.s("some good instincts on performance.", "v+", "coding", hard="tech_vague")
n.s("lean hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n031", candidate_id="w46-c08", interviewer_id="w46-i05", req_id="w46-r2",
         round="debugging", submitted_at="2026-01-21", recommendation="hire", specificity=4,
         style=["prose", "headings", "third_person"], topic="late quality alert")
n.s("Situation: debugging exercise on a water quality alert that reached the control room 40 minutes late during a test event.", "c")
n.nl()
n.s("Behaviour: Ingrid first assumed the model was slow and spent about ten minutes profiling it.", "e-", "judgment")
n.s("When I asked where the timestamps came from, she switched to tracing one reading end to end and found it sat in a batch queue that only flushed every half hour.", "e+", "learning", "system_thinking")
n.s("She proposed sending alarms down a separate fast path rather than shrinking the whole batch, since the other readings don't need to be quick.", "e+", "system_thinking")
n.s("She asked what a 40-minute delay means for a boil-water decision.", "e+", "user_impact", hard="question")
n.s("She added a replay test that fails if alarm latency goes over five minutes.", "e+", "risk_awareness")
n.nl()
n.s("Impact: fixed within the hour, though she needed one hint to get off the wrong track.", "e0", "learning", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n032", candidate_id="w46-c08", interviewer_id="w46-i04", req_id="w46-r2",
         round="behavioural", submitted_at="2026-01-22", recommendation="lean_hire", specificity=3,
         style=["headings", "bullets", "third_person", "quotes"], topic="regulator report mistake")
n.h("Behavioural checklist - Ingrid")
n.b("Ownership of a mistake - PASS: said she once sent a regulator report with a wrong sample date and rang the regulator herself the next morning to correct it.", "e+", "ownership")
n.b("Working with operators - PASS, weak evidence: she 'gets on well with the shift teams'.", "v+")
n.b("Handling disagreement - not covered, ran out of time.", "c")
n.b("Learning - PASS: described teaching herself SQL in her first month there.", "e+", "learning")
n.b("Judgement - FAIL: could not give an example of a decision made with incomplete information.", "e-", "judgment")
n.b("Communication - PASS.", "v+", "communication", hard="bare_verdict")
n.nl()
n.s("Result: three pass, one fail, one not assessed.", "v+")
n.nl()
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w46-n033", candidate_id="w46-c09", interviewer_id="w46-i05", req_id="w46-r1",
         round="coding", submitted_at="2024-09-10", recommendation="hire", specificity=4,
         style=["prose", "headings", "third_person"], topic="burst reports join")
n.s("Situation: coding exercise joining burst reports to pipe segments by location.", "c")
n.nl()
n.s("Behaviour: Mateus asked whether the crews' GPS points are accurate to the metre or only to the street.", "e+", "data_intuition", hard="question")
n.s("He wrote a nearest-segment join with a 20 m cut-off and said anything further out should go to manual review.", "e+", "coding")
n.s("His first version compared every report with every segment; when I asked about 200k reports he moved to a spatial index on his own.", "e+", "coding")
n.s("He didn't write tests until the last five minutes, and those only covered the happy path.", "e-", "coding")
n.s("He asked who uses the joined table and said the asset team would want the unmatched reports listed, not dropped.", "e+", "user_impact")
n.nl()
n.s("Impact: correct output on the sample data.", "e+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n034", candidate_id="w46-c10", interviewer_id="w46-i03", req_id="w46-r2",
         round="system_design", submitted_at="2024-10-02", recommendation="lean_hire", specificity=1,
         style=["terse", "fragments"], topic="system design")
n.s("System design - Leilani", "c")
n.nl()
n.s("Good architecture knowledge, talked through Kafka, microservices, the usual.", "v+", "system_thinking", hard="tech_vague")
n.s("Seemed comfortable with scale.", "v+", "system_thinking")
n.s("A bit unsure on monitoring.", "v-", "risk_awareness", hard="hedged")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n035", candidate_id="w46-c11", interviewer_id="w46-i01", req_id="w46-r1",
         round="fundamentals", submitted_at="2024-11-19", recommendation="no_hire", specificity=3,
         style=["prose", "first_person"], topic="drift after drought")
n.s("Fundamentals, Rhys.", "c")
n.s("Asked him why the model does great on last year's data and rubbish on this year's.", "c", hard="question")
n.s("He said it needed more layers.", "e-", "ml_fundamentals")
n.s("When I mentioned we'd had drought restrictions this year, he said that shouldn't matter to a leak model.", "e-", "data_intuition")
n.s("Pushed a bit - demand drops, night pressure goes up - and he said 'ok, maybe' and moved on.", "e-", "learning")
n.s("Couldn't say what L2 regularisation does when I asked.", "e-", "ml_fundamentals", hard="negated")
n.s("Nice enough bloke.", "v+", hard="biased")
n.s("Not ready.", "v-", hard="bare_verdict")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n036", candidate_id="w46-c12", interviewer_id="w46-i06", req_id="w46-r2",
         round="behavioural", submitted_at="2024-12-04", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person"], topic="handing a model to planners",
         ratings={"user_impact": "strong_hire", "ownership": "strong_hire"})
n.s("I asked Amara to tell me about handing a model over to the people who would run it day to day.", "c", hard="question")
n.blank()
n.s("She described a pump-failure model at a mining firm and said she spent her last two weeks on the project sitting with the maintenance planners, watching how they used the risk list.", "e+", "user_impact")
n.s("She noticed they sorted by pump name rather than risk, asked them why, and learned the scores jumped around too much overnight to trust.", "e+", "user_impact")
n.s("She said she smoothed the scores over a week and added a 'why it changed' column, and within a month the planners were sorting by risk.", "e+", "ownership")
n.s("When I asked what she would do differently, she said she'd have asked the planners how they work before building anything, not after.", "e+", "learning")
n.s("I pushed on whether smoothing could hide a sudden failure; she agreed it could, which is why she had kept a separate instant alert for vibration spikes.", "e+", "risk_awareness")
n.s("She also told me about disagreeing with her manager over dropping a feature, and how she ran both versions on last quarter's data before the meeting so the argument was about numbers.", "e+", "judgment")
n.blank()
n.s("She is a wonderful communicator, warm and engaging.", "v+", "communication")
n.s("Strong hire, and I'd be happy for her to join any of our teams.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w46_notes_part3.jsonl", notes)
