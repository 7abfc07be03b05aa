import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c03 Priya Raghunathan (she), r2 ----
n = Note(note_id="w15-n011", candidate_id="w15-c03", interviewer_id="w15-i01", req_id="w15-r2",
         round="data", submitted_at="2025-06-10", recommendation="hire",
         specificity=5, style=["prose", "third_person"], topic="annotator disagreement",
         ratings={"data_intuition": "strong_hire", "metrics": "hire"})
n.s("Round: data.", "c")
n.s("The candidate was given 40 lawyer relevance judgments for case-law queries, three annotators per query, and asked what she would do before training on them.", "c", hard="interviewer_action")
n.s("The candidate first asked how the annotators had been instructed and whether they saw the full opinion or only the headnote.", "e+", "data_intuition", hard="question")
n.s("She computed pairwise agreement by hand for the first ten queries and observed that one annotator had marked nearly every result relevant.", "e+", "data_intuition")
n.s("The candidate stated that majority vote would conceal a systematic difference between annotators, and proposed estimating per-annotator reliability instead, explaining that Dawid-Skene learns a confusion matrix for each annotator.", "e+", "data_intuition", "ml_fundamentals")
n.s("She further noted that procedural queries had markedly lower agreement than substantive ones, and asked whether the guideline defined relevance differently for the two.", "e+", "data_intuition")
n.s("I then asked how she would establish whether the retriever helps lawyers in practice.", "c", hard="interviewer_action")
n.s("The candidate proposed measuring time to first cited authority in a live pilot, while observing that a faster search is no improvement if the authority found is wrong.", "e+", "metrics")
n.s("She did not address how the pilot participants would be chosen, which could bias the comparison toward enthusiastic users.", "e-", "metrics", hard="negated")
n.s("Asked to summarise her plan for a supervising partner, she gave a two-sentence account that I could have forwarded unchanged.", "e+", "communication")
n.s("In my view her judgment about data is the strongest I have observed this quarter.", "v+", "data_intuition")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n012", candidate_id="w15-c03", interviewer_id="w15-i06", req_id="w15-r2",
         round="fundamentals", submitted_at="2025-06-10", recommendation="lean_hire",
         specificity=4, style=["headings", "prose", "first_person"], topic="long-document chunking",
         ratings={"data_intuition": "lean_no_hire", "learning": "hire"})
n.h("FUNDAMENTALS - PRIYA R.")
n.s("I asked her to walk through chunking a 300-page contract for an LLM summarizer and how she'd evaluate the summaries.", "c", hard="interviewer_action")
n.blank()
n.h("STRENGTHS")
n.s("She explained that fixed-size chunks split clauses across boundaries and proposed splitting on the section numbering, with overlap only where a section overflows the context window.", "e+", "system_thinking")
n.s("When I pointed out that cross-references (\"subject to Section 14.2\") break that scheme, she added a step that resolves each reference and pulls the referenced section into the chunk.", "e+", "learning")
n.blank()
n.h("GAPS")
n.s("She assumed the reference summaries from our pilot were ground truth and never asked who wrote them or how consistent they were.", "e-", "data_intuition", hard="negated")
n.s("Proposed ROUGE against those summaries as the main metric, with no comment on whether ROUGE tracks what a lawyer cares about.", "e-", "metrics")
n.s("After I asked whether a summary could score well on ROUGE and still leave out the termination clause, she switched to a checklist of must-mention clauses per contract type.", "e+", "learning", "metrics")
n.blank()
n.h("OVERALL")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Adapts well, but her starting point on data quality was weak.", "v0", "learning", "data_intuition", hard="mixed")
notes.append(n)

n = Note(note_id="w15-n013", candidate_id="w15-c03", interviewer_id="w15-i04", req_id="w15-r2",
         round="coding", submitted_at="2025-06-11", recommendation="hire",
         specificity=3, style=["terse", "fragments", "lowercase", "abbreviations"], topic="citation parsing",
         ratings={"coding": "hire"})
n.b("coding; 45m; Priya; parse citations out of a drafted memo + check vs index", "c", marker="")
n.b("clarified formats first; asked if pin cites count", "e+", "judgment", hard="question", marker="")
n.b("regex first pass; fine for reporter cites; broke on short forms like Id", "e0", "coding", hard="mixed", marker="")
n.b("told her about short-form cites; rewrote as small state machine tracking last full cite; ~10 min", "e+", "learning", "coding", marker="")
n.b("tests: 5 cases incl. the supra one", "e+", "coding", marker="")
n.b("didn't run them before saying done", "e-", "coding", hard="negated", marker="")
n.b("clean code", "v+", "coding", marker="")
n.b("H", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w15-n014", candidate_id="w15-c03", interviewer_id="w15-i05", req_id="w15-r2",
         round="behavioural", submitted_at="2025-06-12", recommendation="hire",
         specificity=4, style=["qa", "quotes", "fragments"], topic="ocr regression",
         ratings={"ownership": "hire", "communication": "hire"})
n.b("Behavioural, 45m.", "c", marker="")
n.b("Me: Tell me about a launch that went badly.", "c", marker="")
n.b("C: OCR model update at her last job tanked accuracy on faxed pages; she caught it from a spike in reviewer corrections, not from the eval set.", "e+", "risk_awareness", marker="")
n.b("C: Rolled it back herself the same afternoon, then added faxed pages as their own slice in the eval.", "e+", "ownership", marker="")
n.b("Me: Who told you to roll back?", "c", marker="")
n.b("C: 'nobody, I was on call and it was my change'", "e+", "ownership", hard="plain_evidence", marker="")
n.b("Me: A partner insists on a feature you think is risky for clients; what do you do?", "c", marker="")
n.b("C: explain the risk, then escalate; pretty generic, no example given.", "e-", "judgment", marker="")
n.b("Me: How would you explain model confidence to a lawyer?", "c", marker="")
n.b("C: 'I'd show them three examples it got wrong at that confidence, not a number'", "e+", "communication", "user_impact", marker="")
n.b("Bit quiet at the start, warmed up.", "v0", hard="biased", marker="")
n.b("H", "v+", hard="bare_verdict", marker="")
notes.append(n)

# ---- candidate c04 Jordan Ellis (they), r1 ----
n = Note(note_id="w15-n015", candidate_id="w15-c04", interviewer_id="w15-i04", req_id="w15-r1",
         round="behavioural", submitted_at="2025-03-03", recommendation="lean_no_hire",
         specificity=3, style=["terse", "fragments", "lowercase", "quotes"], topic="nda classifier",
         ratings={"ownership": "no_hire"})
n.b("behavioural; 45m; Jordan (they)", "c", marker="")
n.b("project: clause classifier for NDAs; 'we' throughout; couldn't say which part was theirs", "e-", "ownership", marker="")
n.b("what they'd do differently: 'more data, probably'", "e-", "learning", marker="")
n.b("missed-deadline story; blamed annotation vendor; nothing on what they did about it", "e-", "ownership", hard="negated", marker="")
n.b("friendly; easy to talk to", "v+", hard="biased", marker="")
n.b("said a missed non-compete costs more than a false flag so tune NDA triage for recall; clear", "e+", "communication", hard="verdict_plus_evidence", marker="")
n.b("LNH; ownership not there for r1", "v-", "ownership", marker="")
notes.append(n)

n = Note(note_id="w15-n016", candidate_id="w15-c04", interviewer_id="w15-i07", req_id="w15-r1",
         round="system_design", submitted_at="2025-03-04", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person"], topic="human review queue",
         ratings={"system_thinking": "strong_hire", "user_impact": "strong_hire"})
n.s("What a fun design session with Jordan, who is probably one of the more thoughtful people I've spoken to for this req, and I've done a lot of these now, maybe fifteen or so since the new year.", "v+")
n.s("I asked them to design a human review queue for clauses the extraction model is unsure about.", "c", hard="interviewer_action")
n.s("They suggested ordering the queue by contract deadline first and model confidence second, because a lawyer with a closing tomorrow doesn't care which clause is hardest.", "e+", "user_impact", hard="plain_evidence")
n.s("They also sketched sampling a few high-confidence extractions into the queue so we'd find out if the model was confidently wrong, which I thought was really clever.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("We got a bit sidetracked talking about how our old queue was literally a shared spreadsheet, which some of the lawyers honestly still prefer, and I told Jordan the story about the paralegal who color-coded it by hand.", "c")
n.s("On capacity, they said \"we'd figure that out with the ops team\" and didn't size the reviewer pool.", "e-", "system_thinking")
n.s("When I asked who would own the queue's turnaround targets, they said that would probably sit with product.", "e-", "ownership")
n.s("I don't think that's a concern really, it's a slightly new-grad answer and they'll grow into it.", "v0", "ownership", hard="mixed")
n.s("Great system thinker overall with tons of potential.", "v+", "system_thinking", hard="vague_quantity")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n017", candidate_id="w15-c04", interviewer_id="w15-i02", req_id="w15-r1",
         round="debugging", submitted_at="2025-03-04", recommendation="no_hire",
         specificity=5, style=["bullets", "terse", "arrows", "quotes"], topic="extraction regression",
         ratings={"data_intuition": "lean_no_hire", "ownership": "no_hire"})
n.h("Debugging - extraction F1 0.81 -> 0.64 after retrain, find why (50m)")
n.b("[x] Asked for the diff between the two training runs before opening any code", "e+", "judgment")
n.b("[x] Compared label distributions old vs new; spotted the 'Governing Law' count had tripled", "e+", "data_intuition")
n.b("[ ] Concluded 'the new annotators are bad' and stopped there", "e-", "data_intuition")
n.b("[ ] Never checked whether the new batch came from a different contract type (it did: all employment agreements)", "e-", "data_intuition", hard="negated")
n.b("[x] Once shown, said fix = stratify sampling by contract type + per-type F1 table", "e+", "learning")
n.b("[ ] Asked who should fix the sampler -> 'whoever owns the data pipeline, not really an ML thing'", "e-", "ownership")
n.b("[ ] No suggestion to block the bad model from deploy or alert on label drift", "e-", "risk_awareness", hard="negated")
n.b("[ ] Slow reading the code; needed help finding where the split happens", "e-", "coding")
n.b("NH.", "v-", hard="bare_verdict")
n.s("Ownership pushed elsewhere twice in 50 min.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w15-n018", candidate_id="w15-c04", interviewer_id="w15-i03", req_id="w15-r1",
         round="fundamentals", submitted_at="2025-03-05", recommendation="hire",
         specificity=1, style=["prose"], topic="transformers")
n.s("Jordan is great.", "v+")
n.s("Really solid ML fundamentals, knows transformers inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Seemed a bit nervous but that's fine.", "v0", hard="biased")
n.s("Would be a great addition!", "v+")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w15-n019", candidate_id="w15-c11", interviewer_id="w15-i01", req_id="w15-r2",
         round="behavioural", submitted_at="2024-10-22", recommendation="no_hire",
         specificity=4, style=["prose", "third_person", "quotes"], topic="contract risk scoring",
         ratings={"user_impact": "no_hire"})
n.s("Round: behavioural.", "c")
n.s("The candidate, Elliot, was asked to describe a situation in which a model of his caused harm to a user.", "c", hard="interviewer_action")
n.s("The candidate stated that he had built a contract-risk scoring model at his previous employer that labelled clauses high, medium or low risk.", "e0")
n.s("When asked how clients used the score, he said he did not know and that it was \"a product question\".", "e-", "user_impact")
n.s("Asked whether any client had relied on a low-risk label that proved wrong, he stated that it had happened once and that the client's lawyers \"should have read the clause anyway\".", "e-", "user_impact")
n.s("He did not describe any change made after that incident.", "e-", "ownership", hard="negated")
n.s("The candidate said models should be \"tools, not advisors\", which is a fair position in principle.", "e0", "user_impact")
n.s("I am not persuaded that he understands the duty of care our users owe their own clients.", "v-", "user_impact")
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n020", candidate_id="w15-c12", interviewer_id="w15-i06", req_id="w15-r1",
         round="coding", submitted_at="2024-12-17", recommendation="lean_hire",
         specificity=3, style=["headings", "prose", "first_person"], topic="chunker")
n.h("CODING - CHIAMAKA")
n.s("Task was a sliding-window chunker over a token list with overlap, returning spans that never cut a sentence.", "c")
n.blank()
n.h("STRENGTHS")
n.s("Got a working version in about 20 minutes and walked me through it on the example contract.", "e+", "coding")
n.s("She asked whether \"sentence\" meant our splitter's output or any full stop, since contracts are full of abbreviated section references.", "e+", "data_intuition", hard="question")
n.blank()
n.h("GAPS")
n.s("Code was okay I guess.", "v0", "coding")
n.s("No tests, and the overlap logic double-counted the last chunk; she didn't spot it when I asked her to trace the end of the list.", "e-", "coding")
n.blank()
n.h("OVERALL")
n.s("Lean hire, mainly on the strength of her questions rather than the code.", "v+")
notes.append(n)

save_notes("data/corpus/raw/w15_notes_part2.jsonl", notes)
print(len(notes), "notes")
