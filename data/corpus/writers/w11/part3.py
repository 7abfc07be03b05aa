import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Diego Morales (he), r1 Document AI ----
n = Note(note_id="w11-n025", candidate_id="w11-c07", interviewer_id="w11-i01", req_id="w11-r1",
         round="behavioural", submitted_at="2025-09-02", recommendation="lean_no_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="ownership after release",
         ratings={"ownership": "no_hire", "judgment": "hire"})
n.s("Behavioural interview, forty-five minutes, conducted in person at the Leeds office.", "c")
n.s("I asked Mr Morales to describe a project in which something went wrong after release.", "c", hard="question")
n.s("He described an invoice extraction model whose accuracy on VAT numbers fell from 96% to 81% following a supplier's change of template.", "e0")
n.s("Asked who had noticed the fall, he said an adjuster raised it with his manager some three weeks after the change.", "e-", "risk_awareness")
n.s("Asked what he did next, he said he 'waited for the ticket to be prioritised' by the platform team.", "e-", "ownership")
n.s("He did not describe any step he had taken himself to investigate in the interim.", "e-", "ownership", hard="negated")
n.s("He further mentioned that he had not informed the affected adjusters of the fall, as he assumed his manager would do so.", "e-", "ownership")
n.s("I asked whether, in retrospect, he would have acted differently.", "c", hard="question")
n.s("He said that monitoring 'should have been set up by MLOps', and did not volunteer what he himself might have done.", "e-", "ownership")
n.s("Upon a second, more pointed question, he acknowledged that he could have added a simple per-field accuracy check.", "e0", "learning", hard="mixed")
n.s("On the subject of disagreement, he gave a clear account of persuading a product manager to postpone a launch until a further 500 forms had been hand-labelled.", "e+", "judgment")
n.s("He put the case to me as he had put it to the PM: one more week of labelling would show whether the 2% gain was genuine.", "e+", "communication")
n.s("Nonetheless, the pattern of passive ownership is, in my view, a material concern for this role.", "v-", "ownership")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n026", candidate_id="w11-c07", interviewer_id="w11-i02", req_id="w11-r1",
         round="coding", submitted_at="2025-09-03", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes"], topic="record deduplication")
n.b("coding, 60 min", "c")
n.b("q: dedupe extracted claim records w/ fuzzy name + date match", "c", hard="question")
n.b("clarified first: 'do we care more about false merges or missed dupes'", "e+", "judgment", hard="question")
n.b("-> chose to bias toward missed dupes b/c a false merge = wrong payout", "e+", "judgment")
n.b("used blocking on postcode + dob to avoid n^2 -> ran in <1s on the 50k rows I gave him", "e+", "coding")
n.b("said jaro-winkler is weak on short names, picked it anyway w/ a length cutoff", "e+", "coding")
n.b("tests: happy path only, added edge cases when asked", "e0", "coding", hard="mixed")
n.b("didn't handle null dob -> crashed on my 2nd test file", "e-", "coding", hard="negated")
n.b("fixed in ~2 min once he saw the trace", "e+", "learning")
n.b("good coder, bit passive in discussion tho", "v0", hard="mixed")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n027", candidate_id="w11-c07", interviewer_id="w11-i04", req_id="w11-r1",
         round="system_design", submitted_at="2025-09-04", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="legacy document migration")
n.s("Diego was wonderful, so calm and thoughtful!", "v+")
n.s("Design question: an OCR pipeline for 100k pages of legacy policy documents ahead of a migration.", "c")
n.s("He had a fantastic grasp of the whole document AI stack.", "v+", "system_thinking", hard="tech_vague")
n.s("He split the work into page classification, OCR and field extraction, and proposed running the cheap classifier first so blank and duplicate pages never reach the expensive OCR.", "e+", "system_thinking")
n.s("He estimated OCR cost at around £0.002 per page and said the whole backlog would come to about £200.", "e+", "system_thinking")
n.s("When I asked who would own the pipeline after the migration, he said that would be 'decided by management.'", "e-", "ownership")
n.s("Tons of relevant experience.", "v+", hard="vague_quantity")
n.s("A few small gaps but nothing worrying.", "v+")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n028", candidate_id="w11-c07", interviewer_id="w11-i07", req_id="w11-r1",
         round="debugging", submitted_at="2025-09-05", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="train/serve preprocessing skew")
n.s("Debugging round, 50 minutes.", "c")
n.s("I gave Diego a notebook in which a receipt-total extractor scored 0.93 on validation but 0.71 on a fresh production batch.", "c", hard="interviewer_action")
n.s("Before looking at any code he said the production batch was 'probably just harder'.", "e-", "judgment")
n.s("He then checked the preprocessing and found that validation images had been resized before OCR while production images had not.", "e+", "data_intuition")
n.s("That was the planted bug, and he found it in about fifteen minutes.", "e+", "coding")
n.s("I asked what he would change so it could not happen again.", "c", hard="question")
n.s("He suggested someone 'on the platform side' should add a shared preprocessing library, and did not offer to write it or raise it himself.", "e-", "ownership")
n.s("When I asked directly whether he would take it on, he said he would if it were assigned to him.", "e-", "ownership")
n.s("Technically capable, but the ownership answers worry me.", "v0", "ownership", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---- c08 Mei Lin Chen (she), r2 Pricing ----
n = Note(note_id="w11-n029", candidate_id="w11-c08", interviewer_id="w11-i02", req_id="w11-r2",
         round="system_design", submitted_at="2025-10-07", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="pricing monitoring and rollback")
n.b("sys design - pricing model monitoring + rollback", "c")
n.b("setup: new home pricing model live 2 wks, conversion down 6% in Scotland", "c")
n.b("asked first whether competitors had moved prices in Scotland that fortnight", "e+", "metrics", hard="question")
n.b("proposed segment dashboards: conversion, avg premium, loss ratio proxy by region + channel", "e+", "metrics")
n.b("rollback = flag-based switch to prev model, said she'd want the switch tested monthly", "e+", "risk_awareness")
n.b("I pushed on her 5% drop threshold -> she agreed it was arbitrary + reworked it as a control chart on 8 wks of history", "e+", "learning")
n.b("sizing of the monitoring jobs ~ back of envelope, fine", "e0", "system_thinking")
n.b("didn't mention who gets paged", "e-", "risk_awareness", hard="negated")
n.b("strong imo, takes pushback well", "v+", "learning")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n030", candidate_id="w11-c08", interviewer_id="w11-i03", req_id="w11-r2",
         round="coding", submitted_at="2025-10-08", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="coding")
n.s("Coding with Mei Lin.", "c")
n.s("Solid.", "v+", hard="bare_verdict")
n.s("Finished the problem.", "e+", "coding", hard="plain_evidence")
n.s("A bit slow at the start.", "v-", "coding")
n.s("Decent grasp of pandas.", "v+", "coding", hard="tech_vague")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n031", candidate_id="w11-c08", interviewer_id="w11-i05", req_id="w11-r2",
         round="fundamentals", submitted_at="2025-10-09", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "quotes", "headings"], topic="GLMs and monotonic constraints",
         ratings={"ml_fundamentals": "lean_hire", "learning": "no_hire", "metrics": "hire"})
n.h("Fundamentals - GLMs, GBMs and monotonic constraints")
n.b("Q: why might a regulator prefer a GLM to a GBM for motor pricing?", "c", hard="question")
n.b("Said 'interpretability, each factor has a relativity you can show them' and added that a GBM can still be constrained to be monotonic in e.g. no-claims years.", "e+", "ml_fundamentals")
n.b("Q: in your GBM, premium falls from driver age 24 to 25 then rises again at 26, what do you do", "c", hard="question")
n.b("Answer: 'That's real signal, the data says so.'", "e-", "ml_fundamentals")
n.b("I pointed out there were only 212 policies in the 26 band.", "c", hard="interviewer_action")
n.b("She replied 'the model has regularisation, it handles that' and did not revisit the claim.", "e-", "learning")
n.b("I asked a third time, framed as the regulator asking.", "c", hard="interviewer_action")
n.b("Said 'I'd explain the model to them' and became noticeably short with me.", "e-", "learning", "communication")
n.b("Explained correctly that Poisson deviance, not RMSE, is the right yardstick for a frequency model on holdout.", "e+", "ml_fundamentals")
n.b("Q: how would you validate a new model before release", "c", hard="question")
n.b("Good answer: out-of-time holdout by policy year, double-lift chart against the current model, calibration by decile.", "e+", "metrics", hard="verdict_plus_evidence")
n.b("Drew the double-lift chart correctly when asked and read off where the new model wins.", "e+", "metrics")
n.h("Verdict")
n.b("Lean no hire: solid textbook knowledge, but defended a clearly noisy artefact three times when challenged.", "e-", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w11-n032", candidate_id="w11-c08", interviewer_id="w11-i06", req_id="w11-r2",
         round="behavioural", submitted_at="2025-10-10", recommendation="hire", specificity=3,
         style=["prose", "headings", "first_person", "third_person"], topic="handling criticism")
n.h("Context")
n.s("Behavioural, 45 min, on disagreement with PMs and handling criticism.", "c")
n.blank()
n.h("What happened")
n.s("Mei Lin described a PM who wanted to drop a young-driver telematics discount; she said she ran the numbers and ended up agreeing with the PM.", "e+", "judgment")
n.s("I asked how she handles being told she is wrong.", "c", hard="question")
n.s("She said she usually 'sleeps on it' and comes back the next day, and gave an example of changing a feature after a peer review.", "e+", "learning")
n.s("I think she is more open in a low-pressure setting than in a live technical challenge.", "v0", "learning", hard="hedged")
n.blank()
n.h("Concerns")
n.s("Some mild defensiveness, maybe.", "v-", "learning", hard="hedged")
n.s("Generally a good communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c09 Rowan Kelly (they), r1 Document AI ----
n = Note(note_id="w11-n033", candidate_id="w11-c09", interviewer_id="w11-i03", req_id="w11-r1",
         round="system_design", submitted_at="2025-11-04", recommendation="lean_hire", specificity=1,
         style=["terse"], topic="system design")
n.s("Rowan, sys design.", "c")
n.s("Good overall.", "v+", hard="bare_verdict")
n.s("Knows document AI well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Some rough edges.", "v-")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n034", candidate_id="w11-c09", interviewer_id="w11-i04", req_id="w11-r1",
         round="data", submitted_at="2025-11-05", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="medical claim forms")
n.s("Rowan was such a friendly, warm person to interview.", "v+", hard="biased")
n.s("Data round: I handed over 2,000 unlabelled scanned medical claim forms and a deliberately vague brief from a 'stakeholder' who wanted 'better extraction'.", "c", hard="interviewer_action")
n.s("They dived straight into labelling a sample without asking what 'better' meant or which fields mattered.", "e-", "judgment", hard="negated")
n.s("Lovely clean labelling schema with 14 fields, very thoughtful!", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("When I asked which fields the claims team actually used, they said 'probably all of them' and carried on.", "e-", "judgment")
n.s("Super enthusiastic and hard-working.", "v+")
n.s("Lean hire, they'll be great with a bit of mentoring.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n035", candidate_id="w11-c09", interviewer_id="w11-i05", req_id="w11-r1",
         round="coding", submitted_at="2025-11-06", recommendation="hire", specificity=5,
         style=["bullets", "quotes", "headings"], topic="confidence routing",
         ratings={"coding": "hire", "judgment": "hire"})
n.h("Coding - confidence-threshold router")
n.b("Task: write a function that takes extracted fields with confidences and routes each claim to auto-process, review or reject.", "c", hard="interviewer_action")
n.b("Asked 'what's the cost of a wrong auto-process versus a needless review' before writing code.", "e+", "judgment", hard="question")
n.b("I told them to assume 20:1.", "c", hard="interviewer_action")
n.b("Derived the threshold from that ratio on the whiteboard: route to review when P(correct) < 0.95.", "e+", "ml_fundamentals")
n.b("Wrote the function in about 15 minutes with type hints and a dataclass for the result.", "e+", "coding")
n.b("Tests: boundary at exactly 0.95, missing confidence, empty field list.", "e+", "coding", hard="plain_evidence")
n.b("Did not handle a claim with zero fields until the empty-list test failed, then fixed it.", "e0", "coding", hard="mixed")
n.b("I asked what changes once adjusters start trusting the auto route.", "c", hard="question")
n.b("Answer: 'the review labels get skewed towards hard cases, so you can't re-estimate the threshold from them without a random audit slice.'", "e+", "data_intuition")
n.h("Verdict")
n.b("Hire: careful coder who asked about error costs before writing a line.", "e+", "judgment", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w11-n036", candidate_id="w11-c09", interviewer_id="w11-i06", req_id="w11-r1",
         round="system_design", submitted_at="2025-11-07", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "first_person", "third_person"], topic="new claims channel")
n.h("Context")
n.s("System design: extraction for a new claims channel where the form types were not yet known.", "c")
n.s("I deliberately left volumes and form types open to see how they would handle it.", "c", hard="interviewer_action")
n.blank()
n.h("What happened")
n.s("Rowan committed to a single layout model and a fine-tuning plan within the first five minutes, without asking how many form types there were.", "e-", "judgment", hard="negated")
n.s("When I said we might see 50 templates in month one, they said the same model 'should generalise' and kept the plan unchanged.", "e-", "judgment", "learning")
n.s("They described the training loop in careful detail, including mixed precision and checkpointing.", "e+", "ml_fundamentals")
n.s("When I asked what the first month of the project should look like, they described a full training run rather than any survey of the incoming forms.", "e-", "judgment")
n.s("The candidate never asked what would happen to forms the model could not read.", "e-", "risk_awareness", hard="negated")
n.blank()
n.h("Concerns")
n.s("A pattern of committing early under ambiguity.", "v-", "judgment")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w11_notes_part3.jsonl", notes)
