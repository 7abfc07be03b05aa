import sys; sys.path.insert(0, "tools"); sys.path.insert(0, "data/corpus/writers/w6")
from corpus_writer import Note
from w6save import save

notes = []

n = Note(note_id="w6-n068", candidate_id="w6-c38", interviewer_id="w6-i01", req_id="w6-r1",
         round="data", submitted_at="2024-04-30", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="experiment analysis")
n.s("Hana was great with metrics.", "v+", "metrics")
n.s("She knows the difference between what's easy to measure and what matters, which is rare.", "v+", "metrics")
n.s("When I showed her a CTR win she asked if conversion moved too.", "e+", "metrics", hard="question")
n.s("Strong product sense and very quick.", "v+", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n069", candidate_id="w6-c39", interviewer_id="w6-i01", req_id="w6-r2",
         round="behavioural", submitted_at="2025-03-18", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="ownership",
         ratings={"ownership": "hire", "learning": "lean_hire"})
n.s("Diego talked me through migrating his team's training data from hand-run scripts to scheduled pipelines.", "e0", "ownership")
n.s("He said he proposed it himself after a backfill went wrong and he spent a weekend fixing it.", "e+", "ownership")
n.s("He wrote the design doc, got two other teams to adopt the same scheduler and ran the migration over three months.", "e+", "ownership", "communication")
n.s("I asked what he would do differently and he said he would have added data validation from day one instead of after the second incident.", "e+", "learning", "risk_awareness")
n.s("He was a bit vague on how he measured whether the migration succeeded.", "e-", "metrics", hard="hedged")
n.s("Really genuine, I liked him a lot.", "v+", hard="biased")
n.s("Lean hire, maybe hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n070", candidate_id="w6-c40", interviewer_id="w6-i02", req_id="w6-r1",
         round="fundamentals", submitted_at="2025-06-03", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "british"], topic="offline evaluation",
         ratings={"metrics": "lean_no_hire", "learning": "lean_hire"})
n.h("Fundamentals: offline metrics for ranking")
n.b("Samira picked AUC for the ranker without discussion.", "e-", "metrics")
n.b("Asked what AUC misses for ads: said \"nothing important\".", "e-", "metrics", "ml_fundamentals")
n.b("I hinted at calibration and bid multiplication.", "c", hard="interviewer_action")
n.b("She then explained that a well-ranked but overconfident model overcharges, and added log-loss as a second metric.", "e+", "learning", "ml_fundamentals")
n.b("Could not name an online metric to pair with it until the end.", "e-", "metrics", hard="negated")
n.b("Learns quickly once pointed.", "v+", "learning")
n.b("Too dependent on hints for this level.", "v-", "learning")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n071", candidate_id="w6-c41", interviewer_id="w6-i02", req_id="w6-r2",
         round="debugging", submitted_at="2025-11-25", recommendation="hire", specificity=4,
         style=["bullets", "first_person", "american"], topic="incident response",
         ratings={"data_intuition": "hire", "learning": "hire", "risk_awareness": "hire"})
n.h("Debugging: alert \"CTR down 15%\" fires at 09:00, no deploys overnight")
n.b("Bartek asked whether the drop was in clicks, impressions or both before touching any logs.", "e+", "data_intuition", hard="question")
n.b("Found impressions up 18% with clicks flat; said \"this is a denominator problem\".", "e+", "data_intuition", "metrics")
n.b("Guessed bot traffic first, checked user agents, found nothing.", "e0", "data_intuition")
n.b("I told him a partner app had started prefetching ads.", "c", hard="interviewer_action")
n.b("He immediately said prefetched impressions should not count until rendered, and proposed filtering on the viewability flag.", "e+", "learning", "metrics")
n.b("He raised that advertisers billed per impression may have been overcharged and said finance should be told today.", "e+", "user_impact", "ownership")
n.b("Suggested an alert on the ratio of viewable to served impressions per app.", "e+", "risk_awareness")
n.b("Missed that the CTR model's training data for that period needs excluding.", "e-", "data_intuition", hard="negated")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n072", candidate_id="w6-c42", interviewer_id="w6-i03", req_id="w6-r1",
         round="coding", submitted_at="2024-02-13", recommendation="lean_no_hire", specificity=1,
         style=["prose", "lowercase", "fragments"], topic="coding")
n.s("kai's coding was so-so.", "v0", "coding")
n.s("not super fluent.", "v-", "coding")
n.s("seemed a bit lost at times.", "v-", hard="hedged")
n.s("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n073", candidate_id="w6-c43", interviewer_id="w6-i03", req_id="w6-r2",
         round="data", submitted_at="2025-08-26", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="data quality")
n.s("Zainab was solid.", "v+", hard="bare_verdict")
n.s("Gave her the messy events table.", "c")
n.s("She found the duplicate events pretty quickly.", "e+", "data_intuition", hard="plain_evidence")
n.s("Great attention to detail generally.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n074", candidate_id="w6-c44", interviewer_id="w6-i04", req_id="w6-r1",
         round="system_design", submitted_at="2026-02-24", recommendation="lean_hire", specificity=4,
         style=["headings", "prose", "first_person", "british"], topic="fairness",
         ratings={"user_impact": "hire", "system_thinking": "lean_no_hire"})
n.h("Question")
n.s("Design ad delivery for job listings on the marketplace.", "c")
n.h("Strengths")
n.s("Alex raised within the first five minutes that job ads are regulated and that delivery skewed by gender or age could be illegal.", "e+", "user_impact")
n.s("They proposed measuring delivery share by inferred demographic group per ad and alerting the policy team when it diverges from the eligible audience.", "e+", "user_impact", "metrics")
n.s("When I asked what to do if the CTR model itself learns the skew, they suggested removing proxies and then checking delivery again, not just trusting feature removal.", "e+", "user_impact", "ml_fundamentals")
n.h("Weaknesses")
n.s("The serving architecture was thin: one box called \"ranker\" with no latency budget.", "e-", "system_thinking")
n.s("When I asked about 10k QPS they said \"autoscaling\" and moved on.", "e-", "system_thinking")
n.s("Did not say how a fairness regression would be rolled back.", "e-", "risk_awareness", hard="negated")
n.h("Recommendation")
n.s("Lean hire: excellent on harm, below bar on systems.", "v0", "user_impact", "system_thinking", hard="mixed")
notes.append(n)

n = Note(note_id="w6-n075", candidate_id="w6-c45", interviewer_id="w6-i05", req_id="w6-r1",
         round="system_design", submitted_at="2024-07-09", recommendation="lean_hire", specificity=1,
         style=["terse", "abbreviations", "lowercase", "fragments"], topic="ads ranking")
n.b("sys design, ranking", "c")
n.b("decent", "v0", hard="bare_verdict")
n.b("knows the std arch", "v+", "system_thinking", hard="tech_vague")
n.b("bit rambly", "v-", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n076", candidate_id="w6-c46", interviewer_id="w6-i05", req_id="w6-r2",
         round="system_design", submitted_at="2025-12-16", recommendation="lean_no_hire", specificity=3,
         style=["terse", "abbreviations", "arrows", "fragments"], topic="privacy",
         ratings={"user_impact": "no_hire"})
n.b("q: retention policy for raw click logs", "c")
n.b("C: keep forever \"in case we need to retrain\"", "e-", "user_impact", "judgment")
n.b("asked re: deletion requests -> \"we can filter at training time\"", "e-", "user_impact")
n.b("good tiering idea: hot 7d / warm 90d / cold archive w/ cost est ~$12k/mo", "e+", "system_thinking")
n.b("no thought re: who can access raw logs", "e-", "user_impact", hard="negated")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n077", candidate_id="w6-c47", interviewer_id="w6-i06", req_id="w6-r1",
         round="coding", submitted_at="2024-11-05", recommendation="hire", specificity=3,
         style=["qa", "quotes", "first_person"], topic="coding",
         ratings={"coding": "hire"})
n.s("Q: implement top-k ads by expected revenue from a stream, k fixed, memory bounded.", "c", hard="question")
n.nl()
n.s("A: Farhan went for a min-heap of size k right away.", "e+", "coding")
n.s("\"Push, and if the heap's bigger than k, pop the smallest\" -- correct and O(n log k).", "e+", "coding", hard="verdict_plus_evidence")
n.nl()
n.s("Q: how would you test it?", "c", hard="question")
n.nl()
n.s("A: listed k=0, k larger than the stream, ties, negative values.", "e+", "coding")
n.s("Only wrote two of those tests before time ran out.", "e0", "coding")
n.nl()
n.s("Solid coder, nice clean style.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n078", candidate_id="w6-c48", interviewer_id="w6-i06", req_id="w6-r2",
         round="behavioural", submitted_at="2025-04-08", recommendation="lean_no_hire", specificity=4,
         style=["qa", "quotes", "first_person", "british"], topic="ownership",
         ratings={"ownership": "no_hire", "learning": "lean_hire"})
n.s("Q: tell me about a project that failed.", "c", hard="question")
n.nl()
n.s("A: Ivy described a drift detector her team built that nobody used.", "e0", "ownership")
n.s("\"The product teams didn't want it, so it wasn't really on us.\"", "e-", "ownership")
n.nl()
n.s("Q: did you talk to the product teams before building it?", "c", hard="question")
n.nl()
n.s("A: \"No, our manager gave us the spec.\"", "e-", "ownership", "judgment")
n.nl()
n.s("Q: what would you do now?", "c", hard="question")
n.nl()
n.s("A: \"Interview two or three users first and build the smallest version they'd actually look at.\"", "e+", "learning", "user_impact")
n.nl()
n.s("She couldn't say how many alerts the detector had fired or whether any were true positives.", "e-", "metrics", hard="negated")
n.nl()
n.s("Reflective in hindsight, but ownership stops at the spec.", "v0", "ownership", "learning", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n079", candidate_id="w6-c49", interviewer_id="w6-i07", req_id="w6-r2",
         round="data", submitted_at="2024-03-26", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="data pipelines",
         ratings={"data_intuition": "lean_hire"})
n.s("Sipho was given a daily aggregation table with a known bug and asked to find it.", "c", hard="interviewer_action")
n.s("He noticed fairly quickly that totals for the last day of each month were low.", "e+", "data_intuition")
n.s("He traced it to a timezone cutoff: the job ran on UTC while advertisers report on local time.", "e+", "data_intuition")
n.s("He proposed a fix that the interviewer thought would double-count some events, and took a few minutes to see why.", "e0", "data_intuition", "learning", hard="mixed")
n.s("He seemed comfortable with SQL and with the data generally.", "v+", "data_intuition")
n.s("The interviewer felt his explanations were a little disorganised.", "v-", "communication")
n.s("He did not ask about downstream consumers of the table.", "e-", "ownership", hard="negated")
n.s("He is probably a good fit for the platform team with some support.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n080", candidate_id="w6-c50", interviewer_id="w6-i07", req_id="w6-r1",
         round="data", submitted_at="2026-04-14", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "american"], topic="metrics",
         ratings={"metrics": "strong_hire", "user_impact": "hire", "judgment": "strong_hire"})
n.s("Noor was given the results of a two-week experiment on a new ad load policy: more ads per page, revenue per session up 7%, and asked for a launch recommendation.", "c", hard="interviewer_action")
n.s("She asked first for retention and return-visit rates, saying that extra ads often pay now and cost later.", "e+", "metrics", "user_impact")
n.s("The data showed 7-day return rate down 1.2% in the treatment group, and she estimated that this would cancel the revenue gain within about two months if it persisted.", "e+", "metrics", "judgment")
n.s("She noted that two weeks was too short to see the long-term effect and proposed a long-running holdback of 1% of users.", "e+", "metrics", "risk_awareness")
n.s("The interviewer asked what she would tell a VP who wanted the 7% now.", "c", hard="question")
n.s("She said she would ship to one low-risk market with the holdback and give a date for a decision, and wrote the three-line message she would send.", "e+", "communication", "judgment")
n.s("When the interviewer pushed that the return-rate drop might be noise, she computed a rough standard error from the sample sizes and showed it was about three standard errors from zero.", "e+", "metrics", "ml_fundamentals")
n.s("She also split the effect by new versus returning users and found the drop was concentrated in new users.", "e+", "data_intuition", "user_impact")
n.s("She said that meant first impressions of the marketplace were being harmed, and proposed capping ad load for users in their first week.", "e+", "user_impact", "judgment")
n.s("She did not check whether advertiser prices fell with more inventory, which the interviewer mentioned at the end.", "e-", "metrics", hard="negated")
n.s("She took that point without argument and said it would make the revenue gain even less reliable.", "e+", "learning")
n.s("The whole analysis was delivered in a clear order, with her recommendation stated first.", "e+", "communication")
n.s("This was one of the strongest data rounds the interviewer has run.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save("data/corpus/raw/w6_notes_part6.jsonl", notes)
