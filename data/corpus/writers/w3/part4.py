import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- history notes: other candidates seen by the same interviewers ----
n = Note(note_id="w3-n041", candidate_id="w3-c11", interviewer_id="w3-i07", req_id="w3-r1",
         round="system_design", submitted_at="2024-09-17", recommendation="hire",
         ratings={"communication": "strong_hire", "judgment": "hire", "risk_awareness": "hire"},
         specificity=5, style=["headings", "prose", "first_person", "bullets"], topic="llm eval gating")
n.h("Setup")
n.s("System design, 60 min.", "c")
n.s("I asked Tomás to design the release gate for prompt changes: every prompt edit in the product goes through an eval before it ships.", "c", hard="interviewer_action")
n.s("I played a PM who wants same-day prompt releases.", "c", hard="interviewer_action")
n.blank()
n.h("Clarifying")
n.b("He asked how many prompt edits per week we ship (I said ~30) and how long a full eval run takes today (I said 3 hours).", "e+", "judgment", hard="question")
n.b("He asked which failures had actually reached customers in the last quarter before deciding what the gate should test.", "e+", "user_impact", hard="question")
n.blank()
n.h("Design")
n.b("Two tiers: a 15-minute smoke suite of 150 items on every edit, the full 3-hour suite nightly and before any edit touching refund or account flows.", "e+", "system_thinking", "judgment")
n.b("He chose the 150 smoke items by taking the prompts that had flipped between pass and fail in past releases, reasoning that those are the sensitive ones.", "e+", "data_intuition")
n.b("Set the gate as 'no more than 2 regressions on the smoke suite', and said a percentage threshold would hide a single catastrophic regression on refunds.", "e+", "metrics")
n.b("Rollback: prompts are versioned, the serving layer reads a pointer, and flipping the pointer back takes seconds; he wanted the on-call engineer able to do it without a deploy.", "e+", "risk_awareness")
n.b("He didn't consider that the LLM judge used in the smoke suite could itself change between runs.", "e-", "risk_awareness", hard="negated")
n.b("He proposed that whoever edits a prompt owns its smoke-suite failures, and the eval team owns only the suite itself.", "e+", "ownership", "judgment")
n.blank()
n.h("PM role-play")
n.b("When I (as PM) complained that 15 minutes was too slow, he explained the trade-off in two sentences with no jargon, then offered a fast lane for copy-only edits with a weekly audit.", "e+", "communication", "judgment")
n.b("He checked whether I was satisfied before moving on, rather than assuming.", "e+", "communication", hard="plain_evidence")
n.blank()
n.h("Summary")
n.s("The strongest communication I've seen in a design round this year.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n042", candidate_id="w3-c12", interviewer_id="w3-i03", req_id="w3-r2",
         round="fundamentals", submitted_at="2024-10-02", recommendation="hire",
         ratings={}, specificity=1, style=["terse", "lowercase"], topic="retrieval")
n.s("good convo", "v+")
n.nl()
n.s("deep knowledge of retrieval + rerankers", "v+", "ml_fundamentals", hard="tech_vague")
n.nl()
n.s("communicates well", "v+", "communication")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n043", candidate_id="w3-c13", interviewer_id="w3-i02", req_id="w3-r1",
         round="fundamentals", submitted_at="2024-10-15", recommendation="no_hire",
         ratings={"ml_fundamentals": "no_hire", "communication": "lean_no_hire"},
         specificity=5, style=["bullets", "terse", "third_person"], topic="perplexity")
n.h("Fundamentals, 60 min")
n.b("Q: what does perplexity measure, and can we compare it across two tokenizers.", "c", hard="question")
n.b("Defined perplexity as 'how confused the model is'; could not write it as exp of mean token NLL when asked.", "e-", "ml_fundamentals")
n.b("Said yes, perplexities are comparable across tokenizers.", "e-", "ml_fundamentals")
n.b("Hint: what if one tokenizer splits every word into 3 tokens -> still said yes.", "e-", "learning")
n.b("Q: how would you detect eval-set contamination in a pretrained model.", "c", hard="question")
n.b("Suggested n-gram overlap with the pretraining corpus; good, but admitted he hadn't thought about paraphrased leaks.", "e0", "data_intuition", hard="mixed")
n.b("Asked again about paraphrases -> proposed embedding-similarity search against the corpus; decent recovery.", "e+", "learning")
n.b("Answers ran 4-5 minutes each; I interrupted twice to get back to the question.", "e-", "communication")
n.b("Didn't check once whether his explanations landed.", "e-", "communication", hard="negated")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n044", candidate_id="w3-c14", interviewer_id="w3-i01", req_id="w3-r1",
         round="behavioural", submitted_at="2024-11-04", recommendation="strong_hire",
         ratings={}, specificity=2, style=["prose", "lowercase", "first_person"], topic="founder chat")
n.s("founder chat w/ leila, 30 min.", "c")
n.s("i was blown away.", "v+")
n.s("she's done tons of eval work, knows everything abt llm judges.", "v+", "metrics", hard="vague_quantity")
n.s("she asked me what our biggest customer complaint was and then how we measure it today, nobody asks that.", "e+", "user_impact", hard="question")
n.s("super driven, will def own things.", "v+", "ownership")
n.s("SH!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n045", candidate_id="w3-c15", interviewer_id="w3-i05", req_id="w3-r2",
         round="debugging", submitted_at="2024-11-20", recommendation="lean_hire",
         ratings={"coding": "hire"},
         specificity=4, style=["fragments", "arrows", "lowercase", "abbreviations", "typos"], topic="embedding service")
n.s("debug, 45m -> embedding svc returning identical vecs for diff inputs", "c")
n.nl()
n.s("first q he asked: 'is it every input or some' -> good", "e+", "coding", hard="question")
n.nl()
n.s("found the bug: pooling over padding tokens w/o attention mask", "e+", "coding", "ml_fundamentals")
n.nl()
n.s("fixed it + wrote test comparing 2 sentences of diff length", "e+", "coding")
n.nl()
n.s("didnt ask how many downstream indexes were built w/ the bad vecs", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("i mentioned it -> said 'yeah we'd need to re-embed, i'd check w/ the owners first'", "e+", "learning", "ownership")
n.nl()
n.s("explained the fix to me clearly", "v+", "communication")
n.nl()
n.s("LH, leaning H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n046", candidate_id="w3-c16", interviewer_id="w3-i06", req_id="w3-r1",
         round="behavioural", submitted_at="2024-12-03", recommendation="hire",
         ratings={"ownership": "strong_hire", "communication": "hire"},
         specificity=5, style=["quotes", "third_person", "prose"], topic="ownership")
n.s("Behavioural, 45m.", "c")
n.s("Asked Ravi about a time an eval result was wrong after it had been shared.", "c", hard="question")
n.s("He said he had reported a 12-point jump on a summarization benchmark to leadership, then found two days later that the test prompts were leaking into the few-shot examples.", "e0", "data_intuition", hard="mixed")
n.s("His words: \"I sent a correction to the same thread within the hour, before anyone asked\".", "e+", "ownership", "communication")
n.s("He then added an overlap check to the eval runner so the same leak couldn't happen again, and showed me a screenshot of the check's output in the repo.", "e+", "ownership")
n.s("Asked whether other teams had the same problem: \"I offered the check to the two other teams that report numbers and walked them through it\".", "e+", "ownership", "communication")
n.s("Asked how leadership took it: \"my manager said it was the most useful email I'd sent\".", "e+", "communication")
n.s("Asked about a conflict; he said \"I tend to give in too quickly, I'm working on it\", and gave an example where he dropped a valid concern about label noise.", "e-", "judgment")
n.s("Warm, easy to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n047", candidate_id="w3-c17", interviewer_id="w3-i04", req_id="w3-r2",
         round="system_design", submitted_at="2024-12-18", recommendation="lean_no_hire",
         ratings={"system_thinking": "lean_no_hire", "communication": "lean_no_hire"},
         specificity=3, style=["prose", "first_person"], topic="query autocomplete")
n.s("System design, 45 min: query autocomplete for the help center.", "c")
n.s("Ana jumped into a trie implementation before asking how many queries or how fresh suggestions had to be.", "e-", "judgment")
n.s("When I said we get about 200 queries a minute, she agreed a simple prefix table in Redis would do.", "e+", "learning", "system_thinking")
n.s("She didn't think about filtering offensive or private suggestions out of the completions.", "e-", "user_impact", hard="negated")
n.s("Hard to follow at times; she jumped between components.", "v-", "communication")
n.s("Decent coder probably, but not a design person yet.", "v-", "system_thinking", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n048", candidate_id="w3-c18", interviewer_id="w3-i07", req_id="w3-r2",
         round="data", submitted_at="2025-01-09", recommendation="no_hire",
         ratings={"data_intuition": "no_hire", "metrics": "lean_no_hire", "communication": "hire"},
         specificity=5, style=["headings", "prose", "first_person"], topic="annotation guidelines")
n.h("Exercise")
n.s("Data round, 50 min.", "c")
n.s("I gave Kwame our draft annotation guideline for 'answer groundedness' and 60 labelled examples from two annotators who agreed only 58% of the time.", "c", hard="interviewer_action")
n.s("The ask: figure out why, and propose changes.", "c")
n.blank()
n.h("What he did")
n.s("He read the guideline aloud in a summary and it was clear and accurate.", "e+", "communication")
n.s("He then proposed replacing both annotators, saying that 58% means 'they didn't read the guideline'.", "e-", "data_intuition")
n.s("He never opened the 25 disagreements to see what they had in common.", "e-", "data_intuition", hard="negated")
n.s("When I suggested looking at three of them, he saw that both disagreed on answers that were partly supported, but still said the annotators were at fault.", "e-", "learning", "data_intuition")
n.s("He proposed measuring guideline quality by agreement alone; when I asked if two annotators could agree and both be wrong, he said that was unlikely.", "e-", "metrics")
n.blank()
n.h("Summary")
n.s("Articulate, but the data instincts aren't there for this role.", "v-", "data_intuition", hard="mixed")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n049", candidate_id="w3-c19", interviewer_id="w3-i03", req_id="w3-r1",
         round="system_design", submitted_at="2025-01-22", recommendation="lean_hire",
         ratings={}, specificity=2, style=["terse", "lowercase", "fragments"], topic="eval system")
n.s("design, eval system", "c")
n.nl()
n.s("pretty good, a little junior maybe", "v0", hard="hedged")
n.nl()
n.s("drew a queue + workers + results db, made sense", "e+", "system_thinking")
n.nl()
n.s("def thinks about scale", "v+", "system_thinking", hard="tech_vague")
n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n050", candidate_id="w3-c20", interviewer_id="w3-i01", req_id="w3-r2",
         round="system_design", submitted_at="2025-02-06", recommendation="hire",
         ratings={"system_thinking": "hire"},
         specificity=3, style=["prose", "lowercase", "first_person", "terse"], topic="latency cost")
n.s("design round w/ jonah on cutting inference cost for our RAG bot.", "c")
n.s("he proposed a semantic cache for repeated questions and estimated ~30% hit rate from our logs sample.", "e+", "system_thinking")
n.s("then said we could route easy questions to a small model and hard ones to the big one.", "e+", "system_thinking", "judgment")
n.s("i asked how we'd know the small model's answers weren't worse, he said users would complain.", "e-", "metrics", "risk_awareness")
n.s("love his cost focus, very startup-minded.", "v+", "judgment")
n.s("hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n051", candidate_id="w3-c21", interviewer_id="w3-i02", req_id="w3-r2",
         round="coding", submitted_at="2025-02-19", recommendation="lean_hire",
         ratings={"coding": "lean_hire", "communication": "hire"},
         specificity=4, style=["bullets", "terse", "third_person"], topic="top-k merge")
n.h("Coding, 45 min: merge top-k lists from N shards")
n.b("Restated the problem and asked whether scores are comparable across shards before writing anything.", "e+", "communication", "judgment", hard="question")
n.b("Heap-based merge, O(k log N), correct.", "e+", "coding")
n.b("Off-by-one in the termination condition; returned k+1 items on my test.", "e-", "coding")
n.b("Found it himself by tracing the example out loud.", "e+", "coding", hard="plain_evidence")
n.b("Did not handle shards returning fewer than k results.", "e-", "coding", hard="negated")
n.b("Narrated clearly throughout.", "v+", "communication")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n052", candidate_id="w3-c22", interviewer_id="w3-i06", req_id="w3-r2",
         round="system_design", submitted_at="2025-03-12", recommendation="lean_no_hire",
         ratings={"risk_awareness": "no_hire", "communication": "lean_no_hire"},
         specificity=4, style=["quotes", "third_person", "prose"], topic="rag freshness")
n.s("Design, 45m: keep a RAG index fresh as docs change hourly.", "c")
n.s("Zainab proposed change-data-capture from the CMS into an embedding queue, which is right.", "e+", "system_thinking")
n.s("On failures: \"the queue will just retry\".", "e-", "risk_awareness")
n.s("Asked what happens if the embedding job silently stops for a day: \"someone would notice\".", "e-", "risk_awareness", "ownership")
n.s("Asked who that someone is: \"probably the on-call\".", "e-", "ownership")
n.s("She answered most questions with one line and waited.", "e-", "communication", hard="plain_evidence")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n053", candidate_id="w3-c23", interviewer_id="w3-i05", req_id="w3-r1",
         round="fundamentals", submitted_at="2025-03-26", recommendation="hire",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"},
         specificity=4, style=["fragments", "arrows", "lowercase", "abbreviations"], topic="pairwise eval")
n.s("fundamentals 45m, pairwise prefs + elo", "c")
n.nl()
n.s("asked how to rank 6 model versions from pairwise human prefs -> bradley-terry, wrote the likelihood", "e+", "ml_fundamentals")
n.nl()
n.s("knew elo is order-dependent, said BT fit is better for a fixed batch", "e+", "ml_fundamentals")
n.nl()
n.s("asked abt ties -> proposed treating as half-win, fine", "e+", "ml_fundamentals")
n.nl()
n.s("asked if annotators see both answers in same order -> yes, so position bias -> randomize", "e+", "data_intuition", hard="question")
n.nl()
n.s("didn't get to confidence intervals on the ratings", "c")
n.nl()
n.s("explained everything crisply", "v+", "communication")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n054", candidate_id="w3-c24", interviewer_id="w3-i04", req_id="w3-r1",
         round="behavioural", submitted_at="2025-04-16", recommendation="hire",
         ratings={"ownership": "hire", "communication": "hire"},
         specificity=4, style=["prose", "first_person"], topic="ownership")
n.s("Behavioural, 40 minutes.", "c")
n.s("I asked Chidi about a project he drove end to end.", "c", hard="question")
n.s("He described building a hallucination dashboard at his last job after noticing nobody tracked it, including getting two teams to agree on a definition.", "e+", "ownership", "communication")
n.s("He said adoption was slow until he sent a weekly digest with three examples of bad answers, which got the PMs reading it.", "e+", "communication", "user_impact")
n.s("When I asked what he'd do differently, he said he'd have asked the support team what they needed before building anything.", "e+", "learning")
n.s("Clear, thoughtful answers.", "v+", "communication")
n.s("He seemed genuinely excited about the mission.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w3_notes_part4.jsonl", notes)
print(len(notes), "notes")
