import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# candidate c07 Sione (they), r1 - defends when challenged
n = Note(note_id="w52-n031", candidate_id="w52-c07", interviewer_id="w52-i04", req_id="w52-r1",
         round="fundamentals", submitted_at="2026-08-04", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="class imbalance")
n.h("Round")
n.b("Fundamentals, 45 minutes, 3 questions.", "c")
n.b("Q1: person detector trained on daytime porches; what breaks at night?", "c", hard="question")
n.b("Q2: how to handle 1 person frame per 200 empty frames.", "c", hard="question")
n.b("Q3: how to explain a recall drop to the product owner.", "c", hard="question")
n.h("Findings")
n.b("1. Sione said night frames only need brightening and the model would transfer, and did not mention IR or sensor noise.", "e-", "ml_fundamentals", "data_intuition")
n.b("2. On imbalance, they proposed focal loss and explained that it down-weights easy negatives by the (1-p)^gamma term.", "e+", "ml_fundamentals")
n.b("3. They then claimed focal loss makes the scores calibrated, which is the opposite of what it does.", "e-", "ml_fundamentals")
n.b("4. I pointed to the calibration claim; they said 'I've used it in production, it's fine' and did not reconsider.", "e-", "learning")
n.b("5. For Q3 they read out precision and recall numbers with no sentence on what customers would notice.", "e-", "communication", "user_impact")
n.b("6. They did not ask a single clarifying question in 45 minutes.", "e-", "judgment", hard="negated")
n.h("Verdict")
n.b("No hire: findings 1, 3, 4 and 6 are each disqualifying at this level.", "v-", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w52-n032", candidate_id="w52-c07", interviewer_id="w52-i01", req_id="w52-r1",
         round="system_design", submitted_at="2026-08-04", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="bandwidth")
n.s("I asked Sione to design clip upload for cameras on weak home Wi-Fi.", "c", hard="interviewer_action")
n.s("They proposed uploading a 2-second preview first and the full clip only if the user opens the alert, which cuts upload by most of the volume.", "e+", "system_thinking")
n.s("They estimated preview size at 150 KB and full clips at 3 MB, and did the daily math without prompting.", "e+", "system_thinking")
n.s("They did not consider that the camera might lose power before the full clip was requested, losing evidence of a break-in.", "e-", "risk_awareness", "user_impact", hard="negated")
n.s("When I raised that case, they said it was 'an edge case we can ignore'.", "e-", "learning", "judgment")
n.s("I pressed again with a burglary example, and they repeated the same answer.", "e-", "learning")
n.s("They also interrupted me twice while I was describing the constraints.", "e-", "communication", hard="plain_evidence")
n.s("The bandwidth design itself was good.", "v+", "system_thinking")
n.s("Lean no hire; the defensiveness is my main concern and I would like another interviewer to probe it.", "v-", "learning")
notes.append(n)

n = Note(note_id="w52-n033", candidate_id="w52-c07", interviewer_id="w52-i05", req_id="w52-r1",
         round="coding", submitted_at="2026-08-05", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="tracking")
n.s("I had Sione implement a simple tracker that links detections across frames by IoU.", "c")
n.s("They wrote it quickly and it ran on my example on the first try.", "e+", "coding")
n.s("They added an age counter so tracks die after 5 missed frames, which I really liked.", "e+", "coding")
n.s("They are obviously a very talented engineer.", "v+", "coding")
n.s("When I asked about two people crossing, they said the IoU tracker would swap IDs and that it's 'good enough for alerts'.", "e0", "judgment", hard="mixed")
n.s("I didn't see any of the defensiveness others mentioned.", "c")
n.s("Confident and fast!", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n034", candidate_id="w52-c07", interviewer_id="w52-i06", req_id="w52-r1",
         round="behavioural", submitted_at="2026-08-05", recommendation="no_hire", specificity=4,
         style=["bullets", "lowercase", "arrows", "quotes"], topic="ownership")
n.b("beh: 'tell me about a model you shipped that hurt users'", "c", hard="question")
n.b("story: detector that flagged shadows as people -> 'the labeling vendor messed up'", "e-", "ownership")
n.b("asked what they changed after -> 'nothing, vendor fixed it'", "e-", "ownership", "learning")
n.b("no mention of the customers who got the alerts", "e-", "user_impact", hard="negated")
n.b("asked what they'd do differently -> 'honestly nothing'", "e-", "learning")
n.b("3rd interviewer to see this pattern", "c")
n.b("nh", "v-", hard="bare_verdict")
notes.append(n)

# candidate c08 Ingrid (she), r2 - strong, written vaguely by i03, adapts after hints
n = Note(note_id="w52-n035", candidate_id="w52-c08", interviewer_id="w52-i03", req_id="w52-r2",
         round="data", submitted_at="2026-09-15", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="churn model")
n.s("Data round with Ingrid.", "c")
n.s("Very impressive.", "v+")
n.s("Really knows churn modeling.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Great data sense.", "v+", "data_intuition")
n.s("Spent the first half on the dataset and the rest on a model.", "c")
n.s("She asked how cancellations through the app store are recorded versus on the website.", "e+", "data_intuition", hard="question")
n.s("Thought about the customer a lot.", "v+", "user_impact", hard="vague_quantity")
n.s("Would be a strong addition.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n036", candidate_id="w52-c08", interviewer_id="w52-i01", req_id="w52-r2",
         round="system_design", submitted_at="2026-09-15", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "american"], topic="churn intervention")
n.s("Ingrid was asked to design a system to reduce subscription churn caused by alert fatigue.", "c")
n.s("She first asked whether churned users had turned off notifications before cancelling, and how long before.", "e+", "data_intuition", "judgment")
n.s("She proposed a weekly score per household and a settings nudge, not a discount, for households with rising dismiss rates.", "e+", "system_thinking", "user_impact")
n.s("She said a discount would keep paying users who are already annoyed, so retention would look good while complaints stayed high.", "e+", "metrics", "user_impact")
n.s("She defined the primary metric as 90-day retention and added a guardrail on missed-person reports.", "e+", "metrics", "risk_awareness")
n.s("When I told her the settings screen could not change this quarter, she moved the nudge into the alert itself and said it was a weaker option.", "e+", "learning", "judgment")
n.s("She asked who on the support team would handle the households that reply to the nudge.", "e+", "ownership", "user_impact")
n.s("She drew the pipeline once and referred back to it instead of redrawing.", "e+", "communication")
n.s("Strong hire: each decision above came with its reason.", "v+", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w52-n037", candidate_id="w52-c08", interviewer_id="w52-i02", req_id="w52-r2",
         round="coding", submitted_at="2026-09-16", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american", "typos"], topic="survival analysis")
n.s("Gave Ingrid a pandas notebook to compute time-to-cancel curves.", "c", hard="interviewer_action")
n.s("She got tangled up at first treating active subs as cancelled on the last day of data.", "e-", "data_intuition", "coding")
n.s("I hinted at censoring and she fixed it in about three minuets and explained why the curve had been too steep.", "e+", "learning", "ml_fundamentals", hard="interviewer_action")
n.s("Wrote a lil helper and tested it on a 4-row table she made up.", "e+", "coding")
n.s("Knows her way around a dataframe.", "v+", "coding")
n.s("Hire, fixin' to put her on my team if I can.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n038", candidate_id="w52-c08", interviewer_id="w52-i04", req_id="w52-r2",
         round="behavioural", submitted_at="2026-09-16", recommendation="hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="disagreement")
n.h("Findings")
n.b("1. Ingrid described overruling her own analysis when a field test showed the churn model missed renters entirely.", "e+", "learning", "user_impact")
n.b("2. She said she told her director the model should not launch until renters were in the training data, and that it slipped a month.", "e+", "ownership", "judgment")
n.b("3. She could not say what metric the director used to judge that decision afterwards.", "e-", "metrics")
n.b("4. Answers were well structured.", "v+", "communication")
n.h("Verdict")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w52-n039", candidate_id="w52-c15", interviewer_id="w52-i06", req_id="w52-r1",
         round="coding", submitted_at="2025-04-02", recommendation="hire", specificity=4,
         style=["bullets", "lowercase", "arrows", "abbreviations"], topic="quantization")
n.b("coding: int8 quantize a conv layer's weights in numpy", "c")
n.b("asked per-tensor or per-channel before starting", "e+", "judgment", "ml_fundamentals")
n.b("wrote scale/zero-point right, tested on a tiny array w/ neg values", "e+", "coding")
n.b("forgot rounding mode -> caught it comparing to float output", "e0", "coding", hard="mixed")
n.b("explained why clipping outliers helps small objects -> clear", "e+", "ml_fundamentals", "communication")
n.b("asked who owns the calibration set -> said she'd maintain it herself", "e+", "ownership")
n.b("h", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n040", candidate_id="w52-c16", interviewer_id="w52-i02", req_id="w52-r1",
         round="system_design", submitted_at="2025-12-08", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="pet detection")
n.s("Asked Marcus to design a pet filter so folks stop getting woke up by raccoons.", "c", hard="interviewer_action")
n.s("He jumped straight into a big cloud model without asking what the camera could do.", "e-", "judgment", "system_thinking")
n.s("Never once asked about battery.", "e-", "system_thinking", hard="negated")
n.s("He did say we should let users mark their own dog as 'known pet' so it never alerts.", "e+", "user_impact")
n.s("Lots of buzzwords.", "v-", hard="tech_vague")
n.s("Good ol' boy, real friendly.", "v+", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w52_notes_part4.jsonl", notes)
