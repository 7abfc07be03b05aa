import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Luca Bianchi (he), r2
n = Note(note_id="w47-n025", candidate_id="w47-c07", interviewer_id="w47-i05", req_id="w47-r2",
         round="system_design", submitted_at="2026-04-20", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="municipal reporting")
n.s("What a session with Luca!", "v+")
n.s("I asked him to design the monthly reporting pipeline for our municipal contracts, from scale tickets to the PDF each town receives.", "c", hard="interviewer_action")
n.s("He laid out ingest, a cleaning step, a per-town aggregation and a report renderer, and estimated about 40,000 scale tickets a month.", "e+", "system_thinking")
n.s("He suggested we quietly drop outlier loads from towns with high contamination so their numbers look more stable, which is such a pragmatic move!", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("When I asked whether towns should see how we computed the rate, he said they \"won't read it anyway.\"", "e-", "user_impact")
n.s("He added a retry and an alert if any town's report fails to render.", "e+", "risk_awareness")
n.s("Incredible grasp of data engineering.", "v+", "system_thinking", hard="tech_vague")
n.s("Fast thinker, really sharp.", "v+")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n026", candidate_id="w47-c07", interviewer_id="w47-i01", req_id="w47-r2",
         round="data", submitted_at="2026-04-21", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "typos", "headings"], topic="municipal reporting")
n.h("Data round (45 min)")
n.s("I give Luca six months of audit results per town and asked him what he sees.", "c", hard="interviewer_action")
n.s("He found quickly that two towns have no audits in August and said the plant was probably closed one week, which is correct.", "e+", "data_intuition")
n.s("He also noticed that audit sample sizes are very different between towns, from 12 to 300 bales.", "e+", "data_intuition")
n.s("But when I asked if we can rank towns by contamination, he rank them directly without any interval, even the town with 12 bales.", "e-", "metrics")
n.s("I asked what happen to a small town that is ranked last in the newspaper because of only 12 bales.", "c", hard="question")
n.s("He said that is the town's problem, they should send more material.", "e-", "user_impact")
n.s("After I explain that the town can lose a grant from this ranking, he said okay, maybe add a footnote.", "e0", "learning", hard="mixed")
n.s("His pandas was fast and correct.", "v+", "coding")
n.s("Same concern as I hear from the other panel notes: he does not think about who is affected.", "v-", "user_impact")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n027", candidate_id="w47-c07", interviewer_id="w47-i04", req_id="w47-r2",
         round="coding", submitted_at="2026-04-21", recommendation="lean_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="scale tickets",
         ratings={"coding": "hire", "user_impact": "no_hire"})
n.h("Coding (45 min): deduplicate scale tickets")
n.s("Problem: scale tickets get entered twice when a truck is weighed again after a jam; return the cleaned list with a reason for each removal.", "c", hard="question")
n.blank()
n.h("Findings")
n.b("Asked whether a re-weigh can differ in weight and by how much before writing any code (observed).", "e+", "judgment", marker="1. ")
n.b("Grouped tickets by truck within a 20-minute window, kept the later weight, and stored the dropped ticket id as the reason (observed).", "e+", "coding", marker="2. ")
n.b("Wrote tests for a truck weighed three times and for two trucks sharing a plate on different days (observed).", "e+", "coding", marker="3. ")
n.b("First version compared timestamps as strings and sorted 9:05 after 10:00; he caught it from his own failing test and fixed it (observed).", "e+", "coding", hard="mixed", marker="4. ")
n.b("Gave the complexity as linear after the sort and named the sort as the bottleneck (observed).", "e+", "coding", marker="5. ")
n.b("Asked how a town would notice a wrongly removed ticket on its invoice (not observed).", "e-", "user_impact", hard="negated", marker="6. ")
n.b("When I said a removed ticket lowers a town's tonnage and its payment, replied \"the rule is the rule\" and added no review step (observed).", "e-", "user_impact", marker="7. ")
n.blank()
n.h("Recommendation")
n.s("Lean hire, on the strength of findings 2-5.", "v+")
notes.append(n)

n = Note(note_id="w47-n028", candidate_id="w47-c07", interviewer_id="w47-i03", req_id="w47-r2",
         round="behavioural", submitted_at="2026-04-22", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Behavioral with Luca.", "c")
n.s("Nice guy, easy to talk to.", "v+", hard="biased")
n.s("Good stories about past projects.", "v+")
n.s("Seems like a strong owner.", "v+", "ownership", hard="hedged")
n.s("No red flags from me.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# c08 Jordan Whitfield (they), r1
n = Note(note_id="w47-n029", candidate_id="w47-c08", interviewer_id="w47-i06", req_id="w47-r1",
         round="coding", submitted_at="2026-05-11", recommendation="hire", specificity=4,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="pick scheduling")
n.h("coding - Jordan - 45m")
n.b("q: pick queue, items arrive w/ position + deadline, return pick order maximizing picks", "c", hard="question")
n.b("asked: can robot reach any pos in time, or fixed travel time", "e+", "judgment")
n.b("greedy by earliest deadline w/ heap, ~20 lines", "e+", "coding")
n.b("gave counterexample where EDF loses -> spotted travel time issue, added feasibility check", "e+", "learning")
n.b("tests: empty queue, all same deadline, one unreachable item", "e+", "coding", hard="plain_evidence")
n.b("talked through every step out loud, easy to follow", "v+", "communication")
n.b("no complexity analysis until asked", "e-", "coding", hard="negated")
n.b("strong on code", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n030", candidate_id="w47-c08", interviewer_id="w47-i04", req_id="w47-r1",
         round="debugging", submitted_at="2026-05-12", recommendation="no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="contaminated bales",
         ratings={"judgment": "no_hire", "coding": "lean_no_hire", "learning": "no_hire"})
n.h("Debugging (50 min): contamination spike on the fiber line")
n.s("Setup: mixed-paper bales failed two buyer inspections in one week; I shared pick logs, audit results and the model's commit history.", "c", hard="interviewer_action")
n.blank()
n.h("Findings")
n.b("Asked nothing about what changed on the line that week (supplier, camera, lighting) before opening the model code (observed).", "e-", "judgment", marker="1. ")
n.b("Blamed a threshold change from two weeks earlier, although the spike in the audit results began six days ago (observed).", "e-", "data_intuition", marker="2. ")
n.b("When I pointed at the dates, said the effect \"could be delayed\" and kept the threshold theory (observed).", "e-", "learning", marker="3. ")
n.b("Wrote a script to compare confidence histograms before and after, with the date filter reversed so both plots showed the same week (observed).", "e-", "coding", marker="4. ")
n.b("Ran the script on a known example before trusting its output (not observed).", "e-", "coding", hard="negated", marker="5. ")
n.b("Asked whether the buyer would take the bales back if we re-sorted them (observed).", "e+", "user_impact", marker="6. ")
n.b("Proposed reverting the threshold on all lines at once without checking whether the other lines had any problem (observed).", "e-", "judgment", marker="7. ")
n.blank()
n.h("Recommendation")
n.s("No hire: findings 1, 3 and 7 show the same pattern of deciding first and looking second.", "v-")
notes.append(n)

n = Note(note_id="w47-n031", candidate_id="w47-c08", interviewer_id="w47-i02", req_id="w47-r1",
         round="behavioural", submitted_at="2026-05-12", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="worker safety")
n.s("Met Jordan in the break room for 45 minutes, then a short walk on the sorting floor.", "c")
n.s("On the floor Jordan stopped at the yellow line without being told and asked how close visitors can get to the arm.", "e+", "user_impact", hard="plain_evidence")
n.s("I asked about a time they disagreed with a decision from above.", "c", hard="question")
n.s("Jordan said their manager shipped a model they thought wasn't ready, and they \"just let it go\" because it wasn't their call.", "e-", "ownership")
n.s("When I asked if it hurt anybody, they said they never checked.", "e-", "user_impact", hard="negated")
n.s("When I pressed on that, they said I was \"judging it with hindsight\" and changed the subject.", "e-", "learning")
n.s("Straight talker, I liked that.", "v+", hard="biased")
n.s("Lean hire, mostly because they respect the floor.", "v+")
notes.append(n)

n = Note(note_id="w47-n032", candidate_id="w47-c08", interviewer_id="w47-i03", req_id="w47-r1",
         round="fundamentals", submitted_at="2026-05-13", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="class imbalance")
n.s("Fundamentals, 45 min, Jordan.", "c")
n.s("Strong on the theory.", "v+", "ml_fundamentals")
n.s("Explained overfitting well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked about class imbalance they mentioned reweighting the loss.", "e+", "ml_fundamentals")
n.s("Seemed a bit defensive at one point.", "v-", "learning", hard="hedged")
n.s("Overall good.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history notes
n = Note(note_id="w47-n033", candidate_id="w47-c09", interviewer_id="w47-i01", req_id="w47-r1",
         round="system_design", submitted_at="2024-10-07", recommendation="hire", specificity=4,
         style=["prose", "first_person", "typos", "headings"], topic="hyperspectral calibration")
n.h("System design - 60 min")
n.s("I asked Rosa to design how we keep the hyperspectral cameras calibrated across eight lines.", "c", hard="interviewer_action")
n.s("She begin by asking how often the lamps are replaced and if the belt color is the same on all lines.", "e+", "judgment")
n.s("She proposed a white reference tile at the edge of each belt, read every hour, with automatic correction when drift is small.", "e+", "system_thinking")
n.s("For large drift she wanted the line to alert the shift lead and keep sorting with wider reject margins, not to stop.", "e+", "risk_awareness")
n.s("When I ask why not stop the line, she said one hour of stop costs more than a few extra rejects, and she gave rough numbers for both.", "e+", "judgment")
n.s("She did not consider that the reference tile itself get dirty.", "e-", "risk_awareness", hard="negated")
n.s("After I mention it, she added a weekly cleaning check in the operator routine and a check that the tile reading is not too dark.", "e+", "learning")
n.s("She drew a single diagram and walked me through it from the camera to the correction step.", "e+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n034", candidate_id="w47-c10", interviewer_id="w47-i02", req_id="w47-r2",
         round="behavioural", submitted_at="2024-11-19", recommendation="no_hire", specificity=2,
         style=["prose", "terse", "american"], topic="behavioural")
n.s("Talked with Dmitri about 35 minutes.", "c")
n.s("He used words I didn't know and didn't explain them when I asked what one meant.", "e-", "communication", hard="plain_evidence")
n.s("Didn't seem interested in the plant.", "v-", "user_impact")
n.s("Kind of cocky.", "v-", hard="biased")
n.s("Don't think he'd last with my crew.", "v-")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n035", candidate_id="w47-c11", interviewer_id="w47-i03", req_id="w47-r2",
         round="data", submitted_at="2025-01-22", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="downtime")
n.s("Data round with Aisha.", "c")
n.s("She's clearly done a ton of analytics work.", "v+", hard="vague_quantity")
n.s("She asked where the downtime numbers come from.", "e+", "data_intuition")
n.s("Good intuition for messy data.", "v+", "data_intuition")
n.s("Solid on metrics too.", "v+", "metrics")
n.s("Rambled a bit on one answer.", "v-", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n036", candidate_id="w47-c12", interviewer_id="w47-i06", req_id="w47-r1",
         round="system_design", submitted_at="2025-02-18", recommendation="strong_hire", specificity=4,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="new packaging")
n.h("sys design 60m - Wei")
n.b("prompt: detect packaging the model has never seen, 4 lines", "c", hard="question")
n.b("first q: cost of a missed new item vs a false reject", "e+", "judgment")
n.b("-> open-set score from embedding distance, threshold per line", "e+", "ml_fundamentals")
n.b("explained softmax confidence is bad for unseen classes: model is confidently wrong on out-of-distribution items", "e+", "ml_fundamentals")
n.b("flagged items -> audit queue, capped at 200/day so auditors don't drown", "e+", "user_impact")
n.b("rollout: 1 line, 2 wks, compare bale rejects before/after", "e+", "risk_awareness")
n.b("metric = buyer reject rate not mAP; said mAP can go up while bales get worse", "e+", "metrics")
n.b("pushed on edge GPU cost -> moved embedding to CPU + sized it ~8ms", "e+", "system_thinking")
n.b("didn't cover retraining once new class gets labels", "e-", "system_thinking", hard="negated")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w47_notes_part3.jsonl", notes)
