import sys; sys.path.insert(0, "tools"); sys.path.insert(0, "data/corpus/writers/w6")
from corpus_writer import Note
from w6save import save

notes = []

n = Note(note_id="w6-n055", candidate_id="w6-c25", interviewer_id="w6-i01", req_id="w6-r1",
         round="system_design", submitted_at="2024-01-23", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person", "american"], topic="ads ranking")
n.s("Yusuf crushed it.", "v+", hard="bare_verdict")
n.s("Super strong system designer, thinks at scale naturally.", "v+", "system_thinking", hard="tech_vague")
n.s("Really impressive depth on ranking architectures.", "v+", "system_thinking", hard="tech_vague")
n.s("Clearly a senior engineer, probably could be staff.", "v+", hard="hedged")
n.s("Communicates like a leader.", "v+", "communication")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n056", candidate_id="w6-c26", interviewer_id="w6-i01", req_id="w6-r2",
         round="coding", submitted_at="2025-07-01", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="data pipelines")
n.s("Grace did well on the coding exercise.", "v+", "coding")
n.s("The task was a parser for our ad event logs that skips malformed lines.", "c")
n.s("She wrote it quickly and it ran.", "e+", "coding", hard="plain_evidence")
n.s("Code was clean and idiomatic, she's clearly a strong Python programmer.", "v+", "coding")
n.s("Good instincts around data quality.", "v+", "data_intuition")
n.s("Quiet, but I think that's just nerves.", "v0", "communication", hard="hedged")
n.s("Hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n057", candidate_id="w6-c27", interviewer_id="w6-i02", req_id="w6-r1",
         round="fundamentals", submitted_at="2024-08-06", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse", "american"], topic="ml fundamentals")
n.b("Fundamentals, 45 min.", "c")
n.b("Memorized definitions, little understanding.", "v-", "ml_fundamentals")
n.b("Could not say why L1 gives sparse weights.", "e-", "ml_fundamentals", hard="negated")
n.b("Generic answers on evaluation.", "v-", "metrics")
n.b("Not enough depth for ranking.", "v-", "ml_fundamentals")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n058", candidate_id="w6-c28", interviewer_id="w6-i02", req_id="w6-r2",
         round="data", submitted_at="2025-02-25", recommendation="no_hire", specificity=3,
         style=["bullets", "first_person", "british"], topic="backfills",
         ratings={"data_intuition": "no_hire", "risk_awareness": "no_hire"})
n.h("Data: planning a 90-day backfill of a corrected conversion feature")
n.b("Svetlana proposed running the whole 90 days in one job overnight.", "e-", "system_thinking", "risk_awareness")
n.b("No estimate of cluster load or how it would affect the hourly jobs.", "e-", "system_thinking", hard="negated")
n.b("Wanted to overwrite production partitions in place; I asked about validation and she said she would \"spot check a few days\".", "e-", "risk_awareness")
n.b("Did ask which models consume the feature, good.", "e+", "ownership", hard="verdict_plus_evidence")
n.b("Underestimates the blast radius of platform changes.", "v-", "risk_awareness")
n.b("Poor judgement for on-call.", "v-", "judgment")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n059", candidate_id="w6-c29", interviewer_id="w6-i03", req_id="w6-r1",
         round="data", submitted_at="2025-01-09", recommendation="strong_hire", specificity=1,
         style=["prose", "third_person"], topic="conversion prediction")
n.s("Wei is excellent.", "v+", hard="bare_verdict")
n.s("Deep understanding of conversion modelling and data pipelines, knows delayed feedback and attribution cold.", "v+", "data_intuition", hard="tech_vague")
n.s("Very smart.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n060", candidate_id="w6-c30", interviewer_id="w6-i03", req_id="w6-r2",
         round="system_design", submitted_at="2025-12-02", recommendation="no_hire", specificity=1,
         style=["prose", "first_person"], topic="monitoring")
n.s("Deborah struggled.", "v-", hard="bare_verdict")
n.s("Didn't really seem to get monitoring at scale.", "v-", "risk_awareness", hard="tech_vague")
n.s("Not a strong communicator.", "v-", "communication")
n.s("Older candidate, might find our pace hard.", "v-", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n061", candidate_id="w6-c31", interviewer_id="w6-i04", req_id="w6-r1",
         round="system_design", submitted_at="2024-12-17", recommendation="lean_no_hire", specificity=2,
         style=["headings", "prose", "first_person", "british"], topic="auction")
n.h("Question")
n.s("Design budget pacing for advertisers with daily budgets.", "c")
n.h("Summary")
n.s("Emeka knew the vocabulary but the design stayed at the level of boxes.", "v-", "system_thinking")
n.s("He mentioned throttling as an option.", "e0", "system_thinking")
n.s("Did not come back to it or say how the throttle rate is set.", "e-", "system_thinking", hard="negated")
n.s("Not much sense of what could go wrong.", "v-", "risk_awareness")
n.s("Friendly and easy to talk with.", "v+", "communication")
n.h("Recommendation")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n062", candidate_id="w6-c32", interviewer_id="w6-i04", req_id="w6-r2",
         round="data", submitted_at="2025-05-20", recommendation="hire", specificity=3,
         style=["headings", "prose", "first_person", "british"], topic="privacy",
         ratings={"user_impact": "hire", "data_intuition": "lean_hire"})
n.h("Task")
n.s("Review a proposed event schema for a new ads conversion pixel.", "c")
n.h("Notes")
n.s("Lucía flagged that the schema captured full page URLs and pointed out that checkout URLs can contain email addresses in query strings.", "e+", "user_impact", "data_intuition")
n.s("She proposed stripping query strings at collection rather than downstream, so the raw data never holds them.", "e+", "user_impact", "judgment")
n.s("She did not notice that the user agent plus IP was being stored unhashed.", "e-", "user_impact", hard="negated")
n.s("She asked who would consume the data before commenting on retention.", "e+", "data_intuition", hard="question")
n.s("Strong privacy awareness overall.", "v+", "user_impact")
n.s("Less confident on the volume side; her storage estimates were guesses.", "e-", "system_thinking", hard="hedged")
n.h("Recommendation")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n063", candidate_id="w6-c33", interviewer_id="w6-i05", req_id="w6-r1",
         round="coding", submitted_at="2024-09-24", recommendation="no_hire", specificity=1,
         style=["terse", "abbreviations", "lowercase", "fragments"], topic="coding")
n.b("coding", "c")
n.b("v weak", "v-", "coding")
n.b("lost on basics", "v-", "coding")
n.b("not ready", "v-")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n064", candidate_id="w6-c34", interviewer_id="w6-i05", req_id="w6-r2",
         round="debugging", submitted_at="2025-10-28", recommendation="hire", specificity=2,
         style=["terse", "abbreviations", "arrows", "fragments"], topic="feature drift")
n.b("dbg: CTR model calib off after feature store migration", "c")
n.b("good debugging instincts", "v+", "data_intuition")
n.b("compared feature means old vs new store -> found 1 feature w/ default 0 instead of null", "e+", "data_intuition")
n.b("v methodical", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n065", candidate_id="w6-c35", interviewer_id="w6-i06", req_id="w6-r1",
         round="behavioural", submitted_at="2026-02-10", recommendation="lean_hire", specificity=2,
         style=["qa", "quotes", "first_person"], topic="collaboration")
n.s("Q: tell me about a time you disagreed with a teammate.", "c", hard="question")
n.nl()
n.s("A: Ren talked about a disagreement over a feature rollout, kept it high level.", "e0", "communication", hard="mixed")
n.s("\"We aligned eventually\" was about as specific as it got.", "e-", "communication")
n.nl()
n.s("Q: something you owned end to end?", "c", hard="question")
n.nl()
n.s("A: a retraining pipeline, they said they \"drove it\".", "e0", "ownership")
n.nl()
n.s("Seems collaborative and low ego.", "v+", "communication")
n.s("Probably a good owner but I couldn't get specifics.", "v0", "ownership", hard="hedged")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n066", candidate_id="w6-c36", interviewer_id="w6-i07", req_id="w6-r2",
         round="coding", submitted_at="2024-06-04", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="monitoring",
         ratings={"coding": "lean_hire"})
n.s("Marta was asked to write an alert deduplicator: given a stream of alerts with a key and a timestamp, suppress repeats of the same key within 15 minutes.", "c", hard="interviewer_action")
n.s("She chose a dictionary of last-seen timestamps, which is the right structure.", "e+", "coding")
n.s("Her solution handled out-of-order timestamps only after the interviewer mentioned they could occur.", "e0", "coding", "learning")
n.s("She did not consider that the dictionary grows without limit and needs eviction.", "e-", "coding", "system_thinking", hard="negated")
n.s("The interviewer found her code readable and well named.", "v+", "coding")
n.s("She seemed to have a good feel for on-call pain and why noisy alerts matter.", "v+", "risk_awareness")
n.s("Her testing was light.", "v-", "coding")
n.s("She appeared nervous at the start, but settled after ten minutes or so.", "v0", "communication", hard="hedged")
n.s("Overall the coding was competent but not remarkable.", "v0", "coding")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w6-n067", candidate_id="w6-c37", interviewer_id="w6-i07", req_id="w6-r1",
         round="system_design", submitted_at="2025-09-30", recommendation="hire", specificity=5,
         style=["prose", "third_person", "american"], topic="cost of serving",
         ratings={"system_thinking": "strong_hire", "metrics": "hire", "risk_awareness": "hire", "user_impact": "lean_hire"})
n.s("Kofi was asked to redesign CTR serving for sponsored product ads so that it could handle a 3x traffic increase during a holiday sale without tripling cost.", "c", hard="interviewer_action")
n.s("He began by asking for current numbers and was told 40k QPS at peak, 800 candidates scored per request and a p99 budget of 100ms.", "e+", "system_thinking", hard="question")
n.s("From that he computed 32M model evaluations per second at peak and said the heavy ranker was the only place the cost could come from.", "e+", "system_thinking")
n.s("He proposed caching the ranker's scores for query-ad pairs that repeat within five minutes, and estimated a hit rate by asking how concentrated holiday queries were.", "e+", "system_thinking", "data_intuition")
n.s("The interviewer said roughly 30% of holiday traffic came from the top 1,000 queries.", "c")
n.s("Kofi then limited the cache to those queries and said it would cut heavy ranker load by about a quarter, not the half he had hoped for.", "e+", "system_thinking", "judgment")
n.s("He added a load-shedding mode that falls back to the pre-ranker's scores when p99 latency exceeds 90ms, and explained that this trades some revenue for availability.", "e+", "risk_awareness", "judgment")
n.s("The interviewer asked how they would know the fallback was not losing too much money.", "c", hard="question")
n.s("He proposed logging which requests were served in fallback mode and comparing revenue per request for those against normal requests at similar times.", "e+", "metrics")
n.s("He also pointed out that the comparison was biased because fallback happens at peak, when revenue per request is already different, and suggested a small randomized fallback slice to measure it fairly.", "e+", "metrics", "ml_fundamentals")
n.s("Cached scores would be stale for ads whose budgets run out, and he caught this himself and added a budget check after the cache.", "e+", "risk_awareness")
n.s("He did not discuss the effect of fallback scoring on advertisers with small budgets until asked, and then said he would track delivery by advertiser size.", "e0", "user_impact", hard="mixed")
n.s("His explanations were brief and he checked with the interviewer before moving on at each stage.", "e+", "communication")
n.s("He ran out of time before discussing how to roll the cache out safely.", "e0", "risk_awareness")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save("data/corpus/raw/w6_notes_part5.jsonl", notes)
