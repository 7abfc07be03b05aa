import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c03 Adaeze (she), r2 -- adapts after hint; panel i04, i05, i02, i01
n = Note(note_id="w20-n013", candidate_id="w20-c03", interviewer_id="w20-i04", req_id="w20-r2",
         round="coding", submitted_at="2025-04-15", recommendation="hire", specificity=5,
         style=["fragments", "first_person", "abbreviations"], topic="pay stub parsing",
         ratings={"coding": "hire", "learning": "strong_hire"})
n.s("Coding, Adaeze, 50 min.", "c")
n.nl()
n.s("Problem: turn OCR tokens (text + bbox + confidence) from a pay stub into {employer, pay_period, gross, net}.", "c")
n.nl()
n.s("0-10 min: before writing anything she asked what the confidence scores meant and whether they were calibrated.", "e+", "data_intuition", hard="question")
n.nl()
n.s("10-25 min: first pass matched labels like 'Gross Pay' by regex, then grouped tokens on the same line by y-coordinate.", "e+", "coding")
n.s("Line grouping broke on a rotated scan; she didn't notice until I handed her the skewed example.", "e-", "coding")
n.nl()
n.s("25-30 min: I hinted at using the box center rather than the top edge.", "c", hard="interviewer_action")
n.s("She switched within a couple of minutes and explained why the top edge fails when font sizes differ.", "e+", "learning")
n.nl()
n.s("30-45 min: wrote tests for missing net pay, two 'Gross' labels (YTD and current) and commas in amounts.", "e+", "coding")
n.s("Nice touch: picked current over YTD by reading where the column header sat.", "e+", "coding", hard="verdict_plus_evidence")
n.nl()
n.s("45-50 min: her q -- what happens to fields below the cutoff, who sees them and how long does the borrower wait?", "e+", "user_impact", hard="question")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n014", candidate_id="w20-c03", interviewer_id="w20-i05", req_id="w20-r2",
         round="system_design", submitted_at="2025-04-16", recommendation="hire", specificity=4,
         style=["prose", "first_person", "typos"], topic="human review of low-confidence fields")
n.s("Design interview.", "c")
n.s("I ask Adaeze to design the human review for the low confidence fields in income documents.", "c", hard="interviewer_action")
n.s("First she ask what is the cost of one mistake, and she answer herself: if gross income is wrong the loan can be denied, or approved when it should not.", "e+", "judgment")
n.s("She propose to send to review any field under 0.9 confidence, and then she say the threshold must be per field and checked every month against the reviewers' corrections.", "e+", "risk_awareness")
n.s("I tell her the review team is only 6 persons; she change the plan and send only income and employer fields, not the address.", "e+", "judgment", "learning")
n.s("She draw the queue with 4 hours SLA and a fallback when the queue is too long: the loan officer see the document directly.", "e+", "system_thinking")
n.s("For me she is a little slow to start, she think long time before to talk.", "v-", hard="biased")
n.s("But the result was very clear.", "v+", "communication")
n.s("Hire, she is good.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n015", candidate_id="w20-c03", interviewer_id="w20-i02", req_id="w20-r2",
         round="fundamentals", submitted_at="2025-04-16", recommendation="lean_hire", specificity=5,
         style=["bullets", "terse"], topic="document AI fundamentals",
         ratings={"ml_fundamentals": "hire", "metrics": "lean_no_hire"})
n.s("Fundamentals, 45 min. Document AI.", "c", sep="")
n.b("Asked to compare a layout-aware transformer vs. OCR + rules for W-2s. Said W-2 boxes are fixed so rules get ~95% of fields; the model is for pay stubs, which vary by payroll vendor.", "e+", "ml_fundamentals", "judgment", marker="1) ")
n.b("Calibration: said extractor softmax scores run overconfident; proposed temperature scaling on a held-out set of 2k labeled fields.", "e+", "ml_fundamentals", marker="2) ")
n.b("Held-out set: proposed a random split of documents. Did not consider the same employer's stubs landing in both sets.", "e-", "data_intuition", marker="3) ")
n.b("After I asked 'what if one employer has 800 stubs?', regrouped by employer and said her earlier estimate was probably optimistic.", "e+", "learning", marker="4) ")
n.b("Metric: field-level exact match. Missed that a $10 error on income and a typo in employer name count the same.", "e-", "metrics", marker="5) ")
n.b("Did not mention what a gross income error does to debt-to-income.", "e-", "user_impact", hard="negated", marker="6) ")
n.b("LH. 2) and 4) strong; 3) and 5) would cost us in prod.", "v0", hard="mixed", marker="")
notes.append(n)

n = Note(note_id="w20-n016", candidate_id="w20-c03", interviewer_id="w20-i01", req_id="w20-r2",
         round="behavioural", submitted_at="2025-04-17", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="extraction incident")
n.s("Behavioral chat with Adaeze.", "c")
n.s("Lovely person.", "v+", hard="biased")
n.s("She told me about a time her extraction model read 'bi-weekly' as 'weekly' on a batch of stubs and doubled a bunch of people's income; she caught it herself from one complaint, pulled the batch and re-ran it.", "e+", "ownership")
n.s("She called the loan ops lead that same afternoon instead of waiting for the weekly sync.", "e+", "ownership", hard="plain_evidence")
n.s("Didn't say much about how she kept it from happening again.", "e-", "risk_awareness", hard="negated")
n.s("Good head on her shoulders.", "v+")
n.s("I'd hire her.", "v+", hard="bare_verdict")
notes.append(n)

# c04 Jordan (they), r2 -- contradiction on data_intuition (i05 strong, i04 weak)
n = Note(note_id="w20-n017", candidate_id="w20-c04", interviewer_id="w20-i05", req_id="w20-r2",
         round="data", submitted_at="2025-05-06", recommendation="hire", specificity=4,
         style=["prose", "first_person", "typos"], topic="vendor labels on bank statements",
         ratings={"data_intuition": "strong_hire"})
n.s("Data interview with Jordan, about 1200 bank statements labeled from a vendor.", "c")
n.s("They look at the labels first and find that the vendor mark 'transfer from savings' as income in many statements.", "e+", "data_intuition")
n.s("They count it: 140 of 1200, almost 12%, and they say this make the model think people earn more than they do.", "e+", "data_intuition")
n.s("Also they ask who did the labels and how the vendor pay the labelers, per document or per hour.", "e+", "data_intuition", hard="question")
n.s("I like very much that they propose to re-label a sample of 200 with our own team for measure the vendor error.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("In the model part less good, they choose a big model and don't give a reason.", "e-", "judgment")
n.s("Very strong in data, for me the best in this area.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n018", candidate_id="w20-c04", interviewer_id="w20-i04", req_id="w20-r2",
         round="debugging", submitted_at="2025-05-07", recommendation="lean_no_hire", specificity=5,
         style=["fragments", "first_person"], topic="extraction accuracy drop",
         ratings={"data_intuition": "no_hire"})
n.s("Debugging, Jordan, 45 min.", "c")
n.s("Scenario: pay stub extraction accuracy fell from 94% to 81% over two weeks.", "c")
n.nl()
n.s("0-10 min: asked for the dashboards; looked at overall accuracy only, not by payroll provider.", "e-", "data_intuition")
n.nl()
n.s("10-20 min: guessed the model had 'drifted' and proposed retraining on last month.", "e-", "judgment")
n.nl()
n.s("20-25 min: I pointed them to the per-provider breakdown.", "c", hard="interviewer_action")
n.nl()
n.s("25-35 min: even with one provider sitting at 40%, kept going back to retraining; didn't open a single sample doc.", "e-", "data_intuition", "learning")
n.nl()
n.s("35-40 min: opened a doc when I asked, saw the provider had moved net pay to page two, said 'ok, that's it'.", "e0", "data_intuition", hard="mixed")
n.nl()
n.s("40-45 min: no mention of how we'd catch this sooner -- no per-provider alert, no sampling.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Data sense was weak in this round.", "v-", "data_intuition")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n019", candidate_id="w20-c04", interviewer_id="w20-i03", req_id="w20-r2",
         round="system_design", submitted_at="2025-05-07", recommendation="hire", specificity=2,
         style=["prose"], topic="OCR pipeline design")
n.s("Jordan did a great job on the design question.", "v+")
n.s("Very thoughtful about the OCR pipeline and really strong on scalability, queues, all of that.", "v+", "system_thinking", hard="tech_vague")
n.s("They mentioned monitoring.", "v0", "risk_awareness", hard="tech_vague")
n.s("Solid communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n020", candidate_id="w20-c04", interviewer_id="w20-i06", req_id="w20-r2",
         round="behavioural", submitted_at="2025-05-08", recommendation="lean_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="assisted review rollout",
         ratings={"ownership": "lean_hire", "user_impact": "lean_no_hire"})
n.h("Strengths")
n.b("Jordan described leading the move from manual to assisted review at their last job, including writing the reviewer guide and sitting with reviewers for the first week.", "e+", "ownership")
n.b("Asked how they measured success, they said time per document dropped from 9 to 5 minutes while the error rate held near 1%.", "e+", "metrics")
n.h("Risks")
n.b("Asked about a disagreement with a product manager, they said they 'let the PM decide' and did not describe making their case.", "e-", "ownership")
n.b("The interviewer asked how assisted review affected applicants with gig income; the candidate had not looked.", "e-", "user_impact")
n.b("Answers ran long and sometimes wandered off the question.", "v-", "communication")
n.h("Recommendation")
n.b("Lean hire.", "v+", hard="bare_verdict")
n.b("The passive stance with the PM is worth probing in a follow-up round.", "c")
notes.append(n)

# history notes
n = Note(note_id="w20-n021", candidate_id="w20-c13", interviewer_id="w20-i06", req_id="w20-r1",
         round="system_design", submitted_at="2024-09-17", recommendation="hire", specificity=5,
         style=["headings", "bullets", "third_person"], topic="price spike incident monitoring",
         ratings={"risk_awareness": "strong_hire"})
n.s("System design: monitoring and rollback for the home-value estimate, framed around last year's price-spike incident.", "c")
n.nl()
n.h("Strengths")
n.b("Marcus asked how many estimates changed in the incident and how many customers saw them before designing anything.", "e+", "judgment")
n.b("He proposed per-county monitors comparing new estimates with the last 90 days of closed sales, and an automatic freeze if the median ratio moves more than 3%.", "e+", "risk_awareness")
n.b("He said a jump in the estimate reads like a promise to a seller, and suggested showing a range with a 'recently updated' label.", "e+", "user_impact")
n.b("Sized the monitor job: ~3,100 counties, a few thousand sales a day, small enough for one machine.", "e+", "system_thinking")
n.h("Risks")
n.b("He did not say who decides to lift a freeze, or how quickly.", "e-", "risk_awareness", hard="negated")
n.h("Recommendation")
n.b("Hire; the freeze-and-range plan would have shortened last year's incident.", "v+", "risk_awareness")
notes.append(n)

n = Note(note_id="w20-n022", candidate_id="w20-c14", interviewer_id="w20-i03", req_id="w20-r2",
         round="coding", submitted_at="2024-10-29", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="coding")
n.s("Wei did fine on coding.", "v0", "coding")
n.s("She knows Python really well and her code was clean.", "v+", "coding")
n.s("Had a little trouble with edge cases toward the end.", "v-", "coding", hard="hedged")
n.s("Nice to talk to.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n023", candidate_id="w20-c15", interviewer_id="w20-i01", req_id="w20-r1",
         round="system_design", submitted_at="2024-11-05", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person"], topic="explaining valuations to owners")
n.s("Design round with Rafael: how would we explain a home's value estimate to the owner?", "c", hard="question")
n.s("He started from what the owner actually wants to know -- why is my number lower than my neighbor's -- which is the first phone call every appraiser gets.", "e+", "user_impact")
n.s("He'd show the three closest comps with the adjustments in dollars: +$12k for the extra bath, -$8k for no garage.", "e+", "communication")
n.s("When I asked whether SHAP values would give him those dollar figures, he said not directly, they're relative to an average home, so he'd have to anchor them to the comps.", "e+", "ml_fundamentals")
n.s("He didn't think about bad comps -- a foreclosure next door would just show up as a reason.", "e-", "data_intuition", hard="negated")
n.s("I mentioned we get disputes and he said 'they can request an appraisal', nothing more.", "e-", "user_impact")
n.s("Decent.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n024", candidate_id="w20-c16", interviewer_id="w20-i02", req_id="w20-r2",
         round="system_design", submitted_at="2024-12-10", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "terse"], topic="extraction service sizing")
n.s("System design, 60 min. Prompt: extraction service for income docs, 20k/day, p95 < 30 s.", "c", sep="")
n.b("Put OCR, layout model and rules in one synchronous call; estimated 8 s/doc on GPU but did not size GPUs for the morning peak.", "e-", "system_thinking", marker="1) ")
n.b("Asked what peak was; I said 3x average. Recomputed: 14 GPUs. Correct.", "e+", "system_thinking", marker="2) ")
n.b("No dead-letter queue. Docs that fail OCR would 'retry until success'.", "e-", "risk_awareness", marker="3) ")
n.b("Review routing at 0.8 confidence. Could not say where 0.8 came from.", "e-", "judgment", marker="4) ")
n.b("On uncalibrated confidences: 'we can tune it later'.", "e-", "ml_fundamentals", marker="5) ")
n.b("Asked whether borrowers are told when a document is in review. Good question.", "e+", "user_impact", hard="question", marker="6) ")
n.b("LNH. 2) and 6) don't offset 3) and 4).", "v-", marker="")
notes.append(n)

save_notes("data/corpus/raw/w20_notes_part2.jsonl", notes)
