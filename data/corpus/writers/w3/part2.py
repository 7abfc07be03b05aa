import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Dmitri Volkov (he), w3-r2: defensive under pushback (i06, i02); i03 vague positive ----
n = Note(note_id="w3-n013", candidate_id="w3-c04", interviewer_id="w3-i06", req_id="w3-r2",
         round="system_design", submitted_at="2025-06-03", recommendation="no_hire",
         ratings={"learning": "no_hire", "system_thinking": "lean_hire", "communication": "lean_no_hire"},
         specificity=5, style=["quotes", "third_person", "prose"], topic="semantic search")
n.s("System design, 50 min: semantic search over 40M support transcripts, p95 under 300ms.", "c")
n.s("Dmitri proposed an HNSW index sharded by customer, and estimated ~60GB of vectors at 384 dims in fp16.", "e+", "system_thinking")
n.s("His math was right and he did it without being asked.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("I asked how he'd handle a customer deleting their data under GDPR.", "c", hard="question")
n.s("He said \"HNSW doesn't really support deletes, so we'd rebuild nightly\" and when I pointed out a deleted transcript would stay searchable for up to a day he said \"that's a legal problem, not an engineering one\".", "e-", "user_impact", "ownership")
n.s("I pushed back on his choice of recall@10 as the only quality metric.", "c", hard="interviewer_action")
n.s("Reply: \"I've shipped five search systems, recall@10 is what matters\".", "e-", "learning", "metrics")
n.s("I tried a second time, asking what users actually do with the top result, and he said \"we're going in circles\".", "e-", "learning", "communication")
n.s("He never asked a single question about who searches the transcripts or why.", "e-", "user_impact", hard="negated")
n.s("Asked how he'd watch index quality after launch: \"if recall@10 holds, we're fine\".", "e-", "risk_awareness", "metrics")
n.s("He did sketch shard rebalancing for a customer that grows 10x, and got the memory math right again.", "e+", "system_thinking")
n.s("Strong on index mechanics, but I can't see him taking feedback on a small team.", "v-", "learning", hard="mixed")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n014", candidate_id="w3-c04", interviewer_id="w3-i02", req_id="w3-r2",
         round="fundamentals", submitted_at="2025-06-03", recommendation="lean_no_hire",
         ratings={"ml_fundamentals": "hire", "learning": "no_hire"},
         specificity=4, style=["bullets", "terse", "third_person", "abbreviations"], topic="dense retrieval")
n.h("Fundamentals, 60 min")
n.b("Q: why does a bi-encoder underperform a cross-encoder on reranking.", "c", hard="question")
n.b("Correct: no token-level interaction between query and doc in the bi-encoder; cross-encoder attends across both.", "e+", "ml_fundamentals")
n.b("Gave cost estimate for cross-encoding top-100 per query (~100 forward passes) unprompted.", "e+", "system_thinking")
n.b("Q: temperature in the InfoNCE loss, what does lowering it do.", "c", hard="question")
n.b("Said lower temp 'makes the model more confident'; could not say it sharpens the weight on hard negatives.", "e-", "ml_fundamentals")
n.b("Flagged the gap -> he said the distinction was 'academic'.", "e-", "learning")
n.b("Later insisted cosine and dot product are always equivalent; didn't accept that unnormalized vectors differ even after I wrote an example.", "e-", "ml_fundamentals", "learning")
n.b("Same defensiveness i06 saw, from the sound of it.", "v-", "learning", hard="hedged")
n.b("Knowledge is broad but brittle.", "v0", "ml_fundamentals", hard="tech_vague")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n015", candidate_id="w3-c04", interviewer_id="w3-i03", req_id="w3-r2",
         round="coding", submitted_at="2025-06-04", recommendation="hire",
         ratings={}, specificity=1, style=["terse", "lowercase", "fragments"], topic="coding")
n.s("coding round", "c")
n.nl()
n.s("v strong coder, super confident", "v+", "coding", hard="tech_vague")
n.nl()
n.s("knows his stuff", "v+")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n016", candidate_id="w3-c04", interviewer_id="w3-i05", req_id="w3-r2",
         round="data", submitted_at="2025-06-05", recommendation="lean_hire",
         ratings={"data_intuition": "lean_hire"},
         specificity=3, style=["fragments", "arrows", "lowercase", "abbreviations"], topic="query logs")
n.s("data round, query logs", "c")
n.nl()
n.s("gave him 1 wk of search logs, asked what's wrong w/ the zero-result rate", "c", hard="interviewer_action")
n.nl()
n.s("grouped by query length -> found 1-word queries were 40% of zero results", "e+", "data_intuition")
n.nl()
n.s("then spotted the product-code queries (like 'SKU-44') getting tokenized apart", "e+", "data_intuition", hard="plain_evidence")
n.nl()
n.s("didn't check if bots were in the logs", "e-", "data_intuition", hard="negated")
n.nl()
n.s("bit prickly when i asked why, but took it", "v0", "learning", hard="mixed")
n.nl()
n.s("ok overall, LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Nkechi Okafor (she), w3-r1: strong on harm; coding contradiction (i05 strong vs i04 weak) ----
n = Note(note_id="w3-n017", candidate_id="w3-c05", interviewer_id="w3-i05", req_id="w3-r1",
         round="coding", submitted_at="2025-07-08", recommendation="hire",
         ratings={"coding": "strong_hire"},
         specificity=4, style=["fragments", "arrows", "lowercase", "abbreviations", "typos"], topic="toxicity scorer")
n.s("coding 45m -> toxicity eval script", "c")
n.nl()
n.s("read the spec, asked if labels were multi-label or single -> multi, so she used per-class thresholds", "e+", "coding", "data_intuition")
n.nl()
n.s("wrote precision/recall per class from scratch, no sklearn, correct on first run", "e+", "coding")
n.nl()
n.s("added a test where a class has zero positives -> handled the div by zero", "e+", "coding", hard="plain_evidence")
n.nl()
n.s("refactored into a function when i asked for a 2nd dataset, ~3 min", "e+", "coding")
n.nl()
n.s("variable names kinda cryptic (p, r, t2)", "e-", "coding")
n.nl()
n.s("v clean overall imo", "v+", "coding")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n018", candidate_id="w3-c05", interviewer_id="w3-i04", req_id="w3-r1",
         round="debugging", submitted_at="2025-07-08", recommendation="lean_no_hire",
         ratings={"coding": "lean_no_hire", "user_impact": "hire"},
         specificity=4, style=["prose", "first_person"], topic="eval pipeline bug")
n.s("Debugging round, 45 minutes.", "c")
n.s("I gave Nkechi a 150-line eval script whose reported accuracy was too high because the few-shot examples were also in the test set.", "c", hard="interviewer_action")
n.s("She spent the first 15 minutes reading the HTTP client code, which had nothing to do with the bug.", "e-", "coding", hard="plain_evidence")
n.s("She didn't print a single intermediate value or run the script on a tiny input.", "e-", "coding", hard="negated")
n.s("After I suggested checking overlap between prompts and test items, she found the leak in about five minutes.", "e0", "coding", "learning", hard="mixed")
n.s("She then asked whether any customer-facing number had been reported from this script, and said she'd want to correct it publicly if so.", "e+", "ownership", "user_impact")
n.s("She also proposed a check that fails the run if any test item appears in the prompt, which is the right fix.", "e+", "coding", "risk_awareness")
n.s("Her coding is less solid than I expected given the other feedback.", "v-", "coding")
n.s("Lean no hire for this req, which is heavy on pipeline work.", "v-")
notes.append(n)

n = Note(note_id="w3-n019", candidate_id="w3-c05", interviewer_id="w3-i07", req_id="w3-r1",
         round="system_design", submitted_at="2025-07-09", recommendation="strong_hire",
         ratings={"user_impact": "strong_hire", "system_thinking": "hire", "metrics": "hire"},
         specificity=5, style=["headings", "prose", "first_person", "bullets"], topic="toxicity eval")
n.h("Question")
n.s("Design evaluation for a toxicity filter that sits in front of our chat product, in 50 minutes.", "c")
n.blank()
n.h("Approach")
n.b("Nkechi asked which languages and dialects the product sees before anything else; when I said mostly English with some Nigerian Pidgin and Spanish she said the off-the-shelf classifiers would over-flag Pidgin and wanted a per-dialect eval slice.", "e+", "user_impact", "data_intuition")
n.b("She defined two error costs explicitly: a false block silences a legitimate user, a miss exposes others to abuse; she wanted both reported, never a single F1.", "e+", "metrics", "user_impact")
n.b("Proposed sourcing hard cases from the appeals queue, because blocked users who appeal are exactly the false positives.", "e+", "data_intuition")
n.b("Laid out the serving path: cheap classifier inline (<20ms), LLM judge async on a sample, disagreements to human review.", "e+", "system_thinking")
n.b("Asked what happens when the classifier service is down; her answer was to fail open for logged-in users with a rate limit, fail closed for new accounts, and she said why.", "e+", "risk_awareness", "judgment")
n.b("She didn't estimate the human review volume until I asked; her first guess (a few hundred a day) was low by an order of magnitude for our traffic.", "e-", "system_thinking")
n.b("Asked how she'd know the filter was getting worse over time: a weekly blind-labelled sample of 500 unblocked messages, tracked per dialect.", "e+", "risk_awareness", "metrics")
n.b("Said she would own the slice definitions herself and send the per-dialect numbers to the trust & safety lead monthly.", "e+", "ownership")
n.blank()
n.h("Communication")
n.b("Checked in with me every 10 minutes or so and summarized before switching topics.", "e+", "communication")
n.blank()
n.h("Recommendation")
n.s("Strong hire: the dialect slice and the appeals-queue idea are exactly the thinking this role needs.", "e+", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w3-n020", candidate_id="w3-c05", interviewer_id="w3-i01", req_id="w3-r1",
         round="behavioural", submitted_at="2025-07-09", recommendation="strong_hire",
         ratings={}, specificity=2, style=["prose", "lowercase", "first_person"], topic="culture")
n.s("behavioral w/ nkechi.", "c")
n.s("amazing.", "v+", hard="bare_verdict")
n.s("she told me about pushing her old team to delay a launch b/c the classifier flagged AAVE posts at 3x the rate of other posts.", "e+", "user_impact", "ownership")
n.s("really cares about users, you can feel it.", "v+", "user_impact")
n.s("great communicator too.", "v+", "communication")
n.s("SH from me.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Hiroshi Tanaka (he), w3-r2: no rollback / failure-mode thinking (i07, i04) ----
n = Note(note_id="w3-n021", candidate_id="w3-c06", interviewer_id="w3-i07", req_id="w3-r2",
         round="system_design", submitted_at="2025-08-12", recommendation="lean_no_hire",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "judgment": "lean_no_hire"},
         specificity=5, style=["headings", "prose", "first_person"], topic="embedding migration")
n.h("Setup")
n.s("System design, 55 min.", "c")
n.s("Scenario: migrate our RAG index from an old embedding model to a new one without downtime; 12M chunks.", "c")
n.blank()
n.h("Observations")
n.s("Hiroshi proposed dual-writing new chunks to both indexes and backfilling the old ones in batches, which is the right shape.", "e+", "system_thinking")
n.s("He estimated the backfill at ~14 hours on 8 GPUs from a throughput of ~30 chunks/s per GPU, and the arithmetic held.", "e+", "system_thinking")
n.s("Then he planned to flip all traffic to the new index the moment the backfill finished.", "e-", "risk_awareness")
n.s("I asked what he'd do if answer quality dropped after the flip; he said the new model was better on the benchmark so it wouldn't.", "e-", "risk_awareness", "metrics")
n.s("I asked again, more directly, how he would roll back, and he said \"we'd re-run the backfill with the old model\", which is another 14 hours.", "e-", "risk_awareness")
n.s("He never suggested keeping the old index warm or comparing answers side by side on live queries.", "e-", "risk_awareness", hard="negated")
n.s("He also didn't ask whether any downstream caches store old vectors.", "e-", "system_thinking", hard="negated")
n.s("To his credit, when I described a past incident where a new embedding model broke queries containing product codes, he immediately suggested a test set of code-style queries.", "e+", "learning", "data_intuition")
n.blank()
n.h("Summary")
n.s("Good builder, worrying on failure modes.", "v0", hard="mixed")
n.s("Lean no hire; would change if another round shows he can think about rollback.", "v-")
notes.append(n)

n = Note(note_id="w3-n022", candidate_id="w3-c06", interviewer_id="w3-i04", req_id="w3-r2",
         round="debugging", submitted_at="2025-08-12", recommendation="lean_no_hire",
         ratings={"coding": "hire", "risk_awareness": "lean_no_hire"},
         specificity=4, style=["prose", "first_person"], topic="retrieval outage")
n.s("Debugging round.", "c")
n.s("The scenario was a retriever that started returning empty results for about 8% of queries after a deploy.", "c")
n.s("Hiroshi found the cause quickly: the new tokenizer config dropped non-ASCII queries to empty strings.", "e+", "coding", "data_intuition")
n.s("He wrote a fix and a unit test with Japanese and Arabic queries.", "e+", "coding")
n.s("When I asked what he would do in the first ten minutes of the incident, before finding the cause, he went straight back to reading code.", "e-", "risk_awareness")
n.s("He didn't mention rolling back the deploy at all.", "e-", "risk_awareness", hard="negated")
n.s("Afterwards he said he'd add an alert on the empty-result rate, but only once I pointed out nobody had noticed for two hours.", "e0", "risk_awareness", "learning", hard="mixed")
n.s("Same theme as the design round, I hear.", "c")
n.s("Strong debugger, weak incident instincts.", "v0", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n023", candidate_id="w3-c06", interviewer_id="w3-i06", req_id="w3-r2",
         round="behavioural", submitted_at="2025-08-13", recommendation="lean_hire",
         ratings={"ownership": "hire", "communication": "lean_hire"},
         specificity=4, style=["quotes", "third_person", "prose"], topic="ownership")
n.s("Behavioural, 40m.", "c")
n.s("Asked about a project that went wrong.", "c", hard="question")
n.s("Hiroshi described shipping a query-expansion model that doubled latency for mobile users; he said \"I found out from a support ticket, which was embarrassing\".", "e0", "ownership", hard="mixed")
n.s("He then wrote the latency dashboard himself so it wouldn't happen again.", "e+", "ownership")
n.s("Asked who he'd tell first if he broke prod: \"my lead, and then whoever's on call\".", "e+", "communication")
n.s("When asked about disagreeing with a PM, he said \"I usually just do what they ask\".", "e-", "ownership")
n.s("Quiet guy.", "v0", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n024", candidate_id="w3-c06", interviewer_id="w3-i03", req_id="w3-r2",
         round="fundamentals", submitted_at="2025-08-14", recommendation="hire",
         ratings={}, specificity=2, style=["terse", "lowercase", "fragments"], topic="embeddings")
n.s("fundamentals, embeddings", "c")
n.nl()
n.s("solid, good w/ vector db stuff", "v+", "system_thinking", hard="tech_vague")
n.nl()
n.s("explained matryoshka embeddings when i asked abt storage", "e+", "ml_fundamentals")
n.nl()
n.s("def knows a ton abt ANN indexes", "v+", "system_thinking", hard="vague_quantity")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w3_notes_part2.jsonl", notes)
print(len(notes), "notes")
