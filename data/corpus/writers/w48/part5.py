import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w48-n049", candidate_id="w48-c25", interviewer_id="w48-i03", req_id="w48-r1",
         round="behavioural", submitted_at="2025-10-20", recommendation="lean_no_hire", specificity=1,
         style=["headings", "terse"], topic="ownership")
n.h("Behavioural - Femi")
n.s("45 min, the usual ownership questions.", "c")
n.s("Didn't really take ownership.", "v-", "ownership")
n.s("Answers felt rehearsed.", "v-", "communication")
n.s("Not much learning from past mistakes.", "v-", "learning")
n.s("Unsure how he'd handle a messy, ambiguous project.", "v-", "judgment", hard="hedged")
n.s("Probably fine technically.", "v+", hard="hedged")
n.s("Bit arrogant.", "v-", hard="biased")
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("Worth getting a second opinion from i04.", "c")
notes.append(n)

n = Note(note_id="w48-n050", candidate_id="w48-c26", interviewer_id="w48-i06", req_id="w48-r2",
         round="system_design", submitted_at="2025-11-10", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="member correspondence")
n.s("Sophie did system design with me this morning.", "c")
n.s("The exercise was the member letters triage one.", "c")
n.s("She's an amazing systems thinker.", "v+", "system_thinking")
n.s("Knew exactly how to scale it.", "v+", "system_thinking", hard="tech_vague")
n.s("Massive ownership energy.", "v+", "ownership", hard="vague_quantity")
n.s("Learns super fast.", "v+", "learning")
n.s("Really cared about the members too.", "v+", "user_impact")
n.s("Such a good laugh.", "v+", hard="biased")
n.s("Strong hire, 100%.", "v+", hard="bare_verdict")
n.s("I'd happily have her on my team tomorrow.", "v+")
notes.append(n)

n = Note(note_id="w48-n051", candidate_id="w48-c27", interviewer_id="w48-i02", req_id="w48-r1",
         round="behavioural", submitted_at="2025-11-24", recommendation="hire", specificity=1,
         style=["prose", "first_person", "british"], topic="members' trust")
n.s("Second trustee interview this week: Arjun.", "c")
n.s("We spoke for forty minutes.", "c")
n.s("A very impressive young man.", "v+", hard="biased")
n.s("He clearly understands what a pension is for.", "v+", "user_impact")
n.s("He would be excellent in front of the trustees.", "v+", "communication")
n.s("Sensible judgement, as far as I could tell.", "v+", "judgment", hard="hedged")
n.s("His family are from my part of the world, and we had a good chat about that.", "v+", hard="biased")
n.s("I cannot speak to the technical side.", "c")
n.s("I would be happy to see him join.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n052", candidate_id="w48-c28", interviewer_id="w48-i01", req_id="w48-r2",
         round="system_design", submitted_at="2025-12-01", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse", "abbreviations", "fragments"], topic="climate dashboard")
n.s("Kofi / MLE Doc Intel / sys design 60min", "c")
n.b("q: serve extracted climate metrics to analysts' dashboard + trustee pack", "c", hard="question")
n.b("arch vague, boxes w/o data flow", "v-", "system_thinking")
n.b("put the LLM call in the dashboard request path, no latency est", "e-", "system_thinking")
n.b("scaling discussion thin", "v-", "system_thinking")
n.b("some ok points on caching", "v0", "system_thinking", hard="tech_vague")
n.b("didn't adapt much when I pushed", "v-", "learning")
n.b("comms muddled", "v-", "communication")
n.b("LNH", "v-", hard="bare_verdict")
n.b("pls check w/ i04 if coding round different", "c")
notes.append(n)

n = Note(note_id="w48-n053", candidate_id="w48-c29", interviewer_id="w48-i06", req_id="w48-r1",
         round="fundamentals", submitted_at="2025-12-08", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="look-ahead bias")
n.s("Fundamentals with Elena.", "c")
n.s("I asked about look-ahead bias, regime changes and how she'd explain a model to trustees.", "c", hard="question")
n.s("She was really good on look-ahead bias, super thorough.", "v+", "data_intuition", hard="tech_vague")
n.s("She said she'd always lag the fundamentals by the filing delay, which was exactly what I wanted to hear.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Regime stuff was a bit hand-wavy but fine.", "v0", "ml_fundamentals", hard="mixed")
n.s("Great at explaining things.", "v+", "communication")
n.s("She'd grow into the role really quickly.", "v+", "learning")
n.s("Lovely energy.", "v+", hard="biased")
n.s("We ran a bit short so I skipped my last question.", "c")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n054", candidate_id="w48-c30", interviewer_id="w48-i05", req_id="w48-r2",
         round="debugging", submitted_at="2026-01-19", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="OCR pipeline")
n.s("Debugging interview, 60 minutes.", "c")
n.s("The candidate was given an OCR pipeline that intermittently produced blank pages for one vendor's reports.", "c")
n.s("Time was split roughly evenly between reproduction and fix.", "c")
n.s("The candidate's debugging approach was unstructured.", "v-", "coding")
n.s("He eventually located the issue with the interviewer's help.", "e0", "learning", hard="mixed")
n.s("He appeared uncomfortable when his first hypothesis was questioned.", "v-", "learning")
n.s("His explanation of the root cause was hard to follow.", "v-", "communication")
n.s("He showed limited interest in preventing a recurrence.", "v-", "risk_awareness")
n.s("The interviewer notes the exercise may have been harder than intended.", "c")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n055", candidate_id="w48-c31", interviewer_id="w48-i02", req_id="w48-r1",
         round="behavioural", submitted_at="2026-02-16", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="committee mistakes")
n.s("Forty-five minutes, my standard questions.", "c")
n.s("I asked Mei-Ling about a time she had been told she was wrong.", "c", hard="question")
n.s("She described presenting a risk forecast to her old fund's committee, being told by an actuary that she had used the wrong inflation assumption, and redoing the work for the next meeting.", "e+", "learning")
n.s("She said she now asks the actuaries to check her assumptions before anything goes to a committee.", "e+", "learning")
n.s("When I asked whose mistake it had been, she said plainly that it was hers.", "e+", "ownership", hard="plain_evidence")
n.s("She asked me what the trustees find hardest to understand in the current reports.", "e+", "user_impact", hard="question")
n.s("She talked a little too fast for me at times.", "v-", "communication")
n.s("I would trust her with our members' money.", "v+", "user_impact")
n.s("I cannot assess her technical work.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n056", candidate_id="w48-c32", interviewer_id="w48-i04", req_id="w48-r2",
         round="coding", submitted_at="2026-03-02", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "headings", "first_person", "british"], topic="document chunking")
n.s("Coding, 60 min: chunk long annual reports for an extraction model with a 4k-token limit.", "c")
n.h("Findings")
n.b("He wrote a chunker that split on a fixed token count, cutting tables in half, and did not look at the sample output.", "e-", "coding", marker="1. ")
n.b("When I showed him a split table, he switched to splitting on section headings with a fallback to token count.", "e+", "learning", marker="2. ")
n.b("When I asked for tests he said 'it works on the example' and carried on.", "e-", "coding", "learning", marker="3. ")
n.b("No tests at any point.", "e-", "coding", hard="negated", marker="4. ")
n.h("Summary")
n.s("Reasonable instincts, weak execution.", "v0", "coding", hard="mixed")
n.nl()
n.s("Did not reach the overlap part of the exercise.", "c")
n.nl()
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n057", candidate_id="w48-c33", interviewer_id="w48-i05", req_id="w48-r1",
         round="system_design", submitted_at="2026-03-23", recommendation="hire", specificity=4,
         style=["prose", "third_person", "headings", "british"], topic="daily risk report")
n.h("System design interview: daily risk report pipeline")
n.s("The candidate was asked to design the nightly pipeline that produces the trustees' daily risk report from custodian positions, vendor prices and the risk model.", "c")
n.s("The interviewer allowed 50 minutes.", "c")
n.s("She started by listing the three inputs and asked at what time each normally arrives and how often each is late.", "e+", "system_thinking")
n.s("She drew the pipeline as separate load, validate, compute and publish stages, with the report published only if validation passed.", "e+", "system_thinking")
n.s("She proposed that if vendor prices were missing the report should go out with yesterday's prices and a visible warning rather than not at all.", "e+", "risk_awareness", "judgment")
n.s("She estimated the risk computation at about 20 minutes for 5,000 positions and 2,000 scenarios and left a three-hour buffer before the 7am deadline.", "e+", "system_thinking")
n.s("She did not address how a change to the risk model itself would be tested before it reached the nightly run.", "e-", "risk_awareness", hard="negated")
n.s("When asked who reads the report first each morning, she did not know and did not ask.", "e-", "user_impact")
n.s("The candidate structured her answer clearly throughout.", "v+", "communication")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n058", candidate_id="w48-c34", interviewer_id="w48-i01", req_id="w48-r2",
         round="data", submitted_at="2026-04-13", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "fragments"], topic="net zero targets")
n.s("Ravi / MLE Doc Intel / data 45min", "c")
n.b("data: 1,800 reports w/ extracted 'net zero target year', 15% hand-checked", "c")
n.b("asked how the 15% were picked -> I said analysts chose 'interesting' ones", "e+", "data_intuition", hard="question")
n.b("said then the checked set is biased and its error rate won't generalise, proposed 200 extra at random", "e+", "data_intuition")
n.b("found target year = report year in ~60 rows -> extractor grabbed the wrong date", "e+", "data_intuition")
n.b("missed that some firms have several targets (scope 1+2 vs scope 3), treated as one", "e-", "data_intuition", hard="negated")
n.b("after I flagged it, redesigned schema to one row per target, fast", "e+", "learning")
n.b("said he'd own the relabel himself rather than wait for the analysts", "e+", "ownership")
n.b("didn't ask who uses the target year downstream", "e-", "user_impact", hard="negated")
n.b("LH, solid but missed the obvious multi-target thing", "v0")
notes.append(n)

n = Note(note_id="w48-n059", candidate_id="w48-c35", interviewer_id="w48-i04", req_id="w48-r1",
         round="fundamentals", submitted_at="2026-05-11", recommendation="strong_hire", specificity=5,
         style=["bullets", "headings", "first_person", "quotes", "british"], topic="model governance",
         ratings={"ml_fundamentals": "strong_hire", "communication": "hire"})
n.h("Fundamentals, 60 min: stress tests and model governance")
n.s("I asked her how she would validate a new equity-risk model before it goes to the governance committee.", "c", hard="interviewer_action")
n.b("She proposed comparing forecast and realised volatility with a monthly bias statistic, and said a value persistently above 1 means the model underestimates risk.", "e+", "ml_fundamentals", "metrics", marker="1. ")
n.b("She said the 2020 and 2022 windows should be reported separately because errors in a crash and in a rate shock have different causes.", "e+", "metrics", marker="2. ")
n.b("Asked about governance, she described writing the validation report herself at her last job and presenting its limitations section to the committee.", "e+", "ownership", marker="3. ")
n.b("When I challenged her claim that shrinkage always helps, she gave a case where it hurts (few assets, long history) and revised her statement.", "e+", "learning", "ml_fundamentals", marker="4. ")
n.b("She asked whether the committee had ever rejected a model, and on what grounds.", "e+", "risk_awareness", hard="question", marker="5. ")
n.b("Her first answer on back-testing expected shortfall was muddled: she mixed up the VaR breach-count test with the ES test, and I had to ask twice.", "e-", "ml_fundamentals", "communication", marker="6. ")
n.b("Summarised the model's main weakness for a trustee in one sentence: 'it learns from the past, and the next crisis won't look like the last one'.", "e+", "communication", marker="7. ")
n.h("Recommendation")
n.s("Strong hire: 1, 3, 4 and 7 are exactly what the role needs; 6 is minor.", "v+")
notes.append(n)

n = Note(note_id="w48-n060", candidate_id="w48-c36", interviewer_id="w48-i05", req_id="w48-r2",
         round="system_design", submitted_at="2026-06-01", recommendation="no_hire", specificity=5,
         style=["prose", "third_person", "headings", "british"], topic="trustee assistant",
         ratings={"system_thinking": "lean_no_hire", "user_impact": "no_hire", "ownership": "no_hire"})
n.h("System design interview: trustee question-answering assistant")
n.s("The candidate was asked to design an assistant that answers trustees' questions from the Trust's policy documents and quarterly reports.", "c")
n.s("The interviewer stated that answers would be read by trustees without a technical background.", "c")
n.s("The candidate proposed sending each question with all 400 documents to a hosted language model, without estimating the size of the context or the cost per query.", "e-", "system_thinking")
n.s("When the interviewer noted that the documents exceed any model's context window, he added a retrieval step but did not say how documents would be split or refreshed.", "e-", "system_thinking", hard="mixed")
n.s("He did not propose citing the source page in answers, even after the interviewer asked how a trustee could check a figure.", "e-", "user_impact", hard="negated")
n.s("Asked what should happen when the assistant is unsure, he said it should 'always give its best answer'.", "e-", "judgment", "risk_awareness")
n.s("He called hallucinations 'a vendor problem' when asked who would be accountable for a wrong answer.", "e-", "ownership")
n.s("He did estimate question volume at a few dozen a month and chose not to build caching, which was reasonable.", "e+", "system_thinking")
n.s("The candidate spoke confidently but did not check whether the interviewer had followed his diagram.", "e-", "communication")
n.s("Recommendation: no hire; the design would put unverified answers in front of trustees.", "v-", "user_impact")
notes.append(n)

save_notes("data/corpus/raw/w48_notes_part5.jsonl", notes)
