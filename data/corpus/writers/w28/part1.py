import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Amara Okafor (she), r1 MT engineer
n = Note(note_id="w28-n001", candidate_id="w28-c01", interviewer_id="w28-i03", req_id="w28-r1",
         round="behavioural", submitted_at="2025-02-11", recommendation="strong_hire",
         specificity=1, style=["prose", "terse"], topic="low-resource MT")
n.s("Amara was great.", "v+", hard="bare_verdict")
n.s("Really sharp, knows MT inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Strong background in low-resource stuff.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Very passionate about languages!", "v+", hard="biased")
n.s("Talked through her last project, sounded like she drove most of it.", "v+", "ownership", hard="hedged")
n.s("Great culture fit for Lingo Bridge.", "v+", hard="biased")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n002", candidate_id="w28-c01", interviewer_id="w28-i01", req_id="w28-r1",
         round="data", submitted_at="2025-02-11", recommendation="hire",
         specificity=5, style=["prose", "first_person", "british"], topic="translation memory")
n.s("I gave Amara twenty segment pairs exported from a client's English–Yoruba translation memory and asked her which ones she would keep for training.", "c", hard="interviewer_action")
n.s("Within a couple of minutes she noticed that four of the pairs were the same English sentence with different translations, and asked me which version the client had approved most recently.", "e+", "data_intuition")
n.s("She also spotted that two of the 'Yoruba' segments were in fact English, left untranslated by whoever had filled the memory.", "e+", "data_intuition", hard="plain_evidence")
n.blank()
n.s("I asked what she would do about the tone marks, since about half the Yoruba segments had lost them.", "c", hard="question")
n.s("She said she would not strip them from everything to make the data tidy, because a reader would then be shown a different word in some sentences; she would keep the marked segments for the last stage of training.", "e+", "data_intuition")
n.s("She did not ask where the memory had come from or whether the client had agreed to its use for training, and I had to raise it myself.", "e-", "user_impact", hard="negated")
n.s("Once I did, she said at once that she would want the client's consent in writing before any segment went near a shared engine, which was the right answer, if late.", "e0", "user_impact", "learning", hard="mixed")
n.blank()
n.s("She said 'tone mark' to me, not some term of art, and when I used the word 'fuzzy match' she asked me what threshold we meant rather than nodding along.", "e+", "communication", hard="plain_evidence")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n003", candidate_id="w28-c01", interviewer_id="w28-i02", req_id="w28-r1",
         round="fundamentals", submitted_at="2025-02-12", recommendation="hire",
         specificity=4, style=["bullets", "headings", "fragments", "american"], topic="low-resource MT",
         ratings={"ml_fundamentals": "hire", "metrics": "lean_hire", "risk_awareness": "lean_no_hire"})
n.b("Prompt: train an EN->Yoruba engine with ~40k parallel sentences.", "c")
n.h("ML fundamentals")
n.b("Proposed fine-tuning a multilingual pretrained model instead of training from scratch; justified it by 40k pairs being far too few for a transformer from scratch.", "e+", "ml_fundamentals")
n.b("Suggested back-translating monolingual Yoruba news text and tagging the synthetic sources so the model can tell them apart.", "e+", "ml_fundamentals", "data_intuition")
n.b("Could not say why label smoothing can help BLEU while making the model's probabilities less usable as confidence; guessed, then said she wasn't sure.", "e-", "ml_fundamentals")
n.h("Metrics")
n.b("Unprompted: said a 500-sentence test set is too small to separate two systems by 1 BLEU and proposed bootstrap resampling.", "e+", "metrics")
n.b("Did not ask whether BLEU tracks what Yoruba post-editors actually accept.", "e-", "metrics", hard="negated")
n.b("Once I raised it, proposed a small human eval with two translators rating adequacy per sentence.", "e+", "learning", "metrics")
n.h("Risk")
n.b("No mention of how the first engine ships or what would trigger a rollback.", "e-", "risk_awareness", hard="negated")
n.h("Overall")
n.b("Solid on fundamentals.", "v+", "ml_fundamentals")
n.b("Hire.", "v+", hard="bare_verdict")
n.s("Risk gaps look teachable.", "v0", "risk_awareness")
notes.append(n)

n = Note(note_id="w28-n004", candidate_id="w28-c01", interviewer_id="w28-i05", req_id="w28-r1",
         round="coding", submitted_at="2025-02-13", recommendation="hire",
         specificity=4, style=["terse", "lowercase", "abbreviations", "arrows", "fragments"], topic="translation memory")
n.b("coding 45m", "c")
n.b("q: dedupe a TM export, exact + near dups", "c", hard="question")
n.b("normalised unicode (NFC) + whitespace before hashing -> caught the 2 dupes that only differed in how the accents were encoded", "e+", "coding", "data_intuition")
n.b("near-dup: char 5-gram minhash, had it running in ~15 min", "e+", "coding")
n.b("forgot empty segment, her own test crashed on it", "e-", "coding")
n.b("fixed in a minute once i pointed at the traceback", "e+", "learning", "coding")
n.b("asked if dupes w/ diff targets shd keep latest or most frequent -> good q", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# c02 Tomasz Wiśniewski (he), r2 QE
n = Note(note_id="w28-n005", candidate_id="w28-c02", interviewer_id="w28-i02", req_id="w28-r2",
         round="fundamentals", submitted_at="2025-03-04", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "fragments"], topic="quality estimation",
         ratings={"metrics": "no_hire", "learning": "no_hire", "ml_fundamentals": "lean_hire"})
n.b("Fundamentals (QE), 60 min.", "c")
n.h("Metrics")
n.b("Claimed a +2.1 COMET gain 'means translators will be faster'; asked for evidence, had none beyond the score.", "e-", "metrics")
n.b("Proposed validating the QE model only by its correlation with COMET, i.e. one metric predicting another, never against post-editing time.", "e-", "metrics")
n.h("ML fundamentals")
n.b("Explained correctly that QE needs no reference and described a cross-encoder over source + MT output.", "e+", "ml_fundamentals")
n.b("Could not explain how correlation can be high while the model still mis-ranks the worst 5% of segments.", "e-", "ml_fundamentals", "metrics")
n.h("Learning")
n.b("When I suggested HTER from real post-edits as the target, said 'that data is too noisy to be useful' and did not engage further.", "e-", "learning")
n.b("Came back to the COMET argument a second time, unchanged, when I revisited it.", "e-", "learning", "metrics")
n.h("Data")
n.b("Did ask how many segments per language pair actually had post-edits.", "e+", "data_intuition")
n.h("Overall")
n.b("Treats the offline metric as ground truth.", "v-", "metrics")
n.s("That is the core of this job.", "c")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n006", candidate_id="w28-c02", interviewer_id="w28-i06", req_id="w28-r2",
         round="system_design", submitted_at="2025-03-04", recommendation="lean_no_hire",
         specificity=4, style=["qa", "third_person"], topic="quality estimation")
n.s("Q: Design a QE service that flags machine-translated segments needing human post-editing, for a legal client.", "c", hard="question")
n.nl()
n.s("A: Tomasz put a scoring service after the MT engine, thresholded the QE score and routed low scorers to translators.", "e0", "system_thinking")
n.s("He sized it at roughly 2M segments a day and batched scoring by document on GPUs.", "e+", "system_thinking")
n.nl()
n.s("Q: How do you choose the threshold?", "c", hard="question")
n.nl()
n.s("A: 'Whatever maximises COMET on the dev set.'", "e-", "metrics")
n.s("He did not mention post-editing time or what the translators would consider usable.", "e-", "metrics", hard="negated")
n.nl()
n.s("Q: What if the legal client's documents may not leave their tenancy?", "c", hard="question")
n.nl()
n.s("A: He called it 'a contract problem, not an ML problem' and moved on.", "e-", "user_impact")
n.nl()
n.s("I pushed on the threshold again, pointing out that a COMET gain doesn't tell us a translator saves a single minute.", "c", hard="interviewer_action")
n.s("He answered that he had 'seen it work at his last company' and didn't revise the design.", "e-", "learning")
n.nl()
n.s("Verdict: capable engineer, but he trusts the offline number over the people who use the output.", "v-", "metrics", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n007", candidate_id="w28-c02", interviewer_id="w28-i04", req_id="w28-r2",
         round="behavioural", submitted_at="2025-03-05", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "typos"], topic="rollback")
n.s("I have made to Tomasz the question about a moment in which a model of his went wrong in production, and he has told me about a QE model for German that after an update started to give too high scores to segments with wrong numbers in them.", "e0", "risk_awareness")
n.s("He explained that after this they have added a check that compares the numbers between source and target before the score is trusted, which honestly is a good idea.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("When I asked who has written the check, he said it was a colleague and that he was 'more on the modelling side', so I am not sure how much of the fix he has owned.", "e-", "ownership", hard="hedged")
n.s("In general he has a lot of experience in QE, this is sure.", "v+", hard="vague_quantity")
n.s("He speaks a very good English, also better than mine.", "v+", hard="biased")
n.s("When I contradicted him on the idea that the client was at fault for not reporting earlier, he became a little defensive and repeated that the client 'should have had their own checks'.", "e-", "learning", "ownership")
n.s("For me it is a lean no hire, mostly for the ownership part.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w28-n008", candidate_id="w28-c02", interviewer_id="w28-i05", req_id="w28-r2",
         round="coding", submitted_at="2025-03-06", recommendation="lean_hire",
         specificity=4, style=["terse", "lowercase", "abbreviations", "arrows"], topic="quality estimation")
n.b("coding. impl Spearman + Pearson for QE eval, no numpy.corrcoef", "c")
n.b("ranks w/ ties via avg rank -> correct 1st try", "e+", "coding")
n.b("wrote 3 tests incl. the all-ties case", "e+", "coding")
n.b("asked if segs shd be weighted by length, then dropped it", "e0", "metrics", hard="mixed")
n.b("explained why his version is O(n log n)", "e+", "coding")
n.b("zero qs about where the scores come from", "e-", "data_intuition", hard="negated")
n.b("LH", "v+", hard="bare_verdict")
n.b("coding fine, rest not my call", "v+", "coding")
notes.append(n)

# history
n = Note(note_id="w28-n009", candidate_id="w28-c09", interviewer_id="w28-i03", req_id="w28-r1",
         round="fundamentals", submitted_at="2024-11-19", recommendation="lean_hire",
         specificity=2, style=["prose"], topic="transformers")
n.s("Good session with Rafael.", "v+", hard="bare_verdict")
n.s("Knows his transformers, decent on attention and beam search.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Asked about monitoring at the end.", "e+", "risk_awareness")
n.s("Seemed a bit nervous but warmed up.", "v0", hard="biased")
n.s("Lean hire, would be fine on the team.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n010", candidate_id="w28-c10", interviewer_id="w28-i01", req_id="w28-r2",
         round="behavioural", submitted_at="2024-12-03", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="gender bias")
n.s("Ingrid and I spent most of the hour on one example: the Turkish 'o bir doktor', which carries no gendered pronoun, rendered into English.", "c")
n.s("Before I had said anything, she pointed out that our engine had written 'he is a doctor' and, for the sentence beside it, 'she is a nurse'.", "e+", "user_impact")
n.s("She proposed offering the translator both forms whenever the source is genuinely ambiguous, rather than letting the engine choose one silently.", "e+", "user_impact")
n.s("I asked how she would know whether this had improved or worsened from one release to the next.", "c", hard="question")
n.s("She suggested a fixed list of such sentences checked at every release, with the share of masculine renderings reported beside the usual scores.", "e+", "metrics")
n.s("She did not consider that some clients have a house style which settles the question for them, and she did not ask.", "e-", "judgment", hard="negated")
n.s("Her written summary at the end ran to three lines, and I could have sent it to a client as it stood.", "e+", "communication", hard="plain_evidence")
n.s("I would hire her.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w28_notes_part1.jsonl", notes)
