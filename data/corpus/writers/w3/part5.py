import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w3-n055", candidate_id="w3-c25", interviewer_id="w3-i03", req_id="w3-r1",
         round="data", submitted_at="2025-05-06", recommendation="hire",
         ratings={}, specificity=1, style=["terse", "lowercase"], topic="eval data")
n.s("data round", "c")
n.nl()
n.s("great data instincts", "v+", "data_intuition", hard="tech_vague")
n.nl()
n.s("v thoughtful abt labels", "v+", "data_intuition")
n.nl()
n.s("H, no concerns", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n056", candidate_id="w3-c26", interviewer_id="w3-i01", req_id="w3-r1",
         round="system_design", submitted_at="2025-05-28", recommendation="strong_hire",
         ratings={"system_thinking": "strong_hire", "judgment": "strong_hire"},
         specificity=2, style=["prose", "lowercase", "first_person", "terse"], topic="eval platform")
n.s("design w/ omar, eval platform.", "c")
n.s("honestly one of the best design rounds i've run.", "v+", "system_thinking")
n.s("he gets startups, knows when to cut corners.", "v+", "judgment")
n.s("great judgment throughout.", "v+", "judgment")
n.s("he suggested we start w/ a spreadsheet of 100 prompts before building anything, lol, but he's right.", "e+", "judgment")
n.s("thinks about risk the right way.", "v+", "risk_awareness")
n.s("would totally trust him to own the eval roadmap.", "v+", "ownership")
n.s("really fun to talk to.", "v+", hard="biased")
n.s("def SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n057", candidate_id="w3-c27", interviewer_id="w3-i05", req_id="w3-r2",
         round="data", submitted_at="2025-06-17", recommendation="lean_no_hire",
         ratings={"data_intuition": "lean_no_hire", "metrics": "no_hire"},
         specificity=3, style=["fragments", "arrows", "lowercase", "abbreviations", "typos"], topic="click data")
n.s("data 45m, click logs for search", "c")
n.nl()
n.s("gave her 2 wks of clicks, asked: is position 1 actually more relevant", "c", hard="question")
n.nl()
n.s("said yes b/c CTR at pos 1 is 5x pos 5", "e-", "metrics")
n.nl()
n.s("i said 'what abt position bias' -> knew the term, couldnt say how to correct for it", "e-", "data_intuition", hard="negated")
n.nl()
n.s("after hint re: randomizing top 2 for a slice -> got it, proposed a small interleaving exp", "e+", "learning")
n.nl()
n.s("wanted to use raw CTR as the training label anyway", "e-", "data_intuition")
n.nl()
n.s("no qs abt bots / dupe sessions", "e-", "data_intuition", hard="negated")
n.nl()
n.s("metrics thinking weak overall", "v-", "metrics")
n.nl()
n.s("knows the vocab tho", "v0", hard="tech_vague")
n.nl()
n.s("friendly, easy convo", "v+", hard="biased")
n.nl()
n.s("prob needs a yr or 2 more", "v-", hard="hedged")
n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n058", candidate_id="w3-c28", interviewer_id="w3-i04", req_id="w3-r2",
         round="fundamentals", submitted_at="2025-07-01", recommendation="lean_hire",
         ratings={"ml_fundamentals": "lean_hire"},
         specificity=2, style=["prose", "first_person"], topic="text classification")
n.s("Fundamentals, 45 minutes on intent classification for support tickets.", "c")
n.s("I asked Sofia how she'd handle 40 intents with a long tail.", "c", hard="question")
n.s("She has a good grasp of classic NLP.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Her answers were generally sound, if a bit textbook.", "v0", "ml_fundamentals")
n.s("She mentioned hierarchical labels.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("I didn't get a strong sense of how she'd evaluate it.", "v-", "metrics")
n.s("Probably fine for the role.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n059", candidate_id="w3-c29", interviewer_id="w3-i07", req_id="w3-r1",
         round="debugging", submitted_at="2025-07-22", recommendation="lean_hire",
         ratings={"risk_awareness": "hire", "coding": "lean_hire", "judgment": "lean_hire"},
         specificity=3, style=["headings", "prose", "first_person"], topic="judge drift")
n.h("Scenario")
n.s("Debugging, 50 minutes.", "c")
n.s("Our nightly LLM-judge scores for answer quality jumped from 3.6 to 4.2 overnight, with no change to the product model.", "c")
n.s("I gave Ibrahim the judge prompt, a diff of the config repo and a sample of 40 judged answers.", "c", hard="interviewer_action")
n.blank()
n.h("Notes")
n.s("He suspected the judge before the product, which was right.", "e+", "judgment")
n.s("He found that the judge endpoint had been moved to a newer model version in the config diff.", "e+", "coding", "risk_awareness")
n.s("He said we should never have had an unpinned judge.", "e+", "risk_awareness")
n.s("Reasonably quick on the technical side.", "v+", "coding")
n.s("His plan for the historical numbers was vague; he said we'd 'recompute what we can'.", "e-", "judgment")
n.s("He didn't think about who had already used the 4.2 number in a slide.", "e-", "ownership", hard="negated")
n.s("Seemed comfortable with ambiguity in general.", "v+", "judgment")
n.s("Communication was fine, nothing notable.", "v0", "communication")
n.s("A bit rambling at the end.", "v-", "communication")
n.blank()
n.h("Summary")
n.s("Decent, not standout.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n060", candidate_id="w3-c30", interviewer_id="w3-i02", req_id="w3-r1",
         round="system_design", submitted_at="2025-08-05", recommendation="lean_no_hire",
         ratings={"metrics": "lean_no_hire", "risk_awareness": "lean_no_hire"},
         specificity=3, style=["bullets", "terse", "third_person", "abbreviations"], topic="online eval")
n.h("System design, 60 min: online eval for an LLM writing assistant")
n.b("Proposed thumbs up/down as the primary metric.", "e0", "metrics")
n.b("Did not consider that <2% of users click thumbs at all.", "e-", "metrics", hard="negated")
n.b("Generally weak on metric design.", "v-", "metrics")
n.b("Suggested 'edit distance between suggestion and what the user kept' when pushed; reasonable.", "e+", "metrics", "learning")
n.b("Architecture adequate.", "v0", "system_thinking")
n.b("No canary, no kill switch mentioned in the whole hour.", "e-", "risk_awareness", hard="negated")
n.b("Asked how he'd catch a bad model update in week one: 'wait for support tickets'.", "e-", "risk_awareness")
n.b("Risk thinking not there.", "v-", "risk_awareness")
n.b("Understands LLM serving at a high level.", "v0", "system_thinking", hard="tech_vague")
n.b("Asked zero questions about users.", "e-", "user_impact", hard="negated")
n.b("Clear speaker.", "v+", "communication")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n061", candidate_id="w3-c31", interviewer_id="w3-i06", req_id="w3-r2",
         round="coding", submitted_at="2025-08-19", recommendation="hire",
         ratings={"coding": "hire", "communication": "hire"},
         specificity=3, style=["quotes", "third_person", "prose"], topic="tokenizer")
n.s("Coding, 45m: write a simple sentence splitter for our chunker.", "c")
n.s("Priyanka asked \"do we care about abbreviations like e.g. and Dr.\" before writing any code.", "e+", "coding", "judgment", hard="question")
n.s("She wrote a regex version, then said \"this will break on decimals\" and added a test for 3.5.", "e+", "coding")
n.s("Good coder overall.", "v+", "coding")
n.s("Seemed to know a lot about tokenization.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Explained her choices as she went.", "v+", "communication")
n.s("Didn't get to multilingual text, we ran out of time.", "c")
n.s("Very polished, very professional.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n062", candidate_id="w3-c32", interviewer_id="w3-i03", req_id="w3-r2",
         round="coding", submitted_at="2025-09-09", recommendation="lean_no_hire",
         ratings={}, specificity=1, style=["terse", "lowercase", "fragments"], topic="coding")
n.s("coding", "c")
n.nl()
n.s("meh", "v-", hard="bare_verdict")
n.nl()
n.s("not super sharp on python", "v-", "coding")
n.nl()
n.s("communication kinda all over the place", "v-", "communication")
n.nl()
n.s("LNH i guess", "v-", hard="hedged")
notes.append(n)

n = Note(note_id="w3-n063", candidate_id="w3-c33", interviewer_id="w3-i01", req_id="w3-r2",
         round="fundamentals", submitted_at="2025-09-23", recommendation="hire",
         ratings={}, specificity=2, style=["prose", "lowercase", "first_person"], topic="embeddings")
n.s("fundamentals chat w/ yusuf.", "c")
n.s("really knows his embeddings, talked abt fine-tuning them for our domain.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("super curious, asked tons of questions.", "v+", hard="vague_quantity")
n.s("one q was how our customers phrase searches differently from the docs, which i loved.", "e+", "user_impact", hard="question")
n.s("could maybe be sharper on eval.", "v-", "metrics", hard="hedged")
n.s("he's young but that's fine for us.", "v0", hard="biased")
n.s("hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n064", candidate_id="w3-c34", interviewer_id="w3-i05", req_id="w3-r1",
         round="behavioural", submitted_at="2025-10-14", recommendation="lean_hire",
         ratings={"ownership": "lean_hire"},
         specificity=2, style=["fragments", "arrows", "lowercase", "abbreviations"], topic="ownership")
n.s("behav 30m", "c")
n.nl()
n.s("asked abt a failure -> vague story abt a model that 'didn't land'", "v-", "ownership")
n.nl()
n.s("couldn't say what their part was", "e-", "ownership")
n.nl()
n.s("seems like a good teammate", "v+", hard="biased")
n.nl()
n.s("motivated, wants to learn", "v+", "learning")
n.nl()
n.s("judgement ok i think", "v0", "judgment", hard="hedged")
n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n065", candidate_id="w3-c35", interviewer_id="w3-i04", req_id="w3-r1",
         round="data", submitted_at="2025-10-28", recommendation="hire",
         ratings={"data_intuition": "hire", "judgment": "hire"},
         specificity=3, style=["prose", "first_person"], topic="eval set design")
n.s("Data round, 45 minutes.", "c")
n.s("I asked Grace to design an eval set for a contract-summary feature that hasn't launched yet, so no real traffic exists.", "c", hard="interviewer_action")
n.s("She proposed collecting 50 real contracts from friendly customers and writing questions against them herself first, to learn what's hard before briefing annotators.", "e+", "data_intuition", "judgment")
n.s("She said synthetic questions from an LLM would be fine for volume but not for the gate.", "e+", "judgment")
n.s("She has a strong feel for data quality.", "v+", "data_intuition", hard="tech_vague")
n.s("Her annotation plan was reasonable.", "v+", "data_intuition")
n.s("I'm not sure she thought about confidentiality of customer contracts; it didn't come up from her side.", "e-", "user_impact", hard="hedged")
n.s("Good judgment in general.", "v+", "judgment")
n.s("Communicated fine.", "v0", "communication")
n.s("Hire, with a mild question on privacy instincts.", "v+")
notes.append(n)

n = Note(note_id="w3-n066", candidate_id="w3-c36", interviewer_id="w3-i07", req_id="w3-r2",
         round="system_design", submitted_at="2025-11-18", recommendation="hire",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire", "metrics": "hire"},
         specificity=4, style=["headings", "prose", "first_person"], topic="multilingual search")
n.h("Question")
n.s("System design, 55 min: extend our English-only help-center search to Spanish, Portuguese and Hindi.", "c")
n.blank()
n.h("Observations")
n.s("Mateo first asked what share of queries were non-English today (I said ~18%) and whether the docs themselves were translated.", "e+", "judgment", hard="question")
n.s("Since only 30% of docs were translated, he proposed a multilingual embedding model so Spanish queries could retrieve English docs, with the answer generated in Spanish.", "e+", "system_thinking")
n.s("He wanted a small per-language eval set written by native speakers, not translated from English, and explained that translated queries are too tidy.", "e+", "data_intuition")
n.s("He proposed rolling out one language at a time behind a flag, with a per-language kill switch and a rollback trigger if the 'no answer found' rate rose above the English baseline.", "e+", "risk_awareness")
n.s("He said nothing about the cost of the larger multilingual model until I asked, then estimated roughly 1.5x embedding cost and said it was fine at our volume.", "e0", "system_thinking", hard="mixed")
n.s("When I questioned whether the English baseline was a fair bar for Hindi, he agreed it wasn't and proposed a two-week baseline per language first.", "e+", "learning", "metrics")
n.s("He asked who in support would triage bad Hindi answers, since nobody on the team reads Hindi, and suggested contracting a reviewer before that launch.", "e+", "risk_awareness", "user_impact", hard="question")
n.blank()
n.h("Summary")
n.s("Thorough, careful, explains as he goes.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w3-n067", candidate_id="w3-c37", interviewer_id="w3-i03", req_id="w3-r1",
         round="behavioural", submitted_at="2025-12-02", recommendation="strong_hire",
         ratings={}, specificity=2, style=["terse", "lowercase", "fragments"], topic="behavioural")
n.s("behav", "c")
n.nl()
n.s("loved her", "v+", hard="biased")
n.nl()
n.s("super mature, v senior vibes", "v+", hard="tech_vague")
n.nl()
n.s("talked abt leading an eval migration, sounded big", "v+", "ownership")
n.nl()
n.s("said she ran the postmortem when their judge scores broke", "e+", "ownership")
n.nl()
n.s("great communicator", "v+", "communication")
n.nl()
n.s("good judgment", "v+", "judgment")
n.nl()
n.s("handles feedback well", "v+", "learning")
n.nl()
n.s("cares abt users", "v+", "user_impact")
n.nl()
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w3_notes_part5.jsonl", notes)
print(len(notes), "notes")
