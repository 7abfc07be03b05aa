import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Priya Raman (she), w1-r1 ----
n = Note(note_id="w1-n001", candidate_id="w1-c01", interviewer_id="w1-i03", req_id="w1-r1",
         round="behavioural", submitted_at="2025-02-11", recommendation="strong_hire",
         specificity=1, style=["prose", "terse"], topic="fraud")
n.s("Behavioral, 30 min.", "c")
n.s("Priya was great.", "v+", hard="bare_verdict")
n.s("Smart, sharp, asks good questions.", "v+", "communication")
n.s("Really good energy and I think the team would love her.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n002", candidate_id="w1-c01", interviewer_id="w1-i02", req_id="w1-r1",
         round="system_design", submitted_at="2025-02-12", recommendation="lean_hire",
         specificity=5, style=["prose", "first_person", "american"], topic="card fraud",
         ratings={"system_thinking": "hire", "metrics": "lean_no_hire", "risk_awareness": "lean_hire"})
n.s("System design, 60 minutes: real-time card authorization fraud scoring at roughly 3k TPS, with a 100 ms budget for the whole auth call.", "c")
n.s("Priya opened by asking what share of the 100 ms we actually owned, and when I said 25 ms she wrote that number at the top of the board and kept coming back to it.", "e+", "system_thinking", hard="question")
n.s("She split scoring into a synchronous path (precomputed velocity features from an online store plus a gradient-boosted model) and an asynchronous path for graph features that only feed the next transaction.", "e+", "system_thinking")
n.s("Capacity: she multiplied 3k TPS by 40 features by 8 bytes and concluded the online store would be read-bound rather than memory-bound, which is correct.", "e+", "system_thinking")
n.s("When I asked what happens if the feature store times out, she proposed falling back to a rules-only score and alerting on the fallback rate separately.", "e+", "risk_awareness")
n.s("She asked how chargeback labels arrive and, on hearing about the 60-90 day lag, chose a training window that ends three months before today rather than the freshest data.", "e+", "data_intuition")
n.blank()
n.s("I then asked her to handle a sudden 5x spike from a card-testing attack.", "c", hard="interviewer_action")
n.s("She suggested rate-limiting by BIN and device ahead of the model and noted that the spike would also skew the velocity features relative to training.", "e+", "risk_awareness", "data_intuition")
n.s("She did not bring up how the model would be judged online beyond 'chargebacks go down'; I had to prompt for approval rate and the cost of false declines.", "e-", "metrics", hard="negated")
n.s("After the prompt she added a guardrail on approval rate by merchant category, which was reasonable but late.", "e0", "metrics", "learning", hard="mixed")
n.s("Rollout of a new model version never came up from her side; asked directly, she said \"we'd A/B it\" with no holdout size and no kill switch.", "e-", "risk_awareness", hard="negated")
n.s("She checked twice that I was following before moving to the next component.", "e+", "communication", hard="plain_evidence")
n.blank()
n.s("The design is sound at the component level.", "v+", "system_thinking")
n.s("My reservation is the launch and measurement story, which a senior hire on this team has to own.", "v-", "metrics", "risk_awareness")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n003", candidate_id="w1-c01", interviewer_id="w1-i06", req_id="w1-r1",
         round="data", submitted_at="2025-02-13", recommendation="hire",
         specificity=4, style=["prose", "first_person", "quotes"], topic="chargebacks",
         ratings={"data_intuition": "hire", "metrics": "hire"})
n.s("Data round: chargeback dataset walk-through in a notebook, 50 min.", "c")
n.s("I gave Priya 200k card transactions with chargeback flags and asked her to find what's off before modeling anything.", "c", hard="interviewer_action")
n.s('''First thing she did was plot chargeback rate by month; she said "this cliff in March looks like a labeling change, not fraud going away."''', "e+", "data_intuition")
n.s("She checked for duplicate transaction IDs and found the 0.4% of retried auths I had left in.", "e+", "data_intuition", hard="plain_evidence")
n.s('''On features she said "anything computed after the auth timestamp is off the table" and dropped refund_amount for that reason.''', "e+", "data_intuition")
n.s('''She fit a quick logistic baseline, reported AUC 0.88, and immediately added "AUC isn't what ops feels, they feel the review queue."''', "e+", "metrics")
n.s("She proposed precision at a fixed review capacity of 500 cases a day as the main offline metric.", "e+", "metrics")
n.s('''She missed that the sample only contained approved transactions; when I pointed it out she said "right, so we only see the fraud that got through."''', "e0", "data_intuition", "learning", hard="mixed")
n.s("She then suggested using the rules engine's declines as a weak label source, with a caveat about how noisy those are.", "e+", "data_intuition", "learning")
n.s("Notebook code was tidy: small functions and a couple of asserts on row counts after each join.", "e+", "coding", hard="plain_evidence")
n.s("Explains her reasoning clearly.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n004", candidate_id="w1-c01", interviewer_id="w1-i05", req_id="w1-r1",
         round="coding", submitted_at="2025-02-13", recommendation="hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "arrows", "fragments"], topic="velocity features",
         ratings={"coding": "hire"})
n.h("Coding / velocity counter")
n.b("q: count txns per card in last 10 min, streaming input", "c", hard="question")
n.b("asked re out-of-order events -> told her up to 30s late", "e+", "system_thinking", hard="question")
n.b("deque per card, evict on read -> O(1) amortized, explained why", "e+", "coding")
n.b("forgot idle cards -> mem leak, fixed once I asked about 10M cards", "e0", "coding", "learning", hard="mixed")
n.b("wrote 3 tests incl late event", "e+", "coding")
n.b("clean code", "v+", "coding")
n.b("fast", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Marcus Boyd (he), w1-r1 ----
n = Note(note_id="w1-n005", candidate_id="w1-c02", interviewer_id="w1-i01", req_id="w1-r1",
         round="system_design", submitted_at="2025-03-04", recommendation="strong_hire",
         specificity=2, style=["prose", "american", "first_person"], topic="account takeover",
         ratings={"system_thinking": "strong_hire"})
n.s("Marcus was awesome!", "v+", hard="bare_verdict")
n.s("We did the account takeover design question.", "c")
n.s("He totally crushed it, super confident the whole way through.", "v+", "system_thinking")
n.s("He knows a ton about graph models and embeddings and has clearly done this stuff at scale.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He talked about using device fingerprints and IP reputation as features.", "e+", "data_intuition")
n.s("Loved that he had numbers: his last ATO model got a 12% AUC lift offline and he figured that would basically pay for itself here.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Great communicator, easy to talk to.", "v+", "communication")
n.s("Honestly one of the best I've seen this quarter.", "v+")
n.s("Strong hire, would love him on the team!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n006", candidate_id="w1-c02", interviewer_id="w1-i02", req_id="w1-r1",
         round="fundamentals", submitted_at="2025-03-05", recommendation="lean_no_hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="imbalanced evaluation",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "no_hire"})
n.s("Fundamentals, 45 min, focused on evaluation with heavily imbalanced fraud labels.", "c")
n.s("I asked Marcus how he would evaluate a model where 0.1% of transactions are fraud.", "c", hard="question")
n.s("He chose ROC AUC and, asked what an AUC of 0.95 would mean for the review team, said it meant 95% of flagged transactions would be fraud.", "e-", "ml_fundamentals", "metrics")
n.s("I walked him through a confusion matrix at that base rate; he then computed precision correctly at about 9% for the threshold I gave.", "e0", "ml_fundamentals", "learning", hard="mixed")
n.s('''Asked whether he would trust a +3% offline AUC gain to cut chargeback losses, he said yes "because the test set is big enough."''', "e-", "metrics")
n.s("He did not mention label delay, feedback loops from declined transactions or drift, even when I asked directly what could make offline and online disagree.", "e-", "metrics", "data_intuition", hard="negated")
n.s("On regularization he explained L1 vs. L2 correctly and gave a sensible reason to prefer L1 for a sparse merchant-ID feature set.", "e+", "ml_fundamentals")
n.s("He derived the log-loss gradient for logistic regression on the board without errors.", "e+", "ml_fundamentals")
n.s('''When I pushed on the AUC interpretation a second time he said "we're overthinking this, the business just wants the number to go up."''', "e-", "learning", "metrics")
n.blank()
n.s("Solid on textbook material, weak on what metrics mean in production.", "v0", "ml_fundamentals", "metrics", hard="mixed")
n.s("For a senior fraud role this gap matters.", "v-", "metrics")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n007", candidate_id="w1-c02", interviewer_id="w1-i06", req_id="w1-r1",
         round="data", submitted_at="2025-03-05", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "quotes"], topic="chargebacks",
         ratings={"metrics": "no_hire", "data_intuition": "lean_hire"})
n.s("Data exercise: offline evaluation of a new chargeback model against the current rules.", "c")
n.s("I showed Marcus a backtest where the model catches 30% more fraud dollars at the same review volume and asked what he'd want to see before launch.", "c", hard="interviewer_action")
n.s('''"Ship it, the backtest is the proof," was his first answer.''', "e-", "metrics", "risk_awareness")
n.s('''I asked what the backtest can't see; he said "nothing really, it's on six months of data."''', "e-", "metrics")
n.s("Only after I mentioned that declined transactions never get labels did he say the backtest might be optimistic.", "e0", "data_intuition", "learning", hard="mixed")
n.s("He did spot that two merchants made up 40% of the fraud dollars and suggested re-running the lift without them.", "e+", "data_intuition")
n.s("His SQL for the per-merchant breakdown was right first time.", "e+", "coding", hard="plain_evidence")
n.s("He never asked about false declines or what happens to good customers the model flags.", "e-", "user_impact", hard="negated")
n.s("Confident presenter.", "v+", "communication")
n.s("Treating a backtest as a launch decision is exactly the failure mode this team can't afford.", "v-", "metrics")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n008", candidate_id="w1-c02", interviewer_id="w1-i08", req_id="w1-r1",
         round="behavioural", submitted_at="2025-03-06", recommendation="hire",
         specificity=3, style=["prose", "first_person", "typos", "quotes"], topic="fraud",
         ratings={"ownership": "lean_hire", "judgment": "hire"})
n.s("Behavioral round with Marcus, this was my 3rd time running this loop so I'm still getting used to the rubric.", "c")
n.s("I started with the tell me about a time you disagreed with a stakeholder question.", "c", hard="question")
n.s("He talked about a time at his previous company where the risk team wanted to block all transactions from one country and he pushed back becuase the fraud rate there was only slightly above average, he pulled the numbers himself and showed them in the meeting.", "e+", "judgment", "user_impact")
n.s("I thought that was a really good example.", "v+")
n.s("Then I asked about a failure and he talked about a model that degraded after launch but honestly it was kind of vague on what he personally did, it was alot of \"we\" and \"the team\".", "e-", "ownership", hard="hedged")
n.s('''When I asked what he specifically did he said he "was more on the modeling side" and that the monitoring was someone elses job.''', "e-", "ownership", "risk_awareness")
n.s("He was very personable and I could see him getting along with everyone.", "v+", hard="biased")
n.s("We chatted about marathons for a couple minutes at the end.", "c")
n.s("Overall I think he's a hire, the disagreement story was really strong even if the failure one was a bit thin.", "v+", hard="mixed")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

# ---- c03 Alex Kowalczyk (they), w1-r1 ----
n = Note(note_id="w1-n009", candidate_id="w1-c03", interviewer_id="w1-i05", req_id="w1-r1",
         round="coding", submitted_at="2025-04-15", recommendation="hire",
         specificity=4, style=["bullets", "terse", "abbreviations", "arrows"], topic="chargebacks",
         ratings={"coding": "strong_hire"})
n.h("Coding - dispute dedupe")
n.b("q: merge dispute events into cases, same card+merchant w/in 7d", "c", hard="question")
n.b("asked if events arrive sorted -> no -> sorts first, says n log n fine for a daily batch", "e+", "coding", "judgment")
n.b("hash map keyed card+merchant, keeps last ts -> correct on my 3 examples 1st try", "e+", "coding")
n.b("edge case tests unprompted: exactly 7d apart, same ts, empty input", "e+", "coding")
n.b("I pushed w/ a 50GB input -> external sort by key + one streaming pass, no hint", "e+", "system_thinking")
n.b("var names cryptic (m, k2)", "e-", "coding", hard="plain_evidence")
n.b("talks thru everything", "v+", "communication")
n.b("strong coder", "v+", "coding")
n.b("H, close to SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n010", candidate_id="w1-c03", interviewer_id="w1-i07", req_id="w1-r1",
         round="debugging", submitted_at="2025-04-16", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person"], topic="account takeover",
         ratings={"coding": "lean_no_hire", "risk_awareness": "hire"})
n.s("The candidate was given a failing training pipeline for an account-takeover classifier and asked to find why recall dropped from 0.71 to 0.40 after a refactor.", "c")
n.s("Alex read through the run logs top to bottom before touching any code.", "e+", "coding", hard="plain_evidence")
n.s("They then spent roughly 15 minutes tuning hyperparameters, which the refactor had not changed.", "e-", "coding", "judgment")
n.s("The interviewer suggested diffing the feature schema between the two runs.", "c", hard="interviewer_action")
n.s("After that hint, Alex found within five minutes that login_hour was now in UTC rather than local time.", "e+", "learning", "data_intuition")
n.s("The fix converted the timestamp, but the candidate did not add a test and did not check whether the other time features had the same problem.", "e-", "coding", hard="negated")
n.s("Asked how to prevent this class of bug, Alex proposed a schema check with expected value ranges in CI.", "e+", "risk_awareness")
n.s("The candidate's edits introduced a syntax error twice, and the interviewer had to point out a missing import.", "e-", "coding")
n.s("Communication was clear throughout.", "v+", "communication")
n.s("The debugging approach was not systematic enough for a senior role.", "v-", "coding")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n011", candidate_id="w1-c03", interviewer_id="w1-i04", req_id="w1-r1",
         round="system_design", submitted_at="2025-04-16", recommendation="hire",
         specificity=4, style=["bullets", "headings", "first_person"], topic="account takeover",
         ratings={"system_thinking": "hire", "data_intuition": "lean_no_hire", "user_impact": "hire"})
n.s("System design: ATO detection on the login flow, 55 min.", "c")
n.nl()
n.h("Strengths:")
n.b("Asked for login volume and current ATO rate before drawing anything (2M logins/day, ~0.02% ATO).", "e+", "system_thinking", "data_intuition")
n.b("Proposed step-up auth (OTP) for mid-risk scores instead of a hard block, because a false block locks a real customer out.", "e+", "user_impact", "judgment")
n.b("Kept the device-graph lookup under 10 ms by holding only 30 days of edges in memory.", "e+", "system_thinking")
n.b("Suggested two weeks of shadow mode with the current rules still making the decision.", "e+", "risk_awareness")
n.nl()
n.h("Concerns:")
n.b("Didn't address how ATO labels are obtained; when asked, said customer reports only, which misses silent takeovers.", "e-", "data_intuition", hard="negated")
n.b("Metric story was thin: named 'ATOs caught' and put no cost on OTP friction.", "e-", "metrics")
n.b("When I challenged the OTP step for older customers without a mobile phone, Alex took the point and added an email fallback.", "e+", "learning", "user_impact")
n.nl()
n.h("Recommendation:")
n.b("Hire.", "v+", hard="bare_verdict")
n.s("Good systems sense, data gaps are coachable.", "v0", "system_thinking", "data_intuition", hard="mixed")
notes.append(n)

n = Note(note_id="w1-n012", candidate_id="w1-c03", interviewer_id="w1-i01", req_id="w1-r1",
         round="behavioural", submitted_at="2025-04-17", recommendation="strong_hire",
         specificity=3, style=["prose", "american", "first_person"], topic="fraud rules",
         ratings={"ownership": "strong_hire"})
n.s("Behavioral with Alex.", "c")
n.s("Honestly such a fun conversation!", "v+")
n.s("They told me about owning the move of their team's fraud rules into a model, including writing the rollback runbook themselves when nobody else wanted to.", "e+", "ownership", "risk_awareness")
n.s("When the first launch spiked false declines, they rolled back within the hour and then spent a week with the ops team going through the declined cases.", "e+", "ownership", "user_impact")
n.s("Super humble and a great listener.", "v+", "communication")
n.s("I asked what they'd do differently and they said they would set the approval-rate alert before launch next time, not after.", "e+", "learning", "risk_awareness")
n.s("Clearly a natural leader.", "v+", "ownership")
n.s("Tons of experience for their level.", "v+", hard="vague_quantity")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w1_notes_part1.jsonl", notes)
