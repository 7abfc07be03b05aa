import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w58-n001", candidate_id="w58-c01", interviewer_id="w58-i01", req_id="w58-r1",
         round="data", submitted_at="2025-10-14", recommendation="hire", specificity=4,
         style=["prose", "first_person", "headings", "american"], topic="hearing durations",
         ratings={"data_intuition": "hire", "user_impact": "hire"})
n.h("Round: Data (hearing duration dataset)")
n.s("Candidate was provided the docket extract for civil motions, calendar year 2023, and asked to estimate hearing length.", "c", hard="interviewer_action")
n.s("The candidate first inquired whether continuances were recorded as separate hearings or as one.", "e+", "data_intuition", hard="question")
n.s("She identified that 11% of rows had an end time earlier than the start time and excluded them after stating her reason.", "e+", "data_intuition")
n.s("She did not examine whether the excluded rows were concentrated in a single courtroom.", "e-", "data_intuition", hard="negated")
n.s("When I noted that self-represented litigants' hearings run longer, she added a representation flag and asked whether it was reliably entered by clerks.", "e+", "learning", "user_impact")
n.s("Her proposed error measure was median absolute error in minutes, because a clerk schedules in blocks and a mean would be distorted by a few trials.", "e+", "metrics", "judgment")
n.blank()
n.h("Assessment")
n.s("The candidate's work was orderly and well documented.", "v+", "communication")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n002", candidate_id="w58-c01", interviewer_id="w58-i02", req_id="w58-r1",
         round="behavioural", submitted_at="2025-10-14", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "american"], topic="self-represented litigants")
n.s("Chidinma and I talked for about 40 minutes, mostly about her county health job.", "c")
n.s("She told me how she found out the clinic wait-time model was sending people to a closed site on Sundays, and how she pulled it herself the same afternoon.", "e+", "ownership", "risk_awareness")
n.s("Then she wrote the incident note and sat with the front desk staff to learn why nobody flagged it sooner.", "e+", "ownership", "user_impact")
n.s("I asked her what she would do if a judge said the duration forecast was wrong for his courtroom.", "c", hard="question")
n.s("She said she would ask him for three recent hearings he felt were off, and check them line by line with him before touching the model.", "e+", "communication", "judgment")
n.s("When I pushed and said the judge just doesn't trust dashboards, she didn't argue, she said maybe a printed weekly sheet is better for him.", "e+", "learning", "user_impact")
n.s("Real warm with people, you can tell.", "v+", hard="biased")
n.s("One thing: she never raised what happens to people waiting in the hallway if the forecast runs short.", "e-", "user_impact", hard="negated")
n.s("Still, strong hire, and I would put her on the scheduling team tomorrow because of that clinic story.", "e+", "ownership", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w58-n003", candidate_id="w58-c01", interviewer_id="w58-i04", req_id="w58-r1",
         round="fundamentals", submitted_at="2025-10-15", recommendation="lean_no_hire", specificity=4,
         style=["headings", "bullets", "third_person", "american"], topic="backlog forecasting",
         ratings={"ml_fundamentals": "lean_no_hire", "metrics": "no_hire"})
n.h("Findings")
n.b("Asked to model time-to-disposition for the felony backlog with censored cases.", "c", marker="1. ")
n.b("Candidate proposed linear regression on closed cases only and did not recognize the censoring issue until prompted.", "e-", "ml_fundamentals", marker="2. ")
n.b("After the prompt, she named survival analysis but could not state what the hazard function represents.", "e-", "ml_fundamentals", "learning", hard="mixed", marker="3. ")
n.b("Claimed an R-squared of 0.6 on closed cases 'means the backlog forecast is ready'.", "e-", "metrics", marker="4. ")
n.b("Did ask how the forecast would be used by the presiding judge before picking a horizon.", "e+", "judgment", hard="question", marker="5. ")
n.b("Good theory background overall, on paper.", "v0", "ml_fundamentals", hard="tech_vague", marker="6. ")
n.h("Conclusion")
n.b("LNH.", "v-", hard="bare_verdict", marker="7. ")
n.s("Fundamentals gap on censoring is disqualifying for this req.", "v-", "ml_fundamentals")
notes.append(n)

n = Note(note_id="w58-n004", candidate_id="w58-c01", interviewer_id="w58-i06", req_id="w58-r1",
         round="coding", submitted_at="2025-10-15", recommendation="hire", specificity=3,
         style=["bullets", "terse", "fragments", "abbreviations"], topic="calendar slots")
n.b("q: merge overlapping hearing slots per courtroom", "c", hard="question")
n.b("sorted by start, single pass, correct on my 3 cases", "e+", "coding")
n.b("stated O(n log n) w/o being asked", "e+", "coding")
n.b("missed same-start/same-end edge case", "e-", "coding", hard="negated")
n.b("fixed it w/ one hint, <2 min", "e+", "learning", "coding")
n.b("no tests written", "e-", "coding")
n.b("clean code", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n005", candidate_id="w58-c02", interviewer_id="w58-i03", req_id="w58-r2",
         round="system_design", submitted_at="2025-11-03", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="transcription")
n.s("Arturo really knows speech recognition, lots of depth on acoustic models and decoding.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("We covered the pipeline from courtroom audio to the published record.", "c")
n.s("He talked about beam search and language model fusion.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Design was solid.", "v+", "system_thinking")
n.s("No concerns on communication.", "v+", "communication")
n.s("Seemed to get the court context.", "v+", "user_impact", hard="hedged")
n.s("Would be a good addition, hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n006", candidate_id="w58-c02", interviewer_id="w58-i05", req_id="w58-r2",
         round="data", submitted_at="2025-11-03", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="transcription accents")
n.s("I gave Arturo a sample of 200 hearing transcripts with word error rates broken out by courtroom.", "c", hard="interviewer_action")
n.s("He spotted right away that two rural courtrooms had WER near 30% while the average was 12%.", "e+", "data_intuition", "metrics")
n.s("He asked me whether those courtrooms had more Creole or Spanish-accented speakers, and said an average WER would hide exactly the people most likely to appeal a bad record.", "e+", "user_impact", "metrics")
n.s("I loved that.", "v+")
n.s("He proposed sampling 50 hours from those rooms for human correction before any fine-tuning.", "e+", "data_intuition", "judgment")
n.s("He did not mention how the corrected audio would be stored given the sealed-case rules, and I had to bring it up.", "e-", "user_impact", "risk_awareness", hard="negated")
n.s("Once I did, he said sealed juvenile audio should never leave the court's own servers.", "e+", "learning", "user_impact")
n.s("Honestly one of the best data rounds I have run this year.", "v+", hard="vague_quantity")
notes.append(n)

n = Note(note_id="w58-n007", candidate_id="w58-c02", interviewer_id="w58-i07", req_id="w58-r2",
         round="behavioural", submitted_at="2025-11-04", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="ownership")
n.s("The candidate was asked to describe a production failure he was responsible for.", "c", hard="question")
n.s("A transcription outage at his previous employer was described, in which the ASR service fell over during a morning docket.", "e0", "risk_awareness")
n.s("It was stated by him that the on-call rotation 'wasn't really his team's' and the fix was left to infra.", "e-", "ownership")
n.s("No follow-up or postmortem on his part was mentioned, even when asked what changed afterward.", "e-", "ownership", hard="negated")
n.s("When the point was pressed, the candidate became short and said the question was unfair.", "e-", "learning")
n.s("Communication was otherwise clear.", "v+", "communication")
n.s("A lean no hire is recorded, mainly on ownership.", "v-", "ownership", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n008", candidate_id="w58-c02", interviewer_id="w58-i04", req_id="w58-r2",
         round="debugging", submitted_at="2025-11-05", recommendation="no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="redaction pipeline",
         ratings={"risk_awareness": "no_hire", "coding": "lean_hire"})
n.h("Findings")
n.b("Exercise: redaction job misses Social Security numbers written with spaces.", "c", marker="1. ")
n.b("Candidate located the regex fault in 6 minutes by printing the unmatched strings.", "e+", "coding", marker="2. ")
n.b("Patched the regex but did not add a test for the spaced format.", "e-", "coding", hard="negated", marker="3. ")
n.b("When asked whether already published records needed re-redaction, said no.", "e-", "risk_awareness", "user_impact", marker="4. ")
n.b("Proposed shipping the fix directly to the public records portal with no review step.", "e-", "risk_awareness", "judgment", marker="5. ")
n.b("When challenged on item 5, repeated that 'regex fixes are low risk' twice.", "e-", "learning", marker="6. ")
n.h("Conclusion")
n.b("No hire: fast debugging, but he treats leaked personal data as a code bug only.", "e-", "user_impact", hard="verdict_plus_evidence", marker="7. ")
notes.append(n)

save_notes("data/corpus/raw/w58_notes_part1.jsonl", notes)
