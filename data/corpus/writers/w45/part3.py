import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- c07 Dmitri (he), r2: poor judgment under ambiguity (i05, i01); coding contradiction (i04 vs i06) ----------
n = Note(note_id="w45-n025", candidate_id="w45-c07", interviewer_id="w45-i04", req_id="w45-r2",
         round="coding", submitted_at="2026-03-09", recommendation="lean_no_hire", specificity=5,
         style=["qa", "terse", "third_person"], topic="rating inflation", ratings={"coding": "no_hire"})
n.b("Q: Implement an Elo update for a batch of game results, applied in order.", "c", hard="question")
n.b("A: Wrote the expected-score formula with the 400 divisor inverted, so stronger players were expected to lose.", "e-", "coding")
n.b("A: Did not run a single example before saying he was done.", "e-", "coding", hard="negated")
n.b("I gave him a 1500 vs. 1500 draw and asked for the output.", "c", hard="interviewer_action")
n.b("A: Traced it by hand, got 0 change, and said the code was fine.", "e-", "coding")
n.b("A: Only found the inversion when I asked for a 2000 vs. 1000 game; fixed it in one line.", "e0", "coding", "learning", hard="mixed")
n.b("Q: What happens to the batch if the same player appears in two games at once?", "c", hard="question")
n.b("A: Said it 'doesn't matter much', did not check whether the order of updates changes the result.", "e-", "ml_fundamentals")
n.b("Ran out of time before edge cases.", "c")
n.b("LNH on coding.", "v-", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n026", candidate_id="w45-c07", interviewer_id="w45-i06", req_id="w45-r2",
         round="debugging", submitted_at="2026-03-10", recommendation="hire", specificity=4,
         style=["bullets", "lowercase", "abbreviations", "arrows", "terse"], topic="matchmaking wait times")
n.h("debugging - matchmaker returns same pair twice")
n.b("read the code quietly ~5 min before touching anything, fine by me", "e+", "coding")
n.b("spotted the race: two workers pop the same ticket b/c the lock is released before the delete", "e+", "coding")
n.b("wrote a repro test w/ 2 threads -> failed, then fixed w/ a single atomic pop -> passed", "e+", "coding")
n.b("asked how often it happened in prod before deciding if a fix needed a hotfix or could wait for the release", "e+", "judgment")
n.b("didnt think abt players already matched twice (ghost games)", "e-", "user_impact", hard="negated")
n.b("strong debugger", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n027", candidate_id="w45-c07", interviewer_id="w45-i05", req_id="w45-r2",
         round="system_design", submitted_at="2026-03-10", recommendation="no_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="matchmaking wait times",
         ratings={"judgment": "no_hire", "system_thinking": "lean_hire"})
n.h("Prompt")
n.b("Wait times for 2200+ bullet players are over three minutes at night; the product lead wants them 'fixed'; no other requirements given on purpose.", "c")
n.h("Judgment")
n.b("Dmitri did not ask what 'fixed' meant or what the target was.", "e-", "judgment", hard="negated")
n.b("He went straight to a global cross-region pool and said latency would 'sort itself out'.", "e-", "judgment")
n.b("When I said bullet games are unplayable above 150ms ping, he kept the global pool and proposed a ping penalty in the score.", "e-", "learning")
n.b("He never offered the cheap options (widening the rating window at night, or showing the expected wait) before the expensive one.", "e-", "judgment", hard="negated")
n.h("System thinking")
n.b("The queue design itself was sound: sharded by time control and rating band, with a sweep every second.", "e+", "system_thinking")
n.b("Estimated 4,000 bullet tickets a minute at peak and sized the sweep accordingly.", "e+", "system_thinking")
n.h("User impact")
n.b("He did not consider what titled players would think of being paired 400 points down.", "e-", "user_impact", hard="negated")
n.h("Overall")
n.b("Good builder, but he picks a direction under ambiguity and does not look back.", "v-", "judgment")
n.b("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n028", candidate_id="w45-c07", interviewer_id="w45-i01", req_id="w45-r2",
         round="data", submitted_at="2026-03-11", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="puzzle difficulty estimation")
n.s("I gave to Dmitri a dataset of puzzle attempts and told him only that the puzzle team is unhappy with the difficulty numbers.", "c", hard="interviewer_action")
n.s("He decided immediately to build a neural network predicting success from the board position, without asking what the team was unhappy about.", "e-", "judgment")
n.s("I told him that the complaint was about puzzles rated 1500 that nobody below 2000 can solve.", "c", hard="interviewer_action")
n.s("He then looked at the attempts and found that those puzzles had very few attempts, mostly by strong players.", "e+", "data_intuition", "learning")
n.s("However he still wanted to keep the neural network plan, and he said the few-attempts issue 'will disappear with more data'.", "e-", "judgment")
n.s("His code in the notebook was clean and quick.", "v+", "coding")
n.s("I think his decision making when the problem is not clear is a concern.", "v-", "judgment", hard="hedged")
n.s("I am recommending lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---------- c08 Aroha (they), r1: strong, adapts after hint; communication contradiction (i04 vs i02) ----------
n = Note(note_id="w45-n029", candidate_id="w45-c08", interviewer_id="w45-i03", req_id="w45-r1",
         round="fundamentals", submitted_at="2026-05-04", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="adversaries who study the detector")
n.s("Fundamentals with Aroha.", "c")
n.s("Very strong on the modeling side.", "v+", "ml_fundamentals")
n.s("Talked through adversarial robustness and concept drift.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("They asked how often the detector is retrained.", "e0", "risk_awareness")
n.s("Good on the risk stuff too.", "v+", "risk_awareness")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n030", candidate_id="w45-c08", interviewer_id="w45-i04", req_id="w45-r1",
         round="system_design", submitted_at="2026-05-05", recommendation="hire", specificity=5,
         style=["qa", "third_person"], topic="adversaries who study the detector",
         ratings={"communication": "lean_no_hire", "learning": "strong_hire"})
n.b("Q: Cheaters create fresh accounts, play 20 honest games, then cheat in rated ones; design detection.", "c", hard="question")
n.b("A: Aroha started with per-game scoring only.", "e0", "system_thinking")
n.b("I hinted that the pattern lives at the account level, not the game level.", "c", hard="interviewer_action")
n.b("A: Switched within a minute to an account-level sequence model over the last 50 games and explained why per-game scores miss the switch point.", "e+", "learning", "system_thinking")
n.b("A: Proposed a device and payment fingerprint check linking new accounts to closed ones.", "e+", "system_thinking")
n.b("A: Raised unprompted that shared school computers would link innocent kids to a banned account, and suggested excluding known school networks from the fingerprint rule.", "e+", "user_impact")
n.b("Q: Rollback?", "c", hard="question")
n.b("A: Said every new rule should run in log-only mode for two weeks with a reviewer sampling 100 flags before enforcement.", "e+", "risk_awareness")
n.b("A: Spoke for about eight minutes on the fingerprint idea without pausing, and I had to interrupt twice to get back to the question.", "e-", "communication")
n.b("Hire; structure of answers needs work.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n031", candidate_id="w45-c08", interviewer_id="w45-i02", req_id="w45-r1",
         round="behavioural", submitted_at="2026-05-05", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person"], topic="explaining bans publicly")
n.s("I asked Aroha about a time they had to explain an unpopular decision to people it affected.", "c", hard="question")
n.s("They described closing a popular streamer's account at a gaming company and writing the public post themselves.", "e+", "ownership")
n.s("They said they kept the post to three sentences: what rule, what the player could do, and how to appeal, and it was shared with the streamer before going out.", "e+", "communication", "user_impact")
n.s("When the appeal succeeded two weeks later, they said they wrote the public correction too, instead of letting it go quietly.", "e+", "ownership")
n.s("I played devil's advocate and said a correction makes the team look weak; they answered that players trust a system that admits mistakes more than one that never does.", "e+", "user_impact")
n.s("Every answer came in a neat order, like a well-annotated game.", "v+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n032", candidate_id="w45-c08", interviewer_id="w45-i05", req_id="w45-r1",
         round="coding", submitted_at="2026-05-06", recommendation="hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="engine-assistance detection")
n.h("Problem")
n.b("Given a game's moves with clock times, return the longest streak of moves that match the engine's first choice and took under 3 seconds each.", "c")
n.h("Coding")
n.b("Aroha wrote a single pass with two counters and returned the streak start and end, not just the length, saying reviewers would want to jump to the moves.", "e+", "coding", "user_impact")
n.b("Tests covered an empty game and a game where every move matches.", "e+", "coding")
n.b("Missed that premoves record 0.1s and would inflate the streak; added a filter when I mentioned premoves.", "e0", "coding", "learning", hard="mixed")
n.h("Communication")
n.b("Narrated each step before typing and checked with me when unsure about the clock format.", "e+", "communication")
n.h("Overall")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- history notes ----------
n = Note(note_id="w45-n033", candidate_id="w45-c09", interviewer_id="w45-i06", req_id="w45-r1",
         round="coding", submitted_at="2025-02-18", recommendation="no_hire", specificity=2,
         style=["bullets", "lowercase", "terse", "fragments", "typos"], topic="engine-assistance detection")
n.h("coding")
n.b("couldnt finish the window q", "e-", "coding")
n.b("slow, lots of hesitation", "v-", hard="biased")
n.b("weak fundementals", "v-", "ml_fundamentals")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n034", candidate_id="w45-c10", interviewer_id="w45-i01", req_id="w45-r2",
         round="fundamentals", submitted_at="2025-03-25", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="titled players vs beginners")
n.s("In this interview I asked Marisol how she would make ratings for new players converge faster without disturbing titled players.", "c", hard="question")
n.s("She explained that the provisional period should use a larger update size and that the opponent's update should be scaled down when the opponent is provisional, so a strong player does not lose many points to an underrated newcomer.", "e+", "ml_fundamentals", "user_impact")
n.s("She wrote the formula on the board and checked it with one example, a 2500 losing to a new 1500 account.", "e+", "ml_fundamentals")
n.s("I asked about sandbaggers who lose on purpose to get a low rating.", "c", hard="interviewer_action")
n.s("She said the same scaling helps against them, but she also admitted she had no idea how to detect them and would ask the fair play team.", "e0", "risk_awareness", hard="mixed")
n.s("She asked how we would know the change works, and proposed the number of games until a rating stays within 50 points as the measure.", "e+", "metrics")
n.s("I found her explanations very clear and well organized.", "v+", "communication")
n.s("She seemed a bit nervous at the beginning.", "v-", hard="biased")
n.s("My recommendation is hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n035", candidate_id="w45-c11", interviewer_id="w45-i03", req_id="w45-r2",
         round="data", submitted_at="2025-04-14", recommendation="lean_hire", specificity=1,
         style=["prose", "third_person"], topic="matchmaking wait times")
n.s("Data round with Yusuf.", "c")
n.s("Knew his way around SQL and pandas.", "v+", "coding", hard="tech_vague")
n.s("Reasonable on the analysis, nothing special.", "v0", "data_intuition")
n.s("Could be stronger on metrics.", "v-", "metrics")
n.s("Seems like he'd fit in.", "v+", hard="biased")
n.s("Lean hire I guess.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w45-n036", candidate_id="w45-c12", interviewer_id="w45-i04", req_id="w45-r1",
         round="fundamentals", submitted_at="2025-05-07", recommendation="lean_hire", specificity=4,
         style=["qa", "terse", "third_person"], topic="false accusations and appeals")
n.b("Q: Your detector has 1% FPR; we score 5M games a week; how many wrong flags?", "c", hard="question")
n.b("A: Chen said 50,000 a week and immediately asked how many of those reach a ban.", "e+", "metrics", "user_impact")
n.b("Q: Why might calibration matter here?", "c", hard="question")
n.b("A: Said the reviewers see the score, so a 0.8 that is really 0.4 would bias them toward banning.", "e+", "ml_fundamentals", "user_impact")
n.b("A: Could not say how to check calibration beyond 'a reliability plot'.", "e-", "ml_fundamentals")
n.b("Q: Class imbalance, 1 cheater in 500 games?", "c", hard="question")
n.b("A: Suggested oversampling but did not mention that it changes the predicted probabilities.", "e-", "ml_fundamentals", hard="negated")
n.b("A: Asked whether we had any confirmed honest players as labels or only 'not banned'.", "e+", "data_intuition")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w45_notes_part3.jsonl", notes)
