import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c07 Fatima Al-Sayed (she), w21-r1 ----------------

n = Note(note_id="w21-n025", candidate_id="w21-c07", interviewer_id="w21-i05", req_id="w21-r1",
         round="coding", submitted_at="2025-09-08", recommendation="hire", specificity=4,
         style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="sim-box fraud",
         ratings={"coding": "strong_hire", "communication": "lean_no_hire"})
n.b("coding 50m, CDR stream -> flag SIMs that look like sim-box (many outbound intl->local, ~0 inbound, fixed cell)", "c")
n.b("wrote sliding window counts per imsi w/ deque, O(1) per event, clean", "e+", "coding")
n.b("added test for imsi w/ zero inbound calls (div by zero in ratio) unprompted", "e+", "coding")
n.b("tested out-of-order timestamps too -> found her own bug, fixed in 2 min", "e+", "coding")
n.b("but: talked ~10 min straight thru the design w/o checking i was following, i had to cut in twice", "e-", "communication")
n.b("when i asked 'why deque not list' -> answered w/ 3 paragraphs, the point was in the last sentence", "e-", "communication")
n.b("didnt ask about legit heavy users (call centres, businesses w/ many sims)", "e-", "user_impact", hard="negated")
n.b("comms weak imo", "v-", "communication")
n.b("H on code alone", "v+", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n026", candidate_id="w21-c07", interviewer_id="w21-i04", req_id="w21-r1",
         round="system_design", submitted_at="2025-09-09", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="sim-box fraud",
         ratings={"communication": "strong_hire", "system_thinking": "hire"})
n.s("Fatima, SIM-box detection design.", "c")
n.s("Now I've heard a rumour she rambled in another round, but honestly I didn't see it.", "c")
n.blank()
n.s("Before she drew a single box she said back to me what she thought I was asking, in two sentences, and checked she had it right.", "e+", "communication", hard="plain_evidence")
n.s("She asked who acts on the flags, and when I said the fraud desk has three people on days, she capped the daily list at about 150 so they could actually get through it.", "e+", "judgment", "user_impact")
n.s("Streaming features off the CDR feed, a daily model, a blocklist that the fraud desk confirms before anything's cut off.", "e+", "system_thinking", "risk_awareness")
n.s("She said a business with a PBX will look exactly like a SIM box, and that cutting one off by mistake would be a front-page story for us.", "e+", "user_impact", "risk_awareness")
n.s("I asked her to explain the whole thing as if I were the head of fraud, and she did it without one acronym, fair play.", "e+", "communication", hard="verdict_plus_evidence")
n.s("She was a bit vague on how she'd get labels, said 'confirmed cases' and left it there.", "e-", "data_intuition")
n.blank()
n.s("Hire, and I'd happily work with her, though sure what would I know.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n027", candidate_id="w21-c07", interviewer_id="w21-i01", req_id="w21-r1",
         round="debugging", submitted_at="2025-09-09", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "terse", "british"], topic="alarm parsing")
n.s("Gave her the alarm parser that drops Nokia alarms silently.", "c", hard="interviewer_action")
n.s("Ran it on the sample.", "e+", "coding", hard="plain_evidence")
n.s("Counted rows in, rows out.", "e+", "coding", hard="plain_evidence")
n.s("Found 11% missing in two minutes.", "e+", "coding", "data_intuition")
n.s("Tracked it to a try/except that swallowed a date format error.", "e+", "coding")
n.s("Fixed it, then changed the except to log and count the failures so it can't hide again.", "e+", "coding", "risk_awareness")
n.s("Asked me if the dropped alarms had been feeding the fault model.", "e+", "data_intuition")
n.s("They had.", "c")
n.s("She knows what she's doing.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n028", candidate_id="w21-c07", interviewer_id="w21-i02", req_id="w21-r1",
         round="fundamentals", submitted_at="2025-09-10", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person", "british"], topic="anomaly detection",
         ratings={"ml_fundamentals": "hire", "communication": "lean_hire"})
n.h("Topics")
n.b("Anomaly detection on site KPIs; precision/recall under heavy imbalance; leakage.", "c")
n.h("Findings")
n.b("Explained why an isolation forest flags rare-but-normal sites (e.g. festival sites) and proposed per-site baselines (seen).", "e+", "ml_fundamentals")
n.b("Computed precision by hand from a confusion matrix I gave, correctly, in under a minute (seen).", "e+", "ml_fundamentals", "metrics")
n.b("Gave a correct definition of target leakage and an example from fault tickets opened after the alarm (seen).", "e+", "data_intuition")
n.b("Stated that a higher threshold always improves precision; corrected herself when I asked about a threshold above the max score (seen).", "e0", "ml_fundamentals", "learning")
n.b("Answers to two questions ran past three minutes before reaching the point (seen).", "e-", "communication")
n.b("Discussion of calibration (not seen; ran out of time).", "c")
n.h("Verdict")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c08 Rory Byrne (he), w21-r2 ----------------

n = Note(note_id="w21-n029", candidate_id="w21-c08", interviewer_id="w21-i02", req_id="w21-r2",
         round="system_design", submitted_at="2025-10-20", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person", "british"], topic="call-centre prioritisation",
         ratings={"user_impact": "no_hire", "judgment": "no_hire", "learning": "lean_no_hire"})
n.h("Exercise")
n.b("Design a model to prioritise the care queue: which callers get routed to the senior retention team.", "c")
n.b("Requirements were left deliberately open.", "c")
n.h("Findings")
n.b("Clarifying questions on queue size, team capacity or the goal (not seen).", "e-", "judgment", hard="negated")
n.b("Chose 'customer lifetime value' as the sole priority score within the first two minutes (seen).", "e-", "judgment")
n.b("Asked what happens to low-value callers with a genuine fault: said they 'can wait, that's the point' (seen).", "e-", "user_impact")
n.b("Asked about vulnerable customers (e.g. those on a medical-needs register): said that was 'a compliance thing' (seen).", "e-", "user_impact")
n.b("On pushback, defended the design and said the interviewer was 'adding requirements' (seen).", "e-", "learning")
n.b("Queue architecture and latency estimate (score lookup <100ms from a key-value store) were sound (seen).", "e+", "system_thinking")
n.h("Verdict")
n.b("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n030", candidate_id="w21-c08", interviewer_id="w21-i06", req_id="w21-r2",
         round="data", submitted_at="2025-10-21", recommendation="no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="retention offers")
n.s("The candidate was given a retention dataset including age band, tenure, contract type and offer history, with the brief 'find something useful'.", "c")
n.s("He did not ask what decision the analysis was meant to support.", "e-", "judgment", hard="negated")
n.s("He fitted a gradient-boosted churn model within ten minutes and reported feature importances.", "e0", "ml_fundamentals")
n.s("He pointed out that customers over 70 churned least and proposed removing them from the offer list entirely 'since they never leave'.", "e-", "user_impact")
n.s("When the interviewer noted that they might stay because switching is hard for them, he replied that it was 'not our job to make it easy to leave'.", "e-", "user_impact", "learning")
n.s("He did check the age band field for missing values and found 8% blank.", "e+", "data_intuition")
n.s("He treated the blanks as a separate category without asking why they were missing.", "e-", "data_intuition")
n.s("The candidate is articulate and quick; judgement on ambiguous and sensitive questions was the weak point, and was not revised when challenged.", "v-", "judgment", "learning")
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n031", candidate_id="w21-c08", interviewer_id="w21-i03", req_id="w21-r2",
         round="fundamentals", submitted_at="2025-10-21", recommendation="lean_hire", specificity=1,
         style=["prose"], topic="churn modelling")
n.s("Rory was confident and knowledgeable.", "v+", hard="biased")
n.s("Good breadth across classical ML and deep learning.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knows a ton about churn.", "v+", "data_intuition", hard="vague_quantity")
n.s("A few gaps here and there but nothing major.", "v0", hard="vague_quantity")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n032", candidate_id="w21-c08", interviewer_id="w21-i05", req_id="w21-r2",
         round="debugging", submitted_at="2025-10-22", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "lowercase", "abbreviations", "arrows"], topic="churn model drift")
n.b("dbg: churn model recall dropped after tariff change", "c")
n.b("found the tariff_code feature had new unseen values -> mapped to 'unknown', quick", "e+", "data_intuition", "coding")
n.b("i said 'unknown' is now 30% of rows -> he said model handles it, didnt check", "e-", "learning", "data_intuition")
n.b("pushed again -> 'we'd see it in the metrics' -> which ones, couldn't say", "e-", "metrics", "risk_awareness")
n.b("no rollback / no freeze of offers while fixing", "e-", "risk_awareness", hard="negated")
n.b("code fine", "v0", "coding")
n.b("stubborn", "v-", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- history notes ----------------

n = Note(note_id="w21-n033", candidate_id="w21-c09", interviewer_id="w21-i03", req_id="w21-r1",
         round="system_design", submitted_at="2024-11-18", recommendation="no_hire", specificity=1,
         style=["prose"], topic="cell-site fault prediction")
n.s("Niamh struggled in this round.", "v-")
n.s("Didn't seem to have a good feel for large-scale systems.", "v-", "system_thinking", hard="tech_vague")
n.s("Not really at the level we need.", "v-")
n.s("We ran out of time before getting to monitoring.", "c")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n034", candidate_id="w21-c10", interviewer_id="w21-i01", req_id="w21-r1",
         round="debugging", submitted_at="2024-12-03", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "terse", "british"], topic="alarm deduplication")
n.s("Arjun.", "c")
n.s("Same dedup exercise as always.", "c")
n.s("Went straight into the code and started changing the window size.", "e-", "coding", hard="plain_evidence")
n.s("Never looked at the raw alarms.", "e-", "data_intuition", hard="negated")
n.s("Changed it from 5 to 15 minutes, count went down, said fixed, which it wasn't.", "e-", "coding", "data_intuition")
n.s("Told him the duplicates were an hour apart.", "c", hard="interviewer_action")
n.s("He changed the window to 90 minutes, which would merge two real faults at the same site.", "e-", "learning", "coding")
n.s("Didn't run anything before saying he was done.", "e-", "coding", hard="negated")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n035", candidate_id="w21-c11", interviewer_id="w21-i06", req_id="w21-r1",
         round="system_design", submitted_at="2025-01-14", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "headings", "british"], topic="alarm storms")
n.h("Exercise")
n.s("The candidate was asked to design a service that groups alarm storms into single incidents for the NOC in near real time.", "c")
n.h("Observations")
n.s("Jo proposed clustering all alarms in the network every five minutes with DBSCAN on a single machine.", "e-", "system_thinking")
n.s("When asked for volumes, they estimated 'a few thousand alarms' per storm, against the 250,000 per hour the interviewer then supplied, and did not revisit the single-machine choice.", "e-", "system_thinking", "learning")
n.s("They did not use the network topology, although they were told that sites share transmission links.", "e-", "system_thinking", hard="negated")
n.s("They asked how NOC operators currently acknowledge incidents and proposed a merge/split button so operators could correct groupings.", "e+", "user_impact")
n.s("They suggested logging operator corrections as future training labels.", "e+", "data_intuition")
n.s("Once told explicitly to use the link topology, they sketched a link-based grouping in about five minutes.", "e+", "learning", "system_thinking")
n.h("Assessment")
n.s("Good instincts regarding the operators; the core design would not survive a real storm.", "v0", "user_impact", "system_thinking", hard="mixed")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n036", candidate_id="w21-c12", interviewer_id="w21-i04", req_id="w21-r2",
         round="behavioural", submitted_at="2025-01-22", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="churn model ownership")
n.s("Yusuf, behavioural, and I promise I stuck to the question list this time.", "c")
n.s("He told me about inheriting a churn model nobody understood, and how he rebuilt the training pipeline from the notebooks over about six weeks so it could be rerun.", "e+", "ownership")
n.s("When I asked what he'd do differently he said he should have told the care team earlier that scores would change, because their weekly call lists jumped overnight.", "e+", "communication", "user_impact")
n.s("He said he still checks the weekly call-list volumes himself every Monday morning.", "e+", "ownership", "risk_awareness")
n.s("He's a lovely calm presence.", "v+", hard="biased")
n.s("Maybe a small bit light on the stats side, but that wasn't my round.", "v-", "ml_fundamentals", hard="hedged")
n.s("Grand communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w21_notes_part3.jsonl", notes)
