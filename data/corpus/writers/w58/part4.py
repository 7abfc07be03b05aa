import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w58-n033", candidate_id="w58-c09", interviewer_id="w58-i03", req_id="w58-r1",
         round="behavioural", submitted_at="2024-09-17", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="collaboration")
n.s("Behavioural round with Fatima.", "c")
n.s("Good energy throughout.", "v+", hard="biased")
n.s("She has a lot of stakeholder experience, clearly.", "v+", "communication", hard="vague_quantity")
n.s("Takes ownership of her work.", "v+", "ownership")
n.s("Comes across as someone who would handle judges well.", "v+", "communication")
n.s("Answers were thoughtful.", "v+")
n.s("Not much to flag.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n034", candidate_id="w58-c10", interviewer_id="w58-i04", req_id="w58-r2",
         round="system_design", submitted_at="2024-10-02", recommendation="lean_no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="public records portal",
         ratings={"system_thinking": "hire", "user_impact": "no_hire", "risk_awareness": "lean_no_hire"})
n.h("Setup")
n.b("Task: design the pipeline that publishes redacted hearing transcripts to the public records portal.", "c", marker="1. ")
n.b("Volume given: 900 hearings/day statewide, publish within 5 business days.", "c", marker="2. ")
n.h("Findings")
n.b("Candidate separated ingestion, ASR, redaction, clerk review and publishing into queued stages, each retryable.", "e+", "system_thinking", marker="3. ")
n.b("Estimated 2,700 audio hours a day and sized the ASR tier at 12 GPUs with a 2x margin for Monday peaks.", "e+", "system_thinking", marker="4. ")
n.b("Placed clerk review after publishing 'to keep the SLA', i.e. unreviewed transcripts go public first.", "e-", "user_impact", "judgment", marker="5. ")
n.b("Did not propose any way to retract a transcript once published.", "e-", "risk_awareness", hard="negated", marker="6. ")
n.b("When I pointed out item 5, moved review before publish but kept no retraction path.", "e0", "learning", "risk_awareness", hard="mixed", marker="7. ")
n.b("Asked which records are exempt under the public-records statute before designing the filter.", "e+", "user_impact", hard="question", marker="8. ")
n.b("Explained the queue design clearly with a diagram in the shared doc.", "e+", "communication", marker="9. ")
n.b("Did not define a metric for redaction quality at any stage.", "e-", "metrics", hard="negated", marker="10. ")
n.h("Conclusion")
n.b("LNH.", "v-", hard="bare_verdict", marker="11. ")
n.s("Architecture is sound (items 3-4); the ordering in item 5 and the missing retraction path would put victims' names online.", "e-", "user_impact", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w58-n035", candidate_id="w58-c11", interviewer_id="w58-i05", req_id="w58-r1",
         round="data", submitted_at="2024-11-12", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="continuance patterns")
n.s("I had Diego look at continuance data from the criminal division.", "c")
n.s("He was comfortable in pandas and moved quickly.", "v+", "coding")
n.s("I really liked his curiosity about the data.", "v+", "data_intuition")
n.s("He asked how continuances were coded.", "e+", "data_intuition", hard="question")
n.s("He knows his way around time series methods.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("We ran out of time before he could build anything.", "c")
n.s("Communication was great, very easy to follow.", "v+", "communication")
n.s("He'd fit in nicely with the scheduling folks.", "v+", hard="biased")
n.s("I'm a hire, happy to see him on the team.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n036", candidate_id="w58-c12", interviewer_id="w58-i06", req_id="w58-r2",
         round="coding", submitted_at="2024-12-03", recommendation="lean_no_hire", specificity=1,
         style=["bullets", "terse", "fragments", "lowercase"], topic="string processing")
n.b("coding, 45m", "c")
n.b("q: tokenise transcript lines", "c", hard="question")
n.b("weak coder", "v-", "coding")
n.b("slow", "v-", "coding")
n.b("communication ok", "v0", "communication")
n.b("not ready for ML eng role", "v-")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n037", candidate_id="w58-c13", interviewer_id="w58-i07", req_id="w58-r1",
         round="data", submitted_at="2025-01-21", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="backlog metrics")
n.s("A data exercise on the probate backlog was given, with case ages and filing dates.", "c", hard="interviewer_action")
n.s("The candidate, Hana, was asked how she would tell whether the backlog was improving.", "c", hard="question")
n.s("Median case age was proposed first, and then the share of cases older than a year was added after she noticed the median fell while old cases grew.", "e+", "metrics", "data_intuition")
n.s("Her reasoning on metrics was considered strong.", "v+", "metrics")
n.s("Dispositions recorded as 'closed - other' were counted as resolved without checking what they were.", "e-", "data_intuition")
n.s("It was not asked by her who uses the backlog figures or how.", "e-", "user_impact", hard="negated")
n.s("The analysis was presented in a calm and orderly way.", "v+", "communication")
n.s("Some gaps remain on data quality.", "v-", "data_intuition")
n.s("Ownership could not be assessed in this round.", "c")
n.s("Lean hire is recommended.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n038", candidate_id="w58-c14", interviewer_id="w58-i01", req_id="w58-r2",
         round="behavioural", submitted_at="2025-02-11", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "headings", "american"], topic="past projects")
n.h("Round: Behavioural")
n.s("The interview was held by video, as the candidate is located out of state.", "c")
n.s("I asked the candidate about the project of which he is most proud.", "c", hard="question")
n.s("Mr. Adeyemi spoke at length about a speech project at a call center.", "v0", hard="tech_vague")
n.s("He indicated that he led the effort.", "v+", "ownership")
n.s("His answers were somewhat long-winded.", "v-", "communication", hard="hedged")
n.s("He did not describe any difficulty or setback when asked.", "e-", "ownership", hard="negated")
n.s("He appears to be an experienced engineer.", "v+")
n.blank()
n.h("Recommendation")
n.s("Lean hire, pending the technical rounds.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n039", candidate_id="w58-c15", interviewer_id="w58-i02", req_id="w58-r1",
         round="behavioural", submitted_at="2025-03-18", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="self-represented litigants")
n.s("Talked with Rosa for the full hour about her legal aid work.", "c")
n.s("She told me about an intake form at the legal aid clinic where tenants kept picking the wrong case type, and she went and watched ten people fill it in.", "e+", "user_impact", "ownership")
n.s("Then she cut the form from four pages to one and re-ran the numbers: wrong case type went from about a third to under one in ten, she said.", "e+", "ownership", "metrics")
n.s("I asked her what she would do if a model she built was making things worse for people without lawyers.", "c", hard="question")
n.s("She said she'd pull it first and explain to the managers after, and gave me the example of a chatbot she switched off at the clinic.", "e+", "risk_awareness", "user_impact")
n.s("When I asked how she would know it was worse, she only said 'complaints', and didn't come up with any other signal even when I waited.", "e-", "metrics", "risk_awareness")
n.s("She is a lovely person, easy to talk to.", "v+", hard="biased")
n.s("She explained the intake story so plainly my nephew could follow it.", "v+", "communication")
n.s("Her stats side I can't speak to, that's for the data round.", "c")
n.s("I would hire her.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n040", candidate_id="w58-c16", interviewer_id="w58-i03", req_id="w58-r2",
         round="data", submitted_at="2025-04-08", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person", "lowercase"], topic="audio quality")
n.s("data round, audio quality dataset.", "c")
n.s("ravi seemed comfortable with the data.", "v+", "data_intuition", hard="hedged")
n.s("he pointed out some clipped audio files.", "e+", "data_intuition")
n.s("good instincts on labeling.", "v+", "data_intuition", hard="tech_vague")
n.s("a bit quiet.", "v-", hard="biased")
n.s("didn't really dig into accents, might be fine.", "v0", "user_impact")
n.s("metrics discussion was okay.", "v0", "metrics")
n.s("understands the modeling side.", "v+", "ml_fundamentals")
n.s("lean hire i guess", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n041", candidate_id="w58-c17", interviewer_id="w58-i04", req_id="w58-r1",
         round="fundamentals", submitted_at="2025-05-13", recommendation="no_hire", specificity=3,
         style=["headings", "bullets", "third_person", "american"], topic="evaluation",
         ratings={"ml_fundamentals": "no_hire"})
n.h("Findings")
n.b("Topics: train/test splits over time, calibration, class imbalance.", "c", marker="1. ")
n.b("Candidate proposed a random split on hearing records from 2019-2024.", "e-", "ml_fundamentals", "data_intuition", marker="2. ")
n.b("Could not explain why a random split would inflate accuracy on future dockets.", "e-", "ml_fundamentals", marker="3. ")
n.b("Weak on calibration generally.", "v-", "ml_fundamentals", marker="4. ")
n.b("Claimed oversampling 'always fixes' imbalance.", "e-", "ml_fundamentals", marker="5. ")
n.b("Clear speaker.", "v+", "communication", marker="6. ")
n.b("Not at the level this req needs.", "v-", marker="7. ")
n.h("Conclusion")
n.b("NH.", "v-", hard="bare_verdict", marker="8. ")
notes.append(n)

n = Note(note_id="w58-n042", candidate_id="w58-c18", interviewer_id="w58-i06", req_id="w58-r1",
         round="data", submitted_at="2025-06-03", recommendation="hire", specificity=2,
         style=["bullets", "terse", "fragments", "abbreviations"], topic="docket cleanup")
n.b("data: messy docket export, 3 counties", "c")
n.b("strong w/ SQL", "v+", "coding", hard="tech_vague")
n.b("spotted dup case numbers across counties", "e+", "data_intuition")
n.b("good data sense", "v+", "data_intuition")
n.b("metrics: fine", "v0", "metrics")
n.b("v experienced, lots of gov data work", "v+", hard="vague_quantity")
n.b("ownership unclear", "v0", "ownership")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n043", candidate_id="w58-c19", interviewer_id="w58-i05", req_id="w58-r2",
         round="behavioural", submitted_at="2025-07-08", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person", "american"], topic="motivation")
n.s("What a great conversation with Tamsin!", "v+")
n.s("We spent our time on her reasons for applying.", "c")
n.s("I can tell she really cares about the mission of open courts.", "v+", "user_impact")
n.s("She's a natural owner, the kind of person who just gets things done.", "v+", "ownership")
n.s("Super articulate.", "v+", "communication")
n.s("Tons of experience with speech models.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("She'd be a great culture add here.", "v+", hard="biased")
n.s("Strong hire from my side.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n044", candidate_id="w58-c20", interviewer_id="w58-i01", req_id="w58-r1",
         round="data", submitted_at="2025-08-19", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "headings", "american"], topic="jury pool data")
n.h("Round: Data (juror summons response)")
n.s("The candidate was provided juror summons records and asked to predict response rates by ZIP code.", "c", hard="interviewer_action")
n.s("Mr. Novak joined the tables correctly and produced rates for all 140 ZIP codes within the time allotted.", "e+", "coding", "data_intuition")
n.s("He did not question why 18% of summonses had no delivery status.", "e-", "data_intuition", hard="negated")
n.s("I asked how the results might be used.", "c", hard="question")
n.s("He suggested sending more summonses to low-response ZIP codes and did not consider that this might burden lower-income residents.", "e-", "user_impact")
n.s("His explanation of the approach was clear.", "v+", "communication")
n.s("He has a satisfactory command of regression methods.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("The round concluded at the scheduled time.", "c")
n.blank()
n.h("Recommendation")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n045", candidate_id="w58-c21", interviewer_id="w58-i02", req_id="w58-r2",
         round="system_design", submitted_at="2025-09-09", recommendation="lean_hire", specificity=1,
         style=["prose", "first_person"], topic="transcription design")
n.s("Design round with Obi on the transcription service.", "c")
n.s("We talked for an hour.", "c")
n.s("He has good bones as an engineer.", "v+")
n.s("He knows the cloud stuff well, no question.", "v+", "system_thinking", hard="tech_vague")
n.s("I felt he didn't think enough about the people in the courtroom.", "v-", "user_impact")
n.s("A likeable young man.", "v+", hard="biased")
n.s("Could grow into it.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n046", candidate_id="w58-c22", interviewer_id="w58-i07", req_id="w58-r2",
         round="debugging", submitted_at="2025-10-28", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person", "american"], topic="ASR regression")
n.s("A debugging scenario was presented: WER doubled after a model update for one courthouse.", "c", hard="interviewer_action")
n.s("The candidate was judged to have a methodical approach.", "v+", "coding")
n.s("It was suggested by her that the new microphones at that courthouse be checked.", "e+", "data_intuition")
n.s("The general debugging skill shown was adequate.", "v0", "coding")
n.s("Risk thinking was somewhat limited.", "v-", "risk_awareness", hard="hedged")
n.s("The rollback question was not reached.", "c")
n.s("Her communication was considered clear.", "v+", "communication")
n.s("Lean hire is suggested, with low confidence.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w58_notes_part4.jsonl", notes)
