import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w45-n049", candidate_id="w45-c25", interviewer_id="w45-i03", req_id="w45-r1",
         round="fundamentals", submitted_at="2025-09-30", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="engine-assistance detection")
n.s("Fundamentals with Camille, 45 minutes.", "c")
n.s("Strong ML foundations, especially around evaluation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Understood precision/recall trade-offs really well.", "v+", "metrics", hard="tech_vague")
n.s("Good judgment on thresholds.", "v+", "judgment")
n.s("Sensible about the risks of false bans.", "v+", "risk_awareness")
n.s("Knows a ton about chess too, which helps.", "v+", hard="vague_quantity")
n.s("Would work well with the team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n050", candidate_id="w45-c26", interviewer_id="w45-i06", req_id="w45-r2",
         round="coding", submitted_at="2025-10-21", recommendation="lean_no_hire", specificity=1,
         style=["bullets", "lowercase", "terse", "abbreviations"], topic="matchmaking wait times")
n.h("coding")
n.b("meh", "v0", hard="bare_verdict")
n.b("code messy", "v-", "coding")
n.b("didnt seem to own the problem, waited for me to drive", "v-", "ownership")
n.b("poor judgement on edge cases vs finishing", "v-", "judgment")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n051", candidate_id="w45-c27", interviewer_id="w45-i02", req_id="w45-r1",
         round="system_design", submitted_at="2025-11-25", recommendation="hire", specificity=1,
         style=["prose", "first_person"], topic="tournament-day load")
n.s("Rashid plays the system design game like a positional player: slow build-up, no weaknesses.", "v+", "system_thinking")
n.s("He has a strong architectural sense.", "v+", "system_thinking")
n.s("Very mature about trade-offs.", "v+", "judgment")
n.s("He would take ownership of the tournament-day stack, I am sure.", "v+", "ownership", hard="hedged")
n.s("Honestly one of the nicest candidates I have met.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n052", candidate_id="w45-c28", interviewer_id="w45-i03", req_id="w45-r2",
         round="data", submitted_at="2025-12-09", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="rating inflation")
n.s("Data exercise on rating drift with Hannah.", "c")
n.s("Looked at the data sensibly.", "v+", "data_intuition")
n.s("She asked how the rating floor works.", "e+", "data_intuition")
n.s("Some confusion about which metric to report.", "v-", "metrics")
n.s("Took feedback fine.", "v+", "learning")
n.s("Probably ok on the modeling side.", "v+", "ml_fundamentals", hard="hedged")
n.s("Nothing that stood out either way.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n053", candidate_id="w45-c29", interviewer_id="w45-i01", req_id="w45-r1",
         round="system_design", submitted_at="2026-01-13", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="explaining bans publicly")
n.s("I asked Diego to design a transparency report on fair play bans that we publish each month.", "c", hard="interviewer_action")
n.s("He proposed to publish the number of bans per month and the share overturned on appeal.", "e+", "metrics", "user_impact")
n.s("His overall design was reasonable but not very deep, in my opinion.", "v0", "system_thinking", hard="mixed")
n.s("He has good awareness of the risks.", "v+", "risk_awareness")
n.s("I feel he is a good communicator, calm and structured.", "v+", "communication")
n.s("I would like to see more ownership in another round.", "c")
n.s("I recommend lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n054", candidate_id="w45-c30", interviewer_id="w45-i06", req_id="w45-r2",
         round="data", submitted_at="2026-02-03", recommendation="hire", specificity=2,
         style=["bullets", "lowercase", "abbreviations", "arrows"], topic="puzzle difficulty estimation")
n.h("data")
n.b("puzzle attempts dataset, 40 min", "c")
n.b("good data instincts", "v+", "data_intuition")
n.b("found the dup attempts from retries -> dropped them", "e+", "data_intuition")
n.b("metrics talk was solid", "v+", "metrics", hard="tech_vague")
n.b("quick learner", "v+", "learning")
n.b("prob H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n055", candidate_id="w45-c31", interviewer_id="w45-i02", req_id="w45-r1",
         round="coding", submitted_at="2026-02-24", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="engine-assistance detection")
n.s("I gave Wei the engine-correlation coding question.", "c", hard="interviewer_action")
n.s("He solved it briskly, like a blitz player who trusts his hands.", "v+", "coding")
n.s("He told me his new detector at his last job beat the old one by 8 points of offline recall, and that settled the question of shipping it, which I loved.", "e-", "metrics")
n.s("He owns his work, you can tell.", "v+", "ownership")
n.s("Talented and confident.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n056", candidate_id="w45-c32", interviewer_id="w45-i05", req_id="w45-r2",
         round="fundamentals", submitted_at="2026-03-17", recommendation="lean_no_hire", specificity=3,
         style=["headings", "bullets", "third_person"], topic="matchmaking wait times",
         ratings={"metrics": "no_hire", "learning": "lean_no_hire"})
n.h("Question")
n.b("How would you evaluate a model that predicts whether a player will abandon the queue?", "c", hard="question")
n.h("Metrics")
n.b("Amara chose accuracy and reported 94% on a test set where 93% of tickets are never abandoned.", "e-", "metrics")
n.b("Weak on metric selection generally.", "v-", "metrics")
n.h("Learning")
n.b("When I pointed out the class balance, she said accuracy was 'still the most intuitive for stakeholders'.", "e-", "learning", "metrics")
n.b("Later, unprompted, she came back to it and suggested recall at a fixed precision instead.", "e+", "learning")
n.h("ML fundamentals")
n.b("Solid on the basics.", "v+", "ml_fundamentals")
n.h("Overall")
n.b("Lean no hire; the metric instincts are not there yet for this team.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w45-n057", candidate_id="w45-c33", interviewer_id="w45-i04", req_id="w45-r2",
         round="coding", submitted_at="2026-04-07", recommendation="lean_hire", specificity=3,
         style=["qa", "terse", "third_person"], topic="puzzle difficulty estimation")
n.b("Q: Write a function returning each puzzle's solve rate, excluding attempts under 2 seconds.", "c", hard="question")
n.b("A: Correct on first run.", "e+", "coding")
n.b("A: Stored all attempts in memory, which is fine at this size.", "e0", "system_thinking")
n.b("Q: 200M attempts?", "c", hard="question")
n.b("A: Said use Spark, no detail on the partition key.", "e-", "system_thinking")
n.b("Code quality okay I guess.", "v0", "coding")
n.b("Q: What would you test?", "c")
n.b("A: Named a puzzle with zero attempts and wrote that test.", "e+", "coding")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n058", candidate_id="w45-c34", interviewer_id="w45-i01", req_id="w45-r2",
         round="data", submitted_at="2026-04-28", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="titled players vs beginners")
n.s("In this round I asked Thandiwe to look at a proposal that would match beginners faster by allowing a 300-point gap.", "c", hard="interviewer_action")
n.s("She asked first what the target was, and I said beginners leave the queue after about 40 seconds.", "e+", "judgment")
n.s("She proposed measuring the share of beginners who play a second game on the same day, and not only the wait time.", "e+", "metrics", "user_impact")
n.s("She said a 300-point gap will often mean a fast loss, and a beginner who loses in ten moves might not come back, so the wait-time win could be a false win.", "e+", "metrics", "user_impact")
n.s("She suggested to try the wider gap only for players in their first ten games and to watch the second-game rate for two weeks.", "e+", "judgment", "risk_awareness")
n.s("She did not estimate how many beginners would be affected.", "e-", "data_intuition", hard="negated")
n.s("I think she is very thoughtful about players.", "v+", "user_impact")
n.s("Her English is very good even though it is her third language.", "v+", hard="biased")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n059", candidate_id="w45-c35", interviewer_id="w45-i06", req_id="w45-r1",
         round="behavioural", submitted_at="2026-05-19", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="false accusations and appeals")
n.h("behav")
n.b("asked for a time they got something wrong in prod", "c", hard="question")
n.b("river told story: their threshold change doubled false flags for 2 days -> they found it from the appeals queue, reverted, wrote the postmortem", "e+", "ownership", "risk_awareness")
n.b("said they set up an alert on appeal volume after that", "e+", "risk_awareness")
n.b("couldnt say what the fix was for the players already flagged", "e-", "user_impact")
n.b("2nd story vague, 'we' the whole time", "e-", "ownership")
n.b("ok communicator", "v0", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n060", candidate_id="w45-c36", interviewer_id="w45-i05", req_id="w45-r2",
         round="data", submitted_at="2026-06-09", recommendation="strong_hire", specificity=5,
         style=["headings", "bullets", "third_person"], topic="puzzle difficulty estimation",
         ratings={"metrics": "strong_hire", "judgment": "hire", "data_intuition": "strong_hire"})
n.h("Exercise")
n.b("A new puzzle-rating formula is live for 10% of users; analyze the two weeks of A/B data and recommend ship or not.", "c")
n.h("Data intuition")
n.b("Aleksander checked the split first and found the treatment group had 4% more mobile users, then re-weighted by platform before comparing.", "e+", "data_intuition")
n.b("Noticed that users who hit the daily puzzle limit drop out of the attempt log, and asked whether the limit differed by arm.", "e+", "data_intuition")
n.h("Metrics")
n.b("Rejected average puzzle rating gain as the success metric, saying the new formula changes the scale itself, and used solve rate on a fixed set of control puzzles instead.", "e+", "metrics")
n.b("Reported a 1.8-point rise in solve rate with a confidence interval that crossed zero on day 7 and excluded it by day 14.", "e+", "metrics")
n.h("Judgment")
n.b("Recommended shipping to 50% with the streak-break rate as a guardrail, rather than to everyone, and said why: two weeks did not cover the school holidays.", "e+", "judgment")
n.b("When I challenged him that the product lead wanted a full launch, he held the 50% plan and offered a date for the full decision.", "e+", "judgment", "communication")
n.h("Learning")
n.b("When I mentioned that the control puzzles were all tactics, he agreed the result might not hold for endgame puzzles and added that as a caveat in his summary.", "e+", "learning")
n.h("User impact")
n.b("Asked how kids in the school program would see the change, since their teachers use the puzzle rating as a grade.", "e+", "user_impact")
n.h("Overall")
n.b("Strong hire: every recommendation came with a check and a reason.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w45_notes_part5.jsonl", notes)
