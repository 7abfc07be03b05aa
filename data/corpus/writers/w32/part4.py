import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []


def N(nid, cand, intv, req, rnd, date, rec, spec, style, topic, ratings=None):
    n = Note(note_id=nid, candidate_id=cand, interviewer_id=intv, req_id=req, round=rnd,
             submitted_at=date, recommendation=rec, specificity=spec, style=style, topic=topic,
             ratings=ratings or {})
    notes.append(n)
    return n


n = N("w32-n039", "w32-c15", "w32-i02", "w32-r1", "system_design", "2025-12-02", "no_hire", 5,
      ["bullets", "headings", "american"], "crack detection",
      {"ml_fundamentals": "no_hire", "system_thinking": "lean_no_hire"})
n.h("System design: checklist")
n.b("Prompt: crack segmentation for steel bridge girders, reports signed by a certified engineer within 48 hours of the flight.", "c")
n.b("Model choice: FAIL.", "v-", "ml_fundamentals", hard="bare_verdict")
n.s("Rahul said he would use a classification network and read crack width off the softmax score.", "e-", "ml_fundamentals")
n.b("When I asked how a class score gives a width in millimeters, he said a higher score means a wider crack.", "e-", "ml_fundamentals")
n.b("Throughput: FAIL; put all inference on the drone without asking what hardware it carries.", "e-", "system_thinking", "judgment")
n.b("Timeline: FAIL; never asked about the 48-hour deadline, even though it was in the prompt.", "e-", "judgment", hard="negated")
n.b("Monitoring: PASS; proposed tracking the share of images flagged per bridge and alerting when it doubled.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.b("Review: PASS; every flagged image goes to an inspector before the engineer sees it.", "e+", "user_impact", "risk_awareness")
n.b("Communication: he drew a clear diagram and walked me through it box by box.", "e+", "communication", hard="plain_evidence")
n.b("Users: he never asked who reads the report or what the engineer needs to sign it.", "e-", "user_impact", hard="negated")
n.h("Result")
n.b("3 of 7.", "v-")
n.b("Fundamentals gap is too wide for r1.", "v-", "ml_fundamentals")
n.b("No hire.", "v-", hard="bare_verdict")

n = N("w32-n040", "w32-c16", "w32-i05", "w32-r2", "behavioural", "2025-12-09", "hire", 4,
      ["headings", "third_person", "american"], "field incident")
n.h("Situation")
n.s("Hannah was asked about a time a model she shipped caused a problem for its users.", "c", hard="question")
n.s("She described a pipeline-inspection app at her previous job where a model update doubled false alarms on one customer's valves.", "e0", "risk_awareness")
n.h("Behaviour")
n.s("She said she found out from an angry email from the customer's field lead, and called him the same afternoon instead of replying in writing.", "e+", "ownership", "user_impact")
n.s("She rolled the customer back to the previous model that evening and wrote a one-page note to her team explaining what had changed.", "e+", "ownership", "risk_awareness")
n.s("Asked how she explained it to the customer, she said she told him the new model had been tested on valves from a different manufacturer and that she had not checked his kind.", "e+", "communication", "ownership")
n.s("She admitted she had skipped the per-customer check because of a deadline.", "e0", "judgment", hard="mixed")
n.s("When I asked whether skipping it had been the wrong call, she said it was, and that she would now trade a week of delay for it on any customer with unusual hardware.", "e+", "judgment", "learning")
n.h("Result")
n.s("The customer stayed, and she said per-customer evaluation became a release gate.", "e+", "risk_awareness")
n.s("Clear, honest communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")

n = N("w32-n041", "w32-c17", "w32-i06", "w32-r2", "system_design", "2025-12-16", "lean_no_hire", 4,
      ["terse", "abbreviations", "fragments", "american"], "on-drone inference")
n.s("SD; on-board corrosion flagging for power-line drones, 4GB device.", "c")
n.nl()
n.s("Picked a 300M-param model; didn't estimate memory.", "e-", "system_thinking", hard="negated")
n.nl()
n.s("When I said 4GB, did the math: ~1.2GB FP32 weights + activations; said ok.", "e0", "system_thinking", "learning")
n.nl()
n.s("Forgot the flight controller shares the device; no headroom left.", "e-", "system_thinking")
n.nl()
n.s("Asked q about what fraction of flights have a link to base; good.", "e+", "judgment", hard="question")
n.nl()
n.s("Store-and-forward when offline; sensible.", "e+", "system_thinking")
n.nl()
n.s("No versioning; no rollback.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Talks fast, hard to follow; I asked him to slow down twice.", "e-", "communication")
n.nl()
n.s("LNH; systems thinking not there yet.", "v-", "system_thinking")

n = N("w32-n042", "w32-c18", "w32-i01", "w32-r1", "fundamentals", "2026-01-06", "lean_no_hire", 3,
      ["prose", "first_person", "american"], "fundamentals")
n.s("I asked Chiara some basic questions about training detection models with few defects.", "c")
n.s("When I asked what happens to validation loss if the model overfits, she said it goes down together with the training loss, which I think is not correct.", "e-", "ml_fundamentals")
n.s("She explained that data augmentation with flips is fine for cracks because cracks have no direction, and I agree with her.", "e+", "ml_fundamentals")
n.s("Next I asked her to explain precision and recall using a crack example.", "c", hard="question")
n.s("I asked about precision and recall, and she mixed them up once, then corrected herself.", "e0", "ml_fundamentals", hard="mixed")
n.s("Maybe she was nervous.", "v0", hard="biased")
n.s("She asked me how the inspectors use the results, which I liked very much.", "e+", "user_impact", hard="plain_evidence")
n.s("I think her fundamentals are maybe not enough for this level.", "v-", "ml_fundamentals", hard="hedged")
n.s("Lean no hire, but I am not fully sure.", "v-", hard="bare_verdict")

n = N("w32-n043", "w32-c19", "w32-i03", "w32-r1", "data", "2026-01-20", "lean_hire", 2,
      ["prose", "terse", "american"], "labeling")
n.s("Data round on labeling.", "c")
n.s("Samir had good ideas about labeling.", "v+", "data_intuition", hard="tech_vague")
n.s("Suggested having two inspectors label each image.", "e+", "data_intuition")
n.s("Understands data quality.", "v+", "data_intuition")
n.s("A bit slow.", "v-")
n.s("Lean hire.", "v+", hard="bare_verdict")

n = N("w32-n044", "w32-c20", "w32-i04", "w32-r1", "debugging", "2026-02-17", "hire", 3,
      ["prose", "first_person", "american"], "offline metrics")
n.s("Great debugging session with Leila!", "v+")
n.s("I gave her the corrosion model that looked worse after retraining and asked her to figure out what went wrong.", "c", hard="interviewer_action")
n.s("She diffed the two training configs and found the learning rate had been changed from 1e-4 to 1e-3 within ten minutes!", "e+", "coding")
n.s("She fixed it, retrained, and showed the validation mAP back at 0.87, and said that meant the field problem was solved, which I loved!", "e-", "metrics", hard="verdict_plus_evidence")
n.s("She didn't look at the field reports that started the whole ticket.", "e-", "metrics", "user_impact", hard="negated")
n.s("When I asked who had changed the learning rate, she said it \"didn't matter, it's fixed now\" and didn't suggest any check to stop it happening again.", "e-", "ownership", "risk_awareness")
n.s("Super fast and efficient.", "v+")
n.s("Lovely person too.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")

n = N("w32-n045", "w32-c21", "w32-i05", "w32-r1", "system_design", "2026-03-03", "hire", 4,
      ["headings", "third_person", "american"], "liability and sign-off")
n.h("Situation")
n.s("Oluwaseun was asked to design how detector output reaches the certified engineer who signs the inspection report.", "c")
n.h("Behaviour")
n.s("He asked first what the engineer is legally liable for, and whether the company or the engineer owns a missed defect.", "e+", "user_impact", "judgment")
n.s("He proposed the report show every area the drone covered, with the model's flags and also the areas the model did not look at because of blur or occlusion.", "e+", "user_impact", "risk_awareness")
n.s("He said blurred frames should be re-flown rather than scored, and estimated that about 5% of frames on a windy day would be blurred.", "e+", "judgment", "data_intuition")
n.s("He did not cover how the model would be versioned once deployed.", "e-", "risk_awareness", hard="negated")
n.s("He wrote a two-line summary of the report layout for the engineers and asked me to read it as if I were one of them.", "e+", "communication", "user_impact")
n.s("When I asked about engineers who start trusting the model too much, he suggested seeding the queue with a few known defects each week to check they still look.", "e+", "user_impact", "risk_awareness")
n.s("Whiteboard photo attached to the ticket.", "c")
n.h("Result")
n.s("Thoughtful about the people on the other end of the system.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")

n = N("w32-n046", "w32-c22", "w32-i03", "w32-r2", "coding", "2026-03-24", "lean_hire", 1,
      ["prose", "terse", "american"], "coding")
n.s("Coding round.", "c")
n.s("Fine.", "v0", hard="bare_verdict")
n.s("Code looked ok.", "v0", "coding")
n.s("Probably good enough for the edge team.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")

n = N("w32-n047", "w32-c23", "w32-i06", "w32-r1", "fundamentals", "2026-04-14", "lean_hire", 2,
      ["terse", "abbreviations", "fragments", "american"], "fundamentals")
n.s("Fundamentals; losses, imbalance, calibration.", "c")
n.nl()
n.s("Knows detection well.", "v+", "ml_fundamentals")
n.nl()
n.s("Explained focal loss down-weights easy negatives; correct.", "e+", "ml_fundamentals")
n.nl()
n.s("Calibration answer hand-wavy.", "v-", "ml_fundamentals")
n.nl()
n.s("OK on metrics.", "v0", "metrics")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")

n = N("w32-n048", "w32-c24", "w32-i02", "w32-r2", "behavioural", "2026-05-05", "lean_hire", 3,
      ["bullets", "headings", "american"], "ownership")
n.h("Behavioural: checklist")
n.b("Ownership of a failure: PASS; Ingrid described pulling a thermal-camera model from 12 drones herself after it flagged every sunlit panel as a hot spot.", "e+", "ownership", hard="verdict_plus_evidence")
n.b("Escalation: PASS.", "v+", "ownership", hard="bare_verdict")
n.b("Learning from it: PARTIAL; she said the team added more sunny-day data, but could not say whether the fix was measured.", "e0", "learning", "metrics", hard="mixed")
n.b("Follow-through: FAIL; asked whether she checked the 12 drones after the fix went out, she said another team handled redeployment.", "e-", "ownership")
n.b("Working with inspectors: FAIL; she called inspector feedback \"mostly noise\" when I asked how it reached the model team.", "e-", "user_impact")
n.b("Communication: PASS.", "v+", "communication", hard="bare_verdict")
n.h("Result")
n.b("Lean hire.", "v+", hard="bare_verdict")

n = N("w32-n049", "w32-c25", "w32-i01", "w32-r2", "debugging", "2026-06-02", "lean_hire", 2,
      ["prose", "first_person", "american"], "debugging")
n.s("I asked Jamal to find why the drone model was slower after the update.", "c")
n.s("I think he understood the profiling tools quite well.", "v+", "coding", hard="tech_vague")
n.s("He found that the new version loaded the model each frame, I think, but I am not sure he found it alone.", "e0", "coding", hard="hedged")
n.s("He was polite and calm.", "v+", hard="biased")
n.s("Maybe he needs more experience with real drones.", "v-", hard="hedged")
n.s("I think lean hire.", "v+", hard="bare_verdict")

save_notes("data/corpus/raw/w32_notes_part4.jsonl", notes)
print(len(notes), "notes")
