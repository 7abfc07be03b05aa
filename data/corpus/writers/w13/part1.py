import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- Candidate c01: Priya Raman (she), r1 matchmaking ----------------

n = Note(note_id="w13-n001", candidate_id="w13-c01", interviewer_id="w13-i02", req_id="w13-r1",
         round="coding", submitted_at="2025-02-11", recommendation="hire",
         ratings={"coding": "hire", "communication": "hire"},
         specificity=5, style=["bullets", "headings", "third_person", "american"], topic="skill rating")
n.h("Exercise")
n.b("Implement a batch Elo update for a list of 1v1 match results, then extend it to 5v5 teams.", "c")
n.b("60 min, shared editor, Python.", "c")
n.h("Signal")
n.b("Asked whether results arrive in order or can be replayed out of order before writing anything.", "e+", "judgment", hard="question")
n.b("Wrote the 1v1 update with the K-factor as a parameter and a pure function for the expected score.", "e+", "coding")
n.b("Added a test where both players start at 1500 and checked the ratings sum stayed constant.", "e+", "coding")
n.b("For teams she averaged the ratings per side and said out loud this hides a smurf on a team of low-rated friends.", "e+", "ml_fundamentals", "user_impact")
n.b("Caught her own bug: the loop mutated ratings mid-batch, so later matches used updated values; she copied the dict first and reran the test.", "e+", "coding")
n.b("Explained the fix to me in two sentences before touching the code again.", "e+", "communication", hard="plain_evidence")
n.h("Concerns")
n.b("Did not handle draws until I asked what a 0.5 result does to her function.", "e-", "coding", hard="negated")
n.b("No input validation at all; a match with the same player on both sides went straight through.", "e-", "coding")
n.b("Spent ~10 min on a K-factor decay schedule nobody asked for.", "e-", "judgment")
n.h("Verdict")
n.b("Hire.", "v+", hard="bare_verdict")
n.s("Clean code, tested, found her own bug; gaps are edge cases, not reasoning.", "v+", "coding")
notes.append(n)

n = Note(note_id="w13-n002", candidate_id="w13-c01", interviewer_id="w13-i06", req_id="w13-r1",
         round="system_design", submitted_at="2025-02-12", recommendation="strong_hire",
         specificity=4, style=["terse", "fragments", "first_person", "american"], topic="matchmaking queue")
n.s("2025-02-12, system design, 45 min, remote.", "c")
n.nl()
n.s("14:02 asked her to design matchmaking for a new 3v3 ranked mode, target queue under 60s.", "c", hard="interviewer_action")
n.nl()
n.s("14:05 she asked what share of players are in the top 1% of MMR and how many regions we run.", "e+", "judgment", hard="question")
n.nl()
n.s("14:09 proposed widening the skill window with wait time, drew it as a step function.", "e+", "system_thinking")
n.nl()
n.s("14:14 asked whether a shorter queue could hide worse matches, wanted stomp rate next to queue time.", "e+", "metrics")
n.nl()
n.s("14:20 sized it: ~40k concurrent in EU peak, buckets of 50 MMR, said one pool per region is fine.", "e+", "system_thinking")
n.nl()
n.s("14:26 I pushed on party vs solo fairness.", "c", hard="interviewer_action")
n.nl()
n.s("14:27 she changed her design to rate parties at max member MMR plus a penalty and said her first answer was too naive.", "e+", "learning", "user_impact")
n.nl()
n.s("14:33 rollback: keep old matchmaker as a flag, switch back if abandon rate rises 2 pts.", "e+", "risk_awareness")
n.nl()
n.s("14:40 did not get to late-night low-population queues; ran out of time.", "c")
n.nl()
n.s("Strong.", "v+", hard="bare_verdict")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n003", candidate_id="w13-c01", interviewer_id="w13-i03", req_id="w13-r1",
         round="behavioural", submitted_at="2025-02-13", recommendation="hire",
         specificity=1, style=["prose", "terse", "american"], topic="behavioural")
n.s("Priya knows her stuff.", "v+", hard="bare_verdict")
n.s("Vibes were good, very easy to talk to.", "v+", hard="biased")
n.s("Solid on ownership stuff.", "v+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n004", candidate_id="w13-c01", interviewer_id="w13-i04", req_id="w13-r1",
         round="data", submitted_at="2025-02-14", recommendation="hire",
         ratings={"data_intuition": "hire", "metrics": "lean_no_hire"},
         specificity=4, style=["prose", "first_person", "american"], topic="seasonal drift")
n.s("In this round I have given to the candidate a table of ranked matches from the last two seasons and asked her how she would check if our skill rating is still predictive after the season reset.", "c")
n.s("Before any analysis she asked whether the soft reset at season start is applied to everybody or only to players above some rating, which is the right first question for this data.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She then noticed herself that the first two weeks of each season contain many placement matches and proposed to exclude them from the comparison, because there the rating is by design uncertain.", "e+", "data_intuition")
n.s("For the prediction quality she computed the share of matches where the higher-rated team won, it was 58% in the old season and 54% in the new one.", "e0", "metrics")
n.s("Here I was less convinced: she took this drop of four points as the proof that the rating is broken, and when I asked whether the mix of matches changed she said the number speaks for itself.", "e-", "metrics", "learning")
n.s("Only later, in another context, she mentioned that more close matches would also lower this number, but she did not connect it back.", "e-", "metrics")
n.s("The SQL she has written was correct and readable, with a CTE per step, and she explained each one shortly.", "e+", "coding", "communication")
n.s("Overall I would say she is good with data and less careful with what a metric can tell.", "v0", "data_intuition", "metrics", hard="mixed")
n.s("Hire, with the metric point to be looked at in the debrief.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- Candidate c02: Tomasz Nowak (he), r1 ----------------

n = Note(note_id="w13-n005", candidate_id="w13-c02", interviewer_id="w13-i01", req_id="w13-r1",
         round="data", submitted_at="2025-03-03", recommendation="lean_no_hire",
         specificity=3, style=["prose", "lowercase", "first_person", "abbreviations", "american"], topic="churn prediction")
n.s("ok so this was the churn round, gave him the 30-day churn dataset from the battle pass season.", "c")
n.s("ngl he jumped straight into xgboost, didn't look at the data first.", "e-", "data_intuition")
n.s("got 0.91 auc and was hyped about it.", "e0", "metrics")
n.s("i asked what 'days_since_last_login' looks like for churned players and he kinda shrugged, said the model handles it.", "e-", "data_intuition", hard="plain_evidence")
n.s("that feature is literally the label leaking in lol.", "c")
n.s("when i spelled it out he said 0.91 is still 0.91 and auc doesn't lie.", "e-", "metrics", "learning")
n.s("lowkey worried about that one.", "v-")
n.s("his pandas was fast tho, groupbys and merges no fuss.", "v+", "coding")
n.s("asked him who we'd even send a retention offer to and he said 'everyone above 0.5'.", "e-", "judgment")
n.s("not a gg from me, LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n006", candidate_id="w13-c02", interviewer_id="w13-i02", req_id="w13-r1",
         round="system_design", submitted_at="2025-03-04", recommendation="no_hire",
         ratings={"metrics": "no_hire", "risk_awareness": "no_hire", "system_thinking": "lean_hire"},
         specificity=5, style=["bullets", "headings", "third_person", "american"], topic="matchmaking queue")
n.h("Question")
n.b("Replace the current Elo matchmaker with a learned match-quality model.", "c")
n.s("Design training, serving, launch.", "c")
n.h("Signal")
n.b("Drew a sensible serving path: candidate pool from queue, model scores pairs, greedy assignment every 2s.", "e+", "system_thinking")
n.b("Estimated 12k pair scores per tick per region and picked a small GBM to stay under 20ms.", "e+", "system_thinking")
n.h("Concerns")
n.b("Label was 'match ended within 5 min of expected length'; did not ask how surrenders or disconnects affect it.", "e-", "data_intuition", hard="negated")
n.b("Said the model was ready to ship because offline log-loss beat Elo by 6%.", "e-", "metrics")
n.b("When asked what online metric he would watch, answered 'the same log-loss, but live'.", "e-", "metrics")
n.b("No rollback plan.", "e-", "risk_awareness", hard="negated")
n.s("When asked, said the model is better so rollback should not be needed.", "e-", "risk_awareness")
n.b("Challenged on that, he repeated the 6% number and said we were being overly cautious.", "e-", "learning")
n.b("Never mentioned queue time at all.", "e-", "metrics", "user_impact", hard="negated")
n.h("Verdict")
n.b("No hire.", "v-", hard="bare_verdict")
n.s("Reasonable architecture; the launch thinking is not safe for a system every player touches.", "v-", "risk_awareness", hard="mixed")
notes.append(n)

n = Note(note_id="w13-n007", candidate_id="w13-c02", interviewer_id="w13-i05", req_id="w13-r1",
         round="coding", submitted_at="2025-03-04", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="telemetry")
n.s("Really enjoyed this one!", "v+")
n.s("I gave Tomasz the telemetry dedup problem, where events from the game client can arrive twice and out of order, and he got a working solution in about 25 minutes using a dict keyed on session and sequence number.", "e+", "coding")
n.s("He talked through the complexity without me asking and said it is linear in the number of events.", "e+", "communication", "coding")
n.s("When I asked about memory for a week of events he suggested a time window and evicting keys older than an hour, which I thought was smart.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("He didn't write any tests but I think that was just time pressure.", "e-", "coding", hard="negated")
n.s("He also mentioned that at his last job a churn model he built got a big offline AUC jump and he shipped it the same week, which shows real drive.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Super confident guy, great energy.", "v+", hard="biased")
n.s("Definitely a hire for me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n008", candidate_id="w13-c02", interviewer_id="w13-i06", req_id="w13-r1",
         round="debugging", submitted_at="2025-03-05", recommendation="lean_no_hire",
         specificity=4, style=["terse", "fragments", "first_person", "american"], topic="skill rating")
n.s("2025-03-05 debugging, 50 min.", "c")
n.nl()
n.s("10:01 setup: TrueSkill service, sigma never shrinks for new players; repo + logs shared.", "c")
n.nl()
n.s("10:06 read the update function first, good instinct.", "e+", "coding", hard="verdict_plus_evidence")
n.nl()
n.s("10:12 guessed the tau param was too high, changed it, no test run before claiming fixed.", "e-", "coding")
n.nl()
n.s("10:18 I pointed him to the logs for one player.", "c", hard="interviewer_action")
n.nl()
n.s("10:21 found sigma reset to default on every login (cache miss path), fixed it.", "e+", "coding")
n.nl()
n.s("10:30 asked how he'd know it's fixed in prod -> 'the unit test passes'.", "e-", "risk_awareness")
n.nl()
n.s("10:34 asked what new players saw meanwhile; he said probably nothing noticeable.", "e-", "user_impact")
n.nl()
n.s("10:40 no question back about how long the bug had been live.", "e-", "ownership", hard="negated")
n.nl()
n.s("Debugging ok once pointed.", "v0", "coding")
n.s("Impact thinking thin.", "v-", "user_impact")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- Candidate c03: Adaeze Okafor (she), r2 toxicity ----------------

n = Note(note_id="w13-n009", candidate_id="w13-c03", interviewer_id="w13-i03", req_id="w13-r2",
         round="data", submitted_at="2025-04-08", recommendation="strong_hire",
         specificity=2, style=["prose", "american"], topic="toxicity labels")
n.s("Adaeze was great.", "v+", hard="bare_verdict")
n.s("Really solid on the labeling side, knows her stuff about annotator agreement.", "v+", "data_intuition", hard="tech_vague")
n.s("She asked who labels the chat reports, which was a good sign.", "e+", "data_intuition", hard="question")
n.s("Strong communicator.", "v+", "communication")
n.s("Vibes were good all round.", "v+", hard="biased")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n010", candidate_id="w13-c03", interviewer_id="w13-i04", req_id="w13-r2",
         round="fundamentals", submitted_at="2025-04-09", recommendation="hire",
         ratings={"ml_fundamentals": "hire", "learning": "strong_hire"},
         specificity=5, style=["prose", "first_person", "american"], topic="toxicity calibration")
n.s("Fundamentals round, 45 minutes, about a chat toxicity classifier whose scores we use for auto-mute.", "c")
n.s("I asked first why a score of 0.8 from the model does not mean 80% of such messages are toxic.", "c", hard="question")
n.s("She explained that the model was trained with oversampled toxic messages, so the scores are shifted upward, and she wrote on the whiteboard the prior correction with the ratio of the base rates.", "e+", "ml_fundamentals")
n.s("Then she proposed to check it with a reliability plot on a held-out sample that was not oversampled, per bucket of 0.1.", "e+", "ml_fundamentals", "metrics")
n.s("For the threshold of auto-mute she first picked the point of maximal F1, which is not wrong as a start but ignores the cost of muting somebody wrongly.", "e0", "metrics", hard="mixed")
n.s("I gave her the hint that a wrong mute of a new player in the first hour costs us more than a missed insult.", "c", hard="interviewer_action")
n.s("After that she changed the approach completely, asked how much more, and set the threshold from an expected cost with the two numbers I gave, and she said her F1 choice was convenient, not justified.", "e+", "learning", "judgment")
n.s("She also asked if the false positive rate is the same for chat in Portuguese and in English, because the training data was mostly English.", "e+", "user_impact", "data_intuition")
n.s("One weaker point: when I asked about label noise from the report system, she said only 'more annotators' and did not go further.", "e-", "data_intuition")
n.s("Hire; the reaction to the hint was the best I have seen this quarter.", "v+", "learning")
notes.append(n)

n = Note(note_id="w13-n011", candidate_id="w13-c03", interviewer_id="w13-i06", req_id="w13-r2",
         round="behavioural", submitted_at="2025-04-10", recommendation="hire",
         specificity=4, style=["terse", "fragments", "first_person", "american"], topic="false bans")
n.s("2025-04-10 behavioural, 40 min.", "c")
n.nl()
n.s("11:00 asked for a time her model hurt users.", "c", hard="question")
n.nl()
n.s("11:03 told story: spam filter at prior job flagged Nigerian Pidgin as spam, she pulled 200 samples herself after an appeal spike.", "e+", "ownership", "user_impact")
n.nl()
n.s("11:08 she wrote the incident doc and added a per-language FPR panel to the weekly review.", "e+", "ownership", "risk_awareness")
n.nl()
n.s("11:14 asked about disagreeing with a PM.", "c")
n.nl()
n.s("11:15 answer vague, 'we aligned in the end', no detail on what she argued.", "e-", "communication")
n.nl()
n.s("11:22 I asked again for specifics; gave one: she had argued for a human-review queue before auto-bans.", "e+", "risk_awareness", "user_impact")
n.nl()
n.s("11:30 she asked me how appeals are staffed here.", "e+", "user_impact", hard="question")
n.nl()
n.s("Good on impact + ownership, PM story weaker.", "v0", "user_impact", "ownership", hard="mixed")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n012", candidate_id="w13-c03", interviewer_id="w13-i01", req_id="w13-r2",
         round="coding", submitted_at="2025-04-11", recommendation="strong_hire",
         specificity=3, style=["prose", "lowercase", "first_person", "abbreviations", "american"], topic="chat filtering")
n.s("coding round, gave her the leetspeak normalizer (turn 'n00b' / 'n 0 0 b' etc into base words before the blocklist).", "c")
n.s("she asked right away if we care about false hits like 'Scunthorpe' problem, ngl did not expect that.", "e+", "user_impact", hard="question")
n.s("wrote a char map + a collapse-spaces pass, clean af.", "e+", "coding")
n.s("tested it on like 8 strings she made up incl. emoji and zero-width chars.", "e+", "coding")
n.s("one bug, she stripped all digits so '1v1' became 'v', fixed it in like 2 min after her own test caught it.", "e0", "coding")
n.s("super sharp, lowkey the best coder i've had this cycle.", "v+", "coding")
n.s("gg, SH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w13_notes_part1.jsonl", notes)
print(len(notes), "notes")
