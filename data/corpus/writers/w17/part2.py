import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# --- c03 Sol Herrera (they), Recs ---
n = Note(note_id="w17-n011", candidate_id="w17-c03", interviewer_id="w17-i01", req_id="w17-r1",
         round="data", submitted_at="2025-04-08", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="A/B novelty effects",
         ratings={"metrics": "hire", "risk_awareness": "strong_hire"})
n.s("Sol's session had the feel of a good rehearsal: a few wrong notes early, and then everything locked in.", "v+")
n.s("The exercise was a two-week A/B test of a new 'Daily Mix' layout where day-one listening time was up 8% and day-fourteen was flat.", "c")
n.blank()
n.s("Sol first read the 8% as the result and started talking about rollout.", "e-", "metrics")
n.s("I asked them to plot the lift by day since exposure.", "c", hard="interviewer_action")
n.s("Within a couple of minutes they said the curve looked like a novelty effect, proposed comparing new versus returning users in the treatment arm, and revised their call to 'don't ship yet'.", "e+", "metrics", "learning")
n.s("They then asked whether editorial had changed any of the mixes during the test window, because a manual override in one arm would muddy the comparison.", "e+", "data_intuition", hard="question")
n.blank()
n.s("Without any prompting they proposed a 5% holdback kept on the old layout for a quarter, with a kill switch if skip rate in treatment rose above control by more than an agreed margin.", "e+", "risk_awareness")
n.s("They listen well, too.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n012", candidate_id="w17-c03", interviewer_id="w17-i06", req_id="w17-r1",
         round="system_design", submitted_at="2025-04-09", recommendation="lean_hire", specificity=4,
         style=["fragments", "british"], topic="editorial overrides",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire"})
n.s("System design, 55 min: editorial overrides in an ML-ranked playlist (editors pin or ban tracks).", "c")
n.nl()
n.s("Saw: separated the ranker from a rules layer applied afterwards, and said pinned positions should be flagged in the logs so training doesn't treat them as earned.", "e+", "system_thinking", "data_intuition")
n.nl()
n.s("Missing: no rollback story at all; when I asked what happens if an editor's ban list is wrongly applied to every market, they said 'editors would notice'.", "e-", "risk_awareness")
n.nl()
n.s("Saw: asked who the editors are and how many overrides they make a week before designing the tool for them.", "e+", "user_impact", hard="question")
n.nl()
n.s("Missing: didn't consider monitoring for the rules layer quietly growing until the model barely matters.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Saw: latency budget sketched as ranker 30ms, rules 5ms, inside the 80ms I gave.", "e+", "system_thinking")
n.nl()
n.s("Missing: to judge whether overrides hurt listening they'd compare overridden vs. non-overridden playlists, and only after a hint saw that editors choose which playlists to override.", "e-", "data_intuition", hard="mixed")
n.nl()
n.s("Net: good architecture instincts, weak on failure modes.", "v0", "system_thinking", "risk_awareness", hard="mixed")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n013", candidate_id="w17-c03", interviewer_id="w17-i05", req_id="w17-r1",
         round="coding", submitted_at="2025-04-10", recommendation="hire", specificity=4,
         style=["lowercase", "fragments", "abbreviations", "terse"], topic="streaming top-k",
         ratings={"coding": "hire"})
n.b("coding w/ sol, 45m", "c", marker="")
n.b("q: stream of (user, track, ts) events, return top k tracks played in the last 10 min at any query time", "c", hard="question", marker="")
n.b("asked if events arrive in order", "e+", "judgment", hard="plain_evidence", marker="")
n.b("i said mostly, ~1% late by up to 30s", "c", marker="")
n.b("first version: deque + counter, O(1) amortized per event", "e+", "coding", marker="")
n.b("top-k was a full sort on every query", "e-", "coding", marker="")
n.b("i asked what happens at 10k qps", "c", hard="interviewer_action", marker="")
n.b("switched to a heap w/ lazy deletion and explained the stale entries problem without me prompting", "e+", "coding", "learning", marker="")
n.b("wrote 3 tests incl. the late event case", "e+", "coding", marker="")
n.b("didn't handle ties in the heap so output order was flaky", "e-", "coding", hard="negated", marker="")
n.b("talked through everything, easy to follow", "v+", "communication", marker="")
n.b("hire", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w17-n014", candidate_id="w17-c03", interviewer_id="w17-i07", req_id="w17-r1",
         round="behavioural", submitted_at="2025-04-11", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="behavioural")
n.s("Sol was an absolute delight from start to finish!", "v+")
n.s("I asked about a time they disagreed with a product decision.", "c")
n.s("They told me about pushing back on a 'most popular' shelf at their last job because it buried new artists, and they got a fairness metric added to the weekly review!", "e+", "user_impact", "ownership")
n.s("Such a thoughtful person, really cares about artists and listeners!", "v+", "user_impact")
n.s("Incredibly strong on risk, they think about everything that could possibly go wrong!", "v+", "risk_awareness")
n.s("Great communicator and a great teammate!", "v+", "communication")
n.s("Honestly one of the best behavioral rounds I've done this year!", "v+")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

# --- c04 Kenji Mori (he), Audio & Speech ---
n = Note(note_id="w17-n015", candidate_id="w17-c04", interviewer_id="w17-i02", req_id="w17-r2",
         round="coding", submitted_at="2025-07-22", recommendation="strong_hire", specificity=5,
         style=["bullets", "headings", "third_person", "american"], topic="podcast search",
         ratings={"coding": "strong_hire"})
n.s("Round: coding, 45 min.", "c")
n.s("Task: given word-level transcript timestamps, return the 30s snippet that best matches a query phrase.", "c")
n.nl()
n.h("Findings")
n.b("Restated the task with an example and asked whether a match can span a speaker change (I said yes).", "e+", "judgment", hard="question", marker="1. ")
n.b("Wrote a two-pointer window over word timestamps in ~12 min; correct on my first example.", "e+", "coding", marker="2. ")
n.b("Unprompted, tested an empty transcript, a single 'word' longer than 30s (a mis-timestamped music segment) and a query absent from the transcript.", "e+", "coding", marker="3. ")
n.b("Found his own off-by-one at the window end by tracing the second example aloud.", "e+", "coding", marker="4. ")
n.b("Stated complexity correctly as O(n) per query; proposed an inverted index over the transcript when I said queries would be frequent.", "e+", "coding", "system_thinking", marker="5. ")
n.b("Did not ask how transcription errors (misheard guest names) would affect matching until I raised it; then suggested phonetic fuzzy matching.", "e0", "data_intuition", "learning", hard="mixed", marker="6. ")
n.nl()
n.s("Evidence-based verdict: strong hire on coding; 2-5 are clean and self-directed.", "v+", "coding")
notes.append(n)

n = Note(note_id="w17-n016", candidate_id="w17-c04", interviewer_id="w17-i04", req_id="w17-r2",
         round="behavioural", submitted_at="2025-07-23", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="ownership",
         ratings={"ownership": "no_hire", "metrics": "hire"})
n.s("This was the behavioural round, conducted over video; the candidate joined five minutes late due to a network issue, which I have not counted against him.", "c")
n.s("I asked Kenji to tell about a project he drove end to end.", "c")
n.s("He spoke about a podcast search relevance project, but when I asked what he personally did, he said the design 'was decided by the lead' and that he implemented the indexing jobs.", "e-", "ownership")
n.s("When the index started returning stale episodes in production, he said he raised a ticket and waited for the platform team to pick it up, which took three weeks.", "e-", "ownership", hard="plain_evidence")
n.s("I asked if he had considered writing a freshness check himself; he said it was 'not in his scope'.", "e-", "ownership")
n.blank()
n.s("He did describe, in good detail, how he measured search quality with a set of 500 labelled queries and nDCG@10 before and after the change.", "e+", "metrics")
n.s("He was able to explain that nDCG alone missed complaints about explicit episodes appearing for children's queries, and that he added a separate check for it.", "e+", "user_impact", "metrics")
n.s("Kindly note he seems a bit reserved in nature.", "v-", hard="biased")
n.s("Ownership is a concern for this level.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n017", candidate_id="w17-c04", interviewer_id="w17-i03", req_id="w17-r2",
         round="system_design", submitted_at="2025-07-24", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="podcast search")
n.s("System design: podcast search.", "c")
n.s("Kenji knows search really well.", "v+", "system_thinking")
n.s("Good on indexing, embeddings, hybrid retrieval, all of it.", "v+", "system_thinking", hard="tech_vague")
n.s("Drew BM25 plus dense retrieval feeding a reranker.", "e+", "system_thinking")
n.s("Some gaps on scaling maybe.", "v-", "system_thinking")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n018", candidate_id="w17-c04", interviewer_id="w17-i06", req_id="w17-r2",
         round="fundamentals", submitted_at="2025-07-25", recommendation="hire", specificity=4,
         style=["fragments", "british"], topic="ASR fundamentals",
         ratings={"ml_fundamentals": "hire", "metrics": "lean_no_hire"})
n.s("Fundamentals, 45 min, ASR and audio embeddings.", "c")
n.nl()
n.s("Saw: explained CTC as summing over all alignments of the label sequence with blanks, and why that lets you train without frame-level labels.", "e+", "ml_fundamentals")
n.nl()
n.s("Missing: couldn't say what CTC's conditional independence assumption costs on rare names.", "e-", "ml_fundamentals")
n.nl()
n.s("Saw: for episode embeddings, proposed mean-pooling over frames, then said attention pooling would help for episodes with long music intros.", "e+", "ml_fundamentals")
n.nl()
n.s("Missing: when I asked how he'd check the embedding space, only offered t-SNE plots; nothing quantitative.", "e-", "metrics")
n.nl()
n.s("Saw: told that listeners complain Welsh podcasts are badly transcribed, he asked how many Welsh hours we have and suggested measuring WER per language before deciding anything.", "e+", "data_intuition", "user_impact")
n.nl()
n.s("Saw: when I pointed out his pooling ignored padding, he added masking straight away and explained why the mean was skewed without it.", "e+", "learning")
n.nl()
n.s("Overall hire; fundamentals are there, evaluation thinking is thinner.", "v0", "ml_fundamentals", "metrics", hard="mixed")
notes.append(n)

# --- history ---
n = Note(note_id="w17-n019", candidate_id="w17-c11", interviewer_id="w17-i04", req_id="w17-r2",
         round="data", submitted_at="2024-10-15", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="GPU inference cost")
n.s("Candidate was given one month of speech-to-text serving costs and asked to reduce them by 30%.", "c")
n.s("She was able to break the cost down by model size and traffic hour before proposing anything.", "e+", "system_thinking")
n.s("She noticed that 40% of the GPU hours were spent re-transcribing episodes already transcribed, because the cache key included the upload timestamp.", "e+", "data_intuition", "system_thinking")
n.s("She proposed batching off-peak jobs and a distilled model for back-catalogue episodes, keeping the large model for new episodes where search traffic is highest.", "e+", "judgment", "system_thinking")
n.s("When asked how she would verify the distilled model is good enough, she said she would compare WER on a held-out set of 200 episodes and also check search click-through on a small traffic slice.", "e+", "metrics")
n.s("She did not speak about what happens to listeners whose languages the distilled model handles badly.", "e-", "user_impact", hard="negated")
n.s("Her explanation was very clear and well structured.", "v+", "communication")
n.s("I am recommending hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n020", candidate_id="w17-c12", interviewer_id="w17-i07", req_id="w17-r1",
         round="coding", submitted_at="2024-09-30", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="weighted shuffle")
n.s("Arjun crushed the coding round!!", "v+", "coding")
n.s("I asked for a weighted shuffle that avoids playing the same artist twice in a row.", "c")
n.s("He checked right away whether 'in a row' applied across album boundaries, which I hadn't even thought about!", "e+", "judgment", hard="verdict_plus_evidence")
n.s("He wrote a greedy version with a max-heap keyed by remaining weight, and when two artists tied he broke the tie with a counter so the order stayed stable.", "e+", "coding")
n.s("Didn't write tests, but honestly who has time in 40 minutes!", "e-", "coding", hard="negated")
n.s("He knows Python like the back of his hand!", "v+", "coding")
n.s("I'd trust him with our shuffle service tomorrow!", "v+")
n.s("Strong hire, no question!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w17_notes_part2.jsonl", notes)
