import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Kai Nakamura (they), r2 Edge: contradiction on system_thinking (i01 strong, i06 weak)
n = Note(note_id="w18-n013", candidate_id="w18-c04", interviewer_id="w18-i01", req_id="w18-r2",
         round="system_design", submitted_at="2025-09-08", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british", "headings", "terse"], topic="edge rollout",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "hire"})
n.h("Design: edge deployment")
n.s("Task: roll a new bearing-defect model out to 12 plants, each with its own edge box and PLC.", "c")
n.s("Kai asked which PLC signal fires the reject and how long the actuator needs.", "e+", "judgment", hard="question")
n.s("They budgeted 40 ms: 25 inference, 10 image transfer, 5 margin.", "e+", "system_thinking")
n.s("Put a local queue on the box so a network drop does not stop the line.", "e+", "system_thinking", "risk_awareness")
n.s("Model versions pinned per plant, with a hash checked at start-up.", "e+", "system_thinking")
n.s("Staged rollout: one plant in shadow for a week, reject decisions compared against the old model.", "e+", "risk_awareness")
n.s("They said if the box dies, parts divert to manual inspection rather than pass.", "e+", "risk_awareness", hard="plain_evidence")
n.s("Solid system sense.", "v+", "system_thinking")
n.s("Nothing said about the operators at the station.", "e-", "user_impact", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n014", candidate_id="w18-c04", interviewer_id="w18-i06", req_id="w18-r2",
         round="system_design", submitted_at="2025-09-08", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes"], topic="edge retraining",
         ratings={"system_thinking": "no_hire"})
n.b("sys design: central retrain + push to edge, 12 plants", "c")
n.b("jumped straight to k8s on each box w/o asking box specs", "e-", "system_thinking", "judgment")
n.b("told boxes are 4GB ARM -> kept k8s anyway, 'just a lightweight distro'", "e-", "system_thinking", "learning")
n.b("no estimate of model size vs memory", "e-", "system_thinking", hard="negated")
n.b("retrain weekly, all plants pooled, no per-plant eval", "e-", "metrics")
n.b("did ask how labels come back from the plants -> good q", "e+", "data_intuition", hard="question")
n.b("versioning = 'just use git tags'", "e-", "system_thinking")
n.b("comms ok, bit rambly", "v0", "communication", hard="mixed")
n.b("sys thinking weak for an edge role", "v-", "system_thinking")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n015", candidate_id="w18-c04", interviewer_id="w18-i02", req_id="w18-r2",
         round="debugging", submitted_at="2025-09-09", recommendation="lean_hire", specificity=5,
         style=["bullets", "british", "fragments"], topic="edge latency regression",
         ratings={"coding": "hire", "risk_awareness": "lean_no_hire"})
n.b("Round: debugging, 45 min.", "c")
n.b("Exercise: latency on the edge box went from 22 ms to 61 ms after a model update; profiler output and export script provided.", "c")
n.b("Approach: read the profiler first and found the resize op running on CPU.", "e+", "coding")
n.b("Root cause: identified that the export had switched from static to dynamic input shapes, which disabled the engine cache.", "e+", "coding", "system_thinking")
n.b("Fix: pinned the input shape and re-exported; measured 23 ms.", "e+", "coding")
n.b("Verification: did not check that outputs matched the previous engine before calling it fixed.", "e-", "risk_awareness", hard="negated")
n.b("When asked, wrote a comparison over 200 images and found a maximum score difference of 0.003.", "e+", "coding")
n.b("Communication: narrated each step and twice asked whether I could see the trace.", "e+", "communication")
n.b("Ownership: said the export script should have had a shape test and offered to write it.", "e+", "ownership")
n.b("Verdict: LH.", "v+", hard="bare_verdict")
n.s("Strong debugger, verification habits need work.", "v0", "coding", hard="mixed")
notes.append(n)

n = Note(note_id="w18-n016", candidate_id="w18-c04", interviewer_id="w18-i05", req_id="w18-r2",
         round="behavioural", submitted_at="2025-09-10", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="rollback story")
n.s("Kai and I talked for almost an hour and it flew by.", "v+")
n.s("They told me about their last job at a packaging company, where they moved the vision model off a server room and onto the line cameras.", "e+", "ownership")
n.s("The best bit was when an update broke two lines overnight: Kai said they drove to the plant at 6am, rolled back by hand, and then built the one-click rollback the company still uses.", "e+", "ownership", "risk_awareness", hard="verdict_plus_evidence")
n.s("They clearly care about the people on the floor.", "v+", "user_impact")
n.s("I asked how they decide between a false reject and a missed defect.", "c", hard="question")
n.s("They said it isn't their call alone: quality engineering sets the cost, and they'd bring them the curve.", "e+", "judgment")
n.s("Brilliant systems thinker, honestly one of the best I've seen.", "v+", "system_thinking")
n.s("Super humble too.", "v+", hard="biased")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Mateo Álvarez (he), r1: treats offline metric as truth (i02, i05, i06)
n = Note(note_id="w18-n017", candidate_id="w18-c05", interviewer_id="w18-i02", req_id="w18-r1",
         round="fundamentals", submitted_at="2025-10-14", recommendation="no_hire", specificity=5,
         style=["bullets", "british", "quotes"], topic="evaluation under imbalance",
         ratings={"metrics": "no_hire", "ml_fundamentals": "lean_hire"})
n.b("Round: ML fundamentals, 45 min.", "c")
n.b("Metrics: claimed that AUC 0.97 on the held-out set means the model is 'ready for the line'.", "e-", "metrics")
n.b("Base rate: when asked what fraction of parts are defective, said he had not looked.", "e-", "data_intuition", hard="negated")
n.b("Threshold: could not say how he would pick the operating point; answered 'the default, 0.5'.", "e-", "metrics")
n.b("Imbalance: explained that accuracy is useless at 0.3% positives because predicting 'good' for everything scores 99.7%.", "e+", "ml_fundamentals")
n.b("Calibration: said Platt scaling fits a logistic curve on a held-out split that must not be the training data.", "e+", "ml_fundamentals")
n.b("Pushback: I asked whether the test images came from the same week as training; he said that does not matter for CNNs.", "e-", "data_intuition")
n.b("Learning: did not revise the AUC claim after two further questions.", "e-", "learning", "metrics", hard="negated")
n.b("Verdict: NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n018", candidate_id="w18-c05", interviewer_id="w18-i05", req_id="w18-r1",
         round="system_design", submitted_at="2025-10-14", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british", "quotes"], topic="bottle-cap inspection")
n.s("Mateo walked me through a design for bottle-cap inspection and I really enjoyed it.", "v+")
n.s("He started by drawing the camera, the lighting tunnel and the reject pusher, which was a nice touch.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("Then he told me his last project hit 0.98 AUC offline, so this one would pay for itself within a quarter, which was exciting to hear.", "e-", "metrics")
n.s("When I asked about retraining, he proposed monthly retrains on all the new rejects.", "e0", "data_intuition")
n.s("I mentioned that rejects are labelled by line workers at the end of a shift, and he said that's fine, 'the model will average out the noise'.", "e-", "data_intuition")
n.s("He did suggest a dashboard for the quality engineers showing reject rates per shift.", "e+", "user_impact")
n.s("Good energy throughout.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n019", candidate_id="w18-c05", interviewer_id="w18-i06", req_id="w18-r1",
         round="data", submitted_at="2025-10-15", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes", "typos"], topic="leakage in split")
n.b("data round: 120 defects / 40k goods, 2 plants", "c")
n.b("random 80/20 split -> same part imaged twice ends up on both sides", "e-", "data_intuition")
n.b("didnt spot it until I asked abt part IDs", "e-", "data_intuition", hard="negated")
n.b("after that -> group split by part ID, done quickly", "e+", "learning")
n.b("reported 0.96 AUC, said 'so we're done'", "e-", "metrics")
n.b("asked him cost of escaped defect vs false reject -> no idea, never asked back", "e-", "metrics", "judgment")
n.b("knows sklearn v well", "v+", "coding", hard="tech_vague")
n.b("LNH b/c offline metric = truth for him", "v-", "metrics")
notes.append(n)

n = Note(note_id="w18-n020", candidate_id="w18-c05", interviewer_id="w18-i04", req_id="w18-r1",
         round="behavioural", submitted_at="2025-10-15", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person", "british", "quotes"], topic="past project")
n.s("The conversation was about his experience in a factory of tyres.", "c")
n.s("He has a great passion for the computer vision.", "v+", hard="biased")
n.s("He has told that his model was 'the best of the company' but without to explain how it was measured.", "e-", "metrics", hard="negated")
n.s("It seems to me he is a good team member.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("To verify the metrics part in another round.", "c")
notes.append(n)

# ---- c06 Sunita Bhattarai (she), r2: no rollback / failure-mode thinking (i01 only)
n = Note(note_id="w18-n021", candidate_id="w18-c06", interviewer_id="w18-i01", req_id="w18-r2",
         round="system_design", submitted_at="2026-01-20", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british", "headings", "terse"], topic="press line rollout",
         ratings={"risk_awareness": "no_hire", "ml_fundamentals": "hire"})
n.h("Edge rollout design")
n.s("Line with a stamping press; model must run on the existing edge box.", "c")
n.s("She picked a MobileNet-sized backbone and estimated 9 ms on the box from its rated throughput.", "e+", "system_thinking")
n.s("Good quantisation plan: per-channel INT8, calibration images from every plant.", "e+", "ml_fundamentals", "data_intuition", hard="verdict_plus_evidence")
n.s("No rollback.", "e-", "risk_awareness", hard="negated")
n.s("I asked what happens if the new model rejects 20% of parts on day one.", "c", hard="question")
n.s("She said the operators would notice and call someone.", "e-", "risk_awareness", hard="plain_evidence")
n.s("No shadow mode, no canary, no kill switch.", "e-", "risk_awareness", hard="negated")
n.s("On a press line that worries me.", "v-", "risk_awareness")
n.s("Clear speaker.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n022", candidate_id="w18-c06", interviewer_id="w18-i03", req_id="w18-r2",
         round="coding", submitted_at="2026-01-20", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="coding")
n.s("Coded fine.", "v+", "coding")
n.s("Good problem solver, quick.", "v+", "coding")
n.s("No concerns.", "v+")
n.s("Interview cut to 30 min after her connection dropped.", "c")
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n023", candidate_id="w18-c06", interviewer_id="w18-i04", req_id="w18-r2",
         round="data", submitted_at="2026-01-21", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british", "quotes"], topic="labeller disagreement",
         ratings={"data_intuition": "strong_hire"})
n.s("I have presented to Sunita a dataset of labels made by line workers over two shifts, with a disagreement between the shifts on the class 'minor scratch'.", "c", hard="interviewer_action")
n.s("She has asked how the workers were instructed and whether both shifts had the same reference images.", "e+", "data_intuition", hard="question")
n.s("She proposed to send 200 images to both shifts and to measure the agreement before to touch the model.", "e+", "data_intuition")
n.s("On my sample she has computed a kappa of about 0.4 and said that the class is not learnable in this state.", "e+", "data_intuition", "metrics")
n.s("She suggested to give the workers a button 'not sure', so that they are not forced to choose.", "e+", "user_impact", "data_intuition")
n.s("It is a very sensible approach of the labelling.", "v+", "data_intuition")
n.s("She has not considered what to do with the images already used for training.", "e-", "data_intuition", hard="negated")
n.s("I would hire her.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n024", candidate_id="w18-c06", interviewer_id="w18-i06", req_id="w18-r2",
         round="debugging", submitted_at="2026-01-21", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes"], topic="frame drops")
n.b("debug: edge box drops frames under load", "c")
n.b("checked logs first -> found queue backing up during model warmup", "e+", "coding")
n.b("proposed warmup before marking box ready, good", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("asked what the PLC does w/ parts during warmup -> said 'hold them upstream'", "e+", "risk_awareness")
n.b("solid", "v+", hard="bare_verdict")
n.b("comms terse but fine", "v0", "communication", hard="mixed")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w18_notes_part2.jsonl", notes)
