import sys; sys.path.insert(0, "tools"); sys.path.insert(0, "data/corpus/writers/w6")
from corpus_writer import Note
from w6save import save

notes = []

# ---------------- history notes: one candidate each, same interviewers ----------

n = Note(note_id="w6-n041", candidate_id="w6-c11", interviewer_id="w6-i01", req_id="w6-r1",
         round="fundamentals", submitted_at="2024-03-12", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="ctr prediction")
n.s("Tomás is exactly the kind of person we need on Ads Ranking.", "v+")
n.s("Incredibly strong ML fundamentals, understands gradient boosting and deep models equally well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked about class imbalance he brought up negative downsampling and the need to correct the predicted probabilities afterwards.", "e+", "ml_fundamentals")
n.s("He's obviously a natural leader and would raise the bar.", "v+", "ownership")
n.s("Great listener.", "v+", "communication")
n.s("We chatted about football for a bit at the end, really nice guy.", "v+", hard="biased")
n.s("Strong hire, don't lose him.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n042", candidate_id="w6-c12", interviewer_id="w6-i01", req_id="w6-r2",
         round="data", submitted_at="2024-07-30", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="data quality",
         ratings={"data_intuition": "hire", "communication": "hire"})
n.s("Amara was a pleasure to interview.", "v+")
n.s("The exercise was a table of daily advertiser spend with a few planted problems.", "c")
n.s("She found the duplicated rows for one advertiser within a couple of minutes by grouping on advertiser and date.", "e+", "data_intuition")
n.s("She also noticed negative spend values and asked whether refunds were booked as negative rows, which they are.", "e+", "data_intuition", hard="question")
n.s("She missed that one week had spend in cents rather than pounds, even though the totals jumped 100x.", "e-", "data_intuition", hard="negated")
n.s("Lovely clear explanations throughout.", "v+", "communication")
n.s("Has a lot of experience with messy data, you can tell.", "v+", "data_intuition", hard="vague_quantity")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n043", candidate_id="w6-c13", interviewer_id="w6-i02", req_id="w6-r1",
         round="coding", submitted_at="2024-04-16", recommendation="no_hire", specificity=5,
         style=["bullets", "first_person", "american"], topic="auction",
         ratings={"coding": "no_hire", "communication": "lean_no_hire"})
n.h("Coding: implement a generalized second-price auction with reserve")
n.b("Gave Kenji bids, quality scores, a reserve and N slots; asked for winners and prices.", "c", hard="interviewer_action")
n.b("Did not ask whether ties were possible; his sort broke ties by input order, which he could not justify when asked.", "e-", "coding", hard="negated")
n.b("Price computation used the next bid instead of next bid x next quality / own quality; I pointed to the example where the output was wrong.", "e-", "coding", "ml_fundamentals")
n.b("After the pointer he fixed the formula but introduced an index error for the last slot.", "e-", "coding")
n.b("Ran the code only on my example; never tried fewer bidders than slots.", "e-", "coding", hard="negated")
n.b("When it crashed with 2 bidders and 3 slots he said \"that wouldn't happen in prod\".", "e-", "coding", "learning")
n.b("Reserve price handling was correct first time, including the case where nobody clears it.", "e+", "coding")
n.b("Went quiet for long stretches; I had to ask what he was doing three times.", "e-", "communication")
n.b("Understands auctions in principle.", "v0", "ml_fundamentals", hard="tech_vague")
n.h("Verdict")
n.b("Code quality and testing below bar.", "v-", "coding")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n044", candidate_id="w6-c14", interviewer_id="w6-i02", req_id="w6-r2",
         round="system_design", submitted_at="2025-01-28", recommendation="no_hire", specificity=1,
         style=["bullets", "terse", "fragments"], topic="data pipelines")
n.b("Not at the level for platform work.", "v-")
n.b("Design shallow.", "v-", "system_thinking")
n.b("Weak on reliability.", "v-", "risk_awareness")
n.b("No.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n045", candidate_id="w6-c15", interviewer_id="w6-i03", req_id="w6-r1",
         round="system_design", submitted_at="2024-09-05", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="ads ranking")
n.s("Dmitri did well.", "v+", hard="bare_verdict")
n.s("Strong systems thinker with good scaling instincts.", "v+", "system_thinking", hard="tech_vague")
n.s("Understands latency and throughput trade-offs at a deep level.", "v+", "system_thinking", hard="tech_vague")
n.s("Would be a good fit.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n046", candidate_id="w6-c16", interviewer_id="w6-i03", req_id="w6-r2",
         round="debugging", submitted_at="2025-04-22", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "lowercase"], topic="feature drift")
n.s("nia was fine.", "v0", hard="bare_verdict")
n.s("gave her the drift scenario.", "c")
n.s("she got to the root cause eventually, I had to help a bit.", "e0", "data_intuition", hard="mixed")
n.s("seems to know monitoring tools.", "v+", "risk_awareness", hard="tech_vague")
n.s("maybe a bit junior.", "v-", hard="hedged")
n.s("lean hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n047", candidate_id="w6-c17", interviewer_id="w6-i04", req_id="w6-r1",
         round="data", submitted_at="2024-06-18", recommendation="lean_hire", specificity=3,
         style=["headings", "prose", "first_person", "british"], topic="experiment analysis",
         ratings={"metrics": "lean_hire", "judgment": "hire"})
n.h("Exercise")
n.s("A/B results for a new ad format: CTR up 6%, revenue up 1%, user session length down 3%.", "c")
n.h("Observations")
n.s("Robin asked straight away whether the session drop was significant and how long the test had run.", "e+", "metrics", hard="question")
n.s("They argued the CTR gain might be accidental clicks from a larger tap target, and suggested checking bounce rate after click.", "e+", "metrics", "user_impact")
n.s("They recommended not shipping until the session effect was understood, which I agree with.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("They were unsure how to compute a confidence interval for a ratio metric and guessed at it.", "e-", "metrics", "ml_fundamentals")
n.s("Good product sense.", "v+", "judgment")
n.s("Stats knowledge seems thin.", "v-", "ml_fundamentals")
n.h("Recommendation")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n048", candidate_id="w6-c18", interviewer_id="w6-i04", req_id="w6-r2",
         round="behavioural", submitted_at="2025-03-04", recommendation="strong_hire", specificity=5,
         style=["headings", "prose", "first_person", "british"], topic="on-call",
         ratings={"ownership": "strong_hire", "risk_awareness": "strong_hire", "communication": "hire"})
n.h("Focus")
n.s("On-call and incident ownership.", "c")
n.h("Incident story")
n.s("Hyun-woo described a night when the feature pipeline for the bidding model silently stopped updating and bids drifted for six hours before anyone noticed.", "e0", "risk_awareness")
n.s("He said he was not on call but saw the anomaly on a dashboard, paged the on-call and joined the call.", "e+", "ownership")
n.s("He rolled the bidding model back to static features while the pipeline was fixed, and explained that he had checked the fallback had been tested the month before.", "e+", "risk_awareness", "judgment")
n.s("Afterwards he wrote the postmortem, and the main action item was a freshness alert that he built and still owned when he left.", "e+", "ownership")
n.s("I asked what he would have done if the rollback had not existed.", "c", hard="question")
n.s("He said he would have capped bids at the previous day's average per campaign and told account managers which advertisers were affected.", "e+", "judgment", "user_impact")
n.h("Working with others")
n.s("He described pushing back on a PM who wanted to launch a budget pacing change on a Friday, and agreeing on Tuesday with a smaller ramp.", "e+", "judgment", "communication")
n.s("He credited the teammate who found the root cause by name.", "e+", "communication", hard="plain_evidence")
n.h("Overall")
n.s("Strong hire.", "v+", hard="bare_verdict")
n.s("Every answer came with a concrete example and a result.", "v+", "communication")
notes.append(n)

n = Note(note_id="w6-n049", candidate_id="w6-c19", interviewer_id="w6-i05", req_id="w6-r1",
         round="fundamentals", submitted_at="2024-11-19", recommendation="hire", specificity=1,
         style=["terse", "abbreviations", "lowercase", "fragments"], topic="ml fundamentals")
n.b("fundamentals q's", "c")
n.b("v solid on ML basics", "v+", "ml_fundamentals")
n.b("knows calib + loss fns well", "v+", "ml_fundamentals", hard="tech_vague")
n.b("good comms", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n050", candidate_id="w6-c20", interviewer_id="w6-i05", req_id="w6-r2",
         round="debugging", submitted_at="2025-05-06", recommendation="lean_no_hire", specificity=2,
         style=["terse", "abbreviations", "arrows", "fragments", "typos"], topic="incident response")
n.b("dbg q: alerting job flapping every ~10 min", "c")
n.b("guessed network issue, no evidence", "e-", "judgment")
n.b("didnt look at the logs I gave", "e-", "data_intuition", hard="negated")
n.b("prob knows the tools but slow", "v0", hard="hedged")
n.b("meh", "v-", hard="bare_verdict")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n051", candidate_id="w6-c21", interviewer_id="w6-i06", req_id="w6-r1",
         round="fundamentals", submitted_at="2024-02-27", recommendation="lean_hire", specificity=2,
         style=["qa", "quotes", "first_person"], topic="ctr prediction")
n.s("Q: why might a CTR model look great offline and flat online?", "c", hard="question")
n.nl()
n.s("A: talked about distribution shift in general terms.", "e0", "metrics")
n.nl()
n.s("Q: anything specific to ads?", "c", hard="question")
n.nl()
n.s("A: \"feedback loops\", didn't expand.", "e0", "metrics", hard="mixed")
n.nl()
n.s("Elif has a good theoretical foundation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Seems sharp but hard to tell in 45 min.", "v0", hard="hedged")
n.s("Pleasant.", "v+", hard="biased")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n052", candidate_id="w6-c22", interviewer_id="w6-i06", req_id="w6-r2",
         round="system_design", submitted_at="2025-08-12", recommendation="hire", specificity=5,
         style=["qa", "quotes", "first_person", "american"], topic="cost of serving",
         ratings={"system_thinking": "hire", "judgment": "hire", "metrics": "hire"})
n.s("Q: our CTR model costs $180k/month to serve, cut it in half without losing revenue.", "c", hard="question")
n.nl()
n.s("A: Arjun first asked for the cost breakdown and, when I said 70% was the heavy ranker on GPUs, said \"then that's the only thing worth touching\".", "e+", "judgment", "system_thinking")
n.s("He proposed scoring only the top 200 candidates from the pre-ranker instead of 1,000, and estimated that cuts GPU time about 5x.", "e+", "system_thinking")
n.nl()
n.s("Q: how do you know it doesn't lose revenue?", "c", hard="question")
n.nl()
n.s("A: \"replay offline to see how often the final winner falls outside the top 200, then an A/B on revenue per thousand requests\".", "e+", "metrics", "risk_awareness")
n.s("He said the offline check only tells you the upper bound on the damage, not the real effect, which is why the A/B is needed.", "e+", "metrics")
n.nl()
n.s("Q: anything else?", "c", hard="question")
n.nl()
n.s("A: distillation into a smaller model, but he said he'd do it second because it needs months and the truncation can ship in weeks.", "e+", "judgment")
n.s("He didn't consider that small advertisers who rarely reach the top 200 would lose delivery entirely.", "e-", "user_impact", hard="negated")
n.s("When I raised it he suggested reserving 20 slots for exploration and tracking spend share of small advertisers.", "e+", "user_impact", "learning")
n.nl()
n.s("\"I'd rather ship the boring 2x now than the clever 5x next year\" -- his words, and he backed them up.", "e+", "judgment", hard="verdict_plus_evidence")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n053", candidate_id="w6-c23", interviewer_id="w6-i07", req_id="w6-r1",
         round="behavioural", submitted_at="2024-10-22", recommendation="hire", specificity=2,
         style=["prose", "third_person", "british"], topic="collaboration")
n.s("Chloé was interviewed for the behavioural round, covering collaboration, ownership and conflict.", "c")
n.s("She came across as a mature and thoughtful engineer with a strong sense of ownership.", "v+", "ownership")
n.s("Her experience on the ads team at her current company is clearly extensive, and she spoke about it with real enthusiasm.", "v+", hard="vague_quantity")
n.s("She seems to be the sort of person who brings people together and resolves conflict calmly.", "v+", "communication")
n.s("She talked about a disagreement with a data scientist over which metric to launch on, though the details were not entirely clear.", "e0", "metrics", hard="hedged")
n.s("The interviewer felt she would be a positive presence on the team and would grow quickly into a senior role.", "v+", "learning")
n.s("Her communication was polished throughout and she never seemed flustered.", "v+", "communication")
n.s("There was perhaps a slight tendency to speak in generalities, but this is not a serious concern.", "v0", "communication", hard="hedged")
n.s("On balance a hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n054", candidate_id="w6-c24", interviewer_id="w6-i07", req_id="w6-r2",
         round="behavioural", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="on-call",
         ratings={"ownership": "no_hire", "communication": "lean_hire", "learning": "lean_hire"})
n.s("Quinn was asked about their most recent on-call rotation and how they handled a difficult incident.", "c")
n.s("They described a data freshness alert that fired repeatedly over a weekend for a pipeline their team owned.", "e0", "risk_awareness")
n.s("By their own account they silenced the alert for 48 hours because they believed it was a false positive, without checking the table.", "e-", "risk_awareness", "ownership")
n.s("The table had in fact been stale, and the CVR model trained on two days of missing conversions.", "e0", "data_intuition")
n.s("Asked what they did next, Quinn said the model owners found the problem on Monday and fixed it.", "e-", "ownership")
n.s("When the interviewer asked what they personally had changed since, they said they now check the table before silencing anything.", "e+", "learning", "risk_awareness")
n.s("They could not name any change to the alert itself, such as a threshold or a runbook.", "e-", "ownership", hard="negated")
n.s("In a second question about a cross-team project, they described setting up a weekly sync with the data engineering team and writing the agenda.", "e+", "communication", "ownership")
n.s("Quinn was candid about the mistake and did not blame others, which the interviewer appreciated.", "e+", "learning", hard="verdict_plus_evidence")
n.s("The interviewer's concern is that ownership seemed to stop at their own task rather than at the outcome.", "v-", "ownership")
n.s("Lean no hire for the platform role, where on-call is central.", "v-", hard="bare_verdict")
notes.append(n)

save("data/corpus/raw/w6_notes_part4.jsonl", notes)
