import sys; sys.path.insert(0, "tools"); sys.path.insert(0, "data/corpus/writers/w6")
from corpus_writer import Note
from w6save import save

notes = []

# ---------------- c01 Priya (she), w6-r1 Ads Ranking: strong, written up vaguely by i03 ----------
n = Note(note_id="w6-n001", candidate_id="w6-c01", interviewer_id="w6-i03", req_id="w6-r1",
         round="fundamentals", submitted_at="2025-02-11", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="ctr prediction", ratings={"ml_fundamentals": "hire"})
n.s("Priya was great.", "v+", hard="bare_verdict")
n.s("Really strong on CTR modelling and all the calibration stuff.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knows the ads space inside out.", "v+", "ml_fundamentals")
n.s("Easy to talk to, good energy.", "v+", "communication")
n.s("Would be a solid addition to the team, hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n002", candidate_id="w6-c01", interviewer_id="w6-i04", req_id="w6-r1",
         round="system_design", submitted_at="2025-02-11", recommendation="hire", specificity=4,
         style=["headings", "prose", "first_person", "british"], topic="ads ranking",
         ratings={"system_thinking": "hire", "risk_awareness": "hire", "metrics": "lean_hire"})
n.h("Question")
n.s("I asked Priya to design the ranking stack for sponsored listings on the search results page.", "c", hard="interviewer_action")
n.s("45 minutes, whiteboard.", "c")
n.h("Strengths")
n.b("She split it into retrieval, a light pre-ranker and a heavier pCTR x pCVR model, and gave each stage a latency budget that summed to 80ms.", "e+", "system_thinking")
n.b("Asked how many ads are eligible per query before picking a retrieval approach; when I said roughly 20k she dropped brute-force scoring.", "e+", "system_thinking", "data_intuition")
n.b("Proposed logging the pre-ranker scores so the team could see which ads it was throwing away.", "e+", "risk_awareness", hard="plain_evidence")
n.b("Put a canary at 1% of traffic with an automatic rollback if advertiser spend dropped more than 5% hour over hour.", "e+", "risk_awareness")
n.h("Concerns")
n.b("Spent little time on the auction itself; she assumed a second-price auction without asking what we run.", "e-", "system_thinking")
n.b("Named offline AUC as the launch gate at first, and only brought in revenue per mille when I asked what advertisers would notice.", "e0", "metrics", hard="mixed")
n.h("Recommendation")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Clear, well structured design with real thought about what breaks.", "v+", "system_thinking", "risk_awareness")
notes.append(n)

n = Note(note_id="w6-n003", candidate_id="w6-c01", interviewer_id="w6-i06", req_id="w6-r1",
         round="fundamentals", submitted_at="2025-02-12", recommendation="strong_hire", specificity=4,
         style=["qa", "quotes", "first_person"], topic="calibration",
         ratings={"ml_fundamentals": "strong_hire", "metrics": "hire"})
n.s("Fundamentals round, calibration and CTR.", "c")
n.nl()
n.s("Q: our pCTR model has great AUC but advertisers are being overcharged, what's going on?", "c", hard="question")
n.nl()
n.s("A: \"AUC only cares about ordering, so the scores can be off by a constant factor and AUC won't move.\"", "e+", "ml_fundamentals", "metrics")
n.s("She then drew a reliability diagram and said she'd bucket predictions into deciles and compare to observed CTR.", "e+", "ml_fundamentals")
n.nl()
n.s("Q: how would you fix it?", "c", hard="question")
n.nl()
n.s("A: \"Isotonic or Platt on a recent holdout, but recalibrate per placement because the base rates differ a lot.\"", "e+", "ml_fundamentals", "data_intuition")
n.nl()
n.s("Q: what if we downsampled negatives during training?", "c", hard="question")
n.nl()
n.s("A: she wrote the correction p / (p + (1 - p) / w) on the board without prompting and checked it with w = 1.", "e+", "ml_fundamentals")
n.nl()
n.s("She asked me, \"is the label a click within the session or within 24 hours?\", before answering the delayed-feedback part.", "e+", "data_intuition", hard="question")
n.nl()
n.s("Took a while to get going on the delayed conversion question, maybe two minutes of silence.", "e0", "communication", hard="hedged")
n.nl()
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n004", candidate_id="w6-c01", interviewer_id="w6-i07", req_id="w6-r1",
         round="data", submitted_at="2025-02-13", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "american"], topic="conversion prediction",
         ratings={"data_intuition": "strong_hire", "user_impact": "hire", "judgment": "hire"})
n.s("The candidate was given the data round exercise: a notebook with two weeks of impression, click and conversion logs from a mock advertiser, and asked to find out why the pCVR model had drifted.", "c", hard="interviewer_action")
n.s("The interviewer explained that the model was retrained nightly.", "c")
n.s("Priya started by plotting daily conversion rate against predicted rate and found the gap opened on day 9.", "e+", "data_intuition")
n.s("She then grouped by app version and noticed that a new version had stopped sending the purchase event for in-app checkouts.", "e+", "data_intuition")
n.s("She said the model was learning from missing labels, not from a change in users.", "e+", "data_intuition", "ml_fundamentals")
n.s("When asked what she would do that afternoon, she proposed freezing retraining on the last good snapshot rather than retraining on the bad days.", "e+", "judgment", "risk_awareness")
n.s("She also asked who owned the app event schema, so that she could get the bug fixed at the source.", "e+", "ownership", hard="plain_evidence")
n.s("The interviewer asked how she would repair the two weeks of bad labels.", "c", hard="question")
n.s("She suggested a backfill from the payment service logs and pointed out that those logs would only cover card payments, so wallet purchases would still be undercounted.", "e+", "data_intuition")
n.s("She did not mention alerting on label volume until the interviewer raised monitoring.", "e-", "risk_awareness", hard="negated")
n.s("Once it was raised, she proposed a per-app-version check on the ratio of conversions to clicks with a page to the on-call when it fell by half.", "e+", "risk_awareness", "learning")
n.s("Near the end the interviewer asked whether advertisers had been harmed.", "c")
n.s("Priya said advertisers on the affected app had probably had their bids shaded down and should be told, and suggested crediting them.", "e+", "user_impact")
n.s("Her explanations were ordered and she summarized at each step before moving on.", "e+", "communication")
n.s("Overall a very strong data round.", "v+", hard="bare_verdict")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c02 Marcus (he), w6-r1: offline metric as truth (seen by i02 and i04) ----------
n = Note(note_id="w6-n005", candidate_id="w6-c02", interviewer_id="w6-i01", req_id="w6-r1",
         round="fundamentals", submitted_at="2024-10-02", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="ctr prediction",
         ratings={"ml_fundamentals": "hire", "communication": "strong_hire"})
n.s("Really enjoyed this one.", "v+")
n.s("I asked Marcus about training a CTR model on a few billion impressions a day.", "c", hard="interviewer_action")
n.s("He talked through feature hashing and embedding tables and clearly knows the modern ads stack.", "e0", "ml_fundamentals", hard="mixed")
n.s("He explained why log-loss is the right training objective for bidding, since the auction needs probabilities and not just a ranking.", "e+", "ml_fundamentals", "metrics")
n.s("When I asked about position bias he mentioned a shallow tower for position and dropping it at serving.", "e+", "ml_fundamentals")
n.s("Super articulate, a great communicator.", "v+", "communication")
n.s("Lots of experience with large scale systems.", "v+", "system_thinking", hard="vague_quantity")
n.s("He was a little quick to say the new model would win because offline AUC went up, but I think that's normal for someone coming from a research team.", "e-", "metrics", hard="hedged")
n.s("Would be happy to have him on the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n006", candidate_id="w6-c02", interviewer_id="w6-i02", req_id="w6-r1",
         round="system_design", submitted_at="2024-10-02", recommendation="no_hire", specificity=4,
         style=["bullets", "terse", "first_person"], topic="ads ranking",
         ratings={"metrics": "no_hire", "risk_awareness": "no_hire", "system_thinking": "lean_hire"})
n.h("System design: ranking for promoted listings")
n.b("asked for an end to end design including launch", "c", hard="interviewer_action")
n.b("two-tower retrieval + GBDT ranker, reasonable sizing (est ~15k QPS peak from our traffic numbers)", "e+", "system_thinking")
n.b("launch plan = \"offline AUC +0.8%, so ship it\"", "e-", "metrics")
n.b("I asked what could make offline and online disagree.", "c", hard="question")
n.b("Answer: \"if the test set is big enough they agree\"", "e-", "metrics", "ml_fundamentals")
n.b("no A/B test proposed at any point", "e-", "metrics", hard="negated")
n.b("no rollback, no guardrail metric, nothing on advertiser spend", "e-", "risk_awareness", hard="negated")
n.b("Pushed on it twice.", "c", hard="interviewer_action")
n.b("Second time he added \"we could monitor CTR\" but no threshold or owner", "e-", "risk_awareness", "learning")
n.b("Weak on launch safety.", "v-", "risk_awareness")
n.h("Verdict")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n007", candidate_id="w6-c02", interviewer_id="w6-i04", req_id="w6-r1",
         round="data", submitted_at="2024-10-03", recommendation="lean_no_hire", specificity=4,
         style=["headings", "prose", "first_person", "british"], topic="offline evaluation",
         ratings={"metrics": "no_hire", "data_intuition": "lean_hire", "communication": "hire"})
n.h("Exercise")
n.s("I gave Marcus results from an offline replay: new model +1.1% AUC, +3% simulated revenue.", "c", hard="interviewer_action")
n.s("I asked whether he would launch it.", "c", hard="question")
n.h("What happened")
n.s("He said yes straight away and called the replay \"basically the ground truth\".", "e-", "metrics")
n.s("I pointed out that the replay only scores ads that the old model chose to show.", "c", hard="interviewer_action")
n.s("He agreed that was a selection issue but said the effect would be small and did not suggest how to check it.", "e-", "metrics", "data_intuition")
n.s("On the data side he did well: he spotted that the test window overlapped the training window by two days and fixed the split.", "e+", "data_intuition")
n.s("He also caught that impressions from bots were still in the logs and filtered them by user agent.", "e+", "data_intuition", hard="plain_evidence")
n.h("Assessment")
n.s("Good with data, and explains himself clearly.", "v+", "data_intuition", "communication")
n.s("The worry is that he treats the offline number as the answer, which matches what I heard from the other design round.", "v-", "metrics")
n.s("Lean no hire for ads ranking.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n008", candidate_id="w6-c02", interviewer_id="w6-i05", req_id="w6-r1",
         round="coding", submitted_at="2024-10-03", recommendation="lean_no_hire", specificity=2,
         style=["terse", "abbreviations", "fragments", "lowercase"], topic="coding",
         ratings={"coding": "lean_no_hire"})
n.b("coding q: dedupe click events w/in 30s window per user", "c")
n.b("got there eventually", "v0", "coding")
n.b("code messy tbh", "v-", "coding")
n.b("didn't test edge cases", "e-", "coding", hard="negated")
n.b("ok communicator", "v0", "communication")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- c03 Oluwaseun (he), w6-r2 Data Platform: defensive under pushback (i06, i07) -------
n = Note(note_id="w6-n009", candidate_id="w6-c03", interviewer_id="w6-i03", req_id="w6-r2",
         round="behavioural", submitted_at="2025-06-17", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="on-call",
         ratings={"ownership": "hire"})
n.s("Chatted with Seun about his on-call experience.", "c")
n.s("Seems like a very experienced pipeline engineer, has run a lot of data infra.", "v+", "system_thinking", hard="vague_quantity")
n.s("He mentioned an incident where a backfill overwrote a partition.", "e0", "ownership")
n.s("Confident guy, strong opinions.", "v0", "communication")
n.s("Good ownership mindset.", "v+", "ownership")
n.s("I think he'd do fine here.", "v+", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n010", candidate_id="w6-c03", interviewer_id="w6-i05", req_id="w6-r2",
         round="coding", submitted_at="2025-06-17", recommendation="lean_hire", specificity=3,
         style=["terse", "abbreviations", "arrows", "fragments"], topic="data pipelines",
         ratings={"coding": "hire"})
n.b("q: merge late-arriving events into daily partitions, idempotent", "c")
n.b("clarified late window first (\"how late can events be?\") -> chose 72h", "e+", "data_intuition")
n.b("wrote upsert keyed on event_id, ran it twice on sample -> same output", "e+", "coding", "risk_awareness")
n.b("missed dupes w/ same id + diff payload until I asked", "e0", "coding", "learning", hard="mixed")
n.b("fast, clean code", "v+", "coding")
n.b("brushed off q re: memory on big partitions, \"spark handles it\"", "e-", "system_thinking")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n011", candidate_id="w6-c03", interviewer_id="w6-i06", req_id="w6-r2",
         round="debugging", submitted_at="2025-06-18", recommendation="lean_no_hire", specificity=4,
         style=["qa", "quotes", "first_person"], topic="incident response",
         ratings={"learning": "no_hire", "risk_awareness": "lean_hire"})
n.s("Debugging scenario: daily feature table for the ads model arrived with 40% of rows missing, model already retrained on it.", "c")
n.nl()
n.s("Q: what do you do first?", "c", hard="question")
n.nl()
n.s("A: \"Stop the model push and pin serving to yesterday's version.\"", "e+", "risk_awareness")
n.s("Good instinct, and he said it within seconds.", "v+", "risk_awareness")
n.nl()
n.s("Q: how do you find the cause?", "c", hard="question")
n.nl()
n.s("A: he listed upstream jobs and checked row counts per source, found one join source empty.", "e+", "data_intuition")
n.nl()
n.s("I suggested the join could be on a renamed key rather than an empty source.", "c", hard="interviewer_action")
n.s("He said \"no, I've seen this a hundred times, it's always the upstream\" and kept going down the same path.", "e-", "learning")
n.s("When I showed him the schema diff with the renamed column, he said \"well that's a bad test then\".", "e-", "learning", "ownership")
n.nl()
n.s("Q: what would you change so this doesn't happen again?", "c", hard="question")
n.nl()
n.s("A: \"a row-count check before retraining\" -- fine, but nothing about schema checks even after seeing the diff.", "e-", "risk_awareness", hard="mixed")
n.nl()
n.s("Technically capable but hard to steer.", "v-", "learning")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n012", candidate_id="w6-c03", interviewer_id="w6-i07", req_id="w6-r2",
         round="system_design", submitted_at="2025-06-19", recommendation="no_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="monitoring",
         ratings={"system_thinking": "lean_hire", "learning": "no_hire", "communication": "lean_no_hire"})
n.s("Oluwaseun was asked to design monitoring and alerting for the feature pipelines that feed the ads models, roughly 300 features refreshed hourly.", "c", hard="interviewer_action")
n.s("The interviewer gave him 50 minutes and said the current system pages on job failure only.", "c")
n.s("He opened with a sensible layering: job health, data freshness, then distribution checks per feature.", "e+", "system_thinking")
n.s("For freshness he proposed a table of expected arrival times with a page if any feature was more than two hours late.", "e+", "risk_awareness")
n.s("For distributions he chose PSI against a rolling four-week baseline and set one threshold for every feature.", "e0", "data_intuition")
n.s("The interviewer asked what happens with a feature like holiday flag that shifts every December.", "c", hard="question")
n.s("He replied that the on-call would \"just learn to ignore it\".", "e-", "risk_awareness", "judgment")
n.s("When the interviewer pushed that a page people learn to ignore is a broken page, he said the interviewer was overthinking it and that \"every team has noisy alerts\".", "e-", "learning", "communication")
n.s("The interviewer then asked about the cost of computing PSI hourly on every feature.", "c", hard="question")
n.s("He had not estimated it and said it would be cheap without giving numbers.", "e-", "system_thinking", hard="negated")
n.s("Later he estimated about 300 jobs an hour at a few seconds each when asked directly, which was reasonable.", "e0", "system_thinking", hard="mixed")
n.s("He did not mention who receives the pages or how the alert links to a runbook.", "e-", "ownership", "risk_awareness", hard="negated")
n.s("At the end the interviewer asked what he would do differently with another hour.", "c")
n.s("He said \"nothing major, the design is solid\".", "e-", "learning")
n.s("He interrupted the interviewer several times to finish his own point.", "e-", "communication", hard="plain_evidence")
n.s("The base design was competent, but the reaction to challenge was the same as in the debugging round according to the debrief notes.", "v-", "learning")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save("data/corpus/raw/w6_notes_part1.jsonl", notes)
