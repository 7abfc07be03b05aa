import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w34-n037", candidate_id="w34-c13", interviewer_id="w34-i03", req_id="w34-r2",
         round="fundamentals", submitted_at="2025-05-06", recommendation="lean_hire",
         specificity=1, style=["prose", "third_person"], topic="statistics")
n.s("Fundamentals round.", "c")
n.s("Samira knows her statistics, control charts, hypothesis testing, all of it.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Very thorough on metrics.", "v+", "metrics")
n.s("A little slow to get going.", "v-", hard="biased")
n.s("Not sure how she'd do with the fab folks.", "v-", "communication", hard="hedged")
n.s("Has a ton of system design experience from her last role.", "v+", "system_thinking", hard="vague_quantity")
n.s("Lean hire I think.", "v+", hard="bare_verdict")
n.s("Someone else should check her coding.", "c")
notes.append(n)

n = Note(note_id="w34-n038", candidate_id="w34-c14", interviewer_id="w34-i06", req_id="w34-r1",
         round="coding", submitted_at="2025-05-20", recommendation="lean_no_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "lowercase"], topic="tool log parsing")
n.b("coding 45m", "c")
n.b("q: parse tool log + compute per-step durations", "c", hard="question")
n.b("slow start", "v-", "coding")
n.b("messy code, lots of copy-paste", "v-", "coding", hard="vague_quantity")
n.b("got there eventually w/ hints", "v0", "learning", hard="mixed")
n.b("ravi asked if timestamps were local or UTC", "e+", "data_intuition", hard="question")
n.b("comms meh", "v0", "communication")
n.b("didn't get to system stuff, ran out of time", "c")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n039", candidate_id="w34-c15", interviewer_id="w34-i04", req_id="w34-r1",
         round="system_design", submitted_at="2025-06-03", recommendation="hire",
         specificity=5, style=["bullets", "headings", "third_person"], topic="scrap vs release",
         ratings={"metrics": "strong_hire", "system_thinking": "hire", "data_intuition": "lean_hire"})
n.s("Round: system design, 60 min.", "c")
n.nl()
n.s("Prompt: scrap-or-release decision support for lots flagged at inline inspection, used by the disposition engineer on each shift.", "c")
n.blank()
n.h("Findings")
n.b("[Positive, high] Opened by asking what the disposition engineer sees today, how long each decision takes (about 6 min), and how often they overrule inspection.", "e+", "user_impact", marker="1. ")
n.b("[Positive, high] Put the cost asymmetry in numbers (scrapping a good 25-wafer lot ~$90k, releasing a bad one ~$400k in field returns) and set the operating point from that ratio rather than from F1.", "e+", "metrics", "judgment", marker="2. ")
n.b("[Positive, medium] Split the system into async per-wafer feature extraction, a lot-level aggregator and a scorer, and from ~300 flagged lots/day concluded the scorer needs no GPU.", "e+", "system_thinking", marker="3. ")
n.b("[Positive, medium] Had the model recommend only 'hold for review', never auto-scrap, so a human signs every scrap.", "e+", "risk_awareness", marker="4. ")
n.b("[Positive, medium] Defined an online check: weekly agreement rate between model and engineer, alarm if it drops below 80%.", "e+", "metrics", marker="5. ")
n.b("[Negative, medium] Ignored label delay: field returns arrive 6-9 months later, and Chiara planned monthly retraining on 'final outcome' labels until I pointed this out.", "e-", "data_intuition", marker="6. ")
n.b("[Positive, low] After the hint she switched to end-of-line test results as a faster proxy label and said which failure types it would miss.", "e+", "learning", marker="7. ")
n.b("[Negative, low] Did not size storage for per-wafer features (my estimate ~2 TB/month); not critical.", "e-", "system_thinking", hard="negated", marker="8. ")
n.b("[Positive, low] Described owning on-call for a similar system at her last job, including the postmortem she wrote after a bad release held 40 lots for a day.", "e+", "ownership", marker="9. ")
n.blank()
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
n.s("The cost-based operating point (2) and the human sign-off (4) carry it.", "v+")
n.nl()
n.s("For the hiring committee: did anyone else probe label delay?", "c")
notes.append(n)

n = Note(note_id="w34-n040", candidate_id="w34-c16", interviewer_id="w34-i05", req_id="w34-r1",
         round="behavioural", submitted_at="2025-06-24", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person"], topic="defect classification")
n.s("Mateus and I had a lovely chat for the behavioural round.", "v+")
n.s("I asked about his proudest project.", "c", hard="question")
n.s("He talked about a defect classification system he built, and it was obviously a big success.", "v+", "ownership")
n.s("He clearly owns his work and pushes things through.", "v+", "ownership")
n.s("He said he meets the process engineers every week to go over the wafers the model got wrong.", "e+", "user_impact")
n.s("Super positive attitude, really energizing.", "v+", hard="biased")
n.s("Knows every tool in the MLOps stack.", "v+", "system_thinking", hard="vague_quantity")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n041", candidate_id="w34-c17", interviewer_id="w34-i02", req_id="w34-r2",
         round="data", submitted_at="2025-07-08", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "headings", "fragments"], topic="parametric test data")
n.s("Data round, 60 min, wafer-level parametric test data + chamber logs.", "c")
n.nl()
n.h("Checklist")
n.b("Data check: OK, plotted each parametric by lot and spotted one lot with values 10x the rest (unit error).", "e+", "data_intuition")
n.b("Split: NG, random split.", "e-", "data_intuition")
n.b("Model: OK.", "v+", "ml_fundamentals")
n.b("Metric: NG, only ROC AUC at 0.2% fail rate, no precision.", "e-", "metrics")
n.b("Explain to engineer: NG, answer was 'SHAP interaction values show the nonlinearity', no plain words.", "e-", "communication")
n.b("Risk / rollback: not covered, no time.", "c")
n.nl()
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n042", candidate_id="w34-c18", interviewer_id="w34-i01", req_id="w34-r1",
         round="fundamentals", submitted_at="2025-07-29", recommendation="hire",
         specificity=1, style=["prose", "third_person"], topic="ML theory")
n.s("Fundamentals round, 45 minutes.", "c")
n.s("Candidate has very strong background in ML theory.", "v+", "ml_fundamentals")
n.s("He knows evaluation for imbalanced data well.", "v+", "metrics", hard="tech_vague")
n.s("Explanation was clear and logical.", "v+", "communication")
n.s("I think he can handle model for yield prediction without problem.", "v+", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n043", candidate_id="w34-c19", interviewer_id="w34-i06", req_id="w34-r2",
         round="data", submitted_at="2025-08-26", recommendation="no_hire",
         specificity=5, style=["bullets", "terse", "arrows", "abbreviations", "quotes", "lowercase"], topic="thickness prediction",
         ratings={"data_intuition": "no_hire", "learning": "no_hire"})
n.b("data 60m, r2, metrology + deposition sensors", "c")
n.b("prompt: predict film thickness OOS from deposition sensor traces", "c")
n.b("first 10 min: no EDA, straight to xgboost", "e-", "data_intuition")
n.b("included 'post_meas_thickness' as a feature -> R^2 0.99 -> didn't question it", "e-", "data_intuition")
n.b("i asked 'is 0.99 believable?' -> 'the model is just good'", "e-", "learning")
n.b("i said that col is measured after the step -> he removed it, R^2 fell to 0.41", "e0", "data_intuition", hard="mixed")
n.b("then claimed 0.41 'still saves metrology tool time', no cost calc", "e-", "metrics")
n.b("random split across lots", "e-", "data_intuition")
n.b("asked abt chamber drift -> 'tree models handle drift'", "e-", "ml_fundamentals")
n.b("didn't ask who uses the prediction or what happens when it's wrong", "e-", "user_impact", hard="negated")
n.b("code ok, readable", "v0", "coding")
n.b("NH, leakage + pushback never landed", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n044", candidate_id="w34-c20", interviewer_id="w34-i03", req_id="w34-r1",
         round="system_design", submitted_at="2025-09-30", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="yield pipeline")
n.s("System design round.", "c")
n.s("Aroha designed a yield prediction pipeline end to end.", "v+", "system_thinking", hard="tech_vague")
n.s("Good thoughts on monitoring and retraining.", "v+", "risk_awareness")
n.s("She asked how often the recipes change, which was a good question.", "e+", "judgment", hard="question")
n.s("Strong communicator.", "v+", "communication")
n.s("Her scaling section was maybe a bit thin.", "v-", "system_thinking", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Ran 10 minutes over.", "c")
notes.append(n)

n = Note(note_id="w34-n045", candidate_id="w34-c21", interviewer_id="w34-i04", req_id="w34-r1",
         round="debugging", submitted_at="2025-10-21", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "third_person"], topic="camera swap")
n.s("Round: debugging, 45 min.", "c")
n.nl()
n.s("Setup: defect classifier precision on the 'particle' class dropped from 0.9 to 0.6 after a camera swap on the inspection tool.", "c")
n.b("[High] Spent 20 minutes tuning the learning rate before looking at a single input image.", "e-", "judgment", marker="1. ")
n.b("[Medium] Weak debugging approach overall.", "v-", "coding", marker="2. ")
n.b("[Medium] Once he looked at images, found the new camera's were brighter and proposed per-tool normalization.", "e+", "data_intuition", marker="3. ")
n.b("[Medium] No plan to detect the next hardware change.", "e-", "risk_awareness", hard="negated", marker="4. ")
n.b("[Low] Communication unstructured.", "v-", "communication", marker="5. ")
n.nl()
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n046", candidate_id="w34-c22", interviewer_id="w34-i05", req_id="w34-r2",
         round="coding", submitted_at="2025-11-18", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="control limits")
n.s("Ines did the coding round with me this morning.", "c")
n.s("She's clearly a very capable programmer and I'd trust her with our codebase.", "v+", "coding")
n.s("I asked her to write a control-limit checker for a list of sensor readings.", "c", hard="interviewer_action")
n.s("She finished it with ten minutes to spare.", "e+", "coding", hard="plain_evidence")
n.s("Her thesis work on Bayesian changepoints sounds really impressive.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Lovely person, very warm.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n047", candidate_id="w34-c23", interviewer_id="w34-i02", req_id="w34-r1",
         round="fundamentals", submitted_at="2025-12-09", recommendation="lean_hire",
         specificity=1, style=["bullets", "fragments"], topic="fundamentals checklist")
n.s("Fundamentals, 45 min.", "c")
n.b("Imbalance: OK", "v+", "ml_fundamentals")
n.b("Leakage: OK", "v+", "data_intuition")
n.b("Metrics: NG", "v-", "metrics")
n.b("Regularization: OK", "v+", "ml_fundamentals")
n.b("Control chart knowledge: OK", "v+")
n.b("Communication: NG, long answers", "v-", "communication")
n.nl()
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n048", candidate_id="w34-c24", interviewer_id="w34-i01", req_id="w34-r2",
         round="data", submitted_at="2026-01-13", recommendation="strong_hire",
         specificity=5, style=["prose", "third_person", "quotes"], topic="furnace yield loss",
         ratings={"data_intuition": "strong_hire", "judgment": "strong_hire", "coding": "hire"})
n.s("Data round, 60 minutes.", "c")
n.s("Dataset was 2 years of furnace sensor traces and wafer yield, with one recipe change in middle.", "c")
n.s("I asked candidate to find what drives yield loss and to propose monitoring.", "c", hard="interviewer_action")
n.blank()
n.s("Amara first plotted yield over time with recipe change date marked, and said she will analyze before and after separately because process is different.", "e+", "data_intuition")
n.s("She found that lot_id prefix encodes product type, and product type explains most of yield difference, so she stratified by product.", "e+", "data_intuition")
n.s("She said 'if we don't stratify, model will learn product mix, not tool health'.", "e+", "ml_fundamentals")
n.s("She compared simple EWMA chart on peak temperature with gradient boosting: chart catches 7 of 9 excursions with 2 false alarms per week, model catches 8 with 5.", "e+", "metrics")
n.s("She recommended to keep chart for now, because one more catch does not justify 3 more false alarms per week for night shift.", "e+", "judgment", "user_impact")
n.s("When I asked what if next recipe change comes, she proposed to freeze model and fall back to chart until 4 weeks of new data exist.", "e+", "risk_awareness")
n.s("Her pandas merge duplicated rows at first, but she found it herself by checking row count.", "e+", "coding")
n.s("At end she summarized findings for fab manager in three bullet points without jargon.", "e+", "communication")
n.s("She asked who will own the chart after handover and offered to write the runbook.", "e+", "ownership")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w34_notes_part4.jsonl", notes)
