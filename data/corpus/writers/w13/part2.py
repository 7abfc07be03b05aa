import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- Candidate c04: Kai Nakamura (they), r2 toxicity ----------------

n = Note(note_id="w13-n013", candidate_id="w13-c04", interviewer_id="w13-i02", req_id="w13-r2",
         round="system_design", submitted_at="2025-05-06", recommendation="lean_no_hire",
         ratings={"system_thinking": "hire", "user_impact": "no_hire"},
         specificity=5, style=["bullets", "headings", "third_person", "american"], topic="voice toxicity")
n.h("Question")
n.b("Design detection of abusive speech in voice chat for a game where ~20% of players are under 16.", "c")
n.h("Signal")
n.b("Split the pipeline into on-device VAD, server-side ASR on flagged segments only, then a text classifier.", "e+", "system_thinking")
n.b("Estimated ASR cost at 3% of voice minutes and said full transcription would be ~30x that.", "e+", "system_thinking")
n.b("Proposed storing only the flagged 10-second clips, 30 days, for appeals.", "e+", "risk_awareness")
n.h("Concerns")
n.b("Proposed auto-banning at a fixed 0.9 score with no human review, including for accounts flagged as minors.", "e-", "user_impact", "risk_awareness")
n.b("Asked about kids' voices being misrecognised by ASR, Kai said 'that's an ASR vendor problem'.", "e-", "user_impact", "ownership")
n.b("Did not mention consent or disclosure to players that voice is recorded.", "e-", "user_impact", hard="negated")
n.b("When I asked how they'd notice the ban rate doubling overnight, they proposed a dashboard but no alert or owner.", "e-", "risk_awareness")
n.h("Verdict")
n.b("Lean no hire.", "v-", hard="bare_verdict")
n.s("Architecture is above bar; the harm side is below it for a role that sits on minors' chat.", "v-", "user_impact", hard="mixed")
notes.append(n)

n = Note(note_id="w13-n014", candidate_id="w13-c04", interviewer_id="w13-i05", req_id="w13-r2",
         round="data", submitted_at="2025-05-06", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="chat reports")
n.s("Kai was a pleasure to interview and I'd be happy to have them on the team.", "v+")
n.s("I shared the player reports export and asked what they'd look at before building a toxicity model off the reports.", "c")
n.s("They immediately plotted reports per reporter and found that a few hundred accounts filed over half the reports, and said those might be mass-reporting campaigns rather than real abuse.", "e+", "data_intuition")
n.s("That was a really good catch and honestly not one most candidates make.", "v+", "data_intuition")
n.s("They also suggested deduplicating reports about the same match before treating them as labels.", "e+", "data_intuition")
n.s("Kai clearly has tons of experience with messy labels.", "v+", "data_intuition", hard="vague_quantity")
n.s("We didn't get much into how the model would be used downstream, and I'm not sure how they would handle the ban side of things, but that's probably for another round.", "c")
n.s("Great communicator, very calm, thoughtful.", "v+", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n015", candidate_id="w13-c04", interviewer_id="w13-i04", req_id="w13-r2",
         round="debugging", submitted_at="2025-05-07", recommendation="lean_no_hire",
         ratings={"data_intuition": "lean_no_hire", "coding": "hire"},
         specificity=4, style=["prose", "first_person", "american"], topic="toxicity drift")
n.s("The task in this debugging round was a notebook where the precision of the chat toxicity model has fallen from 0.82 to 0.61 in two weeks, and the candidate should find why.", "c")
n.s("Kai has started in a structured way, by reproducing the number first, which I appreciate.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Then they looked for a long time at the model code and the hyperparameters, although nothing there was changed, and I had to say twice that the model binary is the same.", "e-", "data_intuition", "learning")
n.s("What they did not look at is the input data, where a new season introduced slang from an event ('grief' used as a joke in a new game mode), which was the real cause.", "e-", "data_intuition", hard="negated")
n.s("When I asked directly whether the vocabulary could have changed, they answered that the tokenizer should handle new words, which is not really an answer to the question.", "e-", "ml_fundamentals")
n.s("After I showed the top false positives they recognised the pattern quickly and proposed to add the event terms to a re-labeling batch.", "e0", "learning", "data_intuition")
n.s("The pandas code was clean and they checked the join sizes without me asking.", "e+", "coding")
n.s("I find it hard to fit this with the very strong data feedback from the other round, so I think we should discuss it.", "c")
n.s("Lean no hire from me, because the data side was only reached with my help.", "v-", "data_intuition")
notes.append(n)

n = Note(note_id="w13-n016", candidate_id="w13-c04", interviewer_id="w13-i03", req_id="w13-r2",
         round="coding", submitted_at="2025-05-08", recommendation="lean_hire",
         specificity=1, style=["prose", "terse", "american"], topic="coding")
n.s("Coding was fine.", "v0", "coding")
n.s("Kai got there in the end.", "v0")
n.s("Decent grasp of data structures, nothing special.", "v0", "coding", hard="tech_vague")
n.s("LH I guess.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- Candidate c05: Mateo Alvarez (he), r1 ----------------

n = Note(note_id="w13-n017", candidate_id="w13-c05", interviewer_id="w13-i01", req_id="w13-r1",
         round="system_design", submitted_at="2025-06-02", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "abbreviations", "american"], topic="live-ops experiments")
n.s("Asked Mateo to design the A/B setup for a new loot-drop tuning in live ops, the usual one.", "c")
n.s("Started good ngl, he wanted to randomize by account not by session so players don't see two drop rates.", "e+", "judgment")
n.s("Picked D7 retention as primary + spend as guardrail, which is fine.", "e+", "metrics")
n.s("Then I asked about network effects, like squads where half are in treatment, and he said it's negligible.", "e-", "data_intuition")
n.s("I pushed a bit and he got kinda prickly, said 'I've run hundreds of these, trust me'.", "e-", "learning", hard="plain_evidence")
n.s("Tried the hint about cluster randomization by clan, he said it's overkill and moved on.", "e-", "learning")
n.s("Didn't bring up what we do if the test tanks retention midway.", "e-", "risk_awareness", hard="negated")
n.s("def knows experimentation theory, that part's legit.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("but the attitude when challenged tho.", "v-", "learning")
n.s("LNH, would maybe flip if others saw him take feedback better.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n018", candidate_id="w13-c05", interviewer_id="w13-i04", req_id="w13-r1",
         round="fundamentals", submitted_at="2025-06-03", recommendation="no_hire",
         ratings={"ml_fundamentals": "lean_no_hire", "learning": "no_hire"},
         specificity=5, style=["prose", "first_person", "american"], topic="skill rating")
n.s("I have asked Mateo to explain how a TrueSkill-like rating differs from Elo and when one would prefer it.", "c", hard="question")
n.s("He explained correctly that TrueSkill keeps a mean and an uncertainty per player and that the uncertainty shrinks with matches played.", "e+", "ml_fundamentals")
n.s("He could however not say what happens to the uncertainty if a player stops playing for months, and he first claimed it stays the same, which is correct for the basic model but he did not know the dynamics factor exists.", "e-", "ml_fundamentals")
n.s("When I told him that in our system there is such a factor, he answered that it would be a bad design and that he would remove it.", "e-", "learning")
n.s("I asked what would then happen for a player who comes back after a year with a rating from before, and he said the player will simply lose some games, that is fine.", "e-", "user_impact", "judgment")
n.s("After this I gave him a simple question about overfitting of a churn model with 400 features and 3000 churners, and he suggested regularization and a time-based split, which is good.", "e+", "ml_fundamentals", "data_intuition")
n.s("But when I asked why time-based, he said 'because that's standard' and could not give the reason with the future leaking into the past.", "e-", "ml_fundamentals")
n.s("Two times in this round he has corrected me in a tone that was not necessary, also when I was right.", "e-", "communication")
n.s("I do not recommend; the knowledge is partly there, but he did not once change his position when new information came.", "v-", "learning")
notes.append(n)

n = Note(note_id="w13-n019", candidate_id="w13-c05", interviewer_id="w13-i06", req_id="w13-r1",
         round="coding", submitted_at="2025-06-03", recommendation="lean_hire",
         specificity=4, style=["terse", "fragments", "first_person", "american"], topic="matchmaking queue")
n.s("2025-06-03 coding, 45 min.", "c")
n.nl()
n.s("15:00 problem: merge party requests into 5-player teams, min MMR spread.", "c")
n.nl()
n.s("15:04 asked if parties can be split, good clarifier.", "e+", "judgment", hard="question")
n.nl()
n.s("15:10 greedy sort-by-MMR + sliding window, working in 12 min.", "e+", "coding")
n.nl()
n.s("15:18 I showed a counterexample where greedy strands a 4-stack.", "c", hard="interviewer_action")
n.nl()
n.s("15:19 said the counterexample 'won't happen in practice'.", "e-", "learning")
n.nl()
n.s("15:24 after a second nudge, added a DP over party sizes, correct on my examples.", "e0", "coding", "learning")
n.nl()
n.s("15:35 wrote 4 tests incl. empty queue + single 5-stack.", "e+", "coding")
n.nl()
n.s("15:42 did not ask about time budget per tick.", "e-", "system_thinking", hard="negated")
n.nl()
n.s("Code good, takes hints slowly.", "v0", "coding", "learning", hard="mixed")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n020", candidate_id="w13-c05", interviewer_id="w13-i05", req_id="w13-r1",
         round="behavioural", submitted_at="2025-06-04", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person", "american"], topic="behavioural")
n.s("What a great conversation with Mateo, he has such a strong background in games and it really shows.", "v+")
n.s("He's a natural leader and very passionate about player experience.", "v+", hard="biased")
n.s("He told me about leading the ranked rework at his old studio, where he said he took the matchmaking team from two people to six and shipped a new rating system in one season.", "e+", "ownership")
n.s("Honestly he has more experience than most of our current team.", "v+", hard="vague_quantity")
n.s("He was very confident in all his answers.", "v+", hard="biased")
n.s("Strong hire, no doubts at all.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- Candidate c06: Leila Haddad (she), r2 ----------------

n = Note(note_id="w13-n021", candidate_id="w13-c06", interviewer_id="w13-i06", req_id="w13-r2",
         round="data", submitted_at="2025-07-14", recommendation="hire",
         specificity=4, style=["terse", "fragments", "first_person", "american"], topic="false bans")
n.s("2025-07-14 data round, 50 min.", "c")
n.nl()
n.s("09:30 gave her appeals data: 14k cheat bans last quarter, 1.1k appealed, 300 overturned.", "c")
n.nl()
n.s("09:34 asked who decides an overturn and whether reviewers see the model score.", "e+", "data_intuition", hard="question")
n.nl()
n.s("09:40 said 300/14k is not the false ban rate b/c most wrongly banned players never appeal.", "e+", "metrics", "data_intuition")
n.nl()
n.s("09:45 computed overturn rate by platform: console 2x PC.", "e+", "data_intuition")
n.nl()
n.s("09:52 concluded controller aim-assist looks like aimbot to the model; I hinted at input device.", "e0", "data_intuition", "learning")
n.nl()
n.s("10:00 proposed a random audit of 200 non-appealed bans to estimate the real FPR.", "e+", "metrics", "risk_awareness")
n.nl()
n.s("10:08 sample size reasoning off, said 200 gives +-1% which is wrong at that rate.", "e-", "ml_fundamentals")
n.nl()
n.s("10:12 asked what a false ban costs a player who paid for skins; good.", "e+", "user_impact", hard="question")
n.nl()
n.s("Solid data sense, stats a bit loose.", "v0", "data_intuition", "ml_fundamentals", hard="mixed")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n022", candidate_id="w13-c06", interviewer_id="w13-i02", req_id="w13-r2",
         round="behavioural", submitted_at="2025-07-15", recommendation="lean_hire",
         ratings={"ownership": "lean_no_hire", "communication": "hire"},
         specificity=4, style=["bullets", "headings", "third_person", "american"], topic="moderation operations")
n.h("Signal")
n.b("Described her current work on a harassment classifier for a social app, including the per-language thresholds she set.", "e+", "ml_fundamentals")
n.b("Explained the precision/recall trade-off for moderators to me as if I were on the ops team, with one worked example.", "e+", "communication", hard="plain_evidence")
n.b("Asked how moderators here give feedback on model mistakes.", "e+", "user_impact", hard="question")
n.h("Concerns")
n.b("Asked about a launch that went wrong: said the model was rolled back by the platform team and she 'found out in standup'.", "e-", "ownership")
n.b("Did not describe any follow-up she drove after that rollback.", "e-", "ownership", hard="negated")
n.b("In the conflict question, every decision was 'the team decided'; could not name one call she made herself.", "e-", "ownership")
n.b("Possibly just modest phrasing; worth probing in the debrief.", "c")
n.h("Verdict")
n.b("Lean hire.", "v+", hard="bare_verdict")
n.s("Strong technically, ownership unproven.", "v0", "ownership", hard="mixed")
notes.append(n)

n = Note(note_id="w13-n023", candidate_id="w13-c06", interviewer_id="w13-i01", req_id="w13-r2",
         round="debugging", submitted_at="2025-07-15", recommendation="hire",
         specificity=3, style=["prose", "lowercase", "first_person", "abbreviations", "american"], topic="cheating detection")
n.s("debugging round, the anti-cheat feature pipeline where headshot ratio is always 0 for some matches.", "c")
n.s("leila went to the raw events first, nice.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("found that matches with bots have shots logged under a different event name, so the join drops them.", "e+", "coding", "data_intuition")
n.s("then she asked how many bans used that feature while it was broken, which is exactly the q you want.", "e+", "risk_awareness", "user_impact", hard="question")
n.s("her first fix was a hardcoded rename, i said what about next patch and she switched to a schema check that fails loud.", "e+", "learning", "risk_awareness")
n.s("kinda slow to start tbh, like 10 min of reading before typing anything.", "e0", "coding", hard="mixed")
n.s("prob a hire, she debugs like someone who's been paged before.", "v+", "coding")
notes.append(n)

n = Note(note_id="w13-n024", candidate_id="w13-c06", interviewer_id="w13-i03", req_id="w13-r2",
         round="fundamentals", submitted_at="2025-07-16", recommendation="hire",
         specificity=2, style=["prose", "american"], topic="fundamentals")
n.s("Leila seems strong on fundamentals.", "v+", "ml_fundamentals", hard="hedged")
n.s("Good understanding of class imbalance and calibration.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She said she'd use PR curves rather than ROC for the cheat model since positives are rare.", "e+", "metrics")
n.s("Knows her stuff overall.", "v+")
n.s("Nice person, would be fun to work with.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w13_notes_part2.jsonl", notes)
print(len(notes), "notes")
