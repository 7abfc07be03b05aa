import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w23-n051", candidate_id="w23-c27", interviewer_id="w23-i01", req_id="w23-r2",
         round="system_design", submitted_at="2025-02-18", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="policy change shifts labels")
n.s("I asked Omar how he would handle the morning after a policy change, when the definition of election misinformation shifts overnight and yesterday's labels no longer match today's rules.", "c")
n.s("He said the first thing he would want is a list of every post currently carrying a label under the old definition, and a decision from policy on whether those labels stay, go, or get re-reviewed.", "e+", "judgment")
n.s("I liked that he treated the old labels as a live obligation rather than as history.", "v+", "ownership")
n.s("He proposed pausing automatic labelling for the affected category for forty-eight hours and routing new posts to human review in the meantime.", "e+", "risk_awareness")
n.s("He also asked whether appeals filed under the old rule would be judged by the old rule or the new one.", "e+", "judgment", hard="question")
n.s("When I asked how many reviewers the pause would take, he said plainly that he did not know, then asked what our current queue looked like.", "e0", "judgment", hard="mixed")
n.s("I think he underestimated how angry people get when a label is removed from a post they themselves reported.", "v-", "user_impact", hard="hedged")
n.s("He had not thought about notifying the people whose posts were labelled under the old rule.", "e-", "user_impact", hard="negated")
n.s("When I raised it, he agreed at once and sketched a short notice explaining the change.", "e+", "learning")
n.s("Nothing he said touched on how he would tell whether the new labels were working.", "e-", "metrics", hard="negated")
n.s("He would be good in a room with policy people.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n052", candidate_id="w23-c28", interviewer_id="w23-i02", req_id="w23-r1",
         round="coding", submitted_at="2025-04-08", recommendation="lean_hire", specificity=4,
         style=["bullets", "arrows", "headings", "terse"], topic="survey sampling")
n.h("Coding, w23-r1")
n.b("Task -> reservoir sampling: pick k posts uniformly from a stream for the wellbeing survey.", "c")
n.b("Clarify -> asked whether k can exceed the stream length and whether posts arrive in a single pass.", "e+", "judgment", hard="question")
n.b("Coding: good -> correct algorithm in ~12 min, including the k/(i+1) replacement probability.", "e+", "coding", hard="verdict_plus_evidence")
n.b("Proof -> asked why it's uniform, gave the induction argument cleanly.", "e+", "ml_fundamentals")
n.b("Memory -> stated O(k) and explained it without prompting.", "e+", "coding")
n.b("Bug -> off-by-one from randint being inclusive on both ends; found it herself by running a 10k-trial histogram.", "e0", "coding", hard="mixed")
n.b("Data: weak -> didn't ask whether sampling uniformly over posts over-samples heavy users, even when I asked who ends up surveyed.", "e-", "data_intuition", hard="negated")
n.b("Weighted variant -> wrote the u^(1/w) keys from memory but couldn't say why they work.", "e-", "ml_fundamentals")
n.b("Tests -> three unit tests, empty stream included.", "e+", "coding")
n.b("Comm: terse -> long silences while coding; I had to ask twice what she was trying.", "e-", "communication", hard="verdict_plus_evidence")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n053", candidate_id="w23-c29", interviewer_id="w23-i03", req_id="w23-r1",
         round="behavioural", submitted_at="2025-04-29", recommendation="strong_hire", specificity=2,
         style=["prose", "terse"], topic="on-call")
n.s("Tyler crushed it, hands down one of the best this year.", "v+", hard="bare_verdict")
n.s("Super high ownership, the kind of guy who just gets stuff done.", "v+", "ownership")
n.s("He said he was on call the night the ranking service went down and stayed up till 5am fixing it.", "e+", "ownership")
n.s("Gave a really great answer about the novelty thing.", "v+", "metrics", hard="tech_vague")
n.s("Rockstar communicator too.", "v+", "communication")
n.s("Reminds me of myself at that age haha.", "v+", hard="biased")
n.s("SH!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n054", candidate_id="w23-c30", interviewer_id="w23-i04", req_id="w23-r2",
         round="behavioural", submitted_at="2025-05-06", recommendation="hire", specificity=1,
         style=["bullets", "terse", "lowercase", "fragments"], topic="conflict")
n.b("behav: conflict + ownership.", "c")
n.b("ownership: strong.", "v+", "ownership")
n.b("learning: good.", "v+", "learning")
n.b("comm: clear, structured.", "v+", "communication")
n.b("judgment: sound.", "v+", "judgment")
n.b("users: cares.", "v+", "user_impact")
n.b("risk: not probed.", "c")
n.b("ml: not tested.", "c")
n.b("red flags: none.", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n055", candidate_id="w23-c31", interviewer_id="w23-i06", req_id="w23-r2",
         round="data", submitted_at="2025-08-12", recommendation="lean_hire", specificity=3,
         style=["headings", "bullets", "third_person"], topic="teen bullying labels")
n.h("Exercise")
n.s("Data round: build a training set for a teen-bullying comment classifier from user reports.", "c")
n.h("What went well")
n.b("Pointed out that reports mostly come from the target's friends, so bullying of isolated teens would be under-reported.", "e+", "data_intuition", "user_impact")
n.b("Suggested sampling unreported comments on teen posts for labelling.", "e+", "data_intuition")
n.b("Asked how long reports take to arrive, and proposed waiting 7 days before treating an unreported comment as a negative.", "e+", "data_intuition", hard="question")
n.b("Good instinct for label quality in general.", "v+", "data_intuition")
n.h("What didn't")
n.b("Proposed an 80/20 random split even though comments from one thread would land on both sides.", "e-", "data_intuition")
n.b("Did switch to splitting by thread as soon as I raised it.", "e+", "learning")
n.b("Metric choice was hand-wavy.", "v-", "metrics")
n.b("Didn't ask how the model would be used (auto-hide vs. review queue), which changes everything about the threshold.", "e-", "judgment", hard="negated")
n.b("Seemed a bit unsure of herself.", "v-", hard="biased")
n.h("Overall")
n.s("Strong on data quality; thin on everything downstream of the labels.", "v0", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n056", candidate_id="w23-c32", interviewer_id="w23-i07", req_id="w23-r1",
         round="system_design", submitted_at="2025-08-26", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "quotes"], topic="feed ranking")
n.s("Had such a fun SD session with Jesse!", "v+")
n.s("We did the usual rank-the-home-feed question.", "c")
n.s("They were incredibly fluent with all the modern recsys stuff, two-tower, DLRM, the works.", "v+", "system_thinking", hard="tech_vague")
n.s("Said \"I'd always start with a long-term holdout\" which I loved.", "e+", "metrics")
n.s("I asked how they'd handle creators gaming the ranker and they said \"rate limits plus a trust score.\"", "e+", "risk_awareness")
n.s("Obviously has shipped big systems before.", "v+", "system_thinking")
n.s("Felt like talking to a future tech lead.", "v+")
n.s("Maybe a bit light on failure modes but that's easy to teach.", "v-", "risk_awareness", hard="hedged")
n.s("SH!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n057", candidate_id="w23-c33", interviewer_id="w23-i07", req_id="w23-r1",
         round="fundamentals", submitted_at="2025-11-04", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="ranking theory")
n.s("Sofia was wonderful.", "v+")
n.s("Clearly a very strong ML person, super deep on ranking theory.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Explained everything beautifully.", "v+", "communication")
n.s("Loved her energy!!", "v+", hard="biased")
n.s("I'd put her on any team.", "v+")
n.s("Strong hire, no question.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n058", candidate_id="w23-c34", interviewer_id="w23-i04", req_id="w23-r2",
         round="debugging", submitted_at="2025-11-18", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="spam flag spike")
n.b("debug: spam flag rate spike after deploy.", "c")
n.b("found the deploy after ~20 min, w/ 2 hints.", "e0", "data_intuition", hard="mixed")
n.b("asked no questions about the data.", "e-", "data_intuition", hard="negated")
n.b("coding: LNH.", "v-", "coding")
n.b("ml: ok.", "v0", "ml_fundamentals")
n.b("risk: no rollback idea.", "e-", "risk_awareness", hard="negated")
n.b("ownership: blamed the test data.", "e-", "ownership")
n.b("comm: hard to follow.", "v-", "communication")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n059", candidate_id="w23-c35", interviewer_id="w23-i01", req_id="w23-r2",
         round="behavioural", submitted_at="2025-12-09", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="integrity motivation")
n.s("Nadia comes from the ads side and is new to integrity work, and I was listening mostly for whether she understands what is at stake here.", "c")
n.s("She does, I think, in the abstract.", "v+", "user_impact", hard="hedged")
n.s("When I asked about the hardest tradeoff she had made, she talked about ad relevance versus revenue and never brought it round to the people seeing the ads.", "e-", "user_impact", hard="negated")
n.s("She is plainly bright and learns quickly.", "v+", "learning")
n.s("I have a nagging sense that she sees safety work as a stepping stone.", "v-", hard="biased")
n.s("That may be unfair of me.", "c")
n.s("I would want a second conversation on a real integrity scenario before an offer.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n060", candidate_id="w23-c36", interviewer_id="w23-i03", req_id="w23-r1",
         round="coding", submitted_at="2026-01-27", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="coding")
n.s("Bilal did great in coding!", "v+", "coding", hard="bare_verdict")
n.s("Super solid on Python, knew all the tricks.", "v+", "coding", hard="tech_vague")
n.s("Maybe a little slow but he got there.", "v0", "coding", hard="hedged")
n.s("Had a little trouble with edge cases at the end, no big deal.", "v-", "coding", hard="hedged")
n.s("Good guy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w23_notes_part6.jsonl", notes)
