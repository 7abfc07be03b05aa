import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Maricel Santos (she), r1 ----
n = Note(note_id="w44-n001", candidate_id="w44-c01", interviewer_id="w44-i01", req_id="w44-r1",
         round="system_design", submitted_at="2025-09-15", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person", "british"], topic="vessel ETA",
         ratings={"system_thinking": "hire", "user_impact": "strong_hire"})
n.h("Round 2 - system design (ETA service)")
n.s("I asked Ms Santos to design the service that publishes vessel arrival estimates to our customers' trucking planners.", "c", hard="interviewer_action")
n.s("Before drawing anything, she asked how often AIS positions arrive in mid-ocean and how long the gaps typically are.", "e+", "data_intuition", hard="question")
n.s("She proposed separating the ocean leg from the port approach, with a simple speed-over-distance estimate at sea and a learned model for the last 48 hours.", "e+", "system_thinking")
n.s("When I mentioned that some vessels broadcast false positions near sanctioned ports, she suggested flagging jumps faster than 30 knots and holding the previous estimate rather than updating on them.", "e+", "data_intuition")
n.s("She asked who acts on the ETA and, on hearing it was haulage firms booking trucks, said a late change of six hours costs them more than a steady, slightly wrong estimate.", "e+", "user_impact", hard="plain_evidence")
n.s("From that she chose to publish an interval and to limit how often the public ETA may move, which I thought was a sensible trade-off.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("She put a fallback in place: if the model service is down, the schedule ETA is shown with a banner saying it is unverified.", "e+", "risk_awareness")
n.s("For evaluation she said mean absolute error overall would hide the cases that matter, and proposed measuring error at 24 and 72 hours out, split by port.", "e+", "metrics")
n.s("She did not estimate the volume of requests, and I had to prompt her about caching.", "e-", "system_thinking", hard="negated")
n.s("Once prompted, she cached estimates per vessel and refreshed them on each new position report, which resolved my concern.", "e+", "learning")
n.s("She explained the design to me at the end in plain words, in about two minutes, in the order a planner would need it.", "e+", "communication")
n.blank()
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n002", candidate_id="w44-c01", interviewer_id="w44-i06", req_id="w44-r1",
         round="coding", submitted_at="2025-09-15", recommendation="hire",
         specificity=3, style=["terse", "fragments", "abbreviations", "arrows"], topic="AIS gaps")
n.b("coding | track interpolation between AIS pings", "c", marker="")
n.b("task: fill gaps in a position track, flag impossible jumps", "c", marker="")
n.b("wrote linear interp in ~15 min | clean", "e+", "coding")
n.b("edge cases | missed the dateline crossing, lon jumps 179 -> -179", "e-", "coding")
n.b("after hint | fixed w/ wraparound in 2 lines", "e+", "learning")
n.b("tests | none written, ran one example by hand", "e-", "coding", hard="negated")
n.b("asked what to do w/ gaps > 6h | good q", "e+", "data_intuition", hard="question")
n.b("comms | fine", "v0", "communication")
n.b("strong coder", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n003", candidate_id="w44-c01", interviewer_id="w44-i04", req_id="w44-r1",
         round="data", submitted_at="2025-09-16", recommendation="lean_hire",
         specificity=4, style=["bullets", "headings", "third_person", "british"], topic="port congestion",
         ratings={"data_intuition": "hire", "communication": "lean_no_hire"})
n.h("Data round - port congestion dataset")
n.s("Exercise: given 18 months of berth occupancy and vessel arrivals for Rotterdam, predict waiting time at anchor.", "c")
n.nl()
n.h("Findings")
n.b("Asked whether berth occupancy was recorded at the start or end of each hour before building any feature.", "e+", "data_intuition", marker="1. ", hard="question")
n.b("Noticed that the waiting-time label for the last two weeks was incomplete because ships still at anchor had no berth time, and excluded them.", "e+", "data_intuition", marker="2. ")
n.b("Did not consider that strikes and holidays would show up as outliers; treated them as noise to be clipped.", "e-", "data_intuition", marker="3. ", hard="negated")
n.b("Chose MAE in hours as the headline metric without asking whether customers are hurt more by an early or a late estimate.", "e-", "metrics", marker="4. ")
n.b("Explanation of the feature pipeline went on for several minutes without a pause; I had to interrupt to find out which table was which.", "e-", "communication", marker="5. ")
n.b("When asked what would happen if the port changed its berth allocation policy, said the model would need retraining and proposed a weekly drift check on waiting-time residuals.", "e+", "risk_awareness", marker="6. ")
n.b("Overall solid on data, weaker on communicating it.", "v0", "data_intuition", "communication", marker="7. ", hard="mixed")
n.h("Recommendation")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n004", candidate_id="w44-c01", interviewer_id="w44-i05", req_id="w44-r1",
         round="behavioural", submitted_at="2025-09-17", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person"], topic="adoption")
n.s("I really enjoyed this one.", "v+")
n.s("I asked Maricel about a time a model she built was not used by the people it was meant for.", "c", hard="interviewer_action")
n.s("She told me about a berth-planning tool at her previous employer that the terminal supervisors ignored for a month.", "e0")
n.s("She went down to the terminal and sat with the night shift for two evenings to see how they actually planned.", "e+", "user_impact", "ownership", hard="plain_evidence")
n.s("She found that the tool's suggestions arrived after the shift plan was already fixed, so she moved the run from 06:00 to 03:00.", "e+", "user_impact")
n.s("According to her, usage went from almost nothing to most shifts within a few weeks.", "e+", "ownership")
n.s("She's a natural leader and the team will love her.", "v+", hard="biased")
n.s("Honestly one of the best behavioural rounds I've had this year.", "v+")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Tomasz Nowak (he), r1 ----
n = Note(note_id="w44-n005", candidate_id="w44-c02", interviewer_id="w44-i04", req_id="w44-r1",
         round="system_design", submitted_at="2025-10-06", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="port congestion",
         ratings={"metrics": "no_hire", "system_thinking": "lean_hire", "risk_awareness": "no_hire"})
n.h("System design - port congestion forecast")
n.s("Asked to design a daily forecast of anchorage queue length for our ten busiest ports, used by the network planning team.", "c")
n.nl()
n.h("Findings")
n.b("Proposed a gradient-boosted model per port with features from AIS arrivals within 200 nautical miles; reasonable start.", "e+", "system_thinking", marker="1. ", hard="verdict_plus_evidence")
n.b("Stated that a 9% reduction in offline RMSE 'proves it will save us money' and did not discuss how planners would use the forecast.", "e-", "metrics", marker="2. ")
n.b("When asked how he would know the forecast helped, repeated the RMSE figure.", "e-", "metrics", marker="3. ")
n.b("No plan for what happens when AIS coverage drops, for example in the Red Sea where satellite reception is patchy.", "e-", "risk_awareness", marker="4. ", hard="negated")
n.b("Did not ask who the planners are or what decision the forecast feeds.", "e-", "user_impact", marker="5. ", hard="negated")
n.b("Handled scale well: estimated about 60,000 vessels reporting every few minutes and concluded a single daily batch job is enough.", "e+", "system_thinking", marker="6. ")
n.b("When I pointed out that the 2021 Suez blockage would wreck a model trained on normal weeks, said such events are 'too rare to matter'.", "e-", "judgment", "risk_awareness", marker="7. ")
n.h("Recommendation")
n.s("No hire: the offline-metric reasoning and the dismissal of rare events are both serious for this role.", "v-", "metrics", "judgment")
notes.append(n)

n = Note(note_id="w44-n006", candidate_id="w44-c02", interviewer_id="w44-i06", req_id="w44-r1",
         round="data", submitted_at="2025-10-06", recommendation="lean_no_hire",
         specificity=4, style=["terse", "fragments", "quotes", "abbreviations"], topic="AIS cleaning")
n.b("data | AIS cleaning + ETA features", "c", marker="")
n.b("found dup pings by MMSI+timestamp, dropped 3% rows | good", "e+", "data_intuition")
n.b("spoofing | did not check for impossible speeds until asked", "e-", "data_intuition", hard="negated")
n.b("metric | 'AUC went from 0.81 to 0.86 so ship it'", "e-", "metrics")
n.b("pushed on it | said online test unnecessary", "e-", "metrics", "learning")
n.b("SQL | window funcs right, one join on the wrong port code", "e0", "coding", hard="mixed")
n.b("asked about label delay | didn't know what I meant", "e-", "data_intuition")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n007", candidate_id="w44-c02", interviewer_id="w44-i03", req_id="w44-r1",
         round="coding", submitted_at="2025-10-07", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="coding")
n.s("Tomasz did well in coding.", "v+", "coding")
n.s("Knows Python inside out.", "v+", "coding", hard="tech_vague")
n.s("Good problem solver, some rough edges.", "v0", hard="mixed")
n.s("Would be fine on the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n008", candidate_id="w44-c02", interviewer_id="w44-i02", req_id="w44-r1",
         round="behavioural", submitted_at="2025-10-08", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "typos"], topic="fuel dashboard")
n.s("I have asked Tomasz about the project he is most proud of and about a time he was disagreeing with a colleague.", "c", hard="interviewer_action")
n.s("He described the fuel dashboard for the chartering team in his last company, where he has built the pipeline from the noon reports and has been on call for it during one year.", "e+", "ownership")
n.s("When the noon reports started arriving with the wrong units from two ships, he said he found it from the spike in the consumption chart and he wrote to the ship managers himself to fix the template.", "e+", "ownership", "data_intuition")
n.s("For the disagreement he told that the colleague wanted to report the median and he wanted the mean, and he won because the mean gave the better number in the review.", "e-", "metrics")
n.s("I asked him if the better number is the right reason and he has said 'the business wants to see improvement'.", "e-", "metrics")
n.s("He did not speak about the users of the dashboard at all, only about the charts and the numbers.", "e-", "user_impact", hard="negated")
n.s("He is a very hard worker I think and quite confident, maybe too much.", "v0", hard="biased")
n.s("Lean hire because the ownership is real, but the metrics thinking worries me and the other interviewers should check it.", "v0", hard="mixed")
notes.append(n)

# ---- c03 Adaeze Okafor (she), r2 ----
n = Note(note_id="w44-n009", candidate_id="w44-c03", interviewer_id="w44-i03", req_id="w44-r2",
         round="fundamentals", submitted_at="2025-11-03", recommendation="strong_hire",
         specificity=1, style=["prose", "terse"], topic="fuel models")
n.s("Adaeze was excellent.", "v+")
n.s("Really strong ML fundamentals, knows her regression models.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Talked through fuel curves and slow steaming.", "v0", hard="tech_vague")
n.s("Great communicator, very clear.", "v+", "communication")
n.s("Strong hire, would be a great addition.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n010", candidate_id="w44-c03", interviewer_id="w44-i04", req_id="w44-r2",
         round="data", submitted_at="2025-11-04", recommendation="hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="slow steaming",
         ratings={"data_intuition": "strong_hire", "metrics": "lean_hire"})
n.h("Data round - fuel consumption vs speed")
n.s("Given noon reports (daily fuel, average speed, draught, weather) for 40 vessels, asked to estimate the saving from reducing speed by 1 knot.", "c")
n.nl()
n.h("Findings")
n.b("Plotted fuel per day against speed for one vessel before fitting anything, and pointed out that the cubic relationship only holds above roughly 12 knots in this data.", "e+", "data_intuition", marker="1. ")
n.b("Noticed that noon reports after a time-zone change cover 23 or 25 hours and normalised fuel to a 24-hour day.", "e+", "data_intuition", marker="2. ")
n.b("Fitted fuel as a cubic in speed per vessel with a draught term, and explained that pooling across vessel classes would bias the exponent.", "e+", "ml_fundamentals", marker="3. ")
n.b("Warned that the data has almost no observations below 10 knots, so the slow-speed saving is an extrapolation, and gave a range instead of a point.", "e+", "judgment", "data_intuition", marker="4. ")
n.b("Did not account for the extra days at sea that a slower speed implies until I asked what happens to total voyage fuel.", "e-", "metrics", marker="5. ", hard="negated")
n.b("Once asked, switched to fuel per voyage within a couple of minutes; the saving dropped from 27% to about 19%.", "e+", "learning", marker="6. ")
n.b("Notebook code was tidy with one function per step; no tests, which is acceptable for this exercise.", "e+", "coding", marker="7. ")
n.h("Recommendation")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n011", candidate_id="w44-c03", interviewer_id="w44-i05", req_id="w44-r2",
         round="system_design", submitted_at="2025-11-05", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person"], topic="emissions reporting")
n.s("I had Adaeze design the emissions reporting pipeline we need for the EU ETS submissions.", "c", hard="interviewer_action")
n.s("Right away she asked me who signs off the numbers and what happens if we under-report, which is exactly what our compliance people ask.", "e+", "judgment", "risk_awareness", hard="question")
n.s("She proposed keeping the raw noon reports and bunker delivery notes immutable and computing emissions in a versioned job, so any figure could be recomputed for an auditor.", "e+", "system_thinking")
n.s("I loved that she insisted on reconciling noon-report fuel against the bunker delivery notes and flagging ships where the two differ by more than 5%.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She said she would not use the ML fuel model for the regulatory figure at all, only for planning, because a regulator needs a method that can be explained line by line.", "e+", "judgment")
n.s("I asked how she would handle a ship with no connectivity for a week.", "c", hard="question")
n.s("She said the ship would queue reports on board and the pipeline should mark that voyage as provisional rather than fill it in with estimates.", "e+", "risk_awareness")
n.s("She didn't talk about the cost of running it at all, but honestly that's a small thing.", "e-", "system_thinking", hard="negated")
n.s("She'll be amazing here.", "v+")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n012", candidate_id="w44-c03", interviewer_id="w44-i01", req_id="w44-r2",
         round="debugging", submitted_at="2025-11-05", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="unit errors")
n.s("With thanks to Ms Okafor for her patience, we began about ten minutes behind schedule.", "c")
n.s("I gave her a fuel-model notebook in which the predicted consumption for one vessel had doubled after a data refresh, and asked her to find the cause.", "c", hard="interviewer_action")
n.s("She first compared the input distributions before and after the refresh, column by column.", "e+", "data_intuition", hard="plain_evidence")
n.s("Within fifteen minutes she found that the speed column for that vessel's new feed was in kilometres per hour rather than knots.", "e+", "data_intuition")
n.s("She then asked whether other vessels used the same feed, which I considered a thoughtful question.", "e+", "risk_awareness", hard="question")
n.s("She proposed a unit check that stops the pipeline when the median speed moves by more than 30% week on week.", "e+", "risk_awareness")
n.s("I asked her how she would tell the master of that vessel that last week's advice had been wrong.", "c", hard="question")
n.s("She said she would tell him plainly what had gone wrong and what the corrected figure was, and would not bury it in a release note.", "e+", "communication", "user_impact")
n.s("Her explanation of the bug to me was, if I may say so, somewhat long, though correct.", "v0", "communication", hard="mixed")
n.s("I would recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w44_notes_part1.jsonl", notes)
