import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- candidate w33-c07 Aisha (she), Matching & Ranking ----------
n = Note(note_id="w33-n025", candidate_id="w33-c07", interviewer_id="w33-i05", req_id="w33-r1",
         round="system_design", submitted_at="2026-03-04", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "american"], topic="two-sided recommendations",
         ratings={"judgment": "no_hire", "system_thinking": "hire"})
n.s("Aisha was asked to improve reply rates on first messages, with the brief left deliberately open.", "c")
n.s("She did not ask a single clarifying question and began by designing a reply-prediction model.", "e-", "judgment", hard="negated")
n.s("Her architecture was clean: features from both profiles, a cross-attention scorer, and a re-rank step that boosts pairs likely to reply.", "e+", "system_thinking")
n.s("She worked out that scoring every pair nightly would be around 10 billion pairs and cut it with a geographic pre-filter.", "e+", "system_thinking")
n.blank()
n.s("The interviewer then said the product team was not sure whether the goal was more replies or fewer unanswered messages for women, who receive most of them.", "c", hard="interviewer_action")
n.s("She said both goals would be served by the same model and kept going.", "e-", "judgment", "user_impact")
n.s("When asked directly which she would optimize if she had to pick, she said 'whatever the PM wants' and did not reason about it.", "e-", "judgment", "ownership")
n.s("She did mention logging reply rates by gender, though only as a dashboard.", "e0", "user_impact", "metrics", hard="mixed")
n.s("She also proposed a holdout group that never gets the reply boost, so the team could measure its effect later.", "e+", "metrics")
n.blank()
n.s("Strong engineer, but she did not engage with the ambiguity the question was built around.", "v-", "judgment")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n026", candidate_id="w33-c07", interviewer_id="w33-i01", req_id="w33-r1",
         round="coding", submitted_at="2026-03-04", recommendation="strong_hire",
         specificity=2, style=["lowercase", "fragments", "abbreviations"], topic="coding")
n.s("aisha coding", "c")
n.nl()
n.s("q: merge k sorted lists of candidate profiles w dedup", "c")
n.nl()
n.s("absolutely cooked this q", "v+", "coding")
n.nl()
n.s("done in like 12 min, clean heap solution, tests for empty lists + dupes across lists", "e+", "coding")
n.nl()
n.s("crazy fast typer lol", "v+", hard="biased")
n.nl()
n.s("super strong coder", "v+", "coding")
n.nl()
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n027", candidate_id="w33-c07", interviewer_id="w33-i04", req_id="w33-r1",
         round="behavioural", submitted_at="2026-03-05", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="engagement vs wellbeing")
n.s("I asked Aisha about a time she had to make a call without clear instructions.", "c", hard="question")
n.s("She told me about a notifications project where nobody agreed on the goal, and said she built all three versions the stakeholders asked for so nobody would be upset.", "e-", "judgment")
n.s("When I asked which one shipped, she said none did, because the quarter ended.", "e-", "judgment", "ownership")
n.blank()
n.s("Then I asked whether a dating app should send a 'someone liked you!' push at 1am.", "c", hard="question")
n.s("She said it depended on the open-rate numbers.", "e-", "user_impact")
n.s("She did ask me how often members complain about late-night notifications, which was a good instinct.", "e+", "user_impact", hard="question")
n.s("I asked about people who might be lonely or struggling at that hour, and she agreed that mattered but couldn't say what she'd do differently.", "e-", "user_impact", "judgment")
n.blank()
n.s("She's clearly bright.", "v+")
n.s("I'm worried about how she handles the gray areas that come up all the time on our side of the house.", "v-", "judgment")
n.s("Leaning no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n028", candidate_id="w33-c07", interviewer_id="w33-i02", req_id="w33-r1",
         round="debugging", submitted_at="2026-03-05", recommendation="hire",
         specificity=5, style=["bullets", "headings", "quotes", "third_person"], topic="ranking regression",
         ratings={"coding": "strong_hire", "risk_awareness": "hire"})
n.h("Debugging: match-rate drop after ranker deploy")
n.s("Gave her the deploy diff, the logs and a dashboard showing match rate down 9% in one region.", "c")
n.nl()
n.h("Findings")
n.b("Checked whether the drop was in all regions before reading any code; it was only in one.", "e+", "data_intuition", marker="1. ")
n.b("Found that the region's feature file was a day stale, so distance features were missing and defaulted to zero.", "e+", "coding", "data_intuition", marker="2. ")
n.b("Wrote a two-line check that fails the job if the feature file is older than 6 hours, and a unit test for it.", "e+", "coding", "risk_awareness", marker="3. ")
n.b("Said 'a default of zero distance means everyone looks next door, that's why the ranker went weird'; correct.", "e+", "ml_fundamentals", marker="4. ")
n.b("Did not ask whether users in that region had been affected or should be told, even after the fix.", "e-", "user_impact", hard="negated", marker="5. ")
n.h("Verdict")
n.s("Hire on debugging.", "v+", hard="bare_verdict")
n.s("Fast and methodical, but finding 5 matches the gap others have seen.", "v0", hard="mixed")
notes.append(n)

# ---------- candidate w33-c08 Ren (they), Trust & Safety ----------
n = Note(note_id="w33-n029", candidate_id="w33-c08", interviewer_id="w33-i03", req_id="w33-r2",
         round="fundamentals", submitted_at="2026-04-08", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="fundamentals")
n.s("Fundamentals with Ren.", "c")
n.s("Strong on the basics.", "v+", "ml_fundamentals")
n.s("Good knowledge of classification, imbalance, all the usual topics.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Clearly experienced.", "v+")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n030", candidate_id="w33-c08", interviewer_id="w33-i06", req_id="w33-r2",
         round="system_design", submitted_at="2026-04-08", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="scam detection")
n.s("I asked Ren to design scam detection for first messages, which is the problem I've been obsessed with since we saw the crypto-investment scam wave last spring.", "c")
n.s("They were wonderful to talk to, so clear and easy to follow.", "v+", "communication")
n.s("They proposed a fast rules layer for known scam phrases, then a classifier on message text and account age, then human review for anything borderline.", "e+", "system_thinking")
n.s("They asked what happens to a real person whose first message gets held, and suggested delaying rather than blocking so a false positive only costs a few minutes.", "e+", "user_impact", "judgment")
n.s("They also said they'd canary any new rule on 1% of traffic and auto-revert if the hold rate jumped.", "e+", "risk_awareness")
n.s("I went off on a tangent about how scammers move to other apps after the first message, and they followed it happily.", "c")
n.s("Honestly one of the best designers I've seen in years.", "v+", "system_thinking", hard="vague_quantity")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n031", candidate_id="w33-c08", interviewer_id="w33-i02", req_id="w33-r2",
         round="behavioural", submitted_at="2026-04-09", recommendation="lean_hire",
         specificity=4, style=["bullets", "headings", "quotes", "third_person"], topic="communication",
         ratings={"communication": "lean_no_hire", "risk_awareness": "hire"})
n.h("Behavioural")
n.b("Asked for a time they disagreed with a launch.", "c", hard="question")
n.h("Findings")
n.b("Described blocking a moderation model launch because it had never been tested on non-English text; showed the error table they brought to the review.", "e+", "risk_awareness", "ownership", marker="1. ")
n.b("Took about seven minutes to reach the point of the story; I interrupted twice to ask what the decision was.", "e-", "communication", marker="2. ")
n.b("Asked to summarize for a VP in one sentence, they said 'it would ban people for writing in Tagalog, so we waited two weeks'.", "e+", "communication", "user_impact", marker="3. ")
n.b("Said the two-week delay 'was my call and I'd make it again'.", "e+", "ownership", "judgment", marker="4. ")
n.h("Verdict")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Content was strong, delivery needed steering, which is the opposite of what the design round reported.", "v0", "communication", hard="mixed")
notes.append(n)

n = Note(note_id="w33-n032", candidate_id="w33-c08", interviewer_id="w33-i01", req_id="w33-r2",
         round="coding", submitted_at="2026-04-09", recommendation="lean_hire",
         specificity=2, style=["lowercase", "fragments", "typos"], topic="coding")
n.s("coding w ren, parse report logs and count repeat offenders", "c")
n.nl()
n.s("got there but slow", "v0", "coding", hard="mixed")
n.nl()
n.s("forgot to lowercase the usernames so same person counted twice, found it when i showed the output", "e0", "coding", "learning")
n.nl()
n.s("explaind stuff v clearly", "v+", "communication")
n.nl()
n.s("prob fine for the role tbh", "v+", hard="hedged")
n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---------- history notes ----------
n = Note(note_id="w33-n033", candidate_id="w33-c09", interviewer_id="w33-i03", req_id="w33-r2",
         round="system_design", submitted_at="2024-11-20", recommendation="lean_no_hire",
         specificity=1, style=["prose", "terse"], topic="photo verification")
n.s("System design, photo verification.", "c")
n.s("Not quite there.", "v-", hard="bare_verdict")
n.s("Design felt incomplete and a bit junior.", "v-", "system_thinking")
n.s("Didn't seem comfortable with the scale side of things.", "v-", "system_thinking", hard="hedged")
n.s("Nice enough guy.", "v+", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n034", candidate_id="w33-c10", interviewer_id="w33-i04", req_id="w33-r2",
         round="behavioural", submitted_at="2024-12-05", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="harassment reports")
n.s("I interviewed Tomasz for the Trust & Safety role, mainly on how he'd treat people who report harassment.", "c")
n.s("He asked whether reporters can see the outcome of their report, and when I said no, he said that was probably why our report volume drops after someone's first report.", "e+", "user_impact", hard="question")
n.s("I asked what he'd do with a report that he couldn't verify.", "c", hard="question")
n.s("He said he'd never ban on one unverified report, but he'd quietly stop showing the two people to each other.", "e+", "judgment", "user_impact")
n.s("He got a little flustered when I asked about reports against our own staff, and didn't really answer.", "e-", "communication")
n.s("He also said he'd want to know how often the same person is reported by different people before trusting a pattern.", "e+", "data_intuition")
n.s("Thoughtful about the people involved, I think he'd fit well.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n035", candidate_id="w33-c11", interviewer_id="w33-i05", req_id="w33-r1",
         round="coding", submitted_at="2025-01-22", recommendation="hire",
         specificity=5, style=["prose", "third_person", "american"], topic="ranking",
         ratings={"coding": "hire"})
n.s("Fatima was given a coding exercise: interleave two ranked lists so that no more than two profiles in a row come from the same source.", "c")
n.s("She restated the constraint in her own words and asked what to do when one list runs out, before typing.", "e+", "judgment", hard="question")
n.s("Her first version used two pointers and a counter for the current run; she walked through the interviewer's example and got the expected order.", "e+", "coding")
n.s("She then wrote three tests of her own: one list empty, both lists the same length, and a list that runs out mid-run.", "e+", "coding")
n.s("The third test failed, and she found the cause in about two minutes: the run counter was not reset when switching lists after exhaustion.", "e+", "coding")
n.s("She fixed it and all three tests passed.", "e+", "coding", hard="plain_evidence")
n.blank()
n.s("Asked how it would change if there were five sources instead of two, she sketched a heap keyed by source rank and said the run constraint would need a small queue of recent sources.", "e+", "coding", "system_thinking")
n.s("She talked through each change out loud, and when the interviewer lost track once, she stopped and redrew the state on the whiteboard.", "e+", "communication")
n.blank()
n.s("Clean, tested code with a bug she found herself; hire.", "v+")
notes.append(n)

n = Note(note_id="w33-n036", candidate_id="w33-c12", interviewer_id="w33-i06", req_id="w33-r1",
         round="system_design", submitted_at="2025-02-13", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person", "american"], topic="two-sided recommendations")
n.s("I had Jamal for system design on the two-sided matching problem, which is always my favorite one to give.", "c")
n.s("He has an enormous amount of experience with recommender systems, more than most of the senior folks here.", "v+", "system_thinking", hard="vague_quantity")
n.s("He talked about two-sided marketplaces, exposure, and fairness with total fluency.", "v+", "user_impact", hard="tech_vague")
n.s("At one point we drifted into how ride-share apps match drivers, which was a fun ten minutes.", "c")
n.s("He said the biggest risk on our app is that women get flooded and men get ignored, so he'd rank on mutual interest instead of one-sided likes.", "e+", "user_impact", "system_thinking")
n.s("Great presence, very senior feel.", "v+", hard="biased")
n.s("Absolutely a strong hire for me.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w33_notes_part3.jsonl", notes)
