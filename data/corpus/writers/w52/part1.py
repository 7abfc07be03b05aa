import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# candidate c01 Anjali (she), r1
n = Note(note_id="w52-n001", candidate_id="w52-c01", interviewer_id="w52-i01", req_id="w52-r1",
         round="system_design", submitted_at="2026-02-10", recommendation="hire", specificity=5,
         style=["prose", "first_person", "american"], topic="person detection")
n.s("I asked Anjali to design on-device person detection for our $30 doorbell camera.", "c", hard="interviewer_action")
n.s("She began by asking how much RAM and what NPU the camera has before proposing any model.", "e+", "judgment", hard="plain_evidence")
n.s("She proposed a two-stage cascade: a cheap motion gate on the device, then a quantized detector only when motion persists for more than half a second.", "e+", "system_thinking")
n.s("She estimated the detector at roughly 40 ms per frame at int8 and budgeted 3 frames per event to protect battery.", "e+", "system_thinking")
n.s("Unprompted, she asked whether night IR frames were in the training set, since grayscale footage behaves differently.", "e+", "data_intuition")
n.s("When I asked how she would ship a new model, she described a 1% staged firmware rollout with automatic rollback if the false alert rate per camera rose above baseline.", "e+", "risk_awareness")
n.s("She also asked whether neighbours' porches in frame should be masked before any clip leaves the device.", "e+", "user_impact")
n.s("Her explanation of the quantization trade-offs was hurried, and I had to ask twice what accuracy loss she expected.", "e-", "communication")
n.s("Recommend hire: the design was grounded in the hardware limits she asked about first.", "e+", "judgment", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w52-n002", candidate_id="w52-c01", interviewer_id="w52-i02", req_id="w52-r1",
         round="coding", submitted_at="2026-02-10", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american", "typos"], topic="bounding boxes")
n.s("Had Anjali write non-max suppression for box outputs, y'all know the drill.", "c", hard="interviewer_action")
n.s("She's sharp as a tack.", "v+")
n.s("Wrote the IoU function first and tested it on two boxes that don't overlap at all, got zero like she should.", "e+", "coding")
n.s("Then she sorted by score and looped, clean as a whistle.", "e+", "coding")
n.s("Real good coder, I'd put her up against anybody on the team.", "v+", "coding")
n.s("Forgot the case where two boxes have the exact same score, but she spotted it herself when I was fixin' to mention it.", "e0", "coding", hard="mixed")
n.s("Talked real clear the whole way through.", "v+", "communication", hard="tech_vague")
n.s("Great gal, would love to grab a beer with her.", "v+", hard="biased")
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n003", candidate_id="w52-c01", interviewer_id="w52-i03", req_id="w52-r1",
         round="fundamentals", submitted_at="2026-02-11", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="detection metrics")
n.s("Fundamentals round with Anjali.", "c")
n.s("Seemed very solid on detection theory overall.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knows her mAP and precision-recall stuff.", "v+", "metrics", hard="tech_vague")
n.s("Good understanding of tradeoffs with cheap hardware.", "v+", "judgment", hard="tech_vague")
n.s("Communicated fine.", "v+", "communication")
n.s("We covered anchors, NMS and a little on quantization.", "c")
n.s("She mentioned working on a doorbell product before, didn't dig in.", "v0", "system_thinking")
n.s("Maybe a touch slow on the quantization part.", "v-", "ml_fundamentals", hard="hedged")
n.s("Probably a hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n004", candidate_id="w52-c01", interviewer_id="w52-i06", req_id="w52-r1",
         round="debugging", submitted_at="2026-02-12", recommendation="lean_hire", specificity=4,
         style=["bullets", "lowercase", "arrows", "terse", "fragments"], topic="false alarms night")
n.h("debugging: night false alarms")
n.b("gave her logs -> pet alerts spike 10pm-4am after fw 3.2", "c", hard="interviewer_action")
n.b("first guess: threshold changed -> checked config diff herself, no change", "e+", "coding")
n.b("then asked if 3.2 changed IR exposure -> yes, that was it", "e+", "data_intuition")
n.b("said 'just raise threshold at night' as fix -> no thought about missed people at night", "e-", "judgment")
n.b("when i asked who gets hurt by missed detections -> said 'renters who rely on it while away', then kept threshold but added per-night eval", "e+", "learning", "user_impact")
n.b("never proposed rolling back 3.2 while investigating", "e-", "risk_awareness", hard="negated")
n.b("precision/recall talk ok", "v0", "metrics", hard="tech_vague")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# candidate c02 Tomasz (he), r2
n = Note(note_id="w52-n005", candidate_id="w52-c02", interviewer_id="w52-i04", req_id="w52-r2",
         round="data", submitted_at="2026-03-03", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="alert fatigue churn")
n.h("Findings")
n.b("1. Candidate was given a table of alert counts and subscription cancellations per household.", "c")
n.b("2. He computed churn per alert-volume decile and found churn roughly doubles above 40 alerts per week.", "e+", "data_intuition")
n.b("3. He then claimed alerts cause churn without checking whether high-alert homes were simply busy streets.", "e-", "data_intuition", "judgment")
n.b("4. Asked about a confounder, he said 'the correlation is strong enough' and did not revise.", "e-", "learning", hard="verdict_plus_evidence")
n.b("5. Proposed cutting alerts by 50% for everyone, with no check on missed package thefts.", "e-", "user_impact", "risk_awareness")
n.b("6. Picked 30-day retention as the only success metric and did not mention alert opens or complaints.", "e-", "metrics")
n.b("7. Chart labels were clear and he narrated them in order.", "e+", "communication")
n.h("Verdict")
n.b("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n006", candidate_id="w52-c02", interviewer_id="w52-i05", req_id="w52-r2",
         round="behavioural", submitted_at="2026-03-03", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="ownership")
n.s("I really enjoyed talking with Tomasz!", "v+")
n.s("I asked him about a project that went wrong.", "c", hard="question")
n.s("He described a pricing test at his last job where he found a bug in the assignment logic two weeks in and paused the test himself.", "e+", "ownership")
n.s("He wrote up what happened for his manager and reran it a month later.", "e+", "ownership")
n.s("I think he's a natural leader.", "v+", "ownership")
n.s("When I asked how he handles disagreements, he said the data team 'usually just wins in the end'.", "e-", "learning", hard="plain_evidence")
n.s("He has a lot of experience with subscription products.", "v+", hard="vague_quantity")
n.s("Very personable.", "v+", hard="biased")
n.s("Hire from my side.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n007", candidate_id="w52-c02", interviewer_id="w52-i01", req_id="w52-r2",
         round="system_design", submitted_at="2026-03-04", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="alert ranking")
n.s("The candidate was asked to design a system that decides which motion events become push alerts.", "c")
n.s("He sketched an event scorer in the cloud with a per-household threshold, which is a reasonable start.", "e+", "system_thinking")
n.s("He did not account for the upload cost of sending every clip to the cloud on battery cameras.", "e-", "system_thinking", hard="negated")
n.s("He chose click-through on alerts as the target and said a higher CTR means happier customers.", "e-", "metrics")
n.s("When I suggested that people may click scary alerts that turn out to be cats, he added a 'was this useful' tap as a second signal.", "e+", "learning", "metrics")
n.s("He did not raise what happens to households whose alerts get suppressed by mistake.", "e-", "user_impact", hard="negated")
n.s("His communication was structured and easy to follow.", "v+", "communication")
n.s("Lean no hire; the design improved only when led.", "v-", "learning")
notes.append(n)

n = Note(note_id="w52-n008", candidate_id="w52-c02", interviewer_id="w52-i06", req_id="w52-r2",
         round="coding", submitted_at="2026-03-04", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "lowercase", "arrows", "abbreviations"], topic="sql churn")
n.b("sql: weekly churn by plan tier", "c")
n.b("joined subs to cancels on household_id -> dupes b/c households w/ 2 cams, didn't notice", "e-", "data_intuition", "coding")
n.b("i pointed at row count -> fixed w/ distinct, ~2 min", "e0", "coding", "learning", hard="mixed")
n.b("window fn for rolling 4wk avg correct first try", "e+", "coding")
n.b("didn't check nulls in cancel_date", "e-", "coding", hard="negated")
n.b("asked 'is a paused sub churn?' before defining metric", "e+", "metrics", "judgment")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w52-n009", candidate_id="w52-c09", interviewer_id="w52-i03", req_id="w52-r2",
         round="system_design", submitted_at="2025-09-18", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="subscriptions")
n.s("System design with Kofi on subscription upsell.", "c")
n.s("Good big-picture thinker.", "v+", "system_thinking")
n.s("Asked who actually buys the cloud plan, renters or homeowners.", "e+", "user_impact", hard="plain_evidence")
n.s("Some gaps around monitoring.", "v-", "risk_awareness")
n.s("Could be stronger on metrics.", "v-", "metrics")
n.s("He proposed showing the upsell only after a user had saved three clips manually.", "e+", "user_impact", "judgment")
n.s("Didn't say how he'd know if the upsell annoyed people.", "e-", "metrics", hard="negated")
n.s("Time ran short at the end.", "c")
n.s("Leaning hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n010", candidate_id="w52-c10", interviewer_id="w52-i04", req_id="w52-r1",
         round="fundamentals", submitted_at="2025-11-06", recommendation="no_hire", specificity=4,
         style=["bullets", "third_person", "headings"], topic="face recognition")
n.h("Questions")
n.b("1. Asked how she would reduce pet false positives.", "c", hard="question")
n.b("2. Asked what she would say if a customer requested face recognition of visitors.", "c", hard="question")
n.h("Findings")
n.b("1. Mei suggested adding pet images as a hard-negative class and weighting them up.", "e+", "ml_fundamentals")
n.b("2. She said class weighting would not change calibration, which is wrong.", "e-", "ml_fundamentals")
n.b("3. On face recognition she said she would 'just build it since customers want it', with no mention of people filmed without consent.", "e-", "user_impact", "judgment")
n.b("4. Pointed at our policy of refusing face ID, she said policy was not her concern.", "e-", "learning", "ownership")
n.b("5. Broad knowledge of vision models.", "v+", "ml_fundamentals", hard="tech_vague")
n.h("Verdict")
n.b("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w52_notes_part1.jsonl", notes)
