import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Lars Henriksen (he), r1: passive ownership (i05, i04)
n = Note(note_id="w18-n025", candidate_id="w18-c07", interviewer_id="w18-i05", req_id="w18-r1",
         round="behavioural", submitted_at="2025-11-04", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "british", "quotes"], topic="timber supplier drift")
n.s("Lars joined a few minutes late because of a train, no problem at all.", "c")
n.s("We began with his current role on a vision team at a furniture maker.", "c")
n.s("I asked him to tell me about a model that went wrong in production.", "c", hard="question")
n.s("He described a knot-detection model that started missing defects after a new timber supplier came on, and said the data team noticed about three weeks later.", "e0", "risk_awareness")
n.s("When I asked what he did then, he said he 'raised a ticket with the data team' and waited for them to relabel.", "e-", "ownership", hard="plain_evidence")
n.s("I asked who owned the fix in the end, and he said it was never really clear.", "e-", "ownership")
n.s("He was lovely about his colleagues.", "v+", hard="biased")
n.s("I did like that he asked how our line workers give feedback on false rejects.", "e+", "user_impact", hard="question")
n.s("Such a pleasant person, but I came away unsure he drives things himself.", "v0", "ownership", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Another round should probe ownership.", "c")
notes.append(n)

n = Note(note_id="w18-n026", candidate_id="w18-c07", interviewer_id="w18-i04", req_id="w18-r1",
         round="system_design", submitted_at="2025-11-04", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british", "quotes", "headings"], topic="wood panel inspection",
         ratings={"ownership": "no_hire", "ml_fundamentals": "hire"})
n.h("Design exercise")
n.s("I have asked to Lars to conceive the inspection of wood panels on two lines, with a budget of 50 ms per panel.", "c", hard="interviewer_action")
n.s("He has proposed a segmentation model with a good justification: the knots must be localised for the saw, not only detected.", "e+", "ml_fundamentals", "system_thinking", hard="verdict_plus_evidence")
n.s("For the data, he wanted to 'ask the data team for labels' and did not wish to define the label schema himself.", "e-", "ownership")
n.s("When I have asked who will decide the threshold, he answered 'the product owner' and stopped there.", "e-", "ownership")
n.s("He did not propose any monitoring after the deployment.", "e-", "risk_awareness", hard="negated")
n.s("He explains with clarity.", "v+", "communication")
n.s("There is a real technical ability, but I have not seen initiative.", "v-", "ownership", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n027", candidate_id="w18-c07", interviewer_id="w18-i02", req_id="w18-r1",
         round="coding", submitted_at="2025-11-05", recommendation="hire", specificity=5,
         style=["bullets", "british", "fragments"], topic="connected components",
         ratings={"coding": "hire"})
n.b("Round: coding, 45 min.", "c")
n.b("Task: connected components on a binary defect mask; return the areas above a minimum size.", "c")
n.b("Approach: chose iterative BFS over recursion, saying a 4k by 4k mask would overflow the stack.", "e+", "coding")
n.b("Correctness: ran both of my examples; both passed first time.", "e+", "coding")
n.b("Edge cases: handled the all-zero mask; did not consider diagonal connectivity until I asked.", "e-", "coding", hard="mixed")
n.b("Adaptation: after the question, added an 8-connectivity flag and a test for it.", "e+", "learning", "coding")
n.b("Complexity: O(HW), stated without prompting.", "e+", "coding")
n.b("Communication: before writing the BFS, said aloud what the queue would hold and why.", "e+", "communication")
n.b("Verdict: H on coding alone.", "v+", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n028", candidate_id="w18-c07", interviewer_id="w18-i03", req_id="w18-r1",
         round="fundamentals", submitted_at="2025-11-05", recommendation="lean_hire", specificity=2,
         style=["terse", "fragments"], topic="thresholds")
n.s("Pretty solid.", "v+")
n.s("Did the standard imbalance questions.", "c")
n.s("Explained class weights vs resampling ok.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("He said he'd pick the threshold on validation and only then report on test.", "e+", "metrics", hard="plain_evidence")
n.s("Bit quiet.", "v-", hard="biased")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- c08 Rahel Tesfaye (they), r2: ignores worker harm (i01, i05); data_intuition contradiction (i06 vs i05)
n = Note(note_id="w18-n029", candidate_id="w18-c08", interviewer_id="w18-i06", req_id="w18-r2",
         round="data", submitted_at="2026-02-10", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes"], topic="shift lighting drift",
         ratings={"data_intuition": "strong_hire"})
n.b("data: drift btw plants, night shift imgs darker", "c")
n.b("first thing: plotted mean brightness per shift -> night shift clearly off", "e+", "data_intuition")
n.b("proposed per-camera normalisation + collect ~50 night defects before retrain", "e+", "data_intuition")
n.b("caught that 'good' labels = parts that passed downstream QA -> escaped defects labelled good", "e+", "data_intuition")
n.b("asked how long QA feedback takes -> 2 wks -> built label delay into the window", "e+", "data_intuition", hard="question")
n.b("didnt discuss what operators see when the model is unsure", "e-", "user_impact", hard="negated")
n.b("v strong on data", "v+", "data_intuition")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n030", candidate_id="w18-c08", interviewer_id="w18-i01", req_id="w18-r2",
         round="system_design", submitted_at="2026-02-10", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british", "headings", "terse", "quotes"], topic="guard door check",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire"})
n.h("System design")
n.s("Task: a vision check that the guard door is shut before a robot cell starts.", "c")
n.s("They proposed the model as the only check, to 'save the cost of the door switch'.", "e-", "risk_awareness")
n.s("I asked about a person inside the cell.", "c", hard="question")
n.s("They said the camera would see them 99% of the time.", "e-", "user_impact")
n.s("Never came back to the other 1%.", "e-", "risk_awareness", hard="negated")
n.s("Latency plan was sound: 15 ms on the cell controller, measured on a similar board.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("A model cannot be the only safety device.", "c")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n031", candidate_id="w18-c08", interviewer_id="w18-i03", req_id="w18-r2",
         round="coding", submitted_at="2026-02-11", recommendation="hire", specificity=1,
         style=["terse", "lowercase", "fragments"], topic="coding")
n.s("good coder", "v+", "coding")
n.nl()
n.s("fast, clean", "v+", "coding")
n.nl()
n.s("didn't probe deployment", "c")
n.nl()
n.s("hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n032", candidate_id="w18-c08", interviewer_id="w18-i05", req_id="w18-r2",
         round="behavioural", submitted_at="2026-02-11", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "british", "quotes"], topic="burnt tray detection")
n.s("We spent most of the hour on their project detecting burnt trays at a bakery-equipment firm.", "c")
n.s("They said they labelled the first 3,000 images themselves over a weekend because the line workers were too busy.", "e+", "ownership")
n.s("But when I asked how they checked those labels, they said they hadn't, which surprised me.", "e-", "data_intuition", hard="negated")
n.s("They also trained on images from one oven and shipped to four.", "e-", "data_intuition")
n.s("I asked whether the operators trusted the alarms.", "c", hard="question")
n.s("Rahel laughed and said 'they'll learn to'.", "e-", "user_impact")
n.s("Otherwise such a bright, lively person!", "v+", hard="biased")
n.s("Lean hire; I wanted to like it more.", "v0", hard="mixed")
notes.append(n)

# ---- history notes
n = Note(note_id="w18-n033", candidate_id="w18-c09", interviewer_id="w18-i01", req_id="w18-r1",
         round="coding", submitted_at="2024-10-02", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british", "headings", "terse"], topic="interval merge")
n.h("Coding")
n.s("Problem: merge overlapping defect intervals along a steel coil, start and end in mm.", "c")
n.s("Hannah asked whether touching intervals count as overlapping.", "e+", "judgment", hard="question")
n.s("She sorted by start and merged in one pass.", "e+", "coding")
n.s("Wrote three tests before running anything.", "e+", "coding", hard="plain_evidence")
n.s("One test was wrong; she checked it by hand and fixed the test, not the code.", "e+", "coding")
n.s("Readable code.", "v+", "coding")
n.s("Hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n034", candidate_id="w18-c10", interviewer_id="w18-i02", req_id="w18-r2",
         round="system_design", submitted_at="2024-11-18", recommendation="no_hire", specificity=5,
         style=["bullets", "british", "quotes"], topic="model versioning across plants",
         ratings={"system_thinking": "no_hire", "communication": "no_hire"})
n.s("Round: system design, 50 min.", "c")
n.s("Prompt: model versioning across six plants running different camera firmware.", "c")
n.b("Versioning: proposed a single global model with no per-plant record of which version ran when.", "e-", "system_thinking")
n.b("Traceability: when asked how he would find the parts a faulty model had passed, had no answer.", "e-", "risk_awareness", hard="negated")
n.b("Firmware: said camera firmware 'shouldn't matter' to the model.", "e-", "data_intuition")
n.b("Metrics: proposed average confidence as the health metric, with no reference to reject rate or escapes.", "e-", "metrics")
n.b("Process: asked who signs off a model release at each plant.", "e+", "judgment", hard="question")
n.b("Learning: after my hint about recalls, added a parts-to-version log and said it would let them scope a recall.", "e+", "learning", "risk_awareness")
n.b("Communication: switched topics three times in the first ten minutes; I lost the thread twice.", "e-", "communication")
n.b("Verdict: NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n035", candidate_id="w18-c11", interviewer_id="w18-i03", req_id="w18-r1",
         round="system_design", submitted_at="2024-12-03", recommendation="lean_hire", specificity=2,
         style=["terse", "fragments"], topic="few-shot defects")
n.s("Design q on few-shot defect detection.", "c")
n.s("Talked about anomaly detection and synthetic defects.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Seemed comfortable.", "v+", hard="biased")
n.s("She suggested pasting real scratch crops onto clean parts to make more training data.", "e+", "data_intuition", hard="plain_evidence")
n.s("Didn't get to deployment.", "c")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n036", candidate_id="w18-c12", interviewer_id="w18-i04", req_id="w18-r2",
         round="debugging", submitted_at="2025-01-15", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="pre-processing mismatch",
         ratings={"coding": "strong_hire", "communication": "hire"})
n.s("The exercise: a defect model gives different results on the edge box and on the workstation for the same images.", "c")
n.s("Dmitri has first demanded the versions of the runtime on the two machines.", "e+", "coding", hard="question")
n.s("He has found that the workstation normalised the images in RGB and the box in BGR, by printing the first pixel on both sides.", "e+", "coding")
n.s("Then he has written a small test that compares the pre-processing outputs on ten images and fails if the difference exceeds 1e-3.", "e+", "coding", "risk_awareness")
n.s("He has proposed to add this test in the release pipeline of every plant, so that the bug never returns.", "e+", "risk_awareness")
n.s("When I have asked who should be informed, he said the quality engineers of the plants, because some parts were perhaps wrongly accepted.", "e+", "ownership", "user_impact")
n.s("He has explained the bug to me as to a non-specialist, in three sentences.", "e+", "communication", hard="plain_evidence")
n.s("I recommend to hire without hesitation.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w18_notes_part3.jsonl", notes)
