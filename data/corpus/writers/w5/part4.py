import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c10 Dmitri Volkov (he), Speech; strong, privacy-aware; contradiction on communication (i06 clear vs i01 hard to follow) ----------------
n = Note(note_id="w5-n037", candidate_id="w5-c10", interviewer_id="w5-i06", req_id="w5-r2",
         round="system_design", submitted_at="2026-02-24", recommendation="strong_hire",
         ratings={"system_thinking": "strong_hire", "user_impact": "strong_hire", "communication": "strong_hire",
                  "risk_awareness": "hire"},
         specificity=5, style=["prose", "third_person", "british", "headings"], topic="privacy of audio data")
n.h("System design")
n.s("Duration 60 minutes; two interviewers present, the second shadowing.", "c")
n.s("The candidate was asked to design a pipeline for improving the speech recogniser using customer audio while meeting the company's privacy commitments.", "c")
n.blank()
n.s("Dmitri began by restating the problem in one sentence and listing three constraints he would assume, then asked the interviewer to confirm them.", "e+", "communication", "judgment")
n.s("He proposed that the default path use no raw audio at all: on-device federated updates of the language-model adapter, with only clipped, noised gradients leaving the device.", "e+", "user_impact", "system_thinking")
n.s("For the acoustic model he proposed an opt-in programme, with clips reviewed by transcribers only after automated removal of names and numbers, and a 90-day retention limit.", "e+", "user_impact")
n.s("He sized the federated round: about 50k participating devices per night, 2 MB upload each, and checked it against the stated bandwidth budget.", "e+", "system_thinking")
n.s("Asked by the interviewer how a poisoned or faulty update would be caught, he proposed evaluating every aggregated update on a fixed held-out set and on per-accent slices before shipping, with automatic rejection on regression.", "e+", "risk_awareness", "metrics")
n.s("The candidate did not discuss how users would withdraw consent once their clips were already in a training set.", "e-", "user_impact", hard="negated")
n.s("When this was raised, he acknowledged the gap and proposed keeping a per-clip lineage so affected model versions could be identified.", "e+", "learning", "user_impact")
n.s("Throughout, he summarised each decision before moving on, which made the session easy to follow.", "e+", "communication")
n.blank()
n.h("Assessment")
n.s("An outstanding candidate for the speech team.", "v+")
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n038", candidate_id="w5-c10", interviewer_id="w5-i01", req_id="w5-r2",
         round="fundamentals", submitted_at="2026-02-24", recommendation="hire",
         ratings={"ml_fundamentals": "strong_hire", "communication": "lean_no_hire"},
         specificity=4, style=["prose", "first_person", "typos"], topic="speech recognition")
n.s("Fundamentals round, 45 minutes.", "c")
n.s("I asked Dmitri to explain why CTC needs the blank token.", "c", hard="question")
n.s("His answer was correct, he showed how blank let the model emit repeated letters like in \"book\" and how the alignment collapse.", "e+", "ml_fundamentals")
n.s("But he talk for almost ten minutes without stop and I could not follow the middle part about the forward-backward.", "e-", "communication")
n.s("When I ask him to explain more simple, he gave a two-sentence version that was very good.", "e+", "communication", "learning")
n.s("Second question was about why WER can go above 100%.", "c", hard="question")
n.s("He answered fast, insertion errors, and gave example of a noisy TV transcript.", "e+", "metrics")
n.s("He also said WER is not good for the assistant commands and proposed to measure intent accuracy instead.", "e+", "metrics", "user_impact")
n.s("Very strong knowledge, but communication is little bit hard sometime.", "v0", "communication", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n039", candidate_id="w5-c10", interviewer_id="w5-i03", req_id="w5-r2",
         round="debugging", submitted_at="2026-02-25", recommendation="hire",
         ratings={"risk_awareness": "hire", "coding": "lean_hire"},
         specificity=4, style=["prose", "first_person", "british"], topic="incidents in production")
n.s("Debugging round.", "c")
n.s("The scenario was a real incident of ours, anonymised: after a model push, recognition latency on one speaker model doubled and some requests timed out.", "c")
n.s("Dmitri asked first whether the push could be reverted and how many devices had it, and said he would halt the rollout before investigating.", "e+", "risk_awareness", "judgment")
n.s("He then asked for the NPU profiler output and found the new model used an op that fell back to the CPU.", "e+", "coding", "system_thinking")
n.s("He took a while to read the profiler trace and needed me to point out which column was wall time.", "e-", "coding")
n.s("He proposed a pre-release check that fails the build if any op falls back on any supported device.", "e+", "risk_awareness", "ownership")
n.s("He didn't think to ask whether the timeouts had caused any user-visible failures such as missed alarms.", "e-", "user_impact", hard="negated")
n.s("Good instincts: stop the bleeding, then diagnose.", "v+", "risk_awareness")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n040", candidate_id="w5-c10", interviewer_id="w5-i05", req_id="w5-r2",
         round="coding", submitted_at="2026-02-25", recommendation="hire",
         ratings={"coding": "hire", "communication": "hire"},
         specificity=3, style=["bullets", "headings", "abbreviations"], topic="beam search")
n.h("Q: beam search over a small char-level model, w/ length normalisation")
n.h("Strengths")
n.b("Asked whether the model outputs were log-probs before writing anything", "e+", "coding", hard="question")
n.b("Working beam search in ~25 min", "e+", "coding")
n.b("Explained length normalisation trade-off clearly", "e+", "communication", "ml_fundamentals")
n.b("Strong coder", "v+", "coding")
n.h("Concerns")
n.b("Heap logic was messy, rewrote it once", "e0", "coding")
n.b("Didn't test beam width 1", "e-", "coding", hard="negated")
n.h("Recommendation")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- history notes ----------------
n = Note(note_id="w5-n041", candidate_id="w5-c11", interviewer_id="w5-i01", req_id="w5-r1",
         round="coding", submitted_at="2024-05-14", recommendation="hire",
         ratings={"coding": "hire"},
         specificity=4, style=["prose", "first_person", "typos"], topic="image augmentation")
n.s("Coding round, the question was to implement mixup for a batch with labels.", "c")
n.s("Arjun asked if labels are one-hot or index before start, good question.", "e+", "coding", hard="question")
n.s("He wrote the beta sampling and the mixing in about 10 minutes, correct.", "e+", "coding")
n.s("He also explained why mixup can hurt when classes are very different in look, like a cat and a car, but it is still ok as regularisation.", "e+", "ml_fundamentals")
n.s("He tested with batch size 1 himself and found that his shuffle mix the sample with itself.", "e+", "coding", hard="plain_evidence")
n.s("The fix he did was correct.", "e+", "coding")
n.s("I asked him how he will know mixup help in production, he said only looking at validation accuracy.", "e-", "metrics")
n.s("He did not mentioned calibration or the field data.", "e-", "metrics", hard="negated")
n.s("Good coder, careful.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n042", candidate_id="w5-c12", interviewer_id="w5-i02", req_id="w5-r2",
         round="fundamentals", submitted_at="2024-06-03", recommendation="strong_hire",
         ratings={"ml_fundamentals": "strong_hire", "communication": "strong_hire"},
         specificity=1, style=["prose", "first_person", "american"], topic="speech recognition")
n.s("Sofia is amazing, one of the best candidates I've seen all year!", "v+")
n.s("Encyclopedic knowledge of speech models.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Crystal-clear communicator.", "v+", "communication")
n.s("She'd be a great culture add and she's so warm.", "v+", hard="biased")
n.s("Strong hire, let's close her fast!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n043", candidate_id="w5-c13", interviewer_id="w5-i03", req_id="w5-r2",
         round="system_design", submitted_at="2024-07-16", recommendation="no_hire",
         ratings={"risk_awareness": "no_hire", "metrics": "no_hire", "system_thinking": "lean_no_hire"},
         specificity=5, style=["prose", "first_person", "british"], topic="wake-word")
n.s("System design: lower the wake-word false-reject rate on the bedside clock without raising false accepts.", "c")
n.s("Wei proposed a bigger model and more data, and estimated the bigger model at 400k parameters, which would still fit on the DSP.", "e0", "system_thinking")
n.s("I asked how he would measure false accepts; he proposed running the new model on the 200-hour test set and counting triggers.", "e-", "metrics")
n.s("When I pointed out 200 hours is far too little to estimate one false accept per week per device, he said we could \"extrapolate\".", "e-", "metrics", "learning")
n.s("He had no notion of testing on long-form household audio such as TV or music.", "e-", "data_intuition", hard="negated")
n.s("I asked what he would do if false accepts spiked after launch.", "c", hard="question")
n.s("He said he would \"retrain quickly\", with no mention of a threshold rollback, staged release or per-device telemetry.", "e-", "risk_awareness")
n.s("He also didn't consider that a false accept on a bedside device wakes people up and may upload bedroom audio.", "e-", "user_impact", hard="negated")
n.s("His model arithmetic was fine.", "v+", "system_thinking")
n.s("No hire: the risk thinking is well below the bar for shipping always-listening devices.", "v-", "risk_awareness", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n044", candidate_id="w5-c14", interviewer_id="w5-i04", req_id="w5-r1",
         round="data", submitted_at="2024-08-20", recommendation="lean_hire",
         ratings={},
         specificity=2, style=["prose", "terse"], topic="labelling quality")
n.s("Data round.", "c")
n.s("Olivia found the duplicate images.", "e+", "data_intuition")
n.s("Decent data sense, bit slow.", "v0", "data_intuition", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n045", candidate_id="w5-c15", interviewer_id="w5-i05", req_id="w5-r2",
         round="debugging", submitted_at="2024-09-10", recommendation="strong_hire",
         ratings={"coding": "strong_hire", "risk_awareness": "hire", "communication": "hire"},
         specificity=5, style=["bullets", "headings"], topic="on-device latency")
n.h("Exercise: speech model latency regression after a quantisation change, 50 min")
n.h("Strengths")
n.b("Asked for a per-layer latency profile before reading any code", "e+", "coding", hard="question")
n.b("Found the requantise op inserted between every conv block within 12 min", "e+", "coding")
n.b("Explained to me why mismatched scales between layers force that op, with a small diagram", "e+", "ml_fundamentals", "communication")
n.b("Fixed it by fusing the scale into the preceding layer, measured 41 ms -> 18 ms on the device emulator", "e+", "coding", "system_thinking")
n.b("Re-ran the accuracy eval on the accent slices after the fix, unprompted, and showed no slice dropped more than 0.3 WER", "e+", "risk_awareness", "user_impact")
n.b("Proposed adding a latency budget check to CI so this gets caught before release", "e+", "risk_awareness", "ownership")
n.h("Concerns")
n.b("Didn't mention what happens on the two older NPUs that don't support fusion", "e-", "system_thinking", hard="negated")
n.h("Recommendation")
n.b("Strong hire.", "v+", hard="bare_verdict")
n.s("Amara was the best debugging round I've run this year.", "v+", "coding")
notes.append(n)

n = Note(note_id="w5-n046", candidate_id="w5-c16", interviewer_id="w5-i06", req_id="w5-r1",
         round="system_design", submitted_at="2024-12-03", recommendation="lean_hire",
         ratings={"system_thinking": "hire", "metrics": "lean_no_hire"},
         specificity=4, style=["prose", "third_person", "american"], topic="on-device detection")
n.s("The candidate was asked to design a gesture recognizer for the smart TV camera, running at 15 fps on the set-top SoC.", "c")
n.s("Mr. Karimi proposed a hand detector followed by a lightweight keypoint model and a small temporal classifier, and allocated a latency budget to each stage that summed to 55 ms.", "e+", "system_thinking")
n.s("The candidate asked how often the TV software could be updated before deciding where the model weights would live.", "e+", "system_thinking", hard="question")
n.s("He identified that the camera would see several people and proposed tracking the person nearest the screen.", "e+", "system_thinking", "judgment")
n.s("When asked how success would be measured, he proposed frame-level classification accuracy.", "e-", "metrics")
n.s("The interviewer asked whether users would perceive frame-level errors; the candidate then proposed a per-gesture false-trigger rate per hour of viewing, which is the more meaningful measure.", "e+", "metrics", "learning")
n.s("He did not discuss how the system would behave for users with limited hand mobility.", "e-", "user_impact", hard="negated")
n.s("The design was sound and clearly explained.", "v+", "system_thinking", "communication")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n047", candidate_id="w5-c17", interviewer_id="w5-i07", req_id="w5-r2",
         round="data", submitted_at="2025-01-21", recommendation="hire",
         ratings={"user_impact": "strong_hire", "data_intuition": "hire"},
         specificity=4, style=["prose", "first_person", "quotes"], topic="privacy of audio data")
n.s("Data round on building an evaluation set for the kids' voice mode.", "c")
n.s("Sam's first question was whether we were allowed to store children's audio at all, and under which consent.", "e+", "user_impact", hard="question")
n.s("They proposed recording with paid, consenting families in a studio-like home setup rather than sampling production audio.", "e+", "user_impact", "data_intuition")
n.s("They pointed out that children's speech varies a lot with age and asked for the set to be stratified into three age bands.", "e+", "data_intuition")
n.s("When I asked about cost, they cut the plan down to 40 families and explained which age band they'd under-sample and why.", "e+", "judgment")
n.s("They also asked who would be able to listen to the recordings and proposed limiting access to two named transcribers.", "e+", "user_impact")
n.s("They were less sure about how to label disfluent speech, saying \"I'd probably let the transcribers decide\".", "e-", "data_intuition", hard="hedged")
n.s("Careful and principled.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n048", candidate_id="w5-c18", interviewer_id="w5-i03", req_id="w5-r1",
         round="debugging", submitted_at="2025-03-18", recommendation="hire",
         ratings={"risk_awareness": "strong_hire", "learning": "hire", "coding": "hire"},
         specificity=5, style=["prose", "first_person", "british"], topic="incidents in production")
n.s("Debugging round, 50 minutes.", "c")
n.s("Scenario: the doorbell's person detector started missing people wearing dark clothing after a data refresh.", "c")
n.s("Inés's first move was to ask whether the refreshed model was already on all devices and whether we could pin cohorts back to the old one.", "e+", "risk_awareness", hard="question")
n.s("She compared the label distributions between the old and new training sets and found the new set had 30% fewer night-time positives.", "e+", "data_intuition")
n.s("She then guessed the cause was the IR camera images being filtered out as \"greyscale duplicates\" by a new dedup step, and checked it in the code in about five minutes.", "e+", "coding", "data_intuition")
n.s("I challenged her: maybe it's just a threshold problem?", "c", hard="interviewer_action")
n.s("She said that was possible, ran a threshold sweep on the night slice, showed the miss rate stayed high at every threshold, and returned to her hypothesis.", "e+", "learning", "judgment")
n.s("She proposed a slice-level regression test on night and IR images for every future refresh.", "e+", "risk_awareness")
n.s("She did not estimate how many customers had missed visitors, which is what product would ask first.", "e-", "user_impact", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n049", candidate_id="w5-c19", interviewer_id="w5-i02", req_id="w5-r1",
         round="behavioural", submitted_at="2025-05-06", recommendation="hire",
         ratings={"ownership": "hire"},
         specificity=2, style=["prose", "first_person", "american"], topic="teamwork")
n.s("Behavioural, 30 min, on video.", "c")
n.s("Yusuf was great!", "v+")
n.s("Super collaborative and a natural leader.", "v+", "communication")
n.s("He talked about leading a model compression effort at his last company.", "e+", "ownership")
n.s("I didn't get into the details but it sounded impressive.", "v+", "ownership")
n.s("Reminds me of myself when I started, lol.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w5_notes_part4.jsonl", notes)
print(len(notes), "notes")
