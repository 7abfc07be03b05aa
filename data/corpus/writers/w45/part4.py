import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w45-n037", candidate_id="w45-c13", interviewer_id="w45-i03", req_id="w45-r1",
         round="behavioural", submitted_at="2024-08-19", recommendation="lean_hire", specificity=1,
         style=["prose", "third_person"], topic="false accusations and appeals")
n.s("Behavioural round with Olusegun.", "c")
n.s("Talked through a couple of past projects.", "c")
n.s("Seems to own his work and follow through.", "v+", "ownership")
n.s("Communication was fine, maybe a little scattered at times.", "v0", "communication", hard="hedged")
n.s("Decent sense of what matters to players.", "v+", "user_impact")
n.s("Handled the conflict question okay.", "v0")
n.s("Not sure he has led anything big on his own.", "v-", "ownership", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n038", candidate_id="w45-c14", interviewer_id="w45-i02", req_id="w45-r2",
         round="fundamentals", submitted_at="2024-09-10", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="rating inflation")
n.s("What a game this was.", "v+")
n.s("Ingrid knows rating systems the way a strong player knows her openings, deep into the lines.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Excellent intuition for data, she sees the whole board.", "v+", "data_intuition")
n.s("She learns fast; every hint landed.", "v+", "learning")
n.s("Takes responsibility, a natural leader.", "v+", "ownership")
n.s("A joy to talk to.", "v+", hard="biased")
n.s("Strong hire without hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n039", candidate_id="w45-c15", interviewer_id="w45-i06", req_id="w45-r1",
         round="system_design", submitted_at="2024-10-01", recommendation="no_hire", specificity=1,
         style=["bullets", "lowercase", "terse", "fragments"], topic="tournament-day load")
n.h("sys design")
n.b("weak on scale", "v-", "system_thinking")
n.b("no real grasp of failure modes", "v-", "risk_awareness", hard="negated")
n.b("rambly", "v-", "communication")
n.b("not a fit for fair play", "v-")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n040", candidate_id="w45-c16", interviewer_id="w45-i03", req_id="w45-r1",
         round="coding", submitted_at="2024-10-22", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="engine-assistance detection")
n.s("Coding round with Farah.", "c")
n.s("Gave her the move-matching problem.", "c", hard="interviewer_action")
n.s("Got to a working solution with some time left.", "e+", "coding")
n.s("Clean code, good naming.", "v+", "coding")
n.s("Strong problem solver overall.", "v+")
n.s("She asked whether the engine depth was fixed.", "e+", "data_intuition")
n.s("Very knowledgeable about chess engines.", "v+", hard="tech_vague")
n.s("Communicates clearly.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n041", candidate_id="w45-c17", interviewer_id="w45-i01", req_id="w45-r2",
         round="behavioural", submitted_at="2024-12-03", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person"], topic="matchmaking wait times")
n.s("I asked Tariq about a project that did not go as planned.", "c", hard="question")
n.s("He spoke about a recommendation model in general terms, and it was not clear what was his part.", "v-", "ownership")
n.s("When I asked what he would do differently, he said the timeline was set by others.", "e-", "ownership")
n.s("In my opinion he does not take enough ownership of results.", "v-", "ownership")
n.s("His answers were long and I had to bring him back to the question more than once.", "v-", "communication")
n.s("He is certainly an intelligent person.", "v+")
n.s("He did not ask me any question about the team or the players.", "e-", "user_impact", hard="negated")
n.s("I recommend lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n042", candidate_id="w45-c18", interviewer_id="w45-i02", req_id="w45-r2",
         round="data", submitted_at="2025-01-14", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="puzzle difficulty estimation")
n.s("I gave Nikhil our puzzle-attempt sample and let him explore.", "c", hard="interviewer_action")
n.s("He moved through it like a player in time trouble who still finds good moves.", "v+", "data_intuition")
n.s("He noticed that some puzzles had a 100% success rate and asked if they were broken.", "e+", "data_intuition", hard="plain_evidence")
n.s("Great feel for metrics.", "v+", "metrics")
n.s("A few rough edges in how he explains himself, nothing that coaching would not fix.", "v0", "communication")
n.s("Clearly hungry to learn.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n043", candidate_id="w45-c19", interviewer_id="w45-i06", req_id="w45-r2",
         round="fundamentals", submitted_at="2025-02-04", recommendation="lean_hire", specificity=2,
         style=["bullets", "lowercase", "abbreviations", "terse"], topic="rating inflation")
n.h("fundamentals")
n.b("q on elo k-factor + provisional ratings", "c", hard="question")
n.b("knew the formulas", "v+", "ml_fundamentals", hard="tech_vague")
n.b("couldn't explain why k should shrink w/ games played", "e-", "ml_fundamentals")
n.b("ok on bias/var", "v0", "ml_fundamentals")
n.b("metrics answer was generic", "v-", "metrics")
n.b("took my hint on rating deviation well", "v+", "learning")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n044", candidate_id="w45-c20", interviewer_id="w45-i05", req_id="w45-r1",
         round="behavioural", submitted_at="2025-03-11", recommendation="lean_hire", specificity=3,
         style=["headings", "bullets", "third_person"], topic="false accusations and appeals",
         ratings={"ownership": "hire", "communication": "lean_no_hire"})
n.h("Ownership")
n.b("Beatriz described finding, on her own, that her previous team's spam model was muting new users in one language, then leading the fix and the apology email.", "e+", "ownership", "user_impact")
n.b("Said she kept a weekly check on the muted-user rate for three months after the fix.", "e+", "ownership", "risk_awareness")
n.b("Clearly someone who finishes what she starts.", "v+", "ownership")
n.h("Communication")
n.b("Her answers were hard to follow; the timeline jumped around.", "v-", "communication")
n.b("When I asked her to summarize the incident in one sentence, she took three minutes.", "e-", "communication")
n.h("Learning")
n.b("Asked for feedback on her answer at the end, which is rare.", "e+", "learning")
n.h("Overall")
n.b("Lean hire: strong ownership story, communication needs another look.", "v+", hard="mixed")
notes.append(n)

n = Note(note_id="w45-n045", candidate_id="w45-c21", interviewer_id="w45-i04", req_id="w45-r1",
         round="system_design", submitted_at="2025-04-08", recommendation="lean_no_hire", specificity=3,
         style=["qa", "third_person"], topic="explaining bans publicly")
n.b("Q: Design the service that produces the explanation shown to a banned player.", "c", hard="question")
n.b("A: Proposed generating the text from the top three model features.", "e0", "system_thinking")
n.b("A: Did not consider that this shows cheaters which features to avoid.", "e-", "risk_awareness", hard="negated")
n.b("Weak on adversarial thinking in general.", "v-", "risk_awareness")
n.b("Q: How do you handle a ban that is overturned?", "c", hard="question")
n.b("A: Said restore the account and the rating.", "e0", "user_impact")
n.b("Answers were short and thin.", "v-", "communication")
n.b("Seemed unprepared.", "v-")
n.b("Q: Scale?", "c")
n.b("A: 'A single server is enough', no estimate offered.", "e-", "system_thinking")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n046", candidate_id="w45-c22", interviewer_id="w45-i01", req_id="w45-r1",
         round="coding", submitted_at="2025-05-20", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="adversaries who study the detector")
n.s("The task I gave to Jonas was to write a function that detects when an account's move-time distribution changes suddenly between two periods.", "c", hard="interviewer_action")
n.s("He chose a two-sample Kolmogorov-Smirnov test and wrote it with numpy in about twenty minutes.", "e+", "coding")
n.s("He wrote a test with two identical samples and one with shifted samples, and both passed.", "e+", "coding")
n.s("When I asked about players who change time controls, he said the comparison should only be within the same time control.", "e+", "data_intuition")
n.s("I asked him how cheaters could avoid this check.", "c", hard="interviewer_action")
n.s("He said they could add random delays, and he did not propose any way to handle it.", "e-", "risk_awareness")
n.s("He is very fluent in Python.", "v+", "coding")
n.s("His explanations were a little bit fast for me, but clear.", "v0", "communication", hard="mixed")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n047", candidate_id="w45-c23", interviewer_id="w45-i05", req_id="w45-r2",
         round="system_design", submitted_at="2025-07-15", recommendation="hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="tournament-day load",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire"})
n.h("Prompt")
n.b("Design rating updates for a 50,000-player arena where games finish in bursts at each round end.", "c")
n.h("System thinking")
n.b("Kwame separated game storage from rating updates with a queue and said the arena leaderboard could lag by a few seconds without anyone minding.", "e+", "system_thinking", "judgment")
n.b("Estimated 25,000 results arriving within roughly 10 seconds at round end and showed the queue draining in under a minute with 8 workers.", "e+", "system_thinking")
n.h("Risk")
n.b("Proposed an idempotency key per game so a retried message never applies a rating change twice.", "e+", "risk_awareness")
n.b("Suggested a kill switch that freezes rating updates and keeps games running if the update service fails.", "e+", "risk_awareness", "judgment")
n.b("Did not say how he would detect that updates had silently stopped.", "e-", "risk_awareness", hard="negated")
n.h("Communication")
n.b("Drew the diagram first and walked through one game's path end to end before I asked.", "e+", "communication")
n.h("Overall")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n048", candidate_id="w45-c24", interviewer_id="w45-i04", req_id="w45-r1",
         round="debugging", submitted_at="2025-08-26", recommendation="hire", specificity=5,
         style=["qa", "terse", "third_person"], topic="children on the platform")
n.b("Q: The under-13 chat filter started blocking the word 'mate' after a retrain; find out why.", "c", hard="question")
n.b("A: Léa pulled the new training set and found 300 new toxic-labeled messages from one tournament where 'mate' appeared in trash talk.", "e+", "data_intuition")
n.b("A: Checked the labeling guideline and found that labelers were told to mark the whole message, not the toxic word.", "e+", "data_intuition")
n.b("Q: What do you ship tonight?", "c", hard="question")
n.b("A: Roll back to the previous filter, since kids being unable to say 'checkmate' breaks the product for them today.", "e+", "judgment", "user_impact")
n.b("A: Added an allowlist of chess terms as a regression test for future retrains.", "e+", "risk_awareness")
n.b("Q: How would you tell the parents and coaches who complained?", "c", hard="question")
n.b("A: Wrote a two-line message on the spot that said what broke and that it was fixed, without mentioning models.", "e+", "communication", "user_impact")
n.b("A: Did not ask how many children had been muted or whether the mutes should be lifted.", "e-", "user_impact", hard="negated")
n.b("H: fast to the root cause, sensible call on the rollback.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w45_notes_part4.jsonl", notes)
