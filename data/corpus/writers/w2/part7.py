import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w2-n070", candidate_id="w2-c40", interviewer_id="w2-i02", req_id="w2-r2",
         round="system_design", submitted_at="2026-02-03", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="recommenders")
n.s("Ben was fantastic from start to finish!", "v+")
n.s("Superb architect, thinks at scale instinctively.", "v+", "system_thinking", hard="tech_vague")
n.s("Really mature judgement about trade-offs.", "v+", "judgment")
n.s("He clearly cares about customers.", "v+", "user_impact")
n.s("Brilliant communicator, a natural teacher.", "v+", "communication")
n.s("Ten out of ten on ownership.", "v+", "ownership", hard="vague_quantity")
n.s("Honestly one of the best I've interviewed this year.", "v+")
n.s("Strong hire, please move fast before someone else snaps him up!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n071", candidate_id="w2-c41", interviewer_id="w2-i03", req_id="w2-r1",
         round="data", submitted_at="2026-02-10", recommendation="lean_no_hire", specificity=2,
         style=["prose", "terse", "first_person"], topic="offline/online metric gaps")
n.s("Data round.", "c")
n.s("Offline vs. online gap scenario.", "c")
n.s("Sofia talked a lot about metrics.", "v0", "metrics")
n.s("Not much of it landed.", "v-", "metrics")
n.s("Asked about the logging policy eventually.", "e0", "data_intuition")
n.s("Judgement weak.", "v-", "judgment")
n.s("Unconvinced.", "v-")
n.s("Communication fine.", "v+", "communication")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n072", candidate_id="w2-c42", interviewer_id="w2-i04", req_id="w2-r2",
         round="coding", submitted_at="2026-02-17", recommendation="hire", specificity=1,
         style=["prose", "terse", "lowercase"], topic="coding")
n.s("tariq seems solid.", "v+")
n.s("coding looked fine.", "v0", "coding")
n.s("good attitude, keen to learn.", "v+", "learning")
n.s("hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n073", candidate_id="w2-c43", interviewer_id="w2-i05", req_id="w2-r1",
         round="behavioural", submitted_at="2026-02-24", recommendation="lean_hire", specificity=2,
         style=["bullets", "headings", "fragments"], topic="behavioural")
n.h("## Ownership")
n.b("good sense of ownership overall", "v+", "ownership")
n.b("mentioned leading a re-ranking project", "e0", "ownership")
n.h("## Judgement")
n.b("reasonable judgement, nothing stood out", "v0", "judgment")
n.h("## User impact")
n.b("seemed aware of fairness issues", "v+", "user_impact", hard="hedged")
n.h("## Comms")
n.b("Mia was articulate", "v+", "communication")
n.h("Overall")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n074", candidate_id="w2-c44", interviewer_id="w2-i06", req_id="w2-r2",
         round="fundamentals", submitted_at="2026-03-03", recommendation="lean_hire", specificity=2,
         style=["qa", "first_person", "abbreviations"], topic="recommenders")
n.s("Q: Explain implicit vs explicit feedback.", "c", hard="question")
n.nl()
n.s("A: Fine, textbook.", "v+", "ml_fundamentals")
n.nl()
n.s("Q: How would you handle popularity bias?", "c", hard="question")
n.nl()
n.s("A: Knows the literature well, lots of ideas.", "v+", "ml_fundamentals", hard="vague_quantity")
n.nl()
n.s("Q: Does popularity bias hurt anyone?", "c", hard="question")
n.nl()
n.s("A: Said niche brands lose out.", "e+", "user_impact")
n.nl()
n.s("Q: What's your go-to offline metric?", "c", hard="question")
n.nl()
n.s("A: Recall@k, reasonable.", "e0", "metrics")
n.blank()
n.s("Daniel prob fine for the platform role.", "v+", hard="hedged")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n075", candidate_id="w2-c45", interviewer_id="w2-i07", req_id="w2-r1",
         round="system_design", submitted_at="2026-03-10", recommendation="hire", specificity=3,
         style=["prose", "third_person", "quotes", "british"], topic="cold start")
n.s("System design: ranking for a newly launched beauty category with almost no interaction data.", "c")
n.s("Robin proposed borrowing signals from the adjacent fragrance category and said 'it's the closest shopper, not the closest product'.", "e+", "judgment", "data_intuition")
n.s("They suggested a shade-matching feature but did not consider that the product images skewed towards lighter skin tones.", "e-", "user_impact", hard="negated")
n.s("When the interviewer raised it, Robin proposed auditing shade coverage per brand before launch and said they would rather delay than ship a skewed ranker.", "e+", "user_impact", "learning")
n.s("They estimated roughly 4,000 products at launch and chose a nightly batch score, which they justified by how rarely new beauty lines are added.", "e+", "system_thinking", "judgment")
n.s("Their treatment of exploration versus exploitation was thoughtful.", "v+", "judgment")
n.s("Their serving design was sketchy.", "v-", "system_thinking")
n.s("Robin came across as a careful and sensible scientist.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n076", candidate_id="w2-c46", interviewer_id="w2-i01", req_id="w2-r2",
         round="behavioural", submitted_at="2026-03-17", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="behavioural")
n.s("I spent the hour on Anjali's experience of leading platform work and of handling disagreement.", "c")
n.s("She gave a generally favourable impression of someone who takes responsibility for the systems she builds, though her examples were rather general.", "v+", "ownership")
n.s("She mentioned having run the on-call rota for a recommendations service, but offered little detail about any particular incident.", "e0", "ownership", hard="mixed")
n.s("Her account of disagreement with colleagues suggested a measured temperament.", "v+", "judgment")
n.s("I did not come away with a clear sense of how she weighs the interests of customers against those of the business.", "v-", "user_impact")
n.s("Her communication was polished and courteous throughout.", "v+", "communication")
n.s("On balance, and with some hesitation, I lean towards an offer.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n077", candidate_id="w2-c47", interviewer_id="w2-i02", req_id="w2-r1",
         round="data", submitted_at="2026-03-24", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="catalogue data quality")
n.s("Marek did a lovely job on the data exercise.", "v+", "data_intuition")
n.s("He has a brilliant eye for messy data.", "v+", "data_intuition")
n.s("He noticed that some prices were in pence and some in pounds.", "e+", "data_intuition", hard="plain_evidence")
n.s("Superb instincts for what matters to customers.", "v+", "user_impact")
n.s("Maybe slightly slow, but thorough.", "v0", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n078", candidate_id="w2-c48", interviewer_id="w2-i03", req_id="w2-r2",
         round="system_design", submitted_at="2026-03-31", recommendation="no_hire", specificity=1,
         style=["prose", "terse"], topic="recommenders")
n.s("Weak.", "v-")
n.s("No depth on systems.", "v-", "system_thinking")
n.s("Poor judgement on trade-offs.", "v-", "judgment")
n.s("Not ready for this level.", "v-", hard="bare_verdict")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n079", candidate_id="w2-c49", interviewer_id="w2-i04", req_id="w2-r1",
         round="fundamentals", submitted_at="2026-04-07", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="learning to rank")
n.s("Ibrahim knows his ML.", "v+", "ml_fundamentals")
n.s("Strong grasp of ranking losses and evaluation.", "v+", "ml_fundamentals", "metrics", hard="tech_vague")
n.s("Good all round.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n080", candidate_id="w2-c50", interviewer_id="w2-i05", req_id="w2-r2",
         round="debugging", submitted_at="2026-04-14", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "headings", "abbreviations"], topic="feature stores")
n.h("## Debugging")
n.b("feature store lag scenario", "c")
n.b("Hana was a bit lost at first", "v-", "system_thinking")
n.b("asked about the replication lag eventually", "e0", "system_thinking")
n.b("didn't seem to think about customer impact of stale recs", "v-", "user_impact", hard="hedged")
n.b("not great on monitoring", "v-", "risk_awareness")
n.h("Overall")
n.b("LNH, not enough depth", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w2_notes_part7.jsonl", notes)
print(len(notes), "notes")
