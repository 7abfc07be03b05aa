import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w12-n071", candidate_id="w12-c41", interviewer_id="w12-i02", req_id="w12-r1",
         round="system_design", submitted_at="2026-02-17", recommendation="hire",
         specificity=4, style=["bullets", "first_person", "american", "headings"], topic="incident response",
         ratings={"risk_awareness": "strong_hire", "judgment": "hire", "system_thinking": "hire"})
n.h("System design: safe release of a new knowledge-tracing model")
n.b("60 min, onsite, whiteboard.", "c", marker="1. ")
n.b("Prompt: current model is 2 years old; new DKT variant is +0.04 AUC offline; design the rollout to 1,200 schools.", "c", marker="2. ")
n.b("First question back: what decisions does the mastery estimate drive, and who sees it.", "e+", "judgment", "user_impact", hard="question", marker="3. ")
n.b("I said: exercise selection and the teacher \"needs help\" list.", "c", hard="interviewer_action", marker="4. ")
n.b("Said the +0.04 AUC says nothing about whether the needs-help list gets better, and proposed measuring list precision against teacher judgment on 30 classes.", "e+", "metrics", marker="5. ")
n.b("Shadow mode for 2 weeks: new model scores every event, nothing shown; compare mastery distributions per grade and per school.", "e+", "risk_awareness", marker="6. ")
n.b("Named 3 rollback triggers: >5% of students changing mastery band overnight, p95 latency >120ms, support tickets tagged \"recommendations\" up 2x.", "e+", "risk_awareness", marker="7. ")
n.b("Canary: 5% of schools, stratified by LMS vendor, b/c vendor sync differences had caused the last incident (she asked about it).", "e+", "risk_awareness", "data_intuition", marker="8. ")
n.b("Rollback itself: keep the old model warm for 30 days, switch via config, no redeploy.", "e+", "risk_awareness", "system_thinking", marker="9. ")
n.b("Asked me whether old and new mastery values are comparable if we switch back mid-term.", "e+", "system_thinking", hard="question", marker="10. ")
n.s("Proposed freezing displayed mastery during the canary to avoid students seeing their numbers jump.", "e+", "user_impact", "judgment")
n.b("Weak spot: capacity estimate for shadow mode doubled compute and she didn't say who pays for it.", "e-", "system_thinking", marker="11. ")
n.b("Also no plan for evaluating subgroups (ELL students, IEP students) until I prompted.", "e-", "user_impact", hard="negated", marker="12. ")
n.s("After the prompt she added per-subgroup calibration plots to the shadow-mode report.", "e+", "learning", "user_impact")
n.b("Communication: summarized the plan in 4 bullets at the end without being asked.", "e+", "communication", marker="13. ")
n.b("Rec: hire.", "v+", hard="bare_verdict", marker="14. ")
n.s("Would be strong hire with the subgroup piece unprompted.", "v0")
notes.append(n)

n = Note(note_id="w12-n072", candidate_id="w12-c42", interviewer_id="w12-i01", req_id="w12-r2",
         round="behavioural", submitted_at="2026-03-03", recommendation="hire",
         specificity=4, style=["prose", "first_person", "american"], topic="LLM tutor evaluation",
         ratings={"ownership": "hire", "learning": "strong_hire"})
n.s("Samir and I met for the behavioural round, which I ran as a conversation rather than a checklist.", "c")
n.s("I asked him first about the biggest mistake he had made in the last two years.", "c", hard="question")
n.s("He told me he had launched an essay-feedback model that scored well with adult raters but that ninth graders found harsh, and two schools turned it off in the first week.", "e0", "user_impact")
n.s("He said he had picked the raters himself and never included a student or a teacher, and called that \"the decision I'd undo\".", "e+", "learning", "ownership")
n.s("After the schools turned it off, he visited one of them and sat with a class while they used it.", "e+", "ownership", "user_impact")
n.s("He rewrote the feedback prompt to start with one specific strength and cap criticism at two points, and the same school switched it back on.", "e+", "user_impact")
n.blank()
n.s("Next I asked how he handles feedback about his own work.", "c", hard="question")
n.s("He described a code review where a teammate said his evaluation script leaked test prompts into the few-shot examples.", "e0", "coding")
n.s("He said his first reaction was to argue, then he reran the eval without the leak and the win rate dropped from 71% to 58%, and he posted the corrected number in the team channel himself.", "e+", "learning", "ownership")
n.s("Like a good teacher re-grading a test when a student points out the answer key was wrong, he didn't make a fuss about it.", "v+", "learning")
n.blank()
n.s("When I asked how he would explain that drop to a school district, he gave a muddled answer full of percentages.", "e-", "communication")
n.s("I asked him to try it again as if talking to a principal, and the second version was two plain sentences.", "e+", "communication", "learning")
n.s("I also asked what he would do if a teacher told him the tutor was wrong about a history fact.", "c", hard="question")
n.s("He said he'd thank the teacher, log the example in the hallucination set, and check whether the same source caused other errors.", "e+", "risk_awareness", "ownership")
n.s("He is honest about his mistakes, which is rarer than it should be.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n073", candidate_id="w12-c43", interviewer_id="w12-i03", req_id="w12-r1",
         round="data", submitted_at="2026-03-17", recommendation="lean_no_hire",
         specificity=1, style=["prose", "terse", "american"], topic="A/B tests in classrooms")
n.s("Meh.", "v-", hard="bare_verdict")
n.s("Didn't really get experimentation.", "v-", "metrics")
n.s("Seemed a bit lost.", "v-")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n074", candidate_id="w12-c44", interviewer_id="w12-i04", req_id="w12-r1",
         round="debugging", submitted_at="2026-04-07", recommendation="hire",
         specificity=3, style=["qa", "first_person", "american"], topic="latency on school laptops")
n.s("Q: The offline practice mode freezes for 3 seconds on older Chromebooks after each answer.", "c", hard="question")
n.s("Find it.", "c")
n.nl()
n.s("A: Opened the performance profile and found the client re-running the whole mastery update over the student's history on each answer.", "e+", "coding", "system_thinking")
n.s("Changed it to an incremental update and the freeze went away on the test device.", "e+", "coding")
n.nl()
n.s("Take: efficient.", "v+", "coding")
n.blank()
n.s("Q: Anything else you'd check?", "c", hard="question")
n.nl()
n.s("A: Asked whether the offline and server versions could now disagree, and suggested a nightly reconciliation.", "e+", "risk_awareness", hard="question")
n.nl()
n.s("Take: thinks ahead.", "v+", "risk_awareness")
n.s("Not much discussion of how to test on a range of devices.", "e-", "risk_awareness", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n075", candidate_id="w12-c45", interviewer_id="w12-i05", req_id="w12-r2",
         round="system_design", submitted_at="2026-04-21", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="child safety")
n.s("Fun round with Grace!", "v+")
n.s("The prompt was to add a voice mode to the tutor for early readers.", "c")
n.s("She immediately asked whether we would store audio from children, and said she'd rather transcribe on device and throw the audio away!", "e+", "user_impact", "judgment")
n.s("She sketched the pipeline as on-device ASR -> text safety filter -> tutor -> TTS, with the filter before anything leaves the laptop.", "e+", "system_thinking")
n.s("She didn't estimate whether on-device ASR would run on a $200 Chromebook, which I think is the hard part.", "e-", "system_thinking", hard="negated")
n.s("When I told her the ASR error rate on 6-year-olds is about 25%, she changed the tutor to confirm what it heard before answering!", "e+", "learning", "user_impact")
n.s("So thoughtful about kids, honestly amazing!", "v+", "user_impact")
n.s("Brilliant engineer.", "v+")
n.s("She's a mom herself so she really gets it!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n076", candidate_id="w12-c46", interviewer_id="w12-i06", req_id="w12-r2",
         round="fundamentals", submitted_at="2026-05-05", recommendation="lean_hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="hallucinated answers")
n.b("fundamentals, llm focus", "c")
n.b("asked why greedy decoding still hallucinates", "c", hard="question")
n.b("said model is confident but wrong b/c training data had errors; partly right", "e0", "ml_fundamentals", hard="mixed")
n.b("explained retrieval grounding well, gave example of citing the textbook page", "e+", "ml_fundamentals", "communication")
n.b("couldn't say how to measure grounding faithfulness", "e-", "metrics")
n.b("i suggested checking claims against retrieved passages -> built on it, proposed an NLI check", "e+", "learning", "metrics")
n.b("knows a lot of llm stuff", "v+", "ml_fundamentals", hard="vague_quantity")
n.b("a little slow to get going", "v-")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n077", candidate_id="w12-c47", interviewer_id="w12-i07", req_id="w12-r1",
         round="coding", submitted_at="2026-05-19", recommendation="lean_no_hire",
         specificity=3, style=["prose", "third_person", "quotes", "american"], topic="exercise recommendation")
n.s("Coding round, 45 minutes, shared editor.", "c")
n.s("The candidate was asked to implement a function that spaces out review exercises using the last-seen date and a skill's forgetting rate.", "c", hard="question")
n.s("Björn wrote most of the logic quickly but used days since epoch in local time, which broke across the daylight-saving change in the interviewer's test.", "e-", "coding")
n.s("When the test failed he said \"the test is wrong\" before reading it.", "e-", "learning")
n.s("After a minute he read it, agreed, and switched to UTC dates.", "e0", "learning", "coding", hard="mixed")
n.s("He did not add any tests of his own.", "e-", "coding", hard="negated")
n.s("He explained his variable choices clearly when asked.", "e+", "communication")
n.s("Competent but careless.", "v-", "coding")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n078", candidate_id="w12-c48", interviewer_id="w12-i02", req_id="w12-r2",
         round="data", submitted_at="2026-06-02", recommendation="lean_hire",
         specificity=2, style=["bullets", "first_person", "american"], topic="giving away solutions")
n.b("Data round, 45 min.", "c", marker="1. ")
n.b("Dataset: 3k tutor sessions with a teacher label \"gave away answer\" yes/no.", "c", marker="2. ")
n.b("Reasonable exploratory work.", "v+", "data_intuition", marker="3. ")
n.b("Built a baseline classifier; reported F1 0.72.", "e0", "ml_fundamentals", marker="4. ")
n.b("Analysis felt generic.", "v-", "data_intuition", marker="5. ")
n.b("Communication adequate.", "v0", "communication", marker="6. ")
n.b("LH, borderline.", "v+", hard="bare_verdict", marker="7. ")
notes.append(n)

n = Note(note_id="w12-n079", candidate_id="w12-c49", interviewer_id="w12-i03", req_id="w12-r2",
         round="debugging", submitted_at="2026-06-16", recommendation="hire",
         specificity=2, style=["prose", "terse", "american"], topic="hallucinated answers")
n.s("Solid debugger.", "v+", "coding")
n.s("Found the prompt bug.", "e+", "coding")
n.s("Very calm under pressure, good instincts.", "v+", "judgment")
n.s("Nice person.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n080", candidate_id="w12-c50", interviewer_id="w12-i01", req_id="w12-r1",
         round="data", submitted_at="2026-07-07", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "american"], topic="A/B tests in classrooms",
         ratings={"metrics": "lean_no_hire", "user_impact": "lean_no_hire"})
n.s("I asked Noor to analyze a pilot where half of each class got a new reading-recommendation model and half kept the old one.", "c", hard="interviewer_action")
n.s("She compared the two groups' reading minutes and found a 9% lift for the new model.", "e0", "metrics")
n.s("She never asked whether students in the same class talk to each other about what they're reading, even when I said the classes did partner reading.", "e-", "metrics", "data_intuition", hard="negated")
n.s("Any teacher will tell you that what one kid reads, the kid next to them wants to read too.", "c")
n.s("When I pointed at the contamination directly, she agreed and suggested re-running with class-level randomization next term.", "e+", "learning", "metrics")
n.s("She then noticed on her own that the new model recommended shorter books, and said the minutes lift might just be kids finishing more books rather than reading more.", "e+", "metrics", "data_intuition")
n.s("I asked what she would tell the product team tomorrow.", "c", hard="question")
n.s("She said \"ship it, the number is positive\", which undid her own good point from a minute before.", "e-", "judgment", "metrics")
n.s("She also didn't consider whether shorter books were below some students' reading level.", "e-", "user_impact", hard="negated")
n.s("She has good instincts that she doesn't always trust.", "v0", hard="mixed")
n.s("Lean no hire for now.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w12_notes_part7.jsonl", notes)
print(len(notes), "notes")
