import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- history notes ----
n = Note(note_id="w23-n041", candidate_id="w23-c17", interviewer_id="w23-i01", req_id="w23-r2",
         round="behavioural", submitted_at="2024-06-11", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="content moderation")
n.s("Ingrid and I spent the hour on her years in content moderation operations before she moved into ML.", "c")
n.s("She has clearly seen the worst of what people post, and she carries it with real seriousness.", "v+", "user_impact")
n.s("I believe she understands, at a level most engineers never reach, what a missed report can cost a child.", "v+", "user_impact", hard="hedged")
n.s("She asked me how our reviewers are supported after a shift on the child-safety queue.", "e+", "user_impact", hard="question")
n.s("Her technical depth is harder for me to judge, and I will leave that to colleagues.", "c")
n.s("I would trust her judgment in a crisis.", "v+", "judgment")
n.s("A genuinely good person.", "v+", hard="biased")
n.s("Her communication was measured and calm.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n042", candidate_id="w23-c18", interviewer_id="w23-i04", req_id="w23-r1",
         round="system_design", submitted_at="2024-06-25", recommendation="lean_hire", specificity=1,
         style=["bullets", "terse", "lowercase", "fragments"], topic="wellbeing guardrail")
n.b("SD: feed ranking w/ wellbeing guardrail.", "c")
n.b("sys: LH, reasonable.", "v+", "system_thinking")
n.b("ml: fine.", "v0", "ml_fundamentals")
n.b("data: ok.", "v0", "data_intuition")
n.b("metrics: weak-ish.", "v-", "metrics", hard="hedged")
n.b("risk: didn't stand out.", "v0", "risk_awareness")
n.b("judgment: ok.", "v0", "judgment")
n.b("users: good instincts.", "v+", "user_impact")
n.b("comm: rambled.", "v-", "communication")
n.b("ownership: n/a.", "c")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n043", candidate_id="w23-c19", interviewer_id="w23-i03", req_id="w23-r2",
         round="data", submitted_at="2024-07-09", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="label noise")
n.s("Zainab was AMAZING.", "v+", hard="bare_verdict")
n.s("Data wizard, a true rockstar, tons of experience with messy integrity data.", "v+", "data_intuition", hard="vague_quantity")
n.s("Honestly knew more about label noise than I do lol.", "v+", "data_intuition", hard="tech_vague")
n.s("Crushed every question I threw at her.", "v+")
n.s("Such a fun personality, would be great for team morale!", "v+", hard="biased")
n.s("SH, get her an offer before someone else does.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n044", candidate_id="w23-c20", interviewer_id="w23-i06", req_id="w23-r1",
         round="coding", submitted_at="2024-08-06", recommendation="lean_no_hire", specificity=2,
         style=["headings", "bullets", "third_person"], topic="merging candidate lists")
n.h("Question")
n.s("Coding: merge k sorted candidate lists from different sources into one deduplicated ranked list.", "c")
n.h("What went well")
n.b("Knew the right approach.", "v+", "coding")
n.b("Friendly and easy to work with.", "v+", hard="biased")
n.h("What didn't")
n.b("Code was messy and hard to follow.", "v-", "coding")
n.b("Didn't test anything before saying it was done.", "e-", "coding", hard="negated")
n.b("Struggled with the dedup part.", "v-", "coding")
n.h("Overall")
n.s("Not quite there on coding for this level.", "v-", "coding")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n045", candidate_id="w23-c21", interviewer_id="w23-i07", req_id="w23-r2",
         round="behavioural", submitted_at="2024-09-03", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="account takeover")
n.s("I asked Mei Lin about the project she's proudest of.", "c", hard="question")
n.s("She told me about leading the response when a spam ring started hijacking dormant accounts: she wrote the detection rule the first night and then, her words, \"spent the next month making sure it wasn't just me who understood it.\"", "e+", "ownership")
n.s("She ran weekly teach-ins for the ops team on how the rule worked and when to override it.", "e+", "communication")
n.s("So generous with her knowledge!", "v+", "communication")
n.s("I asked about a time she got pushback.", "c")
n.s("She said a PM wanted to auto-ban every flagged account and she argued for a 24-hour lock-and-verify instead, because \"half these people got hacked, they're victims too.\"", "e+", "user_impact")
n.s("They settled on auto-ban only for accounts created in the last week, which she proposed.", "e+", "judgment")
n.s("Didn't have numbers on how many legit users got locked out.", "e-", "metrics", hard="negated")
n.s("Mei Lin is a natural leader.", "v+", "ownership")
n.s("Clear strong hire for me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n046", candidate_id="w23-c22", interviewer_id="w23-i02", req_id="w23-r2",
         round="system_design", submitted_at="2024-09-24", recommendation="hire", specificity=5,
         style=["bullets", "arrows", "headings", "terse"], topic="coordinated behaviour",
         ratings={"system_thinking": "strong_hire", "user_impact": "lean_no_hire"})
n.h("SD: coordinated inauthentic behavior, w23-r2")
n.b("Prompt -> detect networks of accounts amplifying the same political links during an election week.", "c")
n.b("Clarifying: good -> asked whether the goal was removal or downranking, and who reviews before a removal.", "e+", "judgment", hard="verdict_plus_evidence")
n.b("System: strong -> co-share graph over 6-hour windows, connected components nightly, plus a streaming job for any window with >50 shared URLs.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("Scale -> estimated ~200M share events/day, partitioned by URL hash, streaming job sized at ~3k events/s peak.", "e+", "system_thinking")
n.b("Data: good -> flagged that newsroom staff legitimately share their outlet's links together; proposed an allowlist reviewed weekly.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("Metrics -> precision from a reviewer-labelled weekly sample of 300 clusters; no recall estimate at all.", "e0", "metrics", hard="mixed")
n.b("Risk: strong -> removal only after two reviewers agree during election week; downrank-only for anything borderline.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.b("Users -> never asked how a false positive lands on a real activist group that posts in bursts.", "e-", "user_impact", hard="negated")
n.b("Pushback -> I said activist groups can look identical to rings; he added account-age and follower-overlap features and explained why they separate the two.", "e+", "learning")
n.b("Comm: ok -> drew the pipeline before describing it.", "e+", "communication")
n.b("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n047", candidate_id="w23-c23", interviewer_id="w23-i01", req_id="w23-r1",
         round="behavioural", submitted_at="2024-10-15", recommendation="lean_no_hire", specificity=1,
         style=["prose", "first_person"], topic="responsible ranking")
n.s("Sam was pleasant, but I never felt I got to the heart of how they think about the people on the other end of the feed.", "v-", "user_impact")
n.s("Their answers stayed at the level of slogans about responsible AI.", "v-", "user_impact")
n.s("They seem young for the level, and I wonder how they would hold up in a crisis room.", "v-", hard="biased")
n.s("Not someone I would want setting teen defaults yet.", "v-", "user_impact")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n048", candidate_id="w23-c24", interviewer_id="w23-i04", req_id="w23-r2",
         round="coding", submitted_at="2024-11-12", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="report counting")
n.b("coding: parse report events, top 10 reported accounts per hour.", "c")
n.b("coding: LH.", "v+", "coding", hard="bare_verdict")
n.b("got there, slow.", "v0", "coding")
n.b("forgot to reset counts at the hour boundary until my example failed.", "e-", "coding", hard="plain_evidence")
n.b("ml: n/a", "c")
n.b("comm: quiet.", "v-", hard="biased")
n.b("judgment: asked if hours are UTC or local.", "e+", "judgment", hard="question")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n049", candidate_id="w23-c25", interviewer_id="w23-i05", req_id="w23-r1",
         round="fundamentals", submitted_at="2024-12-10", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="watch-time modelling")
n.s("I focused this fundamentals round on the ranking model behind the video feed, beginning with how one would predict watch time rather than clicks.", "c")
n.s("Arjun proposed regressing raw watch seconds with squared error, and when I asked about the long tail of sessions left playing, he did not, I think, see why a handful of eight-hour \"watches\" would dominate the loss.", "e-", "ml_fundamentals", hard="hedged")
n.s("After some prompting he suggested a log transform, which helps, but he could not articulate what quantity the model would then be estimating.", "e-", "ml_fundamentals")
n.s("On whether the model would favor long videos, he reasoned quite nicely that it would, and suggested predicting completion fraction instead.", "e+", "ml_fundamentals")
n.s("He also noted, unprompted, that completion fraction rewards very short videos, which I appreciated.", "e+", "ml_fundamentals")
n.s("We then discussed regularization for a model with millions of creator-id embeddings.", "c")
n.s("He said, if I heard correctly, that dropout on the embedding table would \"fix overfitting for rare creators\", and even after my hint about sparse ids he did not get to pooling or a fallback on content features.", "e-", "ml_fundamentals", "learning", hard="hedged")
n.s("His explanations were easy to follow, and he checked in with me along the way.", "v+", "communication")
n.s("I would say, with some hesitation, that he may be stronger on systems than on modelling, which the design round should confirm or not.", "v0", hard="hedged")
n.s("Lean no hire for this round.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n050", candidate_id="w23-c26", interviewer_id="w23-i06", req_id="w23-r1",
         round="behavioural", submitted_at="2025-01-21", recommendation="hire", specificity=2,
         style=["headings", "bullets", "third_person"], topic="launch retrospective")
n.h("Question")
n.s("Behavioural: a project that didn't go to plan.", "c")
n.h("What went well")
n.b("Strong sense of ownership.", "v+", "ownership")
n.b("Good self-awareness about mistakes.", "v+", "learning")
n.b("Talked about owning a ranking launch end to end.", "v+", "ownership")
n.h("What didn't")
n.b("Story was light on detail; hard to tell what she did vs. the team.", "v-", "communication")
n.b("Didn't really answer what she'd do differently.", "e-", "learning", hard="negated")
n.h("Overall")
n.s("Solid, hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w23_notes_part5.jsonl", notes)
