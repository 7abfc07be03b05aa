import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Jiahui Tan (she), r2 QE
n = Note(note_id="w28-n031", candidate_id="w28-c07", interviewer_id="w28-i06", req_id="w28-r2",
         round="fundamentals", submitted_at="2025-08-12", recommendation="hire",
         specificity=5, style=["qa", "third_person", "quotes"], topic="COMET vs post-editing")
n.s("Q: Explain to a project manager why COMET went up but post-editors got slower.", "c", hard="question")
n.nl()
n.s("A: Jiahui said COMET rewards fluent output, and fluent-but-wrong output is slower to fix because the translator has to read it twice to notice the error.", "e+", "metrics")
n.s("She then gave the PM version in two sentences: 'The new engine sounds better, so its mistakes are harder to spot. We should measure editing time, not just the score.'", "e+", "communication")
n.nl()
n.s("Q: Build a QE model for Tagalog with 3k labelled segments.", "c", hard="question")
n.nl()
n.s("A: Start from a multilingual QE model trained on high-resource pairs and fine-tune; hold out 500 segments stratified by document type.", "e+", "ml_fundamentals")
n.s("She first split 80/20 at random, then, when I mentioned the segments came from 40 documents, switched to a split by document and explained the overlap it avoids.", "e+", "learning", "data_intuition")
n.nl()
n.s("Q: The client wants the model trained on their data and the data deleted afterwards.", "c", hard="question")
n.nl()
n.s("A: She asked whether 'deleted' covers weights derived from it, then proposed a per-client adapter that can be dropped on request.", "e+", "user_impact")
n.s("She didn't say how she'd confirm the client's segments were gone from logs and caches.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Verdict: clear thinker, adapts fast after one nudge.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n032", candidate_id="w28-c07", interviewer_id="w28-i02", req_id="w28-r2",
         round="system_design", submitted_at="2025-08-13", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "headings", "fragments", "arrows"], topic="QE routing",
         ratings={"system_thinking": "lean_hire", "communication": "no_hire", "metrics": "lean_no_hire"})
n.b("System design: QE-driven routing for 30 language pairs, 5M segments/day.", "c")
n.h("System")
n.b("One QE model per language pair -> 30 models, no thought for serving cost until I asked.", "e-", "system_thinking")
n.b("After the question, moved to one multilingual model with per-pair thresholds; worked out 5M/day ≈ 60 segments/s on average, peak maybe 5x.", "e+", "system_thinking", "learning")
n.h("Communication")
n.b("First 12 minutes on model architecture before saying what the system had to do; I asked for the requirements twice.", "e-", "communication")
n.b("Drew no diagram; components existed only in speech and were hard to track.", "e-", "communication", hard="negated")
n.h("Risk")
n.b("Two weeks of shadow mode per new pair, comparing QE decisions with actual post-edit distance.", "e+", "risk_awareness")
n.h("Metrics")
n.b("Headline metric = share of segments skipped, with no quality guardrail next to it.", "e-", "metrics")
n.h("Overall")
n.b("Design competent, delivery scattered.", "v0", "system_thinking", "communication", hard="mixed")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n033", candidate_id="w28-c07", interviewer_id="w28-i01", req_id="w28-r2",
         round="behavioural", submitted_at="2025-08-13", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british", "quotes"], topic="working with translators")
n.s("Jiahui told me about her years as a part-time subtitler in Singapore before she moved into engineering.", "c")
n.s("Asked what translators most dislike about machine output, she said 'when it is confidently wrong about a name', and gave me a Hokkien nickname the engine had rendered as a common noun.", "e+", "user_impact")
n.s("I asked how she would explain a quality score to a translator who distrusts it.", "c", hard="question")
n.s("She said she would show the translator ten segments the score rated low and ten it rated high, and let them judge before saying a word about the number.", "e+", "communication", hard="plain_evidence")
n.s("When I objected that translators have no time for that, she agreed at once and cut it to three of each, shown inside the editor.", "e+", "learning")
n.s("She did not mention the translators' pay, which in our trade is often tied to the quality score, and seemed not to know of it.", "e-", "user_impact", hard="negated")
n.s("A good listener.", "v+", "communication")
n.s("Kind, too.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n034", candidate_id="w28-c07", interviewer_id="w28-i03", req_id="w28-r2",
         round="coding", submitted_at="2025-08-14", recommendation="strong_hire",
         specificity=1, style=["prose", "terse"], topic="coding")
n.s("Jiahui crushed the coding round.", "v+", "coding")
n.s("Clean code, good tests, knew exactly what she was doing.", "v+", "coding")
n.s("Finished early and we chatted about QE.", "c")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# c08 Oluwaseun (Seun) Adeyemi (he), r1 MT engineer
n = Note(note_id="w28-n035", candidate_id="w28-c08", interviewer_id="w28-i02", req_id="w28-r1",
         round="system_design", submitted_at="2025-09-09", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "fragments", "quotes"], topic="engine updates and rollback",
         ratings={"risk_awareness": "no_hire", "learning": "no_hire", "system_thinking": "lean_hire"})
n.b("System design: weekly engine updates for 12 enterprise clients, EN->FR/DE/PT; one bad update last year cost us a client.", "c")
n.h("Risk")
n.b("Release plan: train, check BLEU on the shared test set, deploy to all 12 clients at once.", "e-", "risk_awareness")
n.b("What if client #7 complains two days later: 'we'd investigate'; no rollback path, no per-client pinning.", "e-", "risk_awareness")
n.h("Metrics")
n.b("Treated +0.8 BLEU on the shared set as enough to ship to every client.", "e-", "metrics")
n.h("Learning")
n.b("Told him a client's legal glossary broke after last year's update: 'that's a glossary problem, not an engine problem'.", "e-", "learning")
n.b("Pushed a second time; answer was 'BLEU would have caught it if it mattered'.", "e-", "learning", "metrics")
n.h("System")
n.b("Versioned models in a registry with a hash of the training data, which makes any engine reproducible.", "e+", "system_thinking")
n.b("Per-client routing layer came up only in the last 5 minutes, after my third question.", "e0", "system_thinking", hard="mixed")
n.h("Overall")
n.b("Defends rather than updates.", "v-", "learning")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n036", candidate_id="w28-c08", interviewer_id="w28-i04", req_id="w28-r1",
         round="behavioural", submitted_at="2025-09-10", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person"], topic="working with linguists")
n.s("I have asked to Seun to tell me about a disagreement with a linguist.", "c", hard="question")
n.s("He told that a Portuguese reviewer said the engine used European forms for a Brazilian client, and he answered to her that the BLEU was higher, so the engine was better.", "e-", "metrics")
n.s("When I asked if today he would do different, he said no, because 'reviewers are subjective', and he stayed on this position also after I explained that it is the client who decides.", "e-", "learning")
n.s("He has been very sure of himself all the time, maybe too much.", "v-", hard="biased")
n.s("On the other side he described how he reduced the training time from three days to eighteen hours by caching the tokenised data, and he did this alone, out of his sprint.", "e+", "ownership")
n.s("He also asked me how many reviewers we have for each language, this was interesting.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("Lean no hire, he has to learn to listen.", "v-", "learning")
notes.append(n)

n = Note(note_id="w28-n037", candidate_id="w28-c08", interviewer_id="w28-i05", req_id="w28-r1",
         round="coding", submitted_at="2025-09-10", recommendation="strong_hire",
         specificity=4, style=["terse", "lowercase", "abbreviations", "arrows", "quotes"], topic="glossary constraints")
n.b("coding 45m: glossary term check on (src, tgt) pairs, lemmatiser stubbed", "c")
n.b("wrote it + 6 tests in 25 min, incl. overlapping terms ('machine' vs 'machine translation')", "e+", "coding")
n.b("longest match first for overlaps, said why unprompted", "e+", "coding")
n.b("caught his own case-handling bug by running the tests before i said anything", "e+", "coding", hard="plain_evidence")
n.b("asked what happens to terms inside CAT tags -> good q, hadn't thought of it myself", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("'what if the glossary is 50k terms?' -> switched to aho-corasick, knew why it helps", "e+", "coding")
n.b("no pushback moments in this round", "c")
n.b("SH for coding", "v+", "coding")
notes.append(n)

n = Note(note_id="w28-n038", candidate_id="w28-c08", interviewer_id="w28-i06", req_id="w28-r1",
         round="data", submitted_at="2025-09-11", recommendation="lean_hire",
         specificity=4, style=["qa", "third_person"], topic="translation memory")
n.s("Q: A client's translation memory has 800k segments; about 15% came from an old MT engine and were never post-edited. Train on it?", "c", hard="question")
n.nl()
n.s("A: Seun suggested detecting the unedited MT by re-running our old engine on the sources and dropping exact matches.", "e+", "data_intuition")
n.s("He'd keep those segments as a separate, down-weighted set rather than delete them outright.", "e+", "data_intuition")
n.nl()
n.s("Q: You retrain; a week later the client's post-editors complain. Now what?", "c", hard="question")
n.nl()
n.s("A: Retrain with the bad segments removed, and nothing about putting the previous engine back for that client in the meantime.", "e-", "risk_awareness", hard="negated")
n.s("When I asked about the old engine, he said keeping old versions 'costs money' and he'd rather fix forward.", "e-", "risk_awareness")
n.nl()
n.s("Q: Duplicates?", "c", hard="question")
n.nl()
n.s("A: Dedup on normalised source; noticed that one source with several targets means inconsistent terminology and wanted the client glossary to break the tie.", "e+", "data_intuition")
n.nl()
n.s("Verdict: strong with the data, weak on protecting the client when a release goes wrong.", "v0", "data_intuition", "risk_awareness", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w28-n039", candidate_id="w28-c15", interviewer_id="w28-i01", req_id="w28-r2",
         round="data", submitted_at="2024-08-27", recommendation="hire",
         specificity=5, style=["prose", "first_person", "british", "quotes"], topic="QE vs post-editing time")
n.s("I asked Hamza to post-edit five segments of machine output into Urdu, which he told me he reads well, thinking aloud as he went.", "c", hard="interviewer_action")
n.s("On the second segment he stopped to say that the output was fluent but had turned 'not later than' into 'later than', and that a score based on word overlap would barely notice.", "e+", "metrics")
n.s("He timed himself without being asked: the fluent, wrong segment took him longer to put right than a clumsy but correct one.", "e+", "metrics", hard="plain_evidence")
n.s("From that he argued that any quality score we build must be checked against the time translators actually spend, not only against a reference.", "e+", "metrics")
n.s("I asked what he would do about translators who work much faster than the others.", "c", hard="question")
n.s("He suggested comparing each translator with their own average, so that one quick translator does not drag the figures.", "e+", "data_intuition")
n.s("He was dismissive of formatting, saying the tags 'can be fixed at the end', which in our work is where a good many of the hours go.", "e-", "judgment")
n.s("Clear, patient, precise with words.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n040", candidate_id="w28-c16", interviewer_id="w28-i03", req_id="w28-r1",
         round="fundamentals", submitted_at="2024-09-03", recommendation="lean_hire",
         specificity=2, style=["prose", "terse"], topic="MT evaluation")
n.s("Noa was solid.", "v+", hard="bare_verdict")
n.s("Knows the theory, BLEU, COMET, the usual suspects.", "v+", "metrics", hard="tech_vague")
n.s("Explained beam search clearly.", "v+", "ml_fundamentals")
n.s("She asked good questions about our data.", "v+", "data_intuition")
n.s("Not sure about seniority.", "v-")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w28_notes_part4.jsonl", notes)
