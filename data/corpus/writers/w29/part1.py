import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c01 Priya (she), r1 ----
n = Note(note_id="w29-n001", candidate_id="w29-c01", interviewer_id="w29-i02", req_id="w29-r1",
         round="system_design", submitted_at="2025-03-11", recommendation="hire", specificity=5,
         style=["bullets", "terse", "fragments", "third_person", "british"], topic="day-ahead load forecasting",
         ratings={"system_thinking": "hire", "risk_awareness": "lean_hire"})
n.h("Round 2 - system design - 60 min")
n.b("14:00 - Asked P. to design the day-ahead load forecast pipeline for the whole network, 48 half-hour intervals per feeder.", "c", hard="interviewer_action")
n.b("14:04 - First question back: when does the weather forecast land, and when is the market submission cutoff.", "e+", "judgment", hard="question")
n.b("14:09 - Drew ingestion -> feature build -> model -> reconciliation to zone totals -> publish; put the reconciliation step in before I asked about consistency.", "e+", "system_thinking")
n.b("14:15 - Sized it at ~4,000 feeders x 48 intervals and said a nightly batch on one machine would do, no streaming needed.", "e+", "system_thinking", "judgment")
n.b("14:21 - Raised that rooftop solar sits behind the meter, so feeder load is net of generation, and proposed an estimated-PV feature from irradiance.", "e+", "data_intuition", hard="plain_evidence")
n.b("14:27 - I asked what happens if the weather feed is late.", "c", hard="question")
n.b("14:28 - Answer: fall back to the old regression forecast, flag the run, page on-call if the fallback is used two days running.", "e+", "risk_awareness")
n.b("14:35 - Proposed MAPE per feeder, then said MAPE blows up on feeders near zero net load at midday and switched to MAE scaled by peak.", "e+", "metrics")
n.b("14:42 - Pushed her on heatwave peaks; she admitted the model would likely under-forecast a 1-in-10-year day and suggested a separate check against the 10% POE figure.", "e+", "risk_awareness", "judgment")
n.b("14:50 - Did not discuss how the forecasts are monitored once published.", "e-", "risk_awareness", hard="negated")
n.b("14:55 - Ran over; no time for regulator reporting.", "c")
n.b("14:58 - She asked what the on-call rota looks like for the forecasting team.", "e0")
n.b("Verdict: H - sized the design, had a fallback, handled solar unprompted.", "e+", "system_thinking", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w29-n002", candidate_id="w29-c01", interviewer_id="w29-i05", req_id="w29-r1",
         round="coding", submitted_at="2025-03-12", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="smart-meter data quality")
n.s("I had Priya for the coding round and honestly it was one of the more enjoyable hours I've had this quarter.", "v+")
n.s("I gave her a list of smart-meter readings at half-hour intervals with gaps and duplicates and asked her to write a function returning daily consumption per meter, flagging days with too much missing data.", "c", hard="interviewer_action")
n.s("She asked straight away whether a duplicate timestamp with two different readings should keep the later one or be flagged, which is exactly the thing our data team argues about.", "e+", "data_intuition", hard="question")
n.s("Her first version sorted by meter and timestamp, dropped exact duplicates and summed per day.", "e0", "coding")
n.s("When I pointed out that daylight-saving days have 46 or 50 intervals, she changed the completeness check from a fixed 48 to the expected count for that date within a couple of minutes.", "e+", "learning", "coding")
n.s("She wrote three small tests, including an all-missing day, and ran them before telling me she was done.", "e+", "coding", hard="plain_evidence")
n.s("One test failed because her function returned 0 instead of None for the all-missing day; she fixed it and explained that a zero would look like a real reading to the billing system.", "e+", "coding", "data_intuition")
n.s("I think she might have missed that some meters report cumulative register values rather than interval reads, but we ran out of time before I could raise it.", "e-", "data_intuition", hard="hedged")
n.s("Really strong coder, very clean.", "v+", "coding")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n003", candidate_id="w29-c01", interviewer_id="w29-i01", req_id="w29-r1",
         round="data", submitted_at="2025-03-12", recommendation="hire", specificity=3,
         style=["prose", "terse", "fragments", "british"], topic="outage prediction")
n.s("Data round.", "c")
n.s("Gave her the outage table joined to BOM weather and the veg-management schedule.", "c", hard="interviewer_action")
n.s("Asked where the outage labels come from before touching a model.", "e+", "data_intuition", hard="question")
n.s("Worked out that planned outages were mixed in with the faults and pulled them out.", "e+", "data_intuition", hard="plain_evidence")
n.s("Good catch.", "v+", "data_intuition")
n.s("Started with a plain logistic regression as a baseline, then moved to boosted trees.", "e0", "ml_fundamentals")
n.s("Knows her way around a feeder, fair enough.", "v+")
n.s("Bit keen on gradient boosting for everything.", "v-", "ml_fundamentals", hard="hedged")
n.s("Didn't ask how often the veg data gets refreshed, which matters since some depots only survey yearly.", "e-", "data_intuition", hard="negated")
n.s("Handled the class imbalance fine.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Hire, no dramas.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n004", candidate_id="w29-c01", interviewer_id="w29-i03", req_id="w29-r1",
         round="behavioural", submitted_at="2025-03-14", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="behavioural")
n.s("Behavioural round with Priya.", "c")
n.s("45 minutes, in person at the Docklands office.", "c")
n.s("Great energy, really came across well.", "v+", hard="biased")
n.s("Good ownership of her past projects.", "v+", "ownership")
n.s("Communicates clearly.", "v+", "communication")
n.s("Lots of experience with forecasting at scale.", "v+", hard="vague_quantity")
n.s("Some concerns about stakeholder handling but nothing major.", "v0", "communication", hard="mixed")
n.s("Would be a good addition to the team.", "v+", hard="bare_verdict")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c02 Tomasz (he), r1 ----
n = Note(note_id="w29-n005", candidate_id="w29-c02", interviewer_id="w29-i06", req_id="w29-r1",
         round="fundamentals", submitted_at="2025-05-06", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "arrows", "abbreviations", "fragments", "lowercase"], topic="load forecasting")
n.h("Fundamentals - Tomasz - r1")
n.b("q: why would a load model trained on 2019-22 underperform in 2024?", "c", hard="question")
n.b("T -> 'more data fixes it', no mention of rooftop PV moving the midday trough", "e-", "data_intuition")
n.b("started from a seasonal naive baseline (same day last week)", "e0", "ml_fundamentals")
n.b("hinted: what changed on the network? -> got to solar after ~2 min, then explained the shift properly", "e+", "learning")
n.b("quantile loss: wrote pinball loss correctly on the board, explained the asymmetry for P90", "e+", "ml_fundamentals")
n.b("said val MAPE 3.1% on 2023 = 'done, ship it'", "e-", "metrics")
n.b("asked abt heatwave days specifically -> said avg MAPE covers it", "e-", "metrics")
n.b("pushed back -> 'the number is the number'", "e-", "learning")
n.b("decent on bias/var", "v+", "ml_fundamentals", hard="tech_vague")
n.b("LNH - treats the offline metric as the truth, worrying for a forecasting role", "v-", "metrics")
notes.append(n)

n = Note(note_id="w29-n006", candidate_id="w29-c02", interviewer_id="w29-i02", req_id="w29-r1",
         round="data", submitted_at="2025-05-07", recommendation="no_hire", specificity=5,
         style=["bullets", "terse", "third_person", "fragments"], topic="smart-meter gaps")
n.h("Data exercise - smart-meter gaps - 45 min")
n.b("10:02 - Gave T. three months of half-hourly reads for 2,000 meters, ~6% missing, asked for a cleaned daily series for the forecast.", "c", hard="interviewer_action")
n.b("10:06 - Started in pandas, filled every gap with forward-fill without looking at where the gaps were.", "e-", "data_intuition")
n.b("10:14 - Showed him a meter with a 9-day gap.", "c", hard="interviewer_action")
n.b("10:15 - Said forward-fill was 'standard' and kept it.", "e-", "learning")
n.b("10:22 - Computed a before/after error on the filled series and called it 0.4%, which measures the fill against itself.", "e-", "metrics")
n.b("10:30 - Did not ask whether gaps line up with outages (they do: meters go dark when the feeder is down).", "e-", "data_intuition", hard="negated")
n.b("10:34 - Code ran first time, sensible function names.", "e+", "coding", hard="plain_evidence")
n.b("10:40 - Asked him who gets hurt if a filled value understates peak demand; he said 'nobody, it's an aggregate'.", "e-", "user_impact")
n.b("10:44 - Wrap-up.", "c")
n.b("NH - kept forward-fill after seeing the 9-day gap, self-referential error number, no thought for peak under-forecast.", "e-", "data_intuition", "metrics", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w29-n007", candidate_id="w29-c02", interviewer_id="w29-i05", req_id="w29-r1",
         round="system_design", submitted_at="2025-05-08", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="outage prediction")
n.s("I asked Tomasz to design an outage prediction service that gives the dispatch desk a ranked list of feeders at risk for the next 24 hours.", "c", hard="interviewer_action")
n.s("He got going quickly and I really liked his energy.", "v+", hard="biased")
n.s("He split it into a nightly feature job pulling weather, vegetation and asset age, a scoring job, and a small API the dispatch tool can poll, which was a sensible shape.", "e+", "system_thinking")
n.s("He was very confident that an AUC of 0.91 on last year's storms meant the crews would be in the right place, which I admired.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("When I asked what the dispatchers actually do with the list, he said that was 'an ops question'.", "e-", "user_impact")
n.s("I pushed a little on what happens if the weather API goes down mid-storm and he got a bit defensive, saying the API has 99.9% uptime.", "e-", "risk_awareness", "learning")
n.s("To be fair he then added a cached last-known forecast as a fallback once I asked a second time.", "e0", "risk_awareness", "learning", hard="mixed")
n.s("Knows his cloud tooling inside out.", "v+", "system_thinking", hard="tech_vague")
n.s("We spent most of the hour on the architecture and only the last ten minutes on monitoring.", "c")
n.s("Overall a strong technical candidate who needs a bit of polish.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n008", candidate_id="w29-c02", interviewer_id="w29-i04", req_id="w29-r1",
         round="behavioural", submitted_at="2025-05-09", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="bill shock")
n.s("I asked Tomasz to tell me about a time his work affected customers directly.", "c", hard="question")
n.s("The interview was 40 minutes, by video.", "c")
n.s("He talked about a pricing project at his last job, where he said his model cut the trading desk's forecast error by a fifth.", "e+", "ownership")
n.s("When I asked whether any households saw a change in their bills because of it, he said he never looked.", "e-", "user_impact", hard="negated")
n.s("I described a customer whose bill tripled during the January heatwave and asked what he would want the team to do.", "c", hard="interviewer_action")
n.s("He suggested a better network forecast, but didn't mention contacting her or checking whether she was on a hardship plan.", "e-", "user_impact")
n.s("When I pressed, he said the contact centre handles that side.", "e-", "ownership")
n.s("He did explain the forecast to me in plain words, calling it 'our best guess at tomorrow's demand, plus a safety margin'.", "e+", "communication", hard="plain_evidence")
n.s("I don't think he sees the people at the end of the wire.", "v-", "user_impact")
n.s("Lean no hire from me.", "v-", hard="bare_verdict")
notes.append(n)

# ---- candidate c03 Aroha (she), r2 ----
n = Note(note_id="w29-n009", candidate_id="w29-c03", interviewer_id="w29-i03", req_id="w29-r2",
         round="data", submitted_at="2025-07-21", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="demand response")
n.s("Data round, demand-response enrolment data.", "c")
n.s("Aroha was very strong on the data side.", "v+", "data_intuition")
n.s("She split the enrolment table by year before doing anything else.", "e0", "data_intuition")
n.s("Knew all the right techniques for handling missing data and imbalance.", "v+", "data_intuition", hard="tech_vague")
n.s("She asked about the enrolment dates, which I hadn't thought about.", "e+", "data_intuition", hard="question")
n.s("Good communicator, clear.", "v+", "communication")
n.s("Seemed to care about the customer side.", "v+", "user_impact", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n010", candidate_id="w29-c03", interviewer_id="w29-i04", req_id="w29-r2",
         round="behavioural", submitted_at="2025-07-22", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "quotes", "british"], topic="demand-response enrolment")
n.s("We talked about demand-response programmes and who ends up enrolled.", "c")
n.s("Aroha said that in her last role the opt-in programme had mostly signed up homeowners with pool pumps and solar, and renters were almost absent.", "e+", "user_impact", hard="plain_evidence")
n.s("She told me she had pulled the enrolment list by postcode and shown her manager that the lower-income suburbs were getting none of the rebates.", "e+", "user_impact", "ownership")
n.s("Her fix, in her words, was to 'go to where people are', so they ran sign-ups through the hardship team and the local councils.", "e+", "user_impact")
n.s("I asked what she would do if a household with life-support equipment were offered a peak-time curtailment.", "c", hard="question")
n.s("She said those households should never be in the automatic group and that she would check the sensitive-customer register before every event, not once a year.", "e+", "user_impact", "risk_awareness")
n.s("She also asked me how many complaints we get after each event, which nobody has asked me in these interviews before.", "e+", "user_impact", hard="question")
n.s("When I said our complaint data is messy, she asked whether complaints are tagged by suburb so she could compare.", "e+", "data_intuition")
n.s("She explained a two-group comparison to me in plain terms: 'half the streets get the text, half don't, then we compare bills'.", "e+", "communication", hard="plain_evidence")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n011", candidate_id="w29-c03", interviewer_id="w29-i01", req_id="w29-r2",
         round="system_design", submitted_at="2025-07-22", recommendation="hire", specificity=4,
         style=["prose", "terse", "fragments", "british"], topic="demand-response selection")
n.s("Asked her to design the pipeline that picks households for tomorrow's demand-response event.", "c", hard="interviewer_action")
n.s("Whiteboard, 50 minutes.", "c")
n.s("First thing she asked was how many megawatts we need to shed and how much notice households get.", "e+", "judgment", hard="question")
n.s("Put selection as a daily batch off the forecast, with a manual override for the control room.", "e+", "system_thinking")
n.s("Worked out ~8,000 homes at 2.5 kW each for 20 MW, then said she'd over-enrol by a third because plenty won't respond.", "e+", "judgment")
n.s("Bit hand-wavy on how the response data gets back in.", "v-", "system_thinking", hard="hedged")
n.s("Didn't cover what happens if the SMS gateway falls over on event day.", "e-", "risk_awareness", hard="negated")
n.s("Asked her to cut it to a one-week pilot; she dropped the model and proposed random selection among eligible homes so the pilot doubles as a trial.", "e+", "judgment")
n.s("Sensible operator.", "v+", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n012", candidate_id="w29-c03", interviewer_id="w29-i06", req_id="w29-r2",
         round="fundamentals", submitted_at="2025-07-23", recommendation="hire", specificity=3,
         style=["bullets", "terse", "arrows", "abbreviations", "lowercase"], topic="uplift modelling")
n.h("Aroha / fundamentals / 45m")
n.b("q: how to pick who gets the rebate offer", "c", hard="question")
n.b("uplift vs response model q -> explained why targeting by predicted response wastes rebates on ppl who'd cut anyway", "e+", "ml_fundamentals")
n.b("calibration - solid", "v+", "ml_fundamentals", hard="tech_vague")
n.b("metric: picked kWh reduction per enrolled home over enrolment rate, called enrolment rate a vanity #", "e+", "metrics")
n.b("stats ok", "v0", "ml_fundamentals")
n.b("a bit slow on the causal stuff", "v-", "ml_fundamentals", hard="hedged")
n.b("strong comms", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w29_notes_part1.jsonl", notes)
