import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w13-n037", candidate_id="w13-c13", interviewer_id="w13-i05", req_id="w13-r1",
         round="data", submitted_at="2024-10-08", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person", "american"], topic="churn prediction")
n.s("Olumide is exactly the kind of person we need on this team.", "v+")
n.s("We spent the hour on the churn dataset from the summer season.", "c")
n.s("He has an incredible feel for data and I could tell within five minutes that he's done this many times before.", "v+", "data_intuition", hard="vague_quantity")
n.s("He talked through leakage, survivorship and seasonality like an expert.", "v+", "data_intuition", hard="tech_vague")
n.s("He noticed that the churn label in our extract counted players who were banned as churned and said they should be removed before training, which was a great spot.", "e+", "data_intuition")
n.s("His explanations were super clear and well organized.", "v+", "communication")
n.s("I also loved his passion for games, he's been playing competitive shooters since he was a kid.", "v+", hard="biased")
n.s("Every answer was thoughtful and thorough.", "v+")
n.s("I didn't get to metrics or how the model would be used, we just ran out of time chatting.", "c")
n.s("Strong hire, he'd raise the bar.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n038", candidate_id="w13-c14", interviewer_id="w13-i02", req_id="w13-r2",
         round="fundamentals", submitted_at="2024-10-15", recommendation="lean_no_hire",
         ratings={"ml_fundamentals": "lean_no_hire", "metrics": "lean_hire"},
         specificity=4, style=["bullets", "headings", "third_person", "american"], topic="toxicity classifier")
n.h("Questions")
n.b("Class imbalance in toxicity data (1.5% positive); loss choice; evaluating a multilingual model.", "c")
n.h("Signal")
n.b("Suggested evaluating on a sample stratified by language and reporting recall per language, not one pooled number.", "e+", "metrics", "user_impact")
n.b("Knew that accuracy is useless at 1.5% positives and said so in the first minute.", "e+", "metrics")
n.h("Concerns")
n.b("Said focal loss 'removes the need for a threshold'.", "e-", "ml_fundamentals")
n.b("Could not explain why reweighting classes changes calibration; guessed it 'makes the model more honest'.", "e-", "ml_fundamentals")
n.b("Asked what she would do if only 300 labeled Turkish messages existed: answered 'collect more', no mention of translation, transfer or active learning.", "e-", "ml_fundamentals", "judgment")
n.b("Answers were consistently short and needed follow-ups.", "v-", "communication")
n.h("Verdict")
n.b("LNH.", "v-", hard="bare_verdict")
n.s("Metric sense is there; fundamentals below bar for DS.", "v0", "ml_fundamentals", "metrics", hard="mixed")
notes.append(n)

n = Note(note_id="w13-n039", candidate_id="w13-c15", interviewer_id="w13-i03", req_id="w13-r1",
         round="behavioural", submitted_at="2024-10-22", recommendation="hire",
         specificity=2, style=["prose", "american"], topic="behavioural")
n.s("Behavioral with Diego.", "c")
n.s("Good guy.", "v+", hard="biased")
n.s("Talked about his last team and some conflict stuff, handled fine I think.", "v+", "communication", hard="hedged")
n.s("He owned a big launch at his old studio, seemed like he drove it.", "v+", "ownership", hard="hedged")
n.s("He said he was the one who called the rollback when the new matchmaker doubled queue times in Brazil.", "e+", "ownership", "risk_awareness")
n.s("Learns fast.", "v+", "learning")
n.s("Communication solid.", "v+", "communication")
n.s("Maybe a little junior for L5, not sure.", "v-", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n040", candidate_id="w13-c16", interviewer_id="w13-i01", req_id="w13-r2",
         round="data", submitted_at="2024-11-12", recommendation="hire",
         specificity=2, style=["prose", "lowercase", "first_person", "abbreviations", "typos", "american"], topic="cheating detection")
n.s("data round w/ mei, the aimbot detection one.", "c")
n.s("she's lowkey cracked at this stuff.", "v+", "data_intuition")
n.s("talked about mouse telemetry, reaction times, snap angles, all the good stuff.", "v+", "data_intuition", hard="tech_vague")
n.s("def knows a ton about anti-cheat, prob more than me lol.", "v+", hard="vague_quantity")
n.s("she asked if pros and streamers are in the training set bc they'd look like cheaters.", "e+", "data_intuition", "user_impact", hard="question")
n.s("kinda quiet at first but warmed up.", "v0", hard="biased")
n.s("didnt get thru the false-ban part, time ran out.", "c")
n.s("vibe check passed, H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n041", candidate_id="w13-c17", interviewer_id="w13-i04", req_id="w13-r1",
         round="coding", submitted_at="2024-11-19", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="telemetry")
n.s("I gave to Yusuf the coding exercise with the session reconstruction from raw login and logout events, where some logouts are missing because the client crashed.", "c")
n.s("He has asked if a new login without logout should close the previous session, and what timeout we use, which were the two important questions.", "e+", "judgment", hard="question")
n.s("The implementation worked for the given examples, but it was one long function of maybe 60 lines and difficult to follow.", "e0", "coding", hard="mixed")
n.s("He did not write tests, and when I asked which cases he would test, he named only the normal case.", "e-", "coding", hard="negated")
n.s("In general his coding is on a reasonable level, I would say.", "v0", "coding")
n.s("He seems to me a person who learns quickly, but I could not really test this in one hour.", "v+", "learning", hard="hedged")
n.s("Lean hire, I would like a second coding opinion.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n042", candidate_id="w13-c18", interviewer_id="w13-i06", req_id="w13-r2",
         round="fundamentals", submitted_at="2024-12-10", recommendation="hire",
         specificity=3, style=["terse", "fragments", "first_person", "american"], topic="toxicity classifier")
n.s("2024-12-10 fundamentals, Ananya, 45 min.", "c")
n.nl()
n.s("10:00 q1: why does the toxicity model flag reclaimed slurs in LGBTQ community servers.", "c", hard="question")
n.nl()
n.s("10:04 answered: model learned the token, not the use; proposed adding community context as a feature.", "e+", "ml_fundamentals", "user_impact")
n.nl()
n.s("10:12 q2: bias/variance on the small Korean chat set.", "c")
n.nl()
n.s("10:13 textbook answer, fine.", "v0", "ml_fundamentals")
n.nl()
n.s("10:20 q3: how to evaluate a new model when labels arrive 2 weeks late.", "c")
n.nl()
n.s("10:22 suggested proxy on appeal rate + delayed backfill of true metric.", "e+", "metrics")
n.nl()
n.s("10:30 strong theory overall.", "v+", "ml_fundamentals")
n.nl()
n.s("Could be clearer when explaining.", "v-", "communication", hard="hedged")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n043", candidate_id="w13-c19", interviewer_id="w13-i03", req_id="w13-r2",
         round="data", submitted_at="2025-01-07", recommendation="no_hire",
         specificity=1, style=["prose", "terse", "american"], topic="data")
n.s("Not a fit.", "v-")
n.s("Chris struggled with the data stuff.", "v-", "data_intuition")
n.s("Didn't seem that into games either.", "v-", hard="biased")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n044", candidate_id="w13-c20", interviewer_id="w13-i05", req_id="w13-r2",
         round="behavioural", submitted_at="2025-01-28", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="behavioural")
n.s("Fatima was wonderful to talk to and I think she'd be an amazing addition to Trust & Safety.", "v+")
n.s("I asked about a hard call she made on a moderation project.", "c")
n.s("She said at her previous company she pushed to delay a harassment model by two weeks because reviewers found it flagged Arabic-script usernames far more often, and she ran the per-script breakdown herself to prove it.", "e+", "user_impact", "ownership")
n.s("She clearly cares deeply about players and fairness.", "v+", "user_impact")
n.s("Super articulate, great storyteller.", "v+", "communication")
n.s("She's a mom of two so she really gets why protecting younger players matters.", "v+", hard="biased")
n.s("Very mature and grounded.", "v+", hard="biased")
n.s("I didn't ask about on-call or incident stuff.", "c")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n045", candidate_id="w13-c21", interviewer_id="w13-i02", req_id="w13-r1",
         round="coding", submitted_at="2025-02-18", recommendation="hire",
         ratings={"coding": "hire", "learning": "hire"},
         specificity=4, style=["bullets", "headings", "third_person", "american"], topic="matchmaking queue")
n.h("Exercise")
n.b("Region assignment: given pings to 4 data centres, place players to minimise max ping subject to each region having enough players for a match.", "c")
n.h("Signal")
n.b("Started with brute force, stated O(4^n), then moved to a greedy by best ping plus a repair pass.", "e+", "coding")
n.b("Tests: empty input, all players in one region, ties in ping.", "e+", "coding")
n.b("When I showed the repair pass could loop forever, he added a max-iterations guard and a log line, then found the real cause (ties) and fixed it.", "e+", "learning", "coding")
n.b("Asked whether 'enough players' meant per mode or overall.", "e+", "judgment", hard="question")
n.h("Concerns")
n.b("Variable names like `a2`, `tmp3`.", "e-", "coding")
n.b("Slow to commit to an approach; ~15 min before first code.", "e-", "coding")
n.h("Verdict")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n046", candidate_id="w13-c22", interviewer_id="w13-i01", req_id="w13-r1",
         round="fundamentals", submitted_at="2025-03-18", recommendation="lean_hire",
         specificity=3, style=["prose", "lowercase", "first_person", "abbreviations", "american"], topic="skill rating")
n.s("fundamentals w/ zara, rating systems + a bit of churn modelling.", "c")
n.s("she got the elo expected-score formula right from memory and explained the 400 as a scale choice, nice.", "e+", "ml_fundamentals")
n.s("i asked why a new player's rating swings so hard and she said it's bc k is fixed, suggested a higher k for the first 20 games.", "e+", "ml_fundamentals")
n.s("then i asked what a 'fair' match means to players vs to the model and she kinda froze, said 50% win prob and nothing else.", "e-", "user_impact", "metrics")
n.s("i threw out 'what about stomps even when both sides are 50%' and she picked it up, said you'd want predicted score margin not just win prob.", "e+", "learning", "metrics")
n.s("pretty solid on the theory side.", "v+", "ml_fundamentals")
n.s("LH, player-side thinking needs a look in another round.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w13-n047", candidate_id="w13-c23", interviewer_id="w13-i04", req_id="w13-r2",
         round="data", submitted_at="2025-04-22", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="appeals")
n.s("The exercise for Tariq was the analysis of appeals of chat bans, with the question whether the new model causes more wrong bans than the old one.", "c")
n.s("He has compared the overturn rates of the two models directly, 9% against 6%, and concluded that the new model is worse.", "e-", "metrics")
n.s("I asked if the two models were applied to the same players, and he recognised then that the new model runs only in two regions, but he did not change his conclusion.", "e-", "data_intuition", "learning")
n.s("He is certainly a capable analyst with a lot of SQL experience.", "v+", "coding", hard="vague_quantity")
n.s("Also he asked who reviews the appeals and if the reviewers know which model made the ban, which is a good question for bias in the label.", "e+", "data_intuition", hard="question")
n.s("The presentation of his results was a bit chaotic.", "v-", "communication")
n.s("Lean no hire; I am open to be convinced by the other rounds.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n048", candidate_id="w13-c24", interviewer_id="w13-i05", req_id="w13-r1",
         round="debugging", submitted_at="2025-05-13", recommendation="lean_hire",
         specificity=2, style=["prose", "first_person", "american"], topic="live-ops experiments")
n.s("Bea did well in the debugging round and I'd lean toward bringing her on.", "v+")
n.s("I set up the broken experiment-assignment service where some players were ending up in both arms of a loot-box pricing test.", "c")
n.s("She worked through it steadily, she is clearly a very methodical engineer with a great debugging mindset.", "v+", "coding")
n.s("Deep knowledge of hashing and bucketing too.", "v+", "coding", hard="tech_vague")
n.s("She eventually found that the salt changed between two deploys, though I had to point her at the deploy log first.", "e0", "coding", "learning")
n.s("She asked how many players had seen both prices, and whether we owed anyone a refund, which I loved.", "e+", "user_impact", hard="question")
n.s("She was a bit quiet through most of it which made it hard to follow her thinking.", "v-", hard="biased")
n.s("Overall I was happy with it and I think she'd grow quickly here.", "v+", "learning")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w13_notes_part4.jsonl", notes)
print(len(notes), "notes")
