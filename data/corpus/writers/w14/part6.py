import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w14-n051", candidate_id="w14-c27", interviewer_id="w14-i04", req_id="w14-r2",
         round="data", submitted_at="2026-02-17", recommendation="hire", specificity=5,
         style=["qa", "headings", "first_person", "quotes"], topic="pandemic demand shock",
         ratings={"data_intuition": "strong_hire", "judgment": "hire"})
n.s("Data round, 50 min, notebook with weekly bookings for 200 hotels, 2018-2024.", "c")
n.h("Q1: What's odd about this data?")
n.s("Tariq plotted the series before anything else and pointed at three things: the 2020 collapse, a step change in one region in 2022, and a handful of weeks with exactly zero bookings.", "e+", "data_intuition")
n.s("For the step change he asked whether we'd onboarded a new supplier that year.", "e+", "data_intuition", hard="question")
n.s("The zero weeks he called 'probably pipeline outages, not demand', and checked that the zeros fell on the same dates across hotels.", "e+", "data_intuition")
n.h("Q2: How would you train a model that has to forecast 2025?")
n.s("Wanted to keep 2020-21 but with a covid indicator, rather than delete it, because 'the next shock will look more like 2020 than like 2019'.", "e+", "judgment", "data_intuition")
n.s("I asked whether that indicator would be known at forecast time.", "c", hard="interviewer_action")
n.s("He said no, then changed the plan to train with it and predict with it set to zero, and said the model's uncertainty would be understated as a result.", "e+", "learning", "ml_fundamentals")
n.h("Q3: How would you tell revenue managers how much to trust the number?")
n.s("Proposed an 80% interval from quantile regression and a simple traffic light on backtest error per hotel.", "e+", "communication", "user_impact")
n.s("Didn't check whether the intervals were calibrated on the backtest.", "e-", "metrics", hard="negated")
n.h("Wrap-up")
n.s("Ran out of time before the evaluation plan; worth probing in another round.", "c")
n.s("Strong data instincts.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n052", candidate_id="w14-c28", interviewer_id="w14-i06", req_id="w14-r1",
         round="debugging", submitted_at="2026-02-24", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="ranking regression")
n.b("debug 45m: ranker CTR -8% after deploy, offline metrics unchanged", "c")
n.b("C asked for the deploy diff + feature logs 1st", "e+", "coding", hard="question")
n.b("found: price feature now in EUR cents, was EUR -> 100x scale", "e+", "coding", "data_intuition")
n.b("explained why offline didnt catch it: offline set built w/ old pipeline", "e+", "metrics")
n.b("fix: rollback model, then add schema + range check on features", "e+", "risk_awareness")
n.b("I asked who tells the PM -> 'me, today, with the numbers'", "e+", "ownership", "communication")
n.b("bit slow reading the stack trace, ~10 min lost on wrong file", "e-", "coding")
n.b("did not check if sponsored slots were affected", "e-", "system_thinking", hard="negated")
n.b("good instincts", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n053", candidate_id="w14-c29", interviewer_id="w14-i07", req_id="w14-r1",
         round="behavioural", submitted_at="2026-03-03", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="behavioural",
         ratings={"ownership": "strong_hire", "communication": "hire"})
n.s("Behavioural interview, 45 minutes.", "c")
n.s("The questions covered ownership, disagreement and a failure.", "c")
n.s("Kofi described inheriting a cancellation model nobody on his team understood after its author left, and said he spent his first two weeks writing its documentation and a test suite before changing anything.", "e+", "ownership")
n.s("He went on to explain that the tests exposed a label bug in which no-shows were counted as stays, and that he fixed it and told the two teams that consumed the scores.", "e+", "ownership", "data_intuition")
n.s("Asked about a disagreement, he described arguing against his director's plan to launch a ranking change over the Christmas peak, using last year's incident log to show two earlier peak launches that had been rolled back.", "e+", "judgment", "risk_awareness")
n.s("He said he lost the argument and the launch went ahead.", "e0")
n.s("The interviewer asked what he did next.", "c", hard="interviewer_action")
n.s("He said he set up an hourly dashboard for the launch weekend and was on call for it himself.", "e+", "ownership", "risk_awareness")
n.s("For the failure, he talked about a demand model he had over-tuned to one city, and was specific about what he would do differently: a per-city backtest before any global change.", "e+", "learning")
n.s("He did not give any example of mentoring or helping a colleague, even when the interviewer asked directly.", "e-", "ownership", hard="negated")
n.s("His answers were well organised, each with a situation, what he did and the result.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n054", candidate_id="w14-c30", interviewer_id="w14-i01", req_id="w14-r1",
         round="system_design", submitted_at="2026-03-10", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="hotel ranking",
         ratings={"system_thinking": "lean_hire", "metrics": "no_hire"})
n.s("SD, hotel ranking for the app's 'nearby tonight' tab.", "c")
n.s("Forty-five minutes, though we lost five to her mic.", "c")
n.s("Rosa had a tidy architecture: geo index for candidates, a lightweight ranker on device signals, and a cache keyed by rounded location so we're not recomputing for every metre walked.", "e+", "system_thinking")
n.s("Sensible latency maths too, 30ms ranker, 20ms for availability.", "e+", "system_thinking")
n.s("Metrics were the problem.", "v-", "metrics")
n.s("She'd optimise CTR and call it done; I asked if a click on a hotel that's sold out is a good click and she said 'it's still engagement'.", "e-", "metrics")
n.s("I gave her the hint that 'tonight' users book within the hour, and she did shift to bookings within 60 minutes of the session, which was a decent recovery.", "e+", "learning", "metrics")
n.s("But then she wanted to ship on an offline replay alone because 'online tests take too long for a tab this small'.", "e-", "metrics", "risk_awareness")
n.s("No thought about what happens when availability data is stale at 11pm, which is exactly when this tab gets used.", "e-", "risk_awareness", hard="negated")
n.s("Smart, no doubt, but raw on the measurement side.", "v0", "metrics", hard="mixed")
n.s("Lean no hire, happy to be talked round if coding was a blinder.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n055", candidate_id="w14-c31", interviewer_id="w14-i05", req_id="w14-r1",
         round="system_design", submitted_at="2026-03-17", recommendation="strong_hire", specificity=2,
         style=["prose", "american"], topic="learning to rank")
n.s("System design, hotel search ranking, a full hour because we were having such a good time!", "c")
n.s("Ethan was simply phenomenal from start to finish!", "v+")
n.s("Unbelievably deep knowledge of learning-to-rank, probably more than anyone on our team.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("His system design was world class, with every component perfectly thought through.", "v+", "system_thinking")
n.s("He even asked how we'd handle a hotel that pays a higher commission, which was such a smart question.", "e+", "user_impact", hard="question")
n.s("He has tons of experience at massive scale.", "v+", "system_thinking", hard="vague_quantity")
n.s("Great vibe, a total culture fit.", "v+", hard="biased")
n.s("Strong hire, absolutely!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n056", candidate_id="w14-c32", interviewer_id="w14-i02", req_id="w14-r2",
         round="coding", submitted_at="2026-03-24", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "first_person", "british"], topic="backtesting code",
         ratings={"coding": "lean_no_hire"})
n.s("Coding, 45 minutes.", "c")
n.s("Task: write a rolling-origin backtest for a daily demand forecast, horizon 14 days, 8 origins.", "c")
n.b("Asked whether origins should be spaced weekly to avoid day-of-week effects; reasonable.", "e+", "judgment", hard="question", marker="1. ")
n.b("Loop correct for origins but the training slice included the origin day itself, i.e. a one-day leak.", "e-", "coding", "data_intuition", marker="2. ")
n.b("Did not write a test; when asked how she would know the slices were right, she said she would 'print them and look'.", "e-", "coding", marker="3. ")
n.b("Printing did reveal the leak at minute 31; fixed in two lines.", "e0", "coding", hard="mixed", marker="4. ")
n.b("Computed MAPE per origin and then averaged the MAPEs, giving 14.2%; pooled error would be 11.8% because of two holiday origins.", "e0", "metrics", marker="5. ")
n.b("Could not say which of the two figures a revenue manager should see.", "e-", "metrics", marker="6. ")
n.b("Vectorised the error computation unprompted, cutting run time from 40s to 2s on the sample.", "e+", "coding", marker="7. ")
n.blank()
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("Applied scientists here ship their own backtests; points 2 and 3 would reach production.", "v-", "coding")
notes.append(n)

n = Note(note_id="w14-n057", candidate_id="w14-c33", interviewer_id="w14-i03", req_id="w14-r1",
         round="coding", submitted_at="2026-03-26", recommendation="hire", specificity=1,
         style=["terse"], topic="coding")
n.s("Coding, 40 min, the interval-merge one.", "c")
n.nl()
n.s("Coded fine.", "v0", "coding")
n.s("Good communicator, asked sensible questions.", "v+", "communication")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n058", candidate_id="w14-c34", interviewer_id="w14-i06", req_id="w14-r1",
         round="system_design", submitted_at="2026-04-07", recommendation="no_hire", specificity=2,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="cancellation prediction")
n.b("sd 45m, cancel prediction -> overbooking", "c")
n.b("weak on sys design overall", "v-", "system_thinking")
n.b("knows ML buzzwords, not much under them", "v-", "ml_fundamentals", hard="tech_vague")
n.b("lots of talk about 'real-time', never said what needs to be real-time", "e-", "system_thinking", hard="negated")
n.b("risk: nada", "v-", "risk_awareness")
n.b("users?? not considered", "v-", "user_impact")
n.b("comms all over the place", "v-", "communication")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n059", candidate_id="w14-c35", interviewer_id="w14-i07", req_id="w14-r2",
         round="fundamentals", submitted_at="2026-04-14", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="forecast evaluation")
n.s("Fundamentals round, 45 minutes.", "c")
n.s("The interviewer asked how to compare forecasting models across hotels of very different sizes.", "c", hard="interviewer_action")
n.s("Arjun suggested scaled errors such as MASE, and explained that dividing by a naive forecast's error makes a 50-room hotel comparable with a 900-room one.", "e+", "metrics")
n.s("His grasp of probabilistic forecasting seemed reasonable.", "v+", "ml_fundamentals", hard="hedged")
n.s("Asked about quantile crossing, he said he had not seen it before.", "e-", "ml_fundamentals")
n.s("He then asked the interviewer what it meant and reasoned out a fix (sorting the predicted quantiles) within a few minutes.", "e+", "learning")
n.s("He was somewhat vague about when he would prefer a simpler model.", "v-", "judgment")
n.s("The session ended ten minutes early at his request to take a call.", "c")
n.s("A fair showing without standing out.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n060", candidate_id="w14-c36", interviewer_id="w14-i04", req_id="w14-r2",
         round="behavioural", submitted_at="2026-04-21", recommendation="strong_hire", specificity=4,
         style=["qa", "headings", "first_person"], topic="behavioural",
         ratings={"ownership": "strong_hire", "user_impact": "strong_hire"})
n.h("Q1: Tell me about something you owned from start to finish.")
n.s("Rangi described building the holiday calendar service at his previous company after noticing three teams kept separate, conflicting calendars; he wrote the proposal, got two engineers lent to him for a quarter, and retired the other calendars.", "e+", "ownership")
n.s("Said the forecast error on public holidays dropped from 22% to 9% afterwards.", "e+", "metrics")
n.h("Q2: A time your work hurt someone?")
n.s("Talked about a demand model that under-forecast Matariki weekend in New Zealand because it had only two years of history for the new holiday; small hotels sold out early at low prices.", "e0")
n.s("He said he called two of the affected hotel owners himself to explain, and added a manual override for new holidays.", "e+", "ownership", "user_impact")
n.h("Q3: How do you handle being told you're wrong?")
n.s("Gave an example where a colleague said his uncertainty intervals were too narrow; he reran the coverage check, found 68% coverage on a nominal 80% interval, and widened them.", "e+", "learning", "metrics")
n.s("I asked if there was a time he didn't accept the feedback.", "c", hard="interviewer_action")
n.s("He said yes, a request to drop the override, and explained why with the Matariki example.", "e+", "judgment")
n.h("Overall")
n.s("Excellent.", "v+", hard="bare_verdict")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w14_notes_part6.jsonl", notes)
