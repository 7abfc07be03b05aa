import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Priya Raman (she), r1 -- strong; i03 writes her up vaguely
n = Note(note_id="w12-n001", candidate_id="w12-c01", interviewer_id="w12-i01", req_id="w12-r1",
         round="fundamentals", submitted_at="2025-02-11", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person", "american"], topic="knowledge tracing",
         ratings={"ml_fundamentals": "strong_hire", "communication": "strong_hire"})
n.s("I spent the hour with Priya on knowledge tracing fundamentals.", "c")
n.s("I opened by asking how she would estimate whether a sixth grader has mastered fractions from a sequence of right and wrong answers.", "c", hard="question")
n.s("She started with Bayesian Knowledge Tracing and wrote out the four parameters, then explained that the guess and slip terms are what keep one lucky answer from flipping mastery to yes.", "e+", "ml_fundamentals")
n.s("It reminded me of a good teacher who doesn't move a kid up a reading group after one good day.", "v+", "ml_fundamentals")
n.blank()
n.s("When I asked about deep knowledge tracing, she pointed out that DKT's predictions can go down after a correct answer and said she would check for that before trusting it in a dashboard.", "e+", "ml_fundamentals")
n.s("She asked how many attempts a typical student makes per skill before I had even mentioned data volume.", "e+", "data_intuition", hard="question")
n.s("I told her the median is about four.", "c", hard="interviewer_action")
n.s("She then argued that with four attempts a simpler model with per-skill priors would probably beat a big sequence model, and she sketched the expected calibration curve for both.", "e+", "judgment", "ml_fundamentals")
n.blank()
n.s("I pushed on whether mastery estimates should be shown to students at all.", "c", hard="interviewer_action")
n.s("She said a kid who sees \"12% mastery\" after a bad week might just stop trying, and suggested showing it to teachers only, with a confidence band.", "e+", "user_impact", hard="plain_evidence")
n.s("She explained the confidence band to me twice in plain words when I played a confused parent.", "e+", "communication", hard="plain_evidence")
n.s("Honestly one of the clearest explainers I have interviewed this year.", "v+", "communication")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n002", candidate_id="w12-c01", interviewer_id="w12-i02", req_id="w12-r1",
         round="system_design", submitted_at="2025-02-12", recommendation="hire",
         specificity=5, style=["bullets", "first_person", "headings", "american"], topic="exercise recommendation",
         ratings={"system_thinking": "hire", "risk_awareness": "hire", "metrics": "strong_hire"})
n.h("System design: next-exercise recommender, 60 min")
n.b("Prompt: recommend the next exercise for ~3M students across 9k schools, served from the LMS plugin.", "c", marker="1. ")
n.b("Asked for the p95 latency budget first; I gave 150ms.", "e+", "system_thinking", hard="question", marker="2. ")
n.s("She allocated 40ms to candidate retrieval, 60ms to ranking, the rest to network.", "e+", "system_thinking")
n.b("Split into offline skill-graph candidate generation + online ranker using the knowledge-tracing state.", "e+", "system_thinking", marker="3. ")
n.b("Estimated peak at school start: ~12k QPS from 3M students with 25% active in that hour.", "e+", "system_thinking", marker="4. ")
n.b("Metric: proposed learning gain on a post-quiz, not completion rate; said completion rewards recommending easy items.", "e+", "metrics", marker="5. ")
n.b("Proposed randomizing by school, not student, b/c teachers share assignments within a class.", "e+", "metrics", "data_intuition", marker="6. ")
n.b("Rollback: feature flag per district and automatic revert if the skill-state store error rate exceeds 1%.", "e+", "risk_awareness", marker="7. ")
n.b("Did not address cold start for new schools until I asked; then proposed grade-level popularity as fallback.", "e0", "system_thinking", "learning", hard="mixed", marker="8. ")
n.b("Did not size storage for the skill-state table.", "e-", "system_thinking", hard="negated", marker="9. ")
n.b("Rec: hire.", "v+", hard="bare_verdict", marker="10. ")
n.s("Not strong hire b/c of the storage gap and the late cold start.", "e-", "system_thinking", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w12-n003", candidate_id="w12-c01", interviewer_id="w12-i03", req_id="w12-r1",
         round="coding", submitted_at="2025-02-12", recommendation="strong_hire",
         specificity=1, style=["prose", "terse", "american"], topic="knowledge tracing")
n.s("Priya was excellent.", "v+", hard="bare_verdict")
n.s("Super sharp coder, very clean and thoughtful.", "v+", "coding")
n.nl()
n.s("Really impressive grasp of sequence models and state updates.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Would love to have her on the team.", "v+")
n.nl()
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n004", candidate_id="w12-c01", interviewer_id="w12-i07", req_id="w12-r1",
         round="behavioural", submitted_at="2025-02-13", recommendation="hire",
         specificity=4, style=["prose", "third_person", "quotes", "american"], topic="incident response",
         ratings={"ownership": "hire", "communication": "hire"})
n.s("Behavioural round, 45 minutes, focused on ownership and a past incident.", "c")
n.s("The candidate was asked to describe a model release that went wrong.", "c", hard="question")
n.s("Priya described shipping a reading-level classifier that pushed about 8% of fourth graders into texts two grades too hard.", "e0", "ownership")
n.s("She said she noticed it from a spike in teacher support tickets, not from her own monitoring, and called that \"the part I'm least proud of\".", "e0", "risk_awareness", hard="mixed")
n.s("She rolled the model back the same afternoon and wrote the postmortem herself.", "e+", "ownership")
n.s("She added a per-grade drift alert afterward and described what threshold it fires at.", "e+", "risk_awareness")
n.nl()
n.s("Asked how she handles disagreement, she gave an example of a PM who wanted streak badges; she pushed back with retention data split by struggling vs. strong students.", "e+", "user_impact", "communication")
n.s("The interviewer asked a follow-up about what she would do if the PM still overruled her.", "c", hard="interviewer_action")
n.s("She said \"I'd ask for a two-week test with a kill switch\" rather than escalating.", "e+", "judgment")
n.nl()
n.s("Stories were specific and she owned her mistakes.", "v+", "ownership")
n.s("Slightly long-winded at times.", "v-", "communication")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Marcus Okafor (he), r1 -- treats offline metric as truth (seen by i02 and i06), defends when challenged (i04)
n = Note(note_id="w12-n005", candidate_id="w12-c02", interviewer_id="w12-i02", req_id="w12-r1",
         round="data", submitted_at="2025-03-04", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "first_person", "american"], topic="A/B tests in classrooms",
         ratings={"metrics": "no_hire", "data_intuition": "lean_hire"})
n.b("Data round: given a CSV of 40k quiz attempts from a pilot of a new hinting model.", "c", marker="1. ")
n.b("Found within 5 min that 1,900 rows had duplicate attempt_ids from LMS retries and dropped them.", "e+", "data_intuition", marker="2. ")
n.b("Computed offline AUC 0.81 (new) vs. 0.77 (old) on next-answer correctness.", "e0", "ml_fundamentals", marker="3. ")
n.b("Then said the new model \"will improve learning outcomes by about 4%\" based on the AUC gap alone.", "e-", "metrics", marker="4. ")
n.b("I asked how AUC on next-answer correctness relates to learning.", "c", hard="question", marker="5. ")
n.s("He said a better predictor means better hints and did not consider that the hints themselves change the answers.", "e-", "metrics")
n.b("Did not mention that students were assigned by class, not individually, when I showed him the assignment column.", "e-", "data_intuition", hard="negated", marker="6. ")
n.b("Wrote clean pandas; groupby + merge correct first time.", "e+", "coding", marker="7. ")
n.b("Offline metric treated as the result; this is the main concern.", "v-", "metrics", marker="8. ")
n.b("LNH.", "v-", hard="bare_verdict", marker="9. ")
notes.append(n)

n = Note(note_id="w12-n006", candidate_id="w12-c02", interviewer_id="w12-i06", req_id="w12-r1",
         round="system_design", submitted_at="2025-03-04", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations", "arrows", "terse", "fragments"], topic="exercise recommendation")
n.b("sys design, rec for practice sets", "c")
n.b("good decomposition: event log -> feature store -> ranker, drew it fast", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("launch plan = ship if offline ndcg beats prod, no online test", "e-", "metrics", "risk_awareness")
n.b("i asked what if ndcg up but kids learn less -> \"ndcg is the learning proxy, that's the point\"", "e-", "metrics", "learning")
n.b("no rollback mentioned", "e-", "risk_awareness", hard="negated")
n.b("i asked who gets paged if recs go bad on a school morning -> \"the on-call, i guess\", no detail", "e-", "risk_awareness", "ownership")
n.b("did size the feature store right, ~200GB for 3M students", "e+", "system_thinking")
n.b("knows his stuff on infra tbh", "v+", "system_thinking", hard="tech_vague")
n.b("LNH, metric blind spot too big for this role imo", "v-", "metrics")
notes.append(n)

n = Note(note_id="w12-n007", candidate_id="w12-c02", interviewer_id="w12-i04", req_id="w12-r1",
         round="fundamentals", submitted_at="2025-03-05", recommendation="lean_no_hire",
         specificity=4, style=["qa", "first_person", "american"], topic="knowledge tracing",
         ratings={"ml_fundamentals": "lean_hire", "learning": "no_hire"})
n.s("Q: How would you regularize a per-student ability parameter when most students have under 10 responses?", "c", hard="question")
n.nl()
n.s("A: Suggested a hierarchical prior with ability drawn from a class-level distribution and explained the shrinkage toward the class mean.", "e+", "ml_fundamentals")
n.nl()
n.s("Take: solid.", "v+", "ml_fundamentals")
n.blank()
n.s("Q: Your model says a class improved 6 points; the teacher says nothing changed.", "c", hard="question")
n.s("What do you do?", "c", hard="question")
n.nl()
n.s("A: Said the teacher was probably \"anchored on old impressions\" and the model was right.", "e-", "learning", "user_impact")
n.nl()
n.s("I suggested the item pool might have changed that term.", "c", hard="interviewer_action")
n.s("He replied that item difficulty was already calibrated and didn't look into it further.", "e-", "learning", "data_intuition")
n.nl()
n.s("Take: defends the model instead of investigating.", "v-", "learning")
n.blank()
n.s("Q: Bias vs. variance in one minute.", "c", hard="question")
n.nl()
n.s("A: Clear, correct, used an example of memorizing answer keys.", "e+", "ml_fundamentals", "communication")
n.nl()
n.s("Take: LNH overall; fundamentals fine, but pushback went badly twice.", "v-", "learning")
notes.append(n)

n = Note(note_id="w12-n008", candidate_id="w12-c02", interviewer_id="w12-i05", req_id="w12-r1",
         round="coding", submitted_at="2025-03-05", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="data pipelines")
n.s("What a fun session!", "v+")
n.s("Marcus was great to work with!", "v+")
n.s("The task was to write a function that turns raw LMS event exports into per-student attempt sequences.", "c")
n.s("He asked right away whether timestamps were in the school's local time or UTC, which was exactly the trap!", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("He wrote a sort-then-group solution and added a test for a student who switches schools mid-year.", "e+", "coding")
n.s("He forgot to handle events with a null student_id, and the function threw on my second example.", "e-", "coding")
n.s("Fixed it in about two minutes once he saw the traceback!", "e+", "coding", "learning")
n.s("Really strong metrics sense too!", "v+", "metrics")
n.s("He just gets evaluation.", "v+", "metrics", hard="tech_vague")
n.s("Super pleasant guy, would be great at team lunches!", "v+", hard="biased")
n.s("Hire!!", "v+", hard="bare_verdict")
notes.append(n)

# ---- c03 Jun Takahashi (they), r2 -- adapts after hints
n = Note(note_id="w12-n009", candidate_id="w12-c03", interviewer_id="w12-i04", req_id="w12-r2",
         round="fundamentals", submitted_at="2025-04-15", recommendation="hire",
         specificity=4, style=["qa", "first_person", "american"], topic="LLM tutor evaluation",
         ratings={"learning": "strong_hire", "metrics": "hire"})
n.s("Fundamentals round, 45 min, video call; Jun joined from a library so audio was patchy.", "c")
n.nl()
n.s("Q: How would you measure whether the LLM tutor gives away the answer too easily?", "c", hard="question")
n.nl()
n.s("A: First proposed counting responses that contain the final numeric answer.", "e0", "metrics")
n.nl()
n.s("I pointed out that a hint can give away the method without the number.", "c", hard="interviewer_action")
n.s("Jun immediately switched to a rubric-based judge that checks whether the remaining work is trivial, and proposed calibrating it on 200 teacher-labeled transcripts.", "e+", "learning", "metrics")
n.nl()
n.s("Take: good recovery, they built on the hint rather than patching the first idea.", "e+", "learning", hard="verdict_plus_evidence")
n.blank()
n.s("Q: What could go wrong with an LLM judge here?", "c", hard="question")
n.nl()
n.s("A: Named position bias and the judge preferring longer answers; suggested swapping order and length-matching.", "e+", "ml_fundamentals", "metrics")
n.nl()
n.s("Did not mention that the judge might share failure modes with the tutor model itself.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Take: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n010", candidate_id="w12-c03", interviewer_id="w12-i06", req_id="w12-r2",
         round="debugging", submitted_at="2025-04-15", recommendation="lean_hire",
         specificity=4, style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="hallucinated answers")
n.b("debugging: tutor eval script says hallucination rate dropped 30% -> 4% overnight, find why", "c")
n.b("jun read the eval config first, ok", "e+", "coding")
n.b("missed that the judge prompt was truncated at 512 tok for ~20 min", "e-", "coding", "data_intuition")
n.b("i hinted \"check what the judge actually sees\" -> found truncation in ~3 min, printed a sample to confirm", "e+", "learning", "coding")
n.b("then asked if any released numbers used the broken eval", "e+", "risk_awareness", hard="question")
n.b("slowish but methodical", "v0", "coding")
n.b("wrote a 2-line regression test for the truncation before closing", "e+", "coding", "risk_awareness")
n.b("30 min left when we wrapped, used it for their qs", "c")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n011", candidate_id="w12-c03", interviewer_id="w12-i07", req_id="w12-r2",
         round="system_design", submitted_at="2025-04-16", recommendation="hire",
         specificity=5, style=["prose", "third_person", "quotes", "american"], topic="child safety",
         ratings={"user_impact": "strong_hire", "system_thinking": "hire"})
n.s("The candidate was asked to design the safety layer for an LLM tutor used by children aged 8 to 13.", "c", hard="question")
n.s("Jun began by asking which jurisdictions the schools were in, because COPPA and GDPR-K set different consent ages.", "e+", "user_impact", hard="question")
n.s("They proposed three stages: an input classifier for self-harm and personal data, the tutor itself with a constrained system prompt, and an output filter that strips anything resembling contact details.", "e+", "system_thinking")
n.s("Asked what happens when a child types their home address, Jun said the message should be redacted before it is logged, \"not after, because logs are where leaks happen\".", "e+", "user_impact", "risk_awareness")
n.s("The interviewer noted the design put three model calls in the request path.", "c", hard="interviewer_action")
n.s("Jun estimated about 900ms total on the school network and proposed running the input classifier on-device with a small distilled model.", "e+", "system_thinking")
n.s("They did not discuss how a teacher would be alerted when a self-harm message is detected until prompted.", "e-", "user_impact", hard="negated")
n.s("Once prompted, they described an escalation path to a designated school contact with a 15-minute SLA.", "e+", "learning", "user_impact")
n.s("Overall a careful, child-first design.", "v+", "user_impact")
n.s("Recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n012", candidate_id="w12-c03", interviewer_id="w12-i01", req_id="w12-r2",
         round="behavioural", submitted_at="2025-04-17", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="teacher dashboards")
n.s("Jun and I talked for about forty minutes about working with teachers.", "c")
n.s("I asked them to tell me about a time a user group rejected something they built.", "c", hard="question")
n.s("They described a dashboard for tutoring centers that no one opened, and said they sat in on three sessions to find out why.", "e+", "ownership", "user_impact")
n.s("What they learned was that tutors only had two minutes between students, so Jun cut the dashboard down to a single \"who needs help today\" list.", "e+", "user_impact", hard="plain_evidence")
n.s("That is the kind of thing that separates someone who teaches from someone who lectures.", "v+", "user_impact")
n.blank()
n.s("They are a warm, thoughtful person and I think kids would benefit from their work.", "v+")
n.s("I do wonder if they would be comfortable pushing back on senior staff.", "v-", "communication", hard="hedged")
n.s("They seemed a little quiet.", "v-", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w12_notes_part1.jsonl", notes)
print(len(notes), "notes")
