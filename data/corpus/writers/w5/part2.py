import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c04 Kai Nakamura (they), Speech; contradiction on system_thinking (i02 strong vs i03 weak) ----------------
n = Note(note_id="w5-n013", candidate_id="w5-c04", interviewer_id="w5-i02", req_id="w5-r2",
         round="fundamentals", submitted_at="2025-03-05", recommendation="strong_hire",
         ratings={"ml_fundamentals": "strong_hire", "system_thinking": "strong_hire"},
         specificity=3, style=["prose", "first_person", "american"], topic="streaming ASR")
n.s("Fundamentals, 45 minutes.", "c")
n.s("Kai is a rockstar, honestly.", "v+", hard="bare_verdict")
n.s("I asked them how a streaming recognizer differs from an offline one.", "c", hard="question")
n.s("They drew the chunked encoder with a 320 ms lookahead and explained that the lookahead is what sets the user-perceived delay.", "e+", "ml_fundamentals", "system_thinking")
n.s("They also sketched how the decoder state gets carried across chunks so partial results don't flicker.", "e+", "system_thinking")
n.s("Amazing systems thinker, could design our whole stack tomorrow.", "v+", "system_thinking", hard="vague_quantity")
n.s("Knows transformers, conformers, RNN-T, all of it.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Super humble and fun to talk to.", "v+", hard="biased")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n014", candidate_id="w5-c04", interviewer_id="w5-i03", req_id="w5-r2",
         round="system_design", submitted_at="2025-03-05", recommendation="lean_no_hire",
         ratings={"system_thinking": "no_hire", "risk_awareness": "lean_no_hire", "ml_fundamentals": "hire"},
         specificity=5, style=["prose", "first_person", "british"], topic="on-device speech recognition")
n.s("Design: on-device dictation for the kitchen display, offline, 2 GB RAM shared with the UI.", "c")
n.s("I asked Kai to size the model and the memory budget before anything else.", "c", hard="interviewer_action")
n.s("They picked a 120M-parameter conformer and did not work out its memory footprint until I asked directly.", "e-", "system_thinking")
n.s("Their first estimate, 120 MB, was off by a factor of four because they forgot the weights were stored in fp32.", "e-", "system_thinking", "ml_fundamentals")
n.s("When I asked what happens when the UI needs memory back mid-utterance, Kai said the OS \"should handle it\".", "e-", "system_thinking", "risk_awareness")
n.s("No thought about falling back to a smaller model or to cloud recognition if the device is under pressure.", "e-", "risk_awareness", hard="negated")
n.s("To be fair, the modelling side was good: they explained why RNN-T suits streaming better than attention encoder-decoder and traded off beam width against latency with numbers.", "e+", "ml_fundamentals")
n.s("After I suggested int8 weights they redid the arithmetic and landed at roughly 130 MB, which is right.", "e+", "learning")
n.s("My read is that the strength is modelling, not systems.", "v-", "system_thinking")
n.s("Lean no hire for this role; I would revisit for a research-leaning position.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n015", candidate_id="w5-c04", interviewer_id="w5-i05", req_id="w5-r2",
         round="coding", submitted_at="2025-03-06", recommendation="hire",
         ratings={"coding": "hire", "communication": "hire"},
         specificity=4, style=["bullets", "headings", "abbreviations"], topic="audio preprocessing")
n.h("Q: compute log-mel frames from a raw PCM buffer, streaming")
n.h("Strengths")
n.b("Wrote a ring buffer w/ hop + window correctly, handled the partial last frame", "e+", "coding")
n.b("Talked through each step before coding; checked w/ me that I was following", "e+", "communication", hard="plain_evidence")
n.b("Added asserts for sample-rate mismatch unprompted", "e+", "coding", "risk_awareness")
n.h("Concerns")
n.b("Off-by-one on frame count when len == window; found it only when I asked for the edge case", "e0", "coding", hard="mixed")
n.b("Slow at the start, ~10 min before first line", "e-", "coding")
n.h("Recommendation")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n016", candidate_id="w5-c04", interviewer_id="w5-i04", req_id="w5-r2",
         round="behavioural", submitted_at="2025-03-06", recommendation="hire",
         ratings={},
         specificity=2, style=["prose", "terse"], topic="teamwork")
n.s("Good conversation.", "v+")
n.s("Kai talked about mentoring two interns on a keyword-spotting project.", "e+", "ownership")
n.s("Seems like a team player.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c05 Luis Ferreira (he), CV; passive ownership (i05, i06), no rollback (i06) ----------------
n = Note(note_id="w5-n017", candidate_id="w5-c05", interviewer_id="w5-i05", req_id="w5-r1",
         round="behavioural", submitted_at="2024-11-19", recommendation="lean_no_hire",
         ratings={"ownership": "no_hire", "communication": "hire"},
         specificity=4, style=["bullets", "headings"], topic="labelling quality")
n.s("Behavioural, 45 min, video call.", "c")
n.nl()
n.h("Strengths")
n.b("Clear, well-organised answers; used a timeline for each story", "e+", "communication")
n.b("Knew the numbers of his own project: 40k images, 3 label classes, agreement 0.71", "e+", "data_intuition")
n.h("Concerns")
n.b("Said the low label agreement was \"flagged to the vendor manager\" and that was the end of his involvement", "e-", "ownership")
n.b("Asked what he did when the vendor didn't fix it, he said he waited for the next quarter's planning", "e-", "ownership", "judgment")
n.b("Every story was \"we\", couldn't say what he personally did", "e-", "ownership")
n.b("Likable", "v+", hard="biased")
n.h("Recommendation")
n.b("Lean no hire.", "v-", hard="bare_verdict")
n.s("Ownership bar not met for a mid-level role.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w5-n018", candidate_id="w5-c05", interviewer_id="w5-i06", req_id="w5-r1",
         round="system_design", submitted_at="2024-11-19", recommendation="no_hire",
         ratings={"risk_awareness": "no_hire", "ownership": "lean_no_hire", "system_thinking": "lean_hire"},
         specificity=4, style=["prose", "third_person", "american"], topic="on-device detection")
n.s("Mr. Ferreira was asked to design the update path for a person detector running on 2 million security cameras.", "c")
n.s("He described a reasonable pipeline: train in the cloud, convert to TFLite, quantize, and push through the existing firmware channel.", "e+", "system_thinking")
n.s("When asked how a bad model would be detected after rollout, he answered that QA would test it before release.", "e-", "risk_awareness")
n.s("He did not propose a staged rollout, on-device health metrics, or a way to revert.", "e-", "risk_awareness", hard="negated")
n.s("The interviewer asked who would own a regression reported by customers; the candidate replied that it \"depends on the org chart\" and would probably go to the firmware team.", "e-", "ownership")
n.s("On the positive side, he recognised that the detector's false positives at night come mostly from insects near the lens and suggested a temporal filter.", "e+", "data_intuition")
n.s("Overall, the candidate appears to view deployment as someone else's responsibility.", "v-", "ownership")
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n019", candidate_id="w5-c05", interviewer_id="w5-i07", req_id="w5-r1",
         round="data", submitted_at="2024-11-20", recommendation="lean_hire",
         ratings={"data_intuition": "hire", "metrics": "lean_hire"},
         specificity=4, style=["prose", "first_person", "quotes"], topic="data augmentation")
n.s("Data round on the pet-door classifier.", "c")
n.s("I showed Luis the confusion matrix and the training augmentations and asked where he would look first.", "c", hard="interviewer_action")
n.s("He noticed straight away that the rotation augmentation went up to 180 degrees and said \"cats don't walk through doors upside down\", which was the planted issue.", "e+", "data_intuition")
n.s("He then proposed restricting rotation to plus or minus 15 degrees and adding brightness jitter, since most failures were at dusk.", "e+", "data_intuition")
n.s("I asked how he'd measure whether the change helped.", "c", hard="question")
n.s("He went for overall accuracy first; when I asked about the dusk slice specifically, he added a per-hour breakdown.", "e0", "metrics", "learning", hard="mixed")
n.s("He asked whether the dusk images were labelled by the same vendor as the daytime ones.", "e+", "data_intuition", hard="question")
n.s("He was a little passive, waiting for me to prompt each next step.", "e-", "ownership")
n.s("Good instincts with data.", "v+", "data_intuition")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n020", candidate_id="w5-c05", interviewer_id="w5-i01", req_id="w5-r1",
         round="coding", submitted_at="2024-11-20", recommendation="lean_hire",
         ratings={"coding": "lean_hire"},
         specificity=3, style=["prose", "first_person", "typos"], topic="image preprocessing")
n.s("Coding question: resize image keeping aspect ratio and pad to square, and also transform the boxes.", "c")
n.s("Luis write the resize part correct and quick.", "e+", "coding")
n.s("For the boxes he forget to add the padding offset, the boxes was shifted.", "e-", "coding")
n.s("He did not run any example until I ask him to.", "e-", "coding", hard="negated")
n.s("After running he find the bug himself and fix it.", "e+", "coding", "learning")
n.s("I ask also about complexity, he answer correct, linear in number of pixels.", "e+", "coding")
n.s("Code style is ok.", "v0", "coding")
n.s("I think he is average for our level.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c06 Mei Lin (she), Speech; ignores user harm (seen by i07 only) ----------------
n = Note(note_id="w5-n021", candidate_id="w5-c06", interviewer_id="w5-i07", req_id="w5-r2",
         round="system_design", submitted_at="2025-09-09", recommendation="lean_no_hire",
         ratings={"system_thinking": "hire", "user_impact": "no_hire"},
         specificity=5, style=["prose", "first_person", "quotes"], topic="accents and dialects")
n.s("System design: extend our voice assistant's recognizer to Indian English and Nigerian English.", "c")
n.s("Mei laid out a clear plan: collect 500 hours per locale, fine-tune the shared encoder, and keep locale-specific language models.", "e+", "system_thinking")
n.s("She asked how many hours per locale the current model had already seen before committing to a number.", "e+", "data_intuition", hard="question")
n.s("She estimated the collection cost and timeline without prompting, about four months.", "e+", "judgment")
n.s("When I asked how she would source the audio, she suggested pulling it from existing customers' voice history in those regions.", "e-", "user_impact")
n.s("I asked whether those customers had consented to that use, and she said \"the terms of service cover it, I'd assume\".", "e-", "user_impact", hard="hedged")
n.s("I also asked what users would experience while the model was worse for them than for US speakers; she said it was \"a temporary quality gap\" and moved on.", "e-", "user_impact")
n.s("She did propose measuring WER per locale, but only as a launch gate, not as something to monitor after launch.", "e0", "metrics", "risk_awareness", hard="mixed")
n.s("Technically strong design.", "v+", "system_thinking")
n.s("But the privacy and fairness blind spot is serious for a speech role at Lumen.", "v-", "user_impact")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n022", candidate_id="w5-c06", interviewer_id="w5-i01", req_id="w5-r2",
         round="data", submitted_at="2025-09-09", recommendation="hire",
         ratings={"data_intuition": "hire"},
         specificity=4, style=["prose", "first_person", "typos"], topic="speech recognition")
n.s("Data round, I give Mei a table of utterances with transcripts from two vendors.", "c")
n.s("She quickly notice vendor B normalise numbers to digits and vendor A write them as words, so WER was unfair between them.", "e+", "data_intuition")
n.s("She wrote a normaliser before compute any metric.", "e+", "data_intuition", "metrics")
n.s("Then she found about 3% of clips are empty audio with non-empty transcript, and she propose to drop them.", "e+", "data_intuition", hard="plain_evidence")
n.s("She did not asked why the clips were empty, maybe the mic was failing, this could matter.", "e-", "data_intuition", hard="negated")
n.s("Overall very strong data skill.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n023", candidate_id="w5-c06", interviewer_id="w5-i03", req_id="w5-r2",
         round="debugging", submitted_at="2025-09-10", recommendation="hire",
         ratings={"risk_awareness": "hire", "coding": "hire"},
         specificity=4, style=["prose", "first_person", "british"], topic="wake-word incidents")
n.s("Debugging round, 50 minutes.", "c")
n.s("Scenario: false wake-ups tripled overnight on one speaker model after a firmware update.", "c")
n.s("Mei asked for the firmware diff and the per-device trigger logs before proposing any cause.", "e+", "risk_awareness", hard="question")
n.s("She spotted that the audio front-end gain had changed and reasoned that louder TV audio now crossed the detector threshold.", "e+", "data_intuition")
n.s("Her immediate proposal was to roll back the gain change on that model only, then replay a week of logged scores offline to pick a new threshold.", "e+", "risk_awareness", "judgment")
n.s("She did not ask whether any audio had been uploaded during the false wakes, which for me is the first customer question.", "e-", "user_impact", hard="negated")
n.s("Clear thinker under pressure.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n024", candidate_id="w5-c06", interviewer_id="w5-i02", req_id="w5-r2",
         round="behavioural", submitted_at="2025-09-10", recommendation="strong_hire",
         ratings={"ownership": "strong_hire", "communication": "strong_hire"},
         specificity=2, style=["prose", "first_person", "american"], topic="ownership")
n.s("Behavioural round, 45 min, video call.", "c")
n.s("Mei is fantastic!", "v+")
n.s("Incredible ownership, she basically carried her last team.", "v+", "ownership", hard="vague_quantity")
n.s("She told me about leading the migration of their keyword spotter to a new chip.", "e+", "ownership")
n.s("Great storyteller, 10/10 communication.", "v+", "communication", hard="vague_quantity")
n.s("Would love to work with her.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w5_notes_part2.jsonl", notes)
print(len(notes), "notes")
