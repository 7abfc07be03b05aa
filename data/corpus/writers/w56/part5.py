import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w56-n050", candidate_id="w56-c26", interviewer_id="w56-i04", req_id="w56-r1",
         round="debugging", submitted_at="2026-01-20", recommendation="lean_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="forecast failure",
         ratings={"coding": "hire", "ownership": "lean_hire", "communication": "lean_no_hire"})
n.h("Exercise")
n.b("Replay of the Easter Monday incident: nowcast showed clear skies while a squall line crossed the city.", "c", marker="1. ")
n.b("Candidate given logs, config diff and the frames from that morning.", "c", marker="2. ")
n.h("Findings")
n.b("Opened the radar frames first and saw the last four were identical, so the model had been fed a frozen input.", "e+", "coding", "data_intuition", marker="1. ")
n.b("Traced the freeze to a holiday cron schedule that skipped the ingest restart; took 14 min.", "e+", "coding", marker="2. ")
n.b("Proposed a staleness check that blocks publication if the newest frame is older than 15 min.", "e+", "risk_awareness", marker="3. ")
n.b("Did not propose alerting a human when the block fires; app would just go blank.", "e-", "risk_awareness", "user_impact", hard="negated", marker="4. ")
n.b("Said he would write the incident review and name the missing check as the team's gap, not the on-call's.", "e+", "ownership", marker="5. ")
n.b("Explained the root cause to me in a long, unordered monologue; asked to restate, still took 5 min.", "e-", "communication", marker="6. ")
n.b("Asked whether the event organisers who had relied on the forecast that morning had been contacted.", "e+", "user_impact", hard="plain_evidence", marker="7. ")
n.b("Suggested adding ensemble spread to the app without saying how a user would read it.", "e-", "user_impact", "communication", marker="8. ")
n.b("When I noted the staleness check itself could fail silently, added a heartbeat metric on it.", "e+", "learning", "risk_awareness", marker="9. ")
n.h("Verdict")
n.b("LH: debugging strong, explanation weak.", "v+", marker="")
notes.append(n)

n = Note(note_id="w56-n051", candidate_id="w56-c27", interviewer_id="w56-i05", req_id="w56-r1",
         round="system_design", submitted_at="2026-02-03", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="physics vs ML")
n.s("System design round with Astrid, about an hour.", "c")
n.s("I asked her how she'd blend our ML nowcast with the national NWP model for a 0-12 hour product.", "c", hard="interviewer_action")
n.s("She started by asking me how often the NWP run arrives and how late, and I loved that.", "e+", "judgment", "system_thinking")
n.s("When I said every 3 hours and about 90 minutes late, she drew a timeline showing the ML nowcast would be the only fresh input for the first 2-3 hours after each run.", "e+", "system_thinking")
n.s("She proposed lead-time-dependent blend weights learned from a year of verification, updated monthly.", "e+", "ml_fundamentals", "system_thinking")
n.s("She didn't think about what happens at the switch point, where the blend could jump visibly on the map.", "e-", "user_impact", hard="negated")
n.s("When I pointed out the jump, she suggested smoothing the weights over 30 minutes and said users notice jumps more than small errors.", "e+", "learning", "user_impact")
n.s("She sized storage for the verification archive at roughly 3 TB a year and was fine keeping it hot.", "e+", "system_thinking")
n.s("I asked about a rollback and she said she'd keep the old blend running in shadow for a month.", "e+", "risk_awareness")
n.s("She told me her last team's blend went wrong when someone changed the NWP grid, and she was the one who added the grid check to CI.", "e+", "ownership", "risk_awareness")
n.s("She's very easy to talk to.", "v+", "communication")
n.s("She is obviously brilliant.", "v+")
n.s("Hire from me, happily.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n052", candidate_id="w56-c28", interviewer_id="w56-i02", req_id="w56-r2",
         round="data", submitted_at="2026-02-24", recommendation="lean_no_hire", specificity=4,
         style=["prose", "terse", "third_person"], topic="rare extreme events")
n.s("Data round, 45 min.", "c")
n.s("Task: build training label for 'extreme rain day' from gauge and radar.", "c")
n.s("Joao define extreme as top 1% over all stations together.", "e0", "data_intuition")
n.s("I ask if dry station and wet station same threshold; he say yes, simpler.", "e-", "data_intuition", "judgment")
n.s("So almost all label come from mountain station, he not notice until I show map.", "e-", "data_intuition")
n.s("After map he change to per-station percentile, good.", "e+", "learning")
n.s("He not ask how the label will be used, for farmer or for city.", "e-", "user_impact", hard="negated")
n.s("Code in SQL fine, window function correct.", "e+", "coding")
n.s("He explain the change to me clear.", "e+", "communication")
n.s("He say data check is 'for data engineering team' when I ask who validate.", "e-", "ownership")
n.s("Not ready for this level.", "v-")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n053", candidate_id="w56-c29", interviewer_id="w56-i01", req_id="w56-r2",
         round="fundamentals", submitted_at="2026-03-10", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="cry wolf warnings")
n.s("Fundamentals round, 50 minutes.", "c")
n.s("I asked Noor how she would set the threshold for a hail warning sent to farmers.", "c", hard="question")
n.s("She proposed maximizing accuracy on the validation set.", "e-", "metrics")
n.s("When I noted hail occurs on under 2% of days, she switched to the F1 score, which is an improvement, though still blind to costs.", "e0", "metrics", "learning")
n.s("She did not ask what a farmer does when warned, or what it costs to cover a crop.", "e-", "user_impact", "judgment", hard="negated")
n.s("I asked whether farmers might stop heeding warnings after several false alarms, and she said that was 'a communication team issue'.", "e-", "user_impact", "ownership")
n.s("Her explanation of precision and recall was, as far as I could tell, correct.", "e0", "ml_fundamentals", hard="hedged")
n.s("She could not say how she would estimate recall when most hail is never reported.", "e-", "data_intuition", "metrics")
n.s("I am fairly confident this is not a fit for the Extreme Events req at present.", "v-")
notes.append(n)

n = Note(note_id="w56-n054", candidate_id="w56-c30", interviewer_id="w56-i06", req_id="w56-r1",
         round="coding", submitted_at="2026-03-24", recommendation="strong_hire", specificity=5,
         style=["terse", "fragments", "abbreviations"], topic="radar nowcasting")
n.s("Coding; advect a rain field by a motion vector; 45 min.", "c")
n.nl()
n.s("Asked about boundary handling before writing anything; chose zero-fill, said why.", "e+", "judgment", "coding")
n.nl()
n.s("Semi-Lagrangian backtrack w/ bilinear interp; correct first run.", "e+", "coding")
n.nl()
n.s("Wrote 3 tests unprompted: zero motion, integer shift, mass check.", "e+", "coding")
n.nl()
n.s("Mass test failed; found interp losing 2% per step; said it smooths peaks, explained impact on heavy rain.", "e+", "coding", "ml_fundamentals")
n.nl()
n.s("Offered nearest-neighbour fallback; noted trade-off vs blockiness.", "e+", "judgment")
n.nl()
n.s("Vectorized loop when asked about 2000x2000; timed it at ~0.3 s.", "e+", "coding", "system_thinking")
n.nl()
n.s("Explained each step in one line as he typed.", "v+", "communication")
n.nl()
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n055", candidate_id="w56-c31", interviewer_id="w56-i03", req_id="w56-r1",
         round="fundamentals", submitted_at="2026-04-07", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="radar nowcasting")
n.s("Fundamentals w/ Tariq.", "c")
n.s("Knows ConvLSTMs and diffusion models pretty well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He said he'd start from persistence as a baseline.", "e+", "ml_fundamentals", "metrics")
n.s("Couldn't really say how he'd check the model on rare storms.", "e-", "metrics")
n.s("I asked about physics vs ML.", "c", hard="question")
n.s("Some ideas there.", "v0")
n.s("Communication ok.", "v0", "communication")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n056", candidate_id="w56-c32", interviewer_id="w56-i04", req_id="w56-r2",
         round="behavioural", submitted_at="2026-04-21", recommendation="hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="communicating uncertainty",
         ratings={"ownership": "hire", "communication": "hire"})
n.h("Questions")
n.b("A time you had to explain forecast uncertainty to a non-expert; a time you disagreed with a senior.", "c", hard="question", marker="1. ")
n.h("Findings")
n.b("Described presenting a 60% flood probability to a county board who wanted yes/no; showed them last year's warnings and how many verified.", "e+", "communication", "user_impact", marker="1. ")
n.b("Said the board then asked for a 'stand-by' tier, which she built in two weeks.", "e+", "ownership", "user_impact", marker="2. ")
n.b("On the disagreement: her lead wanted to ship a model trained without 2021; she ran both versions on the 2021 floods and brought the numbers.", "e+", "judgment", "ownership", marker="3. ")
n.b("Could not say what she would have done if the numbers had been ambiguous.", "e-", "judgment", marker="4. ")
n.b("Gave answers in order, each under two minutes.", "v+", "communication", marker="5. ")
n.b("Did not mention any follow-up after the tier launched.", "e-", "ownership", hard="negated", marker="6. ")
n.h("Verdict")
n.b("H.", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w56-n057", candidate_id="w56-c33", interviewer_id="w56-i05", req_id="w56-r2",
         round="data", submitted_at="2026-05-05", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="station data gaps")
n.s("I did the data round with Emeka today.", "c")
n.s("I gave him the farmer-network stations with their gaps and asked him to build a frost-risk training set.", "c", hard="interviewer_action")
n.s("He filled every gap with linear interpolation, including a 9-day outage, and I think he was happy with that.", "e-", "data_intuition")
n.s("When I asked about the 9 days, he immediately said that was wrong for frost because nights are the point, and dropped it.", "e+", "learning", "data_intuition")
n.s("He's really good with pandas.", "v+", "coding")
n.s("He asked if farmers get the frost alert by SMS and whether they pay for it, which I found super thoughtful.", "e+", "user_impact")
n.s("He did not set aside any test period, so we never saw a score.", "e-", "metrics", hard="negated")
n.s("Such a lovely guy, I'd get a beer with him.", "v+", hard="biased")
n.s("Overall I'd say hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n058", candidate_id="w56-c34", interviewer_id="w56-i02", req_id="w56-r1",
         round="coding", submitted_at="2026-05-19", recommendation="no_hire", specificity=4,
         style=["prose", "terse", "third_person"], topic="radar nowcasting")
n.s("Coding, 45 min.", "c")
n.s("Task: compute CSI between forecast and observed radar grid at threshold.", "c")
n.s("Clara write loop over pixel in pure python, very slow, she not test on big grid.", "e-", "coding")
n.s("She swap hits and false alarm in the formula, result above 1 on my example and she not notice.", "e-", "coding", "metrics")
n.s("I say CSI cannot be above 1; she say maybe my example is wrong.", "e-", "learning")
n.s("Second hint she find the swap.", "e0", "learning", "coding")
n.s("No handle for grid with no rain at all, divide by zero.", "e-", "coding", hard="negated")
n.s("She explain her plan at start clearly.", "e+", "communication")
n.s("Not ready.", "v-")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n059", candidate_id="w56-c35", interviewer_id="w56-i01", req_id="w56-r1",
         round="system_design", submitted_at="2026-06-02", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="airport nowcasting")
n.s("System design round, 50 minutes, on a wind-shear alert for two regional airports.", "c")
n.s("The candidate, Dmitri, was told the Doppler radar at one airport is down about 5% of the time.", "c")
n.s("He designed a single pipeline that assumed both radars were always available.", "e-", "system_thinking", "risk_awareness")
n.s("Reminded of the outage, he proposed falling back to the neighboring airport's radar, though without checking whether its coverage reached the runway.", "e0", "learning", "risk_awareness")
n.s("He appeared to understand the physics of microbursts well.", "v+")
n.s("He asked the air traffic controllers' tolerance for false alerts before choosing a threshold.", "e+", "judgment", "user_impact")
n.s("His explanations were, on the whole, orderly.", "v+", "communication")
n.s("He proposed measuring success as alerts per month, which says nothing about missed events.", "e-", "metrics")
n.s("He did not estimate latency end to end.", "e-", "system_thinking", hard="negated")
n.s("A cautious lean hire; worth probing metrics in another round.", "v0")
notes.append(n)

n = Note(note_id="w56-n060", candidate_id="w56-c36", interviewer_id="w56-i06", req_id="w56-r2",
         round="system_design", submitted_at="2026-06-16", recommendation="lean_hire", specificity=3,
         style=["terse", "fragments", "abbreviations"], topic="event organisers")
n.s("SD; festival weather service; 45 min.", "c")
n.nl()
n.s("Asked what decisions organisers make & when; stage closure at 2h notice.", "e+", "user_impact", "judgment")
n.nl()
n.s("Per-venue hourly probs; cached; fine.", "e0", "system_thinking")
n.nl()
n.s("Solid grasp of scaling.", "v+", "system_thinking", hard="tech_vague")
n.nl()
n.s("No plan if forecast feed goes stale on event day.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Pushed; added staleness banner, not an alert to organiser.", "e0", "learning", "risk_awareness")
n.nl()
n.s("Said he'd own the on-call for launch weekend.", "e+", "ownership")
n.nl()
n.s("Talks in circles sometimes.", "v-", "communication")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w56_notes_part5.jsonl", notes)
