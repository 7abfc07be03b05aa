import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Sam Whitfield (they), r1 ----
n = Note(note_id="w27-n013", candidate_id="w27-c04", interviewer_id="w27-i07", req_id="w27-r1",
         round="data", submitted_at="2025-05-20", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="fare evasion")
n.s("I asked Sam to take our fare evasion inspection data and suggest where inspectors should go next quarter.", "c", hard="interviewer_action")
n.s("They got into the data really quickly, and I loved how they joined the inspection logs to the station entries by hour without any fuss.", "e+", "coding")
n.s("Their model ranked stations by predicted evasion rate very neatly, and the top ten were mostly on the south side, which they said is where inspectors should focus.", "e-", "data_intuition", hard="verdict_plus_evidence")
n.s("I asked whether the inspection data might just reflect where we already send inspectors.", "c", hard="question")
n.s("Sam said that was a fair point but \"the model only sees the numbers, so it's objective.\"", "e-", "user_impact")
n.s("I appreciated the confidence there.", "v+", hard="biased")
n.s("They also told me about a ridership dashboard they built at their last job that the whole planning team now opens every morning.", "e+", "ownership")
n.s("When I asked what they'd do if the dashboard broke, they said they'd \"raise a ticket with IT and wait.\"", "e-", "ownership")
n.s("Lovely to talk to, really easygoing.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n014", candidate_id="w27-c04", interviewer_id="w27-i04", req_id="w27-r1",
         round="behavioural", submitted_at="2025-05-21", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="fare evasion and over-policing")
n.s("My question to Sam was simple: if your model sends more fare inspectors to one neighborhood, who pays for that?", "c", hard="question")
n.s("Sam said the people who don't pay would pay, and that was the point.", "e-", "user_impact", hard="plain_evidence")
n.s("I told them that at our south-side stations a ticket can turn into a court date for someone who couldn't find $2.50.", "c", hard="interviewer_action")
n.s("They nodded and went back to talking about precision at the top ten stations.", "e-", "user_impact", "learning", hard="plain_evidence")
n.s("They never asked who the riders at those stations are.", "e-", "user_impact", hard="negated")
n.blank()
n.s("Asked about a mistake they made, they talked about a report with a wrong total and said \"the data team upstream had changed a column, so it wasn't really on me.\"", "e-", "ownership")
n.s("I didn't hear anything about what they did after that.", "e-", "ownership", hard="negated")
n.s("Nice enough person.", "v0", hard="biased")
n.s("I can't support this one.", "v-", hard="bare_verdict")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n015", candidate_id="w27-c04", interviewer_id="w27-i01", req_id="w27-r1",
         round="fundamentals", submitted_at="2025-05-22", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="fare evasion classification")
n.s("The candidate was examined on classification fundamentals, with fare evasion detection as the setting.", "c", hard="question")
n.s("It was stated by the candidate that, with evasion found on roughly 3% of inspected trips, accuracy would be misleading, and precision-recall curves were proposed in its place.", "e+", "metrics")
n.s("The candidate correctly explained that class weighting changes the loss rather than the data, and that the predicted probabilities would then need recalibration.", "e+", "ml_fundamentals")
n.s("A thorough familiarity with ensemble methods was evident.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When the matter of differing false-positive rates between neighborhoods was raised, the candidate replied that this was \"a policy question, not a modeling one.\"", "e-", "user_impact")
n.s("No consideration was given to the fact that labels exist only where inspections were carried out.", "e-", "data_intuition", hard="negated")
n.s("The candidate's written derivation of the log-loss gradient contained a sign error, which was not noticed until it was pointed out.", "e-", "ml_fundamentals")
n.s("The candidate is considered technically competent but insufficiently attentive to public accountability.", "v-", "user_impact", hard="mixed")
n.s("A rating of lean no hire is recorded.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n016", candidate_id="w27-c04", interviewer_id="w27-i03", req_id="w27-r1",
         round="system_design", submitted_at="2025-05-22", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="fare evasion pipeline")
n.s("Sam did ok.", "v0", hard="bare_verdict")
n.s("Design was pretty solid, covered the main pieces of a fare evasion pipeline.", "v+", "system_thinking", hard="tech_vague")
n.s("Asked how often the gate data refreshes.", "e+", "data_intuition", hard="question")
n.s("Bit quiet at the start.", "v-", hard="biased")
n.s("Could be good with some mentoring.", "v0")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Kenji Watanabe (he), r2 ----
n = Note(note_id="w27-n017", candidate_id="w27-c05", interviewer_id="w27-i06", req_id="w27-r2",
         round="system_design", submitted_at="2025-06-10", recommendation="lean_no_hire", specificity=5,
         style=["headings", "first_person", "american"], topic="real-time arrivals",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "no_hire", "judgment": "hire",
                  "data_intuition": "lean_hire", "communication": "hire"})
n.s("Round: system design, 60 min, req w27-r2.", "c")
n.nl()
n.s("Prompt: replace the vendor's real-time bus arrival predictions with an in-house model serving the app, the website and 900 stop displays.", "c", hard="question")
n.blank()
n.b("System thinking", "c", marker="1. ")
n.nl()
n.s("Kenji estimated load from the numbers I gave: 900 displays polling every 30 seconds plus app traffic, about 2,000 requests per second at the evening peak.", "e+", "system_thinking")
n.s("He put a cache keyed by stop and route in front of the prediction service, refreshed every 15 seconds, and said the model itself never sees rider requests.", "e+", "system_thinking")
n.blank()
n.b("Data intuition", "c", marker="2. ")
n.nl()
n.s("He asked how often AVL positions arrive and noticed in the sample that some buses report every 90 seconds instead of every 30.", "e+", "data_intuition")
n.s("He did not ask how detours or short-turns are recorded, and his training set would have treated them as ordinary trips.", "e-", "data_intuition", hard="negated")
n.blank()
n.b("Risk and rollout", "c", marker="3. ")
n.nl()
n.s("I asked how he would switch over from the vendor feed.", "c", hard="question")
n.s("His plan was a hard cutover on a Monday morning: no shadow period, no comparison against the vendor, no way back if the predictions drifted.", "e-", "risk_awareness", hard="negated")
n.s("When I asked what happens if the model service goes down, he said the displays would show nothing until it restarted.", "e-", "risk_awareness")
n.blank()
n.b("Judgment", "c", marker="4. ")
n.nl()
n.s("He chose gradient-boosted trees over a sequence model because the team is two people and \"we need to be able to debug it at 6am\", which I thought was the right call.", "e+", "judgment", hard="verdict_plus_evidence")
n.blank()
n.b("Communication", "c", marker="5. ")
n.nl()
n.s("He kept a running list of assumptions on the whiteboard and read them back to me at the end.", "e+", "communication")
n.blank()
n.s("Overall: lean no hire; strong design, but nothing protects riders when it goes wrong.", "v-", "risk_awareness")
notes.append(n)

n = Note(note_id="w27-n018", candidate_id="w27-c05", interviewer_id="w27-i02", req_id="w27-r2",
         round="coding", submitted_at="2025-06-11", recommendation="hire", specificity=4,
         style=["bullets", "headings", "terse", "american"], topic="bus bunching",
         ratings={"coding": "hire", "data_intuition": "lean_no_hire"})
n.h("Coding: headway gaps from AVL pings")
n.b("Task: from GPS pings per bus, compute headways at each stop and flag bunching (headway under 25% of scheduled).", "c", hard="question")
n.b("Clarified input before coding: YES, asked whether pings are sorted and whether bus IDs get reused across blocks.", "e+", "judgment")
n.b("Working solution: YES, sort plus per-stop interpolation, sample output correct at 31 minutes.", "e+", "coding")
n.b("Complexity stated: YES, O(n log n) for the sort, linear after.", "e+", "coding")
n.b("Edge cases tested: PARTLY, tested the empty route but not a bus that skips a stop.", "e0", "coding", hard="mixed")
n.b("Bad GPS points handled: NO, a ping 40 km off route went straight into the interpolation.", "e-", "data_intuition", hard="negated")
n.b("When I showed him the 40 km ping he added a speed filter within two minutes.", "e+", "learning")
n.b("Readable code: YES.", "v+", "coding")
n.b("Recommendation: Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n019", candidate_id="w27-c05", interviewer_id="w27-i05", req_id="w27-r2",
         round="behavioural", submitted_at="2025-06-11", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "lowercase", "abbreviations", "fragments"], topic="vendor migration")
n.b("behavioural 30m", "c")
n.b("talked thru a vendor migration at prev job", "v0", "ownership")
n.b("says he 'owned' it, unclear what he did himself", "v-", "ownership", hard="hedged")
n.b("good w/ stakeholders apparently", "v+", "communication", hard="hedged")
n.b("asked me zero questions about riders", "e-", "user_impact", hard="negated")
n.b("LH, borderline", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n020", candidate_id="w27-c05", interviewer_id="w27-i03", req_id="w27-r2",
         round="data", submitted_at="2025-06-12", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="AVL data")
n.s("Kenji is very strong technically.", "v+", hard="tech_vague")
n.s("Deep knowledge of AVL data and real-time systems.", "v+", "system_thinking", hard="tech_vague")
n.s("Answered everything well.", "v+")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Fatima Al-Sayed (she), r2 ----
n = Note(note_id="w27-n021", candidate_id="w27-c06", interviewer_id="w27-i01", req_id="w27-r2",
         round="behavioural", submitted_at="2025-06-03", recommendation="hire", specificity=4,
         style=["prose", "third_person", "american"], topic="public records requests")
n.s("The candidate was interviewed for the behavioral component on June 3, 2025.", "c")
n.s("She was asked to describe how she would respond to a public records request for the raw data behind the elevator outage model.", "c", hard="question")
n.s("It was noted that she first asked whether the request covered trip-level data that could identify individual paratransit riders.", "e+", "user_impact", hard="question")
n.s("She proposed releasing station-level outage counts in full and aggregating rider trips to the week, and stated that counsel would be consulted before anything derived from rider accounts was released.", "e+", "user_impact", "judgment")
n.s("An account was given of a prior incident in which a dataset published by her team was found to contain home addresses; she stated that she had pulled the file within the hour and written the incident report herself.", "e+", "ownership")
n.s("When it was suggested by the interviewer that counsel review might push the release past the statutory deadline, she proposed releasing the uncontested portion on time and the remainder later.", "e+", "judgment")
n.s("Her written communication is understood to be of a high standard.", "v+", "communication", hard="hedged")
n.s("No concerns are raised regarding her conduct.", "v+")
n.s("A recommendation of hire is made.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n022", candidate_id="w27-c06", interviewer_id="w27-i07", req_id="w27-r2",
         round="coding", submitted_at="2025-06-04", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="screen reader output")
n.s("I gave Fatima our screen-reader exercise: take the trip planner's JSON response and produce the text a screen reader should announce for each leg of the journey.", "c", hard="interviewer_action")
n.s("She asked me first who tests it today and whether there are blind riders on the accessibility advisory committee she could learn from.", "e+", "user_impact", hard="question")
n.s("Her first version read out every field, including the raw route color code.", "e-", "user_impact")
n.s("I hinted that less is more for audio.", "c", hard="interviewer_action")
n.s("She immediately cut it down to the leg, the stop, the time and whether the elevator at the transfer station is working, and wrote a little test asserting the announcement stays under 20 words.", "e+", "learning", "coding")
n.s("She handled a missing real-time feed by having it say \"scheduled\" instead of a time, which I thought was really thoughtful.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("She split the code into three functions (leg text, time text, accessibility warning) and named them so I could read them aloud.", "e+", "coding")
n.s("I couldn't fault anything.", "v+")
n.s("She's clearly brilliant and a lovely person.", "v+", hard="biased")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n023", candidate_id="w27-c06", interviewer_id="w27-i06", req_id="w27-r2",
         round="data", submitted_at="2025-06-05", recommendation="hire", specificity=4,
         style=["headings", "third_person", "american"], topic="legacy farebox data",
         ratings={"data_intuition": "hire", "coding": "hire", "judgment": "strong_hire",
                  "communication": "lean_hire"})
n.s("Round: data, 60 min.", "c")
n.nl()
n.s("Exercise: merge the legacy farebox export (fixed-width text, 1998 schema) with the new tap-card data into one ridership series.", "c", hard="question")
n.blank()
n.b("Data intuition", "c", marker="1. ")
n.nl()
n.s("Fatima read the schema document first and found that the legacy export counts transfers as boardings while the tap data does not.", "e+", "data_intuition")
n.s("She estimated the double counting at about 18% on transfer-heavy routes by comparing the overlap month.", "e+", "data_intuition")
n.s("She did not catch the legacy dates stored day-first until the join silently dropped rows and I pointed at it.", "e-", "data_intuition")
n.blank()
n.b("Coding", "c", marker="2. ")
n.nl()
n.s("Parsed the fixed-width file with explicit column widths and asserted the record count against the file trailer.", "e+", "coding")
n.blank()
n.b("Judgment", "c", marker="3. ")
n.nl()
n.s("She proposed publishing the combined series with a visible break at the changeover month rather than smoothing it, saying open data users would rather see the seam.", "e+", "judgment")
n.blank()
n.b("Communication", "c", marker="4. ")
n.nl()
n.s("Explanations ran long; I cut her off twice to keep time.", "e-", "communication")
n.blank()
n.s("Overall: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n024", candidate_id="w27-c06", interviewer_id="w27-i04", req_id="w27-r2",
         round="behavioural", submitted_at="2025-06-05", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="board meetings")
n.s("I asked Fatima how she would explain the elevator predictions at a public board meeting where riders get to speak.", "c", hard="question")
n.s("She said she'd start with one station everybody knows and say how many times the prediction was right last month, in plain numbers.", "e+", "communication", hard="plain_evidence")
n.s("She talked about respecting the public.", "v+", "user_impact")
n.s("When I played an angry rider and said \"your app told me the elevator worked and I got stuck,\" she apologized first and then asked which station and what time.", "e+", "communication", "user_impact", hard="plain_evidence")
n.s("She didn't get defensive.", "v+", "communication")
n.s("I'm not sure she knows how the paratransit side works, but she can learn.", "v0", hard="hedged")
n.s("Good heart.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w27_notes_part2.jsonl", notes)
