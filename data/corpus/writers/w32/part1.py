import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []


def N(nid, cand, intv, req, rnd, date, rec, spec, style, topic, ratings=None):
    n = Note(note_id=nid, candidate_id=cand, interviewer_id=intv, req_id=req, round=rnd,
             submitted_at=date, recommendation=rec, specificity=spec, style=style, topic=topic,
             ratings=ratings or {})
    notes.append(n)
    return n


# ---- candidate c01: Aiko Tanaka (she), r1, strong ----
n = N("w32-n001", "w32-c01", "w32-i04", "w32-r1", "system_design", "2025-09-16", "strong_hire", 4,
      ["prose", "first_person", "american"], "crack detection",
      {"system_thinking": "strong_hire", "data_intuition": "hire"})
n.s("What a session!", "v+")
n.s("I asked Aiko to design the crack detection pipeline for our bridge deck surveys, from drone capture to the report an engineer signs.", "c", hard="interviewer_action")
n.s("She started by asking how many confirmed crack labels we actually have, and when I said about 1,400 across six bridges she immediately said a from-scratch detector was off the table.", "e+", "data_intuition", "judgment")
n.s("Her plan was tiling the 40MP images into overlapping patches, a pretrained backbone fine-tuned on the patches, and stitching detections back with non-max suppression across tile borders.", "e+", "system_thinking")
n.s("She sized it too: roughly 2,000 images per bridge pass, 60 tiles each, so about 120k patch inferences per survey, which she said was fine to run on the ground station overnight.", "e+", "system_thinking")
n.blank()
n.s("Loved this part!", "v+")
n.s("She asked who reads the report and what happens if a crack is missed, and then proposed that anything under a confidence cutoff goes to a human review queue rather than being dropped.", "e+", "user_impact", "risk_awareness")
n.s("When I asked what the cutoff should be, she said she would pick it from the miss rate the certified engineers could accept, not from F1.", "e+", "metrics", "user_impact")
n.s("She also said the inspectors should be able to mark a flagged box as wrong in one click, so their corrections become training labels.", "e+", "user_impact", "data_intuition")
n.s("She did not get to model versioning before time ran out.", "c")
n.s("Honestly one of the sharpest people I've talked to this year!", "v+", hard="bare_verdict")
n.s("Strong hire!!", "v+", hard="bare_verdict")

n = N("w32-n002", "w32-c01", "w32-i05", "w32-r1", "behavioural", "2025-09-17", "hire", 5,
      ["headings", "third_person", "american"], "annotation disagreement")
n.h("Question")
n.s("The candidate was asked about a time she had to resolve a disagreement about labels.", "c", hard="question")
n.h("Situation")
n.s("Aiko described her last job at a rail company, where two inspectors labeled the same corrosion images and agreed on only about 60% of the severity grades.", "e+", "data_intuition")
n.h("Behaviour")
n.s("She said she set up a weekly session where both inspectors reviewed the 50 images they disagreed on most and wrote down the rule they settled on.", "e+", "ownership", "data_intuition")
n.s("She turned those rules into a two-page labeling guide and re-labeled the old set against it herself over three weekends.", "e+", "ownership")
n.s("She said she brought a printed sheet of the ten worst disagreements to the first meeting so nobody could argue in the abstract.", "e+", "communication")
n.s("When I asked whether the inspectors resented the extra meetings, she said one of them did at first and she shortened the sessions to 30 minutes after he told her.", "e+", "learning", "communication")
n.h("Result")
n.s("She reported agreement going from about 60% to 85% and the grade-3 corrosion recall rising from 0.71 to 0.80 on a fixed test set.", "e+", "metrics")
n.s("She also said the recall number was on a test set drawn from the same two lines, and that she never got to check it on new sites.", "e+", "metrics", hard="mixed")
n.h("Assessment")
n.s("Clear ownership of a messy data problem, backed by a specific account.", "v+", "ownership")
n.s("I did not probe how she handled the cases the inspectors never agreed on; worth asking in another round.", "c")
n.s("Hire.", "v+", hard="bare_verdict")

n = N("w32-n003", "w32-c01", "w32-i02", "w32-r1", "debugging", "2025-09-18", "hire", 4,
      ["bullets", "headings", "terse", "american"], "false negatives",
      {"risk_awareness": "hire", "coding": "lean_hire"})
n.h("Debugging round: checklist")
n.b("Exercise: detector recall on the new wind-turbine site dropped from 0.88 to 0.62; find out why.", "c")
n.b("Checked data before model: PASS - first thing she did was plot image brightness for old vs new site and saw the new site was shot at dusk.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("Reproduced the drop on a held-out slice: PASS.", "e+", "coding", hard="verdict_plus_evidence")
n.b("Her script filtered the slice by filename prefix and silently skipped 30 images with a different prefix; she caught it only when I asked her to count rows.", "e-", "coding", hard="negated")
n.b("Failure mode analysis: PASS.", "v+", "risk_awareness", hard="bare_verdict")
n.s("She asked which missed defects were safety-critical and split the misses into leading-edge erosion vs cosmetic paint chips.", "e+", "risk_awareness", "user_impact")
n.b("Proposed fix: augment with low-light images and gate the new site behind mandatory human review until recall is re-measured.", "e+", "judgment", "risk_awareness")
n.b("Rollback/monitoring: PARTIAL; mentioned a per-site recall check but no owner or alert threshold.", "e0", "risk_awareness", hard="mixed")
n.b("Communication: PASS.", "v+", "communication", hard="bare_verdict")
n.h("Result")
n.b("5 of 6 items pass.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")

n = N("w32-n004", "w32-c01", "w32-i03", "w32-r1", "fundamentals", "2025-09-19", "lean_hire", 1,
      ["prose", "terse", "american"], "fundamentals")
n.s("Talked about losses and imbalance.", "c")
n.s("Seems to really know her stuff.", "v+", "ml_fundamentals")
n.s("Good grasp of focal loss and calibration.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Nice to talk to.", "v+", hard="biased")
n.s("Lean hire I think.", "v+", hard="bare_verdict")

# ---- candidate c02: Marcus Okafor (he), r2, edge; red flag: no rollback (i02, i06), defensive (i01) ----
n = N("w32-n005", "w32-c02", "w32-i02", "w32-r2", "system_design", "2025-10-02", "no_hire", 5,
      ["bullets", "headings", "american"], "model versioning",
      {"risk_awareness": "no_hire", "system_thinking": "lean_hire"})
n.h("Prompt")
n.b("Design how a new corrosion model gets from training to 40 drones in the field, including updates.", "c")
n.h("Checklist")
n.b("Memory budget: PASS.", "v+", "system_thinking", hard="bare_verdict")
n.s("He asked how much RAM the Jetson on the drone had, heard 8GB shared with the flight stack, and budgeted 1.5GB for the model.", "e+", "system_thinking", "judgment")
n.b("Model packaging: PASS -> proposed exporting to TensorRT with INT8 and keeping an FP16 build for comparison.", "e+", "system_thinking")
n.b("Versioning: FAIL.", "v-", "risk_awareness", hard="bare_verdict")
n.s("He pushed new weights over the air to all 40 drones at once and had no way to tell which version produced a given report.", "e-", "risk_awareness")
n.b("Rollback: FAIL - when I asked what happens if the new model misses corrosion the old one caught, he said \"we'd retrain and push again.\"", "e-", "risk_awareness")
n.b("I asked twice about pinning the version per inspection job; he did not add it either time.", "e-", "learning", hard="negated")
n.b("Sign-off: FAIL; never mentioned that a certified engineer signs the report and needs to know which model flagged what.", "e-", "user_impact", hard="negated")
n.b("Validation before rollout: FAIL -> would ship if offline mAP beat the old model.", "e-", "metrics")
n.b("Staging: FAIL; when I suggested trying the update on two drones first, he said that would \"slow the team down\" and kept the fleet-wide push.", "e-", "judgment", "learning")
n.h("Result")
n.b("2 of 6 pass.", "v-")
n.s("Field deployment without rollback is a hard fail for this role.", "v-", "risk_awareness")
n.b("No hire.", "v-", hard="bare_verdict")

n = N("w32-n006", "w32-c02", "w32-i06", "w32-r2", "debugging", "2025-10-03", "lean_no_hire", 4,
      ["terse", "abbreviations", "fragments", "american"], "on-drone inference")
n.s("Dbg round; on-drone OOM after model update.", "c")
n.nl()
n.s("Read the crash log first; found the batch size had been bumped 1->4 in config; good.", "e+", "coding", hard="verdict_plus_evidence")
n.nl()
n.s("Suggested INT8 quant to save mem; estimated ~4x smaller weights, correct.", "e+", "ml_fundamentals")
n.nl()
n.s("Didn't check accuracy after quant until I asked; then said he'd compare recall on the val set.", "e-", "ml_fundamentals", "risk_awareness")
n.nl()
n.s("No rollback path for the drones already updated; said ops would reflash them manually.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Asked q: how often do drones come back to base w/ network?", "e+", "judgment", hard="question")
n.nl()
n.s("Code fine.", "v+", "coding")
n.nl()
n.s("Gap on safe deploy = same as i02 saw prob; LNH.", "v-", "risk_awareness")

n = N("w32-n007", "w32-c02", "w32-i01", "w32-r2", "behavioural", "2025-10-04", "lean_no_hire", 3,
      ["prose", "first_person", "american"], "pushback")
n.s("I asked Marcus about a time when a colleague disagreed with his technical decision.", "c", hard="question")
n.s("He told about choosing a smaller model for a phone app, and his lead wanted the bigger one.", "e0", "judgment")
n.s("I think maybe he explained the latency reason well, he said the big model was 300ms and the target was 100ms.", "e+", "communication", hard="hedged")
n.s("Then I asked, gently, whether the smaller model had worse accuracy for some users.", "c")
n.s("He said his lead finally agreed, but when I asked if he checked the result after launch, he said that was the product team's job.", "e-", "ownership")
n.s("He said \"that is not really the point\" and went back to latency, so I was not sure he heard the question.", "e-", "learning", "user_impact")
n.s("When I tried again with a different example, he became a little bit defensive, I feel.", "v-", "learning", hard="hedged")
n.s("Maybe he is very confident person.", "v0", hard="biased")
n.s("I am not sure he would change his mind easily if a field inspector told him the model was wrong.", "v-", "learning")
n.s("So I think lean no hire, but I may be too careful.", "v-", hard="bare_verdict")

n = N("w32-n008", "w32-c02", "w32-i04", "w32-r2", "coding", "2025-10-05", "hire", 3,
      ["prose", "first_person", "american"], "image tiling")
n.s("Fun coding round!", "v+")
n.s("I had Marcus write a function that tiles a large image into overlapping patches and maps detections back to full-image coordinates.", "c", hard="interviewer_action")
n.s("He got the tiling loop working in about 15 minutes and handled the right edge by padding!", "e+", "coding")
n.s("He wrote the coordinate mapping but forgot to clip boxes that run past the image border.", "e-", "coding")
n.s("When I pointed at it he fixed it in one line, super quick!", "e0", "coding", "learning")
n.s("He used a set of Python lists for the boxes and said he'd switch to numpy arrays if the tile count got big, which seemed like a sensible call.", "e+", "coding", "judgment")
n.s("He didn't write any tests, but he said he'd add them if he had time, which is fair.", "e-", "coding", hard="negated")
n.s("Great energy the whole way through!", "v+", hard="biased")
n.s("Really strong coder.", "v+", "coding")
n.s("Hire!", "v+", hard="bare_verdict")

# ---- candidate c03: Priya Raman (she), r1; red flag: offline metric as truth (i02, i05); adapts after hint ----
n = N("w32-n009", "w32-c03", "w32-i02", "w32-r1", "data", "2025-11-10", "lean_no_hire", 4,
      ["bullets", "headings", "american"], "few labeled defects")
n.h("Data round: checklist")
n.b("Given: 300 labeled corrosion images, 40k unlabeled, two inspectors who disagree on severity.", "c")
n.b("Label audit: PASS, she asked for the inspectors' disagreement rate before anything else.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("Split strategy: FAIL.", "v-", "data_intuition", hard="bare_verdict")
n.s("Split randomly by image, so tiles from the same tower landed in train and test.", "e-", "data_intuition")
n.b("Metric choice: FAIL; reported 0.91 mAP on that split and said it meant the model was ready for the field.", "e-", "metrics")
n.b("I asked what mAP would look like on a site the model had never seen.", "c", hard="question")
n.s("She said it \"should be similar\" and did not suggest measuring it.", "e-", "metrics", hard="negated")
n.b("Use of unlabeled data: PASS; proposed pseudo-labeling with a high threshold and spot checks by an inspector.", "e+", "data_intuition", "ml_fundamentals")
n.b("Harm of misses: not discussed.", "e-", "user_impact", hard="negated")
n.b("Communication: PASS; when I got lost in her pseudo-labeling plan she stopped, redrew it as three steps, and checked I had it.", "e+", "communication", hard="verdict_plus_evidence")
n.h("Result")
n.b("Treating a leaky offline number as ready-for-field is a fail for defect detection.", "v-", "metrics")
n.b("Lean no hire.", "v-", hard="bare_verdict")

n = N("w32-n010", "w32-c03", "w32-i05", "w32-r1", "system_design", "2025-11-11", "lean_hire", 5,
      ["headings", "third_person", "american"], "domain shift")
n.h("Situation")
n.s("The candidate was asked to design a corrosion detector that would be used on transmission towers in both desert and coastal sites.", "c")
n.h("Behaviour")
n.s("Priya proposed one shared model with a per-site calibration step, and drew the data flow from drone to ground station to review queue.", "e+", "system_thinking")
n.s("For evaluation she said that if validation mAP stayed above 0.85 the model was good to ship to every site.", "e-", "metrics")
n.s("I asked how coastal salt spray might change the images compared with the desert training set.", "c", hard="interviewer_action")
n.s("She paused, then said the 0.85 was measured on desert towers only and that she would need a held-out coastal set before trusting it.", "e+", "metrics", "learning")
n.s("She then added a per-site recall check on a small labeled sample each season, with sites below target sent to full human review.", "e+", "risk_awareness", "learning")
n.s("She asked who triages the review queue and how many images a person can get through in a shift.", "e+", "user_impact", hard="plain_evidence")
n.h("Result")
n.s("About 40 minutes, most of it on evaluation.", "c")
n.s("Her first instinct was to trust the offline number, which matches what i02 flagged in the data round.", "v-", "metrics")
n.s("She recovered well once given a concrete hint, and the design that came out of it was sound.", "v+", "learning")
n.s("Lean hire, on the strength of the adaptation rather than the starting point.", "v+")

n = N("w32-n011", "w32-c03", "w32-i01", "w32-r1", "fundamentals", "2025-11-12", "lean_hire", 3,
      ["prose", "first_person", "american"], "class imbalance")
n.s("I asked Priya how she would train a crack classifier when only 2% of the patches have cracks.", "c", hard="question")
n.s("First she said she would use accuracy, and I think maybe she did not think about the 98% baseline.", "e-", "metrics", "ml_fundamentals", hard="hedged")
n.s("I gave a small hint that predicting \"no crack\" always gives 98%.", "c", hard="interviewer_action")
n.s("After this she quickly changed to precision and recall per class, and she said recall matters more because a missed crack is worse than a false alarm.", "e+", "learning", "user_impact")
n.s("She proposed oversampling crack patches, and I asked if she would also oversample in the test set; she said no, the test set must keep the real 2%.", "e+", "metrics", "data_intuition")
n.s("She also explained weighted loss and said it can make the scores less calibrated, which I think is correct.", "e+", "ml_fundamentals")
n.s("Her knowledge of theory seems solid in general.", "v+", "ml_fundamentals")
n.s("Maybe she needs some more experience with real data.", "v-", "data_intuition", hard="hedged")
n.s("We ran out of time before I could ask about pseudo-labels.", "c")
n.s("I think lean hire.", "v+", hard="bare_verdict")

n = N("w32-n012", "w32-c03", "w32-i03", "w32-r1", "debugging", "2025-11-13", "hire", 2,
      ["prose", "terse", "american"], "debugging")
n.s("Debugging exercise on the turbine blade model.", "c")
n.s("She found the bug.", "e+", "coding")
n.s("Pretty methodical.", "v+")
n.s("Knew a lot about augmentation.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Good communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")

save_notes("data/corpus/raw/w32_notes_part1.jsonl", notes)
print(len(notes), "notes")
