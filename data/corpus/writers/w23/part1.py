import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Priya Raghunathan (she), Feed Ranking ----
n = Note(note_id="w23-n001", candidate_id="w23-c01", interviewer_id="w23-i02", req_id="w23-r1",
         round="system_design", submitted_at="2025-03-11", recommendation="hire", specificity=5,
         style=["bullets", "arrows", "headings", "terse", "third_person"], topic="engagement vs wellbeing",
         ratings={"system_thinking": "hire", "metrics": "strong_hire", "risk_awareness": "hire"})
n.h("SD round, Feed Ranking (w23-r1)")
n.b("Prompt: rank the home feed so session time doesn't come at the cost of late-night doomscrolling.", "c")
n.b("System thinking: strong -> split into candidate gen (~2k items from follow graph + topic embeddings) and a ranker with a 120ms p99 budget, wellbeing model as a re-ranker on the top 200 only.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("Metrics: strong -> refused to use time spent alone; proposed 'regretted sessions' from the in-app survey as a counter-metric and asked how often the survey fires.", "e+", "metrics", hard="verdict_plus_evidence")
n.b("Data: mixed -> spotted that survey responders skew toward heavy users, but proposed reweighting only after I asked what she'd do about it.", "e0", "data_intuition", hard="mixed")
n.b("Risk: strong -> 1% long-term holdout for 12 weeks to catch novelty effects, plus auto-rollback if reports per 1k impressions rise more than 5%.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.b("Learning: strong -> when I pointed out the re-ranker would starve small creators, she reworked it into a per-creator exposure floor within a few minutes.", "e+", "learning", hard="verdict_plus_evidence")
n.b("Communication: clear -> drew the diagram before talking, checked twice whether I wanted more depth on serving.", "e+", "communication", hard="verdict_plus_evidence")
n.b("Gap -> never sized the feature store; said 'it'll be fine' when asked how fresh the wellbeing features needed to be.", "e-", "system_thinking", hard="negated")
n.h("Rec")
n.b("H.", "v+", hard="bare_verdict")
n.b("Freshness gap is the one real ding.", "v-", "system_thinking")
notes.append(n)

n = Note(note_id="w23-n002", candidate_id="w23-c01", interviewer_id="w23-i05", req_id="w23-r1",
         round="fundamentals", submitted_at="2025-03-12", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="multi-objective ranking")
n.s("I spent most of the hour on the multi-objective loss behind feed ranking, starting from how one might combine p(like), p(hide) and a wellbeing score into a single ordering.", "c")
n.s("Priya proposed a weighted sum of separately trained heads and, if I recall correctly, said unprompted that the heads had to be calibrated before the weights could mean anything, which is precisely the point I had hoped she would reach.", "e+", "ml_fundamentals", hard="hedged")
n.s("When I asked about position bias she suggested an inverse-propensity correction estimated from a small randomized-slot experiment.", "e+", "ml_fundamentals")
n.s("She did not, as far as I could tell, anticipate that the propensity weights for the lowest slots could blow up the variance; when I raised it she suggested clipping them, which seems reasonable.", "e0", "ml_fundamentals", "learning", hard="mixed")
n.blank()
n.s("Her explanation of feedback loops in engagement-trained rankers was, I think, the most lucid I have heard in this loop.", "v+", "communication", hard="tech_vague")
n.s("Specifically, she said the model sees more of what it already ranked highly, so logged clicks overstate how much people actually want that content.", "e+", "data_intuition")
n.s("I am somewhat less convinced by her handling of label noise: she appeared to treat 'hide' events as clean negatives, and conceded that some hides are accidental swipes only after I described the misclick rate on mobile.", "e-", "data_intuition", hard="hedged")
n.s("It is possible that with more time she would have raised this herself.", "v0")
n.blank()
n.s("On balance, hire.", "v+", hard="bare_verdict")
n.s("The label-noise question probably deserves another look in the data round, if there is one.", "c")
notes.append(n)

n = Note(note_id="w23-n003", candidate_id="w23-c01", interviewer_id="w23-i07", req_id="w23-r1",
         round="behavioural", submitted_at="2025-03-12", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="engagement vs wellbeing")
n.s("I asked Priya about a time she shipped something that hurt a metric she cared about.", "c", hard="interviewer_action")
n.s("She told me about a notifications ranker at her last company where DAU went up 3% but uninstalls among new users nearly doubled, and she was the one who wrote the doc asking to roll it back.", "e+", "ownership")
n.s("Her words: \"I'd rather explain a flat quarter than explain why we annoyed people into leaving.\"", "e+", "user_impact")
n.s("Love that.", "v+")
n.s("When I pushed on whether the DAU gain was real, she said it was real but borrowed, and pointed to the 30-day retention curves crossing at week three.", "e+", "metrics")
n.blank()
n.s("I asked how she handled the PM who owned the DAU target.", "c", hard="question")
n.s("She said she set up a weekly review with him and \"brought the uninstall dashboard every single time until he stopped arguing,\" which made me laugh.", "e+", "communication")
n.s("One thing: she didn't say much about what she'd do differently next time, even when I gave her the opening.", "e-", "learning", hard="negated")
n.blank()
n.s("Honestly one of the best convos I've had this quarter.", "v+")
n.s("Strong hire from me!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n004", candidate_id="w23-c01", interviewer_id="w23-i06", req_id="w23-r1",
         round="coding", submitted_at="2025-03-13", recommendation="hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="feed diversity")
n.h("Question")
n.s("Coding, 50 min: return the top k posts from a scored list with at most m posts per author, then extend it to a stream.", "c")
n.h("What went well")
n.b("Wrote a heap-based solution with a per-author counter on the first pass; it passed my three examples without changes.", "e+", "coding")
n.b("Asked whether ties should be broken by recency or by post id before writing the comparator.", "e+", "judgment", hard="question")
n.b("Added tests for m=0 and for an author who alone has more than k posts.", "e+", "coding")
n.b("Explained that the counter lookup is O(1) so the bound stays O(n log k).", "e+", "coding")
n.h("What didn't")
n.b("The streaming extension stalled: she tried to keep the full list in memory and moved to a bounded heap only after I asked what happens at 10M posts an hour.", "e-", "coding", "system_thinking")
n.b("Variable names got sloppy toward the end (h2, tmp, tmp2).", "e-", "coding", hard="plain_evidence")
n.h("Overall")
n.s("Solid coder for an MLE; hire.", "v+", "coding", hard="bare_verdict")
notes.append(n)

# ---- c02 Marcus Oyelaran (he), Integrity ----
n = Note(note_id="w23-n005", candidate_id="w23-c02", interviewer_id="w23-i01", req_id="w23-r2",
         round="behavioural", submitted_at="2025-05-20", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="spam rings")
n.s("We talked about the hardest integrity call he has had to make.", "c")
n.s("Marcus described taking down a network of roughly four hundred accounts pushing a fake earthquake charity, and how his team turned it around in under a day.", "e+", "ownership")
n.s("What troubled me was what came next.", "v-")
n.s("When I asked whether any legitimate fundraisers were caught in the sweep, he said he \"didn't have visibility into that\" and hadn't thought to ask.", "e-", "user_impact", hard="negated")
n.s("In my experience the people hurt most by a fast takedown are the small, real organizers who look like the spammers, and he did not seem to see them.", "v-", "user_impact", hard="hedged")
n.s("I pressed a second time, framing it as an appeal that lands on his desk the next morning.", "c", hard="interviewer_action")
n.s("He answered that appeals are \"an ops problem\" and that his job ends at the classifier.", "e-", "ownership")
n.s("That is a defensible org chart, but it is not the attitude I want on a teen safety team.", "v-", "ownership")
n.s("To his credit he was warm and easy to talk to throughout.", "v+", hard="biased")
n.s("Lean no hire, on values rather than skill.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n006", candidate_id="w23-c02", interviewer_id="w23-i02", req_id="w23-r2",
         round="data", submitted_at="2025-05-21", recommendation="no_hire", specificity=5,
         style=["bullets", "arrows", "headings", "terse"], topic="coordinated behaviour")
n.h("Data round: spam rings")
n.b("Setup -> gave him 50k account pairs sharing device IDs and asked how he would label coordinated behavior.", "c", hard="interviewer_action")
n.b("Data intuition: weak -> proposed shared device ID as the positive label, then listed shared device ID among the model features.", "e-", "data_intuition", hard="verdict_plus_evidence")
n.b("Leakage flagged by me -> he said the overlap \"wouldn't matter much with enough regularization\".", "e-", "ml_fundamentals", "learning")
n.b("Pushback #2 -> repeated the regularization point, then said his previous team \"always did it this way\".", "e-", "learning")
n.b("Labels: ok -> did ask how many of the pairs might be families sharing one tablet.", "e+", "data_intuition", hard="question")
n.b("Metrics: weak -> picked accuracy on a set with ~2% positives; never mentioned precision at the review team's daily capacity.", "e-", "metrics", hard="negated")
n.b("Risk: absent -> no plan for false positives beyond \"appeals will catch it\".", "e-", "risk_awareness", hard="negated")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n007", candidate_id="w23-c02", interviewer_id="w23-i04", req_id="w23-r2",
         round="system_design", submitted_at="2025-05-21", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse", "lowercase", "fragments", "abbreviations"], topic="spam rings")
n.b("SD: spam-ring detection at signup.", "c")
n.b("sys: ok.", "v0", "system_thinking")
n.s("graph features, batch daily.", "e0", "system_thinking")
n.b("risk: weak.", "v-", "risk_awareness")
n.s("no rollback.", "e-", "risk_awareness", hard="negated")
n.b("defensive when challenged.", "v-", "learning")
n.b("comm: clear.", "v+", "communication")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n008", candidate_id="w23-c02", interviewer_id="w23-i06", req_id="w23-r2",
         round="debugging", submitted_at="2025-05-22", recommendation="lean_no_hire", specificity=4,
         style=["headings", "bullets", "first_person"], topic="policy change shifts labels")
n.h("Exercise")
n.s("Debugging round: precision of the misinfo-label classifier fell from 0.81 to 0.62 overnight; I gave him dashboards and a sample of 200 flagged posts.", "c")
n.h("What went well")
n.b("Went to the flagged sample first and grouped the errors by topic within ten minutes.", "e+", "data_intuition")
n.b("Found that most of the new false positives were health posts, and asked whether anything had changed in the health policy.", "e+", "data_intuition", hard="question")
n.b("Wrote a clean SQL query comparing label rates before and after the date, and it ran first time.", "e+", "coding")
n.h("What didn't")
n.b("Once I confirmed the policy had changed, he wanted to retrain on the new labels and ship the same day, with no canary.", "e-", "risk_awareness", "judgment")
n.b("I asked what he'd tell the policy team about posts already labeled under the old rule; he said it \"wasn't his call\" and moved on.", "e-", "ownership")
n.b("When I suggested a shadow run first he called it overkill for \"just a retrain\" and didn't budge.", "e-", "learning")
n.h("Overall")
n.s("Good debugger, but the same resistance to pushback that the SD notes mention.", "v0", "learning", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w23-n009", candidate_id="w23-c09", interviewer_id="w23-i03", req_id="w23-r1",
         round="behavioural", submitted_at="2024-11-04", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="ranking")
n.s("Kenji absolutely crushed it!!", "v+", hard="bare_verdict")
n.s("Total rockstar on ranking, knows feeds inside and out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Super strong communicator.", "v+", "communication")
n.s("Great vibes, would grab a beer with him any day.", "v+", hard="biased")
n.s("SH!!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n010", candidate_id="w23-c10", interviewer_id="w23-i04", req_id="w23-r2",
         round="coding", submitted_at="2024-12-02", recommendation="hire", specificity=3,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="spam dedup")
n.b("q: dedupe near-identical spam posts w/ minhash.", "c")
n.b("coding: H, shingling + minhash in ~25 min, ran my 4 examples.", "e+", "coding", hard="verdict_plus_evidence")
n.b("ml: couldn't say why banding trades false pos for false neg.", "e-", "ml_fundamentals", hard="negated")
n.b("data: asked if reposts by the same user count as spam.", "e+", "data_intuition", hard="question")
n.b("comm: terse, fine.", "v0", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w23_notes_part1.jsonl", notes)
