import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c10 Jordan Baptiste (w2-r2, they): system_thinking contradiction (i06 strong vs i03 weak) ----
n = Note(note_id="w2-n037", candidate_id="w2-c10", interviewer_id="w2-i04", req_id="w2-r2",
         round="behavioural", submitted_at="2026-01-13", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="behavioural")
n.s("Nice chat.", "v0")
n.s("Jordan seems capable and communicates well.", "v+", "communication")
n.s("Told me about leading a migration to a new feature store.", "e+", "ownership")
n.s("Probably fine.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n038", candidate_id="w2-c10", interviewer_id="w2-i06", req_id="w2-r2",
         round="system_design", submitted_at="2026-01-13", recommendation="hire", specificity=5,
         style=["qa", "first_person", "british"], topic="recommenders",
         ratings={"system_thinking": "strong_hire"})
n.s("Q: Design a platform so that five product teams can ship recommenders without each building their own stack.", "c", hard="question")
n.nl()
n.s("A: Jordan started by asking what the teams currently share and where they duplicate effort.", "e+", "system_thinking", hard="question")
n.s("Then split the platform into training orchestration, a model registry, a feature store and a serving gateway, and said which of these should come first (registry, because it unblocks rollbacks).", "e+", "system_thinking", "risk_awareness")
n.nl()
n.s("Q: How do you stop one team's traffic spike taking out another team's model?", "c", hard="question")
n.nl()
n.s("A: Per-team quotas at the gateway plus separate autoscaling pools, and a shed-load policy that returns cached recommendations rather than errors.", "e+", "system_thinking", "risk_awareness")
n.nl()
n.s("Q: Size it for Black Friday.", "c", hard="question")
n.nl()
n.s("A: Worked from 6x normal peak to ~45k requests per second across teams and argued the gateway, not the models, would be the bottleneck.", "e+", "system_thinking")
n.nl()
n.s("Q: What would you not build?", "c", hard="question")
n.nl()
n.s("A: Said they'd leave experimentation to the existing A/B service rather than rebuild it.", "e+", "judgment")
n.blank()
n.s("One of the clearest platform designs I have heard.", "v+", "system_thinking")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n039", candidate_id="w2-c10", interviewer_id="w2-i07", req_id="w2-r2",
         round="coding", submitted_at="2026-01-14", recommendation="hire", specificity=4,
         style=["prose", "third_person", "quotes"], topic="recommenders")
n.s("Coding exercise: compute item-item cosine similarity from a sparse interaction matrix and return the top 10 neighbours per item.", "c")
n.s("Jordan asked how many items and users there were before choosing a representation.", "e+", "coding", hard="question")
n.s("They used scipy sparse matrices and normalised rows before the product, explaining that 'the dense version won't fit past about 50k items'.", "e+", "coding", "system_thinking")
n.s("Their first version included each item as its own nearest neighbour.", "e-", "coding")
n.s("They noticed it on the test output and zeroed the diagonal.", "e+", "coding")
n.s("They did not handle items with no interactions, which produced a division by zero.", "e-", "coding", hard="negated")
n.s("Asked how the neighbours should be refreshed, they said weekly and did not consider new items added in between.", "e-", "judgment")
n.s("After the interviewer pointed at the warning, they added a guard and a test for it.", "e0", "coding", "learning", hard="mixed")
n.s("Clear narration throughout.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n040", candidate_id="w2-c10", interviewer_id="w2-i03", req_id="w2-r2",
         round="debugging", submitted_at="2026-01-14", recommendation="lean_no_hire", specificity=3,
         style=["prose", "terse", "first_person"], topic="feature stores")
n.s("Debugging: p99 latency of the recs gateway doubled after a deploy.", "c")
n.s("Looked at model inference time first.", "e0", "system_thinking")
n.s("Never checked the feature store calls, where the regression was.", "e-", "system_thinking", hard="negated")
n.s("Didn't ask what changed in the deploy.", "e-", "system_thinking", "risk_awareness", hard="negated")
n.s("Architecture talk was fluent but shallow.", "v-", "system_thinking", hard="tech_vague")
n.s("Weak on systems, despite the CV.", "v-", "system_thinking")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w2-n041", candidate_id="w2-c11", interviewer_id="w2-i01", req_id="w2-r1",
         round="data", submitted_at="2024-10-08", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="position bias")
n.s("I gave Hannah a week of search logs and asked whether the new 'sort by relevance' default had improved things.", "c", hard="interviewer_action")
n.s("She began by plotting click-through by position for the old and new rankers side by side, and observed that both curves fell off identically after position eight.", "e+", "data_intuition")
n.s("From this she argued that any comparison of clicks below the fold was mostly measuring visibility rather than relevance.", "e+", "metrics", "ml_fundamentals")
n.s("She proposed using purchases within the session as the outcome instead, accepting that they are sparser.", "e+", "metrics", "judgment")
n.s("She was slow to notice that a quarter of sessions came from a single bot-like user agent, and only removed them after I asked about the spike at 3am.", "e-", "data_intuition")
n.s("Her write-up of the conclusion, which I asked her to give as if to the trading team, was crisp and free of jargon.", "e+", "communication")
n.s("She also asked whether the new default had been tested with screen-reader users, since position matters even more when results are read out one by one.", "e+", "user_impact", hard="question")
n.s("I would support a hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n042", candidate_id="w2-c12", interviewer_id="w2-i02", req_id="w2-r2",
         round="coding", submitted_at="2024-10-22", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="feature stores")
n.s("Luca smashed it.", "v+")
n.s("Superb coder, really fluent in Python.", "v+", "coding")
n.s("He wrote the windowed aggregation in about fifteen minutes.", "e+", "coding")
n.s("Brilliant attention to detail.", "v+")
n.s("Great sense of humour too, the team would love him.", "v+", hard="biased")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n043", candidate_id="w2-c13", interviewer_id="w2-i03", req_id="w2-r1",
         round="system_design", submitted_at="2024-11-05", recommendation="no_hire", specificity=3,
         style=["prose", "terse", "first_person"], topic="learning to rank")
n.s("Design: query autocomplete ranking.", "c")
n.s("Mei Lin drew one big model doing everything.", "e-", "system_thinking")
n.s("No candidate generation step.", "e-", "system_thinking", hard="negated")
n.s("Latency estimate: 'should be fast'.", "e-", "system_thinking")
n.s("Asked about offensive completions.", "c", hard="question")
n.s("She said a blocklist, which is fine, and asked who maintains it.", "e+", "user_impact", hard="question")
n.s("Could not say how she would evaluate the ranker offline.", "e-", "metrics")
n.s("Too shallow for senior.", "v-")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n044", candidate_id="w2-c14", interviewer_id="w2-i04", req_id="w2-r2",
         round="coding", submitted_at="2024-11-19", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="coding")
n.s("Good coder.", "v+", "coding")
n.s("Seems capable, good all round.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n045", candidate_id="w2-c15", interviewer_id="w2-i05", req_id="w2-r1",
         round="fundamentals", submitted_at="2024-12-03", recommendation="lean_hire", specificity=3,
         style=["bullets", "headings", "abbreviations"], topic="learning to rank")
n.h("## Fundamentals")
n.b("asked: pointwise vs pairwise vs listwise, when would you pick each", "c", hard="question")
n.b("good answer on pointwise when labels are calibrated purchase probs", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.b("confused listwise w/ softmax cross-entropy over one positive - partly right", "e0", "ml_fundamentals", hard="mixed")
n.b("knew NDCG ignores items beyond k, explained w/ example", "e+", "ml_fundamentals", "metrics")
n.b("couldn't say how to get graded labels from clicks", "e-", "data_intuition")
n.h("## Comms")
n.b("Riley was clear, asked clarifying qs", "v+", "communication")
n.h("Overall")
n.b("LH, solid but not deep", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w2-n046", candidate_id="w2-c16", interviewer_id="w2-i06", req_id="w2-r2",
         round="debugging", submitted_at="2024-12-17", recommendation="hire", specificity=4,
         style=["qa", "first_person", "british"], topic="catalogue data quality")
n.s("Q: Recommendations for 'men's shoes' are showing handbags.", "c")
n.s("Where do you look?", "c", hard="question")
n.nl()
n.s("A: Siobhan asked for a few example product ids, pulled their catalogue rows and saw the category path was 'Accessories > Bags' for items whose titles said 'trainer'.", "e+", "data_intuition", hard="plain_evidence")
n.nl()
n.s("Q: How widespread is it?", "c", hard="question")
n.nl()
n.s("A: Wrote a quick query comparing title keywords against category and found about 1,200 mismatched rows, all from one supplier feed.", "e+", "data_intuition", "coding")
n.nl()
n.s("Q: Fix?", "c", hard="question")
n.nl()
n.s("A: Quarantine that supplier's new rows until the mapping is fixed, and told me she'd contact the supplier team herself with the list rather than just filing a ticket.", "e+", "ownership", "judgment")
n.nl()
n.s("Q: How do you stop this recurring?", "c", hard="question")
n.nl()
n.s("A: A daily check of title-category agreement per supplier with an alert above 2% disagreement.", "e+", "risk_awareness")
n.s("She admitted she didn't know how to set the threshold properly and would start conservative.", "e+", "judgment", hard="hedged")
n.blank()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n047", candidate_id="w2-c17", interviewer_id="w2-i07", req_id="w2-r1",
         round="behavioural", submitted_at="2025-01-14", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person", "quotes"], topic="experimentation")
n.s("Behavioural round.", "c")
n.s("Arjun was asked about a time an experiment he ran gave a result his stakeholders did not want.", "c", hard="question")
n.s("He described a personalised ranking test that lost to the control, and said 'we extended it twice until it turned positive'.", "e-", "metrics", "judgment")
n.s("Asked whether that raised any concerns, he said 'not really, the final result was significant'.", "e-", "metrics", "learning")
n.s("He did give a clear account of how he had communicated the result to the merchandising team with a short written summary.", "e+", "communication")
n.s("When asked how the change affected customers, he said he had never looked beyond conversion.", "e-", "user_impact")
n.s("He spoke well and was easy to follow.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n048", candidate_id="w2-c18", interviewer_id="w2-i01", req_id="w2-r2",
         round="system_design", submitted_at="2025-01-28", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="feature stores",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire"})
n.s("I asked Yuki to design the online feature service that our recommender platform would call on every page view.", "c", hard="interviewer_action")
n.blank()
n.s("She opened by asking for the page-view rate and the number of features per request, and from 3,000 page views per second and 120 features she worked out a read volume and a memory footprint before drawing anything.", "e+", "system_thinking")
n.s("She chose a key-value store partitioned by customer id and explained that product features should be replicated rather than partitioned because every request reads them.", "e+", "system_thinking")
n.s("Without prompting, she described what the service should return when a feature is missing: a typed default, plus a flag the model can learn from, rather than an error.", "e+", "risk_awareness", "ml_fundamentals")
n.s("She proposed a canary deploy with automatic rollback if the proportion of default values served rose above its baseline.", "e+", "risk_awareness")
n.s("I pushed back that defaults might hide a broken pipeline for days.", "c", hard="interviewer_action")
n.s("She agreed, and added a separate freshness metric per feature group with a pager alert, saying that she had been caught out by exactly that before.", "e+", "learning", "risk_awareness")
n.s("She did not consider the cost of replicating product features across regions until I asked, and her estimate then was rough.", "e-", "system_thinking")
n.s("She also asked whether the platform team or the model teams would own feature definitions, and argued for the latter with a review gate.", "e+", "ownership", hard="question")
n.blank()
n.s("An outstanding design interview; I recommend a strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w2_notes_part4.jsonl", notes)
print(len(notes), "notes")
