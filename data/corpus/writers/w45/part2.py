import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- c04 Kenji (he), r1: ignores user harm (i01, i05); no rollback (i04) ----------
n = Note(note_id="w45-n013", candidate_id="w45-c04", interviewer_id="w45-i01", req_id="w45-r1",
         round="system_design", submitted_at="2025-06-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="explaining bans publicly")
n.s("I asked Kenji to design the system that decides when an account is closed for fair play and what the player is told.", "c", hard="interviewer_action")
n.s("He drew a clear pipeline with a scoring service, a review queue and an enforcement service, and he explained each box before drawing the next one.", "e+", "system_thinking", "communication")
n.s("For the review queue he suggested ordering by suspicion score and by how many rated games the account played in the last week.", "e+", "judgment")
n.s("When I asked what the closed player should see, he answered that we should tell them nothing, because any detail 'teaches the cheaters'.", "e-", "user_impact")
n.s("I asked then about an honest player who is closed by mistake, and he said the appeal form is enough for such cases.", "e-", "user_impact")
n.s("He did not ask how many appeals we receive or how long they take.", "e-", "user_impact", hard="negated")
n.s("To be fair, he did say that the message for the public should not name the evidence, which I agree is reasonable.", "e+", "risk_awareness")
n.s("In my opinion he is strong technically but he does not think enough about the people on the other side.", "v-", "user_impact")
n.s("I am recommending lean no hire for this role specifically.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n014", candidate_id="w45-c04", interviewer_id="w45-i05", req_id="w45-r1",
         round="data", submitted_at="2025-06-04", recommendation="lean_no_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="children on the platform",
         ratings={"metrics": "hire", "user_impact": "no_hire"})
n.h("Exercise")
n.b("Kenji got a table of flagged accounts with age bracket, account age and review outcome, and 40 minutes to analyze it.", "c")
n.h("Data intuition")
n.b("He grouped overturn rate by account age and found that accounts under 30 days were overturned twice as often.", "e+", "data_intuition")
n.b("He did not break the results down by age bracket even though the column was right there.", "e-", "data_intuition", hard="negated")
n.h("Metrics")
n.b("He proposed measuring the detector by precision among reviewed cases and separately by the share of appeals upheld, and said the second is the one players feel.", "e+", "metrics")
n.h("User impact")
n.b("When I pointed out that under-13 accounts had the highest overturn rate, he said children are 'a small share of revenue' and moved to the next chart.", "e-", "user_impact")
n.b("Shows little concern for the impact on kids.", "v-", "user_impact")
n.h("Communication")
n.b("Walked me through each chart with its axis and the takeaway in one line, then checked if I had questions.", "e+", "communication")
n.h("Overall")
n.b("Capable analyst; the user-impact gap matches what another interviewer saw, so lean no hire.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w45-n015", candidate_id="w45-c04", interviewer_id="w45-i04", req_id="w45-r1",
         round="debugging", submitted_at="2025-06-04", recommendation="no_hire", specificity=5,
         style=["qa", "terse", "third_person"], topic="tournament-day load")
n.b("Q: After a model update, flags on tournament day tripled; walk me through what you check.", "c", hard="question")
n.b("A: Checked the feature pipeline first and found that move-time features were in seconds in the new build and milliseconds in the old.", "e+", "coding")
n.b("A: Found it within twelve minutes by printing feature means before and after.", "e+", "data_intuition", hard="plain_evidence")
n.b("Q: What do you do right now, while players are being flagged?", "c", hard="question")
n.b("A: Said he would hotfix the unit conversion and redeploy.", "e-", "risk_awareness")
n.b("A: Never mentioned rolling back to the previous model, even when I asked what the fastest safe option was.", "e-", "risk_awareness", hard="negated")
n.b("Q: What about the players already flagged?", "c", hard="question")
n.b("A: Said they were 'in the review queue anyway' and nobody had been banned yet.", "e-", "user_impact")
n.b("A: Did not ask whether flagged players had been removed from the tournament.", "e-", "user_impact", hard="negated")
n.b("Q: How would you stop this happening again?", "c")
n.b("A: Suggested a schema check on feature units in CI, which is the right fix.", "e+", "risk_awareness")
n.b("Good at finding bugs, weak at handling the incident.", "v0", hard="mixed")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n016", candidate_id="w45-c04", interviewer_id="w45-i02", req_id="w45-r1",
         round="coding", submitted_at="2025-06-05", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="engine-assistance detection")
n.s("Coding round: I asked Kenji to write a function that, given two players' move lists, finds the longest identical run of moves outside the opening book.", "c", hard="interviewer_action")
n.s("He went for dynamic programming straight away, like a player who knows the endgame tablebase by heart.", "e+", "coding")
n.s("He wrote it cleanly with clear variable names.", "v+", "coding")
n.s("He asked whether transpositions should count as identical, which I had not thought about myself.", "e+", "data_intuition")
n.s("He ran out of time before writing tests.", "e-", "coding")
n.s("Very talented, plays fast and sharp.", "v+")
n.s("I would hire him.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c05 Sam (they), r2: strong; vague write-up from i03; passive ownership seen by i01 ----------
n = Note(note_id="w45-n017", candidate_id="w45-c05", interviewer_id="w45-i05", req_id="w45-r2",
         round="fundamentals", submitted_at="2026-01-20", recommendation="hire", specificity=5,
         style=["headings", "bullets", "third_person"], topic="matchmaking wait times",
         ratings={"ml_fundamentals": "hire", "metrics": "strong_hire"})
n.h("Question")
n.b("How would you measure whether a new matchmaking rule (wider rating window after 20s) is better?", "c", hard="question")
n.h("Metrics")
n.b("Sam said wait time alone would reward pairing a 1000 with a 1600, so they paired it with the share of games decided in under 15 moves as a mismatch signal.", "e+", "metrics")
n.b("They asked whether a shorter wait that produces more lopsided games might still raise next-day return, and proposed returning players as the decision metric.", "e+", "metrics", "user_impact")
n.h("ML fundamentals")
n.b("Explained that the expected score under Elo is a logistic function of the rating gap, and used it to predict how often the 1600 should win (about 97%).", "e+", "ml_fundamentals")
n.b("Did not know what the Glicko rating deviation represents.", "e-", "ml_fundamentals", hard="plain_evidence")
n.h("Judgment")
n.b("When I said the experiment could only run for one week, they dropped next-day return as the primary metric and said they would use mismatch rate and keep retention as a guardrail.", "e+", "judgment")
n.h("Communication")
n.b("Restated my question in their own words before answering.", "e+", "communication")
n.h("Overall")
n.b("Hire: the metric reasoning alone was the best I have seen this quarter.", "v+", "metrics")
notes.append(n)

n = Note(note_id="w45-n018", candidate_id="w45-c05", interviewer_id="w45-i06", req_id="w45-r2",
         round="data", submitted_at="2026-01-21", recommendation="strong_hire", specificity=4,
         style=["bullets", "lowercase", "abbreviations", "arrows"], topic="rating inflation")
n.h("data rd")
n.b("gave them 1 yr of rated games, q = is blitz rating inflating", "c", hard="interviewer_action")
n.b("first thing: asked if bots/closed accts were still in the table -> they were, sam filtered them", "e+", "data_intuition")
n.b("computed avg rating change per game by rating band, showed 1000-1400 band gaining ~+0.3/game net", "e+", "data_intuition")
n.b("explained it: new accts start at 1500 and most lose pts to the pool on the way down", "e+", "ml_fundamentals")
n.b("didnt check if the result held for rapid too", "e-", "data_intuition", hard="negated")
n.b("asked who'd be upset if we deflated -> said titled players care most abt their peak", "e+", "user_impact")
n.b("v sharp", "v+")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n019", candidate_id="w45-c05", interviewer_id="w45-i03", req_id="w45-r2",
         round="system_design", submitted_at="2026-01-21", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="matchmaking wait times")
n.s("System design with Sam.", "c")
n.s("Covered matchmaking end to end.", "c")
n.s("Strong systems background, knew a lot about queues and sharding.", "v+", "system_thinking", hard="tech_vague")
n.s("Thoughtful about the trade-offs.", "v+", "judgment")
n.s("Lots of good ideas on the metrics side.", "v+", "metrics", hard="vague_quantity")
n.s("Great energy.", "v+", hard="biased")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n020", candidate_id="w45-c05", interviewer_id="w45-i01", req_id="w45-r2",
         round="behavioural", submitted_at="2026-01-22", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="puzzle difficulty estimation")
n.s("I asked Sam to describe a project they led from start to end.", "c", hard="question")
n.s("They described a puzzle recommender at their previous company, but when I asked what part was theirs, they said mostly 'the team decided' and 'my manager chose the metric'.", "e-", "ownership")
n.s("When the model's offline results did not hold online, they said the data engineering team was looking into it and they moved to another project.", "e-", "ownership")
n.s("They did not say what happened in the end.", "e-", "ownership", hard="negated")
n.s("On the other hand, they explained very clearly why the online click rate dropped: the new puzzles were harder and people gave up.", "e+", "metrics")
n.s("They also asked me how our puzzle team learns about complaints from parents, which I found a thoughtful question.", "e+", "user_impact")
n.s("I have a little worry about ownership.", "v-", "ownership", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c06 Lucia (she), r1: defensive under pushback (i04, i06) ----------
n = Note(note_id="w45-n021", candidate_id="w45-c06", interviewer_id="w45-i04", req_id="w45-r1",
         round="fundamentals", submitted_at="2024-11-12", recommendation="lean_no_hire", specificity=5,
         style=["qa", "third_person"], topic="adversaries who study the detector")
n.b("Q: A cheater uses the engine only in three critical moves per game; which features still catch them?", "c", hard="question")
n.b("A: Lucía proposed time-to-move on critical positions versus quiet positions, since humans think longer when the position is hard.", "e+", "ml_fundamentals")
n.b("A: Added that the threshold should be hidden and rotated, since cheaters will probe it.", "e+", "risk_awareness")
n.b("Q: Your model is retrained weekly on reviewed bans; what can go wrong?", "c", hard="question")
n.b("A: Said nothing can go wrong as long as the reviewers are good.", "e-", "data_intuition")
n.b("I pointed out that the model only sees cheaters it already caught, so retraining on its own bans narrows it over time.", "c", hard="interviewer_action")
n.b("A: Replied 'that's a theoretical concern, in practice it works', and did not address the feedback loop.", "e-", "learning")
n.b("Q: How would you check for the loop?", "c")
n.b("A: Declined, said she would need to see the data first.", "e-", "learning")
n.b("Strong on features, closed to pushback.", "v0", hard="mixed")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n022", candidate_id="w45-c06", interviewer_id="w45-i06", req_id="w45-r1",
         round="system_design", submitted_at="2024-11-13", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "lowercase", "terse", "abbreviations", "typos"], topic="false accusations and appeals")
n.h("sys design - appeals pipeline")
n.b("decent high-lvl boxes", "v0", "system_thinking")
n.b("put the engine re-analysis synchronous in the appeal submit path, no latency estimate", "e-", "system_thinking")
n.b("i said appeals spike after a ban wave, ~10x -> she said 'thats an ops problem not a design problem'", "e-", "learning")
n.b("didnt want to revisit, kept the sync design", "e-", "learning", hard="negated")
n.b("did suggest an sla for appeals + a reply to the player w/in 48h", "e+", "user_impact")
n.b("defensive", "v-", hard="biased")
n.b("prob LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n023", candidate_id="w45-c06", interviewer_id="w45-i02", req_id="w45-r1",
         round="behavioural", submitted_at="2024-11-13", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="titled players vs beginners")
n.s("A pleasant conversation with Lucía.", "v+", hard="biased")
n.s("She has real conviction, the way a player who has prepared her repertoire knows what she wants to play.", "v+")
n.s("She told me about a fraud model she owned end to end at her bank.", "v+", "ownership", hard="tech_vague")
n.s("She said she cares about beginners being treated fairly.", "e+", "user_impact")
n.s("Excellent communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n024", candidate_id="w45-c06", interviewer_id="w45-i05", req_id="w45-r1",
         round="coding", submitted_at="2024-11-14", recommendation="lean_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="engine-assistance detection")
n.h("Problem")
n.b("Implement a function that merges per-move engine evaluations from two engine versions and reports moves where they disagree by more than 100 centipawns.", "c")
n.h("Coding")
n.b("Lucía wrote a two-pointer merge on move number and handled moves missing from one engine by skipping them with a logged warning.", "e+", "coding")
n.b("Her first version compared mate scores as raw numbers, so mate-in-3 against +900 looked like a small gap.", "e-", "coding")
n.b("When I asked about mate scores she said the test data would not contain any.", "e-", "learning")
n.b("She then wrote a test with a mate score herself and converted mates to a capped value.", "e+", "coding", "learning")
n.h("Judgment")
n.b("Asked whether the report was for humans or for the model before choosing the output format.", "e+", "judgment")
n.h("Overall")
n.b("Solid code, though she needed a second prompt before taking the edge case seriously.", "v0", "coding", hard="mixed")
n.b("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w45_notes_part2.jsonl", notes)
