import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- history notes c36-c50 ----------------
n = Note(note_id="w5-n066", candidate_id="w5-c36", interviewer_id="w5-i03", req_id="w5-r2",
         round="system_design", submitted_at="2025-08-05", recommendation="strong_hire",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire", "metrics": "hire",
                  "user_impact": "hire"},
         specificity=5, style=["prose", "first_person", "british", "headings"], topic="accents and dialects")
n.h("System design - speech, senior loop")
n.s("60 minutes, in person, whiteboard.", "c")
n.s("Prompt: our recogniser's word error rate for Scottish and Welsh English is roughly double that for southern English; design the programme to close the gap within two quarters.", "c")
n.blank()
n.h("Scoping")
n.s("Siobhan asked whether the gap showed up in task success (timers, music, calls) or only in WER, because \"a user doesn't care about a substituted 'the'\".", "e+", "metrics", "user_impact", hard="question")
n.s("She asked how the accent labels on the test set were obtained and pointed out that self-reported region is a noisy proxy for accent.", "e+", "data_intuition")
n.s("She proposed starting with an error analysis of 300 failing utterances per accent before collecting anything new.", "e+", "judgment", "data_intuition")
n.blank()
n.h("Design")
n.s("She proposed accent-balanced fine-tuning of the shared encoder plus a small accent-adaptive adapter, and estimated the adapter at under 2% of model size so it fits the existing OTA payload limit.", "e+", "system_thinking", "ml_fundamentals")
n.s("She sized a collection of about 200 speakers per accent and explained why she cared about speaker count more than hours.", "e+", "data_intuition", "system_thinking")
n.s("I asked what would happen to southern English users.", "c", hard="question")
n.s("She set a non-regression constraint of at most 0.2 absolute WER on every other accent slice and said she'd block launch on it.", "e+", "risk_awareness", "metrics")
n.blank()
n.h("Failure modes")
n.s("Unprompted, she listed three ways the launch could go wrong: over-triggering of the adapter on mixed households, regression on children, and silent drift as device microphones age.", "e+", "risk_awareness")
n.s("For each she gave a monitoring signal and a rollback lever, e.g. disabling the adapter by server flag.", "e+", "risk_awareness", "system_thinking")
n.s("She didn't cover how to handle users who speak two accents depending on context.", "e-", "user_impact", hard="negated")
n.s("When I raised it she said she didn't know and would want data first, which I think is the right answer.", "e+", "judgment", "learning")
n.blank()
n.h("Verdict")
n.s("Strong hire: the only candidate this year who raised rollback levers before I asked.", "e+", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w5-n067", candidate_id="w5-c37", interviewer_id="w5-i04", req_id="w5-r1",
         round="coding", submitted_at="2025-08-26", recommendation="hire",
         ratings={},
         specificity=1, style=["prose", "terse"], topic="image processing")
n.s("Solid coder.", "v+", "coding")
n.s("No concerns.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n068", candidate_id="w5-c38", interviewer_id="w5-i05", req_id="w5-r1",
         round="system_design", submitted_at="2025-09-16", recommendation="no_hire",
         ratings={"risk_awareness": "no_hire", "user_impact": "no_hire", "system_thinking": "lean_hire"},
         specificity=5, style=["bullets", "headings", "arrows"], topic="incidents in production")
n.h("Exercise: design the monitoring + rollout for a new face-grouping model in the photo frame app, 60 min")
n.h("Strengths")
n.b("Drew the pipeline end to end: on-device embedding -> clustering -> UI suggestions; put the right pieces on device vs. cloud", "e+", "system_thinking")
n.b("Estimated embedding time per photo on the frame's CPU (~80 ms) and said backfilling a 10k-photo library would take ~15 min, so should run overnight on charge", "e+", "system_thinking", "judgment")
n.h("Concerns")
n.b("Rollout plan = ship to 100% once offline cluster purity beats the old model", "e-", "metrics", "risk_awareness")
n.b("Asked what happens if the new model merges two different people -> \"users can just split the cluster\"", "e-", "user_impact")
n.b("I pointed out merged clusters can show a user's ex-partner in a memories slideshow; he said that was \"a UX issue, not ML\"", "e-", "user_impact", "ownership")
n.b("No monitoring signal proposed even after I asked twice", "e-", "risk_awareness", hard="negated")
n.b("No way to revert a user's clusters to the previous model's grouping", "e-", "risk_awareness", hard="negated")
n.b("When I pushed on metrics, he repeated that purity was \"the standard metric in the literature\"", "e-", "learning", "metrics")
n.h("Recommendation")
n.b("No hire.", "v-", hard="bare_verdict")
n.s("Solid architecture can't offset ignoring user harm in a personal-photos product.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w5-n069", candidate_id="w5-c39", interviewer_id="w5-i06", req_id="w5-r2",
         round="coding", submitted_at="2025-10-07", recommendation="hire",
         ratings={"coding": "hire", "communication": "hire"},
         specificity=3, style=["prose", "third_person", "british"], topic="speech preprocessing")
n.s("The candidate was asked to implement a streaming voice activity detector with hangover smoothing.", "c")
n.s("The exercise was conducted in a shared editor for 45 minutes.", "c")
n.s("Ms. Ivanova clarified the frame size and the expected output format before beginning.", "e+", "communication", hard="question")
n.s("She implemented the energy threshold and the hangover counter correctly.", "e+", "coding")
n.s("The interviewer asked how the detector would behave with a constant fan in the background.", "c", hard="question")
n.s("She proposed an adaptive noise floor updated only during non-speech frames.", "e+", "data_intuition", "ml_fundamentals")
n.s("She wrote a small test feeding silence followed by a burst of speech and checked the output flags frame by frame.", "e+", "coding", hard="plain_evidence")
n.s("She did not implement the adaptive floor within the time available.", "e0", "coding")
n.s("Her coding ability is good.", "v+", "coding")
n.s("Her communication was clear and professional.", "v+", "communication")
n.s("She appeared somewhat hesitant at times.", "v-", hard="hedged")
n.s("The interviewer believes she would grow quickly in the role.", "v+", "learning")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n070", candidate_id="w5-c40", interviewer_id="w5-i01", req_id="w5-r2",
         round="system_design", submitted_at="2025-10-21", recommendation="lean_hire",
         ratings={"system_thinking": "lean_hire", "judgment": "hire"},
         specificity=3, style=["prose", "first_person", "typos"], topic="on-device latency")
n.s("System design, on-device command recognition for the washing machine, with very small MCU.", "c")
n.s("Whiteboard, 45 minutes.", "c")
n.s("I told him the memory is 256 KB RAM.", "c", hard="interviewer_action")
n.s("Kwame decided quick to limit to 20 fixed commands instead of open vocabulary, and explain this is enough for a washing machine.", "e+", "judgment")
n.s("He proposed a small CNN on MFCC features and estimated around 60k parameters.", "e+", "system_thinking")
n.s("He did not calculated the activation memory, only the weights.", "e-", "system_thinking", hard="negated")
n.s("When I ask about noisy environment, like the machine spinning, he suggest to record the noise of our own machines for augmentation.", "e+", "data_intuition")
n.s("He has good practical sense.", "v+", "judgment")
n.s("But design was not very deep, a little bit high level.", "v-", "system_thinking")
n.s("I am not sure about his experience with really small devices.", "v-", "system_thinking", hard="hedged")
n.s("His english was sometimes hard for me to follow.", "v-", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n071", candidate_id="w5-c41", interviewer_id="w5-i07", req_id="w5-r1",
         round="fundamentals", submitted_at="2025-11-04", recommendation="hire",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"},
         specificity=3, style=["prose", "first_person", "quotes"], topic="image classification")
n.s("Fundamentals round.", "c")
n.s("I started with overfitting on small datasets and then moved to evaluation.", "c")
n.s("Aiko explained early stopping and weight decay competently, nothing surprising.", "e0", "ml_fundamentals")
n.s("The better moment was evaluation: asked how she'd compare two pet classifiers, she said she'd look at per-breed error before the overall number, \"because the average hides the pugs\".", "e+", "metrics", "data_intuition")
n.s("She also suggested a confidence interval on the accuracy difference given the test set was only 2,000 images.", "e+", "metrics", "ml_fundamentals")
n.s("She also noticed the test images came from the same apartments as the training images and asked whether that was intended.", "e+", "data_intuition")
n.s("When I asked about calibration she said she'd \"have to look that up\".", "e-", "ml_fundamentals")
n.s("She seems strong overall.", "v+")
n.s("I'd expect her to ramp up fast.", "v+", "learning")
n.s("Knows her stuff on classical CV as well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n072", candidate_id="w5-c42", interviewer_id="w5-i02", req_id="w5-r2",
         round="debugging", submitted_at="2025-11-18", recommendation="hire",
         ratings={"coding": "hire"},
         specificity=2, style=["prose", "first_person", "american", "abbreviations"], topic="wake-word incidents")
n.s("Debugging round on the wake-word regression.", "c")
n.s("Pedro was awesome, super methodical.", "v+", "coding")
n.s("He asked for the logs right away.", "e+", "coding", hard="question")
n.s("Figured it out w/ a little help from me.", "e0", "coding", "learning")
n.s("Took about 35 of the 45 minutes.", "c")
n.s("Great attitude, big smile the whole time.", "v+", hard="biased")
n.s("Hire imo.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n073", candidate_id="w5-c43", interviewer_id="w5-i03", req_id="w5-r1",
         round="debugging", submitted_at="2025-12-02", recommendation="lean_hire",
         ratings={"coding": "hire", "risk_awareness": "lean_no_hire", "ownership": "lean_hire"},
         specificity=4, style=["prose", "first_person", "british"], topic="model compression")
n.s("Debugging round, 50 minutes.", "c")
n.s("Scenario: after quantisation, the doorbell's person detector returns no detections at all on one camera SKU.", "c")
n.s("Gabriel went straight to the per-layer output ranges and found the first layer's activations saturated at 127.", "e+", "coding", "ml_fundamentals")
n.s("He traced it to the calibration set, which contained only daylight images while that SKU has a brighter IR sensor.", "e+", "data_intuition")
n.s("He fixed it by adding IR frames to calibration and re-ran the check on all SKUs, not just the broken one.", "e+", "coding", "risk_awareness")
n.s("I asked what he'd do about devices that had already received the broken model.", "c", hard="question")
n.s("He hadn't thought about it and suggested waiting for the next release.", "e-", "risk_awareness", "user_impact")
n.s("After I mentioned that customers had no doorbell alerts in the meantime, he proposed an immediate rollback for that SKU.", "e0", "learning", "risk_awareness", hard="mixed")
n.s("He said he'd write up the calibration-set rule so the next person doesn't hit it.", "e+", "ownership")
n.s("Strong debugger, weaker on the incident side.", "v0", "coding", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n074", candidate_id="w5-c44", interviewer_id="w5-i05", req_id="w5-r2",
         round="data", submitted_at="2025-12-16", recommendation="lean_hire",
         ratings={"data_intuition": "hire", "user_impact": "lean_hire"},
         specificity=3, style=["bullets", "headings", "abbreviations"], topic="privacy of audio data")
n.h("Q: build a test set for far-field recognition from existing data")
n.h("Strengths")
n.b("Proposed sampling by room type and distance, not just randomly", "e+", "data_intuition")
n.b("Asked whether transcribers would hear identifiable info & suggested redacting names before transcription", "e+", "user_impact", hard="question")
n.b("Good intuition about reverb", "v+", "data_intuition", hard="tech_vague")
n.h("Concerns")
n.b("Wanted ~1000 hrs for a test set, couldn't justify the size", "e-", "judgment", "metrics")
n.b("Didn't ask how the set would be kept fresh as devices change", "e-", "data_intuition", hard="negated")
n.b("Bit junior in how he frames trade-offs", "v-", "judgment")
n.h("Recommendation")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n075", candidate_id="w5-c45", interviewer_id="w5-i06", req_id="w5-r1",
         round="behavioural", submitted_at="2026-01-06", recommendation="no_hire",
         ratings={"ownership": "no_hire", "learning": "no_hire"},
         specificity=2, style=["prose", "third_person", "american"], topic="incidents in production")
n.s("The candidate was asked about a production failure he had been involved in.", "c", hard="question")
n.s("He stated that he had never been involved in a production failure.", "e-", "ownership")
n.s("Asked to describe a decision he would make differently in hindsight, he could not name one.", "e-", "learning")
n.s("Asked about a disagreement with a colleague, he described escalating to his manager on the first day rather than speaking to the colleague.", "e-", "communication", "ownership")
n.s("He presents as overly self-assured.", "v-", "learning")
n.s("The candidate lacks the self-reflection expected at this level.", "v-", "learning")
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n076", candidate_id="w5-c46", interviewer_id="w5-i01", req_id="w5-r1",
         round="fundamentals", submitted_at="2026-01-20", recommendation="lean_no_hire",
         ratings={"ml_fundamentals": "lean_no_hire"},
         specificity=2, style=["prose", "first_person", "typos"], topic="object detection")
n.s("Fundamental questions on detection and augmentations.", "c")
n.s("Valentina know the names of many models but explanation was not deep.", "v-", "ml_fundamentals", hard="tech_vague")
n.s("When I ask why anchor-free detector can be better for small objects, she said \"because it is newer\".", "e-", "ml_fundamentals")
n.s("She was friendly and tried hard.", "v+", hard="biased")
n.s("I think she need more one or two years.", "v-", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n077", candidate_id="w5-c47", interviewer_id="w5-i04", req_id="w5-r2",
         round="data", submitted_at="2026-02-03", recommendation="lean_hire",
         ratings={},
         specificity=2, style=["prose", "terse", "lowercase", "abbreviations"], topic="accents and dialects")
n.s("data q on accent coverage.", "c")
n.s("asked how accent labels were made, good.", "e+", "data_intuition", hard="question")
n.s("rest was ok.", "v0")
n.s("prob LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n078", candidate_id="w5-c48", interviewer_id="w5-i07", req_id="w5-r2",
         round="coding", submitted_at="2026-02-17", recommendation="strong_hire",
         ratings={"coding": "strong_hire", "communication": "hire", "learning": "hire"},
         specificity=5, style=["prose", "first_person", "quotes"], topic="speech recognition")
n.s("Coding round, 45 minutes, shared editor.", "c")
n.s("I asked Ngozi to implement word error rate with an alignment that reports substitutions, insertions and deletions separately.", "c")
n.s("Before coding she wrote three test cases in comments, including both strings empty and a reference of one word against a hypothesis of five.", "e+", "coding")
n.s("She wrote the edit-distance table, then the backtrace, and ran her tests; the empty-reference case raised a division by zero.", "e0", "coding")
n.s("She fixed it by returning insertions as an absolute count and said \"WER is undefined there, so I'd rather not invent a number\".", "e+", "coding", "metrics")
n.s("I asked how she'd normalise text before scoring.", "c", hard="question")
n.s("She listed casing, punctuation and numbers, and asked whether \"gonna\" vs \"going to\" should count as an error for our product.", "e+", "metrics", "data_intuition")
n.s("I suggested her backtrace could be done in O(n) memory by keeping two rows; she explained why that loses the alignment and proposed Hirschberg's algorithm if memory mattered.", "e+", "coding", "ml_fundamentals")
n.s("She narrated her choices as she went, and checked with me twice whether I wanted speed or readability.", "e+", "communication")
n.s("Strong hire: tests first, handled the edge case honestly, and held her ground correctly when my suggestion was wrong.", "e+", "coding", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w5-n079", candidate_id="w5-c49", interviewer_id="w5-i02", req_id="w5-r1",
         round="system_design", submitted_at="2026-03-03", recommendation="hire",
         ratings={"system_thinking": "hire"},
         specificity=3, style=["prose", "first_person", "american"], topic="on-device detection")
n.s("I asked Rahul to design person detection for the new battery doorbell.", "c", hard="interviewer_action")
n.s("He asked how many wake-ups per day the battery budget allowed before proposing anything, which I loved.", "e+", "system_thinking", hard="question")
n.s("He put a PIR sensor in front of the camera so the detector only runs on motion.", "e+", "system_thinking")
n.s("He didn't really get to monitoring or rollback, we ran out of time.", "e-", "risk_awareness", hard="negated")
n.s("When I asked about night-time he proposed using the IR illuminator and retraining on IR frames.", "e+", "data_intuition")
n.s("Super smart guy, really strong systems background.", "v+", "system_thinking")
n.s("Tons of potential.", "v+", hard="vague_quantity")
n.s("Communication could be a touch more concise.", "v-", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n080", candidate_id="w5-c50", interviewer_id="w5-i06", req_id="w5-r2",
         round="fundamentals", submitted_at="2026-03-17", recommendation="no_hire",
         ratings={"ml_fundamentals": "no_hire", "learning": "lean_no_hire"},
         specificity=1, style=["prose", "third_person", "british"], topic="speech recognition")
n.s("The candidate was interviewed on speech-recognition fundamentals.", "c")
n.s("His theoretical foundation is insufficient for the role.", "v-", "ml_fundamentals")
n.s("He did not appear to engage with the interviewer's guidance.", "v-", "learning")
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w5_notes_part6.jsonl", notes)
print(len(notes), "notes")
