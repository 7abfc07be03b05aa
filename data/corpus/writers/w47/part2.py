import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c04 Kenji Sato (he), r1
n = Note(note_id="w47-n013", candidate_id="w47-c04", interviewer_id="w47-i04", req_id="w47-r1",
         round="system_design", submitted_at="2025-11-04", recommendation="no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="robot picks at high speed",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "user_impact": "no_hire"})
n.h("Round 2 - System design (55 min; started 5 min late because of the candidate's audio)")
n.s("Task: raise robot pick rate on the aluminum line from 60 to 80 picks per minute without raising missed cans.", "c", hard="question")
n.blank()
n.h("Findings")
n.b("Worked out that 80 picks per minute leaves a 750 ms window per pick and split it into 30 ms vision, 20 ms planning and the rest for arm travel (observed).", "e+", "system_thinking", marker="1. ")
n.b("Proposed batching frames on the GPU to cut cost, then noticed batching adds waiting time inside that window and dropped the idea (observed).", "e+", "judgment", marker="2. ")
n.b("Explained that the detector's confidence scores are not calibrated and suggested temperature scaling on the audit set before using them for pick priority (observed).", "e+", "ml_fundamentals", marker="3. ")
n.b("A rollback plan if missed cans rise after the speed change (not observed).", "e-", "risk_awareness", hard="negated", marker="4. ")
n.b("Asked directly what he would watch in the first week, said \"pick rate\" and nothing else (observed).", "e-", "risk_awareness", marker="5. ")
n.b("When I mentioned two pickers stand downstream of the robot cell, said their safety is \"handled by the hardware team\" (observed).", "e-", "user_impact", marker="6. ")
n.b("Asked whether buyer penalties are charged per ton or per rejected bale (observed).", "e+", "judgment", marker="7. ")
n.b("Held on to the 80-per-minute target when I asked whether 70 would capture most of the value, and gave no reason (observed).", "e-", "judgment", marker="8. ")
n.blank()
n.h("Recommendation")
n.s("No hire at this level: the latency math in 1-3 is good, but 4-6 are exactly the failure-mode gaps a live line cannot afford.", "v-")
notes.append(n)

n = Note(note_id="w47-n014", candidate_id="w47-c04", interviewer_id="w47-i06", req_id="w47-r1",
         round="coding", submitted_at="2025-11-05", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="pick logs")
n.h("coding, 40m")
n.b("q: from pick log, find 5-min windows where miss rate > 10%", "c", hard="question")
n.b("sliding window w/ deque, correct on my example", "e+", "coding")
n.b("log gap during belt stop -> window counted as 0 misses, didn't notice", "e-", "data_intuition")
n.b("never asked whether robot downtime counts as a miss", "e-", "data_intuition", hard="negated")
n.b("asked what happens if alert fires at 2am -> 'someone would look at it'", "e-", "risk_awareness")
n.b("no owner named for the alert", "e-", "ownership", hard="negated")
n.b("code readable", "v+", "coding")
n.b("meh overall", "v0")
n.b("LNH", "v-", hard="bare_verdict")
n.b("note: next interviewer pls push on monitoring", "c")
notes.append(n)

n = Note(note_id="w47-n015", candidate_id="w47-c04", interviewer_id="w47-i05", req_id="w47-r1",
         round="fundamentals", submitted_at="2025-11-05", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="hyperspectral")
n.s("Kenji crushed the fundamentals round!", "v+")
n.s("I asked him why the hyperspectral model confuses black PET with black PP.", "c", hard="question")
n.s("He explained that carbon black absorbs most of the near-infrared band so both plastics return almost no signal, and suggested a mid-wave IR camera for dark items.", "e+")
n.s("Then he walked me through the class imbalance on our lines and sketched why focal loss down-weights the easy, common examples.", "e+", "ml_fundamentals")
n.s("He said a 2% gain in validation accuracy from focal loss would go straight into fewer contaminated bales, which is the kind of business sense I love!", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Knows his stuff on loss functions and augmentation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Great communicator.", "v+", "communication")
n.s("Super humble guy.", "v+", hard="biased")
n.s("Strong hire, no doubts.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n016", candidate_id="w47-c04", interviewer_id="w47-i01", req_id="w47-r1",
         round="behavioural", submitted_at="2025-11-06", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "typos"], topic="worker safety")
n.s("Behavioral round, 45 minutes, on video because the candidate was traveling.", "c")
n.s("I asked Kenji to tell me about a model launch that did not go well.", "c", hard="interviewer_action")
n.s("He describe a defect detector at his last company that flagged too many good parts after a lighting change.", "e0")
n.s("He said the operators turned the detector off after two days, and he find out only one week later from a manager.", "e-", "risk_awareness")
n.s("When I asked what he changed after that, he said he retrained with more lighting variety but did not add any alert or check.", "e-", "risk_awareness")
n.s("He did not mention talking with the operators about why they turned it off.", "e-", "user_impact", hard="negated")
n.s("I asked how he would handle a worker who is afraid of the robot on a new line.", "c", hard="question")
n.s("He said training the worker is a job for HR and the supervisor, not for the ML team.", "e-", "ownership")
n.s("He was honest that he has not worked near heavy robots and asked what is the stop distance of the arm.", "e+", "user_impact")
n.s("I think he is technically good but not ready to own things on a live floor.", "v-", "ownership", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# c05 Sam Delgado (they), r2
n = Note(note_id="w47-n017", candidate_id="w47-c05", interviewer_id="w47-i04", req_id="w47-r2",
         round="data", submitted_at="2026-01-13", recommendation="strong_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="downtime prediction",
         ratings={"data_intuition": "strong_hire", "metrics": "strong_hire", "risk_awareness": "lean_hire"})
n.h("Data round: predict unplanned conveyor downtime from sensor logs (60 min)")
n.h("Findings")
n.b("Asked how downtime is logged and learned from me that operators type it in by hand at shift end (observed).", "e+", "data_intuition", marker="1. ")
n.b("Pointed out that hand-typed stop times cluster on round numbers and proposed matching them to motor current drops to fix the start time (observed).", "e+", "data_intuition", marker="2. ")
n.b("Noticed the maintenance flag in the sample is set after the repair starts and dropped it as a feature because it leaks the label (observed).", "e+", "data_intuition", marker="3. ")
n.b("Chose recall at a fixed budget of three alerts per shift as the metric, saying crews will ignore anything noisier (observed).", "e+", "metrics", marker="4. ")
n.b("Split train and test by month rather than by row, and explained that a random split lets the model see the same breakdown on both sides (observed).", "e+", "ml_fundamentals", marker="5. ")
n.b("Asked how they would know the model helped after launch, proposed comparing downtime hours on two lines with and without alerts for a month (observed).", "e+", "metrics", marker="6. ")
n.b("Whether crews might start skipping scheduled checks once alerts exist (not observed).", "e-", "risk_awareness", hard="negated", marker="7. ")
n.b("Explained the plan to me as if I were the maintenance lead, in four steps and without model terms (observed).", "e+", "communication", marker="8. ")
n.blank()
n.h("Recommendation")
n.s("Strong hire: every point above is tied to something they did in the room, and finding 7 is minor.", "v+")
notes.append(n)

n = Note(note_id="w47-n018", candidate_id="w47-c05", interviewer_id="w47-i03", req_id="w47-r2",
         round="system_design", submitted_at="2026-01-13", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="streaming")
n.s("System design with Sam.", "c")
n.s("Good round.", "v+")
n.s("They clearly understand pipelines and streaming architectures.", "v+", "system_thinking", hard="tech_vague")
n.s("Handled the scale questions well.", "v+", "system_thinking")
n.s("Thoughtful about edge cases and monitoring.", "v+", "risk_awareness")
n.s("Maybe a little quiet at first.", "v-", hard="biased")
n.s("Probably a hire.", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w47-n019", candidate_id="w47-c05", interviewer_id="w47-i06", req_id="w47-r2",
         round="coding", submitted_at="2026-01-14", recommendation="hire", specificity=4,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="MTBF")
n.h("coding 45m - Sam")
n.b("q: mean time between failures per conveyor from event log", "c", hard="question")
n.b("asked up front: can stops overlap, what timezone are logs in", "e+", "judgment")
n.b("sorted events, paired start/stop, dropped unmatched stops -> said dropping biases MTBF up", "e+", "data_intuition")
n.b("wrote 4 tests incl. conveyor w/ zero failures", "e+", "coding")
n.b("follow-up: metric for a failure classifier -> said accuracy, didn't flag ~2% base rate", "e-", "metrics")
n.b("when I mentioned base rate -> switched to precision@k and said why", "e+", "learning")
n.b("comments explaining the pairing logic", "e+", "coding", hard="plain_evidence")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n020", candidate_id="w47-c05", interviewer_id="w47-i02", req_id="w47-r2",
         round="behavioural", submitted_at="2026-01-15", recommendation="hire", specificity=3,
         style=["prose", "third_person", "american"], topic="municipal reporting")
n.s("Sat down with Sam for 40 minutes after walking them around the tipping floor.", "c")
n.s("On the walk Sam asked the loader driver how long a shift runs and whether the dust bothers him.", "e+", "user_impact", hard="plain_evidence")
n.s("I asked about a time they had to tell a boss bad news.", "c", hard="question")
n.s("They told me about telling a plant director that a savings figure in a report was counted twice, and bringing the corrected sheet to the same meeting.", "e+", "ownership")
n.s("Seems like they'd get on with the night crew.", "v+", hard="biased")
n.s("They talk plain, no big words.", "v+", "communication")
n.s("Not sure how they'd do with a supervisor who ignores the numbers.", "v0", hard="hedged")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

# c06 Fatima Al-Sayed (she), r1
n = Note(note_id="w47-n021", candidate_id="w47-c06", interviewer_id="w47-i01", req_id="w47-r1",
         round="debugging", submitted_at="2026-03-02", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "typos"], topic="camera replacement")
n.s("Debugging round, 50 minutes.", "c")
n.s("Scenario: after we replace one RGB camera on line 3, model precision for cardboard drop from 0.92 to 0.78.", "c", hard="question")
n.s("Fatima first ask whether the new camera has the same resolution and white balance, which was a good question.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("I said I don't know, the vendor did not tell us.", "c", hard="interviewer_action")
n.s("With this unknown, she decided to retrain the whole model on one week of new images before checking anything else.", "e-", "judgment")
n.s("She did not consider to compare color histograms from the old and new camera, which take five minutes.", "e-", "judgment", hard="negated")
n.s("When I asked what the line does during that week, she said it can keep running with the old model.", "e-", "risk_awareness")
n.s("She did not think about the bales going to buyers in that week with more contamination.", "e-", "user_impact", hard="negated")
n.s("Her code for the histogram check, after I suggest it, was correct and fast.", "e0", "coding", "learning", hard="mixed")
n.s("I think she has good skills but need more experience to decide when information is missing.", "v-", "judgment", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n022", candidate_id="w47-c06", interviewer_id="w47-i02", req_id="w47-r1",
         round="behavioural", submitted_at="2026-03-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="worker safety")
n.s("Asked Fatima about a project that ran late.", "c", hard="question")
n.s("She described a sorting upgrade at her last plant that slipped three months.", "e0")
n.s("When I asked why, she said the vendor was slow and the data team didn't send images on time.", "e-", "ownership")
n.s("I asked what she did about it, and she said she waited for them and reminded them in standup.", "e-", "ownership", hard="plain_evidence")
n.s("She didn't mention going to anyone with more pull or changing the plan.", "e-", "ownership", hard="negated")
n.s("I asked what she'd do if a picker told her the robot was grabbing too close to his hands.", "c", hard="question")
n.s("She said she'd log a ticket with the robot vendor.", "e-", "user_impact", hard="plain_evidence")
n.s("When I said the picker is still standing there, she said she'd have the shift lead stop the line until the vendor answers.", "e0", "user_impact", "learning")
n.s("Nice enough, but I didn't hear her take charge of anything.", "v-", "ownership", hard="mixed")
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n023", candidate_id="w47-c06", interviewer_id="w47-i05", req_id="w47-r1",
         round="system_design", submitted_at="2026-03-03", recommendation="hire", specificity=3,
         style=["prose", "third_person", "american"], topic="retraining cadence")
n.s("Fatima did a great system design!", "v+")
n.s("Prompt was a retraining pipeline for the sorting model as new packaging shows up.", "c")
n.s("She proposed retraining every night on all new audit images, no matter how few, which shows real commitment to freshness!", "e-", "judgment", hard="verdict_plus_evidence")
n.s("She also pushed each new model straight to all six lines the next morning because she trusts the validation score.", "e-", "risk_awareness", "metrics")
n.s("Her diagram had labeled boxes for the audit table, trainer, model registry and edge devices.", "e+", "system_thinking")
n.s("She asked how many audit images we collect per day and sized storage from my answer of about 2,000.", "e+", "system_thinking")
n.s("Very strong on MLOps tooling.", "v+", "system_thinking", hard="tech_vague")
n.s("Lovely to chat with.", "v+")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n024", candidate_id="w47-c06", interviewer_id="w47-i03", req_id="w47-r1",
         round="coding", submitted_at="2026-03-04", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="coding")
n.s("Coding, Fatima.", "c")
n.s("Code was okay I guess.", "v0", "coding")
n.s("She finished the first part and ran out of time on the second.", "e0", "coding", hard="mixed")
n.s("Knows Python well.", "v+", "coding", hard="tech_vague")
n.s("Decent problem solving, lots of potential.", "v+", hard="vague_quantity")
n.s("Lean hire I think.", "v+", hard="hedged")
notes.append(n)

save_notes("data/corpus/raw/w47_notes_part2.jsonl", notes)
