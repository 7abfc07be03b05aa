import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w2-n049", candidate_id="w2-c19", interviewer_id="w2-i02", req_id="w2-r1",
         round="system_design", submitted_at="2025-02-11", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="recommenders")
n.s("Dmitri was asked to design a recommender for our gift guide.", "c")
n.s("Brilliant start: he asked who the gift is for, not who is browsing, and said the buyer's own history would mislead the model.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("He proposed a short quiz (age band, interests, budget) feeding a simple content model.", "e+", "system_thinking")
n.s("He pointed out that guessing toys by the recipient's gender would reinforce stereotypes and said he'd leave gender out of the quiz entirely.", "e+", "user_impact")
n.s("Superb product sense.", "v+", "judgment")
n.s("His latency thinking was a bit hand-wavy but honestly that's fine for this use case.", "v0", "system_thinking", hard="mixed")
n.s("Hire, happily.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n050", candidate_id="w2-c20", interviewer_id="w2-i03", req_id="w2-r2",
         round="coding", submitted_at="2025-02-25", recommendation="lean_no_hire", specificity=4,
         style=["prose", "terse", "first_person", "lowercase"], topic="experimentation")
n.s("coding: dedupe a stream of click events within a 30s window per user+item.", "c")
n.s("aisha jumped into code without asking about ordering.", "e-", "coding")
n.s("assumed events arrive sorted.", "e-", "coding", "data_intuition")
n.s("when i said they can arrive 10s late she rewrote with a per-key buffer, which worked.", "e0", "coding", "learning", hard="mixed")
n.s("memory grows without bound, she didn't notice.", "e-", "coding", hard="negated")
n.s("talked over my question twice.", "e-", "communication")
n.s("said 'it's fine, nobody sends that many clicks' when i raised memory.", "e-", "judgment", "learning")
n.s("tests: one happy path.", "e-", "coding")
n.s("lnh.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n051", candidate_id="w2-c21", interviewer_id="w2-i04", req_id="w2-r1",
         round="fundamentals", submitted_at="2025-03-04", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="learning to rank")
n.s("Alex seems to know ranking reasonably well.", "v+", "ml_fundamentals")
n.s("Solid on metrics, I think.", "v+", "metrics", hard="hedged")
n.s("Mentioned they'd used LambdaMART at their last job.", "e0", "ml_fundamentals")
n.s("Bit quiet.", "v-", "communication")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n052", candidate_id="w2-c22", interviewer_id="w2-i05", req_id="w2-r2",
         round="behavioural", submitted_at="2025-03-18", recommendation="hire", specificity=4,
         style=["bullets", "headings", "quotes"], topic="ownership")
n.h("## Ownership")
n.b("story: recs pipeline her team inherited w/ no docs, failing weekly", "e0", "ownership")
n.b("she set up a rota, wrote the runbook, cut failures from weekly to ~1 a quarter", "e+", "ownership", "risk_awareness")
n.b("asked her what she'd do differently -> 'tell my manager earlier how much time it was eating'", "e+", "learning", "communication")
n.h("## User impact")
n.b("raised on her own that the weekly failures meant new customers saw bestsellers only, i.e. worse for new signups", "e+", "user_impact")
n.h("## Concerns")
n.b("vague on how she measured the pipeline's effect on revenue", "e-", "metrics")
n.h("Overall")
n.b("Grace is a doer", "v+", "ownership")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n053", candidate_id="w2-c23", interviewer_id="w2-i06", req_id="w2-r1",
         round="data", submitted_at="2025-04-15", recommendation="no_hire", specificity=4,
         style=["qa", "first_person"], topic="offline/online metric gaps")
n.s("Q: Offline AUC on the new product-page ranker is 0.81 vs 0.78.", "c")
n.s("Good enough to launch?", "c", hard="question")
n.nl()
n.s("A: Mateo said yes and that 0.03 AUC 'is a huge jump'.", "e-", "metrics")
n.nl()
n.s("Q: The eval set was sampled from impressions served by the old model.", "c")
n.s("Does that matter?", "c", hard="question")
n.nl()
n.s("A: He said no, the sample was large.", "e-", "data_intuition", "metrics")
n.s("I explained feedback loops.", "c", hard="interviewer_action")
n.s("He agreed politely but went back to the AUC number in his next answer.", "e-", "learning")
n.nl()
n.s("Q: What would you monitor after launch?", "c", hard="question")
n.nl()
n.s("A: 'AUC on live traffic', nothing on revenue, latency or complaints.", "e-", "risk_awareness", "metrics")
n.nl()
n.s("Q: Who might be worse off under the new ranker?", "c", hard="question")
n.nl()
n.s("A: Couldn't think of anyone.", "e-", "user_impact")
n.blank()
n.s("Nice guy, but no.", "v-", hard="biased")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n054", candidate_id="w2-c24", interviewer_id="w2-i07", req_id="w2-r2",
         round="system_design", submitted_at="2025-05-06", recommendation="hire", specificity=4,
         style=["prose", "third_person", "quotes", "british"], topic="recommenders")
n.s("Ingrid was asked to design email recommendations for lapsed customers.", "c", hard="interviewer_action")
n.s("She first asked whether customers had opted in to personalised marketing and said 'if not, this whole design is off the table'.", "e+", "user_impact", hard="question")
n.s("She proposed a batch job scoring lapsed customers weekly, with a frequency cap of one email a fortnight.", "e+", "system_thinking", "user_impact")
n.s("Her choice of success metric was orders within 14 days, with unsubscribe rate as a guardrail.", "e+", "metrics")
n.s("Asked how she would pick the training window, she chose 18 months so that one full Christmas was in it, and explained why.", "e+", "data_intuition", "judgment")
n.s("She did not address what happens if the batch job fails and sends stale recommendations for discontinued products.", "e-", "risk_awareness", hard="negated")
n.s("She explained the pipeline clearly and drew it neatly.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n055", candidate_id="w2-c25", interviewer_id="w2-i01", req_id="w2-r1",
         round="fundamentals", submitted_at="2025-05-27", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="cold start")
n.s("Fundamentals interview covering matrix factorisation and cold start.", "c")
n.s("Kwame gave a competent derivation of the alternating least squares update and explained why it parallelises well.", "e+", "ml_fundamentals")
n.s("Asked how he would score a brand-new product with no interactions, he said the factor would simply be zero and that this was 'fine, it'll pick up clicks eventually'.", "e-", "ml_fundamentals", "judgment")
n.s("I asked whether a zero vector would ever be shown to anyone.", "c", hard="question")
n.s("He conceded it would not, but did not propose an alternative until I suggested content features.", "e-", "learning")
n.s("His explanation was long and I twice had to bring him back to the question.", "e-", "communication")
n.s("Good theory, poor practical sense.", "v0", hard="mixed")
n.s("I lean towards no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n056", candidate_id="w2-c26", interviewer_id="w2-i02", req_id="w2-r2",
         round="coding", submitted_at="2025-06-10", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person"], topic="coding")
n.s("Noor was superb.", "v+")
n.s("She wrote a clean top-k with a min-heap, then unprompted added tests for k larger than the input and for ties.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Explained her choices out loud the whole way.", "e+", "communication")
n.s("Brilliant!", "v+")
n.s("One tiny thing: her variable names were a bit cryptic.", "e0", "coding")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n057", candidate_id="w2-c27", interviewer_id="w2-i03", req_id="w2-r1",
         round="behavioural", submitted_at="2025-06-24", recommendation="lean_no_hire", specificity=3,
         style=["prose", "terse", "first_person"], topic="behavioural")
n.s("Asked Ethan about a failed project.", "c", hard="question")
n.s("Said the failure was the PM's fault for changing scope.", "e-", "ownership")
n.s("Couldn't name anything he'd do differently.", "e-", "learning", hard="negated")
n.s("Talks well.", "v+", "communication")
n.s("Little substance.", "v-")
n.s("Blames others.", "v-", "ownership")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n058", candidate_id="w2-c28", interviewer_id="w2-i04", req_id="w2-r2",
         round="system_design", submitted_at="2025-07-15", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="recommenders")
n.s("Chiara has great systems knowledge.", "v+", "system_thinking", hard="tech_vague")
n.s("Strong communicator.", "v+", "communication")
n.s("Good all round.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n059", candidate_id="w2-c29", interviewer_id="w2-i05", req_id="w2-r1",
         round="data", submitted_at="2025-07-29", recommendation="hire", specificity=4,
         style=["bullets", "headings", "arrows", "fragments"], topic="position bias")
n.h("## Task")
n.b("estimate whether 'sponsored' badge changes clicks, given logs", "c")
n.h("## What Kai did")
n.b("asked if sponsored slots are always at fixed positions -> yes, 1 and 5", "e+", "data_intuition", hard="question")
n.b("so compared sponsored vs organic at the same position only", "e+", "data_intuition", "metrics")
n.b("found badge reduced CTR ~15% at pos 5, nothing at pos 1", "e+", "data_intuition")
n.b("flagged that customers may not notice the badge at pos 1 -> asked if that's misleading", "e+", "user_impact")
n.b("first version of query double-counted multi-click sessions, fixed it when the numbers didn't add up", "e0", "coding", hard="mixed")
n.h("## Comms")
n.b("summed up for me in one line: 'badge costs us clicks where people read it'", "e+", "communication")
n.h("Overall")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w2_notes_part5.jsonl", notes)
print(len(notes), "notes")
