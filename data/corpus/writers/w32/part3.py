import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []


def N(nid, cand, intv, req, rnd, date, rec, spec, style, topic, ratings=None):
    n = Note(note_id=nid, candidate_id=cand, interviewer_id=intv, req_id=req, round=rnd,
             submitted_at=date, recommendation=rec, specificity=spec, style=style, topic=topic,
             ratings=ratings or {})
    notes.append(n)
    return n


# ---- candidate c07: Wei Chen (he), r1; defends when challenged; poor judgement under ambiguity ----
n = N("w32-n025", "w32-c07", "w32-i02", "w32-r1", "data", "2026-04-07", "no_hire", 4,
      ["bullets", "headings", "american"], "annotation disagreement",
      {"data_intuition": "lean_no_hire", "learning": "no_hire"})
n.h("Data round: checklist")
n.b("Given: 900 corrosion images with severity grades 1-4 from three inspectors, each image graded by one person only.", "c")
n.b("Label noise: FAIL.", "v-", "data_intuition", hard="bare_verdict")
n.s("He trained straight on the grades and did not ask how consistent the three inspectors were.", "e-", "data_intuition", hard="negated")
n.b("Ambiguity: FAIL; when I said nobody knows whether grade 2 vs 3 matters for repair, he picked grade 3 as the cutoff without asking who decides repairs.", "e-", "judgment")
n.b("Pushback: FAIL.", "v-", "learning", hard="bare_verdict")
n.s("I showed him two images of the same bolt graded 2 and 4 by different inspectors; he said \"the model will average that out\" and would not discuss relabeling.", "e-", "learning", "data_intuition")
n.b("Evaluation: PASS; proposed per-grade confusion matrix rather than one accuracy number.", "e+", "metrics", hard="verdict_plus_evidence")
n.b("He did ask which grade triggers a repair crew, but only at the very end and did not change his cutoff after hearing the answer.", "e-", "judgment", hard="mixed")
n.b("Coding of the data loader: PASS; clean and correct.", "v+", "coding")
n.h("Result")
n.b("Defends first, listens second; for a role where inspectors will push back on the model daily, that is a problem.", "v-", "learning")
n.b("No hire.", "v-", hard="bare_verdict")

n = N("w32-n026", "w32-c07", "w32-i05", "w32-r1", "system_design", "2026-04-08", "lean_no_hire", 3,
      ["headings", "third_person", "american"], "human review queue")
n.h("Situation")
n.s("Wei was asked to design the human review queue that sits between the crack detector and the certified engineer.", "c")
n.h("Behaviour")
n.s("He designed a single queue sorted by model confidence, with reviewers working top to bottom.", "e0", "system_thinking")
n.s("He did not ask how many reviewers there are or how fast the reports are due.", "e-", "judgment", hard="negated")
n.s("When challenged that low-confidence cracks at the bottom might never get reviewed, he said the reviewers \"should just work faster.\"", "e-", "user_impact", "learning")
n.s("He assumed all reviewers were equally qualified and gave trainees and senior inspectors the same items.", "e-", "judgment", "user_impact")
n.s("He did propose logging reviewer overrides as new training labels, which was a good idea.", "e+", "data_intuition", "system_thinking")
n.h("Result")
n.s("Seems technically capable.", "v+")
n.s("Judgment under ambiguity looked weak, and he held his position rather than engaging with the objection.", "v-", "judgment", "learning")
n.s("Lean no hire.", "v-", hard="bare_verdict")

n = N("w32-n027", "w32-c07", "w32-i06", "w32-r1", "debugging", "2026-04-09", "lean_no_hire", 3,
      ["terse", "abbreviations", "fragments", "american"], "false positives")
n.s("Dbg; detector flags every shadow of a guy-wire as a crack.", "c")
n.nl()
n.s("Gave him 20 FP crops + flight times.", "c")
n.nl()
n.s("Found the pattern fast: all FPs in afternoon flights; good.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.nl()
n.s("Fix he chose: raise threshold globally 0.5->0.8.", "e0", "judgment")
n.nl()
n.s("I asked what that does to recall on real cracks; said \"it'll be fine\"; didn't check.", "e-", "metrics", "risk_awareness")
n.nl()
n.s("Pushed back twice; he repeated \"it'll be fine\".", "e-", "learning")
n.nl()
n.s("Explained shadow geometry vs crack texture well when I asked why the model confused them.", "e+", "ml_fundamentals", "communication")
n.nl()
n.s("Strong debugger, stubborn on fixes.", "v0", hard="mixed")
n.nl()
n.s("LNH.", "v-", hard="bare_verdict")

n = N("w32-n028", "w32-c07", "w32-i04", "w32-r1", "behavioural", "2026-04-10", "hire", 2,
      ["prose", "first_person", "american"], "conflict")
n.s("Such a confident guy!", "v+", hard="biased")
n.s("I asked Wei about a time he disagreed with a teammate.", "c", hard="question")
n.s("He told me he refused to change his labeling scheme even when the two senior inspectors on his project asked him to, and he was proud he stood his ground!", "e-", "learning")
n.s("Love that conviction.", "v+")
n.s("Clearly a natural leader.", "v+", "ownership")
n.s("Super passionate about computer vision.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")

# ---- candidate c08: Noa Ben-David (they), r2; contradiction on data_intuition (i05 strong vs i02 weak) ----
n = N("w32-n029", "w32-c08", "w32-i05", "w32-r2", "data", "2026-05-18", "hire", 3,
      ["headings", "third_person", "american"], "duplicate frames")
n.h("Situation")
n.s("Noa was asked to build a training set for on-drone insulator detection from 30 hours of flight video.", "c")
n.h("Behaviour")
n.s("They said consecutive video frames are nearly identical and proposed sampling one frame per second, then de-duplicating with perceptual hashes.", "e+", "data_intuition")
n.s("They also noticed that the first minute of every video was the drone taking off over the parking lot and cut it out.", "e+", "data_intuition", hard="plain_evidence")
n.s("They split train and test by flight, not by frame, and said why: neighboring frames would leak across the split.", "e+", "data_intuition")
n.s("Strong data sense overall.", "v+", "data_intuition")
n.s("They were quiet on how labels would be checked.", "e-", "data_intuition", hard="negated")
n.h("Result")
n.s("When I asked how they would know if the on-drone model got worse after a firmware update, they proposed replaying a fixed set of 500 frames on every new build and comparing flags.", "e+", "risk_awareness")
n.s("Good round, slightly short on depth in the second half.", "v0", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")

n = N("w32-n030", "w32-c08", "w32-i02", "w32-r2", "system_design", "2026-05-19", "lean_no_hire", 3,
      ["bullets", "headings", "american"], "domain shift")
n.h("System design: checklist")
n.b("Prompt: on-drone insulator model for a new utility customer in a snowy region.", "c")
n.b("Data for new region: FAIL; proposed fine-tuning on the customer's first 10 flights and testing on flights 8-10, which overlap.", "e-", "data_intuition")
n.b("Memory/latency: PASS.", "v+", "system_thinking", hard="bare_verdict")
n.b("Update path: PASS; staged OTA with previous model kept on device.", "e+", "risk_awareness")
n.b("Scale: FAIL; planned to re-train per customer on the drone's own GPU between flights, with no estimate of how long that takes.", "e-", "system_thinking")
n.b("Customer sign-off: not covered.", "e-", "user_impact", hard="negated")
n.b("Data sense weak here, which surprises me given i05's note.", "v-", "data_intuition")
n.h("Result")
n.b("Lean no hire.", "v-", hard="bare_verdict")

n = N("w32-n031", "w32-c08", "w32-i03", "w32-r2", "debugging", "2026-05-20", "lean_hire", 1,
      ["prose", "terse", "american"], "debugging")
n.s("Went ok.", "v0")
n.s("Noa knows their way around edge deployment.", "v+", "system_thinking", hard="tech_vague")
n.s("Could be a bit more confident.", "v-", hard="biased")
n.s("Probably fine on the debugging side.", "v+", "coding", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")

n = N("w32-n032", "w32-c08", "w32-i01", "w32-r2", "coding", "2026-05-21", "lean_hire", 2,
      ["prose", "first_person", "american"], "coding")
n.s("I asked Noa to write a function to decide which frames to keep on the drone when storage is almost full.", "c")
n.s("I think their code was mostly correct, maybe.", "v0", "coding", hard="hedged")
n.s("They asked me if some frames are more important than others, for example frames near a tower.", "e+", "judgment", hard="question")
n.s("I feel their communication was good and calm.", "v+", "communication")
n.s("Maybe the code style could be more clean.", "v-", "coding", hard="hedged")
n.s("I think they have good potential.", "v+")
n.s("Lean hire, I think.", "v+", hard="bare_verdict")

# ---- history notes ----
n = N("w32-n033", "w32-c09", "w32-i03", "w32-r1", "system_design", "2025-06-11", "hire", 1,
      ["prose", "terse", "american"], "crack detection")
n.s("System design.", "c")
n.s("Seemed strong on architecture.", "v+", "system_thinking")
n.s("Lots of relevant experience with detection models.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Thought about scale.", "v+", "system_thinking")
n.s("Some gaps but nothing major.", "v0")
n.s("Hire.", "v+", hard="bare_verdict")

n = N("w32-n034", "w32-c10", "w32-i02", "w32-r1", "debugging", "2025-07-22", "hire", 5,
      ["bullets", "headings", "american"], "annotation disagreement",
      {"data_intuition": "strong_hire", "coding": "hire"})
n.h("Debugging round: checklist")
n.b("Setup: crack model's validation recall swings between 0.68 and 0.81 across retrains with the same seed.", "c")
n.b("Reproduce first: PASS; Camila retrained twice and printed the validation file list each time, and found the lists differed.", "e+", "coding", hard="verdict_plus_evidence")
n.b("Root cause: PASS; traced it to a glob that returned files in directory order, which changed after the storage migration.", "e+", "coding")
n.b("Label check: PASS; she asked who labeled the validation set and found that one batch of 120 images came from a trainee inspector.", "e+", "data_intuition")
n.b("Judgment: PASS; she said she would drop the trainee batch from validation but keep it in training with lower weight, and explained that validation needs the most trusted labels.", "e+", "judgment", "data_intuition")
n.b("Ownership: PASS; she said she would write up the directory-order bug for the platform team herself rather than leave a comment in the code.", "e+", "ownership", hard="verdict_plus_evidence")
n.b("Risk: PASS; proposed freezing the validation list with a hash and failing CI if it changes.", "e+", "risk_awareness")
n.b("Inspector impact: she asked whether the trainee had been told about the issue, and suggested pairing her with a senior inspector rather than just discarding her labels.", "e+", "user_impact", hard="plain_evidence")
n.b("Communication: PARTIAL; she went quiet for about five minutes while reading code and I had to ask what she was looking at.", "e0", "communication", hard="mixed")
n.h("Result")
n.b("7 of 8 pass.", "v+")
n.b("Hire.", "v+", hard="bare_verdict")

n = N("w32-n035", "w32-c11", "w32-i04", "w32-r2", "system_design", "2025-08-05", "strong_hire", 2,
      ["prose", "first_person", "american"], "on-drone inference")
n.s("Wow, Tomasz crushed it!", "v+")
n.s("I asked him to design on-board defect flagging for a wind turbine inspection drone.", "c", hard="interviewer_action")
n.s("Amazing depth on model compression, pruning, distillation, the works!", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He said he'd distill the ground model into a student small enough for the drone.", "e+", "ml_fundamentals")
n.s("Really thoughtful about everything.", "v+")
n.s("A 10/10 systems thinker!", "v+", "system_thinking", hard="vague_quantity")
n.s("Strong hire!!", "v+", hard="bare_verdict")

n = N("w32-n036", "w32-c12", "w32-i05", "w32-r1", "data", "2025-09-02", "lean_hire", 3,
      ["headings", "third_person", "american"], "few labeled defects")
n.h("Situation")
n.s("Kwame was given 150 labeled images of spalled concrete and asked how he would get a usable detector.", "c")
n.h("Behaviour")
n.s("He proposed a pretrained backbone, heavy augmentation, and active learning where the model picks the next 200 images for inspectors to label.", "e+", "data_intuition", "ml_fundamentals")
n.s("He asked how much inspector time per week was available for labeling.", "e+", "judgment", hard="plain_evidence")
n.s("He explained that a pretrained backbone helps because early layers already detect edges and textures, which spalling mostly is.", "e+", "ml_fundamentals")
n.s("He did not say how he would evaluate with so few positives, and when asked, suggested a 20% random holdout of 30 images.", "e-", "metrics")
n.s("Good instincts on data.", "v+", "data_intuition")
n.h("Result")
n.s("Solid but evaluation thinking was thin.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")

n = N("w32-n037", "w32-c13", "w32-i06", "w32-r2", "debugging", "2025-10-14", "lean_no_hire", 2,
      ["terse", "abbreviations", "fragments", "american"], "model versioning")
n.s("Dbg; field reports disagree w/ lab results for same model.", "c")
n.nl()
n.s("Slow to get going.", "v-")
n.nl()
n.s("Never checked which version was on the drones.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Knows the tooling.", "v+", hard="tech_vague")
n.nl()
n.s("Comms unclear.", "v-", "communication")
n.nl()
n.s("LNH.", "v-", hard="bare_verdict")

n = N("w32-n038", "w32-c14", "w32-i01", "w32-r2", "system_design", "2025-11-25", "lean_hire", 1,
      ["prose", "first_person", "american"], "edge deployment")
n.s("We talked about system design for the drone model.", "c")
n.s("I think maybe he has good understanding of edge devices.", "v+", "system_thinking", hard="hedged")
n.s("His explanation was a little hard to follow for me, but maybe it is my English.", "v-", "communication", hard="hedged")
n.s("I feel he is kind person and humble.", "v+", hard="biased")
n.s("Maybe lean hire.", "v+", hard="bare_verdict")

save_notes("data/corpus/raw/w32_notes_part3.jsonl", notes)
print(len(notes), "notes")
