import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Kwame (he), r2 -- passive ownership seen by i01 and i04
n = Note(note_id="w20-n037", candidate_id="w20-c07", interviewer_id="w20-i01", req_id="w20-r2",
         round="behavioural", submitted_at="2025-08-12", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="ownership on W-2 extraction",
         ratings={"ownership": "no_hire"})
n.s("Behavioral with Kwame.", "c")
n.s("I asked him about the W-2 extraction project on his resume, the one that cut review time.", "c", hard="interviewer_action")
n.s("He kept saying 'we', and when I asked what he built himself, he said he tuned the thresholds his lead gave him.", "e-", "ownership")
n.s("Asked what happened when the vendor swapped out their OCR engine, he said 'the platform team handled it' and didn't know how.", "e-", "ownership")
n.s("He did say he noticed the reviewers retyping the same employer names over and over and suggested a pick-list, which got built.", "e+", "ownership", "user_impact")
n.s("When I asked what he'd do differently he said he'd 'ask for more ownership next time'.", "e0", "ownership")
n.s("Friendly, easy to talk to.", "v+", hard="biased")
n.s("Not sure he drives things on his own.", "v-", "ownership", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n038", candidate_id="w20-c07", interviewer_id="w20-i04", req_id="w20-r2",
         round="system_design", submitted_at="2025-08-13", recommendation="lean_hire", specificity=4,
         style=["fragments", "arrows", "abbreviations", "first_person"], topic="pay stub pipeline with review")
n.s("System design, Kwame, 60 min.", "c")
n.s("Prompt: pipeline for pulling income out of uploaded pay stubs, with human review of low-confidence fields.", "c")
n.nl()
n.s("0-15 min: asked who the reviewers are, how many, what tool they use today.", "e+", "user_impact", hard="question")
n.nl()
n.s("15-35 min: upload -> OCR vendor -> layout model -> field validators (gross >= net, pay date within 60 days) -> review queue.", "e+", "system_thinking")
n.s("The validators were his own idea, and a good one.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.nl()
n.s("35-45 min: I asked how the team finds out the model is getting worse.", "c", hard="question")
n.s("'The reviewers would tell us'; nothing automated, no metric on how often reviewers correct a field.", "e-", "metrics", "risk_awareness")
n.nl()
n.s("45-55 min: when I suggested tracking the share of fields reviewers change, he picked it up and added a weekly breakdown by doc type.", "e+", "learning")
n.nl()
n.s("55-60 min: who owns that weekly report? 'probably the analyst'.", "e-", "ownership")
n.nl()
n.s("LH -- design ok, ownership thin.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w20-n039", candidate_id="w20-c07", interviewer_id="w20-i03", req_id="w20-r2",
         round="fundamentals", submitted_at="2025-08-13", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="document AI fundamentals")
n.s("Kwame was great, very knowledgeable about document AI.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He explained LayoutLM really well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good communicator, patient.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n040", candidate_id="w20-c07", interviewer_id="w20-i05", req_id="w20-r2",
         round="coding", submitted_at="2025-08-14", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "typos"], topic="W-2 field validator")
n.s("Coding.", "c")
n.s("I ask Kwame to write a validator for fields extracted from a W-2: wages in box 1 must be less or equal than box 5 in the normal case, and the SSN format.", "c", hard="interviewer_action")
n.s("He write the SSN regex ok but he forget the case when the dashes are missing.", "e-", "coding")
n.s("For box 1 vs box 5 he write the check, but when I ask about people with 401k he don't know why the numbers are different.", "e-", "data_intuition")
n.s("When I explain, he change the rule to only warn and not reject, good decision.", "e+", "learning", "judgment")
n.s("He don't write any test, he say 'I would write tests in real life'.", "e-", "coding", hard="negated")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# c08 Lucia (she), r2 -- strong; contradiction on communication (i02 vs i06); defends when challenged
n = Note(note_id="w20-n041", candidate_id="w20-c08", interviewer_id="w20-i02", req_id="w20-r2",
         round="system_design", submitted_at="2025-09-02", recommendation="hire", specificity=5,
         style=["bullets", "terse"], topic="income verification service",
         ratings={"judgment": "strong_hire", "communication": "lean_no_hire"})
n.s("System design, 60 min. Prompt: Document AI service for income verification, 30k docs/day, at most 5% to human review.", "c", sep="")
n.b("Asked for error costs first: review $4/doc, a wrong income ~$600 in rework later. Used the ratio to set per-field thresholds.", "e+", "judgment", marker="1) ")
n.b("Abstention on calibrated confidence < 0.93; estimated 4.2% of docs to review from last quarter's distribution.", "e+", "system_thinking", marker="2) ")
n.b("I challenged 0.93 as arbitrary. Defended it with the cost ratio and showed the arithmetic. Did not budge; correctly.", "e+", "judgment", marker="3) ")
n.b("Drift: per-payroll-provider dashboards, alert when a provider's review rate doubles week over week.", "e+", "risk_awareness", marker="4) ")
n.b("Talked ~12 min through the design without pausing; I interrupted twice to ask where the validator sat.", "e-", "communication", marker="5) ")
n.b("Did not say how reviewer corrections are audited before they become training labels.", "e-", "data_intuition", hard="negated", marker="6) ")
n.b("H.", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w20-n042", candidate_id="w20-c08", interviewer_id="w20-i06", req_id="w20-r2",
         round="behavioural", submitted_at="2025-09-03", recommendation="hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="delaying a launch for self-employed applicants",
         ratings={"communication": "hire", "user_impact": "strong_hire"})
n.h("Strengths")
n.b("Lucía explained her bank-statement parser the way she would to an underwriter: what it reads, what it misses, and when a person looks at it.", "e+", "communication")
n.b("She described pushing back on a launch date because self-employed applicants' statements had a 20% extraction error rate, and winning a two-week delay to fix it.", "e+", "user_impact", "ownership")
n.b("When the interviewer questioned whether the delay was worth it, she gave the number of affected applications (about 1,100 a month) and the cost of a wrong decline.", "e+", "judgment")
n.h("Risks")
n.b("Answers tended to run long.", "v-", "communication")
n.b("Very confident; may not take feedback easily.", "v-", hard="biased")
n.h("Recommendation")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n043", candidate_id="w20-c08", interviewer_id="w20-i04", req_id="w20-r2",
         round="debugging", submitted_at="2025-09-03", recommendation="strong_hire", specificity=5,
         style=["fragments", "first_person"], topic="1099 income flag spike")
n.s("Debugging, Lucía, 45 min.", "c")
n.s("Scenario: after a model update, applicants flagged 'income could not be verified' went from 6% to 11%, mostly self-employed.", "c")
n.nl()
n.s("0-5 min: asked what changed -- model, OCR version, or applicant mix.", "e+", "judgment", hard="question")
n.nl()
n.s("5-15 min: split flag rate by document type; the whole jump was in 1099s.", "e+", "data_intuition")
n.nl()
n.s("15-25 min: opened ten 1099s, found the new model labeling 'nonemployee compensation' as 'other' and dropping it.", "e+", "data_intuition")
n.nl()
n.s("25-30 min: I suggested it might be the OCR.", "c", hard="interviewer_action")
n.s("She checked the raw OCR text, showed me it was fine, and stayed with the model-label explanation.", "e+", "learning")
n.nl()
n.s("30-40 min: roll back for 1099s only, regression test with the ten docs, then fix; wrote the test cases out in pseudo-code.", "e+", "risk_awareness", "coding")
n.nl()
n.s("40-45 min: asked whether applicants flagged in the bad window would get a re-check.", "e+", "user_impact", hard="question")
n.nl()
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n044", candidate_id="w20-c08", interviewer_id="w20-i05", req_id="w20-r2",
         round="fundamentals", submitted_at="2025-09-04", recommendation="hire", specificity=3,
         style=["prose", "first_person", "typos"], topic="calibrating extraction confidence")
n.s("Fundamentals with Lucía.", "c")
n.s("We talk about how to make the confidence of the extraction model be real probabilities.", "c")
n.s("She know very well calibration.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She explain that a model can have 95% accuracy and still the confidence is wrong, and she draw the reliability diagram by hand.", "e+", "ml_fundamentals")
n.s("For metrics she is less sure, she say 'accuracy is fine' for all fields.", "e-", "metrics")
n.s("When I ask 'also for income?' she think and say no, for income the error in dollars is better, weighted by how much it change the loan.", "e+", "learning", "metrics")
n.s("Very intelligent girl.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history notes
n = Note(note_id="w20-n045", candidate_id="w20-c21", interviewer_id="w20-i02", req_id="w20-r1",
         round="fundamentals", submitted_at="2024-07-16", recommendation="no_hire", specificity=5,
         style=["bullets", "terse"], topic="AVM metrics",
         ratings={"metrics": "no_hire"})
n.s("Fundamentals, 45 min. Focus: metrics.", "c", sep="")
n.b("Headline for his last AVM was R^2 = 0.94. Asked for MAPE: could not give it.", "e-", "metrics", marker="1) ")
n.b("Said R^2 of 0.94 means 'estimates are 94% accurate'.", "e-", "metrics", marker="2) ")
n.b("Comparing two AVMs for launch: 'whichever has higher R^2 on test'.", "e-", "metrics", marker="3) ")
n.b("I suggested error by price decile. Reply: 'R^2 already covers that'.", "e-", "learning", "metrics", marker="4) ")
n.b("Bagging vs boosting: correct, with the variance argument.", "e+", "ml_fundamentals", marker="5) ")
n.b("NH.", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w20-n046", candidate_id="w20-c22", interviewer_id="w20-i01", req_id="w20-r1",
         round="system_design", submitted_at="2024-08-06", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="monitoring by region")
n.s("Design round with Sofia, on monitoring the estimate by region.", "c")
n.s("She wanted the sale-to-estimate ratio for every county every week, the same way we watched sales ratios back in the review office.", "e+", "metrics")
n.s("She said small counties would bounce around on five sales a week, so she'd pool them by month until there were at least thirty.", "e+", "data_intuition")
n.s("She asked who gets the alert and what they're allowed to do about it.", "e+", "risk_awareness", hard="question")
n.s("I asked her about a hot market where prices climb 2% a month.", "c", hard="question")
n.s("She said the ratio would drift even with a good model because the sale comes weeks after the estimate, so she'd compare against the estimate as of the contract date.", "e+", "metrics")
n.s("Talks like somebody who's sat on a review desk.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n047", candidate_id="w20-c23", interviewer_id="w20-i03", req_id="w20-r2",
         round="system_design", submitted_at="2024-09-24", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="system design")
n.s("Ben seemed solid.", "v+", hard="hedged")
n.s("Good grasp of pipelines and ML infra, lots of AWS experience.", "v+", "system_thinking", hard="vague_quantity")
n.s("Maybe a bit junior.", "v-", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n048", candidate_id="w20-c24", interviewer_id="w20-i06", req_id="w20-r2",
         round="coding", submitted_at="2024-10-01", recommendation="lean_no_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="bank statement deposits",
         ratings={"coding": "no_hire"})
n.s("Coding: parse a bank-statement CSV export and compute average monthly deposits, excluding transfers between the applicant's own accounts.", "c")
n.nl()
n.h("Strengths")
n.b("Arjun read the sample file carefully and asked whether some bank exports show deposits as negative amounts.", "e+", "data_intuition", hard="question")
n.h("Risks")
n.b("He matched transfers by exact amount on the same day, which drops a real paycheck that happens to equal a transfer.", "e-", "coding")
n.b("When the interviewer showed such a case, he widened the match to a three-day window, which made it worse, and did not test it.", "e-", "coding", "learning")
n.b("The whole solution was a single 70-line loop with no functions.", "e-", "coding", hard="plain_evidence")
n.b("He explained the code line by line rather than the approach, and the interviewer lost the thread twice.", "e-", "communication")
n.h("Recommendation")
n.b("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w20_notes_part4.jsonl", notes)
