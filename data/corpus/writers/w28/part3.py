import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c05 Lucía Fernández (she), r1 MT engineer
n = Note(note_id="w28-n021", candidate_id="w28-c05", interviewer_id="w28-i01", req_id="w28-r1",
         round="behavioural", submitted_at="2025-06-03", recommendation="hire",
         specificity=5, style=["prose", "first_person", "british", "quotes"], topic="gender bias")
n.s("I asked Lucía to look at six sentences our Spanish engine had produced from English job adverts.", "c", hard="interviewer_action")
n.s("Without prompting she picked out that 'the engineer' had become 'el ingeniero' in every one, and 'the assistant' had become 'la asistente' in every one.", "e+", "user_impact")
n.s("She said a job advert is exactly where this matters, because a woman reading it is being told who the job is for.", "e+", "user_impact", hard="plain_evidence")
n.s("Her suggestion was to use whichever inclusive form the client's style guide allows, or a rephrasing with 'la persona', and to ask the client which they prefer rather than deciding for them.", "e+", "judgment")
n.s("I asked how she would catch this before a client did.", "c", hard="question")
n.s("She proposed a set of gender-ambiguous sentences for each language pair, re-run whenever the engine changes, and said she would not call it passed on one overall number.", "e+", "metrics")
n.s("She was less sure about Galician, which she said she did not know well enough to judge, and asked whether we had a reviewer for it.", "e+", "judgment")
n.s("Her explanations were clear and free of jargon throughout.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n022", candidate_id="w28-c05", interviewer_id="w28-i02", req_id="w28-r1",
         round="behavioural", submitted_at="2025-06-04", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "headings", "fragments"], topic="ownership",
         ratings={"ownership": "no_hire", "risk_awareness": "hire", "communication": "lean_no_hire"})
n.b("Behavioural, 45 min. Focus: ownership, rollback, working with linguists.", "c")
n.h("Ownership")
n.b("Asked for a project she led: described the gender-debiasing fine-tune at her last job, but every decision was 'the team decided' or 'my manager wanted'.", "e-", "ownership")
n.b("Could not name one call she made herself, asked twice.", "e-", "ownership", hard="negated")
n.b("When the fine-tune degraded Catalan output, 'someone from QA caught it'; did not know how it was fixed.", "e-", "ownership")
n.h("Risk")
n.b("What would she monitor after a debiasing release: gender ratio on a held-out set plus a random human-review sample.", "e+", "risk_awareness")
n.h("Communication")
n.b("Answers ran long; I interrupted twice to get to the point.", "e-", "communication")
n.h("Learning")
n.b("Told her the answers sounded passive -> she paused and gave a sharper example: she had pushed for the Catalan rollback in a standup.", "e+", "learning")
n.h("Overall")
n.b("Good values, passive ownership.", "v0", "ownership", hard="mixed")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n023", candidate_id="w28-c05", interviewer_id="w28-i06", req_id="w28-r1",
         round="system_design", submitted_at="2025-06-04", recommendation="lean_hire",
         specificity=4, style=["qa", "third_person"], topic="glossary constraints")
n.s("Q: Enforce a client's glossary in MT output: 4,000 terms, EN->ES, medical devices.", "c", hard="question")
n.nl()
n.s("A: Lucía proposed constrained decoding for exact matches plus a post-check that flags any segment where a glossary source term appears but its target term doesn't.", "e+", "system_thinking")
n.s("She noted that Spanish inflects, so the check has to match lemmas, not surface strings.", "e+", "data_intuition")
n.nl()
n.s("Q: Who maintains the glossary?", "c", hard="question")
n.nl()
n.s("A: 'The client, I assume.' She didn't consider terms going stale or conflicting between clients.", "e-", "data_intuition", hard="negated")
n.nl()
n.s("Q: Tell me about a time something you shipped broke.", "c", hard="question")
n.nl()
n.s("A: The Catalan story from her CV again; she described what QA found and what the manager decided, not what she did.", "e-", "ownership")
n.s("Asked directly what she personally did next, she said she 'flagged it in the channel'.", "e-", "ownership")
n.nl()
n.s("Verdict: good on the design, and I'd echo the passive-ownership flag.", "v0", "system_thinking", "ownership", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n024", candidate_id="w28-c05", interviewer_id="w28-i03", req_id="w28-r1",
         round="fundamentals", submitted_at="2025-06-05", recommendation="hire",
         specificity=1, style=["terse"], topic="NMT")
n.s("Lucía did fine.", "v0", hard="bare_verdict")
n.s("Knows NMT fundamentals well, good on decoding and all that.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Very articulate.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# c06 Dmitri Volkov (he), r2 QE
n = Note(note_id="w28-n025", candidate_id="w28-c06", interviewer_id="w28-i01", req_id="w28-r2",
         round="data", submitted_at="2025-07-01", recommendation="no_hire",
         specificity=4, style=["prose", "first_person", "british", "quotes"], topic="customer confidentiality")
n.s("The exercise: three clients, a bank, a hospital group and a games studio, have each given us their translation memories, and we want a better Russian engine.", "c")
n.s("Dmitri's first suggestion was to pool all three memories into one training set, since 'more data always wins'.", "e-", "user_impact")
n.s("I asked whether the hospital's letters to patients could surface in the games studio's translations.", "c", hard="question")
n.s("He said the model 'doesn't memorise at that scale' and did not want to discuss it further.", "e-", "user_impact", "learning")
n.s("I then showed him a sentence our old shared engine had produced, with a real patient's surname in it, copied from another client's memory.", "c", hard="interviewer_action")
n.s("He looked at it and called it 'an edge case'.", "e-", "user_impact")
n.s("On the data itself he was better: he proposed dropping segments where source and target are identical, and said that in his experience about 8% of such memories are untranslated boilerplate.", "e+", "data_intuition")
n.s("He did not ask a single question about who the clients were or what they had agreed to.", "e-", "judgment", hard="negated")
n.s("Not for us; no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n026", candidate_id="w28-c06", interviewer_id="w28-i04", req_id="w28-r2",
         round="system_design", submitted_at="2025-07-02", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "typos"], topic="quality estimation")
n.s("The argument of the interview was a QE system to decide which segments of a bank client can go to the client without a human post-editing.", "c")
n.s("Dmitri has designed quickly a pipeline with a QE model and a threshold, and the architecture was clean, with a queue for the segments under the threshold and a dashbord for the translators.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("But when I said that the bank has not decided yet which documents are included, he has not made any question, he simply supposed that all documents are the same and continued.", "e-", "judgment")
n.s("For the threshold he wanted to choose it alone on the offline data, and when I asked what happens if a wrong amount of money arrives to a customer he answered that 'the QE will catch numbers'.", "e-", "user_impact")
n.s("It is a person with a very strong technical preparation, this one sees immediately.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He is very young, maybe he will learn this with the time.", "v0", hard="biased")
n.s("At the end he asked me which languages the bank uses most with its customers, which was a good question.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("Lean no hire for me.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n027", candidate_id="w28-c06", interviewer_id="w28-i05", req_id="w28-r2",
         round="fundamentals", submitted_at="2025-07-02", recommendation="hire",
         specificity=3, style=["terse", "lowercase", "abbreviations", "arrows"], topic="quality estimation")
n.b("fundamentals 45m", "c")
n.b("QE as regression on HTER vs ok/bad classification -> argued regression keeps more info, then calibrate per pair. good", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.b("derived why MSE on HTER is dominated by the many near-0 segs, suggested reweighting", "e+", "ml_fundamentals")
n.b("knows xlm-r etc inside out", "v+", "ml_fundamentals", hard="tech_vague")
n.b("q: 'COMET and HTER disagree, which do you trust?' -> 'HTER, it's what humans actually did'", "e+", "metrics")
n.b("talks fast, hard to follow at times", "v-", "communication")
n.b("H on the tech.", "v+", "ml_fundamentals")
n.s("didn't get to product stuff", "c")
notes.append(n)

n = Note(note_id="w28-n028", candidate_id="w28-c06", interviewer_id="w28-i03", req_id="w28-r2",
         round="behavioural", submitted_at="2025-07-03", recommendation="hire",
         specificity=1, style=["prose"], topic="quality estimation")
n.s("Dmitri is super smart.", "v+")
n.s("Tons of QE experience, clearly a strong engineer.", "v+", hard="vague_quantity")
n.s("He cares about doing things right.", "v+")
n.s("Would be a great addition, hire.", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w28-n029", candidate_id="w28-c13", interviewer_id="w28-i02", req_id="w28-r2",
         round="data", submitted_at="2024-09-17", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "fragments"], topic="translation memory",
         ratings={"data_intuition": "lean_hire", "judgment": "lean_no_hire"})
n.b("Data round: 1.2M EN->PT-BR TM segments from 6 clients; build train/test for a QE model.", "c")
n.h("Data")
n.b("Split randomly by segment; did not group by client or document.", "e-", "data_intuition")
n.b("When I pointed at near-duplicates straddling the split, switched to a split by client and explained the leakage.", "e+", "learning", "data_intuition")
n.b("Length-ratio filter (target/source > 3 or < 0.33): caught ~2% garbage.", "e+", "data_intuition")
n.b("Never ran language ID; ~4% of targets were Spanish, not Portuguese.", "e-", "data_intuition", hard="negated")
n.h("Metrics")
n.b("Proposed MAE on HTER; asked which translators and which tool produced the HTER labels.", "e+", "metrics")
n.h("Judgment")
n.b("Spent 25 of 45 min on filtering heuristics; never reached label quality for the low-volume clients.", "e-", "judgment")
n.h("Communication")
n.b("Wrote a 5-step plan in the doc before coding, each step with a check.", "e+", "communication")
n.h("Overall")
n.b("Competent, not yet independent.", "v0", hard="mixed")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n030", candidate_id="w28-c14", interviewer_id="w28-i05", req_id="w28-r1",
         round="behavioural", submitted_at="2024-10-01", recommendation="lean_hire",
         specificity=2, style=["terse", "lowercase", "abbreviations", "arrows"], topic="rollback")
n.b("behav 30m", "c")
n.b("good convo, knows his stuff", "v+")
n.b("story re rolling back an engine after a client complaint -> he wrote the runbook afterwards", "e+", "ownership", "risk_awareness")
n.b("bit vague on his own role in the rest", "v-", "ownership", hard="hedged")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w28_notes_part3.jsonl", notes)
