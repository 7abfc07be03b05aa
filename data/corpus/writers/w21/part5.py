import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w21-n049", candidate_id="w21-c25", interviewer_id="w21-i03", req_id="w21-r1",
         round="system_design", submitted_at="2025-08-05", recommendation="hire", specificity=1,
         style=["prose"], topic="alarm correlation")
n.s("Bongani gave a strong design interview.", "v+", "system_thinking")
n.s("Clearly has deep experience with streaming architectures and real-time ML.", "v+", "system_thinking", hard="tech_vague")
n.s("Thought about scale and reliability in a mature way.", "v+", "system_thinking", "risk_awareness", hard="tech_vague")
n.s("Made good trade-offs throughout.", "v+", "judgment")
n.s("Really pleasant to talk to, very humble.", "v+", hard="biased")
n.s("Would be a great addition.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n050", candidate_id="w21-c26", interviewer_id="w21-i03", req_id="w21-r2",
         round="behavioural", submitted_at="2025-08-12", recommendation="lean_hire", specificity=2,
         style=["prose"], topic="stakeholder management")
n.s("Hannah was good in the behavioural.", "v+")
n.s("She's done loads of stakeholder work and clearly takes ownership of her projects.", "v+", "ownership", hard="vague_quantity")
n.s("She mentioned a churn project that went badly, I think she handled it well.", "v+", "ownership", hard="hedged")
n.s("She said she'd now check the label definition with the business before starting.", "e+", "learning", "data_intuition")
n.s("Open to feedback.", "v+", "learning")
n.s("Perhaps a little too eager to please.", "v-", hard="biased")
n.s("Comms fine.", "v0", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n051", candidate_id="w21-c27", interviewer_id="w21-i05", req_id="w21-r1",
         round="coding", submitted_at="2025-08-19", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "lowercase", "abbreviations", "fragments", "typos"], topic="alarm parsing")
n.b("coding, alarm parser", "c")
n.b("slow start", "v-", "coding")
n.b("code kinda messy, naming all over the place", "v-", "coding")
n.b("finished the main func, no tests", "e-", "coding", hard="negated")
n.b("knows python ok, not gr8 on edge cases", "v0", "coding", hard="mixed")
n.b("didnt reallly listen when i tried to redirect", "v-", "learning", "communication")
n.b("prob not the level", "v-", hard="hedged")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n052", candidate_id="w21-c28", interviewer_id="w21-i04", req_id="w21-r2",
         round="data", submitted_at="2025-09-02", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="churn data exploration")
n.s("Aisling, data round, and honestly I was a bit all over the place myself today so bear with me.", "c")
n.s("She's a grand girl, very easy to chat to.", "v+", hard="biased")
n.s("She seemed to know her way round a churn dataset, loads of good ideas.", "v+", "data_intuition", hard="vague_quantity")
n.s("She asked about how the contract end dates were recorded, I think, or something along those lines.", "e+", "data_intuition", hard="hedged")
n.s("Her thinking on metrics was very mature.", "v+", "metrics", hard="tech_vague")
n.s("Took my pushback well.", "v+", "learning")
n.s("I'd say she'd be well able for the job.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n053", candidate_id="w21-c29", interviewer_id="w21-i01", req_id="w21-r1",
         round="system_design", submitted_at="2025-09-16", recommendation="no_hire", specificity=1,
         style=["prose", "terse", "british"], topic="cell-site fault prediction")
n.s("Wei.", "c")
n.s("Design round.", "c")
n.s("Didn't get networks.", "v-")
n.s("Too academic.", "v-", hard="biased")
n.s("Wouldn't last a week in the NOC.", "v-")
n.s("Poor judgement overall.", "v-", "judgment")
n.s("No.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n054", candidate_id="w21-c30", interviewer_id="w21-i06", req_id="w21-r2",
         round="debugging", submitted_at="2025-09-30", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="churn model drift")
n.s("The candidate was asked to investigate why the churn model's top-decile hit rate had halved after a price rise.", "c")
n.s("Alex compared the score distributions before and after the price rise and noted that the top decile was now dominated by customers on one legacy tariff.", "e+", "data_intuition")
n.s("They proposed retraining including the post-price-rise weeks.", "e0", "judgment")
n.s("When the interviewer suggested checking whether that tariff had been closed to new customers, they queried the tariff table and confirmed it had.", "e+", "learning", "data_intuition")
n.s("They did not propose pausing the offers while the model was investigated.", "e-", "risk_awareness", hard="negated")
n.s("They did not consider that the price rise itself changed what churn looked like, and the model might need a different label window.", "e-", "data_intuition", hard="negated")
n.s("Their debugging approach was generally methodical.", "v+", "coding")
n.s("Communication was adequate.", "v0", "communication")
n.s("There were some gaps in their understanding of concept drift.", "v-", "ml_fundamentals", hard="tech_vague")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n055", candidate_id="w21-c31", interviewer_id="w21-i02", req_id="w21-r1",
         round="behavioural", submitted_at="2025-10-07", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "headings", "third_person", "british"], topic="incident ownership",
         ratings={"ownership": "lean_no_hire", "learning": "lean_hire"})
n.h("Findings")
n.b("Account of an incident she personally led (not seen; examples were team-level).", "e-", "ownership", hard="negated", marker="1. ")
n.b("Said she 'would always raise it early' when asked about a missed deadline (seen).", "e0", "ownership", marker="2. ")
n.b("Reflection on her own mistakes: adequate.", "v0", "learning", marker="3. ")
n.b("Described changing her validation split after a reviewer pointed out leakage from repeat tickets (seen).", "e+", "learning", "data_intuition", marker="4. ")
n.b("Described writing the runbook for the alarm-dedup service in her first month and updating it after each incident (seen).", "e+", "ownership", marker="5. ")
n.b("General attitude: positive.", "v+", hard="biased", marker="6. ")
n.b("Ownership: below the bar for this level.", "v-", "ownership", marker="7. ")
n.h("Verdict")
n.b("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n056", candidate_id="w21-c32", interviewer_id="w21-i03", req_id="w21-r1",
         round="data", submitted_at="2025-10-14", recommendation="strong_hire", specificity=1,
         style=["prose"], topic="alarm data")
n.s("Oisín was outstanding.", "v+")
n.s("Best data round I've done in a while.", "v+", "data_intuition")
n.s("He has a real feel for telecom data and spotted all the issues.", "v+", "data_intuition", hard="vague_quantity")
n.s("Strong statistical foundations and a pragmatic approach.", "v+", "ml_fundamentals", "judgment", hard="tech_vague")
n.s("Great energy.", "v+", hard="biased")
n.s("Strong hire, no hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n057", candidate_id="w21-c33", interviewer_id="w21-i04", req_id="w21-r1",
         round="fundamentals", submitted_at="2025-11-04", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="fault model evaluation")
n.s("Grace, fundamentals.", "c")
n.s("I got my own question about ROC curves slightly backwards at one point, mortifying, and she was very kind about it.", "c")
n.s("She explained the difference between precision and recall with a lovely example about sending vans out to masts.", "v+", "ml_fundamentals", "communication")
n.s("Fierce smart.", "v+")
n.s("She knew a rake of stuff about gradient boosting.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("When I asked about overfitting she said she'd check the gap between train and validation error first.", "e+", "ml_fundamentals")
n.s("Bit of a textbook answer on regularisation, mind.", "v0", "ml_fundamentals")
n.s("Hire, I'd be happy.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n058", candidate_id="w21-c34", interviewer_id="w21-i05", req_id="w21-r2",
         round="debugging", submitted_at="2025-11-18", recommendation="no_hire", specificity=2,
         style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="retention offer pipeline")
n.b("dbg: offers going to customers who already left", "c")
n.b("lost quickly", "v-")
n.b("weak on data pipelines", "v-", "system_thinking", hard="tech_vague")
n.b("blamed the crm export before looking at anything", "e-", "ownership", "judgment")
n.b("hint (check join date vs disconnect date) -> still didnt get it", "e-", "learning")
n.b("no sense of user harm from offers going to ex-customers", "v-", "user_impact")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n059", candidate_id="w21-c35", interviewer_id="w21-i03", req_id="w21-r2",
         round="coding", submitted_at="2025-12-02", recommendation="lean_hire", specificity=1,
         style=["prose"], topic="call-centre speech analytics")
n.s("Lucía did fine.", "v0")
n.s("Decent coder, knows pandas and some NLP.", "v+", "coding", hard="tech_vague")
n.s("Could be a bit more structured in her approach.", "v-", "coding", hard="hedged")
n.s("Communication was clear.", "v+", "communication")
n.s("I think she'd grow into the role.", "v+", "learning", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n060", candidate_id="w21-c36", interviewer_id="w21-i06", req_id="w21-r1",
         round="behavioural", submitted_at="2026-01-13", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="incident ownership")
n.s("The interview covered ownership, conflict and learning from failure.", "c")
n.s("He was first asked to describe a time he had been wrong about a model in production.", "c", hard="question")
n.s("Jamal presented himself well and spoke with confidence.", "v+", hard="biased")
n.s("His examples, however, were general and lacked detail on his own contribution.", "v-", "ownership")
n.s("He referred to leading the response to a regional outage but did not describe what he did during it.", "e-", "ownership")
n.s("He appeared receptive to feedback.", "v+", "learning", hard="hedged")
n.s("The interviewer's overall impression is that he may be better suited to a less senior role.", "v-", hard="hedged")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w21_notes_part5.jsonl", notes)
