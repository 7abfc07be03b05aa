import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w52-n041", candidate_id="w52-c17", interviewer_id="w52-i01", req_id="w52-r1",
         round="debugging", submitted_at="2025-02-19", recommendation="hire", specificity=5,
         style=["prose", "first_person", "american"], topic="battery drain")
n.s("Debugging round, 50 minutes.", "c")
n.s("I showed Beatriz a dashboard where battery life on one camera model fell from 4 months to 6 weeks after a detector update.", "c", hard="interviewer_action")
n.s("She asked first whether the drop hit every camera of that model or only some households.", "e+", "data_intuition")
n.s("She split by household and found the drain concentrated in cameras facing busy streets.", "e+", "data_intuition")
n.s("She then guessed that the new model was firing on passing cars, so the radio woke up more often, and checked the alert counts to confirm it.", "e+", "system_thinking", "data_intuition")
n.s("Before proposing a fix, she said she would roll those cameras back to the old model that day, since a dead camera protects nobody.", "e+", "risk_awareness", "user_impact")
n.s("She proposed adding street-facing scenes to the eval set and a battery-per-day metric to the release checklist.", "e+", "metrics", "ownership")
n.s("She said she would write the incident note herself if it were her model.", "e+", "ownership")
n.s("She explained the chain from model to radio to battery in plain words, so a support agent could have repeated it.", "e+", "communication")
n.s("She spent a while on a theory about temperature that the data did not support before dropping it.", "e-", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n042", candidate_id="w52-c18", interviewer_id="w52-i03", req_id="w52-r2",
         round="data", submitted_at="2025-03-27", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person"], topic="subscription metrics")
n.s("Data exercise on subscription upgrades.", "c")
n.s("Nikolai seemed a bit out of his depth.", "v-")
n.s("Not much ownership of the problem.", "v-", "ownership")
n.s("Used the wrong denominator for the upgrade rate, counting all accounts instead of trial accounts.", "e-", "metrics")
n.s("Communication was okay.", "v0", "communication")
n.s("Some data intuition there.", "v0", "data_intuition")
n.s("When I pointed at the denominator he fixed it, but then read the doubled rate as a win for the new pricing page.", "e-", "metrics", "learning")
n.s("Leaning no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n043", candidate_id="w52-c19", interviewer_id="w52-i04", req_id="w52-r2",
         round="data", submitted_at="2025-05-13", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="alert labels")
n.h("Exercise")
n.b("Estimate the false alert rate for person alerts from a week of logs and 500 hand-labelled clips.", "c")
n.h("Findings")
n.b("1. Zainab asked how the 500 clips were chosen and found they were drawn only from alerts users had opened.", "e+", "data_intuition")
n.b("2. She said opened alerts are biased toward real people, so the labelled rate would understate false alerts.", "e+", "data_intuition", "metrics")
n.b("3. She proposed drawing 200 more clips uniformly from all alerts and reweighting.", "e+", "data_intuition", "judgment")
n.b("4. She computed a 95% interval on the false alert rate, 11% to 17%, and said it was too wide to compare two firmware versions.", "e+", "metrics", "ml_fundamentals")
n.b("5. She asked whether labelers saw neighbours' faces in the clips and whether that was allowed.", "e+", "user_impact")
n.b("6. She took ten minutes to get started and said little while reading the schema.", "e0", "communication")
n.b("7. She did not mention night versus day as a split.", "e-", "data_intuition", hard="negated")
n.h("Verdict")
n.b("Hire, on findings 1 to 5.", "v+", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w52-n044", candidate_id="w52-c20", interviewer_id="w52-i05", req_id="w52-r1",
         round="system_design", submitted_at="2025-07-22", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="edge vs cloud")
n.s("I asked Kwame whether person detection should run on the camera or in the cloud.", "c", hard="question")
n.s("What a great conversation!", "v+")
n.s("He has tons of experience with edge devices.", "v+", "system_thinking", hard="vague_quantity")
n.s("He said he'd keep detection on the camera so video of the street never leaves the house unless there's an alert.", "e+", "user_impact", "system_thinking")
n.s("Deep understanding of model compression.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I think he'd mentor our juniors beautifully.", "v+", "communication")
n.s("Very polished.", "v+", hard="biased")
n.s("Strong hire, easily.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n045", candidate_id="w52-c21", interviewer_id="w52-i06", req_id="w52-r2",
         round="system_design", submitted_at="2025-09-03", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "lowercase", "arrows", "fragments"], topic="police requests")
n.b("design: tool for legal team to answer police footage requests", "c")
n.b("asked who the users are -> 2 ppl in legal, ok", "e+", "user_impact")
n.b("proposed auto-approve if request has case number -> no owner notification", "e-", "user_impact", "judgment")
n.b("i asked about owner consent -> added email to owner, but after approval", "e0", "learning", "user_impact", hard="interviewer_action")
n.b("no audit trail until i asked", "e-", "risk_awareness", hard="negated")
n.b("data model clean, 3 tables, sensible keys", "e+", "system_thinking")
n.b("said 'legal will sort out the edge cases'", "e-", "ownership")
n.b("explained design in order, easy to follow", "e+", "communication")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n046", candidate_id="w52-c22", interviewer_id="w52-i02", req_id="w52-r2",
         round="behavioural", submitted_at="2025-10-14", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="customer complaints")
n.s("Asked Rosa to tell me about a time customers were mad about something she built.", "c", hard="question")
n.s("She told me about a churn-save offer that kept popping up for folks who'd already cancelled, and how she found out from a support ticket.", "e+", "user_impact")
n.s("She said she pulled the offer that same afternoon without waiting on her manager.", "e+", "ownership", "risk_awareness")
n.s("Then she went back and wrote a check so the offer never shows to closed accounts.", "e+", "ownership", "coding")
n.s("She called the customers who complained herself, bless her heart.", "e+", "ownership", "user_impact")
n.s("When I asked what she'd measure next time, she said 'complaints per thousand offers', not just saves.", "e+", "metrics")
n.s("She rambled a bit on the second story and I had to steer her back.", "e-", "communication")
n.s("Good egg.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n047", candidate_id="w52-c23", interviewer_id="w52-i01", req_id="w52-r1",
         round="fundamentals", submitted_at="2025-11-25", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="domain shift")
n.s("I asked Chen Wei how he would adapt a person detector trained on US porches to apartment hallways in Japan.", "c", hard="question")
n.s("He said the main shift would be viewpoint and lighting, and proposed collecting a few hundred labelled hallway frames before anything else.", "e+", "data_intuition", "ml_fundamentals")
n.s("He explained why fine-tuning only the detection head would keep the backbone's low-level features.", "e+", "ml_fundamentals")
n.s("He could not explain why mAP on the small hallway set was swinging by several points between runs.", "e-", "ml_fundamentals", "metrics")
n.s("After I suggested looking at the set size, he computed that 300 frames with 40 people gives a very noisy estimate.", "e+", "learning", "metrics")
n.s("He did not ask whether hallway cameras would capture other residents, which in apartment buildings is the main complaint.", "e-", "user_impact", hard="negated")
n.s("His answers were brief but correct.", "v0", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n048", candidate_id="w52-c24", interviewer_id="w52-i04", req_id="w52-r1",
         round="coding", submitted_at="2026-01-08", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="event debouncing")
n.h("Exercise")
n.b("Merge raw detections into alert events, at most one alert per 60 seconds per camera.", "c")
n.h("Findings")
n.b("1. Hamid wrote a loop that compared each detection only to the previous one, not to the last alert.", "e-", "coding")
n.b("2. He did not run his code on the example provided.", "e-", "coding", hard="negated")
n.b("3. Given a failing input, he said the test was wrong.", "e-", "learning")
n.b("4. After a second look, he agreed and fixed the comparison.", "e+", "learning", "coding")
n.b("5. He did not handle detections arriving out of order, which the prompt mentioned.", "e-", "coding", hard="negated")
n.b("6. He never explained what he was doing; I asked three times.", "e-", "communication")
n.h("Verdict")
n.b("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n049", candidate_id="w52-c25", interviewer_id="w52-i03", req_id="w52-r1",
         round="system_design", submitted_at="2026-02-24", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="firmware")
n.s("System design with Leilani, firmware rollout topic.", "c")
n.s("Strong systems thinker.", "v+", "system_thinking")
n.s("Good instincts on risk.", "v+", "risk_awareness", hard="tech_vague")
n.s("Solid communicator.", "v+", "communication")
n.s("Takes ownership.", "v+", "ownership")
n.s("Talked about staged rollouts and canaries.", "v0", "risk_awareness", hard="tech_vague")
n.s("Not sure she asked many questions.", "v-", "judgment", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n050", candidate_id="w52-c26", interviewer_id="w52-i05", req_id="w52-r2",
         round="data", submitted_at="2026-03-17", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="pricing test")
n.s("I asked Aarav to analyze a price test on the cloud storage plan.", "c")
n.s("He spotted that the test arm had more households from one retailer promo and said the comparison was unfair.", "e+", "data_intuition")
n.s("He reported a 6% drop in signups as 'not significant' without computing anything, which worried me a little.", "e-", "metrics")
n.s("He asked whether the higher price would push out customers who only bought the camera for an elderly parent.", "e+", "user_impact")
n.s("He's a lovely communicator.", "v+", "communication")
n.s("I think he owns his work.", "v+", "ownership", hard="hedged")
n.s("We ran out of time before the follow-up on segments.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w52_notes_part5.jsonl", notes)
