import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c07 Mateo Herrera (he), r2 ----
n = Note(note_id="w15-n031", candidate_id="w15-c07", interviewer_id="w15-i03", req_id="w15-r2",
         round="system_design", submitted_at="2025-11-04", recommendation="strong_hire",
         specificity=1, style=["prose"], topic="legal search")
n.h("Mateo - sys design")
n.s("Wow, just wow.", "v+")
n.s("Incredible systems thinker, designed a whole legal search stack like it was nothing.", "v+", "system_thinking", hard="tech_vague")
n.s("Understands latency, scale, on-prem, all of it.", "v+", "system_thinking", hard="tech_vague")
n.s("Super articulate.", "v+", "communication")
n.s("SH!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n032", candidate_id="w15-c07", interviewer_id="w15-i04", req_id="w15-r2",
         round="fundamentals", submitted_at="2025-11-04", recommendation="hire",
         specificity=3, style=["terse", "fragments", "lowercase", "abbreviations"], topic="hallucinated citations",
         ratings={"ml_fundamentals": "strong_hire", "communication": "lean_no_hire"})
n.b("fundamentals; 45m; Mateo; hallucination + retrieval", "c", marker="")
n.b("why LLMs invent cites: next-token objective rewards the form of a citation, not its existence; good", "e+", "ml_fundamentals", hard="verdict_plus_evidence", marker="")
n.b("calibration: token logprobs aren't claim-level confidence; proposed sampling 5 drafts + checking whether cites agree", "e+", "ml_fundamentals", marker="")
n.b("rambled; 8 min on one answer; cut him off twice", "e-", "communication", marker="")
n.b("didn't check if I'd followed the self-consistency bit", "e-", "communication", hard="negated", marker="")
n.b("asked what our annotators count as a hallucinated cite: wrong case vs wrong pin page", "e+", "data_intuition", hard="question", marker="")
n.b("H; comms a concern", "v0", "communication", hard="mixed", marker="")
notes.append(n)

n = Note(note_id="w15-n033", candidate_id="w15-c07", interviewer_id="w15-i06", req_id="w15-r2",
         round="data", submitted_at="2025-11-05", recommendation="hire",
         specificity=4, style=["headings", "prose", "first_person"], topic="lawyer ratings",
         ratings={"data_intuition": "hire", "metrics": "lean_hire"})
n.h("DATA - MATEO H.")
n.s("I gave him a spreadsheet of 60 lawyer ratings (1-5) of LLM-drafted clauses from two annotators and asked what he made of it.", "c", hard="interviewer_action")
n.blank()
n.h("STRENGTHS")
n.s("He plotted one annotator against the other first and noticed annotator B never gave a 5.", "e+", "data_intuition")
n.s("He suggested comparing rankings within each annotator instead of pooling raw scores, and said a rank correlation would survive B's harshness.", "e+", "metrics")
n.s("He asked whether the annotators knew which drafts came from the model, and said blind review should be the default.", "e+", "data_intuition", hard="question")
n.blank()
n.h("GAPS")
n.s("He took \"rated 4 or above\" as the success bar without asking what a lawyer actually does with a 3.", "e-", "metrics")
n.s("Explained things clearly, a little long.", "v0", "communication", hard="mixed")
n.blank()
n.h("OVERALL")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n034", candidate_id="w15-c07", interviewer_id="w15-i07", req_id="w15-r2",
         round="behavioural", submitted_at="2025-11-06", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "quotes"], topic="sealed records incident",
         ratings={"ownership": "strong_hire", "communication": "strong_hire"})
n.s("I'll try to keep this short, which I know I never manage.", "c")
n.s("Mateo made it easy because every answer came with a story.", "v+", "communication")
n.s("He told me about a time his retrieval model started surfacing sealed family-court records in a search product, how he found out from a single user report, and that he pulled the index that night before anyone asked him to.", "e+", "ownership", "user_impact")
n.s("He said the postmortem he wrote led to a filter on sealed and expunged records plus a weekly audit sample, which he still runs himself.", "e+", "risk_awareness")
n.s("When I asked him to explain the incident as if I were the client's general counsel, he did it in about three sentences and didn't say \"embedding\" once.", "e+", "communication", hard="plain_evidence")
n.s("Honestly it made me think about how we write our own incident emails to clients, which are often way too technical, but that's another conversation.", "c")
n.s("When I told him I'd have handled the client call differently, he asked what I would have said and wrote it down.", "e+", "learning")
n.s("Lovely guy, great sense of humor.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c08 Sung-min Park (they), r1 ----
n = Note(note_id="w15-n035", candidate_id="w15-c08", interviewer_id="w15-i05", req_id="w15-r1",
         round="system_design", submitted_at="2025-12-02", recommendation="no_hire",
         specificity=5, style=["qa", "quotes", "abbreviations"], topic="rushed client onboarding",
         ratings={"judgment": "no_hire", "system_thinking": "lean_no_hire"})
n.b("SD / r1 / 50m / Sung-min (they/them)", "c", marker="")
n.b("Me: Client wants clause extraction live in 3 weeks; we don't know yet if their contracts are scanned or native PDF.", "c", marker="")
n.b("C: Didn't ask; said they'd build both an OCR path and a native path 'to be safe', full layout model for each.", "e-", "judgment", marker="")
n.b("Me: 3 weeks, which path first?", "c", marker="")
n.b("C: 'both in parallel, we can't know which matters'", "e-", "judgment", marker="")
n.b("Me: Could you find out?", "c", hard="interviewer_action", marker="")
n.b("C: 'I guess ask for a sample', then went straight back to the two-path plan.", "e-", "learning", marker="")
n.b("Me: Lawyers want results while they're on a call, under 10s for a 30-page contract.", "c", marker="")
n.b("C: Put OCR + layout + extraction + an LLM summary all in the request path; no estimate per stage.", "e-", "system_thinking", marker="")
n.b("Me: that's ~40s by my maths, options?", "c", marker="")
n.b("C: Precompute extraction on upload and serve from cache; good.", "e+", "system_thinking", hard="verdict_plus_evidence", marker="")
n.b("C: Never brought up what happens to the client's documents on our side, on a req that is all about confidentiality.", "e-", "user_impact", hard="negated", marker="")
n.b("NH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w15-n036", candidate_id="w15-c08", interviewer_id="w15-i01", req_id="w15-r1",
         round="behavioural", submitted_at="2025-12-03", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "quotes"], topic="critical feedback",
         ratings={"learning": "no_hire"})
n.s("Round: behavioural.", "c")
n.s("The candidate was asked about a time they received critical feedback on their work.", "c", hard="interviewer_action")
n.s("The candidate stated that a reviewer had objected to their evaluation of an NDA classifier because the test set came from a single client, and that they considered the objection \"pedantic\".", "e-", "learning")
n.s("When I asked whether the reviewer might have been right, they said the model \"worked fine in production\", without saying how that was known.", "e-", "metrics")
n.s("I then observed that a single-client test set could overstate performance on other clients' templates.", "c", hard="interviewer_action")
n.s("The candidate replied that this was \"theoretically true\" and changed the subject to their deployment work.", "e-", "learning")
n.s("The candidate did describe clearly how they had containerised the model for on-premise installation at two clients, including a checksum step for the weights.", "e+", "system_thinking")
n.s("In my assessment the candidate does not yet take criticism well.", "v-", "learning")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n037", candidate_id="w15-c08", interviewer_id="w15-i02", req_id="w15-r1",
         round="fundamentals", submitted_at="2025-12-03", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "terse", "arrows", "quotes"], topic="losses and metrics",
         ratings={"ml_fundamentals": "lean_no_hire"})
n.h("Fundamentals, 45m")
n.b("[x] Cross-entropy vs focal loss for rare clause types: explained the down-weighting of easy negatives correctly", "e+", "ml_fundamentals")
n.b("[ ] Said class weights and oversampling are 'the same thing mathematically'; couldn't say when they differ", "e-", "ml_fundamentals")
n.b("[ ] Defined precision as 'the probability the model is right', no conditioning on the predicted class", "e-", "ml_fundamentals")
n.b("[x] Knew macro-F1 weights every clause type equally, so the rare types dominate it", "e+", "metrics")
n.b("[ ] Asked why val loss rises while val F1 still improves -> 'overfitting', stopped there", "e-", "ml_fundamentals")
n.b("[ ] Hinted at overconfidence on the wrong predictions; no change in answer", "e-", "learning")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n038", candidate_id="w15-c08", interviewer_id="w15-i03", req_id="w15-r1",
         round="data", submitted_at="2025-12-04", recommendation="hire",
         specificity=2, style=["prose"], topic="ocr preprocessing")
n.s("Sung-min was really nice to talk to.", "v+", hard="biased")
n.s("Good data instincts, very thorough with the OCR stuff.", "v+", "data_intuition", hard="tech_vague")
n.s("They mentioned checking page rotation before running OCR, which was a nice touch.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w15-n039", candidate_id="w15-c15", interviewer_id="w15-i02", req_id="w15-r1",
         round="coding", submitted_at="2024-11-05", recommendation="hire",
         specificity=4, style=["bullets", "terse", "quotes"], topic="pii redaction",
         ratings={"coding": "hire"})
n.h("Coding - mask PII spans in OCR text given NER offsets, 45m")
n.b("[x] Asked whether spans can overlap and which wins when they do", "e+", "judgment", hard="question")
n.b("[x] Sorted + merged spans first, then one pass to build the output; O(n + k log k)", "e+", "coding")
n.b("[x] Tested overlapping, adjacent, and span-at-end-of-string", "e+", "coding")
n.b("[x] Raised that masking shifts offsets for anything downstream, returned an offset map", "e+", "system_thinking")
n.b("[ ] Missed that NER offsets are on raw OCR text, not the cleaned text; found it only when I gave a mismatched example", "e-", "data_intuition")
n.b("[x] Asked what happens to the unmasked original - 'does it get stored anywhere?'", "e+", "user_impact", hard="question")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n040", candidate_id="w15-c16", interviewer_id="w15-i06", req_id="w15-r2",
         round="system_design", submitted_at="2025-01-14", recommendation="lean_no_hire",
         specificity=3, style=["headings", "prose", "third_person"], topic="case-law search latency",
         ratings={"system_thinking": "lean_no_hire"})
n.h("SYSTEM DESIGN - HANNAH")
n.s("Asked for a case-law search that answers a lawyer's question in under two seconds.", "c")
n.blank()
n.h("STRENGTHS")
n.s("Knows the retrieval literature well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Proposed keeping embeddings for the most-cited 10% of cases in memory and the rest on disk.", "e+", "system_thinking")
n.blank()
n.h("GAPS")
n.s("Her design had one vector index for all jurisdictions, and she didn't consider that a question about New York law shouldn't return Texas cases first.", "e-", "system_thinking")
n.s("Spent most of the time on the encoder and left none for latency, which was the actual question.", "e-", "judgment")
n.s("Didn't ask a single question about the users.", "e-", "user_impact", hard="negated")
n.blank()
n.h("OVERALL")
n.s("LNH, probably fine for a research role.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w15_notes_part4.jsonl", notes)
print(len(notes), "notes")
