import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c04 Priya Raghunathan (she), r2 routing; coding contradiction ----------------
n = Note(note_id="w30-n013", candidate_id="w30-c04", interviewer_id="w30-i01", req_id="w30-r2",
         round="coding", submitted_at="2025-11-03", recommendation="hire",
         specificity=4, style=["prose", "third_person", "fragments", "british"], topic="driver routes")
n.s("Coding, 55 min.", "c")
n.s("Problem: given list of stops with time windows, check if route is feasible and return first violated stop.", "c")
n.s("Candidate asked whether time windows can cross midnight before writing code.", "e+", "judgment", hard="question")
n.s("Wrote single pass with running clock, waiting time added when driver arrives early.", "e+", "coding")
n.s("Wrote four tests herself: empty route, one stop, arrival exactly at window end, window across midnight.", "e+", "coding")
n.s("Test with window end failed, she found off-by-one in comparison in two minutes and fixed it.", "e+", "coding")
n.s("Follow-up: what if service time is unknown for new addresses.", "c", hard="question")
n.s("Proposed median service time per building type, flagged it as assumption to check with drivers.", "e+", "judgment", "data_intuition")
n.s("Did not discuss complexity until I asked, then answered correctly.", "e0", "coding", hard="mixed")
n.s("Code was clean, good variable names.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n014", candidate_id="w30-c04", interviewer_id="w30-i07", req_id="w30-r2",
         round="debugging", submitted_at="2025-11-04", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "lowercase", "terse", "abbreviations", "typos"], topic="optimiser fallback")
n.b("debug round: route optimiser times out, fallback returns empty plan", "c")
n.b("spent ~15 min reading the solver config instead of the stack trace", "e-", "coding")
n.b("i pointed at the trace", "c", hard="interviewer_action")
n.b("found the None check was missing after that, but fix broke the greedy fallback test", "e-", "coding", "learning")
n.b("never ran the full test suite before saying done", "e-", "coding", hard="negated")
n.b("did say drivers cant leave the depot w/o a plan so any fallback beats an empty one", "e+", "user_impact", "judgment")
n.b("coding felt shaky tbh, suprised given the other round", "v-", "coding")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n015", candidate_id="w30-c04", interviewer_id="w30-i04", req_id="w30-r2",
         round="system_design", submitted_at="2025-11-05", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="optimiser fallback")
n.s("I asked Priya to design the morning route planning for a depot with 80 vans, where the optimiser sometimes runs past the 6am loading deadline.", "c")
n.s("First thing she asked was what the vans do today if there is no plan at 6am.", "e+", "judgment", "risk_awareness", hard="plain_evidence")
n.s("I told her what we did at my old depot: the shift lead hands out yesterday's routes and everyone grumbles.", "c")
n.s("She built on that, saying the system should always keep a yesterday's-routes plan ready and only swap it for the optimiser's plan if it finishes by 5:40.", "e+", "risk_awareness", "system_thinking")
n.s("She also said the optimiser should give back its best plan so far instead of nothing when the clock runs out.", "e+", "system_thinking")
n.s("She asked how many drivers already go over their hours on a bad day, because a late plan would make that worse.", "e+", "user_impact")
n.s("She never got to how the team would know the fallback had been used, which I'd want logged.", "e-", "risk_awareness", hard="negated")
n.s("Good head on her shoulders.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n016", candidate_id="w30-c04", interviewer_id="w30-i06", req_id="w30-r2",
         round="behavioural", submitted_at="2025-11-05", recommendation="lean_hire",
         specificity=5, style=["headings", "prose", "third_person", "british"], topic="late-delivery compensation",
         ratings={"ownership": "hire", "user_impact": "hire", "communication": "lean_hire"})
n.h("Ownership")
n.s("Priya described a bug she shipped in a refund model at her previous company that denied automatic compensation to about 2,000 customers over a weekend.", "e0", "ownership")
n.s("She said she found it herself from a spike in support tickets on Monday, rolled back, and wrote the incident review.", "e+", "ownership", "risk_awareness")
n.s("She also named the missing test she should have written and said she added it to the team's release checklist.", "e+", "ownership")
n.h("User impact")
n.s("When I asked what happened to those customers, she said the team re-ran the decisions and paid them, and she pushed for an apology email, which her manager first resisted.", "e+", "user_impact", "ownership")
n.h("Communication")
n.s("Her answers were long; on the second question I had to cut in to get to the result.", "e-", "communication")
n.s("Explained the refund logic to me without jargon when I asked.", "e+", "communication")
n.h("Judgement")
n.s("Asked to choose between a faster launch and a fairness review of the compensation model, she picked a two-week delay and said the extra cost of compensating slightly more people was cheaper than the complaints.", "e+", "judgment", "user_impact")
n.h("Overall")
n.s("Lean hire, only held back because the answers needed steering to land.", "v0", "communication")
notes.append(n)

# ---------------- c05 Kenji Watanabe (he), r1; no rollback thinking (two), passive ownership ----------------
n = Note(note_id="w30-n017", candidate_id="w30-c05", interviewer_id="w30-i02", req_id="w30-r1",
         round="system_design", submitted_at="2026-02-09", recommendation="no_hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="peak volume forecasting",
         ratings={"risk_awareness": "no_hire", "system_thinking": "lean_hire", "metrics": "lean_no_hire"})
n.s("System design, 60 min.", "c")
n.s("Design: replace the spreadsheet-based peak volume forecast used by 40 depots with a model, live before Black Friday.", "c")
n.nl()
n.b("Drew a sensible pipeline: nightly ingestion of scan counts, feature store, weekly LightGBM retrain, results to the planning dashboard.", "e+", "system_thinking", marker="1. ")
n.b("Sized storage correctly: around 40 depots times 5 years of daily counts, which he called tiny and kept in one table.", "e+", "system_thinking", marker="2. ")
n.b("Proposed switching all 40 depots to the model on the same day, with no parallel run against the spreadsheet.", "e-", "risk_awareness", "judgment", marker="3. ")
n.b("When I asked what happens if the forecast is badly wrong in week one of peak, he said \"we retrain with the new data\".", "e-", "risk_awareness", marker="4. ")
n.b("I asked about rollback twice; no answer beyond retraining.", "e-", "risk_awareness", hard="negated", marker="5. ")
n.b("Chose RMSE on the daily totals and did not ask how planners use the number.", "e-", "metrics", "user_impact", marker="6. ")
n.b("Did not ask about the deadline or whether a partial launch was acceptable.", "e-", "judgment", hard="negated", marker="7. ")
n.nl()
n.s("No hire: findings 3 to 5 are a real risk for a team that ships into peak.", "e-", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w30-n018", candidate_id="w30-c05", interviewer_id="w30-i06", req_id="w30-r1",
         round="data", submitted_at="2026-02-10", recommendation="lean_no_hire",
         specificity=4, style=["headings", "prose", "third_person", "british"], topic="scanner label noise",
         ratings={"data_intuition": "hire", "risk_awareness": "no_hire"})
n.h("Data intuition")
n.s("Given a month of scan events, Kenji spotted within ten minutes that one depot's scanners reported parcels in batches every hour instead of one by one.", "e+", "data_intuition")
n.s("He proposed aggregating to daily counts so the batching did not matter, and checked that the daily totals matched the manifest counts.", "e+", "data_intuition", "judgment")
n.h("Risk awareness")
n.s("I asked how he would catch the next scanner fault before it reached the forecast.", "c", hard="question")
n.s("He said the model is robust to noise, so monitoring was not needed.", "e-", "risk_awareness")
n.s("He did not suggest any alert on row counts or on a depot going silent.", "e-", "risk_awareness", hard="negated")
n.h("Learning")
n.s("When I gave the example of a depot with zero scans for a day because of a power cut, he agreed a check would help and sketched one.", "e0", "learning", hard="mixed")
n.h("Overall")
n.s("Strong data instincts, weak on failure modes, same gap as in the design round.", "v0", "data_intuition", "risk_awareness", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n019", candidate_id="w30-c05", interviewer_id="w30-i04", req_id="w30-r1",
         round="behavioural", submitted_at="2026-02-10", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="ownership")
n.s("I asked Kenji about a time something he built went wrong in production.", "c")
n.s("He told me about a demand model that over-forecast for a month, and said the data team should have caught the bad input.", "e-", "ownership")
n.s("When I asked what he did himself, he said he waited for them to fix the feed.", "e-", "ownership")
n.s("He didn't mention talking to the warehouse people who had booked extra staff off his numbers.", "e-", "user_impact", hard="negated")
n.s("He's polite and calm.", "v+", hard="biased")
n.s("Knows his models, no doubt.", "v+", "ml_fundamentals")
n.s("But I didn't hear much about him taking charge.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n020", candidate_id="w30-c05", interviewer_id="w30-i03", req_id="w30-r1",
         round="fundamentals", submitted_at="2026-02-11", recommendation="hire",
         specificity=1, style=["prose", "third_person"], topic="forecasting fundamentals")
n.s("Kenji did well on fundamentals.", "v+", "ml_fundamentals")
n.s("Knows gradient boosting inside out and has a good feel for bias-variance.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Answered everything I asked.", "v+", hard="vague_quantity")
n.s("Could maybe be a bit more structured.", "v-", "communication", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c06 Amara Diallo (she), r2; strong, user impact ----------------
n = Note(note_id="w30-n021", candidate_id="w30-c06", interviewer_id="w30-i05", req_id="w30-r2",
         round="system_design", submitted_at="2026-03-02", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="delivery ETA")
n.s("Such a good session, honestly one of the best design rounds I've done this year.", "v+")
n.s("I asked Amara to design the ETA window we send customers the evening before delivery.", "c")
n.s("She started by asking what the customer does with the window: stay home, arrange a neighbour, or nothing.", "e+", "user_impact", hard="question")
n.s("From that she argued that a narrow window that is wrong is worse than a wider one that holds, and proposed measuring the share of deliveries inside the promised window instead of MAE.", "e+", "metrics", "user_impact")
n.s("She split the system into an overnight batch estimate and a morning update once routes are fixed, and explained why the second one needs the optimiser's output.", "e+", "system_thinking")
n.s("She asked whether late-delivery compensation is triggered by the window we send, since that changes how cautious the window should be.", "e+", "judgment", "user_impact")
n.s("She checked whether rural customers got worse windows than city ones and suggested reporting the hit rate by region.", "e+", "user_impact", "metrics")
n.s("Didn't spend much time on the storage side, which is fine for this role.", "e0", "system_thinking", hard="mixed")
n.s("Brilliant communicator.", "v+", "communication")
n.s("Strong hire, no question.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n022", candidate_id="w30-c06", interviewer_id="w30-i01", req_id="w30-r2",
         round="debugging", submitted_at="2026-03-03", recommendation="hire",
         specificity=4, style=["prose", "third_person", "fragments", "british"], topic="delivery ETA")
n.s("Debugging: ETA model in staging predicts negative travel times for some stops.", "c")
n.s("Candidate first reproduced issue on three stops, then looked at features.", "e+", "coding")
n.s("Found that distance feature used straight-line km but target was road minutes, and ferry stops had huge gap.", "e+", "data_intuition")
n.s("Did not find second bug (clipping removed in refactor) until I asked where negative values could come from.", "e-", "coding", hard="negated")
n.s("After hint, added clip and unit test for zero and negative outputs.", "e+", "learning", "coding")
n.s("Asked what customer sees if ETA is negative, answered herself: app shows \"arriving now\", bad.", "e+", "user_impact")
n.s("Solid.", "v+", hard="bare_verdict")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n023", candidate_id="w30-c06", interviewer_id="w30-i07", req_id="w30-r2",
         round="coding", submitted_at="2026-03-03", recommendation="hire",
         specificity=2, style=["bullets", "lowercase", "terse"], topic="driver routes")
n.b("coding, route merge problem", "c")
n.b("good", "v+", hard="bare_verdict")
n.b("clean code, knows python well", "v+", "coding", hard="tech_vague")
n.b("asked about ties before coding", "e+", "judgment")
n.b("hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n024", candidate_id="w30-c06", interviewer_id="w30-i02", req_id="w30-r2",
         round="behavioural", submitted_at="2026-03-04", recommendation="hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="depot overrides",
         ratings={"judgment": "hire", "user_impact": "strong_hire", "ownership": "hire"})
n.s("Behavioural, 45 min.", "c")
n.s("Questions: a conflict with operations, a decision with incomplete data, a mistake.", "c")
n.nl()
n.b("Conflict: depot managers at her last company overrode 30% of model routes; she analysed the overrides and found most avoided a road closed to vans over 3.5 tonnes, which the map data lacked.", "e+", "data_intuition", "user_impact", marker="1. ")
n.b("She fixed the road data rather than arguing for fewer overrides, and the override rate fell to about 8% in two months, by her account.", "e+", "ownership", "judgment", marker="2. ")
n.b("Incomplete data: launched a new ETA model in one region first because two regions had no historic GPS, and said why.", "e+", "judgment", "risk_awareness", marker="3. ")
n.b("Mistake: could not name one of her own; the example she gave was a colleague's error that she helped fix.", "e-", "ownership", marker="4. ")
n.b("When I asked again for her own mistake, she gave a weaker one about a missed deadline with no detail.", "e-", "ownership", marker="5. ")
n.nl()
n.s("Hire: findings 1 to 3 are strong; finding 4 is a small gap, not a blocker.", "v+")
notes.append(n)

save_notes("data/corpus/raw/w30_notes_part2.jsonl", notes)
print(len(notes), "notes")
