import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Sofia Lindqvist (she), w1-r2 ----
n = Note(note_id="w1-n025", candidate_id="w1-c07", interviewer_id="w1-i01", req_id="w1-r2",
         round="fundamentals", submitted_at="2025-08-12", recommendation="strong_hire",
         specificity=3, style=["prose", "american", "first_person"], topic="credit risk",
         ratings={"ml_fundamentals": "strong_hire", "communication": "strong_hire"})
n.s("Fundamentals round with Sofia, 45 min.", "c")
n.s("I asked her to explain gradient boosting to me like I was a PM.", "c", hard="question")
n.s("She used a great analogy about a line of reviewers each fixing the last one's mistakes, then drew the residuals shrinking over three trees.", "e+", "communication", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("Then I asked why a credit default model might be overconfident on new applicants.", "c", hard="question")
n.s("She said thin-file applicants are underrepresented in training so the model extrapolates, and suggested checking calibration by age of bureau file.", "e+", "ml_fundamentals", "data_intuition")
n.s("She first said early stopping and shrinkage do the same thing; when I asked her to think about the number of trees, she corrected herself and explained the difference.", "e0", "learning", "ml_fundamentals", hard="mixed")
n.s("Super sharp, loved talking to her.", "v+")
n.s("Knows her ML cold.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n026", candidate_id="w1-c07", interviewer_id="w1-i07", req_id="w1-r2",
         round="system_design", submitted_at="2025-08-13", recommendation="hire",
         specificity=4, style=["prose", "third_person"], topic="credit limits",
         ratings={"system_thinking": "hire", "user_impact": "strong_hire"})
n.s("The candidate was asked to design the credit-limit decision service for new card applicants: about 30k applications a day, 2-second response target.", "c")
n.s("Sofia asked which decisions are regulated and was told that declined applicants must receive adverse-action reasons.", "e+", "user_impact", hard="question")
n.s("She then chose a monotonic gradient-boosted model so that reason codes could be derived from feature contributions, and stated the accuracy cost she expected from the constraint.", "e+", "judgment", "ml_fundamentals")
n.s("She identified the bureau pull as the main latency risk and proposed a timeout that assigns a conservative default limit rather than a decline.", "e+", "risk_awareness", "user_impact")
n.s("The candidate initially kept all feature computation in one service; after the interviewer asked about bureau outages, she split the bureau adapter out with its own cache and circuit breaker.", "e+", "learning", "system_thinking")
n.s("She proposed tracking approval rate, 90-day delinquency and the share of limits set by the fallback path.", "e+", "metrics")
n.s("She did not address how the model would be monitored for drift across applicant segments.", "e-", "risk_awareness", hard="negated")
n.s("No storage or throughput estimate was given beyond the daily application count.", "e-", "system_thinking", hard="negated")
n.s("The candidate communicated in a structured way.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n027", candidate_id="w1-c07", interviewer_id="w1-i06", req_id="w1-r2",
         round="data", submitted_at="2025-08-13", recommendation="hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="A/B test on risk rules",
         ratings={"metrics": "strong_hire", "data_intuition": "hire"})
n.s("Data round: reading an A/B test of a new risk rule for advertiser credit lines.", "c")
n.s("The test ran three weeks; treatment tightened limits for advertisers with volatile spend.", "c")
n.s('''Sofia first asked how units were randomized, and on hearing "by advertiser" while agencies share budgets across accounts, she said "then we've got interference between arms."''', "e+", "data_intuition", "metrics", hard="question")
n.s("She checked the sample ratio, found 52/48 instead of 50/50, and said she wouldn't read any result until that was explained.", "e+", "metrics", "judgment")
n.s("The imbalance came from a logging bug I had planted.", "c")
n.s('''She computed the difference in loss rate with a bootstrap interval and reported it as "minus 0.3 points, interval crosses zero."''', "e+", "metrics")
n.s('''I asked whether to ship since spend didn't drop; she said "no difference in spend isn't the same as no harm" and asked for churn among small advertisers.''', "e+", "user_impact", "metrics")
n.s("She started with mean spend per advertiser and, after I mentioned two huge agencies, switched to a trimmed mean with a per-tier breakdown.", "e+", "learning", "data_intuition")
n.s("Her plots had titles and labelled axes and she narrated what each one showed.", "e+", "communication", hard="plain_evidence")
n.s('''"I'd rather extend the test a week than guess" was her closing recommendation.''', "e+", "judgment")
n.s("Careful, skeptical in the right way.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n028", candidate_id="w1-c07", interviewer_id="w1-i05", req_id="w1-r2",
         round="debugging", submitted_at="2025-08-14", recommendation="strong_hire",
         specificity=4, style=["bullets", "terse", "arrows", "abbreviations"], topic="ads budget pacing",
         ratings={"coding": "strong_hire"})
n.h("Debugging - pacer overspend")
n.b("setup: pacer overspends ~8% on Mondays only", "c")
n.b("asked for hourly logs before reading code -> saw spikes at 00:00 UTC", "e+", "coding", "data_intuition")
n.b("hypothesis weekend budget rollover -> confirmed in 10 min", "e+", "coding")
n.b("wrote failing test first, then the fix", "e+", "coding", hard="plain_evidence")
n.b("I hinted re per-advertiser timezones -> extended fix to local midnight, no fuss", "e+", "learning")
n.b("asked how we'd catch this in prod -> daily overspend alert by tz", "e+", "risk_awareness")
n.b("great debugger", "v+", "coding")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

# ---- c08 Jordan Okafor (they), w1-r2 ----
n = Note(note_id="w1-n029", candidate_id="w1-c08", interviewer_id="w1-i02", req_id="w1-r2",
         round="system_design", submitted_at="2025-09-02", recommendation="no_hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="advertiser credit lines",
         ratings={"judgment": "no_hire", "system_thinking": "lean_hire"})
n.s("System design, 60 minutes.", "c")
n.s("Problem: credit lines for advertisers who pay for ads monthly in arrears; roughly 8k new advertisers a month, most with little history.", "c")
n.s("I told Jordan upfront that the requirements were incomplete and that deciding what to ask was part of the exercise.", "c", hard="interviewer_action")
n.s("Jordan asked no clarifying questions and started on a deep sequence model over six months of spend history, which most new advertisers do not have.", "e-", "judgment", hard="negated")
n.s("When I pointed out that 70% of applicants have under a month of history, they kept the sequence model and proposed filling the missing months with zeros.", "e-", "judgment", "data_intuition")
n.s("They did not consider a rules-based starter limit or a prepaid period while data accrues.", "e-", "judgment", hard="negated")
n.s('''Asked how they would choose between two plausible limits with no outcome data, Jordan said they would "run a grid search," which does not answer the question.''', "e-", "judgment", "ml_fundamentals")
n.s("The serving design was reasonable: a daily batch job writing limits to a key-value store, read by billing at invoice time.", "e+", "system_thinking")
n.s("They correctly noted that the non-payment label matures 60 days after the invoice.", "e+", "data_intuition")
n.s("No monitoring or limit-reduction path came up, even when I asked what happens after a bad month.", "e-", "risk_awareness", hard="negated")
n.blank()
n.s("Decisions under ambiguity were poor throughout.", "v-", "judgment")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n030", candidate_id="w1-c08", interviewer_id="w1-i04", req_id="w1-r2",
         round="data", submitted_at="2025-09-03", recommendation="hire",
         specificity=4, style=["bullets", "headings"], topic="ads budget pacing",
         ratings={"judgment": "hire", "data_intuition": "hire"})
n.s("Data round, 50 min: campaign spend logs, looking for why pacing underdelivers on small budgets.", "c")
n.nl()
n.h("Strengths:")
n.b("Plotted delivered/budget against budget size and found underdelivery concentrated under $20/day.", "e+", "data_intuition")
n.b("Noticed that the minimum bid increment makes small budgets lumpy, before I hinted at it.", "e+", "data_intuition")
n.b("Given a quick fix vs. rebuilding the pacer, proposed an hourly spend floor for small budgets as a one-week experiment because it is cheap to revert.", "e+", "judgment", "risk_awareness")
n.b("Clean SQL, used window functions correctly for running spend.", "e+", "coding")
n.nl()
n.h("Concerns:")
n.b("Didn't check the logs for gaps; two hours were missing on one day and went unnoticed.", "e-", "data_intuition", hard="negated")
n.b("Talked over my question twice.", "e-", "communication", hard="plain_evidence")
n.nl()
n.h("Recommendation:")
n.b("Hire.", "v+", hard="bare_verdict")
n.s("Good judgment on scoping.", "v+", "judgment")
notes.append(n)

n = Note(note_id="w1-n031", candidate_id="w1-c08", interviewer_id="w1-i07", req_id="w1-r2",
         round="fundamentals", submitted_at="2025-09-03", recommendation="lean_no_hire",
         specificity=3, style=["prose", "third_person"], topic="credit risk")
n.s("The candidate was asked fundamentals questions on credit risk modeling for 45 minutes.", "c")
n.s("Jordan explained survival analysis for time-to-default and raised censoring without prompting.", "e+", "ml_fundamentals")
n.s("Asked why a model with higher AUC could still lose money on credit limits, they could not give an answer.", "e-", "metrics", hard="negated")
n.s("Asked about reject inference, the candidate said they had not heard of it.", "e-", "ml_fundamentals")
n.s("After a short explanation from the interviewer, Jordan suggested a small randomized approval band to collect labels, which is a reasonable idea.", "e+", "learning", "data_intuition")
n.s("The candidate's grasp of system design seemed weak.", "v-", "system_thinking", hard="hedged")
n.s("Their knowledge of modern deep learning is extensive.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("The candidate is not ready for a mid-level role.", "v-")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n032", candidate_id="w1-c08", interviewer_id="w1-i03", req_id="w1-r2",
         round="behavioural", submitted_at="2025-09-04", recommendation="hire",
         specificity=2, style=["prose", "terse"], topic="ads budget pacing")
n.s("Behavioral, 30 min.", "c")
n.s("Jordan was solid.", "v+")
n.s("Talked about leading the migration off their old pacing system.", "e+", "ownership")
n.s("Good communicator, smart.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w1-n033", candidate_id="w1-c11", interviewer_id="w1-i04", req_id="w1-r1",
         round="system_design", submitted_at="2024-11-19", recommendation="hire",
         specificity=5, style=["bullets", "headings", "quotes"], topic="friendly fraud",
         ratings={"data_intuition": "strong_hire", "user_impact": "hire", "system_thinking": "lean_hire"})
n.s('''System design, 60 min: detecting first-party ("friendly") fraud, i.e. customers disputing charges they actually made.''', "c")
n.nl()
n.h("Strengths:")
n.b("Started by asking what fraction of disputes we win at representment (~35%), and used it to argue the label is noisy: a lost dispute isn't proof of fraud.", "e+", "data_intuition", "metrics")
n.b("Proposed features from customer history (prior disputes, delivery confirmations, device match to the original purchase) and checked that each exists at dispute time.", "e+", "data_intuition")
n.b("Made the output an evidence bundle for the representment team rather than an auto-decision, saying a wrong auto-denial hurts a real victim.", "e+", "user_impact", "judgment")
n.b("Estimated 15k disputes/day and concluded hourly batch scoring was fine given the multi-day response window.", "e+", "system_thinking")
n.b("Proposed comparing win rate on model-flagged disputes against a random 10% handled the old way.", "e+", "metrics")
n.b("Asked about a model update that suddenly flags twice as many disputes, Fatima said she'd cap flagged volume at team capacity and alert on the flag rate.", "e+", "risk_awareness")
n.nl()
n.h("Concerns:")
n.b("Spent the first 10 minutes on model architecture before we had agreed what a positive label is.", "e-", "judgment")
n.b("Hadn't considered customers who dispute in good faith after a genuine delivery failure; when I raised it she added a carve-out for orders with tracking exceptions.", "e0", "user_impact", "learning", hard="mixed")
n.b("No latency or storage estimate for the evidence bundles.", "e-", "system_thinking", hard="negated")
n.nl()
n.h("Recommendation:")
n.b("Hire.", "v+", hard="bare_verdict")
n.s("Strong on labels and on who gets hurt by errors.", "v+", "data_intuition", "user_impact")
notes.append(n)

n = Note(note_id="w1-n034", candidate_id="w1-c12", interviewer_id="w1-i06", req_id="w1-r2",
         round="fundamentals", submitted_at="2024-12-03", recommendation="lean_hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="credit default",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "hire"})
n.s("Fundamentals round, 45 minutes, credit default modeling.", "c")
n.s("I asked Daniel what happens to a logistic regression when two features are nearly collinear, e.g. utilization and balance.", "c", hard="question")
n.s('''He said "the coefficients get unstable and can flip sign, but predictions are mostly fine," and showed it with a two-feature example on the board.''', "e+", "ml_fundamentals")
n.s("I asked what that means for adverse-action reason codes; he said unstable coefficients would make the stated reasons change between model versions, and customers would see that.", "e+", "user_impact", "ml_fundamentals")
n.s('''Asked how to evaluate a limit-setting model, he proposed expected loss per dollar of limit and said AUC alone "tells you ranking, not money."''', "e+", "metrics")
n.s('''He described boosting with depth-1 trees as "basically an additive model," which is right.''', "e+", "ml_fundamentals")
n.s('''He claimed more data always reduces both variance and bias; when I asked about bias specifically he paused and said "bias, no, that's the model class."''', "e0", "ml_fundamentals", "learning", hard="mixed")
n.s('''He could not explain why oversampling defaults breaks calibration, and after my hint said he would "reweight later" without saying how.''', "e-", "ml_fundamentals", hard="negated")
n.s("He wrote out the likelihood for a censored survival model with one error in the censoring term, which he caught himself.", "e+", "ml_fundamentals")
n.s("Clear explainer.", "v+", "communication")
n.s("Some gaps on calibration that matter for credit.", "v-", "ml_fundamentals")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n035", candidate_id="w1-c13", interviewer_id="w1-i03", req_id="w1-r1",
         round="coding", submitted_at="2024-12-10", recommendation="lean_hire",
         specificity=1, style=["terse", "prose"], topic="fraud")
n.s("Coding, 45 min.", "c")
n.s("Lucía was fine.", "v0")
n.s("Code was okay, nothing special.", "v0", "coding")
n.s("Seemed a bit nervous, maybe a bit young for senior.", "v-", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n036", candidate_id="w1-c14", interviewer_id="w1-i08", req_id="w1-r1",
         round="debugging", submitted_at="2025-01-14", recommendation="lean_no_hire",
         specificity=2, style=["prose", "first_person", "typos", "lowercase"], topic="velocity features")
n.s("Debugging round with Sam, we used the broken velocity-feature job (the one where counts double on retries).", "c")
n.s("honestly I had a hard time following them, they jumped between files alot and I wasnt sure what they were trying.", "e-", "communication", "coding", hard="hedged")
n.s("I think they found the retry issue eventually but I'm not sure they understood why it doubled.", "e0", "coding", hard="hedged")
n.s("They didnt write a test for the fix.", "e-", "coding", hard="negated")
n.s("Nice person, very polite.", "v+", hard="biased")
n.s("Not really senior level in my opinion.", "v-")
n.s("Their knowledge of Spark seemed pretty deep though.", "v+", "coding", hard="tech_vague")
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("We spent the last 10 min on their questions about the team.", "c")
notes.append(n)

save_notes("data/corpus/raw/w1_notes_part3.jsonl", notes)
