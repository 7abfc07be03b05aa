import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Min-seo Park (she), r1, strong; i03 writes her up vaguely
n = Note(note_id="w34-n001", candidate_id="w34-c01", interviewer_id="w34-i03", req_id="w34-r1",
         round="fundamentals", submitted_at="2025-09-08", recommendation="strong_hire",
         specificity=1, style=["prose", "third_person"], topic="wafer maps")
n.s("Fundamentals round, 45 min.", "c")
n.s("Min-seo was excellent.", "v+", hard="bare_verdict")
n.s("Really deep understanding of imbalanced learning and wafer map classification.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communicates very well, would be great with the fab engineers.", "v+", "communication")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n002", candidate_id="w34-c01", interviewer_id="w34-i04", req_id="w34-r1",
         round="data", submitted_at="2025-09-09", recommendation="hire",
         specificity=5, style=["bullets", "headings", "third_person"], topic="lot leakage",
         ratings={"data_intuition": "strong_hire", "coding": "lean_hire", "metrics": "hire"})
n.s("Round: data (60 min). Req w34-r1.", "c")
n.nl()
n.s("Exercise: given 18 months of wafer-level sort data with lot_id, tool_id and 212 sensor summaries, build a fail predictor.", "c")
n.blank()
n.h("Findings:")
n.b("[Positive, high] Before any modeling she grouped failures by lot_id, pointed out that 71% of fails came from 9 lots, and said a random row split would leak lot identity.", "e+", "data_intuition", marker="1. ")
n.b("[Positive, high] Switched to a split by lot and by time (train on months 1-12, test on 13-18) without prompting.", "e+", "data_intuition", marker="2. ")
n.b("[Positive, medium] With a 0.4% fail rate she refused to report accuracy and proposed precision at a fixed review budget of 20 wafers per shift.", "e+", "metrics", marker="3. ")
n.b("[Positive, medium] Asked what a missed bad wafer costs downstream versus what a false hold costs the line, and used my rough figures ($40k vs $1.5k) to set the threshold.", "e+", "judgment", marker="4. ")
n.b("[Negative, medium] Her first feature list included tool_idle_minutes computed over the whole lot, which includes post-failure rework time; she did not notice until I asked when that field is written.", "e-", "data_intuition", hard="negated", marker="5. ")
n.b("[Positive, low] Once I asked, she dropped the field and re-ran the split in about two minutes.", "e+", "learning", marker="6. ")
n.b("[Negative, low] The time split had a hard-coded cutoff date that would break on the next data pull.", "e-", "coding", marker="7. ")
n.b("[Positive, medium] She asked whether a recipe change happened inside the test window; there was one, and she planned to report metrics before and after it separately.", "e+", "risk_awareness", marker="8. ")
n.b("[Positive, low] Explained the score to me as if I were the night-shift engineer: 'above 0.7, pull the wafer for review; it does not tell you which defect.'", "e+", "communication", "user_impact", marker="9. ")
n.blank()
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
n.s("The leakage catch and the cost-based threshold are what I look for at this level.", "v+")
n.nl()
n.s("Not yet tested: how she handles a model that is already in production.", "c")
notes.append(n)

n = Note(note_id="w34-n003", candidate_id="w34-c01", interviewer_id="w34-i06", req_id="w34-r1",
         round="coding", submitted_at="2025-09-09", recommendation="hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="sensor time series")
n.b("coding, 45m, r1", "c")
n.b("q: rolling z-score on tool sensor stream + flag excursions", "c", hard="question")
n.b("vectorized w/ pandas rolling, no python loop", "e+", "coding")
n.b("handled NaN gaps from sensor dropouts -> ffill max 3 samples, said longer gaps = real outage not noise", "e+", "data_intuition")
n.b("no tests until i asked", "e-", "coding", hard="negated")
n.b("then wrote 3 asserts, one caught her own off-by-one at window edge", "e+", "coding")
n.b("strong coder", "v+", "coding")
n.b("good w/ ambiguity", "v+", "judgment")
n.b("comms fine", "v0", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n004", candidate_id="w34-c01", interviewer_id="w34-i01", req_id="w34-r1",
         round="system_design", submitted_at="2025-09-10", recommendation="hire",
         specificity=4, style=["prose", "first_person"], topic="night shift alerting")
n.s("Round is system design, 50 minutes.", "c")
n.s("I asked candidate to design the yield prediction service which fab engineers use during night shift.", "c", hard="interviewer_action")
n.s("Candidate first asked who is reading the alert at 3 am and what action they can take.", "e+", "user_impact", hard="plain_evidence")
n.s("She proposed two-stage design: fast rule for obvious excursion, then model score on wafer map after sort test.", "e+", "system_thinking")
n.s("She estimated 25 wafers per lot and around 1,200 lots per day, so batch scoring every 10 minutes is enough and streaming is not needed.", "e+", "system_thinking", "judgment")
n.s("For failure case she said if sensor feed is delayed, service should show 'stale' and not give score.", "e+", "risk_awareness")
n.s("She did not discuss retraining after recipe change until I asked.", "e-", "risk_awareness", hard="negated")
n.s("After I asked, she suggested to freeze model per recipe version and raise alarm when unseen recipe appears.", "e+", "learning", "risk_awareness")
n.s("Weak point was explanation for engineers: she said 'SHAP plot is enough' without asking whether engineers can read it.", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("Overall design is solid level for ML engineer.", "v+", "system_thinking")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Rahul Menon (he), r2; offline metric as truth + defensive (seen by several)
n = Note(note_id="w34-n005", candidate_id="w34-c02", interviewer_id="w34-i05", req_id="w34-r2",
         round="data", submitted_at="2025-10-14", recommendation="hire",
         specificity=3, style=["prose", "first_person"], topic="etch CD failures")
n.s("Rahul and I met for the data round; I gave him the etch chamber sensor set and asked him to predict which wafers would fail CD measurement.", "c")
n.s("He started by plotting the fail rate by week, which I thought was a nice instinct.", "e+", "data_intuition")
n.s("Then he trained a gradient boosted model in about fifteen minutes and got an AUC of 0.94 on a random split.", "e0")
n.s("He was really excited that the 0.94 would \"save the fab millions\" and I loved the energy.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("When I mentioned that lots share chambers, he said the model would handle it.", "e-", "data_intuition", "learning")
n.s("We then talked about deployment, and he suggested a dashboard for the process engineers showing the top five sensors for each flagged wafer.", "e+", "user_impact")
n.s("Great energy and very confident!", "v+", hard="biased")
n.s("I think he'd grow fast here.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n006", candidate_id="w34-c02", interviewer_id="w34-i04", req_id="w34-r2",
         round="fundamentals", submitted_at="2025-10-15", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "third_person"], topic="offline metrics",
         ratings={"metrics": "no_hire", "learning": "no_hire", "ml_fundamentals": "lean_no_hire"})
n.s("Round: ML fundamentals, 45 min.", "c")
n.nl()
n.h("Findings:")
n.b("[High] Stated that an AUC of 0.94 on historical data 'proves' the model will cut scrap by 30%; asked how he would check that, he had nothing beyond 'the AUC is high'.", "e-", "metrics", marker="1. ")
n.b("[High] Asked why a random row split is risky when rows from one lot share a chamber, he said lot effects 'average out' with enough data.", "e-", "data_intuition", marker="2. ")
n.b("[High] When I pushed back on point 2 with a concrete case (two lots, same chamber drift), he said 'we can agree to disagree' and moved on.", "e-", "learning", marker="3. ")
n.b("[Medium] Could not say what class weighting does to the predicted probabilities; guessed it 'makes the model more accurate'.", "e-", "ml_fundamentals", marker="4. ")
n.b("[Low, positive] Explained why precision-recall tells you more than ROC at a 0.5% positive rate, with a worked example of 50 positives in 10,000 wafers.", "e+", "ml_fundamentals", marker="5. ")
n.b("[Medium] Did not ask anything about who acts on the alerts or what a false alarm costs the line.", "e-", "user_impact", "judgment", hard="negated", marker="6. ")
n.blank()
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
n.s("Points 1 and 3 together are the main reason: the fab cannot use someone who trusts an offline number over the line.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w34-n007", candidate_id="w34-c02", interviewer_id="w34-i02", req_id="w34-r2",
         round="debugging", submitted_at="2025-10-15", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "headings", "fragments"], topic="recipe change")
n.s("Debug round, 40 min. Notebook: wafer map classifier, accuracy dropped after recipe change R-17.", "c")
n.nl()
n.h("Checklist")
n.b("Reproduce the drop: OK, he re-ran the eval on pre/post recipe data and showed recall fell from 0.81 to 0.52.", "e+", "coding")
n.b("Check input distribution: NG, did not compare sensor ranges before and after R-17.", "e-", "data_intuition", hard="negated")
n.b("Hypothesis: NG, first said the model 'needs more epochs'.", "e-", "ml_fundamentals")
n.b("Use the hint: OK, after I told him R-17 changed the chamber pressure setpoint, he plotted pressure and saw the shift in 2 minutes.", "e+", "learning")
n.b("Fix proposal: NG, wanted to retrain on post-R-17 data only (6 lots, 2 fails).", "e-", "judgment")
n.b("Guard for next time: NG, no idea how to catch the next recipe change.", "e-", "risk_awareness", hard="negated")
n.b("Explain to process engineer: OK, described the pressure shift clearly, no jargon.", "e+", "communication")
n.s("Result: 3 OK / 4 NG.", "v0", hard="mixed")
n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n008", candidate_id="w34-c02", interviewer_id="w34-i06", req_id="w34-r2",
         round="behavioural", submitted_at="2025-10-16", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse", "arrows", "abbreviations", "quotes"], topic="ownership")
n.b("behav, 30m", "c")
n.b("asked abt a model that failed in prod", "c", hard="question")
n.b("story: churn model at prev co, precision dropped after a pricing change", "e0")
n.b("who found it? -> 'the business team noticed'", "e-", "ownership")
n.b("what did u do -> 'retrained it, the data team owned monitoring'", "e-", "ownership")
n.b("pushed: why no alerting? -> got defensive, 'not my role'", "e-", "learning")
n.b("didn't ask a single q about the fab or the engineers who'd use his model", "e-", "user_impact", hard="negated")
n.b("confident talker", "v+", hard="biased")
n.b("ownership weak imo", "v-", "ownership")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---- c03 Ade Okonkwo (they), r1; adapts after hints
n = Note(note_id="w34-n009", candidate_id="w34-c03", interviewer_id="w34-i01", req_id="w34-r1",
         round="coding", submitted_at="2026-01-20", recommendation="lean_hire",
         specificity=4, style=["prose", "first_person"], topic="wafer map clustering")
n.s("Coding round, 45 minutes.", "c")
n.s("Problem was to cluster defective dies on wafer map into spatial pattern (edge ring, center, scratch).", "c")
n.s("Ade started with nested loop over all die pairs, which is O(n^2) for 60k dies.", "e-", "coding")
n.s("I gave hint about grid neighbors.", "c", hard="interviewer_action")
n.s("After hint, they rewrote to BFS over 8 neighbors on grid and explained it is linear in number of dies.", "e+", "learning", "coding")
n.s("They tested on small 5x5 wafer drawn by hand, found one bug at wafer edge and fixed it.", "e+", "coding")
n.s("They did not handle the masked off-wafer die, and I think code may crash on real map.", "e-", "coding", hard="hedged")
n.s("When I asked how to label 'scratch' pattern, they said they would ask yield engineer for 50 examples first instead of guessing rule.", "e+", "judgment", "data_intuition")
n.s("Good learner.", "v+", "learning")
n.s("Lean hire, coding speed is bit slow for the level.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w34-n010", candidate_id="w34-c03", interviewer_id="w34-i02", req_id="w34-r1",
         round="data", submitted_at="2026-01-21", recommendation="hire",
         specificity=4, style=["bullets", "fragments"], topic="imbalanced failures",
         ratings={"data_intuition": "hire", "metrics": "lean_hire"})
n.s("Data round, 60 min, CVD tool sensor time series, 0.3% fail wafers.", "c")
n.b("Split: OK, asked first whether lot_id leaks, then split by time.", "e+", "data_intuition")
n.b("Imbalance: OK, compared class weights vs downsampling and kept weights, because downsampling throws away rare tool states.", "e+", "ml_fundamentals")
n.b("Metric: NG at first, reported accuracy 99.6%.", "e-", "metrics")
n.b("After I said 'what if model always says pass', they laughed and switched to recall at 1% alarm rate.", "e+", "learning", "metrics")
n.b("Feature leakage (end-of-run metrology in features): OK, found it by checking timestamps.", "e+", "data_intuition")
n.b("Engineer trust: OK, asked if engineers prefer control limits they can read, proposed to show top 3 sensors vs their SPC limits.", "e+", "user_impact")
n.b("Cost: NG, nothing on scrap cost vs false alarm.", "e-", "judgment", hard="negated")
n.b("Overall OK.", "v+")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n011", candidate_id="w34-c03", interviewer_id="w34-i05", req_id="w34-r1",
         round="system_design", submitted_at="2026-01-22", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person"], topic="bad lot flagging")
n.s("Ade's system design round was a good one, and I enjoyed it.", "v+")
n.s("I asked them to design a pipeline that flags bad lots before final test using inline metrology and tool sensor data.", "c", hard="interviewer_action")
n.s("They began by listing every data source on the board with its latency, and honestly I was impressed right away.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("Then they asked what the engineers do today when a lot looks bad, and whether they'd trust a score they couldn't explain.", "e+", "user_impact")
n.s("Their design kept a control chart layer in front and used the model only for multivariate drift that a single chart misses.", "e+", "judgment", "system_thinking")
n.s("I nudged them about retraining after a recipe change and they immediately added a recipe-version check that blocks scoring for unknown recipes.", "e+", "learning", "risk_awareness")
n.s("They were a bit quiet at the start but warmed up.", "v0", hard="biased")
n.s("Very well-rounded candidate.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n012", candidate_id="w34-c03", interviewer_id="w34-i03", req_id="w34-r1",
         round="behavioural", submitted_at="2026-01-23", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="handover")
n.s("Behavioural chat with Ade.", "c")
n.s("Nice person, seems like a good team player.", "v+", hard="biased")
n.s("Talked about a project at their last job with sensor data.", "v0")
n.s("Mentioned handing a model over to another team, which sounded like it went fine.", "v+", "ownership")
n.s("They asked me what night shift coverage looks like for the yield team.", "e+", "user_impact", hard="question")
n.s("Good communication overall.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w34_notes_part1.jsonl", notes)
