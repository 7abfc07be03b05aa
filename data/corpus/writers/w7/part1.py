import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Amara Okafor (she), r1; strong; i03 writes her up vaguely
n = Note(note_id="w7-n001", candidate_id="w7-c01", interviewer_id="w7-i01", req_id="w7-r1",
         round="fundamentals", submitted_at="2025-03-11", recommendation="hire",
         ratings={"ml_fundamentals": "strong_hire", "metrics": "hire"}, specificity=4,
         style=["prose", "first_person", "british"], topic="readmission risk")
n.s("Fundamentals round, 45 minutes, conducted over video.", "c")
n.s("I asked Amara to talk me through how she would build a 30-day readmission risk model from our claims data, and then to critique her own choices.", "c", hard="interviewer_action")
n.blank()
n.s("It is perhaps worth noting at the outset that her first question was how long the claims run-out period was, since late-arriving claims would make recent admissions look lower risk than they are.", "e+", "data_intuition", hard="question")
n.s("She proposed gradient-boosted trees as a baseline with a regularised logistic regression alongside it, explaining that the latter would be easier to defend to the clinical governance committee.", "e+", "ml_fundamentals", "judgment")
n.s("When I asked why the boosted model might score a higher AUC yet be less useful, she explained that AUC says nothing about whether a predicted 20% actually corresponds to one in five patients being readmitted, and she sketched a reliability plot by decile on the whiteboard.", "e+", "ml_fundamentals", "metrics")
n.s("I think she may have conflated Platt scaling and isotonic regression briefly, although she corrected herself within the same answer.", "e0", "ml_fundamentals", hard="hedged")
n.s("On the question of class imbalance, she argued against resampling, on the grounds that it would distort the calibrated probabilities that care managers rely on.", "e+", "ml_fundamentals")
n.s("She did not, so far as I could tell, consider how members leaving the plan mid-year would censor the labels.", "e-", "data_intuition", hard="negated")
n.blank()
n.s("One might say her grasp of evaluation theory is rather deep.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Her explanations were, on the whole, clear and well ordered.", "v+", "communication")
n.s("Towards the end I pushed on whether the model ought to be retrained monthly; she said she would rather monitor calibration drift and retrain when it crossed a threshold, and named expected calibration error as the statistic she would track.", "e+", "risk_awareness", "judgment")
n.s("It is perhaps a minor point, but she spent some minutes on feature engineering details that I had not asked about.", "e-", "communication", hard="hedged")
n.s("On balance I would support a hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n002", candidate_id="w7-c01", interviewer_id="w7-i02", req_id="w7-r1",
         round="data", submitted_at="2025-03-12", recommendation="strong_hire",
         ratings={"data_intuition": "strong_hire", "user_impact": "strong_hire"}, specificity=5,
         style=["prose", "first_person", "american"], topic="claims data")
n.h("Data round")
n.s("I gave her a sample of 2,000 claims rows and asked her to find what would trip up a model predicting ER visits.", "c", hard="interviewer_action")
n.s("She sorted by member and date first and found the same ER visit billed twice, once by the hospital and once by the physician group.", "e+", "data_intuition", hard="plain_evidence")
n.s("She said that if we counted both we'd be telling the model these patients go to the ER twice as often as they really do.", "e+", "data_intuition")
n.s("She asked me whether the diagnosis codes were entered at the visit or added later for billing.", "e+", "data_intuition", hard="question")
n.s("I told her they are mostly added later, during billing.", "c", hard="interviewer_action")
n.s("She then dropped the codes dated after the index visit from the feature window and explained it in one sentence: otherwise the model would be reading the answer off the bill.", "e+", "data_intuition", "communication")
n.blank()
n.s("She noticed that members over 65 almost vanished after January and guessed they had aged into Medicare, so their claims were going somewhere else.", "e+", "data_intuition", hard="plain_evidence")
n.s("She said this would make the model think older members stopped needing care.", "e+", "data_intuition")
n.s("When I asked what she'd tell a nurse team using the list, she said she'd warn them the score misses people whose care isn't billed to us, like the months before they enrolled.", "e+", "user_impact", "communication")
n.s("She asked whether the outreach list would be checked against language preference, so Spanish-speaking members weren't called in English.", "e+", "user_impact", hard="question")
n.s("She didn't get to the pharmacy claims in the time we had.", "e0", "data_intuition", hard="negated")
n.s("I never had to explain a medical term to her twice.", "e+", "communication", hard="negated")
n.blank()
n.h("Summary")
n.s("Best data round I've run this year.", "v+", "data_intuition")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n003", candidate_id="w7-c01", interviewer_id="w7-i03", req_id="w7-r1",
         round="behavioural", submitted_at="2025-03-12", recommendation="strong_hire",
         ratings={}, specificity=1, style=["prose", "third_person"], topic="past projects")
n.s("Amara has a wonderful presence in the room.", "v+", hard="biased")
n.s("Clearly passionate about patients and very collaborative.", "v+", "user_impact")
n.s("Excellent leadership experience.", "v+", "ownership")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n004", candidate_id="w7-c01", interviewer_id="w7-i04", req_id="w7-r1",
         round="coding", submitted_at="2025-03-13", recommendation="hire",
         ratings={"coding": "lean_hire", "data_intuition": "hire"}, specificity=4,
         style=["bullets", "terse", "third_person"], topic="survival data prep")
n.h("Coding, 60 min")
n.s("Task: from an eligibility table and an admissions table, compute time-to-event and a censoring flag per member.", "c")
n.b("Clarified before writing anything that a member with a gap in eligibility should be censored at the start of the gap.", "e+", "data_intuition", marker="1) ")
n.b("Wrote the merge in pandas; first version dropped members with no admissions (inner join).", "e-", "coding", marker="2) ")
n.b("Found the inner-join bug herself when her own test with a zero-admission member returned an empty frame.", "e+", "coding", marker="3) ")
n.b("Tests: 4 written, including same-day discharge and readmission; none for overlapping eligibility spans.", "e0", "coding", hard="mixed", marker="4) ")
n.b("Stated complexity correctly as O(n log n), dominated by the sort.", "e+", "coding", marker="5) ")
n.b("Variable names poor (df2, tmp, x).", "e-", "coding", hard="plain_evidence", marker="6) ")
n.b("Did not check for admissions dated before enrolment until asked.", "e-", "data_intuition", hard="negated", marker="7) ")
n.b("When asked, added an assertion and said she would log the count rather than silently drop the rows.", "e+", "risk_awareness", marker="8) ")
n.h("Verdict")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Code quality is below my bar; correctness reasoning is above it.", "v0", "coding", hard="mixed")
notes.append(n)

# ---- c02 Tomás Herrera (he), r1; offline AUC treated as truth (i01, i06); defensive (i04)
n = Note(note_id="w7-n005", candidate_id="w7-c02", interviewer_id="w7-i01", req_id="w7-r1",
         round="fundamentals", submitted_at="2025-05-06", recommendation="lean_no_hire",
         ratings={"ml_fundamentals": "hire", "metrics": "no_hire"}, specificity=4,
         style=["prose", "first_person", "british"], topic="sepsis early warning")
n.s("Fundamentals, 45 minutes; Tomás comes from a hospital analytics group, which he described briefly at the start.", "c")
n.s("I asked him how he would decide between two sepsis early-warning models, one with an AUC of 0.84 and the other 0.81.", "c", hard="interviewer_action")
n.s("He chose the 0.84 model immediately and said that the difference in AUC was, in his words, \"the whole story\".", "e-", "metrics")
n.s("It is perhaps worth recording that I then asked what alert rate each model would produce at a threshold the ward could tolerate, and he said he would work that out after deployment.", "e-", "metrics", "risk_awareness")
n.s("He did not ask how the sepsis labels had been defined, which is, as is well known, a contentious matter.", "e-", "data_intuition", hard="negated")
n.s("When I suggested that the 0.81 model might be better calibrated in the low-prevalence wards, he conceded the point in principle but did not alter his choice.", "e-", "learning", hard="mixed")
n.blank()
n.s("His derivation of the gradient of the logistic loss was, by contrast, correct and tidy.", "e+", "ml_fundamentals")
n.s("He explained regularisation paths competently, with a small sketch of coefficients shrinking towards zero as lambda grew.", "e+", "ml_fundamentals")
n.s("One could say he has a strong command of classical statistics.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I am, I confess, somewhat uneasy about a scientist who treats a single offline number as the verdict on a clinical model.", "v-", "metrics")
n.s("On balance, lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n006", candidate_id="w7-c02", interviewer_id="w7-i06", req_id="w7-r1",
         round="data", submitted_at="2025-05-07", recommendation="no_hire",
         ratings={"metrics": "no_hire", "risk_awareness": "no_hire"}, specificity=4,
         style=["prose", "first_person", "american"], topic="model monitoring")
n.s("Data round built on last year's diabetic-complication model, with the offline validation report and two months of live results.", "c")
n.s("Worrying judgment: he read the 0.79 validation AUC and said the model \"clearly works\" before even opening the live results tab.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("I pointed out that live precision in the top decile had fallen from 0.41 to 0.22.", "c", hard="interviewer_action")
n.s("He said the live data must be wrong, and he maybe checked one row of it, but he never looked at whether the member mix had shifted.", "e-", "metrics", "data_intuition", hard="hedged")
n.s("Good instinct on one thing though: he asked whether the live labels had the full 90-day window yet.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("He didn't follow that lead when I said about a third of them were still immature.", "e-", "learning", hard="negated")
n.s("He probably knows survival analysis; he drew a Kaplan-Meier curve quickly and marked the censored ticks.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("Not a great listener.", "v-", "communication")
n.s("He didn't mention a rollback or a fallback to the old rule-based list at any point.", "e-", "risk_awareness", hard="negated")
n.s("Same concern I'd guess the fundamentals interviewer had: the offline number gets treated as the truth.", "v-", "metrics")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n007", candidate_id="w7-c02", interviewer_id="w7-i04", req_id="w7-r1",
         round="system_design", submitted_at="2025-05-07", recommendation="lean_no_hire",
         ratings={"system_thinking": "lean_hire", "risk_awareness": "no_hire", "learning": "no_hire"},
         specificity=5, style=["bullets", "terse", "arrows", "quotes", "third_person"],
         topic="high-cost claimant scoring")
n.h("System design, 50 min")
n.s("Prompt: design the monthly scoring pipeline for a high-cost-claimant model that feeds care management.", "c")
n.b("Drew a batch pipeline: claims warehouse -> feature job -> model -> outreach list; reasonable.", "e+", "system_thinking", marker="1) ")
n.b("No versioning of the feature snapshot; could not say how he would reproduce last month's list for an auditor.", "e-", "risk_awareness", "system_thinking", hard="negated", marker="2) ")
n.b("When challenged on (2), said \"auditors never ask for that\".", "e-", "learning", "risk_awareness", marker="3) ")
n.b("Challenged again with a concrete audit request; repeated the same point and moved on to the model section.", "e-", "learning", marker="4) ")
n.b("Proposed weekly retraining with no comparison of new vs. old model before the swap.", "e-", "risk_awareness", marker="5) ")
n.b("Estimated volume correctly: ~4M members, one row each, fits in a single Spark job.", "e+", "system_thinking", marker="6) ")
n.b("Identified the claims lag and pushed the scoring date back 30 days to let claims mature.", "e+", "data_intuition", marker="7) ")
n.b("No monitoring until minute 40, then only for job failures, not for score drift.", "e-", "risk_awareness", marker="8) ")
n.b("Did not consider members who had opted out of outreach.", "e-", "user_impact", hard="negated", marker="9) ")
n.h("Summary")
n.s("LNH: competent plumbing, but defensive about audit requirements, which in our setting is close to disqualifying.", "v-", "learning")
notes.append(n)

n = Note(note_id="w7-n008", candidate_id="w7-c02", interviewer_id="w7-i05", req_id="w7-r1",
         round="behavioural", submitted_at="2025-05-08", recommendation="lean_hire",
         ratings={}, specificity=2, style=["prose", "first_person", "american"], topic="past projects")
n.s("Behavioural chat with Tomás this morning!", "c")
n.s("I asked him to tell me about a project he was proud of.", "c", hard="interviewer_action")
n.s("He talked about building a no-show prediction model for a clinic network and he was SO enthusiastic about it!", "e+", "ownership")
n.s("Really passionate guy!", "v+", hard="biased")
n.s("Great communicator and clearly a self-starter.", "v+", "communication", "ownership")
n.s("He mentioned a disagreement with his manager about a deadline, which he handled well I think.", "v+", "judgment", hard="hedged")
n.s("Lots of experience with messy healthcare data!", "v+", "data_intuition", hard="vague_quantity")
n.s("Lean hire from me, would love to see him on the team!", "v+", hard="bare_verdict")
notes.append(n)

# ---- c03 Priya Raman (she), r2; adapts after hint; contradiction on risk_awareness (i04 vs i07/i05)
n = Note(note_id="w7-n009", candidate_id="w7-c03", interviewer_id="w7-i07", req_id="w7-r2",
         round="coding", submitted_at="2025-06-17", recommendation="hire",
         ratings={"coding": "hire", "risk_awareness": "hire"}, specificity=4,
         style=["bullets", "fragments", "lowercase", "abbreviations", "arrows"], topic="serving gateway")
n.h("coding round (60m)")
n.b("q: rate limiter for the model-serving gateway; per-client token bucket (I gave the interface)", "c", hard="interviewer_action")
n.b("clarified burst vs sustained limits first; asked if limits are per API key or per tenant", "e+", "system_thinking", hard="question")
n.b("first impl used one global lock (correct but slow under contention)", "e0", "coding")
n.b("I hinted at per-key locks -> switched to a sharded dict of locks in ~3 min; explained why", "e+", "learning", "coding")
n.b("wrote 5 tests unprompted (empty bucket; refill after sleep; two keys; burst; negative tokens guard)", "e+", "coding")
n.b("one off-by-one in refill (> instead of >=); caught by her own test", "e+", "coding", hard="mixed")
n.b("asked what the gateway should return if the limiter itself fails (fail open vs closed); chose fail-open for read-only scoring w/ an alert", "e+", "risk_awareness", "judgment")
n.b("no metrics on rejected requests (had to ask)", "e-", "risk_awareness", hard="negated")
n.b("solid engineer imo", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n010", candidate_id="w7-c03", interviewer_id="w7-i04", req_id="w7-r2",
         round="system_design", submitted_at="2025-06-18", recommendation="lean_no_hire",
         ratings={"system_thinking": "lean_hire", "risk_awareness": "no_hire"}, specificity=4,
         style=["bullets", "terse", "quotes", "third_person"], topic="model registry")
n.h("System design - 45 min")
n.s("Prompt: model registry and deployment path for clinical risk models, with audit requirements.", "c")
n.b("Good decomposition: she drew registry, approval workflow, serving and monitoring as separate boxes.", "e+", "system_thinking", hard="verdict_plus_evidence", marker="1) ")
n.b("Approval step stores reviewer and timestamp but not the training data hash, so the audit trail cannot show what data a model saw.", "e-", "risk_awareness", "system_thinking", hard="mixed", marker="2) ")
n.b("No rollback path: asked what happens if v7 misbehaves on a Monday, answer was \"retrain and redeploy\".", "e-", "risk_awareness", marker="3) ")
n.b("Did not propose canary or shadow; all-at-once swap.", "e-", "risk_awareness", hard="negated", marker="4) ")
n.b("No storage estimate; waved it off as \"it's small\".", "e-", "system_thinking", marker="5) ")
n.b("PHI in feature logs: raised it herself, proposed column-level masking.", "e+", "user_impact", marker="6) ")
n.b("Took my pushback on rollback calmly and added a previous-version pointer in the last 5 minutes.", "e+", "learning", marker="7) ")
n.h("Overall")
n.s("Risk thinking is not at the level this role needs.", "v-", "risk_awareness")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n011", candidate_id="w7-c03", interviewer_id="w7-i05", req_id="w7-r2",
         round="behavioural", submitted_at="2025-06-18", recommendation="hire",
         ratings={"ownership": "strong_hire"}, specificity=3,
         style=["prose", "first_person", "american"], topic="incidents")
n.s("Behavioural round with Priya!", "c")
n.s("I asked about a time something she built broke in production.", "c", hard="interviewer_action")
n.s("She told me about a feature pipeline that silently started writing nulls after an upstream schema change, and she found it because a dashboard of daily null rates she'd set up turned red!", "e+", "risk_awareness", "ownership")
n.s("She wrote the incident review herself and added a schema check to the pipeline the same week.", "e+", "ownership")
n.s("Loved that!", "v+")
n.s("Refreshingly honest too: she said she should have had the check from day one.", "e+", "learning", hard="verdict_plus_evidence")
n.s("When I asked about a conflict, she described a data scientist who wanted to ship without a holdout, and said she proposed a two-week shadow run as the middle ground.", "e+", "judgment", "risk_awareness")
n.s("Super collaborative!", "v+", "communication")
n.s("Great energy, fits right in!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n012", candidate_id="w7-c03", interviewer_id="w7-i02", req_id="w7-r2",
         round="data", submitted_at="2025-06-19", recommendation="lean_hire",
         ratings={"data_intuition": "hire", "user_impact": "lean_hire"}, specificity=4,
         style=["prose", "first_person", "american"], topic="score drift")
n.s("Data round, 45 minutes.", "c")
n.s("I showed her a table of daily model scores for about 300,000 members and asked whether anything looked off.", "c", hard="interviewer_action")
n.s("She plotted the daily average score and saw it jump on the first of every month.", "e+", "data_intuition", hard="plain_evidence")
n.s("She guessed it was new members joining with no claims history yet, and checked by splitting the plot by months enrolled, which confirmed it.", "e+", "data_intuition")
n.s("She asked what the model does for someone with no history at all.", "e+", "data_intuition", hard="question")
n.s("When I told her new members get the population average, she said nurses might then skip new members who are actually sick, and suggested a separate flag for them.", "e+", "user_impact")
n.s("She didn't look at the score by region or by age, even though I left time for it.", "e-", "data_intuition", hard="negated")
n.s("When I asked about Black and white members getting different average scores, she said she'd need to know whether that reflected real illness or just who has used care before, but she couldn't say how she'd tell the difference.", "e0", "user_impact", hard="mixed")
n.s("I think she may not have much experience with claims data specifically.", "v-", "data_intuition", hard="hedged")
n.s("She explained things simply.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w7_notes_part1.jsonl", notes)
print(len(notes), "notes")
