import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w58-n054", candidate_id="w58-c30", interviewer_id="w58-i04", req_id="w58-r1",
         round="system_design", submitted_at="2026-04-28", recommendation="lean_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="backlog forecasting",
         ratings={"system_thinking": "hire", "metrics": "lean_hire", "user_impact": "lean_no_hire"})
n.h("Setup")
n.b("Task: weekly backlog forecast per courthouse for the judicial council, 67 counties.", "c", marker="1. ")
n.b("Constraint given: several judges have said they do not trust dashboards.", "c", marker="2. ")
n.h("Findings")
n.b("Candidate asked what decision the council makes with the forecast before drawing anything.", "e+", "judgment", hard="question", marker="3. ")
n.b("Told it is judge reassignment, proposed a 13-week horizon to match the assignment cycle.", "e+", "judgment", "system_thinking", marker="4. ")
n.b("Designed nightly extracts into a staging store, a weekly model run, and a PDF report, with the dashboard as secondary.", "e+", "system_thinking", "user_impact", marker="5. ")
n.b("Estimated the extract at under 1 GB per week and said a single scheduled job would suffice.", "e+", "system_thinking", marker="6. ")
n.b("Included prediction intervals on every county figure and explained them in one sentence on the report.", "e+", "communication", "metrics", marker="7. ")
n.b("Proposed evaluating on last year's weeks with a rolling origin, not a random split.", "e+", "ml_fundamentals", "metrics", marker="8. ")
n.b("Did not plan for a county that changes its case codes mid-year.", "e-", "data_intuition", "risk_awareness", hard="negated", marker="9. ")
n.b("After I raised item 9, added a check on code-frequency shifts that holds the county's figure for review.", "e+", "learning", "risk_awareness", marker="10. ")
n.b("Did not consider that reassignment based on the forecast affects litigants whose judge changes mid-case.", "e-", "user_impact", hard="negated", marker="11. ")
n.b("When asked about item 11, said 'that is a policy question' and moved on.", "e-", "user_impact", "ownership", marker="12. ")
n.b("Drew the system at a readable level and kept to time.", "e+", "communication", marker="13. ")
n.h("Conclusion")
n.b("Lean hire: items 3-8 are strong; item 12 keeps this from a hire.", "e0", "user_impact", hard="mixed", marker="14. ")
notes.append(n)

n = Note(note_id="w58-n055", candidate_id="w58-c31", interviewer_id="w58-i02", req_id="w58-r2",
         round="behavioural", submitted_at="2026-05-19", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="accents and transcription")
n.s("Spoke with Nnamdi for 45 minutes about his transcription work at a telecom.", "c")
n.s("He told me their ASR was doing badly on Nigerian and Ghanaian callers, and that he only found out because he listened to fifty failed calls himself.", "e+", "ownership", "user_impact")
n.s("He got 30 hours of West African English recorded with consent and fine-tuned on it, and said the error rate for those callers went from about 28% to 15%.", "e+", "ownership", "data_intuition")
n.s("I asked him how he knew the other callers didn't get worse.", "c", "risk_awareness", hard="question")
n.s("He said he kept a fixed test set for each accent group and blocked the release if any group dropped by more than a point.", "e+", "risk_awareness", "metrics")
n.s("Then I asked about court, where a mistake goes into a legal record.", "c")
n.s("He said for court he'd want a clerk to check every quote attributed to a defendant, because 'the transcript is the defendant's word'.", "e+", "user_impact", "judgment")
n.s("When I said clerks don't have time for that, he thought for a bit and narrowed it to low-confidence segments only.", "e+", "learning", "judgment")
n.s("He talked a lot with his hands, very animated.", "v0", hard="biased")
n.s("He never asked me anything about the team or how the records office works.", "e-", "judgment", hard="negated")
n.s("He was clear and to the point the whole time.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n056", candidate_id="w58-c32", interviewer_id="w58-i06", req_id="w58-r2",
         round="debugging", submitted_at="2026-06-02", recommendation="no_hire", specificity=2,
         style=["bullets", "terse", "fragments", "abbreviations", "typos"], topic="redaction bug")
n.b("debug: redaction misses names after a line break", "c", hard="question")
n.b("slow to start", "v-", "coding")
n.b("read code top to bottom, didnt run anything", "e-", "coding")
n.b("weak debugging instincts", "v-", "coding")
n.b("not much risk sense", "v-", "risk_awareness")
n.b("unclear explanations", "v-", "communication")
n.b("prob not a fit for ML eng", "v-", hard="hedged")
n.b("ran out of time", "c")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n057", candidate_id="w58-c33", interviewer_id="w58-i03", req_id="w58-r2",
         round="behavioural", submitted_at="2026-06-16", recommendation="lean_hire", specificity=1,
         style=["prose", "third_person"], topic="teamwork")
n.s("Behavioural with Aleksandra.", "c")
n.s("Thirty minutes, mostly on her last job.", "c")
n.s("Pretty solid.", "v0")
n.s("She knows what she's doing with production systems.", "v+", "system_thinking", hard="tech_vague")
n.s("Ownership seems fine.", "v+", "ownership", hard="hedged")
n.s("Maybe not the strongest communicator.", "v-", "communication", hard="hedged")
n.s("Would work well with the records team, probably.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n058", candidate_id="w58-c34", interviewer_id="w58-i05", req_id="w58-r1",
         round="coding", submitted_at="2026-07-07", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="calendar conflicts")
n.s("I asked Esperanza to find attorneys double-booked across courtrooms on the same morning.", "c", hard="question")
n.s("She asked whether a hearing marked 'tentative' counts as booked.", "e+", "judgment", hard="question")
n.s("She grouped by attorney and date and compared sorted intervals, and it worked on my examples.", "e+", "coding")
n.s("She used strict less-than, so back-to-back hearings at 9:00 and 9:00 were not flagged.", "e-", "coding")
n.s("When I gave her that case she found the comparison and fixed it right away.", "e+", "learning", "coding")
n.s("She didn't write any tests of her own.", "e-", "coding", hard="negated")
n.s("I love how calmly she works.", "v+", hard="biased")
n.s("She mentioned that public defenders get double-booked far more than private counsel, and asked whether the tool would just shame them.", "e+", "user_impact")
n.s("Her code was very clean and readable.", "v+", "coding")
n.s("I think she'd be great with the clerks.", "v+", "communication")
n.s("We had ten minutes left and chatted about the team.", "c")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n059", candidate_id="w58-c35", interviewer_id="w58-i01", req_id="w58-r2",
         round="data", submitted_at="2026-08-11", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person", "headings", "american"], topic="transcript quality")
n.h("Round: Data (transcript quality sample)")
n.s("The candidate was provided a sample of 300 transcripts with clerk corrections.", "c", hard="interviewer_action")
n.s("Mr. Oduya reviewed the sample for the first twenty minutes.", "c")
n.s("He did not appear to have a structured approach.", "v-", "data_intuition", hard="hedged")
n.s("He computed an overall correction rate.", "e0", "metrics")
n.s("His familiarity with audio data appears limited.", "v-", "data_intuition")
n.s("He was courteous throughout.", "v+", hard="biased")
n.s("Certain topics, including privacy, were not reached.", "c")
n.blank()
n.h("Recommendation")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n060", candidate_id="w58-c36", interviewer_id="w58-i07", req_id="w58-r2",
         round="system_design", submitted_at="2026-09-15", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="live captioning")
n.s("A live captioning system for hearings with deaf or hard-of-hearing participants was requested.", "c", hard="question")
n.s("Latency was asked about by the candidate first, and a two-second target was chosen by her.", "e+", "judgment", "user_impact")
n.s("Streaming ASR on a GPU in each courthouse was proposed, with the cloud as backup.", "e+", "system_thinking")
n.s("How the courthouse GPU would be maintained by staff with no engineers on site was not considered.", "e-", "system_thinking", "risk_awareness", hard="negated")
n.s("Caption errors were described by her as 'acceptable because the official record is separate'.", "e-", "user_impact")
n.s("When it was pointed out that the participant relies on captions to follow their own hearing, the point was accepted and a correction channel for the interpreter was added.", "e+", "learning", "user_impact")
n.s("The component diagram was hard to follow.", "v-", "communication")
n.s("Her infrastructure knowledge is good.", "v+", "system_thinking", hard="tech_vague")
n.s("No plan for what happens when both the local GPU and the network fail on a court day was given.", "e-", "risk_awareness", hard="negated")
n.s("A lean no hire is recommended.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w58_notes_part6.jsonl", notes)
