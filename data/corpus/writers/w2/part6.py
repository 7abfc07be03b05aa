import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w2-n060", candidate_id="w2-c30", interviewer_id="w2-i06", req_id="w2-r2",
         round="system_design", submitted_at="2025-08-26", recommendation="lean_hire", specificity=4,
         style=["qa", "first_person", "british"], topic="personalisation")
n.s("Q: Design personalised sorting for the sale pages.", "c", hard="question")
n.nl()
n.s("A: Zainab proposed re-ranking the sale grid by predicted purchase probability, computed from the customer's last 20 views.", "e+", "system_thinking")
n.nl()
n.s("Q: Some customers have browsing histories full of plus-size clothing.", "c")
n.s("Anything to watch?", "c", hard="question")
n.nl()
n.s("A: She said the model would just learn it and that's what personalisation is for.", "e-", "user_impact")
n.s("After I asked whether a customer might not want that inferred on a shared screen, she suggested keeping size out of ranking and using the size filter the customer sets instead.", "e+", "learning", "user_impact")
n.nl()
n.s("Q: What if the personalisation service is down?", "c", hard="question")
n.nl()
n.s("A: Fall back to discount-depth sorting, served from cache, with a timeout of 30ms.", "e+", "risk_awareness", "system_thinking")
n.nl()
n.s("Q: How do you prove it works?", "c", hard="question")
n.nl()
n.s("A: A/B test on revenue per visitor to sale pages, two full weeks to cover payday.", "e+", "metrics", "judgment")
n.blank()
n.s("Good engineer, needed a push on the user side.", "v0", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n061", candidate_id="w2-c31", interviewer_id="w2-i07", req_id="w2-r1",
         round="fundamentals", submitted_at="2025-09-09", recommendation="hire", specificity=5,
         style=["prose", "third_person", "quotes", "british"], topic="learning to rank",
         ratings={"ml_fundamentals": "hire", "learning": "hire"})
n.s("Fundamentals round on ranking losses and calibration.", "c")
n.s("Oliver was asked why a ranker with excellent NDCG might still be a poor input to a pricing model.", "c", hard="question")
n.s("He answered that ranking losses only care about order, so the scores can be badly calibrated, and sketched a reliability diagram to show what he meant.", "e+", "ml_fundamentals")
n.s("He suggested isotonic regression on a held-out set and noted 'you need enough positives in each bin or the curve is noise'.", "e+", "ml_fundamentals", "data_intuition")
n.s("Asked about regularisation in GBDT rankers, he initially said that a lower learning rate 'reduces the number of trees needed'.", "e-", "ml_fundamentals")
n.s("When the interviewer queried this he paused, said 'no, other way round', and explained the trade-off correctly.", "e+", "learning", "ml_fundamentals")
n.s("He asked what share of our queries are head versus tail before discussing how to weight the evaluation.", "e+", "metrics", hard="question")
n.s("He then argued that tail queries should get more weight than their traffic share, because 'that's where customers give up and leave'.", "e+", "user_impact", "metrics")
n.s("He did not say how he would check whether the calibrated scores drifted after launch.", "e-", "risk_awareness", hard="negated")
n.s("His explanations were unhurried and well structured.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n062", candidate_id="w2-c32", interviewer_id="w2-i01", req_id="w2-r2",
         round="debugging", submitted_at="2025-09-23", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="feature stores")
n.s("I presented Leila with a recommender whose online click-through had fallen by a fifth over a fortnight while its offline metrics were unchanged.", "c", hard="interviewer_action")
n.s("She asked first whether the offline evaluation used the features as logged at serving time or recomputed them, and when I said recomputed she identified that as the likely blind spot.", "e+", "data_intuition", "metrics")
n.s("She then compared the distributions of the served and recomputed values for the top ten features and found that one session feature was always zero online.", "e+", "data_intuition", "coding")
n.s("Tracing it back, she found a timezone change in the event collector and explained how it had pushed every event outside the 30-minute window.", "e+", "data_intuition")
n.s("She said she would tell the collector team that day and offered to write the regression test for their repository herself.", "e+", "ownership")
n.s("She did not ask how many customers had been affected or for how long.", "e-", "user_impact", hard="negated")
n.s("She was less convincing on prevention, offering only 'better testing' until I asked specifically about monitoring.", "e-", "risk_awareness")
n.s("Her final proposal, a daily comparison of served against recomputed feature distributions with an alert on divergence, was sound.", "e+", "risk_awareness")
n.s("She kept a running list of hypotheses on the whiteboard and crossed each out as she tested it, which made her reasoning easy to follow.", "e+", "communication")
n.s("I am content to recommend an offer.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n063", candidate_id="w2-c33", interviewer_id="w2-i02", req_id="w2-r1",
         round="behavioural", submitted_at="2025-10-07", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="behavioural")
n.s("Samuel is brilliant.", "v+")
n.s("He told me about owning search relevance for a marketplace with 10 million listings.", "e0", "ownership")
n.s("Superb leadership qualities.", "v+", "ownership")
n.s("Knows everything there is to know about search.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Calm, mature, a real grown-up.", "v+", hard="biased")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n064", candidate_id="w2-c34", interviewer_id="w2-i03", req_id="w2-r2",
         round="system_design", submitted_at="2025-10-21", recommendation="hire", specificity=4,
         style=["prose", "terse", "first_person"], topic="recommenders")
n.s("Design: real-time 'recently viewed' and 'similar items' service.", "c")
n.s("Elena asked for QPS and p99 target first.", "e+", "system_thinking", hard="question")
n.s("Kept recently viewed in a capped list per session, 50 items.", "e+", "system_thinking", hard="plain_evidence")
n.s("Precomputed similar items nightly, served from cache.", "e+", "system_thinking")
n.s("Named cache stampede after deploys as a risk and proposed jittered TTLs.", "e+", "risk_awareness")
n.s("Didn't think about GDPR deletion of view history.", "e-", "user_impact", hard="negated")
n.s("Added it when I asked, with a sensible delete path.", "e+", "learning", "user_impact")
n.s("Asked what happens if the cache holds a deleted user's history: she said purge on delete, with a nightly sweep as backstop.", "e+", "risk_awareness", "user_impact")
n.s("Better than most.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n065", candidate_id="w2-c35", interviewer_id="w2-i04", req_id="w2-r1",
         round="data", submitted_at="2025-11-11", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="data")
n.s("Not sure about Harvey.", "v-")
n.s("Data skills seemed a bit weak.", "v-", "data_intuition", hard="hedged")
n.s("Didn't really click with him.", "v-", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n066", candidate_id="w2-c36", interviewer_id="w2-i05", req_id="w2-r2",
         round="coding", submitted_at="2025-11-25", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "abbreviations", "typos"], topic="coding")
n.h("## Coding")
n.b("task: sessionise clickstream, 30 min inactivity gap", "c")
n.b("Rosa wrote nested loops over all events per user, O(n^2), didnt sort first", "e-", "coding")
n.b("when I asked about 100M events -> said 'we'd just use a bigger machine'", "e-", "system_thinking", "learning")
n.b("no handling of events with null timestamps, which were in the sample I gave", "e-", "coding", "data_intuition", hard="negated")
n.b("ran out of time w/o a working version", "e-", "coding")
n.h("## Comms")
n.b("explained what she was trying to do clearly enough", "v0", "communication")
n.h("Overall")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n067", candidate_id="w2-c37", interviewer_id="w2-i06", req_id="w2-r1",
         round="behavioural", submitted_at="2025-12-09", recommendation="hire", specificity=4,
         style=["qa", "first_person", "quotes"], topic="user impact")
n.s("Q: Tell me about a ranking change you argued against.", "c", hard="question")
n.nl()
n.s("A: Finn described a proposal to boost products with higher margin in search, and said he ran an analysis showing it mostly demoted products from small independent sellers.", "e+", "user_impact", "data_intuition")
n.nl()
n.s("Q: What happened?", "c", hard="question")
n.nl()
n.s("A: He took the analysis to the head of marketplace himself and the boost was capped at two slots per page.", "e+", "ownership", "communication")
n.nl()
n.s("Q: Were you right?", "c", hard="question")
n.nl()
n.s("A: 'Partly - the cap still cost the independents some traffic, and I never followed up to measure how much.'", "e0", "ownership", hard="mixed")
n.nl()
n.s("Q: How would you measure it now?", "c", hard="question")
n.nl()
n.s("A: Share of impressions and of sales for independent sellers before and after, split by category.", "e+", "metrics", "user_impact")
n.blank()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n068", candidate_id="w2-c38", interviewer_id="w2-i07", req_id="w2-r2",
         round="debugging", submitted_at="2025-12-16", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "quotes"], topic="experimentation")
n.s("Debugging exercise: an A/B test showing a sample ratio mismatch of 52/48.", "c")
n.s("Jess recognised the mismatch as a problem straight away and said 'I wouldn't read any metric until this is explained'.", "e+", "metrics", "judgment")
n.s("They guessed at bot traffic but did not check it against the logs provided.", "e-", "data_intuition")
n.s("They eventually found that one arm's page took longer to load, so some users bounced before being logged.", "e+", "data_intuition", "system_thinking")
n.s("The path there was meandering.", "v-", "communication")
n.s("They spent about ten minutes reading logs in silence before saying what they were looking for.", "e-", "communication", hard="plain_evidence")
n.s("When the interviewer asked them to summarise for a product manager, they gave a two-sentence explanation with no jargon.", "e+", "communication")
n.s("Sound instincts overall.", "v+", "judgment")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n069", candidate_id="w2-c39", interviewer_id="w2-i01", req_id="w2-r1",
         round="system_design", submitted_at="2026-01-20", recommendation="no_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="learning to rank",
         ratings={"system_thinking": "lean_no_hire", "user_impact": "no_hire", "metrics": "no_hire"})
n.s("I asked Amara to design search ranking for our marketplace, in which third-party sellers make up roughly half the catalogue.", "c", hard="interviewer_action")
n.blank()
n.s("She proposed a single learned ranker over text match, price, rating and seller sales volume.", "e0", "system_thinking")
n.s("I asked whether using sales volume might entrench the largest sellers.", "c", hard="question")
n.s("She replied that 'the best sellers deserve to win' and did not consider that new sellers could never accumulate sales if they were never shown.", "e-", "user_impact", "judgment")
n.s("Asked how she would evaluate the ranker, she proposed NDCG on clicks and said that if it improved she would roll it out to everyone at once.", "e-", "metrics", "risk_awareness")
n.s("She did not mention position bias, even when I pointed out that the click labels came from the current ranking.", "e-", "data_intuition", "learning", hard="negated")
n.s("Her estimate of serving latency was reasonable, and she correctly identified text retrieval as the most expensive step.", "e+", "system_thinking")
n.s("When I asked how a seller would appeal a sudden drop in visibility, she said that was a customer services matter.", "e-", "user_impact", "ownership")
n.blank()
n.s("She was courteous and explained herself clearly, but the design showed little awareness of how ranking shapes the marketplace it measures.", "v-", "user_impact")
n.s("I do not recommend an offer.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w2_notes_part6.jsonl", notes)
print(len(notes), "notes")
