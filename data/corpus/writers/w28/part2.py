import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c03 Priya Raghunathan (she), r2 QE
n = Note(note_id="w28-n011", candidate_id="w28-c03", interviewer_id="w28-i04", req_id="w28-r2",
         round="data", submitted_at="2025-04-08", recommendation="hire",
         specificity=4, style=["prose", "first_person"], topic="translation memory")
n.s("We have worked on a translation memory of a pharma client, around 300k segments from English to Italian, and I have asked to Priya how she would prepare it for training a QE model.", "c", hard="interviewer_action")
n.s("She asked immediately if the segments were post-edited by humans or were raw MT outputs put inside the memory, because in the second case the 'good' label would be false.", "e+", "data_intuition")
n.s("Then she proposed to remove the duplicates but keeping a count, because a segment that the translators have reused one hundred times says something about its quality.", "e+", "data_intuition")
n.s("I liked very much this idea, it is something that our linguists say since years.", "v+", "data_intuition")
n.s("She noticed in the sample that some segments had the tags of the CAT tool inside, like <g id=1>, and she said to keep them but normalised, because the engine has to learn where they go.", "e+", "data_intuition")
n.s("For the split between train and test she wanted to split by document and not by segment, so that the same contract does not finish on both sides.", "e+", "data_intuition")
n.s("About confidentiality she said nothing until the very end, when she asked if the client has given the permission to use the memory for this.", "e0", "user_impact", hard="mixed")
n.s("Maybe a little slow in the first ten minutes, she was thinking a lot before to speak.", "v-", hard="biased")
n.s("I would say hire, she knows the data of our world.", "v+", "data_intuition")
notes.append(n)

n = Note(note_id="w28-n012", candidate_id="w28-c03", interviewer_id="w28-i05", req_id="w28-r2",
         round="debugging", submitted_at="2025-04-09", recommendation="lean_no_hire",
         specificity=4, style=["terse", "lowercase", "abbreviations", "arrows"], topic="quality estimation")
n.b("debugging 45m: QE corr w/ post-edit time fell 0.41 -> 0.22 after retrain", "c")
n.b("went straight to model side: LR, warmup, checkpoint", "e-", "judgment")
n.b("~20 min before she opened the training data at all", "e-", "data_intuition")
n.b("didn't spot that the new TM batch was 30% exact dups (planted)", "e-", "data_intuition", hard="negated")
n.b("after hint ('look at what's new in the data') found the dups in 3 min, wrote the groupby herself", "e+", "learning", "coding")
n.b("then: 'prob MT output leaked into the refs too' -> correct, that was bug #2", "e+", "data_intuition")
n.b("explained what she was checking the whole way through", "v+", "communication")
n.b("LNH - data instincts not there w/o a push", "v-", "data_intuition")
notes.append(n)

n = Note(note_id="w28-n013", candidate_id="w28-c03", interviewer_id="w28-i06", req_id="w28-r2",
         round="fundamentals", submitted_at="2025-04-09", recommendation="hire",
         specificity=4, style=["qa", "third_person", "american"], topic="QE vs post-editing time")
n.s("Q: How would you check that a QE score predicts post-editing effort?", "c", hard="question")
n.nl()
n.s("A: Priya would pull time per segment and keystrokes from the CAT tool logs and correlate QE with seconds per word, not with COMET.", "e+", "metrics")
n.s("She added that seconds per word varies a lot by translator, so she'd normalize per person or fit a mixed model.", "e+", "ml_fundamentals", "data_intuition")
n.nl()
n.s("Q: Your QE model hits Pearson 0.6 offline. Ship it?", "c", hard="question")
n.nl()
n.s("A: 'Not yet.' She asked what routing decision the score would drive and what a wrongly skipped segment costs the client.", "e+", "judgment")
n.s("She proposed a shadow period in which translators still see every segment while we log what QE would have skipped.", "e+", "risk_awareness")
n.nl()
n.s("Q: Why does calibration matter here?", "c", hard="question")
n.nl()
n.s("A: She explained that a threshold tuned on one language pair won't mean the same on another unless scores are calibrated, and sketched a per-pair reliability plot.", "e+", "ml_fundamentals")
n.s("She hesitated for a long time on aleatoric vs. epistemic uncertainty and ended up swapping the two.", "e-", "ml_fundamentals")
n.nl()
n.s("Verdict: strong on the metric side, thinner on theory.", "v0", "metrics", "ml_fundamentals", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n014", candidate_id="w28-c03", interviewer_id="w28-i01", req_id="w28-r2",
         round="behavioural", submitted_at="2025-04-10", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="working with translators")
n.s("Priya and I talked about working alongside translators.", "c")
n.s("She told me about a project where post-editors complained that the quality scores were 'always wrong on idioms', and she sat with two of them for an afternoon going through fifty segments.", "e+", "user_impact", hard="plain_evidence")
n.s("Afterwards, she said, she added a flag for idiomatic segments so that they always went to a person, whatever the score.", "e+", "ownership")
n.s("I found her a thoughtful listener.", "v+", "communication")
n.s("She seemed a little unsure of herself at times.", "v-", hard="biased")
n.s("When I asked what she would do if a client insisted on unreviewed machine output for medical leaflets, she said she would refuse to ship it, but she could not tell me how she would put that to the client.", "e0", "user_impact", "communication", hard="mixed")
n.s("I lean towards hiring.", "v+", hard="bare_verdict")
notes.append(n)

# c04 Kai Nakamura (they), r1 MT engineer, live subtitles
n = Note(note_id="w28-n015", candidate_id="w28-c04", interviewer_id="w28-i02", req_id="w28-r1",
         round="system_design", submitted_at="2025-05-20", recommendation="lean_hire",
         specificity=5, style=["bullets", "headings", "fragments", "arrows"], topic="live subtitles",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "metrics": "hire"})
n.b("System design: live subtitle MT for a conference-streaming client (EN->JA, EN->DE), 2s end-to-end budget.", "c")
n.h("System thinking")
n.b("Broke the 2s into ASR (~800ms), segmentation, MT, render; gave MT 400ms at p95.", "e+", "system_thinking")
n.b("Translates on stable ASR prefixes instead of waiting for full sentences; named the re-translation flicker this causes.", "e+", "system_thinking")
n.b("Proposed wait-k for JA because of verb-final order; knew k trades latency against quality.", "e+", "ml_fundamentals")
n.b("Did not size GPUs for concurrent streams until asked -> then ~40 streams per A100, no basis given.", "e-", "system_thinking")
n.h("Metrics")
n.b("Lag in seconds behind the speaker and revisions per subtitle line, alongside BLEU.", "e+", "metrics")
n.h("Risk")
n.b("Bad engine version mid-event? 'Just redeploy the old one' -> no canary, no criteria, no owner for the call.", "e-", "risk_awareness")
n.b("Never considered ASR falling behind, or what the viewer sees when it does.", "e-", "risk_awareness", hard="negated")
n.h("Overall")
n.b("Strong systems instincts, weak on failure.", "v0", "system_thinking", "risk_awareness", hard="mixed")
n.b("LH.", "v+", hard="bare_verdict")
n.b("Probe risk in the behavioural round.", "c")
notes.append(n)

n = Note(note_id="w28-n016", candidate_id="w28-c04", interviewer_id="w28-i03", req_id="w28-r1",
         round="behavioural", submitted_at="2025-05-21", recommendation="hire",
         specificity=2, style=["prose"], topic="live subtitles")
n.s("Kai was really nice to talk to, very calm.", "v+", hard="biased")
n.s("Good communicator, explained their subtitle project well.", "v+", "communication")
n.s("They talked about owning the latency work end to end at their current job.", "e+", "ownership")
n.s("Lots of experience with streaming systems.", "v+", "system_thinking", hard="vague_quantity")
n.s("Didn't get into rollbacks much, we ran out of time.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n017", candidate_id="w28-c04", interviewer_id="w28-i01", req_id="w28-r1",
         round="data", submitted_at="2025-05-21", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="live subtitles")
n.s("I showed Kai a two-minute clip of our live German subtitles from last month's pharmaceutical conference, in which the engine rewrote the same line three times while the speaker was still talking.", "c", hard="interviewer_action")
n.s("They said straight away that nobody can read a line that keeps changing, and suggested holding a line back until it had been stable for half a second, even at the cost of a little delay.", "e+", "user_impact")
n.s("I asked how long they thought a German viewer needs to read a two-line subtitle.", "c", hard="question")
n.s("They admitted they did not know and asked what our subtitlers use as a rule of thumb.", "e+", "learning")
n.s("When I told them about reading speed in characters per second, they worked out on paper that at seventeen characters a second a two-second window leaves room for about thirty-four characters.", "e+", "learning")
n.s("They did not mention speakers' names or drug names, which our glossaries must fix, and I had to bring terminology up myself.", "e-", "user_impact", hard="negated")
n.s("Once I did, they suggested forcing glossary terms during decoding and then checking that the forced term still agrees with the rest of the sentence.", "e+", "ml_fundamentals")
n.s("A careful listener.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n018", candidate_id="w28-c04", interviewer_id="w28-i05", req_id="w28-r1",
         round="coding", submitted_at="2025-05-22", recommendation="lean_hire",
         specificity=4, style=["terse", "lowercase", "abbreviations", "arrows"], topic="subtitle segmentation")
n.b("coding: split an ASR token stream into subtitle lines, max 42 chars, 2 lines", "c")
n.b("1st pass split on char count -> cut words in half", "e-", "coding")
n.b("i asked 'what does the viewer see?' -> moved to word boundaries + punctuation preference in ~5 min", "e+", "learning", "coding")
n.b("single token > 42 chars? asked about it, said 'rare', moved on", "e-", "coding")
n.b("said it's O(n), each token looked at once", "e+", "coding")
n.b("2 tests, both happy path", "e-", "coding")
n.b("LH - good recovery after the hint", "v+", "learning")
notes.append(n)

# history
n = Note(note_id="w28-n019", candidate_id="w28-c11", interviewer_id="w28-i06", req_id="w28-r1",
         round="fundamentals", submitted_at="2024-10-15", recommendation="no_hire",
         specificity=4, style=["qa", "third_person"], topic="BLEU vs translators")
n.s("Q: Why might BLEU go up while translators reject more segments?", "c", hard="question")
n.nl()
n.s("A: Bogdan said BLEU 'can't be wrong if the test set is big enough'.", "e-", "metrics")
n.nl()
n.s("Q: Suppose the test set comes from the same translation memory as the training data?", "c", hard="question")
n.nl()
n.s("A: He didn't see the problem until I said the word 'overlap'; then agreed it inflates scores but said it 'won't matter much'.", "e-", "data_intuition")
n.nl()
n.s("Q: Tokenisation for Thai?", "c", hard="question")
n.nl()
n.s("A: Correctly noted that Thai writes no spaces between words and proposed subword units learned on raw text.", "e+", "ml_fundamentals")
n.nl()
n.s("Verdict: knows the tooling, misses what the numbers mean.", "v-", "metrics")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n020", candidate_id="w28-c12", interviewer_id="w28-i04", req_id="w28-r1",
         round="behavioural", submitted_at="2024-12-10", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person"], topic="rollback")
n.s("Sadia has told me the story of a bad update of an engine for a big automotive client, where the new engine translated 'brake' in Polish with the word for 'break', and the client found it in a manual already printed.", "e0", "risk_awareness")
n.s("She was the owner of the release, and she said it clearly without looking for excuses.", "e+", "ownership")
n.s("She has organised the rollback in the same day, then she wrote the postmortem and added a glossary check on all the automotive terms before every release.", "e+", "ownership", "risk_awareness")
n.s("I asked what she would change in the process today.", "c")
n.s("She answered that she would release to one client at a time with one week of human review on a sample, and that the glossary check alone is not enough because it sees only the terms that somebody has put in the glossary.", "e+", "risk_awareness")
n.s("She is very humble and sympathetic, a person that one wants in the team.", "v+", hard="biased")
n.s("Strong hire, no doubts.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w28_notes_part2.jsonl", notes)
