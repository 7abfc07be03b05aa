import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w55-n025", candidate_id="w55-c07", interviewer_id="w55-i01", req_id="w55-r1",
         round="behavioural", submitted_at="2026-04-20", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="firmware bricking")
n.s("Behavioural round.", "c")
n.s("I asked Matías about a time a release went wrong.", "c", hard="question")
n.s("He told me about a firmware push that bricked 60 chargers at his last company.", "e0", "risk_awareness")
n.s("I asked what he did that night.", "c", hard="question")
n.s("He said he was not on call, so he read about it the next day.", "e-", "ownership")
n.s("He did not say what he changed after.", "e-", "ownership", "learning", hard="negated")
n.s("When I asked who wrote the postmortem, he said 'the platform lead, it was their deploy'.", "e-", "ownership")
n.s("He said drivers were stuck for two days at some sites, but he did not connect this to his own work.", "e-", "user_impact", "ownership")
n.s("He answered the questions directly and in short form.", "v+", "communication")
n.s("I am not sure he drives things.", "v-", "ownership", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n026", candidate_id="w55-c07", interviewer_id="w55-i04", req_id="w55-r1",
         round="coding", submitted_at="2026-04-20", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="charger faults",
         ratings={"coding": "strong_hire", "communication": "hire"})
n.h("Coding: detect stuck connectors from status pings")
n.b("Coding: 4/4 - wrote a single pass over pings per charger, tracking the last 'charging' state and flagging any run of more than 20 minutes at 0 kW.", "e+", "coding")
n.b("Tests: 4/4 - added cases for a charger with no pings, pings out of order, and a run that ends exactly at 20 minutes.", "e+", "coding")
n.b("Found out-of-order pings broke the run logic and added a sort by timestamp before the loop.", "e+", "coding", "data_intuition")
n.b("Complexity: stated O(n log n) from the sort and said it was fine for one day of pings.", "e+", "coding", "system_thinking")
n.b("Data: 3/4 - asked whether 0 kW could also mean the car was full rather than stuck.", "e+", "data_intuition", hard="question")
n.b("Comms: 3/4 - narrated each choice before coding it.", "v+", "communication")
n.b("Risk: 2/4 - did not ask what the alert would trigger, a tech visit or a remote reset.", "e-", "risk_awareness", hard="negated")
n.b("Ownership: not assessed this round.", "c")
n.b("Hire on coding alone; see i01 for ownership concerns.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n027", candidate_id="w55-c07", interviewer_id="w55-i05", req_id="w55-r1",
         round="system_design", submitted_at="2026-04-21", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="remote resets")
n.s("System design on automatic remote resets.", "c")
n.s("Matías was great, really knowledgeable.", "v+")
n.s("Superb understanding of OCPP and charger protocols.", "v+", "system_thinking", hard="tech_vague")
n.s("He suggested capping resets at three a day per charger, which I really liked.", "e+", "risk_awareness", "judgment")
n.s("Tons of ideas.", "v+", hard="vague_quantity")
n.s("Ownership seemed fine to me, no concerns.", "v+", "ownership")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n028", candidate_id="w55-c07", interviewer_id="w55-i06", req_id="w55-r1",
         round="data", submitted_at="2026-04-22", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="fault labels")
n.s("The candidate was asked to build a training set for fault prediction from technician tickets.", "c")
n.s("Matías filtered tickets to those with a fault code and used ticket creation time as the failure time.", "e0", "data_intuition")
n.s("When asked how long after the actual failure a ticket is usually raised, he said he did not know and that the data team 'would have handled that'.", "e-", "ownership", "data_intuition")
n.s("He did not look at tickets closed as 'no fault found' and kept them as positives.", "e-", "data_intuition", hard="negated")
n.s("Once the interviewer showed that 30% of positives were closed that way, he removed them and re-ran the counts.", "e+", "learning")
n.s("His explanation of why he chose a seven-day prediction window was brief: 'that's what we used before'.", "e-", "judgment")
n.s("He was polite and calm throughout.", "v+", hard="biased")
n.s("This is the second round to note passive ownership (see i01).", "c")
n.s("Recommendation: lean no hire, on ownership and data judgement.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n029", candidate_id="w55-c08", interviewer_id="w55-i04", req_id="w55-r2",
         round="data", submitted_at="2026-05-11", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="peak pricing",
         ratings={"metrics": "no_hire", "data_intuition": "lean_no_hire"})
n.h("Data: evaluate a peak-pricing experiment")
n.b("Setup: 40 sites, 20 with a peak surcharge for four weeks; candidate given session counts and revenue.", "c")
n.b("Metrics: 1/4 - reported revenue per site up 9% and called the surcharge 'proven'.", "e-", "metrics")
n.b("Did not check that treatment and control sites were balanced; the treated sites had more motorway locations.", "e-", "data_intuition", hard="negated")
n.b("When the interviewer pointed at the imbalance, Aigerim said it 'evens out over four weeks'.", "e-", "learning", "data_intuition")
n.b("Users: 1/4 - sessions at treated sites fell 6%; she did not ask where those drivers went.", "e-", "user_impact", hard="negated")
n.b("Coding: 3/4 - her notebook computed the site-level means correctly and quickly.", "e+", "coding")
n.b("Comms: 3/4 - tidy summary slide.", "v+", "communication")
n.b("Risk: 2/4 - suggested rolling out to all sites next month.", "e-", "risk_awareness", "judgment")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n030", candidate_id="w55-c08", interviewer_id="w55-i03", req_id="w55-r2",
         round="fundamentals", submitted_at="2026-05-11", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="pricing")
n.s("Fundamentals w/ Aigerim.", "c")
n.s("Strong stats background.", "v+", "ml_fundamentals")
n.s("Good communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n031", candidate_id="w55-c08", interviewer_id="w55-i06", req_id="w55-r2",
         round="system_design", submitted_at="2026-05-12", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="demand forecast")
n.s("The candidate was asked to design the demand-forecast service behind site selection.", "c")
n.s("Aigerim proposed a gradient-boosted model on traffic, population and nearby charger counts, retrained monthly.", "e0", "system_thinking")
n.s("She stated that an offline MAPE of 11% meant the new sites would 'hit plan'.", "e-", "metrics")
n.s("Asked how she would know after opening whether the forecast was right, she had no answer beyond re-checking the MAPE.", "e-", "metrics", "risk_awareness")
n.s("She did identify that competitor openings were missing from the features and proposed a scraped feed of them.", "e+", "data_intuition")
n.s("She did not consider that a poor forecast could strand drivers at an undersized site in its first winter.", "e-", "user_impact", hard="negated")
n.s("Her diagrams were orderly.", "v+", "communication")
n.s("The same reliance on offline error was noted by i04.", "c")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n032", candidate_id="w55-c08", interviewer_id="w55-i02", req_id="w55-r2",
         round="debugging", submitted_at="2026-05-13", recommendation="lean_hire", specificity=3,
         style=["bullets", "fragments", "lowercase", "abbreviations"], topic="grid limits")
n.b("debugging: site tripping its breaker every sat afternoon", "c")
n.b("she asked for the load curve at 15 min resolution before anything else", "e+", "data_intuition", hard="plain_evidence")
n.b("found the load balancer config capped at 400kW but the contract is 350", "e+", "system_thinking")
n.b("wanted to change the cap straight in prod, no staged test", "e-", "risk_awareness")
n.b("i said 'what if the number is wrong' -> she said fine, try it on one bay first", "e+", "learning", "risk_awareness")
n.b("sharp", "v+")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w55_notes_part4.jsonl", notes)
