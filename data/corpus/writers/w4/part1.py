import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w4-c01 Priya (she), r1 forecasting ----
n = Note(note_id="w4-n001", candidate_id="w4-c01", interviewer_id="w4-i01", req_id="w4-r1",
         round="fundamentals", submitted_at="2025-02-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american", "quotes"], topic="demand forecasting",
         ratings={"ml_fundamentals": "hire", "data_intuition": "strong_hire"})
n.s("Fundamentals round with Priya, 45 minutes over video.", "c")
n.s("I opened by asking her how she'd forecast daily demand for bananas at a single dark store.", "c", hard="question")
n.s("She started by asking whether we had stockout flags, because days when we ran out would understate true demand.", "e+", "data_intuition", hard="plain_evidence")
n.s("I liked that a lot.", "v+")
n.blank()
n.s("Then I asked what loss she'd train on.", "c", hard="interviewer_action")
n.s("She said plain MSE would chase the big promo days and suggested a pinball loss at the 0.7 quantile, since running out costs us more than overstocking a bit.", "e+", "ml_fundamentals")
n.s("When I asked how she'd pick 0.7, she tied it to the ratio of lost-sale cost to spoilage cost and admitted she'd need finance to give her both numbers.", "e+", "judgment")
n.blank()
n.s("Next I moved to holiday effects.", "c")
n.s("Her first answer was a one-hot holiday flag, which misses the days before Thanksgiving when people stock up.", "e-", "ml_fundamentals")
n.s("I nudged her with 'what about the Wednesday before?' and she added lead and lag windows around each holiday within a couple of minutes.", "e+", "learning")
n.s("I didn't get to evaluation as deeply as I wanted.", "c")
n.s("She mentioned backtesting on rolling origins but we ran out of time before she could say how many folds.", "e0", "ml_fundamentals")
n.blank()
n.s("Overall she felt like someone who has done this for real.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n002", candidate_id="w4-c01", interviewer_id="w4-i02", req_id="w4-r1",
         round="data", submitted_at="2025-02-12", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="time series cleaning",
         ratings={"data_intuition": "strong_hire", "ml_fundamentals": "lean_hire", "metrics": "hire"})
n.s("Data round (45 min).", "c")
n.s("Exercise: the candidate was given three weeks of store-level sales with a known gap where the till feed dropped out, and asked to prepare it for a weekly forecast.", "c")
n.blank()
n.s("She checked the row counts per store per day before anything else and found the gap on 14-16 March within the first five minutes.", "e+", "data_intuition")
n.s("She then asked whether the missing days were zero sales or missing data, and declined to impute until I confirmed it was a feed outage.", "e+", "data_intuition")
n.s("Having been told, she imputed from the same weekday of the previous two weeks and flagged the imputed rows in a separate column so that the model could discount them.", "e+", "data_intuition")
n.s("She noticed that one store's units were roughly twelve times the others and queried whether it reported cases rather than items; it did.", "e+", "data_intuition", hard="plain_evidence")
n.blank()
n.s("On evaluation she proposed MAPE, and when I pointed out that several SKUs sell nothing on some days she switched to weighted absolute percentage error and explained why the zeros break MAPE.", "e+", "metrics", "learning")
n.s("She did not consider that the training window included a price change in week two, even after she had plotted the series and the level shift was visible.", "e-", "data_intuition", hard="negated")
n.s("Her explanation of the prediction interval was muddled: she described it as the range the mean would fall in.", "e-", "ml_fundamentals")
n.s("Worth probing her understanding of intervals in another round.", "c")
n.blank()
n.s("Communication was orderly; she narrated each step before running it.", "e+", "communication", hard="verdict_plus_evidence")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n003", candidate_id="w4-c01", interviewer_id="w4-i04", req_id="w4-r1",
         round="system_design", submitted_at="2025-02-12", recommendation="strong_hire", specificity=1,
         style=["prose", "terse", "american"], topic="forecasting platform")
n.s("SD round.", "c")
n.s("Priya was excellent.", "v+")
n.s("Really strong forecasting background, knows time series inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Great system design instincts.", "v+", "system_thinking")
n.s("Would love to have her on the team.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n004", candidate_id="w4-c01", interviewer_id="w4-i06", req_id="w4-r1",
         round="coding", submitted_at="2025-02-13", recommendation="strong_hire", specificity=5,
         style=["fragments", "british", "third_person"], topic="rolling features",
         ratings={"coding": "strong_hire", "system_thinking": "hire"})
n.s("Coding round, shared editor, Python.", "c")
n.nl()
n.s("0 min: Introductions; I set the problem: given daily sales per SKU, compute a 7-day rolling mean per SKU that ignores days flagged as stockouts.", "c")
n.nl()
n.s("4 min: Priya asked whether the window should be calendar days or observed days, since stockout days would be dropped.", "e+", "data_intuition", hard="question")
n.nl()
n.s("9 min: First version with groupby and rolling; she ran it on the sample, spotted that the first six rows were NaN, then chose min_periods=3 and said why.", "e+", "coding")
n.nl()
n.s("17 min: Wrote three asserts of her own, including a SKU with a single row and a week that was all stockouts.", "e+", "coding")
n.nl()
n.s("22 min: The all-stockout test failed; she read the traceback, found a division by zero in her own helper and fixed it without prompting.", "e+", "coding")
n.nl()
n.s("28 min: I asked how it would run on 40m rows.", "c", hard="interviewer_action")
n.nl()
n.s("29 min: She estimated memory at roughly 3 GB for the frame and suggested doing it in the warehouse with a window function, then wrote the SQL.", "e+", "system_thinking")
n.nl()
n.s("38 min: Small slip: she used ROWS rather than RANGE in the SQL, so gaps in dates would be miscounted; she caught it when I asked what happens to missing dates.", "e0", "coding", hard="mixed")
n.nl()
n.s("42 min: Her questions for me were about how the forecasting team gets paged when the nightly job fails.", "e+", "risk_awareness")
n.blank()
n.s("Summary: the cleanest coding round I have seen for this req this quarter.", "v+", "coding")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w4-c02 Tomasz (he), r2 experimentation ----
n = Note(note_id="w4-n005", candidate_id="w4-c02", interviewer_id="w4-i02", req_id="w4-r2",
         round="fundamentals", submitted_at="2025-03-04", recommendation="no_hire", specificity=5,
         style=["prose", "first_person", "british", "quotes"], topic="A/B testing",
         ratings={"ml_fundamentals": "hire", "data_intuition": "no_hire", "learning": "no_hire"})
n.s("Fundamentals round, focused on experiment statistics.", "c")
n.s("I asked Tomasz how he would analyse a checkout A/B test in which the treatment showed +3.1% orders per user after one week.", "c", hard="question")
n.blank()
n.s("He computed a t-test on orders per user correctly and stated the confidence interval without being asked.", "e+", "ml_fundamentals")
n.s("When I noted that the split was 50.8/49.2 on 400,000 users, he said this was 'close enough to even' and carried on.", "e-", "data_intuition")
n.s("I asked him to test it; he ran a chi-squared test, obtained p < 0.001, and still said it was probably noise.", "e-", "data_intuition", "judgment")
n.s("He did not ask how users were assigned or whether a bot filter applied to one arm.", "e-", "data_intuition", hard="negated")
n.blank()
n.s("On novelty effects he gave a textbook definition but, asked whether one week was long enough here, said the lift 'is the lift'.", "e-", "metrics")
n.s("When I pushed a second time, suggesting that a new checkout button might attract curiosity clicks, he replied that I was 'overthinking it' and asked to move on.", "e-", "learning")
n.s("He proposed shipping to 100% the following day with no holdback.", "e-", "risk_awareness")
n.s("To be fair, his explanation of CUPED was accurate and he derived the variance reduction from the correlation with pre-period orders.", "e+", "ml_fundamentals")
n.blank()
n.s("The concern is not knowledge but what he does with an inconvenient result.", "v-", "judgment")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n006", candidate_id="w4-c02", interviewer_id="w4-i03", req_id="w4-r2",
         round="behavioural", submitted_at="2025-03-04", recommendation="hire", specificity=2,
         style=["prose", "terse", "american"], topic="experimentation culture",
         ratings={"communication": "strong_hire"})
n.s("Loved chatting with Tomasz!", "v+")
n.s("Super confident guy, really knows his A/B testing.", "v+", "metrics", hard="tech_vague")
n.s("Told me about a pricing test he ran at his last company.", "e+", "ownership")
n.s("Lots of experience running experiments at scale.", "v+", "metrics", hard="vague_quantity")
n.s("Would be great in front of stakeholders.", "v+", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n007", candidate_id="w4-c02", interviewer_id="w4-i05", req_id="w4-r2",
         round="system_design", submitted_at="2025-03-05", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "arrows", "headings", "abbreviations", "fragments"], topic="experiment platform",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire"})
n.h("SD: experiment assignment + analysis service")
n.b("Asked: design the service that assigns users to variants and computes daily results for ~200 concurrent tests", "c", hard="question")
n.h("Assignment:")
n.b("hash(user_id, experiment_id) mod 100 -> bucket; explained salting per experiment so tests don't correlate", "e+", "system_thinking")
n.b("stored assignments in a table too -> good for audits", "e+", "system_thinking", hard="verdict_plus_evidence")
n.h("Analysis:")
n.b("nightly batch on the warehouse, fine", "e0", "system_thinking")
n.b("no SRM check anywhere in the pipeline -> when asked, said analysts can eyeball the counts", "e-", "data_intuition", hard="negated")
n.b("late events (app offline, syncs next day) -> not considered until I raised it; then proposed a 48h wait before reading results", "e0", "data_intuition", "learning", hard="mixed")
n.h("Risk:")
n.b("no kill switch, no guardrail metrics", "e-", "risk_awareness", hard="negated")
n.b("when I asked what stops a broken variant tanking orders -> 'the PM would notice'", "e-", "risk_awareness", marker="  - ")
n.b("wanted to auto-ship any variant whose offline uplift-model score beat control -> no online check", "e-", "metrics")
n.h("Overall")
n.b("good component sketch, weak on everything that can go wrong", "v0", "system_thinking", "risk_awareness", hard="mixed")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n008", candidate_id="w4-c02", interviewer_id="w4-i07", req_id="w4-r2",
         round="data", submitted_at="2025-03-06", recommendation="lean_no_hire", specificity=4,
         style=["prose", "bullets", "headings", "quotes", "first_person", "american"], topic="delivery-slot test",
         ratings={"metrics": "lean_no_hire", "learning": "no_hire", "coding": "hire"})
n.s("Data round with Tomasz, 50 min.", "c")
n.s("I shared a dashboard extract from a delivery-slot test: treatment had more orders but also more late deliveries.", "c")
n.s("He went straight to the orders chart and called it a win.", "e-", "metrics")
n.s("I asked whether late deliveries mattered; he said 'that's ops, not the experiment'.", "e-", "user_impact")
n.s("Later, unprompted, he did split results by new vs. returning customers and found the lift was all in new users.", "e+", "data_intuition")
n.s("That was a good instinct.", "v+")
n.blank()
n.h("Things that worried me:")
n.b("When I suggested novelty might explain the new-user lift, he said 'I've run hundreds of these, it's not novelty'.", "e-", "learning")
n.b("Didn't look at the pre-period at all.", "e-", "data_intuition", hard="negated")
n.b("Said the dashboard numbers 'are the source of truth' when I asked if the pipeline could have dropped late events.", "e-", "data_intuition")
n.h("Good:")
n.b("Clear, fast SQL; his cohort query ran first time.", "e+", "coding", hard="verdict_plus_evidence")
n.b("Explained the result to me as if I were a PM, in plain terms.", "e+", "communication")
n.blank()
n.s("Leaning no: he's capable, but twice he brushed off a challenge rather than checking it.", "e-", "learning", hard="verdict_plus_evidence")
notes.append(n)

# ---- candidate w4-c03 Amara (she), r1 forecasting ----
n = Note(note_id="w4-n009", candidate_id="w4-c03", interviewer_id="w4-i01", req_id="w4-r1",
         round="data", submitted_at="2025-04-15", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american", "quotes"], topic="schema change",
         ratings={"data_intuition": "hire", "learning": "strong_hire"})
n.s("I gave Amara a messy extract of inventory snapshots and order lines and asked her to work out why the forecast for frozen goods had been drifting high for a month.", "c")
n.s("She began by plotting forecast minus actuals by week, which I appreciated.", "e+", "data_intuition")
n.s("Her first theory was that demand had changed, and she spent ten minutes fitting a trend term.", "e0", "data_intuition")
n.s("I asked her to look at how the actuals were recorded.", "c", hard="interviewer_action")
n.s("Almost immediately she found that a schema change on 3 June had renamed 'qty_shipped' and the pipeline was filling the new column with nulls, which the model read as zero.", "e+", "data_intuition")
n.s("She then said out loud that her trend theory was wrong and dropped it, which I liked.", "e+", "learning")
n.blank()
n.s("I asked what she'd put in place so this didn't happen again.", "c")
n.s("She proposed a row-count and null-rate check on each load that blocks the training job, and said she'd want the alert routed to whoever owns ingestion rather than to herself.", "e+", "risk_awareness")
n.s("She did not suggest backfilling the bad month, and when I asked, she wasn't sure whether to retrain or just correct the inputs.", "e-", "judgment", hard="negated")
n.blank()
n.s("Pretty sharp overall.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n010", candidate_id="w4-c03", interviewer_id="w4-i05", req_id="w4-r1",
         round="system_design", submitted_at="2025-04-16", recommendation="lean_hire", specificity=3,
         style=["bullets", "arrows", "headings", "abbreviations", "fragments", "lowercase"], topic="replenishment",
         ratings={"system_thinking": "lean_hire", "learning": "hire"})
n.h("SD: store-level replenishment forecast service")
n.b("q: nightly forecasts for 30k SKUs x 400 stores, feeding auto-ordering", "c", hard="question")
n.b("good high-level breakdown: ingestion -> features -> model -> order suggestions", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("first pass: one global model for all SKUs", "e0", "ml_fundamentals")
n.b("after hint about slow movers -> split off a separate intermittent-demand model (Croston-style) for items selling <1/day", "e+", "learning", marker="  - ")
n.b("strong ML background", "v+", "ml_fundamentals", hard="tech_vague")
n.b("sizing was hand-wavy", "v-", "system_thinking")
n.b("fallback if the model job fails -> use last week's order, she said, w/ alert to ops", "e+", "risk_awareness")
n.b("didn't discuss who reviews order suggestions before they go to suppliers", "e-", "risk_awareness", hard="negated")
n.b("comms ok", "v0", "communication")
n.b("LH, would like to see more on scale", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n011", candidate_id="w4-c03", interviewer_id="w4-i06", req_id="w4-r1",
         round="coding", submitted_at="2025-04-16", recommendation="hire", specificity=4,
         style=["fragments", "british", "third_person"], topic="anomaly flags",
         ratings={"coding": "hire"})
n.s("Coding, 45 min, pandas plus a bit of SQL.", "c")
n.nl()
n.s("2 min: Problem set: flag SKUs whose sales this week differ from their own trailing 8-week median by more than 3 MADs.", "c")
n.nl()
n.s("6 min: Amara restated the problem and asked what to do with SKUs that have fewer than 8 weeks of history.", "e+", "communication", hard="question")
n.nl()
n.s("12 min: Wrote the groupby-rolling median; correct on the sample.", "e+", "coding")
n.nl()
n.s("18 min: MAD computed with the global median rather than per SKU, a real bug.", "e-", "coding")
n.nl()
n.s("21 min: I asked her to check the output for SKU 1043; she traced it by hand, saw the threshold was far too wide, and fixed the grouping herself.", "e+", "coding", "learning")
n.nl()
n.s("30 min: Added a guard for MAD = 0 after I asked what happens for items that sell the same every week.", "e0", "coding")
n.nl()
n.s("36 min: SQL version with a window over 8 preceding rows; she remarked that missing weeks would be skipped and proposed a calendar join.", "e+", "data_intuition")
n.nl()
n.s("44 min: Ran out of time before tests.", "c")
n.blank()
n.s("Solid, a little rushed, responsive to prompts.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n012", candidate_id="w4-c03", interviewer_id="w4-i03", req_id="w4-r1",
         round="behavioural", submitted_at="2025-04-17", recommendation="strong_hire", specificity=1,
         style=["prose", "terse", "american"], topic="team fit")
n.s("Amara is fantastic!!", "v+")
n.s("Such positive energy, would be a joy to work with.", "v+", hard="biased")
n.s("Super smart and a natural leader.", "v+", "ownership")
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w4_notes_part1.jsonl", notes)
print(len(notes), "notes")
