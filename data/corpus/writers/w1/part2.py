import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Tomas Herrera (he), w1-r1 ----
n = Note(note_id="w1-n013", candidate_id="w1-c04", interviewer_id="w1-i02", req_id="w1-r1",
         round="system_design", submitted_at="2025-05-20", recommendation="no_hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="merchant risk",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "learning": "no_hire"})
n.s("System design, 60 min.", "c")
n.s("Prompt: a merchant risk score that decides daily payout holds for small merchants on the platform.", "c")
n.s("Tomás started with a clear component diagram: ingestion of daily settlement data, a feature job, a model, and a hold-decision service.", "e+", "system_thinking")
n.s("He estimated 400k active merchants and said a nightly batch was enough because payouts go out once a day, which was a good simplification.", "e+", "system_thinking", "judgment", hard="verdict_plus_evidence")
n.s("On features he proposed 90-day dispute rate and refund ratio, and noted himself that brand-new merchants have neither.", "e+", "data_intuition")
n.s("For those he suggested a prior from the merchant category.", "e+", "data_intuition", "judgment")
n.s('''I asked what a wrongly held payout costs a small merchant; he said "that's a business question, not an ML one" and went back to the model.''', "e-", "user_impact")
n.s("I pushed back that whoever owns the model has to own the threshold, and he repeated, twice, that the threshold was out of scope.", "e-", "learning", "judgment")
n.s("He had no plan for a nightly job that fails or scores only half the merchants.", "e-", "risk_awareness", hard="negated")
n.s('''Asked directly about rollback, he said the previous scores "would still be in the table" but not who would switch back or how anyone would know to.''', "e-", "risk_awareness")
n.blank()
n.s("Two pushbacks, two refusals to engage.", "v-", "learning")
n.s("Technically adequate, but the defensiveness and the absence of failure-mode thinking rule him out at senior level.", "v-", "risk_awareness", "learning", hard="mixed")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n014", candidate_id="w1-c04", interviewer_id="w1-i04", req_id="w1-r1",
         round="fundamentals", submitted_at="2025-05-21", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "headings", "quotes"], topic="calibration",
         ratings={"ml_fundamentals": "hire", "learning": "no_hire"})
n.s("Fundamentals, 45 min: calibration and thresholds for a chargeback model.", "c")
n.nl()
n.h("Strengths:")
n.b("Explained Platt scaling vs. isotonic regression and when isotonic overfits (small validation sets).", "e+", "ml_fundamentals")
n.b("Drew a reliability diagram unprompted when I asked how he'd check calibration.", "e+", "ml_fundamentals")
n.b("Said class weighting shifts predicted probabilities and that he'd recalibrate afterwards.", "e+", "ml_fundamentals")
n.nl()
n.h("Concerns:")
n.b('''When I pointed out he had bias and variance swapped, he said "same thing, just framed differently" and didn't revisit it.''', "e-", "learning", "ml_fundamentals")
n.b('''Got visibly irritated at a follow-up on threshold choice: "I've shipped this five times."''', "e-", "learning")
n.b("Couldn't say how he'd pick the threshold beyond maximizing F1.", "e-", "metrics", "judgment", hard="negated")
n.b("Defensive under pushback.", "v-", "learning")
n.nl()
n.h("Recommendation:")
n.b("LNH - the knowledge is there but I'm worried about how he takes feedback.", "v-", "learning", hard="mixed")
notes.append(n)

n = Note(note_id="w1-n015", candidate_id="w1-c04", interviewer_id="w1-i07", req_id="w1-r1",
         round="data", submitted_at="2025-05-22", recommendation="lean_hire",
         specificity=3, style=["prose", "third_person"], topic="chargebacks",
         ratings={"data_intuition": "hire"})
n.s("The candidate was asked to investigate a two-week spike in chargebacks for one merchant category.", "c")
n.s("Tomás segmented by card issuer and found that a single issuer accounted for most of the increase.", "e+", "data_intuition")
n.s("He suggested the issuer might have changed its dispute reason codes, which was the planted cause.", "e+", "data_intuition")
n.s("The candidate then proposed retraining the model on the new data right away.", "e-", "judgment")
n.s("He did not consider that retraining on a reason-code artifact would teach the model the artifact.", "e-", "data_intuition", hard="negated")
n.s("He did not raise how a retrained model would be rolled out or checked.", "e-", "risk_awareness", hard="negated")
n.s("The candidate seemed comfortable in pandas.", "v+", "coding", hard="hedged")
n.s("His explanations were somewhat disorganized.", "v-", "communication")
n.s("Overall reasonable data sense.", "v+", "data_intuition")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n016", candidate_id="w1-c04", interviewer_id="w1-i03", req_id="w1-r1",
         round="behavioural", submitted_at="2025-05-22", recommendation="hire",
         specificity=1, style=["terse", "fragments"], topic="fraud")
n.s("Good energy.", "v+", hard="biased")
n.s("Tomás is super coachable and a real team player.", "v+", "learning")
n.s("Knows fraud inside and out.", "v+", hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Aisha Bello (she), w1-r1 ----
n = Note(note_id="w1-n017", candidate_id="w1-c05", interviewer_id="w1-i01", req_id="w1-r1",
         round="coding", submitted_at="2025-06-03", recommendation="strong_hire",
         specificity=2, style=["prose", "american", "abbreviations"], topic="fraud rate")
n.s("Coding round w/ Aisha, 45 min, the rolling fraud-rate problem.", "c")
n.s("She was fantastic.", "v+")
n.s("Super fast and clean, I don't think she wrote a single bug.", "v+", "coding")
n.s("She finished the main problem with 15 minutes left so we did the sliding-window follow-up too.", "e+", "coding")
n.s("Really knows her algorithms.", "v+", "coding", hard="tech_vague")
n.s("Would be a huge win for the team.", "v+")
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n018", candidate_id="w1-c05", interviewer_id="w1-i08", req_id="w1-r1",
         round="system_design", submitted_at="2025-06-04", recommendation="hire",
         specificity=4, style=["prose", "first_person", "typos"], topic="fraud review queue",
         ratings={"system_thinking": "hire", "risk_awareness": "hire"})
n.s("System design round, I asked Aisha to design the system that prioritizes the manual fraud review queue (ops reviews about 5k cases a day).", "c")
n.s("She asked a bunch of clarifying questions first, like how many reviewers there are, whether they work in shifts, and what happens to a case that isnt reviewed within 24 hours.", "e+", "system_thinking", hard="question")
n.s("I told her unreviewed cases get auto-approved and she said that was important because it means the queue order directly decides how much fraud gets through.", "e+", "judgment", "system_thinking")
n.s("She proposed ranking by expected loss (probability times amount) instead of by raw score, and explained that a 0.9 on a $5 transaction matters less than a 0.4 on $2,000.", "e+", "metrics", "judgment")
n.s("Then she drew the pipeline: auth events into a stream, scoring, then a priority queue that gets re-sorted every few minutes as new scores land.", "e+", "system_thinking")
n.s("I asked what happens if the scoring service goes down and she said fall back to the old rule-based priority and page on-call, she also mentioned pinning the last good model version so they can roll back fast.", "e+", "risk_awareness")
n.s("One thing I noticed is she didnt really talk about the reviewers themselves, like whether the ordering would make their work harder or whether they could flag bad cases.", "e-", "user_impact", hard="negated")
n.s("When I brought that up she said reviewer decisions could be used as labels but she'd worry they'd be biased toward whatever the model already ranked high, which I thought was a really good point.", "e+", "data_intuition", "learning", hard="verdict_plus_evidence")
n.s("She was a bit quiet in the first few minutes, I wasnt sure if she was nervous or just thinking.", "v0", "communication", hard="hedged")
n.s("Overall I thought this was a strong design, probably the best I've seen so far in my (short) time interviewing.", "v+", "system_thinking")
n.s("Hire, leaning strong hire but I'm still calibrating.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n019", candidate_id="w1-c05", interviewer_id="w1-i07", req_id="w1-r1",
         round="behavioural", submitted_at="2025-06-04", recommendation="hire",
         specificity=4, style=["prose", "third_person", "quotes"], topic="fraud",
         ratings={"ownership": "hire", "communication": "hire"})
n.s("Behavioral round, 40 minutes, focused on ownership and conflict.", "c")
n.s("The candidate described finding a bug in another team's feature pipeline that was silently zeroing out device risk scores.", "e+", "ownership")
n.s("Aisha said she wrote the fix herself, opened a pull request against their repository, and then set up an alert on the share of zero scores.", "e+", "ownership", "risk_awareness")
n.s("Asked about a disagreement, she described arguing for a lower decline threshold than her manager wanted and losing the argument.", "e0", "judgment")
n.s("She said she wrote down her prediction of the impact, checked it a month later, and found her manager had been right.", "e+", "learning")
n.s("Asked how she keeps non-technical stakeholders informed, she described a weekly one-page summary for the ops leads with three numbers and a short paragraph.", "e+", "communication")
n.s("On the largest project she mentioned, she did not say which parts she built herself, even when asked.", "e-", "ownership", hard="negated")
n.s("The candidate's answers were well structured and to the point.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n020", candidate_id="w1-c05", interviewer_id="w1-i06", req_id="w1-r1",
         round="data", submitted_at="2025-06-05", recommendation="lean_no_hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="new-customer fraud",
         ratings={"data_intuition": "strong_hire", "user_impact": "no_hire"})
n.s("Data round, 50 minutes, on the new-customer fraud model.", "c")
n.s("Set-up: approval data for accounts under 30 days old, and a candidate model that declines 2% more of them.", "c")
n.s('''Aisha found within ten minutes that the labels came only from accounts that survived past 90 days, and called it "survivorship in the labels."''', "e+", "data_intuition")
n.s("She computed fraud loss saved vs. revenue lost to the extra declines and gave one net number per 1k applicants.", "e+", "metrics")
n.s('''I asked how the extra declines split across customer groups; she said "I'd look, but fairness isn't really a fraud-model problem."''', "e-", "user_impact")
n.s("I showed her that thin-file applicants, many of them recent immigrants, took 70% of the extra declines.", "c", hard="interviewer_action")
n.s('''She said "they're higher risk on average, so that's the model working" and proposed no check or mitigation.''', "e-", "user_impact", "judgment")
n.s('''Asked about recourse for a wrongly declined customer, she said that was "a support team thing."''', "e-", "user_impact", "ownership")
n.s("Her pandas was quick and readable; she wrote one helper for metrics by segment and reused it throughout.", "e+", "coding", hard="plain_evidence")
n.s("Strong analyst.", "v+", "data_intuition")
n.s("But waving away customer harm in a consumer payments role is a real concern for me.", "v-", "user_impact")
n.s("LNH, and I'd like someone else to probe this before we decide.", "v-", hard="bare_verdict")
notes.append(n)

# ---- c06 Kenji Watanabe (he), w1-r2 ----
n = Note(note_id="w1-n021", candidate_id="w1-c06", interviewer_id="w1-i04", req_id="w1-r2",
         round="behavioural", submitted_at="2025-07-08", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "headings", "quotes"], topic="credit limits",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.s("Behavioural, 45 min.", "c")
n.nl()
n.h("Strengths:")
n.b("Gave a clear account of building a credit-limit increase model, including why he dropped bureau inquiry counts (they lag two weeks).", "e+", "data_intuition")
n.b("Explained the project in plain terms; I followed the whole thing without asking for a single definition.", "e+", "communication", hard="plain_evidence")
n.nl()
n.h("Concerns:")
n.b('''Asked what happened after launch, he said he "handed it to the platform team" and didn't know if it was still running.''', "e-", "ownership")
n.b("When the model's approval rate drifted, he noticed it on a dashboard but waited for his manager to raise it.", "e-", "ownership", "risk_awareness")
n.b('''Asked what he'd do differently: "nothing really, it wasn't my call."''', "e-", "ownership", "learning")
n.b("Passive about owning outcomes.", "v-", "ownership")
n.nl()
n.h("Recommendation:")
n.b("LNH for this level.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n022", candidate_id="w1-c06", interviewer_id="w1-i08", req_id="w1-r2",
         round="data", submitted_at="2025-07-09", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "typos"], topic="credit limits",
         ratings={"data_intuition": "hire", "ownership": "lean_no_hire"})
n.s("Data round with Kenji, the credit line increase dataset (the one with the 18 month performance window).", "c")
n.s("He started by checking default rate by vintage which was a good instinct, and noticed the newest vintages had way lower default rates.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("I asked why and he said its because they havent had time to default yet, which is right, so he restricted to vintages with at least 12 months of history.", "e+", "data_intuition")
n.s("He knows a lot about credit risk, he mentioned like a dozen different bureau attributes.", "v+", "data_intuition", hard="vague_quantity")
n.s("When I asked what he'd do if the results showed the model was worse for younger applicants, he said he would flag it to his manager and wait for guidance.", "e-", "ownership")
n.s("I followed up asking what he would recommend himself and he didnt really have an answer, he said it depends on policy.", "e-", "ownership", "judgment", hard="negated")
n.s("Technically I think hes strong.", "v+", hard="hedged")
n.s("I'm not totally sure about the ownership part though, he kept deferring to other people.", "v-", "ownership", hard="hedged")
n.s("We ran out of time before the modeling part so I couldnt see his feature engineering.", "c")
n.s("Leaning hire I guess.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n023", candidate_id="w1-c06", interviewer_id="w1-i05", req_id="w1-r2",
         round="coding", submitted_at="2025-07-09", recommendation="hire",
         specificity=2, style=["bullets", "terse", "fragments", "abbreviations"], topic="ads budget pacing")
n.h("Coding - ads budget pacing")
n.b("q: throttle spend so daily budget lasts till midnight", "c", hard="question")
n.b("solid", "v+")
n.b("got a working pacer", "e+", "coding")
n.b("edge cases ok", "v+", "coding")
n.b("knows python well", "v+", "coding", hard="tech_vague")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n024", candidate_id="w1-c06", interviewer_id="w1-i02", req_id="w1-r2",
         round="system_design", submitted_at="2025-07-10", recommendation="lean_hire",
         specificity=4, style=["prose", "first_person", "quotes"], topic="ads budget pacing",
         ratings={"system_thinking": "hire", "metrics": "lean_no_hire"})
n.s("System design, 55 minutes: a budget pacing service for the merchant ads product, roughly 50k active campaigns.", "c")
n.s("Kenji asked for the peak auction rate (about 20k/s) and how stale a budget could be before drawing anything.", "e+", "system_thinking", hard="question")
n.s("He proposed a central spend counter per campaign with local token buckets on each ad server, refreshed every second, and explained that overspend is bounded by one refresh interval of traffic.", "e+", "system_thinking")
n.s("He worked out the worst-case overspend for a $100/day campaign at peak as about $0.40, which is acceptable.", "e+", "system_thinking")
n.s("Asked what happens if the counter service is partitioned, he said ad servers should stop bidding for that campaign, i.e. fail closed, because we refund overspend.", "e+", "risk_awareness", "judgment")
n.s("He did not mention how pacing quality would be measured, for example the share of campaigns that exhaust budget before noon.", "e-", "metrics", hard="negated")
n.s('''Asked who should own the alerting, he said "probably SRE" rather than the team building the pacer.''', "e-", "ownership")
n.s("He did not connect pacing to the spend forecast the credit team uses for advertiser credit limits, even after I mentioned it.", "e-", "system_thinking", hard="negated")
n.s("Precise, careful engineer.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Ownership should be probed in the behavioural round.", "c")
notes.append(n)

save_notes("data/corpus/raw/w1_notes_part2.jsonl", notes)
