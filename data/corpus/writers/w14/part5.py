import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w14-n041", candidate_id="w14-c17", interviewer_id="w14-i01", req_id="w14-r1",
         round="behavioural", submitted_at="2025-11-04", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british", "typos"], topic="behavioural")
n.s("Behavioural with Liam, 45 min, ran a bit over because he likes a yarn.", "c")
n.s("Asked him about the worst launch he'd been part of.", "c", hard="interviewer_action")
n.s("Told me about a hotel-photo ranking model at his last place that pushed listings with pool shots to the top and buried the city apartments; he said he was the one who caught it, from a drop in bookings for one-bedroom flats, and wrote the rollback PR himself.", "e+", "ownership", "risk_awareness")
n.s("Good stuff, but when I asked what he'd changed in the review process afterwards he said 'nothing really, it was a one-off'.", "e-", "ownership", hard="mixed")
n.s("I then asked how he explains ranking changes to hotel partners.", "c", hard="question")
n.s("He waffled for a fair while and I never got an actual example out of him.", "e-", "communication")
n.s("He's clearly a decent operator though.", "v+")
n.s("Likeable bloke, I'd have a beer with him.", "v+", hard="biased")
n.s("Lean hire, wouldnt fight for it.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n042", candidate_id="w14-c18", interviewer_id="w14-i02", req_id="w14-r1",
         round="system_design", submitted_at="2025-11-18", recommendation="hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="marketplace experiments",
         ratings={"system_thinking": "strong_hire", "metrics": "hire", "user_impact": "hire"})
n.s("System design, 50 minutes.", "c")
n.s("Brief: test a new hotel ranking that boosts small independent properties, without the test itself distorting the marketplace.", "c")
n.b("Opened by noting that if treated users book more independents, control users face fewer available rooms at those hotels, so a user-level A/B overstates the effect.", "e+", "system_thinking", "metrics", marker="1. ")
n.b("Proposed a city-level switchback, alternating daily across 40 cities, and estimated 6 weeks to detect a 1.5% change in bookings per search.", "e+", "metrics", marker="2. ")
n.b("Identified carry-over: bookings made on a treatment day can be cancelled on a control day, so she would analyse on booking date and drop a one-day buffer after each switch.", "e+", "metrics", "data_intuition", marker="3. ")
n.b("Raised the supply side unprompted: chains might cut their commission bids if visibility fell, and she wanted partner revenue as a guardrail.", "e+", "user_impact", "system_thinking", marker="4. ")
n.b("Her sizing used a cluster count (40) that is too small for the variance she had assumed; when I asked for the intra-city correlation she had no number.", "e-", "metrics", marker="5. ")
n.b("Stopped twice to summarise where she was, unprompted.", "e+", "communication", marker="6. ")
n.blank()
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Point 5 is the only material gap.", "v0", "metrics")
notes.append(n)

n = Note(note_id="w14-n043", candidate_id="w14-c19", interviewer_id="w14-i03", req_id="w14-r2",
         round="data", submitted_at="2025-11-20", recommendation="no_hire", specificity=2,
         style=["terse", "lowercase"], topic="demand forecasting")
n.s("data round, forecasting.", "c")
n.nl()
n.s("not strong enough on data.", "v-", "data_intuition")
n.s("didn't look at the missing weeks at all.", "e-", "data_intuition", hard="negated")
n.s("no hire", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n044", candidate_id="w14-c20", interviewer_id="w14-i04", req_id="w14-r1",
         round="system_design", submitted_at="2025-12-02", recommendation="hire", specificity=4,
         style=["qa", "headings", "first_person"], topic="booking fraud",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "hire"})
n.h("Q1: Design fraud screening for new bookings, 8k bookings/min at peak.")
n.s("Asked what share of bookings are pay-now vs pay-at-hotel, since the fraud looks different for each.", "e+", "judgment", hard="question")
n.s("Proposed sync rules at checkout (<30ms) plus an async model scoring within 2 min that can cancel before confirmation email goes out.", "e+", "system_thinking")
n.h("Q2: The model starts blocking 3x more bookings on a Friday night. What happens?")
n.s("Said she'd want an alert on block rate per market vs. the same hour last week, a cap that auto-reverts to rules-only if the block rate crosses 2x, and a pager rota.", "e+", "risk_awareness")
n.s("Also said she'd sample blocked bookings into a manual review queue to measure false positives.", "e+", "risk_awareness", "metrics")
n.h("Q3: Who gets hurt by false positives?")
n.s("Named travellers with foreign cards and first-time users, and proposed a fallback to 3DS instead of a hard decline.", "e+", "user_impact")
n.s("Didn't mention the hotels losing the booking until I asked.", "e-", "user_impact", hard="negated")
n.h("Summary")
n.s("Very good on risk.", "v+", "risk_awareness")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n045", candidate_id="w14-c21", interviewer_id="w14-i06", req_id="w14-r2",
         round="behavioural", submitted_at="2025-12-09", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="behavioural")
n.b("behav 40m", "c")
n.b("q: project you drove end to end?", "c", hard="question")
n.b("C: forecasting dashboard -> but 'my manager scoped it, I built the charts'", "e-", "ownership")
n.b("q: what broke after launch?", "c", hard="question")
n.b("C: 'nothing I know of' -> never checked usage", "e-", "ownership", "user_impact", hard="negated")
n.b("explained a 3-stage pipeline clearly w/ a diagram on the spot", "e+", "communication")
n.b("asked me good q re team's on-call split", "e+", "risk_awareness", hard="question")
n.b("low drive imo", "v-", "ownership")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n046", candidate_id="w14-c22", interviewer_id="w14-i07", req_id="w14-r1",
         round="system_design", submitted_at="2025-12-16", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="dynamic pricing",
         ratings={"risk_awareness": "strong_hire", "judgment": "strong_hire", "system_thinking": "hire"})
n.s("System design round, 55 minutes, on a dynamic pricing service for hotels that opt in to automated rates.", "c")
n.s("The interviewer set a constraint halfway through: the launch date had moved forward by six weeks.", "c", hard="interviewer_action")
n.s("Elena started by asking what hotels could override, and proposed that every automated price sit inside a band the hotel sets, so the model can never price below the owner's floor.", "e+", "user_impact", "risk_awareness")
n.s("She split the service into a nightly batch that computes demand curves and a request-time adjuster that applies competitor and inventory signals within 40ms.", "e+", "system_thinking")
n.s("When the deadline moved, she dropped the request-time adjuster for launch and kept the batch path, explaining that it removed the riskiest component and still covered 80% of the expected gain.", "e+", "judgment")
n.s("For launch she proposed a 5% hotel holdout, a daily comparison of RevPAR and occupancy against matched controls, and an automatic revert to manual rates for any hotel whose occupancy fell more than 10 points week on week.", "e+", "risk_awareness", "metrics")
n.s("She raised price fairness herself, saying she would not use device or location of the searcher as pricing inputs and would log every price change with its reason for audit.", "e+", "user_impact")
n.s("The interviewer challenged the holdout as costly for the hotels left out.", "c", hard="interviewer_action")
n.s("She agreed it had a cost, shortened it to three weeks, and offered the held-out hotels the new system first afterwards.", "e+", "learning", "judgment")
n.s("Her estimate of the batch job's run time was off by an order of magnitude, which she corrected when asked to show the arithmetic.", "e0", "system_thinking", hard="mixed")
n.s("She kept the discussion structured, recapping the decisions at the end in four short points.", "e+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n047", candidate_id="w14-c23", interviewer_id="w14-i05", req_id="w14-r2",
         round="data", submitted_at="2026-01-13", recommendation="hire", specificity=2,
         style=["prose", "american"], topic="demand shocks")
n.s("Data round, 45 min, on forecasting through the 2020 shock.", "c")
n.s("Marcus was wonderful, an incredibly gifted data scientist!", "v+")
n.s("His understanding of time series is off the charts, and he knows a hundred ways to handle shocks.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("He made the smart call to look at the pandemic years separately before training anything.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Stellar communicator, super clear.", "v+", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n048", candidate_id="w14-c24", interviewer_id="w14-i01", req_id="w14-r1",
         round="coding", submitted_at="2026-01-20", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="currency conversion")
n.s("Coding, 45 min, in our usual scratch editor that nobody likes.", "c")
n.s("Asked Nadia to write a function converting a list of booking amounts into EUR with daily rates, some days missing.", "c", hard="interviewer_action")
n.s("First thing she did was ask whether to carry the last known rate forward or fail, and whether weekends count as missing.", "e+", "judgment", hard="question")
n.s("Went with carry-forward capped at three days, raising beyond that, and wrote it in about fifteen minutes.", "e+", "coding", "judgment")
n.s("Her first test used a rate of 1.0 for everything, which wouldn't catch much; she swapped it for real-looking rates when I raised an eyebrow.", "e0", "coding", hard="mixed")
n.s("Then she spotted on her own that two of my sample rows were in GBP pence, not pounds, from the magnitude alone.", "e+", "data_intuition", hard="plain_evidence")
n.s("Didn't write anything for the empty list case.", "e-", "coding", hard="negated")
n.s("Talks while she types, which I appreciated since the editor kept freezing.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n049", candidate_id="w14-c25", interviewer_id="w14-i03", req_id="w14-r1",
         round="system_design", submitted_at="2026-02-03", recommendation="lean_no_hire", specificity=1,
         style=["terse"], topic="ranking system")
n.s("Didn't really get to a design.", "v-", "system_thinking")
n.s("Bit junior for this.", "v-")
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n050", candidate_id="w14-c26", interviewer_id="w14-i02", req_id="w14-r2",
         round="debugging", submitted_at="2026-02-10", recommendation="lean_hire", specificity=4,
         style=["bullets", "first_person", "british"], topic="multi-currency data quality",
         ratings={"data_intuition": "hire", "risk_awareness": "lean_no_hire"})
n.s("Debugging, 45 minutes.", "c")
n.s("Scenario: revenue forecast for Turkey is 40% above actuals for March; lira depreciated 12% that month.", "c")
n.b("Checked whether the forecast was in lira or euro before anything else.", "e+", "data_intuition", marker="1. ")
n.b("Found the training target mixed both: bookings before a 2023 migration stored EUR, after it TRY.", "e+", "data_intuition", marker="2. ")
n.b("Proposed converting everything to EUR at the booking-date rate; estimated that alone would remove about 30 of the 40 points.", "e+", "data_intuition", marker="3. ")
n.b("Did not propose any check to stop the next currency change going unnoticed.", "e-", "risk_awareness", hard="negated", marker="4. ")
n.b("When I asked, suggested a monthly manual review, which would have missed this by three weeks.", "e-", "risk_awareness", marker="5. ")
n.b("Explained the mixed-currency problem to me in under a minute with a two-row example.", "e+", "communication", marker="6. ")
n.blank()
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Diagnosis good; prevention weak.", "v0", "risk_awareness", "data_intuition", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w14_notes_part5.jsonl", notes)
