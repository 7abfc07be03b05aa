import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Sigrid (she), r1
n = Note(note_id="w59-n001", candidate_id="w59-c01", interviewer_id="w59-i01", req_id="w59-r1",
         round="data", submitted_at="2025-09-08", recommendation="hire", specificity=4,
         style=["prose", "first_person", "terse"], topic="hydrophone labels",
         ratings={"data_intuition": "hire"})
n.s("Data round, 45 min.", "c")
n.s("I give her the buoy clips with volunteer labels for right whale upcalls.", "c")
n.s("She asks first how many annotators see each clip.", "e+", "data_intuition", hard="plain_evidence")
n.s("When I say one, she wants to measure agreement on a sample of 200 clips with two people.", "e+", "data_intuition")
n.s("She finds that clips from storm nights have almost no positive labels and says annotators maybe skip them.", "e+", "data_intuition")
n.s("She does not check the class balance per buoy until the end.", "e-", "data_intuition", hard="negated")
n.s("She asks who gets the alert, the ship captain or the port office.", "e+", "user_impact", hard="question")
n.s("Explanation is clear and short.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n002", candidate_id="w59-c01", interviewer_id="w59-i02", req_id="w59-r1",
         round="system_design", submitted_at="2025-09-08", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="on-buoy detection")
n.s("Right, so I set Sigrid the classic problem of running a call detector on a buoy that has roughly the power budget of a bicycle lamp.", "c")
n.s("She started by asking how often the satellite uplink is available, which honestly is the question most of my colleagues forget to ask.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("Her design kept a tiny first-stage detector on the buoy and shipped only 10-second snippets ashore for the heavier model.", "e+", "system_thinking")
n.s("She estimated about 40 snippets a day per buoy in migration season and checked that against the uplink cost.", "e+", "system_thinking")
n.s("When I asked what happens if a buoy goes silent for a week (they do, seals chew everything), she proposed a heartbeat and a dashboard flag rather than assuming no whales.", "e+", "risk_awareness")
n.s("I pushed on false alarms annoying the shipping companies and she said a captain who gets three bogus slow-down requests will ignore the fourth.", "e+", "user_impact")
n.s("Lovely conversation, I'd happily go to sea with her.", "v+")
n.s("Didn't get to model updates over the air, ran out of time.", "c")
n.s("Strong hire from my side.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n003", candidate_id="w59-c01", interviewer_id="w59-i03", req_id="w59-r1",
         round="fundamentals", submitted_at="2025-09-09", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="audio ML")
n.s("Very solid on audio ML and spectrogram models.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good grasp of class imbalance and evaluation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communicates well.", "v+", "communication")
n.s("Would fit in with the acoustics group.", "v+", hard="biased")
n.s("Seems like she would pick things up quickly.", "v+", "learning", hard="hedged")
n.s("Nice person.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n004", candidate_id="w59-c01", interviewer_id="w59-i04", req_id="w59-r1",
         round="coding", submitted_at="2025-09-09", recommendation="lean_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="audio windowing")
n.h("Coding checklist")
n.b("Task: split a long hydrophone recording into overlapping windows and merge detections.", "c")
n.b("Clarified overlap and sample rate before coding: yes.", "e+", "judgment")
n.b("Working solution: yes, after fixing an off-by-one at the last window.", "e0", "coding", hard="mixed")
n.b("Tests written: no, ran one example by hand only.", "e-", "coding", hard="negated")
n.b("Merged overlapping detections in sorted order without being asked: yes.", "e+", "coding")
n.b("Complexity stated: yes, linear in samples.", "e+", "coding")
n.b("Handled empty recording: no.", "e-", "coding", hard="negated")
n.b("When I pointed at the missing test she wrote one for a 3-sample file straight away.", "e+", "learning")
n.b("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# c02 Tomasz (he), r2
n = Note(note_id="w59-n005", candidate_id="w59-c02", interviewer_id="w59-i05", req_id="w59-r2",
         round="behavioural", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=5,
         style=["headings", "prose", "third_person", "british"], topic="ship-strike risk")
n.h("Situation")
n.s("Tomasz described a risk map for vessel strikes he built at a port authority.", "c")
n.s("The map was used by harbour pilots to choose routes.", "c")
n.h("Behaviour")
n.s("He said the first version was wrong for six weeks because AIS gaps were treated as no traffic, and that he found out from a pilot, not from monitoring.", "e-", "risk_awareness")
n.s("Asked what he changed, he said the data team should have flagged the gaps.", "e-", "ownership")
n.s("He did add a coverage layer to the map later, but could not say who decided that.", "e0", "ownership", hard="mixed")
n.s("When I asked how pilots reacted to the wrong map he said he did not know.", "e-", "user_impact", hard="negated")
n.h("Result")
n.s("He reported that the corrected map cut flagged high-risk transits by 30%, but could not say whether strikes fell.", "e-", "metrics")
n.s("Lean no hire; the ownership answers carry most of it.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w59-n006", candidate_id="w59-c02", interviewer_id="w59-i06", req_id="w59-r2",
         round="data", submitted_at="2025-10-14", recommendation="lean_hire", specificity=3,
         style=["bullets", "abbreviations", "terse", "fragments"], topic="AIS data")
n.b("q: estimate strike risk per grid cell from AIS + whale sightings", "c")
n.b("C joined sightings to AIS by cell + day, asked re sighting effort bias -> good", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("noted sightings cluster near whale-watch routes, proposed effort-normalising", "e+", "data_intuition")
n.b("solid w/ pandas", "v+", "coding", hard="tech_vague")
n.b("metric = AUC on held-out yr, didn't ask what users do w/ score", "e-", "user_impact", hard="negated")
n.b("treated AUC 0.81 as 'basically done'", "e-", "metrics")
n.b("imo prob fine on data", "v+", "data_intuition", hard="hedged")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n007", candidate_id="w59-c02", interviewer_id="w59-i02", req_id="w59-r2",
         round="debugging", submitted_at="2025-10-15", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="risk model drift")
n.s("Debugging round; I gave Tomasz the notebook where the risk score for the Gulf of Maine drops to nearly zero every November.", "c")
n.s("He plotted the input counts by month within five minutes and saw the sightings feed dropping off, which is of course when the survey planes stop flying, not when the whales leave.", "e+", "data_intuition")
n.s("He then suggested carrying the last season's density forward with a decay rather than trusting zero.", "e+", "judgment")
n.s("I asked what he'd tell a shipping company in the meantime and he said, fairly bluntly, 'keep the slow zone on'.", "e+", "user_impact")
n.s("When I challenged the decay choice he got a bit prickly and said any reasonable prior would do.", "e-", "learning")
n.s("Aside: the November dip has fooled three PhD students I know, so I'm forgiving.", "c")
n.s("Decent debugging instincts overall.", "v+", "coding")
n.s("Hire, mild worry about the pushback.", "v+")
notes.append(n)

n = Note(note_id="w59-n008", candidate_id="w59-c02", interviewer_id="w59-i04", req_id="w59-r2",
         round="fundamentals", submitted_at="2025-10-16", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="calibration")
n.h("Fundamentals")
n.b("Asked him to explain why a risk score needs calibration if ships act on thresholds.", "c")
n.b("Explained calibration correctly: no; said AUC already covers it.", "e-", "ml_fundamentals")
n.b("Knew Brier score: yes, wrote the formula.", "e+", "ml_fundamentals")
n.b("Offline vs real strikes gap raised: no, said held-out AUC 'is the answer'.", "e-", "metrics", hard="negated")
n.b("Accepted correction: no, repeated the AUC point twice after I gave a counter-example.", "e-", "learning")
n.b("Asked about false alarms for fishermen: no.", "e-", "user_impact", hard="negated")
n.b("Overall: no hire.", "v-", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w59-n009", candidate_id="w59-c09", interviewer_id="w59-i03", req_id="w59-r1",
         round="system_design", submitted_at="2024-11-20", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="alerting")
n.s("Talked through a streaming pipeline for whale alerts.", "v0", "system_thinking", hard="tech_vague")
n.s("Good awareness of latency and scale.", "v+", "system_thinking", hard="tech_vague")
n.s("He mentioned monitoring at one point.", "e0", "risk_awareness")
n.s("Not much on the users of the alerts.", "v-", "user_impact")
n.s("Probably fine overall.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n010", candidate_id="w59-c10", interviewer_id="w59-i01", req_id="w59-r2",
         round="debugging", submitted_at="2025-02-03", recommendation="no_hire", specificity=5,
         style=["prose", "first_person", "terse"], topic="buoy failures")
n.s("Debugging, 50 min.", "c")
n.s("I show him the detector output: buoy 7 reports zero calls for nine days in March.", "c")
n.s("He says first it is fine, whales moved.", "e-", "judgment")
n.s("He does not open the raw audio level plot, also after I ask what else could explain zero.", "e-", "data_intuition", hard="negated")
n.s("I show him the plot is flat, the hydrophone is dead.", "c")
n.s("He says the model is not the problem so it is for the field team.", "e-", "ownership")
n.s("I ask what ships in the area were told in these nine days; he says probably no slow-down, and does not see the harm.", "e-", "user_impact")
n.s("He writes no check for silent buoys, also when I suggest it.", "e-", "risk_awareness", hard="negated")
n.s("His Python is quick and clean.", "v+", "coding")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w59_notes_part1.jsonl", notes)
