import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w11-n049", candidate_id="w11-c19", interviewer_id="w11-i04", req_id="w11-r1",
         round="data", submitted_at="2025-02-11", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="handwriting OCR data")
n.s("What an incredible candidate Luca is!", "v+")
n.s("We did the handwritten-forms data exercise.", "c")
n.s("He has a truly deep intuition for messy real-world data.", "v+", "data_intuition", hard="tech_vague")
n.s("He noticed that many of the handwritten dates in the sample were written American-style, which I loved.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Amazing curiosity, he asked about everything.", "v+", hard="vague_quantity")
n.s("His explanations were gorgeous, really clear and visual.", "v+", "communication")
n.s("He's clearly someone who takes ownership of problems end to end.", "v+", "ownership")
n.s("Loads of experience with OCR pipelines at his last place.", "v+", hard="vague_quantity")
n.s("I can't think of a single weakness honestly.", "v+")
n.s("He would lift the whole team.", "v+")
n.s("Strong hire, please don't let him go!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n050", candidate_id="w11-c20", interviewer_id="w11-i05", req_id="w11-r2",
         round="system_design", submitted_at="2025-02-18", recommendation="lean_hire", specificity=5,
         style=["bullets", "quotes", "headings"], topic="pricing release rollback",
         ratings={"risk_awareness": "hire", "system_thinking": "lean_hire", "user_impact": "lean_no_hire"})
n.h("System design - safe release of pricing models")
n.b("Task: a pricing team ships a new motor model every month; design the release and rollback process.", "c", hard="interviewer_action")
n.b("Chloe asked how long it takes between a quote and knowing whether it was priced right, and used the answer (about 9 months of claims) to argue that release checks must rely on leading indicators.", "e+", "metrics", hard="question")
n.b("Listed leading indicators: conversion by channel, average premium by segment, share of quotes hitting price caps.", "e+", "metrics")
n.b("Proposed a canary on 2% of traffic for a week with an auto-rollback if any indicator leaves its band.", "e+", "risk_awareness")
n.b("Said the model registry should store the feature code version alongside the model, 'or rollback is a lie'.", "e+", "system_thinking")
n.b("I asked what happens to customers who were quoted by the bad model before rollback.", "c", hard="question")
n.b("Answer: 'They keep the price, it's a contract.'", "e0", "user_impact")
n.b("Follow-up: what if they were overcharged by 30%?", "c", hard="question")
n.b("Paused, then said 'we'd probably need to refund, but that's a legal question' and moved on.", "e-", "user_impact", hard="hedged")
n.b("Did not consider notifying the regulator or the complaints team.", "e-", "user_impact", hard="negated")
n.b("Drew the deployment diagram cleanly: registry, scoring service, shadow scorer, comparison job.", "e+", "system_thinking")
n.b("Sized the shadow scorer at 2x current capacity and said why: both models score every quote during canary.", "e+", "system_thinking")
n.b("When I suggested skipping the canary for 'small' releases, she said 'small is what the diff says, not what the prices do' and kept it.", "e+", "judgment")
n.b("Talked for a long stretch without checking in; I had to interrupt twice to steer.", "e-", "communication")
n.h("Verdict")
n.b("Lean hire: excellent release engineering, thin on customer harm.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w11-n051", candidate_id="w11-c21", interviewer_id="w11-i06", req_id="w11-r1",
         round="behavioural", submitted_at="2025-02-25", recommendation="hire", specificity=3,
         style=["prose", "headings", "first_person", "third_person"], topic="disagreement with PM")
n.h("Context")
n.s("Behavioural round with Aisha, covering PM disagreement and an on-call story.", "c")
n.h("What happened")
n.s("She described a PM who wanted to remove the human review step for windscreen claims entirely; she argued for keeping it on claims over £300 and said they compromised on £500.", "e+", "judgment")
n.s("I liked how she framed it around cost of errors.", "v+", "judgment")
n.s("Her on-call story was less convincing.", "v-", "risk_awareness")
n.s("She said she had 'handled a few incidents' but couldn't give me the detail of one when I asked.", "e-", "ownership")
n.s("The candidate was warm and easy to talk to.", "v+", "communication")
n.s("I think she'd be good with adjusters.", "v+", "communication", hard="hedged")
n.h("Concerns")
n.s("Possibly light on incident experience.", "v-", "risk_awareness", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n052", candidate_id="w11-c22", interviewer_id="w11-i07", req_id="w11-r1",
         round="fundamentals", submitted_at="2025-03-04", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="extraction metrics")
n.s("Fundamentals round on extraction metrics.", "c")
n.s("I asked Dmitri how he would measure a key-value extractor for claim forms.", "c", hard="question")
n.s("He proposed exact-match accuracy per field and pointed out that character error rate hides a wrong digit in a policy number.", "e+", "metrics")
n.s("He had a decent understanding of precision and recall.", "v+", "metrics", hard="tech_vague")
n.s("He was less sure on how to handle fields that are legitimately empty, and changed his answer twice.", "e-", "metrics")
n.s("He struggled to explain why a model might be confident and wrong on rotated scans.", "e-", "ml_fundamentals")
n.s("Generally thoughtful.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n053", candidate_id="w11-c23", interviewer_id="w11-i01", req_id="w11-r2",
         round="debugging", submitted_at="2025-03-18", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="on-call pricing incident")
n.s("The candidate, Ms Kowalczyk, was presented with a simulated on-call incident: the quote service returning prices of £0 for a subset of home policies.", "c", hard="interviewer_action")
n.s("She first asked how many quotes were affected and whether any had been bound, and proposed suspending online binding for the affected product while she investigated.", "e+", "risk_awareness")
n.s("She traced the zero prices to a null flood-zone code for new-build postcodes not yet in the reference table.", "e+", "data_intuition")
n.s("She proposed a default to the highest flood band with a manual referral, rather than a default to the lowest, and explained that underpricing a flood risk is the costlier error.", "e+", "judgment")
n.s("When I suggested the fault might lie with the pricing model, she checked its inputs first and showed that the model itself was behaving as designed.", "e+", "judgment")
n.s("She did not consider how the affected customers would be contacted, which I would expect at this level.", "e-", "user_impact", hard="negated")
n.s("Her written incident summary was exemplary.", "v+", "communication")
n.s("She is, in my estimation, a capable and responsible engineer.", "v+", "ownership")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n054", candidate_id="w11-c24", interviewer_id="w11-i03", req_id="w11-r1",
         round="data", submitted_at="2025-03-25", recommendation="hire", specificity=1,
         style=["terse"], topic="data")
n.s("Data round.", "c")
n.s("Good.", "v+", hard="bare_verdict")
n.s("Strong data sense.", "v+", "data_intuition", hard="tech_vague")
n.s("Communicates fine.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n055", candidate_id="w11-c25", interviewer_id="w11-i02", req_id="w11-r2",
         round="fundamentals", submitted_at="2025-04-08", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "typos"], topic="pricing fundamentals")
n.b("fundamentals - GLM/GBM basics for pricing", "c")
n.b("ok on theory, nothing special", "v0", "ml_fundamentals")
n.b("confused offset w/ weight when I asked abt exposure", "e-", "ml_fundamentals")
n.b("overfitting answer v textbook", "v-", "ml_fundamentals")
n.b("no real feel for metrics beyond AUC imo", "v-", "metrics")
n.b("pleasent to talk to", "v+", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n056", candidate_id="w11-c26", interviewer_id="w11-i04", req_id="w11-r1",
         round="behavioural", submitted_at="2025-04-22", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="behavioural")
n.s("Sofia is just lovely, such a positive presence.", "v+", hard="biased")
n.s("Behavioural round, usual questions on conflict and ownership.", "c")
n.s("She's a brilliant collaborator and clearly puts the team first.", "v+", "communication")
n.s("She told a story about a PM wanting a feature shipped early and how she negotiated a smaller first version.", "e+", "judgment", hard="plain_evidence")
n.s("Very mature for her age.", "v+", hard="biased")
n.s("Incredible ownership mindset.", "v+", "ownership")
n.s("Super keen to learn about insurance.", "v+", "learning")
n.s("I'd hire her tomorrow.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n057", candidate_id="w11-c27", interviewer_id="w11-i03", req_id="w11-r1",
         round="debugging", submitted_at="2025-05-13", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="debugging")
n.s("Debugging with Jonas.", "c")
n.s("Found the bug eventually.", "e0", "coding", hard="mixed")
n.s("Needed a hint.", "e0", "learning", hard="plain_evidence")
n.s("Methodical enough.", "v0", "coding")
n.s("Not sure about seniority.", "v-", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n058", candidate_id="w11-c28", interviewer_id="w11-i06", req_id="w11-r2",
         round="coding", submitted_at="2025-05-27", recommendation="no_hire", specificity=3,
         style=["prose", "headings", "first_person", "third_person"], topic="premium calculation code")
n.h("Context")
n.s("Coding round: compute premiums from a base rate and a list of multiplicative relativities, with caps.", "c")
n.h("What happened")
n.s("Ravi started coding before reading the whole spec and missed the caps entirely.", "e-", "coding")
n.s("When I pointed to the caps he added them, but applied them before the relativities rather than after.", "e-", "coding")
n.s("He ran his code once against my example, got a different number, and said my example was probably wrong.", "e-", "learning")
n.s("He brushed off my question about who checks the caps as 'QA's job'.", "e-", "ownership")
n.s("I don't think he listens very carefully.", "v-", "communication", hard="hedged")
n.s("He does seem to know Python well.", "v+", "coding")
n.h("Concerns")
n.s("Defensive, and sloppy under time pressure.", "v-", "learning")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n059", candidate_id="w11-c29", interviewer_id="w11-i07", req_id="w11-r1",
         round="system_design", submitted_at="2025-06-03", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="review queue design")
n.s("I asked Ama to design the review queue for extracted bank details on claims payments.", "c", hard="interviewer_action")
n.s("She asked how often bank details change between claims for the same customer, and used that to suggest flagging any change for manual review.", "e+", "data_intuition", hard="question")
n.s("She talked about fraud risk from account takeover without being prompted.", "e+", "risk_awareness")
n.s("Her component diagram was sensible.", "v+", "system_thinking")
n.s("I'd have liked more on how the queue scales.", "v-", "system_thinking")
n.s("She seemed comfortable with ambiguity.", "v+", "judgment")
n.s("Good listener.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n060", candidate_id="w11-c30", interviewer_id="w11-i01", req_id="w11-r1",
         round="coding", submitted_at="2025-06-17", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="coding")
n.s("Coding interview with Mr Adeyemi, sixty minutes.", "c")
n.s("The candidate's code was, on the whole, competent.", "v+", "coding")
n.s("He completed the first exercise and part of the second.", "e0", "coding", hard="plain_evidence")
n.s("His testing discipline struck me as somewhat lax.", "v-", "coding")
n.s("He conducted himself courteously throughout.", "v+", hard="biased")
n.s("I should be content to see him hired, though not with enthusiasm.", "v0", hard="hedged")
notes.append(n)

save_notes("data/corpus/raw/w11_notes_part5.jsonl", notes)
