import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w47-n049", candidate_id="w47-c25", interviewer_id="w47-i03", req_id="w47-r1",
         round="coding", submitted_at="2024-09-24", recommendation="hire", specificity=1,
         style=["prose", "terse", "headings"], topic="coding")
n.h("Coding")
n.s("Gabriel, 45 min, remote.", "c")
n.s("Went well.", "v+")
n.s("Strong coder, very fluent with numpy.", "v+", "coding", hard="tech_vague")
n.s("Clean code.", "v+", "coding")
n.s("Communication could be better.", "v-", "communication")
n.s("Would be fine on the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("(Forgot to save the editor session, sorry.)", "c")
notes.append(n)

n = Note(note_id="w47-n050", candidate_id="w47-c26", interviewer_id="w47-i04", req_id="w47-r2",
         round="coding", submitted_at="2025-03-25", recommendation="strong_hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="municipal reporting",
         ratings={"metrics": "strong_hire", "coding": "hire", "ownership": "strong_hire"})
n.h("Coding (50 min): town contamination report")
n.s("Problem: from daily audit rows, produce each town's monthly contamination rate with a confidence interval, and flag towns whose rate rose significantly.", "c", hard="question")
n.blank()
n.h("Findings")
n.b("Asked whether towns are compared with each other or each with its own history, since that changes which number matters (observed).", "e+", "metrics", marker="1. ")
n.b("Used a Wilson interval instead of the normal approximation and explained that towns with few audits would otherwise get intervals below zero (observed).", "e+", "metrics", marker="2. ")
n.b("Flagged a rise only when this month's interval sat wholly above last quarter's rate, and named the cost: fewer false flags, slower detection (observed).", "e+", "judgment", marker="3. ")
n.b("Wrote tests for a town with zero audits and one where every audit failed (observed).", "e+", "coding", marker="4. ")
n.b("Wrote the docstring as the note a town officer would read: what the number means and what it does not (observed).", "e+", "user_impact", marker="5. ")
n.b("Handled missing months by printing \"no data\" instead of 0% (observed).", "e+", "data_intuition", marker="6. ")
n.b("Did not consider multiple comparisons across 40 towns until I asked; then estimated that about two towns a month would be flagged by chance (observed).", "e0", "metrics", hard="mixed", marker="7. ")
n.b("Said she would own the first three monthly runs and review every flag by hand before it goes out (observed).", "e+", "ownership", marker="8. ")
n.blank()
n.h("Recommendation")
n.s("Strong hire, resting on findings 2, 3, 5 and 8.", "v+")
notes.append(n)

n = Note(note_id="w47-n051", candidate_id="w47-c27", interviewer_id="w47-i02", req_id="w47-r1",
         round="behavioural", submitted_at="2025-06-17", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="contaminated bales")
n.s("Sat with Kwame for 45 minutes, then he met two of my shift leads for ten.", "c")
n.s("I asked him about the worst week he'd had at work.", "c", hard="question")
n.s("He said a model he trained let extra cardboard into the plastics line for three days, and he was the one who spotted it in the bale photos.", "e+", "ownership")
n.s("He said he told his boss that same morning and stayed late to re-sort the bales with the crew.", "e+", "ownership", hard="plain_evidence")
n.s("My shift leads told me he asked them what annoys them most about the robot.", "e+", "user_impact", hard="plain_evidence")
n.s("Nice fella.", "v+", hard="biased")
n.s("Talks a lot, a bit hard to keep up with sometimes.", "v-", "communication")
n.s("Not sure he'd speak up in a meeting when something's off.", "v-", "ownership", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n052", candidate_id="w47-c28", interviewer_id="w47-i06", req_id="w47-r1",
         round="system_design", submitted_at="2025-08-26", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="glass line")
n.h("sys design - Laila - 60m")
n.b("prompt: robot pick system for new glass line", "c", hard="question")
n.b("good high-level arch", "v+", "system_thinking")
n.b("split into cam -> detector -> pick planner -> arm ctrl, no latency numbers", "e0", "system_thinking", hard="mixed")
n.b("knows the vision stack", "v+", "ml_fundamentals", hard="tech_vague")
n.b("asked about glass shards near pickers", "e+", "user_impact", hard="plain_evidence")
n.b("rollout thinking thin", "v-", "risk_awareness")
n.b("metrics thin too", "v-", "metrics")
n.b("ok communicator", "v0", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n053", candidate_id="w47-c29", interviewer_id="w47-i01", req_id="w47-r2",
         round="system_design", submitted_at="2025-10-28", recommendation="hire", specificity=4,
         style=["prose", "first_person", "typos", "headings"], topic="quality dashboard")
n.h("System design (60 minutes)")
n.s("I asked Diego to design a dashboard that warn the plant when sorting quality drop during a shift.", "c", hard="interviewer_action")
n.s("He first asked what is a normal quality range per line and who will look at the warning at night.", "e+", "judgment")
n.s("He proposed to compute purity every 15 minutes from the robot's own confidence, and to check it against audits once per shift.", "e+", "system_thinking")
n.s("He said the robot's confidence can look fine while purity drop, for example with new packaging, so audits must stay the ground check.", "e+", "metrics")
n.s("He added a rule: if no audit came in four hours, the dashboard show a gray state, not green.", "e+", "risk_awareness")
n.s("I pushed that four hours is long for us.", "c", hard="interviewer_action")
n.s("He change it to two hours and asked if the auditors can handle that rate.", "e+", "learning")
n.s("He forgot to say how the thresholds will be set at the start.", "e-", "system_thinking", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n054", candidate_id="w47-c30", interviewer_id="w47-i05", req_id="w47-r1",
         round="fundamentals", submitted_at="2025-12-09", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="hyperspectral")
n.s("Hannah was brilliant!", "v+")
n.s("Fundamentals round, we talked about our hyperspectral classifier.", "c")
n.s("She has a PhD-level understanding of deep learning.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked about overfitting she mentioned early stopping and weight decay.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She said the offline F1 of 0.95 proves the model is ready for every line, which is exactly the confidence we need!", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Loved her curiosity.", "v+")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n055", candidate_id="w47-c31", interviewer_id="w47-i03", req_id="w47-r1",
         round="debugging", submitted_at="2026-01-27", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="debugging")
n.s("Debugging round, Ravi.", "c")
n.s("Struggled.", "v-")
n.s("Didn't seem comfortable with the codebase.", "v-", "coding")
n.s("Not great at handling feedback.", "v-", "learning")
n.s("Probably not ready.", "v-", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n056", candidate_id="w47-c32", interviewer_id="w47-i04", req_id="w47-r2",
         round="behavioural", submitted_at="2026-03-10", recommendation="hire", specificity=4,
         style=["headings", "bullets", "third_person", "american"], topic="reporting migration")
n.h("Behavioral (45 min)")
n.h("Findings")
n.b("Described leading the move of plant reports from spreadsheets to a database, including writing the migration checklist herself (observed).", "e+", "ownership", marker="1. ")
n.b("Asked what went wrong, named a week of missing data for one town and said she called the town officer before they noticed (observed).", "e+", "ownership", marker="2. ")
n.b("Could not say how she measured whether anyone used the new reports (observed).", "e-", "metrics", marker="3. ")
n.b("Described refusing a manager's request to leave a contamination jump out of a buyer's report, and proposing a short explanatory note instead (observed).", "e+", "user_impact", marker="4. ")
n.b("Answered my question about that buyer dispute with the date and the tonnage involved (observed).", "e+", "communication", marker="5. ")
n.b("When I asked whether calling the town officer overstepped, she explained her reasoning and said she would loop in her manager first next time (observed).", "e+", "learning", marker="6. ")
n.b("How she would handle a plant manager who ignores the reports (not covered; ran out of time).", "c", marker="7. ")
n.blank()
n.h("Recommendation")
n.s("Hire, based on 1, 2 and 4.", "v+")
notes.append(n)

n = Note(note_id="w47-n057", candidate_id="w47-c33", interviewer_id="w47-i06", req_id="w47-r2",
         round="coding", submitted_at="2026-04-14", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations", "lowercase"], topic="tonnage anomalies")
n.h("coding 45m - Kofi")
n.b("q: daily tonnage per town, detect weeks w/ suspicious jumps", "c", hard="question")
n.b("jumped straight into code, no clarifying q's", "e-", "judgment", hard="negated")
n.b("rolling z-score, worked on my sample", "e+", "coding")
n.b("div by zero when std = 0 (constant town) -> crashed, fixed only after I showed it", "e-", "coding")
n.b("asked why z-score -> 'it's standard', no reason given", "e-", "ml_fundamentals")
n.b("code style fine", "v0", "coding")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n058", candidate_id="w47-c34", interviewer_id="w47-i02", req_id="w47-r2",
         round="behavioural", submitted_at="2026-05-19", recommendation="hire", specificity=2,
         style=["prose", "terse", "american"], topic="audit turnaround")
n.s("Talked with Ana for 40 minutes in my office.", "c")
n.s("She asked how long it takes us to get audit results back to the line.", "e+", "data_intuition", hard="plain_evidence")
n.s("Seems like a hard worker.", "v+", hard="biased")
n.s("Seems like she'd own her work, too.", "v+", "ownership", hard="hedged")
n.s("Good with people.", "v+", "communication")
n.s("Knows the reporting side well.", "v+")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n059", candidate_id="w47-c35", interviewer_id="w47-i01", req_id="w47-r1",
         round="debugging", submitted_at="2026-06-23", recommendation="hire", specificity=3,
         style=["prose", "first_person", "typos"], topic="recall drift")
n.s("Debugging, 45 minutes.", "c")
n.s("I showed Rohan that model recall for aluminum cans drop slowly over three months.", "c", hard="interviewer_action")
n.s("He asked if the belt or the camera lens was cleaned in that time.", "e+", "data_intuition", hard="plain_evidence")
n.s("He suggest to plot recall by hour of day, and saw it was worse in the afternoon when sun comes through the roof windows.", "e+", "data_intuition")
n.s("Good debugging instincts.", "v+")
n.s("He did not propose any monitoring so we would catch this earlier next time.", "e-", "risk_awareness", hard="negated")
n.s("When I asked about that, he proposed a weekly recall check from audits with an alert threshold.", "e0", "risk_awareness", "learning")
n.s("He said he will write the fix into the line runbook himself.", "e+", "ownership")
n.s("He explain his findings well to me.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w47-n060", candidate_id="w47-c36", interviewer_id="w47-i05", req_id="w47-r2",
         round="system_design", submitted_at="2026-07-07", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="downtime forecasting")
n.s("Emma blew me away!", "v+")
n.s("We did system design for a downtime forecasting service.", "c")
n.s("She knows Kafka, Spark and Airflow inside and out.", "v+", "system_thinking", hard="tech_vague")
n.s("She asked who would see the forecast first and how early they need it to schedule a crew.", "e+", "user_impact")
n.s("Super strong on monitoring and rollout.", "v+", "risk_awareness")
n.s("Obviously a natural leader.", "v+", hard="biased")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w47_notes_part5.jsonl", notes)
