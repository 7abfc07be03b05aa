import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w25-n041", candidate_id="w25-c17", interviewer_id="w25-i01", req_id="w25-r1",
         round="system_design", submitted_at="2025-02-04", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations"], topic="rollbacks",
         ratings={"risk_awareness": "strong_hire"})
n.b("Design: model registry + rollout for completion models.", "c")
n.b("My q: how do we get back to the old model in under 5 min?", "c", hard="question")
n.b("LGTM on keeping the previous model warm on 10% of the fleet for 48h after every swap.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.b("Proposed auto-rollback if accepted chars/user drop >3% vs control over 2h.", "e+", "risk_awareness")
n.b("Asked what on-call would actually see at 3am and sketched a one-page runbook.", "e+", "ownership")
n.b("nit: registry schema didn't record which tokenizer version each model needs.", "e-", "system_thinking")
n.b("nit: hand-waved the cost of the warm 10%; when pressed, estimated ~$4k/week and called it worth it.", "e0", "system_thinking", hard="mixed")
n.b("Didn't bring up telling customers if suggestions got worse.", "e-", "user_impact", hard="negated")
n.b("Good systems sense.", "v+", "system_thinking")
n.b("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n042", candidate_id="w25-c18", interviewer_id="w25-i02", req_id="w25-r2",
         round="data", submitted_at="2025-02-18", recommendation="lean_hire", specificity=4,
         style=["bullets", "headings"], topic="eval set from telemetry",
         ratings={"user_impact": "hire", "data_intuition": "lean_hire", "communication": "lean_no_hire"})
n.h("Data round: an eval set from telemetry (45 min)")
n.b("Ask: build an eval set of real completion tasks from accepted suggestions.", "c")
n.b("Privacy | 4/5 | first question was whether we may use customer code at all; proposed opt-in tenants only plus secret scrubbing.", "e+", "user_impact")
n.b("Sampling | 3/5 | stratified by language; did not account for a handful of heavy users dominating.", "e-", "data_intuition", hard="negated")
n.b("Labels | 4/5 | said accepted != correct; proposed code that survives 24h unedited as the label.", "e+", "data_intuition")
n.b("Leakage | 2/5 | didn't consider eval tasks ending up in the next training crawl until I asked.", "e-", "data_intuition")
n.b("Once asked, proposed a hashed blocklist shared with the training pipeline.", "e+", "learning")
n.b("Communication | 2/5 | long answers; I interrupted twice to get to the point.", "e-", "communication")
n.b("Total 19/30 -> LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n043", candidate_id="w25-c19", interviewer_id="w25-i03", req_id="w25-r1",
         round="coding", submitted_at="2025-03-04", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="coding")
n.s("Coding round with Connor.", "c")
n.s("He did fine, solved the problem.", "v0", "coding")
n.s("Some bugs along the way but got there.", "v0", "coding", hard="mixed")
n.s("I had to nudge him on the edge cases.", "e-", "coding")
n.s("Seemed a bit nervous.", "v-", hard="biased")
n.s("Probably ok for the role.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n044", candidate_id="w25-c20", interviewer_id="w25-i04", req_id="w25-r1",
         round="system_design", submitted_at="2025-03-25", recommendation="hire", specificity=4,
         style=["fragments", "first_person"], topic="cross-file retrieval latency")
n.s("Sys design, 50 min, Anika.", "c")
n.nl()
n.s("Prompt: add cross-file retrieval to completions without breaking the 200 ms p95.", "c")
n.nl()
n.s("00:04 asked what share of requests come from repos with more than 10k files", "e+", "judgment", hard="question")
n.nl()
n.s("00:09 budget: retrieval gets a hard 30 ms cap, fall back to no context if it misses", "e+", "system_thinking")
n.nl()
n.s("00:16 compute embeddings on save, not on keystroke", "e+", "system_thinking")
n.nl()
n.s("00:24 I asked how she'd know retrieval helped", "c", hard="interviewer_action")
n.nl()
n.s("00:25 A/B on accepted chars, plus an offline cross-file benchmark built only from permissively licensed repos", "e+", "metrics")
n.nl()
n.s("00:33 nothing on what happens when the index goes stale after a big refactor", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("00:40 once I raised it: staleness check via commit hash, skip retrieval if the index is >1 day behind", "e+", "learning")
n.nl()
n.s("00:46 ran long on the embedding model, I had to cut her off", "e-", "communication")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n045", candidate_id="w25-c21", interviewer_id="w25-i05", req_id="w25-r2",
         round="coding", submitted_at="2025-04-15", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="pass@k aggregation")
n.s("Coding interview with Emeka, 45 minutes.", "c")
n.s("I asked him to compute pass@k per problem from a results table and aggregate by difficulty bucket.", "c", hard="interviewer_action")
n.s("He did well to ask whether problems with fewer than k samples should be dropped or flagged.", "e+", "judgment", hard="question")
n.s("His implementation was correct on the first run for my three test cases.", "e+", "coding")
n.s("He handled the case where every sample passes without special-casing it.", "e+", "coding")
n.s("He forgot to sort the buckets, so the report came out in a random order.", "e-", "coding", hard="plain_evidence")
n.s("He explains his thinking beautifully.", "v+", "communication")
n.s("A very humble young man.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n046", candidate_id="w25-c22", interviewer_id="w25-i06", req_id="w25-r2",
         round="system_design", submitted_at="2025-05-20", recommendation="lean_no_hire", specificity=3,
         style=["lowercase", "fragments", "arrows", "quotes"], topic="eval dashboard")
n.s("sys design lars: eval dashboard for model swaps", "c")
n.nl()
n.s("drew a nice diagram", "v+", "system_thinking")
n.nl()
n.s("all metrics offline. pass@1, exact match, bleu. nothing from prod", "e-", "metrics")
n.nl()
n.s("asked how he'd catch a regression users feel but the benchmark doesnt -> 'the benchmark would catch it'", "e-", "metrics")
n.nl()
n.s("no alerting, no owner for the dashboard", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("pretty confident guy", "v0", hard="biased")
n.nl()
n.s("knows his infra", "v+", "system_thinking", hard="tech_vague")
n.nl()
n.s("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n047", candidate_id="w25-c23", interviewer_id="w25-i07", req_id="w25-r1",
         round="behavioural", submitted_at="2025-06-03", recommendation="hire", specificity=4,
         style=["prose", "third_person"], topic="ownership and disagreement")
n.s("Rin's behavioural round focused on ownership and on how they handle disagreement.", "c")
n.blank()
n.s("They described inheriting a flaky nightly benchmark job that nobody owned and fixing it over two weeks by pinning package versions and adding a per-problem timeout.", "e+", "ownership")
n.s("They said its results had been ignored for months because people assumed it was broken, so after the fix they posted a weekly summary to the team channel.", "e+", "communication")
n.blank()
n.s("On disagreement, Rin described arguing against shipping a model that gained 3 points on the benchmark while acceptance dropped in dogfooding; the team shipped anyway and rolled back a week later.", "e+", "judgment")
n.s("Asked what they would do differently, they said they would have written the dogfooding numbers up instead of raising them in a meeting.", "e+", "learning")
n.s("They did not offer any case in which they had been the one who was wrong.", "e-", "learning", hard="negated")
n.blank()
n.s("Well-rounded.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n048", candidate_id="w25-c24", interviewer_id="w25-i01", req_id="w25-r1",
         round="debugging", submitted_at="2025-06-24", recommendation="no_hire", specificity=4,
         style=["bullets", "terse", "quotes"], topic="cross-tenant cache bug",
         ratings={"coding": "lean_no_hire", "user_impact": "no_hire"})
n.b("Debugging: completion server returns suggestions for the wrong file after a refactor.", "c")
n.b("Given: logs, the cache module, one failing integration test.", "c")
n.b("Read the failing test first, good.", "e+", "coding", hard="verdict_plus_evidence")
n.b("Then assumed the model was at fault and spent 20 min in the sampling params.", "e-", "judgment")
n.b("Never looked at the cache key, which was the file path without the repo id.", "e-", "coding", hard="negated")
n.b("I pointed at the cache module; he said 'the cache is fine, it has tests'.", "e-", "learning")
n.b("After I showed two repos with the same path, he fixed the key.", "e0", "coding", hard="mixed")
n.b("Didn't consider that the bug could have served one customer's code to another.", "e-", "user_impact", hard="negated")
n.b("nit: his commit message was 'fix'.", "e-", "communication")
n.b("NH.", "v-", hard="bare_verdict")
n.b("Cross-tenant bugs need someone who goes looking for them.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w25-n049", candidate_id="w25-c25", interviewer_id="w25-i04", req_id="w25-r2",
         round="data", submitted_at="2025-07-29", recommendation="strong_hire", specificity=5,
         style=["fragments", "quotes", "arrows"], topic="benchmark leakage",
         ratings={"data_intuition": "strong_hire", "metrics": "strong_hire"})
n.s("Data round, 50 min, Grace.", "c")
n.nl()
n.s("Setup: new model's pass@1 jumped 9 points; she gets the benchmark and a sample of the training corpus.", "c")
n.nl()
n.s("00:02 first words: 'nine points in one release makes me suspicious'", "e+", "metrics")
n.nl()
n.s("00:05 asked when the benchmark was published vs. the crawl cutoff", "e+", "data_intuition", hard="question")
n.nl()
n.s("00:10 exact-match search found 12 problems verbatim; then a normalized search (comments stripped, identifiers renamed) -> 37 more", "e+", "data_intuition")
n.nl()
n.s("00:21 re-scored on the clean 115: gain drops from 9 points to 2", "e+", "metrics")
n.nl()
n.s("00:26 said 2 could still be noise, ran a paired bootstrap: CI [-0.5, 4.3]", "e+", "ml_fundamentals")
n.nl()
n.s("00:33 proposed a private held-out set written in-house, never pushed to any public repo, rotated yearly", "e+", "risk_awareness")
n.nl()
n.s("00:40 asked how leadership had been told about the 9 points and offered to draft the correction", "e+", "ownership")
n.nl()
n.s("00:45 explained the whole thing to me as if I were the VP, in about four sentences", "e+", "communication")
n.nl()
n.s("SH. Textbook.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n050", candidate_id="w25-c26", interviewer_id="w25-i06", req_id="w25-r1",
         round="debugging", submitted_at="2025-08-12", recommendation="lean_hire", specificity=3,
         style=["lowercase", "fragments", "arrows", "quotes"], topic="distillation artefacts")
n.s("debugging w/ maya: distilled model emits licence headers in random places", "c")
n.nl()
n.s("grepped the distillation data first -> ~3% of teacher outputs start with a copyright comment", "e+", "data_intuition")
n.nl()
n.s("proposed filtering those out of the distill set. ok", "e0", "data_intuition")
n.nl()
n.s("didnt ask whether the teacher does the same thing in prod", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("i asked about users who already got those suggestions -> 'not a big deal, its just a comment'", "e-", "user_impact")
n.nl()
n.s("walked it back when i mentioned GPL headers landing in proprietary code", "e+", "learning")
n.nl()
n.s("code was clean", "v+", "coding")
n.nl()
n.s("lh", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w25_notes_part5.jsonl", notes)
