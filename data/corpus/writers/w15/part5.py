import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w15-n041", candidate_id="w15-c17", interviewer_id="w15-i03", req_id="w15-r2",
         round="behavioural", submitted_at="2025-01-28", recommendation="hire",
         specificity=1, style=["prose"], topic="leadership")
n.h("Keisha - behavioural")
n.s("Loved her!", "v+")
n.s("Very mature, great leadership qualities, a natural owner.", "v+", "ownership")
n.s("Communicates really well with non-technical folks I think.", "v+", "communication", hard="hedged")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n042", candidate_id="w15-c18", interviewer_id="w15-i04", req_id="w15-r1",
         round="system_design", submitted_at="2025-02-25", recommendation="no_hire",
         specificity=3, style=["terse", "fragments", "lowercase", "abbreviations", "quotes"], topic="review queue")
n.b("sd; 45m; Bogdan; review queue for low-confidence extractions", "c", marker="")
n.b("no clarifying qs; jumped to kafka", "e-", "judgment", hard="negated", marker="")
n.b("queue FIFO; didn't think about deadlines or which clauses matter", "e-", "user_impact", marker="")
n.b("no plan if reviewers fall behind; 'add more reviewers'", "e-", "risk_awareness", marker="")
n.b("estimated 3k items/day from 5% low-conf on 60k clauses; ok", "e+", "system_thinking", marker="")
n.b("reviewer edits never fed back to training; when asked, 'good idea'", "e-", "system_thinking", marker="")
n.b("communication fine", "v0", "communication", marker="")
n.b("NH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w15-n043", candidate_id="w15-c19", interviewer_id="w15-i01", req_id="w15-r2",
         round="fundamentals", submitted_at="2025-03-18", recommendation="hire",
         specificity=5, style=["prose", "third_person"], topic="fine-tuned drafting eval",
         ratings={"metrics": "strong_hire", "user_impact": "hire"})
n.s("Round: fundamentals, 45 minutes, conducted by video.", "c")
n.s("The candidate was asked how she would decide whether a fine-tuned drafting model is better than the base model for contract clauses.", "c", hard="interviewer_action")
n.s("The candidate stated that she would fix the evaluation set before any training, drawing clauses from the contract types the firm actually drafts, in proportion to volume.", "e+", "metrics")
n.s("She proposed blind pairwise comparison by lawyers rather than absolute scores, on the ground that lawyers disagree about scales but agree more readily on which of two drafts they would send.", "e+", "metrics")
n.s("Asked how many comparisons she would need, she estimated around 300 to detect a ten-point preference gap and showed the binomial arithmetic on the shared screen.", "e+", "ml_fundamentals")
n.s("She raised, unprompted, that the fine-tuning data included clients' executed contracts, and asked whether those clients had consented to that use.", "e+", "user_impact")
n.s("The candidate explained that lower perplexity on held-out clauses would not show that the drafts are legally sound.", "e+", "ml_fundamentals")
n.s("When I proposed an LLM judge to save lawyer time, she accepted it as a first filter only, and said she would check its agreement with lawyers on 100 pairs before relying on it.", "e+", "judgment")
n.s("I found her precise and persuasive throughout.", "v+", "communication")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n044", candidate_id="w15-c20", interviewer_id="w15-i05", req_id="w15-r1",
         round="behavioural", submitted_at="2025-04-02", recommendation="lean_hire",
         specificity=3, style=["qa", "quotes"], topic="nightly ocr job")
n.b("Behavioural / 40m (started late, my fault)", "c", marker="")
n.b("Me: Tell me about something you owned end to end.", "c", marker="")
n.b("C: Built the nightly OCR reprocessing job at his last place; wrote it, scheduled it, carried the pager for it.", "e+", "ownership", marker="")
n.b("Me: What broke?", "c", marker="")
n.b("C: 'a font update made the OCR read section numbers as letters'; found it a week later from a customer ticket.", "e0", "risk_awareness", hard="mixed", marker="")
n.b("Me: What changed after?", "c", marker="")
n.b("C: Added a nightly check that section numbers parse in order on a sample of pages.", "e+", "risk_awareness", marker="")
n.b("Me: How did you tell the customer?", "c", marker="")
n.b("C: His manager handled that, he didn't know what was said.", "e-", "ownership", marker="")
n.b("Solid guy.", "v+", marker="")
n.b("LH", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w15-n045", candidate_id="w15-c21", interviewer_id="w15-i06", req_id="w15-r1",
         round="fundamentals", submitted_at="2025-04-15", recommendation="hire",
         specificity=4, style=["headings", "prose", "third_person"], topic="layout-aware extraction",
         ratings={"ml_fundamentals": "hire"})
n.h("FUNDAMENTALS - INES")
n.s("Asked about layout-aware extraction from scanned contracts and how she'd handle two-column pages.", "c")
n.blank()
n.h("STRENGTHS")
n.s("She explained that a plain text model loses which column a token came from, and proposed feeding box coordinates in through a 2D position embedding.", "e+", "ml_fundamentals")
n.s("When I asked how she'd know the model used layout at all, she suggested shuffling the coordinates at test time and measuring the drop.", "e+", "ml_fundamentals")
n.s("She drew a quick diagram and checked I was following before moving on.", "e+", "communication", hard="plain_evidence")
n.blank()
n.h("GAPS")
n.s("Unsure how much labeled data fine-tuning would need; said \"a few thousand?\" with no reasoning behind it.", "e-", "data_intuition", hard="hedged")
n.blank()
n.h("OVERALL")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Fundamentals are there.", "v+", "ml_fundamentals")
notes.append(n)

n = Note(note_id="w15-n046", candidate_id="w15-c22", interviewer_id="w15-i07", req_id="w15-r1",
         round="system_design", submitted_at="2025-05-20", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="ocr pipeline")
n.s("Yusuf was a real pleasure and reminded me why I like doing these, even on a Friday afternoon with the building half empty and the coffee machine broken again.", "v+")
n.s("He has a great deal of experience with OCR at scale from his time at a document-management company.", "v+", "system_thinking", hard="vague_quantity")
n.s("He designed the extraction pipeline pretty much the way I would have, which is always a good sign.", "v+", "system_thinking")
n.s("He did mention keeping a copy of every processed document in a cloud bucket for debugging, which for our on-prem clients might be a problem, but I'm sure he'd pick that up quickly.", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("Communication was top-notch.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n047", candidate_id="w15-c23", interviewer_id="w15-i02", req_id="w15-r2",
         round="data", submitted_at="2025-06-24", recommendation="lean_hire",
         specificity=4, style=["bullets", "terse", "quotes"], topic="hallucinated citation eval set",
         ratings={"data_intuition": "hire", "communication": "lean_no_hire"})
n.h("Data: build an eval set for hallucinated citations in drafted memos, 45m")
n.b("[x] Asked how citations get verified today and by whom", "e+", "judgment", hard="question")
n.b("[x] Proposed 3 labels per cite: exists / exists but wrong proposition / doesn't exist", "e+", "data_intuition")
n.b("[x] Stratified the sample by practice area; noted IP memos cite far more than employment ones", "e+", "data_intuition")
n.b("[ ] Assumed paralegals can label 'wrong proposition'; they can't reliably, it needs an associate", "e-", "data_intuition")
n.b("[ ] No plan to refresh the eval set as the drafting model changes", "e-", "metrics", hard="negated")
n.b("[x] Headline number = share of memos with at least one fabricated cite, not per-cite rate, 'because one bad cite sinks a filing'", "e+", "metrics")
n.b("[ ] Spoke fast, jumped between sub-points; had to ask her to go back twice", "e-", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n048", candidate_id="w15-c24", interviewer_id="w15-i01", req_id="w15-r1",
         round="behavioural", submitted_at="2025-07-08", recommendation="strong_hire",
         specificity=5, style=["prose", "third_person"], topic="go-live judgment call",
         ratings={"judgment": "strong_hire", "ownership": "strong_hire"})
n.s("Round: behavioural.", "c")
n.s("The candidate was asked to describe the most consequential judgment call he had made on a project.", "c", hard="interviewer_action")
n.s("The candidate stated that, two days before a client go-live, he found that the extraction model mislabelled change-of-control clauses in share purchase agreements about one time in eight.", "e+", "risk_awareness")
n.s("He said he recommended launching for all other clause types and routing every change-of-control clause to manual review until a fix shipped, and that he wrote the client note explaining why.", "e+", "judgment")
n.s("He described the fix (re-annotating 400 clauses under a clearer guideline) and said he had asked the annotators why they disagreed rather than assuming.", "e+", "data_intuition")
n.s("When I asked what he would do differently, he said he would have built a per-clause-type dashboard before the go-live week rather than during it.", "e+", "learning")
n.s("The candidate also stated, without prompting, that the delay cost a partner some goodwill with the client and that he had apologised to her directly.", "e+", "ownership")
n.s("I have no reservations.", "v+")
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n049", candidate_id="w15-c25", interviewer_id="w15-i04", req_id="w15-r2",
         round="behavioural", submitted_at="2025-08-05", recommendation="lean_no_hire",
         specificity=2, style=["terse", "fragments", "lowercase", "quotes"], topic="ownership")
n.b("behavioural; 45m; Carla", "c", marker="")
n.b("talks well", "v+", "communication", marker="")
n.b("examples thin", "v-", marker="")
n.b("'always' the one who fixed things; no specifics when asked", "e-", "ownership", marker="")
n.b("seems a bit old-school", "v-", hard="biased", marker="")
n.b("LNH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w15-n050", candidate_id="w15-c26", interviewer_id="w15-i05", req_id="w15-r2",
         round="fundamentals", submitted_at="2025-09-16", recommendation="hire",
         specificity=4, style=["qa", "quotes", "abbreviations"], topic="hybrid retrieval",
         ratings={"ml_fundamentals": "hire"})
n.b("Fundamentals / r2 / 45m", "c", marker="")
n.b("Me: Why might a dense retriever do badly on queries that cite a statute by number?", "c", marker="")
n.b("C: Numbers get split into odd subword pieces and the embedding barely separates section 230 from section 320; BM25 matches them exactly.", "e+", "ml_fundamentals", marker="")
n.b("Me: Fix?", "c", marker="")
n.b("C: Hybrid retrieval, plus a regex pass that pulls statute cites out of the query and filters on them.", "e+", "system_thinking", marker="")
n.b("Me: How do you pick the fusion weight?", "c", marker="")
n.b("C: 'tune it on real lawyer queries, not synthetic ones'; asked whether we log queries.", "e+", "data_intuition", marker="")
n.b("Me: We do, but they're client-confidential.", "c", marker="")
n.b("C: Would only use them inside the client's tenant, and wanted to know who signs off on that.", "e+", "user_impact", marker="")
n.b("C: Got MRR wrong at first (averaged ranks, not reciprocal ranks), corrected himself a minute later.", "e0", "metrics", hard="mixed", marker="")
n.b("H", "v+", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w15_notes_part5.jsonl", notes)
print(len(notes), "notes")
