import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- c07 Saoirse Byrne (she), r2: no rollback / failure-mode thinking (seen by i04 and i06) ----------
n = Note(note_id="w49-n031", candidate_id="w49-c07", interviewer_id="w49-i02", req_id="w49-r2",
         round="behavioural", submitted_at="2026-03-02", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="working with editors")
n.s("Behavioural interview with Saoirse, 45 minutes, over video because of the train strike.", "c")
n.s("I started by asking her to tell me about a time she had to explain a model to people who did not want it.", "c", hard="question")
n.s("She told me about the children's editors at her old publisher, who hated an algorithmic 'age band' tag on picture books.", "e0", "communication")
n.s("She said she sat with two of them for an afternoon, went through fifty books they disagreed with, and changed the tag rules for twelve of them.", "e+", "learning", "user_impact")
n.s("That is exactly the kind of patience we need with our own editors.", "v+", "communication")
n.s("She is warm and easy to talk to, and I think the editors here would take to her.", "v+", hard="biased")
n.s("I asked what she would do if a model of hers harmed sales for a group of authors.", "c", hard="question")
n.s("Her answer was a bit general; she said she would 'look into it and fix it', without saying how she would notice in the first place.", "e-", "risk_awareness", "user_impact")
n.s("When I asked her about a failure she owned, she described a tagging job that silently stopped for a week and said she now adds a row-count alert to every job she writes.", "e+", "ownership", "risk_awareness")
n.s("Strong communicator, good with people.", "v+", "communication")
n.s("Some gaps on the risk side, but I would hire.", "v0", "risk_awareness", hard="mixed")
notes.append(n)

n = Note(note_id="w49-n032", candidate_id="w49-c07", interviewer_id="w49-i04", req_id="w49-r2",
         round="system_design", submitted_at="2026-03-03", recommendation="lean_no_hire",
         specificity=5, style=["headings", "bullets", "third_person"], topic="recommendation launch",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "metrics": "lean_hire"})
n.h("System design - replacing the homepage shelf model")
n.b("Prompt: the new shelf model beats the old one offline; plan the switch-over for 1.5M weekly visitors.", "c")
n.b("Time: 50 min; 35 on design, 15 on launch.", "c")
n.h("Rubric")
n.b("System: 3/4 - candidate split serving into a precomputed nightly table plus a small real-time re-rank for the current session, and sized the table at 1.5M rows x 50 titles.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("Proposed switching 100% of traffic on a Monday morning, no ramp.", "e-", "risk_awareness", "judgment")
n.b("Asked 'what if the nightly job fails?'; she said it 'would just run again', with no fallback to yesterday's table.", "e-", "risk_awareness")
n.b("Risk: 1/4 - no rollback trigger, no guardrail metric, no owner named for the launch night.", "e-", "risk_awareness", hard="negated")
n.b("Metrics: 3/4 - proposed revenue per visit as primary and add-to-basket as secondary, and noted that a holiday week would distort both.", "e+", "metrics")
n.b("When I pointed at the Monday switch she defended it: 'the offline numbers are strong, a ramp just delays the win'.", "e-", "learning", "metrics")
n.b("Did ask whether the homepage shelf is the same for logged-out visitors, which changed her table size.", "e+", "judgment", "system_thinking")
n.b("Communication: 3/4 - clear diagram, answers to the point.", "v+", "communication")
n.h("Overall")
n.b("LNH - competent design, but a launch plan that would put the whole shop's homepage at risk on one night.", "v-", "risk_awareness")
notes.append(n)

n = Note(note_id="w49-n033", candidate_id="w49-c07", interviewer_id="w49-i06", req_id="w49-r2",
         round="debugging", submitted_at="2026-03-03", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "lowercase", "terse", "abbreviations", "arrows"], topic="stale recommendations")
n.b("debug: shelf shows the same 10 books to everyone since tuesday", "c")
n.b("45 min, notebook + logs", "c")
n.b("she checked the feature table first -> found reader vectors all zeros, good", "e+", "data_intuition", "coding")
n.b("traced it to a join on reader_id that went str vs int after a schema change", "e+", "coding")
n.b("fix was fine", "v0", "coding")
n.b("asked how to stop it happening again -> 'be more careful with schemas'", "e-", "risk_awareness")
n.b("no test, no alert, no fallback mentioned even after i asked", "e-", "risk_awareness", hard="negated")
n.b("did ask whether readers had seen the bad shelf and for how long", "e+", "user_impact")
n.b("same gap as the sys design note i think", "c")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n034", candidate_id="w49-c07", interviewer_id="w49-i03", req_id="w49-r2",
         round="fundamentals", submitted_at="2026-03-04", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="recommendations")
n.s("Fundamentals with Saoirse.", "c")
n.s("Knows her stuff.", "v+", "ml_fundamentals")
n.s("Solid on embeddings, negative sampling, cold start etc.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Clear explanations.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c08 Farhan Haddad (he), r1: good judgement under ambiguity, coding contradiction ----------
n = Note(note_id="w49-n035", candidate_id="w49-c08", interviewer_id="w49-i01", req_id="w49-r1",
         round="system_design", submitted_at="2025-12-01", recommendation="hire",
         specificity=5, style=["prose", "first_person", "british"], topic="rights-aware search",
         ratings={"judgment": "strong_hire", "system_thinking": "hire", "user_impact": "hire"})
n.s("I gave Farhan a deliberately muddy brief: make the digitised archive searchable for the public, bearing in mind that some of it is still in copyright and nobody is quite sure which parts.", "c", hard="interviewer_action")
n.s("He did not start designing; he asked first whether the rights team had a list of cleared collections, whether 'searchable' meant full text or catalogue only, and whether the public could see snippets.", "e+", "judgment")
n.s("When I said the rights list covered perhaps a third of the archive, he proposed launching full-text search on that third and catalogue-only search on the rest, rather than waiting for rights to be settled.", "e+", "judgment", "system_thinking")
n.s("He added that a snippet of a copyrighted page is itself a reproduction, so snippets should be switched off per collection by a flag the rights team control, not the engineers.", "e+", "risk_awareness", "user_impact")
n.s("His architecture was plain; one index with a rights field on every page, filtered at query time, and he estimated the filter would cost little because rights change per collection, not per page.", "e+", "system_thinking")
n.s("I asked what would happen if a page were wrongly marked as cleared.", "c", "risk_awareness", hard="question")
n.s("He said the takedown should remove it from the index within an hour, and that he would keep a log of which pages were shown to whom, which is more than our current system does.", "e+", "risk_awareness")
n.s("He was less assured on the OCR side; he assumed the text quality was uniform across the archive and only adjusted when I showed him a page from 1790.", "e0", "data_intuition", "learning", hard="mixed")
n.s("He listened more than he spoke, which in a design interview I count in his favour; he summarised my muddle back to me in two sentences before he began.", "e+", "communication")
n.blank()
n.s("A hire; he made good decisions with half the facts, which is the job.", "v+", "judgment")
notes.append(n)

n = Note(note_id="w49-n036", candidate_id="w49-c08", interviewer_id="w49-i05", req_id="w49-r1",
         round="coding", submitted_at="2025-12-02", recommendation="lean_no_hire",
         specificity=3, style=["qa", "first_person", "british"], topic="n-gram index",
         ratings={"coding": "lean_no_hire"})
n.s("Q: Build a small character trigram index over OCR lines and support a fuzzy lookup.", "c", hard="question")
n.nl()
n.s("A: Farhan wrote the index builder correctly but took 25 minutes over it, much of that fighting with dictionary defaults.", "e0", "coding", hard="mixed")
n.nl()
n.s("Q: Can you make the lookup rank by overlap?", "c", hard="question")
n.nl()
n.s("A: He sorted by raw overlap count, so long lines always won; he did not normalise until I asked about short queries.", "e-", "coding", "learning")
n.nl()
n.s("Q: Tests?", "c", hard="question")
n.nl()
n.s("A: None written; he said he would 'add them later'.", "e-", "coding", hard="negated")
n.nl()
n.s("A: He did ask whether queries would come from librarians or the public, because the public misspell more.", "e+", "user_impact", "judgment")
n.nl()
n.s("Q: How would you explain the ranking to a librarian?", "c", hard="question")
n.nl()
n.s("A: He said 'lines that share the most three-letter pieces with your query come first', which was admirably plain.", "e+", "communication")
n.blank()
n.s("His code was readable, I suppose.", "v0", "coding")
n.s("Coding is weaker than I would like for an engineer on this team.", "v-", "coding")
n.s("Lean no hire, though I know the design round went well.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n037", candidate_id="w49-c08", interviewer_id="w49-i06", req_id="w49-r1",
         round="data", submitted_at="2025-12-02", recommendation="hire",
         specificity=2, style=["bullets", "lowercase", "terse"], topic="ocr confidence data")
n.b("data round: ocr confidence scores vs human-checked accuracy", "c")
n.b("strong coder, very fluent in pandas", "v+", "coding", hard="tech_vague")
n.b("good instincts on the data", "v+", "data_intuition")
n.b("noticed the confidence scores were all > 0.9 on the 1790s pages, asked why", "e+", "data_intuition", "metrics")
n.b("talks clearly", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n038", candidate_id="w49-c08", interviewer_id="w49-i02", req_id="w49-r1",
         round="behavioural", submitted_at="2025-12-03", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british"], topic="ambiguity")
n.s("I spoke with Farhan about how he works when the brief is unclear.", "c")
n.s("He is very comfortable with ambiguity and good at making calls.", "v+", "judgment")
n.s("He told me that in his last job he shipped a first version of a search filter in two weeks instead of waiting a quarter for a perfect one.", "e+", "judgment")
n.s("I did not get much detail on how that went afterwards.", "c")
n.s("Humble, kind, a good listener.", "v+", "communication", hard="biased")
n.s("He would be a good mentor for the juniors, I feel.", "v+")
n.s("I'd say hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- history notes ----------
n = Note(note_id="w49-n039", candidate_id="w49-c15", interviewer_id="w49-i03", req_id="w49-r2",
         round="behavioural", submitted_at="2024-10-08", recommendation="strong_hire",
         specificity=1, style=["prose"], topic="leadership")
n.s("Behavioural round with Dmitri.", "c")
n.s("Fantastic candidate, a natural leader.", "v+", "ownership")
n.s("Huge amount of experience with recommendation products.", "v+", hard="vague_quantity")
n.s("Great culture fit for Quarto & Vane.", "v+", hard="biased")
n.s("Clearly thinks about users a lot.", "v+", "user_impact")
n.s("Makes good calls.", "v+", "judgment")
n.s("Strong hire, no doubts.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n040", candidate_id="w49-c16", interviewer_id="w49-i01", req_id="w49-r1",
         round="fundamentals", submitted_at="2024-12-10", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "british"], topic="handwriting recognition")
n.s("A fundamentals conversation with Ngozi about handwriting recognition, though it wandered, as these things do, into the history of copperplate.", "c")
n.s("She has read widely; I had the sense of someone who knows the literature on sequence models better than I do.", "v+", "ml_fundamentals")
n.s("Her account of attention-based decoders was fluent, if a little rehearsed.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("Asked how she would handle a hand the model had never seen, she said she would fine-tune on a few labelled pages from that writer.", "e+", "ml_fundamentals", "data_intuition")
n.s("She was more hesitant when the talk turned to evaluation; I could not tell whether from nerves or from uncertainty.", "v-", "metrics", hard="hedged")
n.s("Her manner is reserved; some colleagues may read it as coldness, which would be unfair.", "v0", hard="biased")
n.s("Lean hire; I would want someone else to probe evaluation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n041", candidate_id="w49-c17", interviewer_id="w49-i05", req_id="w49-r2",
         round="fundamentals", submitted_at="2025-01-22", recommendation="lean_hire",
         specificity=5, style=["qa", "first_person", "british"], topic="forecast evaluation",
         ratings={"ml_fundamentals": "hire", "metrics": "lean_hire"})
n.s("Q: A sales forecast for new titles is trained on squared error; what does that do to small titles?", "c", "ml_fundamentals", hard="question")
n.nl()
n.s("A: Oluwaseun said squared error is dominated by the big sellers, so the model will happily be 80% off on a title that sells 200 copies.", "e+", "ml_fundamentals")
n.nl()
n.s("A: He proposed training on log sales instead and explained that this turns the error into something like a ratio.", "e+", "ml_fundamentals")
n.nl()
n.s("Q: Does that fix the royalty problem?", "c", hard="question")
n.nl()
n.s("A: He said not entirely, because advances are set in pounds, and a ratio error on a big title is still a large sum.", "e+", "metrics", "judgment")
n.nl()
n.s("Q: How would you report forecast quality to the rights and royalties team?", "c", hard="question")
n.nl()
n.s("A: He said MAPE, and when I asked what MAPE does for a title that sells zero in a week he hesitated for a while and then said he would drop those weeks.", "e-", "metrics")
n.nl()
n.s("A: He did not consider that dropping zero weeks hides exactly the failures that matter to a debut author.", "e-", "metrics", "user_impact", hard="negated")
n.nl()
n.s("A: When I pointed that out he suggested a weighted error per sales band instead and wrote the formula down.", "e+", "learning", "metrics")
n.blank()
n.s("Lean hire; good on the modelling, needed a nudge on what the number means for authors.", "v+", "ml_fundamentals", hard="mixed")
notes.append(n)

n = Note(note_id="w49-n042", candidate_id="w49-c18", interviewer_id="w49-i06", req_id="w49-r1",
         round="coding", submitted_at="2025-04-15", recommendation="lean_hire",
         specificity=3, style=["bullets", "lowercase", "terse", "typos"], topic="hocr parsing")
n.b("coding: parse hOCR xml, return words w/ bounding boxes", "c")
n.b("used lxml, got the word nodes out in 5 min", "e+", "coding")
n.b("missed that bbox is a string in the title attribute, had to be told", "e-", "coding")
n.b("decent", "v0", "coding", hard="bare_verdict")
n.b("asked what the boxes were for -> when i said highlight hits on the page image for users he added confidence too", "e+", "user_impact", "coding")
n.b("explaned his choices ok", "v0", "communication")
n.b("no edge cases tested", "e-", "coding", hard="negated")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n043", candidate_id="w49-c19", interviewer_id="w49-i02", req_id="w49-r2",
         round="system_design", submitted_at="2025-09-09", recommendation="no_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="generated summaries")
n.s("I asked Mei-Ling to design a system that writes a short summary for each of our 60,000 backlist titles for the web shop.", "c", hard="interviewer_action")
n.s("She sketched the pipeline quickly: extract text, chunk, summarise with a large model, store, serve.", "e0", "system_thinking")
n.s("She did not once ask whether the authors or their estates had agreed to this, and when I raised it she said it was 'a legal question, not mine'.", "e-", "user_impact", "ownership")
n.s("I asked how she would know a summary was wrong; she said the model was 'very good these days'.", "e-", "risk_awareness", "metrics")
n.s("She has good technical breadth, I think.", "v+", "system_thinking", hard="hedged")
n.s("Confident, maybe overconfident.", "v-", hard="biased")
n.s("For a role that touches authors' work directly this is not a fit; no hire.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w49-n044", candidate_id="w49-c20", interviewer_id="w49-i04", req_id="w49-r1",
         round="debugging", submitted_at="2025-11-18", recommendation="hire",
         specificity=2, style=["bullets", "third_person", "terse"], topic="search latency")
n.b("Debugging exercise: p99 archive search latency up from 300 ms to 2 s.", "c")
n.b("Coding: 3/4.", "v0", "coding", hard="bare_verdict")
n.b("System: 3/4 - good understanding of search internals.", "v+", "system_thinking", hard="tech_vague")
n.b("Found the slow query pattern eventually.", "e0", "coding")
n.b("Risk: 2/4.", "v0", "risk_awareness", hard="bare_verdict")
n.b("Communication: 3/4.", "v0", "communication", hard="bare_verdict")
n.b("Overall: H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n045", candidate_id="w49-c21", interviewer_id="w49-i01", req_id="w49-r2",
         round="coding", submitted_at="2026-01-13", recommendation="no_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="reading list diversity")
n.s("A coding exercise: given a reader's ranked list of twenty recommendations, re-rank it so that no more than three titles share an author, keeping the order otherwise.", "c")
n.s("Rafael began well; he asked whether ties in score were possible and whether the input could be shorter than twenty, which are the right questions.", "e+", "judgment", "coding")
n.s("His first version swapped items in place and lost the original order whenever an author hit the cap; he did not notice until I asked him to run it on my example.", "e-", "coding")
n.s("He then argued for some minutes that my expected output was wrong, and it was not.", "e-", "learning", "communication")
n.s("When I walked him through it line by line he conceded, but did not fix the code before time ran out.", "e-", "learning", "coding")
n.s("He is plainly clever; I do not doubt it.", "v+")
n.s("Yet he seemed more interested in being right than in getting it right, which in a small team is wearing.", "v-", "learning")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w49_notes_part3.jsonl", notes)
print(len(notes))
