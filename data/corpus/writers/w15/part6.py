import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w15-n051", candidate_id="w15-c27", interviewer_id="w15-i06", req_id="w15-r2",
         round="behavioural", submitted_at="2025-10-07", recommendation="lean_hire",
         specificity=4, style=["headings", "prose", "third_person", "quotes"], topic="search abandonment study",
         ratings={"ownership": "hire"})
n.h("BEHAVIOURAL - ARJUN")
n.h("STRENGTHS")
n.s("He described noticing that lawyers abandoned the search tool after the first page of results, then proposing and running a two-week study of their sessions himself.", "e+", "ownership")
n.s("He explained the finding to me in plain terms: lawyers wanted the jurisdiction filter before the query box, not after it.", "e+", "communication", hard="plain_evidence")
n.blank()
n.h("GAPS")
n.s("Asked how he'd handle a partner who disagreed with the finding, he said he'd \"let the data speak\" and had nothing beyond that.", "e-", "communication")
n.s("No mention of a pilot or a way back for the redesigned search page.", "e-", "risk_awareness", hard="negated")
n.blank()
n.h("OVERALL")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n052", candidate_id="w15-c28", interviewer_id="w15-i02", req_id="w15-r1",
         round="coding", submitted_at="2025-10-21", recommendation="no_hire",
         specificity=5, style=["bullets", "terse", "arrows", "quotes"], topic="defined terms",
         ratings={"coding": "no_hire"})
n.h("Coding - find defined terms in a contract, flag uses before definition, 45m")
n.b("[ ] Started coding without asking what a definition looks like (quoted and bold, or a 'means' clause)", "e-", "judgment", hard="negated")
n.b("[ ] Regex for quoted capitalised terms only; missed 'shall mean' definitions entirely", "e-", "coding")
n.b("[ ] Exact string compare; 'Agreement' vs 'Agreements' treated as two terms, didn't notice", "e-", "coding")
n.b("[x] dict term -> first definition offset, then one scan for uses; right idea", "e+", "coding")
n.b("[ ] Ran it on the sample once, output wrong, said 'the sample is weird'", "e-", "learning")
n.b("[ ] After I showed the bad line, patched it with a special case for that one term", "e-", "coding")
n.b("[ ] No tests written", "e-", "coding", hard="negated")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n053", candidate_id="w15-c29", interviewer_id="w15-i03", req_id="w15-r2",
         round="system_design", submitted_at="2025-11-18", recommendation="lean_hire",
         specificity=2, style=["prose"], topic="rag architecture")
n.h("Dmitri - system design")
n.s("Good round overall!", "v+")
n.s("Strong grasp of scalable RAG architecture and vector DB trade-offs.", "v+", "system_thinking", hard="tech_vague")
n.s("Maybe a little light on the risk side?", "v-", "risk_awareness", hard="hedged")
n.s("He did say he'd put a human review step before anything goes out to a client.", "e+", "risk_awareness")
n.s("LH I think", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n054", candidate_id="w15-c30", interviewer_id="w15-i07", req_id="w15-r1",
         round="fundamentals", submitted_at="2025-12-09", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "quotes"], topic="domain shift",
         ratings={"ml_fundamentals": "lean_no_hire"})
n.s("Sofia is clearly a very smart person and I want to say up front that I really enjoyed the conversation, which went all over the place in a good way, including a detour into her master's thesis on land registries.", "v+")
n.s("Side note: the video tool dropped the call for about five minutes in the middle, so we were a bit short.", "c")
n.s("When I asked why a model trained on clean native PDFs would fail on scanned ones, she said it was \"a domain shift\" but couldn't say what actually differs in the input.", "e-", "ml_fundamentals")
n.s("I prompted with an OCR confusion example and she said, quite honestly, that she hadn't worked with scanned documents before.", "e0", "data_intuition")
n.s("She explained L2 regularization as \"making the weights smaller so the model is simpler\", which I suppose is right as far as it goes.", "e0", "ml_fundamentals")
n.s("She also told me dropout should stay on at inference \"for robustness\", which isn't right, though to be fair it's an easy mix-up.", "e-", "ml_fundamentals")
n.s("She asked who the lawyers using our tools are and what a typical day looks like for them.", "e+", "user_impact", hard="question")
n.s("I'd love to see her again in a year or two, but for this role it's a lean no hire, reluctantly.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n055", candidate_id="w15-c31", interviewer_id="w15-i04", req_id="w15-r1",
         round="debugging", submitted_at="2026-01-13", recommendation="hire",
         specificity=4, style=["terse", "fragments", "lowercase", "arrows"], topic="latency regression",
         ratings={"system_thinking": "hire"})
n.b("debugging; 50m; Nikhil; extraction service p95 2s -> 14s after deploy", "c", marker="")
n.b("asked for the deploy diff + a trace before guessing", "e+", "judgment", marker="")
n.b("found OCR now called per page not per doc; batched it back; p95 ~2.5s in sandbox", "e+", "system_thinking", marker="")
n.b("then checked whether the change was made for a reason; it was (memory on 500-page docs)", "e+", "judgment", marker="")
n.b("proposed batching with a page-count cap; explained it to me in two sentences", "e+", "system_thinking", marker="")
n.b("wanted a latency alert per doc-size bucket before redeploying", "e+", "risk_awareness", marker="")
n.b("missed a test he'd broken; I pointed at it", "e-", "coding", marker="")
n.b("H", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w15-n056", candidate_id="w15-c32", interviewer_id="w15-i01", req_id="w15-r1",
         round="data", submitted_at="2026-02-03", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "quotes"], topic="clause confusion matrix",
         ratings={"data_intuition": "hire", "metrics": "lean_no_hire"})
n.s("Round: data.", "c")
n.s("The candidate was shown a confusion matrix for twelve clause types, computed on a test set labelled by a single paralegal.", "c", hard="interviewer_action")
n.s("The candidate observed that \"Assignment\" and \"Change of Control\" were confused with each other far more than any other pair, and asked to see examples of both.", "e+", "data_intuition")
n.s("Having read eight examples, she stated that several were genuinely both and proposed multi-label annotation for such clauses.", "e+", "data_intuition")
n.s("She did not question that a single paralegal had produced the test labels.", "e-", "data_intuition", hard="negated")
n.s("When asked how she would report performance to a supervising partner, she proposed giving only the overall accuracy of 91%.", "e-", "metrics")
n.s("Upon my noting that the two clause types partners care about most were the least accurate, she revised her summary to lead with those two.", "e+", "learning")
n.s("Her reasoning was orderly, if somewhat slow.", "v0", "communication", hard="mixed")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n057", candidate_id="w15-c33", interviewer_id="w15-i05", req_id="w15-r2",
         round="system_design", submitted_at="2026-02-17", recommendation="lean_no_hire",
         specificity=4, style=["qa", "quotes", "abbreviations"], topic="drafting latency",
         ratings={"risk_awareness": "no_hire"})
n.b("SD / r2 / 45m / Omar", "c", marker="")
n.b("Me: Drafting assistant takes ~25s per clause and lawyers hate it; target is 5s, go", "c", marker="")
n.b("C: Swap to a smaller model.", "e0", "system_thinking", marker="")
n.b("Me: Quality?", "c", marker="")
n.b("C: 'should be fine, smaller models are good now'; no eval proposed.", "e-", "metrics", marker="")
n.b("Me: Anything you'd try first?", "c", marker="")
n.b("C: After a pause: cache retrieval per matter, stream tokens, cut the prompt from 12k to ~4k tokens by dropping duplicate passages.", "e+", "system_thinking", marker="")
n.b("Me: What if the smaller model starts inventing clause language that sounds right?", "c", marker="")
n.b("C: 'lawyers review everything anyway'", "e-", "risk_awareness", marker="")
n.b("C: Didn't ask who the lawyers were or how they use the drafts.", "e-", "user_impact", hard="negated", marker="")
n.b("LNH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w15-n058", candidate_id="w15-c34", interviewer_id="w15-i06", req_id="w15-r2",
         round="coding", submitted_at="2026-03-03", recommendation="hire",
         specificity=3, style=["headings", "prose", "third_person"], topic="citation matching",
         ratings={"coding": "hire"})
n.h("CODING - TAMAR")
n.s("Implement a check of each citation in a draft against a set of known citations, tolerating minor formatting differences.", "c")
n.blank()
n.h("STRENGTHS")
n.s("Good coder, clean and idiomatic.", "v+", "coding")
n.s("She normalised whitespace and punctuation before matching and wrote four tests, one with a citation split across a line break.", "e+", "coding")
n.blank()
n.h("GAPS")
n.s("Her first draft flagged any citation not in the set as fabricated; she didn't consider that our known set is incomplete until I asked.", "e-", "data_intuition")
n.s("Didn't ask what the output would be used for or who would see it.", "e-", "user_impact", hard="negated")
n.blank()
n.h("OVERALL")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n059", candidate_id="w15-c35", interviewer_id="w15-i03", req_id="w15-r1",
         round="behavioural", submitted_at="2026-03-24", recommendation="strong_hire",
         specificity=1, style=["prose"], topic="leadership")
n.h("Mohammed - behavioural")
n.s("Absolutely loved this candidate.", "v+")
n.s("Born leader, super driven, takes ownership of everything.", "v+", "ownership")
n.s("He's young but so mature for his age.", "v+", hard="biased")
n.s("Strong hire, grab him!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n060", candidate_id="w15-c36", interviewer_id="w15-i07", req_id="w15-r2",
         round="data", submitted_at="2026-04-14", recommendation="hire",
         specificity=3, style=["prose", "first_person"], topic="inter-annotator agreement",
         ratings={"data_intuition": "hire"})
n.s("I spent a very pleasant forty minutes with Lindiwe, who joined from Johannesburg at what must have been a slightly unsociable hour for her.", "v+")
n.s("I gave her our inter-annotator agreement numbers for the case-law relevance set, which, as everyone here knows, are embarrassingly low, and asked what she'd do with them.", "c", hard="interviewer_action")
n.s("She asked to see the disagreements themselves before proposing anything, and spent a few quiet minutes reading them, which I liked.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She noticed that most disagreements were about cases from other circuits and suggested the guideline say explicitly whether persuasive authority counts as relevant.", "e+", "data_intuition")
n.s("When I mentioned that our annotators are billing-rate lawyers who can spare two hours a week, she suggested active learning so their time goes to the queries where the model is least sure.", "e+", "judgment")
n.s("She didn't say how she'd stop active learning from skewing the eval set, but that's a nitpick.", "e-", "metrics", hard="negated")
n.s("I loved her accent, by the way.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w15_notes_part6.jsonl", notes)
print(len(notes), "notes")
