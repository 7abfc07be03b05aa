import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Priya Raman (she), w3-r1 LLM eval: strong; i03 writes her up vaguely ----
n = Note(note_id="w3-n001", candidate_id="w3-c01", interviewer_id="w3-i03", req_id="w3-r1",
         round="fundamentals", submitted_at="2025-03-04", recommendation="strong_hire",
         ratings={}, specificity=1, style=["terse", "lowercase", "fragments"], topic="llm evaluation")
n.s("v smart, knows eval stuff cold", "v+", "ml_fundamentals", hard="tech_vague")
n.nl()
n.s("vibes great, def someone i'd want at the next desk", "v+", hard="biased")
n.nl()
n.s("talked a lot abt llm judges, all good", "v+", "metrics", hard="tech_vague")
n.nl()
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n002", candidate_id="w3-c01", interviewer_id="w3-i02", req_id="w3-r1",
         round="fundamentals", submitted_at="2025-03-04", recommendation="hire",
         ratings={"ml_fundamentals": "strong_hire", "metrics": "hire", "risk_awareness": "lean_hire"},
         specificity=5, style=["bullets", "terse", "third_person"], topic="summarization eval")
n.h("Fundamentals / LLM eval, 60 min")
n.b("Q1: how would you evaluate a summarizer for support tickets.", "c", hard="question")
n.b("Asked who reads the summaries (agents mid-call vs. supervisors weekly) before proposing any metric.", "e+", "user_impact", hard="question")
n.b("Kept ROUGE only as a regression alarm; said it can't catch a summary that flips a refund amount.", "e+", "metrics")
n.b("Proposed a 200-ticket gold set, two annotators, agreement measured before any label is trusted.", "e+", "data_intuition")
n.b("Asked how many ticket categories exist (14) and stratified the 200 by category so rare ones weren't left with 2 examples.", "e+", "data_intuition", hard="question")
n.b("Computed kappa for my toy 2x2 on the board, got 0.47, correct.", "e+", "ml_fundamentals", hard="plain_evidence")
n.b("Q2: LLM-as-judge, failure modes.", "c", hard="question")
n.b("Named position bias and length bias unprompted; fix = swap answer order, average the two scores.", "e+", "ml_fundamentals")
n.b("Did not mention the judge model changing under us when the vendor updates it, until I asked.", "e-", "risk_awareness", hard="negated")
n.b("Once asked: pin the judge version, re-score a fixed anchor set monthly, alert if anchor scores move >2 pts.", "e+", "learning", "risk_awareness")
n.b("Q3: dedupe near-duplicate prompts in an eval set (short code).", "c")
n.b("MinHash over word 5-grams, clean shingling function, but wrote no tests.", "e0", "coding", hard="mixed")
n.b("Missed that prompts differing only in a number ('refund $20' vs '$200') would collapse into one bucket.", "e-", "data_intuition")
n.b("Strongest fundamentals I've seen for this req so far.", "v+", "ml_fundamentals")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n003", candidate_id="w3-c01", interviewer_id="w3-i07", req_id="w3-r1",
         round="system_design", submitted_at="2025-03-05", recommendation="hire",
         ratings={"system_thinking": "hire", "risk_awareness": "hire", "communication": "strong_hire"},
         specificity=4, style=["headings", "prose", "first_person"], topic="rag eval pipeline")
n.h("Setup")
n.s("System design, 50 min.", "c")
n.s("I asked Priya to design an offline + online eval pipeline for our RAG support bot, where the retriever and the prompt ship on separate schedules.", "c", hard="interviewer_action")
n.blank()
n.h("What happened")
n.s("She split the eval into retrieval (recall@10 against labelled gold passages) and generation (faithfulness to the retrieved passages), and said that otherwise a bad answer can't be blamed on either half.", "e+", "system_thinking")
n.s("For faithfulness she proposed claim-level checking: break the answer into claims, check each claim against the cited passage with an NLI model, and hand-audit 50 a week to calibrate it.", "e+", "ml_fundamentals")
n.s("She asked how often the help-center docs change, and when I said daily she moved the retrieval eval to a nightly job keyed to the doc snapshot.", "e+", "data_intuition", hard="question")
n.s("For launch she wanted a canary with 5% of traffic and a rollback trigger on thumbs-down rate, plus a check on escalations to human agents.", "e+", "risk_awareness")
n.s("I think she underweighted cost: the claim checker on every answer would roughly double inference spend, and she only noticed after I asked about the budget.", "e-", "system_thinking", hard="hedged")
n.s("After that she sampled 10% of traffic for the checker and kept 100% only for answers that mention refunds or account changes.", "e+", "learning", "judgment")
n.blank()
n.h("Communication")
n.s("Drew the pipeline left to right and paused twice to check whether I wanted more depth on a box.", "e+", "communication")
n.blank()
n.h("Summary")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Would want a later round to probe cost intuition a bit more.", "c")
notes.append(n)

n = Note(note_id="w3-n004", candidate_id="w3-c01", interviewer_id="w3-i05", req_id="w3-r1",
         round="coding", submitted_at="2025-03-05", recommendation="strong_hire",
         ratings={"coding": "strong_hire"},
         specificity=3, style=["fragments", "arrows", "lowercase", "abbreviations"], topic="eval harness")
n.s("coding, 45m", "c")
n.nl()
n.s("task: batch eval harness, call model, score w/ exact match + F1", "c")
n.nl()
n.s("wrote tokenizer-normalizing fn first -> lowercased, stripped punct, handled articles", "e+", "coding")
n.nl()
n.s("asked abt retries -> added exp backoff w/ jitter on 429s", "e+", "coding", "risk_awareness")
n.nl()
n.s("tests for empty gold answer + unicode quotes, unprompted", "e+", "coding", hard="plain_evidence")
n.nl()
n.s("fast typer, knows python inside out", "v+", "coding", hard="tech_vague")
n.nl()
n.s("prob overengineered the config a bit", "v-", "coding", hard="hedged")
n.nl()
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Marcus Webb (he), w3-r2 retrieval: treats offline metric as truth (seen by i02, i05) ----
n = Note(note_id="w3-n005", candidate_id="w3-c02", interviewer_id="w3-i01", req_id="w3-r2",
         round="system_design", submitted_at="2025-04-10", recommendation="hire",
         ratings={"system_thinking": "hire", "metrics": "strong_hire"},
         specificity=3, style=["prose", "lowercase", "first_person", "terse"], topic="rag retrieval")
n.s("system design w/ marcus, ~45 min.", "c")
n.s("i asked him how he'd rebuild retrieval for our docs assistant.", "c", hard="interviewer_action")
n.s("really liked that he went straight to a hybrid setup, bm25 + dense, merged with reciprocal rank fusion.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("he'd built basically this at his last job and walked me through the index refresh they ran every 6h.", "e+", "system_thinking")
n.s("super impressive: his new reranker got +4 ndcg@10 offline and he said that alone means users will find answers faster, ship it.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("knows embeddings really well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("great energy, would fit right in w/ the team.", "v+", hard="biased")
n.s("hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n006", candidate_id="w3-c02", interviewer_id="w3-i02", req_id="w3-r2",
         round="data", submitted_at="2025-04-10", recommendation="lean_no_hire",
         ratings={"metrics": "no_hire", "data_intuition": "lean_no_hire", "ml_fundamentals": "hire"},
         specificity=5, style=["bullets", "terse", "third_person"], topic="retrieval metrics")
n.h("Data round, 60 min: retrieval eval")
n.b("Gave him a query log sample (2k queries) + click data + 300 judged query/doc pairs.", "c", hard="interviewer_action")
n.b("Q: is reranker v2 better than v1.", "c", hard="question")
n.b("Computed nDCG@10 on the 300 judged pairs correctly: v1 0.61, v2 0.66.", "e+", "ml_fundamentals")
n.b("Concluded v2 is better and should ship; did not ask how the 300 pairs were sampled.", "e-", "data_intuition", hard="negated")
n.b("The judged set was drawn from head queries only; he never looked at the query frequency column.", "e-", "data_intuition", hard="negated")
n.b("Pointed him at tail queries -> said 'tail is noise, the judged set is the ground truth'.", "e-", "metrics", "learning")
n.b("Asked whether click-through on v2 could be checked in an A/B test; answered offline nDCG 'already tells us'.", "e-", "metrics")
n.b("Correctly explained why MRR and nDCG disagree when several relevant docs exist.", "e+", "ml_fundamentals")
n.b("Wrote the bootstrap CI for the nDCG delta when asked; interval crossed zero (-0.01, 0.11), he still called it a win.", "e-", "metrics", hard="mixed")
n.b("Pattern: treats the offline number as the outcome.", "v-", "metrics")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n007", candidate_id="w3-c02", interviewer_id="w3-i05", req_id="w3-r2",
         round="fundamentals", submitted_at="2025-04-11", recommendation="lean_no_hire",
         ratings={"metrics": "lean_no_hire"},
         specificity=4, style=["fragments", "arrows", "abbreviations", "lowercase", "typos"], topic="embeddings")
n.s("fundamentals, 45m, embeddings + eval", "c")
n.nl()
n.s("asked abt choosing an embedding model -> went straight to MTEB leaderboard rank", "e-", "metrics")
n.nl()
n.s("no mention of testing on our own queries til i asked", "e-", "data_intuition", hard="negated")
n.nl()
n.s("explained contrastive loss + in-batch negatives correctly, drew the sim matrix", "e+", "ml_fundamentals")
n.nl()
n.s("hard negatives q -> knew why they help, also that false negatives hurt", "e+", "ml_fundamentals")
n.nl()
n.s("asked what he'd do if recall@5 up offline but support tickets flat -> 'then the ticket metric is wrong'", "e-", "metrics", hard="question")
n.nl()
n.s("same thing i2 flagged i think, offline number = truth", "v-", "metrics", hard="hedged")
n.nl()
n.s("solid on theory tho", "v+", "ml_fundamentals")
n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n008", candidate_id="w3-c02", interviewer_id="w3-i04", req_id="w3-r2",
         round="coding", submitted_at="2025-04-11", recommendation="lean_hire",
         ratings={"coding": "hire"},
         specificity=3, style=["prose", "third_person", "terse"], topic="bm25")
n.s("Coding round, 45 minutes: implement BM25 scoring over a small in-memory corpus.", "c")
n.s("Marcus had a working version in about 20 minutes, including the IDF smoothing.", "e+", "coding")
n.s("He tested it on three toy docs and checked that a doc with no query terms scored zero.", "e+", "coding", hard="plain_evidence")
n.s("When I asked about a 10M-doc corpus he said he'd 'just use Elasticsearch', which is fair but he didn't discuss the inverted index at all.", "e0", "system_thinking", hard="mixed")
n.s("Code was clean.", "v+", "coding")
n.s("Communication a bit rushed.", "v-", "communication")
n.s("Lean hire on coding alone; I didn't see the metric issue others mentioned, didn't come up.", "v+")
notes.append(n)

# ---- c03 Aiyana Begay (they), w3-r1: adapts after hints ----
n = Note(note_id="w3-n009", candidate_id="w3-c03", interviewer_id="w3-i04", req_id="w3-r1",
         round="fundamentals", submitted_at="2025-05-20", recommendation="lean_hire",
         ratings={"ml_fundamentals": "lean_hire", "learning": "hire"},
         specificity=4, style=["prose", "first_person"], topic="hallucination")
n.s("Fundamentals, 45 min.", "c")
n.s("I asked Aiyana how they would measure hallucination rate for a product-QA bot.", "c", hard="question")
n.s("Their first answer was to use perplexity of the answer as a hallucination score.", "e-", "ml_fundamentals")
n.s("I asked whether a fluent wrong answer would have high perplexity, and they stopped, said no, and switched to checking answers against the source catalog.", "e+", "learning")
n.s("They proposed labelling 300 answers as supported, contradicted or unverifiable, and pointed out that 'unverifiable' needs its own bucket or annotators will split on it.", "e+", "data_intuition")
n.s("Explained the difference between precision and recall of a hallucination detector in terms of which errors reach customers.", "e+", "metrics", "user_impact")
n.s("Seemed a little nervous at first.", "v-", hard="biased")
n.s("Fundamentals are okay, not deep.", "v0", "ml_fundamentals")
n.s("Lean hire, mostly on how quickly they recovered.", "v+")
notes.append(n)

n = Note(note_id="w3-n010", candidate_id="w3-c03", interviewer_id="w3-i06", req_id="w3-r1",
         round="debugging", submitted_at="2025-05-20", recommendation="hire",
         ratings={"learning": "strong_hire", "data_intuition": "hire"},
         specificity=5, style=["quotes", "third_person", "prose"], topic="eval regression")
n.s("Debugging, 45m.", "c")
n.s("Scenario: our toxicity classifier's F1 on the eval set dropped from 0.88 to 0.79 overnight with no model change.", "c")
n.s("Aiyana's first words: \"did the eval set change or did the model's inputs change\".", "e+", "data_intuition", hard="question")
n.s("They diffed the eval file hashes and found a new batch of 400 rows added by annotation.", "e+", "data_intuition", hard="plain_evidence")
n.s("They then said \"I'd bet the new rows use the v2 guideline where sarcasm counts as toxic\" and checked the guideline version column, which confirmed it.", "e+", "data_intuition")
n.s("They asked how long the 0.79 had been on the team dashboard and said they'd put a note on it the same day so nobody quoted it.", "e+", "ownership", "communication")
n.s("I asked how to report the number to the team; they said \"report both, old set and new set, and never a single F1 across two guidelines\".", "e+", "metrics", "communication")
n.s("They initially wanted to retrain on the new labels right away.", "e-", "judgment")
n.s("When I mentioned that the v2 guideline was still under review, they said \"ok then freeze the old set as the gate until the guideline is signed off\" and moved on.", "e+", "learning", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n011", candidate_id="w3-c03", interviewer_id="w3-i01", req_id="w3-r1",
         round="behavioural", submitted_at="2025-05-21", recommendation="strong_hire",
         ratings={"ownership": "strong_hire"},
         specificity=2, style=["prose", "lowercase", "first_person"], topic="ownership")
n.s("behavioral chat w/ aiyana, 30 min.", "c")
n.s("loved them, so much ownership.", "v+", "ownership")
n.s("they told me about running the annotation vendor relationship at their last co when nobody else would.", "e+", "ownership")
n.s("super humble and curious, exactly the kind of person we need at this stage.", "v+", hard="biased")
n.s("strong hire, don't lose them!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n012", candidate_id="w3-c03", interviewer_id="w3-i07", req_id="w3-r1",
         round="system_design", submitted_at="2025-05-22", recommendation="lean_hire",
         ratings={"system_thinking": "lean_hire", "risk_awareness": "hire", "user_impact": "hire"},
         specificity=4, style=["headings", "prose", "first_person"], topic="red teaming")
n.h("Round")
n.s("System design, 55 min, red-teaming program for a customer-facing chatbot.", "c")
n.blank()
n.h("Notes")
n.s("Aiyana started by asking which harms matter most for our customers: wrong refunds, leaking other users' data, or offensive output.", "e+", "user_impact", hard="question")
n.s("They ranked data leakage first and explained why: it's the one we can't apologize our way out of.", "e+", "judgment", "user_impact")
n.s("Proposed a seed set of attacks per harm, human red-teamers for a week, then an LLM attacker that mutates successful prompts.", "e+", "system_thinking")
n.s("The architecture for running the attacks at scale was thin; they didn't say where results are stored or how a regression would be caught on the next model release.", "e-", "system_thinking", hard="negated")
n.s("I hinted at release gating, and they added a fixed attack suite that must pass before any prompt or model change ships.", "e+", "learning", "risk_awareness")
n.s("They also asked who signs off when a release fails the suite but the business wants to ship anyway.", "e+", "ownership", hard="question")
n.s("They proposed paying outside red-teamers from the communities most likely to be targeted, because our own staff wouldn't know the slang.", "e+", "user_impact")
n.blank()
n.h("Overall")
n.s("Good instincts about harm, weaker on plumbing.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w3_notes_part1.jsonl", notes)
print(len(notes), "notes")
