import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w55-n047", candidate_id="w55-c23", interviewer_id="w55-i01", req_id="w55-r1",
         round="system_design", submitted_at="2025-11-18", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="fault prediction")
n.s("System design round, 60 minutes.", "c")
n.s("Interviewer: me, candidate: Lars.", "c")
n.s("I asked Lars to design a service that predicts charger faults a day ahead.", "c", hard="interviewer_action")
n.s("Lars put the model call inside the driver's app request, so every app open would score every nearby charger.", "e-", "system_thinking")
n.s("He did not estimate how many requests that makes.", "e-", "system_thinking", hard="negated")
n.s("I asked how many app opens we have at peak.", "c", hard="question")
n.s("He guessed 'maybe a thousand a second' and did not change the design.", "e-", "system_thinking", "learning")
n.s("He had no plan for a charger that stops sending logs.", "e-", "risk_awareness", hard="negated")
n.s("He chose accuracy as the metric, with faults at about 2% of days.", "e-", "metrics")
n.s("When I said 98% accuracy is free here, he said 'then we use F1' and stopped there.", "e0", "metrics", "learning", hard="mixed")
n.s("He was friendly.", "v+", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n048", candidate_id="w55-c24", interviewer_id="w55-i02", req_id="w55-r1",
         round="debugging", submitted_at="2025-12-09", recommendation="hire", specificity=5,
         style=["bullets", "fragments", "abbreviations", "quotes"], topic="stranded drivers")
n.b("debugging round, 50 min", "c")
n.b("scenario: app shows charger 'available' but drivers turn up and its dead, 14 complaints last wk", "c")
n.b("Zanele asked first: 'how does the app know it's available - heartbeat or last session?'", "e+", "system_thinking", hard="question")
n.b("found status only flips to faulted after 3 failed starts, so first 3 drivers get stuck", "e+", "system_thinking", "user_impact")
n.b("said the first driver to fail should be enough to grey it out on the map, false alarm costs less than a wasted trip", "e+", "judgment", "user_impact")
n.b("wrote the patch, 1 failed start -> 'unconfirmed' state, added a test for a charger that recovers after", "e+", "coding")
n.b("asked how many chargers would flip to unconfirmed per day with the new rule before shipping", "e+", "risk_awareness", "metrics")
n.b("i said ~300 -> she said ok but wanted a dashboard on it for the first week", "e+", "risk_awareness")
n.b("missed that the field techs' app reads the same status, i had to tell her", "e-", "system_thinking", hard="negated")
n.b("then added a separate flag for techs so they dont chase unconfirmed ones", "e+", "learning", "user_impact")
n.b("told me about fixing a similar stale-status bug at her last job, incl. the alert she set up after", "e+", "ownership")
n.b("H, would happily work with her", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n049", candidate_id="w55-c25", interviewer_id="w55-i03", req_id="w55-r2",
         round="data", submitted_at="2026-01-06", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="site demand")
n.s("Data round.", "c")
n.s("Candidate Alejandro.", "c")
n.s("Reasonable with the data.", "v+", "data_intuition")
n.s("Asked about the date range of the sessions table.", "e+", "data_intuition", hard="plain_evidence")
n.s("Forecasting knowledge ok.", "v0", "ml_fundamentals")
n.s("Didn't really own the analysis.", "v-", "ownership")
n.s("Probably fine on metrics.", "v+", "metrics", hard="hedged")
n.s("Ran out of time before the pricing part.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n050", candidate_id="w55-c26", interviewer_id="w55-i04", req_id="w55-r1",
         round="behavioural", submitted_at="2026-01-27", recommendation="hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="ownership",
         ratings={"ownership": "strong_hire", "communication": "hire"})
n.h("Behavioural: ownership and pushback")
n.b("Prompt: a time she found a problem nobody had asked her to fix.", "c", hard="question")
n.b("Ownership: 4/4 - Keiko described finding that 8% of chargers reported 'available' while offline, building the detection query herself, and taking it to the ops lead.", "e+", "ownership")
n.b("Ownership: she said she stayed on the ticket until the firmware fix shipped, about six weeks.", "e+", "ownership")
n.b("Users: 3/4 - she said her motivation was the driver complaints she'd read in the app store.", "e+", "user_impact")
n.b("Pushback: 3/4 - when the interviewer asked whether she had overstepped, she said she had, and that next time she would flag it to the firmware team first.", "e+", "learning", "communication")
n.b("Metrics: not covered.", "c")
n.b("Judgement: 2/4 - could not say how she decided it was worth six weeks over her planned work.", "e-", "judgment")
n.b("Comms: 3/4 - answers organised.", "v+", "communication")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n051", candidate_id="w55-c27", interviewer_id="w55-i05", req_id="w55-r2",
         round="fundamentals", submitted_at="2026-02-17", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="pricing")
n.s("Fundamentals, 45 minutes.", "c")
n.s("Gabriel was superb, honestly.", "v+")
n.s("He knows causal inference inside and out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I asked how he'd measure the effect of a price change.", "c", hard="question")
n.s("He said he would run it as a switchback test across weeks, which is exactly what we do.", "e+", "ml_fundamentals", "metrics")
n.s("He'd be a great mentor for the juniors.", "v+")
n.s("Loads of energy and enthusiasm.", "v+", hard="biased")
n.s("A natural owner.", "v+", "ownership")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n052", candidate_id="w55-c28", interviewer_id="w55-i06", req_id="w55-r2",
         round="data", submitted_at="2026-03-10", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="app ratings")
n.s("Data round, 45 minutes.", "c")
n.s("The candidate, Mei, was asked whether the new app version had lowered ratings.", "c", hard="question")
n.s("She compared average ratings before and after the release and reported a drop of 0.3 stars.", "e0", "metrics")
n.s("She did not look at whether the mix of sites being rated had changed over the period.", "e-", "data_intuition", hard="negated")
n.s("She treated the 0.3 drop as confirmed without asking about the rating volume.", "e-", "metrics")
n.s("Her analysis was competent as far as it went.", "v0", "data_intuition")
n.s("Her communication was adequate.", "v0", "communication")
n.s("She seemed reluctant to commit to a recommendation.", "v-", "judgment")
n.s("The interviewer ran short of time for the follow-up on user segments.", "c")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n053", candidate_id="w55-c29", interviewer_id="w55-i01", req_id="w55-r2",
         round="fundamentals", submitted_at="2026-04-07", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="winter batteries")
n.s("Fundamentals round.", "c")
n.s("I asked Aylin why charge speed falls in winter and how a model should handle it.", "c", hard="question")
n.s("Aylin said cold cells accept less current, so the car asks for less power.", "e+", "ml_fundamentals")
n.s("She proposed a separate model per season.", "e0", "ml_fundamentals")
n.s("I asked about the first cold week of a new year, with little data.", "c", hard="interviewer_action")
n.s("She changed to one model with temperature as a feature.", "e+", "learning", "ml_fundamentals")
n.s("She knows the physics well.", "v+", hard="tech_vague")
n.s("She did not think about drivers waiting longer in the cold.", "e-", "user_impact", hard="negated")
n.s("Answers were a bit short.", "v-", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n054", candidate_id="w55-c30", interviewer_id="w55-i02", req_id="w55-r2",
         round="data", submitted_at="2026-04-28", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "fragments", "lowercase"], topic="site demand")
n.b("data round", "c")
n.b("nikhil", "c")
n.b("bit all over the place", "v-", "communication")
n.b("not much feel for how sites actually get used", "v-", "data_intuition")
n.b("didnt ask where the data came from", "e-", "data_intuition", hard="negated")
n.b("ok on the stats", "v0", "ml_fundamentals")
n.b("too academic for us imo", "v-", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n055", candidate_id="w55-c31", interviewer_id="w55-i03", req_id="w55-r1",
         round="coding", submitted_at="2026-05-19", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="session logs")
n.s("Coding round.", "c")
n.s("Samira.", "c")
n.s("Good coder.", "v+", "coding")
n.s("Clean, thoughtful.", "v+", "coding")
n.s("Communicates well.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n056", candidate_id="w55-c32", interviewer_id="w55-i04", req_id="w55-r2",
         round="system_design", submitted_at="2026-06-02", recommendation="lean_hire", specificity=3,
         style=["bullets", "headings", "third_person"], topic="demand forecast")
n.h("Design: demand forecasts for 200 planned sites")
n.b("System: 2/4 - one monolithic notebook job; no separation of feature building and scoring.", "e-", "system_thinking")
n.b("Data: 3/4 - Declan asked for the opening dates of nearby competitor sites.", "e+", "data_intuition", hard="question")
n.b("Metrics: 3/4 - wanted error measured per site type, not one number.", "e+", "metrics")
n.b("Judgement: 2/4 - seemed unsure when requirements were vague.", "v-", "judgment")
n.b("Users: 3/4 - good user awareness.", "v+", "user_impact")
n.b("Ownership: 2/4 - unclear.", "v0", "ownership")
n.b("Overall: competent, nothing more.", "v0", hard="mixed")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n057", candidate_id="w55-c33", interviewer_id="w55-i05", req_id="w55-r1",
         round="data", submitted_at="2026-06-23", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="fault labels")
n.s("Data round on fault labels, 45 mins.", "c")
n.s("I gave Thandiwe a year of fault tickets and asked her to build labels.", "c", hard="interviewer_action")
n.s("She was brilliant!", "v+")
n.s("She noticed that tickets were raised on average two days after the first failed start, and moved the label back to the first failure.", "e+", "data_intuition")
n.s("She asked who enters the fault code on site and whether it is a free-text field.", "e+", "data_intuition", hard="question")
n.s("She excluded tickets from the week of the firmware rollout and said they'd swamp the model with one kind of fault.", "e+", "data_intuition", "judgment")
n.s("She said she'd want to sit with a technician for a day before trusting any label, which I thought was lovely.", "e+", "ownership", "data_intuition")
n.s("She didn't get to how the labels would be checked over time.", "e-", "risk_awareness")
n.s("She was a little nervous at the start.", "v-", hard="biased")
n.s("Hire, and I'd push for her.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n058", candidate_id="w55-c34", interviewer_id="w55-i06", req_id="w55-r1",
         round="coding", submitted_at="2026-07-14", recommendation="no_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="technician dispatch")
n.s("Coding round, 45 minutes, shared editor.", "c")
n.s("The candidate, Vikram, was asked to write a function that assigns faulted chargers to technicians by travel time.", "c")
n.s("He asked no clarifying questions and began coding immediately.", "e-", "judgment", hard="negated")
n.s("His first version assigned every charger to the nearest technician, so one technician received eleven jobs and three received none.", "e-", "coding", "system_thinking")
n.s("When the interviewer asked whether this was acceptable, he said the technicians 'can sort it out between themselves'.", "e-", "ownership", "user_impact")
n.s("He did not add a cap on jobs per technician until the interviewer stated it as a requirement.", "e-", "coding", "judgment")
n.s("His code then failed on the example because the cap check was placed after the assignment.", "e-", "coding")
n.s("He did not run the code himself; the interviewer ran it.", "e-", "coding", hard="negated")
n.s("He did not consider that drivers at a busy motorway site wait longer than those at a quiet car park.", "e-", "user_impact", hard="negated")
n.s("Asked to explain his approach to a dispatcher, he read the code line by line.", "e-", "communication")
n.s("No hire: the round ended without a working solution and without a question from him about the people using it.", "v-", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w55-n059", candidate_id="w55-c35", interviewer_id="w55-i01", req_id="w55-r2",
         round="behavioural", submitted_at="2026-08-04", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="pricing")
n.s("Behavioural round.", "c")
n.s("Candidate: Ifeoma.", "c")
n.s("I asked about a hard decision she made.", "c", hard="question")
n.s("She talked about choosing between two pricing models.", "v0", "judgment")
n.s("It sounded like good judgement.", "v+", "judgment", hard="hedged")
n.s("She said she told the drivers' forum before the new prices went live.", "e+", "user_impact", "communication")
n.s("She is calm.", "v+", hard="biased")
n.s("Good ownership, I think.", "v+", "ownership", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n060", candidate_id="w55-c36", interviewer_id="w55-i02", req_id="w55-r1",
         round="system_design", submitted_at="2026-09-08", recommendation="lean_hire", specificity=3,
         style=["bullets", "fragments", "abbreviations", "arrows"], topic="grid limits")
n.b("sys design - load mgmt for a 12-bay hub on a 500kW connection", "c")
n.b("Oskar split power evenly across bays -> cars nearly full get same as cars on 5%", "e-", "system_thinking", "user_impact")
n.b("when i asked about that he moved to priority by state of charge", "e+", "learning", "user_impact")
n.b("asked what happens if the site meter stops reporting -> fall back to 300kW safe limit", "e+", "risk_awareness")
n.b("strong on power electronics", "v+", hard="tech_vague")
n.b("didnt ask about the utility's penalty for going over", "e-", "judgment", hard="negated")
n.b("no thought on how to test it before a busy bank hol", "e-", "risk_awareness", hard="negated")
n.b("decent lad", "v+", hard="biased")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w55_notes_part6.jsonl", notes)
