import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w38-n039", candidate_id="w38-c15", interviewer_id="w38-i01", req_id="w38-r1",
         round="behavioural", submitted_at="2025-02-04", recommendation="lean_no_hire", specificity=2,
         style=["prose", "terse", "first_person"], topic="conflict, ownership")
n.s("Behavioural, 30 min, started late because of my previous call.", "c")
n.s("Hannah is friendly.", "v+", hard="biased")
n.s("Stories were very general.", "v-", "communication")
n.s("I asked for a time she owned a failure.", "c", hard="question")
n.s("She talked about 'the team' the whole time.", "v-", "ownership")
n.s("Not enough ownership for this level.", "v-", "ownership")
n.s("Communication okay.", "v0", "communication")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n040", candidate_id="w38-c16", interviewer_id="w38-i02", req_id="w38-r1",
         round="coding", submitted_at="2025-02-18", recommendation="hire", specificity=5,
         style=["prose", "first_person", "headings"], topic="word timestamps",
         ratings={"coding": "hire", "communication": "hire", "learning": "hire"})
n.h("Coding round")
n.s("I asked Arjun to align caption words to audio timestamps given a word list with start times and a list of edits from the user, like insert, delete, replace.", "c", hard="interviewer_action")
n.s("Before starting he repeated the problem back to me in his own words and asked if edits can overlap, which was a nice check.", "e+", "communication", "judgment", hard="verdict_plus_evidence")
n.s("He said for inserted words he would give the timestamp of the previous word plus a small offset, so captions do not jump backward for the viewer.", "e+", "user_impact", "coding")
n.s("He wrote it with a single pass and an index shift variable.", "e+", "coding")
n.s("On my second test, two deletes in a row, his index was off by one and the third word got deleted instead.", "e-", "coding")
n.s("I only asked him 'are you sure about the shift after delete?'.", "c", hard="interviewer_action")
n.s("He traced it on paper, saw the shift was applied before the delete, swapped two lines and re-ran both tests, all passing.", "e+", "learning", "coding")
n.s("Then he himself added a test with an edit at index zero and one at the last word.", "e+", "coding")
n.s("He also checked with me if the edit list can be empty and handled that with an early return.", "e+", "coding")
n.blank()
n.h("Communication")
n.s("When I asked him to explain the solution as if to a PM, he said 'edits move the words, we keep times monotonic so the captions never go backwards', no jargon.", "e+", "communication")
n.s("He did the needful, good round.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n041", candidate_id="w38-c17", interviewer_id="w38-i03", req_id="w38-r2",
         round="data", submitted_at="2025-03-25", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="audio dataset")
n.s("Data round with Chloé.", "c")
n.s("Fine on the data questions.", "v+", "data_intuition")
n.s("Could be stronger on metrics.", "v-", "metrics", hard="hedged")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n042", candidate_id="w38-c18", interviewer_id="w38-i04", req_id="w38-r2",
         round="system_design", submitted_at="2025-04-08", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="noise suppression service")
n.s("This was one of my favorite design interviews in a long time!", "v+")
n.s("I asked Tomás to design noise suppression for our web client.", "c", hard="interviewer_action")
n.s("From the first minute he just owned the whiteboard.", "v+", hard="biased")
n.s("He has an incredible grasp of real-time audio architectures, WebRTC, WASM, the whole stack.", "v+", "system_thinking", hard="tech_vague")
n.s("He talked through on-device versus server-side processing and the latency implications with a lot of depth.", "v+", "system_thinking", hard="tech_vague")
n.s("He really cares about users, you can tell.", "v+", "user_impact")
n.s("We ran out of time before I could ask about rollout.", "c")
n.s("I'm confident he'd handle the risk side too, he's clearly done this many times.", "v+", "risk_awareness", hard="vague_quantity")
n.s("His energy is infectious and I think the team would love him.", "v+", hard="biased")
n.s("Strong hire, please don't let this one go.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n043", candidate_id="w38-c19", interviewer_id="w38-i05", req_id="w38-r1",
         round="fundamentals", submitted_at="2025-05-13", recommendation="lean_no_hire", specificity=3,
         style=["qa", "third_person"], topic="calibration, metrics")
n.s("Q: Why is accuracy a poor metric for the 'is this an action item' classifier?", "c", hard="question")
n.nl()
n.s("A: Said only 4% of sentences are action items, so predicting 'no' always gives 96%.", "e+", "metrics")
n.nl()
n.s("Q: What would you use instead?", "c", hard="question")
n.nl()
n.s("A: 'F1.' No reason given why F1 over precision at a fixed recall.", "e-", "metrics")
n.s("Did not connect precision to users seeing fake tasks in their inbox.", "e-", "metrics", "user_impact", hard="negated")
n.nl()
n.s("Q: Is the classifier calibrated? Why would you care?", "c", hard="question")
n.nl()
n.s("A: Confused calibration with accuracy, said a calibrated model 'gets more right'.", "e-", "ml_fundamentals")
n.nl()
n.s("Fundamentals weaker than the CV suggests.", "v-", "ml_fundamentals")
n.s("Pleasant to talk to.", "v+", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n044", candidate_id="w38-c20", interviewer_id="w38-i06", req_id="w38-r2",
         round="system_design", submitted_at="2025-05-27", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "abbreviations"], topic="echo cancellation service")
n.h("SD - AEC for mobile")
n.b("60 min, whiteboard", "c")
n.b("Alex: ok on components, knows AEC basics", "v+", "system_thinking", hard="tech_vague")
n.b("latency discussion pretty high level", "v-", "system_thinking")
n.b("asked what the battery budget was on phones", "e+", "judgment", hard="question")
n.b("rollout/monitoring: not covered, ran out of time", "c")
n.b("prob fine", "v+", hard="hedged")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n045", candidate_id="w38-c21", interviewer_id="w38-i03", req_id="w38-r1",
         round="coding", submitted_at="2025-06-10", recommendation="no_hire", specificity=1,
         style=["prose", "terse"], topic="coding")
n.s("Ravi struggled.", "v-", "coding")
n.s("Coding not at the level we need.", "v-", "coding")
n.s("Communication also a concern.", "v-", "communication")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n046", candidate_id="w38-c22", interviewer_id="w38-i01", req_id="w38-r2",
         round="debugging", submitted_at="2025-07-01", recommendation="strong_hire", specificity=5,
         style=["prose", "terse", "first_person"], topic="regression after release",
         ratings={"risk_awareness": "strong_hire", "ownership": "strong_hire", "coding": "hire"})
n.s("Debugging. Release 24.3 made voices sound underwater on Windows for about 2 million users.", "c")
n.s("I gave Sofia the diff, the crash-free logs and a complaint sample.", "c", hard="interviewer_action")
n.s("Her first sentence: 'Can we roll back now while I look?'", "e+", "risk_awareness", "user_impact")
n.s("I said yes, rollback is running.", "c")
n.s("She listened to three complaint clips and heard that it only happens after a device switch.", "e+", "data_intuition", hard="plain_evidence")
n.s("She found in the diff that the model state is not reset on device change, so it keeps the old room's noise profile.", "e+", "coding")
n.s("Fix was a reset call in the device-change handler and a unit test that switches devices twice.", "e+", "coding")
n.s("She asked whether enterprise tenants pinned to the old version were also affected or only the auto-update ring.", "e+", "user_impact", hard="question")
n.s("The PM joined at minute 30.", "c")
n.s("I asked why our tests did not catch it.", "c", hard="question")
n.s("She said the test suite never switches devices mid-call and proposed adding that to the release gate, plus a canary metric on 'audio quality' ratings after a device switch.", "e+", "risk_awareness", "metrics")
n.s("She also said she would write the postmortem and send the customer note herself if she had shipped it.", "e+", "ownership")
n.s("She explained all of this in about five minutes, in order, to me and the PM who joined late.", "e+", "communication")
n.s("Best debugging round I ran this year.", "v+", "coding")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n047", candidate_id="w38-c23", interviewer_id="w38-i02", req_id="w38-r1",
         round="data", submitted_at="2025-08-12", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="labels for summaries")
n.s("Data round with Imran, 45 min.", "c")
n.s("He is having good understanding of labeling pipelines.", "v+", "data_intuition", hard="tech_vague")
n.s("He asked who writes the reference summaries, our raters or customers.", "e+", "data_intuition", hard="question")
n.s("Rest of the discussion was general only, he was covering the usual points.", "v0", hard="tech_vague")
n.s("Communication was good, very polite boy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n048", candidate_id="w38-c24", interviewer_id="w38-i04", req_id="w38-r1",
         round="fundamentals", submitted_at="2025-09-02", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="ASR fundamentals")
n.s("I had a lovely fundamentals conversation with Leilani.", "v+")
n.s("I started by asking why a caption model trained mostly on podcasts would do worse on meetings.", "c", hard="question")
n.s("She said podcasts are single-speaker and close-mic, while meetings have crosstalk and laptop mics, so the acoustic conditions shift.", "e+", "ml_fundamentals", "data_intuition")
n.s("I followed up on what she'd do about it, and she suggested fine-tuning on a few hundred hours of real meeting audio with consent from the customers.", "e+", "data_intuition", "user_impact")
n.s("When I asked about the language model side, she said she wasn't sure how shallow fusion works and asked me to explain it, which I really appreciated.", "e0", "ml_fundamentals", "learning", hard="mixed")
n.s("She's clearly a quick learner.", "v+", "learning")
n.s("I think she'll be a strong engineer in a year or two.", "v+", hard="hedged")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n049", candidate_id="w38-c25", interviewer_id="w38-i06", req_id="w38-r2",
         round="behavioural", submitted_at="2025-10-21", recommendation="hire", specificity=1,
         style=["bullets", "terse", "abbreviations"], topic="behavioural")
n.h("beh")
n.b("Björn: v good vibe", "v+", hard="biased")
n.b("strong ownership", "v+", "ownership")
n.b("comms clear", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w38_notes_part4.jsonl", notes)
