import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w40-c04 Priya Raman (she), r2: strong coder, ignores harm to frozen/rejected users ----
n = Note(note_id="w40-n013", candidate_id="w40-c04", interviewer_id="w40-i06", req_id="w40-r2",
         round="coding", submitted_at="2026-01-12", recommendation="hire",
         specificity=4, style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="identity verification",
         ratings={"coding": "strong_hire"})
n.b("coding; 45m; dedupe KYC submissions by fuzzy name + DOB", "c")
n.b("clarified first: exact DOB match or allow swapped day/month; good q", "e+", "judgment", hard="question")
n.b("wrote normalize() -> strip accents, lowercase, collapse spaces; then blocking on DOB + edit distance <= 2 inside block", "e+", "coding")
n.b("ran it on my 6 examples; caught her own bug w/ empty middle name before i said anything", "e+", "coding")
n.b("complexity: said O(n^2) inside a block, ok if blocks stay < 1k; correct", "e+", "coding")
n.b("asked what a false merge costs -> \"just a dup account, not a big deal\"", "e-", "user_impact")
n.b("no thought on transliteration, e.g. same name in Cyrillic vs Latin spelling", "e-", "data_intuition", hard="negated")
n.b("fast, clean code", "v+", "coding")
n.b("H on coding", "v+", "coding")
n.b("flag the false-merge answer for the panel", "c")
notes.append(n)

n = Note(note_id="w40-n014", candidate_id="w40-c04", interviewer_id="w40-i04", req_id="w40-r2",
         round="system_design", submitted_at="2026-01-13", recommendation="lean_no_hire",
         specificity=5, style=["headings", "bullets", "third_person", "american"], topic="account freezes",
         ratings={"system_thinking": "hire", "user_impact": "no_hire", "risk_awareness": "lean_no_hire"})
n.s("System design interview, 60 minutes.", "c")
n.s("Prompt: freeze decisioning for suspected money-mule accounts.", "c")
n.nl()
n.h("Findings")
n.b("The candidate produced a clear architecture: an event stream of deposits and withdrawals, a graph feature service computing two-hop counterparties, and a scorer writing freeze decisions to the ledger service.", "e+", "system_thinking", marker="1. ")
n.b("She estimated peak load at 1,200 withdrawal requests per second on a volatile day and put the scorer under a 150 ms budget with a cached fallback score.", "e+", "system_thinking", marker="2. ")
n.b("Asked what happens to a legitimate user who is frozen, she said support would handle it; the design had no appeal path.", "e-", "user_impact", marker="3. ")
n.b("Asked about frozen users in jurisdictions with a statutory response deadline, she stated that was \"a legal problem, not a modeling one.\"", "e-", "user_impact", marker="4. ")
n.b("She did propose monitoring the daily freeze rate with an alert at twice the trailing median.", "e+", "risk_awareness", marker="5. ")
n.b("She proposed no staged rollout; the new scorer would replace the rules engine on day one.", "e-", "risk_awareness", hard="negated", marker="6. ")
n.h("Summary")
n.s("Strong engineering, but the treatment of frozen customers is not acceptable for this team.", "v-", "user_impact", hard="mixed")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n015", candidate_id="w40-c04", interviewer_id="w40-i05", req_id="w40-r2",
         round="behavioural", submitted_at="2026-01-13", recommendation="lean_hire",
         specificity=4, style=["headings", "prose", "first_person", "american"], topic="identity verification")
n.h("Situation")
n.s("I asked Priya about a project where her model's errors fell mostly on one group of users.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("She described a liveness-check model at a neobank that rejected more users with darker skin in low light, which the team learned about from a journalist's inquiry.", "e0", "user_impact")
n.s("Her fix was to raise the confidence threshold so fewer cases were auto-rejected, and she measured overall rejections falling from 7% to 5%.", "e0", "metrics")
n.s("She did not break the rejection rate down by skin tone after the fix and said the overall number was what leadership tracked.", "e-", "user_impact", "metrics", hard="negated")
n.s("She did own the follow-up: she set up a weekly rejection report and presented it to the risk committee herself.", "e+", "ownership")
n.h("Impact")
n.s("The story shows follow-through, but the fairness question was closed on an aggregate number.", "v0", "ownership", "user_impact", hard="mixed")
n.h("Situation")
n.s("Second question was about explaining a model decision to a non-technical partner.", "c")
n.h("Behavior")
n.s("She walked me through how she would explain a false rejection to a support agent, in three plain sentences with no jargon.", "e+", "communication", hard="plain_evidence")
n.s("She added, unprompted, that support agents are the ones who have to say it to the customer, so the reason codes should be written for them.", "e+", "user_impact")
n.h("Impact")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n016", candidate_id="w40-c04", interviewer_id="w40-i03", req_id="w40-r2",
         round="fundamentals", submitted_at="2026-01-14", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="identity verification")
n.s("Priya is strong technically.", "v+")
n.s("Good handle on boosting, calibration, class imbalance, all the usual.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She asked how the labels were made.", "e+", "data_intuition", hard="question")
n.s("Not much to flag.", "v+")
n.s("Probably fine for the role.", "v+", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w40-c05 Tomasz Nowak (he), r1: no failure-mode thinking, passive ownership ----
n = Note(note_id="w40-n017", candidate_id="w40-c05", interviewer_id="w40-i01", req_id="w40-r1",
         round="system_design", submitted_at="2026-02-02", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "fragments"], topic="sanctions screening",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire"})
n.s("System design, 55 min: real-time blocking of withdrawals to addresses linked to sanctioned wallets.", "c")
n.nl()
n.s("Tomasz drew clean pipeline: chain indexer, graph store of addresses, scorer called from withdrawal service.", "e+", "system_thinking")
n.s("He proposed synchronous call with 2 s timeout.", "e0", "system_thinking", hard="plain_evidence")
n.s("Estimated store size ~400M addresses and 3B edges, sharded by address prefix.", "e+", "system_thinking")
n.s("Graph part good: two-hop exposure with decay by hop and by amount, and he noted mixers make long paths useless.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Chose to block any withdrawal with two-hop exposure, also to hot wallets of big exchanges, without estimating how many normal users this hits.", "e-", "judgment", "user_impact")
n.nl()
n.s("I asked what happens if graph store is slow or down.", "c", hard="interviewer_action")
n.s("Answer was retry three times, no decision on fail-open or fail-closed.", "e-", "risk_awareness")
n.s("When pressed, said \"it will not be down, we use managed service.\"", "e-", "risk_awareness", "learning")
n.s("No rollback plan for new model version, no shadow mode.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Failure thinking is missing for a blocking system, this is main concern.", "v-", "risk_awareness")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n018", candidate_id="w40-c05", interviewer_id="w40-i02", req_id="w40-r1",
         round="coding", submitted_at="2026-02-03", recommendation="hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations", "first_person"], topic="spoofing")
n.b("coding w/ tomasz, flag spoofing patterns in an order event stream", "c")
n.b("dude cranked out a sliding window over order events in like 15 min, deque-based, buffered 2s for out-of-order timestamps", "e+", "coding")
n.b("wrote 4 tests incl. a cancel arriving before its place event", "e+", "coding")
n.b("big brain on windowing", "v+", "coding", hard="tech_vague")
n.b("didn't ask what happens if the stream replays after a crash, so dupes would double count", "e-", "risk_awareness", hard="negated")
n.b("when i mentioned replays he added an idempotency key on order_id, nice", "e+", "learning")
n.b("explanations were hard to follow sometimes", "v-", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n019", candidate_id="w40-c05", interviewer_id="w40-i05", req_id="w40-r1",
         round="behavioural", submitted_at="2026-02-03", recommendation="lean_no_hire",
         specificity=4, style=["headings", "prose", "first_person", "american", "quotes"], topic="alert pipelines",
         ratings={"ownership": "no_hire"})
n.h("Situation")
n.s("I asked Tomasz about a time something he worked on broke in production.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("He described a market-abuse alert job that silently stopped for four days after an upstream schema change.", "e0")
n.s("When I asked what he did, he said he reported it in the team channel and the data platform team fixed it.", "e-", "ownership")
n.s("He called the missed alerts \"not really our problem since upstream broke it.\"", "e-", "ownership")
n.s("I asked whether anyone reviewed the four days of trades that were never scored, and he did not know.", "e-", "ownership", "risk_awareness")
n.h("Impact")
n.s("No sign of him driving the fix or the backfill.", "v-", "ownership")
n.h("Situation")
n.s("Second question was about getting up to speed on something new quickly.", "c")
n.h("Behavior")
n.s("He described learning Rust in two weeks to rewrite an order-book parser, by reading the team's existing crate and pairing with its author every morning.", "e+", "learning")
n.h("Impact")
n.s("Lean no hire, mainly on ownership.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w40-n020", candidate_id="w40-c05", interviewer_id="w40-i03", req_id="w40-r1",
         round="data", submitted_at="2026-02-04", recommendation="lean_hire",
         specificity=1, style=["prose", "third_person", "terse"], topic="spoofing")
n.s("Tomasz did fine in the data round.", "v0")
n.s("Knows pandas and SQL well.", "v+", "coding", hard="tech_vague")
n.s("Had lots of good ideas about features.", "v+", "data_intuition", hard="vague_quantity")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w40-c06 Fatima Al-Sayed (she), r2: strong ----
n = Note(note_id="w40-n021", candidate_id="w40-c06", interviewer_id="w40-i04", req_id="w40-r2",
         round="fundamentals", submitted_at="2026-02-16", recommendation="strong_hire",
         specificity=5, style=["headings", "bullets", "third_person", "american"], topic="identity verification",
         ratings={"ml_fundamentals": "strong_hire", "user_impact": "strong_hire"})
n.s("ML fundamentals interview, 45 minutes, in the context of the KYC risk model.", "c")
n.nl()
n.h("Findings")
n.b("Asked how a fraud model could be calibrated overall yet wrong per country, she explained that aggregate calibration can hide subgroup miscalibration and proposed reliability curves per country.", "e+", "ml_fundamentals", marker="1. ")
n.b("She derived the gradient of the log-loss for logistic regression on the whiteboard without error.", "e+", "ml_fundamentals", marker="2. ")
n.b("Asked to choose a rejection threshold, she first asked what a false rejection costs the customer and what a missed fraudster costs the company.", "e+", "judgment", "user_impact", hard="question", marker="3. ")
n.b("She proposed reporting the false rejection rate separately for uncommon document types, because new users with such documents bear most of the errors.", "e+", "user_impact", "metrics", marker="4. ")
n.b("She initially stated that gradient boosting cannot overfit with enough trees; when asked to reconsider, she corrected herself and explained learning rate and early stopping.", "e0", "ml_fundamentals", "learning", hard="mixed", marker="5. ")
n.h("Summary")
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
n.s("Findings 3 and 4 show the attention to customer harm this team requires.", "v+", "user_impact")
notes.append(n)

n = Note(note_id="w40-n022", candidate_id="w40-c06", interviewer_id="w40-i01", req_id="w40-r2",
         round="data", submitted_at="2026-02-17", recommendation="hire",
         specificity=4, style=["prose", "third_person", "fragments"], topic="account fraud")
n.s("Data exercise: 30 days of signups with fraud labels from investigators, 45 min.", "c")
n.nl()
n.s("Fatima first asked when label is assigned; answer is up to 60 days after signup.", "e+", "data_intuition", hard="question")
n.s("She said then last 60 days have incomplete labels and excluded them from training and evaluation.", "e+", "data_intuition")
n.s("Found one device ID shared by 4,000 accounts, checked timestamps and said it is emulator default ID, not fraud ring.", "e+", "data_intuition")
n.s("Wrote SQL with window function for signups per device per hour, correct on first run.", "e+", "coding")
n.s("Did not look at class balance per country before fitting model.", "e-", "data_intuition", hard="negated")
n.s("At end explained result to me as to product manager, in two sentences without model words.", "e+", "communication", hard="plain_evidence")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n023", candidate_id="w40-c06", interviewer_id="w40-i06", req_id="w40-r2",
         round="system_design", submitted_at="2026-02-17", recommendation="hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "arrows"], topic="wallet graphs")
n.b("sys design; 60m; graph feats for wallet risk, batch + online", "c")
n.b("good structure; clear components", "v+", "system_thinking")
n.b("nightly batch for 3-hop aggregates, online only 1-hop; said 3-hop online would blow the 100ms budget", "e+", "system_thinking")
n.b("knows graph stuff well", "v+", "data_intuition")
n.b("adversaries: \"they'll learn our features\" -> proposed rotating some rules + not exposing reason codes", "e+", "risk_awareness")
n.b("monitoring: mentioned, no detail", "v-", "risk_awareness", hard="tech_vague")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n024", candidate_id="w40-c06", interviewer_id="w40-i02", req_id="w40-r2",
         round="behavioural", submitted_at="2026-02-18", recommendation="strong_hire",
         specificity=2, style=["bullets", "lowercase", "abbreviations"], topic="account freezes")
n.b("behavioural w/ fatima", "c")
n.b("absolute unit, would 100% grab a beer with her", "v+", hard="biased")
n.b("told a story about pushing back on a PM who wanted to auto-freeze accounts on one signal, she got a review step added first", "e+", "judgment", "user_impact")
n.b("super clear talker", "v+", "communication")
n.b("owns her stuff", "v+", "ownership")
n.b("SH, based", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w40_notes_part2.jsonl", notes)
