import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Tomasz Nowak (he), r1 -- passive ownership (i07, i01)
n = Note(note_id="w12-n025", candidate_id="w12-c07", interviewer_id="w12-i07", req_id="w12-r1",
         round="behavioural", submitted_at="2025-08-19", recommendation="lean_no_hire",
         specificity=5, style=["prose", "third_person", "quotes", "american"], topic="data pipelines",
         ratings={"ownership": "no_hire", "communication": "lean_hire"})
n.s("Behavioural, 45 minutes.", "c")
n.s("The candidate was asked about the hardest data problem he had owned.", "c", hard="question")
n.s("Tomasz described an LMS integration where one district's gradebook sync silently dropped late submissions for a whole semester.", "e0", "data_intuition")
n.s("He said he had noticed the row counts looked low in October but \"assumed the integrations team was on it\".", "e-", "ownership")
n.s("The issue was found in January by a teacher, and Tomasz said his part after that was \"re-running the jobs when they told me to\".", "e-", "ownership")
n.s("Asked what he would do differently, he said the integrations team should have had better monitoring.", "e-", "ownership", "learning")
n.s("The interviewer asked whether he could have added a check himself.", "c", hard="interviewer_action")
n.s("He agreed it would have taken \"maybe an afternoon\" but said it wasn't his ticket.", "e-", "ownership")
n.s("His explanation of the sync architecture was clear and well ordered, with a quick sketch of the three systems involved.", "e+", "communication", "system_thinking")
n.s("He asked good questions about how our teams split ownership of pipelines.", "e+", "ownership", hard="question")
n.s("Ownership is the concern here, not skill.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n026", candidate_id="w12-c07", interviewer_id="w12-i01", req_id="w12-r1",
         round="data", submitted_at="2025-08-19", recommendation="lean_hire",
         specificity=4, style=["prose", "first_person", "american"], topic="data pipelines")
n.s("I gave Tomasz a messy export of assignment scores from three different LMS vendors and asked him to build a single mastery table.", "c", hard="interviewer_action")
n.s("He noticed right away that one vendor stored scores out of 100 and another as 0 to 1, and normalized them before anything else.", "e+", "data_intuition", hard="plain_evidence")
n.s("He also caught that excused absences were coded as zero scores in one vendor, which would have made those kids look like they had failed.", "e+", "data_intuition", "user_impact")
n.s("It's a bit like a substitute teacher who actually reads the seating chart notes before class.", "v+", "data_intuition")
n.blank()
n.s("When I asked who should fix the zero coding upstream, he said \"that's for the vendor\" and moved on.", "e-", "ownership")
n.s("I'd have liked to hear him offer to at least flag it or write the workaround into the pipeline docs.", "v-", "ownership")
n.s("He did write a short comment in the notebook explaining the normalization, which I appreciated.", "e+", "communication")
n.s("I wonder if he's simply been in places where nobody expected him to step up.", "v0", "ownership", hard="hedged")
n.s("Technically he is clearly capable.", "v+")
n.s("Lean hire, with the ownership question left open for the debrief.", "v+")
notes.append(n)

n = Note(note_id="w12-n027", candidate_id="w12-c07", interviewer_id="w12-i05", req_id="w12-r1",
         round="system_design", submitted_at="2025-08-20", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "american"], topic="latency on school laptops")
n.s("Loved this one!", "v+")
n.s("The prompt was to serve exercise recommendations on very cheap school Chromebooks with flaky wifi.", "c")
n.s("Tomasz immediately asked what the slowest device in the fleet was and how much RAM it had!", "e+", "system_thinking", hard="question")
n.s("He proposed shipping a tiny ranker (under 2MB) to the client and prefetching the next 20 candidate exercises when the student opens a unit, so recommendations still work offline.", "e+", "system_thinking")
n.s("He worked out that 20 exercises at ~40KB each was fine to cache on a 4GB machine!", "e+", "system_thinking")
n.s("He also thought about what happens when the cached model is stale for a week, and proposed a version check on reconnect.", "e+", "risk_awareness")
n.s("He didn't say much about how we'd measure whether offline recommendations were as good as online ones.", "e-", "metrics", hard="negated")
n.s("Super creative guy, huge range!", "v+", hard="vague_quantity")
n.s("Such a great vibe, really chill and friendly!", "v+", hard="biased")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n028", candidate_id="w12-c07", interviewer_id="w12-i04", req_id="w12-r1",
         round="coding", submitted_at="2025-08-21", recommendation="hire",
         specificity=4, style=["qa", "first_person", "american"], topic="knowledge tracing",
         ratings={"coding": "hire"})
n.s("Q: Implement the BKT update for one skill given a list of correct/incorrect responses.", "c", hard="question")
n.nl()
n.s("A: Wrote it cleanly in about 15 minutes, with the posterior and transition steps in separate functions.", "e+", "coding")
n.s("Tested with an all-correct sequence and an all-wrong one and checked mastery moved in the right direction.", "e+", "coding")
n.nl()
n.s("Take: good.", "v+", "coding")
n.blank()
n.s("Q: What if guess + slip > 1?", "c", hard="question")
n.nl()
n.s("A: Said the model becomes non-identifiable and a correct answer would lower mastery; proposed constraining both below 0.3.", "e+", "ml_fundamentals")
n.nl()
n.s("Q: How would you fit the parameters?", "c", hard="question")
n.nl()
n.s("A: Mentioned EM but couldn't describe the E-step.", "e-", "ml_fundamentals")
n.nl()
n.s("Take: hire; strong implementer, theory a bit thin on fitting.", "v0", hard="mixed")
notes.append(n)

# ---- c08 Amara Nwosu (she), r2 -- defensive under pushback (i04 and i02)
n = Note(note_id="w12-n029", candidate_id="w12-c08", interviewer_id="w12-i04", req_id="w12-r2",
         round="fundamentals", submitted_at="2025-09-09", recommendation="no_hire",
         specificity=4, style=["qa", "first_person", "american"], topic="hallucinated answers",
         ratings={"learning": "no_hire", "ml_fundamentals": "lean_no_hire"})
n.s("Q: Why do LLM tutors hallucinate worked solutions more on multi-step word problems?", "c", hard="question")
n.nl()
n.s("A: Said it was \"purely a data problem\" and more training data would fix it.", "e-", "ml_fundamentals")
n.nl()
n.s("I asked about error compounding across steps in autoregressive decoding.", "c", hard="interviewer_action")
n.s("She said that wasn't relevant and repeated the data answer.", "e-", "learning", "ml_fundamentals")
n.nl()
n.s("Take: not engaging with the hint.", "v-", "learning")
n.blank()
n.s("Q: Would you trust the tutor's self-reported confidence?", "c", hard="question")
n.nl()
n.s("A: Said yes, \"if it's fine-tuned properly\".", "e-", "ml_fundamentals", "risk_awareness")
n.s("When I mentioned calibration studies showing overconfidence, she said those were \"about older models\".", "e-", "learning")
n.nl()
n.s("Take: defensive; the tone got sharper each time I pushed.", "e-", "learning", "communication", hard="verdict_plus_evidence")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n030", candidate_id="w12-c08", interviewer_id="w12-i02", req_id="w12-r2",
         round="system_design", submitted_at="2025-09-09", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "first_person", "american"], topic="LLM tutor evaluation",
         ratings={"system_thinking": "hire", "learning": "no_hire"})
n.b("Design: offline + online eval harness for tutor model releases.", "c", marker="1. ")
n.b("Good structure: golden set of 1,500 problems, LLM judge, weekly human audit of 200 samples.", "e+", "system_thinking", "metrics", marker="2. ")
n.b("Estimated judge cost at ~$40 per full run using her own token count (3k tokens x 1,500 x 2 calls).", "e+", "system_thinking", marker="3. ")
n.b("I noted the golden set was written by staff, not drawn from student queries.", "c", hard="interviewer_action", marker="4. ")
n.s("She said it was \"representative enough\" and would not revisit it.", "e-", "learning", "data_intuition")
n.b("Second challenge: judge and tutor from the same model family.", "c", hard="interviewer_action", marker="5. ")
n.s("Responded \"that's standard practice\"; no mitigation offered.", "e-", "learning", "metrics")
n.b("Online metric: thumbs-up rate; did not consider that kids thumbs-up when given the answer.", "e-", "metrics", "user_impact", hard="negated", marker="6. ")
n.b("Design skills are real.", "v+", "system_thinking", marker="7. ")
n.b("Reacted to both challenges by defending, not revising.", "v-", "learning", marker="8. ")
n.b("LNH.", "v-", hard="bare_verdict", marker="9. ")
notes.append(n)

n = Note(note_id="w12-n031", candidate_id="w12-c08", interviewer_id="w12-i05", req_id="w12-r2",
         round="coding", submitted_at="2025-09-10", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="giving away solutions")
n.s("Amara was awesome!", "v+", hard="bare_verdict")
n.s("She wrote a classifier stub that flags tutor turns containing the final answer to the student's problem.", "e+", "coding")
n.s("Her regex approach missed answers written in words (\"twelve\") and she added a number-word map when I showed her a failing case!", "e0", "coding", "learning", hard="mixed")
n.s("She kept going on about how the test cases I gave were unrealistic, which I thought was fair enough honestly!", "e0", "communication")
n.s("Super confident, knows exactly what she thinks!", "v+", "communication")
n.s("Very strong coder.", "v+", "coding")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n032", candidate_id="w12-c08", interviewer_id="w12-i01", req_id="w12-r2",
         round="behavioural", submitted_at="2025-09-11", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="teacher dashboards")
n.s("Amara and I talked about working with teachers who don't trust AI tools.", "c")
n.s("She told me about a pilot where math teachers turned off the tutor after a week, and she ran a feedback session with eight of them.", "e+", "user_impact", "ownership")
n.s("She changed the tutor to show its reasoning to teachers and said usage came back to about 60% of classes.", "e+", "user_impact")
n.s("That's what I'd want from anyone going into a staff room.", "v+", "user_impact")
n.blank()
n.s("When I mentioned that some teachers had said the tutor felt condescending, she said they \"just weren't used to it yet\".", "e-", "learning", "user_impact")
n.s("It made me think of a teacher who blames the class when a lesson falls flat.", "v-", "learning")
n.s("She is clearly bright and very driven.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c09 Kai Nakamura-Lee (they), r1 -- poor judgement under ambiguity (i06); adapts after hints (i05)
n = Note(note_id="w12-n033", candidate_id="w12-c09", interviewer_id="w12-i06", req_id="w12-r1",
         round="system_design", submitted_at="2025-10-14", recommendation="no_hire",
         specificity=4, style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="exercise recommendation")
n.b("ambiguous prompt on purpose: \"make recs better for struggling students\"", "c", hard="question")
n.b("kai didn't ask what \"struggling\" means or who decides", "e-", "judgment", hard="negated")
n.b("picked lowest quiz decile as the definition, no justification", "e-", "judgment", "data_intuition")
n.b("proposed full ranker rebuild w/ transformer, ~3 months, for a pilot w/ 6 schools", "e-", "judgment")
n.b("when i said we have 4 wks -> still wanted the rebuild, \"we can cut eval\"", "e-", "judgment", "risk_awareness")
n.b("arch itself was ok, clear components", "v+", "system_thinking")
n.b("did ask abt teacher workflow once, then dropped it", "e0", "user_impact", hard="mixed")
n.b("tbh judgment under ambiguity was the whole q and it wasn't there", "v-", "judgment")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n034", candidate_id="w12-c09", interviewer_id="w12-i05", req_id="w12-r1",
         round="coding", submitted_at="2025-10-14", recommendation="hire",
         specificity=4, style=["prose", "first_person", "american"], topic="knowledge tracing")
n.s("Great session with Kai!", "v+")
n.s("I asked them to write a function that picks the next exercise by maximizing expected mastery gain.", "c", hard="interviewer_action")
n.s("They started with a brute-force loop over all exercises, which was fine for the example but O(n*m) for the real catalog.", "e0", "coding")
n.s("I hinted that exercises only touch a few skills each!", "c", hard="interviewer_action")
n.s("Kai rebuilt it with an inverted index from skill to exercise and explained that it drops the work to the handful of skills the student is weakest on!", "e+", "learning", "coding")
n.s("They also added an early return for students with no history, which I hadn't even asked about!", "e+", "coding")
n.s("One test case failed because they used mastery before update instead of after, and they found it by printing intermediate values.", "e0", "coding")
n.s("Super smart, a real problem solver!", "v+")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n035", candidate_id="w12-c09", interviewer_id="w12-i07", req_id="w12-r1",
         round="data", submitted_at="2025-10-15", recommendation="lean_hire",
         specificity=5, style=["prose", "third_person", "quotes", "american"], topic="A/B tests in classrooms",
         ratings={"metrics": "hire", "judgment": "lean_no_hire"})
n.s("The candidate was given results of a classroom A/B test of a new hint policy: 120 classes, randomized by class, outcome a unit test score.", "c")
n.s("Kai first computed a per-student t-test and got p = 0.003.", "e-", "metrics")
n.s("The interviewer asked how the randomization was done.", "c", hard="question")
n.s("Kai said \"oh, then the students aren't independent\" and re-ran the analysis at the class level, getting p = 0.21.", "e+", "learning", "metrics")
n.s("They then pointed out that three classes had fewer than five students and asked whether those were real classes or test accounts.", "e+", "data_intuition", hard="question")
n.s("Asked whether to launch, Kai said \"yes, the point estimate is positive\" despite the non-significant result.", "e-", "judgment", "metrics")
n.s("When the interviewer asked about the cost of being wrong, they did not change the recommendation.", "e-", "judgment")
n.s("Strong analysis, shakier decisions.", "v0", hard="mixed")
n.s("The last ten minutes were left for the candidate's questions about the team.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n036", candidate_id="w12-c09", interviewer_id="w12-i03", req_id="w12-r1",
         round="fundamentals", submitted_at="2025-10-16", recommendation="lean_hire",
         specificity=2, style=["prose", "terse", "american"], topic="knowledge tracing")
n.s("Kai was pretty good on fundamentals.", "v+", "ml_fundamentals")
n.s("Explained logistic regression fine.", "e+", "ml_fundamentals")
n.s("Maybe a little junior for the level.", "v-", hard="hedged")
n.nl()
n.s("Nice, easygoing personality.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w12_notes_part3.jsonl", notes)
print(len(notes), "notes")
