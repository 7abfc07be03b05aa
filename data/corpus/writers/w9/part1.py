import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c01 Meera Pillai (she), w9-r1, strong; adapts after hint ----------------
n = Note(note_id="w9-n001", candidate_id="w9-c01", interviewer_id="w9-i03", req_id="w9-r1",
         round="system_design", submitted_at="2025-03-04", recommendation="hire",
         specificity=1, style=["terse", "fragments"], topic="news recommendations")
n.s("Good.", "v+", hard="bare_verdict")
n.s("Knows recsys inside out.", "v+", "system_thinking", hard="tech_vague")
n.s("Would work with.", "v+")
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n002", candidate_id="w9-c01", interviewer_id="w9-i02", req_id="w9-r1",
         round="coding", submitted_at="2025-03-05", recommendation="hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"],
         topic="cold-start for breaking news",
         ratings={"coding": "hire", "learning": "strong_hire", "data_intuition": "hire"})
n.h("Coding round, 60 min")
n.s("Exercise: given a stream of article publish events and click events, return the top-k trending articles in a sliding 30-minute window, with newly published articles boosted for their first 10 minutes.", "c")
n.h("Findings")
n.b("Meera restated the problem and asked whether clicks could arrive before the publish event (they can, from push notifications).", "e+", "data_intuition", hard="question", marker="1. ")
n.b("Her first version recomputed counts over the whole window on every event: O(n) per event.", "e-", "coding", marker="2. ")
n.b("I asked what happens at 5k events per second on an election night.", "c", hard="interviewer_action", marker="3. ")
n.b("Within two minutes she switched to a deque of (timestamp, article_id) plus a count dict, evicting from the left, and explained why the amortised cost is O(1).", "e+", "coding", "learning", marker="4. ")
n.b("She wrote three tests unprompted: empty stream, all events older than the window, and a tie at position k.", "e+", "coding", hard="plain_evidence", marker="5. ")
n.b("The tie test failed; she traced it to using > instead of >= in the heap comparison and fixed it without help.", "e+", "coding", marker="6. ")
n.b("She did not handle the boost expiring mid-window until I pointed at it.", "e-", "coding", hard="negated", marker="7. ")
n.b("When asked how she would know the boost was helping, she proposed comparing dwell time, not just clicks, for boosted vs. unboosted breaking stories.", "e+", "metrics", marker="8. ")
n.h("Recommendation")
n.s("Hire: clean code after one nudge, strong testing habit, fast to take a hint.", "e+", "coding", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w9-n003", candidate_id="w9-c01", interviewer_id="w9-i01", req_id="w9-r1",
         round="behavioural", submitted_at="2025-03-05", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="editorial values")
n.s("What a lovely conversation this was!", "v+", "communication")
n.s("I wanted to see how Meera would talk to an editor who doesn't know what an embedding is, so I asked her to walk me through a recommender she had built before.", "c", hard="interviewer_action")
n.s("She told it like a story: the problem (readers dropping off after one article), what she tried, and what went wrong.", "e+", "communication")
n.s("She described a podcast recommender at her last job that kept pushing true-crime to everyone, and said she added a diversity constraint after listeners complained.", "e+", "user_impact")
n.s("I loved that she owned the mistake rather than blaming the data.", "v+", "ownership")
n.s("She asked me how our editors currently decide what goes on the homepage, which nobody has ever asked me in an interview.", "e+", "communication", hard="question")
n.s("Honestly she'd be a joy to have in the newsroom.", "v+", hard="biased")
n.s("I'm not the right person to judge the maths, of course.", "c")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n004", candidate_id="w9-c01", interviewer_id="w9-i06", req_id="w9-r1",
         round="fundamentals", submitted_at="2025-03-06", recommendation="hire",
         specificity=4, style=["bullets", "british", "abbreviations"], topic="popularity bias",
         ratings={"ml_fundamentals": "hire", "metrics": "hire", "user_impact": "hire"})
n.s("Fundamentals, 45 min.", "c")
n.s("Q: why does a click-trained recommender drift towards popular items, and what would you do about it?", "c", hard="question")
n.nl()
n.b("+ explained the feedback loop clearly: popular items get shown more, collect more clicks, and the model learns exposure rather than preference", "e+", "ml_fundamentals", marker="")
n.b("+ suggested inverse propensity weighting and wrote the weight as 1/p(shown) on the whiteboard", "e+", "ml_fundamentals", marker="")
n.b("+ raised that clipping the weights matters b/c tiny propensities blow up the variance", "e+", "ml_fundamentals", marker="")
n.b("+ asked whether we log impressions at all, since without them the propensities can't be estimated", "e+", "data_intuition", hard="plain_evidence", marker="")
n.b("couldn't say how to evaluate offline without the same bias creeping back into the test set", "e-", "metrics", marker="- ")
n.b("a bit quick to reach for a formula before asking what the editors actually want", "v-", "judgment", marker="- ")
n.s("Net: solid, H.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c02 Tomás Herrera (he), w9-r1, offline metric as truth (x2), defends ----------------
n = Note(note_id="w9-n005", candidate_id="w9-c02", interviewer_id="w9-i02", req_id="w9-r1",
         round="system_design", submitted_at="2025-04-14", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"],
         topic="homepage ranking",
         ratings={"system_thinking": "lean_hire", "metrics": "no_hire", "risk_awareness": "no_hire", "learning": "no_hire"})
n.h("System design, 60 min")
n.s("Prompt: redesign ranking for the news homepage, 8M daily users, editors must be able to pin stories.", "c")
n.h("Findings")
n.b("Tomás split the system into candidate retrieval (recency + topic embeddings) and a GBDT ranker, and estimated 2k QPS at the morning peak.", "e+", "system_thinking", marker="1. ")
n.b("He kept editor pins as a post-ranking override layer and explained why they should not be model features.", "e+", "system_thinking", "judgment", marker="2. ")
n.b("He said an offline NDCG gain of 4% \"means it's better, so we ship it\".", "e-", "metrics", hard="plain_evidence", marker="3. ")
n.b("I asked what could make the offline gain not show up online.", "c", hard="interviewer_action", marker="4. ")
n.b("He answered that the offline set was large enough, and did not mention position bias or the logging policy.", "e-", "metrics", hard="negated", marker="5. ")
n.b("When I pressed a second time he said \"with respect, I've done this at two companies\" and returned to the feature list.", "e-", "learning", marker="6. ")
n.b("No rollout plan: no canary, no holdback, no rollback trigger, even after I asked how he would launch it on election night.", "e-", "risk_awareness", hard="negated", marker="7. ")
n.h("Recommendation")
n.s("No hire: architecture is fine, but he treats offline metrics as ground truth and would not engage when challenged.", "e-", "metrics", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w9-n006", candidate_id="w9-c02", interviewer_id="w9-i06", req_id="w9-r1",
         round="data", submitted_at="2025-04-15", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "british"], topic="popularity bias",
         ratings={"data_intuition": "lean_hire", "metrics": "no_hire"})
n.s("Data round, 50 min, click logs from the sport section.", "c")
n.nl()
n.b("+ found the duplicated click events from the app retry bug within ten minutes by grouping on (user, article, second)", "e+", "data_intuition", marker="")
n.b("+ plotted clicks by position and noticed slot 1 gets ~40% of clicks", "e+", "data_intuition", marker="")
n.b("but then used raw CTR by article as the label without correcting for position", "e-", "data_intuition", hard="mixed", marker="- ")
n.b("said the held-out AUC of 0.81 \"proves the model understands what readers want\"", "e-", "metrics", marker="- ")
n.b("I asked if a story could score high just because it sat at the top all day.", "c", hard="question", marker="- ")
n.b("he agreed it could but said that's \"a second-order effect\" and moved on", "e-", "metrics", "learning", marker="- ")
n.b("+ good with pandas, fast", "v+", "coding", marker="")
n.s("LNH, mainly on the metrics point.", "v-", "metrics", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n007", candidate_id="w9-c02", interviewer_id="w9-i07", req_id="w9-r1",
         round="behavioural", submitted_at="2025-04-16", recommendation="hire",
         specificity=3, style=["prose", "quotes", "first_person", "british"], topic="ownership",
         ratings={"ownership": "hire", "communication": "hire"})
n.s("Really enjoyed this one.", "v+")
n.s("I asked Tomás about a time a launch went badly.", "c", hard="interviewer_action")
n.s("He told me about a ranking change at his previous company where, in his words, \"engagement went up but subscriptions went down and nobody noticed for a month\".", "e0", "metrics")
n.s("He said he wrote the incident doc himself and \"made sure the next launch had a subscription guardrail\".", "e+", "ownership")
n.s("When I asked what he'd do differently he said \"honestly, ship faster, the holdback slowed us down\".", "e-", "risk_awareness")
n.s("I think that was a slightly odd takeaway but he explained it with real conviction.", "e0", "judgment", hard="mixed")
n.s("Very confident, articulate, clearly knows his stuff.", "v+", "communication")
n.s("Natural leader type.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n008", candidate_id="w9-c02", interviewer_id="w9-i05", req_id="w9-r1",
         round="coding", submitted_at="2025-04-17", recommendation="lean_hire",
         specificity=3, style=["bullets", "terse", "typos", "lowercase", "abbreviations"],
         topic="deduplication")
n.b("coding 45m, dedup near-identical wire stories", "c")
n.b("went str8 to minhash, implemented shingling corectly", "e+", "coding")
n.b("jaccard threshold hardcoded 0.8, no reason given", "e-", "judgment")
n.b("did NOT test anything til i asked", "e-", "coding", hard="negated")
n.b("then tests ok, caught own bug w/ empty strings", "e+", "coding")
n.b("fast typer.", "v+", "coding")
n.s("knows python", "v+", "coding", hard="tech_vague")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c03 Adaeze Okafor (she), w9-r2, strong; contradiction on communication ----------------
n = Note(note_id="w9-n009", candidate_id="w9-c03", interviewer_id="w9-i04", req_id="w9-r2",
         round="data", submitted_at="2025-05-20", recommendation="strong_hire",
         specificity=5, style=["prose", "british", "first_person"], topic="audience forecasting",
         ratings={"data_intuition": "strong_hire", "metrics": "hire", "judgment": "strong_hire"})
n.s("Data round, 60 min, with the iPlayer-style weekly viewing dataset (three years, per programme).", "c")
n.s("You'll want to know that Adaeze found the big data problem before she built anything.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She plotted weekly totals and asked why week 14 of 2023 was double every other week; it was the coronation, and she flagged it as an outlier to model separately rather than delete.", "e+", "data_intuition")
n.s("She then noticed that the measurement panel changed in 2024 and that the level shift was a methodology change, not an audience change.", "e+", "data_intuition")
n.s("I asked her for a forecast of next quarter's audience for the evening news.", "c", hard="interviewer_action")
n.s("She fitted a seasonal baseline first and said any model had to beat that on a rolling-origin backtest before she'd trust it.", "e+", "metrics", "judgment")
n.s("She reported MAPE of 6% for the baseline and 4.8% for a gradient-boosted model with event flags, and told me the gain mostly came from the event weeks.", "e+", "metrics")
n.s("When I said the schedulers want a single number, she gave one but insisted on an interval, and drew it for me as a fan chart.", "e+", "communication", "judgment")
n.s("One gap: she didn't ask how the forecast would actually be used in scheduling decisions.", "e-", "user_impact", hard="negated")
n.s("You won't find many data scientists who check the measurement before the model.", "v+", "data_intuition")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n010", candidate_id="w9-c03", interviewer_id="w9-i01", req_id="w9-r2",
         round="behavioural", submitted_at="2025-05-21", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british"], topic="storytelling")
n.s("Adaeze is a natural storyteller.", "v+", "communication")
n.s("We chatted for half an hour about her work on audience numbers at a radio group.", "c")
n.s("She explained seasonality to me using the football calendar, which made it click for me straight away.", "e+", "communication")
n.s("Warm, thoughtful, clearly passionate about public service.", "v+", hard="biased")
n.s("I think editors would trust her numbers.", "v+", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n011", candidate_id="w9-c03", interviewer_id="w9-i05", req_id="w9-r2",
         round="fundamentals", submitted_at="2025-05-21", recommendation="lean_hire",
         specificity=3, style=["bullets", "terse", "typos", "abbreviations"], topic="forecasting",
         ratings={"communication": "lean_no_hire", "ml_fundamentals": "hire"})
n.b("fundamentals 45m", "c")
n.b("q1 why does arima need stationarity -> correct, diffed + explaned ACF", "e+", "ml_fundamentals")
n.b("q2 prophet vs gbm for weekly viewing -> good tradeoffs", "v+", "ml_fundamentals", hard="tech_vague")
n.b("ANSWERS WAY TOO LONG.", "v-", "communication")
n.s("took 8 min on q2, i had to cut her off twice", "e-", "communication")
n.b("didnt check if i was following", "e-", "communication", hard="negated")
n.b("knows her stuff tho", "v+", "ml_fundamentals")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n012", candidate_id="w9-c03", interviewer_id="w9-i03", req_id="w9-r2",
         round="data", submitted_at="2025-05-22", recommendation="hire",
         specificity=1, style=["terse"], topic="forecasting")
n.s("Strong.", "v+", hard="bare_verdict")
n.s("Knows forecasting.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good with data.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w9_notes_part1.jsonl", notes)
print(len(notes), "notes")
