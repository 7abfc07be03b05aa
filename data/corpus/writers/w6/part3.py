import sys; sys.path.insert(0, "tools"); sys.path.insert(0, "data/corpus/writers/w6")
from corpus_writer import Note
from w6save import save

notes = []

# ---------------- c07 Aditya (he), w6-r1: ignores user harm (i06, i07); data_intuition contradiction (i01 vs i02) --
n = Note(note_id="w6-n025", candidate_id="w6-c07", interviewer_id="w6-i01", req_id="w6-r1",
         round="data", submitted_at="2025-11-03", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="conversion prediction",
         ratings={"data_intuition": "strong_hire"})
n.s("Aditya did really well in the data round.", "v+")
n.s("I handed him a conversion dataset with a feature called days_since_last_purchase.", "c", hard="interviewer_action")
n.s("Within ten minutes he noticed that the feature was computed after the conversion it was meant to predict and called it leakage.", "e+", "data_intuition")
n.s("He rebuilt it from events strictly before the click timestamp and the AUC dropped from 0.93 to 0.78, which he said was the honest number.", "e+", "data_intuition", "metrics")
n.s("He also asked whether conversions were attributed last-click or with a window, because that changes the label.", "e+", "data_intuition", hard="question")
n.s("Brilliant data instincts, honestly.", "v+", "data_intuition")
n.s("Fab communicator too.", "v+", "communication")
n.s("Happy to hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n026", candidate_id="w6-c07", interviewer_id="w6-i02", req_id="w6-r1",
         round="coding", submitted_at="2025-11-03", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "first_person", "american"], topic="coding",
         ratings={"coding": "lean_hire", "data_intuition": "no_hire"})
n.b("Task: build training examples from raw impression/click logs, then compute per-ad CTR.", "c")
n.b("Join written correctly, used a left join so impressions without clicks survive.", "e+", "coding")
n.b("Did not dedupe impressions; the sample has the same impression_id logged by two servers.", "e-", "data_intuition", hard="negated")
n.b("When I asked if the CTRs looked plausible he said \"yeah, about 2%, seems normal\" without checking the distribution.", "e-", "data_intuition")
n.b("Ads with one impression and one click got CTR 1.0 and ranked top; he didn't notice.", "e-", "data_intuition", "metrics", hard="negated")
n.b("I asked how he'd rank ads with little data.", "c", hard="question")
n.b("He suggested a minimum of 100 impressions rather than smoothing, reasonable but crude.", "e0", "ml_fundamentals", hard="mixed")
n.b("Wrote no tests; ran it once on the sample.", "e-", "coding", hard="negated")
n.b("Code itself readable, sensible names.", "e+", "coding", hard="plain_evidence")
n.b("Data sense weaker than I'd want for ranking.", "v-", "data_intuition")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n027", candidate_id="w6-c07", interviewer_id="w6-i06", req_id="w6-r1",
         round="fundamentals", submitted_at="2025-11-04", recommendation="lean_no_hire", specificity=4,
         style=["qa", "quotes", "first_person"], topic="fairness",
         ratings={"user_impact": "no_hire", "ml_fundamentals": "hire"})
n.s("Q: explain how you'd train a lookalike model for advertisers.", "c", hard="question")
n.nl()
n.s("A: seed users as positives, sampled negatives, embeddings from behaviour, nearest neighbours.", "e+", "ml_fundamentals")
n.s("Fast and correct, mentioned negative sampling bias unprompted.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.nl()
n.s("Q: a housing advertiser's seed list is 90% one ethnicity, what happens?", "c", hard="question")
n.nl()
n.s("A: \"The model finds people like the seed, that's the product.\"", "e-", "user_impact")
n.s("I asked if that might be a legal issue for housing ads.", "c", hard="interviewer_action")
n.s("A: \"That's for the policy team, not the model.\"", "e-", "user_impact", "ownership")
n.nl()
n.s("Q: anything you'd monitor after launch?", "c", hard="question")
n.nl()
n.s("A: CTR and CVR by campaign; nothing on who sees the ads.", "e-", "user_impact", "risk_awareness", hard="negated")
n.nl()
n.s("Strong technically, blind spot on harm.", "v0", "user_impact", "ml_fundamentals", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n028", candidate_id="w6-c07", interviewer_id="w6-i07", req_id="w6-r1",
         round="system_design", submitted_at="2025-11-05", recommendation="no_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="personalisation",
         ratings={"system_thinking": "hire", "user_impact": "no_hire", "judgment": "lean_no_hire"})
n.s("Aditya was asked to design personalised ad ranking for logged-out users on the marketplace home page.", "c", hard="interviewer_action")
n.s("He began by proposing a device fingerprint built from browser, screen size, installed fonts and IP to stitch sessions together.", "e-", "user_impact")
n.s("The interviewer asked whether users had consented to that kind of tracking.", "c", hard="question")
n.s("He said consent was \"a banner problem\" and went back to the architecture.", "e-", "user_impact", "judgment")
n.s("The architecture itself was well reasoned: session features in a low-latency store, a two-stage ranker and a budget of 60ms for the ranking call.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("He estimated cache size from 5M daily logged-out sessions at about 2KB each and got roughly 10GB, which is right.", "e+", "system_thinking")
n.s("Asked how he would know the personalisation helped, he proposed an A/B test on revenue per session with a 2-week run.", "e+", "metrics")
n.s("He did not propose any guardrail on complaints or opt-outs.", "e-", "metrics", "user_impact", hard="negated")
n.s("Later the interviewer described a regulator asking for an explanation of why a user saw a particular ad.", "c")
n.s("He said he would \"just log the features\", and did not see that the fingerprint itself would then be stored.", "e-", "user_impact", "data_intuition")
n.s("When challenged on this he conceded the point, but added that competitors did the same.", "e0", "learning", hard="mixed")
n.s("He spoke quickly and confidently and kept the whiteboard tidy.", "e+", "communication")
n.s("The interviewer's view is that the system skills are real but that the repeated dismissal of user consent is disqualifying for an ads role.", "v-", "user_impact")
n.s("This matches the lookalike discussion in the fundamentals round.", "c")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- c08 Fatima (she), w6-r2: strong incident response; no rollback flagged by i02 only ------
n = Note(note_id="w6-n029", candidate_id="w6-c08", interviewer_id="w6-i02", req_id="w6-r2",
         round="system_design", submitted_at="2024-08-27", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "british"], topic="feature store",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire"})
n.b("Design a feature store migration from nightly batch to streaming for the CTR model.", "c")
n.b("Good component breakdown.", "v+", "system_thinking")
n.b("Dual-writes to old and new stores for a week and compared values per key.", "e+", "system_thinking", "risk_awareness")
n.b("Cutover was a single switch for all models at once; no per-model rollback.", "e-", "risk_awareness")
n.b("When asked what happens if streaming lags, said \"it won't, Kafka is reliable\".", "e-", "risk_awareness", "judgment")
n.b("Not enough on failure modes for a platform role.", "v-", "risk_awareness")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n030", candidate_id="w6-c08", interviewer_id="w6-i03", req_id="w6-r2",
         round="behavioural", submitted_at="2024-08-27", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="incident response")
n.s("Fatima came across really well.", "v+")
n.s("Lots of incident experience, seems calm under pressure.", "v+", "risk_awareness", hard="vague_quantity")
n.s("She talked about leading a postmortem for a billing pipeline outage.", "e+", "ownership")
n.s("Great team player.", "v+", hard="biased")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n031", candidate_id="w6-c08", interviewer_id="w6-i04", req_id="w6-r2",
         round="debugging", submitted_at="2024-08-28", recommendation="hire", specificity=4,
         style=["headings", "prose", "first_person", "british"], topic="incident response",
         ratings={"risk_awareness": "hire", "communication": "strong_hire", "ownership": "hire"})
n.h("Setup")
n.s("Simulated incident: at 02:00 the ads click-attribution job starts producing zero conversions for all advertisers, Fatima is on call.", "c")
n.h("Response")
n.s("Her first move was to pause the downstream billing and bidding jobs that read from the table, before looking for the cause.", "e+", "risk_awareness", "judgment")
n.s("She posted a short status message in the incident channel stating impact, what was paused and when the next update would be.", "e+", "communication", "ownership")
n.s("She found the attribution job was reading an empty partition because an upstream job had been renamed, and re-pointed it.", "e+", "data_intuition")
n.s("She reran the job for the affected hours and compared totals with the same hours the previous week before unpausing billing.", "e+", "risk_awareness")
n.s("She did not ask whether any advertiser budgets had been exhausted by auto-bidding during the outage until I mentioned it.", "e-", "user_impact", hard="negated")
n.h("Follow-up")
n.s("For prevention she proposed a non-empty-input check at job start and an alert on conversions per hour falling below 20% of the same hour last week.", "e+", "risk_awareness")
n.h("Overall")
n.s("Calm and methodical, exactly what I'd want on call.", "v+", "risk_awareness")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n032", candidate_id="w6-c08", interviewer_id="w6-i05", req_id="w6-r2",
         round="coding", submitted_at="2024-08-28", recommendation="hire", specificity=3,
         style=["terse", "abbreviations", "lowercase", "fragments", "typos"], topic="data pipelines",
         ratings={"coding": "hire"})
n.b("q: topo sort DAG of pipeline jobs + detect cycles", "c")
n.b("dfs w/ 3 colours, correct first try", "e+", "coding")
n.b("talked thru complexity O(V+E) w/o prompt", "e+", "coding", "communication")
n.b("tested on cycle + disconnected graph", "e+", "coding", hard="plain_evidence")
n.b("bit slow to start, aksed a lot of clarifying qs", "e0", "communication", hard="mixed")
n.b("strong", "v+", hard="bare_verdict")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c09 Jonah (they), w6-r1: poor judgement under ambiguity, defends when challenged ------
n = Note(note_id="w6-n033", candidate_id="w6-c09", interviewer_id="w6-i01", req_id="w6-r1",
         round="system_design", submitted_at="2026-03-02", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="ads ranking")
n.s("Jonah has a ton of ideas.", "v+", hard="vague_quantity")
n.s("I gave them an open-ended prompt: improve ad relevance on category pages, no metric given.", "c", hard="interviewer_action")
n.s("They jumped straight into a transformer-based ranker without asking what relevance meant or how we'd measure it.", "e-", "judgment", "metrics")
n.s("The model design was detailed, including sequence features from the last 50 item views.", "e+", "ml_fundamentals")
n.s("When I asked about the serving cost, they said GPUs would handle it and we could optimise later.", "e-", "system_thinking", "judgment")
n.s("I think with a bit of mentoring they'd be great.", "v+", "learning", hard="hedged")
n.s("Energetic and passionate!", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n034", candidate_id="w6-c09", interviewer_id="w6-i03", req_id="w6-r1",
         round="fundamentals", submitted_at="2026-03-02", recommendation="hire", specificity=1,
         style=["prose", "lowercase", "fragments"], topic="ml fundamentals")
n.s("knows deep learning really well, very current on the literature.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("solid on transformers and embeddings.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("good vibes.", "v+", hard="biased")
n.s("hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n035", candidate_id="w6-c09", interviewer_id="w6-i05", req_id="w6-r1",
         round="data", submitted_at="2026-03-03", recommendation="lean_no_hire", specificity=3,
         style=["terse", "abbreviations", "arrows", "fragments"], topic="experiment analysis",
         ratings={"judgment": "no_hire", "metrics": "lean_no_hire"})
n.b("data q: A/B result, CTR +4% but CVR -2%, decide ship/no ship", "c")
n.b("C said ship b/c \"CTR is the north star\"", "e-", "metrics", "judgment")
n.b("I asked what advertisers pay for -> C: \"clicks, mostly\"", "e0", "metrics")
n.b("told them 60% of spend is CPA -> still said ship, \"CVR will catch up\"", "e-", "judgment", "learning")
n.b("didn't check sample size or test duration", "e-", "metrics", hard="negated")
n.b("overconfident", "v-", "judgment")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n036", candidate_id="w6-c09", interviewer_id="w6-i07", req_id="w6-r1",
         round="behavioural", submitted_at="2026-03-04", recommendation="no_hire", specificity=5,
         style=["prose", "third_person", "american"], topic="ambiguity",
         ratings={"judgment": "no_hire", "learning": "no_hire", "ownership": "lean_hire"})
n.s("The behavioural round with Jonah focused on a time they had to make a call without enough information.", "c")
n.s("They described choosing to retrain their team's ranking model on a new embedding library a week before a holiday traffic peak, against their manager's advice.", "e-", "judgment")
n.s("According to Jonah the launch caused a latency regression that dropped ad revenue for two days.", "e0", "risk_awareness")
n.s("The interviewer asked what they would do differently.", "c", hard="question")
n.s("They said the decision had been right and that the latency regression was the infra team's fault for not provisioning enough hosts.", "e-", "ownership", "learning")
n.s("The interviewer offered a different framing: that the timing itself was the risk.", "c", hard="interviewer_action")
n.s("Jonah repeated that \"you can't let the calendar block progress\" and did not engage with the timing point.", "e-", "learning", "judgment")
n.s("In a second story, they described staying up through the night to fix the regression and writing a patch that cut latency by 30ms.", "e+", "ownership")
n.s("They did not mention telling advertisers or account managers about the revenue drop.", "e-", "user_impact", "communication", hard="negated")
n.s("Asked how they would handle a PM asking for a launch with no clear success metric, they said they would pick one themselves and not tell the PM until it showed a win.", "e-", "judgment", "communication")
n.s("Jonah was articulate and told the stories in a clear sequence.", "e+", "communication")
n.s("Their technical effort is clear, but across both stories they treated disagreement as an obstacle rather than information.", "v-", "learning")
n.s("The interviewer does not think they are ready for a role where launch calls sit with them.", "v-", "judgment")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- c10 Ingrid (she), w6-r2: communication contradiction (i02 vs i06) ----------
n = Note(note_id="w6-n037", candidate_id="w6-c10", interviewer_id="w6-i02", req_id="w6-r2",
         round="fundamentals", submitted_at="2024-12-09", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "first_person", "british"], topic="calibration",
         ratings={"communication": "no_hire", "ml_fundamentals": "lean_hire"})
n.h("Fundamentals: calibration drift in production")
n.b("Correctly explained expected calibration error and wrote the formula.", "e+", "ml_fundamentals")
n.b("Said temperature scaling \"fixes any miscalibration\"; it only fixes a single global scaling issue.", "e-", "ml_fundamentals")
n.b("I asked her to explain calibration to an advertiser.", "c", hard="interviewer_action")
n.b("Spent about six minutes on reliability diagrams, log-odds and binning without once checking whether I was following.", "e-", "communication")
n.b("When I said \"the advertiser just wants to know if they're overpaying\", she restarted the same explanation.", "e-", "communication", "learning")
n.b("Good on the maths, poor at pitching it to the audience.", "v0", "communication", "ml_fundamentals", hard="mixed")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n038", candidate_id="w6-c10", interviewer_id="w6-i04", req_id="w6-r2",
         round="system_design", submitted_at="2024-12-09", recommendation="hire", specificity=4,
         style=["headings", "prose", "first_person", "british"], topic="monitoring",
         ratings={"system_thinking": "hire", "risk_awareness": "hire", "metrics": "hire"})
n.h("Prompt")
n.s("Design a monitoring service that tracks calibration of all production ad models and alerts owners.", "c")
n.h("Notes")
n.s("Ingrid asked how many models and how often they retrain; with ~60 models retrained daily she decided hourly batch checks were enough and streaming was not needed.", "e+", "system_thinking", "judgment")
n.s("She chose predicted/observed ratio per model and per segment, with a minimum event count per segment so small advertisers don't trigger noise.", "e+", "metrics", "data_intuition")
n.s("She accounted for conversion delay by only scoring windows older than the 7-day attribution window, and said that made the alert slower but honest.", "e+", "metrics", "judgment")
n.s("Alerts route to the model owner listed in the registry, with a fallback to the platform on-call if no owner acknowledges in 30 minutes.", "e+", "ownership", "risk_awareness")
n.s("She did not estimate storage or cost.", "e-", "system_thinking", hard="negated")
n.h("Overall")
n.s("Well reasoned and pragmatic.", "v+", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n039", candidate_id="w6-c10", interviewer_id="w6-i06", req_id="w6-r2",
         round="data", submitted_at="2024-12-10", recommendation="hire", specificity=4,
         style=["qa", "quotes", "first_person"], topic="backfills",
         ratings={"communication": "hire", "data_intuition": "hire"})
n.s("Q: a feature was logged wrong for 3 weeks, do we backfill or drop those weeks from training?", "c", hard="question")
n.nl()
n.s("A: \"Depends if we can recompute it from raw events: if we can, backfill; if not, drop the feature for those weeks and mask it rather than drop the rows.\"", "e+", "data_intuition", "judgment")
n.nl()
n.s("She explained the trade-off to me as if I were a PM: \"dropping rows loses the holiday weeks, masking keeps them but the model sees a gap\".", "e+", "communication")
n.nl()
n.s("Q: how do you stop the backfill from hurting the live pipeline?", "c", hard="question")
n.nl()
n.s("A: run it in a separate queue with a cap on cluster share and write to a shadow table first.", "e+", "risk_awareness", "system_thinking")
n.nl()
n.s("She asked if the backfilled table would be used by billing too, and changed her plan to an append-only versioned table when I said yes.", "e+", "risk_awareness", "learning")
n.nl()
n.s("Very clear communicator, I never had to ask her to repeat anything.", "v+", "communication")
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n040", candidate_id="w6-c10", interviewer_id="w6-i07", req_id="w6-r2",
         round="coding", submitted_at="2024-12-11", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="monitoring",
         ratings={"coding": "hire", "communication": "lean_hire"})
n.s("Ingrid was asked to implement a function that computes the population stability index between two samples of a feature, and then to use it to flag drifted features.", "c", hard="interviewer_action")
n.s("She asked whether the samples could contain missing values and whether bins should come from the baseline or from both samples.", "e+", "data_intuition", hard="question")
n.s("She wrote the binning from baseline quantiles and handled empty bins by adding a small epsilon, explaining that otherwise the log would blow up.", "e+", "coding", "ml_fundamentals")
n.s("Her first version sorted the full sample inside a loop, and she pointed out herself that it was quadratic and moved the sort outside.", "e+", "coding")
n.s("She wrote three tests: identical samples giving zero, a shifted normal giving a positive value, and a sample with all nulls raising an error.", "e+", "coding", hard="plain_evidence")
n.s("One test failed because of floating point comparison and she switched to an approximate check.", "e0", "coding")
n.s("When the interviewer asked how she would pick a threshold, she said the usual 0.2 was folklore and suggested calibrating it on past incidents.", "e+", "judgment", "metrics")
n.s("She explained her code in long paragraphs and the interviewer had to interrupt twice to ask for the short version.", "e-", "communication")
n.s("She did not handle categorical features, which the interviewer mentioned only at the end.", "e0", "coding", hard="negated")
n.s("Overall the code was correct, tested and reasonably efficient.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save("data/corpus/raw/w6_notes_part3.jsonl", notes)
