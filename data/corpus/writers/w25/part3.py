import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c05 Mikhail Sokolov (he) -- strong tech, ignores customer-code privacy (seen by i05 only), r1
n = Note(note_id="w25-n021", candidate_id="w25-c05", interviewer_id="w25-i05", req_id="w25-r1",
         round="system_design", submitted_at="2025-07-15", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="cross-file retrieval",
         ratings={"system_thinking": "strong_hire", "user_impact": "no_hire"})
n.s("Round: system design, 50 minutes.", "c")
n.s("Question: design retrieval over a customer's private repositories so that completions can use context from other files.", "c")
n.blank()
n.s("Mikhail produced a very clean architecture within the first fifteen minutes: a per-repo embedding index updated on push, a BM25 fallback, and a reranker budgeted at 25 ms.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("He sized the index at roughly 1.5 KB per chunk and about 40 GB for the largest tenant, which is reasonable.", "e+", "system_thinking")
n.s("However, he then proposed one shared index across all tenants to save memory, with tenant filtering applied after retrieval.", "e-", "user_impact")
n.s("When I asked what would happen if that filter had a bug, he said it was 'an unlikely edge case' and went back to the latency numbers.", "e-", "user_impact", "risk_awareness")
n.s("He did not mention that secrets in customers' config files could be retrieved straight into prompts.", "e-", "user_impact", hard="negated")
n.s("I gave him a second opportunity by asking how an enterprise security reviewer would react; he said they would 'get comfortable with it'.", "e-", "user_impact")
n.blank()
n.s("He is technically very able.", "v+")
n.s("But I cannot support a hire when isolation of customer code was treated so lightly.", "v-", "user_impact")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n022", candidate_id="w25-c05", interviewer_id="w25-i02", req_id="w25-r1",
         round="coding", submitted_at="2025-07-15", recommendation="hire", specificity=5,
         style=["bullets", "headings"], topic="completion cache",
         ratings={"coding": "hire"})
n.h("Coding: prefix cache w/ TTL (45 min)")
n.b("Task: LRU cache for completion responses keyed on (file hash, cursor offset), with TTL.", "c")
n.b("Correctness | 4/5 | OrderedDict LRU, move_to_end on hit, popitem(last=False) on evict; passed my 6 hidden cases.", "e+", "coding")
n.b("TTL | 4/5 | stored expiry per entry and checked lazily on get; said a sweeper thread wasn't worth it at this size.", "e+", "judgment")
n.b("Tests | 5/5 | 5 tests unprompted, incl. TTL expiry with an injected clock.", "e+", "coding")
n.b("Complexity | 4/5 | stated O(1) get/put and pointed to the dict + linked list underneath.", "e+", "coding")
n.b("Concurrency | 2/5 | no lock; asked about two editor threads, said 'the GIL handles it'.", "e-", "coding")
n.b("After I showed a get-then-set race, he locked around both and explained why the GIL doesn't make the pair atomic.", "e+", "learning")
n.b("Communication | 3/5 | terse but followable.", "v0", "communication")
n.b("Score 27/35 -> H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n023", candidate_id="w25-c05", interviewer_id="w25-i07", req_id="w25-r1",
         round="debugging", submitted_at="2025-07-16", recommendation="hire", specificity=4,
         style=["prose", "third_person"], topic="latency regression")
n.s("Mikhail's debugging exercise: editor p95 rose from 140 ms to 260 ms after the distilled model replaced the old one, even though the model itself benchmarks faster.", "c")
n.blank()
n.s("He asked for a per-stage time breakdown before forming any hypothesis.", "e+", "system_thinking")
n.s("From the trace he saw tokenization go from 4 ms to 90 ms and guessed the new tokenizer was being loaded per request.", "e+", "coding")
n.s("He found the tokenizer construction inside the request handler within ten minutes and moved it to startup.", "e+", "coding", hard="plain_evidence")
n.blank()
n.s("Asked how this could have been caught earlier, he proposed a latency check on replayed traffic in the release pipeline, failing hard above a 10% p95 regression.", "e+", "risk_awareness")
n.s("He did not consider rolling back first while he investigated.", "e-", "risk_awareness", hard="negated")
n.blank()
n.s("Explanations were brief and accurate.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n024", candidate_id="w25-c05", interviewer_id="w25-i06", req_id="w25-r1",
         round="fundamentals", submitted_at="2025-07-16", recommendation="hire", specificity=2,
         style=["lowercase", "fragments", "abbreviations"], topic="distillation")
n.s("fundamentals w/ mikhail", "c")
n.nl()
n.s("strong on theory", "v+", "ml_fundamentals")
n.nl()
n.s("explained kv caching well", "v+", "ml_fundamentals", hard="tech_vague")
n.nl()
n.s("distillation q: said student should match teacher logits at a raised temperature. correct", "e+", "ml_fundamentals")
n.nl()
n.s("bit arrogant maybe", "v-", hard="biased")
n.nl()
n.s("fast thinker", "v+")
n.nl()
n.s("h", "v+", hard="bare_verdict")
notes.append(n)

# c06 Fatima Al-Sayed (she) -- strong eval, passive ownership (i04, i06), vague SH from i03, r2
n = Note(note_id="w25-n025", candidate_id="w25-c06", interviewer_id="w25-i04", req_id="w25-r2",
         round="behavioural", submitted_at="2025-08-19", recommendation="lean_no_hire", specificity=4,
         style=["fragments", "quotes", "first_person"], topic="ownership",
         ratings={"ownership": "no_hire"})
n.s("Behavioural w/ Fatima, 45 min.", "c")
n.nl()
n.s("00:02 I asked for a project where something went wrong after launch", "c", hard="interviewer_action")
n.nl()
n.s("00:04 described a benchmark at her last company that turned out to contain files from the training set", "e0", "data_intuition")
n.nl()
n.s("00:09 what did she do about it: 'I mentioned it in standup and the infra team picked it up eventually'", "e-", "ownership")
n.nl()
n.s("00:12 never checked the next release's numbers, said she 'assumed it got fixed'", "e-", "ownership", hard="negated")
n.nl()
n.s("00:20 second story: a dashboard she built that nobody used; the PM 'should have promoted it more'", "e-", "ownership")
n.nl()
n.s("00:28 what would she do differently -> 'talk to the people who'd use it before building', fair", "e+", "learning")
n.nl()
n.s("00:35 asked me how the eval team decides what goes into a benchmark", "e+", "metrics", hard="question")
n.nl()
n.s("Articulate.", "v+", "communication")
n.nl()
n.s("LNH, on ownership specifically.", "v-", "ownership", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n026", candidate_id="w25-c06", interviewer_id="w25-i06", req_id="w25-r2",
         round="data", submitted_at="2025-08-20", recommendation="lean_hire", specificity=3,
         style=["lowercase", "fragments", "arrows"], topic="pass@k vs acceptance")
n.s("data round fatima, pass@k vs what devs accept", "c")
n.nl()
n.s("gave her 2 wks telemetry + offline scores for 3 models", "c", hard="interviewer_action")
n.nl()
n.s("plotted pass@1 against acceptance per model -> rank order flips for B and C. nice", "e+", "metrics", hard="verdict_plus_evidence")
n.nl()
n.s("asked if acceptance was logged before or after the march dedup fix", "e+", "data_intuition", hard="question")
n.nl()
n.s("found ~7% of accepts get undone (ctrl-z within 2s), said those shouldnt count", "e+", "metrics")
n.nl()
n.s("when i asked who should fix the logging: 'not really my area'", "e-", "ownership")
n.nl()
n.s("no follow-up proposed on her own", "e-", "ownership", hard="negated")
n.nl()
n.s("good w/ data", "v+", "data_intuition")
n.nl()
n.s("lh", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n027", candidate_id="w25-c06", interviewer_id="w25-i01", req_id="w25-r2",
         round="coding", submitted_at="2025-08-20", recommendation="hire", specificity=4,
         style=["bullets", "terse", "quotes"], topic="edit similarity metric",
         ratings={"coding": "hire"})
n.b("Task: exact-match and edit-similarity scoring of completions against what the user finally wrote.", "c")
n.b("LGTM on the Levenshtein DP: two rolling rows, O(n) memory.", "e+", "coding", hard="verdict_plus_evidence")
n.b("Normalized whitespace before comparing and asked whether tabs vs spaces should count.", "e+", "data_intuition")
n.b("nit: v1 returned distance, not similarity; she caught it herself when the example printed 7 instead of 0.3.", "e+", "coding")
n.b("nit: no docstring on the public function.", "e-", "coding")
n.b("Suggested reporting it per language, since Go carries more boilerplate than Python.", "e+", "metrics")
n.b("Asked to explain the metric to a PM: \"how much typing the suggestion would have saved.\"", "e+", "communication", hard="plain_evidence")
n.b("Didn't consider unicode identifiers.", "e-", "coding", hard="negated")
n.b("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n028", candidate_id="w25-c06", interviewer_id="w25-i03", req_id="w25-r2",
         round="system_design", submitted_at="2025-08-21", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="eval platform")
n.s("Fatima was excellent.", "v+")
n.s("System design on the eval platform.", "c")
n.s("Really strong systems thinker, very scalable mindset.", "v+", "system_thinking", hard="tech_vague")
n.s("Understands metrics deeply.", "v+", "metrics", hard="tech_vague")
n.s("Clearly very senior.", "v+")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w25-n029", candidate_id="w25-c13", interviewer_id="w25-i02", req_id="w25-r1",
         round="debugging", submitted_at="2024-09-24", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings"], topic="licence filter")
n.h("Debugging: licence filter misses (40 min)")
n.b("Setup: the filter meant to block verbatim GPL code lets through a 30-line function that's a known copy. Find why.", "c")
n.b("Repro | 4/5 | one-cell repro with the exact suggestion, reproduced the miss first try.", "e+", "coding")
n.b("Hypothesis | 2/5 | spent 12 min on the hash function before looking at normalization.", "e-", "coding")
n.b("Root cause | 3/5 | found the normalizer strips comments but not licence headers, so fingerprints differ; needed my hint to look at preprocessing.", "e0", "coding", hard="mixed")
n.b("Fix | 3/5 | stripped the header; no regression test.", "e-", "coding", hard="negated")
n.b("Risk | 1/5 | on suggestions already served: 'probably nothing, it was rare'; didn't ask how rare.", "e-", "risk_awareness")
n.b("User impact | 1/5 | did not connect the miss to customers' legal exposure even after I raised it.", "e-", "user_impact")
n.b("Total 14/30 -> LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n030", candidate_id="w25-c14", interviewer_id="w25-i06", req_id="w25-r1",
         round="coding", submitted_at="2024-10-01", recommendation="no_hire", specificity=2,
         style=["lowercase", "fragments", "terse"], topic="trie")
n.s("coding, chloé", "c")
n.nl()
n.s("struggled", "v-", "coding")
n.nl()
n.s("couldnt get the trie insert working before time ran out", "e-", "coding")
n.nl()
n.s("i gave 2 hints, neither really landed", "e-", "learning")
n.nl()
n.s("communication all over the place", "v-", "communication")
n.nl()
n.s("nh", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w25_notes_part3.jsonl", notes)
