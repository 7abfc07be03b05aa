import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w11-n071", candidate_id="w11-c41", interviewer_id="w11-i07", req_id="w11-r2",
         round="data", submitted_at="2025-11-11", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="fairness across postcodes",
         ratings={"user_impact": "hire", "metrics": "hire"})
n.s("Data round on a home pricing dataset with postcode-level rating factors.", "c")
n.s("Before fitting anything, Zainab grouped average premium by postcode district and overlaid the share of social housing from public data.", "e+", "user_impact")
n.s("She found three districts where premiums were 25% above neighbours with similar claims experience, and traced it to a crime-rate factor last updated in 2016.", "e+", "data_intuition")
n.s("She said she would not simply drop the factor, because theft risk is real, but would refresh it and compare the old and new premiums for those districts.", "e+", "judgment")
n.s("For the metric, she proposed the ratio of premium to expected loss by district rather than overall Gini, and explained why to me in a sentence.", "e+", "metrics")
n.s("She did not say who in the business would need to sign off a change that moved prices in specific areas.", "e-", "ownership", hard="negated")
n.s("When I asked about the regulator, she mentioned the FCA's fair value rules but was vague on what they require.", "e0", "user_impact", hard="mixed")
n.s("Her code was quick and readable; she wrote the grouping and plot in under ten minutes.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Thoughtful about the people behind the numbers.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n072", candidate_id="w11-c42", interviewer_id="w11-i01", req_id="w11-r1",
         round="behavioural", submitted_at="2025-11-18", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="ownership of review queue")
n.s("Behavioural interview with Mr O'Connell.", "c")
n.s("He described having taken over a neglected review queue whose backlog had reached eleven days, and having reduced it to two by reordering items by claim value.", "e+", "ownership")
n.s("He also stated that he had persuaded the product manager to fund a second labeller, though he could say little about how.", "e0", "communication", hard="mixed")
n.s("His account of an on-call incident was confused, and he could not say what the root cause had been.", "e-", "risk_awareness")
n.s("He gives the impression of a diligent and conscientious engineer.", "v+", "ownership")
n.s("He is perhaps less assured when discussing technical trade-offs.", "v-", "judgment", hard="hedged")
n.s("I found him agreeable company.", "v+", hard="biased")
n.s("He would, I think, grow into the role.", "v+", "learning", hard="hedged")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n073", candidate_id="w11-c43", interviewer_id="w11-i06", req_id="w11-r2",
         round="system_design", submitted_at="2025-11-25", recommendation="hire", specificity=3,
         style=["prose", "headings", "first_person", "third_person"], topic="pricing rollback design")
n.h("Context")
n.s("System design with Valentina: rolling back a bad pricing release across web, phone and aggregator channels.", "c")
n.h("What happened")
n.s("She noticed straight away that the aggregator channel caches prices for up to 24 hours, so a rollback would not take effect there immediately.", "e+", "system_thinking")
n.s("She proposed versioning every quote with the model ID so that affected quotes could be found afterwards.", "e+", "risk_awareness")
n.s("She asked how the phone team sees prices, and added a banner to their tool during rollbacks.", "e+", "user_impact", hard="question")
n.s("I thought she had a strong systems mind.", "v+", "system_thinking")
n.s("Her estimate of the rollback time was a guess with no reasoning behind it.", "e-", "system_thinking")
n.h("Concerns")
n.s("A bit quick to jump to solutions.", "v-", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n074", candidate_id="w11-c44", interviewer_id="w11-i03", req_id="w11-r2",
         round="system_design", submitted_at="2025-12-09", recommendation="lean_no_hire", specificity=1,
         style=["terse"], topic="system design")
n.s("Pricing sys design.", "c")
n.s("Meh.", "v0", hard="bare_verdict")
n.s("Knew the buzzwords, microservices, feature store etc.", "v0", "system_thinking", hard="tech_vague")
n.s("Not much judgement on trade-offs.", "v-", "judgment")
n.s("Weak on risk.", "v-", "risk_awareness")
n.s("Nice enough person.", "v+", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n075", candidate_id="w11-c45", interviewer_id="w11-i02", req_id="w11-r2",
         round="data", submitted_at="2026-01-13", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase", "quotes"], topic="postcode fairness")
n.b("data - postcode fairness in motor pricing", "c")
n.b("split premiums by IMD decile before I asked -> top decile paying ~18% more per unit expected loss", "e+", "user_impact")
n.b("checked whether it was exposure mix first (more young drivers?) -> partly, not all", "e+", "data_intuition")
n.b("proposed monitoring that ratio monthly w/ alert at +10%", "e+", "metrics")
n.b("said 'if we can't explain a gap to a journalist we shouldn't be charging it'", "e+", "user_impact")
n.b("didn't quantify what closing the gap would cost in margin", "e-", "judgment", hard="negated")
n.b("when I asked -> rough calc on the spot, ~£600k, reasonable", "e+", "learning")
n.b("asked how the new prices would land w/ existing customers at renewal -> suggested phasing over 2 renewals", "e+", "user_impact")
n.b("lots of opinions, some half-baked", "v0", hard="vague_quantity")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n076", candidate_id="w11-c46", interviewer_id="w11-i05", req_id="w11-r1",
         round="behavioural", submitted_at="2026-01-20", recommendation="lean_hire", specificity=3,
         style=["bullets", "quotes", "first_person"], topic="disagreement with PM")
n.b("Behavioural: disagreement with PMs.", "c")
n.b("Elif described a PM who wanted a 99% accuracy target on the claim-amount field; she said 'that number came from nowhere' and proposed costing errors instead.", "e+", "metrics")
n.b("Could not tell me what the final target was or whether it was met.", "e-", "ownership", hard="negated")
n.b("I challenged her on whether she had actually checked the PM's reasoning.", "c", hard="interviewer_action")
n.b("She conceded she had not and said 'fair, I'd ask first next time'.", "e+", "learning")
n.b("Described setting a review threshold by costing a wrong payment at £400 against a review at £3.", "e+", "judgment")
n.b("Seems collaborative.", "v+", "communication", hard="hedged")
n.b("Somewhat rehearsed answers.", "v-", "communication")
n.b("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n077", candidate_id="w11-c47", interviewer_id="w11-i04", req_id="w11-r2",
         round="data", submitted_at="2026-02-03", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="pricing data")
n.s("Kofi was an absolute pleasure!", "v+", hard="biased")
n.s("We looked at the motor claims extract together.", "c")
n.s("He has brilliant instincts for data quality.", "v+", "data_intuition", hard="tech_vague")
n.s("He spotted the duplicate policy rows, which was great.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Really impressive awareness of fairness issues in pricing.", "v+", "user_impact")
n.s("Genuinely cares about customers, you can tell.", "v+", "user_impact")
n.s("His metric choices were very sensible.", "v+", "metrics")
n.s("Hire, he'll be a fab addition.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n078", candidate_id="w11-c48", interviewer_id="w11-i07", req_id="w11-r1",
         round="coding", submitted_at="2026-02-17", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="field normalisation")
n.s("Coding round: normalise extracted UK phone numbers and postcodes.", "c")
n.s("Callum wrote a regex for postcodes that rejected valid ones like 'W1A 1AA'.", "e-", "coding")
n.s("He tested only the examples I gave him.", "e-", "coding", hard="plain_evidence")
n.s("When I showed him the failing postcode, he fixed the pattern quickly and added it as a test.", "e+", "learning")
n.s("He did not ask what should happen to a field that fails normalisation.", "e-", "judgment", hard="negated")
n.s("He chose to return None for invalid phone numbers rather than raise, and said the pipeline should not crash on one bad form.", "e+", "judgment")
n.s("He seemed rushed.", "v-")
n.s("I think with more time he'd be fine, but I can only go on what I saw.", "v0", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n079", candidate_id="w11-c49", interviewer_id="w11-i03", req_id="w11-r1",
         round="behavioural", submitted_at="2026-03-03", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="behavioural")
n.s("Behavioural with Joon-ho.", "c")
n.s("Good.", "v+", hard="bare_verdict")
n.s("Told a story about fixing a broken labelling pipeline on a weekend.", "e+", "ownership", hard="plain_evidence")
n.s("Clearly cares about quality.", "v+", "ownership")
n.s("Fine with disagreement.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n080", candidate_id="w11-c50", interviewer_id="w11-i06", req_id="w11-r2",
         round="debugging", submitted_at="2026-03-10", recommendation="lean_hire", specificity=1,
         style=["prose", "headings", "first_person"], topic="debugging")
n.h("Context")
n.s("Debugging round with Greta.", "c")
n.h("What happened")
n.s("It went reasonably well overall.", "v+")
n.s("She has a good eye for data issues.", "v+", "data_intuition")
n.s("Some wobbles under pressure.", "v-")
n.h("Concerns")
n.s("Not much, maybe depth.", "v-", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w11_notes_part7.jsonl", notes)
