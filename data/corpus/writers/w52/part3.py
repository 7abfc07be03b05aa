import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# candidate c05 Fatima (she), r1
n = Note(note_id="w52-n021", candidate_id="w52-c05", interviewer_id="w52-i01", req_id="w52-r1",
         round="coding", submitted_at="2026-06-09", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="frame sampling")
n.s("Coding round, 45 minutes.", "c")
n.s("I asked Fatima to write a function that picks which frames to send to the detector given a battery percentage.", "c", hard="interviewer_action")
n.s("She first asked what should happen below 10% battery, and whether the user had chosen a 'max battery' mode.", "e+", "judgment", "user_impact")
n.s("Her first version skipped frames by a fixed stride and she traced it on a list of 12 timestamps.", "e+", "coding")
n.s("She noticed herself that a fixed stride could miss a person who walks past quickly, and switched to sampling on motion bursts.", "e+", "coding", "judgment")
n.s("She left the battery thresholds as magic numbers and did not write tests for the boundary at exactly 10%.", "e-", "coding", hard="negated")
n.s("Her reasoning was easy to follow.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n022", candidate_id="w52-c05", interviewer_id="w52-i04", req_id="w52-r1",
         round="system_design", submitted_at="2026-06-09", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="firmware rollout")
n.h("Exercise")
n.b("Roll out a new person detector to 2 million cameras.", "c")
n.h("Findings")
n.b("1. Fatima proposed shipping to all cameras at once because 'offline mAP went up 4 points'.", "e-", "metrics", "risk_awareness")
n.b("2. Asked about rollback, she said the old weights could be kept on the device, 1.8 MB extra.", "e+", "risk_awareness")
n.b("3. She did not propose any live metric to trigger that rollback.", "e-", "risk_awareness", hard="negated")
n.b("4. When I asked whether mAP predicts customer complaints, she said 'it should' and moved on.", "e-", "metrics", "learning")
n.b("5. She sized the OTA bandwidth at 2M x 6 MB = 12 TB and suggested spreading it over a week.", "e+", "system_thinking")
n.h("Verdict")
n.b("Lean no hire; offline metric treated as truth.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w52-n023", candidate_id="w52-c05", interviewer_id="w52-i06", req_id="w52-r1",
         round="debugging", submitted_at="2026-06-10", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "lowercase", "arrows", "abbreviations"], topic="model regression")
n.b("dbg: complaints up 30% after new detector, offline eval fine", "c")
n.b("said eval set must be wrong -> good instinct", "e+", "data_intuition")
n.b("checked eval set dates -> all from summer, no snow or rain frames", "e+", "data_intuition")
n.b("never suggested pausing the rollout while digging", "e-", "risk_awareness", hard="negated")
n.b("insisted new model 'is better' even after seeing complaints", "e-", "metrics", "learning")
n.b("2nd red flag on offline metric (see i04)", "c")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n024", candidate_id="w52-c05", interviewer_id="w52-i03", req_id="w52-r1",
         round="behavioural", submitted_at="2026-06-10", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="ownership")
n.s("Behavioral with Fatima.", "c")
n.s("Strong ownership mindset.", "v+", "ownership")
n.s("Works well with others.", "v+", "communication")
n.s("We talked about her last job and a project she led.", "c")
n.s("She described the project but I didn't catch the details.", "c")
n.s("Comes across as someone who follows through.", "v+", "ownership")
n.s("Very mature.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# candidate c06 Luca (he), r2
n = Note(note_id="w52-n025", candidate_id="w52-c06", interviewer_id="w52-i02", req_id="w52-r2",
         round="system_design", submitted_at="2026-07-01", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="alert digest")
n.s("Had Luca design a nightly digest email to replace some of the push alerts.", "c", hard="interviewer_action")
n.s("He asked right off who's fixin' to read a digest at 7am, parents or folks away on trips.", "e+", "user_impact", hard="question")
n.s("He kept any alert with a person at the door as an instant push and only batched the car and critter stuff.", "e+", "judgment", "user_impact")
n.s("Said he'd watch the unsubscribe rate on the digest and app uninstalls for a month.", "e+", "metrics")
n.s("Kinda light on the plumbing side, didn't say how the batch job gets its events.", "e-", "system_thinking", hard="hedged")
n.s("Smart cookie.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n026", candidate_id="w52-c06", interviewer_id="w52-i05", req_id="w52-r2",
         round="data", submitted_at="2026-07-01", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="label quality")
n.s("I gave Luca a sample of 'was this alert useful' taps and asked him what they tell us.", "c")
n.s("He noticed that almost all taps came in within 10 seconds of the alert and asked whether people were tapping just to dismiss it.", "e+", "data_intuition")
n.s("He split taps by time of day and found that 'not useful' spiked between 1am and 5am.", "e+", "data_intuition")
n.s("He suggested that people woken by a cat alert are more likely to tap at all, so the labels overrepresent angry users.", "e+", "data_intuition", "user_impact")
n.s("I loved how he thought about the person holding the phone.", "v+", "user_impact")
n.s("He didn't get to a model in the time, which is fine by me.", "c")
n.s("Strong hire from my side, I'd be thrilled to work with him.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n027", candidate_id="w52-c06", interviewer_id="w52-i01", req_id="w52-r2",
         round="coding", submitted_at="2026-07-02", recommendation="lean_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="sql")
n.s("The candidate was asked to write SQL for seven-day alert volume per household, excluding test devices.", "c")
n.s("He wrote the filter for test devices first and asked how they are flagged in the table.", "e+", "data_intuition", "coding")
n.s("His date window was off by one day, counting eight days; he found it when comparing against a hand count I supplied.", "e0", "coding", hard="mixed")
n.s("He did not handle households with zero alerts, which vanished from the output.", "e-", "coding", hard="negated")
n.s("When asked, he said he would left join against the household table, and wrote it correctly.", "e+", "coding", "learning")
n.s("Code was okay, I suppose.", "v0", "coding")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n028", candidate_id="w52-c06", interviewer_id="w52-i03", req_id="w52-r2",
         round="behavioural", submitted_at="2026-07-02", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="collaboration")
n.s("Behavioral, 30 min.", "c")
n.s("Luca came across well.", "v+")
n.s("Talked about working with the support team at his last company on complaint tagging.", "v0", "user_impact")
n.s("Good listener.", "v+", "communication")
n.s("Said he'd personally rebuilt the tagging taxonomy after agents complained it was confusing.", "e+", "ownership", "user_impact")
n.s("Didn't ask him anything about metrics, will leave that to the next round.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w52-n029", candidate_id="w52-c13", interviewer_id="w52-i01", req_id="w52-r1",
         round="system_design", submitted_at="2025-03-11", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "american"], topic="privacy zones")
n.s("The candidate, Oluwaseun, was asked to add privacy zones so that cameras ignore a neighbor's window.", "c")
n.s("She asked whether masked pixels should be dropped before the detector runs or only hidden in the clip, and chose before, so no neighbour data is ever processed.", "e+", "user_impact", "judgment")
n.s("She noted that a person walking through a masked zone into the porch still needs detecting, and proposed clipping boxes at the mask edge.", "e+", "system_thinking")
n.s("She estimated the mask step at under 1 ms on the NPU by applying it to the downscaled input.", "e+", "system_thinking")
n.s("She proposed an audit log entry each time a zone is changed, for police-request disputes.", "e+", "risk_awareness", "user_impact")
n.s("When I said the firmware team might not accept a new input format, she offered a fallback that masks in the app instead and said what privacy it loses.", "e+", "learning", "judgment")
n.s("She summarised the design for a non-technical reviewer in four sentences.", "e+", "communication")
n.s("Strong hire, based on the above.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n030", candidate_id="w52-c14", interviewer_id="w52-i05", req_id="w52-r1",
         round="fundamentals", submitted_at="2025-10-21", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="small models")
n.s("I asked Ravi about making detectors small enough for a doorbell.", "c", hard="question")
n.s("He knows distillation inside and out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He mentioned he'd distilled a model for a drone company, though we didn't go into it.", "v0", "ml_fundamentals")
n.s("Could not say why the student model was worse on small faraway people.", "e-", "ml_fundamentals")
n.s("I gave him a hint about the small objects losing resolution in the student's input.", "c", hard="interviewer_action")
n.s("He then said the student used a lower input size and that small people fall below a few pixels, which was right.", "e+", "learning", "ml_fundamentals")
n.s("Great energy!", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w52_notes_part3.jsonl", notes)
