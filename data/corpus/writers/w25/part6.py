import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w25-n051", candidate_id="w25-c27", interviewer_id="w25-i02", req_id="w25-r2",
         round="fundamentals", submitted_at="2025-09-02", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "quotes"], topic="sampling and loss",
         ratings={"ml_fundamentals": "no_hire"})
n.h("Fundamentals (45 min)")
n.b("Q1: why does sampling temperature move pass@k more than pass@1?", "c", hard="question")
n.b("ML | 1/5 | said temperature 'only affects the speed of generation'.", "e-", "ml_fundamentals")
n.b("Q2: the student's distillation loss goes down but pass@1 gets worse. Why?", "c")
n.b("ML | 2/5 | suggested the learning rate was too high; could not connect lower loss with worse outputs.", "e-", "ml_fundamentals")
n.b("After I noted the loss is measured against teacher distributions, not tests passing, he said 'ok' and did not build on it.", "e-", "learning")
n.b("Metrics | 2/5 | thought exact match and pass@1 measure the same thing.", "e-", "metrics")
n.b("Q3: overfitting to a small eval set.", "c")
n.b("ML | 3/5 | described k-fold correctly and said it gets hard when problems are correlated by repo.", "e+", "ml_fundamentals")
n.b("Communication | 3/5 | concise.", "v0", "communication")
n.b("Total 11/25 -> NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n052", candidate_id="w25-c28", interviewer_id="w25-i03", req_id="w25-r2",
         round="data", submitted_at="2025-09-16", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="data round")
n.s("Olivia was great in the data round.", "v+")
n.s("Very data-savvy, understands leakage and all that.", "v+", "data_intuition", hard="tech_vague")
n.s("Strong metrics intuition.", "v+", "metrics", hard="tech_vague")
n.s("Good communicator.", "v+", "communication")
n.s("Would be a great culture fit for the eval team.", "v+", hard="biased")
n.s("Didn't take many notes on specifics, sorry.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n053", candidate_id="w25-c29", interviewer_id="w25-i05", req_id="w25-r1",
         round="system_design", submitted_at="2025-10-07", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person"], topic="on-device completion",
         ratings={"system_thinking": "strong_hire", "user_impact": "hire"})
n.s("System design with Ibrahim, 50 minutes.", "c")
n.s("I asked him to design on-device completion for customers who will not allow their code to leave the laptop.", "c", hard="interviewer_action")
n.s("He did well to start from the constraint, asking what hardware those customers have; I told him 16 GB laptops without a GPU.", "e+", "judgment", hard="question")
n.s("He proposed distilling to a 350M model quantised to int4, and estimated about 45 ms per token on a recent CPU.", "e+", "system_thinking")
n.s("He said the quality drop had to be measured on the customers' own languages, and suggested a held-out set from consenting internal repos in those languages.", "e+", "metrics")
n.s("He proposed that nothing leave the machine except a daily count of accepts and rejects, which the admin can switch off.", "e+", "user_impact")
n.s("On updates, he described signed model files, keeping the previous version on disk, and rolling back automatically if the plugin crashes twice on start.", "e+", "risk_awareness")
n.s("When I challenged the int4 choice, he agreed int8 might be safer for quality and said he would decide after measuring both.", "e+", "learning")
n.s("He did not estimate the download size of the model, which matters for customers on slow connections.", "e-", "user_impact", hard="negated")
n.s("Kudos for a superb session.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n054", candidate_id="w25-c30", interviewer_id="w25-i07", req_id="w25-r1",
         round="debugging", submitted_at="2025-10-21", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person"], topic="stale retrieval index")
n.s("Zoe's debugging exercise involved a retrieval component that sometimes returned snippets from deleted files.", "c")
n.blank()
n.s("She found within fifteen minutes that the index was updated on file save but never on delete.", "e+", "system_thinking")
n.s("Her fix added a delete hook, though she did not handle renames, which go through the same path.", "e-", "coding", hard="mixed")
n.blank()
n.s("She seemed comfortable in the codebase.", "v+", "coding", hard="hedged")
n.s("She explained her reasoning well.", "v+", "communication")
n.s("She did not ask whether deleted files might hold secrets that users had removed on purpose.", "e-", "user_impact", hard="negated")
n.s("The interviewer ran out of time before the follow-up on monitoring.", "c")
n.blank()
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n055", candidate_id="w25-c31", interviewer_id="w25-i01", req_id="w25-r2",
         round="coding", submitted_at="2025-11-04", recommendation="hire", specificity=4,
         style=["bullets", "terse", "quotes", "abbreviations"], topic="anomaly flagging")
n.b("Task: from logged completion events, compute per-user acceptance and flag users whose rate jumps >3 SD day over day.", "c")
n.b("LGTM on per-user baselines instead of a global mean.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("Asked what a jump usually means in practice: bot traffic, a new plugin version, or a logging bug.", "e+", "data_intuition", hard="question")
n.b("Skipped users with <20 events and logged how many were skipped.", "e+", "judgment")
n.b("nit: rolling SD used population variance; when I asked why n and not n-1 he agreed sample variance fits better.", "e0", "ml_fundamentals", hard="mixed")
n.b("nit: one 80-line function; offered to split it but we were out of time.", "e-", "coding")
n.b("One of his 3 tests asserted on the printed string, not the value.", "e-", "coding", hard="plain_evidence")
n.b("On the threshold: \"too low and people mute it, too high and we miss the outage.\"", "e+", "communication", hard="plain_evidence")
n.b("Good review instincts.", "v+", "coding")
n.b("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n056", candidate_id="w25-c32", interviewer_id="w25-i03", req_id="w25-r1",
         round="behavioural", submitted_at="2025-11-18", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person", "quotes"], topic="ownership")
n.s("Behavioural with Tyler.", "c")
n.s("Asked the standard ownership and failure questions.", "c")
n.s("Didn't really get a sense of what he owned on his past projects.", "v-", "ownership")
n.s("Lots of 'we' and not much 'I'.", "v-", "ownership", hard="vague_quantity")
n.s("When I asked about a failure, he talked about a launch that slipped because another team was late.", "e-", "ownership")
n.s("Seemed a bit checked out.", "v-", hard="biased")
n.s("Not sure he's ready for this level.", "v-", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n057", candidate_id="w25-c33", interviewer_id="w25-i06", req_id="w25-r2",
         round="data", submitted_at="2025-12-02", recommendation="hire", specificity=4,
         style=["lowercase", "fragments", "arrows", "quotes"], topic="A/B on acceptance rate")
n.s("data round ananya: is the acceptance-rate A/B real", "c")
n.nl()
n.s("before touching numbers asked how long it ran + whether a holiday was in it", "e+", "data_intuition", hard="question")
n.nl()
n.s("found the test overlapped a vscode plugin release that changed the popup delay", "e+", "data_intuition")
n.nl()
n.s("split pre/post plugin release -> lift only pre, gone after", "e+", "metrics")
n.nl()
n.s("said she'd rather rerun for 2 wks than ship on half a result", "e+", "judgment")
n.nl()
n.s("flagged acceptance is higher for short suggestions, asked what share were 1-line", "e+", "metrics")
n.nl()
n.s("what she'd tell the pm -> 'inconclusive, here's the rerun plan and a date'", "e+", "communication")
n.nl()
n.s("missed that users w/ telemetry off aren't in the sample at all", "e-", "data_intuition", hard="negated")
n.nl()
n.s("h", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n058", candidate_id="w25-c34", interviewer_id="w25-i04", req_id="w25-r1",
         round="coding", submitted_at="2026-01-13", recommendation="no_hire", specificity=4,
         style=["fragments", "quotes", "first_person"], topic="token-aware truncation",
         ratings={"coding": "no_hire"})
n.s("Coding, 45 min, Hamza.", "c")
n.nl()
n.s("Problem: truncate a prompt to N tokens without cutting inside a multi-byte character.", "c")
n.nl()
n.s("00:05 started coding straight away, no questions about the tokenizer", "e-", "judgment", hard="negated")
n.nl()
n.s("00:12 sliced the byte string at N*4 'because tokens are about 4 bytes'", "e-", "coding")
n.nl()
n.s("00:20 I asked him to run the Japanese example", "c", hard="interviewer_action")
n.nl()
n.s("00:21 UnicodeDecodeError; he called the test input 'unusual'", "e-", "learning")
n.nl()
n.s("00:30 after a second hint switched to decoding token by token; worked", "e0", "coding", hard="mixed")
n.nl()
n.s("00:38 no tests, said he'd 'add them in the PR'", "e-", "coding")
n.nl()
n.s("00:42 talked over my questions twice", "e-", "communication", hard="plain_evidence")
n.nl()
n.s("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n059", candidate_id="w25-c35", interviewer_id="w25-i05", req_id="w25-r2",
         round="behavioural", submitted_at="2026-02-10", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="unwelcome results")
n.s("Behavioural interview with Sipho, 40 minutes.", "c")
n.s("I asked him about a time he had to deliver an unwelcome result.", "c", hard="interviewer_action")
n.s("He described telling his director, two days before a launch, that a flagship model's benchmark gain came from test files sitting in the training set.", "e+", "ownership")
n.s("He said he brought a one-page summary with the contaminated examples side by side, and the launch was postponed by a week.", "e+", "communication")
n.s("When I asked how he would prevent a recurrence, his answer was general: 'better processes'.", "e-", "risk_awareness")
n.s("He did not mention who fixed the training data afterwards, or whether he followed up.", "e-", "ownership", hard="negated")
n.s("He has a warm personality and would be lovely to work with.", "v+", hard="biased")
n.s("I believe he would settle in well.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n060", candidate_id="w25-c36", interviewer_id="w25-i07", req_id="w25-r2",
         round="system_design", submitted_at="2026-03-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "quotes"], topic="release gate")
n.s("Elena was asked to design the evaluation gate every new completion model must pass before shipping.", "c")
n.blank()
n.s("She proposed three stages: the offline suite, a week of internal dogfooding, and a 5% A/B on acceptance rate and accepted characters.", "e+", "system_thinking")
n.s("She did not define what result at each stage would block a release.", "e-", "judgment", hard="negated")
n.s("Asked about a model that passes the suite but reproduces licensed code, she said the licence filter 'handles that downstream'.", "e-", "user_impact")
n.blank()
n.s("When the interviewer asked who signs off, she said the eval team would produce numbers and 'leadership decides'.", "e-", "ownership")
n.s("She put the dogfood population at 300 engineers and said that was enough to detect a 2-point acceptance change, without showing any calculation.", "e-", "ml_fundamentals")
n.blank()
n.s("The structure was sensible; the decisions inside it were left to others.", "v0", "judgment", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w25_notes_part6.jsonl", notes)
