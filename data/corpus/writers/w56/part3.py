import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Priya (she), r1 -- offline metric as truth, seen by one interviewer only
n = Note(note_id="w56-n025", candidate_id="w56-c07", interviewer_id="w56-i04", req_id="w56-r1",
         round="system_design", submitted_at="2026-02-09", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="airport nowcasting",
         ratings={"metrics": "no_hire", "system_thinking": "hire"})
n.h("Prompt")
n.b("Design a 0-60 min thunderstorm nowcast for an airport operations center.", "c", marker="1. ")
n.h("Findings")
n.b("Split the system into radar ingest, nowcast model, alert service and a verification store; sized ingest at one 2 MB frame every 5 min per radar.", "e+", "system_thinking", marker="1. ")
n.b("Stated the new model 'will cut weather delays by 15%' because CSI rose 15% on the 2024 backtest.", "e-", "metrics", marker="2. ")
n.b("Asked whether backtest gains translate to fewer delays, said 'that's what CSI measures'.", "e-", "metrics", "learning", marker="3. ")
n.b("No shadow period proposed before the ops center relies on it.", "e-", "risk_awareness", hard="negated", marker="4. ")
n.b("Added a latency budget of 90 s from radar scan to alert and checked each stage fitted.", "e+", "system_thinking", marker="5. ")
n.h("Verdict")
n.b("LNH; design sound, but treats an offline score as the business result.", "v-", "metrics", marker="")
notes.append(n)

n = Note(note_id="w56-n026", candidate_id="w56-c07", interviewer_id="w56-i05", req_id="w56-r1",
         round="fundamentals", submitted_at="2026-02-09", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="radar nowcasting")
n.s("What a great hour with Priya!", "v+")
n.s("I asked her to walk me through how she'd train a nowcasting model from scratch.", "c", hard="interviewer_action")
n.s("She explained that she'd predict the next 12 frames autoregressively and said errors compound with each step, so she'd train with scheduled sampling.", "e+", "ml_fundamentals")
n.s("She told me her CSI on the public benchmark beat the published baseline by 15%, and I mean, that's a result right there.", "e-", "metrics")
n.s("She's super sharp.", "v+")
n.s("I asked how she'd know the model was working after launch.", "c", hard="question")
n.s("She said she'd keep tracking CSI on the live radar, which sounded great to me.", "e+", "metrics")
n.s("I also asked about physics models and she said she'd use NWP as an input channel past 2 hours.", "e+", "ml_fundamentals")
n.s("Would love to work with her, SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n027", candidate_id="w56-c07", interviewer_id="w56-i06", req_id="w56-r1",
         round="coding", submitted_at="2026-02-10", recommendation="hire", specificity=4,
         style=["terse", "fragments", "abbreviations"], topic="radar nowcasting")
n.s("Coding; radar tile mosaicking; 45 min.", "c")
n.nl()
n.s("Clarified overlap rule before coding; max vs mean.", "e+", "judgment")
n.nl()
n.s("Clean numpy; vectorized the blend in one pass.", "e+", "coding")
n.nl()
n.s("Tested w/ two tiles and a missing tile.", "e+", "coding")
n.nl()
n.s("Missed NaN propagation in mean; fixed when test failed.", "e0", "coding", hard="mixed")
n.nl()
n.s("Talked through choices as she went; easy to follow.", "v+", "communication")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n028", candidate_id="w56-c07", interviewer_id="w56-i03", req_id="w56-r1",
         round="behavioural", submitted_at="2026-02-11", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="teamwork")
n.s("Behavioural with Priya.", "c")
n.s("Good vibes overall.", "v+", hard="biased")
n.s("Seems to take ownership.", "v+", "ownership", hard="hedged")
n.s("Talked about a project she led.", "v0", "ownership")
n.s("Team player.", "v+", hard="biased")
n.s("Communication fine.", "v0", "communication")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

# c08 Diego (he), r2 -- ignores user harm, seen by two
n = Note(note_id="w56-n029", candidate_id="w56-c08", interviewer_id="w56-i01", req_id="w56-r2",
         round="system_design", submitted_at="2026-03-16", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="flood warnings",
         ratings={"user_impact": "no_hire", "system_thinking": "hire"})
n.s("System design, 50 minutes.", "c")
n.s("I asked Diego to design flash-flood warnings for a mid-sized river city.", "c", hard="interviewer_action")
n.s("He laid out gauge ingest, a gradient-boosted model per catchment, and a push notification service, and estimated peak load from 400k app users.", "e+", "system_thinking")
n.s("When I raised that low-lying neighborhoods have fewer app users, he said they could 'watch the news instead'.", "e-", "user_impact")
n.s("He did not consider that a warning delivered only in English would miss a large share of the city.", "e-", "user_impact", hard="negated")
n.s("He proposed an automatic rollback if the warning rate tripled day over day, which is a sensible guard.", "e+", "risk_awareness")
n.s("I suspect he was optimizing for the design he had prepared rather than the question asked.", "v-", "judgment", hard="hedged")
n.s("My lean is no hire, chiefly on the question of who the warnings are for.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w56-n030", candidate_id="w56-c08", interviewer_id="w56-i06", req_id="w56-r2",
         round="fundamentals", submitted_at="2026-03-16", recommendation="no_hire", specificity=4,
         style=["terse", "fragments"], topic="crop insurance")
n.s("Fundamentals; drought model for crop insurance payouts.", "c")
n.nl()
n.s("Good on bias/variance; picked simpler model given 12 seasons of data.", "e+", "ml_fundamentals", "judgment")
n.nl()
n.s("Asked if small farms get worse errors; said 'fairness isn't a weather problem'.", "e-", "user_impact")
n.nl()
n.s("No thought for farmers denied a payout by a false negative.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Said early stopping on one held-out season would overfit that season; proposed leave-one-season-out.", "e+", "ml_fundamentals")
n.nl()
n.s("Not a user-minded candidate.", "v-", "user_impact", hard="negated")
n.nl()
n.s("Pushed again; same answer.", "e-", "learning")
n.nl()
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n031", candidate_id="w56-c08", interviewer_id="w56-i02", req_id="w56-r2",
         round="coding", submitted_at="2026-03-17", recommendation="hire", specificity=3,
         style=["prose", "terse", "third_person"], topic="extreme events")
n.s("Coding, 45 min.", "c")
n.s("Task: find longest run of days above 35C per station from a messy csv.", "c")
n.s("Diego ask first if missing day should break the run, good question.", "e+", "judgment", "data_intuition")
n.s("He write groupby plus run-length in pandas, correct for all my test case.", "e+", "coding")
n.s("He add test for station with only one row by himself.", "e+", "coding")
n.s("Variable name a bit messy.", "v0", "coding")
n.s("He ask if output go to dashboard or to alert, to know the format.", "e+", "judgment", hard="plain_evidence")
n.s("Strong coder.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n032", candidate_id="w56-c08", interviewer_id="w56-i05", req_id="w56-r2",
         round="behavioural", submitted_at="2026-03-18", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="ownership")
n.s("Diego and I had a really easy conversation.", "v+")
n.s("He told me he rebuilt his team's evaluation harness over a weekend because the old one was too slow.", "e+", "ownership")
n.s("He's got tons of drive.", "v+", "ownership", hard="vague_quantity")
n.s("I asked how he'd handle a warning that went out wrong.", "c", hard="question")
n.s("He said he'd 'look into it', which is fair!", "e-", "ownership")
n.s("I didn't get to the customer questions, we ran long.", "c")
n.s("Great fit for the team!", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history notes
n = Note(note_id="w56-n033", candidate_id="w56-c09", interviewer_id="w56-i01", req_id="w56-r1",
         round="fundamentals", submitted_at="2024-10-08", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="physics vs ML")
n.s("Fundamentals round; the candidate, Farah, was asked when a data-driven nowcast should hand over to NWP.", "c")
n.s("She answered that the crossover is around two hours for convective rain, citing skill curves from a paper she had read.", "e+", "ml_fundamentals")
n.s("Asked how she would find the crossover for our own domain, she proposed computing FSS against lead time for both systems on a held-out summer.", "e+", "metrics")
n.s("She appeared comfortable with the physics, perhaps more than with the ML side.", "v0", "ml_fundamentals", hard="hedged")
n.s("Her account of why spectral nudging helps was not quite right, in my view.", "e-", "ml_fundamentals")
n.s("She asked what verification data we had for the coastal domain.", "e+", "data_intuition")
n.s("She did not ask about compute limits.", "e-", "judgment", hard="negated")
n.s("A reasonable, if unspectacular, lean hire.", "v0")
notes.append(n)

n = Note(note_id="w56-n034", candidate_id="w56-c10", interviewer_id="w56-i03", req_id="w56-r2",
         round="system_design", submitted_at="2024-11-19", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="warning system")
n.s("SD w/ Oskar.", "c")
n.s("Decent.", "v0", hard="bare_verdict")
n.s("Covered the main pieces.", "v0", "system_thinking")
n.s("A bit light on risk stuff.", "v-", "risk_awareness")
n.s("Nothing jumped out.", "v0")
n.s("LH I guess.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n035", candidate_id="w56-c11", interviewer_id="w56-i04", req_id="w56-r1",
         round="debugging", submitted_at="2024-12-03", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="radar nowcasting",
         ratings={"coding": "hire", "risk_awareness": "hire"})
n.h("Exercise")
n.b("Nowcast output shifted 1 pixel east every run; candidate given the pipeline repo and logs.", "c", marker="1. ")
n.h("Findings")
n.b("Reproduced the shift on one frame before reading code.", "e+", "coding", marker="1. ")
n.b("Bisected the pipeline stages and found the reprojection used pixel corners while the model used centers.", "e+", "coding", marker="2. ")
n.b("Wrote a regression test asserting a point storm stays in place.", "e+", "coding", "risk_awareness", marker="3. ")
n.b("Asked how long the bug had been live and whether alerts sent in that window needed review.", "e+", "risk_awareness", "user_impact", marker="4. ")
n.b("Did not check whether training data had the same shift.", "e-", "data_intuition", hard="negated", marker="5. ")
n.h("Verdict")
n.b("H; methodical.", "v+", marker="")
notes.append(n)

n = Note(note_id="w56-n036", candidate_id="w56-c12", interviewer_id="w56-i05", req_id="w56-r2",
         round="fundamentals", submitted_at="2025-01-27", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person", "american"], topic="rare extreme events")
n.s("I really enjoyed chatting with Wen.", "v+")
n.s("She knows so much about rare-event modeling, it was a pleasure.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("When I asked how she'd evaluate a tornado model she mentioned the precision-recall curve.", "v+", "metrics", hard="tech_vague")
n.s("She'd fit right in here.", "v+", hard="biased")
n.s("Super articulate.", "v+", "communication")
n.s("SH!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n037", candidate_id="w56-c13", interviewer_id="w56-i06", req_id="w56-r1",
         round="system_design", submitted_at="2025-02-11", recommendation="no_hire", specificity=3,
         style=["terse", "fragments"], topic="ensemble compute")
n.s("SD; ensemble nowcast on fixed budget.", "c")
n.nl()
n.s("Weak on scale.", "v-", "system_thinking")
n.nl()
n.s("Put all 50 members on one GPU node; no estimate of runtime.", "e-", "system_thinking")
n.nl()
n.s("Asked why; 'it should fit'.", "e-", "judgment")
n.nl()
n.s("Hinted at splitting by region; didn't take it.", "e-", "learning")
n.nl()
n.s("Decent on verification.", "v+", "metrics")
n.nl()
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w56_notes_part3.jsonl", notes)
