import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w42-n050", candidate_id="w42-c26", interviewer_id="w42-i03", req_id="w42-r2",
         round="behavioural", submitted_at="2024-06-11", recommendation="lean_no_hire", specificity=1,
         style=["prose", "headings", "third_person"], topic="behavioural")
n.h("Behavioural round")
n.s("Greta was fine but not great.", "v0")
n.s("Answers felt a bit rehearsed.", "v-", "communication")
n.s("Not sure she really owns her projects.", "v-", "ownership", hard="hedged")
n.s("Didn't get a strong sense of product thinking either.", "v-", "user_impact")
n.blank()
n.h("Positives")
n.s("Smart, knows the EO domain.", "v+")
n.s("Good on the technical side from what I could tell.", "v+", hard="hedged")
n.blank()
n.h("Verdict")
n.s("Lean no hire, could be convinced.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n051", candidate_id="w42-c27", interviewer_id="w42-i04", req_id="w42-r1",
         round="system_design", submitted_at="2024-07-23", recommendation="hire", specificity=1,
         style=["prose", "first_person", "american"], topic="telemetry platform")
n.s("I had a really fun design session with Tomás.", "v+")
n.s("He's got tons of big-system experience and it shows.", "v+", "system_thinking", hard="vague_quantity")
n.s("He clearly thinks about scale, reliability and all the right things.", "v+", "system_thinking", hard="tech_vague")
n.s("Very driven, a real self-starter.", "v+", "ownership")
n.s("He knows a lot about observability tooling.", "v+", "risk_awareness", hard="tech_vague")
n.s("I think he'd ramp up on the spacecraft side quickly.", "v+", "learning", hard="hedged")
n.s("Good sense of humor too.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n052", candidate_id="w42-c28", interviewer_id="w42-i06", req_id="w42-r2",
         round="data", submitted_at="2024-08-27", recommendation="lean_no_hire", specificity=1,
         style=["terse", "fragments", "bullets", "lowercase", "abbreviations"], topic="crop classification data")
n.b("data round, crop type labels", "c")
n.b("meh", "v0")
n.b("weak on label quality", "v-", "data_intuition")
n.b("metrics thinking thin", "v-", "metrics")
n.b("coding ok", "v0", "coding")
n.b("not a self-starter imo", "v-", "ownership")
n.b("quiet", "v-", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n053", candidate_id="w42-c29", interviewer_id="w42-i03", req_id="w42-r1",
         round="behavioural", submitted_at="2024-09-17", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="on-call")
n.s("Behavioural, focused on on-call.", "c")
n.s("Leila has done a lot of on-call before and seemed comfortable with it.", "v+", "risk_awareness", hard="vague_quantity")
n.s("She mentioned she wrote the runbooks at her last team.", "e+", "ownership")
n.s("Good ownership mindset.", "v+", "ownership")
n.s("Communicates well.", "v+", "communication")
n.s("Might need support on the ML side, hard to say.", "v-", "ml_fundamentals", hard="hedged")
n.s("Great culture add.", "v+", hard="biased")
n.s("Overall positive.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n054", candidate_id="w42-c30", interviewer_id="w42-i01", req_id="w42-r1",
         round="behavioural", submitted_at="2024-10-08", recommendation="lean_hire", specificity=2,
         style=["terse", "headings", "third_person"], topic="incident response")
n.s("BLUF: Lean hire.", "v+", hard="bare_verdict")
n.nl()
n.s("SITUATION: Asked about their worst incident.", "c")
n.nl()
n.s("OBS: Described a data pipeline outage but never said what they personally did.", "e-", "ownership", hard="negated")
n.s("Said they 'helped with the postmortem'.", "e0", "ownership")
n.s("Composed under questioning.", "v+", hard="biased")
n.s("Some rollback awareness.", "v+", "risk_awareness", hard="vague_quantity")
n.nl()
n.s("RISK: Unproven in ops.", "v-")
n.s("COMMS: Clear.", "v+", "communication")
n.s("REC: Another ops-focused round before deciding.", "c")
notes.append(n)

n = Note(note_id="w42-n055", candidate_id="w42-c31", interviewer_id="w42-i04", req_id="w42-r2",
         round="data", submitted_at="2024-11-19", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="farmer dashboard data")
n.s("I gave Ana Lucía the farmer dashboard usage logs and asked what she'd look at first.", "c", hard="interviewer_action")
n.s("She's got a great eye for data.", "v+", "data_intuition")
n.s("She asked which farmers stopped logging in after the first month.", "e+", "user_impact", hard="question")
n.s("She really cares about the people using the product, which I love.", "v+", "user_impact")
n.s("Her analysis was thorough and well organized.", "v+", "communication")
n.s("She knows SQL and pandas really well.", "v+", "coding", hard="tech_vague")
n.s("Lovely person.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n056", candidate_id="w42-c32", interviewer_id="w42-i02", req_id="w42-r1",
         round="behavioural", submitted_at="2025-06-17", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="ownership and follow-through",
         ratings={"ownership": "hire", "communication": "lean_no_hire"})
n.s("The behavioural interview focused on ownership and on the handling of mistakes in operations.", "c")
n.s("Viktor described a case in which his change to a telemetry decoder caused a day of wrong temperature readings, and said that he himself reported it to the flight team, reprocessed the affected day and added a regression test with the frame that had failed.", "e+", "ownership", "coding")
n.s("He also explained that after the incident he asked for a second reviewer on all decoder changes, which was later adopted by the whole team.", "e+", "ownership", "risk_awareness")
n.s("He is clearly a person who takes responsibility seriously.", "v+", "ownership")
n.s("His answers were very long, and several times he continued with details after the point had been made.", "v-", "communication")
n.s("When I asked him to summarize the incident for a customer in two sentences, he needed four attempts and still used internal terms.", "e-", "communication", "user_impact")
n.s("He seemed generally a bit unsure of himself.", "v-", hard="biased")
n.s("On the technical depth of the ML side this round gives little information.", "c")
n.s("Lean hire, because the ownership story was convincing but the communication with non-engineers was weak.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w42-n057", candidate_id="w42-c33", interviewer_id="w42-i05", req_id="w42-r2",
         round="coding", submitted_at="2025-07-08", recommendation="lean_hire", specificity=3,
         style=["headings", "first_person", "american", "prose"], topic="cloud fraction per field")
n.b("Task", "c", marker="1. ")
n.nl()
n.s("Compute the cloud-free fraction per field from a mask raster and field polygons.", "c")
n.blank()
n.b("Coding", "c", marker="2. ")
n.nl()
n.s("Mariam rasterized the polygons and used a masked sum, which is the right approach.", "e+", "coding")
n.s("She did not handle fields crossing a tile edge and got fractions above 1 for two of them.", "e-", "coding", hard="negated")
n.s("When I pointed at the two bad fields she clipped the polygons to the tile and re-ran in a few minutes.", "e+", "learning", "coding")
n.s("Her code style is good.", "v+", "coding")
n.blank()
n.b("Testing", "c", marker="3. ")
n.nl()
n.s("Tested only on the happy path.", "v-", "coding")
n.blank()
n.b("Learning", "c", marker="4. ")
n.nl()
n.s("Responsive to feedback.", "v+", "learning")
n.blank()
n.b("Overall", "c", marker="5. ")
n.nl()
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n058", candidate_id="w42-c34", interviewer_id="w42-i06", req_id="w42-r1",
         round="debugging", submitted_at="2025-09-30", recommendation="hire", specificity=4,
         style=["terse", "fragments", "bullets", "arrows", "abbreviations"], topic="stale model in prod")
n.b("debug: alerts stopped for 3 days, no errors in logs", "c")
n.b("asked first: did anything deploy in the last week -> yes, config change", "e+", "risk_awareness", "judgment")
n.b("found scorer loading a cached model path that no longer updated", "e+", "coding")
n.b("checked whether any real anomaly happened in the 3 days before fixing", "e+", "risk_awareness", "ownership")
n.b("proposed heartbeat alert: page if zero alerts in 24h across the fleet", "e+", "risk_awareness", "metrics")
n.b("said he'd write the incident note himself and tell the ops lead", "e+", "ownership")
n.b("missed that the config change also touched thresholds, until I asked", "e-", "coding")
n.b("after that: diffed the full config, not just the path", "e+", "learning")
n.b("clear walk-through at end, 3 bullets", "e+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n059", candidate_id="w42-c35", interviewer_id="w42-i02", req_id="w42-r1",
         round="debugging", submitted_at="2025-12-16", recommendation="lean_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="simulation to real gap",
         ratings={"data_intuition": "hire", "metrics": "lean_no_hire"})
n.s("In this debugging exercise the candidate received a thruster anomaly model that had a recall of 0.95 on simulated faults but had missed a real valve leak in the previous month.", "c")
n.s("Joaquín started by plotting the real leak next to a simulated leak of similar size, and observed that the real pressure decay was much slower and noisier than anything in the simulator.", "e+", "data_intuition")
n.s("He concluded that the model had learned the simulator's sharp step signatures, and he proposed to add slow ramps with realistic sensor noise to the simulation.", "e+", "data_intuition", "ml_fundamentals")
n.s("When I asked how he would check that the fix worked, he proposed to measure recall on the new simulated ramps only, which repeats the original mistake of trusting the simulator.", "e-", "metrics")
n.s("After I pointed this out he suggested keeping the real leak and two older real events as a fixed holdout that never enters training, although he admitted three events give only a rough signal.", "e+", "learning", "metrics")
n.s("He did not ask how the operators had eventually noticed the leak, which would have told him what signal they trusted.", "e-", "user_impact", "data_intuition", hard="negated")
n.s("His code for the comparison plots was quick and correct.", "e+", "coding")
n.s("He also proposed that any new thruster model go through the same review as a flight software patch, with the real leak replayed in front of the board.", "e+", "risk_awareness", "ownership")
n.s("I recommend lean hire: the diagnosis was good, but the evaluation plan needed my correction before it stopped relying on the simulator.", "e0", "metrics", hard="mixed")
notes.append(n)

n = Note(note_id="w42-n060", candidate_id="w42-c36", interviewer_id="w42-i01", req_id="w42-r2",
         round="system_design", submitted_at="2026-03-31", recommendation="strong_hire", specificity=5,
         style=["terse", "headings", "third_person"], topic="insurer drought index",
         ratings={"user_impact": "strong_hire", "risk_awareness": "strong_hire", "judgment": "hire"})
n.s("BLUF: Strong hire.", "v+", hard="bare_verdict")
n.nl()
n.s("TASK: drought index product sold to an insurer; payouts to farmers keyed off it.", "c")
n.nl()
n.s("OBS: Siobhan asked first whether the index triggers payouts automatically; on yes, she said errors become money taken from farmers.", "e+", "user_impact", "judgment")
n.s("Asked what ground truth exists; told only rainfall gauges, sparse in the north.", "e+", "data_intuition", hard="question")
n.s("Noted that gauge density is lowest where farms are poorest and said that was where error would hurt most.", "e+", "user_impact", "data_intuition")
n.s("Proposed validating the index against gauges and reporting error separately for north and south.", "e+", "metrics", "user_impact")
n.s("Design: weekly composites, cloud-filled with SAR moisture, per-district index, signed release to insurer.", "e+", "system_thinking")
n.s("Sized it at ~400 scenes a week; one batch job, no streaming needed.", "e+", "system_thinking", "judgment")
n.nl()
n.s("RISK: Raised that an index change after payout cannot be undone, same as an uplinked command.", "e+", "risk_awareness")
n.s("Proposed freezing each week's index once published and shipping model updates only at season start after a review.", "e+", "risk_awareness", "judgment")
n.s("Asked how a farmer disputes a wrong index; proposed a published appeal path with the imagery attached.", "e+", "user_impact")
n.nl()
n.s("WEAKNESS: Did not estimate cost until prompted.", "e-", "system_thinking", hard="negated")
n.s("COMMS: Explained the freeze rule to me as if I were the insurer, no jargon.", "e+", "communication")
notes.append(n)

save_notes("data/corpus/raw/w42_notes_part5.jsonl", notes)
print(len(notes), "notes")
