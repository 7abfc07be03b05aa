import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Lucía Fernández (she), r2; i02 vs i06 contradict on data_intuition
n = Note(note_id="w34-n013", candidate_id="w34-c04", interviewer_id="w34-i02", req_id="w34-r2",
         round="data", submitted_at="2025-11-03", recommendation="hire",
         specificity=4, style=["bullets", "fragments"], topic="overlay excursions",
         ratings={"data_intuition": "hire"})
n.s("Data round 60 min. Dataset: litho overlay measurements + tool logs, 14 months, fail = overlay out of spec (0.8%).", "c")
n.b("Leakage check: OK, she saw lot_id alone gave AUC 0.88 and said lot id is encoding which lots were already on hold.", "e+", "data_intuition")
n.b("Split: OK, grouped by lot, last 3 months as test.", "e+", "data_intuition")
n.b("Operator ID feature: OK, she removed it and said the model should not learn to blame single technicians on night shift.", "e+", "user_impact")
n.b("Baseline: OK, compared model vs the existing Western Electric rules on the same months; model caught 11 more excursions at the same alarm count.", "e+", "metrics")
n.b("Threshold: NG, kept 0.5 by default, no talk of cost.", "e-", "judgment", hard="negated")
n.b("Explain: OK.", "v+", "communication")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n014", candidate_id="w34-c04", interviewer_id="w34-i06", req_id="w34-r2",
         round="coding", submitted_at="2025-11-04", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse", "arrows", "abbreviations", "lowercase"], topic="sort data joins")
n.b("coding/data, 45m", "c")
n.b("task: join wafer sort results to tool logs, then fail rate per chamber", "c")
n.b("joined on wafer_id only -> rows tripled b/c rework wafers have 2-3 sort records", "e-", "data_intuition", "coding")
n.b("no row count check before/after join", "e-", "data_intuition", hard="negated")
n.b("i pointed at the count -> 'probably fine, the rate is what matters'", "e-", "learning")
n.b("fail rate per chamber came out ~2x the real one", "e-", "data_intuition")
n.b("code readable, good names", "v+", "coding")
n.b("data sense weak", "v-", "data_intuition")
n.b("LNH", "v-", hard="bare_verdict")
n.b("note: i02 saw her catch lot leakage, maybe an off day? worth a 2nd data round", "c")
notes.append(n)

n = Note(note_id="w34-n015", candidate_id="w34-c04", interviewer_id="w34-i04", req_id="w34-r2",
         round="fundamentals", submitted_at="2025-11-04", recommendation="lean_hire",
         specificity=4, style=["bullets", "third_person"], topic="control charts")
n.s("Round: fundamentals, 45 min, req w34-r2.", "c")
n.b("[Positive, medium] Explained that a Shewhart chart assumes independent samples and showed how autocorrelated sensor readings inflate false alarms, sketching an AR(1) example.", "e+", "ml_fundamentals", marker="1. ")
n.b("[Positive, medium] Before choosing between an EWMA chart and a classifier, asked how many labeled excursions exist (37) and said 37 is too few for a deep model.", "e+", "judgment", marker="2. ")
n.b("[Negative, medium] Said recall at a fixed false-alarm rate and F1 'are the same thing for imbalanced data'.", "e-", "metrics", marker="3. ")
n.b("[Negative, low] Could not explain why calibration matters if engineers read the score as a probability.", "e-", "ml_fundamentals", marker="4. ")
n.b("[Positive, low] When I corrected point 3 she worked an example with 10 fails and got it right on the second try.", "e+", "learning", marker="5. ")
n.nl()
n.s("Communication was clear and ordered.", "v+", "communication")
n.s("Lean hire; fundamentals are uneven.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w34-n016", candidate_id="w34-c04", interviewer_id="w34-i03", req_id="w34-r2",
         round="behavioural", submitted_at="2025-11-05", recommendation="hire",
         specificity=1, style=["prose", "third_person"], topic="stakeholders")
n.s("Lucía was great to talk to.", "v+")
n.s("Strong stakeholder skills and a lot of experience with process engineers.", "v+", "communication", hard="vague_quantity")
n.s("Would fit in well with the team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Kwame Asante (he), r1; no rollback / failure-mode thinking (i04 + i01), passive ownership
n = Note(note_id="w34-n017", candidate_id="w34-c05", interviewer_id="w34-i04", req_id="w34-r1",
         round="system_design", submitted_at="2026-02-10", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "first_person"], topic="deployment to etch tools",
         ratings={"risk_awareness": "no_hire", "system_thinking": "lean_hire"})
n.s("Round: system design, 60 min.", "c")
n.nl()
n.s("Prompt: deploy a wafer-level fail predictor to 40 etch tools; scores feed the night-shift engineer's hold queue.", "c")
n.blank()
n.h("Findings")
n.b("[High] No rollback: asked what happens if a new model version triples hold volume overnight, he said the engineers 'would notice and call us'.", "e-", "risk_awareness", marker="1. ")
n.b("[High] No input drift monitoring; asked how he would know a recipe change broke the model, he suggested checking accuracy 'every quarter'.", "e-", "risk_awareness", marker="2. ")
n.b("[Medium] Put feature extraction from raw 10 Hz traces in the scoring path without estimating latency; when pressed, guessed 'a few seconds' per wafer at 25 wafers per lot.", "e-", "system_thinking", marker="3. ")
n.b("[Positive, medium] Separated the feature store from the scorer and versioned features by recipe ID.", "e+", "system_thinking", marker="4. ")
n.b("[Medium] Asked who reviews the holds at night, answered 'the engineers' himself and never came back to their workload.", "e-", "user_impact", hard="mixed", marker="5. ")
n.b("[Low, positive] Drew the diagram with numbered steps and walked me through it in order.", "e+", "communication", marker="6. ")
n.blank()
n.s("Recommendation: no hire; 1 and 2 are disqualifying for a role that ships to the line.", "v-", "risk_awareness")
notes.append(n)

n = Note(note_id="w34-n018", candidate_id="w34-c05", interviewer_id="w34-i01", req_id="w34-r1",
         round="debugging", submitted_at="2026-02-11", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person"], topic="silent scoring failure")
n.s("Debugging round, 45 minutes.", "c")
n.s("I showed candidate the scoring job which silently stopped producing holds for two nights after tool firmware update.", "c", hard="interviewer_action")
n.s("Kwame read the logs and found within 10 minutes that timestamp format changed from local time to UTC.", "e+", "coding")
n.s("He fixed the parser with correct timezone handling and reran job on sample.", "e+", "coding", hard="plain_evidence")
n.s("I asked what guard should prevent same problem next time, and he answered 'firmware updates are rare'.", "e-", "risk_awareness")
n.s("He did not suggest any alert for when score volume drops to zero.", "e-", "risk_awareness", hard="negated")
n.s("Also he said the missing holds for two nights are 'responsibility of IT team'.", "e-", "ownership")
n.s("Debugging skill is good, but risk thinking is weak.", "v0", "coding", "risk_awareness", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n019", candidate_id="w34-c05", interviewer_id="w34-i05", req_id="w34-r1",
         round="coding", submitted_at="2026-02-11", recommendation="hire",
         specificity=3, style=["prose", "first_person"], topic="die position fail rate")
n.s("Kwame's coding session went smoothly from start to end.", "v+", "coding")
n.s("I asked him to write a function that computes the fail rate per die position across a batch of wafer maps and returns the worst ring.", "c", hard="interviewer_action")
n.s("He wrote it with numpy in one pass and walked me through it line by line.", "e+", "coding", "communication")
n.s("When I asked about wafers with missing dies he added a mask and a test for it.", "e+", "coding")
n.s("He told me about a defect model at his last job that nobody used, and when I asked what happened he said he had 'moved on to the next project'.", "e-", "ownership")
n.s("He is a very calm person.", "v+", hard="biased")
n.s("Very strong coder, hire.", "v+", "coding")
notes.append(n)

n = Note(note_id="w34-n020", candidate_id="w34-c05", interviewer_id="w34-i02", req_id="w34-r1",
         round="data", submitted_at="2026-02-12", recommendation="lean_hire",
         specificity=3, style=["bullets", "fragments"], topic="SEM defect classes")
n.s("Data round, 45 min, SEM defect images with human class labels.", "c")
n.b("Label quality: OK, asked how many people labeled each image and found 12% disagreement between two labelers.", "e+", "data_intuition")
n.b("Class imbalance: OK.", "v+", "ml_fundamentals", hard="tech_vague")
n.b("Model: OK, fine-tuned a small pretrained CNN instead of training from scratch.", "e+", "ml_fundamentals")
n.b("Metric per class: NG, only overall accuracy, rare 'scratch' class hidden inside it.", "e-", "metrics")
n.b("Failure plan: NG.", "v-", "risk_awareness")
n.b("Speed: OK.", "v+")
n.nl()
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Sofia Lindqvist (she), r2; strong
n = Note(note_id="w34-n021", candidate_id="w34-c06", interviewer_id="w34-i01", req_id="w34-r2",
         round="fundamentals", submitted_at="2026-03-02", recommendation="hire",
         specificity=4, style=["prose", "third_person"], topic="control charts vs ML")
n.s("Fundamentals round, 45 min.", "c")
n.s("Question was when to use control chart and when to use ML model for excursion detection.", "c", hard="question")
n.s("Sofia said control chart is right for single stable parameter, because engineers understand it and false alarm rate is known in advance.", "e+", "judgment")
n.s("She said ML model is useful only when failure comes from interaction of many sensors, and gave example of chamber pressure and RF power drifting together.", "e+", "ml_fundamentals")
n.s("She explained that with 0.2% fail rate ROC curve looks good even when precision is terrible, and computed precision at 1% false positive rate on 100k wafers.", "e+", "metrics")
n.s("When I asked about deep learning on raw traces, she said she would not start there with only 200 failures.", "e+", "judgment")
n.s("One mistake: she said L1 regularization always gives better calibration, which is not correct.", "e-", "ml_fundamentals")
n.s("When I questioned it she thought again and said she mixed it up with sparsity.", "e+", "learning")
n.s("Very clear explanation.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n022", candidate_id="w34-c06", interviewer_id="w34-i06", req_id="w34-r2",
         round="coding", submitted_at="2026-03-03", recommendation="strong_hire",
         specificity=4, style=["bullets", "terse", "arrows", "abbreviations"], topic="CUSUM")
n.b("coding 45m, r2", "c")
n.b("q: CUSUM detector on a sensor stream, then eval vs labeled excursions", "c", hard="question")
n.b("asked first: reset after alarm or not? -> good clarifying q", "e+", "judgment", hard="question")
n.b("wrote CUSUM in ~12 lines, O(n), tested w/ synthetic 2-sigma step change", "e+", "coding")
n.b("found her own bug: k/h params swapped -> fixed, re-ran", "e+", "coding")
n.b("eval = detection delay + false alarms/week, not accuracy", "e+", "metrics")
n.b("said night shift can handle ~3 alarms/shift max -> tuned h to that", "e+", "user_impact", "judgment")
n.b("v strong", "v+")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n023", candidate_id="w34-c06", interviewer_id="w34-i05", req_id="w34-r2",
         round="behavioural", submitted_at="2026-03-03", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person"], topic="maintenance scheduling")
n.s("Sofia's behavioural round was the highlight of my week.", "v+")
n.s("I asked her to tell me about a time a model she owned hurt someone.", "c", hard="question")
n.s("She described a maintenance scheduling model at her last plant that pushed work to weekends, so the same two technicians got every call.", "e0")
n.s("She said she noticed it from the on-call roster, not from any metric, and went to talk to the technicians herself.", "e+", "user_impact", "ownership")
n.s("Then she added a cap on weekend load per technician and shipped it within a month.", "e+", "ownership")
n.s("When I asked what she would do differently, she said she should have asked the technicians before launch, not after.", "e+", "learning")
n.s("Ownership and care for the people affected are clearly there.", "v+", "ownership", "user_impact")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n024", candidate_id="w34-c06", interviewer_id="w34-i04", req_id="w34-r2",
         round="data", submitted_at="2026-03-04", recommendation="hire",
         specificity=4, style=["bullets", "third_person"], topic="label leakage")
n.s("Round: data, 60 min.", "c")
n.b("[Positive, high] Found that 'lot_priority' was set after engineers flagged a lot, i.e. it encodes the label; removed it.", "e+", "data_intuition", marker="1. ")
n.b("[Positive, medium] Used a time split and showed that a model trained before the Q3 recipe change loses 0.15 recall after it.", "e+", "risk_awareness", marker="2. ")
n.b("[Negative, medium] Tuned the threshold on the test months, so the reported number is optimistic.", "e-", "metrics", marker="3. ")
n.b("[Negative, low] When I pointed that out, said 'it's only a few points' before agreeing to use a validation window.", "e-", "learning", hard="mixed", marker="4. ")
n.b("[Positive, low] Wrote the per-chamber groupby correctly the first time.", "e+", "coding", marker="5. ")
n.nl()
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w34_notes_part2.jsonl", notes)
