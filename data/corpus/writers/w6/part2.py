import sys; sys.path.insert(0, "tools"); sys.path.insert(0, "data/corpus/writers/w6")
from corpus_writer import Note
from w6save import save

notes = []

# ---------------- c04 Mei (she), w6-r2: adapts after hints ----------
n = Note(note_id="w6-n013", candidate_id="w6-c04", interviewer_id="w6-i01", req_id="w6-r2",
         round="debugging", submitted_at="2025-09-08", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="backfills",
         ratings={"learning": "strong_hire", "coding": "hire"})
n.s("Great session with Mei.", "v+")
n.s("I gave her a broken backfill script that double-counted conversions whenever it was re-run for the same day.", "c", hard="interviewer_action")
n.s("She read through it quietly for a few minutes, which I liked.", "e0", "communication", hard="plain_evidence")
n.s("Her first guess was a timezone bug, which was wrong.", "e-", "data_intuition")
n.s("I nudged her to run it twice on the same input and compare.", "c", hard="interviewer_action")
n.s("As soon as she saw the counts double she said the write was an append and changed it to overwrite the partition.", "e+", "learning", "coding")
n.s("She then added an assert that the row count after a re-run equals the count after the first run.", "e+", "coding", "risk_awareness")
n.s("Very coachable, picks things up fast.", "v+", "learning")
n.s("Lovely person, would be fun to work with.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n014", candidate_id="w6-c04", interviewer_id="w6-i02", req_id="w6-r2",
         round="system_design", submitted_at="2025-09-08", recommendation="lean_hire", specificity=5,
         style=["bullets", "first_person", "british"], topic="data pipelines",
         ratings={"system_thinking": "lean_hire", "learning": "hire", "risk_awareness": "lean_hire"})
n.h("Design: hourly aggregation of ad events for billing + model training")
n.b("Asked her to handle ~2B events/day with late data up to 3 days.", "c", hard="interviewer_action")
n.b("Started with a single daily batch job.", "e-", "system_thinking")
n.b("I asked how billing would look if the job failed at 23:00.", "c", hard="question")
n.b("She saw the problem immediately and moved to hourly micro-batches with a watermark, then re-estimated: ~85M events/hour, fits on the existing cluster.", "e+", "learning", "system_thinking")
n.b("Separated the billing path from the training path and said billing needs exactly-once, training can tolerate small dupes.", "e+", "system_thinking", "judgment")
n.b("Proposed reconciling hourly totals against the ad server's own counters, alert at >0.5% gap.", "e+", "risk_awareness")
n.b("Did not cover how late data gets into already-invoiced hours; when asked she said \"issue a correction the next day\" without thinking about how advertisers see it.", "e-", "user_impact", hard="negated")
n.b("Storage estimate off by 10x (forgot replication), corrected it herself when she re-read the numbers.", "e0", "system_thinking", hard="mixed")
n.b("Explained the watermark trade-off clearly when I played a PM.", "e+", "communication")
n.h("Overall")
n.b("Weak start, good recovery.", "v0", "learning")
n.b("LH, would not go higher given the billing gap.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n015", candidate_id="w6-c04", interviewer_id="w6-i05", req_id="w6-r2",
         round="coding", submitted_at="2025-09-09", recommendation="hire", specificity=3,
         style=["terse", "abbreviations", "arrows", "lowercase", "fragments"], topic="monitoring",
         ratings={"coding": "hire"})
n.b("q: rolling z-score anomaly detector on metric stream", "c")
n.b("used deque + running sums, O(1) per point", "e+", "coding")
n.b("forgot var=0 case -> div by zero on flat series", "e-", "coding")
n.b("after I said \"try a flat input\" fixed in ~1 min + added test", "e+", "learning", "coding")
n.b("asked whether anomalies shd be suppressed during deploys", "e+", "risk_awareness", hard="question")
n.b("solid coder", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n016", candidate_id="w6-c04", interviewer_id="w6-i06", req_id="w6-r2",
         round="data", submitted_at="2025-09-10", recommendation="hire", specificity=4,
         style=["qa", "quotes", "first_person"], topic="privacy",
         ratings={"user_impact": "hire", "data_intuition": "hire"})
n.s("Data round on user-level feature tables and retention.", "c")
n.nl()
n.s("Q: a user deletes their account, what has to happen to our training data?", "c", hard="question")
n.nl()
n.s("A: \"Their rows come out of the raw tables and the feature store, and any model trained after the deadline can't have seen them.\"", "e+", "user_impact")
n.s("She asked how long the legal deadline was before designing anything.", "e+", "user_impact", "judgment", hard="question")
n.nl()
n.s("Q: what about models already trained on them?", "c", hard="question")
n.nl()
n.s("A: first said retrain everything, then when I mentioned it costs ~$40k a run she changed to \"retrain on the normal schedule and document that deletion takes effect at the next cycle\".", "e+", "judgment", "learning")
n.nl()
n.s("Q: how do you check deletions actually happened?", "c", hard="question")
n.nl()
n.s("A: \"a daily job that samples deleted IDs and looks them up everywhere\" -- good.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.nl()
n.s("She didn't consider derived aggregates like advertiser-level CTR that could still leak a single user in small segments.", "e-", "user_impact", "data_intuition", hard="negated")
n.nl()
n.s("Thoughtful about users.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c05 Rafael (he), w6-r1: contradiction on risk_awareness (i02 vs i04) ----------
n = Note(note_id="w6-n017", candidate_id="w6-c05", interviewer_id="w6-i02", req_id="w6-r1",
         round="system_design", submitted_at="2024-05-21", recommendation="no_hire", specificity=4,
         style=["bullets", "terse", "american"], topic="auction",
         ratings={"risk_awareness": "no_hire", "system_thinking": "lean_no_hire"})
n.h("Design q: new reserve-price model for the auction")
n.b("Candidate proposed predicting per-query reserve with a regression on past winning bids.", "e0", "ml_fundamentals")
n.b("Did not ask how the current reserve is set.", "e-", "judgment", hard="negated")
n.b("Launch: \"flip it on for all traffic on Monday, we'll watch the dashboard\".", "e-", "risk_awareness")
n.b("I asked what he'd do if revenue dropped 10% in the first hour.", "c", hard="question")
n.b("\"Probably noise, I'd wait a day.\"", "e-", "risk_awareness", "judgment")
n.b("No rollback plan, no ramp, no guardrail on fill rate.", "e-", "risk_awareness", hard="negated")
n.b("Didn't consider that higher reserves price out small advertisers.", "e-", "user_impact", hard="negated")
n.b("Sizing was hand-wavy, no QPS or latency numbers.", "e-", "system_thinking")
n.b("Knows auction theory.", "v+", "ml_fundamentals", hard="tech_vague")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n018", candidate_id="w6-c05", interviewer_id="w6-i03", req_id="w6-r1",
         round="fundamentals", submitted_at="2024-05-21", recommendation="lean_hire", specificity=1,
         style=["prose", "third_person"], topic="auction")
n.s("Rafael has a good understanding of auctions and ranking.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Decent fundamentals overall.", "v+", "ml_fundamentals")
n.s("A bit quiet.", "v0", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n019", candidate_id="w6-c05", interviewer_id="w6-i04", req_id="w6-r1",
         round="behavioural", submitted_at="2024-05-22", recommendation="hire", specificity=4,
         style=["headings", "prose", "first_person", "british"], topic="launches",
         ratings={"risk_awareness": "hire", "ownership": "hire"})
n.h("Format")
n.s("Behavioural, 45 minutes, focused on a launch that went wrong and on working with advertisers.", "c")
n.h("Launch story")
n.s("Rafael described shipping a bid-shading model at his last company that cut advertiser CPCs but also cut spend by 8% in two days.", "e0", "ownership")
n.s("He said he had set up the ramp himself: 1%, 5%, 25%, with a kill switch on the spend guardrail.", "e+", "risk_awareness", "ownership")
n.s("When spend fell he rolled back at 25% and wrote the postmortem, which he summarised in three points.", "e+", "ownership", "communication")
n.s("He said the root cause was training on a period with an unusual holiday budget pattern.", "e+", "data_intuition")
n.h("Advertisers")
n.s("I asked how he handled the advertisers who had been affected.", "c", hard="question")
n.s("He said account managers dealt with that and he was not involved.", "e-", "user_impact", "ownership")
n.h("Overall")
n.s("This is quite different from the design round feedback on rollback, so it may be that he knows the practice but doesn't volunteer it under time pressure.", "v0", "risk_awareness", hard="hedged")
n.s("Hire, with a question mark on advertiser empathy.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n020", candidate_id="w6-c05", interviewer_id="w6-i07", req_id="w6-r1",
         round="fundamentals", submitted_at="2024-05-23", recommendation="lean_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="calibration",
         ratings={"ml_fundamentals": "hire", "metrics": "lean_hire"})
n.s("The candidate was interviewed on modelling fundamentals for ads, with an emphasis on calibration and the auction.", "c")
n.s("Asked why calibration matters in a second-price auction, Rafael explained that the bid is multiplied by pCTR, so an overestimate makes an ad win and then pay more than it should.", "e+", "ml_fundamentals")
n.s("He gave a worked example: a true CTR of 1% predicted as 2% doubles the expected value and wins auctions it should lose.", "e+", "ml_fundamentals", "metrics")
n.s("The interviewer then asked how he would measure calibration across placements.", "c", hard="question")
n.s("He proposed the ratio of predicted to observed clicks per placement and per advertiser size.", "e+", "metrics")
n.s("When asked about label noise from accidental clicks, he paused and said he had not thought about it.", "e-", "data_intuition")
n.s("After a minute he suggested using dwell time to drop clicks under two seconds, and noted it might remove genuine mobile clicks.", "e+", "data_intuition", "learning")
n.s("His answers were correct but short, and the interviewer had to ask follow-ups to get the reasoning out.", "e0", "communication", hard="mixed")
n.s("He did not ask any questions about the product during the hour.", "e-", "communication", hard="negated")
n.s("The interviewer thinks his fundamentals are clearly above the bar.", "v+", "ml_fundamentals")
n.s("Recommendation is lean hire, mainly because the conversation never went beyond what was asked.", "v0", hard="verdict_plus_evidence")
notes.append(n)

# ---------------- c06 Sasha (they), w6-r2: strong; passive ownership flagged by i05 only ----------
n = Note(note_id="w6-n021", candidate_id="w6-c06", interviewer_id="w6-i01", req_id="w6-r2",
         round="system_design", submitted_at="2026-01-14", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="monitoring")
n.s("Sasha was fantastic, one of the best design rounds I've done this year.", "v+", "system_thinking")
n.s("I asked them to design drift monitoring for the CVR model's features.", "c", hard="interviewer_action")
n.s("They had a really mature take on alerting and clearly have done this before.", "v+", "risk_awareness")
n.s("They mentioned separating page-worthy alerts from dashboard-only ones.", "e+", "risk_awareness")
n.s("Super sharp, super clear.", "v+", "communication")
n.s("10/10 would hire.", "v+", hard="vague_quantity")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n022", candidate_id="w6-c06", interviewer_id="w6-i04", req_id="w6-r2",
         round="debugging", submitted_at="2026-01-14", recommendation="hire", specificity=5,
         style=["headings", "prose", "first_person", "british"], topic="feature drift",
         ratings={"data_intuition": "strong_hire", "risk_awareness": "hire", "ownership": "lean_hire"})
n.h("Scenario")
n.s("I showed Sasha a dashboard where predicted CVR for one advertiser category had risen 30% overnight while observed CVR was flat.", "c", hard="interviewer_action")
n.s("They had the feature logs and a query console.", "c")
n.h("What they did")
n.s("They first checked whether the change lined up with a model push and found it did not.", "e+", "data_intuition")
n.s("They then compared the feature distributions for that category day over day and found that the price feature's median had jumped from about 40 to about 4000.", "e+", "data_intuition")
n.s("Sasha said it looked like a currency change from major to minor units and confirmed it by checking one advertiser's raw catalogue rows.", "e+", "data_intuition", hard="plain_evidence")
n.s("They proposed a clamp on the feature at serving as a stopgap, then a schema contract with the catalogue team that states units.", "e+", "risk_awareness", "judgment")
n.s("When I asked who should fix it, they said \"the catalogue team, I'd file a ticket\" and did not offer to follow it up.", "e-", "ownership")
n.h("Communication")
n.s("They talked me through every query before running it, which made it easy to follow.", "e+", "communication")
n.h("Summary")
n.s("Excellent debugging, a bit hands-off on getting the fix landed.", "v0", "ownership", "data_intuition", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n023", candidate_id="w6-c06", interviewer_id="w6-i05", req_id="w6-r2",
         round="behavioural", submitted_at="2026-01-15", recommendation="lean_no_hire", specificity=3,
         style=["terse", "abbreviations", "fragments", "arrows"], topic="on-call",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.b("behavioural round, on-call + incidents", "c")
n.b("asked: worst incident you owned", "c", hard="question")
n.b("story = pipeline outage, 6h stale features -> CTR model degraded", "e0", "ownership")
n.b("said \"I escalated to the infra team and waited\", no own mitigation", "e-", "ownership")
n.b("postmortem written by someone else; C couldn't say what action items came out", "e-", "ownership", hard="negated")
n.b("asked what they'd do diff -> \"escalate faster\"", "e-", "ownership", "learning")
n.b("clear + structured answers", "v+", "communication")
n.b("passive imo", "v-", "ownership")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n024", candidate_id="w6-c06", interviewer_id="w6-i06", req_id="w6-r2",
         round="fundamentals", submitted_at="2026-01-16", recommendation="hire", specificity=4,
         style=["qa", "quotes", "first_person"], topic="privacy",
         ratings={"user_impact": "strong_hire", "ml_fundamentals": "hire"})
n.s("Fundamentals + privacy, 45 min.", "c")
n.nl()
n.s("Q: we want to add a \"recently viewed categories\" feature to the CTR model, any concerns?", "c", hard="question")
n.nl()
n.s("A: \"Some categories are sensitive, health, debt, so we shouldn't let advertisers target on them even indirectly.\"", "e+", "user_impact")
n.s("They proposed an allowlist of categories and asked who in legal signs off on it.", "e+", "user_impact", "judgment")
n.nl()
n.s("Q: how would you check the model isn't using a proxy for a sensitive category?", "c", hard="question")
n.nl()
n.s("A: ablate the feature and compare ad delivery by sensitive segment on a held-out panel.", "e+", "user_impact", "ml_fundamentals")
n.nl()
n.s("Q: bias vs variance when you add 200 sparse category features?", "c", hard="question")
n.nl()
n.s("A: \"variance goes up, especially for rare categories, so I'd hash and regularise them harder\" -- correct.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.nl()
n.s("Said \"I'm not sure\" when I asked about differential privacy for aggregate reporting, and didn't guess.", "e0", "ml_fundamentals", hard="negated")
n.nl()
n.s("Really cares about users.", "v+", "user_impact")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

save("data/corpus/raw/w6_notes_part2.jsonl", notes)
