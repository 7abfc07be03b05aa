import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []


def N(nid, cand, intv, req, rnd, date, rec, spec, style, topic, ratings=None):
    n = Note(note_id=nid, candidate_id=cand, interviewer_id=intv, req_id=req, round=rnd,
             submitted_at=date, recommendation=rec, specificity=spec, style=style, topic=topic,
             ratings=ratings or {})
    notes.append(n)
    return n


# ---- candidate c04: Sam Lindqvist (they), r2; contradiction on system_thinking (i04 strong vs i06 weak) ----
n = N("w32-n013", "w32-c04", "w32-i04", "w32-r2", "system_design", "2026-01-13", "strong_hire", 3,
      ["prose", "first_person", "american"], "on-drone inference",
      {"system_thinking": "strong_hire"})
n.s("Sam was fantastic!", "v+")
n.s("I asked them how they would run a power-line insulator defect model on the drone itself instead of uploading everything.", "c", hard="interviewer_action")
n.s("They split it into a tiny on-board model that only flags frames worth keeping and a big model on the ground that does the real detection!", "e+", "system_thinking")
n.s("That cuts the upload from hours of video down to a few hundred frames per flight, they said.", "e+", "system_thinking")
n.s("Super deep understanding of edge hardware and quantization.", "v+", "system_thinking", hard="tech_vague")
n.s("They know a ton about TensorRT.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("We didn't really get into what happens when the on-board filter drops a frame with a real defect, but I'm sure they'd handle it.", "v+", "risk_awareness")
n.s("Would love to work with them!", "v+")
n.s("Strong hire!", "v+", hard="bare_verdict")

n = N("w32-n014", "w32-c04", "w32-i06", "w32-r2", "debugging", "2026-01-14", "lean_no_hire", 4,
      ["terse", "abbreviations", "fragments", "american"], "latency")
n.s("Dbg; on-board filter model misses 1 in 5 frames at 30fps on the drone.", "c")
n.nl()
n.s("Guessed GPU was the bottleneck; never profiled; turned out preproc (resize+normalize on CPU) was 70% of frame time.", "e-", "system_thinking", hard="negated")
n.nl()
n.s("Proposed bigger batch -> adds latency, doesn't fix dropped frames; didn't see that.", "e-", "system_thinking")
n.nl()
n.s("After I said \"look at the CPU\" moved resize onto GPU within ~5 min; fine.", "e0", "learning", "coding")
n.nl()
n.s("Wanted to run the ground model on board too \"for consistency\"; hadn't checked it needs 3x the memory.", "e-", "system_thinking", hard="negated")
n.nl()
n.s("Asked what a dropped frame costs: said \"just one frame\"; no thought that it could be the frame w/ the cracked insulator.", "e-", "user_impact", "risk_awareness")
n.nl()
n.s("Weak on systems imo; disagree w/ i04.", "v-", "system_thinking")
n.nl()
n.s("LNH.", "v-", hard="bare_verdict")

n = N("w32-n015", "w32-c04", "w32-i01", "w32-r2", "coding", "2026-01-15", "lean_hire", 4,
      ["prose", "first_person", "american"], "ring buffer")
n.s("Coding round, 45 minutes, shared editor.", "c")
n.s("I asked Sam to write a fixed-size ring buffer for camera frames, that keeps the last N frames for the on-board model.", "c")
n.s("They asked first whether the writer and reader run in different threads, which I think is a good question for the drone case.", "e+", "judgment", "coding")
n.s("They wrote the buffer with a lock and modulo index, and it worked on my examples.", "e+", "coding")
n.s("I think maybe they forgot the case when the buffer is empty and the reader asks for a frame; it returned an old frame silently.", "e-", "coding", hard="hedged")
n.s("When I mentioned it, they added a check and also wrote a small test for it without me asking.", "e+", "coding", "learning")
n.s("They explained each step while typing, so I could follow easily.", "e+", "communication", hard="plain_evidence")
n.s("Maybe they are a little bit quiet person.", "v0", hard="biased")
n.s("I think lean hire, the coding is good but I did not see much about design.", "v+", hard="mixed")

n = N("w32-n016", "w32-c04", "w32-i05", "w32-r2", "behavioural", "2026-01-16", "hire", 5,
      ["headings", "third_person", "american"], "model versioning")
n.h("Situation")
n.s("Sam was asked about a production problem they personally owned.", "c", hard="question")
n.s("They described a fleet of agricultural drones where half the units ran an old model after a failed update, and nobody noticed for two weeks.", "e0", "risk_awareness")
n.h("Behaviour")
n.s("They said they wrote a script that asked every drone for its model hash at boot and posted a table of mismatches to the team channel each morning.", "e+", "ownership", "risk_awareness")
n.s("They also said they phoned the farmers whose reports had come from the old model and explained which fields should be re-flown.", "e+", "user_impact", "ownership")
n.s("When asked what they would do differently, they said they would have refused to ship the update without a staged rollout, and admitted they had argued against staging at the time.", "e+", "learning", "judgment")
n.h("Result")
n.s("Reported mismatches dropped to zero within a month and the hash check became part of the release checklist.", "e+", "ownership")
n.h("Assessment")
n.s("Strong, specific ownership story with an honest account of their own mistake.", "v+", "ownership")
n.s("This is a different picture on system risk from what i06 saw in debugging; the two rounds should be discussed in the debrief.", "c")
n.s("Hire.", "v+", hard="bare_verdict")

# ---- candidate c05: Diego Fernandez (he), r1; ignores user harm (i02 only); passive ownership (i05, i03) ----
n = N("w32-n017", "w32-c05", "w32-i02", "w32-r1", "system_design", "2026-02-03", "no_hire", 5,
      ["bullets", "headings", "american"], "false negatives",
      {"user_impact": "no_hire", "system_thinking": "hire"})
n.h("Prompt")
n.b("Design a crack detector for bridge inspections where a certified engineer signs off the report.", "c")
n.h("Checklist")
n.b("Pipeline: PASS.", "v+", "system_thinking", hard="bare_verdict")
n.s("Tiles, detector, per-bridge aggregation, and a report generator, with storage sized at ~3TB per year for 200 bridges.", "e+", "system_thinking")
n.b("Operating point: FAIL.", "v-", "metrics", hard="bare_verdict")
n.s("He tuned the threshold for precision 0.95 so the engineers \"don't waste time on false alarms\", and accepted recall of 0.70.", "e-", "metrics", "user_impact")
n.b("Missed defects: FAIL.", "v-", "user_impact", hard="bare_verdict")
n.s("When I asked about the 30% of cracks it misses, he said they would \"probably show up in next year's survey.\"", "e-", "user_impact", "risk_awareness")
n.b("I asked whether the engineer signing the report knows which areas the model never flagged; he said that was a UI question.", "e-", "user_impact", hard="negated")
n.b("Human review: PARTIAL; added a review queue for low-confidence boxes only, so nothing reviewed the areas with no boxes.", "e0", "risk_awareness", hard="mixed")
n.b("Label quality: PASS; asked how many inspectors labeled each image.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("Scope: he asked whether the same design would later cover steel and concrete bridges, and kept the first version to concrete only.", "e+", "judgment")
n.h("Result")
n.b("3 of 6.", "v0")
n.b("Treating a missed structural crack as acceptable is disqualifying for r1.", "v-", "user_impact")
n.b("No hire.", "v-", hard="bare_verdict")

n = N("w32-n018", "w32-c05", "w32-i05", "w32-r1", "behavioural", "2026-02-04", "lean_no_hire", 4,
      ["headings", "third_person", "american"], "ownership")
n.h("Situation")
n.s("Diego was asked about a project that did not go as planned.", "c", hard="question")
n.s("He described a corrosion model at his last company whose labels came from an outside vendor and turned out to be about a fifth wrong.", "e0", "data_intuition")
n.h("Behaviour")
n.s("He said he raised it once in a standup and then waited for the vendor manager to fix it.", "e-", "ownership")
n.s("Asked what he did in the meantime, he said he kept training on the same labels because \"that was the data we had.\"", "e-", "ownership", "data_intuition")
n.s("He did not mention checking the vendor labels himself, even on a sample.", "e-", "data_intuition", hard="negated")
n.s("When I asked who told the inspection client about the delay, he said his manager did and he was not in those meetings.", "e-", "ownership", hard="plain_evidence")
n.h("Result")
n.s("He said the model was shelved after six months, and described it as the vendor's failure.", "e-", "ownership")
n.s("When I asked what he would do now, he said he would write a label-audit step into the project plan from week one and own it himself.", "e+", "learning", "ownership")
n.h("Assessment")
n.s("Passive ownership pattern.", "v-", "ownership")
n.s("He was articulate and easy to follow throughout.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")

n = N("w32-n019", "w32-c05", "w32-i04", "w32-r1", "fundamentals", "2026-02-05", "hire", 2,
      ["prose", "first_person", "american"], "fundamentals")
n.s("Really enjoyed this one!", "v+")
n.s("Diego is super solid on the fundamentals: CNNs, detection heads, anchor boxes, you name it!", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He explained that anchor-free detectors avoid tuning anchor sizes for thin objects like cracks.", "e+", "ml_fundamentals")
n.s("Brilliant communicator.", "v+", "communication")
n.s("Great culture fit for the CV team!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")

n = N("w32-n020", "w32-c05", "w32-i06", "w32-r1", "coding", "2026-02-06", "lean_hire", 3,
      ["terse", "abbreviations", "fragments", "american"], "IoU")
n.s("Coding; IoU + NMS from scratch in numpy.", "c")
n.nl()
n.s("IoU correct first try; vectorized.", "e+", "coding")
n.nl()
n.s("NMS: sorted by score, loop ok; O(n^2) but fine for ~200 boxes.", "e+", "coding")
n.nl()
n.s("Boxes w/ equal score: order undefined; didn't notice until I gave two identical boxes.", "e-", "coding")
n.nl()
n.s("No tests; ran one example by hand.", "e-", "coding", hard="negated")
n.nl()
n.s("Solid coder.", "v+", "coding")
n.nl()
n.s("Didn't ask about anything beyond the spec.", "v-", "judgment")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")

# ---- candidate c06: Fatima Al-Sayed (she), r2; strong; adapts after hint ----
n = N("w32-n021", "w32-c06", "w32-i06", "w32-r2", "system_design", "2026-03-09", "hire", 5,
      ["terse", "abbreviations", "fragments", "american"], "model versioning")
n.s("SD; fleet model updates for 60 turbine-inspection drones.", "c")
n.nl()
n.s("Asked up front: how many sites have no connectivity, who signs reports, max acceptable downtime.", "e+", "judgment", hard="question")
n.nl()
n.s("Staged rollout: 5 drones on 2 sites, compare flags vs old model on the same flights for 2 wks.", "e+", "risk_awareness", "system_thinking")
n.nl()
n.s("Model hash stamped into every report; engineer sees which version flagged what.", "e+", "user_impact", "system_thinking")
n.nl()
n.s("Rollback = keep previous weights on device, switch by config flag, no reflash.", "e+", "risk_awareness")
n.nl()
n.s("Mem: 2 models on device; I asked if that fits in 8GB; she said only the active one loads, ~1.2GB; ok.", "e+", "system_thinking")
n.nl()
n.s("Metric for promotion: recall on safety-class defects not allowed to drop at all, precision can drop 2pts.", "e+", "metrics", "user_impact")
n.nl()
n.s("Missed thermal throttling in hot weather until I asked; then added a latency check per flight.", "e0", "risk_awareness", "learning")
n.nl()
n.s("Said she'd tell the inspection leads a week before any model change and give them a one-page diff of what the new model flags differently.", "e+", "user_impact", "communication")
n.nl()
n.s("H.", "v+", hard="bare_verdict")

n = N("w32-n022", "w32-c06", "w32-i02", "w32-r2", "debugging", "2026-03-10", "strong_hire", 4,
      ["bullets", "headings", "american"], "quantization",
      {"risk_awareness": "strong_hire", "coding": "hire", "ml_fundamentals": "hire"})
n.h("Debugging: INT8 model misses rust on dark towers")
n.b("Setup: INT8 build loses 12 points of recall vs FP16 on dark-painted towers only.", "c")
n.b("Isolated the slice: PASS; she binned images by mean intensity and showed the drop was all in the darkest bin.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("Root cause: PASS; guessed the calibration set had no dark towers, then checked the calibration file list and confirmed it.", "e+", "ml_fundamentals", "coding")
n.b("Fix: PASS; rebuilt calibration with stratified samples and re-measured recall per bin.", "e+", "coding")
n.b("Guardrail: PASS; wanted a per-bin recall check in CI so a future calibration set can't silently drop a slice.", "e+", "risk_awareness")
n.b("Field impact: she asked whether any reports had already been signed using the INT8 build.", "e+", "user_impact", hard="question")
n.b("Explanations were short and clear.", "v+", "communication")
n.h("Result")
n.b("6 of 6 pass.", "v+")
n.b("Strong hire.", "v+", hard="bare_verdict")

n = N("w32-n023", "w32-c06", "w32-i03", "w32-r2", "behavioural", "2026-03-11", "hire", 1,
      ["prose", "terse", "american"], "behavioural")
n.s("Behavioral round.", "c")
n.s("Very impressive background.", "v+")
n.s("Strong leader, takes ownership.", "v+", "ownership")
n.s("Would be a great addition.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")

n = N("w32-n024", "w32-c06", "w32-i01", "w32-r2", "data", "2026-03-12", "hire", 4,
      ["prose", "first_person", "american"], "seasonal shift")
n.s("I gave Fatima a dataset of wind-turbine blade images from summer flights and asked how to prepare a model for winter.", "c", hard="interviewer_action")
n.s("First she proposed color jitter and brightness augmentation, which I think is reasonable but not enough.", "e0", "data_intuition")
n.s("I said that in winter there is often ice and snow on the blades.", "c", hard="interviewer_action")
n.s("She said then augmentation cannot create ice, and proposed to collect a small winter set from two sites and label it with the inspectors before deployment.", "e+", "learning", "data_intuition")
n.s("She also asked whether inspectors label ice itself as a defect, because if not, the model may learn to ignore the area under ice.", "e+", "data_intuition", "user_impact")
n.s("She asked me how many sites fly in winter at all, before deciding how much to spend on winter labels.", "e+", "judgment", hard="question")
n.s("Then she suggested to keep winter flights on full human review until the winter recall is measured.", "e+", "judgment", "risk_awareness")
n.s("I asked also about labels from inspectors who disagree, but we had only five minutes left.", "c")
n.s("I think maybe she could say more about how many winter images are enough, she said \"a few hundred\" without a reason.", "e-", "data_intuition", hard="hedged")
n.s("Overall I feel she listens very carefully.", "v+", "communication")
n.s("I think hire.", "v+", hard="bare_verdict")

save_notes("data/corpus/raw/w32_notes_part2.jsonl", notes)
print(len(notes), "notes")
