import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c01 Priya Raman (she), w21-r1 ----------------

n = Note(note_id="w21-n001", candidate_id="w21-c01", interviewer_id="w21-i01", req_id="w21-r1",
         round="debugging", submitted_at="2025-02-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "terse", "british"], topic="alarm deduplication",
         ratings={"coding": "hire", "data_intuition": "hire"})
n.s("Debugging round.", "c")
n.s("Gave her the dedup job that was double counting alarms from the Cork cluster.", "c", hard="interviewer_action")
n.s("She didn't touch the code first.", "e+", "coding", hard="negated")
n.s("Pulled ten raw alarms and lined them up by timestamp.", "e+", "data_intuition", hard="plain_evidence")
n.s("Saw two copies of each, an hour apart.", "e+", "data_intuition", hard="plain_evidence")
n.s("Said straight away it smelt like a clock change problem, and it was.", "e+", "data_intuition")
n.blank()
n.s("Fix was to normalise to UTC before the window key.", "e+", "coding")
n.s("Wrote a test with a timestamp on the March changeover night.", "e+", "coding")
n.s("Didn't check the other end of the year, the October one, until I said.", "e-", "coding", hard="negated")
n.s("Then she did it quick.", "e+", "learning")
n.blank()
n.s("Asked who gets woken up when the dedup falls over.", "e+", "risk_awareness", hard="plain_evidence")
n.s("Good question, most people don't.", "v+", "risk_awareness")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n002", candidate_id="w21-c01", interviewer_id="w21-i02", req_id="w21-r1",
         round="system_design", submitted_at="2025-02-12", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person", "british"], topic="cell-site fault prediction",
         ratings={"system_thinking": "hire", "metrics": "hire", "risk_awareness": "strong_hire"})
n.h("Exercise")
n.b("Predict cell-site hardware faults 24h ahead from the alarm stream; 40 min.", "c")
n.h("Findings")
n.b("Asked for the base rate of faults per site per week before choosing a model (seen).", "e+", "metrics", "data_intuition", marker="1. ")
n.b("Split the design into alarm ingestion, per-site feature windows, and a daily scoring job (seen).", "e+", "system_thinking", marker="2. ")
n.b("Estimated 18k sites x ~300 alarms/day and concluded batch scoring was sufficient (seen).", "e+", "system_thinking", marker="3. ")
n.b("Chose recall at a fixed truck-roll budget as the metric rather than AUC, because crews can only visit so many sites a day (seen).", "e+", "metrics", "judgment", marker="4. ")
n.b("Proposed a shadow period against the existing threshold rules, with a rollback to rules if precision fell below the agreed floor (seen).", "e+", "risk_awareness", marker="5. ")
n.b("Handling of alarm feed outages: mentioned only after prompting; no plan for stale features (not seen).", "e-", "risk_awareness", hard="negated", marker="6. ")
n.b("Consideration of rural vs urban site differences in fault rates (not seen).", "e-", "data_intuition", hard="negated", marker="7. ")
n.h("Verdict")
n.b("Hire.", "v+", hard="bare_verdict")
n.b("Points 6 and 7 are gaps, not blockers.", "c")
notes.append(n)

n = Note(note_id="w21-n003", candidate_id="w21-c01", interviewer_id="w21-i04", req_id="w21-r1",
         round="behavioural", submitted_at="2025-02-12", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="model rollback during incident")
n.s("Right, so I'll start by admitting I was ten minutes late because the room booking went sideways, and Priya was very gracious about it.", "c")
n.s("Lovely person to talk to.", "v+", hard="biased")
n.blank()
n.s("I asked her for a time something she owned broke in production.", "c", hard="interviewer_action")
n.s("She told me about a fault-prediction model at her last place that started flagging half the sites in one region during a storm, and how she was the one on call.", "e+", "ownership")
n.s("She pulled it back to the old rule set within the hour and posted in the incident channel what she'd done and why, before anyone asked.", "e+", "risk_awareness", "ownership")
n.s("Then, and this is the bit I liked, she wrote the postmortem herself and added a check that freezes scoring when the alarm volume jumps past three times the weekly norm.", "e+", "ownership", "risk_awareness", hard="verdict_plus_evidence")
n.blank()
n.s("I pushed a bit, asked was the rollback not overkill if the model was mostly right.", "c", hard="question")
n.s("She said she'd rather send crews on the old rules for a day than have the NOC stop trusting the alerts, which is fair play to her a very field-engineer way of putting it.", "e+", "judgment", "user_impact")
n.s("She didn't get defensive when I poked at whether the storm data should have been in training; she said 'honestly, probably yes' and explained how she'd add it.", "e+", "learning", hard="negated")
n.blank()
n.s("I'm not the best judge of the deep technical stuff, to be honest, but she'd be grand on any team here.", "v+")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n004", candidate_id="w21-c01", interviewer_id="w21-i06", req_id="w21-r1",
         round="data", submitted_at="2025-02-13", recommendation="hire", specificity=5,
         style=["prose", "third_person", "headings", "british"], topic="labels from engineer tickets",
         ratings={"data_intuition": "strong_hire", "communication": "hire"})
n.h("Round: data (45 minutes)")
n.s("The candidate was given a sample of 200 closed field-engineer tickets and asked how she would turn them into fault labels for a site-level model.", "c")
n.blank()
n.h("Observations")
n.s("She read roughly twenty tickets before proposing anything and noted that the 'resolution code' field was blank on about a third of them.", "e+", "data_intuition")
n.s("She identified that tickets closed as 'no fault found' were often reopened within a week, and proposed treating a reopen within seven days as a positive label.", "e+", "data_intuition")
n.s("She asked whether ticket close times were entered by the engineer on site or backfilled by the office, since that would shift the label timestamp.", "e+", "data_intuition", hard="plain_evidence")
n.s("She did not consider that some regions route minor faults through a different ticketing queue, which would make those regions appear healthier than they are.", "e-", "data_intuition", hard="negated")
n.s("When this was raised, she suggested checking fault rates per queue before training, which was reasonable.", "e+", "learning")
n.blank()
n.s("Her explanation to a hypothetical operations manager of why some labels would be noisy was clear and took under a minute.", "e+", "communication")
n.s("Overall a considered and careful performance.", "v+")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c02 Tomasz Nowak (he), w21-r1 ----------------

n = Note(note_id="w21-n005", candidate_id="w21-c02", interviewer_id="w21-i05", req_id="w21-r1",
         round="fundamentals", submitted_at="2025-03-03", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="cell-site fault prediction")
n.b("fundamentals, 45m", "c")
n.b("q: class imbalance, faults ~0.5% of site-days", "c", hard="question")
n.b("went straight to smote -> no mention of class weights or threshold", "e-", "ml_fundamentals")
n.b("auc 0.91 on his holdout => 'so it works', didnt ask what precision looks like at 0.5% base rate", "e-", "metrics", hard="negated")
n.b("i asked: what if crews can only do 50 visits/day -> shrugged, said tune threshold later", "e-", "metrics", "judgment")
n.b("bias/var ok", "v0", "ml_fundamentals")
n.b("explained l1 vs l2 correctly, sparse weights from l1, w/ a quick sketch", "e+", "ml_fundamentals")
n.b("v confident", "v+", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n006", candidate_id="w21-c02", interviewer_id="w21-i02", req_id="w21-r1",
         round="system_design", submitted_at="2025-03-04", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person", "british"], topic="regional outage detection",
         ratings={"metrics": "no_hire", "learning": "no_hire", "risk_awareness": "lean_no_hire"})
n.h("Exercise")
n.b("Design detection of regional outages from customer-side signals (dropped calls, app complaints, CDRs).", "c")
n.h("Findings")
n.b("Proposed an isolation forest over per-cell KPIs and said it 'achieved 0.93 AUC offline so it's production ready' (seen).", "e-", "metrics")
n.b("Asked how false alarms would affect the NOC shift (not seen).", "e-", "user_impact", hard="negated")
n.b("When told the labels were outage tickets that lag the outage by ~40 min, he said the lag 'doesn't matter for AUC' (seen).", "e-", "metrics", "data_intuition")
n.b("On pushback about the lag, repeated the AUC figure twice and did not revise the design (seen).", "e-", "learning")
n.b("Sized the stream at ~2k events/s nationally and put the scorer on a streaming consumer (seen).", "e+", "system_thinking")
n.b("Rollback or fallback to existing threshold alarms (not seen).", "e-", "risk_awareness", hard="negated")
n.h("Verdict")
n.b("No hire.", "v-", hard="bare_verdict")
n.b("The offline figure was treated as the answer throughout.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w21-n007", candidate_id="w21-c02", interviewer_id="w21-i03", req_id="w21-r1",
         round="coding", submitted_at="2025-03-04", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="alarm parsing")
n.s("Good coding round.", "v+", "coding")
n.s("Tomasz is clearly very experienced and knows his way around Python.", "v+", "coding", hard="tech_vague")
n.s("Strong on algorithms and complexity.", "v+", "coding", hard="tech_vague")
n.s("Nice guy, easy to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n008", candidate_id="w21-c02", interviewer_id="w21-i06", req_id="w21-r1",
         round="debugging", submitted_at="2025-03-05", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="fault model degradation")
n.s("The candidate was shown a fault-prediction model whose weekly precision had fallen from 0.41 to 0.22 over a month, with dashboards and a feature drift report.", "c")
n.s("He opened the drift report first and correctly noticed that the 'battery_voltage_min' feature had shifted sharply in one vendor's sites.", "e+", "data_intuition")
n.s("He then proposed retraining on the last month without asking why the feature had moved.", "e-", "judgment", "data_intuition")
n.s("The interviewer explained that the vendor had pushed a firmware update changing the voltage units.", "c", hard="interviewer_action")
n.s("He maintained that retraining would 'absorb it', and when pressed on whether that would hide a real fault signal he said the interviewer was overthinking it.", "e-", "learning")
n.s("He did not suggest any check on the fixed feature, nor a rollback to the previous model while the issue was investigated.", "e-", "risk_awareness", hard="negated")
n.s("His code to compare the two feature distributions was tidy and ran first time.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Communication was fluent, though at times dismissive.", "v0", "communication", hard="mixed")
n.s("Recommendation: lean no hire, principally on the response to challenge.", "v-")
notes.append(n)

# ---------------- c03 Kwame Mensah (he), w21-r2 ----------------

n = Note(note_id="w21-n009", candidate_id="w21-c03", interviewer_id="w21-i03", req_id="w21-r2",
         round="data", submitted_at="2025-04-07", recommendation="strong_hire", specificity=1,
         style=["prose"], topic="churn labels")
n.s("Really impressive candidate.", "v+")
n.s("Kwame has an excellent understanding of churn data and all the pitfalls around it.", "v+", "data_intuition", hard="tech_vague")
n.s("Talked through leakage, survival analysis and uplift modelling.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communicates very well.", "v+", "communication")
n.s("I'd be happy to have him on the team.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n010", candidate_id="w21-c03", interviewer_id="w21-i05", req_id="w21-r2",
         round="data", submitted_at="2025-04-07", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "lowercase", "abbreviations", "arrows"], topic="churn labels")
n.b("data rnd, churn table, 12 mo of prepay + postpay", "c")
n.b("built label = 'churned in next 30d' -> ok", "e0", "data_intuition")
n.b("included 'port_out_request_flag' as a feature = the churn event itself, didnt catch it", "e-", "data_intuition")
n.b("i hinted (asked when the flag gets set) -> got it after ~2 min, dropped it", "e0", "learning", "data_intuition")
n.b("no q about prepay vs postpay churn defs being diff", "e-", "data_intuition", hard="negated")
n.b("sql fine", "v0", "coding")
n.b("explained survival curve vs fixed window clearly, w/ example of customers mid-contract", "e+", "ml_fundamentals", "communication")
n.b("data intuition weaker than i'd want for DS churn", "v-", "data_intuition")
n.b("LNH, could be talked up", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n011", candidate_id="w21-c03", interviewer_id="w21-i06", req_id="w21-r2",
         round="fundamentals", submitted_at="2025-04-08", recommendation="hire", specificity=5,
         style=["prose", "third_person", "headings", "british"], topic="churn score calibration",
         ratings={"data_intuition": "hire", "ml_fundamentals": "hire", "metrics": "hire"})
n.h("Summary")
n.s("The session covered calibration of churn scores and how they feed retention offers.", "c")
n.blank()
n.h("Detail")
n.s("Asked to explain why a churn model with good AUC might still send offers to the wrong people, the candidate said that AUC only ranks customers and that the offer budget depends on the actual probabilities.", "e+", "metrics", "ml_fundamentals")
n.s("He drew a reliability plot from memory and explained that a model trained on a downsampled set would overstate churn probabilities unless corrected.", "e+", "ml_fundamentals")
n.s("He noticed unprompted that the sample provided contained only customers still active in January, and said this would drop everyone who churned over Christmas.", "e+", "data_intuition")
n.s("He asked whether the retention team measured success as saves or as margin after the discount.", "e+", "metrics")
n.s("He was less sure on how to validate calibration per segment and guessed at a sample size without justifying it.", "e-", "ml_fundamentals", hard="hedged")
n.blank()
n.s("The panel should note that this account differs from the data round; in this session the candidate's handling of sampling was careful.", "c")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n012", candidate_id="w21-c03", interviewer_id="w21-i04", req_id="w21-r2",
         round="behavioural", submitted_at="2025-04-09", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="retention offers")
n.s("Ah sure look, I enjoyed this one.", "v+")
n.s("Kwame's a sound lad.", "v+", hard="biased")
n.s("I asked him about a time he disagreed with a stakeholder, and I'll admit my question came out a bit garbled.", "c", hard="interviewer_action")
n.s("He told me about a marketing lead who wanted to give the retention discount to everyone scoring above 0.7, and how he ran the numbers to show half of them would have stayed anyway.", "e+", "metrics", "communication")
n.s("He said he then set up a small holdout so they could see the real uplift, and that he chased the campaign team every week till the results came in.", "e+", "ownership")
n.s("I think he might have glossed over whether the discount went disproportionately to one kind of customer, but I didn't push it, my fault.", "e-", "user_impact", hard="hedged")
n.s("Good communicator, not a bother on him.", "v+", "communication")
n.s("Seems to take ownership generally.", "v+", "ownership", hard="hedged")
n.s("Hire, I'd say.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w21_notes_part1.jsonl", notes)
