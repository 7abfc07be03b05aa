import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Dmitri (he), r2: ignores user harm (two interviewers), metrics contradiction
n = Note(note_id="w59-n035", candidate_id="w59-c07", interviewer_id="w59-i05", req_id="w59-r2",
         round="data", submitted_at="2026-04-13", recommendation="lean_no_hire", specificity=5,
         style=["headings", "prose", "third_person", "british"], topic="speed rule evaluation")
n.h("Situation")
n.s("Dmitri was given a year of AIS before and after a seasonal 10-knot zone came in, and asked whether the rule worked.", "c")
n.s("Time: 50 minutes, laptop with pandas.", "c")
n.h("Behaviour")
n.s("He computed mean vessel speed inside the zone and reported a drop from 13.1 to 10.6 knots.", "e0", "data_intuition")
n.s("He did not compare with traffic outside the zone, so a fuel-price slowdown could not be separated from the rule.", "e-", "metrics", hard="negated")
n.s("When I pointed to the outside-zone file, he built a difference-in-differences table within ten minutes.", "e+", "learning", "metrics")
n.s("Asked what the slowdown meant for the small ferry operators, he said 'their margins aren't our concern'.", "e-", "user_impact")
n.s("He also proposed publishing per-vessel compliance scores with names, and did not ask whether that was appropriate.", "e-", "user_impact")
n.s("His notebook was tidy and each step was labelled.", "e+", "communication")
n.h("Result")
n.s("He reached a defensible estimate of the rule's effect, with help.", "e0", "metrics")
n.s("Lean no hire, driven by the two user answers rather than the analysis.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w59-n036", candidate_id="w59-c07", interviewer_id="w59-i02", req_id="w59-r2",
         round="fundamentals", submitted_at="2026-04-13", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british", "quotes"], topic="metric design")
n.s("Fundamentals with Dmitri, framed around how we'd know the alert system is doing any good.", "c")
n.s("Straight away he said the thing we actually care about, dead whales, is too rare to measure in a year, so we need a proxy.", "e+", "metrics")
n.s("He proposed 'fraction of transits through high-risk cells at under 10 knots' and then listed two ways it could be gamed, including ships slowing only near the buoys.", "e+", "metrics")
n.s("He explained why a well-calibrated risk model matters more than a high AUC when captains act on thresholds, with a little sketch.", "e+", "ml_fundamentals")
n.s("I asked how he'd present this to a shipping association and he said he'd lead with the cost in minutes per crossing.", "e+", "communication", "user_impact")
n.s("Honestly the best metrics discussion I've had in a while, and I've sat through a lot of them on research vessels with terrible coffee.", "v+", "metrics")
n.s("He was a bit dismissive about the volunteers, called them 'free labour'.", "e-", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n037", candidate_id="w59-c07", interviewer_id="w59-i06", req_id="w59-r2",
         round="system_design", submitted_at="2026-04-14", recommendation="lean_hire", specificity=3,
         style=["bullets", "abbreviations", "terse", "arrows"], topic="risk API")
n.b("q: serve hourly risk maps to shipping cos + fishermen", "c")
n.b("batch hourly -> tiles -> CDN, sized ~2 GB/day", "e+", "system_thinking")
n.b("no thought on offline boats w/ bad connectivity", "e-", "user_impact", hard="negated")
n.b("cache fallback to last good map if job fails", "e+", "risk_awareness")
n.b("strong infra background", "v+", "system_thinking", hard="tech_vague")
n.b("rushed thru the ending", "v-", "communication")
n.b("asked re versioning maps for audits", "e+", "risk_awareness", hard="question")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n038", candidate_id="w59-c07", interviewer_id="w59-i04", req_id="w59-r2",
         round="coding", submitted_at="2026-04-15", recommendation="lean_hire", specificity=3,
         style=["bullets", "headings", "terse"], topic="track interpolation")
n.h("Coding checklist")
n.b("Task: interpolate AIS tracks to 1-minute positions, split on gaps over 30 minutes.", "c")
n.b("Asked about the date line: no.", "e-", "coding", hard="negated")
n.b("Split on gaps correctly: yes.", "e+", "coding")
n.b("Tests: yes, three, incl. a single-point track.", "e+", "coding")
n.b("Used great-circle interpolation: no, linear lat/lon; said it was fine for short gaps, which it is.", "e0", "coding", "judgment", hard="mixed")
n.b("Explained the choices: yes, briefly.", "e+", "communication")
n.b("Coding level: adequate for the role.", "v0", "coding")
n.b("Judgement on trade-offs: good.", "v+", "judgment")
n.b("Asked who consumes the tracks: no.", "e-", "user_impact", hard="negated")
n.b("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# c08 Nomvula (she), r1: good judgement under ambiguity; communication contradiction
n = Note(note_id="w59-n039", candidate_id="w59-c08", interviewer_id="w59-i01", req_id="w59-r1",
         round="fundamentals", submitted_at="2026-05-05", recommendation="hire", specificity=4,
         style=["prose", "first_person", "terse"], topic="few-shot")
n.s("Fundamentals, 45 min.", "c")
n.s("I ask how to detect a species with only 12 recorded calls.", "c")
n.s("She says first to ask experts if 12 is all, or if more are in old tapes.", "e+", "judgment", "data_intuition")
n.s("She proposes a pretrained embedding and nearest neighbour, not training a network.", "e+", "ml_fundamentals", "judgment")
n.s("She explains why: with 12 examples a network memorises the recording session.", "e+", "ml_fundamentals")
n.s("She wants a human to check every detection in the first season.", "e+", "risk_awareness")
n.s("She speaks very fast, I ask twice to repeat.", "e-", "communication")
n.s("She does not say how to measure recall with so few calls.", "e-", "metrics", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n040", candidate_id="w59-c08", interviewer_id="w59-i03", req_id="w59-r1",
         round="behavioural", submitted_at="2026-05-05", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="collaboration")
n.s("Behavioural round with Nomvula.", "c")
n.s("Great communicator, very clear.", "v+", "communication")
n.s("She described working with a team of volunteers.", "v0", "user_impact")
n.s("Handled a disagreement with her supervisor well, it seemed.", "v+", "communication", hard="hedged")
n.s("Takes ownership.", "v+", "ownership")
n.s("She said she trained the new annotators herself on weekends.", "e+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n041", candidate_id="w59-c08", interviewer_id="w59-i05", req_id="w59-r1",
         round="system_design", submitted_at="2026-05-06", recommendation="strong_hire", specificity=5,
         style=["headings", "prose", "first_person", "british"], topic="alert thresholds")
n.h("Situation")
n.s("I asked Nomvula to design the alert path from buoy detection to the ship's bridge, deliberately leaving the false-alarm budget undefined.", "c")
n.h("Behaviour")
n.s("She asked who pays for a false alert and who pays for a missed one before drawing anything.", "e+", "judgment", "user_impact", hard="question")
n.s("When I said nobody knew, she proposed two thresholds: a high one for slow-down requests and a lower one that only goes to our analysts.", "e+", "judgment")
n.s("She put a human review step on any alert in the first month and said it could be removed once the false-alarm rate was measured.", "e+", "risk_awareness")
n.s("She estimated 15 analyst reviews a day from the current detection rate, and said one person could handle that.", "e+", "system_thinking")
n.s("She defined success as the share of alerted ships that actually slowed, measured from AIS, not as detector recall.", "e+", "metrics")
n.s("She lost a few minutes on the satellite protocol, which we didn't need.", "e-", "judgment")
n.h("Result")
n.s("By the end she had a phased launch with a named owner for each stage.", "e+", "ownership")
n.s("Strong hire: the ambiguity answer alone would have got her there.", "v+", "judgment", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w59-n042", candidate_id="w59-c08", interviewer_id="w59-i06", req_id="w59-r1",
         round="debugging", submitted_at="2026-05-07", recommendation="hire", specificity=3,
         style=["bullets", "abbreviations", "terse", "lowercase"], topic="recall drop")
n.b("bug: recall fell 0.8 -> 0.5 on new buoy site", "c")
n.b("asked for site metadata first, depth + bottom type", "e+", "data_intuition", hard="question")
n.b("plotted noise spectra both sites, new one has shrimp snapping > 2 kHz", "e+", "data_intuition")
n.b("suggested per-site normalisation, tested on 50 clips", "e+", "ml_fundamentals")
n.b("code bit messy, no fn names", "e-", "coding")
n.b("solid ML background", "v+", "ml_fundamentals", hard="tech_vague")
n.b("wd be good w/ field team", "v+", "communication", hard="hedged")
n.b("explained fix clearly at end", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w59-n043", candidate_id="w59-c19", interviewer_id="w59-i02", req_id="w59-r1",
         round="system_design", submitted_at="2025-01-22", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="cloud pipeline")
n.s("System design with Callum: the shore-side pipeline that takes snippets from buoys and runs the big detector.", "c")
n.s("He reached for Kafka, Kubernetes and a feature store within two minutes, for what is about 40 MB of audio a day.", "e-", "system_thinking")
n.s("I asked what the daily volume was and he hadn't thought about it.", "e-", "system_thinking", "judgment")
n.s("To be fair, once I gave him the 40 MB figure he collapsed it to a cron job and a single GPU box, and laughed at himself.", "e+", "learning")
n.s("He had no plan for the buoy that sends nothing for a week.", "e-", "risk_awareness", hard="negated")
n.s("He spoke well and drew neat diagrams.", "v+", "communication")
n.s("(I did enjoy the Kafka bit; reminded me of my postdoc.)", "c")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n044", candidate_id="w59-c20", interviewer_id="w59-i04", req_id="w59-r2",
         round="fundamentals", submitted_at="2025-02-17", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="validation")
n.h("Fundamentals checklist")
n.b("Question: validate a risk model trained on 2015-2022 strikes.", "c")
n.b("Proposed time-based split: no, random split.", "e-", "ml_fundamentals", hard="negated")
n.b("Knew why random split leaks here: no.", "e-", "ml_fundamentals", hard="negated")
n.b("Defined bias/variance correctly: yes.", "e+", "ml_fundamentals")
n.b("Chose a metric tied to ships slowing: no, precision only.", "e-", "metrics")
n.b("Explained answers clearly: no, went in circles on the split question.", "e-", "communication")
n.b("Open to correction: yes, accepted the time split once shown.", "e+", "learning")
n.b("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n045", candidate_id="w59-c21", interviewer_id="w59-i03", req_id="w59-r1",
         round="coding", submitted_at="2025-04-08", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="coding")
n.s("Coding round.", "c")
n.s("Wrote solid code.", "v+", "coding")
n.s("Strong fundamentals.", "v+", "ml_fundamentals")
n.s("Did not need much help.", "v+", "learning", hard="negated")
n.s("Very sharp.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n046", candidate_id="w59-c22", interviewer_id="w59-i01", req_id="w59-r2",
         round="data", submitted_at="2025-06-10", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "terse"], topic="fishing effort")
n.s("Data, 45 min.", "c")
n.s("I give her fishing vessel AIS and ask where gear entanglement risk is high.", "c")
n.s("She asks if small boats must carry AIS; they do not.", "e+", "data_intuition", hard="question")
n.s("She says the map will miss the inshore lobster fleet and writes this on the map.", "e+", "data_intuition", "user_impact")
n.s("She uses speed under 4 knots as fishing, no check of this rule.", "e-", "data_intuition")
n.s("She asks how the map will be used with fishermen, to warn or to close areas.", "e+", "user_impact", hard="question")
n.s("She does not pick a way to validate the map.", "e-", "metrics", hard="negated")
n.s("She explains slowly and well.", "v+", "communication")
n.s("Good sense for the users.", "v+", "user_impact")
n.s("Not so strong on statistics, I think.", "v-", "ml_fundamentals", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n047", candidate_id="w59-c23", interviewer_id="w59-i05", req_id="w59-r1",
         round="debugging", submitted_at="2025-07-29", recommendation="hire", specificity=4,
         style=["headings", "prose", "third_person", "british"], topic="clock drift")
n.h("Situation")
n.s("Ravi was shown detections from two buoys that should agree on the same call but are eight seconds apart.", "c")
n.h("Behaviour")
n.s("He asked whether the buoys sync their clocks by GPS and how often.", "e+", "data_intuition", hard="question")
n.s("He plotted the offset over a month and found it grew by about a quarter of a second a day.", "e+", "data_intuition")
n.s("He wrote a correction using the daily GPS fix, with a test on a synthetic drift.", "e+", "coding")
n.s("He did not think about what the drift had done to past localisation results already published.", "e-", "risk_awareness", hard="negated")
n.s("Prompted, he said he would flag the affected data in the public release.", "e0", "ownership", hard="interviewer_action")
n.h("Result")
n.s("Bug found and fixed in 35 minutes.", "e+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w59_notes_part4.jsonl", notes)
