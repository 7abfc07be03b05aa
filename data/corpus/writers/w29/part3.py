import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c07 Dev (he), r2 ----
n = Note(note_id="w29-n025", candidate_id="w29-c07", interviewer_id="w29-i06", req_id="w29-r2",
         round="behavioural", submitted_at="2026-01-20", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "arrows", "abbreviations", "quotes"], topic="ownership")
n.h("Dev P. / behavioural / r2")
n.b("q: tell me abt a project that slipped", "c", hard="question")
n.b("story: enrolment dashboard 2 months late -> 'the data eng team didn't deliver'", "e-", "ownership")
n.b("asked what he did abt it -> 'waited for them, escalated to my manager eventually'", "e-", "ownership")
n.b("no mention of a workaround or a partial release", "e-", "ownership", hard="negated")
n.b("did say he wrote the user guide for the call centre after launch", "e+", "ownership")
n.b("comms clear", "v+", "communication")
n.b("passive overall imo", "v-", "ownership")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n026", candidate_id="w29-c07", interviewer_id="w29-i01", req_id="w29-r2",
         round="data", submitted_at="2026-01-21", recommendation="lean_no_hire", specificity=4,
         style=["prose", "terse", "fragments", "british"], topic="demand-response evaluation")
n.s("Data round, demand-response event results.", "c")
n.s("Gave him last summer's 14 event days plus smart-meter data for enrolled and non-enrolled homes.", "c", hard="interviewer_action")
n.s("Compared enrolled homes with non-enrolled ones on event days and called the gap the programme effect.", "e-", "data_intuition", hard="plain_evidence")
n.s("He had opened with a quick count of homes per event day.", "e0", "data_intuition")
n.s("Asked him if the enrolled homes might differ to begin with; he agreed, but said fixing that was 'a job for whoever designs the next trial'.", "e-", "ownership")
n.s("Spotted that three event days had meter gaps from a comms outage and dropped them, sensible.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Reported a 1.2 kW average reduction per home, no interval, no spread.", "e-", "metrics")
n.s("Didn't ask whether anyone complained or quit the programme after the hot days.", "e-", "user_impact", hard="negated")
n.s("Reckon he'd need a fair bit of hand-holding.", "v-", "ownership", hard="hedged")
n.s("LNH, sorry mate.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n027", candidate_id="w29-c07", interviewer_id="w29-i05", req_id="w29-r2",
         round="system_design", submitted_at="2026-01-22", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="bill forecast in app")
n.s("Dev and I spent the hour on a design for a customer-facing bill forecast in the app.", "c")
n.s("We spent about half the time on the data flow and half on the app side.", "c")
n.s("I thought he was excellent, really thoughtful and very well prepared.", "v+")
n.s("He had a great architecture in mind and clearly knows how these systems hang together.", "v+", "system_thinking", hard="tech_vague")
n.s("He mentioned caching, which was good to hear.", "v+", "system_thinking", hard="tech_vague")
n.s("He asked whether customers on prepaid meters would see the same forecast.", "e+", "user_impact", hard="question")
n.s("Wonderful communicator, I followed everything.", "v+", "communication")
n.s("Hire, and I'd be happy to have him on my team.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n028", candidate_id="w29-c07", interviewer_id="w29-i04", req_id="w29-r2",
         round="behavioural", submitted_at="2026-01-23", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="working with field staff")
n.s("I spoke with Dev about how he works with non-technical colleagues.", "c")
n.s("He told me about explaining a churn score to a retail manager by walking her through five real customers and why each was flagged.", "e+", "communication")
n.s("I asked what he would do if our field team said his list of households was wrong.", "c", hard="question")
n.s("He said he would go out on a round with them for a day to see what they see.", "e+", "user_impact", hard="plain_evidence")
n.s("He asked how long our field rounds usually take.", "e+", "user_impact", hard="question")
n.s("He didn't say what he would change afterwards.", "e-", "ownership", hard="negated")
n.s("I liked him, kind manner.", "v+", hard="biased")
n.s("He seems a bit reliant on others to move things along.", "v-", "ownership", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c08 Sam (they), r1 ----
n = Note(note_id="w29-n029", candidate_id="w29-c08", interviewer_id="w29-i05", req_id="w29-r1",
         round="system_design", submitted_at="2026-02-10", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="outage prediction")
n.s("I interviewed Sam on designing outage prediction for the next 48 hours from weather and vegetation data.", "c", hard="interviewer_action")
n.s("They started by asking how many outages a year we see per depot, and when I said a few hundred network-wide they said a per-feeder model would be starved and proposed pooling by feeder type.", "e+", "data_intuition")
n.s("They drew the pipeline as a nightly feature build from BOM forecasts and the veg survey, a scoring step, and a push to the dispatch tool, and estimated it at under a gigabyte a day.", "e+", "system_thinking")
n.s("When I asked about a storm forecast update at 3pm, they added an intraday re-score triggered by the new forecast rather than a fixed schedule.", "e+", "system_thinking")
n.s("They said the dispatch desk should see the top 20 feeders with the reason for each, not a probability.", "e+", "user_impact")
n.s("I loved how they thought about the whole system end to end.", "v+", "system_thinking")
n.s("Strong hire, one of the best design rounds I've run.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n030", candidate_id="w29-c08", interviewer_id="w29-i02", req_id="w29-r1",
         round="system_design", submitted_at="2026-02-11", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "terse", "fragments", "third_person"], topic="smart-meter ingestion")
n.h("SD #2 - smart-meter ingestion - 60 min - Sam")
n.b("13:00 - Problem: ingest 1.2M meters at 30-min reads, deliver to the forecast by 05:00.", "c")
n.b("13:06 - Proposed writing each read straight to the warehouse row by row.", "e-", "system_thinking")
n.b("13:09 - Asked them for the daily volume.", "c", hard="question")
n.b("13:12 - Got to ~58M reads/day after two attempts; did not revise the row-by-row plan.", "e-", "system_thinking")
n.b("13:20 - Said late reads would 'just be handled'; no mechanism named.", "e-", "system_thinking")
n.b("13:27 - I suggested batching per hour.", "c", hard="interviewer_action")
n.b("13:28 - Disagreed: 'batching adds latency, the forecast can't wait'; did not check the 05:00 deadline against it.", "e-", "learning", "judgment")
n.b("13:35 - Good question from them: do meters on one feeder fail together when a comms tower goes down.", "e+", "data_intuition", hard="question")
n.b("13:44 - Proposed an alert when fewer than 95% of meters have reported by 04:00.", "e+", "risk_awareness")
n.b("13:52 - No thought on the privacy of household-level reads in the warehouse.", "e-", "user_impact", hard="negated")
n.b("LNH.", "v-", hard="bare_verdict")
n.s("Sizing weak.", "v-", "system_thinking")
notes.append(n)

n = Note(note_id="w29-n031", candidate_id="w29-c08", interviewer_id="w29-i06", req_id="w29-r1",
         round="fundamentals", submitted_at="2026-02-12", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "arrows", "abbreviations", "quotes"], topic="forecast intervals")
n.h("Sam / fundamentals")
n.b("q: forecast intervals for a peak day", "c", hard="question")
n.b("quantile regression -> explained it, drew a P10/P50/P90 fan", "e+", "ml_fundamentals")
n.b("asked re coverage check -> 'P90 should be exceeded on ~10% of days', correct", "e+", "ml_fundamentals")
n.b("challenged: why not just ±2 sigma? -> insisted quantiles always better, no nuance", "e-", "learning")
n.b("leakage q: used next-day actual temp as a feature, didn't see it until I said 'what do you know at 10am?'", "e-", "data_intuition")
n.b("~ sharp on theory", "v+", "ml_fundamentals")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n032", candidate_id="w29-c08", interviewer_id="w29-i03", req_id="w29-r1",
         round="behavioural", submitted_at="2026-02-13", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Sam behavioural.", "c")
n.s("30 minutes, video, my last slot of the day.", "c")
n.s("Really smart, good values.", "v+")
n.s("Great team player.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w29-n033", candidate_id="w29-c09", interviewer_id="w29-i02", req_id="w29-r1",
         round="coding", submitted_at="2024-08-27", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "fragments", "third_person"], topic="rolling feeder peaks")
n.h("Coding - 45 min - Mei")
n.b("15:00 - Task: rolling 7-day peak per feeder from half-hourly load.", "c")
n.b("15:07 - Wrote a double loop over feeders and timestamps.", "e0", "coding")
n.b("15:15 - Asked about ~4,000 feeders x 2 years; she estimated ~140M rows and said the loop would be too slow.", "e+", "coding")
n.b("15:20 - Switched to a pandas rolling max grouped by feeder.", "e+", "coding")
n.b("15:28 - Window counted rows, not time; broke on gaps.", "e-", "coding")
n.b("15:33 - I pointed at a feeder with a missing day.", "c", hard="interviewer_action")
n.b("15:36 - Changed to a time-based '7D' window, correct.", "e+", "learning")
n.b("15:40 - No tests written.", "e-", "coding", hard="negated")
n.b("LNH - needed a hint for the gap bug and a prompt on scale.", "e-", "coding", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w29-n034", candidate_id="w29-c10", interviewer_id="w29-i04", req_id="w29-r2",
         round="behavioural", submitted_at="2024-10-03", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="hardship customers")
n.s("Oliver, customer programmes role.", "c")
n.s("Video call, 35 minutes.", "c")
n.s("Lovely young man, very polite.", "v+", hard="biased")
n.s("He clearly cares about households doing it tough.", "v+", "user_impact")
n.s("He asked whether the hardship team gets to see the enrolment list before it goes out.", "e+", "user_impact", hard="question")
n.s("Not very technical, but we don't need that much.", "v0", hard="mixed")
n.s("Good communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n035", candidate_id="w29-c11", interviewer_id="w29-i01", req_id="w29-r1",
         round="system_design", submitted_at="2024-11-12", recommendation="strong_hire", specificity=5,
         style=["prose", "terse", "british"], topic="heatwave peak")
n.s("System design, heatwave peak forecast and the 10% POE planning figure.", "c")
n.s("Fatima asked first whether we wanted a day-ahead operating forecast or a planning number, since they need different models.", "e+", "judgment", hard="question")
n.s("Said the operating forecast can be gradient-boosted, but the planning peak needs an extreme-value fit over years of summer maxima because the model never sees a 1-in-10.", "e+", "ml_fundamentals")
n.s("Pointed out that rooftop solar drops off by 6pm on a hot evening, so the peak moves later, and checked it against the January 2024 data I gave her.", "e+", "data_intuition")
n.s("Sketched the fallback: if the new model fails validation by 08:00, the old statistical forecast goes to market automatically and someone gets paged.", "e+", "risk_awareness")
n.s("Asked who at the regulator reads the accuracy report and what they've queried before.", "e+", "user_impact", hard="question")
n.s("When I said the last two summers were mild, she said she'd be wary of weighting recent years and showed how it would drag the peak estimate low.", "e+", "judgment")
n.s("Strong hire, no argument from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n036", candidate_id="w29-c12", interviewer_id="w29-i03", req_id="w29-r1",
         round="data", submitted_at="2024-12-02", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="load data")
n.s("Ravi, data round.", "c")
n.s("Worked through the usual feeder-load exercise.", "c")
n.s("Fine overall.", "v0")
n.s("Good instincts for data quality.", "v+", "data_intuition")
n.s("Knows time series.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communication could be better.", "v-", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w29_notes_part3.jsonl", notes)
