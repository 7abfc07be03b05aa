import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Priya Raman (she), r1
n = Note(note_id="w47-n001", candidate_id="w47-c01", interviewer_id="w47-i06", req_id="w47-r1",
         round="coding", submitted_at="2025-04-08", recommendation="hire", specificity=4,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="duplicate detections")
n.h("coding / 45m")
n.b("q: merge overlapping detections from 2 cams on same belt", "c", hard="question")
n.b("clarified first whether cams are time-synced + whether belt speed fixed", "e+", "judgment")
n.b("wrote IoU-based merge in ~15 min, ran own example w/ 3 boxes", "e+", "coding")
n.b("caught own bug: cam B boxes not shifted by belt offset -> fixed before I said anything", "e+", "coding")
n.b("tests for empty frame + single box, unprompted", "e+", "coding", hard="plain_evidence")
n.b("pairwise loop O(n^2); asked about 500 objs/frame -> proposed sort by x + sweep", "e+", "coding")
n.b("didn't handle two items actually touching, merged them as one", "e-", "coding")
n.b("asked what a wrong merge costs (missed pick vs double pick) before picking threshold", "e+", "judgment")
n.b("strong coder", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n002", candidate_id="w47-c01", interviewer_id="w47-i04", req_id="w47-r1",
         round="system_design", submitted_at="2025-04-09", recommendation="hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="new packaging",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "hire", "data_intuition": "lean_hire"})
n.h("System design: unseen packaging on the PET line (60 min)")
n.s("Prompt: a new multilayer pouch is showing up on the PET line and the current model has never seen it; design how the line detects and handles it.", "c", hard="question")
n.blank()
n.h("Findings")
n.b("Asked how many pouches per hour arrive and whether buyers penalize them in PET bales before proposing anything (observed).", "e+", "judgment", marker="1. ")
n.b("Proposed an open-set check: flag items whose hyperspectral signature sits far from every known class and route them to the residue stream (observed).", "e+", "system_thinking", marker="2. ")
n.b("Said routing unknowns to residue costs recovery, and estimated about 1.5% of PET mass lost at a 99th-percentile threshold (observed).", "e+", "judgment", marker="3. ")
n.b("Sized compute at 40 frames per second per belt with under 25 ms per frame, so the check had to run on the edge box rather than in the cloud (observed).", "e+", "system_thinking", marker="4. ")
n.b("Proposed a shadow period where the flag only logs, with a stop rule if residue mass rose more than 2% (observed).", "e+", "risk_awareness", marker="5. ")
n.b("Labeling plan for the new class: sample flagged items to the manual audit table, two auditors per item (observed).", "e+", "data_intuition", marker="6. ")
n.b("How auditor disagreement would be resolved or measured (not observed).", "e-", "data_intuition", hard="negated", marker="7. ")
n.b("Whether the manual pickers downstream would face more pouches and need warning (not observed).", "e-", "user_impact", hard="negated", marker="8. ")
n.b("When I challenged the single 99th-percentile cutoff, she moved to per-class thresholds and explained that dark plastics reflect too little for one global cutoff (observed).", "e+", "learning", marker="9. ")
n.blank()
n.h("Summary")
n.s("Hire, carried by findings 1-5 and 9; 7 and 8 are gaps to probe in the behavioral round.", "v+")
notes.append(n)

n = Note(note_id="w47-n003", candidate_id="w47-c01", interviewer_id="w47-i02", req_id="w47-r1",
         round="behavioural", submitted_at="2025-04-10", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="worker safety")
n.s("I asked Priya about a time her work caused trouble on a production floor.", "c", hard="interviewer_action")
n.s("She told me about a camera she had mounted too low at her last site, which a forklift clipped within a week.", "e0")
n.s("She said she remounted it herself on a Saturday, wrote up what went wrong, and got the bracket height added to the install checklist.", "e+", "ownership", hard="plain_evidence")
n.s("When I asked what she'd do if a picker reached into the robot cell, she said the robot has to stop first and the model question comes after.", "e+", "user_impact", hard="plain_evidence")
n.s("She then asked me where our light curtains are and whether they ever get bypassed during jams.", "e+", "user_impact")
n.s("I told her honestly that they do, on night shift.", "c", hard="interviewer_action")
n.s("She didn't lecture me; she asked what made the jams happen so often.", "e+", "communication", hard="plain_evidence")
n.s("She explained that a missed pick just lets a bottle through but a wrong pick can get a whole bale rejected, and she said it in words my shift leads would get.", "e+", "communication")
n.s("I would be glad to have her on the floor.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n004", candidate_id="w47-c01", interviewer_id="w47-i03", req_id="w47-r1",
         round="fundamentals", submitted_at="2025-04-11", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="hyperspectral")
n.s("Fundamentals round w/ Priya.", "c")
n.s("Really impressive.", "v+")
n.s("Deep understanding of hyperspectral imaging and CNN architectures.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knew her loss functions inside and out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communicated well throughout.", "v+", "communication")
n.s("Great energy too.", "v+", hard="biased")
n.s("Would love to work with her.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# c02 Tomasz Wojcik (he), r1
n = Note(note_id="w47-n005", candidate_id="w47-c02", interviewer_id="w47-i04", req_id="w47-r1",
         round="system_design", submitted_at="2025-06-02", recommendation="no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="contaminated bales",
         ratings={"metrics": "no_hire", "risk_awareness": "no_hire", "learning": "lean_no_hire"})
n.h("Design: reduce contamination in outgoing HDPE bales (60 min)")
n.h("Findings")
n.b("Opened by proposing a larger backbone that scored 0.94 mAP against 0.91 on last quarter's audit set (observed).", "e0", marker="1. ")
n.b("Stated the 3-point mAP gain \"will cut bale contamination by about a third\" and never connected mAP to bale purity (observed).", "e-", "metrics", marker="2. ")
n.b("Asked whether the audit set reflects the current packaging mix (not observed).", "e-", "data_intuition", hard="negated", marker="3. ")
n.b("When I noted the audit labels come from a manual table with known disagreement, he said label noise \"averages out\" and kept the plan (observed).", "e-", "data_intuition", "learning", marker="4. ")
n.b("Proposed swapping in the new model at the weekend changeover with no shadow run and no fallback (observed).", "e-", "risk_awareness", marker="5. ")
n.b("Asked what happens if picks slow down on the bigger model, answered \"the GPU can handle it\" without estimating latency at belt speed (observed).", "e-", "system_thinking", marker="6. ")
n.b("When I pushed a second time on the offline-to-bale gap, said \"that is how every paper evaluates it\" and moved on (observed).", "e-", "learning", "metrics", marker="7. ")
n.b("Drew a clean block diagram of camera, edge box and robot controller in the first ten minutes (observed).", "e+", "system_thinking", marker="8. ")
n.b("Mentioned the pickers working beside the robot cell when proposing faster pick rates (not observed).", "e-", "user_impact", hard="negated", marker="9. ")
n.h("Recommendation")
n.s("No hire: findings 2, 5 and 7 are disqualifying for a role that ships to live lines.", "v-")
notes.append(n)

n = Note(note_id="w47-n006", candidate_id="w47-c02", interviewer_id="w47-i01", req_id="w47-r1",
         round="coding", submitted_at="2025-06-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "typos"], topic="label noise")
n.s("I gave Tomasz a coding task: from audit logs, compute per-class precision of the sorter for each shift.", "c", hard="interviewer_action")
n.s("He write the parsing part quickly and the code was clean, with small functions.", "e+", "coding", hard="verdict_plus_evidence")
n.s("He grouped by shift and class with a dictionary and test it on the sample file I was giving.", "e+", "coding")
n.s("But he did not notice that some audit rows have the same item ID two times, because two auditors look at the same item.", "e-", "data_intuition", hard="negated")
n.s("When I point to the duplicates, he said to just keep the first row.", "e-", "data_intuition")
n.s("He did not ask which auditor is more reliable or what to do when they disagree.", "e-", "data_intuition", hard="negated")
n.s("At the end I asked how he will know if the sorter is getting better.", "c", hard="question")
n.s("He answered that the precision number from this script is the truth and we should track only this.", "e-", "metrics")
n.s("Maybe he is a good coder but I worry for the data side.", "v0", "coding", "data_intuition", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n007", candidate_id="w47-c02", interviewer_id="w47-i05", req_id="w47-r1",
         round="behavioural", submitted_at="2025-06-03", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="retraining cadence")
n.s("Loved talking to Tomasz!", "v+")
n.s("He is clearly passionate about computer vision and has tons of experience with detection models.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("He described owning the retraining job at his last company end to end, including the scheduler and the eval report.", "e+", "ownership")
n.s("He said the new model \"will obviously pay for itself\" because of its higher offline score, which shows great confidence!", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Asked him about a conflict with a colleague.", "c")
n.s("He said he had a disagreement with a QA lead about label definitions, handled well I think.", "v+", hard="hedged")
n.s("Super collaborative guy.", "v+", hard="biased")
n.s("Strong hire from me!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n008", candidate_id="w47-c02", interviewer_id="w47-i06", req_id="w47-r1",
         round="debugging", submitted_at="2025-06-04", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="plant downtime")
n.h("debug - robot missing picks after night shift restart")
n.b("gave logs: pick success 96% -> 81% after restart", "c", hard="interviewer_action")
n.b("C went straight to model weights, assumed retrain needed", "e-", "judgment")
n.b("hint: check cam timestamps -> found clock drift in ~10 min, fixed offset calc", "e0", "learning")
n.b("no alert proposed so drift can't silently come back", "e-", "risk_awareness", hard="negated")
n.b("told him retrain was wrong first guess -> 'would have found it anyway'", "e-", "learning")
n.b("offset code ok", "v0", "coding")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# c03 Amara Okafor (she), r2
n = Note(note_id="w47-n009", candidate_id="w47-c03", interviewer_id="w47-i05", req_id="w47-r2",
         round="data", submitted_at="2025-09-15", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="municipal reporting")
n.s("Amara was fantastic in the data round!", "v+")
n.s("I asked her to estimate recycling rates per municipality from our scale and audit data.", "c", hard="interviewer_action")
n.s("Right away she asked whether scale weights include moisture, since wet cardboard inflates tonnage.", "e+", "data_intuition", hard="plain_evidence")
n.s("She also spotted that two towns share a truck route, so their loads arrive mixed.", "e+", "data_intuition")
n.s("Amazing data instincts overall.", "v+", "data_intuition")
n.s("She knows SQL and pandas like the back of her hand.", "v+", "coding", hard="tech_vague")
n.s("She first split mixed loads by a fixed route share, and when I mentioned that shares change every month she switched to the monthly manifests without any fuss.", "e+", "learning")
n.s("She asked what the towns actually do with the number and whether a low rate could cost them state funding.", "e+", "user_impact")
n.s("Honestly one of the best I've seen.", "v+")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n010", candidate_id="w47-c03", interviewer_id="w47-i01", req_id="w47-r2",
         round="system_design", submitted_at="2025-09-16", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "typos"], topic="label noise")
n.s("I asked Amara to design the pipeline that turn daily audit results into a contamination dashboard for plant managers.", "c", hard="interviewer_action")
n.s("She started by asking who read the dashboard and at what time of the day they need it.", "e+", "user_impact")
n.s("She proposed a nightly batch job with one table per line and per material, and she sketch the flow clearly on the board.", "e+", "system_thinking")
n.s("However she took the audit labels as correct and did not ask how the manual auditors are trained or how often they disagree.", "e-", "data_intuition", hard="negated")
n.s("When I told her the two auditors agree only about 80% of time, she said first it was fine for a dashboard.", "e-", "data_intuition")
n.s("After I gave a hint about showing the uncertainty, she added a range on each number and explained it come from the disagreement rate.", "e+", "learning")
n.s("She asked what happen if the nightly job fail, and proposed that the dashboard shows the date of the last good run.", "e+", "risk_awareness")
n.s("For me her data sense was weaker than I expected for this role.", "v-", "data_intuition")
n.s("Communication was good, she check often if I follow her.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n011", candidate_id="w47-c03", interviewer_id="w47-i03", req_id="w47-r2",
         round="coding", submitted_at="2025-09-16", recommendation="hire", specificity=2,
         style=["prose", "terse", "abbreviations"], topic="time series")
n.s("Coding w/ Amara, 45 min.", "c")
n.s("Solid on the coding problem.", "v+", "coding")
n.s("She wrote the rolling-average function and it passed my three test cases.", "e+", "coding")
n.s("Good grasp of time-series stuff.", "v+", "data_intuition", hard="tech_vague")
n.s("Maybe a bit slow to get started.", "v-", hard="hedged")
n.s("Nice person.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n012", candidate_id="w47-c03", interviewer_id="w47-i02", req_id="w47-r2",
         round="behavioural", submitted_at="2025-09-17", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="plant downtime")
n.s("Asked Amara how she'd handle a week where the plant is down two days for maintenance and the dashboard goes stale.", "c", hard="question")
n.s("She said she'd put a banner across it saying the numbers are stale, instead of letting supervisors read last week's figures as current.", "e+", "user_impact", hard="plain_evidence")
n.s("She told me about a report at her old job that went to the city council with a wrong tonnage, and how she called the city clerk herself to correct it the next morning.", "e+", "ownership", hard="plain_evidence")
n.s("I pushed her on why she didn't just fix it quietly in next month's report.", "c", hard="interviewer_action")
n.s("She said the council had already quoted the number in a newsletter, so a quiet fix would have left the wrong figure out there.", "e+", "judgment")
n.s("She asked me which of my supervisors actually read reports and which ones just want a phone call.", "e+", "user_impact")
n.s("She also admitted she had never worked around heavy machinery and asked what our safety induction covers.", "e+", "learning")
n.s("Good head on her shoulders.", "v+")
n.s("I'd hire her.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w47_notes_part1.jsonl", notes)
