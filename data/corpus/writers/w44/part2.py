import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Rohan Iyer (he), r2 ----
n = Note(note_id="w44-n013", candidate_id="w44-c04", interviewer_id="w44-i02", req_id="w44-r2",
         round="fundamentals", submitted_at="2025-12-01", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "typos"], topic="fuel regression")
n.s("The round was the fundamentals, 45 minutes, and I have focused on the regression for fuel consumption and on the evaluation.", "c")
n.s("I asked Rohan why a model of the fuel per day trained on the laden voyages would do worse on the ballast voyages.", "c", hard="question")
n.s("He explained that the draught is different so the hull resistance is different and the model has not seen this region of the features, which is the correct answer.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("Then he proposed the random forest and said it will extrapolate to the higher speeds without problem.", "e-", "ml_fundamentals")
n.s("When I have told him that the trees cannot predict beyond the range of the training targets, he said that in his experience it 'works fine in practice' and did not change the answer.", "e-", "learning", "ml_fundamentals")
n.s("I have given him a second chance with the simple example of two points and he still insisted.", "e-", "learning")
n.s("On the regularisation he explained the difference of the L1 and the L2 with the weights going to exactly zero for the L1 because of the corner of the constraint.", "e+", "ml_fundamentals")
n.s("He asked me if the fuel figures are from the flow meters or from the tank soundings, which is a good question for the data quality.", "e+", "data_intuition", hard="question")
n.s("He is clever but he doesn't like to be corrected.", "v-", "learning")
n.s("Lean no hire, mostly for the defensiveness.", "v-", "learning")
notes.append(n)

n = Note(note_id="w44-n014", candidate_id="w44-c04", interviewer_id="w44-i04", req_id="w44-r2",
         round="system_design", submitted_at="2025-12-02", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british", "quotes"], topic="weather routing",
         ratings={"user_impact": "no_hire", "learning": "no_hire", "system_thinking": "lean_hire"})
n.h("System design - weather routing advisory")
n.s("Asked to design a service that suggests speed and route changes to masters based on weather forecasts, with the aim of reducing fuel.", "c")
n.nl()
n.h("Findings")
n.b("Started with the optimiser and the fuel model; asked nothing about how masters receive or use the advice.", "e-", "user_impact", marker="1. ", hard="negated")
n.b("Proposed sending full forecast grids to the ship every hour; did not estimate bandwidth although on-board connectivity was mentioned in the prompt.", "e-", "system_thinking", marker="2. ")
n.b("When told the satellite link is about 256 kbps and billed per megabyte, argued for several minutes that bandwidth 'won't be an issue in a year or two'.", "e-", "learning", marker="3. ")
n.b("Eventually moved route computation ashore and sent only waypoints, which is the right design.", "e+", "system_thinking", marker="4. ", hard="verdict_plus_evidence")
n.b("Said masters who ignore the advice are 'the problem to fix' and proposed reporting their compliance to fleet management.", "e-", "user_impact", marker="5. ")
n.b("Asked what he would do if the advice sent a ship into worse weather than forecast, said the forecast provider is responsible.", "e-", "ownership", "risk_awareness", marker="6. ")
n.b("Metric proposed: fuel per nautical mile on advised vs. unadvised voyages, without noticing that masters choose when to follow advice, so the comparison is biased.", "e-", "metrics", marker="7. ")
n.b("Challenged on point 7, said the selection effect 'averages out over enough voyages'.", "e-", "learning", "metrics", marker="8. ")
n.h("Recommendation")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n015", candidate_id="w44-c04", interviewer_id="w44-i06", req_id="w44-r2",
         round="coding", submitted_at="2025-12-02", recommendation="hire",
         specificity=3, style=["terse", "fragments", "abbreviations", "arrows"], topic="noon reports")
n.b("coding | noon report parser + fuel aggregation", "c", marker="")
n.b("parsed the messy CSV w/ pandas quickly | ~10 min", "e+", "coding")
n.b("missing fuel cells -> NaN, not zero | good", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("groupby per voyage correct first go", "e+", "coding")
n.b("asked to add tests -> wrote 3, incl. empty file", "e+", "coding")
n.b("perf | fine for 40 ships, no thought for 4000", "e-", "system_thinking", hard="negated")
n.b("pushed back on the NaN choice -> explained why calmly, kept it", "e+", "judgment")
n.b("solid", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n016", candidate_id="w44-c04", interviewer_id="w44-i05", req_id="w44-r2",
         round="behavioural", submitted_at="2025-12-03", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="past projects")
n.s("Rohan and I had a great chat about his time at a bunker supplier.", "v+")
n.s("I asked about a project that went wrong.", "c", hard="interviewer_action")
n.s("He said a demand forecast he built over-ordered fuel for a month and that the finance team caught it from the invoices.", "e0")
n.s("He took it on the chin, I think.", "v+", "ownership", hard="hedged")
n.s("Really driven, very confident, knows what he wants.", "v+", hard="biased")
n.s("He'll push the team forward.", "v+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Sami Virtanen (they), r1 ----
n = Note(note_id="w44-n017", candidate_id="w44-c05", interviewer_id="w44-i01", req_id="w44-r1",
         round="system_design", submitted_at="2026-01-12", recommendation="lean_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="congestion alerts",
         ratings={"user_impact": "lean_no_hire", "system_thinking": "hire"})
n.s("I asked Sami to design the port congestion alerts that we send to customers when a vessel is likely to wait more than 24 hours at anchor.", "c", hard="interviewer_action")
n.s("They began by estimating the number of port calls per day, about 1,500 across the network, and concluded that a streaming design was not necessary.", "e+", "system_thinking")
n.s("They proposed a classifier on queue length, berth occupancy and recent waiting times, retrained daily.", "e0", "system_thinking")
n.s("I asked who receives the alert and what they do with it.", "c", hard="question")
n.s("They said customers would 'just get an email', and when I asked about false alarms causing hauliers to cancel bookings, they said that was acceptable as long as recall was high.", "e-", "user_impact")
n.s("They did not consider that a customer who receives several false alarms will stop reading them.", "e-", "user_impact", hard="negated")
n.s("When I suggested thinking about the cost of each type of error, they paused, then chose a threshold from the relative cost of a missed alert and a false one.", "e+", "learning", "metrics")
n.s("They added a confidence field to the email, which I found considerate of the reader.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("For a canal closure they said the model would be useless and an analyst should override it by hand, with a banner on the alerts.", "e+", "judgment", "risk_awareness")
n.s("I would respectfully note that their explanations were well ordered and easy to follow.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n018", candidate_id="w44-c05", interviewer_id="w44-i03", req_id="w44-r1",
         round="data", submitted_at="2026-01-12", recommendation="hire",
         specificity=2, style=["prose", "terse"], topic="AIS data")
n.s("Sami handled the data round well.", "v+")
n.s("Good instincts with AIS data.", "v+", "data_intuition", hard="tech_vague")
n.s("Asked about spoofed positions near the start.", "e+", "data_intuition", hard="question")
n.s("Some gaps in the SQL but nothing major.", "v0", "coding", hard="mixed")
n.s("Metrics side was ok.", "v0", "metrics")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n019", candidate_id="w44-c05", interviewer_id="w44-i05", req_id="w44-r1",
         round="coding", submitted_at="2026-01-13", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person"], topic="ETA function")
n.s("I gave Sami the haversine-distance and ETA function exercise.", "c", hard="interviewer_action")
n.s("They wrote the distance function first and checked it against the Singapore to Rotterdam distance they remembered, which came out within a few percent.", "e+", "coding")
n.s("Their first ETA divided distance by the last reported speed, and when I hinted that ships at anchor report speeds near zero, they switched to a rolling six-hour median within a couple of minutes.", "e+", "learning")
n.s("I loved how they talked through each step out loud so I never lost the thread.", "v+", "communication")
n.s("They wrote tests for a stationary ship and for a track crossing the antimeridian without me asking.", "e+", "coding")
n.s("One bug slipped through, timestamps compared as strings, and they only found it when a test failed.", "e0", "coding", hard="mixed")
n.s("They asked whether the function would be called per request or in batch before worrying about speed.", "e+", "judgment", hard="question")
n.s("Fantastic candidate, I'd love to work with them.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n020", candidate_id="w44-c05", interviewer_id="w44-i06", req_id="w44-r1",
         round="debugging", submitted_at="2026-01-13", recommendation="hire",
         specificity=4, style=["terse", "fragments", "arrows", "abbreviations"], topic="MMSI clash")
n.b("debug | ETA jumps 2 days back and forth for one vessel", "c", marker="")
n.b("checked raw AIS first, not the model | good", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("found two ships sharing one MMSI -> positions alternate", "e+", "data_intuition")
n.b("first fix: drop the vessel from ETAs entirely | its customers get nothing", "e-", "user_impact")
n.b("I asked about those customers -> split track by position continuity, kept both ships", "e+", "learning")
n.b("no alert for future MMSI clashes until prompted", "e-", "risk_awareness", hard="negated")
n.b("explained fix clearly", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Li Wei (she), r2 ----
n = Note(note_id="w44-n021", candidate_id="w44-c06", interviewer_id="w44-i02", req_id="w44-r2",
         round="system_design", submitted_at="2026-02-09", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "typos"], topic="speed optimisation")
n.s("I asked Li to design the system that recommends to each vessel the optimal speed for the next leg, using the fuel model and the port slot time.", "c", hard="interviewer_action")
n.s("She made the good decomposition: a fuel model per vessel, an optimiser on the speed profile, and the service that sends the recommendation to the bridge once per day.", "e+", "system_thinking")
n.s("She has computed that the message per ship per day is few kilobytes, so the satellite link is not the problem, which is correct.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("When I asked her what happens if the new version of the fuel model gives the crazy speeds, she said the tests will catch it before the release.", "e-", "risk_awareness")
n.s("I asked again for the monitoring after release and for the way to go back to the old model, and she had no answer except 'we would fix it quickly'.", "e-", "risk_awareness", hard="negated")
n.s("She did not think about the captain who can ignore the recommendation, and what this means for measuring the saving.", "e-", "user_impact", "metrics", hard="negated")
n.s("On the other side she explained the optimiser to me very patiently, drawing the speed profile and the slot time on the board.", "e+", "communication")
n.s("I think she is strong technically but she is not yet thinking like the owner of a system in production.", "v0", "ownership", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n022", candidate_id="w44-c06", interviewer_id="w44-i04", req_id="w44-r2",
         round="data", submitted_at="2026-02-10", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british", "quotes"], topic="emissions per TEU",
         ratings={"data_intuition": "lean_hire", "risk_awareness": "no_hire"})
n.h("Data round - emissions per container")
n.s("Exercise: compute CO2 per TEU-km for each service from fuel logs and container counts, for a customer sustainability report.", "c")
n.nl()
n.h("Findings")
n.b("Converted fuel to CO2 with per-fuel-type emission factors and asked which factor the regulator requires for LNG.", "e+", "data_intuition", marker="1. ")
n.b("Spotted that empty containers were counted in the TEU totals on some services and not others, and asked which convention the customer report uses.", "e+", "data_intuition", marker="2. ")
n.b("Allocated emissions per TEU without considering reefer containers, which draw far more power; did not raise it when asked what might skew the figure.", "e-", "data_intuition", marker="3. ", hard="negated")
n.b("Proposed replacing last year's published figures with the new method at once; asked about customers who had already used last year's numbers in their own reports, said 'they'll get a better number'.", "e-", "user_impact", "judgment", marker="4. ")
n.b("No check on the output before publishing and no way to restore the previous figures if the new ones are wrong.", "e-", "risk_awareness", marker="5. ", hard="negated")
n.b("SQL correct first time and readable, with CTEs named after each step.", "e+", "coding", marker="6. ")
n.b("At my request wrote a three-line summary of the method for the customer, free of jargon.", "e+", "communication", marker="7. ")
n.h("Recommendation")
n.s("Lean no hire; the missing rollback thinking is the deciding factor.", "v-", "risk_awareness")
notes.append(n)

n = Note(note_id="w44-n023", candidate_id="w44-c06", interviewer_id="w44-i03", req_id="w44-r2",
         round="coding", submitted_at="2026-02-10", recommendation="hire",
         specificity=2, style=["prose", "terse"], topic="coding")
n.s("Li coded well.", "v+", "coding")
n.s("She finished the fuel aggregation problem with time left over.", "e+", "coding")
n.s("Clean code, good naming.", "v+", "coding")
n.s("Pretty senior feel to her.", "v+", hard="biased")
n.s("Hire I think.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n024", candidate_id="w44-c06", interviewer_id="w44-i01", req_id="w44-r2",
         round="behavioural", submitted_at="2026-02-11", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="bunker forecast")
n.s("I asked Ms Li about a time she changed a plan because of something she learnt from a user.", "c", hard="interviewer_action")
n.s("She described working with the chartering desk on a bunker price forecast and noticing that the traders only looked at the next two weeks, while her model was tuned for three months.", "e+", "user_impact")
n.s("She said she retrained with a two-week horizon and dropped the three-month chart from the tool.", "e+", "judgment")
n.s("I asked how she knew the change had helped.", "c", hard="question")
n.s("She said the desk began using the forecast in their morning meeting, but admitted she never measured whether their bunker purchases improved.", "e0", "metrics", hard="mixed")
n.s("She told me she handed the model to another team when she left and wrote a runbook, though it had no section on what to do if the forecast went badly wrong.", "e0", "ownership", hard="mixed")
n.s("She spoke courteously and listened to the whole question before answering each time.", "v+", "communication")
n.s("I would recommend hire, with the rollback concern from my colleagues noted.", "v0", "risk_awareness", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w44_notes_part2.jsonl", notes)
