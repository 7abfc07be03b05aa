import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c01 Amara Okafor (she), r1 ----
n = Note(note_id="w15-n001", candidate_id="w15-c01", interviewer_id="w15-i03", req_id="w15-r1",
         round="fundamentals", submitted_at="2025-02-11", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person"], topic="ocr extraction",
         ratings={"ml_fundamentals": "strong_hire"})
n.s("Amara was fantastic!!", "v+")
n.s("Really deep understanding of OCR pipelines and layout models, honestly one of the best I've seen.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Super sharp, great energy, would love to work with her.", "v+", hard="biased")
n.s("Knows a ton about transformers and evaluation.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Communication was excellent throughout.", "v+", "communication")
n.s("Strong hire, no doubts at all.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n002", candidate_id="w15-c01", interviewer_id="w15-i02", req_id="w15-r1",
         round="coding", submitted_at="2025-02-12", recommendation="hire",
         specificity=5, style=["bullets", "terse", "abbreviations"], topic="clause span merging",
         ratings={"coding": "hire"})
n.h("Coding - clause span merge (45 min)")
n.b("Task: given OCR token boxes with predicted clause labels, merge adjacent tokens into clause spans, tolerate line breaks", "c")
n.b("[x] Asked whether a label could be None in the middle of a span before writing anything", "e+", "judgment", hard="question")
n.b("[x] Wrote the merge in one pass, O(n), state kept in two variables", "e+", "coding")
n.b("[x] Tested empty input and single-token input unprompted", "e+", "coding")
n.b("[ ] Did not handle boxes arriving out of reading order; only fixed after I pointed at the two-column sample", "e-", "coding", hard="negated")
n.b("[x] Fix took her ~3 min: sorted by (page, column, y) and said column detection was a heuristic that would break on footnotes", "e+", "coding", "learning")
n.b("[x] Small helper for box overlap, names that made sense", "e+", "coding", hard="plain_evidence")
n.b("[ ] No test for duplicate boxes from the OCR engine", "e-", "coding", hard="negated")
n.b("[x] Asked how often the OCR emits duplicate boxes in practice", "e+", "data_intuition", hard="question")
n.b("Verdict: H", "v+", hard="bare_verdict")
n.b("One real miss, recovered fast.", "v+", "coding")
notes.append(n)

n = Note(note_id="w15-n003", candidate_id="w15-c01", interviewer_id="w15-i05", req_id="w15-r1",
         round="system_design", submitted_at="2025-02-12", recommendation="hire",
         specificity=4, style=["qa", "abbreviations", "fragments"], topic="on-prem extraction pipeline",
         ratings={"system_thinking": "hire", "risk_awareness": "hire"})
n.b("Sys design / r1 / 50 min, notes as transcript (paraphrased)", "c", marker="")
n.b("Me: Design the pipeline that takes scanned contracts from a client's DMS and returns extracted clauses to a review queue.", "c", hard="interviewer_action", marker="")
n.b("C: What volume, and is it on-prem or our cloud?", "e+", "judgment", hard="question", marker="")
n.b("Me: On-prem at the client, ~5k docs/day, some 400+ pages.", "c", marker="")
n.b("C: Then no external OCR API, everything stays inside their network; one GPU box for layout + extraction, CPU workers for OCR.", "e+", "system_thinking", marker="")
n.b("C: Keep page images and OCR confidence so the reviewer sees the source region next to every extracted clause.", "e+", "user_impact", marker="")
n.b("Me: What if OCR quality is bad on a batch?", "c", marker="")
n.b("C: Route docs with mean char confidence under a threshold straight to human review, don't auto-extract; alert if the routed share jumps week over week.", "e+", "risk_awareness", marker="")
n.b("Me: How do you know it's good enough to ship?", "c", marker="")
n.b("C: 'lawyers label a sample, span F1 per clause type, but indemnity and limitation of liability matter way more than boilerplate'", "e+", "metrics", marker="")
n.b("Me: annotator disagreement?", "c", marker="")
n.b("C: two lawyers per doc, a third adjudicates; hadn't thought about measuring agreement itself.", "e0", "data_intuition", hard="mixed", marker="")
n.b("H.", "v+", hard="bare_verdict", marker="")
n.s("Ran out of time before latency.", "c")
notes.append(n)

n = Note(note_id="w15-n004", candidate_id="w15-c01", interviewer_id="w15-i06", req_id="w15-r1",
         round="behavioural", submitted_at="2025-02-14", recommendation="hire",
         specificity=4, style=["headings", "prose", "third_person"], topic="vendor migration",
         ratings={"ownership": "strong_hire", "communication": "lean_hire"})
n.h("BEHAVIOURAL - AMARA O.")
n.h("STRENGTHS")
n.s("Amara described owning the migration of a redlining model from a vendor API to an in-house model after a client objected to documents leaving their tenant.", "e+", "ownership")
n.s("She said she wrote the data-handling doc herself and walked the client's security team through it.", "e+", "ownership", "user_impact")
n.s("When I asked what went wrong, she named a two-week slip caused by underestimating OCR cleanup, and what she does now instead (a pilot on 50 docs first).", "e+", "ownership", "learning")
n.blank()
n.h("GAPS")
n.s("Her account of a disagreement with a product manager stayed abstract; I could not get a concrete example of how it was resolved.", "e-", "communication")
n.s("Possibly a bit too quick to agree with me when I challenged her estimate.", "v-", "learning", hard="hedged")
n.blank()
n.h("OVERALL")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Strong ownership story with specifics; weaker on conflict.", "v0", hard="mixed")
notes.append(n)

# ---- candidate c02 Tomasz Kowalczyk (he), r2 ----
n = Note(note_id="w15-n005", candidate_id="w15-c02", interviewer_id="w15-i01", req_id="w15-r2",
         round="fundamentals", submitted_at="2025-05-06", recommendation="lean_no_hire",
         specificity=5, style=["prose", "third_person", "quotes"], topic="case-law retrieval",
         ratings={"ml_fundamentals": "hire", "metrics": "no_hire"})
n.s("Round: fundamentals, retrieval and ranking for case law, 45 minutes.", "c")
n.s("The candidate was asked how he would evaluate a retriever that returns precedents for a given legal question.", "c", hard="interviewer_action")
n.s("The candidate stated that recall at 10 against the annotated set was \"the metric\", and did not distinguish between missing a binding precedent and missing a merely persuasive one.", "e-", "metrics")
n.s("When asked whether all misses are equally costly to a litigator, he maintained that weighting them would \"overcomplicate the benchmark\".", "e-", "metrics", "learning")
n.s("The candidate correctly explained that BM25 handles exact statutory citations better than dense embeddings, and proposed a hybrid merged by reciprocal rank fusion.", "e+", "ml_fundamentals")
n.s("He described contrastive training of the dense encoder with in-batch negatives accurately, including why hard negatives drawn from the same jurisdiction help.", "e+", "ml_fundamentals")
n.s("He did not raise the question of how overruled cases would be kept out of the results.", "e-", "risk_awareness", hard="negated")
n.s("Upon my raising it, the candidate said the citator data \"should be handled upstream\" and returned to the encoder.", "e-", "ownership")
n.s("In my assessment his theoretical grounding is sound.", "v+", "ml_fundamentals")
n.s("His treatment of evaluation, however, would concern me in a role where lawyers rely on the output.", "v-", "metrics")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n006", candidate_id="w15-c02", interviewer_id="w15-i02", req_id="w15-r2",
         round="system_design", submitted_at="2025-05-06", recommendation="no_hire",
         specificity=4, style=["bullets", "terse", "abbreviations", "arrows"], topic="llm drafting citations",
         ratings={"risk_awareness": "no_hire", "system_thinking": "lean_hire"})
n.h("SD: LLM drafting assistant w/ citations, 45m")
n.b("[ ] Clarifying qs about users/volume: none, started drawing boxes at minute 2", "e-", "judgment", hard="negated")
n.b("[x] RAG over the firm's own precedents + public case law, separate indices", "e+", "system_thinking")
n.b("[x] Citation verifier after generation: exact-match every cite against the index", "e+", "risk_awareness")
n.b("[ ] Verifier failure path: nothing.", "e-", "risk_awareness", hard="negated")
n.s("Asked what happens when a cite fails -> 'the model is at 97% citation accuracy on our eval, so it's rare'", "e-", "metrics")
n.b("[ ] Treated the 97% as settled; no thought on how the eval prompts compare to real ones", "e-", "metrics")
n.b("[x] Latency: streamed tokens, estimated ~6s for a one-page memo on the on-prem A100s", "e+", "system_thinking")
n.b("[ ] Pushed back twice on the 97%; both times C repeated it, a bit louder", "e-", "learning")
n.b("[ ] Prompt logs = client confidential data; not raised", "e-", "user_impact", hard="negated")
n.b("NH.", "v-", hard="bare_verdict")
n.s("A fabricated citation reaching a court filing is the failure that matters here and C never engaged with it.", "e-", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w15-n007", candidate_id="w15-c02", interviewer_id="w15-i05", req_id="w15-r2",
         round="data", submitted_at="2025-05-07", recommendation="lean_no_hire",
         specificity=4, style=["qa", "abbreviations", "quotes"], topic="annotation and eval",
         ratings={"data_intuition": "lean_no_hire", "metrics": "no_hire"})
n.b("Data round: annotation + eval for case-law search", "c", marker="")
n.b("Me: 3 lawyers label relevance, agreement is around 60%; what do you do?", "c", marker="")
n.b("C: Take majority vote, train on that, move on.", "e-", "data_intuition", marker="")
n.b("Me: What might the disagreement be telling you?", "c", marker="")
n.b("C: 'noise mostly, lawyers are inconsistent'", "e-", "data_intuition", marker="")
n.b("Me: (hinted the guideline might not separate 'on point' from 'citable')", "c", hard="interviewer_action", marker="")
n.b("C: Conceded that could matter, suggested a pilot of 50 queries with a revised guideline and kappa per annotator pair.", "e+", "learning", "data_intuition", marker="")
n.b("Me: Offline NDCG@10 went 0.41 -> 0.47 with the new reranker; ship?", "c", marker="")
n.b("C: Yes, 'that's 15% relative, it's clearly better'.", "e-", "metrics", marker="")
n.b("Me: Would lawyers notice?", "c", marker="")
n.b("C: Said they would because NDCG correlates with satisfaction; no online test, no lawyer feedback loop mentioned.", "e-", "metrics", marker="")
n.b("LNH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w15-n008", candidate_id="w15-c02", interviewer_id="w15-i07", req_id="w15-r2",
         round="behavioural", submitted_at="2025-05-08", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="ranker launch",
         ratings={"ownership": "hire"})
n.s("I had a really lovely conversation with Tomasz.", "v+")
n.s("He joined a few minutes late because of a fire drill in his building, so we chatted about Krakow for a bit before getting into it, which I actually think is a nice way to start these.", "c")
n.s("He talked about his time at a search startup and clearly has a lot of experience with ranking systems at scale.", "v+", "system_thinking", hard="vague_quantity")
n.s("He told me his team shipped a new ranker that improved offline NDCG by 12%, which he was very proud of, and I think rightly so, since that kind of lift pays for itself pretty quickly.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("When I asked about a time he was wrong, he took a while and then said he couldn't think of one that was \"really his fault\".", "e-", "ownership", hard="plain_evidence")
n.s("I'm sure that was just nerves.", "v0")
n.s("Very confident, strong presence, I could see him leading a team one day.", "v+", hard="biased")
n.s("Hire from me.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w15-n009", candidate_id="w15-c09", interviewer_id="w15-i03", req_id="w15-r1",
         round="fundamentals", submitted_at="2024-11-19", recommendation="hire",
         specificity=2, style=["prose"], topic="sequence labeling")
n.h("Nadia - ML fundamentals")
n.s("Great session!!", "v+")
n.s("She really knows her stuff on sequence labeling and CRFs, very impressive.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Explained why a CRF layer on top of the token classifier stops it from predicting an I-tag right after an O-tag.", "e+", "ml_fundamentals")
n.s("Lovely person, would fit right in with the extraction team.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n010", candidate_id="w15-c10", interviewer_id="w15-i04", req_id="w15-r1",
         round="coding", submitted_at="2024-12-03", recommendation="lean_no_hire",
         specificity=3, style=["terse", "fragments", "lowercase", "abbreviations"], topic="clause dedup")
n.b("coding; 45m; dedupe near-identical clauses across a contract set", "c", marker="")
n.b("went straight to pairwise compare; O(n^2) on 200k clauses; no estimate", "e-", "coding", marker="")
n.b("hinted minhash; picked it up fast; wrote shingling + bands", "e+", "learning", "coding", marker="")
n.b("band/row choice guessed; couldn't say how it moves false positives", "e-", "ml_fundamentals", marker="")
n.b("no tests; ran nothing", "e-", "coding", hard="negated", marker="")
n.b("decent coder imo", "v+", "coding", marker="")
n.b("asked if 'near-identical' meant same meaning or same words; good q", "e+", "judgment", hard="verdict_plus_evidence", marker="")
n.b("LNH; too slow for r1 bar", "v-", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w15_notes_part1.jsonl", notes)
print(len(notes), "notes")
