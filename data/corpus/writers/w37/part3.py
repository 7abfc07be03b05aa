import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c07 Ingrid Halvorsen (she), r2 ----------------
n = Note(note_id="w37-n031", candidate_id="w37-c07", interviewer_id="w37-i04", req_id="w37-r2",
         round="system_design", submitted_at="2026-04-07", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "british", "first_person"], topic="crew rostering under disruption",
         ratings={"judgment": "no_hire", "system_thinking": "lean_hire", "metrics": "lean_no_hire"})
n.h("System design: crew re-rostering during disruption (50 min)")
n.s("Scenario: a fog morning at the hub cancels 40 departures; design a tool that proposes new crew assignments for the rest of the day.", "c")
n.s("I deliberately left the objective open to see how she would handle it.", "c", hard="interviewer_action")
n.h("Findings")
n.b("[negative, critical] Did not ask what the tool should optimise; assumed minimising cost and built the whole design on it.", "e-", "judgment", hard="negated", marker="1. ")
n.b("[negative, major] When I said the controllers care most about restoring the schedule by the evening bank, she said that was 'the same thing as cost' and kept the objective.", "e-", "judgment", "learning", marker="2. ")
n.b("[negative, major] Proposed re-solving the full monthly roster on each change, which she estimated at 40 minutes of solver time, without asking how quickly the desk needs an answer.", "e-", "system_thinking", "judgment", marker="3. ")
n.b("[positive, major] Encoded the duty-time and minimum-rest rules as hard constraints and said the tool must show 'no legal solution' rather than relax them.", "e+", "risk_awareness", marker="4. ")
n.b("[positive, minor] Suggested measuring the tool by the number of crew changes per rescued flight, because every change is a phone call and a disrupted day for a person.", "e+", "metrics", "user_impact", marker="5. ")
n.b("[negative, minor] Offered accuracy of the delay forecast as the headline metric for a rostering tool.", "e-", "metrics", marker="6. ")
n.b("[positive, minor] Her diagram was tidy and she labelled every data source.", "e+", "communication", marker="7. ")
n.h("Summary")
n.s("Under an open brief she fixed on one reading early and defended it; the safety handling was good.", "v-", "judgment", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n032", candidate_id="w37-c07", interviewer_id="w37-i02", req_id="w37-r2",
         round="data", submitted_at="2026-04-08", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="revenue management",
         ratings={"judgment": "strong_hire"})
n.s("Ingrid did the data exercise with the fare bucket table, and I must say that for me she has an excellent sense of judgement, really one of the best I saw.", "v+", "judgment")
n.s("When I told her the business wanted 'more revenue from the evening flights' and nothing more, she asked me if they mean more revenue per seat or more total revenue, because the two give very different answers on a half-empty aircraft.", "e+", "judgment", "metrics", hard="question")
n.s("She decided to look only at one route for the first analysis and explained that she prefers to be right on one route than confused on sixty.", "e+", "judgment")
n.s("She knows revenue management deeply, all the theory of the nested buckets.", "v+", hard="tech_vague")
n.s("When I questioned the choice of the one route, she agreed it could be unusual and added a second route of a different length to compare.", "e+", "learning", "judgment")
n.s("The SQL was not always elegant but she arrived.", "v0", "coding")
n.s("I was a bit surprised to read in the other feedback that she was rigid, because with me she was open the whole time.", "v+", "learning")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n033", candidate_id="w37-c07", interviewer_id="w37-i06", req_id="w37-r2",
         round="coding", submitted_at="2026-04-08", recommendation="lean_hire",
         specificity=2, style=["lowercase", "terse", "fragments"], topic="coding")
n.s("coding, load factor by route from bookings table", "c")
n.nl()
n.b("got there", "v0", "coding")
n.b("code ok i guess", "v0", "coding")
n.b("asked if cancelled bookings count", "e+", "data_intuition", hard="question")
n.b("bit slow", "v-", hard="biased")
n.b("fine communicator", "v+", "communication")
n.b("lh", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n034", candidate_id="w37-c07", interviewer_id="w37-i03", req_id="w37-r2",
         round="behavioural", submitted_at="2026-04-09", recommendation="hire",
         specificity=1, style=["prose", "first_person"], topic="behavioural")
n.s("Good conversation about her background in rail and revenue.", "v+")
n.s("We switched to video at the last minute because of the train strike.", "c")
n.s("Ingrid seems like a strong owner and someone who gets things done.", "v+", "ownership")
n.s("Makes good decisions under pressure.", "v+", "judgment")
n.s("Would be a great addition to the team and I think the users would love her.", "v+", "user_impact", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c08 Sam Adeyemi (they), r1 ----------------
n = Note(note_id="w37-n035", candidate_id="w37-c08", interviewer_id="w37-i05", req_id="w37-r1",
         round="system_design", submitted_at="2026-05-12", recommendation="lean_no_hire",
         specificity=5, style=["prose", "third_person", "british"], topic="disruption rebooking",
         ratings={"system_thinking": "strong_hire", "user_impact": "no_hire"})
n.s("System design, 55 minutes.", "c")
n.s("The candidate was asked to design the model that ranks rebooking options for passengers on a cancelled flight, to be used by the disruption desk.", "c")
n.s("Sam separated the problem into generating feasible itineraries, scoring them, and allocating scarce seats, and estimated 3,000 affected passengers on a bad day with 50 options each.", "e+", "system_thinking")
n.s("They proposed caching seat availability for 30 seconds and explained that stale availability causes double allocation, which they would catch with a final reservation check.", "e+", "system_thinking", "risk_awareness")
n.s("For the scoring objective they chose to maximise the number of passengers arriving on the same day.", "e0", "metrics")
n.s("The interviewer asked how passengers with reduced mobility or unaccompanied minors would fare under that objective.", "c", hard="interviewer_action")
n.s("Sam replied that these were 'rare enough to handle manually' and that adding them would complicate the optimiser.", "e-", "user_impact", hard="plain_evidence")
n.s("Asked what happens to a wheelchair user rebooked onto a flight with a 35-minute connection at a remote stand, they said the passenger could ask an agent to change it.", "e-", "user_impact")
n.s("The candidate did not ask who uses the tool or how agents would override a suggestion.", "e-", "user_impact", hard="negated")
n.s("On the technical side, they also proposed a shadow run against the current manual process for two weeks before any passenger sees a suggestion.", "e+", "risk_awareness")
n.s("Their explanation of the seat allocation as a matching problem was clear and well paced, with a small worked example of four passengers and three seats.", "e+", "communication", "system_thinking")
n.s("The architecture is among the strongest the interviewer has seen for this question.", "v+", "system_thinking")
n.s("However, the repeated dismissal of the passengers most affected by a bad rebooking is a serious concern for a customer-facing tool.", "v-", "user_impact")
n.s("Lean no hire, on user impact alone.", "v-", "user_impact", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n036", candidate_id="w37-c08", interviewer_id="w37-i06", req_id="w37-r1",
         round="data", submitted_at="2026-05-13", recommendation="hire",
         specificity=4, style=["lowercase", "terse", "arrows", "fragments", "abbreviations"], topic="weather features")
n.s("data, weather + delays join", "c")
n.nl()
n.b("joined METAR to flights on nearest hour -> then noticed obs come at :20 and :50 at some stations, switched to last-obs-before-dep", "e+", "data_intuition")
n.b("caught that using obs AFTER dep = leakage, said so unprompted", "e+", "data_intuition", hard="plain_evidence")
n.b("plotted delay vs visibility -> step at ~550m, tied it to low-vis procedures", "e+", "data_intuition", "ml_fundamentals")
n.b("didnt check the 6% flights w/ no weather match", "e-", "data_intuition", hard="negated")
n.b("metric: asked if ops cares about avg error or the big misses -> proposed recall on 60+ min delays", "e+", "metrics", "judgment", hard="question")
n.b("pandas fluent, wrote a groupby-merge w/o looking anything up", "e+", "coding")
n.b("asked who owns the weather feed -> said they'd add the freshness alert themselves, not wait for platform team", "e+", "ownership", "risk_awareness")
n.b("h", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n037", candidate_id="w37-c08", interviewer_id="w37-i01", req_id="w37-r1",
         round="behavioural", submitted_at="2026-05-13", recommendation="hire",
         specificity=2, style=["bullets", "terse", "fragments", "british"], topic="behavioural")
n.h("Behavioural, 30 min")
n.b("Solid crew member.", "v+", hard="biased")
n.b("Calm under questioning.", "v+", hard="biased")
n.b("Told one story about a bad deploy: said they rolled it back within the hour.", "e+", "ownership", "risk_awareness")
n.b("Owns their mistakes.", "v+", "ownership")
n.b("Clear comms.", "v+", "communication")
n.b("Didn't probe customer side; worth it in another round.", "c")
n.b("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n038", candidate_id="w37-c08", interviewer_id="w37-i04", req_id="w37-r1",
         round="fundamentals", submitted_at="2026-05-14", recommendation="hire",
         specificity=3, style=["bullets", "headings", "british"], topic="fundamentals")
n.h("Fundamentals")
n.h("Findings")
n.b("[positive, major] Explained why a model trained on normal days underpredicts on storm days: the rare regime has few samples and the trees average it away.", "e+", "ml_fundamentals", marker="1. ")
n.b("[positive, minor] Strong on gradient boosting internals.", "v+", "ml_fundamentals", hard="tech_vague", marker="2. ")
n.b("[negative, minor] Said that L1 and L2 regularisation 'do basically the same thing'.", "e-", "ml_fundamentals", marker="3. ")
n.b("[positive, minor] Good intuition for class imbalance.", "v+", "ml_fundamentals", marker="4. ")
n.b("[negative, minor] Rushed the last answer.", "v-", "communication", marker="5. ")
n.b("[negative, minor] Could not say why an error estimate on the same month used for tuning would be optimistic.", "e-", "ml_fundamentals", marker="6. ")
n.b("[positive, minor] Once I pointed at the tuning leak, proposed holding out a final month untouched.", "e+", "learning", "ml_fundamentals", marker="7. ")
n.s("Hire; the user-impact concern from the design round was not probed here.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- history ----------------
n = Note(note_id="w37-n039", candidate_id="w37-c15", interviewer_id="w37-i05", req_id="w37-r2",
         round="data", submitted_at="2024-11-19", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "british"], topic="ancillary revenue")
n.s("Data round on ancillary purchases (bags, seats, meals).", "c")
n.s("The candidate appeared comfortable with the data and competent in SQL.", "v+", "coding")
n.s("He asked how refunds were recorded.", "e+", "data_intuition", hard="question")
n.s("His analysis was reasonable though somewhat shallow.", "v0", "data_intuition", hard="mixed")
n.s("He did not appear to think much about how the findings would be used.", "v-", "user_impact")
n.s("Communication was adequate.", "v0", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n040", candidate_id="w37-c16", interviewer_id="w37-i03", req_id="w37-r1",
         round="system_design", submitted_at="2024-12-03", recommendation="hire",
         specificity=1, style=["prose", "first_person"], topic="system design")
n.s("System design.", "c")
n.s("Same question as always, the delay forecast service for the hub.", "c")
n.s("Very impressive, clearly has done this many times before.", "v+", "system_thinking", hard="vague_quantity")
n.s("Strong on architecture and scaling.", "v+", "system_thinking", hard="tech_vague")
n.s("Good communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n041", candidate_id="w37-c17", interviewer_id="w37-i04", req_id="w37-r1",
         round="debugging", submitted_at="2025-01-28", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "british", "first_person"], topic="bad forecast rollback")
n.h("Debugging: delay forecast drift after a model update")
n.s("Setup: a new model went live at 06:00; by 10:00 controllers report it is predicting 20-minute delays for flights that leave on time.", "c")
n.h("Findings")
n.b("[negative, critical] Spent the first 15 minutes retraining in the notebook instead of asking whether to roll back the live model.", "e-", "risk_awareness", "judgment", marker="1. ")
n.b("[negative, major] When I asked directly about rolling back, he said 'the new model is better on the test set, so the problem must be the data'.", "e-", "metrics", "learning", marker="2. ")
n.b("[positive, minor] Did find that the new feature 'gate_distance' was null at one terminal and filled with the mean.", "e+", "data_intuition", marker="3. ")
n.b("[negative, major] Proposed fixing it by dropping the terminal from scoring, without asking what controllers at that terminal would see.", "e-", "user_impact", "judgment", marker="4. ")
n.b("[negative, minor] Edited the production config by hand in the exercise without any review step.", "e-", "coding", "risk_awareness", marker="5. ")
n.b("[positive, minor] Explained the null issue clearly once found.", "v+", "communication", marker="6. ")
n.b("[negative, minor] Could not explain why filling the nulls with the mean shifted the predicted delays for that terminal.", "e-", "ml_fundamentals", marker="7. ")
n.h("Overall")
n.s("Three major or critical findings, all about acting safely under a live incident.", "v-", "risk_awareness")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n042", candidate_id="w37-c18", interviewer_id="w37-i06", req_id="w37-r2",
         round="behavioural", submitted_at="2025-02-18", recommendation="lean_no_hire",
         specificity=2, style=["lowercase", "terse", "fragments"], topic="behavioural")
n.s("behavioural", "c")
n.nl()
n.b("generic answers", "v-", "communication")
n.b("said 'i always put the customer first' -> no example when asked", "e-", "user_impact")
n.b("ownership unclear", "v-", "ownership")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n043", candidate_id="w37-c19", interviewer_id="w37-i01", req_id="w37-r1",
         round="coding", submitted_at="2025-03-25", recommendation="lean_hire",
         specificity=3, style=["bullets", "terse", "fragments", "british"], topic="slot allocation")
n.h("Coding: runway slot conflicts")
n.b("Q: flag flights whose scheduled slots overlap at a constrained airport.", "c")
n.b("Interval sort, then sweep.", "e+", "coding")
n.s("Correct first time.", "e+", "coding")
n.b("No tests until I asked.", "e-", "coding", hard="negated")
n.b("Off-by-one on the end time.", "e-", "coding")
n.s("Found it himself when he ran my example.", "e+", "coding")
n.b("Quick on the keyboard.", "v+", "coding")
n.b("Asked if slots are in UTC or local, good.", "e+", "judgment", hard="question")
n.b("Bit chatty.", "v-", hard="biased")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n044", candidate_id="w37-c20", interviewer_id="w37-i02", req_id="w37-r2",
         round="system_design", submitted_at="2025-06-03", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="overbooking")
n.s("I asked Leila to design the overbooking system for our regional routes, the small aircraft with seventy seats.", "c")
n.s("She started by asking how often today a passenger is denied boarding on these routes and who they are, and the answer she wanted was not only the number but the type of passenger.", "e+", "user_impact", "judgment", hard="question")
n.s("She proposed that passengers with reduced mobility, unaccompanied minors and anyone with a connection to the last flight of the day should be excluded from involuntary bumping in the optimiser itself, not left to the gate agent.", "e+", "user_impact", "risk_awareness")
n.s("For the no-show model she explained why she would not trust a calibrated probability from one season on the next, because the mix of business travellers changes, and proposed to monitor the predicted against the real no-shows each week.", "e+", "ml_fundamentals", "risk_awareness")
n.s("When I said that the commercial team would like a more aggressive level, she showed with a small calculation on the board that one more seat sold gains about 90 euros in expectation but raises the chance of a bump by a third.", "e+", "metrics", "judgment")
n.s("She took my suggestion to use a simulation for testing and improved it, proposing to replay last summer's bookings.", "e+", "learning")
n.s("She really is a person of great heart and intelligence.", "v+", hard="biased")
n.s("Strong hire, without doubt.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n045", candidate_id="w37-c21", interviewer_id="w37-i03", req_id="w37-r2",
         round="coding", submitted_at="2025-07-08", recommendation="no_hire",
         specificity=1, style=["prose", "first_person"], topic="coding")
n.s("Coding round.", "c")
n.s("Struggled quite a bit.", "v-", "coding", hard="vague_quantity")
n.s("Not really at the level we need.", "v-", hard="bare_verdict")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w37_notes_part3.jsonl", notes)
print(len(notes), "notes")
