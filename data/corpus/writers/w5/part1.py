import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c01 Priya Raman (she), CV, strong; adapts after hint ----------------
n = Note(note_id="w5-n001", candidate_id="w5-c01", interviewer_id="w5-i01", req_id="w5-r1",
         round="fundamentals", submitted_at="2025-02-11", recommendation="hire",
         ratings={"ml_fundamentals": "hire", "learning": "strong_hire"},
         specificity=4, style=["prose", "first_person", "typos"], topic="image classification")
n.s("Fundamentals round, 45 min, on the classifier for the doorbell camera.", "c")
n.s("I asked Priya why the model is very confident on night images even when it is wrong.", "c", hard="interviewer_action")
n.s("She explain that cross-entropy keep pushing logits bigger after the train loss is almost zero, and she sketched a reliability diagram on the whiteboard with the over-confident bins above the diagonal.", "e+", "ml_fundamentals")
n.s("Then she propose temperature scaling on a held out night set, not on the full validation.", "e+", "ml_fundamentals", "data_intuition")
n.s("On the second question about class imbalance she first said to oversample the rare class \"by ten times\".", "e-", "data_intuition")
n.s("I give a hint that the rare class images come mostly from one installer.", "c", hard="interviewer_action")
n.s("After the hint she change her answer within a minute and said oversampling would just memorise that installer's porch, so she would collect from more homes first.", "e+", "learning", "data_intuition")
n.s("She did not mentioned focal loss, which is fine, it is not needed for this level.", "e0", "ml_fundamentals", hard="negated")
n.s("Her explanations were easy to follow for me.", "v+", "communication")
n.s("I think she is good hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n002", candidate_id="w5-c01", interviewer_id="w5-i02", req_id="w5-r1",
         round="coding", submitted_at="2025-02-11", recommendation="strong_hire",
         ratings={"coding": "strong_hire"},
         specificity=2, style=["prose", "first_person", "american"], topic="image augmentation")
n.s("Coding round, 45 min, shared editor.", "c")
n.s("Wow, what a session!", "v+")
n.s("Priya is an absolutely brilliant coder and one of the sharpest people I have talked to this quarter.", "v+", "coding")
n.s("I asked her to implement random crop plus horizontal flip for a batch of images with bounding boxes.", "c", hard="interviewer_action")
n.s("She got the box coordinates right after the flip on the first try.", "e+", "coding")
n.s("Super clean code, super fast, great energy throughout.", "v+", "coding")
n.s("Clearly knows augmentation inside and out.", "v+", "data_intuition", hard="tech_vague")
n.s("She would be a fantastic addition to the CV team and the kind of person everyone wants to sit next to.", "v+", hard="biased")
n.s("Strong hire, no doubts at all!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n003", candidate_id="w5-c01", interviewer_id="w5-i03", req_id="w5-r1",
         round="system_design", submitted_at="2025-02-12", recommendation="hire",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire", "metrics": "lean_hire"},
         specificity=5, style=["prose", "first_person", "british"], topic="on-device detection")
n.s("System design: on-device package detection for the porch camera, 60 minutes.", "c")
n.s("Constraint I gave: 30 ms per frame on the current NPU, model under 8 MB.", "c")
n.blank()
n.s("Priya started by asking how often firmware can be pushed and whether we can roll back per device cohort.", "e+", "risk_awareness", hard="question")
n.s("She split the pipeline into a motion gate on the DSP and the detector on the NPU, and estimated the detector would only run on about 15% of frames.", "e+", "system_thinking")
n.s("She proposed int8 post-training quantisation first and said she would only move to quantisation-aware training if the per-class drop on small packages exceeded 2 points.", "e+", "judgment", "ml_fundamentals")
n.s("When I asked what happens if the quantised model silently degrades on older devices, she proposed logging on-device confidence histograms and comparing them to the fleet baseline before widening the rollout.", "e+", "risk_awareness")
n.s("She also wanted a kill switch that reverts to the previous model if false alerts per household per day go above a threshold.", "e+", "risk_awareness", "user_impact")
n.blank()
n.s("Weaker spot: she took mAP on the internal test set as the launch gate and did not ask how that set was sampled.", "e-", "metrics", "data_intuition")
n.s("When I pointed out the test set is mostly daylight images from one city, she agreed and added a night and rain slice to the gate.", "e0", "metrics", "learning", hard="mixed")
n.s("She never discussed what happens to the motion gate under heavy snow, and I did not have time to push on it.", "e-", "risk_awareness", hard="negated")
n.blank()
n.s("Hire.", "v+", hard="bare_verdict")
n.s("The failure-mode thinking is above what I usually see at this level; the metric naivety is coachable.", "v+", "risk_awareness")
notes.append(n)

n = Note(note_id="w5-n004", candidate_id="w5-c01", interviewer_id="w5-i07", req_id="w5-r1",
         round="behavioural", submitted_at="2025-02-13", recommendation="hire",
         ratings={"ownership": "hire", "communication": "hire"},
         specificity=4, style=["prose", "first_person", "quotes"], topic="labelling quality")
n.s("Behavioural round focused on a labelling project Priya led at her current company.", "c")
n.s("She described finding that about a fifth of the \"pet\" labels from the vendor were actually cushions and bags, by sampling 200 images herself on a Friday afternoon.", "e+", "data_intuition", "ownership")
n.s("She then wrote the revised guideline, ran a two-day calibration session with the vendor, and re-measured agreement before accepting the next batch.", "e+", "ownership")
n.s("When I asked what she would do differently, she said \"I should have looked at the data in week one, not week six\".", "e+", "learning")
n.s("I was less convinced by her answer on disagreement with her manager.", "v-", "communication")
n.s("She gave a general answer about \"aligning on goals\" and could not name a specific disagreement when I asked for one.", "e-", "communication")
n.s("Overall a thoughtful and candid conversation.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c02 Tomasz Nowak (he), CV; offline metric as truth (two interviewers); defends ----------------
n = Note(note_id="w5-n005", candidate_id="w5-c02", interviewer_id="w5-i03", req_id="w5-r1",
         round="system_design", submitted_at="2025-04-02", recommendation="no_hire",
         ratings={"metrics": "no_hire", "risk_awareness": "no_hire", "learning": "lean_no_hire"},
         specificity=5, style=["prose", "first_person", "british"], topic="model compression")
n.s("System design, 60 min: shipping a compressed scene classifier to the smart display.", "c")
n.s("I told Tomasz the pruned model scores 0.4 points higher top-1 than the current one on our benchmark.", "c", hard="interviewer_action")
n.s("He said that was enough to ship to the whole fleet that week.", "e-", "metrics", "risk_awareness")
n.s("I asked how he would know the benchmark reflects customers' living rooms; he answered that \"the benchmark is the benchmark, that's why we have it\".", "e-", "metrics")
n.s("I pushed again with an example of a previous launch where the benchmark went up and returns went up too.", "c", hard="interviewer_action")
n.s("He said that launch must have had a bug and did not change his plan.", "e-", "learning", "metrics")
n.s("No staged rollout, no canary, no plan to compare on-device confidence against the old model.", "e-", "risk_awareness", hard="negated")
n.s("On the compression itself he was more solid: he chose structured channel pruning over unstructured because the NPU cannot exploit sparse weights, and said so unprompted.", "e+", "ml_fundamentals", "system_thinking")
n.s("He also estimated memory bandwidth per frame correctly to within a factor of two.", "e+", "system_thinking")
n.s("He asked whether the NPU supports per-channel quantisation before choosing a scheme, which was the right question.", "e+", "system_thinking", hard="question")
n.s("No hire: the metric-as-truth stance and the refusal to consider a rollback are exactly what causes incidents on devices we cannot easily patch.", "v-", "metrics", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n006", candidate_id="w5-c02", interviewer_id="w5-i05", req_id="w5-r1",
         round="data", submitted_at="2025-04-02", recommendation="lean_no_hire",
         ratings={"data_intuition": "lean_hire", "metrics": "no_hire"},
         specificity=4, style=["bullets", "headings", "terse"], topic="image classification")
n.h("Strengths:")
n.b("Asked for the label source before touching the dataset (vendor vs. user reports)", "e+", "data_intuition", hard="question")
n.b("Found the near-duplicate frames from burst capture and deduplicated by perceptual hash", "e+", "data_intuition", hard="plain_evidence")
n.b("Wrote the dedup in ~15 lines and ran it on a 1k sample first", "e+", "coding")
n.b("Good Python, fluent with pandas", "v+", "coding")
n.h("Concerns:")
n.b("Reported the validation accuracy after dedup as \"the real-world number\"", "e-", "metrics")
n.b("When asked what could make the field number differ, said \"nothing, if the split is clean\"", "e-", "metrics", "learning")
n.b("Didn't consider lighting or camera-model shift at all", "e-", "data_intuition", hard="negated")
n.b("Bit stubborn", "v-", "learning")
n.h("Recommendation:")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n007", candidate_id="w5-c02", interviewer_id="w5-i02", req_id="w5-r1",
         round="coding", submitted_at="2025-04-03", recommendation="hire",
         ratings={"coding": "strong_hire"},
         specificity=3, style=["prose", "first_person", "american"], topic="non-max suppression")
n.s("Really enjoyed this one!", "v+")
n.s("I asked Tomasz to write non-max suppression for a list of boxes with scores.", "c")
n.s("He sorted by score, wrote the IoU helper first and tested it on two touching boxes before writing the main loop.", "e+", "coding")
n.s("He caught his own bug where boxes with zero area divided by zero.", "e+", "coding")
n.s("Very confident guy, knows what he wants.", "v+", hard="biased")
n.s("When I suggested a vectorised version he said the loop was \"fast enough for 100 boxes\" and did not try it.", "e0", "learning", "coding", hard="mixed")
n.s("Honestly, I think he is right about that.", "v+", "judgment")
n.s("Tons of experience with detection models.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Hire from me!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n008", candidate_id="w5-c02", interviewer_id="w5-i06", req_id="w5-r1",
         round="behavioural", submitted_at="2025-04-04", recommendation="lean_no_hire",
         ratings={"ownership": "lean_hire", "learning": "no_hire"},
         specificity=4, style=["prose", "third_person", "british"], topic="incidents in production")
n.s("The candidate was interviewed for the behavioural round with a focus on production incidents.", "c")
n.s("He was asked to describe an incident in which a model he owned misbehaved after launch.", "c", hard="question")
n.s("He described a retail shelf detector whose recall fell after a store changed its lighting, and stated that he personally wrote the hotfix over a weekend.", "e+", "ownership")
n.s("When asked what had been changed afterwards to catch such shifts earlier, the candidate stated that nothing was needed because \"it was the store's fault\".", "e-", "risk_awareness", "ownership")
n.s("The interviewer then asked whether customers had been affected; the candidate did not answer the question and returned to the details of the hotfix.", "e-", "user_impact", "communication")
n.s("The candidate was also asked how the incident had been communicated to the store's operators.", "c", hard="question")
n.s("He stated that his manager had handled all communication with the customer and that he did not know what was said.", "e-", "ownership", "communication")
n.s("In the view of the interviewer, the candidate did not seem open to feedback.", "v-", "learning")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- c03 Adaeze Okafor (she), Speech; strong, written up vaguely by i04 ----------------
n = Note(note_id="w5-n009", candidate_id="w5-c03", interviewer_id="w5-i04", req_id="w5-r2",
         round="fundamentals", submitted_at="2025-06-17", recommendation="strong_hire",
         ratings={},
         specificity=1, style=["prose", "terse"], topic="speech recognition")
n.s("Very strong.", "v+", hard="bare_verdict")
n.s("Deep understanding of CTC and attention-based ASR.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communicates well.", "v+", "communication")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n010", candidate_id="w5-c03", interviewer_id="w5-i06", req_id="w5-r2",
         round="system_design", submitted_at="2025-06-17", recommendation="strong_hire",
         ratings={"system_thinking": "strong_hire", "user_impact": "strong_hire", "risk_awareness": "hire"},
         specificity=5, style=["prose", "third_person", "british"], topic="wake-word")
n.s("The candidate was asked to design a wake-word detector for a battery-powered speaker.", "c")
n.s("The interviewer specified a budget of 1 mW average for the always-on stage.", "c")
n.blank()
n.s("Adaeze opened by asking what false-accept rate per hour the product team would tolerate, and what a false reject costs a user.", "e+", "metrics", "user_impact", hard="question")
n.s("She proposed a two-stage cascade: a small keyword-spotting model on the DSP and a larger verifier on the application processor, which only wakes when the first stage fires.", "e+", "system_thinking")
n.s("She estimated that, at two false triggers per hour, the verifier would run for under a minute per day.", "e+", "system_thinking")
n.s("When asked how the system would perform for speakers with accents under-represented in the training data, she proposed reporting false-reject rate per accent group and setting the threshold so no group exceeded twice the best group's rate.", "e+", "user_impact", "metrics")
n.s("She stated that audio from the first stage should never leave the device, and that only verifier scores, not audio, should be logged for tuning.", "e+", "user_impact", hard="plain_evidence")
n.s("Asked about launch, she suggested a dogfood ring of employees' homes before any customer rollout, with a flag to revert the threshold remotely.", "e+", "risk_awareness")
n.blank()
n.s("The one gap noted was that she did not address how the verifier model would be updated without a full firmware release.", "e-", "system_thinking", hard="negated")
n.s("The interviewer considers this an exceptionally well-structured design.", "v+", "system_thinking")
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n011", candidate_id="w5-c03", interviewer_id="w5-i07", req_id="w5-r2",
         round="debugging", submitted_at="2025-06-18", recommendation="hire",
         ratings={"coding": "hire", "data_intuition": "strong_hire"},
         specificity=4, style=["prose", "first_person", "quotes"], topic="speech recognition")
n.s("Debugging round: I gave Adaeze a notebook where word error rate on the Scottish English test set jumped from 14% to 31% after a retrain.", "c")
n.s("She began by listening to ten of the worst utterances rather than reading code, which I liked.", "e+", "data_intuition")
n.s("Within about fifteen minutes she found that the new resampling step converted 8 kHz phone audio to 16 kHz twice.", "e+", "coding", "data_intuition")
n.s("Her fix was correct, but she did not add a test for the sample-rate path, and when I asked about it she said \"I'd add one later\".", "e0", "coding", hard="mixed")
n.s("She explained the cause to me in plain words, \"the audio was stretched, so every phoneme looked slower\".", "e+", "communication")
n.s("I'm not sure she considered whether other dialect sets were hit by the same bug; she only re-ran the Scottish one.", "e-", "risk_awareness", hard="hedged")
n.s("Solid round overall.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n012", candidate_id="w5-c03", interviewer_id="w5-i01", req_id="w5-r2",
         round="behavioural", submitted_at="2025-06-18", recommendation="hire",
         ratings={"ownership": "hire", "user_impact": "strong_hire"},
         specificity=4, style=["prose", "first_person", "typos"], topic="privacy of audio data")
n.s("Behavioural round, 45 minutes.", "c")
n.s("I ask Adaeze about a time she disagree with a product decision.", "c", hard="question")
n.s("She told about a plan in her last job to keep raw voice clips for one year to improve the model.", "e0", "user_impact")
n.s("She said she write a one page memo with the legal team and proposed to keep only clips where user opt in, and delete after 30 days.", "e+", "user_impact", "ownership")
n.s("The plan was changed after her memo, she said, and the opt-in rate was around 9%.", "e+", "ownership")
n.s("When I ask if the smaller data hurt the model, she said yes, WER got worse by one point, and she explain how she compensate with synthetic noise augmentation.", "e+", "judgment", "data_intuition")
n.s("She did not blamed the product team at any moment, very mature.", "e+", "ownership", hard="verdict_plus_evidence")
n.s("Good person for our speech team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w5_notes_part1.jsonl", notes)
print(len(notes), "notes")
