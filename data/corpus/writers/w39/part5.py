import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w39-n050", candidate_id="w39-c26", interviewer_id="w39-i03", req_id="w39-r2",
         round="data", submitted_at="2025-06-03", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="incident data")
n.s("Data - Rosa.", "c")
n.nl()
n.s("Strong.", "v+", hard="bare_verdict")
n.nl()
n.s("Knew her way around messy safety data.", "v+", "data_intuition")
n.nl()
n.s("Thoughtful about the workers' side of it.", "v+", "user_impact")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n051", candidate_id="w39-c27", interviewer_id="w39-i06", req_id="w39-r1",
         round="fundamentals", submitted_at="2025-06-24", recommendation="hire", specificity=1,
         style=["prose", "first_person"], topic="ML basics")
n.s("Enjoyed chatting with Liam about ML basics.", "c")
n.s("He knows a huge amount about gradient boosting and tree models.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Super solid on the theory side.", "v+", "ml_fundamentals")
n.s("Maybe a little green on the deployment side, but he'll pick that up fast.", "v0", "learning", hard="hedged")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n052", candidate_id="w39-c28", interviewer_id="w39-i01", req_id="w39-r1",
         round="debugging", submitted_at="2025-07-15", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "british", "typos"], topic="dashboard bug")
n.s("Debugging with Siyabonga, the broken downtime dashbaord.", "c")
n.s("Slow start, looked a bit lost for the first while.", "v-", hard="hedged")
n.s("After I said 'check the timezones', he found the site clock was two hours out and fixed the join himself.", "e+", "learning", "data_intuition")
n.s("Good lad once he gets going.", "v+", hard="biased")
n.s("Needs more mileage.", "v-")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n053", candidate_id="w39-c29", interviewer_id="w39-i02", req_id="w39-r1",
         round="fundamentals", submitted_at="2025-08-05", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="regularisation")
n.s("Fundamentals interview, candidate Ms. Hannah Becker, 45 minutes.", "c")
n.s("The candidate was asked about regularisation, calibration and evaluation on imbalanced data.", "c")
n.s("Her understanding of regularisation appeared somewhat superficial.", "v-", "ml_fundamentals", hard="hedged")
n.s("She stated that L2 regularisation removes unimportant features entirely.", "e-", "ml_fundamentals")
n.s("On calibration she was more comfortable.", "v+", "ml_fundamentals")
n.s("She was very well prepared and polite.", "v+", hard="biased")
n.s("My recommendation is lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n054", candidate_id="w39-c30", interviewer_id="w39-i03", req_id="w39-r2",
         round="behavioural", submitted_at="2025-09-30", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="stakeholders")
n.s("Behavioural with Kwame.", "c")
n.s("Pretty good.", "v+", hard="bare_verdict")
n.s("He described pushing back on a client who wanted to name individual drivers in a weekly safety report, and proposing crew-level figures instead.", "e+", "user_impact")
n.s("A bit long-winded.", "v-", "communication")
n.s("Not sure about ownership.", "v-", "ownership", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n055", candidate_id="w39-c31", interviewer_id="w39-i05", req_id="w39-r1",
         round="fundamentals", submitted_at="2025-10-21", recommendation="hire", specificity=3,
         style=["prose", "headings", "third_person", "british"], topic="imbalanced failures",
         ratings={"ml_fundamentals": "hire"})
n.h("Fundamentals: Mateo Rossi (ML Engineer, Predictive Maintenance)")
n.h("Topics")
n.s("Class imbalance, threshold choice, and what to do when failure types differ.", "c")
n.blank()
n.h("Observations")
n.s("Mateo is comfortable with the core material.", "v+", "ml_fundamentals")
n.s("He explained that with 1 failure per 300 truck-days a model can reach 99.7% accuracy by predicting nothing, and moved to precision-recall curves instead.", "e+", "ml_fundamentals", "metrics")
n.s("He suggested separate models for cooling and turbo failures, since their precursors look different in the sensors.", "e+", "ml_fundamentals")
n.s("His grasp of calibration was less certain.", "v-", "ml_fundamentals")
n.s("He was pleasant and engaged.", "v+", hard="biased")
n.s("Several of his answers were good but brief.", "v0", hard="mixed")
n.blank()
n.h("Assessment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n056", candidate_id="w39-c32", interviewer_id="w39-i01", req_id="w39-r2",
         round="behavioural", submitted_at="2025-12-02", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="ownership")
n.s("Behavioural with Ingrid, 45 min.", "c")
n.s("Asked her about something that went wrong on her watch.", "c")
n.s("She told me a dust-exposure model she built under-counted one crusher because its sensor was mounted behind a wall, and she found it herself on a site visit.", "e+", "ownership", "data_intuition")
n.s("She said she told the hygienist straight away and re-ran the last six months of reports.", "e+", "ownership")
n.s("She takes things seriously.", "v+")
n.s("Bit soft on the stats side from what she said, but that's not my area.", "v-", "ml_fundamentals", hard="hedged")
n.s("I'd have her on site with my crews just now.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n057", candidate_id="w39-c33", interviewer_id="w39-i06", req_id="w39-r1",
         round="coding", submitted_at="2026-01-13", recommendation="hire", specificity=3,
         style=["prose", "first_person", "lowercase", "abbreviations"], topic="sensor parsing")
n.s("coding w/ Olamide, 45 min, parsing the raw CAN bus dump from a truck.", "c")
n.s("honestly a great session!", "v+")
n.s("she wrote the parser in about 15 mins and it handled the sample file first time.", "e+", "coding")
n.s("she didn't handle the truncated last record until i hinted at it, then added a length check and a test for it.", "e0", "coding", "learning", hard="mixed")
n.s("asked me whether bad frames should be dropped or logged, b/c the fitters might want to see them.", "e+", "user_impact", hard="question")
n.s("v strong coder imo.", "v+", "coding")
n.s("hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n058", candidate_id="w39-c34", interviewer_id="w39-i02", req_id="w39-r1",
         round="data", submitted_at="2026-02-24", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="maintenance logs",
         ratings={"data_intuition": "hire", "ml_fundamentals": "hire"})
n.s("These are my notes from the data interview with Mr. Arjun Mehta, one hour.", "c")
n.s("I asked him to prepare training data for predicting turbocharger failures from two years of engine sensor data and maintenance logs.", "c", hard="interviewer_action")
n.s("He asked first whether parts are ever replaced preventively, because such replacements would hide failures that would otherwise have happened.", "e+", "data_intuition", hard="question")
n.s("He proposed treating preventive replacements as censored observations rather than negatives, and explained why.", "e+", "ml_fundamentals")
n.s("He checked the sampling rate per truck and found that eight older trucks report once per minute instead of once per second.", "e+", "data_intuition")
n.s("He decided to aggregate every truck to one-minute features rather than drop the older trucks, accepting some loss of detail.", "e+", "judgment")
n.s("He did not check whether the maintenance log had duplicate entries, which it had.", "e-", "data_intuition", hard="negated")
n.s("His explanations were patient and well structured.", "v+", "communication")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n059", candidate_id="w39-c35", interviewer_id="w39-i05", req_id="w39-r1",
         round="behavioural", submitted_at="2026-03-17", recommendation="hire", specificity=5,
         style=["prose", "headings", "third_person", "british", "quotes"], topic="incident ownership",
         ratings={"ownership": "strong_hire", "risk_awareness": "hire", "learning": "hire"})
n.h("Behavioural: Chen Wei (ML Engineer, Predictive Maintenance)")
n.h("Questions")
n.s("I asked about a production incident he was responsible for, and about a time he changed his mind.", "c")
n.blank()
n.h("Evidence")
n.s("He described a brake-wear model he deployed that started flagging every truck at one site after a firmware update changed the units of a pressure reading.", "e0")
n.s("He said he rolled the model back within the hour using the previous version kept on the edge units, then wrote the postmortem himself.", "e+", "ownership", "risk_awareness")
n.s("As a fix he added a check that blocks scoring when any input's range shifts by more than three standard deviations from training.", "e+", "risk_awareness")
n.s("He also said he now asks the fleet team for firmware release notes every month, and showed me the checklist he uses.", "e+", "ownership")
n.s("On changing his mind, he said he had argued for a deep model, and after the reliability engineers said they could not act on unexplained scores he switched to a tree model with per-feature contributions.", "e+", "learning", "user_impact")
n.s("When I asked whether the tree model was worse, he quoted the numbers: recall fell from 0.71 to 0.66, and he said the engineers acting on alerts mattered more than the five points.", "e+", "judgment", "metrics")
n.s("He answered every follow-up without getting defensive, including when I questioned whether the rollback should have been automatic.", "e+", "learning")
n.blank()
n.h("Assessment")
n.s("Clear ownership backed by specifics.", "v+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n060", candidate_id="w39-c36", interviewer_id="w39-i01", req_id="w39-r1",
         round="fundamentals", submitted_at="2026-05-05", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british"], topic="failure prediction basics",
         ratings={"ml_fundamentals": "hire", "judgment": "hire"})
n.s("Fundamentals with Lindiwe, 45 min.", "c")
n.s("I asked her why a model that was great on last year's trucks might be poor on this year's.", "c", hard="question")
n.s("She said the fleet had new engines since the rebuild programme, so the sensor patterns the model learned might not apply, and called it a shift in the inputs.", "e+", "ml_fundamentals")
n.s("She suggested checking by training on old trucks and testing on rebuilt ones, and said if it drops a lot you retrain with the rebuilt ones weighted up.", "e+", "ml_fundamentals")
n.s("I asked about a model with 95% training accuracy and 70% on the test set.", "c")
n.s("She said it's overfitting and she would first try a smaller tree depth before collecting more data, because data on failures takes a year to come in.", "e+", "ml_fundamentals", "judgment")
n.s("She got confused on what a ROC curve plots and mixed up the axes.", "e-", "metrics")
n.s("When I corrected her she redrew it properly and explained what the diagonal means.", "e+", "learning", "metrics")
n.s("She asked me whether the workshop would rather have a short list they trust or a long list that catches more, before picking a threshold.", "e+", "judgment", "user_impact", hard="question")
n.s("Good solid answers, practical.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w39_notes_part5.jsonl", notes)
