import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Amara Okafor (she) -- r1 -- i01 professor
n = Note(note_id="w54-n001", candidate_id="w54-c01", interviewer_id="w54-i01", req_id="w54-r1",
         round="fundamentals", submitted_at="2025-11-03", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="application screening",
         ratings={"ml_fundamentals": "hire", "user_impact": "hire"})
n.s("I set Amara, somewhat unkindly perhaps, the problem of estimating how an admissions-screening model's error rates might differ between state and independent school applicants.", "c")
n.s("She began, before any modelling, by asking whether predicted grades from state schools were systematically lower than those from independent schools, which is precisely the question one ought to ask.", "e+", "user_impact", "data_intuition", hard="verdict_plus_evidence")
n.s("When I asked why a well-calibrated model might still be unfair, she explained that calibration within each group says nothing about whether the false-negative rates match, and drew two little reliability curves on the shared board to show it.", "e+", "ml_fundamentals", "user_impact")
n.s("Her account of regularisation was, I should say, rather textbook, though not wrong in any respect I could find.", "v0", "ml_fundamentals", hard="mixed")
n.s("She did, however, propose dropping school postcode as a feature without, so far as I could tell, considering that school type would then leak in through the subject mix.", "e-", "data_intuition", "user_impact")
n.s("I pressed her on this and she conceded the point within a sentence or two, then suggested auditing the error rates by school type rather than trusting the feature removal.", "e+", "learning", "user_impact")
n.s("We had perhaps fifteen minutes left at that stage, which I spent on survey non-response.", "c")
n.s("She asked how many students had actually answered the belonging survey before offering any analysis of it.", "e+", "data_intuition", hard="plain_evidence")
n.s("On balance I would hire her, with the caveat that her fundamentals are sound rather than deep.", "v+", hard="bare_verdict")
notes.append(n)

# c01 -- i02 admissions officer
n = Note(note_id="w54-n002", candidate_id="w54-c01", interviewer_id="w54-i02", req_id="w54-r1",
         round="behavioural", submitted_at="2025-11-04", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="first-generation students")
n.s("I asked Amara to tell me about a time her work had affected a student directly.", "c", hard="question")
n.s("She talked about a widening-participation project where she had found that first-generation applicants were far less likely to finish the online application once they reached the personal statement page.", "e+", "user_impact", "ownership")
n.s("She said she took the finding to the outreach team herself and sat in on two of their school visits to see what students were struggling with.", "e+", "ownership", "user_impact")
n.s("That matters a great deal to us here.", "v+")
n.s("When I asked what she would say to a parent who thought a computer was deciding their child's place, she said she'd explain that a person reads every application and the model only suggests an order.", "e+", "communication", "user_impact")
n.s("She did not ask anything about how our office actually uses the scores at the moment, which surprised me a little.", "e-", "user_impact", hard="negated")
n.s("I then asked how she would check that a new scoring model wasn't disadvantaging mature applicants.", "c", hard="question")
n.s("She said she would look at how many mature applicants got interviews before and after, year by year, and bring the numbers to the admissions committee herself.", "e+", "user_impact", "ownership")
n.s("She seemed a little unsure when I asked who would own that check once she had moved on to other work.", "e-", "ownership", hard="hedged")
n.s("Warm and easy to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# c01 -- i04 strict
n = Note(note_id="w54-n003", candidate_id="w54-c01", interviewer_id="w54-i04", req_id="w54-r1",
         round="data", submitted_at="2025-11-05", recommendation="lean_hire", specificity=5,
         style=["headings", "bullets", "third_person", "british"], topic="survey non-response",
         ratings={"data_intuition": "hire", "metrics": "lean_no_hire"})
n.h("Exercise")
n.b("Candidate given the 2024 first-year survey extract (38% response) and asked to estimate the share of students considering withdrawal.", "c")
n.h("Findings")
n.b("Compared respondents with non-respondents on entry tariff and commuter status before touching the outcome question.", "e+", "data_intuition", marker="1. ")
n.b("Found commuters were under-represented by roughly half and reweighted by commuter status; stated the weighted estimate of 14% against the raw 11%.", "e+", "data_intuition", marker="2. ")
n.b("Did not consider that students already thinking of leaving might be the least likely to answer at all.", "e-", "data_intuition", hard="negated", marker="3. ")
n.b("Proposed 'response rate above 50%' as the success metric for next year's survey, with no reference to whether the estimate improves.", "e-", "metrics", marker="4. ")
n.b("When challenged on point 4, said a higher rate 'is always better' and did not revise.", "e-", "learning", "metrics", marker="5. ")
n.h("Overall")
n.b("Solid data handling; weaker on what the numbers are for.", "v0", "data_intuition", "metrics", hard="mixed")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

# c01 -- i06 terse
n = Note(note_id="w54-n004", candidate_id="w54-c01", interviewer_id="w54-i06", req_id="w54-r1",
         round="coding", submitted_at="2025-11-05", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "fragments"], topic="cohort tables")
n.b("coding, 45 min, pandas", "c")
n.b("q: build retention table by entry cohort + school type", "c", hard="question")
n.b("groupby correct first go", "e+", "coding")
n.b("forgot cohorts w/ <5 students -> would be disclosive, added suppression after I mentioned privacy", "e0", "coding", "user_impact", hard="mixed")
n.b("tests: none", "e-", "coding", hard="negated")
n.b("asked if cohort = entry yr or current yr before writing anything", "e+", "judgment", "data_intuition")
n.b("used a dict of dfs instead of one tidy table, bit clunky", "e-", "coding")
n.b("10 min left, skipped the plotting part", "c")
n.b("decent coder", "v+", "coding")
n.b("clear talker", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# c02 Tomasz Wiśniewski (he) -- r2 -- i03 vague
n = Note(note_id="w54-n005", candidate_id="w54-c02", interviewer_id="w54-i03", req_id="w54-r2",
         round="system_design", submitted_at="2026-01-14", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person", "british"], topic="early warning")
n.s("Really enjoyed this one.", "v+")
n.s("Tomasz clearly knows his way around early-warning systems and had a very mature view of the whole pipeline.", "v+", "system_thinking", hard="tech_vague")
n.s("Excellent grasp of class imbalance and threshold tuning.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Thought about the students throughout, which was great to see.", "v+", "user_impact")
n.s("We covered the whole design in the hour.", "c")
n.s("Very aware of the risks, top marks there.", "v+", "risk_awareness")
n.s("Good listener.", "v+", "communication")
n.s("Loads of relevant experience.", "v+", hard="vague_quantity")
n.s("Strong hire, would be a great addition.", "v+", hard="bare_verdict")
notes.append(n)

# c02 -- i05 balanced Q&A
n = Note(note_id="w54-n006", candidate_id="w54-c02", interviewer_id="w54-i05", req_id="w54-r2",
         round="system_design", submitted_at="2026-01-15", recommendation="lean_no_hire", specificity=4,
         style=["qa", "first_person", "british"], topic="dropout flags")
n.s("Q: Design the weekly dropout early-warning flag that goes to personal advisers.", "c", hard="question")
n.nl()
n.s("A: He laid out a nightly job pulling VLE logins, attendance and submitted coursework, with a gradient-boosted model scoring every undergraduate.", "e0", "system_thinking")
n.s("He sized the job sensibly, noting 22,000 students is small enough to score on one machine.", "e+", "system_thinking")
n.nl()
n.s("Q: What happens when the attendance feed breaks?", "c", "risk_awareness", hard="question")
n.nl()
n.s("A: He said the model would just use last week's values, and could not say how advisers would know the flags were stale.", "e-", "risk_awareness")
n.nl()
n.s("Q: What does an adviser do with a flag?", "c", hard="question")
n.nl()
n.s("A: He said that was 'a policy question for the faculty' and moved on to feature engineering.", "e-", "user_impact", "ownership")
n.s("I tried once more by asking how a student would feel being called in, and he answered with the model's precision at top decile.", "e-", "user_impact", "learning")
n.nl()
n.s("Technically capable; I'm not convinced he sees the student at the other end.", "v0", "user_impact", hard="mixed")
n.s("LNH for this role.", "v-", hard="bare_verdict")
notes.append(n)

# c02 -- i04 strict
n = Note(note_id="w54-n007", candidate_id="w54-c02", interviewer_id="w54-i04", req_id="w54-r2",
         round="fundamentals", submitted_at="2026-01-15", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="metrics for rare events")
n.b("Fundamentals round; calibration, rare-event metrics, evaluation under small cohorts.", "c")
n.b("Correctly stated that with a 4% withdrawal rate, accuracy of 96% is achievable by flagging no one.", "e+", "metrics", "ml_fundamentals", marker="1. ")
n.b("Chose recall at a fixed adviser capacity of 300 flags per term as the metric, and explained the capacity constraint unprompted.", "e+", "metrics", "judgment", marker="2. ")
n.b("Reported AUC of 0.81 from a random split and treated it as the expected performance next year.", "e-", "metrics", "data_intuition", marker="3. ")
n.b("Asked about a temporal split, he said the cohorts 'are basically the same every year'.", "e-", "data_intuition", "learning", marker="4. ")
n.b("Did not mention any check of performance for the 40-student foundation-year cohort.", "e-", "user_impact", hard="negated", marker="5. ")
n.b("Items 3-5 outweigh 1-2.", "v-")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# c02 -- i06 terse
n = Note(note_id="w54-n008", candidate_id="w54-c02", interviewer_id="w54-i06", req_id="w54-r2",
         round="coding", submitted_at="2026-01-16", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "lowercase"], topic="feature pipeline")
n.b("coding - rolling 4wk attendance feature", "c")
n.b("v fast, clean fn, handled missing wks w/ explicit NaN not 0", "e+", "coding", "data_intuition")
n.b("when i said some modules dont record attendance at all -> added a flag col, didnt argue", "e+", "learning", "data_intuition")
n.b("no unit tests but talked thru edge cases out loud", "e0", "coding", hard="mixed")
n.b("asked if the feature needed to run for part-time students too -> yes -> made the 4wk window configurable", "e+", "judgment", "coding")
n.b("left a hardcoded path in, said hed fix later", "e-", "coding")
n.b("strong coder imo", "v+", "coding")
n.b("bit arrogant?", "v-", hard="biased")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# history c09 -- i01
n = Note(note_id="w54-n009", candidate_id="w54-c09", interviewer_id="w54-i01", req_id="w54-r2",
         round="fundamentals", submitted_at="2025-06-20", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="privacy")
n.s("The conversation with Priya ranged fairly widely, and I am not sure I came away with a clear picture of her.", "c")
n.s("She spoke fluently, perhaps too fluently, about differential privacy and federated learning, though I could not have said afterwards what she proposed we actually do with either.", "v-", "ml_fundamentals", hard="tech_vague")
n.s("I asked what the university may lawfully do with a student's counselling-service records in a risk model.", "c", "user_impact", hard="question")
n.s("She said she would simply exclude them, which is defensible but was offered without any reasoning.", "e0", "user_impact", hard="mixed")
n.s("Her grounding in evaluation seemed to me rather thin.", "v-", "ml_fundamentals", hard="hedged")
n.s("When I asked how she would know whether the model was doing any good, she mentioned AUC and nothing else.", "e-", "metrics")
n.s("I ought to add that we started twenty minutes late owing to a room booking problem.", "c")
n.s("I should lean, regretfully, against.", "v-", hard="bare_verdict")
notes.append(n)

# history c10 -- i02
n = Note(note_id="w54-n010", candidate_id="w54-c10", interviewer_id="w54-i02", req_id="w54-r1",
         round="behavioural", submitted_at="2025-07-02", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="explaining a flag")
n.s("I asked Kwame to role-play telling a second-year student that our system had flagged her as at risk of leaving.", "c")
n.s("He opened by asking her how the term was going rather than mentioning the flag at all.", "e+", "communication", "user_impact", hard="plain_evidence")
n.s("When 'she' (me) asked why a computer thought she'd drop out, he said it had noticed she'd missed the last three seminars and wanted to check she was alright.", "e+", "communication", "user_impact")
n.s("He never used the word 'model' once, which I liked.", "e+", "communication", hard="negated")
n.s("Afterwards he told me he'd want advisers to be able to mark a flag as wrong so the team could learn from it.", "e+", "judgment", "user_impact")
n.s("I asked about a time he got something wrong.", "c", hard="question")
n.s("He described sending a recruitment email to the wrong applicant list at his last job, apologising to each applicant, and then adding a second-person check to the send process.", "e+", "ownership")
n.s("One of the best conversations I've had this cycle.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w54_notes_part1.jsonl", notes)
