import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w58-n009", candidate_id="w58-c03", interviewer_id="w58-i06", req_id="w58-r2",
         round="system_design", submitted_at="2025-12-02", recommendation="strong_hire", specificity=4,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations"], topic="transcription pipeline")
n.b("design: live transcription for 30 courtrooms, records within 24h", "c", hard="question")
n.b("split: capture -> ASR batch -> diarization -> redaction -> clerk review queue", "e+", "system_thinking")
n.b("sized GPU need at ~6 hrs audio/room/day, 2 nodes w/ headroom", "e+", "system_thinking")
n.b("asked what happens if court wifi drops mid-hearing", "e+", "risk_awareness", hard="question")
n.b("-> local recorder buffers to disk, uploads after", "e+", "risk_awareness", "system_thinking")
n.b("didn't cover monitoring of WER drift", "e-", "risk_awareness", hard="negated")
n.b("never asked what judges or clerks need from the output", "e-", "user_impact", "judgment", hard="negated")
n.b("explained clearly", "v+", "communication")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n010", candidate_id="w58-c03", interviewer_id="w58-i01", req_id="w58-r2",
         round="data", submitted_at="2025-12-02", recommendation="hire", specificity=5,
         style=["prose", "first_person", "headings", "american"], topic="redaction labels")
n.h("Round: Data (redaction training labels)")
n.s("The candidate was provided 1,000 redacted filings with the clerks' manual redactions as labels.", "c", hard="interviewer_action")
n.s("Wei asked how the clerks were instructed to redact minors' names before 2022, when the rule changed.", "e+", "data_intuition", hard="question")
n.s("He found that filings from before the rule change had minors' first names left in, and proposed dropping those from the positive labels.", "e+", "data_intuition")
n.s("He then asked whether any of the dropped filings were still publicly available, since those would need a second pass.", "e+", "user_impact", "risk_awareness")
n.s("He chose recall on names and case numbers as the primary metric and stated that a missed redaction costs far more than a clerk's extra review.", "e+", "metrics", "judgment")
n.s("He did not estimate the clerk workload that a low precision would create.", "e-", "judgment", hard="negated")
n.s("When I raised that point, he proposed a threshold review with two clerks for one week.", "e+", "learning")
n.blank()
n.h("Recommendation")
n.s("Hire, on the basis of the label analysis above.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n011", candidate_id="w58-c03", interviewer_id="w58-i03", req_id="w58-r2",
         round="behavioural", submitted_at="2025-12-03", recommendation="hire", specificity=1,
         style=["prose", "lowercase", "fragments"], topic="teamwork")
n.s("good conversation overall.", "v+")
n.s("wei seems like a natural leader, really mature.", "v+", "ownership")
n.s("asked him about a time he disagreed with a manager.", "c", hard="question")
n.s("he had a good answer for it.", "v+")
n.s("handled the conflict question fine i think.", "v+", "communication", hard="hedged")
n.s("nothing that worried me.", "v+")
n.s("hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n012", candidate_id="w58-c03", interviewer_id="w58-i05", req_id="w58-r2",
         round="fundamentals", submitted_at="2025-12-04", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="ASR evaluation")
n.s("I started with word error rate and asked Wei what it misses for court records.", "c", hard="question")
n.s("He said WER counts 'not' dropped from 'I did not sign it' the same as a dropped 'um', and that the first one changes the legal meaning.", "e+", "metrics", "user_impact")
n.s("He proposed a weighted error rate over negations, names, numbers, and dates, and sketched how to tag them.", "e+", "metrics", "ml_fundamentals")
n.s("I asked about fine-tuning on accented speech with only 20 hours of data.", "c")
n.s("He suggested freezing the encoder and adapting only the last layers, and said why full fine-tuning would overfit at that size.", "e+", "ml_fundamentals")
n.s("He was a bit vague on how to check that the adapted model didn't get worse on the other speakers.", "e-", "ml_fundamentals", "risk_awareness", hard="hedged")
n.s("Loved talking to him, I'd hire him in a heartbeat.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n013", candidate_id="w58-c04", interviewer_id="w58-i02", req_id="w58-r1",
         round="data", submitted_at="2026-01-20", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="backlog data")
n.s("I gave Maryam three years of filings and dispositions for family court and asked her where the backlog is coming from.", "c", hard="interviewer_action")
n.s("First thing she did was plot filings by week and spot the gap in spring 2020 when the courthouse closed.", "e+", "data_intuition")
n.s("She said straight out that a model trained across that gap would learn a shutdown as if it was normal.", "e+", "data_intuition", "ml_fundamentals")
n.s("She asked me how the office would measure success, and when I said 'median days to hearing', she said that number can look fine while the oldest cases rot, so she'd also track the 90th percentile.", "e+", "metrics", "user_impact")
n.s("Good head on her shoulders.", "v+")
n.s("She didn't ask whether custody cases get priority by statute, which changes the queue a lot.", "e-", "data_intuition", "user_impact", hard="negated")
n.s("Hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n014", candidate_id="w58-c04", interviewer_id="w58-i04", req_id="w58-r1",
         round="behavioural", submitted_at="2026-01-20", recommendation="no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="metric claims",
         ratings={"metrics": "no_hire", "learning": "no_hire"})
n.h("Findings")
n.b("Asked to describe a model she shipped and how she knew it worked.", "c", marker="1. ")
n.b("Described a hospital no-show model and cited an AUC gain from 0.71 to 0.79 as the evidence it worked.", "e-", "metrics", marker="2. ")
n.b("Could not say whether no-show rates or clinic wait times changed after launch.", "e-", "metrics", "user_impact", hard="negated", marker="3. ")
n.b("When told the AUC alone does not show a scheduling benefit, replied that 'the lift speaks for itself'.", "e-", "learning", "metrics", marker="4. ")
n.b("Said the overbooking policy that used the model was 'the operations team's decision', not hers.", "e-", "ownership", marker="5. ")
n.b("Answers were organized and on time.", "v+", "communication", marker="6. ")
n.h("Conclusion")
n.b("No hire: item 4 is the same offline-metric pattern I would expect to repeat on the backlog work.", "e-", "metrics", "learning", hard="verdict_plus_evidence", marker="7. ")
notes.append(n)

n = Note(note_id="w58-n015", candidate_id="w58-c04", interviewer_id="w58-i07", req_id="w58-r1",
         round="system_design", submitted_at="2026-01-21", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="duration forecasting service")
n.s("A service to give clerks a predicted length for each scheduled hearing was requested.", "c", hard="question")
n.s("A nightly batch feeding the clerk calendar was proposed, which was sensible for the usage.", "e+", "system_thinking")
n.s("The backtest MAE of 9 minutes was treated by the candidate as sufficient to switch every courtroom over.", "e-", "metrics", "judgment")
n.s("No rollback to the current rule-of-thumb scheduling was mentioned.", "e-", "risk_awareness", hard="negated")
n.s("The system side was reasonable.", "v0", "system_thinking", hard="hedged")
n.s("Her communication was generally good.", "v+", "communication")
n.s("A lean no hire is given, with some reluctance.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n016", candidate_id="w58-c04", interviewer_id="w58-i06", req_id="w58-r1",
         round="coding", submitted_at="2026-01-22", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "fragments", "abbreviations"], topic="docket parsing")
n.b("q: parse docket CSV, count pending cases per judge", "c", hard="question")
n.b("asked what 'pending' means in the export before coding", "e+", "data_intuition", hard="question")
n.b("pandas groupby, right counts", "e+", "coding")
n.b("didn't handle judges w/ two name spellings", "e-", "coding", "data_intuition", hard="negated")
n.b("ok code", "v0", "coding")
n.b("talked while coding, easy to follow", "v+", "communication")
n.b("ran ~40 min", "c")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n017", candidate_id="w58-c05", interviewer_id="w58-i05", req_id="w58-r2",
         round="debugging", submitted_at="2026-02-10", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="transcript timestamps")
n.s("I gave Jordan a transcript aligner that was drifting by several seconds after the first hour of each hearing.", "c", hard="interviewer_action")
n.s("They found within ten minutes that the audio was resampled from 44.1 to 16 kHz but the offsets still assumed the old rate.", "e+", "coding")
n.s("They wrote a two-line fix and checked it against the end of one three-hour hearing.", "e+", "coding")
n.s("I asked if the bug could have affected records already certified.", "c", "risk_awareness", hard="question")
n.s("Jordan said it probably didn't matter since 'nobody reads the timestamps', which I didn't love.", "e-", "user_impact", "risk_awareness")
n.s("Very quick debugger, genuinely.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n018", candidate_id="w58-c05", interviewer_id="w58-i01", req_id="w58-r2",
         round="behavioural", submitted_at="2026-02-10", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="appeals and records")
n.s("The session was conducted per the standard behavioural protocol, 45 minutes.", "c")
n.s("I asked the candidate to describe a time a stakeholder disputed their analysis.", "c", hard="question")
n.s("Jordan described a product manager who questioned a churn estimate, and said they 'just reran it with more data until she stopped asking'.", "e-", "communication", "ownership")
n.s("I then noted that attorneys routinely challenge transcript accuracy on appeal and asked how they would respond.", "c")
n.s("The candidate replied that the model's accuracy 'is documented' and that challenges are a legal matter, not an engineering one.", "e-", "user_impact", "ownership")
n.s("When I pressed on this, they raised their voice and stated that I was misunderstanding the question.", "e-", "learning")
n.s("I do not recommend hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n019", candidate_id="w58-c05", interviewer_id="w58-i03", req_id="w58-r2",
         round="data", submitted_at="2026-02-11", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="accent data")
n.s("Data round, 45 min, accent-labelled audio set.", "c")
n.s("Jordan is comfortable with audio data.", "v+", "data_intuition")
n.s("They mentioned checking speaker balance in the training set.", "e+", "data_intuition", "user_impact")
n.s("Some rough edges on the stats side.", "v-", "ml_fundamentals")
n.s("Didn't get into redaction.", "c")
n.s("Seems okay overall.", "v0", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n020", candidate_id="w58-c05", interviewer_id="w58-i07", req_id="w58-r2",
         round="coding", submitted_at="2026-02-12", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="redaction coding")
n.s("A function to mask phone numbers in transcripts was requested, including numbers spoken as words.", "c", hard="question")
n.s("The digit case was handled correctly with a regex on the first attempt.", "e+", "coding")
n.s("Spoken numbers such as 'five five five' were not handled, and no test for them was written.", "e-", "coding", "user_impact", hard="negated")
n.s("A suggestion to use a small number-word table was dismissed by the candidate as 'overengineering'.", "e-", "learning", "judgment")
n.s("When asked how misses would be caught after deployment, sampling 1% of transcripts for human review was proposed.", "e+", "risk_awareness")
n.s("The code was readable.", "v+", "coding")
n.s("Lean no hire, due to the handling of the suggestion.", "v-", "learning")
notes.append(n)

save_notes("data/corpus/raw/w58_notes_part2.jsonl", notes)
