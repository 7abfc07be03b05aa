import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w11-n061", candidate_id="w11-c31", interviewer_id="w11-i05", req_id="w11-r2",
         round="behavioural", submitted_at="2025-07-08", recommendation="hire", specificity=4,
         style=["bullets", "quotes", "first_person"], topic="customer harm and ownership",
         ratings={"user_impact": "strong_hire", "ownership": "hire"})
n.b("Behavioural, 45 min, Senior Pricing.", "c")
n.b("Q: a time your model hurt a group of customers.", "c", hard="question")
n.b("Nadia described finding that a lapse model was raising renewal prices most for customers who never shopped around, many of them over 70.", "e+", "user_impact")
n.b("Said she found it herself by plotting price change against tenure, not because anyone asked.", "e+", "ownership")
n.b("Took it to her director with a proposal to cap renewal increases for long-tenure customers at inflation.", "e+", "ownership")
n.b("Quote: 'I didn't want to be the person who explains that one to the FCA.'", "e+", "user_impact")
n.b("I asked what it cost.", "c", hard="question")
n.b("Said about £1.4M a year in margin, and that the board accepted it after the GIPP rules came in anyway.", "e+", "judgment")
n.b("Said she monitored the capped cohort's retention monthly afterwards and reported it to the board herself.", "e+", "ownership")
n.b("Q: a disagreement with a PM that you lost.", "c", hard="question")
n.b("Gave one, but blamed the PM for 'not understanding models' three times in the telling.", "e-", "communication")
n.b("Hire; strong on customer harm, slightly sharp about colleagues.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w11-n062", candidate_id="w11-c32", interviewer_id="w11-i04", req_id="w11-r1",
         round="system_design", submitted_at="2025-07-15", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="document AI design")
n.s("Wow, Tariq!", "v+")
n.s("An absolutely stellar system design round.", "v+", "system_thinking")
n.s("He knows OCR, layout models and serving inside and out.", "v+", "system_thinking", hard="tech_vague")
n.s("Every answer was thoughtful and well structured.", "v+", "communication")
n.s("Super mature engineer with a great sense of what matters.", "v+", "judgment")
n.s("Risk-aware, customer-focused, humble.", "v+", "risk_awareness")
n.s("A million miles ahead of the other candidates this week.", "v+", hard="vague_quantity")
n.s("Great culture add as well.", "v+", hard="biased")
n.s("Strong hire!!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n063", candidate_id="w11-c33", interviewer_id="w11-i02", req_id="w11-r1",
         round="system_design", submitted_at="2025-07-22", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="extraction service design")
n.b("sys design - extraction svc for emailed claim attachments", "c")
n.b("asked re file types first -> pdf, jpg, heic, some word docs", "e+", "data_intuition", hard="question")
n.b("queue -> converter -> OCR -> extractor -> review, all sensible", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("no estimate of volumes until I asked, then guessed '~1k/day' w/ no basis", "e-", "system_thinking")
n.b("didn't think about password-protected pdfs / corrupt files", "e-", "risk_awareness", hard="negated")
n.b("when I mentioned them -> added a dead-letter queue + daily report to ops", "e+", "learning")
n.b("knows the tooling well", "v+", "system_thinking", hard="tech_vague")
n.b("a bit junior for r1 imo", "v-")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n064", candidate_id="w11-c34", interviewer_id="w11-i06", req_id="w11-r2",
         round="fundamentals", submitted_at="2025-08-12", recommendation="lean_no_hire", specificity=3,
         style=["prose", "headings", "first_person", "third_person"], topic="fairness across postcodes")
n.h("Context")
n.s("Fundamentals round with Ewan, focused on fairness in pricing.", "c")
n.h("What happened")
n.s("I asked how he would check a motor model for unfair treatment across postcodes.", "c", hard="question")
n.s("He said that since the model does not use ethnicity as an input, it 'cannot be biased'.", "e-", "user_impact")
n.s("I described proxy discrimination through postcode; he acknowledged it but did not suggest any way to measure it.", "e-", "user_impact", hard="negated")
n.s("He was much stronger on the modelling itself and explained monotone constraints in GBMs clearly.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("I felt he was comfortable with the maths.", "v+", "ml_fundamentals")
n.h("Concerns")
n.s("Fairness is a blind spot, and for a pricing role that matters to us.", "v-", "user_impact")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n065", candidate_id="w11-c35", interviewer_id="w11-i07", req_id="w11-r2",
         round="behavioural", submitted_at="2025-08-19", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="learning from mistakes")
n.s("Behavioural round, 45 minutes.", "c")
n.s("I asked Leila about a decision she would make differently now.", "c", hard="question")
n.s("She said she once launched a pet insurance pricing model without a holdout because the deadline was tight, and conversion fell 8% in the first fortnight.", "e0", "judgment", hard="mixed")
n.s("She said she now insists on a two-week shadow period and explained how she argued for it with her next PM by costing the fortnight of lost conversions.", "e+", "learning")
n.s("She volunteered that she had also written the team's release checklist after that incident.", "e+", "ownership")
n.s("When I pushed on whether the checklist was actually used, she admitted two of the last five releases had skipped it.", "e0", "ownership", hard="mixed")
n.s("She then said she had started reviewing releases against it herself each month.", "e+", "ownership")
n.s("She was direct and kept her answers short.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n066", candidate_id="w11-c36", interviewer_id="w11-i03", req_id="w11-r2",
         round="fundamentals", submitted_at="2025-09-09", recommendation="no_hire", specificity=1,
         style=["terse"], topic="fundamentals")
n.s("Fundamentals.", "c")
n.s("Weak.", "v-", hard="bare_verdict")
n.s("Shaky on basic stats.", "v-", "ml_fundamentals", hard="tech_vague")
n.s("Not great at explaining.", "v-", "communication")
n.s("Not senior.", "v-")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n067", candidate_id="w11-c37", interviewer_id="w11-i01", req_id="w11-r2",
         round="data", submitted_at="2025-09-16", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="claims inflation data")
n.s("Data interview with Ms Olsen concerning claims data for home escape-of-water losses.", "c")
n.s("She identified promptly that the average claim cost had risen sharply from 2022 and asked whether this reflected inflation in plumbing costs or a change in claims handling.", "e+", "data_intuition", hard="question")
n.s("She did not, however, think to check whether the definition of a 'large loss' had changed in the data warehouse over the same period.", "e-", "data_intuition", hard="negated")
n.s("Her grasp of trending and development was adequate.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("She proposed comparing the model's predictions against actual claims by quarter, which is sensible.", "e+", "metrics", hard="verdict_plus_evidence")
n.s("She was somewhat hesitant in her delivery.", "v-", "communication")
n.s("On balance I incline towards a hire.", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w11-n068", candidate_id="w11-c38", interviewer_id="w11-i02", req_id="w11-r1",
         round="debugging", submitted_at="2025-09-23", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "abbreviations", "lowercase", "typos"], topic="OCR bug")
n.b("debug round w/ Ben - ocr confidences all 1.0", "c")
n.b("got there in the end", "v0", "coding")
n.b("poked around a lot before reading the stack trace", "e-", "coding")
n.b("decent debugging instincts i guess", "v0", "coding")
n.b("communcation ok", "v0", "communication")
n.b("prob fine for mid level", "v+", hard="hedged")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n069", candidate_id="w11-c39", interviewer_id="w11-i05", req_id="w11-r1",
         round="data", submitted_at="2025-10-14", recommendation="no_hire", specificity=5,
         style=["bullets", "quotes", "headings"], topic="extraction evaluation",
         ratings={"metrics": "no_hire", "learning": "no_hire", "data_intuition": "lean_no_hire"})
n.h("Data - evaluating a new extraction model")
n.b("Given: new model 94% field accuracy on a test set built from last year's forms; current model 91%.", "c")
n.b("Q: should we ship it?", "c", hard="question")
n.b("Pradeep: 'Yes, three points is a big jump, that's thousands of fewer corrections.'", "e-", "metrics")
n.b("Did not ask how the test set was drawn or whether this year's forms look the same.", "e-", "data_intuition", hard="negated")
n.b("I told him 30% of this year's volume is a new broker template absent from the test set.", "c", hard="interviewer_action")
n.b("He said 'the model learns layout in general, it'll transfer.'", "e-", "learning")
n.b("Asked for a way to check that before launch, he suggested 'monitoring it after'.", "e-", "risk_awareness")
n.b("I asked who bears the cost if the new template fields are wrong.", "c", hard="question")
n.b("Said 'the review team will catch it', without asking how much extra review load that would create.", "e-", "user_impact")
n.b("Also said an extraction model 'can't really be unfair' because it only reads forms.", "e-", "user_impact")
n.b("Did compute the expected number of corrections per day correctly from the volumes given: about 1,300 fewer.", "e+", "metrics")
n.b("Wrote a tidy pandas snippet to compute accuracy by field.", "e+", "coding", hard="plain_evidence")
n.h("Verdict")
n.b("No hire: took the offline number as the answer and held to it after being told the test set was unrepresentative.", "e-", "metrics", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w11-n070", candidate_id="w11-c40", interviewer_id="w11-i04", req_id="w11-r1",
         round="debugging", submitted_at="2025-10-21", recommendation="hire", specificity=1,
         style=["prose", "first_person"], topic="debugging")
n.s("Such a fun debugging session with Hannah!", "v+")
n.s("She's a natural problem-solver with a real nose for bugs.", "v+", "coding")
n.s("Deep knowledge of Python internals and numpy.", "v+", "coding", hard="tech_vague")
n.s("She stayed calm and positive the whole way through.", "v+")
n.s("Amazing communicator, kept me in the loop constantly.", "v+", "communication")
n.s("I'm sure she'll pick up insurance in no time.", "v+", "learning")
n.s("She reminded me of myself at that stage, honestly.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w11_notes_part6.jsonl", notes)
