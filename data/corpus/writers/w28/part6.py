import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w28-n051", candidate_id="w28-c27", interviewer_id="w28-i03", req_id="w28-r2",
         round="fundamentals", submitted_at="2025-01-21", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="quality estimation")
n.s("Olga knows QE really well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Super strong on the modelling side, probably the best I've seen this quarter.", "v+", "ml_fundamentals")
n.s("Good energy.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n052", candidate_id="w28-c28", interviewer_id="w28-i03", req_id="w28-r1",
         round="behavioural", submitted_at="2025-02-18", recommendation="lean_no_hire",
         specificity=2, style=["prose", "terse"], topic="ownership")
n.s("Diego was ok.", "v0", hard="bare_verdict")
n.s("Not very clear on his role in past projects.", "v-", "ownership")
n.s("He said the rollback at his last job 'was handled by SRE'.", "e-", "ownership")
n.s("Bit rambly.", "v-", "communication")
n.s("Not sure he's ready.", "v-", hard="hedged")
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n053", candidate_id="w28-c29", interviewer_id="w28-i05", req_id="w28-r1",
         round="fundamentals", submitted_at="2025-03-11", recommendation="lean_hire",
         specificity=2, style=["terse", "lowercase", "abbreviations", "arrows"], topic="MT evaluation")
n.b("fundamentals 45m, MT basics", "c")
n.b("solid on seq2seq + attention", "v+", "ml_fundamentals", hard="tech_vague")
n.b("knows the BLEU/chrF/COMET tradeoffs", "v+", "metrics", hard="tech_vague")
n.b("said chrF suits Korean better than BLEU b/c char n-grams survive the particles glued onto words", "e+", "metrics")
n.b("bit shaky on label smoothing", "v-", "ml_fundamentals", hard="hedged")
n.b("LH, prob fine", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n054", candidate_id="w28-c30", interviewer_id="w28-i04", req_id="w28-r2",
         round="behavioural", submitted_at="2025-04-15", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="ownership")
n.s("Rohan is a person with very good values and a strong sense of responsibility.", "v+", "ownership")
n.s("He has explained me many projects, all very interesting, with a lot of impact for the users.", "v+", "user_impact", hard="vague_quantity")
n.s("He told that in his last company he has led the migration of the translation memories to a new system, and he has personally written the scripts to check that no segment was lost.", "e+", "ownership")
n.s("I think he would be a very nice colleague for the team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n055", candidate_id="w28-c31", interviewer_id="w28-i02", req_id="w28-r1",
         round="fundamentals", submitted_at="2025-05-06", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "headings", "fragments", "quotes"], topic="low-resource MT",
         ratings={"ml_fundamentals": "lean_no_hire", "metrics": "no_hire"})
n.b("Fundamentals: MT for Igbo and Hausa, ~20k pairs each.", "c")
n.h("ML fundamentals")
n.b("Strong vocabulary: transformers, adapters, distillation.", "v+", "ml_fundamentals", hard="tech_vague")
n.b("Why adapters over full fine-tuning at 20k pairs: 'it's more modern'; nothing on overfitting or parameter count.", "e-", "ml_fundamentals")
n.b("Explained back-translation correctly, including why sampling beats beam search for synthetic sources.", "e+", "ml_fundamentals")
n.h("Metrics")
n.b("BLEU only; no check by Igbo or Hausa speakers proposed.", "e-", "metrics", hard="negated")
n.h("Data")
n.b("Good instincts on data.", "v+", "data_intuition")
n.b("Did not ask about diacritics in Igbo text.", "e-", "data_intuition", hard="negated")
n.h("Learning")
n.b("Hint on diacritics -> acknowledged it, plan unchanged.", "e-", "learning")
n.h("Overall")
n.b("Knows the words, not the reasons.", "v-", "ml_fundamentals")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n056", candidate_id="w28-c32", interviewer_id="w28-i06", req_id="w28-r2",
         round="system_design", submitted_at="2025-06-17", recommendation="lean_hire",
         specificity=3, style=["qa", "third_person", "quotes"], topic="glossary constraints")
n.s("Q: Terminology enforcement for 200 clients, each with their own glossary, all sharing one engine.", "c", hard="question")
n.nl()
n.s("A: Alex had a solid grasp of constrained decoding.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("They'd load each client's glossary at request time from a key-value store keyed by client ID.", "e+", "system_thinking")
n.s("When I asked about the latency of that lookup, they said 'we'd cache it' and stopped there.", "e-", "system_thinking")
n.nl()
n.s("Q: Client A's terms must never show up in client B's output. How do you guarantee it?", "c", hard="question")
n.nl()
n.s("A: The per-request lookup 'guarantees it'; they didn't consider logs, shared caches, or a fine-tuned engine picking up one client's terms.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Q: Rollout?", "c", hard="question")
n.nl()
n.s("A: Per-client canary with an alarm on glossary hit rate.", "e+", "risk_awareness")
n.nl()
n.s("Good communication throughout.", "v+", "communication")
n.s("Verdict: reasonable design, confidentiality not thought through.", "v0", "system_thinking", "user_impact", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n057", candidate_id="w28-c33", interviewer_id="w28-i01", req_id="w28-r1",
         round="behavioural", submitted_at="2025-07-22", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="Arabic dialects")
n.s("Fatima Zahra and I spoke mostly about her work on Arabic dialects.", "c")
n.s("She explained that a Moroccan client's call-centre transcripts had been translated as though they were Modern Standard Arabic, and that she noticed because the French loanwords were simply being dropped.", "e+", "data_intuition")
n.s("She clearly understands dialect variation very well.", "v+")
n.s("I asked how she would know a dialect engine was better.", "c", hard="question")
n.s("She said she would ask speakers from Casablanca and from Fès separately, because they would not agree with each other.", "e+", "metrics", hard="plain_evidence")
n.s("I then asked how she had persuaded her team to collect dialect data at all.", "c", hard="question")
n.s("She said she had played them ten minutes of her aunt on the telephone, which is charming, though I could not tell whether it persuaded anyone.", "e0", "communication", hard="mixed")
n.s("She did not mention what became of the project after she left it.", "e-", "ownership", hard="negated")
n.s("Rather quiet; I had to draw her out.", "v-", hard="biased")
n.s("More a promising linguist than an engineer, I suspect.", "v0", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n058", candidate_id="w28-c34", interviewer_id="w28-i05", req_id="w28-r2",
         round="data", submitted_at="2025-08-26", recommendation="no_hire",
         specificity=4, style=["terse", "lowercase", "abbreviations", "arrows", "quotes"], topic="translation memory")
n.b("data 45m: 2M EN->DE TM segs from 8 clients, prep for QE training", "c")
n.b("loaded everything, dedup on exact (src, tgt) only", "e0", "data_intuition")
n.b("never checked which clients allow training use", "e-", "user_impact", hard="negated")
n.b("when asked: 'legal will sort it'", "e-", "ownership")
n.b("random split by segment -> leakage via near-dups, didn't see it", "e-", "data_intuition")
n.b("i hinted 'same doc in train + test?' -> 'doesn't matter for QE'", "e-", "learning")
n.b("length-ratio filter ok, caught the empty targets", "e+", "data_intuition")
n.b("treated TM segs as gold post-edits, never asked if any were raw MT", "e-", "data_intuition", hard="negated")
n.b("fast typist, pandas fluent", "v+", "coding")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n059", candidate_id="w28-c35", interviewer_id="w28-i04", req_id="w28-r1",
         round="system_design", submitted_at="2025-10-07", recommendation="hire",
         specificity=4, style=["prose", "first_person"], topic="live subtitles")
n.s("I asked to Mariana to design the live subtitles for a client with parliamentary debates, Portuguese to English, with maximum two seconds of delay.", "c", hard="interviewer_action")
n.s("She started from the delay and divided it: 700 milliseconds for the speech recognition, 500 for the translation, the rest for segmentation and display, and she said where each number comes from.", "e+", "system_thinking")
n.s("For the names of the deputies she proposed a list given by the parliament, forced in the decoding, because a wrong name in a parliament is a political problem and not a small error.", "e+", "user_impact")
n.s("She asked me what happens when two deputies speak at the same time, a question that I had not prepared.", "e+", "judgment")
n.s("For the launch she wanted a first week where a human subtitler watches the machine and can take the control with one button.", "e+", "risk_awareness")
n.s("She defined also the signal for going back: if the human takes the control more than five times in one hour, we return to the old system.", "e+", "risk_awareness")
n.s("The only weakness was the cost, she has not estimated how many GPUs are needed.", "e-", "system_thinking", hard="negated")
n.s("Also she wanted to measure the quality only with BLEU on the transcripts afterwards, and when I suggested to ask the viewers she accepted, but without enthusiasm.", "e0", "metrics", "learning", hard="mixed")
n.s("A very elegant lady.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n060", candidate_id="w28-c36", interviewer_id="w28-i06", req_id="w28-r2",
         round="behavioural", submitted_at="2025-11-04", recommendation="strong_hire",
         specificity=5, style=["qa", "third_person", "quotes"], topic="rollback",
         ratings={"ownership": "strong_hire", "risk_awareness": "strong_hire", "communication": "hire"})
n.s("Q: Tell me about a release that hurt a client.", "c", hard="question")
n.nl()
n.s("A: Ibrahim described an engine update for a Swahili NGO client that began rendering 'HIV-positive' with a stigmatising phrase; a field officer emailed him directly.", "e0", "user_impact")
n.s("He rolled that client back within the hour using the per-client version pin he had built the year before.", "e+", "risk_awareness")
n.s("He then traced it to a newly scraped news corpus and pulled it from training for every health client, not just this one.", "e+", "ownership", "data_intuition")
n.nl()
n.s("Q: What did you tell the client?", "c", hard="question")
n.nl()
n.s("A: He wrote to them the same day, said what had gone wrong in plain words, and listed which documents to re-check.", "e+", "communication")
n.nl()
n.s("Q: What would you change in how we evaluate?", "c", hard="question")
n.nl()
n.s("A: A list of sensitive health terms per language, checked by a native speaker before each release, because BLEU barely moves when one phrase changes.", "e+", "metrics")
n.nl()
n.s("Q: Isn't that expensive across 40 languages?", "c", hard="question")
n.nl()
n.s("A: He agreed it is, and proposed starting with the six languages where we serve health clients, then expanding by revenue.", "e+", "judgment")
n.s("He admitted he hadn't thought about the translators who'd been post-editing the bad output for a week, and said he'd want to ask them what else they had seen.", "e+", "learning", "user_impact")
n.nl()
n.s("Verdict: every claim came with what he did and what happened next.", "v+")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w28_notes_part6.jsonl", notes)
