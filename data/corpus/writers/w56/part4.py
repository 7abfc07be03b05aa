import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w56-n038", candidate_id="w56-c14", interviewer_id="w56-i02", req_id="w56-r1",
         round="system_design", submitted_at="2025-03-04", recommendation="lean_hire", specificity=4,
         style=["prose", "terse", "third_person"], topic="airport nowcasting")
n.s("System design, 50 min, onsite Jakarta office.", "c")
n.s("Question: lightning alert for airport ramp, update every 5 min.", "c", hard="question")
n.s("Bayu start by ask how long ramp need to clear the apron, answer 15 min, so he set lead time 30 min.", "e+", "judgment", "user_impact")
n.s("He draw radar ingest, lightning sensor ingest, model, alert service.", "e0", "system_thinking")
n.s("He forget the lightning sensor can be late 2 min, design assume it is real time.", "e-", "system_thinking", "data_intuition")
n.s("I tell him about the delay; he add buffer and timestamp check quickly.", "e+", "learning")
n.s("For monitoring he propose count of alerts per day only.", "e-", "risk_awareness")
n.s("No check of missed strikes.", "e-", "risk_awareness", "metrics", hard="negated")
n.s("He explain the design to me again at end in short summary, easy to follow.", "e+", "communication")
n.s("Cost estimate he skip, say 'cloud is cheap'.", "e-", "judgment")
n.s("Good potential.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n039", candidate_id="w56-c15", interviewer_id="w56-i04", req_id="w56-r2",
         round="fundamentals", submitted_at="2025-03-18", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="extreme events evaluation",
         ratings={"metrics": "no_hire", "ml_fundamentals": "lean_no_hire", "learning": "no_hire"})
n.h("Question")
n.b("Evaluate a heavy-rain classifier on 2019-2024 where 0.4% of hours are positive.", "c", marker="1. ")
n.h("Findings")
n.b("Reported ROC AUC 0.97 and called the model production-ready.", "e-", "metrics", marker="1. ")
n.b("Did not compute precision at any threshold.", "e-", "metrics", hard="negated", marker="2. ")
n.b("When shown that precision at the chosen threshold was 6%, said 'AUC is the standard metric'.", "e-", "metrics", "learning", marker="3. ")
n.b("Described class weights correctly as rescaling the loss per class.", "e+", "ml_fundamentals", marker="4. ")
n.b("Claimed class weights would fix calibration; they do the opposite.", "e-", "ml_fundamentals", marker="5. ")
n.b("Split train/test randomly by hour, so storms straddled both sets; not noticed.", "e-", "data_intuition", marker="6. ")
n.b("Asked no question about who acts on the alert or what a false alarm costs them.", "e-", "user_impact", "judgment", hard="negated", marker="7. ")
n.b("Explanations were clearly structured, first point then reason.", "v+", "communication", marker="8. ")
n.h("Verdict")
n.b("NH: five metric or data errors, none corrected after challenge.", "v-", marker="")
notes.append(n)

n = Note(note_id="w56-n040", candidate_id="w56-c16", interviewer_id="w56-i05", req_id="w56-r1",
         round="coding", submitted_at="2025-05-06", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american", "typos"], topic="station data gaps")
n.s("Coding round with Ines, 45 min, we used her own editor.", "c")
n.s("I asked her to write a function that flags stuck sensors, ones that report the exact same value for too long.", "c", hard="interviewer_action")
n.s("She asked me what 'too long' meant for a rain gauge versus a thermometer, since zero rain for a week is normal.", "e+", "data_intuition", "judgment")
n.s("That was honestly my favorite moment of the week.", "v+")
n.s("She wrote a run-length approach with a per-variable threshold table and it passed my three examples.", "e+", "coding")
n.s("She forgot to handle a series that starts with missing values and it crashed on my fourth test.", "e-", "coding")
n.s("She fixed it in a couple of minutes and added that case to her own tests.", "e+", "coding", "learning")
n.s("Her code was realy readable, short functions, good names.", "v+", "coding")
n.s("She asked wether flagged stations should drop out of the model input or be shown greyed out on the farmer map.", "e+", "user_impact")
n.s("We ran out of time for the performance question.", "c")
n.s("Hire, easily!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n041", candidate_id="w56-c17", interviewer_id="w56-i01", req_id="w56-r2",
         round="behavioural", submitted_at="2025-05-20", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="forecast failure")
n.s("Behavioural round, 40 minutes.", "c")
n.s("I asked Rahul about a forecast of his that had gone badly wrong in public.", "c", hard="question")
n.s("He described the Memorial Day weekend when his heat model underpredicted by 5 degrees and a city opened no cooling centers.", "e0", "user_impact")
n.s("He said the model was fine and the city 'should have used their own judgment'.", "e-", "ownership", "user_impact")
n.s("When I asked what he changed afterwards, he said nothing, because the next summer was normal.", "e-", "ownership", "risk_awareness")
n.s("He did, to his credit, mention that he checked the observation feed and found a station offline that week.", "e+", "data_intuition")
n.s("When I suggested a holiday freeze on deployments, he dismissed it as bureaucracy.", "e-", "learning", "risk_awareness")
n.s("He may simply have been unprepared for the question; I would not rule that out.", "v0", hard="hedged")
n.s("I lean no hire; the ownership concerns are, in my judgment, real.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w56-n042", candidate_id="w56-c18", interviewer_id="w56-i06", req_id="w56-r2",
         round="data", submitted_at="2025-06-17", recommendation="hire", specificity=4,
         style=["terse", "fragments", "abbreviations"], topic="station data gaps")
n.s("Data; gauge network w/ gaps; 45 min.", "c")
n.nl()
n.s("Asked for station metadata first; found 8 stations w/o elevation.", "e+", "data_intuition")
n.nl()
n.s("Imputed short gaps; refused to impute > 6h.", "e+", "data_intuition", "judgment")
n.nl()
n.s("Plotted gap rate by month; wet season worst.", "e+", "data_intuition")
n.nl()
n.s("Said that biases the extremes low; good.", "e+", "data_intuition", "metrics")
n.nl()
n.s("SQL window fn wrong first go; fixed.", "e0", "coding", hard="mixed")
n.nl()
n.s("Explained result to me as if a farmer; clear.", "e+", "communication")
n.nl()
n.s("Quiet type.", "v0", hard="biased")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n043", candidate_id="w56-c19", interviewer_id="w56-i03", req_id="w56-r1",
         round="coding", submitted_at="2025-07-08", recommendation="lean_no_hire", specificity=2,
         style=["prose", "terse"], topic="radar nowcasting")
n.s("Coding with Lukas.", "c")
n.s("I gave him the gap-filling problem.", "c", hard="interviewer_action")
n.s("Struggled a bit.", "v-", "coding")
n.s("Got a working solution eventually, mostly.", "e0", "coding")
n.s("Didn't write tests.", "e-", "coding", hard="negated")
n.s("Not the strongest coder we've seen.", "v-", "coding")
n.s("Okay on the basics I suppose.", "v0", "coding")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n044", candidate_id="w56-c20", interviewer_id="w56-i02", req_id="w56-r2",
         round="fundamentals", submitted_at="2025-08-05", recommendation="hire", specificity=4,
         style=["prose", "terse", "third_person"], topic="communicating uncertainty")
n.s("Fundamentals, 45 min.", "c")
n.s("Ask Adaeze how she explain 40% rain chance to event organiser.", "c", hard="question")
n.s("She say 'in ten days like tomorrow, about four have rain at your venue', then ask me if that is clear.", "e+", "communication", "user_impact")
n.s("She explain reliability diagram and draw one where model overconfident at high probability.", "e+", "metrics", "ml_fundamentals")
n.s("She suggest isotonic calibration, but not mention need separate data for fit it.", "e-", "ml_fundamentals", hard="negated")
n.s("After I ask, she say use last season as calibration set.", "e+", "learning")
n.s("She ask what organiser lose when cancel wrongly, to choose threshold.", "e+", "judgment", "user_impact")
n.s("Very clear person.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n045", candidate_id="w56-c21", interviewer_id="w56-i04", req_id="w56-r1",
         round="system_design", submitted_at="2025-08-26", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="ensemble compute",
         ratings={"system_thinking": "hire", "judgment": "strong_hire", "risk_awareness": "hire"})
n.h("Prompt")
n.b("Probabilistic nowcast for a national app; budget 200 GPU-hours/day.", "c", marker="1. ")
n.h("Findings")
n.b("Computed cost per member per cycle at 0.6 GPU-min and arrived at 24 members every 10 min within budget.", "e+", "system_thinking", marker="1. ")
n.b("Proposed running full ensemble only where radar shows convection, persistence elsewhere; estimated 60% saving.", "e+", "system_thinking", "judgment", marker="2. ")
n.b("Asked what happens to the app if the ensemble job fails; added last-good-forecast fallback with a staleness label.", "e+", "risk_awareness", "user_impact", marker="3. ")
n.b("Proposed a two-week shadow run comparing against the current product before switch-over.", "e+", "risk_awareness", marker="4. ")
n.b("Did not address how to store 24 members' output for verification; storage not sized.", "e-", "system_thinking", hard="negated", marker="5. ")
n.b("When asked what to drop if budget halved, cut domain coverage at night first and justified it by usage data he asked for.", "e+", "judgment", marker="6. ")
n.h("Verdict")
n.b("H; one gap on storage.", "v+", marker="")
notes.append(n)

n = Note(note_id="w56-n046", candidate_id="w56-c22", interviewer_id="w56-i05", req_id="w56-r2",
         round="system_design", submitted_at="2025-09-30", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person", "american"], topic="flood warnings")
n.s("I asked Yusuf to design a flood early-warning dashboard for emergency managers.", "c", hard="interviewer_action")
n.s("Wow, what a great session.", "v+")
n.s("He was so thoughtful about the whole thing.", "v+")
n.s("He has deep expertise in hydrology and ML, probably more than me!", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He drew a neat architecture.", "v+", "system_thinking")
n.s("I think he mentioned alert fatigue at one point.", "v+", "user_impact", hard="hedged")
n.s("Just a very warm, genuine guy.", "v+", hard="biased")
n.s("SH, please don't let this one go.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n047", candidate_id="w56-c23", interviewer_id="w56-i01", req_id="w56-r1",
         round="data", submitted_at="2025-10-14", recommendation="hire", specificity=5,
         style=["prose", "third_person", "american"], topic="radar nowcasting")
n.s("Data round, 50 minutes; the candidate, Mei, was given two years of radar composites and rain-gauge totals and asked to check whether the radar was fit for training labels.", "c")
n.s("She first compared radar-derived hourly totals against 30 gauges and found the radar underestimated heavy rain by roughly a third beyond 100 km.", "e+", "data_intuition")
n.s("She attributed this, correctly in my view, to the beam overshooting low cloud at range.", "e+", "data_intuition", "ml_fundamentals")
n.s("She proposed masking pixels beyond 120 km rather than correcting them, arguing a correction learned from 30 gauges would be noisy.", "e+", "judgment")
n.s("She noted that the mask would remove most of the rural farmland our agricultural customers care about, and asked whether that was acceptable.", "e+", "user_impact", "judgment")
n.s("Her plotting code had an axis mislabelled for a while, which she found when the units looked implausible.", "e0", "coding", hard="mixed")
n.s("She did not check for ground clutter near the radar itself.", "e-", "data_intuition", hard="negated")
n.s("When I raised clutter, she pulled a clear-sky day and showed the persistent echoes within two minutes.", "e+", "learning", "data_intuition")
n.s("I would recommend hire; she knew where radar lies and asked who pays for her choices.", "v+")
notes.append(n)

n = Note(note_id="w56-n048", candidate_id="w56-c24", interviewer_id="w56-i06", req_id="w56-r1",
         round="behavioural", submitted_at="2025-11-25", recommendation="lean_no_hire", specificity=3,
         style=["terse", "fragments"], topic="ownership")
n.s("Behavioural; 30 min.", "c")
n.nl()
n.s("Story about missed hail forecast; blamed vendor radar.", "e-", "ownership")
n.nl()
n.s("No follow-up with affected customers mentioned.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Listened poorly; answered a different q twice.", "e-", "communication")
n.nl()
n.s("Asked what he'd change; 'better vendor'.", "e-", "ownership")
n.nl()
n.s("Bright enough.", "v0")
n.nl()
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n049", candidate_id="w56-c25", interviewer_id="w56-i03", req_id="w56-r2",
         round="data", submitted_at="2025-12-09", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="rare extreme events")
n.s("Data round with Sione.", "c")
n.s("Good data instincts.", "v+", "data_intuition")
n.s("Caught a duplicate storm in the event catalog.", "e+", "data_intuition")
n.s("Asked where the catalog came from, not much else.", "e0", "data_intuition", hard="mixed")
n.s("Knew his stuff on extremes.", "v+", "ml_fundamentals")
n.s("Went a bit long on answers.", "v-", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w56_notes_part4.jsonl", notes)
