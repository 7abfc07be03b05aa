import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w58-n021", candidate_id="w58-c06", interviewer_id="w58-i01", req_id="w58-r1",
         round="system_design", submitted_at="2026-03-09", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "headings", "american"], topic="scheduling service")
n.h("Round: System Design")
n.s("Interview began at 10:05 owing to a room conflict.", "c")
n.s("I asked the candidate to design a service that proposes hearing dates across the county's 12 courthouses.", "c", hard="question")
n.s("Siosaia asked whether attorneys' availability was available electronically or only by phone.", "e+", "judgment", hard="question")
n.s("He placed the optimizer behind the existing case management system rather than replacing it, citing the vendor contract.", "e+", "system_thinking", "judgment")
n.s("He did not address what the clerks would do if the optimizer were down on a Monday morning.", "e-", "risk_awareness", hard="negated")
n.s("His design was adequate for the scope.", "v0", "system_thinking")
n.s("He appears to have a reasonable grasp of optimization methods.", "v+", "ml_fundamentals", hard="tech_vague")
n.blank()
n.h("Recommendation")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n022", candidate_id="w58-c06", interviewer_id="w58-i02", req_id="w58-r1",
         round="behavioural", submitted_at="2026-03-09", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="risk assessment")
n.s("I told Siosaia that this office decided not to build a pretrial risk score and asked him what he made of that.", "c", hard="question")
n.s("He said he would have built it anyway 'as a tool, and let judges decide how to use it'.", "e-", "user_impact", "judgment")
n.s("I asked him who gets hurt if the score is wrong, and he talked about the court's reputation, not the defendant sitting in jail.", "e-", "user_impact")
n.s("To be fair, he then asked what data the office would have used, and said arrest records would carry old policing patterns into it.", "e+", "data_intuition", "user_impact")
n.s("Nice fella, easy to talk to.", "v+", hard="biased")
n.s("Lean no hire; the first answer tells me where his instinct goes.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w58-n023", candidate_id="w58-c06", interviewer_id="w58-i04", req_id="w58-r1",
         round="data", submitted_at="2026-03-10", recommendation="lean_no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="no-show prediction",
         ratings={"data_intuition": "hire", "user_impact": "no_hire"})
n.h("Findings")
n.b("Dataset: hearing attendance records, 18 months, with a failure-to-appear flag.", "c", marker="1. ")
n.b("Candidate found that the flag was back-filled when a warrant was issued, so it leaked the outcome.", "e+", "data_intuition", marker="2. ")
n.b("Removed three features recorded after the hearing date and re-ran the split by time.", "e+", "data_intuition", "ml_fundamentals", marker="3. ")
n.b("Proposed sending defendants with high predicted no-show risk a warning that a warrant 'would likely follow'.", "e-", "user_impact", marker="4. ")
n.b("Did not ask whether reminders by text would reach people without phones or stable addresses.", "e-", "user_impact", hard="negated", marker="5. ")
n.b("When asked about false positives in item 4, said the court could 'tune the threshold later'.", "e-", "user_impact", "risk_awareness", marker="6. ")
n.h("Conclusion")
n.b("LNH: strong data work (items 2-3) outweighed by items 4-6.", "e-", "user_impact", hard="verdict_plus_evidence", marker="7. ")
notes.append(n)

n = Note(note_id="w58-n024", candidate_id="w58-c06", interviewer_id="w58-i07", req_id="w58-r1",
         round="fundamentals", submitted_at="2026-03-11", recommendation="hire", specificity=3,
         style=["prose", "third_person", "american"], topic="duration regression")
n.s("Questions on regression for skewed targets were asked.", "c")
n.s("A log transform of hearing minutes was suggested by the candidate, and the bias on back-transforming was noted by him unprompted.", "e+", "ml_fundamentals")
n.s("Quantile regression was named as an alternative but not explained.", "e0", "ml_fundamentals")
n.s("His grounding in statistics is good.", "v+", "ml_fundamentals")
n.s("User concerns did not come up in this round.", "c")
n.s("A hire is recommended for this round.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n025", candidate_id="w58-c07", interviewer_id="w58-i03", req_id="w58-r2",
         round="system_design", submitted_at="2026-04-06", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="records search")
n.s("We spent most of the time on the indexing side.", "c")
n.s("Ingrid did fine on the design.", "v0", "system_thinking")
n.s("Communication was fine.", "v0", "communication")
n.s("She knows her way around search indexes and embeddings.", "v+", "system_thinking", hard="tech_vague")
n.s("She brought up access control for sealed records at one point.", "e+", "user_impact", "risk_awareness")
n.s("Probably a lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n026", candidate_id="w58-c07", interviewer_id="w58-i05", req_id="w58-r2",
         round="coding", submitted_at="2026-04-06", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="speaker labels")
n.s("I asked Ingrid to merge consecutive transcript segments from the same speaker.", "c", hard="question")
n.s("Her first version mutated the input list while looping over it, and skipped every other segment.", "e-", "coding")
n.s("I hinted that the output looked short, and she rewrote it with a new list and walked through my example line by line.", "e+", "learning", "coding", hard="interviewer_action")
n.s("She added tests for an empty transcript and for a single speaker without me asking.", "e+", "coding")
n.s("She asked whether 'Unknown' speaker labels should ever be merged, since two unknowns might be different people.", "e+", "data_intuition", hard="question")
n.s("Really enjoyed this one!", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n027", candidate_id="w58-c07", interviewer_id="w58-i06", req_id="w58-r2",
         round="data", submitted_at="2026-04-07", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "fragments", "abbreviations"], topic="WER analysis")
n.b("data: WER by hearing type, 6 months", "c")
n.b("spent ~15 min on one chart, never got to the q", "e-", "communication", "judgment")
n.b("didn't notice arraignments had 3x fewer samples", "e-", "data_intuition", hard="negated")
n.b("answers hard to follow", "v-", "communication")
n.b("knows ASR well tho", "v+", "ml_fundamentals", hard="tech_vague")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n028", candidate_id="w58-c07", interviewer_id="w58-i02", req_id="w58-r2",
         round="debugging", submitted_at="2026-04-08", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="court-day outage")
n.s("I set up an outage story: transcription queue backed up on a Monday, 40 hearings waiting.", "c", hard="interviewer_action")
n.s("Ingrid asked first which hearings had a statutory deadline for the record, and put those at the front.", "e+", "judgment", "user_impact")
n.s("She read the queue logs and found one 9-hour file from a weekend test recording blocking a worker.", "e+", "coding")
n.s("She said she'd add a max-duration check so one bad file can't hold up a courtroom again.", "e+", "risk_awareness")
n.s("She went quiet for a while when I asked her to explain it to the chief clerk, and the explanation she gave was full of queue jargon.", "e-", "communication")
n.s("When I said the clerk wouldn't know what a worker is, she tried again in plain words and it was much better.", "e+", "learning", "communication")
n.s("Hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n029", candidate_id="w58-c08", interviewer_id="w58-i07", req_id="w58-r1",
         round="behavioural", submitted_at="2026-05-04", recommendation="hire", specificity=4,
         style=["prose", "third_person", "american"], topic="judges and dashboards")
n.s("The candidate was asked about a time his analysis was ignored.", "c", hard="question")
n.s("A dashboard built for housing court judges that nobody opened was described by Kwame.", "e0", "user_impact")
n.s("He said he sat in on two hearing days, saw the judges only read paper, and moved the key number onto the daily docket sheet.", "e+", "user_impact", "ownership")
n.s("Usage was reported by him as going from zero to most judges within a month, though how he measured that was not said.", "e0", "metrics", hard="mixed")
n.s("He was not asked about failures in detail due to time.", "c")
n.s("A hire is recommended.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n030", candidate_id="w58-c08", interviewer_id="w58-i04", req_id="w58-r1",
         round="system_design", submitted_at="2026-05-04", recommendation="no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="backlog dashboard",
         ratings={"system_thinking": "no_hire", "risk_awareness": "lean_no_hire"})
n.h("Findings")
n.b("Task: design the statewide backlog forecast pipeline, 67 counties, nightly.", "c", marker="1. ")
n.b("Proposed pulling each county's case system live at page load instead of a nightly extract.", "e-", "system_thinking", marker="2. ")
n.b("Did not estimate load on county systems, several of which are 20 years old.", "e-", "system_thinking", hard="negated", marker="3. ")
n.b("No plan for a county whose feed fails; forecast would silently drop it from the state total.", "e-", "risk_awareness", "system_thinking", marker="4. ")
n.b("After I asked about item 4, added a 'stale data' banner per county.", "e+", "learning", "risk_awareness", marker="5. ")
n.b("Knows his BI tools.", "v+", hard="tech_vague", marker="6. ")
n.h("Conclusion")
n.b("No hire for this round; item 2 would take down county systems on court days.", "e-", "system_thinking", hard="verdict_plus_evidence", marker="7. ")
notes.append(n)

n = Note(note_id="w58-n031", candidate_id="w58-c08", interviewer_id="w58-i05", req_id="w58-r1",
         round="data", submitted_at="2026-05-05", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="interpreter scheduling")
n.s("I gave Kwame interpreter request data and asked him to forecast demand by language.", "c", hard="interviewer_action")
n.s("He noticed Haitian Creole requests doubled in one county in 2025 and asked whether a new shelter had opened nearby before modeling it.", "e+", "data_intuition", "user_impact")
n.s("He pooled the rare languages into one group and said a per-language model with six requests a year would be noise.", "e+", "ml_fundamentals", "judgment")
n.s("He said a short forecast means a litigant waits weeks for a rescheduled hearing, so he'd rather over-book interpreters.", "e+", "user_impact", "judgment")
n.s("Honestly I think he's the best candidate we have seen for this req.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n032", candidate_id="w58-c08", interviewer_id="w58-i01", req_id="w58-r1",
         round="coding", submitted_at="2026-05-06", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "headings", "american"], topic="date handling")
n.h("Round: Coding")
n.s("I asked the candidate to compute business days to a hearing, excluding court holidays.", "c", hard="question")
n.s("Kwame wrote a working loop over dates and used the holiday list I supplied.", "e+", "coding")
n.s("He did not handle a holiday that falls on a Saturday and is observed on Friday.", "e-", "coding", hard="negated")
n.s("His code was tidy.", "v+", "coding")
n.s("His approach would be slow over long ranges, though it was acceptable for the exercise.", "v0", "coding", hard="mixed")
n.blank()
n.h("Recommendation")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w58_notes_part3.jsonl", notes)
