import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Priya Raman (she), r1 Vision Inspection: strong; vague write-up by i03
n = Note(note_id="w18-n001", candidate_id="w18-c01", interviewer_id="w18-i01", req_id="w18-r1",
         round="system_design", submitted_at="2025-03-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british", "headings"], topic="weld inspection",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "lean_hire"})
n.h("System design, 45 min.")
n.s("Asked her to design inspection for weld seams on the Line 4 chassis.", "c", hard="interviewer_action")
n.s("About 30 bad welds in a year of images.", "c")
n.s("She asked first what an escaped defect costs against a false reject.", "e+", "judgment", hard="plain_evidence")
n.s("Then she asked who labels the welds today.", "e+", "data_intuition", hard="question")
n.s("Proposed anomaly detection trained on good welds, with the 30 bad ones kept only for testing.", "e+", "ml_fundamentals", "data_intuition")
n.s("Good call.", "v+", "judgment", hard="bare_verdict")
n.s("She said the model must not drive the reject gate alone; the hard interlock stays on the line.", "e+", "risk_awareness")
n.s("She did not size the compute.", "e-", "system_thinking", hard="negated")
n.s("When I asked, she guessed one GPU per line and could not say why.", "e-", "system_thinking")
n.s("Weak spot, not a blocker.", "v0", "system_thinking", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n002", candidate_id="w18-c01", interviewer_id="w18-i02", req_id="w18-r1",
         round="coding", submitted_at="2025-03-11", recommendation="hire", specificity=5,
         style=["bullets", "fragments", "british"], topic="defect scoring",
         ratings={"coding": "hire", "data_intuition": "hire"})
n.s("Coding, 50 min. Task: sliding-window majority vote over per-frame defect scores.", "c")
n.b("Coding: wrote the deque-based window in about 15 minutes and traced my example by hand before I asked.", "e+", "coding")
n.b("Testing: added cases for a window longer than the stream and for an empty stream.", "e+", "coding")
n.b("Bug: compared the threshold with > instead of >=; found it herself while tracing the tie case.", "e+", "coding", hard="mixed")
n.b("Complexity: stated O(n) time and O(k) memory, both correct.", "e+", "coding")
n.b("Data: asked whether frames can arrive out of order from the camera buffer.", "e+", "data_intuition", hard="question")
n.b("Judgement: chose to drop late frames rather than reorder them, and said this costs a few missed detections.", "e+", "judgment")
n.b("Communication: clear.", "v+", "communication")
n.b("Overall: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n003", candidate_id="w18-c01", interviewer_id="w18-i05", req_id="w18-r1",
         round="behavioural", submitted_at="2025-03-12", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="lighting drift")
n.s("What a lovely conversation to end the day on!", "v+")
n.s("We opened with her time at a glass-bottle plant.", "c")
n.s("She told me she pulled a week of images when the crack detector started flagging everything after the switch to LED lighting, saw the colour histogram had shifted, and retrained with brightness and hue augmentation within two days.", "e+", "data_intuition")
n.s("Then, and this is what I loved, she wrote up the incident herself and added a histogram check that pages her team whenever the lighting changes.", "e+", "ownership", "risk_awareness", hard="verdict_plus_evidence")
n.s("I asked about a time she disagreed with a manager.", "c", hard="interviewer_action")
n.s("She said her manager wanted to ship a model at 99.1% accuracy, and she pointed out that with half a percent defective that figure meant almost nothing, so they agreed on recall at a fixed false-reject rate instead.", "e+", "metrics")
n.s("Honestly a joy to listen to, so warm.", "v+", hard="biased")
n.s("A natural leader.", "v+", "ownership")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n004", candidate_id="w18-c01", interviewer_id="w18-i03", req_id="w18-r1",
         round="fundamentals", submitted_at="2025-03-12", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="class imbalance")
n.s("Strong on fundamentals.", "v+", "ml_fundamentals")
n.s("Knows her stuff re imbalance and augmentation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good communicator.", "v+", "communication")
n.s("Ran short, no time for her questions.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Tomasz Wójcik (he), r2 Edge: defends when challenged (seen by i02, i04, i06)
n = Note(note_id="w18-n005", candidate_id="w18-c02", interviewer_id="w18-i02", req_id="w18-r2",
         round="system_design", submitted_at="2025-05-20", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "british", "quotes"], topic="edge quantisation",
         ratings={"system_thinking": "hire", "learning": "no_hire", "risk_awareness": "no_hire"})
n.b("Round: system design, 45 min.", "c")
n.b("Prompt: deploy a scratch-detection model to 40 edge boxes across three plants, 30 ms budget per part.", "c")
n.b("System: split into on-box inference, a plant-level aggregator and a central registry for model versions.", "e+", "system_thinking")
n.b("Latency: estimated 18 ms for the backbone at INT8 from a benchmark he had run before, leaving 12 ms for pre-processing.", "e+", "system_thinking")
n.b("Quantisation: proposed post-training INT8 calibrated on one plant's images only.", "e-", "data_intuition")
n.b("Pushback: when I asked how he would know INT8 had not hurt recall on rare defects, he said 'quantisation never costs more than a point' and offered no check.", "e-", "learning", "risk_awareness")
n.b("Second pushback: repeated the same claim, then said I was 'overthinking it'.", "e-", "learning")
n.b("Rollback: none; new models pushed to all 40 boxes at once.", "e-", "risk_awareness", hard="negated")
n.b("Communication: drew the three tiers and the data flow before talking through any of them.", "e+", "communication")
n.b("Verdict: LNH; the design is fine, the response to challenge is not.", "v-", "learning", hard="mixed")
notes.append(n)

n = Note(note_id="w18-n006", candidate_id="w18-c02", interviewer_id="w18-i04", req_id="w18-r2",
         round="debugging", submitted_at="2025-05-21", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="quantisation regression")
n.s("For this debugging round I have given to Tomasz a notebook where the quantised model loses 9 points of recall on one plant only.", "c", hard="interviewer_action")
n.s("He has begun by reading the evaluation code, which is a good reflex.", "e+", "coding", hard="verdict_plus_evidence")
n.s("He found rapidly that the validation set of this plant contained only 11 defective images.", "e+", "data_intuition")
n.s("After, he has proposed to retrain everything in FP16, without to look at the calibration histogram.", "e-", "judgment")
n.s("I have suggested to him to compare the activation ranges between the plants.", "c", hard="interviewer_action")
n.s("He answered that the activation ranges 'are not the problem' and continued on his idea.", "e-", "learning")
n.s("When finally he looked, the ranges of the third plant were very different because of the infrared lighting, and he admitted it, but with some irritation.", "e0", "learning", hard="mixed")
n.s("He is certainly competent on the technical plan.", "v+", hard="tech_vague")
n.s("But the defence of his first idea against the evidence has made me uncomfortable.", "v-", "learning")
n.s("Perhaps it is the stress of the interview.", "v0", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n007", candidate_id="w18-c02", interviewer_id="w18-i06", req_id="w18-r2",
         round="coding", submitted_at="2025-05-21", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "typos"], topic="ring buffer / NMS",
         ratings={"coding": "hire"})
n.b("coding 45m: ring buffer for sensor frames + NMS on boxes", "c")
n.b("ring buffer done ~12 min, clean, handled wraparound", "e+", "coding")
n.b("NMS O(n^2) first -> moved to grid bucketing when I asked abt 500 boxes/frame", "e+", "coding", "learning")
n.b("no tests until prompted", "e-", "coding", hard="negated")
n.b("IoU fn had div-by-zero on empty boxes, didnt catch it", "e-", "coding")
n.b("got short w/ me when I flagged the div-by-zero, 'it won't happen in prod'", "e-", "learning")
n.b("strong coder imo", "v+", "coding")
n.b("didnt get to the perf q", "c")
n.b("H for coding specifically", "v+", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n008", candidate_id="w18-c02", interviewer_id="w18-i01", req_id="w18-r2",
         round="fundamentals", submitted_at="2025-05-22", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british", "terse"], topic="imbalance and quantisation")
n.s("Fundamentals round.", "c")
n.s("I asked why INT8 can hurt small defects more than large ones.", "c", hard="question")
n.s("He said small defects give weak activations that get rounded away.", "e+", "ml_fundamentals")
n.s("Correct.", "v+", "ml_fundamentals", hard="bare_verdict")
n.s("I asked how he handles one defect in two thousand parts.", "c", hard="question")
n.s("He said focal loss and oversampling, and nothing about how the test set is split.", "e-", "data_intuition", hard="mixed")
n.s("He did not ask what happens to parts when the box is offline.", "e-", "risk_awareness", hard="negated")
n.s("I don't think safety is on his radar.", "v-", "risk_awareness", hard="hedged")
n.s("Knows quantisation well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c03 Adaeze Okonkwo (she), r1: adapts after a hint
n = Note(note_id="w18-n009", candidate_id="w18-c03", interviewer_id="w18-i04", req_id="w18-r1",
         round="system_design", submitted_at="2025-07-02", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="paint defects multi-plant")
n.s("Subject of the interview: to conceive a system for the detection of paint defects on car doors in three factories with different cameras.", "c")
n.s("Adaeze has started by a question on the number of defective examples in each factory.", "e+", "data_intuition", hard="question")
n.s("Her first proposition was one model per factory, trained separately.", "e0", "system_thinking")
n.s("I have made the remark that factory C has only 40 defects in total.", "c", hard="interviewer_action")
n.s("Immediately she has changed for a shared backbone with a small head per factory, and explained that the backbone learns the paint texture which is common to all.", "e+", "learning", "ml_fundamentals")
n.s("She has also proposed to hold out one entire factory, to estimate what happens when a fourth one opens.", "e+", "data_intuition")
n.s("On the monitoring, she spoke of 'drift detection' without to say what she would measure.", "e-", "risk_awareness", hard="negated")
n.s("It is a candidate who listens.", "v+", "communication")
n.s("I recommend to hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n010", candidate_id="w18-c03", interviewer_id="w18-i05", req_id="w18-r1",
         round="debugging", submitted_at="2025-07-02", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british", "quotes"], topic="motion blur false rejects",
         ratings={"data_intuition": "strong_hire", "learning": "hire"})
n.s("I gave Adaeze our favourite broken pipeline: a defect classifier whose false-reject rate doubled the week after a line upgrade.", "c", hard="interviewer_action")
n.s("She started, sensibly, by asking what had changed that week, and I told her only the conveyor speed.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("First she went hunting for a code change and spent maybe ten minutes in the commit history, which was a dead end.", "e-", "judgment")
n.s("I nudged her: 'what does a faster belt do to an image?'", "c", hard="interviewer_action")
n.s("Within a minute she said motion blur, pulled up twenty rejected images and showed me the smeared edges the model was calling scratches.", "e+", "learning", "data_intuition")
n.s("Then she did something I didn't expect: she asked whether the line workers relabelling the rejects had been told about the speed change, because their labels would be training the next model on blur.", "e+", "data_intuition")
n.s("Her fix was blur augmentation plus tying shutter speed to belt speed, which she said is cheaper than any model change.", "e+", "judgment")
n.s("She wrote a little check comparing Laplacian variance per batch, ran it, and it flagged exactly the post-upgrade days.", "e+", "coding")
n.s("Lovely recovery after the slow start.", "v+", "learning")
n.s("Hire, and I'd happily sit next to her.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n011", candidate_id="w18-c03", interviewer_id="w18-i06", req_id="w18-r1",
         round="coding", submitted_at="2025-07-03", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes"], topic="box matching")
n.b("coding: IoU + matching preds to GT boxes (hungarian optional)", "c")
n.b("greedy matching first, correct on my 3 examples", "e+", "coding")
n.b("missed multiple preds on same GT -> double counted TPs", "e-", "coding")
n.b("hint re one GT one match -> fixed in 2 lines", "e+", "coding", "learning")
n.b("no tests, said she'd 'eyeball it'", "e-", "coding", hard="negated")
n.b("explained tradeoffs greedy vs hungarian well", "v+", "coding", hard="tech_vague")
n.b("ran short, hungarian skipped", "c")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w18-n012", candidate_id="w18-c03", interviewer_id="w18-i03", req_id="w18-r1",
         round="behavioural", submitted_at="2025-07-03", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="labelling")
n.s("Nice person, easy to talk to.", "v+", hard="biased")
n.s("Told me about a labelling project with line workers, sounded good.", "v+", "data_intuition")
n.s("She said she trained the shift leads herself on the defect categories.", "e+", "ownership", hard="plain_evidence")
n.s("Seems to care about the workers.", "v+", "user_impact", hard="hedged")
n.s("hire", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w18_notes_part1.jsonl", notes)
