import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Sam Lindqvist (they), w3-r1: passive ownership seen by i06 only ----
n = Note(note_id="w3-n025", candidate_id="w3-c07", interviewer_id="w3-i06", req_id="w3-r1",
         round="behavioural", submitted_at="2025-09-02", recommendation="lean_no_hire",
         ratings={"ownership": "no_hire", "communication": "hire"},
         specificity=5, style=["quotes", "third_person", "prose"], topic="ownership")
n.s("Behavioural, 45m.", "c")
n.s("Asked Sam about the eval platform they listed as their main project.", "c", hard="question")
n.s("They said \"I was on the team that built it\" and, when asked which part was theirs, \"mostly I picked up tickets\".", "e-", "ownership")
n.s("Asked about a time a metric looked wrong: they noticed their team's hallucination rate jump from 4% to 11% and \"mentioned it in standup, and someone looked into it eventually\".", "e-", "ownership")
n.s("Follow-up, did they find out what caused it: \"No, I think it got fixed\".", "e-", "ownership", hard="negated")
n.s("Asked what they'd do differently; they said \"probably ping the owner directly\", which is something.", "e0", "learning", hard="mixed")
n.s("Explained the eval platform's architecture to me clearly in about three minutes, including the queue between scoring and storage.", "e+", "communication")
n.s("They never described a decision they made themselves.", "e-", "ownership", hard="negated")
n.s("Lean no hire: for a 60-person company we need people who chase the 11% themselves.", "e-", "ownership", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w3-n026", candidate_id="w3-c07", interviewer_id="w3-i02", req_id="w3-r1",
         round="fundamentals", submitted_at="2025-09-02", recommendation="hire",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"},
         specificity=4, style=["bullets", "terse", "third_person"], topic="calibration")
n.h("Fundamentals, 60 min")
n.b("Q: an LLM classifier outputs a confidence; how do you check it's calibrated.", "c", hard="question")
n.b("Reliability diagram + ECE; explained ECE's dependence on bin count and suggested adaptive bins.", "e+", "ml_fundamentals")
n.b("Noted that verbalized confidence ('I'm 90% sure') and token logprobs are different things and should be evaluated separately.", "e+", "ml_fundamentals")
n.b("Q: eval set of 500 items, model A 81%, model B 83%, ship B.", "c", hard="question")
n.b("Asked if the items were paired, then did a McNemar-style argument on the discordant pairs.", "e+", "metrics")
n.b("Estimated the SE at ~1.7 pts for 500 items and said the gap isn't convincing alone.", "e+", "metrics")
n.b("Slightly shaky on why label smoothing hurts calibration measurement.", "v-", "ml_fundamentals", hard="hedged")
n.b("Hire on fundamentals.", "v+", "ml_fundamentals")
notes.append(n)

n = Note(note_id="w3-n027", candidate_id="w3-c07", interviewer_id="w3-i04", req_id="w3-r1",
         round="system_design", submitted_at="2025-09-03", recommendation="lean_hire",
         ratings={"system_thinking": "lean_hire"},
         specificity=3, style=["prose", "first_person"], topic="eval service")
n.s("System design, 45 min: an internal eval service that product teams can submit prompt changes to.", "c")
n.s("Sam asked who the users were and how many eval runs a day we'd expect.", "e+", "user_impact", hard="question")
n.s("They designed a job queue with cached model outputs keyed by prompt hash, so re-scoring doesn't re-call the model.", "e+", "system_thinking")
n.s("Good design sense overall.", "v+", "system_thinking")
n.s("They waited for me to suggest priorities between teams rather than raising it.", "e-", "ownership", hard="plain_evidence")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n028", candidate_id="w3-c07", interviewer_id="w3-i05", req_id="w3-r1",
         round="coding", submitted_at="2025-09-03", recommendation="hire",
         ratings={"coding": "hire"},
         specificity=3, style=["fragments", "arrows", "lowercase", "abbreviations"], topic="string matching")
n.s("coding, fuzzy match model answers to gold", "c")
n.nl()
n.s("levenshtein DP -> correct, O(nm), explained the table", "e+", "coding")
n.nl()
n.s("i asked for early exit if dist > k -> got it after 1 nudge", "e0", "coding", "learning", hard="mixed")
n.nl()
n.s("tests: 3 cases, no empty str", "e-", "coding", hard="negated")
n.nl()
n.s("good coder", "v+", "coding")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

# ---- c08 Fatima Al-Sayed (she), w3-r2: strong; vague writeups by i03 and i01 ----
n = Note(note_id="w3-n029", candidate_id="w3-c08", interviewer_id="w3-i03", req_id="w3-r2",
         round="system_design", submitted_at="2025-10-07", recommendation="strong_hire",
         ratings={}, specificity=1, style=["terse", "lowercase"], topic="retrieval")
n.s("design round, retrieval", "c")
n.nl()
n.s("wow, v strong, super senior thinking", "v+", hard="tech_vague")
n.nl()
n.s("nailed it", "v+", hard="bare_verdict")
n.nl()
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n030", candidate_id="w3-c08", interviewer_id="w3-i01", req_id="w3-r2",
         round="behavioural", submitted_at="2025-10-07", recommendation="strong_hire",
         ratings={}, specificity=1, style=["prose", "lowercase", "first_person"], topic="culture")
n.s("chatted w/ fatima for 30.", "c")
n.s("she's brilliant, honestly one of the best ppl we've talked to all year.", "v+", hard="bare_verdict")
n.s("100% a culture fit, warm and fun.", "v+", hard="biased")
n.s("strong hire, let's move fast.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n031", candidate_id="w3-c08", interviewer_id="w3-i07", req_id="w3-r2",
         round="system_design", submitted_at="2025-10-08", recommendation="strong_hire",
         ratings={"system_thinking": "strong_hire", "judgment": "strong_hire", "metrics": "hire"},
         specificity=5, style=["headings", "prose", "first_person"], topic="rag for contracts")
n.h("Question")
n.s("I asked Fatima to design retrieval for a contract-QA product: 2M PDFs across ~800 customers, each customer sees only their own documents.", "c", hard="interviewer_action")
n.blank()
n.h("Clarifying")
n.s("She asked three things before drawing: whether answers must cite clause numbers, how stale a document can be, and whether legal had an accuracy bar.", "e+", "judgment", hard="question")
n.s("When I said legal hadn't decided, she proposed defining it with them from 100 real questions rather than guessing a number.", "e+", "judgment", "metrics")
n.blank()
n.h("Design")
n.s("She chunked by clause using the PDF structure, not fixed windows, and showed with one example how a fixed window splits a termination clause from its exceptions.", "e+", "data_intuition")
n.s("Tenant isolation was a filter applied inside the ANN query, and she explained why post-filtering top-k would leave some customers with empty results.", "e+", "system_thinking")
n.s("She added a test tenant with planted documents to check on every deploy that no other tenant's clause ever comes back.", "e+", "risk_awareness", "user_impact")
n.s("For monitoring she wanted every answer's cited clause IDs logged and an alert if answers with no citation rose above 5%.", "e+", "risk_awareness")
n.s("She asked who at a customer gets hurt by a wrong clause, and suggested showing the clause text beside every answer so their lawyers can verify it.", "e+", "user_impact", hard="question")
n.blank()
n.h("Pushback")
n.s("I argued that clause chunking was overkill; she agreed it was slower to build and offered to start with fixed windows for the pilot customers only, with a date to revisit.", "e+", "judgment", "learning")
n.blank()
n.h("Recommendation")
n.s("Strong hire.", "v+", hard="bare_verdict")
n.s("Best retrieval design I've seen in this loop.", "v+", "system_thinking")
notes.append(n)

n = Note(note_id="w3-n032", candidate_id="w3-c08", interviewer_id="w3-i02", req_id="w3-r2",
         round="data", submitted_at="2025-10-08", recommendation="hire",
         ratings={"data_intuition": "strong_hire", "coding": "lean_hire"},
         specificity=4, style=["bullets", "terse", "third_person"], topic="relevance labels")
n.h("Data round, 60 min")
n.b("Gave her 1,200 crowd relevance labels with 3 raters per pair.", "c", hard="interviewer_action")
n.b("First computed per-rater agreement with the majority; found two raters at ~50%, i.e. random.", "e+", "data_intuition")
n.b("Checked their timestamps: median 2s per label vs. 14s for others.", "e+", "data_intuition", hard="plain_evidence")
n.b("Dropped them and recomputed; Krippendorff's alpha went from 0.41 to 0.63.", "e+", "data_intuition")
n.b("Pandas was slow going, she looked up groupby syntax twice.", "e-", "coding")
n.b("Didn't look at whether disagreement clustered by query type.", "e-", "data_intuition", hard="negated")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---- c09 Lucas Moreau (he), w3-r1: ignores user harm (i02, i07); i01 hire ----
n = Note(note_id="w3-n033", candidate_id="w3-c09", interviewer_id="w3-i02", req_id="w3-r1",
         round="system_design", submitted_at="2025-11-12", recommendation="no_hire",
         ratings={"user_impact": "no_hire", "system_thinking": "lean_hire"},
         specificity=5, style=["bullets", "terse", "third_person"], topic="red teaming")
n.h("System design, 60 min: red-team eval for a teen-facing tutoring bot")
n.b("Opened with throughput: 10k adversarial prompts/night, batch on spot GPUs, ~$40/night; numbers plausible.", "e+", "system_thinking")
n.b("Defined 'attack success' as any response the judge scores below 3/5 on helpfulness.", "e-", "metrics")
n.b("Judge rubric he wrote had no case for refusals: a safe refusal would count as a failed defense and a harmful but fluent answer could score 4/5.", "e-", "metrics")
n.b("Asked: what harms specifically for 13-17 year olds.", "c", hard="question")
n.b("Answer: 'same as adults, it's a general model'; didn't name self-harm, grooming or age-inappropriate content.", "e-", "user_impact", hard="negated")
n.b("Prompted with self-harm explicitly -> said the base model's safety tuning 'already handles that'.", "e-", "user_impact", "risk_awareness")
n.b("No plan for escalation to a human when a conversation hits a crisis topic.", "e-", "risk_awareness", hard="negated")
n.b("Could not say who should review red-team findings or decide a release is blocked.", "e-", "ownership")
n.b("NH: infra fine, harm thinking absent.", "e-", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w3-n034", candidate_id="w3-c09", interviewer_id="w3-i07", req_id="w3-r1",
         round="fundamentals", submitted_at="2025-11-12", recommendation="lean_no_hire",
         ratings={"ml_fundamentals": "hire", "user_impact": "no_hire"},
         specificity=4, style=["headings", "prose", "first_person"], topic="toxicity classifier")
n.h("Topic")
n.s("Fundamentals, 45 min, fine-tuning a toxicity classifier.", "c")
n.blank()
n.h("Notes")
n.s("Lucas explained class imbalance handling well: focal loss vs. reweighting, and why he'd tune the threshold on a held-out set rather than trust 0.5.", "e+", "ml_fundamentals")
n.s("He described the tokenizer's handling of leetspeak ('h8') and suggested augmentation for it.", "e+", "data_intuition")
n.s("I asked whether the classifier might flag some groups' speech more than others.", "c", hard="question")
n.s("He said \"it's trained on real data so it reflects reality\" and didn't engage further.", "e-", "user_impact")
n.s("When I described the reclaimed-slur problem specifically, he said it was an edge case not worth the eval budget.", "e-", "user_impact", "judgment")
n.blank()
n.h("Summary")
n.s("Sound on the ML, dismissive on fairness, which i02 also saw in a different round.", "v-", "user_impact", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n035", candidate_id="w3-c09", interviewer_id="w3-i01", req_id="w3-r1",
         round="coding", submitted_at="2025-11-13", recommendation="hire",
         ratings={"coding": "hire"},
         specificity=3, style=["prose", "lowercase", "first_person", "terse"], topic="prompt harness")
n.s("coding round, i asked lucas to write a small harness that runs a prompt set against 2 models and diffs the outputs.", "c", hard="interviewer_action")
n.s("he had it working in ~25 min w/ async calls and a semaphore so we don't blow the rate limit.", "e+", "coding")
n.s("wrote the diff as a side-by-side html table, which the PMs would love.", "e+", "user_impact")
n.s("didn't handle the case where one model times out, the whole run just crashed.", "e-", "coding", hard="negated")
n.s("super sharp guy tbh.", "v+", hard="tech_vague")
n.s("hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n036", candidate_id="w3-c09", interviewer_id="w3-i06", req_id="w3-r1",
         round="behavioural", submitted_at="2025-11-13", recommendation="lean_hire",
         ratings={"communication": "hire", "ownership": "lean_hire"},
         specificity=4, style=["quotes", "third_person", "prose"], topic="conflict")
n.s("Behavioural, 40m.", "c")
n.s("Asked about a disagreement with a teammate.", "c", hard="question")
n.s("Lucas told a story about a colleague who wanted to block a launch over toxicity results; he said \"I thought she was being overly cautious, but I set up a meeting with legal to settle it\".", "e0", "communication", "user_impact", hard="mixed")
n.s("Outcome, per him: the launch slipped a week and they added a filter.", "e0", "ownership")
n.s("Asked what he learned: \"that I should have read her eval before arguing\".", "e+", "learning")
n.s("Answers were clear and well structured.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c10 Mei Chen (she), w3-r2: poor judgment under ambiguity (i05); adapts after hint (i06) ----
n = Note(note_id="w3-n037", candidate_id="w3-c10", interviewer_id="w3-i05", req_id="w3-r2",
         round="system_design", submitted_at="2026-01-14", recommendation="no_hire",
         ratings={"judgment": "no_hire"},
         specificity=4, style=["fragments", "arrows", "lowercase", "abbreviations", "typos"], topic="search relevance")
n.s("sys design 45m -> 'improve search for our docs product', left vague on purpose", "c", hard="interviewer_action")
n.nl()
n.s("no clarifying qs at all -> started drawing a fine-tuned cross-encoder", "e-", "judgment", hard="negated")
n.nl()
n.s("i said we have no labelled data -> 'we'll label 50k pairs' , no cost or time est", "e-", "judgment")
n.nl()
n.s("asked what problem users actually have -> she guessed 'recall' w/o asking", "e-", "judgment", "user_impact")
n.nl()
n.s("architecture itself reasonable, two-stage w/ ANN + rerank", "e+", "system_thinking")
n.nl()
n.s("when i mentioned launch in 3 wks -> still wanted the full 50k labelling", "e-", "judgment")
n.nl()
n.s("judgement under ambiguity poor imo", "v-", "judgment")
n.nl()
n.s("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n038", candidate_id="w3-c10", interviewer_id="w3-i06", req_id="w3-r2",
         round="debugging", submitted_at="2026-01-14", recommendation="hire",
         ratings={"learning": "strong_hire", "coding": "hire"},
         specificity=5, style=["quotes", "third_person", "prose"], topic="rag answers wrong")
n.s("Debugging, 50m.", "c")
n.s("Scenario: RAG bot gives outdated pricing; logs and index provided.", "c")
n.s("Mei started with the generator prompt: \"maybe the model's ignoring context\".", "e0", "coding")
n.s("After ten minutes I suggested looking at what was retrieved.", "c", hard="interviewer_action")
n.s("She immediately printed the top-5 chunks for the failing query, saw two pricing pages from 2023 and 2025, and said \"oh, both are in the index and the old one ranks higher\".", "e+", "learning", "data_intuition")
n.s("She proposed a recency field in the metadata and a filter on 'superseded' docs, and wrote the filter in about six lines.", "e+", "coding")
n.s("Then asked \"how many other doc types have old versions lying around\", and wrote a query to count duplicate titles.", "e+", "data_intuition", hard="question")
n.s("She asked whether the old price had already been quoted to customers, and said support should get a list of affected conversations.", "e+", "user_impact", "ownership", hard="question")
n.s("Said \"I should have started from retrieval, that's on me\".", "e+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n039", candidate_id="w3-c10", interviewer_id="w3-i04", req_id="w3-r2",
         round="fundamentals", submitted_at="2026-01-15", recommendation="lean_hire",
         ratings={"ml_fundamentals": "hire"},
         specificity=3, style=["prose", "first_person"], topic="NER")
n.s("Fundamentals, 45 minutes, classic NLP.", "c")
n.s("I asked Mei how she'd build NER for product names in support chats.", "c", hard="question")
n.s("She suggested a BIO-tagged token classifier on a small BERT and explained why a CRF layer helps with invalid tag sequences.", "e+", "ml_fundamentals")
n.s("She asked how often new product names appear, then suggested a gazetteer feature for fresh names.", "e+", "data_intuition", hard="question")
n.s("Her answer on evaluation was entity-level F1, but she wasn't sure how partial matches are scored.", "e0", "metrics", hard="mixed")
n.s("Solid on the classics.", "v+", "ml_fundamentals")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n040", candidate_id="w3-c10", interviewer_id="w3-i03", req_id="w3-r2",
         round="behavioural", submitted_at="2026-01-15", recommendation="lean_hire",
         ratings={}, specificity=2, style=["terse", "lowercase", "fragments"], topic="behavioural")
n.s("behav", "c")
n.nl()
n.s("nice, a bit shy", "v0", hard="biased")
n.nl()
n.s("told me she rewrote her team's eval scripts after a bad release", "e+", "ownership")
n.nl()
n.s("prob fine", "v+", hard="hedged")
n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w3_notes_part3.jsonl", notes)
print(len(notes), "notes")
