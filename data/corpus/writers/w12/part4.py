import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c10 Diego Fernandez (he), r2 -- strong; i03 vague SH; i07 detailed
n = Note(note_id="w12-n037", candidate_id="w12-c10", interviewer_id="w12-i07", req_id="w12-r2",
         round="system_design", submitted_at="2025-11-18", recommendation="strong_hire",
         specificity=5, style=["prose", "third_person", "quotes", "american", "headings"], topic="incident response",
         ratings={"risk_awareness": "strong_hire", "judgment": "strong_hire", "user_impact": "hire"})
n.h("System design: tutor release process")
n.s("Round 2 of the onsite, 60 minutes.", "c")
n.s("The candidate was told that last spring a tutor release started solving homework outright for about 11% of sessions and it took four days to notice.", "c")
n.s("He was asked to design the release process so that this cannot happen again.", "c", hard="question")
n.blank()
n.s("Diego asked first how the 11% had been measured after the fact, and whether the same measurement could run before launch.", "e+", "metrics", "risk_awareness", hard="question")
n.s("He proposed a pre-release gate: the new model answers 2,000 held-out homework-style prompts, and a judge scores \"solution given away\" against the current model with a maximum allowed increase of one point.", "e+", "risk_awareness", "metrics")
n.s("He then added a 5% canary by school, not by student, \"so a teacher never sees two different tutors in one class\".", "e+", "judgment", "user_impact")
n.s("For monitoring, he suggested tracking the share of sessions where the student's next message is \"thanks\" with no further attempt, as a cheap proxy for answer-giving.", "e+", "metrics")
n.s("The interviewer asked how he would know if that proxy was wrong.", "c", hard="question")
n.s("He said he would audit 100 flagged and 100 unflagged sessions by hand each week for the first month and report the precision.", "e+", "metrics", "ownership")
n.s("Asked who can press the rollback button, he named the on-call applied scientist and said the rollback should need no approval, only a post-hoc note.", "e+", "risk_awareness", "ownership")
n.s("He did not estimate the judge cost until asked, and his first figure was off by 10x before he corrected it.", "e-", "system_thinking")
n.blank()
n.s("Clear, structured, and kept checking whether the interviewer wanted more depth.", "e+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n038", candidate_id="w12-c10", interviewer_id="w12-i03", req_id="w12-r2",
         round="fundamentals", submitted_at="2025-11-18", recommendation="strong_hire",
         specificity=1, style=["prose", "terse", "american"], topic="LLM tutor evaluation")
n.s("Diego is the real deal.", "v+", hard="bare_verdict")
n.s("Incredibly deep on LLM evaluation and RLHF.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Great communicator.", "v+", "communication")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n039", candidate_id="w12-c10", interviewer_id="w12-i06", req_id="w12-r2",
         round="data", submitted_at="2025-11-19", recommendation="hire",
         specificity=4, style=["bullets", "lowercase", "abbreviations", "arrows", "terse"], topic="LLM tutor evaluation")
n.b("data rd: 5k rated tutor convos, ratings from 3 vendors", "c")
n.b("diego plotted rating dist per vendor first -> vendor B gives 5/5 to 70%", "e+", "data_intuition")
n.b("proposed per-rater z-scoring, then checked it didn't flip the model ranking", "e+", "data_intuition", "metrics")
n.b("asked if any convos were w/ kids under 13 b4 sharing w/ vendors", "e+", "user_impact", hard="question")
n.b("spent too long on plots, ran out of time for the regression part", "e-", "judgment")
n.b("when i said \"skip to the model\" he stopped plotting and wrote the regression in ~5 min", "e+", "learning", "judgment")
n.b("solid imo", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n040", candidate_id="w12-c10", interviewer_id="w12-i04", req_id="w12-r2",
         round="behavioural", submitted_at="2025-11-20", recommendation="hire",
         specificity=4, style=["qa", "first_person", "american"], topic="giving away solutions")
n.s("Q: Tell me about a time you disagreed with a launch decision.", "c", hard="question")
n.nl()
n.s("A: Described objecting to launching a math helper that scored well on accuracy because it showed full solutions; he ran a small study with 40 students showing lower quiz scores a week later.", "e+", "user_impact", "metrics")
n.s("Said the launch went ahead anyway, and he asked for a follow-up review in a month, which he ran.", "e+", "ownership")
n.nl()
n.s("Take: principled and followed through.", "v+", "ownership")
n.blank()
n.s("Q: What did you get wrong in that study?", "c", hard="question")
n.nl()
n.s("A: Admitted the groups weren't randomized and the treatment group had a different teacher.", "e+", "learning", "data_intuition")
n.nl()
n.s("Take: honest about the limits of his own evidence.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes (other candidates), c11 onward
n = Note(note_id="w12-n041", candidate_id="w12-c11", interviewer_id="w12-i01", req_id="w12-r1",
         round="system_design", submitted_at="2024-10-08", recommendation="hire",
         specificity=4, style=["prose", "first_person", "american"], topic="teacher dashboards")
n.s("I asked Helena to design the data behind a teacher dashboard that shows which students need help with which skills.", "c", hard="interviewer_action")
n.s("She started by asking what a teacher would do with the dashboard in the first five minutes of class, which is exactly the right question.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("From that she decided the dashboard should refresh once per class period, not in real time, and saved herself a streaming system.", "e+", "judgment", "system_thinking")
n.s("She drew a nightly batch from the LMS into a skills table and a lightweight incremental update from in-class quizzes.", "e+", "system_thinking")
n.s("When I asked about a student who changes classes mid-year, she handled it by keying on student and enrollment dates.", "e+", "data_intuition")
n.blank()
n.s("She didn't think about what a teacher should see when there is too little data on a student, and showed a confident red flag after two answers.", "e-", "user_impact", "metrics")
n.s("When I pointed out that a red flag after two answers is like grading a child on the first day back from summer, she added a minimum-evidence threshold.", "e+", "learning")
n.s("She explained the final design to me as if I were a principal, without a single acronym.", "e+", "communication")
n.s("She reminds me of my best department heads.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n042", candidate_id="w12-c12", interviewer_id="w12-i02", req_id="w12-r1",
         round="coding", submitted_at="2024-10-15", recommendation="no_hire",
         specificity=5, style=["bullets", "first_person", "american"], topic="knowledge tracing",
         ratings={"coding": "no_hire"})
n.b("Task: sliding-window accuracy per student over their last k attempts.", "c", marker="1. ")
n.b("Took 22 min to get a first version; recomputed the whole window on each step (O(nk)).", "e-", "coding", marker="2. ")
n.b("Off-by-one: window included k+1 attempts; found it only when I gave an example with k=1.", "e-", "coding", marker="3. ")
n.b("No tests written; said \"I usually let QA find those\".", "e-", "coding", "ownership", marker="4. ")
n.b("When I asked for O(n), he wrote the running-sum version correctly in ~6 min.", "e+", "coding", "learning", marker="5. ")
n.b("Did not ask about students with fewer than k attempts.", "e-", "data_intuition", hard="negated", marker="6. ")
n.b("Explained his approach clearly before coding.", "e+", "communication", marker="7. ")
n.b("No hire; below bar on coding for this level.", "v-", "coding", marker="8. ")
notes.append(n)

n = Note(note_id="w12-n043", candidate_id="w12-c13", interviewer_id="w12-i03", req_id="w12-r2",
         round="system_design", submitted_at="2024-11-05", recommendation="lean_no_hire",
         specificity=1, style=["prose", "terse", "american"], topic="child safety")
n.s("Not convinced.", "v-", hard="bare_verdict")
n.s("Design felt shallow and a bit all over the place.", "v-", "system_thinking")
n.s("Weak on safety stuff.", "v-", "risk_awareness")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n044", candidate_id="w12-c14", interviewer_id="w12-i04", req_id="w12-r2",
         round="data", submitted_at="2024-11-12", recommendation="hire",
         specificity=4, style=["qa", "first_person", "american"], topic="hallucinated answers",
         ratings={"data_intuition": "hire", "metrics": "hire"})
n.s("Q: You have 10k tutor answers labeled correct/incorrect by contractors; the hallucination rate looks like 3%.", "c", hard="question")
n.s("Do you believe it?", "c", hard="question")
n.nl()
n.s("A: Naledi asked how contractors checked correctness, and whether they had the answer key.", "e+", "data_intuition", hard="question")
n.nl()
n.s("I told her they did not.", "c", hard="interviewer_action")
n.s("She then pulled 50 random \"correct\" answers and found 6 with wrong arithmetic.", "e+", "data_intuition")
n.nl()
n.s("Take: great instinct, checked the labels before the model.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.blank()
n.s("Q: What would you report to leadership?", "c", hard="question")
n.nl()
n.s("A: Gave a range (3% labeled, ~12% estimated from her sample) with the sample size stated.", "e+", "metrics", "communication")
n.s("Did not suggest fixing the labeling process itself.", "e-", "ownership", hard="negated")
n.nl()
n.s("Take: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n045", candidate_id="w12-c15", interviewer_id="w12-i05", req_id="w12-r1",
         round="data", submitted_at="2024-12-03", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person", "american"], topic="data pipelines")
n.s("Rahul was fantastic!", "v+", hard="bare_verdict")
n.s("Honestly one of the top 1% of candidates I've talked to this year!", "v+", hard="vague_quantity")
n.s("He knows a ton about data pipelines and Spark.", "v+", "system_thinking", hard="tech_vague")
n.s("He found the timezone bug in the LMS export pretty quickly!", "e+", "data_intuition")
n.s("Great communicator, super clear!", "v+", "communication")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n046", candidate_id="w12-c16", interviewer_id="w12-i06", req_id="w12-r2",
         round="coding", submitted_at="2024-12-10", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations", "typos", "terse"], topic="giving away solutions")
n.b("coding: detect if tutor reply leaks final answer", "c")
n.b("wrote substring match only, missed \"x = 7\" vs \"7\" formats", "e-", "coding")
n.b("didnt run any examples till i asked", "e-", "coding", hard="negated")
n.b("once run, found the format miss himself and added a normalizer for \"x =\" prefixes", "e+", "coding", "learning")
n.b("never asked what counts as a leak for multi-part qs", "e-", "judgment", hard="negated")
n.b("talked thru tradeoffs ok", "v+", "communication")
n.b("seemed kinda nervous", "v0", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n047", candidate_id="w12-c17", interviewer_id="w12-i07", req_id="w12-r1",
         round="debugging", submitted_at="2025-01-14", recommendation="hire",
         specificity=5, style=["prose", "third_person", "quotes", "american"], topic="knowledge tracing",
         ratings={"coding": "hire", "data_intuition": "hire"})
n.s("Debugging round, 50 minutes.", "c")
n.s("The candidate was shown a mastery model whose estimates jumped to 99% for every student on Mondays.", "c")
n.s("Oluwaseun asked to see raw events from a Monday and a Tuesday side by side.", "e+", "data_intuition")
n.s("He noticed that weekend homework was synced in one batch on Monday morning and the model treated 30 answers in one minute as rapid mastery.", "e+", "data_intuition")
n.s("He proposed using the original submission time instead of the sync time and showed where in the code to change it.", "e+", "coding")
n.s("The interviewer asked how he would prevent a regression.", "c", hard="question")
n.s("He wrote a test with a batched Monday sync and an assertion that mastery after the batch equals mastery computed in order.", "e+", "coding", "risk_awareness")
n.s("He said, \"the model wasn't wrong, the clock was\", which summed up the bug well for a non-technical audience.", "e+", "communication")
n.s("He did not consider whether the dashboard had already shown wrong mastery to teachers.", "e-", "user_impact", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n048", candidate_id="w12-c18", interviewer_id="w12-i02", req_id="w12-r2",
         round="fundamentals", submitted_at="2025-01-21", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "first_person", "american"], topic="LLM tutor evaluation")
n.b("Asked to explain why BLEU is a poor metric for tutor explanations.", "c", hard="question", marker="1. ")
n.b("Said BLEU \"measures fluency\"; incorrect.", "e-", "metrics", "ml_fundamentals", marker="2. ")
n.b("Asked about temperature vs. top-p sampling.", "c", hard="question", marker="3. ")
n.b("Correct on both, with an example of temperature 0 still giving varied outputs under batching nondeterminism.", "e+", "ml_fundamentals", marker="4. ")
n.b("Asked how to measure hallucination rate with no ground truth.", "c", hard="question", marker="5. ")
n.b("Suggested self-consistency across 5 samples; could not say what disagreement threshold to use.", "e0", "metrics", marker="6. ")
n.b("Generally knowledgeable about LLMs.", "v+", "ml_fundamentals", hard="tech_vague", marker="7. ")
n.b("LNH on metric fundamentals for an eval-focused role.", "v-", "metrics", marker="8. ")
notes.append(n)

save_notes("data/corpus/raw/w12_notes_part4.jsonl", notes)
print(len(notes), "notes")
