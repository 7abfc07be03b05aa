import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w28-n041", candidate_id="w28-c17", interviewer_id="w28-i04", req_id="w28-r1",
         round="fundamentals", submitted_at="2024-07-16", recommendation="hire",
         specificity=4, style=["prose", "first_person", "typos"], topic="low-resource MT")
n.s("I have proposed to Tariq a situation: a humanitarian client needs English to Amharic translation in three weeks, and we have only 15k sentence pairs, a lot of them from the Bible.", "c", hard="interviewer_action")
n.s("He said immediately that the Bible is very far from humanitarian texts and the engine will speak like a priest, so first he wanted to ask the client for some of their old documents, also the ones not translated.", "e+", "data_intuition")
n.s("With three weeks he decided to not train a new model but to fine-tune an existing multilingual one, and to spend the saved time on a human evaluation with two Amharic speakers.", "e+", "judgment")
n.s("I asked him why not to wait for more data.", "c", hard="question")
n.s("He answered that for this client a late delivery is worse than a imperfect one, because the documents are for an emergency, but that every output must be reviewed by a person before it goes out.", "e+", "judgment", "user_impact")
n.s("He explained that in the Ge'ez script each character is a syllable, and that for this the subword vocabulary must be learned on Amharic text and not borrowed from another language.", "e+", "ml_fundamentals")
n.s("Only one point was weak: he has not thought about how to measure if the engine gets better week after week, he said 'we will see from the reviewers'.", "e-", "metrics")
n.s("For me he is a very mature person.", "v+", hard="biased")
n.s("Hire, with pleasure.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n042", candidate_id="w28-c18", interviewer_id="w28-i02", req_id="w28-r2",
         round="behavioural", submitted_at="2024-07-23", recommendation="hire",
         specificity=5, style=["bullets", "headings", "fragments", "quotes"], topic="rollback",
         ratings={"ownership": "strong_hire", "risk_awareness": "hire", "user_impact": "lean_hire"})
n.b("Behavioural, 45 min: ownership + risk.", "c")
n.h("Ownership")
n.b("Described a QE model she shipped that over-trusted German legal segments; she spotted the post-editor complaints in the client channel herself.", "e+", "ownership")
n.b("Switched that client back to 'review everything' the same afternoon, without waiting for her manager.", "e+", "ownership", "risk_awareness")
n.b("Wrote the postmortem: root cause was a training set with zero legal documents; added a domain-coverage check to the release checklist.", "e+", "ownership")
n.h("Risk")
n.b("Wants a per-client kill switch as the default for any new QE threshold.", "e+", "risk_awareness")
n.h("Judgment")
n.b("Would she act without the manager again: 'yes; waiting risked a client's contract, acting cost us a slower week'.", "e+", "judgment")
n.h("Communication")
n.b("Told it in order (context, what broke, what she did, what changed) in under 5 min.", "e+", "communication")
n.h("User impact")
n.b("Left out the translators who lost a week of bonus while the model was wrong; when asked, acknowledged it and said they should have been told.", "e0", "user_impact", hard="mixed")
n.h("Overall")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n043", candidate_id="w28-c19", interviewer_id="w28-i05", req_id="w28-r1",
         round="system_design", submitted_at="2024-08-06", recommendation="lean_no_hire",
         specificity=3, style=["terse", "lowercase", "abbreviations", "arrows", "quotes"], topic="live subtitles")
n.b("sys design: live subs for a sports broadcaster, EN->ES, 3s budget", "c")
n.b("went straight to 'biggest model we can afford'", "e-", "judgment")
n.b("no latency breakdown till asked. then MT ~1.5s?? no basis", "e-", "system_thinking")
n.b("knows his infra well", "v+", "system_thinking", hard="tech_vague")
n.b("good pt: batch across streams on the GPU to keep cost down", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("nothing on what viewers see when ASR drops out", "e-", "risk_awareness", hard="negated")
n.b("when i said 3s is tight he said 'then the client needs to accept 5s'", "e-", "judgment")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n044", candidate_id="w28-c20", interviewer_id="w28-i06", req_id="w28-r2",
         round="behavioural", submitted_at="2024-08-20", recommendation="lean_hire",
         specificity=4, style=["qa", "third_person"], topic="ambiguous client request")
n.s("Q: A client asks for 'better quality' on their Japanese engine and gives no more detail. What do you do first?", "c", hard="question")
n.nl()
n.s("A: Yuki asked who had complained, about which documents, and whether 'quality' meant accuracy or tone.", "e+", "judgment")
n.s("She'd pull 50 recently post-edited segments and read them before touching the model.", "e+", "data_intuition", hard="plain_evidence")
n.nl()
n.s("Q: The client says 'just make it better by Friday'.", "c", hard="question")
n.nl()
n.s("A: She offered a glossary update by Friday and a retrained engine in three weeks, and said she'd tell the account manager which of the two would actually change what the client sees.", "e+", "judgment")
n.nl()
n.s("Q: A time you were wrong?", "c", hard="question")
n.nl()
n.s("A: She had assumed a keigo (politeness level) problem was the model's fault; it was the client's style guide, and she found out by asking a reviewer.", "e+", "learning")
n.s("She didn't say what she changed afterwards.", "e-", "ownership", hard="negated")
n.nl()
n.s("Answers were on the short side throughout.", "v0", "communication")
n.s("Verdict: good instincts under ambiguity, I'd want more depth on follow-through.", "v0", "judgment", "ownership", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n045", candidate_id="w28-c21", interviewer_id="w28-i03", req_id="w28-r1",
         round="system_design", submitted_at="2024-09-10", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="MT serving")
n.s("Sam did a good job on the design.", "v+", "system_thinking")
n.s("Very thorough, covered all the bases.", "v+", hard="vague_quantity")
n.s("Scalable architecture, thought about monitoring and so on.", "v+", "system_thinking", hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n046", candidate_id="w28-c22", interviewer_id="w28-i01", req_id="w28-r1",
         round="behavioural", submitted_at="2024-10-22", recommendation="no_hire",
         specificity=4, style=["prose", "first_person", "british", "quotes"], topic="gender bias")
n.s("I asked Mateus about a complaint from a Portuguese client: our engine had rendered 'the nurses' as 'as enfermeiras' and 'the surgeons' as 'os cirurgiões' throughout a hospital's recruitment material.", "c", hard="interviewer_action")
n.s("His first reply was that the engine was 'just reflecting the data' and that the client could correct it in review.", "e-", "user_impact")
n.s("I asked whether he thought the client's reviewers would catch every case.", "c", hard="question")
n.s("He said that was 'their job', and offered nothing the engine itself could do.", "e-", "ownership")
n.s("He did later suggest counting masculine and feminine forms in the output, but only once I asked how we would know the size of the problem.", "e0", "metrics", hard="mixed")
n.s("On terminology he was better: he knew that Brazilian and European Portuguese differ in words such as 'ônibus' and 'autocarro', and asked which variant each client had contracted for.", "e+", "judgment")
n.s("He interrupted me twice while I was describing the client's complaint.", "e-", "communication", hard="plain_evidence")
n.s("I would not hire him.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n047", candidate_id="w28-c23", interviewer_id="w28-i05", req_id="w28-r2",
         round="coding", submitted_at="2024-11-05", recommendation="hire",
         specificity=4, style=["terse", "lowercase", "abbreviations", "arrows"], topic="edit distance")
n.b("coding 50m: word-level edit distance b/w MT output + post-edit (TER-ish)", "c")
n.b("asked if shifts count as 1 edit like real TER -> told her skip shifts", "e+", "judgment")
n.b("DP table, correct first run on my 3 examples", "e+", "coding")
n.b("then her own tests: empty hyp, empty ref, identical strings", "e+", "coding")
n.b("O(n*m) memory -> i asked about 2k-token docs -> did the 2-row version", "e+", "coding")
n.b("normalised by ref length, pointed out it can go > 1 when the hyp is long", "e+", "metrics")
n.b("var names a mess (a, b, t2, tt)", "e-", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n048", candidate_id="w28-c24", interviewer_id="w28-i02", req_id="w28-r1",
         round="coding", submitted_at="2024-11-12", recommendation="lean_hire",
         specificity=4, style=["bullets", "headings", "fragments"], topic="inference batching",
         ratings={"coding": "lean_no_hire", "learning": "hire"})
n.b("Coding: batch segments for MT inference under a max-token budget; 45 min.", "c")
n.h("Coding")
n.b("Sorted by length and filled batches greedily: right idea, and he said why padding waste drops.", "e+", "coding", hard="verdict_plus_evidence")
n.b("Off-by-one let a batch exceed the budget by one segment; not caught until my test case.", "e-", "coding")
n.b("Did not handle a single segment longer than the budget (infinite loop).", "e-", "coding", hard="negated")
n.b("Fixed both in ~5 min once I showed the failing cases.", "e+", "learning", "coding")
n.h("Judgment")
n.b("Asked whether output order must match input order (yes) and restored it from the original indices.", "e+", "judgment")
n.h("Communication")
n.b("Put the plan in 3 comments at the top of the file before typing any code.", "e+", "communication")
n.h("Overall")
n.b("Bugs are a concern for a production MT role.", "v-", "coding")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n049", candidate_id="w28-c25", interviewer_id="w28-i04", req_id="w28-r2",
         round="data", submitted_at="2024-12-17", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person"], topic="QE labels")
n.s("We looked together at a file of QE labels made by three freelance annotators for Hindi.", "c")
n.s("Ananya calculated the agreement between the annotators by herself, with a small script, and found that one annotator gave 'good' to almost 90% of the segments.", "e+", "data_intuition")
n.s("She proposed to not throw away this annotator but to calibrate the scores per person, which I find an elegant idea.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("When I said that the annotators are paid per segment, she said immediately that then the fast ones have a reason to click 'good' without reading.", "e+", "data_intuition")
n.s("She did not ask how the segments for labelling were chosen, and they were all from one client, so her model would learn only that domain.", "e-", "data_intuition", hard="negated")
n.s("She is a very brilliant girl.", "v+", hard="biased")
n.s("In general I think she has a good sense for data, but less for the product.", "v0", "data_intuition", "user_impact", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w28-n050", candidate_id="w28-c26", interviewer_id="w28-i06", req_id="w28-r2",
         round="debugging", submitted_at="2025-01-14", recommendation="hire",
         specificity=4, style=["qa", "third_person"], topic="bad engine update")
n.s("Q: After last Tuesday's engine update, a client's Spanish legal translations started dropping negations. Here are the logs and 20 examples; find it.", "c", hard="question")
n.nl()
n.s("A: Pablo read all 20 examples first and noticed every failure was a sentence over 120 tokens.", "e+", "data_intuition", hard="plain_evidence")
n.s("He diffed the configs and found max source length cut from 256 to 128, silently truncating input.", "e+", "coding")
n.nl()
n.s("Q: Fix?", "c", hard="question")
n.nl()
n.s("A: Restore 256, make the service refuse over-long input rather than truncate it, and alert on the truncation count.", "e+", "risk_awareness")
n.s("He'd also roll the client back to the previous engine while the fix went through review.", "e+", "risk_awareness")
n.s("He didn't ask how a config change like that got past review in the first place.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Verdict: methodical.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w28_notes_part5.jsonl", notes)
