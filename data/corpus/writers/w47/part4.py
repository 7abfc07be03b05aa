import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w47-n037", candidate_id="w47-c13", interviewer_id="w47-i05", req_id="w47-r1",
         round="coding", submitted_at="2025-03-11", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person", "american"], topic="coding")
n.s("Coding round with Mateo, 45 minutes, ran a few minutes over.", "c")
n.s("Mateo is a rock star!", "v+")
n.s("Blazing fast coder.", "v+", "coding")
n.s("Writes super clean, idiomatic Python.", "v+", "coding", hard="tech_vague")
n.s("Obviously understands computer vision at a deep level.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("A million ideas a minute.", "v+", hard="vague_quantity")
n.s("Great vibe, would fit right in with the team.", "v+", hard="biased")
n.s("Strong hire!!!", "v+", hard="bare_verdict")
n.s("Ping me if you need more detail.", "c")
notes.append(n)

n = Note(note_id="w47-n038", candidate_id="w47-c14", interviewer_id="w47-i04", req_id="w47-r1",
         round="fundamentals", submitted_at="2025-05-06", recommendation="hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="class imbalance",
         ratings={"ml_fundamentals": "hire", "metrics": "lean_no_hire"})
n.h("Fundamentals (45 min)")
n.s("Questions covered: loss choice for imbalanced material classes, calibration, and evaluation under label noise.", "c")
n.blank()
n.h("Findings")
n.b("Explained that with 200:1 imbalance between PET and rare contaminants, cross-entropy is dominated by easy PET examples, and set class weights from inverse frequency (observed).", "e+", "ml_fundamentals", marker="1. ")
n.b("Showed on the whiteboard that weighting shifts the predicted probabilities, so scores need recalibrating before they serve as a pick threshold (observed).", "e+", "ml_fundamentals", marker="2. ")
n.b("Said that adding more audit data always lowers bias and variance together (observed).", "e-", "ml_fundamentals", marker="3. ")
n.b("When I asked for a case where more data would not help, corrected herself: more data does not remove the bias of a model that is too small (observed).", "e+", "learning", marker="4. ")
n.b("Described estimating auditor error from a small double-audited subset and using it to bound true precision (observed).", "e+", "data_intuition", marker="5. ")
n.b("Stated that 0.97 audit precision meant 3% of picks on the line were wrong, without noting that audits only sample flagged items (observed).", "e-", "metrics", marker="6. ")
n.b("Checked that I had followed the calibration argument before moving on (observed).", "e+", "communication", marker="7. ")
n.blank()
n.h("Recommendation")
n.s("Hire: 1, 2 and 5 are solid, and 3 and 6 are fixable gaps.", "v+")
notes.append(n)

n = Note(note_id="w47-n039", candidate_id="w47-c15", interviewer_id="w47-i01", req_id="w47-r2",
         round="coding", submitted_at="2025-07-01", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "typos"], topic="audit joins")
n.s("Coding round, 45 minutes, in the shared editor.", "c")
n.s("I asked Seun to write a function that merge audit records with pick records by item ID and time.", "c", hard="interviewer_action")
n.s("He wrote the join quickly and it was correct for my first example.", "e+", "coding")
n.s("He did not write any test by himself, I had to ask for it.", "e-", "coding", hard="negated")
n.s("Then he added two tests, one for an item with no audit and one with two audits.", "e0", "coding")
n.s("I think he understand data joins very well.", "v+", "data_intuition", hard="hedged")
n.s("His explanations were a little hard to follow for me.", "v-", "communication")
n.s("He asked me how the plant uses the audit records later, which I like.", "e+", "user_impact")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n040", candidate_id="w47-c16", interviewer_id="w47-i02", req_id="w47-r2",
         round="behavioural", submitted_at="2025-08-12", recommendation="hire", specificity=2,
         style=["prose", "terse", "american"], topic="behavioural")
n.s("Had coffee with Camila, about half an hour.", "c")
n.s("She asked if she could see the control room before we started, so we did.", "e+", "user_impact", hard="plain_evidence")
n.s("Good listener.", "v+", "communication")
n.s("Knows her stuff about reports.", "v+")
n.s("Seems like the type who finishes what she starts.", "v+", "ownership", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n041", candidate_id="w47-c17", interviewer_id="w47-i06", req_id="w47-r2",
         round="data", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="firmware comparison")
n.h("data 45m - Arjun")
n.b("task: whether new sorter firmware is better, gave 2 wks before/after audit data", "c", hard="interviewer_action")
n.b("compared avg purity before/after, said +1.8% = better", "e-", "metrics")
n.b("didn't check that feedstock changed (new town contract started wk 2)", "e-", "data_intuition", hard="negated")
n.b("when pointed out -> 'probably small effect', no check", "e-", "learning")
n.b("proposed t-test on daily purity, set it up right", "e+", "ml_fundamentals")
n.b("purity only, ignored recovery rate", "e-", "metrics", hard="negated")
n.b("summed up for plant mgr in one line: 'new firmware looks ~2% cleaner'", "e+", "communication")
n.b("LNH", "v-", hard="bare_verdict")
n.b("maybe re-interview for junior role", "c")
notes.append(n)

n = Note(note_id="w47-n042", candidate_id="w47-c18", interviewer_id="w47-i03", req_id="w47-r1",
         round="system_design", submitted_at="2025-12-02", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="system design")
n.s("Design round w/ Nadia.", "c")
n.s("Decent.", "v0", hard="bare_verdict")
n.s("Understands the robot/vision stack.", "v+", "system_thinking", hard="tech_vague")
n.s("Some gaps on the scaling side.", "v-", "system_thinking")
n.s("Not sure about her judgment.", "v-", "judgment", hard="hedged")
n.s("Lean hire I suppose.", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w47-n043", candidate_id="w47-c19", interviewer_id="w47-i05", req_id="w47-r2",
         round="behavioural", submitted_at="2026-02-10", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="tonnage reporting")
n.s("Elif was a delight!", "v+")
n.s("I asked about a time she owned a problem nobody else wanted.", "c", hard="question")
n.s("She told me how she took over a broken nightly tonnage report that three teams had ignored, found it was double-counting transfer loads, and fixed it within a week.", "e+", "ownership")
n.s("She also set up a check that emails her if any day's tonnage jumps by more than 30%.", "e+", "risk_awareness")
n.s("She said she visited each site manager afterwards to explain why their numbers had gone down.", "e+", "communication")
n.s("Total owner.", "v+", "ownership")
n.s("Such a warm person.", "v+", hard="biased")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n044", candidate_id="w47-c20", interviewer_id="w47-i04", req_id="w47-r2",
         round="system_design", submitted_at="2026-02-24", recommendation="lean_no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="predictive maintenance",
         ratings={"system_thinking": "lean_no_hire", "metrics": "no_hire", "learning": "hire"})
n.h("System design (60 min): predictive maintenance alerts for shredders")
n.s("Task: design a system that warns maintenance crews before a shredder jams, using vibration and motor current.", "c", hard="question")
n.blank()
n.h("Findings")
n.b("Asked how many jams happen per month (about 15 across 6 shredders) before choosing an approach (observed).", "e+", "judgment", marker="1. ")
n.b("Proposed streaming 1 kHz sensor data to the cloud from every shredder; his own estimate when asked came to about 50 GB a day and he did not revisit the design (observed).", "e-", "system_thinking", marker="2. ")
n.b("Set the model to predict a jam in the next 10 minutes and asked whether a crew can actually act within 10 minutes (observed).", "e+", "user_impact", marker="3. ")
n.b("Defined success as AUC on held-out weeks and proposed no tracking of jams avoided or downtime hours (observed).", "e-", "metrics", marker="4. ")
n.b("What happens when a sensor fails and reads zero (not observed).", "e-", "risk_awareness", hard="negated", marker="5. ")
n.b("Said the crew would \"just get used to\" false alarms when I asked about alert fatigue (observed).", "e-", "user_impact", marker="6. ")
n.b("When I suggested aggregating at the edge, adopted it, cut the stream to one-second summaries and said what detail that loses (observed).", "e+", "learning", marker="7. ")
n.b("Stopped twice to ask whether I wanted more depth on a component (observed).", "e+", "communication", marker="8. ")
n.blank()
n.h("Recommendation")
n.s("Lean no hire: 2, 4, 5 and 6 outweigh 1, 3 and 7 for a role that owns production alerts.", "v-")
notes.append(n)

n = Note(note_id="w47-n045", candidate_id="w47-c21", interviewer_id="w47-i01", req_id="w47-r1",
         round="fundamentals", submitted_at="2026-03-17", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "typos"], topic="label noise")
n.s("Fundamentals round, 45 minutes.", "c")
n.s("I asked Marcus to explain why our RGB model confuse clear PET and clear PVC.", "c", hard="question")
n.s("He said they look the same in RGB so no model can separate them from those pixels, and suggested hyperspectral, which is correct.", "e+", "ml_fundamentals")
n.s("Then I asked how he will evaluate a new model when the audit labels have errors.", "c", hard="question")
n.s("He said label errors are random so they cancel out, which is not true for our audits.", "e-", "data_intuition")
n.s("He mixed up precision and recall two times when talking about missed contaminants.", "e-", "ml_fundamentals")
n.s("I think he has good intuition but the theory is not strong.", "v-", "ml_fundamentals", hard="mixed")
n.s("He listened my questions fully before answering.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n046", candidate_id="w47-c22", interviewer_id="w47-i06", req_id="w47-r1",
         round="debugging", submitted_at="2026-04-07", recommendation="hire", specificity=4,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="late picks")
n.h("debug 45m - Siobhan")
n.b("scenario: arm picks too late on line 2 only, every few min", "c", hard="question")
n.b("first asked for belt speed logs vs cam frame timestamps on line 2", "e+", "data_intuition")
n.b("saw frame gaps every ~3 min -> guessed network switch, asked if line 2 shares it w/ anything", "e+", "system_thinking")
n.b("it did (scale PC backups) -> proposed QoS on cam traffic + alarm on frame gaps", "e+", "risk_awareness")
n.b("asked if the late picks ever swing near anyone on the line", "e+", "user_impact")
n.b("quick pandas to find gaps, off by one on first frame, fixed it w/o hint", "e+", "coding")
n.b("explained root cause in 3 lines for shift lead", "e+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n047", candidate_id="w47-c23", interviewer_id="w47-i02", req_id="w47-r1",
         round="behavioural", submitted_at="2026-05-05", recommendation="no_hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Interviewed Ines.", "c")
n.s("Didn't click with her.", "v-", hard="biased")
n.s("Not a fit for the floor.", "v-")
n.s("Not a team player I'd say.", "v-", hard="biased")
n.s("Didn't get what we do here.", "v-")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n048", candidate_id="w47-c24", interviewer_id="w47-i05", req_id="w47-r2",
         round="data", submitted_at="2026-06-09", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="audit volume")
n.s("Yusuf did really well!", "v+")
n.s("Data round on our retraining cadence and audit volume.", "c")
n.s("He asked how many items the auditors look at per day.", "e+", "data_intuition")
n.s("Great instincts for data quality.", "v+", "data_intuition")
n.s("Knows metrics inside out.", "v+", "metrics", hard="tech_vague")
n.s("Lots of experience.", "v+", hard="vague_quantity")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w47_notes_part4.jsonl", notes)
