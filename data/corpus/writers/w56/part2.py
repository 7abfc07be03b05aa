import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c04 Leila (she), r2 -- strong, partly written up vaguely
n = Note(note_id="w56-n013", candidate_id="w56-c04", interviewer_id="w56-i03", req_id="w56-r2",
         round="fundamentals", submitted_at="2025-11-03", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="extreme events evaluation")
n.s("Fundamentals with Leila.", "c")
n.s("Excellent.", "v+", hard="bare_verdict")
n.s("Very deep on extreme value theory and tail metrics.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Great judgment on the evaluation questions.", "v+", "judgment")
n.s("Asked about evaluation on rare floods; answers were good.", "v+", "metrics")
n.s("Would be a great hire for extremes.", "v+")
n.s("Clear and structured.", "v+", "communication")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n014", candidate_id="w56-c04", interviewer_id="w56-i01", req_id="w56-r2",
         round="data", submitted_at="2025-11-03", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "american"], topic="rare extreme events",
         ratings={"data_intuition": "strong_hire", "metrics": "strong_hire", "user_impact": "hire"})
n.s("Data round, 55 minutes.", "c")
n.s("I gave Leila a table of 40 years of daily maxima from coastal stations and asked her to estimate the 1-in-50-year rainfall.", "c", hard="interviewer_action")
n.s("Before fitting anything she asked whether any stations had moved or changed instruments, and found a step change at one station in 1998 by plotting the annual maxima.", "e+", "data_intuition")
n.s("She fitted a GEV with and without the pre-1998 data and showed the return level shifted by about 18 mm.", "e+", "ml_fundamentals", "data_intuition")
n.s("She reported the return level with a bootstrap interval rather than a single number, and said the interval was the honest answer.", "e+", "metrics", "communication")
n.s("When I asked which figure she would give a municipal drainage engineer, she said the upper end of the interval, because underbuilding floods homes while overbuilding only costs money.", "e+", "judgment", "user_impact")
n.s("I am not certain her handling of the non-stationarity was complete; she mentioned a trend term but did not fit one.", "e-", "ml_fundamentals", hard="hedged")
n.s("She asked who reads our extreme-event reports and whether they had ever misread a return period as a schedule.", "e+", "user_impact", hard="plain_evidence")
n.s("The strongest data round I have run on this req, in my estimation.", "v+")
notes.append(n)

n = Note(note_id="w56-n015", candidate_id="w56-c04", interviewer_id="w56-i06", req_id="w56-r2",
         round="system_design", submitted_at="2025-11-04", recommendation="hire", specificity=2,
         style=["terse", "fragments"], topic="warning system")
n.s("SD: heatwave warning pipeline.", "c")
n.nl()
n.s("Solid design; sensible components.", "v+", "system_thinking")
n.nl()
n.s("Asked who gets warned first; hospitals or public.", "e+", "user_impact")
n.nl()
n.s("Good on trade-offs.", "v+", "judgment")
n.nl()
n.s("Knows warning systems well.", "v+", "system_thinking", hard="tech_vague")
n.nl()
n.s("Time ran short; no risk discussion.", "c")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n016", candidate_id="w56-c04", interviewer_id="w56-i02", req_id="w56-r2",
         round="behavioural", submitted_at="2025-11-05", recommendation="hire", specificity=3,
         style=["prose", "terse", "third_person"], topic="communicating uncertainty")
n.s("Behavioural, 40 min.", "c")
n.s("Leila tell story of warning that cry wolf three times in one month at previous job.", "e0", "user_impact")
n.s("She say she push to change from yes/no warning to probability with color band, and run survey with 30 farmers after.", "e+", "user_impact", "ownership")
n.s("Survey show farmers still want one word, so she add 'act now' label on top.", "e+", "learning", "user_impact")
n.s("Good listener.", "v+", "communication")
n.s("She say she still read the farmer hotline log every month.", "e+", "user_impact", "ownership")
n.s("Ask her about conflict with manager; answer general, no example.", "e-", "communication")
n.s("Bit reserved at start.", "v0", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# c05 Mateo (he), r1 -- poor judgment under ambiguity (two interviewers), passive ownership
n = Note(note_id="w56-n017", candidate_id="w56-c05", interviewer_id="w56-i01", req_id="w56-r1",
         round="system_design", submitted_at="2025-07-21", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="ensemble compute",
         ratings={"judgment": "no_hire", "system_thinking": "lean_hire"})
n.s("I asked Mateo to design the nowcast ensemble for the summer storm season, with the GPU budget left deliberately unspecified.", "c", hard="interviewer_action")
n.s("He did not ask what the budget was and proposed 100 members at 250 m over the whole country.", "e-", "judgment", hard="negated")
n.s("When I told him the budget was about a tenth of that, he kept all 100 members and cut the update to hourly, which defeats the purpose of a nowcast.", "e-", "judgment", "learning")
n.s("His component diagram was tidy: radar ingest, a queue, model workers and a verification job, each with an owner.", "e+", "system_thinking")
n.s("He may have been nervous; the second half went better.", "v0", hard="biased")
n.s("He did propose checking the ensemble spread against observed errors each week, which I appreciated.", "e+", "metrics", "risk_awareness")
n.s("He did not ask who would consume the forecast.", "e-", "user_impact", hard="negated")
n.s("He was also unsure whether a 10-minute update was worth the cost, and never settled it.", "e-", "judgment")
n.s("I lean no hire; I doubt he would make the right call when the constraints are unclear.", "v-", "judgment")
notes.append(n)

n = Note(note_id="w56-n018", candidate_id="w56-c05", interviewer_id="w56-i04", req_id="w56-r1",
         round="fundamentals", submitted_at="2025-07-21", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="radar nowcasting",
         ratings={"ml_fundamentals": "lean_hire", "judgment": "no_hire"})
n.h("Question")
n.b("How to train a nowcast when 2022 radar data uses a different calibration from 2023 onward.", "c", hard="question", marker="1. ")
n.h("Findings")
n.b("Proposed training on all years pooled without adjusting calibration.", "e-", "data_intuition", marker="1. ")
n.b("Explained correctly why the ConvLSTM needs teacher forcing turned off at evaluation.", "e+", "ml_fundamentals", marker="2. ")
n.b("Asked to choose between delaying launch one month or launching with the 2023-only model, answered 'whatever product prefers'.", "e-", "judgment", "ownership", marker="3. ")
n.b("Pressed for his own view, still would not choose.", "e-", "judgment", marker="4. ")
n.b("Described a past project where the data issue was 'handed to the data team' and he moved on.", "e-", "ownership", marker="5. ")
n.b("No mention of how to tell if the launched model was worse than persistence.", "e-", "risk_awareness", "metrics", hard="negated", marker="6. ")
n.h("Verdict")
n.b("NH: decisions under ambiguity below bar, seen twice in 45 min.", "v-", "judgment", marker="")
notes.append(n)

n = Note(note_id="w56-n019", candidate_id="w56-c05", interviewer_id="w56-i05", req_id="w56-r1",
         round="coding", submitted_at="2025-07-22", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="radar nowcasting")
n.s("I had Mateo implement a function that fills short gaps in a radar time series.", "c", hard="interviewer_action")
n.s("He wrote it cleanly in about 20 minutes and added tests for an all-missing series and a single-frame gap without me asking.", "e+", "coding")
n.s("He named things really nicely, which I love.", "v+", "coding")
n.s("He capped interpolation at 3 frames and said longer gaps should be flagged, not filled.", "e+", "data_intuition", "risk_awareness")
n.s("Honestly one of the nicer coders I've seen this quarter.", "v+", "coding")
n.s("He didn't ask what the filled series would be used for.", "e-", "judgment", hard="negated")
n.s("So easy to pair with.", "v+", "communication")
n.s("We ran out of time before complexity.", "c")
n.s("Hire from me!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n020", candidate_id="w56-c05", interviewer_id="w56-i02", req_id="w56-r1",
         round="behavioural", submitted_at="2025-07-23", recommendation="lean_no_hire", specificity=4,
         style=["prose", "terse", "third_person"], topic="forecast failure")
n.s("Behavioural.", "c")
n.s("Ask about forecast that fail in public.", "c", hard="question")
n.s("Mateo talk about Christmas storm where app show sunny, many complaint.", "e0", "user_impact")
n.s("He say root cause was upstream data, not his model, and he not join the postmortem.", "e-", "ownership")
n.s("When I ask what users should see when data stale, he say 'the last forecast, it is fine'.", "e-", "user_impact", "risk_awareness")
n.s("No follow up about the customers who complained.", "e-", "user_impact", hard="negated")
n.s("I give hint about showing 'data delayed' message; he agree but not add it to design.", "e-", "learning")
n.s("Ownership weak.", "v-", "ownership")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# c06 Haruto (he), r2 -- contradiction on communication; adapts after hint
n = Note(note_id="w56-n021", candidate_id="w56-c06", interviewer_id="w56-i02", req_id="w56-r2",
         round="fundamentals", submitted_at="2026-01-12", recommendation="hire", specificity=4,
         style=["prose", "terse", "third_person"], topic="cry wolf warnings")
n.s("Fundamentals, 45 min.", "c")
n.s("Question: choose threshold for storm surge warning, false alarm vs miss.", "c", hard="question")
n.s("Haruto first pick threshold that maximize F1.", "e0", "metrics")
n.s("I hint that miss and false alarm cost not equal; he redo with cost matrix and ask me what one evacuation cost.", "e+", "learning", "metrics")
n.s("He explain to me in simple word why F1 ignore the costs, two sentence only.", "e+", "communication", "metrics")
n.s("He ask how often the town already evacuate for nothing, because trust drop after many false alarm.", "e+", "user_impact")
n.s("Clear communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n022", candidate_id="w56-c06", interviewer_id="w56-i05", req_id="w56-r2",
         round="system_design", submitted_at="2026-01-12", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="event organisers")
n.s("I asked Haruto to design a rain-risk service for outdoor event organisers.", "c", hard="interviewer_action")
n.s("He spoke for about fifteen minutes before I could get a question in, and I lost the thread twice.", "e-", "communication")
n.s("When I finally asked him to summarize, he gave a crisp three-part answer, so it's in there!", "e+", "communication")
n.s("He proposed an hourly probability per venue plus a 'go/no-go' by a cutoff time the organiser sets.", "e+", "user_impact", "system_thinking")
n.s("He asked if organisers could pick their own risk tolerance, nice.", "e+", "user_impact", "judgment", hard="plain_evidence")
n.s("Really knows his cloud stuff.", "v+", "system_thinking", hard="tech_vague")
n.s("I didn't hear anything about monitoring, but maybe we just didn't get there.", "e-", "risk_awareness", hard="hedged")
n.s("Lean hire, he's lovely but needs to breathe!", "v0", hard="biased")
notes.append(n)

n = Note(note_id="w56-n023", candidate_id="w56-c06", interviewer_id="w56-i04", req_id="w56-r2",
         round="data", submitted_at="2026-01-13", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="station data gaps",
         ratings={"data_intuition": "hire", "coding": "hire"})
n.h("Exercise")
n.b("Build features for a hail-damage model from crowd reports and radar.", "c", marker="1. ")
n.h("Findings")
n.b("Noticed crowd reports cluster around cities and asked how we would avoid labelling rural storms as no-hail.", "e+", "data_intuition", "user_impact", marker="1. ")
n.b("Proposed treating absence of report as unknown, not negative, and showed the label counts change from 4,100 to 1,300 negatives.", "e+", "data_intuition", marker="2. ")
n.b("Wrote the spatial join in geopandas; correct on the sample, one unnecessary full-table copy.", "e0", "coding", hard="mixed", marker="3. ")
n.b("After I pointed to the timestamp column, fixed a leak where reports made after insurance claims were used as features.", "e0", "data_intuition", "learning", marker="4. ")
n.b("Summarised the label issue for a non-technical PM in one sentence when asked.", "e+", "communication", marker="5. ")
n.h("Verdict")
n.b("H; one leak missed, fixed quickly.", "v+", marker="")
notes.append(n)

n = Note(note_id="w56-n024", candidate_id="w56-c06", interviewer_id="w56-i06", req_id="w56-r2",
         round="behavioural", submitted_at="2026-01-14", recommendation="lean_hire", specificity=1,
         style=["terse", "fragments"], topic="ownership")
n.s("Behavioural; 30 min.", "c")
n.nl()
n.s("Told of leading a drought index rollout; gave few specifics.", "v0", "ownership")
n.nl()
n.s("Rambles.", "v-", "communication")
n.nl()
n.s("Owns mistakes, seems.", "v+", "ownership", hard="hedged")
n.nl()
n.s("Fine on collaboration, I think.", "v+", hard="hedged")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w56_notes_part2.jsonl", notes)
