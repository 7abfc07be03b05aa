import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- history notes
n = Note(note_id="w7-n071", candidate_id="w7-c41", interviewer_id="w7-i05", req_id="w7-r2",
         round="coding", submitted_at="2024-09-03", recommendation="strong_hire",
         ratings={}, specificity=1, style=["prose", "terse"], topic="coding")
n.s("Coding with Mateo!", "c")
n.s("Wow, what a coder!", "v+", "coding")
n.s("Super fast and so smart!", "v+")
n.s("Strong hire!!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n072", candidate_id="w7-c42", interviewer_id="w7-i05", req_id="w7-r1",
         round="behavioural", submitted_at="2024-10-01", recommendation="hire",
         ratings={}, specificity=2, style=["prose", "first_person", "american"], topic="past jobs")
n.s("Behavioural with Anika, we talked about her last two jobs!", "c")
n.s("She told me she led the move from SAS to Python at her insurer!", "e+", "ownership")
n.s("Such a go-getter!", "v+", "ownership")
n.s("She was a little vague on what went wrong, but that's normal!", "v0", "communication", hard="mixed")
n.s("Great culture add!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n073", candidate_id="w7-c43", interviewer_id="w7-i01", req_id="w7-r1",
         round="fundamentals", submitted_at="2025-01-28", recommendation="lean_no_hire",
         ratings={}, specificity=2, style=["prose", "first_person", "british"], topic="thresholds")
n.s("Fundamentals interview: three questions on model evaluation and one on survival analysis.", "c")
n.s("I asked Thomas, among other things, how he would choose a threshold for a readmission alert.", "c", hard="interviewer_action")
n.s("He said, if I recall correctly, that he would use 0.5.", "e-", "metrics", hard="hedged")
n.s("One had the impression of someone who has used the tools a great deal without much thought for what lies beneath them.", "v-", "ml_fundamentals")
n.s("His answers on survival analysis were, I am afraid, rather thin.", "v-", "ml_fundamentals")
n.s("Perhaps he was nervous.", "v0", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n074", candidate_id="w7-c44", interviewer_id="w7-i01", req_id="w7-r1",
         round="data", submitted_at="2025-06-24", recommendation="lean_hire",
         ratings={"data_intuition": "hire", "judgment": "lean_no_hire"}, specificity=3,
         style=["prose", "first_person", "british"], topic="opioid risk")
n.s("Data round, some forty-five minutes, on pharmacy claims for an opioid-risk model.", "c")
n.s("I asked Mariam what she made of the fact that roughly a tenth of prescriptions had no prescriber identifier.", "c", hard="interviewer_action")
n.s("She suggested, sensibly I thought, that these might be cash-paid or out-of-network fills, and that dropping them would understate risk for exactly the members one most wants to find.", "e+", "data_intuition")
n.s("She proposed a flag for a missing prescriber rather than discarding the rows.", "e+", "data_intuition")
n.s("When I raised whether the model might stigmatise members with chronic pain, she conceded she had not considered it, and then proposed reviewing false positives with the pharmacy team.", "e0", "user_impact", "learning", hard="mixed")
n.s("It would be fair to say she knows the data well.", "v+", "data_intuition")
n.s("I am less sure of her judgement about how the model ought to be used.", "v-", "judgment", hard="hedged")
n.s("A lean hire, I think.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n075", candidate_id="w7-c45", interviewer_id="w7-i02", req_id="w7-r1",
         round="data", submitted_at="2025-07-15", recommendation="lean_hire",
         ratings={"data_intuition": "hire"}, specificity=3, style=["prose", "first_person", "american"],
         topic="medication adherence")
n.h("Data round")
n.s("I showed Jun Wei a model that predicts which members will stop taking their blood pressure pills.", "c", hard="interviewer_action")
n.s("He asked how we know someone stopped, and when I said no refill in 60 days, he asked about 90-day mail-order fills.", "e+", "data_intuition", hard="question")
n.s("That's a real problem in our data and he got to it fast.", "v+", "data_intuition")
n.s("He didn't ask what happens to the members who get flagged.", "e-", "user_impact", hard="negated")
n.s("Good explanation of why the precision looked low: he pointed out only 8% of members stop each year.", "e+", "metrics", hard="verdict_plus_evidence")
n.s("He seemed unsure about how to pick a cutoff.", "v-", "metrics", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n076", candidate_id="w7-c46", interviewer_id="w7-i04", req_id="w7-r2",
         round="system_design", submitted_at="2025-09-23", recommendation="hire",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "lean_hire"}, specificity=4,
         style=["bullets", "terse", "third_person"], topic="fraud retraining")
n.h("System design, 50 min")
n.s("Prompt: retraining pipeline for a claims fraud-risk model, with human review of model changes.", "c")
n.b("Asked how often fraud patterns shift and how long investigators take to confirm a case (months).", "e+", "data_intuition", hard="question", marker="1) ")
n.b("Monthly retraining, gated on a champion/challenger comparison over the same 3-month backtest window.", "e+", "risk_awareness", marker="2) ")
n.b("Gate metric: dollars recovered per investigator hour rather than AUC; explained why.", "e+", "metrics", marker="3) ")
n.b("Stores training snapshot id, code commit and reviewer sign-off per model version.", "e+", "system_thinking", marker="4) ")
n.b("No plan for investigator label lag biasing the newest months.", "e-", "data_intuition", hard="negated", marker="5) ")
n.b("Rollback by config pointer, tested quarterly.", "e+", "risk_awareness", marker="6) ")
n.b("Did not size the backtest compute.", "e-", "system_thinking", hard="negated", marker="7) ")
n.b("When I argued monthly was too frequent, moved to quarterly plus a drift trigger and said why.", "e+", "learning", "judgment", marker="8) ")
n.h("Verdict")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Solid on safe change management.", "v+", "risk_awareness")
notes.append(n)

n = Note(note_id="w7-n077", candidate_id="w7-c47", interviewer_id="w7-i06", req_id="w7-r2",
         round="system_design", submitted_at="2025-10-28", recommendation="lean_hire",
         ratings={}, specificity=2, style=["prose", "terse"], topic="eligibility service")
n.s("System design on a real-time eligibility check service.", "c")
n.s("Reasonable design, I think; he put a cache in front of the eligibility database, though he didn't say how stale it could get.", "e0", "system_thinking", hard="hedged")
n.s("Knows distributed systems.", "v+", "system_thinking", hard="tech_vague")
n.s("Didn't really engage with the audit side.", "v-", "risk_awareness")
n.s("Lean hire, not enthusiastic.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w7-n078", candidate_id="w7-c48", interviewer_id="w7-i07", req_id="w7-r2",
         round="coding", submitted_at="2026-01-06", recommendation="lean_hire",
         ratings={}, specificity=2, style=["bullets", "fragments", "lowercase", "abbreviations"], topic="artifact cache")
n.h("coding (60m)")
n.b("q: LRU cache for model artifacts w/ a size limit in MB", "c")
n.b("got a working version (OrderedDict); slow start", "e0", "coding", hard="mixed")
n.b("good w/ Python internals", "v+", "coding", hard="tech_vague")
n.b("tests thin", "v-", "coding")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n079", candidate_id="w7-c49", interviewer_id="w7-i07", req_id="w7-r1",
         round="data", submitted_at="2026-02-24", recommendation="hire",
         ratings={"data_intuition": "strong_hire", "metrics": "lean_no_hire"}, specificity=3,
         style=["bullets", "fragments", "lowercase", "arrows"], topic="mortality labels")
n.h("data (45m): post-discharge mortality labels")
n.b("dataset: claims + state death index link; 1-yr mortality", "c")
n.b("asked how the death index is matched (name+DOB or SSN) -> guessed match rate would be lower for some groups", "e+", "data_intuition", hard="question")
n.b("checked match rate by age + zip; found it 8% lower in two urban zips", "e+", "user_impact")
n.b("proposed censoring unmatched members at their last claim instead of treating them as alive", "e+", "ml_fundamentals")
n.b("weak on metric choice: c-index only; no calibration", "e-", "metrics", hard="verdict_plus_evidence")
n.b("clear thinker", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n080", candidate_id="w7-c50", interviewer_id="w7-i03", req_id="w7-r1",
         round="behavioural", submitted_at="2026-03-10", recommendation="hire",
         ratings={}, specificity=1, style=["prose", "third_person"], topic="past projects")
n.s("Isabella was a joy.", "v+", hard="biased")
n.s("Great attitude, great energy, great fit.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w7_notes_part7.jsonl", notes)
print(len(notes), "notes")
