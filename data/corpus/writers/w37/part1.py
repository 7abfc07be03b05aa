import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c01 Amara Okafor (she), r1 ----------------
n = Note(note_id="w37-n001", candidate_id="w37-c01", interviewer_id="w37-i01", req_id="w37-r1",
         round="system_design", submitted_at="2025-10-14", recommendation="hire",
         specificity=4, style=["bullets", "terse", "headings", "fragments", "british"], topic="delay prediction",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire"})
n.h("SD round, 45 min: delay prediction, departure +2h horizon")
n.h("Checklist")
n.b("Task set: predict departure delay per flight from METAR/TAF weather and turnaround events.", "c", hard="interviewer_action")
n.b("Asked first who reads the forecast: ops controllers or the app.", "e+", "user_impact", hard="plain_evidence")
n.b("Split pipeline into ingest, features, model, serving.", "e+", "system_thinking")
n.s("Drew the turnaround event stream feeding features every 5 min.", "e+", "system_thinking")
n.b("Flagged that TAF is a forecast and METAR is observed; kept them as separate features.", "e+", "data_intuition")
n.b("Knock-on delay: proposed propagating inbound aircraft delay via tail number rotation.", "e+", "system_thinking")
n.b("Asked what a controller does with a 40% chance of a 60 min delay.", "e+", "user_impact", hard="question")
n.s("Proposed alerting only above a threshold agreed with the desk.", "e+", "judgment", "user_impact")
n.b("Did not size the scoring load until prompted.", "e-", "system_thinking", hard="negated")
n.b("Once prompted: ~1,800 departures a day, rescoring every 5 min, called it trivial for one box.", "e0", "system_thinking")
n.b("Rollback: keep yesterday's model warm, switch on MAE breach over 3 consecutive windows.", "e+", "risk_awareness")
n.b("Stated unprompted the model never overrides crew duty limits or MEL items; advisory only.", "e+", "risk_awareness", "judgment")
n.h("Verdict")
n.b("H.", "v+", hard="bare_verdict")
n.s("Would fly with her.", "v+")
notes.append(n)

n = Note(note_id="w37-n002", candidate_id="w37-c01", interviewer_id="w37-i03", req_id="w37-r1",
         round="behavioural", submitted_at="2025-10-15", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person"], topic="behavioural")
n.s("Really enjoyed this one.", "v+")
n.s("We ran ten minutes over because the call started late.", "c")
n.s("Amara is clearly very experienced and a natural leader.", "v+", "ownership", hard="tech_vague")
n.s("Great communicator, very polished.", "v+", "communication")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n003", candidate_id="w37-c01", interviewer_id="w37-i04", req_id="w37-r1",
         round="data", submitted_at="2025-10-16", recommendation="lean_hire",
         specificity=5, style=["bullets", "headings", "british", "third_person"], topic="turnaround data",
         ratings={"data_intuition": "hire", "metrics": "lean_no_hire", "learning": "hire"})
n.h("Data round - turnaround event logs (45 min)")
n.s("Exercise: a CSV of 30 days of ground-handling timestamps (on-block, doors open, fuelling, boarding, off-block) and the realised departure delay.", "c")
n.h("Findings")
n.b("[positive, major] Noticed within five minutes that 4% of rows had off-block before on-block and traced it to a timezone mix between two stations.", "e+", "data_intuition", marker="1. ")
n.b("[positive, minor] Asked whether delay codes were entered by dispatchers after the fact, since that would leak the cause into the features.", "e+", "data_intuition", hard="question", marker="2. ")
n.b("[negative, major] Proposed mean absolute error in minutes as the only metric and did not consider that a 60-minute miss matters far more to crew legality than two 30-minute misses.", "e-", "metrics", hard="negated", marker="3. ")
n.b("[positive, minor] When I asked what the ops controller actually acts on, she switched to the probability of exceeding 15 and 60 minutes and explained why those thresholds drive swaps.", "e+", "learning", "metrics", marker="4. ")
n.b("[negative, minor] Dropped the 310 rows with missing fuelling times without checking whether they were all one handler.", "e-", "data_intuition", marker="5. ")
n.b("[positive, minor] Her split was by week, not random, and she said why: consecutive flights share weather.", "e+", "data_intuition", "ml_fundamentals", marker="6. ")
n.h("Severity summary")
n.s("One major negative on metrics, corrected after a prompt.", "v0", "metrics", hard="mixed")
n.s("Lean hire; the metric gap needs checking in another round.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n004", candidate_id="w37-c01", interviewer_id="w37-i06", req_id="w37-r1",
         round="coding", submitted_at="2025-10-16", recommendation="hire",
         specificity=4, style=["lowercase", "terse", "arrows", "fragments", "abbreviations"], topic="knock-on delays")
n.s("coding, 45m, q: given rotations (tail, dep, arr, sched times) compute knock-on delay per flight", "c")
n.nl()
n.b("clarified min turnaround time per aircraft type before writing anything", "e+", "judgment", hard="plain_evidence")
n.b("sorted by tail then sched dep -> single pass, carried arrival delay fwd minus slack", "e+", "coding")
n.b("first version forgot overnight reset -> i gave the 06:00 first-wave example -> fixed in 2 min", "e0", "coding", "learning", hard="mixed")
n.b("wrote 3 tests unprompted incl. tail w/ one flight", "e+", "coding")
n.b("O(n log n), said so w/o being asked", "e+", "coding")
n.b("asked what if a tail sits >12h on ground -> treated it as a new day, which is right", "e+", "coding", "data_intuition")
n.b("no validation on negative or missing times, didnt mention it", "e-", "coding", hard="negated")
n.b("didnt handle aircraft swaps mid-day, acknowledged it when asked, said she'd need the swap log", "e0", "data_intuition", hard="mixed")
n.b("explained the loop to me clearly", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c02 Tomasz Wiśniewski (he), r1 ----------------
n = Note(note_id="w37-n005", candidate_id="w37-c02", interviewer_id="w37-i04", req_id="w37-r1",
         round="data", submitted_at="2025-11-03", recommendation="no_hire",
         specificity=4, style=["bullets", "headings", "british", "third_person"], topic="weather delay model",
         ratings={"metrics": "no_hire", "data_intuition": "lean_no_hire"})
n.h("Data round, weather-delay dataset")
n.s("Given: a trained gradient-boosted model, its validation report, and a sample of the training table.", "c")
n.h("Findings")
n.b("[negative, critical] Said the AUC of 0.91 meant the model 'will cut delay minutes in production' and did not ask how controllers would use it.", "e-", "metrics", marker="1. ")
n.b("[negative, major] Did not notice that the feature 'actual_block_time' is only known after arrival.", "e-", "data_intuition", hard="negated", marker="2. ")
n.b("[negative, major] When I pointed to that column, he said leakage 'would only add a point or two' and kept it in.", "e-", "learning", "data_intuition", marker="3. ")
n.b("[positive, minor] Correctly explained that the class weights were inflating the predicted probabilities.", "e+", "ml_fundamentals", marker="4. ")
n.b("[neutral] Suggested a reliability diagram only after I asked about calibration.", "e0", "ml_fundamentals", marker="5. ")
n.b("[negative, minor] Sampled the validation set at random across the year.", "e-", "data_intuition", marker="6. ")
n.b("[negative, minor] Hard-coded the decision threshold at 0.5 in his evaluation script and could not say why.", "e-", "coding", "metrics", marker="7. ")
n.h("Overall")
n.s("Two major and one critical finding; the critical one is about trusting an offline number.", "v-", "metrics")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n006", candidate_id="w37-c02", interviewer_id="w37-i06", req_id="w37-r1",
         round="system_design", submitted_at="2025-11-04", recommendation="lean_no_hire",
         specificity=3, style=["lowercase", "terse", "arrows", "fragments"], topic="ops forecast service")
n.s("sd: forecast service for ops control centre, storm days incl.", "c")
n.nl()
n.b("good block diagram, kafka -> feature store -> model -> api", "e+", "system_thinking")
n.b("knows his infra", "v+", "system_thinking", hard="tech_vague")
n.b("launch plan = 'offline AUC beats baseline so ship to all hubs'", "e-", "metrics", "risk_awareness")
n.b("i asked: what if it's wrong on a storm day -> 'the model is retrained nightly so it self-corrects'", "e-", "risk_awareness")
n.b("pushed again -> got a bit prickly, said rollback was 'an ops problem'", "e-", "ownership", "learning")
n.b("no shadow mode, no canary", "e-", "risk_awareness", hard="negated")
n.b("asked who'd be on call for it -> 'whoever deploys it i guess'", "e-", "ownership", hard="hedged")
n.b("same offline-metric thing as in the data round i hear", "v-", "metrics")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n007", candidate_id="w37-c02", interviewer_id="w37-i02", req_id="w37-r1",
         round="fundamentals", submitted_at="2025-11-04", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="ml fundamentals")
n.s("I had a very pleasant conversation with Tomasz, who arrived well prepared and stayed calm even when I made the questions more difficult towards the end.", "v+", hard="biased")
n.s("I started by asking him to explain how he would predict the probability that a flight leaves more than fifteen minutes late.", "c", hard="interviewer_action")
n.s("He went directly to logistic regression as a baseline and explained that he wants the baseline to be calibrated before he tries any boosting, which for me is a very mature way to think.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("When I asked about the bias and variance of a deep tree ensemble, he drew the curve of training and validation error against the number of trees and showed where it turns.", "e+", "ml_fundamentals")
n.s("His knowledge of regularisation is really very deep, he knows all the tricks.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("On evaluation he was a little less strong, because he said the ROC curve is enough to choose the threshold for the controllers, and he did not mention the cost of a false alarm.", "e-", "metrics")
n.s("I think he can grow into the role with a good mentor.", "v+")
n.s("For me it is a hire, with the small doubt on metrics.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n008", candidate_id="w37-c02", interviewer_id="w37-i05", req_id="w37-r1",
         round="behavioural", submitted_at="2025-11-05", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="ownership",
         ratings={"ownership": "lean_no_hire", "learning": "no_hire", "communication": "lean_hire"})
n.s("The candidate was asked to describe a model launch that did not go to plan.", "c", hard="question")
n.s("He described a demand forecast at his previous employer that over-predicted by 20% for three weeks after a schedule change.", "e0", "ownership")
n.s("Asked who noticed, he said the finance team raised it and that he had been 'waiting for a ticket' before investigating.", "e-", "ownership")
n.s("He did not describe any monitoring that he had added afterwards.", "e-", "risk_awareness", hard="negated")
n.s("The interviewer suggested that a drift alert might have caught the issue earlier.", "c", hard="interviewer_action")
n.s("The candidate replied that the alert 'would have been noise' and returned to the point that the schedule data was late.", "e-", "learning", hard="plain_evidence")
n.s("In a second example he explained a feature pipeline to a product manager in plain terms and checked she had followed before moving on.", "e+", "communication")
n.s("He is articulate and structured in his answers overall.", "v+", "communication")
n.s("The pattern across both examples is a tendency to locate the cause outside his own work.", "v-", "ownership")
n.s("Lean no hire, chiefly on ownership and response to challenge.", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- c03 Rin Takahashi (they), r2 ----------------
n = Note(note_id="w37-n009", candidate_id="w37-c03", interviewer_id="w37-i02", req_id="w37-r2",
         round="data", submitted_at="2025-12-02", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="reduced mobility passengers")
n.s("With Rin we did the data exercise about the special assistance requests, the table where the passengers with reduced mobility book a wheelchair or an escort at the gate.", "c")
n.s("Before touching the data they made me a question that I liked very much: whether the request is recorded at booking or only when the passenger arrives at the airport, because many people only ask at the desk.", "e+", "data_intuition", "user_impact", hard="question")
n.s("They found that one station had zero requests for six weeks and said this was surely a logging failure and not a real absence of passengers, and then they checked the station's daily volumes to confirm it.", "e+", "data_intuition")
n.s("When we talked about using the forecast to staff the assistance team, they said that an under-forecast means somebody waits on the aircraft after everyone has left, and that this cost is not symmetric with some idle staff.", "e+", "user_impact", "metrics")
n.s("So they proposed to forecast a high quantile, the 90th, instead of the mean, which I found really sensible.", "e+", "metrics", "judgment", hard="verdict_plus_evidence")
n.s("They also asked whether the forecast would be shared with the ground handling company, since their staff are the ones who push the wheelchairs and escort the passengers.", "e+", "user_impact", hard="question")
n.s("The code in the notebook was a bit slow because they wrote a loop in pandas, but it worked at the end.", "e0", "coding", hard="mixed")
n.s("They explain things with a lot of calm and patience.", "v+", "communication")
n.s("I stay with a hire, I would be happy to work with Rin.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n010", candidate_id="w37-c03", interviewer_id="w37-i05", req_id="w37-r2",
         round="system_design", submitted_at="2025-12-03", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="overbooking",
         ratings={"system_thinking": "hire", "user_impact": "lean_no_hire"})
n.s("Round: system design, 50 minutes.", "c")
n.s("The candidate was asked to design an overbooking recommender that proposes how many seats above capacity to sell per flight.", "c")
n.s("Rin began by decomposing the problem into a no-show model and a cost model, and stated that the two should be trained and monitored separately.", "e+", "system_thinking")
n.s("They estimated no-show rates per fare class from the sample and noted that group bookings no-show together, which breaks the independence assumption.", "e+", "data_intuition", "ml_fundamentals")
n.s("Their cost model valued a denied boarding at the compensation amount only.", "e-", "metrics")
n.s("When the interviewer asked whether denied boardings fall evenly across passengers, Rin said that fairness was 'a policy question for the commercial team' and did not return to it.", "e-", "user_impact", hard="plain_evidence")
n.s("The candidate did not consider that passengers with connections or reduced mobility are harmed more by being bumped.", "e-", "user_impact", hard="negated")
n.s("They did add a hard cap so that the system can never recommend more than a fixed number above capacity on small aircraft.", "e+", "risk_awareness", "judgment")
n.s("The design itself is sound; the view of who bears the cost is narrow.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n011", candidate_id="w37-c03", interviewer_id="w37-i03", req_id="w37-r2",
         round="fundamentals", submitted_at="2025-12-03", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="fundamentals")
n.s("Covered the usual fundamentals questions.", "c")
n.s("Rin knows their stuff, solid on regression and classification.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Talked through survival models for no-shows.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("They asked how the revenue team currently sets overbooking levels.", "e+", "user_impact", hard="question")
n.s("A bit quiet at first.", "v-", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n012", candidate_id="w37-c03", interviewer_id="w37-i01", req_id="w37-r2",
         round="debugging", submitted_at="2025-12-04", recommendation="hire",
         specificity=3, style=["bullets", "terse", "fragments", "british"], topic="crew rostering")
n.h("Debug round: crew reserve model misfiring on Mondays")
n.b("Brief given: reserve-crew forecast 30% low every Monday since March.", "c")
n.b("Went straight for the calendar features, good instinct.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("Found the week-start bug: Sunday vs Monday index in the feature job.", "e+", "coding")
n.b("Wrote the fix plus a test for a week starting Sunday.", "e+", "coding")
n.b("Did not check whether other jobs read the same calendar table.", "e-", "system_thinking", hard="negated")
n.b("Took ~15 min longer than it should.", "v-", hard="vague_quantity")
n.b("Asked what rostering does when the forecast is low: answer, they call in reserves late, crew fatigue goes up.", "e+", "user_impact", hard="question")
n.b("Wanted a backfill of the whole year before the fix went live.", "e-", "judgment")
n.s("Overcautious for a one-line fix.", "v-", "judgment")
n.b("Solid debugger.", "v+", "coding")
n.b("H.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- history ----------------
n = Note(note_id="w37-n013", candidate_id="w37-c09", interviewer_id="w37-i04", req_id="w37-r1",
         round="system_design", submitted_at="2025-06-11", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "headings", "british"], topic="what-if tool")
n.h("System design: what-if tool for the ops control centre")
n.b("Prompt: controllers want to ask 'if we cancel BA-style bank at 17:00, what happens to tomorrow morning?'", "c")
n.h("Findings")
n.b("[negative, major] Designed a full network simulator before asking how fast controllers need an answer.", "e-", "judgment", marker="1. ")
n.b("[negative, major] No mention of how the tool behaves when the input schedule is stale.", "e-", "risk_awareness", hard="negated", marker="2. ")
n.b("[positive, minor] Good grasp of graph algorithms.", "v+", "system_thinking", hard="tech_vague", marker="3. ")
n.b("[positive, major] Asked whether controllers trust numbers without an explanation and proposed showing the three largest contributing delays.", "e+", "user_impact", "communication", marker="4. ")
n.b("[negative, minor] Communication was somewhat disorganised.", "v-", "communication", marker="5. ")
n.b("[negative, minor] Said the simulator would need 'a few hundred cores' and did not work the number out when asked.", "e-", "system_thinking", marker="6. ")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n014", candidate_id="w37-c10", interviewer_id="w37-i06", req_id="w37-r2",
         round="data", submitted_at="2025-07-22", recommendation="lean_hire",
         specificity=2, style=["lowercase", "terse", "fragments"], topic="revenue data")
n.s("data round, ancillary revenue table", "c")
n.nl()
n.b("decent sql", "v+", "coding")
n.b("caught the duplicated booking refs after i hinted at row counts", "e0", "data_intuition", "learning", hard="mixed")
n.b("pretty sharp overall", "v+")
n.b("not much on how the numbers get used", "v-", "user_impact")
n.b("lh", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n015", candidate_id="w37-c11", interviewer_id="w37-i05", req_id="w37-r1",
         round="fundamentals", submitted_at="2025-08-05", recommendation="hire",
         specificity=5, style=["prose", "third_person", "british"], topic="calibration",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"})
n.s("Fundamentals round, 45 minutes, on probabilistic delay forecasts.", "c")
n.s("The candidate was asked how she would check whether a predicted 30% chance of a 60-minute delay is trustworthy.", "c", hard="question")
n.s("She binned the predictions into deciles, compared predicted and observed rates on the whiteboard, and pointed out that the top decile was under-confident.", "e+", "ml_fundamentals", "metrics")
n.s("Asked why AUC had not revealed this, she explained that AUC depends only on ranking and is unchanged by any monotone rescaling.", "e+", "ml_fundamentals")
n.s("She then proposed isotonic regression on a held-out month, and noted that it needs more data than Platt scaling to avoid overfitting.", "e+", "ml_fundamentals")
n.s("The interviewer asked what the controllers would do differently with a better-calibrated number.", "c", hard="interviewer_action")
n.s("She answered that a controller deciding whether to call a standby crew needs the probability itself, not a rank, because they compare it with the cost of the call-out.", "e+", "metrics", "user_impact")
n.s("She did not raise the question of whether calibration holds on storm days, when the mix of flights changes.", "e-", "risk_awareness", hard="negated")
n.s("When this was raised, she suggested checking calibration separately on days with a thunderstorm warning.", "e+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w37_notes_part1.jsonl", notes)
print(len(notes), "notes")
