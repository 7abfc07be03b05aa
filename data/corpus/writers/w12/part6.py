import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w12-n061", candidate_id="w12-c31", interviewer_id="w12-i05", req_id="w12-r1",
         round="system_design", submitted_at="2025-09-16", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person", "american", "headings"], topic="exercise recommendation")
n.h("Onsite, system design")
n.s("Met with Chloe for the design round, 60 minutes over video.", "c")
n.s("Her camera cut out for a few minutes at the start, no problem at all.", "c")
n.s("Chloe is a superstar!", "v+", hard="bare_verdict")
n.s("Absolutely brilliant systems thinker, she just sees the whole picture!", "v+", "system_thinking")
n.s("Deep, deep expertise in recommender architectures and feature stores!", "v+", "system_thinking", hard="tech_vague")
n.s("Her answers were always crisp and well organized.", "v+", "communication")
n.s("She has a million ideas and every one of them was good!", "v+", hard="vague_quantity")
n.s("Super mature judgment for someone her age!", "v+", "judgment", hard="biased")
n.s("I could see her leading the team in a year.", "v+", "ownership")
n.s("Strong hire, fight for her!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n062", candidate_id="w12-c32", interviewer_id="w12-i06", req_id="w12-r2",
         round="behavioural", submitted_at="2025-09-30", recommendation="lean_hire",
         specificity=2, style=["bullets", "lowercase", "abbreviations", "terse", "fragments"], topic="child safety")
n.b("behavioural, 30m, ran short b/c of scheduling", "c")
n.b("q on ethics of kids' data", "c", hard="question")
n.b("said the right things abt privacy", "v+", "user_impact")
n.b("mentioned she once pushed to delete old logs at prev job, no detail", "e+", "user_impact", "ownership")
n.b("ok communicator, a bit rambly", "v0", "communication", hard="mixed")
n.b("prob fine for the team", "v+", hard="hedged")
n.b("ownership stories thin", "v-", "ownership")
n.b("prob worth another convo w/ hiring mgr", "c")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n063", candidate_id="w12-c33", interviewer_id="w12-i07", req_id="w12-r1",
         round="system_design", submitted_at="2025-10-07", recommendation="no_hire",
         specificity=3, style=["prose", "third_person", "quotes", "american"], topic="incident response")
n.s("System design, 55 minutes.", "c")
n.s("The candidate was asked to design monitoring for the mastery model after a bad release last year.", "c", hard="question")
n.s("Ravi described dashboards for AUC and latency and little else.", "e-", "risk_awareness", "metrics")
n.s("He said \"if AUC holds, we're fine\" when asked what signals a bad release.", "e-", "metrics", "risk_awareness")
n.s("The interviewer described the real incident, in which AUC held steady but recommendations became too easy for a whole grade.", "c", hard="interviewer_action")
n.s("He added a per-grade difficulty check, but only after hearing the answer.", "e0", "learning", hard="mixed")
n.s("He came across as fairly confident overall.", "v0", "communication")
n.s("His system knowledge seemed broad but shallow.", "v-", "system_thinking", hard="tech_vague")
n.s("Not ready for on-call ownership of a student-facing model.", "v-", "risk_awareness")
n.s("Not sure he is a good culture fit here either.", "v-", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n064", candidate_id="w12-c34", interviewer_id="w12-i01", req_id="w12-r2",
         round="fundamentals", submitted_at="2025-10-21", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="LLM tutor evaluation")
n.s("Esperanza and I spent our time on the basics of evaluating a tutor model.", "c")
n.s("I asked her how she'd tell a helpful explanation from a merely long one.", "c", hard="question")
n.s("She talked about rubrics and pairwise comparisons in a general way.", "e0", "metrics")
n.s("She seemed comfortable with the material, like a teacher who has taught the same unit for years.", "v+", "ml_fundamentals")
n.s("Her knowledge of language model evaluation is broad.", "v+", "metrics", hard="tech_vague")
n.s("I'd have liked more specifics, and that is partly on me for not pressing.", "c")
n.s("She was lovely with me, patient and kind, and I expect she'd be lovely with teachers too.", "v+", "communication")
n.s("Very bright.", "v+")
n.s("Probably a solid hire.", "v+", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n065", candidate_id="w12-c35", interviewer_id="w12-i02", req_id="w12-r1",
         round="fundamentals", submitted_at="2025-11-04", recommendation="no_hire",
         specificity=3, style=["bullets", "first_person", "american"], topic="knowledge tracing")
n.b("Fundamentals, 45 min.", "c", marker="1. ")
n.b("Asked for the difference between BKT and IRT.", "c", hard="question", marker="2. ")
n.b("Answer mixed them up; said IRT models learning over time.", "e-", "ml_fundamentals", marker="3. ")
n.b("Asked about regularization on a 2M-parameter DKT model trained on 800 students.", "c", hard="question", marker="4. ")
n.b("Said \"more layers\" would help generalization.", "e-", "ml_fundamentals", marker="5. ")
n.b("Weak overall on fundamentals.", "v-", "ml_fundamentals", marker="6. ")
n.b("Pleasant; talked clearly.", "v+", "communication", marker="7. ")
n.b("Not enough depth for the level.", "v-", marker="8. ")
n.b("No hire.", "v-", hard="bare_verdict", marker="9. ")
notes.append(n)

n = Note(note_id="w12-n066", candidate_id="w12-c36", interviewer_id="w12-i03", req_id="w12-r1",
         round="behavioural", submitted_at="2025-11-25", recommendation="hire",
         specificity=1, style=["prose", "terse", "american"], topic="teacher dashboards")
n.s("Behavioural, 30 min.", "c")
n.s("Great energy.", "v+")
n.s("Strong ownership mindset, very self-driven.", "v+", "ownership")
n.s("Super collaborative and a good listener.", "v+", "communication")
n.s("Would be a great addition.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n067", candidate_id="w12-c37", interviewer_id="w12-i04", req_id="w12-r2",
         round="coding", submitted_at="2025-12-09", recommendation="lean_hire",
         specificity=3, style=["qa", "first_person", "american"], topic="accessibility")
n.s("Q: Write a function that checks tutor responses against a reading-level limit for a given grade.", "c", hard="question")
n.nl()
n.s("A: Used a syllable-count heuristic and Flesch-Kincaid; worked on my examples.", "e+", "coding")
n.s("Didn't handle math notation, so \"3x + 2 = 11\" counted as three long words.", "e-", "coding", "data_intuition", hard="negated")
n.nl()
n.s("Take: works, a bit naive.", "v0", "coding", hard="mixed")
n.blank()
n.s("Q: Why might a readability formula be the wrong metric here?", "c", hard="question")
n.nl()
n.s("A: Said it ignores vocabulary a dyslexic student may struggle with, but gave no alternative.", "e0", "metrics", "user_impact")
n.nl()
n.s("Take: thinks about users, a little thin on solutions.", "v0", "user_impact", hard="mixed")
n.s("Seemed solid overall.", "v+")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n068", candidate_id="w12-c38", interviewer_id="w12-i05", req_id="w12-r2",
         round="debugging", submitted_at="2026-01-13", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="hallucinated answers")
n.s("Debugging round with Kofi today, 45 min!", "c")
n.s("The exercise was the tutor giving wrong answers on unit conversions.", "c")
n.s("Kofi was so calm and methodical, loved it!", "v+", "coding")
n.s("He clearly has debugged tons of LLM systems before!", "v+", "coding", hard="vague_quantity")
n.s("He found the issue in the end, a bad few-shot example in the prompt!", "e+", "coding")
n.s("Took a while to get there but that's totally normal!", "v0", "coding", hard="mixed")
n.s("Really thoughtful about students, very caring!", "v+", "user_impact")
n.s("So easy to talk to!", "v+", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n069", candidate_id="w12-c39", interviewer_id="w12-i06", req_id="w12-r1",
         round="data", submitted_at="2026-01-27", recommendation="hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations", "arrows", "typos"], topic="data pipelines")
n.b("data: LMS gradebook sync, find why some students have 0 attempts", "c")
n.b("checked join keys first -> found student ids w/ leading zeros stripped in one vendor", "e+", "data_intuition")
n.b("fixed w/ zero-padding, didnt check the other 4 vendors for same issue", "e0", "data_intuition", "coding", hard="mixed")
n.b("strong sql", "v+", "coding", hard="tech_vague")
n.b("knows LMS integrations inside out", "v+", "system_thinking", hard="tech_vague")
n.b("a bit quiet, had to pull answers out", "v-", "communication")
n.b("asked if the fix needed a backfill for last term's dashboards -> yes, wrote the query", "e+", "ownership", "data_intuition", hard="question")
n.b("gd judgment overall imo", "v+", "judgment")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n070", candidate_id="w12-c40", interviewer_id="w12-i07", req_id="w12-r2",
         round="behavioural", submitted_at="2026-02-10", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "american"], topic="giving away solutions")
n.s("Behavioural round, 40 minutes, conducted over video.", "c")
n.s("The candidate was asked about a disagreement with a product manager.", "c", hard="question")
n.s("Lindiwe described disagreeing with a PM about showing hints earlier, and said she \"made the case with data\".", "e0", "communication")
n.s("She did not say what data or what happened next.", "e-", "communication", hard="negated")
n.s("She came across as thoughtful and self-aware.", "v+")
n.s("Her instincts about learning design seem good.", "v+", "judgment", hard="hedged")
n.s("The interviewer ran out of time before the ownership questions.", "c")
n.s("She seems like she'd be a good fit with the tutor team.", "v+", hard="biased")
n.s("Lean hire, low confidence.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w12_notes_part6.jsonl", notes)
print(len(notes), "notes")
