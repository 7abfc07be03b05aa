import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w34-n049", candidate_id="w34-c25", interviewer_id="w34-i03", req_id="w34-r2",
         round="data", submitted_at="2026-02-17", recommendation="lean_hire",
         specificity=1, style=["prose", "third_person"], topic="sensor data")
n.s("Data round with Noor.", "c")
n.s("Solid data skills.", "v+", "data_intuition")
n.s("Seemed comfortable with messy sensor data.", "v+", "data_intuition", hard="hedged")
n.s("Knows the imbalanced-learning tricks.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good ownership mindset.", "v+", "ownership")
n.s("Maybe not the strongest on metrics.", "v-", "metrics", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Didn't take detailed notes this time, sorry.", "c")
notes.append(n)

n = Note(note_id="w34-n050", candidate_id="w34-c26", interviewer_id="w34-i05", req_id="w34-r1",
         round="system_design", submitted_at="2026-03-10", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="final test prediction")
n.s("Seun came in for system design and it was a really fun hour.", "v+")
n.s("I asked him to design a system that predicts which lots will fail final test from inline data.", "c", hard="interviewer_action")
n.s("He had a great big-picture view of the whole pipeline.", "v+", "system_thinking")
n.s("He mentioned needing a feature store and a model registry.", "v+", "system_thinking", hard="tech_vague")
n.s("He asked whether the engineers would rather get an email or a screen on the tool.", "e+", "user_impact", hard="question")
n.s("I loved how he took ownership of the problem from the start.", "v+", "ownership")
n.s("Not much time left for risk, but I'm sure he'd think of it.", "v+", "risk_awareness", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n051", candidate_id="w34-c27", interviewer_id="w34-i04", req_id="w34-r2",
         round="data", submitted_at="2026-03-24", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "third_person", "quotes"], topic="CMP scratches",
         ratings={"metrics": "no_hire", "ownership": "no_hire", "coding": "hire"})
n.s("Round: data + discussion, 60 min.", "c")
n.nl()
n.s("Dataset: CMP pad-wear sensors from 6 tools; label = scratch defect at post-CMP inspection (0.6%).", "c")
n.blank()
n.h("Findings")
n.b("[High] Reported 'precision 0.85' from a notebook where the threshold was picked to maximize precision on the test set itself.", "e-", "metrics", marker="1. ")
n.b("[High] Asked how that number would hold on next month's lots, Marcus said 'same tools, so same precision'.", "e-", "metrics", marker="2. ")
n.b("[High] Asked who would investigate the flagged wafers, said 'that's for the fab to figure out'.", "e-", "ownership", marker="3. ")
n.b("[Medium] Never looked at pad-change events although the file had a pad_change column; scratch rate doubles in the 10 hours after a change.", "e-", "data_intuition", hard="negated", marker="4. ")
n.b("[Medium] Proposed scoring every wafer in real time on a single notebook server 'for now', with no throughput estimate (about 2,000 wafers/hour across the tools).", "e-", "system_thinking", marker="5. ")
n.b("[Medium] Asked what happens if the model flags 30 wafers on one night shift, answered 'they'd have to check them all'.", "e-", "user_impact", marker="6. ")
n.b("[Positive, low] Feature-window code was clean, with two unit tests for the empty-window case.", "e+", "coding", marker="7. ")
n.b("[Positive, low] Described the pad-wear feature as 'how many wafers since the pad was last changed', which an operator would follow.", "e+", "communication", marker="8. ")
n.blank()
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
n.s("Three high-severity findings, two of them on treating an offline number as the truth.", "v-", "metrics")
n.nl()
n.s("Last 10 minutes went to his questions about team structure.", "c")
notes.append(n)

n = Note(note_id="w34-n052", candidate_id="w34-c28", interviewer_id="w34-i06", req_id="w34-r1",
         round="coding", submitted_at="2026-04-14", recommendation="lean_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "lowercase", "arrows"], topic="radial fail profile")
n.b("coding 45m", "c")
n.b("q: wafer map -> radial profile of fail rate", "c", hard="question")
n.b("decent", "v0", "coding")
n.b("knows numpy well", "v+", "coding")
n.b("some bugs, fixed most", "v0", "coding", hard="mixed")
n.b("prob fine on ml side", "v+", "ml_fundamentals", hard="hedged")
n.b("hana didn't ask anything abt the use case", "e-", "user_impact", hard="negated")
n.b("ran out of time for part 2", "c")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n053", candidate_id="w34-c29", interviewer_id="w34-i02", req_id="w34-r1",
         round="system_design", submitted_at="2026-05-05", recommendation="lean_hire",
         specificity=3, style=["bullets", "headings", "fragments"], topic="multi-fab yield service")
n.s("System design, 60 min. Yield prediction service for 3 fabs.", "c")
n.nl()
n.h("Checklist")
n.b("Requirement questions: OK, asked what scoring latency is needed and whether the fabs share one model.", "e+", "judgment", hard="question")
n.b("Architecture: OK.", "v+", "system_thinking")
n.b("Scale: OK, estimated 50k wafers/day in total, hourly batch is enough.", "e+", "system_thinking")
n.b("Per-fab differences: NG, one global model, said tool differences 'average out'.", "e-", "data_intuition")
n.b("Rollback: OK, keep last model version hot and switch by config.", "e+", "risk_awareness")
n.b("Engineer trust: NG, said explanations are 'nice to have'.", "e-", "user_impact")
n.b("Ownership after launch: NG, expected 'the MLOps team' to handle monitoring.", "e-", "ownership")
n.b("Communication: OK.", "v+", "communication")
n.nl()
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n054", candidate_id="w34-c30", interviewer_id="w34-i01", req_id="w34-r1",
         round="coding", submitted_at="2026-05-19", recommendation="lean_no_hire",
         specificity=1, style=["prose", "third_person"], topic="sliding window")
n.s("Coding round, 45 minutes.", "c")
n.s("Problem was sliding window statistics over sensor trace.", "c")
n.s("Candidate coding skill is not enough for ML engineer position.", "v-", "coding")
n.s("Also his understanding of model evaluation is weak.", "v-", "metrics")
n.s("He is very talkative person.", "v-", hard="biased")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n055", candidate_id="w34-c31", interviewer_id="w34-i05", req_id="w34-r2",
         round="data", submitted_at="2026-06-02", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person"], topic="etch endpoint",
         ratings={"data_intuition": "strong_hire", "metrics": "strong_hire", "coding": "lean_hire"})
n.s("Yuki and I did the data round on the etch endpoint dataset, and I'll go through it in order because it was a great hour.", "v+")
n.s("They started by asking what decision the model would feed: a hold, a rework, or just a note to the engineer.", "e+", "judgment", hard="question")
n.s("I said a hold, and they asked how many holds per shift the engineers can absorb; I told them about five.", "e+", "user_impact")
n.s("Next they looked at the labels and noticed that 'fail' is assigned at final test weeks later, so the last month's wafers had no label yet.", "e+", "data_intuition")
n.s("They excluded those recent wafers from training and said so out loud instead of treating them as passes.", "e+", "data_intuition")
n.s("Their first model used lot_id; they caught it themselves when the importance plot put lot_id on top, and removed it.", "e+", "data_intuition")
n.s("They set the threshold so the model would raise about five holds per shift and reported recall at that point, 0.64.", "e+", "metrics")
n.s("I pushed on whether 0.64 was good enough, and they said it only matters relative to today's SPC, which catches about 0.5 at the same hold count.", "e+", "metrics")
n.s("I then asked what could go wrong after launch, and they listed recipe changes, sensor recalibration and a new chamber, each with a check.", "e+", "risk_awareness")
n.s("Their code was a bit slow to write, and they lost five minutes on a pandas index error.", "e-", "coding")
n.s("At the end they asked whether the engineers had been burned by a model before, which is exactly the right worry here.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n056", candidate_id="w34-c32", interviewer_id="w34-i03", req_id="w34-r1",
         round="coding", submitted_at="2026-06-16", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="wafer maps")
n.s("Coding interview with Pedro.", "c")
n.s("Ran about 40 minutes.", "c")
n.s("Wrote a working solution for the wafer map problem.", "e+", "coding", hard="plain_evidence")
n.s("Good coder, clean style.", "v+", "coding")
n.s("Handled my follow-up questions well.", "v+", "learning")
n.s("Seems to care about users.", "v+", "user_impact", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n057", candidate_id="w34-c33", interviewer_id="w34-i04", req_id="w34-r2",
         round="behavioural", submitted_at="2026-07-07", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "third_person"], topic="passive ownership")
n.s("Round: behavioural, 45 min.", "c")
n.nl()
n.s("Questions: a launch that went wrong; a time you changed your mind.", "c", hard="question")
n.b("[High] Described a process control model that flagged too many wafers after a recipe update; said she 'raised it with the manager' and waited three weeks for someone to fix it.", "e-", "ownership", marker="1. ")
n.b("[Medium] Ownership generally passive.", "v-", "ownership", marker="2. ")
n.b("[Medium] Could not name anything she would monitor differently now.", "e-", "risk_awareness", hard="negated", marker="3. ")
n.b("[Positive, medium] On the second question, said she dropped a favorite feature after an engineer showed it was a sensor artifact, and credited him in the review.", "e+", "learning", marker="4. ")
n.b("[Low] Answers rambled.", "v-", "communication", marker="5. ")
n.nl()
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n058", candidate_id="w34-c34", interviewer_id="w34-i06", req_id="w34-r1",
         round="system_design", submitted_at="2026-08-11", recommendation="hire",
         specificity=2, style=["bullets", "terse", "arrows", "abbreviations"], topic="wafer sort yield")
n.b("sys design 60m", "c")
n.b("yield pred for wafer sort", "c")
n.b("good arch, clean separation", "v+", "system_thinking")
n.b("metrics thinking strong", "v+", "metrics")
n.b("asked who gets paged -> night shift lead", "e+", "user_impact", hard="question")
n.b("never raised label delay from final test", "e-", "data_intuition", hard="negated")
n.b("rollback: mentioned, not detailed", "v0", "risk_awareness", hard="mixed")
n.b("ownership: unclear", "v0", "ownership")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n059", candidate_id="w34-c35", interviewer_id="w34-i03", req_id="w34-r1",
         round="debugging", submitted_at="2026-09-01", recommendation="no_hire",
         specificity=1, style=["prose", "third_person"], topic="debugging")
n.s("Debugging round.", "c")
n.s("Lars struggled.", "v-", hard="bare_verdict")
n.s("Didn't really have a method.", "v-", "coding")
n.s("Weak fundamentals, weak on data.", "v-", "ml_fundamentals", "data_intuition")
n.s("Also not very engaged, honestly.", "v-", hard="biased")
n.s("Not a hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n060", candidate_id="w34-c36", interviewer_id="w34-i01", req_id="w34-r1",
         round="system_design", submitted_at="2026-09-22", recommendation="hire",
         specificity=4, style=["prose", "third_person"], topic="model monitoring")
n.s("System design round, 60 minutes.", "c")
n.s("Problem was to design monitoring for 12 production models which predict yield at wafer sort.", "c")
n.s("Zanele asked first which models are most costly when wrong, and proposed to start monitoring from top 3.", "e+", "judgment")
n.s("She separated input monitoring (sensor ranges, missing rate) from output monitoring (score distribution, hold rate) and gave threshold example for each.", "e+", "system_thinking")
n.s("She estimated 12 models with 200 features each is small, so one daily batch job is enough.", "e+", "system_thinking")
n.s("For ground truth she noted final test label comes 3 weeks late, so she used hold rate as early proxy and explained what the proxy can miss.", "e+", "metrics")
n.s("She said she would not trust weekly AUC alone, because recipe change can keep AUC same while calibration breaks.", "e+", "metrics", "ml_fundamentals")
n.s("I asked what happens when monitor alarms at night.", "c", hard="question")
n.s("She proposed runbook with 3 steps for night shift and said she would be first on-call for two weeks after launch.", "e+", "ownership")
n.s("She did not consider alert fatigue when 12 models alarm together after one tool maintenance.", "e-", "risk_awareness", hard="negated")
n.s("Design is practical.", "v+", "system_thinking")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w34_notes_part5.jsonl", notes)
