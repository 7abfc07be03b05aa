import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Mateo Fernández (he) -- r2 -- i03 vague (strong candidate written vaguely)
n = Note(note_id="w54-n035", candidate_id="w54-c07", interviewer_id="w54-i03", req_id="w54-r2",
         round="system_design", submitted_at="2026-05-05", recommendation="strong_hire", specificity=1,
         style=["prose", "british"], topic="early warning")
n.s("Great session with Mateo.", "v+")
n.s("He had a really good handle on the design and on the risks.", "v+", "system_thinking", "risk_awareness")
n.s("Very strong judgement, knew when to keep things simple.", "v+", "judgment")
n.s("Thought carefully about the students and the advisers.", "v+", "user_impact")
n.s("Communication excellent.", "v+", "communication")
n.s("He knew tons about survival models.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Owned the whole conversation.", "v+", "ownership")
n.s("Easily one of the top candidates.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# c07 -- i04 strict
n = Note(note_id="w54-n036", candidate_id="w54-c07", interviewer_id="w54-i04", req_id="w54-r2",
         round="fundamentals", submitted_at="2026-05-05", recommendation="strong_hire", specificity=5,
         style=["headings", "bullets", "third_person", "british"], topic="thresholds and metrics",
         ratings={"metrics": "strong_hire", "judgment": "hire"})
n.h("Format")
n.b("Fundamentals, 45 min: thresholds, metrics, small-cohort evaluation.", "c")
n.b("Candidate given last year's scores and outcomes for 3,200 first-years (210 withdrew).", "c")
n.h("Findings")
n.b("Asked how many students advisers could contact before choosing any threshold; given 250, evaluated precision and recall at the top 250.", "e+", "judgment", "metrics", marker="1. ")
n.b("Reported 41% precision at 250 and pointed out that a random list would give about 7%.", "e+", "metrics", marker="2. ")
n.b("Split the evaluation by entry route and found recall for clearing entrants was 20 points lower; said that should block launch until explained.", "e+", "user_impact", "metrics", marker="3. ")
n.b("Warned unprompted that the metric counts a flagged student who then stays as a 'false positive' even if the adviser's call is why they stayed.", "e+", "metrics", "user_impact", marker="4. ")
n.b("Proposed holding back a small random set of flagged students from outreach to measure this, then withdrew the idea himself on ethical grounds and suggested a staggered rollout by faculty instead.", "e+", "judgment", "user_impact", marker="5. ")
n.b("Spent too long on the first calculation; arithmetic slip (3,200 x 0.065) corrected on his own.", "e0", "ml_fundamentals", hard="mixed", marker="6. ")
n.h("Decision")
n.b("SH: items 3-5 are exactly the reasoning this role needs.", "e+", "metrics", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

# c07 -- i02 admissions officer
n = Note(note_id="w54-n037", candidate_id="w54-c07", interviewer_id="w54-i02", req_id="w54-r2",
         round="behavioural", submitted_at="2026-05-06", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="student conversations")
n.s("Mateo and I talked for most of the half-hour about students who don't want to be helped.", "c")
n.s("He told me about his own time as a student mentor and a student who stopped replying after being told he was 'on a watch list'.", "e+", "user_impact")
n.s("He said that's why he'd never let the word 'risk' appear in anything a student sees.", "e+", "user_impact", "communication")
n.s("I asked what he'd do if an adviser just ignored every flag.", "c", hard="question")
n.s("He said he'd go and ask that adviser what they were seeing that the model wasn't, which is exactly what I'd hope.", "e+", "learning", "communication", hard="verdict_plus_evidence")
n.s("He is obviously bright.", "v+")
n.s("He comes across as very genuine.", "v+", hard="biased")
n.s("Not as polished on the data side as some, I think, but that isn't my area.", "v0")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# c07 -- i06 terse
n = Note(note_id="w54-n038", candidate_id="w54-c07", interviewer_id="w54-i06", req_id="w54-r2",
         round="coding", submitted_at="2026-05-06", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="scoring job")
n.b("coding: batch scoring script + idempotent writes", "c")
n.b("asked up front whether a rerun was safe -> designed upsert on (student_id, week)", "e+", "coding", "risk_awareness")
n.b("wrote a dry-run flag that prints counts per faculty before writing", "e+", "risk_awareness", "coding")
n.b("test for duplicate student rows, caught one in my sample data", "e+", "coding", "data_intuition")
n.b("slow-ish on the SQL bit, needed a hint on GROUP BY w/ HAVING", "e-", "coding")
n.b("took hint fine, fixed in 1 go", "e+", "learning")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# c08 Yusuf Demir (he) -- r1 -- i01 professor (contradiction on metrics)
n = Note(note_id="w54-n039", candidate_id="w54-c08", interviewer_id="w54-i01", req_id="w54-r1",
         round="fundamentals", submitted_at="2026-06-01", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="screening metrics")
n.s("My conversation with Yusuf concerned the evaluation of an application-screening model, a subject on which he had evidently thought before arriving.", "v+", "metrics")
n.s("He argued, quite rightly, that agreement with past admissions decisions is a poor yardstick, since the decisions themselves are the thing under scrutiny.", "e+", "metrics", "user_impact")
n.s("He proposed instead to look at how admitted students from each school type went on to perform in their first year.", "e+", "metrics")
n.s("I put it to him that we observe first-year performance only for those we admitted, and he acknowledged the selection problem without, I think, quite resolving it.", "e0", "data_intuition", hard="mixed")
n.s("His mathematics is fluent.", "v+", "ml_fundamentals")
n.s("We ran somewhat over time.", "c")
n.s("I would hire, and I should be interested to hear whether colleagues saw the same clarity on metrics.", "v+", hard="bare_verdict")
notes.append(n)

# c08 -- i05 balanced (contradiction)
n = Note(note_id="w54-n040", candidate_id="w54-c08", interviewer_id="w54-i05", req_id="w54-r1",
         round="data", submitted_at="2026-06-02", recommendation="lean_no_hire", specificity=4,
         style=["qa", "first_person", "british"], topic="screening metrics",
         ratings={"metrics": "no_hire"})
n.s("Q: Your screening model ranks applications; the admissions team reports it saves 30% of reading time; is it working?", "c", hard="question")
n.nl()
n.s("A: Yusuf said yes, and that time saved was the right headline number for the committee.", "e-", "metrics")
n.s("I asked whether faster reading might mean tutors were just trusting the ranking; he said that was 'the point of the model'.", "e-", "metrics", "user_impact")
n.s("He didn't suggest comparing decisions on the model's borderline cases with decisions made blind.", "e-", "metrics", "risk_awareness", hard="negated")
n.nl()
n.s("Q: How would you check it's fair to applicants from FE colleges?", "c", hard="question")
n.nl()
n.s("A: He said he'd compare the average score by school type, and stopped there.", "e-", "user_impact", "metrics")
n.nl()
n.s("This doesn't square with what I've heard from the fundamentals round; he may be better in theory than in practice.", "v0", "metrics", hard="hedged")
n.s("Pleasant to talk to throughout.", "v+", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# c08 -- i06 terse
n = Note(note_id="w54-n041", candidate_id="w54-c08", interviewer_id="w54-i06", req_id="w54-r1",
         round="coding", submitted_at="2026-06-02", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "typos"], topic="dedup applications")
n.b("coding - dedupe applicant records across 2 cycles", "c")
n.b("fuzzy match on name+DOB, thought about name order for diff cultures", "e+", "coding", "user_impact")
n.b("no test for same-name twins, i mentioned it, he said 'edge case, rare'", "e-", "coding", "learning")
n.b("code readable, resonable var names", "v+", "coding")
n.b("ran out of time b4 perf q", "c")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# c08 -- i04 strict
n = Note(note_id="w54-n042", candidate_id="w54-c08", interviewer_id="w54-i04", req_id="w54-r1",
         round="behavioural", submitted_at="2026-06-03", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "third_person", "british"], topic="ownership and pushback")
n.b("Behavioural: ownership, handling disagreement.", "c")
n.b("Described a ranking model at a recruitment start-up that he said 'performed great' because offline NDCG rose 8%.", "e-", "metrics", marker="1. ")
n.b("Asked what happened online, said the product team never shared the numbers and he did not ask.", "e-", "ownership", "metrics", marker="2. ")
n.b("Asked about a time he changed his mind, described switching from random to time-based splits after a colleague showed leakage.", "e+", "learning", "data_intuition", marker="3. ")
n.b("Second red flag on metrics from this panel (see data round).", "v-", "metrics")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# history c19 -- i02
n = Note(note_id="w54-n043", candidate_id="w54-c19", interviewer_id="w54-i02", req_id="w54-r2",
         round="behavioural", submitted_at="2025-01-22", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="privacy")
n.s("Chat with Ana about student data.", "c")
n.s("I asked what she'd do if a lecturer emailed asking for the list of flagged students in his module.", "c", hard="question")
n.s("She said she'd check with the data protection officer first, because lecturers aren't normally allowed to see that, and offer him module-level numbers in the meantime.", "e+", "user_impact", "judgment")
n.s("She also said she'd tell the lecturer why, not just say no.", "e+", "communication")
n.s("Very sensible person.", "v+", "judgment")
n.s("I asked whether she'd ever had to say no to a senior colleague.", "c", hard="question")
n.s("She described refusing a request from a dean to share named survey responses and offering an anonymised summary instead.", "e+", "user_impact", "ownership")
n.s("A little nervous.", "v-", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history c20 -- i05
n = Note(note_id="w54-n044", candidate_id="w54-c20", interviewer_id="w54-i05", req_id="w54-r1",
         round="system_design", submitted_at="2025-05-06", recommendation="lean_hire", specificity=3,
         style=["qa", "first_person", "british"], topic="application triage")
n.s("Q: Design a triage step that routes incomplete applications to an officer before the deadline.", "c", hard="question")
n.nl()
n.s("A: Olusegun proposed rules first and a model only if rules missed too many, which I liked.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("He estimated 4,000 incomplete applications in the final week and sized officer time at three minutes each.", "e+", "system_thinking")
n.s("He gave no thought to what happens if the routing job fails on deadline day.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("When I asked about fairness he suggested checking the routing rate by applicant age, since mature applicants often apply late.", "e+", "user_impact")
n.s("He didn't check whether the 4,000 figure was realistic against last year.", "e-", "data_intuition", hard="negated")
n.s("Reasonable overall, nothing special.", "v0")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

# history c21 -- i03
n = Note(note_id="w54-n045", candidate_id="w54-c21", interviewer_id="w54-i03", req_id="w54-r2",
         round="fundamentals", submitted_at="2025-07-14", recommendation="no_hire", specificity=1,
         style=["prose", "british"], topic="fundamentals")
n.s("Struggled with the fundamentals.", "v-", "ml_fundamentals")
n.s("Didn't seem to have a clear understanding of evaluation.", "v-", "metrics", hard="hedged")
n.s("Communication was a bit all over the place.", "v-", "communication")
n.s("We did the usual calibration and thresholds questions.", "c")
n.s("Didn't really adapt when I tried to help.", "v-", "learning")
n.s("Not for us.", "v-", hard="bare_verdict")
notes.append(n)

# history c22 -- i01
n = Note(note_id="w54-n046", candidate_id="w54-c22", interviewer_id="w54-i01", req_id="w54-r2",
         round="fundamentals", submitted_at="2025-10-09", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="calibration")
n.s("I asked Mei-Ling how she would communicate to an adviser what a score of 0.3 means.", "c", hard="question")
n.s("She replied that it should mean roughly three in ten similar students left, and that this is only true if the model is calibrated, which she then offered to check.", "e+", "ml_fundamentals", "communication")
n.s("Given last year's scores, she binned them into deciles and found the top decile predicted 0.45 while only 0.28 actually withdrew.", "e+", "ml_fundamentals", "metrics")
n.s("She attributed this, correctly as it turned out, to the training set oversampling withdrawals, and proposed isotonic recalibration on a held-out year.", "e+", "ml_fundamentals", "data_intuition")
n.s("I then asked whether she would recalibrate separately for commuter students, and she said not with only 120 withdrawals among them, since the curve would be noise.", "e+", "judgment", "data_intuition")
n.s("She asked, at the end, whether advisers would ever see the number at all, or only a band.", "e+", "user_impact", "communication")
n.s("Her reasoning was consistently careful, though this is of course a generalisation.", "v+")
n.s("I recommend a strong hire without reservation.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w54_notes_part4.jsonl", notes)
