import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- Candidate c07: Rohan Mehta (he), r1 ----------------

n = Note(note_id="w13-n025", candidate_id="w13-c07", interviewer_id="w13-i05", req_id="w13-r1",
         round="coding", submitted_at="2025-08-19", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="skill rating")
n.s("Rohan did a fantastic job in the coding round and I came away really impressed with how he writes code, it was some of the cleanest Python I've seen in an interview this year, with small well-named functions and type hints everywhere.", "v+", "coding")
n.s("I asked him to implement a Glicko-style rating period update from a list of match results.", "c")
n.s("He finished the core update in about 30 minutes and walked me through each function as he wrote it, pausing to ask if I wanted more detail on the volatility step.", "e+", "communication", "coding")
n.s("I didn't see him run it on the example input, but the logic looked right to me when we read it together.", "e0", "coding", hard="hedged")
n.s("He has a really strong engineering mindset and I'd love to pair with him.", "v+", "coding")
n.s("Hire, and I'd push for a fast offer.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n026", candidate_id="w13-c07", interviewer_id="w13-i01", req_id="w13-r1",
         round="debugging", submitted_at="2025-08-20", recommendation="lean_no_hire",
         specificity=4, style=["prose", "lowercase", "first_person", "abbreviations", "typos", "american"], topic="telemetry")
n.s("debuging round, the match-telemetry aggregator that double counts kills in overtime.", "c")
n.s("rohan read the code fine and explained the flow back to me clearly, no complaints there.", "e+", "communication")
n.s("but he changed three things at once w/o running anything in between, so when the count changed he couldnt say which fix did it.", "e-", "coding")
n.s("his patch had an off-by-one on the round index, overtime round 13 got dropped completely.", "e-", "coding")
n.s("i asked him to run the test file, 2 of 6 failed, he said the tests were prob outdated.", "e-", "coding", "learning")
n.s("took another 10 min before he accepted the tests were right and fixed the index.", "e-", "learning")
n.s("ngl i was surprised, his resume screams strong coder.", "v0")
n.s("good systems chat at the end tho, asked where else this aggregator feeds into (he guessed the MMR pipeline, correct).", "e+", "system_thinking", hard="question")
n.s("LNH on coding specifically, curious what the other coding round says.", "v-", "coding")
notes.append(n)

n = Note(note_id="w13-n027", candidate_id="w13-c07", interviewer_id="w13-i02", req_id="w13-r1",
         round="system_design", submitted_at="2025-08-21", recommendation="hire",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "hire"},
         specificity=5, style=["bullets", "headings", "third_person", "american"], topic="telemetry pipelines")
n.h("Question")
n.b("Design the telemetry pipeline feeding matchmaking and churn features: 2B events/day, features fresh within 5 min.", "c")
n.h("Signal")
n.b("Asked which features truly need 5-min freshness; split into streaming (party status, last-match result) and daily batch (churn features).", "e+", "system_thinking", "judgment")
n.b("Sized the stream: ~25k events/s average, 3x at peak, partitioned by player id so per-player order holds.", "e+", "system_thinking")
n.b("Raised that client clocks lie and proposed server receive time plus a sequence number.", "e+", "data_intuition")
n.b("Without prompting, described a backfill path and a training/serving parity check on 1% of players.", "e+", "risk_awareness", "system_thinking")
n.b("When I said the stream would lag 20 min during a patch-day spike, he said matchmaking should fall back to last-known features with a staleness flag, not block.", "e+", "risk_awareness", "judgment")
n.b("Summarised the design for a PM in three sentences at the end when I asked.", "e+", "communication")
n.h("Concerns")
n.b("Skipped privacy entirely; player ids flow to every consumer unhashed.", "e-", "user_impact", hard="negated")
n.b("Storage estimate was off by ~10x (forgot replication) and he only noticed when I asked.", "e-", "system_thinking")
n.h("Verdict")
n.b("Hire.", "v+", hard="bare_verdict")
n.s("Among the best designs I have seen for this req.", "v+", "system_thinking")
notes.append(n)

n = Note(note_id="w13-n028", candidate_id="w13-c07", interviewer_id="w13-i04", req_id="w13-r1",
         round="behavioural", submitted_at="2025-08-22", recommendation="hire",
         specificity=4, style=["prose", "first_person", "american"], topic="behavioural")
n.s("In the behavioural round I have asked Rohan about a project where he had to convince other people of a technical decision.", "c")
n.s("He described how at his previous company he proposed to replace a hand-tuned matchmaking formula with a learned model, and that he first built a small simulator so the designers could see the queue times for themselves.", "e+", "communication", "ownership")
n.s("When the designers did not agree, he said, he reduced the launch to one region and one mode, which in my view shows that he can compromise.", "e+", "judgment")
n.s("I asked him what he would do differently, and he answered that he waited too long to show the players' side, namely the complaint tickets, which were the argument that in the end convinced people.", "e+", "user_impact", "learning")
n.s("He spoke clearly and in order, although sometimes a bit fast, so I had to ask him to repeat one number.", "e0", "communication", hard="mixed")
n.s("For the question about a failure he gave a less convincing example, a deadline he missed, and he put the reason mostly on a dependency team.", "e-", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- Candidate c08: Sun-hee Park (she), r2 ----------------

n = Note(note_id="w13-n029", candidate_id="w13-c08", interviewer_id="w13-i06", req_id="w13-r2",
         round="system_design", submitted_at="2025-09-09", recommendation="lean_no_hire",
         specificity=4, style=["terse", "fragments", "first_person", "american"], topic="minors' chat")
n.s("2025-09-09 system design, 45 min.", "c")
n.nl()
n.s("13:00 prompt deliberately vague: 'make chat safer for under-13 players'.", "c")
n.nl()
n.s("13:02 no clarifying qs; started drawing a BERT classifier immediately.", "e-", "judgment", hard="negated")
n.nl()
n.s("13:10 I asked what 'safer' means here.", "c", hard="interviewer_action")
n.nl()
n.s("13:11 she said 'no toxic messages' and kept going.", "e-", "judgment")
n.nl()
n.s("13:18 no mention of grooming, contact from adult strangers, or parental controls.", "e-", "user_impact", hard="negated")
n.nl()
n.s("13:25 serving part decent: batching, 50ms budget, fallback to blocklist on timeout.", "e+", "system_thinking", "risk_awareness")
n.nl()
n.s("13:33 I asked her to pick between two designs with incomplete info; she asked for more data three times, never picked.", "e-", "judgment")
n.nl()
n.s("13:40 finally chose when I said 'pick now', no reason given.", "e-", "judgment", "communication")
n.nl()
n.s("Good engineer, struggles when the problem isn't defined.", "v0", "judgment", hard="mixed")
n.nl()
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n030", candidate_id="w13-c08", interviewer_id="w13-i02", req_id="w13-r2",
         round="data", submitted_at="2025-09-10", recommendation="no_hire",
         ratings={"data_intuition": "lean_hire", "judgment": "no_hire", "metrics": "lean_no_hire"},
         specificity=5, style=["bullets", "headings", "third_person", "american"], topic="toxicity experiment")
n.h("Exercise")
n.b("A/B test of a new chat filter: treatment shows 12% fewer reports but 4% lower chat volume. Should we ship?", "c")
n.h("Signal")
n.b("Checked sample ratio first; found 50.3/49.7 and said it was fine.", "e+", "data_intuition")
n.b("Segmented by age band unprompted and found the chat drop was mostly in 13-15 year olds.", "e+", "data_intuition", "user_impact")
n.h("Concerns")
n.b("Asked 'is fewer chat a good or bad thing for us?', I said that's for her to argue; she did not take a position.", "e-", "judgment")
n.b("Listed six more analyses she would want before any decision.", "e-", "judgment")
n.b("When asked for a ship/no-ship with what she had, said 'I'd need to ask the PM'.", "e-", "judgment", "ownership")
n.b("Treated 'fewer reports' as equal to less toxicity; did not consider that players may report less because they chat less.", "e-", "metrics", hard="negated")
n.h("Verdict")
n.b("No hire.", "v-", hard="bare_verdict")
n.s("Analysis skills are real but the role needs someone who recommends.", "v-", "judgment", hard="mixed")
notes.append(n)

n = Note(note_id="w13-n031", candidate_id="w13-c08", interviewer_id="w13-i03", req_id="w13-r2",
         round="coding", submitted_at="2025-09-11", recommendation="hire",
         specificity=1, style=["prose", "terse", "american"], topic="coding")
n.s("Sun-hee's coding was solid.", "v+", "coding")
n.s("Really clean, really fast, 10/10.", "v+", "coding", hard="vague_quantity")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n032", candidate_id="w13-c08", interviewer_id="w13-i05", req_id="w13-r2",
         round="fundamentals", submitted_at="2025-09-11", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="toxicity classifier")
n.s("Sun-hee was lovely and clearly very bright, she has a very strong academic background in NLP and it showed throughout our talk about classifiers for chat moderation, where I asked her how she'd handle messages that are toxic only in context, like 'nice shot' after someone team-kills, and she suggested feeding the previous few messages and the game event stream into the model, which I thought was really creative, and she also explained that the label for such messages depends on who reviews them, so she'd want a written guideline and overlap between reviewers to measure agreement.", "e+", "ml_fundamentals", "data_intuition")
n.s("When I asked which approach she'd start with for launch she went back and forth for a while between the context model and a simple keyword baseline, and in the end she didn't really pick one, but I think that's just her being thorough.", "e-", "judgment")
n.s("Good listener, and a great fit for the team culture.", "v+", hard="biased")
n.s("Lean hire, would be happy to see her join.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- History notes ----------------

n = Note(note_id="w13-n033", candidate_id="w13-c09", interviewer_id="w13-i04", req_id="w13-r1",
         round="system_design", submitted_at="2024-11-05", recommendation="hire",
         ratings={"system_thinking": "hire", "metrics": "strong_hire"},
         specificity=5, style=["prose", "first_person", "american"], topic="churn prediction")
n.s("The question for Aleksandra was to design a churn prediction system which the live-ops team can use to decide whom to send a comeback reward.", "c")
n.s("She asked as first thing what the reward costs and whether a player who would have come back anyway also gets it, and from this she concluded that we need uplift, not churn probability.", "e+", "metrics", "judgment")
n.s("She then designed a two-arm holdout, 10% of at-risk players get no reward, so the uplift can be measured per segment and not only guessed from the model.", "e+", "metrics", "risk_awareness")
n.s("For the features she put a cutoff of seven days before the prediction date and explained that events after that are partly caused by the churn itself.", "e+", "data_intuition")
n.s("The serving is a daily batch job writing into the CRM tool, she estimated about 8 million active accounts and said that a nightly Spark job is enough for this size.", "e+", "system_thinking")
n.s("When I asked what if the job fails on the day of a season launch, she proposed to send no rewards that day rather than sending with stale scores, because an unnecessary reward cannot be taken back.", "e+", "risk_awareness", "judgment")
n.s("A weaker part was the monitoring, where she said 'we track AUC weekly' and did not mention the uplift from the holdout as the thing to monitor, although she had designed it herself.", "e-", "metrics")
n.s("Hire, clearly.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n034", candidate_id="w13-c10", interviewer_id="w13-i01", req_id="w13-r1",
         round="coding", submitted_at="2024-12-03", recommendation="strong_hire",
         specificity=4, style=["prose", "lowercase", "first_person", "abbreviations", "american"], topic="matchmaking queue")
n.s("coding w/ jamal, gave him the 'find fair 1v1 pairs from a queue with max wait' problem.", "c")
n.s("he asked what counts as fair before typing, i said mmr diff under 100 expanding by 25 every 10s.", "e+", "judgment", hard="question")
n.s("wrote it w/ a sorted list + bisect, O(n log n), said a heap would be overkill for queue sizes under 10k.", "e+", "coding", "system_thinking")
n.s("wrote tests for the expand-window case and for two players w/ identical mmr.", "e+", "coding")
n.s("i asked what happens for the top 10 players in the region and he said they'd wait forever, then added a cap on wait where they get matched with the nearest anyway + a flag so we can measure how often.", "e+", "user_impact", "metrics")
n.s("explained every step out loud without rambling, easy to follow.", "e+", "communication")
n.s("gg ez, SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n035", candidate_id="w13-c11", interviewer_id="w13-i03", req_id="w13-r2",
         round="system_design", submitted_at="2025-01-14", recommendation="lean_no_hire",
         specificity=1, style=["prose", "terse", "american"], topic="system design")
n.s("Noor didn't really click for me.", "v-")
n.s("Design was kind of all over the place.", "v-", "system_thinking")
n.s("Not sure they have the depth we need for a DS role.", "v-", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n036", candidate_id="w13-c12", interviewer_id="w13-i06", req_id="w13-r1",
         round="debugging", submitted_at="2025-01-21", recommendation="no_hire",
         specificity=3, style=["terse", "fragments", "first_person", "american"], topic="skill rating")
n.s("2025-01-21 debugging, 45 min, Felipe.", "c")
n.nl()
n.s("16:00 gave the Elo service with ratings drifting upward every season.", "c")
n.nl()
n.s("16:08 read logs, no hypothesis stated.", "e-", "communication")
n.nl()
n.s("16:15 suggested retraining the model; it isn't a model.", "e-", "ml_fundamentals")
n.nl()
n.s("16:22 I hinted: look at what happens when a player quits mid-match.", "c", hard="interviewer_action")
n.nl()
n.s("16:30 found winners gain points but leavers lose none; rating inflation.", "e0", "coding", "learning")
n.nl()
n.s("16:38 fix ok but no thought on repairing already inflated ratings.", "e-", "judgment")
n.nl()
n.s("Weak overall.", "v-", hard="bare_verdict")
n.nl()
n.s("Not ready.", "v-")
n.nl()
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w13_notes_part3.jsonl", notes)
print(len(notes), "notes")
