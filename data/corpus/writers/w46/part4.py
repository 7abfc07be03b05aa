import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w46-n037", candidate_id="w46-c13", interviewer_id="w46-i03", req_id="w46-r1",
         round="data", submitted_at="2025-01-14", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="data round")
n.s("Data round - Oliver", "c")
n.nl()
n.s("45 min, video call.", "c")
n.nl()
n.s("Strong data skills.", "v+", "data_intuition")
n.s("Knows his way around messy sensor data, lots of experience there.", "v+", "data_intuition", hard="vague_quantity")
n.s("Clear communicator.", "v+", "communication")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n038", candidate_id="w46-c14", interviewer_id="w46-i06", req_id="w46-r2",
         round="system_design", submitted_at="2025-02-03", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="contamination early warning")
n.s("I asked Mei Lin to design a contamination early-warning system for our distribution network.", "c", hard="interviewer_action")
n.s("She has a brilliant mind for systems and clearly thinks about scale in a very mature way.", "v+", "system_thinking", hard="tech_vague")
n.s("Her communication was excellent and she was a delight to talk to.", "v+", "communication")
n.s("She said she would run the model in shadow alongside the existing alarms first, which was great to hear.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("She is an extremely strong ML engineer with a great deal of depth right across the stack.", "v+", hard="vague_quantity")
n.s("She would be a fantastic cultural addition.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n039", candidate_id="w46-c15", interviewer_id="w46-i04", req_id="w46-r1",
         round="coding", submitted_at="2025-02-18", recommendation="lean_no_hire", specificity=3,
         style=["headings", "bullets", "third_person"], topic="minimum night flow")
n.h("Coding checklist - Tomasz")
n.s("Task: compute minimum night flow per district meter area from 15-minute flow data, 2am-4am window.", "c")
n.b("Clarifies inputs - FAIL: did not ask about missing intervals or time zones.", "e-", "judgment", hard="negated")
n.b("Correctness - PASS on the sample data.", "e+", "coding")
n.b("Edge cases - FAIL: a district with no readings in the window crashed the function.", "e-", "coding")
n.b("Tests - FAIL: none written.", "e-", "coding", hard="negated")
n.b("Readability - PASS: sensible names, short functions.", "e+", "coding")
n.b("Explanation - PASS, mostly.", "v+", "communication", hard="hedged")
n.b("Takes feedback - not tested.", "c")
n.nl()
n.s("Came across as a bit arrogant.", "v-", hard="biased")
n.nl()
n.s("Result: two pass, three fail.", "v-")
n.nl()
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n040", candidate_id="w46-c16", interviewer_id="w46-i02", req_id="w46-r2",
         round="fundamentals", submitted_at="2025-03-25", recommendation="hire", specificity=3,
         style=["terse", "third_person"], topic="pH anomaly detection")
n.s("Fundamentals.", "c")
n.s("Topic: anomaly detection for pH sensors.", "c")
n.s("Hana knows isolation forest well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She said it needs no labels, but the contamination rate must be guessed.", "e+", "ml_fundamentals")
n.s("I asked how to choose that rate.", "c", hard="question")
n.s("She said: from past alarm logs, then check it with the operators.", "e+", "judgment")
n.s("She asked how pH sensors usually fail.", "e+", "risk_awareness", hard="question")
n.s("Good.", "v+")
n.s("Metrics part was weak.", "v-", "metrics")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n041", candidate_id="w46-c17", interviewer_id="w46-i05", req_id="w46-r1",
         round="system_design", submitted_at="2025-04-08", recommendation="lean_hire", specificity=3,
         style=["prose", "headings", "third_person"], topic="pipe renewal ranking")
n.s("Situation: system design for a burst prediction service that ranks pipes for the renewal programme.", "c")
n.nl()
n.s("Behaviour: Diego asked how many kilometres of pipe we can replace a year before he drew anything.", "e+", "judgment", hard="question")
n.s("He split it into a yearly batch ranking and a map layer for the planners, and said nothing here needs to be real time.", "e+", "system_thinking")
n.s("He proposed measuring success by bursts avoided per kilometre replaced over the next five years.", "e+", "metrics")
n.s("When I pointed out that number takes years to read, he said he didn't have a better idea.", "e-", "metrics")
n.s("He did not talk about which suburbs end up at the back of the queue.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Impact: a sensible shape, but thin on how we'd know early if the ranking is wrong.", "v0", "metrics", hard="mixed")
n.s("Strong systems thinker overall.", "v+", "system_thinking")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n042", candidate_id="w46-c18", interviewer_id="w46-i01", req_id="w46-r2",
         round="debugging", submitted_at="2025-05-20", recommendation="hire", specificity=2,
         style=["prose", "fragments", "abbreviations"], topic="chlorine dosing feature")
n.s("Debugging w/ Ngozi, 40 min.", "c")
n.s("Task was the chlorine dosing feature notebook.", "c")
n.nl()
n.s("Reckon she's pretty handy with pandas.", "v+", "coding", hard="hedged")
n.s("Found the bug in the dosing feature eventually.", "e0", "coding")
n.s("Good chat about the job, she asked heaps of questions.", "v+", hard="vague_quantity")
n.s("Sweet as.", "v+")
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n043", candidate_id="w46-c19", interviewer_id="w46-i06", req_id="w46-r1",
         round="data", submitted_at="2025-06-03", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="customer leak reports")
n.s("I really enjoyed my data round with Sam.", "v+")
n.s("I asked them to look at a year of customer leak reports and work out whether our leak model was missing leaks that customers were reporting.", "c", hard="interviewer_action")
n.s("They matched reports to the model's alerts by street and date and found about a quarter of customer-reported leaks had no alert in the week before.", "e+", "data_intuition")
n.s("They then noticed most of those were on customer-side pipes, which our model was never meant to see, and said the miss rate should leave them out.", "e+", "metrics")
n.s("I thought that was clever.", "v+")
n.s("They are very passionate about water and sustainability.", "v+", hard="biased")
n.s("They did not ask whether the reports came mostly from some suburbs, but that may be a lot to ask in one hour.", "e-", "user_impact", hard="negated")
n.s("Excellent communication skills throughout.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n044", candidate_id="w46-c20", interviewer_id="w46-i03", req_id="w46-r2",
         round="behavioural", submitted_at="2025-07-01", recommendation="lean_no_hire", specificity=1,
         style=["terse", "fragments"], topic="behavioural")
n.s("Behavioural - Raj", "c")
n.nl()
n.s("Asked the usual three questions.", "c")
n.nl()
n.s("Not really convinced.", "v-")
n.s("Didn't feel like a strong owner.", "v-", "ownership")
n.s("Communication so-so.", "v0", "communication")
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n045", candidate_id="w46-c21", interviewer_id="w46-i04", req_id="w46-r2",
         round="debugging", submitted_at="2025-07-15", recommendation="hire", specificity=5,
         style=["headings", "bullets", "third_person"], topic="silent turbidity model",
         ratings={"risk_awareness": "strong_hire", "ownership": "hire", "communication": "hire"})
n.h("Debugging checklist - Chloé")
n.s("Scenario: the turbidity alarm model went silent for six hours overnight; operators only noticed at the morning handover.", "c")
n.b("Triage - PASS: first question was whether the plant was safe right now, and she asked me to confirm the fixed-threshold alarms were still running.", "e+", "risk_awareness")
n.b("Reproduce - PASS: pulled the six hours from the historian and showed the model receiving NaNs from two sensors.", "e+", "coding")
n.b("Root cause - PASS: traced the NaNs to a historian interpolation setting switched off during a SCADA patch.", "e+", "system_thinking")
n.b("Fix - PASS: proposed treating NaN as a 'sensor fault' with its own alarm instead of letting the model score it as normal.", "e+", "risk_awareness")
n.b("Prevention - PASS: wrote a check that pages on-call if more than 10% of inputs are missing for 15 minutes.", "e+", "coding")
n.b("Ownership - PASS: offered to write the incident note for the operators herself and asked who signs it off.", "e+", "ownership")
n.b("Communication - PASS: explained the cause in two sentences as she would to a shift lead, with no model terms.", "e+", "communication")
n.b("Customer impact - PASS with note: asked whether any quality samples were taken during the gap, but only once I'd mentioned the regulator.", "e0", "user_impact", hard="mixed")
n.nl()
n.s("Result: eight pass, one with a note.", "v+")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n046", candidate_id="w46-c22", interviewer_id="w46-i05", req_id="w46-r1",
         round="fundamentals", submitted_at="2025-08-12", recommendation="lean_no_hire", specificity=3,
         style=["prose", "headings", "third_person", "quotes"], topic="overfitting leak classifier")
n.s("Situation: fundamentals round on a leak classifier built from acoustic logger features.", "c")
n.nl()
n.s("Behaviour: Kenji said the gap between 0.99 training and 0.71 validation accuracy was 'just a bit unlucky on the split'.", "e-", "ml_fundamentals")
n.s("I asked what else could cause the gap; he suggested training for more epochs.", "e-", "ml_fundamentals")
n.s("After I mentioned that loggers from the same street were in both sets, he saw the leakage and proposed splitting by district.", "e+", "learning")
n.s("He explained the fix clearly.", "v+", "communication")
n.nl()
n.s("Impact: reached the right answer, but only with a strong hint.", "v0", "learning", hard="mixed")
n.s("Bit of a know-it-all vibe.", "v-", hard="biased")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n047", candidate_id="w46-c23", interviewer_id="w46-i02", req_id="w46-r2",
         round="system_design", submitted_at="2025-09-02", recommendation="hire", specificity=5,
         style=["terse", "third_person"], topic="rural bores offline",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "hire"})
n.s("System design.", "c")
n.s("Design: quality monitoring for 30 small rural bores with poor mobile coverage.", "c")
n.s("Aisha asked how often the signal drops.", "e+", "judgment", hard="question")
n.s("Answer: some sites are offline for days.", "c")
n.s("She put the anomaly model on the site gateway, not in the cloud.", "e+", "system_thinking")
n.s("She said the gateway keeps one week of data when offline.", "e+", "system_thinking")
n.s("She sized the model to fit in 64 MB of memory.", "e+", "system_thinking")
n.s("She said an offline site must raise its own alarm in the control room after two hours.", "e+", "risk_awareness")
n.s("I asked about model updates.", "c", hard="question")
n.s("She proposed updating one site first, then the rest after a week.", "e+", "risk_awareness")
n.s("She asked who drives out to a site when it fails.", "e+", "user_impact", hard="question")
n.s("She did not estimate cost.", "e-", "judgment", hard="negated")
n.s("Clear diagrams.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n048", candidate_id="w46-c24", interviewer_id="w46-i01", req_id="w46-r1",
         round="behavioural", submitted_at="2025-10-07", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="alert model paged crews")
n.s("Behavioural, Liam, 35 min.", "c")
n.s("Asked him about a time he got something wrong in production.", "c", hard="question")
n.blank()
n.s("Told me about a leak alert model at a gas network that paged the night crew over a hundred times in its first week.", "e0")
n.s("Said he switched it off himself the second morning, wrote up what went wrong and relaunched at one depot first.", "e+", "ownership")
n.s("Fair play, right move.", "v+")
n.s("When I asked how the crews felt about it, he said 'dunno, never asked them'.", "e-", "user_impact")
n.s("Bit of a shrug on the people side generally.", "v-", "user_impact")
n.s("Good storyteller.", "v+", "communication")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w46_notes_part4.jsonl", notes)
