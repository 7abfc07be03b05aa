import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c07 Samir Haddad (he), CV; defensiveness under pushback (i03 and i01) ----------------
n = Note(note_id="w5-n025", candidate_id="w5-c07", interviewer_id="w5-i03", req_id="w5-r1",
         round="system_design", submitted_at="2026-01-13", recommendation="no_hire",
         ratings={"learning": "no_hire", "system_thinking": "lean_hire", "risk_awareness": "lean_no_hire",
                  "judgment": "lean_no_hire"},
         specificity=5, style=["prose", "first_person", "british", "headings"], topic="model compression")
n.h("Round 2 - system design")
n.s("60 minutes, remote, candidate had a shared whiteboard.", "c")
n.s("Prompt: we need to fit a 25 MB face-blurring model onto a camera with 6 MB of free flash.", "c")
n.blank()
n.h("What happened")
n.s("Samir went straight to knowledge distillation into a MobileNet-sized student, which is a sensible first move.", "e+", "ml_fundamentals", "judgment")
n.s("He sized the student at about 1.5M parameters and showed it would fit at int8 with room for the runtime.", "e+", "system_thinking")
n.s("I asked how he would make sure the student didn't miss faces the teacher caught, especially small faces at the edge of the frame.", "c", hard="question")
n.s("He said the distillation loss \"takes care of that\" and that slicing by face size was unnecessary.", "e-", "data_intuition", "risk_awareness")
n.s("I pressed: a missed face here means a stranger's face is uploaded unblurred.", "c", hard="interviewer_action")
n.s("He replied that I was \"overthinking an edge case\" and that the average recall would be fine.", "e-", "learning", "user_impact")
n.s("Later I offered a concrete alternative, keeping a small high-recall detector and blurring generously, and he dismissed it as \"wasteful\" without estimating the cost.", "e-", "learning", "judgment")
n.s("He never raised how we would detect the problem in the field, nor how to revert.", "e-", "risk_awareness", hard="negated")
n.blank()
n.h("Assessment")
n.s("Competent modeller, but becomes defensive when the design is questioned.", "v-", "learning")
n.s("For a privacy feature that combination is disqualifying.", "v-", "judgment")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n026", candidate_id="w5-c07", interviewer_id="w5-i01", req_id="w5-r1",
         round="coding", submitted_at="2026-01-13", recommendation="lean_no_hire",
         ratings={"coding": "lean_hire", "learning": "no_hire"},
         specificity=4, style=["prose", "first_person", "typos"], topic="quantisation")
n.s("Coding round, 45 min.", "c")
n.s("I asked Samir to write a function to quantise a float tensor to int8 with per-channel scale.", "c", hard="interviewer_action")
n.s("He write the scale computation fast and correct, using max abs value per channel.", "e+", "coding", "ml_fundamentals")
n.s("He did not handled the case where one channel is all zero, so scale become zero and it divide by zero.", "e-", "coding", hard="negated")
n.s("When I point this, he said \"that never happen in real weights\".", "e-", "learning", "coding")
n.s("I show him an example from a pruned model where this really happen.", "c", hard="interviewer_action")
n.s("He added an epsilon but he still said it was not a real problem.", "e0", "coding", "learning", hard="mixed")
n.s("He also did not wrote any test, even after I ask which inputs he will check.", "e-", "coding")
n.s("Strong in the math side I think.", "v+", "ml_fundamentals", hard="hedged")
n.s("But not easy to give feedback to him.", "v-", "learning")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n027", candidate_id="w5-c07", interviewer_id="w5-i02", req_id="w5-r1",
         round="fundamentals", submitted_at="2026-01-14", recommendation="hire",
         ratings={"ml_fundamentals": "strong_hire"},
         specificity=3, style=["prose", "first_person", "american"], topic="image classification")
n.s("Samir really knows his stuff!", "v+", "ml_fundamentals")
n.s("I asked about batch norm at inference time and he explained running statistics and why they break when you fine-tune on tiny batches.", "e+", "ml_fundamentals")
n.s("He then derived why label smoothing makes the model less overconfident, with the math on the board.", "e+", "ml_fundamentals")
n.s("When I asked about dropout at test time he explained the train/eval switch and the rescaling correctly.", "e+", "ml_fundamentals")
n.s("Incredible depth on optimization.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He pushed back on one of my questions, which I liked, shows conviction.", "e0", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n028", candidate_id="w5-c07", interviewer_id="w5-i04", req_id="w5-r1",
         round="behavioural", submitted_at="2026-01-14", recommendation="lean_hire",
         ratings={},
         specificity=1, style=["prose", "terse", "lowercase"], topic="behavioural")
n.s("ok conversation.", "v0")
n.s("confident, maybe too much.", "v0", hard="mixed")
n.s("experienced.", "v+")
n.s("lean hire i guess.", "v0", hard="bare_verdict")
notes.append(n)

# ---------------- c08 Jordan Ellis (they), CV; junior, adapts after hints ----------------
n = Note(note_id="w5-n029", candidate_id="w5-c08", interviewer_id="w5-i07", req_id="w5-r1",
         round="debugging", submitted_at="2025-07-22", recommendation="hire",
         ratings={"learning": "strong_hire", "coding": "lean_hire", "data_intuition": "hire"},
         specificity=5, style=["prose", "first_person", "quotes"], topic="data augmentation")
n.s("Debugging round, 45 min.", "c")
n.s("I gave Jordan a training script for a plant-disease classifier whose validation accuracy was 97% but field accuracy around 60%.", "c")
n.s("They started by printing a few batches and saw the augmented images looked fine.", "e0", "data_intuition")
n.s("For about ten minutes they looked in the model code for a bug that wasn't there.", "e-", "judgment")
n.s("I hinted that they might check how the split was made.", "c", hard="interviewer_action")
n.s("Within a couple of minutes they found that photos of the same leaf appeared in both train and validation, and said \"so validation is basically measuring memory\".", "e+", "learning", "data_intuition")
n.s("They then rewrote the split to group by plant ID and re-ran it; validation dropped to 71%, much closer to the field number.", "e+", "data_intuition", "coding")
n.s("I asked what else could explain the remaining gap.", "c", hard="question")
n.s("They suggested lighting and phone-camera differences, and proposed holding out one farm entirely as a test.", "e+", "data_intuition", "metrics")
n.s("Not the fastest start, but they took the hint well and went further than I expected.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n030", candidate_id="w5-c08", interviewer_id="w5-i06", req_id="w5-r1",
         round="fundamentals", submitted_at="2025-07-22", recommendation="lean_hire",
         ratings={"ml_fundamentals": "lean_hire", "learning": "hire"},
         specificity=4, style=["prose", "third_person", "american"], topic="object detection")
n.s("The candidate was asked a series of questions on object detection fundamentals.", "c")
n.s("Asked to explain anchor boxes, Jordan gave a partially correct account, confusing anchor scales with feature-map strides.", "e-", "ml_fundamentals")
n.s("The interviewer drew the feature pyramid; the candidate then corrected the explanation and related each level to object size.", "e+", "learning", "ml_fundamentals")
n.s("Asked why mAP at IoU 0.5 can look good while boxes are sloppy, the candidate correctly noted that a loose threshold rewards rough localisation and suggested reporting mAP at 0.75 as well.", "e+", "metrics")
n.s("Asked how rare classes could be evaluated reliably, the candidate proposed a stratified test set with at least 100 examples per class.", "e+", "metrics")
n.s("The candidate could not explain focal loss beyond its name.", "e-", "ml_fundamentals")
n.s("The candidate asked thoughtful questions about the team's labelling tools at the end.", "e+", "data_intuition", hard="question")
n.s("Jordan's knowledge is somewhat junior for the level.", "v-", "ml_fundamentals")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n031", candidate_id="w5-c08", interviewer_id="w5-i05", req_id="w5-r1",
         round="coding", submitted_at="2025-07-23", recommendation="lean_hire",
         ratings={"coding": "lean_hire"},
         specificity=3, style=["bullets", "headings", "abbreviations"], topic="image processing")
n.h("Q: IoU between two lists of boxes, vectorised")
n.h("Strengths")
n.b("Correct naive version in ~8 min", "e+", "coding")
n.b("Asked whether boxes were xyxy or xywh before starting", "e+", "coding", "communication", hard="question")
n.b("Responsive to hints", "v+", "learning")
n.h("Concerns")
n.b("Needed a hint on broadcasting to get the vectorised version", "e0", "coding", "learning", hard="mixed")
n.b("No tests", "e-", "coding", hard="negated")
n.b("Prob needs mentoring", "v-", hard="hedged")
n.h("Recommendation")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n032", candidate_id="w5-c08", interviewer_id="w5-i02", req_id="w5-r1",
         round="behavioural", submitted_at="2025-07-23", recommendation="hire",
         ratings={"communication": "hire", "ownership": "hire"},
         specificity=3, style=["prose", "first_person", "american"], topic="ownership")
n.s("Jordan was such a pleasure to talk to!", "v+")
n.s("I asked about a project they were proud of.", "c", hard="question")
n.s("They described building a labelling-error finder in their internship that ranked images by loss, and said it surfaced about 400 mislabeled images in the first week.", "e+", "data_intuition", "ownership")
n.s("They presented the results to the labelling team themselves and changed the guideline with them.", "e+", "ownership", "communication")
n.s("When I asked what went wrong, they said the tool also flagged hard-but-correct images, so they added a human review step before relabelling.", "e+", "judgment", "learning")
n.s("Really growth-minded, loves learning.", "v+", "learning")
n.s("Young and hungry, exactly the energy we need.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c09 Fatima Benali (she), Speech; poor judgement under ambiguity (i05, i06) ----------------
n = Note(note_id="w5-n033", candidate_id="w5-c09", interviewer_id="w5-i05", req_id="w5-r2",
         round="system_design", submitted_at="2024-10-08", recommendation="lean_no_hire",
         ratings={"judgment": "no_hire", "system_thinking": "lean_hire", "communication": "lean_no_hire"},
         specificity=4, style=["bullets", "headings"], topic="wake-word")
n.s("Prompt: add a second wake word (\"Hey Lumen\") to speakers already in the field.", "c")
n.s("Requirements deliberately left vague.", "c")
n.nl()
n.h("Strengths")
n.b("Knew the existing keyword-spotting architecture well, drew it from memory", "e+", "system_thinking")
n.b("Proposed sharing the acoustic front-end between both wake words to save DSP cycles", "e+", "system_thinking")
n.h("Concerns")
n.b("Did not ask a single clarifying question about the product goal, languages, or timeline", "e-", "judgment", hard="negated")
n.b("Committed to training from scratch on 10k hours of newly collected audio before we'd discussed whether that was needed", "e-", "judgment")
n.b("When I said the launch was in 6 weeks, she kept the same plan and said \"we'll make it work\"", "e-", "judgment", "learning")
n.b("Explanations jumped around; I had to ask her to go back twice", "e-", "communication")
n.h("Recommendation")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n034", candidate_id="w5-c09", interviewer_id="w5-i06", req_id="w5-r2",
         round="data", submitted_at="2024-10-08", recommendation="lean_no_hire",
         ratings={"judgment": "lean_no_hire", "data_intuition": "hire", "user_impact": "hire"},
         specificity=4, style=["prose", "third_person", "british"], topic="accents and dialects")
n.s("The candidate was given a dataset summary for a Maghrebi Arabic recogniser and told that the product owner wanted \"better accuracy\", without further definition.", "c")
n.s("Ms. Benali immediately identified that 70% of the audio came from two cities and proposed re-weighting by region.", "e+", "data_intuition")
n.s("She also raised that code-switching with French was common and that transcribers had been told to drop French words, which would bias the reference transcripts.", "e+", "data_intuition", "user_impact")
n.s("However, when asked what \"better accuracy\" should mean, the candidate chose overall WER without discussing it with the interviewer.", "e-", "metrics", "judgment")
n.s("The interviewer noted that rural users were the main complaint; she did not revise the choice of metric.", "e-", "judgment", "learning", hard="negated")
n.s("The candidate spent the remaining time designing a large collection campaign rather than first checking whether the existing data could answer the question.", "e-", "judgment")
n.s("The session lasted 50 minutes.", "c")
n.s("The data skills are evident.", "v+", "data_intuition")
n.s("Judgement under ambiguity is the weaker area.", "v-", "judgment")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n035", candidate_id="w5-c09", interviewer_id="w5-i04", req_id="w5-r2",
         round="coding", submitted_at="2024-10-09", recommendation="hire",
         ratings={},
         specificity=2, style=["prose", "terse"], topic="speech preprocessing")
n.s("Coding, voice activity detection on energy frames.", "c")
n.s("Finished with time to spare.", "e+", "coding")
n.s("Good coder.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n036", candidate_id="w5-c09", interviewer_id="w5-i07", req_id="w5-r2",
         round="behavioural", submitted_at="2024-10-09", recommendation="lean_hire",
         ratings={"ownership": "hire", "judgment": "lean_hire"},
         specificity=4, style=["prose", "first_person", "quotes"], topic="incidents in production")
n.s("Behavioural, 45 min, incident and ownership questions.", "c")
n.s("Fatima told me about a dictation model that started inserting the word \"okay\" into transcripts after a data refresh.", "e0", "ownership")
n.s("She traced it herself to filler words that the new transcription vendor kept, wrote the filter, and added a check that flags any token whose frequency jumps more than 5x between refreshes.", "e+", "ownership", "risk_awareness")
n.s("I asked how she decided between rolling back and hot-fixing.", "c", hard="question")
n.s("She said she hot-fixed because the rollback would have lost a month of vocabulary updates, but admitted \"I didn't write that trade-off down anywhere and I should have\".", "e+", "judgment", "learning")
n.s("When I asked how users were affected, she knew support tickets had gone up but not by how much.", "e0", "user_impact", hard="mixed")
n.s("Strong owner, good reflection.", "v+", "ownership")
n.s("Lean hire; I'd want the system design feedback to decide.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w5_notes_part3.jsonl", notes)
print(len(notes), "notes")
