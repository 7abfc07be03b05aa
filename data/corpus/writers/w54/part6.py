import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# history c30 -- i05 long
n = Note(note_id="w54-n054", candidate_id="w54-c30", interviewer_id="w54-i05", req_id="w54-r2",
         round="system_design", submitted_at="2025-08-18", recommendation="strong_hire", specificity=5,
         style=["qa", "first_person", "british"], topic="early warning platform",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "hire", "user_impact": "strong_hire"})
n.s("Q: Replace the spreadsheet-based 'students of concern' list with a model-backed flag for all 9,000 undergraduates.", "c", hard="question")
n.nl()
n.s("A: Hamza began by asking who currently maintains the spreadsheet and what they'd lose if it went away.", "e+", "user_impact", "judgment")
n.s("Told it was two senior tutors who add students from conversations, he kept a manual 'add to list' button in the new design so the model could never remove a tutor's entry.", "e+", "user_impact", "system_thinking")
n.s("He split the system into a nightly feature build from registry, attendance and VLE, a scoring step, and a small review screen, and said the whole thing fits in one scheduled job at this size.", "e+", "system_thinking")
n.s("He estimated 9,000 rows by about 40 features as a few megabytes a night and ruled out any streaming.", "e+", "system_thinking", "judgment")
n.nl()
n.s("Q: What could go wrong?", "c", "risk_awareness", hard="question")
n.nl()
n.s("A: He listed a late registry feed, a module with no attendance recorded, and a model update shifting flag counts, and gave each a check and an owner.", "e+", "risk_awareness", "ownership")
n.s("For the model update he proposed running old and new models side by side for four weeks and only switching if the tutors agreed the new list looked right.", "e+", "risk_awareness", "judgment")
n.s("He missed what happens when a student transfers course mid-year and appears twice.", "e-", "data_intuition", hard="negated")
n.s("When I mentioned it, he added a dedup on student ID with the latest enrolment winning.", "e+", "learning", "data_intuition")
n.nl()
n.s("Q: How do you know it helps students?", "c", "metrics", hard="question")
n.nl()
n.s("A: He said flag precision wouldn't tell us that, and suggested comparing continuation rates for flagged students before and after, by faculty, while admitting that was weak evidence.", "e+", "metrics")
n.s("I asked whether he'd randomise who gets contacted; he said no, because withholding support from a student we think is struggling isn't acceptable, and offered a staggered faculty rollout instead.", "e+", "user_impact", "judgment")
n.nl()
n.s("He answered every question in the order I asked it and checked twice whether I wanted more depth.", "e+", "communication")
n.s("SH, the most complete design of the cycle.", "v+", hard="bare_verdict")
notes.append(n)

# history c31 -- i04 long
n = Note(note_id="w54-n055", candidate_id="w54-c31", interviewer_id="w54-i04", req_id="w54-r1",
         round="data", submitted_at="2025-09-15", recommendation="lean_no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "british"], topic="applicant data quality",
         ratings={"data_intuition": "lean_no_hire", "ownership": "no_hire"})
n.h("Exercise")
n.b("Applications extract, 3 cycles, 48k rows; task: prepare a training set for the screening model.", "c")
n.b("Known issues seeded: duplicate applications, a changed grade scale in 2023, and an 'offer made' column in the features.", "c")
n.h("Findings")
n.b("Found the duplicates by UCAS ID and removed them.", "e+", "data_intuition", marker="1. ")
n.b("Did not notice the grade scale change; plotted the grade histogram, which shows two clear modes, and described it as 'bimodal, interesting'.", "e-", "data_intuition", marker="2. ")
n.b("Left 'offer made' in the feature set and reported an AUC of 0.99 without comment.", "e-", "data_intuition", "metrics", marker="3. ")
n.b("Asked whether 0.99 was plausible, said 'the data is very clean'.", "e-", "metrics", "learning", marker="4. ")
n.b("Told directly about the leak, removed the column; new AUC 0.74.", "e0", "learning", marker="5. ")
n.b("Asked who was responsible for checking the extract, said the admissions systems team 'should have flagged it'.", "e-", "ownership", marker="6. ")
n.b("Did not look at missingness by school type, even though predicted grades are missing far more often for mature applicants.", "e-", "user_impact", "data_intuition", hard="negated", marker="7. ")
n.b("Pandas code was quick and tidy.", "v+", "coding")
n.h("Decision")
n.b("Items 3, 4 and 6 together: treats a too-good metric as truth and puts responsibility elsewhere.", "v-", "metrics", "ownership")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# history c32 -- i01 long
n = Note(note_id="w54-n056", candidate_id="w54-c32", interviewer_id="w54-i01", req_id="w54-r2",
         round="fundamentals", submitted_at="2025-11-24", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="imbalanced outcomes")
n.s("Dr Oyelaran, who comes to us from a postdoc in epidemiology, was in several respects the most interesting candidate I have interviewed for this post.", "v+")
n.s("I asked her, to begin with, what she would do about the fact that only about five per cent of our students withdraw in a given year.", "c", hard="question")
n.s("She said she would not resample at all, at least initially, and would instead choose the decision threshold from the advisers' capacity, since resampling distorts the probabilities that advisers would read.", "e+", "ml_fundamentals", "judgment")
n.s("I asked her to justify that, and she sketched how oversampling positives by a factor of four inflates the predicted risk and showed the prior-correction formula.", "e+", "ml_fundamentals")
n.s("On evaluation she proposed training on two cohorts and testing on the following one, explaining that a random split would let the same course-level effects appear on both sides.", "e+", "data_intuition", "ml_fundamentals")
n.s("Her discussion of feature importance was less assured; she treated a large coefficient on 'commuter' as evidence that commuting causes withdrawal.", "e-", "ml_fundamentals")
n.s("I raised the possibility of confounding by part-time work, and she accepted it at once and suggested we phrase flags as 'students like this' rather than 'because of this'.", "e+", "learning", "communication")
n.s("She asked whether students could see or contest what was held about them, which none of the other candidates has asked.", "e+", "user_impact")
n.s("She did not, so far as I recall, say anything about monitoring the model after it goes live.", "e-", "risk_awareness", hard="hedged")
n.s("Towards the end we digressed into the history of the Framingham risk score, which I enjoyed rather more than was perhaps professional.", "c")
n.s("She is, I think, clearly capable, if rather more a statistician than an engineer.", "v+")
n.s("I recommend that we hire her.", "v+", hard="bare_verdict")
notes.append(n)

# history c33 -- i06 long
n = Note(note_id="w54-n057", candidate_id="w54-c33", interviewer_id="w54-i06", req_id="w54-r2",
         round="system_design", submitted_at="2026-01-26", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="flag delivery",
         ratings={"system_thinking": "hire"})
n.b("sys design, 45 min", "c")
n.b("q: get weekly flags from model -> advisers' CRM, 30 advisers, ~600 flags/wk", "c", hard="question")
n.b("drew batch job -> staging table -> CRM sync, w/ a status col per flag", "e+", "system_thinking")
n.b("asked what CRM does on API error -> added retry + daily reconciliation count", "e+", "system_thinking", "risk_awareness")
n.b("sized it: 600 writes, fine even at 1/sec", "e+", "system_thinking")
n.b("no plan for advisers on leave -> flags would sit unread", "e-", "system_thinking", "user_impact", hard="negated")
n.b("when i raised it -> reassign after 3 days to a duty adviser", "e+", "learning", "user_impact")
n.b("didnt version the model or log which version made each flag", "e-", "risk_awareness", hard="negated")
n.b("said advisers shld be able to dismiss a flag w/ a reason, feed back to training", "e+", "user_impact", "system_thinking")
n.b("good on the plumbing", "v+", "system_thinking")
n.b("talked fast, hard to follow at times", "v-", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# history c34 -- i02 long
n = Note(note_id="w54-n058", candidate_id="w54-c34", interviewer_id="w54-i02", req_id="w54-r2",
         round="behavioural", submitted_at="2026-02-23", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="explaining a flag")
n.s("I asked Gregor to imagine a student had found out she'd been flagged and come to see him, upset.", "c")
n.s("I played the student.", "c", hard="interviewer_action")
n.s("He started by explaining how gradient boosting works.", "e-", "communication", "user_impact")
n.s("When I said I didn't understand and just wanted to know why it was me, he said the model had 'learned patterns from thousands of previous students'.", "e-", "communication", "user_impact")
n.s("He didn't ask how I was or whether I wanted to talk to anyone.", "e-", "user_impact", hard="negated")
n.s("Afterwards I asked what he thought had gone wrong in the conversation, and he said the student needed to understand the methodology first.", "e-", "learning", "user_impact")
n.s("I asked about a project he was proud of.", "c", hard="question")
n.s("He described building a retention model at a college and presenting it to the board himself, and said he'd stayed on for a term to train the staff who took it over.", "e+", "ownership")
n.s("So he does follow things through.", "v+", "ownership")
n.s("But our advisers and students would have a hard time with him.", "v-", "communication")
n.s("Very clever man.", "v+")
n.s("Not for this role.", "v-", hard="bare_verdict")
notes.append(n)

# history c35 -- i03
n = Note(note_id="w54-n059", candidate_id="w54-c35", interviewer_id="w54-i03", req_id="w54-r1",
         round="system_design", submitted_at="2026-03-16", recommendation="lean_hire", specificity=2,
         style=["prose", "british", "typos"], topic="screening pipeline")
n.s("System design, applicaton screening pipeline.", "c")
n.s("Ravi had a reasonable architecture, nothing surprising.", "v0", "system_thinking")
n.s("He thought about scale a bit.", "v0", "system_thinking", hard="hedged")
n.s("Mentioned monitoring and rollback.", "v+", "risk_awareness", hard="tech_vague")
n.s("He proposed keeping the human reader for every application and only using the model to order the pile.", "e+", "user_impact", "judgment")
n.s("Probably a bit light on fairness considerations overall.", "v-", "user_impact", hard="hedged")
n.s("Seemed keen.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# history c36 -- i05
n = Note(note_id="w54-n060", candidate_id="w54-c36", interviewer_id="w54-i05", req_id="w54-r1",
         round="fundamentals", submitted_at="2026-04-27", recommendation="lean_hire", specificity=3,
         style=["qa", "first_person", "british"], topic="fairness metrics")
n.s("Q: Equalised odds or demographic parity for the screening model, and why?", "c", "user_impact", hard="question")
n.nl()
n.s("A: Sunita said it depended on whether the past offer labels could be trusted, and chose equalised odds only if they could.", "e+", "user_impact", "judgment")
n.s("She couldn't say what she'd do if they couldn't.", "e-", "judgment", hard="negated")
n.nl()
n.s("Q: How would you check calibration by group?", "c", hard="question")
n.nl()
n.s("A: She described reliability plots per school type and said the FE college group, about 300 applicants a year, would need pooled years to read.", "e+", "ml_fundamentals", "data_intuition")
n.nl()
n.s("Q: Suppose the model is calibrated for every group but offer rates still differ; is that fine?", "c", hard="question")
n.nl()
n.s("A: She said 'probably, if the grades differ', then paused and added that the grades themselves could carry school disadvantage.", "e0", "user_impact", hard="mixed")
n.nl()
n.s("Knows the fairness literature well.", "v+", "user_impact", hard="tech_vague")
n.s("Hesitant under follow-ups.", "v-")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w54_notes_part6.jsonl", notes)
