import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Dmitri Volkov (he), r2; strong coder, defensive when challenged (i04, i07)
n = Note(note_id="w7-n025", candidate_id="w7-c07", interviewer_id="w7-i04", req_id="w7-r2",
         round="coding", submitted_at="2025-11-18", recommendation="no_hire",
         ratings={"coding": "hire", "learning": "no_hire"}, specificity=5,
         style=["bullets", "terse", "quotes", "third_person"], topic="drift monitoring")
n.h("Coding, 60 min")
n.s("Problem: streaming computation of a rolling 30-day PSI between live scores and a reference distribution, with an alert.", "c")
n.b("Wrote a clean binning function with fixed reference edges; handled empty bins with a small epsilon.", "e+", "coding", marker="1) ")
n.b("Explained why the edges must come from the reference and not be recomputed on live data.", "e+", "metrics", marker="2) ")
n.b("Window eviction with a deque; correct.", "e+", "coding", marker="3) ")
n.b("Wrote no tests; said \"it's obviously correct\".", "e-", "coding", hard="negated", marker="4) ")
n.b("I gave him an input with a whole day missing; his code raised a KeyError.", "e-", "coding", marker="5) ")
n.b("When I pointed at the error, said the input was unrealistic because feeds never skip a day.", "e-", "learning", marker="6) ")
n.b("I noted our claims feed skipped four days in March; he called that an ops issue and left the code as it was.", "e-", "learning", marker="7) ")
n.b("Alert threshold hard-coded at 0.2; when asked why, said \"that's the industry standard\".", "e-", "metrics", marker="8) ")
n.b("Never asked who receives the alert or what they are meant to do with it.", "e-", "risk_awareness", hard="negated", marker="9) ")
n.h("Verdict")
n.s("NH.", "v-", hard="bare_verdict")
n.s("Strong coder, but I will not hire someone who argues with the failing test case.", "v-", "learning", hard="mixed")
notes.append(n)

n = Note(note_id="w7-n026", candidate_id="w7-c07", interviewer_id="w7-i07", req_id="w7-r2",
         round="system_design", submitted_at="2025-11-18", recommendation="lean_no_hire",
         ratings={"system_thinking": "hire", "learning": "no_hire"}, specificity=4,
         style=["bullets", "fragments", "lowercase", "arrows", "quotes"], topic="drift monitoring")
n.h("sys design (45m); drift monitoring service for all prod models")
n.b("q: one service watching input + score drift for ~30 models; alerts to owners", "c")
n.b("asked how many models + how often they score (~30; mostly monthly, 3 daily)", "e+", "system_thinking", hard="question")
n.b("good split: per-model collectors -> central store -> drift jobs -> alert router", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("chose to keep histograms not raw rows (privacy + cost); sized it at ~30 models x 5M rows x 12 months first", "e+", "system_thinking")
n.b("I questioned PSI-only alerting for monthly models (one point a month) -> he said \"PSI is what everyone uses\" + moved on", "e-", "learning", "metrics")
n.b("2nd push: labels arrive 90d late, so how would you know performance dropped -> \"drift is a proxy, that's enough\"", "e-", "metrics")
n.b("no kill switch or rollback for a model flagged as drifted; \"owners decide\"", "e-", "risk_awareness")
n.b("neat whiteboard (labelled arrows; legend)", "e+", "communication", hard="plain_evidence")
n.b("does not take pushback", "v-", "learning")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n027", candidate_id="w7-c07", interviewer_id="w7-i05", req_id="w7-r2",
         round="behavioural", submitted_at="2025-11-19", recommendation="lean_hire",
         ratings={"ownership": "strong_hire"}, specificity=3,
         style=["prose", "first_person", "american", "quotes"], topic="platform migration")
n.s("Behavioural with Dmitri, we covered his platform work and one conflict!", "c")
n.s("He told me about moving 40 batch models from cron jobs to Airflow over six months, mostly on his own initiative!", "e+", "ownership")
n.s("He said he wrote the migration guide and ran two lunch sessions for the data scientists.", "e+", "ownership", "communication")
n.s("Impressive!", "v+")
n.s("On the conflict, he described a DS who pushed back on his new deployment checklist and said the DS \"just didn't get it\".", "e-", "communication")
n.s("Hmm, a bit strong maybe, but he's clearly passionate!", "v0", hard="biased")
n.s("He didn't mention changing anything after that pushback, though I should have asked.", "e-", "learning", hard="negated")
n.s("Tons of infra knowledge!", "v+", "system_thinking", hard="vague_quantity")
n.s("Lean hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n028", candidate_id="w7-c07", interviewer_id="w7-i06", req_id="w7-r2",
         round="debugging", submitted_at="2025-11-20", recommendation="lean_no_hire",
         ratings={"coding": "strong_hire", "ownership": "no_hire"}, specificity=3,
         style=["prose", "first_person", "american", "quotes"], topic="dependency upgrade")
n.s("Debugging round: a scoring job that gives every member the same score after a library upgrade.", "c")
n.s("Fast start: he diffed the two environments and spotted the pandas major version bump within five minutes.", "e+", "coding", hard="verdict_plus_evidence")
n.s("He found that a categorical column was now read as object dtype and silently one-hot encoded to all zeros.", "e+", "coding")
n.s("I'd call his fix sound, though he may not have rerun the full test suite before calling it done.", "e0", "coding", hard="hedged")
n.s("He didn't consider whether last week's flat scores had already gone out to care managers.", "e-", "risk_awareness", "user_impact", hard="negated")
n.s("When I asked, he said \"not my problem, the job ran green\".", "e-", "ownership")
n.s("Strong debugger, weak owner.", "v0", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---- c08 Fatima Al-Sayed (she), r1; poor judgement under ambiguity (i06), adapts after hint (i01)
n = Note(note_id="w7-n029", candidate_id="w7-c08", interviewer_id="w7-i06", req_id="w7-r1",
         round="data", submitted_at="2026-01-13", recommendation="lean_no_hire",
         ratings={"judgment": "no_hire", "data_intuition": "lean_hire"}, specificity=4,
         style=["prose", "first_person", "american", "quotes"], topic="high-cost prediction")
n.s("Data round, vague on purpose: \"the CFO wants a model to find members who will become high-cost next year\", nothing else given.", "c")
n.s("Risky call early: she committed to predicting the top 1% of next-year cost without asking what anyone would do with the list.", "e-", "judgment", hard="verdict_plus_evidence")
n.s("She maybe asked about the outreach budget later, but only after the design was fixed.", "e-", "judgment", hard="hedged")
n.s("She chose total allowed cost as the label and didn't question whether cost reflects need.", "e-", "data_intuition", hard="negated")
n.s("When I mentioned that cost labels tend to under-rank members who use less care, she nodded but kept the label.", "e-", "learning", "user_impact")
n.s("Solid on mechanics: she log-transformed cost, looked at the tail, and capped outliers at the 99.9th percentile.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She proposed evaluating with top-decile capture rate, which is what our finance team actually uses.", "e+", "metrics")
n.s("Didn't ask once about timeline or who the users were.", "e-", "judgment", hard="negated")
n.s("Under ambiguity she picks fast and doesn't revisit.", "v-", "judgment")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n030", candidate_id="w7-c08", interviewer_id="w7-i01", req_id="w7-r1",
         round="fundamentals", submitted_at="2026-01-13", recommendation="lean_hire",
         ratings={"ml_fundamentals": "lean_hire", "learning": "hire"}, specificity=4,
         style=["prose", "first_person", "british"], topic="calibration drift")
n.s("Fundamentals, some forty-five minutes, on calibration and then survival.", "c")
n.s("I asked Fatima to explain why a model trained on 2022 claims might be poorly calibrated in 2024.", "c", hard="interviewer_action")
n.s("Her first answer put it down entirely to overfitting, which is, I think, not quite the point.", "e-", "ml_fundamentals", hard="hedged")
n.s("I then hinted that the population and the coding practices might themselves have moved.", "c", hard="interviewer_action")
n.s("She took this up at once, named the shift to telehealth visits and a change in diagnosis coding incentives, and proposed recalibrating on a recent window while leaving the ranking model intact.", "e+", "learning", "ml_fundamentals")
n.s("She then explained, correctly, why recalibration of that kind would leave the AUC unchanged.", "e+", "ml_fundamentals", "metrics")
n.s("On survival models she was less sure of herself; she could not say what the baseline hazard represents in a Cox model.", "e-", "ml_fundamentals")
n.s("It is perhaps worth adding that at the end she asked me what I would have done, and wrote it down.", "e+", "learning", hard="question")
n.s("One senses a quick learner.", "v+", "learning")
n.s("Lean hire, with some reservations about depth.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n031", candidate_id="w7-c08", interviewer_id="w7-i03", req_id="w7-r1",
         round="behavioural", submitted_at="2026-01-14", recommendation="hire",
         ratings={}, specificity=1, style=["prose", "third_person"], topic="past projects")
n.s("Fatima is lovely and very easy to talk to.", "v+", hard="biased")
n.s("Strong communicator.", "v+", "communication")
n.s("She has a wealth of experience.", "v+", hard="vague_quantity")
n.s("I can see her fitting in really well with the team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n032", candidate_id="w7-c08", interviewer_id="w7-i02", req_id="w7-r1",
         round="behavioural", submitted_at="2026-01-14", recommendation="lean_hire",
         ratings={"ownership": "lean_hire", "communication": "hire"}, specificity=4,
         style=["prose", "first_person", "american"], topic="clinician conflict")
n.h("Behavioural")
n.s("I asked Fatima about a time she disagreed with a clinician about a model.", "c", hard="interviewer_action")
n.s("She described a cardiologist who wanted a heart-failure model to flag everyone over 75.", "e0")
n.s("She said she pulled the numbers and showed him that flagging everyone over 75 would fill the nurses' list three times over.", "e+", "communication", hard="plain_evidence")
n.s("They settled on age plus two recent admissions, and she said the list went from 9,000 people to 2,400.", "e+", "judgment")
n.s("I asked what happened after launch.", "c", hard="question")
n.s("She said she never checked whether the people flagged got any extra care, because the project ended.", "e-", "ownership", hard="negated")
n.s("She said she'd do that check now, and named who she would ask for the data.", "e+", "learning")
n.blank()
n.s("Asked about a failure, she talked about a model she shipped with the wrong date column and said she caught it herself two weeks later from a weekly chart.", "e0", "ownership", hard="mixed")
n.s("She told her manager and the nurses the same day.", "e+", "ownership", hard="plain_evidence")
n.s("Honest about mistakes.", "v+", "ownership")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c09 Jordan Kealoha (they), r1; strong across the board
n = Note(note_id="w7-n033", candidate_id="w7-c09", interviewer_id="w7-i02", req_id="w7-r1",
         round="data", submitted_at="2026-02-10", recommendation="strong_hire",
         ratings={"data_intuition": "strong_hire", "metrics": "strong_hire", "user_impact": "strong_hire"},
         specificity=5, style=["prose", "third_person", "american", "quotes"], topic="kidney disease")
n.h("Data round")
n.s("I gave Jordan claims and lab data for a chronic kidney disease progression model and asked them to set up the label.", "c", hard="interviewer_action")
n.s("They asked first what \"progression\" means to the kidney doctors who would use it.", "e+", "data_intuition", hard="question")
n.s("When I said a drop in kidney function below a set level, they went looking for how often members had a lab test at all.", "e+", "data_intuition")
n.s("They found about 40% of members had no lab result in the year, and said these people can't \"progress\" in our data even if they do in real life.", "e+", "data_intuition", hard="plain_evidence")
n.s("They pointed out that members with fewer tests were more often from rural zip codes, so the model would miss them most.", "e+", "user_impact")
n.s("They suggested a second label from diagnosis codes for people without labs, and checking how much the two labels agreed.", "e+", "data_intuition")
n.blank()
n.s("I asked how they'd know if the model was helping.", "c", hard="question")
n.s("They said they'd track how many flagged members saw a kidney doctor within 90 days, compared with a group not yet flagged.", "e+", "metrics")
n.s("They added that more referrals alone wouldn't prove anything, because the referral team might just have more staff that quarter.", "e+", "metrics")
n.s("They ran out of time before looking at medications.", "e0")
n.s("They didn't use a single medical word wrongly.", "e+", "communication", hard="negated")
n.h("Summary")
n.s("Very strong.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n034", candidate_id="w7-c09", interviewer_id="w7-i04", req_id="w7-r1",
         round="coding", submitted_at="2026-02-11", recommendation="hire",
         ratings={"coding": "hire", "ml_fundamentals": "hire"}, specificity=4,
         style=["bullets", "terse", "third_person"], topic="Kaplan-Meier")
n.h("Coding, 55 min")
n.s("Problem: implement Kaplan-Meier estimation from scratch given durations and event flags; no libraries.", "c")
n.b("Sorted by duration, grouped ties, computed at-risk counts correctly.", "e+", "coding", "ml_fundamentals", marker="1) ")
n.b("Censoring at the same time as events: applied events first and stated the convention.", "e+", "ml_fundamentals", marker="2) ")
n.b("First version recomputed at-risk counts inside the loop: O(n^2).", "e-", "coding", marker="3) ")
n.b("Rewrote it as a running subtraction after I asked about 1M rows.", "e+", "learning", "coding", marker="4) ")
n.b("Wrote 4 tests including all-censored and single-member inputs.", "e+", "coding", marker="5) ")
n.b("No confidence intervals; quoted Greenwood's formula when asked but did not implement it.", "e0", "ml_fundamentals", hard="mixed", marker="6) ")
n.b("Readable code, clear names.", "e+", "coding", hard="plain_evidence", marker="7) ")
n.h("Verdict")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Above bar on correctness, at bar on efficiency.", "v+", "coding")
notes.append(n)

n = Note(note_id="w7-n035", candidate_id="w7-c09", interviewer_id="w7-i05", req_id="w7-r1",
         round="behavioural", submitted_at="2026-02-11", recommendation="strong_hire",
         ratings={"ownership": "strong_hire", "user_impact": "strong_hire"}, specificity=3,
         style=["prose", "first_person", "american"], topic="failures")
n.s("Behavioural with Jordan.", "c")
n.s("Loved it!", "v+")
n.s("I asked about a project that failed.", "c", hard="question")
n.s("They told me about a fall-risk model for a home health agency that they pulled after a month because it mostly flagged people already getting visits!", "e+", "judgment")
n.s("They said they ran the numbers themselves, wrote it up, and told the clinical lead before anyone asked!", "e+", "ownership")
n.s("So mature!", "v+")
n.s("Then we got to a conflict, and they talked about pushing back on a VP who wanted the model to rank by cost savings.", "e+", "user_impact")
n.s("They said they showed him that ranking by savings dropped the oldest members off the list, and he agreed to rank by risk.", "e+", "user_impact", "communication")
n.s("Amazing!", "v+")
n.s("Strong hire!!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n036", candidate_id="w7-c09", interviewer_id="w7-i07", req_id="w7-r1",
         round="system_design", submitted_at="2026-02-12", recommendation="hire",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire"}, specificity=4,
         style=["bullets", "fragments", "lowercase", "abbreviations", "arrows"], topic="audit trail")
n.h("sys design (50m): audit trail for regulated model decisions")
n.b("prompt: every prior-auth risk score must be explainable + reproducible for 7 yrs (regulator)", "c")
n.b("asked what 'explainable' means to the regulator (reason codes or full features)", "e+", "risk_awareness", hard="question")
n.b("design: append-only score log (member, model ver, feature hash, score, top reasons); object store + catalog", "e+", "system_thinking")
n.b("estimated ~60M scores/yr -> ~1TB/yr compressed; fine", "e+", "system_thinking")
n.b("reproducibility: pin container image + feature snapshot; re-score a sample monthly to prove it", "e+", "risk_awareness")
n.b("privacy: store feature hash not raw values; raw goes to a separate restricted store", "e+", "user_impact")
n.b("I asked about a member requesting deletion -> paused; then said legal retention wins but every access must be logged (reasonable; not sure it's right)", "e+", "judgment", hard="hedged")
n.b("weak: nothing on schema changes to the log over 7 yrs (until I asked)", "e-", "system_thinking", hard="negated")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w7_notes_part3.jsonl", notes)
print(len(notes), "notes")
