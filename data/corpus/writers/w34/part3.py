import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Tariq Haddad (he), r1; strong coder, defends when challenged, passive ownership
n = Note(note_id="w34-n025", candidate_id="w34-c07", interviewer_id="w34-i02", req_id="w34-r1",
         round="coding", submitted_at="2026-04-07", recommendation="lean_hire",
         specificity=4, style=["bullets", "headings", "fragments"], topic="streaming top-k")
n.s("Coding round, 45 min, req w34-r1.", "c")
n.nl()
n.s("Task: from a stream of per-wafer sensor summaries, keep a running top-k of the most anomalous chambers.", "c")
n.nl()
n.h("Checklist")
n.b("Clarify input: OK, asked if new chamber ids can appear mid-stream.", "e+", "judgment", hard="question")
n.b("Data structure: OK, heap of size k plus a dict for the latest score per chamber.", "e+", "coding")
n.b("Complexity: OK, said O(log k) per update and named the stale-entry issue himself.", "e+", "coding")
n.b("Tests: NG, wrote none; said 'the logic is obvious'.", "e-", "coding")
n.b("Pushback: NG, when I showed a stale-entry bug with two updates to the same chamber, he argued the input would never do that.", "e-", "learning")
n.b("Fixed it with lazy deletion in the end, about 5 min after the argument.", "e0", "coding", hard="mixed")
n.s("Code quality OK, attitude to feedback NG.", "v0", "coding", "learning", hard="mixed")
n.nl()
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n026", candidate_id="w34-c07", interviewer_id="w34-i04", req_id="w34-r1",
         round="data", submitted_at="2026-04-08", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "first_person"], topic="lot id leakage",
         ratings={"data_intuition": "no_hire", "coding": "hire", "learning": "lean_no_hire"})
n.s("Round: data, 60 min.", "c")
n.nl()
n.s("Dataset: 9 months of implant tool logs, 1,840 lots, 31 failed lots.", "c")
n.blank()
n.h("Findings")
n.b("[High] Used lot_id as a categorical feature; test AUC 0.97 on a random split.", "e-", "data_intuition", marker="1. ")
n.b("[High] When I asked whether the same lot can appear in train and test, he said 'yes, but the wafers are different so it's fine'.", "e-", "data_intuition", marker="2. ")
n.b("[High] I showed the AUC falling to 0.61 with a lot-grouped split; he called the grouped split 'too pessimistic' and kept quoting 0.97.", "e-", "learning", "metrics", marker="3. ")
n.b("[Medium] Did not ask what the 31 failures had in common or whether several came from one tool event.", "e-", "data_intuition", hard="negated", marker="4. ")
n.b("[Positive, medium] Pandas work fast and correct: rolling features per tool in one groupby, checked against a row he computed by hand.", "e+", "coding", marker="5. ")
n.b("[Positive, low] Summarized the final model for me in under a minute with its top three features.", "e+", "communication", marker="6. ")
n.blank()
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
n.nl()
n.s("Would move to lean hire if another round shows he can take a correction on evaluation.", "c")
notes.append(n)

n = Note(note_id="w34-n027", candidate_id="w34-c07", interviewer_id="w34-i03", req_id="w34-r1",
         round="system_design", submitted_at="2026-04-08", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="yield platform")
n.s("System design round with Tariq.", "c")
n.s("I asked him to design the yield prediction platform.", "c", hard="interviewer_action")
n.s("Spent most of the hour on the architecture.", "c")
n.s("He knows a lot about pipelines and model serving.", "v+", "system_thinking", hard="vague_quantity")
n.s("He drew a pretty complete architecture.", "v+", "system_thinking")
n.s("He mentioned monitoring at the end.", "v+", "risk_awareness", hard="tech_vague")
n.s("Some back and forth on the data part but fine overall.", "v0", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n028", candidate_id="w34-c07", interviewer_id="w34-i06", req_id="w34-r1",
         round="behavioural", submitted_at="2026-04-09", recommendation="no_hire",
         specificity=4, style=["bullets", "terse", "arrows", "abbreviations", "quotes"], topic="distrust of models")
n.b("behav 30m, r1", "c")
n.b("q1: time u disagreed w/ a domain expert", "c", hard="question")
n.b("story: process engr said his model's top feature was a known sensor artifact", "e0")
n.b("his response then -> kept the feature, 'the data says it matters'", "e-", "learning")
n.b("outcome? -> fab pulled the model after 2 months, he 'wasn't involved after that'", "e-", "ownership")
n.b("q2: what would u do differently", "c", hard="question")
n.b("-> 'nothing really, the engineers didn't give it a chance'", "e-", "learning")
n.b("never once mentioned why the engineers distrusted it", "e-", "user_impact", hard="negated")
n.b("defensive whole time", "v-", "learning")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

# ---- c08 Lan (she), r2; poor judgment under ambiguity seen by i01 only
n = Note(note_id="w34-n029", candidate_id="w34-c08", interviewer_id="w34-i01", req_id="w34-r2",
         round="system_design", submitted_at="2026-05-12", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person"], topic="SPC false alarms")
n.s("System design round, 50 minutes, for process control data scientist position.", "c")
n.s("I gave open problem: fab manager wants 'fewer false alarms' from SPC, no more detail.", "c", hard="interviewer_action")
n.s("Lan did not ask what counts as false alarm or how many alarms happen now.", "e-", "judgment", hard="negated")
n.s("She decided immediately to replace all control charts with single neural network over 400 sensors.", "e-", "judgment")
n.s("When I said engineers must approve any change of alarm logic, she said approval can come after model shows good accuracy.", "e-", "user_impact")
n.s("Her pipeline diagram was clear, with separate training job, scoring job and feature table.", "e+", "system_thinking")
n.s("She said model is retrained weekly but did not say how to check new version before release.", "e-", "risk_awareness")
n.s("When I hinted that maybe only 3 charts produce most alarms, she looked at my made-up table and agreed to start from those 3.", "e+", "learning")
n.s("Judgment under ambiguity is main concern.", "v-", "judgment")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n030", candidate_id="w34-c08", interviewer_id="w34-i05", req_id="w34-r2",
         round="data", submitted_at="2026-05-13", recommendation="hire",
         specificity=3, style=["prose", "first_person"], topic="CMP tool data")
n.s("Lan had the data round with me, on the CMP tool dataset.", "c")
n.s("She opened the data, checked the date range, found two weeks missing in March and asked me about it before doing anything else, which I loved.", "e+", "data_intuition")
n.s("I told her it was a planned shutdown, and she dropped those weeks from the baseline.", "e+", "data_intuition")
n.s("She built a logistic regression first as a baseline, then a random forest, and compared them on a time split.", "e+", "ml_fundamentals")
n.s("The forest won by a small margin and she said she would still ship the logistic one because the engineers could read its coefficients.", "e+", "judgment", "user_impact")
n.s("She's clearly very smart and a hard worker.", "v+")
n.s("We spent 40 minutes on the notebook and 10 on her questions.", "c")
n.s("She asked at the end how the fab decides when to scrap a lot.", "e+", "judgment", hard="question")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n031", candidate_id="w34-c08", interviewer_id="w34-i06", req_id="w34-r2",
         round="debugging", submitted_at="2026-05-13", recommendation="hire",
         specificity=4, style=["bullets", "terse", "arrows", "abbreviations", "lowercase"], topic="EWMA alarm storm")
n.b("debug 45m, r2", "c")
n.b("setup: EWMA alarm job firing 40x/night since monday", "c")
n.b("she pulled the alarm log first -> all from 2 chambers", "e+", "data_intuition")
n.b("checked chart params -> lambda set to 0.9 by a config push, should be 0.2", "e+", "coding")
n.b("asked who pushed it + whether config changes get reviewed", "e+", "risk_awareness", hard="question")
n.b("fix: revert config + range check on lambda in the loader", "e+", "risk_awareness")
n.b("wanted to mute alarms overnight while fixing -> i asked abt missed real excursions -> kept 1 chamber on manual SPC instead", "e0", "judgment", "learning", hard="mixed")
n.b("explained it to me as if i were night shift lead, 3 sentences", "e+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n032", candidate_id="w34-c08", interviewer_id="w34-i03", req_id="w34-r2",
         round="fundamentals", submitted_at="2026-05-14", recommendation="hire",
         specificity=1, style=["prose", "third_person"], topic="stats basics")
n.s("Fundamentals with Lan.", "c")
n.s("45 minutes, covered bias/variance and imbalanced classes.", "c")
n.s("Strong on stats and ML basics.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good communication.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes
n = Note(note_id="w34-n033", candidate_id="w34-c09", interviewer_id="w34-i04", req_id="w34-r1",
         round="coding", submitted_at="2025-06-17", recommendation="no_hire",
         specificity=4, style=["bullets", "headings", "third_person"], topic="grouped k-fold")
n.s("Round: coding, 45 min.", "c")
n.nl()
n.s("Task: implement stratified group k-fold where the groups are lots.", "c")
n.blank()
n.h("Findings")
n.b("[High] Implementation put wafers from the same lot in different folds; Jonas did not test for overlap.", "e-", "coding", "data_intuition", marker="1. ")
n.b("[High] When I asked him to add that check, he wrote it, it failed, and he said the test was 'too strict'.", "e-", "learning", marker="2. ")
n.b("[Medium] Could not explain why grouping by lot matters when lots share a tool run.", "e-", "data_intuition", marker="3. ")
n.b("[Positive, low] Variable names and structure easy to read.", "v+", "coding", marker="4. ")
n.h("Summary")
n.s("Not at the coding bar for this req.", "v-", "coding")
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n034", candidate_id="w34-c10", interviewer_id="w34-i05", req_id="w34-r1",
         round="system_design", submitted_at="2025-07-22", recommendation="hire",
         specificity=4, style=["prose", "first_person"], topic="classifier handover")
n.s("Priya joined on video for the system design round.", "c")
n.s("I asked her to design the handover of a defect classifier to the fab engineers who run the night shift.", "c", hard="interviewer_action")
n.s("She began by asking what the engineers currently do with a wafer map at 2 am and how long they have per lot.", "e+", "user_impact")
n.s("Then she proposed a small UI that shows the predicted class, the three most similar past wafers, and a button to disagree that feeds back as labels.", "e+", "user_impact", "system_thinking")
n.s("She added a 'model off' switch the shift lead can flip without calling us, with each flip logged for review.", "e+", "risk_awareness")
n.s("When I asked about a recipe change, she said the classifier should refuse wafers from unseen recipes and route them to manual review.", "e+", "risk_awareness")
n.s("She wrote a one-page runbook outline in the shared doc in about five minutes.", "e+", "communication")
n.s("She never sized the storage for the similar-wafer lookup, but that felt like a detail.", "e-", "system_thinking", hard="negated")
n.s("Hire, happily.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n035", candidate_id="w34-c11", interviewer_id="w34-i06", req_id="w34-r2",
         round="data", submitted_at="2025-08-05", recommendation="lean_hire",
         specificity=3, style=["bullets", "terse", "arrows", "abbreviations"], topic="bin maps")
n.b("data 60m, r2", "c")
n.b("bin map data, 5 tools, ~1% fail", "c")
n.b("Diego checked dupes first -> 3% dup rows from re-tests, dropped", "e+", "data_intuition")
n.b("baseline = p-chart per tool before any model", "e+", "judgment")
n.b("model beat p-chart by ~8% recall @ same alarm count", "e+", "metrics")
n.b("never asked abt cost of a false alarm", "e-", "judgment", hard="negated")
n.b("q at end: how do labels get confirmed, FA lab or just the chart?", "e+", "data_intuition", hard="question")
n.b("ml basics ok", "v0", "ml_fundamentals")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w34-n036", candidate_id="w34-c12", interviewer_id="w34-i01", req_id="w34-r1",
         round="behavioural", submitted_at="2025-08-19", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person"], topic="root cause analysis")
n.s("Behavioural round, 30 minutes.", "c")
n.s("Candidate has long experience in semiconductor industry.", "v+", hard="vague_quantity")
n.s("He described project of root cause analysis for yield drop, but it was not clear what was his part.", "v-", "ownership")
n.s("I asked about time when he disagreed with process engineer.", "c", hard="question")
n.s("He said he 'followed the engineer decision' and did not explain his own view.", "e-", "ownership")
n.s("He asked about team size and on-call schedule.", "e0", hard="plain_evidence")
n.s("Communication is OK but answers are bit long.", "v0", "communication", hard="mixed")
n.nl()
n.s("Summary: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w34_notes_part3.jsonl", notes)
