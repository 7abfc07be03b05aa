import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w3-n068", candidate_id="w3-c38", interviewer_id="w3-i02", req_id="w3-r1",
         round="debugging", submitted_at="2026-01-20", recommendation="hire",
         ratings={"learning": "strong_hire", "risk_awareness": "hire", "ml_fundamentals": "hire"},
         specificity=3, style=["bullets", "terse", "third_person", "abbreviations"], topic="eval variance")
n.h("Debugging, 60 min")
n.h("Setup")
n.b("Eval accuracy for the same checkpoint varies 71-78% across reruns; find out why.", "c")
n.b("Provided: eval config, 3 run logs, sampling params.", "c")
n.h("Observed")
n.b("Spotted temperature=0.7 in the config within ~2 min.", "e+", "ml_fundamentals", hard="plain_evidence")
n.b("Proposed temperature 0 and claimed that makes outputs fully deterministic.", "e-", "ml_fundamentals")
n.b("I noted batch-dependent numerics on GPU -> accepted it immediately, proposed reporting mean and spread over 5 seeds instead.", "e+", "learning")
n.b("Good instincts on variance.", "v+", "ml_fundamentals", hard="tech_vague")
n.b("Asked whether anyone had been making ship decisions off single runs; said those decisions should be re-checked.", "e+", "risk_awareness", "ownership", hard="question")
n.b("Suggested a minimum detectable difference before any A vs. B comparison.", "e+", "metrics")
n.b("Reasoning on the bootstrap was a bit loose.", "v-", "metrics", hard="hedged")
n.b("Takes correction well.", "v+", "learning")
n.b("Communication adequate, terse.", "v0", "communication")
n.h("Verdict")
n.b("Some gaps in depth, but quick to adjust.", "v+", "learning", hard="mixed")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n069", candidate_id="w3-c39", interviewer_id="w3-i01", req_id="w3-r2",
         round="behavioural", submitted_at="2026-01-27", recommendation="hire",
         ratings={}, specificity=1, style=["prose", "lowercase", "first_person"], topic="culture")
n.s("quick chat w/ elif.", "c")
n.s("awesome person, total culture add.", "v+", hard="biased")
n.s("clearly a builder, loves shipping.", "v+", "ownership")
n.s("great energy.", "v+", hard="biased")
n.s("smart smart smart.", "v+", hard="bare_verdict")
n.s("cares a ton abt users.", "v+", "user_impact", hard="vague_quantity")
n.s("hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n070", candidate_id="w3-c40", interviewer_id="w3-i06", req_id="w3-r1",
         round="system_design", submitted_at="2026-02-03", recommendation="lean_no_hire",
         ratings={"user_impact": "no_hire", "learning": "lean_no_hire", "risk_awareness": "lean_no_hire"},
         specificity=3, style=["quotes", "third_person", "prose"], topic="pii in prompts")
n.s("Design, 50m: logging prompts and responses so we can build eval sets from real traffic.", "c")
n.s("Arjun designed the pipeline: log everything to object storage, sample 1% daily into an annotation queue.", "e0", "system_thinking")
n.s("Asked about customers pasting personal data into prompts.", "c", hard="question")
n.s("His answer: \"we'll have a retention policy\".", "e-", "user_impact")
n.s("Pressed on whether annotators would see that data: \"they sign NDAs\".", "e-", "user_impact", "learning")
n.s("Not much awareness of privacy.", "v-", "user_impact")
n.s("Pressed a third time with a concrete case (a medical question with a full name).", "c", hard="interviewer_action")
n.s("Then he said \"ok, we could run a PII scrubber before the queue\", without saying how he'd check the scrubber works.", "e0", "learning", "risk_awareness", hard="mixed")
n.s("Didn't ask whether the logs could be deleted on request.", "e-", "risk_awareness", hard="negated")
n.s("Decent on the plumbing.", "v+", "system_thinking")
n.s("Defensive tone when pushed.", "v-", "learning")
n.s("Answers were long and not well organized.", "v-", "communication")
n.s("He kept saying \"at scale\" without numbers.", "e-", "communication", hard="plain_evidence")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n071", candidate_id="w3-c41", interviewer_id="w3-i03", req_id="w3-r2",
         round="system_design", submitted_at="2026-02-10", recommendation="hire",
         ratings={}, specificity=1, style=["terse", "lowercase"], topic="search")
n.s("design, search", "c")
n.nl()
n.s("good, knows rag inside out", "v+", "system_thinking", hard="tech_vague")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n072", candidate_id="w3-c42", interviewer_id="w3-i04", req_id="w3-r2",
         round="debugging", submitted_at="2026-02-17", recommendation="lean_hire",
         ratings={"risk_awareness": "hire", "coding": "lean_hire"},
         specificity=2, style=["prose", "first_person"], topic="latency regression")
n.s("Debugging, 45 minutes, a p95 latency regression in our answer service.", "c")
n.s("Renata seemed comfortable with profiling tools.", "v+", "coding", hard="tech_vague")
n.s("She found it eventually, I think with some help.", "e0", "coding", hard="hedged")
n.s("Her first move was to ask whether we could roll back the last deploy while she investigated.", "e+", "risk_awareness")
n.s("Solid risk instincts.", "v+", "risk_awareness")
n.s("Not the fastest debugger.", "v-", "coding")
n.s("Communication was okay.", "v0", "communication")
n.s("Owns her mistakes, from what she described.", "v+", "ownership", hard="hedged")
n.s("Maybe a touch anxious.", "v-", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n073", candidate_id="w3-c43", interviewer_id="w3-i05", req_id="w3-r2",
         round="system_design", submitted_at="2026-02-24", recommendation="hire",
         ratings={"judgment": "hire", "metrics": "hire"},
         specificity=3, style=["fragments", "arrows", "lowercase", "abbreviations", "typos"], topic="reranker launch")
n.s("sys design 45m -> launch a new reranker", "c")
n.nl()
n.s("asked what metric we trust online -> i said resolution rate, she built the plan around it", "e+", "metrics", "judgment", hard="question")
n.nl()
n.s("offline ndcg only as a gate to get to the A/B, said so explicitly", "e+", "metrics")
n.nl()
n.s("sized the A/B: ~3 wks for 1pt on resolution rate at our traffic", "e+", "metrics")
n.nl()
n.s("guardrails: latency p95 + escalation rate", "e+", "risk_awareness")
n.nl()
n.s("no plan if A/B is flat -> 'ship anyway?' unclear", "e-", "judgment")
n.nl()
n.s("i pushed on the flat case -> said she'd ship only if latency better, otherwise kill", "e+", "learning", "judgment")
n.nl()
n.s("knows ab testing well", "v+", "metrics", hard="tech_vague")
n.nl()
n.s("talks fast, hard to follow sometimes", "v-", "communication")
n.nl()
n.s("didnt mention user segments at all", "e-", "user_impact", hard="negated")
n.nl()
n.s("strong product sense overall", "v+", "user_impact")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n074", candidate_id="w3-c44", interviewer_id="w3-i07", req_id="w3-r1",
         round="behavioural", submitted_at="2026-03-03", recommendation="lean_hire",
         ratings={"ownership": "lean_hire", "learning": "hire", "communication": "lean_hire"},
         specificity=2, style=["headings", "prose", "first_person"], topic="behavioural")
n.h("Format")
n.s("Behavioural, 45 minutes.", "c")
n.s("I covered ownership, conflict and learning from failure.", "c")
n.blank()
n.h("Ownership")
n.s("Keisha came across as someone who drives things.", "v+", "ownership")
n.s("Her examples were high level and I struggled to pin down what she did personally.", "v-", "ownership")
n.s("She said she 'led' the eval work on two launches.", "e0", "ownership")
n.blank()
n.h("Conflict")
n.s("Handled the conflict question maturely.", "v+", "communication")
n.s("Seems to listen well.", "v+", "communication", hard="hedged")
n.blank()
n.h("Learning")
n.s("She's clearly reflective and open to feedback.", "v+", "learning")
n.s("Gave a thoughtful answer about what she'd change.", "v+", "learning")
n.blank()
n.h("Summary")
n.s("I like her, but I'd want a technical round to confirm the ownership story.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n075", candidate_id="w3-c45", interviewer_id="w3-i02", req_id="w3-r2",
         round="fundamentals", submitted_at="2026-03-10", recommendation="lean_no_hire",
         ratings={"ml_fundamentals": "lean_no_hire"},
         specificity=2, style=["bullets", "terse", "third_person"], topic="retrieval theory")
n.h("Fundamentals, 60 min")
n.b("Topics: BM25, dense retrieval, rerankers, eval.", "c")
n.b("Broad surface knowledge of retrieval.", "v0", "ml_fundamentals", hard="tech_vague")
n.b("Weak on the why behind any of it.", "v-", "ml_fundamentals")
n.b("Could not explain what the k1 parameter in BM25 controls.", "e-", "ml_fundamentals", hard="negated")
n.b("Metrics discussion shallow.", "v-", "metrics")
n.b("Generally unsure under follow-up.", "v-", "learning")
n.b("Polite.", "v0", hard="biased")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n076", candidate_id="w3-c46", interviewer_id="w3-i06", req_id="w3-r2",
         round="data", submitted_at="2026-03-17", recommendation="hire",
         ratings={"data_intuition": "hire", "user_impact": "hire"},
         specificity=3, style=["quotes", "third_person", "prose"], topic="ner labels")
n.s("Data round, 45m: NER labels for product names in chat logs.", "c")
n.s("Gave Thanh a sample of 300 labelled chats.", "c", hard="interviewer_action")
n.s("First thing she said: \"are these chats scrubbed, I see phone numbers in row 12\".", "e+", "user_impact", hard="plain_evidence")
n.s("Found that 'Pro' was labelled as a product in half the rows and ignored in the rest.", "e+", "data_intuition")
n.s("Has a good eye for label noise.", "v+", "data_intuition")
n.s("She proposed a guideline fix: \"Pro counts only when it follows a product name\".", "e+", "data_intuition")
n.s("Didn't estimate how much relabelling that means.", "e-", "judgment", hard="negated")
n.s("Explained her reasoning clearly.", "v+", "communication")
n.s("Probably strong on modeling too, didn't test.", "v+", "ml_fundamentals", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n077", candidate_id="w3-c47", interviewer_id="w3-i03", req_id="w3-r1",
         round="fundamentals", submitted_at="2026-03-24", recommendation="no_hire",
         ratings={}, specificity=1, style=["terse", "lowercase", "fragments"], topic="fundamentals")
n.s("fund.", "c")
n.nl()
n.s("not great", "v-", hard="bare_verdict")
n.nl()
n.s("shaky on basics", "v-", "ml_fundamentals")
n.nl()
n.s("didn't vibe", "v-", hard="biased")
n.nl()
n.s("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n078", candidate_id="w3-c48", interviewer_id="w3-i01", req_id="w3-r1",
         round="coding", submitted_at="2026-04-07", recommendation="hire",
         ratings={}, specificity=2, style=["prose", "lowercase", "first_person", "terse"], topic="coding")
n.s("coding w/ ben, eval script task.", "c")
n.s("he's a really good coder, fast and clean.", "v+", "coding")
n.s("got the main fn done w/ plenty of time left.", "e+", "coding")
n.s("tbh i didn't look closely at tests.", "c")
n.s("takes hints well.", "v+", "learning")
n.s("super likable.", "v+", hard="biased")
n.s("hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n079", candidate_id="w3-c49", interviewer_id="w3-i04", req_id="w3-r1",
         round="system_design", submitted_at="2026-04-21", recommendation="no_hire",
         ratings={"risk_awareness": "no_hire", "judgment": "lean_no_hire"},
         specificity=3, style=["prose", "first_person"], topic="auto-eval agent")
n.s("System design, 45 minutes.", "c")
n.s("I asked Viktor to design an agent that automatically rewrites prompts when eval scores drop.", "c", hard="interviewer_action")
n.s("He proposed letting the agent push new prompts straight to production if the judge score improved.", "e-", "risk_awareness", "judgment")
n.s("I asked what stops the agent from gaming the judge, and he said the judge is a different model so it can't be gamed.", "e-", "metrics", "learning")
n.s("Lots of buzzwords.", "v-", "communication", hard="vague_quantity")
n.s("No human review step anywhere.", "e-", "risk_awareness", hard="negated")
n.s("He had thought about cost, a little.", "v0", "system_thinking")
n.s("Risky instincts for a product that talks to customers.", "v-", "risk_awareness")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n080", candidate_id="w3-c50", interviewer_id="w3-i05", req_id="w3-r2",
         round="coding", submitted_at="2026-05-05", recommendation="lean_no_hire",
         ratings={}, specificity=1, style=["fragments", "lowercase", "abbreviations"], topic="coding")
n.s("coding 45m", "c")
n.nl()
n.s("struggled", "v-", "coding")
n.nl()
n.s("slow, lots of googling-vibes", "v-", "coding", hard="vague_quantity")
n.nl()
n.s("not ready", "v-", hard="bare_verdict")
n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w3_notes_part6.jsonl", notes)
print(len(notes), "notes")
