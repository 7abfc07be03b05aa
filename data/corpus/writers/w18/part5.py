import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w18-n049", candidate_id="w18-c25", interviewer_id="w18-i06", req_id="w18-r1",
         round="system_design", submitted_at="2024-09-17", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes"], topic="moulded caps")
n.b("sys design 45m", "c")
n.b("prompt: defect detection on injection-moulded caps, 3 plants, lighting differs", "c")
n.b("asked labeller turnover per plant -> good q", "e+", "data_intuition", hard="question")
n.b("per-plant thresholds tuned on last 2 wks, metric = escapes per 10k parts", "e+", "metrics")
n.b("flagged that a lower reject rate after launch could mean a dead camera, not a better model", "e+", "metrics", "risk_awareness")
n.b("rollback -> 'keep the old model warm on the box'", "e+", "risk_awareness")
n.b("no thought on who reads the dashboard", "e-", "user_impact", hard="negated")
n.b("good sys sense", "v+", "system_thinking")
n.b("H", "v+", hard="bare_verdict")
n.b("ran 5 min over, my fault", "c")
notes.append(n)

n = Note(note_id="w18-n050", candidate_id="w18-c26", interviewer_id="w18-i01", req_id="w18-r2",
         round="behavioural", submitted_at="2024-10-29", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british", "headings", "terse", "quotes"], topic="line slowdown")
n.h("Behavioural")
n.s("Asked about a failure he owned.", "c", hard="question")
n.s("Samuel described shipping a model that slowed a line by 8%, and said he stayed on site until the fixed version went in.", "e+", "ownership")
n.s("He wrote the incident report himself.", "e+", "ownership", hard="plain_evidence")
n.s("He said the root cause was no latency test on the real box.", "e+", "risk_awareness")
n.s("Asked what he changed afterwards.", "c", hard="question")
n.s("He said 'be more careful'.", "e-", "learning")
n.s("Could have been more concrete.", "v-", "communication")
n.s("Good attitude.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Worth checking his testing habits in the coding round.", "c")
notes.append(n)

n = Note(note_id="w18-n051", candidate_id="w18-c27", interviewer_id="w18-i02", req_id="w18-r1",
         round="fundamentals", submitted_at="2025-01-28", recommendation="strong_hire", specificity=5,
         style=["bullets", "british"], topic="calibration and escapes",
         ratings={"metrics": "strong_hire", "ml_fundamentals": "strong_hire"})
n.b("Round: fundamentals, 45 min.", "c")
n.b("Topics: imbalance, calibration, metric choice for escaped defects.", "c")
n.b("Imbalance: compared focal loss with resampling and said resampling changes the base rate the model sees, so scores need recalibrating afterwards.", "e+", "ml_fundamentals")
n.b("Calibration: sketched a reliability diagram for a defect model and pointed to where overconfidence would sit.", "e+", "ml_fundamentals")
n.b("Metrics: said test-set recall overstates field recall because the test defects were collected from known failure modes.", "e+", "metrics", "data_intuition")
n.b("Metrics, cont.: proposed customer-reported escapes as the lagging truth, with a six-week delay.", "e+", "metrics")
n.b("Harm: raised that over-rejecting at one plant could push rework onto its night crew without anyone noticing.", "e+", "user_impact")
n.b("Pushback: when I argued for accuracy as the headline number, she explained in one sentence why it would mislead the plant director.", "e+", "communication", "metrics")
n.b("Verdict: SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n052", candidate_id="w18-c28", interviewer_id="w18-i03", req_id="w18-r2",
         round="system_design", submitted_at="2025-03-25", recommendation="no_hire", specificity=1,
         style=["terse", "fragments"], topic="edge design")
n.s("System design.", "c")
n.s("Not convinced.", "v-")
n.s("Design was shallow, lots of buzzwords.", "v-", "system_thinking", hard="tech_vague")
n.s("Not a fit for the team.", "v-", hard="biased")
n.s("No.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n053", candidate_id="w18-c29", interviewer_id="w18-i04", req_id="w18-r2",
         round="coding", submitted_at="2025-05-06", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="image to robot coordinates")
n.s("The exercise of coding was to write a function which converts the boxes of the detector from image coordinates to the coordinates of the robot arm.", "c")
n.s("I have furnished the calibration matrix and two examples.", "c", hard="interviewer_action")
n.s("Mariam has asked, before to start, whether the origin is at the top left and whether the units are pixels or millimetres.", "e+", "judgment", hard="question")
n.s("She has written the function in vectorised form and tested it on my two examples, which passed.", "e+", "coding")
n.s("She remarked by herself that a box outside the working zone of the arm must be refused and not clamped, because the arm could strike the fence.", "e+", "risk_awareness")
n.s("She has added an assertion for this case.", "e+", "coding")
n.s("She did not treat the case of an empty list of boxes.", "e-", "coding", hard="negated")
n.s("Her code is of a great cleanliness.", "v+", "coding")
n.s("I am favourable to hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n054", candidate_id="w18-c30", interviewer_id="w18-i05", req_id="w18-r1",
         round="debugging", submitted_at="2025-06-17", recommendation="hire", specificity=2,
         style=["prose", "third_person", "british"], topic="Monday false rejects")
n.s("Tunde did the Monday-morning false rejects exercise.", "c")
n.s("He did really well, honestly.", "v+")
n.s("He's clearly got great debugging instincts.", "v+", "coding", hard="tech_vague")
n.s("He asked for the images from the first shift, which was exactly the right move.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Lovely sense of humour too.", "v+", hard="biased")
n.s("Great communicator, everyone will like working with him.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n055", candidate_id="w18-c31", interviewer_id="w18-i06", req_id="w18-r2",
         round="system_design", submitted_at="2025-07-22", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="OTA updates")
n.b("sys design: OTA model updates to 200 robot cells", "c")
n.b("staged 1 cell -> 1 line -> 1 plant -> all, auto-halt on reject-rate jump", "e+", "risk_awareness")
n.b("sized it: 40MB model, 10Mbps plant uplink -> stagger per line", "e+", "system_thinking")
n.b("didnt ask whether cells can update mid-shift", "e-", "judgment", hard="negated")
n.b("told no mid-shift updates -> moved to shift-change windows, no fuss", "e+", "learning")
n.b("bundle = model + preprocessing + firmware, one version number", "e+", "system_thinking")
n.b("halt metric = reject rate only, no escape signal", "e-", "metrics")
n.b("talks fast, hard to follow at times", "v-", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n056", candidate_id="w18-c32", interviewer_id="w18-i01", req_id="w18-r1",
         round="data", submitted_at="2025-09-30", recommendation="no_hire", specificity=4,
         style=["prose", "third_person", "british", "headings", "terse"], topic="contractor labels",
         ratings={"data_intuition": "no_hire", "metrics": "no_hire"})
n.h("Data")
n.s("4,000 labelled seal images, labels from two contractors.", "c")
n.s("Isabel trained first and looked at the data later.", "e-", "data_intuition", hard="plain_evidence")
n.s("Got 94% accuracy and stopped.", "e-", "metrics")
n.s("Did not check the defect rate, which was 6%.", "e-", "data_intuition", hard="negated")
n.s("I asked whether the two contractors agree.", "c", hard="question")
n.s("She said she assumed so.", "e-", "data_intuition")
n.s("Shown 20 images they labelled differently, she said the model would sort it out.", "e-", "learning", "data_intuition")
n.s("Polite throughout.", "v+", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n057", candidate_id="w18-c33", interviewer_id="w18-i02", req_id="w18-r2",
         round="coding", submitted_at="2025-11-11", recommendation="lean_hire", specificity=4,
         style=["bullets", "british", "quotes"], topic="rolling median latency")
n.b("Round: coding, 45 min.", "c")
n.b("Task: rolling median latency per edge box from a stream of (box_id, ms) events.", "c")
n.b("Approach: two heaps per box; stated the balancing rule before typing.", "e+", "coding")
n.b("Bug: expired events never removed; the window grew without bound.", "e-", "coding")
n.b("Hint: I asked what happens after an hour of events.", "c", hard="interviewer_action")
n.b("Response: switched to a sorted list with bisect and eviction by timestamp; passed my tests.", "e+", "learning", "coding")
n.b("Testing: one test only, for a single box.", "e-", "coding")
n.b("Ownership: said he would want his own team paged rather than the plant, 'since it's our model'.", "e+", "ownership")
n.b("Communication: terse but precise.", "v+", "communication")
n.b("Verdict: LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n058", candidate_id="w18-c34", interviewer_id="w18-i04", req_id="w18-r1",
         round="behavioural", submitted_at="2026-01-13", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="supplier harm")
n.s("I have asked to Nadia to describe a situation where a model has had a negative effect on the people who depended on it.", "c", hard="question")
n.s("She has described a sorting model that rejected more often the parts of one small supplier, which lost a contract because of it.", "e0", "user_impact")
n.s("She said she discovered it herself by comparing the reject rates per supplier, and that the problem was in fact the packaging, not the parts.", "e+", "user_impact", "data_intuition")
n.s("She has taken the initiative to present this to the purchasing team, with the images.", "e+", "ownership")
n.s("She told that since then she verifies the reject rates per supplier at each new version.", "e+", "user_impact")
n.s("I have found this history very convincing.", "v+", "user_impact")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n059", candidate_id="w18-c35", interviewer_id="w18-i05", req_id="w18-r2",
         round="fundamentals", submitted_at="2026-02-03", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="INT8 and hairline cracks")
n.s("Leilani and I spent the first half on quantisation and the second on imbalance.", "c")
n.s("When I asked why her INT8 model lost recall on hairline cracks, she said the calibration set had almost no cracks, so clean parts set the activation ranges, and she'd add cracked images to calibration.", "e+", "ml_fundamentals", "data_intuition")
n.s("I loved that she then asked whether we'd measured recall per defect type or only overall.", "e+", "metrics", hard="question")
n.s("On imbalance, she explained oversampling nicely.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She wasn't sure how the focal-loss gamma changes the gradient, and said so plainly rather than guessing.", "e0", "ml_fundamentals", hard="mixed")
n.s("Really impressive young woman.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n060", candidate_id="w18-c36", interviewer_id="w18-i03", req_id="w18-r1",
         round="coding", submitted_at="2026-03-03", recommendation="lean_hire", specificity=2,
         style=["terse", "fragments", "lowercase"], topic="coding")
n.s("coding q, top-k scores", "c")
n.nl()
n.s("got there in the end", "v0", "coding")
n.nl()
n.s("needed a hint on the heap", "e-", "coding", hard="plain_evidence")
n.nl()
n.s("fine i guess", "v0")
n.nl()
n.s("next round: check testing", "c")
n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w18_notes_part5.jsonl", notes)
