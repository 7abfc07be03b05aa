import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c05 Seun (he), r2: adapts after hints, good on metrics
n = Note(note_id="w59-n023", candidate_id="w59-c05", interviewer_id="w59-i04", req_id="w59-r2",
         round="data", submitted_at="2026-02-09", recommendation="hire", specificity=3,
         style=["bullets", "headings", "terse"], topic="strike records")
n.h("Data checklist")
n.b("Task: build a training table from 25 years of recorded ship strikes and AIS.", "c")
n.b("Time limit 45 minutes.", "c")
n.b("Asked how strikes get reported: yes, and noted that only strikes on large ships with a carcass found are recorded.", "e+", "data_intuition")
n.b("Said the label undercounts strikes: yes.", "e+", "data_intuition")
n.b("Handled AIS before 2005 (sparse): no, at first; after my hint he restricted to 2008 onward and explained why.", "e+", "learning", hard="interviewer_action")
n.b("Chose a metric: yes, strikes per 1,000 transits by speed band, not raw counts.", "e+", "metrics")
n.b("Checked for duplicated strike records: no.", "e-", "data_intuition", hard="negated")
n.b("Asked who would use the table: yes, the policy team writing the speed rule.", "e+", "user_impact", hard="question")
n.b("Wrote the join: yes, correct on the sample.", "e+", "coding")
n.b("Data sense: good.", "v+", "data_intuition")
n.b("Seniority: fits the level.", "v+")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n024", candidate_id="w59-c05", interviewer_id="w59-i06", req_id="w59-r2",
         round="fundamentals", submitted_at="2026-02-09", recommendation="hire", specificity=3,
         style=["bullets", "abbreviations", "terse", "arrows"], topic="count models")
n.b("q: model strike counts per cell/month", "c")
n.b("picked poisson, then said overdispersed -> neg binomial, checked var/mean ~4", "e+", "ml_fundamentals")
n.b("offset for traffic volume: yes unprompted", "e+", "ml_fundamentals")
n.b("asked re zero-inflation, unsure how to test", "e0", "ml_fundamentals", hard="mixed")
n.b("knows GLMs v well", "v+", "ml_fundamentals", hard="tech_vague")
n.b("said model fit != fewer strikes, need before/after on speed rule", "e+", "metrics")
n.b("explained to me slowly + clearly", "v+", "communication")
n.b("asked what happens if vessels just switch off AIS in zones", "e+", "risk_awareness", "user_impact", hard="question")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n025", candidate_id="w59-c05", interviewer_id="w59-i01", req_id="w59-r2",
         round="debugging", submitted_at="2026-02-10", recommendation="lean_hire", specificity=5,
         style=["prose", "first_person", "terse"], topic="dashboard numbers")
n.s("Debugging, 45 min.", "c")
n.s("The risk dashboard shows risk going up 40% in one week, no reason.", "c")
n.s("He asks first if anything was deployed that week.", "e+", "judgment", hard="question")
n.s("He compares vessel counts before and after and finds the count doubles.", "e+", "data_intuition")
n.s("He does not see at first that the same ship appears with two MMSI numbers.", "e-", "data_intuition", hard="negated")
n.s("I tell him to look at one ship name; he finds the duplicate in two minutes.", "e0", "learning", hard="interviewer_action")
n.s("He writes a dedupe on name plus position, and a test with two fake ships.", "e+", "coding")
n.s("He says we must tell the shipping companies the last week's numbers were wrong.", "e+", "ownership", "user_impact")
n.s("He suggests an alert when vessel count jumps more than 20% in a day.", "e+", "risk_awareness")
n.s("Slow start but good after.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n026", candidate_id="w59-c05", interviewer_id="w59-i02", req_id="w59-r2",
         round="behavioural", submitted_at="2026-02-11", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british", "quotes"], topic="stakeholders")
n.s("Behavioural chat with Seun, mostly about his time at a fisheries ministry in Lagos.", "c")
n.s("He told me about a catch-limit model that fishermen's unions distrusted, and said he started holding monthly meetings at the harbour to show them the errors, not just the forecasts.", "e+", "user_impact", "communication")
n.s("When the model overestimated a stock two years running, he said he was the one who recommended pausing it, and wrote the memo.", "e+", "ownership")
n.s("I asked what he'd do differently and he said 'publish the error bars from day one'.", "e+", "metrics")
n.s("He admitted he pushed the first version out too fast because a minister wanted a number, and didn't dress that up.", "e+", "ownership")
n.s("I gave him a nasty hypothetical where shipping companies threaten to ignore our alerts, and he asked how many false alerts they had been getting before proposing anything.", "e+", "judgment")
n.s("A real pleasure, frankly, and the most grounded answer I've had on stakeholders this year.", "v+", "user_impact")
n.s("(We also spent ten minutes on Nigerian jollof vs Ghanaian jollof; I'm staying neutral.)", "c")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# c06 Lucía (she), r1: no rollback / failure-mode thinking seen by two, defensive
n = Note(note_id="w59-n027", candidate_id="w59-c06", interviewer_id="w59-i01", req_id="w59-r1",
         round="system_design", submitted_at="2026-03-02", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "terse"], topic="model updates at sea")
n.s("System design: update the detector on 30 buoys at sea.", "c")
n.s("She proposes to push the new model to all buoys at once over satellite.", "e-", "risk_awareness")
n.s("I ask what if the new model crashes the buoy; she says it is tested in the lab.", "e-", "risk_awareness")
n.s("No old model kept on the buoy, no way back.", "e-", "risk_awareness", hard="negated")
n.s("She sizes the model at 4 MB and the link at 2 kB/s, and sees the upload takes hours.", "e+", "system_thinking")
n.s("I suggest to update one buoy first; she says this is too slow for the season.", "e-", "learning", "judgment")
n.s("She does not ask what the ships get while a buoy is updating.", "e-", "user_impact", hard="negated")
n.s("The diagrams are clear.", "v+", "communication")
n.s("Good knowledge of embedded ML.", "v+", "system_thinking", hard="tech_vague")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n028", candidate_id="w59-c06", interviewer_id="w59-i04", req_id="w59-r1",
         round="debugging", submitted_at="2026-03-02", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="false alarms")
n.h("Debugging checklist")
n.b("Bug: detector fires every 12 seconds on buoy 3 since Tuesday.", "c")
n.b("Looked at a spectrogram before the code: yes.", "e+", "data_intuition")
n.b("Identified the cause: yes, a research vessel's echo sounder pinging at 12 s.", "e+", "data_intuition")
n.b("Proposed a monitor for this next time: no.", "e-", "risk_awareness", hard="negated")
n.b("Asked how many false alerts went to ships: no.", "e-", "user_impact", hard="negated")
n.b("Accepted my point that alerts went out: no, said 'ships should know the detector is experimental'.", "e-", "learning", "user_impact")
n.b("Code fix: a notch filter at the ping frequency, correct.", "e+", "coding")
n.b("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n029", candidate_id="w59-c06", interviewer_id="w59-i02", req_id="w59-r1",
         round="fundamentals", submitted_at="2026-03-03", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="self-supervised audio")
n.s("Fundamentals with Lucía, who clearly lives and breathes audio models.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I asked how she'd use the 50,000 hours of unlabelled hydrophone audio we have sitting on a server in the basement.", "c")
n.s("She proposed contrastive pre-training on random crops, and explained why time-shifted crops of the same clip make good positives.", "e+", "ml_fundamentals")
n.s("She then noted that two crops with the same ship passing would look alike for the wrong reason.", "e+", "data_intuition")
n.s("She got a bit short with me when I questioned the compute budget, but came round.", "e0", "learning", hard="mixed")
n.s("On evaluation she only offered test-set F1, nothing per site.", "e-", "metrics")
n.s("Lovely depth, rough edges on the practical side.", "v0")
n.s("Hire, if the design rounds are happy.", "v+")
notes.append(n)

n = Note(note_id="w59-n030", candidate_id="w59-c06", interviewer_id="w59-i05", req_id="w59-r1",
         round="behavioural", submitted_at="2026-03-04", recommendation="lean_no_hire", specificity=5,
         style=["headings", "prose", "third_person", "british"], topic="incident")
n.h("Situation")
n.s("Lucía was asked about a model that failed after deployment.", "c")
n.s("She described a bird-call classifier on a wind farm that stopped working after a firmware update changed the microphone gain.", "c")
n.h("Behaviour")
n.s("She said she found the problem three weeks later when a colleague asked why detections had stopped.", "e-", "risk_awareness")
n.s("Asked whether anyone monitored detection counts, she said that was the site operator's responsibility.", "e-", "ownership")
n.s("She did retrain with gain augmentation and showed me the before/after recall: 0.41 to 0.78.", "e+", "ml_fundamentals")
n.s("When I asked what she'd change about the process, she said 'nothing really, it was a firmware problem'.", "e-", "learning", "ownership")
n.h("Result")
n.s("The fix worked, but the three missed weeks were never discussed with the operator, by her own account.", "e-", "ownership")
n.s("Lean no hire; technically able, but the pattern matches the rollback concerns in the design round.", "v-", "risk_awareness")
notes.append(n)

# history
n = Note(note_id="w59-n031", candidate_id="w59-c15", interviewer_id="w59-i01", req_id="w59-r1",
         round="coding", submitted_at="2024-03-21", recommendation="hire", specificity=3,
         style=["prose", "first_person", "terse"], topic="energy detector")
n.s("Coding, 45 min.", "c")
n.s("I ask her to write a band energy detector for 15-25 Hz fin whale pulses.", "c")
n.s("She asks if the input is int16 or float.", "e+", "coding", hard="question")
n.s("She writes the FFT windows with numpy, correct on the first run.", "e+", "coding")
n.s("She adds a test with a synthetic 20 Hz tone and white noise.", "e+", "coding")
n.s("She sets the threshold as median plus 3 MAD and says why: storms change the noise floor.", "e+", "data_intuition")
n.s("She talks while she writes, so I follow easily.", "e+", "communication")
n.s("Strong in signal processing.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good with users, I think.", "v+", "user_impact", hard="hedged")
n.s("She did not handle a file shorter than one window.", "e-", "coding", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n032", candidate_id="w59-c16", interviewer_id="w59-i03", req_id="w59-r2",
         round="data", submitted_at="2024-04-30", recommendation="lean_no_hire", specificity=1,
         style=["prose", "third_person"], topic="AIS")
n.s("Data exercise on AIS.", "c")
n.s("Not very strong with messy data.", "v-", "data_intuition")
n.s("Didn't seem to get the point of the exercise.", "v-", "judgment", hard="negated")
n.s("Lots of gaps in his reasoning.", "v-", hard="vague_quantity")
n.s("Communication was okay I guess.", "v0", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n033", candidate_id="w59-c17", interviewer_id="w59-i05", req_id="w59-r1",
         round="system_design", submitted_at="2024-07-15", recommendation="hire", specificity=4,
         style=["headings", "prose", "first_person", "british"], topic="annotation tool")
n.h("Situation")
n.s("I asked Jamal to design the pipeline from raw buoy audio to the volunteer annotation website.", "c")
n.h("Behaviour")
n.s("He asked how many volunteers there were and how long they stay, and was told about 300 active, most leaving within a month.", "e+", "judgment", "user_impact", hard="question")
n.s("He proposed sending each volunteer a short tutorial set with known answers and scoring them before live clips.", "e+", "data_intuition")
n.s("He sized storage at roughly 1 TB a month from 40 buoys at 2 kHz and checked my numbers.", "e+", "system_thinking")
n.s("He did not consider what happens when a buoy sends corrupt files.", "e-", "risk_awareness", hard="negated")
n.s("When I mentioned corrupt files he added a validation step and a quarantine folder.", "e+", "learning", hard="interviewer_action")
n.h("Result")
n.s("A workable design in 40 minutes, with one gap closed after a prompt.", "e0", "system_thinking")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n034", candidate_id="w59-c18", interviewer_id="w59-i06", req_id="w59-r2",
         round="behavioural", submitted_at="2024-09-02", recommendation="lean_hire", specificity=2,
         style=["bullets", "abbreviations", "terse", "lowercase"], topic="ownership")
n.b("behav, 30 min", "c")
n.b("talked abt leading a vessel tracking proj", "e+", "ownership")
n.b("decent ownership imo", "v+", "ownership", hard="hedged")
n.b("said she rewrote the alert rules after a near-miss w/ a ferry", "e+", "ownership", "risk_awareness")
n.b("bit vague on metrics", "v-", "metrics")
n.b("quiet, hard to read", "v-", hard="biased")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w59_notes_part3.jsonl", notes)
