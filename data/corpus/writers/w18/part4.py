import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w18-n037", candidate_id="w18-c13", interviewer_id="w18-i05", req_id="w18-r1",
         round="system_design", submitted_at="2025-02-06", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british", "quotes"], topic="glass panel inspection",
         ratings={"judgment": "strong_hire", "user_impact": "strong_hire"})
n.s("Yusuf had the glass-panel inspection problem, the one with all the reflections.", "c")
n.s("Right at the start he asked how many panels an hour the line runs and what a missed crack costs the customer, and I told him 600 an hour and a possible warranty recall.", "e+", "judgment", hard="question")
n.s("From there he worked out that even a 1% false-reject rate would mean six panels an hour pulled for manual checks, and asked whether the line had people for that.", "e+", "metrics")
n.s("He suggested polarised lighting before any model, saying the reflections were a physics problem first.", "e+", "judgment")
n.s("For the model he proposed training on good panels only and scoring anomalies, because there were only 14 cracked ones in the archive.", "e+", "ml_fundamentals", "data_intuition")
n.s("I pushed him: 'what if a new type of defect appears?'", "c", hard="interviewer_action")
n.s("He said anomaly scoring would flag it as unusual even without a label, but the threshold would need revisiting with quality, and he'd log every flagged panel for review.", "e+", "ml_fundamentals")
n.s("His rollout was lovely: two weeks in shadow mode, the model's calls logged next to the inspectors', and a switch the shift lead can flip back.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("He even asked what the inspectors would do once the model took over, and suggested they become the reviewers of flagged panels rather than lose the role.", "e+", "user_impact")
n.s("When I asked how he'd explain the threshold to the plant manager, he said 'every notch we move it costs about four panels a shift in manual checks' and left it there.", "e+", "communication")
n.s("We finished five minutes early.", "c")
n.s("I genuinely learned something.", "v+")
n.s("Strong hire, no hesitation at all.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n038", candidate_id="w18-c14", interviewer_id="w18-i06", req_id="w18-r2",
         round="coding", submitted_at="2025-02-19", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes", "typos"], topic="int8 quantisation code")
n.b("coding 45m: int8 quantise/dequantise a tensor, per-channel scales", "c")
n.b("asked if scales should be symmetric -> I said her call", "e+", "judgment", hard="question")
n.b("went symmetric, reason: simpler kernels on the box", "e+", "judgment")
n.b("scale = max/127 but used max not max abs -> negatives clipped", "e-", "coding")
n.b("didnt run a single example for ~25 min", "e-", "coding", hard="negated")
n.b("when run -> outputs off, she blamed numpy rounding", "e-", "coding")
n.b("I pointed at the negative values -> got it, fixed fast", "e+", "learning")
n.b("explained per-channel vs per-tensor: one outlier channel blows up a shared scale", "e+", "ml_fundamentals")
n.b("q: round half to even? -> didnt know, said she'd check the docs", "e0", "coding")
n.b("LNH on the coding bar", "v-", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n039", candidate_id="w18-c15", interviewer_id="w18-i01", req_id="w18-r1",
         round="debugging", submitted_at="2025-04-01", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british", "headings", "terse", "quotes"], topic="Monday false rejects")
n.h("Debugging")
n.s("Given: a defect classifier that rejects more parts on Mondays.", "c")
n.s("Arjun asked what happens on Mondays.", "e+", "judgment", hard="plain_evidence")
n.s("Told him the line restarts cold after the weekend.", "c", hard="interviewer_action")
n.s("He guessed condensation on the lens and asked for images from the first hour.", "e+", "data_intuition", hard="hedged")
n.s("He found them hazy.", "e+", "data_intuition", hard="plain_evidence")
n.s("Suggested a lens heater and a sharpness check that holds inspection until the glass clears.", "e+", "risk_awareness")
n.s("Did not retrain.", "e+", "judgment", hard="negated")
n.s("Good.", "v+", "judgment", hard="bare_verdict")
n.s("He put the fix the way you would to a maintenance fitter: 'warm the glass, then look'.", "e+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n040", candidate_id="w18-c16", interviewer_id="w18-i02", req_id="w18-r2",
         round="fundamentals", submitted_at="2025-04-23", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "british", "quotes", "qa"], topic="distillation and batch-norm",
         ratings={"ml_fundamentals": "no_hire", "learning": "hire"})
n.b("Round: fundamentals, 45 min.", "c")
n.b("Q1: why can a small model trained by distillation beat the same model trained on hard labels?", "c", hard="question")
n.b("A1: said it works because 'the teacher is bigger'; could not say what the soft targets carry.", "e-", "ml_fundamentals")
n.b("Q2: effect of quantisation on a model whose batch-norm has not been folded.", "c")
n.b("A2: said batch-norm is removed at inference.", "e-", "ml_fundamentals")
n.b("Q3: overfitting with 60 defect images.", "c")
n.b("A3: proposed heavy augmentation and early stopping, and noted that a validation set with 12 defects is too small to trust the stopping point.", "e+", "ml_fundamentals", "data_intuition")
n.b("Metrics: chose recall at a fixed false-reject rate unprompted and said the plant sets the false-reject budget.", "e+", "metrics")
n.b("Learning: when corrected on batch-norm, asked how folding works and repeated it back correctly.", "e+", "learning")
n.b("Communication: answers short and direct.", "v+", "communication")
n.b("Verdict: LNH; the fundamentals gaps are too wide for the level.", "v-", "ml_fundamentals")
notes.append(n)

n = Note(note_id="w18-n041", candidate_id="w18-c17", interviewer_id="w18-i04", req_id="w18-r1",
         round="behavioural", submitted_at="2025-06-11", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british", "quotes"], topic="conflict with quality")
n.s("The interview was consecrated to his experiences of team work and of conflicts.", "c")
n.s("Haruto has told of a conflict with a quality engineer who refused the model because of too many false rejects.", "e0", "communication")
n.s("He said he went on the line during two days to see himself the rejected parts, and found that half were real defects missed by the old process.", "e+", "ownership")
n.s("After this he has organised a weekly review of twenty rejects together with the engineer.", "e+", "communication", "ownership")
n.s("I have demanded what he would do differently.", "c", hard="question")
n.s("He answered 'nothing', which I found a little proud.", "e-", "learning")
n.s("He is very sympathetic.", "v+", hard="biased")
n.s("He has a good feeling of the terrain.", "v+", hard="tech_vague")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n042", candidate_id="w18-c18", interviewer_id="w18-i03", req_id="w18-r1",
         round="data", submitted_at="2025-06-30", recommendation="lean_no_hire", specificity=2,
         style=["terse", "fragments"], topic="labels")
n.s("Data round.", "c")
n.s("Only covered the first exercise.", "c")
n.s("Weak on labels.", "v-", "data_intuition")
n.s("Didn't ask who labelled anything.", "e-", "data_intuition", hard="negated")
n.s("Not sure she's ready.", "v-", hard="hedged")
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n043", candidate_id="w18-c19", interviewer_id="w18-i05", req_id="w18-r2",
         round="system_design", submitted_at="2025-08-14", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="multi-plant versioning")
n.s("Aroha and I did the multi-plant model versioning problem.", "c")
n.s("She opened with a really thoughtful question about which plants share the same camera model.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Her architecture had a registry, per-plant canaries and a rollback button, all drawn neatly.", "e+", "system_thinking", "risk_awareness")
n.s("I loved her energy.", "v+", hard="biased")
n.s("She said the plant managers would get a one-page weekly summary of version, reject rate and escapes.", "e+", "communication")
n.s("I think she may have skipped how the edge boxes get updated while offline, but honestly we ran short on time.", "e-", "system_thinking", hard="hedged")
n.s("Very strong communicator.", "v+", "communication")
n.s("Knows MLOps inside out.", "v+", "system_thinking", hard="tech_vague")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n044", candidate_id="w18-c20", interviewer_id="w18-i06", req_id="w18-r2",
         round="debugging", submitted_at="2025-08-27", recommendation="no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes"], topic="edge SDK regression",
         ratings={"learning": "no_hire", "ownership": "no_hire"})
n.b("debug: accuracy drop after moving model to new edge SDK", "c")
n.b("spent 20 min retuning lr on the server -> unrelated to SDK change", "e-", "judgment")
n.b("never opened the export log w/ 'unsupported op, falling back' warning", "e-", "coding", hard="negated")
n.b("I pointed at the log -> 'warnings are normal'", "e-", "learning")
n.b("2nd nudge -> found the op, still no plan to check other plants", "e-", "risk_awareness", hard="mixed")
n.b("blamed 'the SDK team' for not documenting it", "e-", "ownership")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n045", candidate_id="w18-c21", interviewer_id="w18-i01", req_id="w18-r1",
         round="system_design", submitted_at="2025-12-02", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "british", "headings", "terse"], topic="brake disc cracks",
         ratings={"metrics": "strong_hire", "risk_awareness": "strong_hire", "user_impact": "hire"})
n.h("Design")
n.s("Task: inspect brake discs for cracks; two plants now, five next year.", "c")
n.s("Zanele asked for the scrap cost and the recall cost.", "e+", "judgment", hard="question")
n.s("I gave her about €40 a disc and about €2M a recall.", "c", hard="interviewer_action")
n.s("She set the operating point from those numbers: accept up to one false reject per 200 discs to push recall up.", "e+", "metrics")
n.s("She said the model flags, it does not pass: discs it clears still go through the dye test for the first quarter.", "e+", "risk_awareness")
n.s("Per-plant calibration set of 300 images, refreshed whenever a camera is swapped.", "e+", "data_intuition")
n.s("Registry with plant, model hash and date; every disc record carries the hash.", "e+", "system_thinking")
n.s("Asked who works the reject station and how they see the reason for a reject.", "e+", "user_impact", hard="question")
n.s("Proposed a heatmap on the station screen so the worker can overrule the model.", "e+", "user_impact")
n.s("When I said the second plant has no GPU, she dropped to a smaller model and redid the latency sum: 22 ms.", "e+", "learning", "system_thinking")
n.s("Best design I've had this year.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n046", candidate_id="w18-c22", interviewer_id="w18-i02", req_id="w18-r1",
         round="data", submitted_at="2025-12-09", recommendation="hire", specificity=4,
         style=["bullets", "british"], topic="label noise across plants")
n.b("Round: data, 45 min.", "c")
n.b("Dataset: 8,000 surface images from three plants, labelled by line workers, 2% defective.", "c")
n.b("Split: grouped by plant and by day before any modelling.", "e+", "data_intuition")
n.b("Labels: sampled 100 per plant and found plant B marking dust as defects.", "e+", "data_intuition")
n.b("Imbalance: proposed weighted sampling; did not discuss how it shifts the predicted probabilities.", "e-", "ml_fundamentals", hard="negated")
n.b("Metrics: reported precision and recall per plant, not pooled.", "e+", "metrics")
n.b("User impact: asked whether line workers hear back when their labels are overruled.", "e+", "user_impact", hard="question")
n.b("Judgement: chose to relabel plant B rather than drop it, and estimated two days' work.", "e+", "judgment")
n.b("Communication: adequate.", "v0", "communication")
n.b("Verdict: H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n047", candidate_id="w18-c23", interviewer_id="w18-i04", req_id="w18-r2",
         round="fundamentals", submitted_at="2026-01-07", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="pruning and distillation")
n.s("I have interrogated Emma on the bases of quantisation and of pruning.", "c", hard="interviewer_action")
n.s("She has explained that pruning half of the weights does not give automatically a two times speed-up, because the hardware needs a structured sparsity.", "e+", "ml_fundamentals")
n.s("On the distillation she was less at ease.", "v-", "ml_fundamentals")
n.s("She could not say how to choose the temperature.", "e-", "ml_fundamentals", hard="negated")
n.s("She has a good theoretical level in general.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I have corrected her on the temperature, she took a note and asked me for a reference.", "e+", "learning")
n.s("Her explanations are well structured.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n048", candidate_id="w18-c24", interviewer_id="w18-i05", req_id="w18-r1",
         round="coding", submitted_at="2026-02-24", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="heatmap peaks")
n.s("Diego had the defect-heatmap question: find the k hottest regions in a score map.", "c")
n.s("He began with a brute-force version, which I always like to see first.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Then he moved to a heap and it was far quicker on my 1,000 by 1,000 example.", "e+", "coding")
n.s("He forgot that neighbouring peaks should be suppressed, and when I mentioned it he added a radius check straight away.", "e0", "coding", "learning", hard="mixed")
n.s("He talked the whole way through, which I enjoyed, though I did lose him now and then.", "v0", "communication", hard="mixed")
n.s("A bit nervous at first, bless him.", "v-", hard="biased")
n.s("A warm lean hire from me.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w18_notes_part4.jsonl", notes)
