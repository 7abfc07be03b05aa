import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c10 Ravi Shankar Iyer (he), r2; no rollback / failure-mode thinking (i07, i04); adapts after hint (i06)
n = Note(note_id="w7-n037", candidate_id="w7-c10", interviewer_id="w7-i07", req_id="w7-r2",
         round="system_design", submitted_at="2026-03-03", recommendation="lean_no_hire",
         ratings={"system_thinking": "lean_hire", "risk_awareness": "no_hire"}, specificity=3,
         style=["bullets", "fragments", "lowercase", "arrows", "quotes", "abbreviations"], topic="batch scoring platform")
n.h("sys design (45m): batch scoring platform for 12 clinical models")
n.b("prompt: shared scheduler + scoring workers + output tables; monthly + weekly cadences", "c")
n.b("clean component diagram; scheduler -> workers -> validated output table", "e+", "system_thinking")
n.b("knows k8s + Argo well", "v+", "system_thinking", hard="tech_vague")
n.b("no rollback story: bad model version writes scores, what then -> \"we'd notice and rerun\"", "e-", "risk_awareness")
n.b("no output validation (score ranges; row counts) before tables are published", "e-", "risk_awareness", hard="negated")
n.b("good instincts on cost (put the monthly jobs on spot instances)", "e+", "judgment", hard="verdict_plus_evidence")
n.b("a bit junior for the level imo", "v-", hard="hedged")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n038", candidate_id="w7-c10", interviewer_id="w7-i04", req_id="w7-r2",
         round="coding", submitted_at="2026-03-04", recommendation="no_hire",
         ratings={"coding": "lean_hire", "risk_awareness": "no_hire"}, specificity=5,
         style=["bullets", "terse", "quotes", "third_person"], topic="score publishing")
n.h("Coding, 60 min")
n.s("Problem: write the job that publishes a new model's scores to the outreach table, replacing last month's.", "c")
n.b("Wrote a DELETE then an INSERT in two separate transactions.", "e-", "coding", marker="1) ")
n.b("Asked what happens if the INSERT fails halfway: said \"it won't, the data is validated upstream\".", "e-", "risk_awareness", marker="2) ")
n.b("Asked again with a concrete case (worker killed at 60%): said the nurses would get a half list until the rerun.", "e-", "risk_awareness", "user_impact", marker="3) ")
n.b("Did not propose a staging table, a swap, or keeping last month's scores.", "e-", "risk_awareness", hard="negated", marker="4) ")
n.b("I hinted at writing to a new partition and swapping a view; he implemented that correctly in ~10 min.", "e+", "learning", "coding", marker="5) ")
n.b("Row-count check added only after the hint; no check on the score distribution.", "e0", "risk_awareness", hard="mixed", marker="6) ")
n.b("Wrote 2 tests, both happy path.", "e-", "coding", marker="7) ")
n.b("Style fine; small functions, good names.", "e+", "coding", marker="8) ")
n.b("Did not ask who reads the table or when.", "e-", "user_impact", hard="negated", marker="9) ")
n.h("Verdict")
n.s("NH.", "v-", hard="bare_verdict")
n.s("Failure-mode thinking absent without a prompt.", "v-", "risk_awareness")
notes.append(n)

n = Note(note_id="w7-n039", candidate_id="w7-c10", interviewer_id="w7-i03", req_id="w7-r2",
         round="behavioural", submitted_at="2026-03-04", recommendation="lean_hire",
         ratings={}, specificity=2, style=["prose", "third_person"], topic="past projects")
n.s("Ravi was warm and friendly throughout.", "v+", hard="biased")
n.s("He spoke about his migration project at his current company.", "e0", "ownership")
n.s("He mentioned that he mentors two junior engineers.", "e+", "ownership")
n.s("Good values and a positive attitude.", "v+", hard="biased")
n.s("Could be more confident.", "v-", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n040", candidate_id="w7-c10", interviewer_id="w7-i06", req_id="w7-r2",
         round="debugging", submitted_at="2026-03-05", recommendation="lean_hire",
         ratings={"learning": "hire"}, specificity=3, style=["prose", "first_person", "american"],
         topic="survival leakage")
n.s("Debugging: a survival model whose concordance jumped from 0.68 to 0.91 after a refactor.", "c")
n.s("Slow start: he spent fifteen minutes tuning hyperparameters before asking why the jump happened at all.", "e-", "judgment", hard="verdict_plus_evidence")
n.s("I hinted that 0.91 is too good for this problem.", "c", hard="interviewer_action")
n.s("After the hint he changed course right away, went through the feature list, and found a follow-up-length feature computed over the full observation window.", "e+", "learning", "data_intuition")
n.s("He explained that the feature leaks the outcome because members who die early have short follow-up.", "e+", "ml_fundamentals")
n.s("He maybe would have found it alone eventually, hard to say.", "v0", hard="hedged")
n.s("He didn't suggest a test to catch this kind of leak in future.", "e-", "risk_awareness", hard="negated")
n.s("Adapts well once pointed in a direction.", "v+", "learning")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes, other candidates
n = Note(note_id="w7-n041", candidate_id="w7-c11", interviewer_id="w7-i03", req_id="w7-r2",
         round="behavioural", submitted_at="2024-10-08", recommendation="hire",
         ratings={}, specificity=1, style=["prose", "terse", "third_person"], topic="past projects")
n.s("Olivia is very bright and has great energy.", "v+", hard="biased")
n.s("Strong leadership qualities and excellent judgement.", "v+", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n042", candidate_id="w7-c12", interviewer_id="w7-i01", req_id="w7-r1",
         round="fundamentals", submitted_at="2024-11-19", recommendation="lean_no_hire",
         ratings={"ml_fundamentals": "lean_no_hire", "metrics": "no_hire"}, specificity=3,
         style=["prose", "first_person", "british", "quotes"], topic="premium pricing")
n.s("Fundamentals interview with Hiroshi, roughly an hour.", "c")
n.s("I asked him to explain the difference between discrimination and calibration, and then to choose a metric for a model that sets premiums for small employer groups.", "c", hard="interviewer_action")
n.s("He gave a textbook definition of AUC that was, so far as it went, correct.", "e0", "ml_fundamentals", hard="hedged")
n.s("When asked about calibration he said, I believe, that it was \"the same thing measured differently\", which is not right.", "e-", "ml_fundamentals", hard="hedged")
n.s("For the premium model he proposed accuracy as the headline metric, and did not seem to register that the output would be used as a probability.", "e-", "metrics")
n.s("I pointed out that a premium priced on a miscalibrated probability is simply mispriced.", "c", hard="interviewer_action")
n.s("He accepted this and suggested the Brier score, which is perhaps a reasonable recovery.", "e+", "learning", "metrics", hard="hedged")
n.s("It may be that his strengths lie more in engineering than in modelling.", "v-", "ml_fundamentals", hard="hedged")
n.s("He struck me as thoughtful, if somewhat uncertain of the theory.", "v0", "ml_fundamentals", hard="mixed")
n.s("On the whole I lean against.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n043", candidate_id="w7-c13", interviewer_id="w7-i04", req_id="w7-r1",
         round="system_design", submitted_at="2024-12-03", recommendation="hire",
         ratings={"judgment": "strong_hire", "metrics": "hire", "communication": "lean_no_hire"},
         specificity=5, style=["bullets", "terse", "third_person"], topic="prior authorisation")
n.h("System design, 50 min")
n.s("Prompt: a pre-authorisation triage model that auto-approves low-risk requests and routes the rest to nurses.", "c")
n.b("Before any design, asked what a wrong auto-approval costs vs. a wrong routing; told her a wrong approval is ~10x worse.", "e+", "judgment", "metrics", hard="question", marker="1) ")
n.b("Chose precision at a fixed auto-approve rate and said why: nurse capacity is the constraint.", "e+", "metrics", "judgment", marker="2) ")
n.b("Start at 10% auto-approve in one state; expand only if the audit error rate stays under 0.5%.", "e+", "judgment", "risk_awareness", marker="3) ")
n.b("Weekly random audit of 200 auto-approved cases by nurses, since approved cases never get a label otherwise.", "e+", "data_intuition", "risk_awareness", marker="4) ")
n.b("Kill switch: one config flag sends everything back to nurses; named the owner (on-call ML eng).", "e+", "risk_awareness", marker="5) ")
n.b("Sized traffic at ~8k requests/day; concluded real-time not needed, 15-min micro-batch.", "e+", "system_thinking", marker="6) ")
n.b("Did not address provider appeals when a case is routed slowly.", "e-", "user_impact", hard="negated", marker="7) ")
n.b("Built approval-rate checks by member language and age band into the audit; said a gap would pause expansion.", "e+", "user_impact", marker="8) ")
n.b("Explained the offline/online gap: offline labels come only from past nurse decisions, which were themselves inconsistent.", "e+", "metrics", "data_intuition", marker="9) ")
n.b("Diagram messy; I had to ask twice which box did the feature lookup.", "e-", "communication", marker="10) ")
n.b("When I challenged 10%, defended it with the audit sample size, then agreed 5% was safer for month one.", "e+", "learning", "judgment", marker="11) ")
n.h("Verdict")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Judgement the standout; communication the weak point.", "v0", "judgment", "communication", hard="mixed")
notes.append(n)

n = Note(note_id="w7-n044", candidate_id="w7-c14", interviewer_id="w7-i05", req_id="w7-r2",
         round="coding", submitted_at="2025-01-21", recommendation="hire",
         ratings={}, specificity=2, style=["prose", "first_person", "american"], topic="claims batching")
n.s("Coding round with Carlos today!", "c")
n.s("He solved the claims batching problem pretty quickly!", "e+", "coding")
n.s("Really clean code!", "v+", "coding")
n.s("Super strong Python skills and a great attitude!", "v+", "coding", hard="tech_vague")
n.s("He asked a couple of questions at the start.", "e0", "communication", hard="question")
n.s("Would be great on the platform team!", "v+")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n045", candidate_id="w7-c15", interviewer_id="w7-i02", req_id="w7-r1",
         round="data", submitted_at="2025-02-04", recommendation="lean_no_hire",
         ratings={"data_intuition": "no_hire", "metrics": "no_hire", "user_impact": "lean_no_hire"},
         specificity=5, style=["prose", "third_person", "american", "quotes"], topic="maternal health")
n.h("Data round")
n.s("The exercise was our maternal health risk model: pregnancy claims, deliveries, and 12 months of outcomes.", "c")
n.s("I asked Aisha what she would check before trusting the outcome label, which is a severe complication after delivery.", "c", hard="interviewer_action")
n.s("She went straight to building the model and didn't look at how the label was made.", "e-", "data_intuition", hard="negated")
n.s("When I showed her that complications were coded much more often at two large hospitals, she said the model would \"learn which hospitals are risky\" and thought that was fine.", "e-", "data_intuition")
n.s("I asked whether that meant the hospitals were riskier or just wrote more codes.", "c", hard="question")
n.s("She said she couldn't tell and didn't suggest a way to find out.", "e-", "judgment", hard="negated")
n.s("She reported a validation AUC of 0.88 and said that meant the model \"would catch most of the bad outcomes\".", "e-", "metrics")
n.s("I asked how many of the flagged women would actually have a complication; she didn't know and didn't work it out from the base rate, which is about 2%.", "e-", "metrics", hard="negated")
n.s("She did split the results by race when I asked, and saw that Black mothers had more false negatives.", "e0", "user_impact", hard="mixed")
n.s("She said that would need a closer look, but she didn't say what she'd look at.", "e-", "user_impact", hard="negated")
n.s("Her notebook code was tidy and easy to read.", "e+", "coding", hard="plain_evidence")
n.s("When I pushed on the label she didn't argue, but she didn't change her plan either.", "e0", "learning", hard="mixed")
n.h("Summary")
n.s("This model decides which mothers get a nurse visit, and she never asked about that.", "e-", "user_impact", hard="negated")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n046", candidate_id="w7-c16", interviewer_id="w7-i06", req_id="w7-r2",
         round="debugging", submitted_at="2025-03-18", recommendation="lean_hire",
         ratings={}, specificity=2, style=["prose", "terse"], topic="slow feature job")
n.s("Debugging round on the slow feature job.", "c")
n.s("Decent, I think; he found the slow join eventually, though I had to point at it.", "e0", "coding", hard="hedged")
n.s("Seemed comfortable with Spark.", "v+", "coding", hard="tech_vague")
n.s("Not very structured in his approach.", "v-", "coding")
n.s("Probably fine for the level.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n047", candidate_id="w7-c17", interviewer_id="w7-i07", req_id="w7-r2",
         round="system_design", submitted_at="2025-04-15", recommendation="lean_hire",
         ratings={"user_impact": "hire", "system_thinking": "lean_no_hire"}, specificity=3,
         style=["bullets", "fragments", "lowercase", "quotes"], topic="member explanations")
n.h("sys design (45m): member-facing risk explanations API")
n.b("prompt: serve \"why am I in this program\" explanations to the member portal", "c")
n.b("asked first what members are allowed to see (regulatory; plain language)", "e+", "user_impact", hard="question")
n.b("precompute reason codes at scoring time; serve from a KV store", "e+", "system_thinking")
n.b("latency target never stated; didn't ask", "e-", "system_thinking", hard="negated")
n.b("suggested a clinician review every explanation template (good)", "e+", "user_impact")
n.b("no fallback if a member's explanation is missing", "e-", "risk_awareness", hard="negated")
n.b("strong product sense", "v+", "judgment")
n.b("infra depth so-so", "v0", "system_thinking")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n048", candidate_id="w7-c18", interviewer_id="w7-i03", req_id="w7-r1",
         round="behavioural", submitted_at="2025-05-20", recommendation="hire",
         ratings={}, specificity=2, style=["prose", "third_person"], topic="sepsis rollout")
n.s("Ama is a natural leader with a calm, confident presence.", "v+", hard="biased")
n.s("She spoke about leading the sepsis model rollout at her hospital.", "e0", "ownership")
n.s("Mentioned that she set up weekly check-ins with the ward nurses.", "e+", "communication")
n.s("Excellent communication skills.", "v+", "communication")
n.s("Team oriented and humble.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w7_notes_part4.jsonl", notes)
print(len(notes), "notes")
