import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Amara Okafor (she), r1 ----
n = Note(note_id="w27-n001", candidate_id="w27-c01", interviewer_id="w27-i03", req_id="w27-r1",
         round="behavioural", submitted_at="2025-03-12", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="ridership forecasting")
n.s("Amara was great.", "v+", hard="bare_verdict")
n.s("Really sharp, knows forecasting inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Talked a lot about the bus network redesign at her last job, sounded like she led it.", "v+", "ownership", hard="hedged")
n.s("Good energy, would fit in well with the office.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n002", candidate_id="w27-c01", interviewer_id="w27-i06", req_id="w27-r1",
         round="data", submitted_at="2025-03-13", recommendation="hire", specificity=5,
         style=["headings", "third_person", "american"], topic="ridership after service change",
         ratings={"data_intuition": "strong_hire", "metrics": "hire", "risk_awareness": "lean_no_hire",
                  "communication": "strong_hire"})
n.s("Round: data (60 min), req w27-r1.", "c")
n.nl()
n.s("Exercise: two years of daily boardings by route plus the date of the Route 12 frequency increase; forecast the next 8 weeks.", "c", hard="question")
n.blank()
n.b("Data intuition", "c", marker="1. ")
n.nl()
n.s("Before fitting anything she plotted boardings per route and pointed out the April gap where the farebox upgrade left three weeks of zeros.", "e+", "data_intuition")
n.s("She asked whether those were real zero-ridership days or missing counts, and dropped them rather than treating them as zeros.", "e+", "data_intuition")
n.blank()
n.b("Modeling", "c", marker="2. ")
n.nl()
n.s("Her first model ignored the frequency change entirely.", "e-", "ml_fundamentals")
n.s("When I asked how the forecast would know service had doubled, she added headway as a regressor and explained that the step would be confounded with spring seasonality unless other routes were used as controls.", "e+", "learning", "ml_fundamentals")
n.blank()
n.b("Metrics", "c", marker="3. ")
n.nl()
n.s("She chose MAPE at first, then switched to absolute error weighted by route volume after noticing that the low-ridership night routes blew MAPE up.", "e+", "metrics")
n.s("She did not say how she would check the forecast once the real counts came in.", "e-", "risk_awareness", hard="negated")
n.blank()
n.b("Communication", "c", marker="4. ")
n.nl()
n.s("Asked to explain the result as if to the board, she said: \"Weekday boardings on 12 should rise about 15%, and we'll know within six weeks if we're wrong.\"", "e+", "communication")
n.blank()
n.s("Score: Hire (data 5, modeling 4, metrics 4, risk 2, communication 5).", "v+", hard="bare_verdict")
n.nl()
n.s("Next round should probe monitoring.", "c")
notes.append(n)

n = Note(note_id="w27-n003", candidate_id="w27-c01", interviewer_id="w27-i04", req_id="w27-r1",
         round="behavioural", submitted_at="2025-03-13", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="service cuts and riders")
n.s("I asked Amara about a time her work affected riders.", "c", hard="interviewer_action")
n.s("She told me about a forecast she built that was used to cut Sunday service on two routes, and said afterwards she went and rode one of them to see who was on it.", "e+", "user_impact")
n.s("She said most of the people on it were hospital night-shift workers, and she took that back to her manager with photos of the stop.", "e+", "user_impact", "ownership")
n.s("The cut went ahead anyway and she was honest that she didn't push any further than that one meeting.", "e-", "ownership", hard="mixed")
n.blank()
n.s("I asked what she'd do differently.", "c", hard="question")
n.s("She said she would put the riders' trip purposes right next to the numbers in the board memo, not in an appendix nobody reads.", "e+", "communication")
n.s("She also asked me if the office ever surveys people who stopped riding, not just the ones still on the bus.", "e+", "user_impact", "data_intuition", hard="plain_evidence")
n.blank()
n.s("Talks in normal words, not charts.", "v+", "communication")
n.s("I would trust her to tell the board who gets hurt by a cut.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n004", candidate_id="w27-c01", interviewer_id="w27-i01", req_id="w27-r1",
         round="fundamentals", submitted_at="2025-03-14", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="stop-level forecasting")
n.s("The fundamentals interview was conducted on March 14, 2025, by video.", "c")
n.s("The candidate was asked to explain the bias-variance trade-off with reference to forecasting ridership at the level of individual stops.", "c", hard="question")
n.s("It was observed that the candidate explained that stop-level models overfit because many stops see fewer than ten boardings a day, and proposed pooling stops along a corridor.", "e+", "ml_fundamentals")
n.s("A satisfactory understanding of regularization was demonstrated.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When asked how prediction intervals would be produced, the candidate stated that she would \"just use the standard error\" and did not distinguish parameter uncertainty from noise.", "e-", "ml_fundamentals")
n.s("A hint regarding quantile loss was then provided by the interviewer.", "c", hard="interviewer_action")
n.s("Following the hint, the candidate wrote out the pinball loss correctly and noted that it would give asymmetric intervals for holiday weeks.", "e+", "learning", "ml_fundamentals")
n.s("Her general command of statistical theory is considered adequate for the grade.", "v0", "ml_fundamentals")
n.s("It is recommended that the candidate proceed, with a rating of lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Diego Ramirez (he), r1 ----
n = Note(note_id="w27-n005", candidate_id="w27-c02", interviewer_id="w27-i02", req_id="w27-r1",
         round="data", submitted_at="2025-04-02", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "terse", "american"], topic="ridership after line extension",
         ratings={"metrics": "no_hire", "data_intuition": "lean_hire", "coding": "hire"})
n.h("Data round: Blue Line extension ridership")
n.b("Raw data checked before modeling: YES, pulled row counts per station and found two stations double-counted from duplicate APC feeds.", "e+", "data_intuition")
n.b("Baseline before model: NO, went straight to gradient boosting.", "e-", "ml_fundamentals", hard="negated")
n.b("Holdout respects time order: YES, trained through 2023, tested on 2024.", "e+", "data_intuition")
n.b("Offline vs. real-world gap considered: NO, said the 6.1% backtest MAPE \"is the forecast error, that's what we'll see in production.\"", "e-", "metrics")
n.b("New-station cold start handled: NO, filled the four new stations with the line average and didn't flag it.", "e-", "data_intuition", hard="negated")
n.b("Responds to pushback: NO, when I noted the extension changes transfers on the other lines he said the model \"will pick that up from the data.\"", "e-", "learning")
n.b("Rollback / monitoring plan: not reached, ran out of time.", "c")
n.b("Code quality (pandas): YES, clean groupbys, and he asserted the row count after the merge.", "e+", "coding")
n.b("Checklist 4/8.", "v-", hard="vague_quantity")
n.b("Overall: No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n006", candidate_id="w27-c02", interviewer_id="w27-i06", req_id="w27-r1",
         round="fundamentals", submitted_at="2025-04-03", recommendation="lean_no_hire", specificity=4,
         style=["headings", "first_person", "american"], topic="stop consolidation",
         ratings={"ml_fundamentals": "hire", "metrics": "no_hire", "learning": "no_hire",
                  "communication": "hire"})
n.s("Round: fundamentals, 45 min.", "c")
n.nl()
n.s("Prompt: the authority will remove 30% of stops on Route 7; estimate the ridership effect and say how you'd know you were right.", "c", hard="question")
n.blank()
n.b("ML fundamentals", "c", marker="1. ")
n.nl()
n.s("Diego set up a difference-in-differences with Route 9 as the control and stated the parallel-trends assumption without being asked.", "e+", "ml_fundamentals")
n.s("He could not say what would happen to the estimate if Route 9 riders switched over to Route 7 after the consolidation.", "e-", "ml_fundamentals", hard="negated")
n.blank()
n.b("Metrics", "c", marker="2. ")
n.nl()
n.s("He said the model was \"validated\" because the backtest MAPE was 5.8%, and that he would report that number to the board as the expected error.", "e-", "metrics")
n.s("I asked whether error on a normal year tells us anything about a year with a service change.", "c", hard="question")
n.s("He answered that the backtest \"includes lots of changes already\" and did not check how many it actually contained.", "e-", "metrics", "learning")
n.blank()
n.b("Communication", "c", marker="3. ")
n.nl()
n.s("Clear and well organized throughout.", "v+", "communication")
n.blank()
n.b("Learning", "c", marker="4. ")
n.nl()
n.s("When I pushed a second time he got visibly irritated and said \"I've done this for four years.\"", "e-", "learning")
n.blank()
n.s("Summary: lean no hire; strong technique, but the offline number is treated as the truth.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w27-n007", candidate_id="w27-c02", interviewer_id="w27-i07", req_id="w27-r1",
         round="behavioural", submitted_at="2025-04-03", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="forecast adoption")
n.s("I really enjoyed my conversation with Diego!", "v+")
n.s("I asked him to walk me through the project he's proudest of.", "c", hard="interviewer_action")
n.s("He described building a weekly ridership forecast at his current agency that replaced a spreadsheet the planners had used for a decade, and he told me he trained the planners on it himself over three lunch sessions.", "e+", "ownership")
n.s("He said the new model cut backtest error from 11% to 6%, which he felt meant it would save the agency real money on overtime scheduling, and honestly I think he's right that it will pay for itself.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("When I asked how he handles disagreement, he described sitting down with a planner who distrusted the forecast and going through her three worst weeks line by line until they found a holiday coding error.", "e+", "communication")
n.s("He clearly has a ton of experience with forecasting.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Super confident guy and I think the team would love him.", "v+", hard="biased")
n.s("My only small worry is that he didn't ask me anything about riders, but that may just be the time we had.", "e-", "user_impact", hard="hedged")
n.s("Hire from me!", "v+", hard="bare_verdict")
n.s("Happy to chat more at the debrief.", "c")
notes.append(n)

n = Note(note_id="w27-n008", candidate_id="w27-c02", interviewer_id="w27-i05", req_id="w27-r1",
         round="coding", submitted_at="2025-04-04", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "lowercase", "abbreviations", "arrows", "fragments"], topic="tap logs")
n.b("coding, 45m", "c")
n.b("q: rolling 7-day avg boardings per stop from raw tap logs, handle late taps", "c", hard="question")
n.b("pandas groupby + rolling right 1st try", "e+", "coding")
n.b("dedup of double taps -> only after I pointed at the sample rows", "e0", "data_intuition", "learning", hard="mixed")
n.b("no tests", "e-", "coding", hard="negated")
n.b("pushed on tz (taps in UTC, schedule local) -> \"doesn't matter for daily\"", "e-", "data_intuition", "learning")
n.b("it does matter, service day runs to 3am", "c")
n.b("fast, fluent w/ pandas", "v+", "coding")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---- c03 Priya Natarajan (she), r2 ----
n = Note(note_id="w27-n009", candidate_id="w27-c03", interviewer_id="w27-i05", req_id="w27-r2",
         round="coding", submitted_at="2025-05-06", recommendation="hire", specificity=3,
         style=["bullets", "terse", "lowercase", "fragments"], topic="elevator status feed")
n.b("coding 50m", "c")
n.b("task: parse elevator status feed (xml), emit outage intervals per station", "c", hard="question")
n.b("clean state machine, ran it on the sample, fixed the flapping-status bug herself", "e+", "coding")
n.b("added a test for an outage spanning midnight, unprompted", "e+", "coding")
n.b("asked how often the feed drops entirely -> treats a missing feed as 'unknown' not 'working'", "e+", "risk_awareness", "data_intuition", hard="question")
n.b("strong coder", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n010", candidate_id="w27-c03", interviewer_id="w27-i02", req_id="w27-r2",
         round="debugging", submitted_at="2025-05-07", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "terse", "american"], topic="arrival predictions",
         ratings={"coding": "no_hire", "user_impact": "hire", "risk_awareness": "lean_no_hire"})
n.h("Debugging round: real-time arrival predictor")
n.b("Setup: ETA service returns negative minutes for about 2% of requests; candidate given the repo and a day of logs.", "c")
n.b("Reproduced the bug before editing: NO, started changing the ETA function from reading it.", "e-", "coding", hard="negated")
n.b("Read the logs: YES, found the negative ETAs cluster at terminal stops.", "e+", "coding")
n.b("Root cause: PARTLY, saw that vehicle timestamps are sometimes ahead of server time, but \"fixed\" it by clamping ETAs at zero.", "e-", "coding", hard="mixed")
n.b("Wrote a test: NO.", "e-", "coding", hard="negated")
n.b("Rider impact: YES, said a screen reader announcing \"arriving in minus three minutes\" would confuse blind riders and is worse than showing no ETA.", "e+", "user_impact")
n.b("Monitoring: NO, no alert proposed for clock skew.", "e-", "risk_awareness", hard="negated")
n.b("Code style: acceptable.", "v0", "coding")
n.b("Recommendation: Lean no hire.", "v-", hard="bare_verdict")
n.s("Not ready to own production code.", "v-", "coding")
notes.append(n)

n = Note(note_id="w27-n011", candidate_id="w27-c03", interviewer_id="w27-i04", req_id="w27-r2",
         round="behavioural", submitted_at="2025-05-07", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="accessibility")
n.s("We talked about the app for riders with disabilities.", "c")
n.s("Priya asked me right away which riders I talk to most and what they complain about.", "e+", "user_impact", hard="plain_evidence")
n.s("I told her the big one is getting into the station and finding the elevator out.", "c")
n.s("She said she'd want the elevator status read out first on the screen reader, before train times, because if the elevator is out the train time doesn't matter.", "e+", "user_impact", hard="plain_evidence")
n.s("She told me about her last job where she sat with three blind users testing a bus app, and changed the button order after watching one of them give up.", "e+", "user_impact")
n.s("She admitted the first version was wrong and said she should have tested with people earlier.", "e+", "ownership")
n.s("She didn't talk down to me once.", "v+", "communication")
n.blank()
n.s("I asked what she would do if the outage model was wrong and someone got stuck.", "c", hard="question")
n.s("She said: tell people it's a guess, give them the paratransit phone number right there, and count every wrong \"working\" call as the worst kind of mistake.", "e+", "risk_awareness", "metrics")
n.s("Strong hire, she gets it.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n012", candidate_id="w27-c03", interviewer_id="w27-i07", req_id="w27-r2",
         round="system_design", submitted_at="2025-05-08", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "american"], topic="elevator outage prediction",
         ratings={"system_thinking": "strong_hire", "data_intuition": "strong_hire", "risk_awareness": "hire"})
n.s("I asked Priya to design the elevator outage prediction service that feeds both the rider app and the station screens.", "c", hard="interviewer_action")
n.s("She started by asking what a prediction would be used for (rerouting a rider right now, or scheduling maintenance next week) and said those are two different models with different horizons.", "e+", "judgment")
n.s("She sketched three pieces: an ingest job reading the elevator controller feed every minute, a model scoring each elevator for the next two hours, and one small API that the app and the screens both call.", "e+", "system_thinking")
n.s("When I mentioned that the controller feed at the older stations only updates every fifteen minutes, she moved those stations onto a separate \"status unknown\" path instead of pretending the predictions were fresh.", "e+", "system_thinking", "learning")
n.s("For labels she pointed out that outages are logged when the maintenance crew arrives, not when the elevator stops, so every label is late by however long the crew took.", "e+", "data_intuition")
n.s("She proposed using the controller's fault-code timestamp instead and checking the gap between the two on a sample of 100 outages.", "e+", "data_intuition")
n.s("She wanted recall on \"out\" above everything and said she'd accept false alarms, because a rider told an elevator works when it doesn't can end up stranded.", "e+", "metrics", "user_impact")
n.blank()
n.s("I asked what would happen on launch day.", "c", hard="question")
n.s("She said ship to the screens in two stations first, compare against the crew logs for a month, and keep the old static status as the fallback if the API errors.", "e+", "risk_awareness")
n.s("Her diagram was very easy to follow and she checked with me twice whether I wanted more depth.", "e+", "communication")
n.s("The one gap was cost: she didn't estimate the compute or the vendor licensing this would need.", "e-", "system_thinking", hard="negated")
n.s("Honestly one of the best design sessions I've had this year.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w27_notes_part1.jsonl", notes)
