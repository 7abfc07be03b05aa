import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c04 Kwame (he), r1 ----
n = Note(note_id="w29-n013", candidate_id="w29-c04", interviewer_id="w29-i05", req_id="w29-r1",
         round="coding", submitted_at="2025-09-02", recommendation="hire", specificity=4,
         style=["prose", "first_person", "quotes", "british"], topic="heatwave detection")
n.s("Coding round with Kwame, 50 minutes, shared editor.", "c")
n.s("I asked him to write a function that finds heatwave runs (three or more consecutive days above 35°C) in a daily temperature series and returns the peak load within each run.", "c", hard="interviewer_action")
n.s("He started typing straight away without asking whether 35 meant strictly above or at-or-above, which I would have liked him to check.", "e-", "judgment", hard="negated")
n.s("His first loop reset the run counter in the wrong place, so a run ending on the last day of the series was dropped.", "e-", "coding")
n.s("I nudged him to try a series that ends mid-heatwave, and he found the bug himself, added a final flush after the loop and said 'classic, the tail always bites'.", "e+", "learning", "coding")
n.s("After that he wrote tests for an empty series and a single hot day on his own initiative, which I loved.", "e+", "coding", hard="verdict_plus_evidence")
n.s("He talked me through the complexity: one pass, O(n), no need for anything fancier.", "e+", "communication")
n.s("When I asked how he'd handle missing temperature days, he first said skip them, then changed his mind and said a missing day should break the run because we can't claim a heatwave we didn't observe.", "e+", "data_intuition")
n.s("Honestly a lovely person to work with.", "v+", hard="biased")
n.s("Some rough edges early on but he recovered really well.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n014", candidate_id="w29-c04", interviewer_id="w29-i02", req_id="w29-r1",
         round="debugging", submitted_at="2025-09-03", recommendation="hire", specificity=5,
         style=["bullets", "terse", "fragments", "third_person"], topic="forecast error spike")
n.h("Debugging round - 45 min - Kwame")
n.b("09:30 - Handed K. a forecast job whose error jumped from 4% to 11% on 6 October.", "c", hard="interviewer_action")
n.b("09:33 - Asked what changed on that date before opening any code.", "e+", "judgment", hard="question")
n.b("09:36 - I said 'nothing in the code'.", "c")
n.b("09:38 - Suspected model drift and started plotting residuals by hour.", "e0", "ml_fundamentals")
n.b("09:45 - Residuals only bad 01:00-03:00 on one day; did not spot the daylight-saving shift.", "e-", "data_intuition", hard="negated")
n.b("09:47 - Hint: check timestamps around the clock change.", "c", hard="interviewer_action")
n.b("09:48 - Found the naive local timestamps within a minute, converted to UTC, error back to 4.2%.", "e+", "learning", "coding")
n.b("09:55 - Added an assertion that every day has 46, 48 or 50 intervals.", "e+", "coding", "risk_awareness")
n.b("10:02 - Suggested a monitor on daily error that pages if it doubles week-on-week.", "e+", "risk_awareness")
n.b("10:08 - Asked whether the bad forecast for those days had gone to the market and who needed telling.", "e+", "ownership", hard="question")
n.b("10:12 - Missed that the training set also had the shifted hours; did not propose retraining.", "e-", "data_intuition", hard="negated")
n.b("Outcome: H - slow to the root cause, but took the hint cleanly and closed the loop with a check and a monitor.", "e+", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w29-n015", candidate_id="w29-c04", interviewer_id="w29-i06", req_id="w29-r1",
         round="system_design", submitted_at="2025-09-04", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "arrows", "abbreviations", "fragments"], topic="crew dispatch")
n.h("K. Mensah - SD - storm crew dispatch")
n.b("task: prioritise crew dispatch in a storm using the outage pred", "c")
n.b("clarified # crews, travel times, safety rules before drawing -> good", "e+", "judgment", hard="question")
n.b("arch: pred svc -> priority queue -> dispatcher UI, re-rank every 15m", "e+", "system_thinking")
n.b("ranked purely by # customers affected -> hospitals / life support not considered until I asked", "e-", "user_impact")
n.b("after prompt -> added a priority tier for sensitive sites + explained the manual override", "e+", "learning", "user_impact")
n.b("scale fine", "v+", "system_thinking")
n.b("no failure modes for pred svc down mid-storm", "e-", "risk_awareness", hard="negated")
n.b("comms ok, bit long-winded", "v0", "communication", hard="mixed")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n016", candidate_id="w29-c04", interviewer_id="w29-i03", req_id="w29-r1",
         round="behavioural", submitted_at="2025-09-05", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Kwame, behavioural.", "c")
n.s("Ran 30 minutes, cut short.", "c")
n.s("Nice guy, very personable.", "v+", hard="biased")
n.s("Decent examples of ownership.", "v+", "ownership")
n.s("Might need some support at first.", "v-", hard="hedged")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c05 Jun (they), r2 ----
n = Note(note_id="w29-n017", candidate_id="w29-c05", interviewer_id="w29-i04", req_id="w29-r2",
         round="behavioural", submitted_at="2025-10-14", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "headings", "british"], topic="time-of-use tariff")
n.h("Customer programmes interview - Jun")
n.s("Video, 45 minutes, with our hardship team lead observing.", "c")
n.s("I asked Jun how they would decide which households get offered the new time-of-use tariff first.", "c", hard="question")
n.s("They said they would rank households by predicted savings to the network and start at the top.", "e0", "judgment")
n.s("I asked what happens to a family whose bills go up under the new tariff.", "c", hard="question")
n.s("Jun said some customers 'will have to adjust their habits' and that the tariff is opt-out anyway.", "e-", "user_impact")
n.s("They did not ask whether the top of the list would include older people who are home all day, which is who worries me.", "e-", "user_impact", hard="negated")
n.s("When I mentioned our hardship programme, Jun asked how many customers are on it and whether they could be left out automatically.", "e+", "user_impact", "learning")
n.s("I asked them to explain the savings estimate as if to a customer, and they gave me the model's error rate instead.", "e-", "communication", hard="plain_evidence")
n.s("Clever, but I'd worry about having them near our vulnerable-customer work.", "v-", "user_impact")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n018", candidate_id="w29-c05", interviewer_id="w29-i01", req_id="w29-r2",
         round="data", submitted_at="2025-10-15", recommendation="lean_no_hire", specificity=4,
         style=["prose", "terse", "fragments", "british"], topic="bill shock")
n.s("Data round, bill-shock exercise.", "c")
n.s("Gave Jun twelve months of bills for 50k households and asked them to flag likely bill shock before it lands.", "c", hard="interviewer_action")
n.s("Defined bill shock as a bill 50% above the same quarter last year, which is fair enough as a start.", "e+", "data_intuition")
n.s("Plotted the bill changes first; long right tail.", "e0", "data_intuition")
n.s("Didn't notice that new move-ins have no prior-year bill, so they'd never be flagged.", "e-", "data_intuition", hard="negated")
n.s("Quoted 0.88 precision and called it done, no base rate.", "e-", "metrics")
n.s("I asked who gets missed; Jun said the misses are 'a small percentage, acceptable'.", "e-", "user_impact")
n.s("Those misses are mostly renters who just moved in.", "c")
n.s("Quick with SQL, I'll give them that.", "v+", "coding")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n019", candidate_id="w29-c05", interviewer_id="w29-i05", req_id="w29-r2",
         round="fundamentals", submitted_at="2025-10-15", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="SMS bill alerts")
n.s("I had Jun for fundamentals and came away impressed.", "v+")
n.s("I asked them how they would estimate the effect of a bill-alert SMS on consumption.", "c", hard="question")
n.s("They went straight to a randomised holdout and explained why comparing people who opened the SMS with those who didn't would be biased, since openers are more engaged to begin with.", "e+", "ml_fundamentals")
n.s("They have a great feel for data and caught every trap I set.", "v+", "data_intuition")
n.s("They sized the holdout at 10% of homes; we didn't get into power.", "e0", "ml_fundamentals")
n.s("They also knew regularisation, calibration and the rest of the usual list backwards.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked what they'd report to the programme manager, they said kWh saved per household with a confidence interval, and that SMS open rate would mislead.", "e+", "metrics")
n.s("I didn't get to customer harm, so someone else should cover that.", "c")
n.s("Really bright, quick, fun to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n020", candidate_id="w29-c05", interviewer_id="w29-i06", req_id="w29-r2",
         round="coding", submitted_at="2025-10-16", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "arrows", "abbreviations", "lowercase"], topic="meter dedupe")
n.h("Jun - coding")
n.b("45m, codepad", "c")
n.b("task: dedupe meter reads + per-customer daily kWh", "c")
n.b("groupby + drop_duplicates on (meter, ts) -> passed all 4 of my cases", "e+", "coding")
n.b("no tests of their own", "e-", "coding", hard="negated")
n.b("asked: what if reads arrive late? -> 'recompute the last 3 days nightly', fine", "e+", "data_intuition")
n.b("var names x1 x2 tmp", "e-", "coding", hard="plain_evidence")
n.b("quick", "v+", "coding")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c06 Lucía (she), r1 ----
n = Note(note_id="w29-n021", candidate_id="w29-c06", interviewer_id="w29-i02", req_id="w29-r1",
         round="system_design", submitted_at="2025-11-18", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "terse", "fragments", "third_person"], topic="forecast rollout")
n.h("System design - 60 min - Lucía - solar-aware forecast rollout")
n.b("11:00 - Scenario: replacing the old statistical forecast with her gradient-boosted model across all zones next month.", "c")
n.b("11:04 - Proposed switching all zones on a single date, 'the backtest is better everywhere'.", "e-", "judgment", "metrics")
n.b("11:10 - Asked what she would do if the new model misbehaves on the first hot day.", "c", hard="question")
n.b("11:11 - Said she would 'retrain quickly'; no fallback to the old forecast.", "e-", "risk_awareness", hard="negated")
n.b("11:18 - Asked again: market submission at 10:00, model output looks wrong at 09:30.", "c", hard="interviewer_action")
n.b("11:20 - Suggested a manual override by the control room, but no automatic switch-back and no criteria for using it.", "e-", "risk_awareness", hard="mixed")
n.b("11:26 - Component sketch fine: weather ingest, PV estimate, model, reconciliation, each with a rough size.", "e+", "system_thinking")
n.b("11:35 - Listed monitoring as 'dashboards' without saying what would be on them.", "e-", "risk_awareness")
n.b("11:42 - Asked about the regulator's accuracy report; said it could come off the same pipeline and named the two fields it needs.", "e+", "system_thinking")
n.b("11:50 - Did not ask who uses the forecast besides the market desk.", "e-", "user_impact", hard="negated")
n.b("LNH.", "v-", hard="bare_verdict")
n.s("Good builder, but two prompts and still no rollback path.", "e-", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w29-n022", candidate_id="w29-c06", interviewer_id="w29-i01", req_id="w29-r1",
         round="coding", submitted_at="2025-11-19", recommendation="hire", specificity=3,
         style=["prose", "terse", "fragments", "british"], topic="gap interpolation")
n.s("Coding round.", "c")
n.s("Task was to interpolate short gaps in half-hourly meter data, two hours max, leave longer gaps alone.", "c")
n.s("Tried pandas resample first, then switched to interpolate with a limit argument.", "e0", "coding")
n.s("Had it working in about twenty minutes.", "e+", "coding")
n.s("Tests were thin.", "v-", "coding")
n.s("Caught that interpolating across midnight would mix two billing days, so split on the date first.", "e+", "data_intuition", hard="plain_evidence")
n.s("Bit quiet.", "v-", hard="biased")
n.s("Knows numpy well.", "v+", "coding", hard="tech_vague")
n.s("Happy to hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n023", candidate_id="w29-c06", interviewer_id="w29-i04", req_id="w29-r1",
         round="behavioural", submitted_at="2025-11-20", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="past project")
n.s("I asked Lucía about a time a project of hers went wrong.", "c", hard="question")
n.s("Video call, 45 minutes.", "c")
n.s("She described a churn model at a telco that picked customers for retention offers, and said she later found it mostly gave discounts to people who were never going to leave.", "e+", "ownership")
n.s("She said she raised it with her manager herself and rewrote the targeting.", "e+", "ownership")
n.s("I think she genuinely cares about the customer.", "v+", "user_impact", hard="hedged")
n.s("She was a little vague on how she'd explain a forecast change to our call centre staff.", "v-", "communication", hard="hedged")
n.s("She asked me what a 'vulnerable customer' means in our rules.", "e+", "user_impact", hard="question")
n.s("Really warm and easy to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n024", candidate_id="w29-c06", interviewer_id="w29-i03", req_id="w29-r1",
         round="data", submitted_at="2025-11-21", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="outage data")
n.s("Data round on outage data.", "c")
n.s("Lucía did well overall.", "v+")
n.s("She started with a count of outages per month.", "e0", "data_intuition")
n.s("Strong SQL and good feature engineering instincts.", "v+", "data_intuition", hard="tech_vague")
n.s("She split storm and non-storm outages before modelling.", "e+", "data_intuition", hard="plain_evidence")
n.s("Not sure she thought much about the regulator side.", "v-", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w29_notes_part2.jsonl", notes)
