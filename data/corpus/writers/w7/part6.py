import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- history notes
n = Note(note_id="w7-n060", candidate_id="w7-c30", interviewer_id="w7-i02", req_id="w7-r1",
         round="data", submitted_at="2025-08-12", recommendation="hire",
         ratings={"metrics": "strong_hire", "data_intuition": "hire", "judgment": "hire"}, specificity=5,
         style=["prose", "first_person", "american"], topic="fall risk")
n.h("Data round")
n.s("The exercise: a fall-risk model for members over 70, with claims, pharmacy fills and a 6-month fall outcome.", "c")
n.s("I asked Tariq to tell me whether the model was ready to use, with the validation report in front of him.", "c", hard="interviewer_action")
n.s("He read the report and said the AUC of 0.74 didn't tell him whether the nurses would find more falls than they do now.", "e+", "metrics")
n.s("He asked what the nurses use today, and when I said a checklist, he asked for the checklist's hit rate on the same members.", "e+", "metrics", hard="question")
n.s("He compared the two on the top 500 members, since that's how many the nurses can visit, and found the model caught 61 future falls to the checklist's 44.", "e+", "metrics")
n.s("He noticed that falls were only recorded if the member went to the ER or was admitted, and said falls at home with no hospital visit are missing.", "e+", "data_intuition", hard="plain_evidence")
n.s("He said that means the model learns who goes to hospital after a fall, which may leave out members who live alone.", "e+", "data_intuition")
n.s("He didn't check whether sedative prescriptions in the features were filled before or after the fall date.", "e-", "data_intuition", hard="negated")
n.s("When I pointed it out, he moved the cutoff and reran; the top-500 count dropped to 55, and he told me so straight away.", "e+", "learning")
n.blank()
n.s("I asked whether he'd launch it.", "c", hard="question")
n.s("He said yes, in two regions first, with the checklist kept running alongside so the nurses could compare.", "e+", "judgment", "risk_awareness")
n.s("He suggested stopping if more than 20% of the model's list were members the nurses judged obviously low risk.", "e+", "risk_awareness")
n.s("He spent a while on a chart I didn't need.", "e-", "communication", hard="plain_evidence")
n.h("Summary")
n.s("Careful, honest about his own mistake, and thinks about what the nurses actually do.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n061", candidate_id="w7-c31", interviewer_id="w7-i03", req_id="w7-r2",
         round="behavioural", submitted_at="2025-08-19", recommendation="hire",
         ratings={}, specificity=1, style=["prose", "terse", "third_person"], topic="past projects")
n.s("Hannah is a rock star.", "v+")
n.s("Would be a great cultural addition.", "v+", hard="biased")
n.s("Very polished.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n062", candidate_id="w7-c32", interviewer_id="w7-i07", req_id="w7-r2",
         round="debugging", submitted_at="2025-09-09", recommendation="hire",
         ratings={"coding": "hire", "risk_awareness": "strong_hire"}, specificity=4,
         style=["bullets", "fragments", "lowercase", "arrows", "abbreviations"], topic="OOM scoring job")
n.h("debugging (60m): nightly scoring job OOMs since Tuesday")
n.b("setup: repo + last 5 days of logs; I played the on-call DS", "c", hard="interviewer_action")
n.b("read the logs first; saw row count triple on Tue (4.1M -> 12.6M)", "e+", "data_intuition")
n.b("traced it to a join on member_id w/ the new eligibility table (one row per coverage span, not per member)", "e+", "data_intuition", "coding")
n.b("fix: dedupe to latest span before the join; ran it; memory back to normal", "e+", "coding")
n.b("asked whether Tue-Thu scores went out (they had) -> proposed rescoring + flagging members whose tier changed", "e+", "risk_awareness", "user_impact")
n.b("added a row-count assertion (fail if >1.2x last run); good", "e+", "risk_awareness")
n.b("didn't write a test for the join itself", "e-", "coding", hard="negated")
n.b("when I suggested a bigger machine as a quick fix she said no, it would hide the bug (right call)", "e+", "judgment")
n.b("talked through each step out loud; easy to follow", "e+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n063", candidate_id="w7-c33", interviewer_id="w7-i04", req_id="w7-r2",
         round="coding", submitted_at="2025-10-07", recommendation="lean_no_hire",
         ratings={"coding": "no_hire"}, specificity=2, style=["bullets", "terse"], topic="batch inference")
n.h("Coding, 45 min")
n.s("Problem: batch inference wrapper with retries.", "c")
n.b("Did not finish.", "e-", "coding", hard="negated", marker="1) ")
n.b("Weak Python fundamentals.", "v-", "coding", marker="2) ")
n.b("Structure of the answer unclear.", "v-", "communication", marker="3) ")
n.s("LNH.", "v-", hard="bare_verdict", sep="\n")
notes.append(n)

n = Note(note_id="w7-n064", candidate_id="w7-c34", interviewer_id="w7-i01", req_id="w7-r1",
         round="behavioural", submitted_at="2025-10-21", recommendation="hire",
         ratings={"ownership": "strong_hire"}, specificity=3, style=["prose", "first_person", "british"],
         topic="hospice referrals")
n.s("A behavioural conversation of some forty minutes, mainly about a survival model she led for a hospice referral programme.", "c")
n.s("Nkechi described, with some candour, how an early version had recommended referral for patients who had in fact already died, owing to lagged death records.", "e0", "data_intuition", hard="mixed")
n.s("She said she personally set up a weekly match against the state death index and paused referrals until it was in place.", "e+", "ownership")
n.s("When I asked how she handled the clinicians' understandable anger, she said she met each of the three ward leads in person and showed them the fix.", "e+", "communication")
n.s("I am inclined to think she has an unusual sense of responsibility.", "v+", "ownership", hard="hedged")
n.s("It is perhaps worth noting that she was less forthcoming about the model itself, and could not say which features drove the score.", "e-", "ml_fundamentals", hard="hedged")
n.s("One would want to probe her technical depth elsewhere in the loop.", "c")
n.s("A hire, on this evidence.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n065", candidate_id="w7-c35", interviewer_id="w7-i05", req_id="w7-r1",
         round="data", submitted_at="2025-11-04", recommendation="hire",
         ratings={"data_intuition": "strong_hire"}, specificity=3, style=["prose", "first_person", "american"],
         topic="ER frequent visitors")
n.s("Data round with Ethan on the ER frequent-visitor data!", "c")
n.s("He spotted right away that some members had ER visits on the same day at two hospitals, and said that's probably transfers, not two visits!", "e+", "data_intuition")
n.s("Great catch!", "v+", "data_intuition")
n.s("He asked whether the outcome counted visits that ended in admission, which is such a smart question!", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("He didn't get to fairness at all, we ran out of time.", "e0", "user_impact", hard="negated")
n.s("He's a natural with data!", "v+", "data_intuition")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n066", candidate_id="w7-c36", interviewer_id="w7-i06", req_id="w7-r1",
         round="data", submitted_at="2025-11-25", recommendation="lean_no_hire",
         ratings={"metrics": "lean_no_hire", "judgment": "no_hire"}, specificity=3,
         style=["prose", "third_person", "american"], topic="adherence experiment")
n.s("Data round: an A/B test of a medication adherence reminder, results split by arm.", "c")
n.s("Overconfident read: they saw a 3-point adherence lift and called it a win before checking the sample size per arm.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("I told them the treatment arm had 400 members and the control 380.", "c", hard="interviewer_action")
n.s("They then computed a confidence interval, maybe a bit roughly, and saw that it crossed zero.", "e+", "metrics", hard="hedged")
n.s("They didn't ask how adherence was measured, which here is pharmacy refills, and a refill isn't the same as taking the pills.", "e-", "metrics", hard="negated")
n.s("When I asked whether they'd roll it out, they said yes anyway, because reminders are cheap.", "e-", "judgment")
n.s("Fair point on cost, but they ignored that members had complained about getting too many texts.", "e-", "user_impact", hard="mixed")
n.s("Quick with numbers.", "v+", "metrics")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n067", candidate_id="w7-c37", interviewer_id="w7-i07", req_id="w7-r2",
         round="system_design", submitted_at="2025-12-09", recommendation="hire",
         ratings={}, specificity=1, style=["bullets", "fragments", "lowercase"], topic="system design")
n.b("sys design; good", "v+", "system_thinking")
n.b("strong infra guy; knows the stack", "v+", "system_thinking", hard="tech_vague")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n068", candidate_id="w7-c38", interviewer_id="w7-i03", req_id="w7-r1",
         round="behavioural", submitted_at="2026-01-20", recommendation="strong_hire",
         ratings={}, specificity=1, style=["prose", "third_person"], topic="past projects")
n.s("Grace is an absolute star and a wonderful person.", "v+", hard="biased")
n.s("She would be a fantastic role model for the team.", "v+", hard="biased")
n.s("Great presence.", "v+", hard="biased")
n.s("Incredibly strong on all fronts.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n069", candidate_id="w7-c39", interviewer_id="w7-i02", req_id="w7-r2",
         round="behavioural", submitted_at="2026-02-03", recommendation="lean_hire",
         ratings={"user_impact": "strong_hire", "learning": "lean_no_hire"}, specificity=4,
         style=["prose", "first_person", "american"], topic="privacy")
n.h("Behavioural")
n.s("I asked Samuel about a time he had to say no to a stakeholder.", "c", hard="interviewer_action")
n.s("He described a request from the claims team to add members' diagnosis history to a shared dashboard that 200 people could see.", "e0", "user_impact")
n.s("He said he refused, and offered a version with counts by region instead of names.", "e+", "user_impact")
n.s("He said he then checked with the privacy office to make sure no count was small enough to identify anyone.", "e+", "risk_awareness", hard="plain_evidence")
n.s("I asked about a time he was wrong.", "c", hard="question")
n.s("He said he pushed hard for a streaming feature pipeline that turned out not to be needed, because the model only ran monthly.", "e-", "judgment")
n.s("He said he should have asked how often the scores were used before building it.", "e+", "learning")
n.s("He didn't say whether he'd since changed how he starts projects.", "e-", "learning", hard="negated")
n.s("He answered clearly and didn't ramble.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n070", candidate_id="w7-c40", interviewer_id="w7-i04", req_id="w7-r1",
         round="data", submitted_at="2026-02-17", recommendation="lean_hire",
         ratings={"data_intuition": "lean_hire", "metrics": "lean_no_hire"}, specificity=3,
         style=["bullets", "terse", "third_person"], topic="COPD readmission")
n.h("Data, 45 min")
n.s("Dataset: 3 years of claims for a COPD readmission model; task was to build the training table.", "c")
n.b("Time-based split, train on years 1-2, test on year 3; correct.", "e+", "data_intuition", marker="1) ")
n.b("Did not check for the same admission appearing on both sides of the split.", "e-", "data_intuition", hard="negated", marker="2) ")
n.b("Chose a 30-day readmission window; did not justify it.", "e-", "judgment", marker="3) ")
n.b("Evaluation: AUC only; added calibration after I asked.", "e0", "metrics", hard="mixed", marker="4) ")
n.b("Good with data generally.", "v+", "data_intuition", marker="5) ")
n.h("Verdict")
n.s("LH.", "v+", hard="bare_verdict")
n.s("Competent but needs prompting on evaluation.", "v0", "metrics", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w7_notes_part6.jsonl", notes)
print(len(notes), "notes")
