import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- c01 Priyanka (she), r1 Fair Play MLE: strong; vague write-up from i03 ----------
n = Note(note_id="w45-n001", candidate_id="w45-c01", interviewer_id="w45-i03", req_id="w45-r1",
         round="fundamentals", submitted_at="2025-09-15", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="engine-assistance detection")
n.s("Fundamentals round with Priyanka.", "c")
n.s("Really solid on the ML side, knows her stuff.", "v+", "ml_fundamentals")
n.s("Good grasp of anomaly detection and class imbalance.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communicated well throughout.", "v+", "communication")
n.s("Seemed to care about the players too.", "v+", "user_impact")
n.s("Nice person, would be easy to work with.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n002", candidate_id="w45-c01", interviewer_id="w45-i04", req_id="w45-r1",
         round="coding", submitted_at="2025-09-16", recommendation="strong_hire", specificity=5,
         style=["qa", "terse", "third_person"], topic="engine-assistance detection",
         ratings={"coding": "strong_hire", "data_intuition": "hire"})
n.h("Coding, 50 min")
n.b("Q: Given a list of (move_time_ms, engine_match) per move, flag games where the top-engine match rate over any 10-move window exceeds a threshold.", "c", hard="question")
n.b("A: She asked whether book moves from the opening should count before writing anything.", "e+", "data_intuition", hard="plain_evidence")
n.b("A: Wrote a sliding window with a running sum, O(n) per game, and explained why she avoided recomputing each window.", "e+", "coding")
n.b("A: Added tests for a game shorter than 10 moves and for a window exactly at the threshold, unprompted.", "e+", "coding")
n.b("Q: What happens to a beginner who plays one lucky forced sequence?", "c", hard="question")
n.b("A: Said a forced mate in three has only one good move per turn, so matching the engine there proves nothing, and proposed down-weighting positions with a single legal-ish best move.", "e+", "data_intuition")
n.b("A: Added that a false flag on a new player who is probably a kid is worse than a missed cheat, and she would want a human review before any action.", "e+", "user_impact")
n.b("Q: Thresholds?", "c", hard="question")
n.b("A: Proposed setting it per rating band, since a 2400 player matches the engine far more often than a 900.", "e+", "judgment")
n.b("A: Did not mention how she would choose the band edges until I asked; then said she would look at the match-rate distribution per 100 points.", "e0", "data_intuition", hard="mixed")
n.b("Verdict: SH, every answer came with code or a concrete check.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n003", candidate_id="w45-c01", interviewer_id="w45-i02", req_id="w45-r1",
         round="system_design", submitted_at="2025-09-16", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person"], topic="tournament-day load")
n.s("I asked Priyanka to design the fair-play pipeline for a 20,000-player Titled Arena on tournament day.", "c", hard="interviewer_action")
n.s("She opened like a good player opens: calmly, with development before attack.", "v+", "communication")
n.s("She split the system into a cheap streaming check on every game and an expensive full-engine analysis queued only for flagged games.", "e+", "system_thinking")
n.s("She estimated about 3,000 games finishing per minute at peak and sized the engine workers from that.", "e+", "system_thinking")
n.s("When I asked what happens if the analysis queue backs up, she said flags should be delayed rather than dropped, and that no player should be removed mid-tournament on the cheap check alone.", "e+", "risk_awareness")
n.s("She also brought up that a titled player wrongly removed in a prize event is a public story, and suggested a human review step for any titled account.", "e+", "user_impact")
n.s("I pushed on cost and she cut the full analysis to the top 5% of suspicion scores and said what she would lose by doing so.", "e+", "judgment")
n.s("Her plan for monitoring was thinner; she named a dashboard but not what would page someone.", "e-", "risk_awareness", hard="mixed")
n.s("Like a grandmaster in a quiet position, she never seemed rushed.", "v+", hard="biased")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n004", candidate_id="w45-c01", interviewer_id="w45-i06", req_id="w45-r1",
         round="behavioural", submitted_at="2025-09-17", recommendation="hire", specificity=3,
         style=["bullets", "lowercase", "terse", "abbreviations", "fragments"], topic="false accusations and appeals")
n.h("behav")
n.b("asked abt a time she shipped something that hurt users", "c", hard="question")
n.b("told story of a spam filter at prev job that auto-muted new accts, she pulled the ban logic herself after appeals spiked", "e+", "ownership")
n.b("said she wrote the postmortem + added an appeal sla", "e+", "ownership")
n.b("good w/ ambiguity imo", "v+", "judgment")
n.b("a bit long-winded on the 2nd q, i had to cut her off", "e-", "communication")
n.b("clearly cares abt users", "v+", "user_impact")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c02 Tobias (he), r1: offline metric as truth (i04, i05), defends when challenged ----------
n = Note(note_id="w45-n005", candidate_id="w45-c02", interviewer_id="w45-i05", req_id="w45-r1",
         round="system_design", submitted_at="2025-10-02", recommendation="lean_no_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="engine-assistance detection",
         ratings={"metrics": "no_hire", "system_thinking": "lean_hire"})
n.h("Setup")
n.b("Design a detector for engine assistance in blitz games, 45 min.", "c")
n.h("System thinking")
n.b("Tobias laid out features per move (time spent, centipawn loss, engine match) feeding a gradient-boosted model scored after each game.", "e+", "system_thinking")
n.b("He did not consider where engine evaluations would come from at scale until I asked, then said 'we just run Stockfish on everything'.", "e-", "system_thinking", hard="negated")
n.h("Metrics")
n.b("He said the model would be ready to ship once offline AUC passed 0.95 on the banned-accounts set.", "e-", "metrics")
n.b("I asked whether banned accounts are a biased sample of cheaters; he said the ban list is 'ground truth by definition'.", "e-", "data_intuition")
n.b("He never mentioned the false-positive rate among honest players.", "e-", "metrics", hard="negated")
n.h("Users")
n.b("When I asked about players who get flagged wrongly, he said they can appeal and left it there.", "e-", "user_impact")
n.h("Learning")
n.b("After I explained that the ban list only holds cheaters the old system caught, he repeated that the AUC was high enough.", "e-", "learning")
n.h("Summary")
n.b("Reasonable architecture, but he treats the offline number as the answer, which is the exact failure mode this team cannot afford.", "v-", "metrics")
n.b("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n006", candidate_id="w45-c02", interviewer_id="w45-i04", req_id="w45-r1",
         round="fundamentals", submitted_at="2025-10-03", recommendation="no_hire", specificity=5,
         style=["qa", "third_person"], topic="false accusations and appeals")
n.b("Q: You have a detector with precision 0.9 at the current threshold; what does that mean for a player who is flagged?", "c", hard="question")
n.b("A: Said 90% of flagged players are cheaters, which is right for the evaluation set.", "e+", "ml_fundamentals")
n.b("Q: If the cheat rate among beginners is ten times lower than in the evaluation set, what happens?", "c", hard="question")
n.b("A: Said precision would stay at 0.9 because 'the model doesn't change'.", "e-", "ml_fundamentals")
n.b("I walked him through the base-rate arithmetic on the whiteboard.", "c", hard="interviewer_action")
n.b("A: He said the example was 'contrived' and that real beginners do not cheat less.", "e-", "learning")
n.b("Q: How would you decide the threshold for an automatic ban?", "c", hard="question")
n.b("A: Pick the threshold that maximizes F1 on the validation set.", "e-", "metrics")
n.b("A: Did not ask what a false ban costs compared to a missed cheater.", "e-", "judgment", hard="negated")
n.b("Q: Explain L1 vs. L2 regularization.", "c")
n.b("A: Correct, and he noted L1 would zero out the weak clock-time features, which is a fair point.", "e+", "ml_fundamentals")
n.b("NH: the base-rate miss plus arguing with the arithmetic.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n007", candidate_id="w45-c02", interviewer_id="w45-i02", req_id="w45-r1",
         round="coding", submitted_at="2025-10-03", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="engine-assistance detection")
n.s("Coding round with Tobias; I gave him the problem of computing average centipawn loss per player from a PGN stream.", "c", hard="interviewer_action")
n.s("He played the opening like he had seen it before: a parser, a per-move loop, and a dictionary of running totals, all in about fifteen minutes.", "e+", "coding")
n.s("The code ran first time on my sample file.", "e+", "coding", hard="plain_evidence")
n.s("He did not handle games that end by resignation on move one, and the average divided by zero.", "e-", "coding")
n.s("He fixed it in a minute once I showed him the failing case.", "e0", "coding", "learning", hard="mixed")
n.s("He told me his last model had a 12% offline AUC lift over the old rules, which he said was enough to justify replacing them outright.", "e-", "metrics")
n.s("I liked that confidence; you need a bit of that to play the Najdorf.", "v+", hard="biased")
n.s("Strong coder, a real tactician.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n008", candidate_id="w45-c02", interviewer_id="w45-i01", req_id="w45-r1",
         round="data", submitted_at="2025-10-04", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="adversaries who study the detector")
n.s("In this round I gave to the candidate a sample of 500 flagged games with the reviewer decisions and asked him to tell me what he sees.", "c", hard="interviewer_action")
n.s("He first counted the flags by rating band and noticed that almost half of the flags came from players below 1200.", "e+", "data_intuition")
n.s("However he did not ask how the reviewers were chosen or if they disagreed with each other.", "e-", "data_intuition", hard="negated")
n.s("When I asked about cheaters who learn the detector, he said they will 'always be caught eventually by the model'.", "e-", "risk_awareness")
n.s("I would like to note that he was polite and patient during the whole interview.", "v+", hard="biased")
n.s("In my opinion his data skills are adequate for the level.", "v0", "data_intuition")
n.s("His explanations were clear and in a good order.", "v+", "communication")
n.s("I am giving lean hire, but I am not fully sure about his thinking on adversaries.", "v0", "risk_awareness", hard="hedged")
notes.append(n)

# ---------- c03 Adaeze (she), r2 DS Ratings: adapts after hint; contradiction on data_intuition ----------
n = Note(note_id="w45-n009", candidate_id="w45-c03", interviewer_id="w45-i02", req_id="w45-r2",
         round="data", submitted_at="2025-11-10", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="rating inflation")
n.s("I showed Adaeze a chart of the median rapid rating rising about 40 points over two years and asked her whether it was inflation.", "c", hard="interviewer_action")
n.s("She asked first whether the player mix had changed, and pointed out that if weak players churn faster, the median of active players goes up with nobody getting stronger.", "e+", "data_intuition")
n.s("She proposed tracking a fixed cohort of accounts over the same period to separate the two effects.", "e+", "data_intuition")
n.s("She also asked whether the rating floor had changed, which it had in 2024, and which I had forgotten to mention.", "e+", "data_intuition", hard="plain_evidence")
n.s("When I asked what she would tell the community team, she said players care about their own number, so any correction should never lower a displayed rating overnight.", "e+", "user_impact")
n.s("She preferred a slow deflation over a one-time reset and gave the reason: a reset would hit returning casual players hardest.", "e+", "judgment")
n.s("She did not put a number on how much deflation per month would be noticeable.", "e-", "metrics", hard="negated")
n.s("That is the kind of move you see from someone who reads the whole board, not just the piece in front of her.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n010", candidate_id="w45-c03", interviewer_id="w45-i06", req_id="w45-r2",
         round="coding", submitted_at="2025-11-11", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "lowercase", "abbreviations", "terse"], topic="matchmaking wait times")
n.h("coding - matchmaking queue sim")
n.b("q: simulate a queue, pair players within 100 pts, widen window by 50 every 10s", "c", hard="question")
n.b("code worked on the happy path", "e0", "coding", hard="plain_evidence")
n.b("used a sorted list + linear scan, didn't think abt the cost w/ 50k ppl in queue", "e-", "system_thinking")
n.b("generated test players w/ uniform ratings 800-2800, never checked real dist is ~normal around 1200", "e-", "data_intuition")
n.b("so the wait-time numbers she reported were meaningless tbh", "v-", "data_intuition")
n.b("when i mentioned the dist she switched to sampling from a normal and reran", "e0", "learning", "data_intuition", hard="mixed")
n.b("weak on data sense", "v-", "data_intuition")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n011", candidate_id="w45-c03", interviewer_id="w45-i01", req_id="w45-r2",
         round="fundamentals", submitted_at="2025-11-11", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="puzzle difficulty estimation")
n.s("The question was how to estimate the difficulty rating of a new puzzle before many people have tried it.", "c", hard="question")
n.s("Adaeze proposed to treat each attempt like a game between the player and the puzzle and update the puzzle rating with Elo.", "e+", "ml_fundamentals")
n.s("At first she used the same K-factor for old and new puzzles.", "e-", "ml_fundamentals")
n.s("I gave her a hint that a new puzzle has much more uncertainty than an old one.", "c", hard="interviewer_action")
n.s("After the hint she moved to a Glicko-style rating deviation and explained that it lets the first attempts move the rating a lot and later attempts less.", "e+", "learning", "ml_fundamentals")
n.s("She also said that players who open a puzzle and leave after two seconds should not be counted as failures, because they did not really try.", "e+", "data_intuition")
n.s("She asked who sees the difficulty number, and when I said children in the school program use it, she suggested hiding the rating change after a failed puzzle for them.", "e+", "user_impact")
n.s("I think she is a quick learner.", "v+", "learning")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n012", candidate_id="w45-c03", interviewer_id="w45-i03", req_id="w45-r2",
         round="behavioural", submitted_at="2025-11-12", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="rating inflation")
n.s("Behavioural with Adaeze, about 40 minutes.", "c")
n.s("Talked about her past work on pricing experiments and a team conflict.", "v0", hard="tech_vague")
n.s("She mentioned she had pushed back on a launch once, handled fine I think.", "v+", "ownership", hard="hedged")
n.s("She asked what the ratings team ships in a quarter.", "e0", "judgment")
n.s("Good communicator, a bit reserved.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w45_notes_part1.jsonl", notes)
