import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c03 Siobhan Gallagher (she) -- r2 -- i05 balanced
n = Note(note_id="w54-n011", candidate_id="w54-c03", interviewer_id="w54-i05", req_id="w54-r2",
         round="system_design", submitted_at="2026-02-09", recommendation="hire", specificity=5,
         style=["qa", "first_person", "british"], topic="early warning rollout",
         ratings={"risk_awareness": "strong_hire", "judgment": "hire"})
n.s("Q: The Vice-Provost wants the early-warning flag live for all faculties from September; design it.", "c", hard="question")
n.nl()
n.s("A: Siobhan first asked how many personal advisers there were and how many students each could realistically contact in a week.", "e+", "judgment")
n.s("Told 180 advisers at about five calls each, she set the flag budget at roughly 900 students a week rather than a probability threshold.", "e+", "judgment", "metrics")
n.s("She then suggested starting with two faculties that had volunteered, arguing that a sceptical faculty forced into it would ignore the flags and the pilot would tell us nothing.", "e+", "judgment")
n.nl()
n.s("Q: How would you know if it was going wrong?", "c", "risk_awareness", hard="question")
n.nl()
n.s("A: She listed three checks: the weekly count of flags per faculty, the share of flagged students who were contacted, and a freshness timestamp on each input feed shown on the adviser screen.", "e+", "risk_awareness", "system_thinking")
n.s("She added a kill switch that reverts advisers to the old attendance-only report if the flag count moves more than half from its four-week average.", "e+", "risk_awareness")
n.nl()
n.s("Q: Anything you'd not do?", "c", hard="question")
n.nl()
n.s("A: She said she'd not show the risk score itself to students, only the reasons, because a number like 0.7 reads as a verdict.", "e+", "user_impact", "communication")
n.s("She didn't get round to retraining cadence and I ran out of time to ask.", "c")
n.nl()
n.s("Hire: she was the only candidate this cycle to put the feed timestamps in front of the advisers themselves.", "e+", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

# c03 -- i03 vague
n = Note(note_id="w54-n012", candidate_id="w54-c03", interviewer_id="w54-i03", req_id="w54-r2",
         round="behavioural", submitted_at="2026-02-10", recommendation="hire", specificity=1,
         style=["prose", "british"], topic="teamwork")
n.s("Good conversation overall.", "v+")
n.s("Siobhan seems very self-aware and takes ownership of things.", "v+", "ownership")
n.s("She has plenty of experience working with non-technical people.", "v+", "communication", hard="vague_quantity")
n.s("We talked about the last team she was on and a project that overran.", "c")
n.s("She handled the conflict question well, I think.", "v+", "communication", hard="hedged")
n.s("Learns fast.", "v+", "learning")
n.s("Nice manner, quite calm.", "v+", hard="biased")
n.s("Probably a hire.", "v+", hard="bare_verdict")
notes.append(n)

# c03 -- i01 professor
n = Note(note_id="w54-n013", candidate_id="w54-c03", interviewer_id="w54-i01", req_id="w54-r2",
         round="fundamentals", submitted_at="2026-02-10", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="small cohorts")
n.s("I had intended to spend the hour on survival models, but we drifted, not unprofitably, towards the question of small cohorts.", "c")
n.s("When I asked how she would estimate a withdrawal rate for a programme with eleven students, she proposed shrinking it towards the faculty rate and wrote the partial-pooling formula out correctly.", "e+", "ml_fundamentals", "data_intuition")
n.s("Her understanding of censoring, on the other hand, struck me as somewhat shaky, though I would not want to overstate the point.", "v-", "ml_fundamentals", hard="hedged")
n.s("She described the hazard as 'the probability of leaving', and did not correct herself when I asked what happens to students still enrolled at the end of the window.", "e-", "ml_fundamentals", "learning")
n.s("I found her, in general, a thoughtful and careful person to talk to.", "v+", "communication")
n.s("A lean hire, then, on the strength of the pooling argument rather than the survival material.", "v+", hard="bare_verdict")
notes.append(n)

# c03 -- i02 admissions officer
n = Note(note_id="w54-n014", candidate_id="w54-c03", interviewer_id="w54-i02", req_id="w54-r2",
         round="behavioural", submitted_at="2026-02-11", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="sceptical staff")
n.s("We talked about working with academic staff who don't trust numbers.", "c")
n.s("Siobhan told me about a head of department who refused to look at her retention dashboard, and how she ended up sitting with his senior tutor going through ten named students to see if the dashboard matched what the tutor already knew.", "e+", "communication", "ownership")
n.s("She said eight of the ten matched, and the tutor became her strongest supporter.", "e+", "communication")
n.s("I liked that story a lot.", "v+")
n.s("When I asked about the two that didn't match, she couldn't remember what had happened to them.", "e-", "ownership", "user_impact")
n.s("I'd want to hear more about how she follows through for students.", "c")
n.s("Lean hire from me.", "v+", hard="bare_verdict")
notes.append(n)

# c04 Rei Nakamura (they) -- r1 -- i04 strict
n = Note(note_id="w54-n015", candidate_id="w54-c04", interviewer_id="w54-i04", req_id="w54-r1",
         round="data", submitted_at="2026-03-02", recommendation="no_hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="screening fairness",
         ratings={"user_impact": "no_hire", "metrics": "lean_no_hire"})
n.b("Data exercise: 5 years of admissions decisions, predict offer; candidate asked to assess fairness by school type.", "c")
n.b("Computed offer rates by school type correctly: 61% independent, 43% state, 38% FE college.", "e0", "data_intuition")
n.b("Concluded the model was fair because its AUC was 0.79 in every group.", "e-", "metrics", "user_impact")
n.b("Asked whether equal AUC means equal false-negative rates, said 'more or less'.", "e-", "ml_fundamentals", "user_impact")
n.b("Did not notice that the training labels are past human decisions, so the model would learn any historic bias in them.", "e-", "data_intuition", "user_impact", hard="negated")
n.b("When I pointed this out, argued that 'the admissions tutors were the experts', and did not propose any check.", "e-", "learning", "user_impact")
n.b("Took no notes and asked no questions about how offers are actually made.", "e-", "judgment", hard="negated")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

# c04 -- i06 terse
n = Note(note_id="w54-n016", candidate_id="w54-c04", interviewer_id="w54-i06", req_id="w54-r1",
         round="coding", submitted_at="2026-03-02", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "abbreviations"], topic="sql")
n.b("SQL round, 40 min", "c")
n.b("knows SQL v well, window fns etc", "v+", "coding", hard="tech_vague")
n.b("finished q2 w/ correct join on applicant id", "e+", "coding")
n.b("q3 not attempted, ran out of time", "c")
n.b("q1 subquery returned dup rows for applicants w/ 2 choices, didnt notice", "e-", "coding", "data_intuition")
n.b("lots of SQL experience", "v+", "coding", hard="vague_quantity")
n.b("communication ok", "v0", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# c04 -- i05 balanced
n = Note(note_id="w54-n017", candidate_id="w54-c04", interviewer_id="w54-i05", req_id="w54-r1",
         round="behavioural", submitted_at="2026-03-03", recommendation="lean_no_hire", specificity=4,
         style=["qa", "first_person", "british"], topic="ownership")
n.s("Q: Tell me about a project that went badly.", "c", hard="question")
n.nl()
n.s("A: Rei described a clearing-day dashboard that showed the wrong offer counts for two hours, and said the root cause was an upstream table the IT team had changed.", "e0", "ownership")
n.s("Asked what they did afterwards, they said they 'raised it with IT' and that IT now sends a change notice.", "e-", "ownership")
n.s("They didn't mention adding any check of their own.", "e-", "ownership", "risk_awareness", hard="negated")
n.nl()
n.s("Q: What would you say to an applicant who asks why their application was scored low?", "c", "user_impact", hard="question")
n.nl()
n.s("A: They said applicants shouldn't see scores at all, which is our current policy, and then couldn't say what the applicant would be told instead.", "e-", "user_impact", "communication", hard="mixed")
n.nl()
n.s("Articulate, but the answers stayed at the level of process.", "v-", "communication", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# c04 -- i01 professor
n = Note(note_id="w54-n018", candidate_id="w54-c04", interviewer_id="w54-i01", req_id="w54-r1",
         round="fundamentals", submitted_at="2026-03-04", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="evaluation")
n.s("Rei struck me, I must say, as considerably stronger than I had been led to expect.", "v+")
n.s("Asked to explain why one might prefer a precision-recall curve to an ROC curve for a rare outcome, they observed that the false-positive rate barely moves when negatives vastly outnumber positives, and illustrated it with invented numbers on the spot.", "e+", "ml_fundamentals", "metrics")
n.s("They were rather less sure-footed on the matter of multiple comparisons.", "v-", "ml_fundamentals")
n.s("I raised, perhaps a little provocatively, whether a model trained on past admissions decisions could be fair at all, and they said it could not be fair to applicants the old process had wronged, which is, I think, the correct answer.", "e+", "user_impact", "judgment")
n.s("Their command of the theory is broad.", "v+", "ml_fundamentals")
n.s("I would hire.", "v+", hard="bare_verdict")
notes.append(n)

# history c11 -- i03
n = Note(note_id="w54-n019", candidate_id="w54-c11", interviewer_id="w54-i03", req_id="w54-r1",
         round="data", submitted_at="2025-04-11", recommendation="lean_hire", specificity=2,
         style=["prose", "british"], topic="applications data")
n.s("Data round with Ines.", "c")
n.s("She did fine on the data quality side, seemed comfortable with messy applications data.", "v+", "data_intuition")
n.s("Spotted the duplicate applicants from UCAS re-submissions fairly quickly.", "e+", "data_intuition")
n.s("Not sure about her judgement on trade-offs, hard to tell.", "v0", "judgment", hard="hedged")
n.s("She asked whether the 2020 cycle should be left out because of the grading changes that year.", "e+", "data_intuition", "judgment")
n.s("Didn't get on to the fairness part of the exercise.", "c")
n.s("Seemed a bit nervous at the start.", "v-", hard="biased")
n.s("Lean hire I suppose.", "v+", hard="bare_verdict")
notes.append(n)

# history c12 -- i04
n = Note(note_id="w54-n020", candidate_id="w54-c12", interviewer_id="w54-i04", req_id="w54-r2",
         round="debugging", submitted_at="2025-05-19", recommendation="hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="pipeline debugging")
n.b("Debugging exercise: early-warning model whose flag count tripled after the January data load.", "c")
n.b("Checked the flag count per faculty before opening any model code; found the increase was entirely in Engineering.", "e+", "system_thinking", "data_intuition", marker="1. ")
n.b("Traced it to attendance being recorded as 0 rather than missing for a module whose scanner had failed.", "e+", "data_intuition", "coding", marker="2. ")
n.b("Proposed a feed-level check that halts scoring if any module's attendance drops to zero for a whole week.", "e+", "risk_awareness", marker="3. ")
n.b("Asked whether any students had already been contacted on the basis of the bad flags.", "e+", "user_impact", "ownership", marker="4. ")
n.b("Took 12 minutes to get there, the fastest so far.", "e+", "coding", marker="5. ")
n.b("Code edits were untidy; left a debug print in the final version.", "e-", "coding", marker="6. ")
n.b("H.", "v+", hard="bare_verdict")
notes.append(n)

# history c13 -- i06
n = Note(note_id="w54-n021", candidate_id="w54-c13", interviewer_id="w54-i06", req_id="w54-r2",
         round="system_design", submitted_at="2025-09-08", recommendation="no_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="early warning",
         ratings={"risk_awareness": "no_hire"})
n.b("sys design: EW flags -> adviser inbox", "c")
n.b("jumped straight to a deep model, didnt ask how many students or advisers", "e-", "judgment", "system_thinking", hard="negated")
n.b("real-time streaming for weekly data??", "e-", "system_thinking", "judgment")
n.b("no monitoring, no fallback", "e-", "risk_awareness", hard="negated")
n.b("asked re privacy -> 'data's anonymised', which it can't be if advisers need names", "e-", "user_impact")
n.b("overconfident imo", "v-", hard="biased")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

# history c14 -- i02
n = Note(note_id="w54-n022", candidate_id="w54-c14", interviewer_id="w54-i02", req_id="w54-r1",
         round="behavioural", submitted_at="2025-10-21", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="students")
n.s("I spoke to Daniel about why he wants to work at a university rather than a tech firm.", "c")
n.s("He said it would be less pressure.", "e-", "ownership", hard="plain_evidence")
n.s("Didn't come across as very interested in the students.", "v-", "user_impact")
n.s("I asked what he'd do if an adviser told him a flag had upset a student.", "c", hard="question")
n.s("He said he would pass it to the adviser's manager.", "e-", "ownership", "user_impact")
n.s("He never asked a single question about our students or our office.", "e-", "user_impact", hard="negated")
n.s("Perfectly pleasant.", "v0", hard="biased")
n.s("I'd lean towards no.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w54_notes_part2.jsonl", notes)
