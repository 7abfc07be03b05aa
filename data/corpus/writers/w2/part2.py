import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Sam Whitaker (w2-r1, they): defensive under pushback (i01, i03), no rollback (i05) ----
n = Note(note_id="w2-n013", candidate_id="w2-c04", interviewer_id="w2-i01", req_id="w2-r1",
         round="system_design", submitted_at="2025-06-17", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="feature stores",
         ratings={"system_thinking": "hire", "learning": "no_hire"})
n.s("I asked Sam to design the feature pipeline for a personalised ranking model on the home page.", "c", hard="interviewer_action")
n.blank()
n.s("Their opening was strong: they separated batch features (90-day category affinity) from streaming ones (items viewed in this session) and proposed a single feature store serving both, keyed by customer and product.", "e+", "system_thinking")
n.s("They identified training-serving skew as the main risk and suggested logging the served feature values rather than recomputing them for training.", "e+", "data_intuition", "risk_awareness")
n.s("I challenged the choice of a 90-day window for a retailer with strong seasonality, noting that a Christmas purchase would still dominate in March.", "c", hard="interviewer_action")
n.s("Sam replied that the window 'had worked fine at my last company' and that seasonality was 'a modelling problem, not a pipeline one'.", "e-", "learning", "judgment")
n.s("When I pressed a second time with a concrete example, they said I was overthinking it and moved on to the serving layer.", "e-", "learning", "communication")
n.s("Later, asked how stale the streaming features could be before it mattered, they gave a clear answer of about five minutes and tied it to median session length.", "e+", "system_thinking", "data_intuition")
n.blank()
n.s("Technically there is a good deal here, and the pipeline itself was well reasoned.", "v+", "system_thinking")
n.s("However, the response to challenge was dismissive on both occasions I raised it, and at senior level I would expect the candidate to engage with the point rather than defend the original choice.", "e-", "learning", hard="verdict_plus_evidence")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n014", candidate_id="w2-c04", interviewer_id="w2-i03", req_id="w2-r1",
         round="fundamentals", submitted_at="2025-06-17", recommendation="no_hire", specificity=4,
         style=["prose", "terse", "first_person"], topic="learning to rank")
n.s("Fundamentals, 45 min.", "c")
n.s("Asked Sam about overfitting in a GBDT ranker with 2,000 features.", "c", hard="question")
n.s("They said more trees always help with boosting.", "e-", "ml_fundamentals")
n.s("I asked about validation loss rising after tree 400.", "c", hard="interviewer_action")
n.s("They said that was 'noise in the validation set'.", "e-", "ml_fundamentals", "learning")
n.s("I showed a plot where the gap widens steadily.", "c", hard="interviewer_action")
n.s("Still held the position.", "e-", "learning", hard="plain_evidence")
n.s("Did know early stopping exists when asked directly.", "e0", "ml_fundamentals", hard="mixed")
n.s("Named learning rate and max depth as the knobs, fine.", "e+", "ml_fundamentals")
n.s("Defensive.", "v-", "learning")
n.s("Same pattern as other rounds, I expect.", "v-", hard="hedged")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n015", candidate_id="w2-c04", interviewer_id="w2-i05", req_id="w2-r1",
         round="data", submitted_at="2025-06-18", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "headings", "abbreviations"], topic="experimentation")
n.h("## Data / experimentation")
n.b("q: launch plan for new search ranker, 5% -> 100%", "c", hard="question")
n.b("good power calc: asked for baseline conversion, got ~2 wks for 1% MDE", "e+", "metrics")
n.b("no rollback plan - said 'if it's worse we just won't ramp'", "e-", "risk_awareness")
n.b("didn't mention guardrails (latency, zero-result rate) even when I asked what else could break", "e-", "risk_awareness", hard="negated")
n.b("picked conversion over CTR and said why", "e+", "metrics")
n.h("## Other")
n.b("a bit defensive when I pushed on rollback", "v-", "learning", hard="hedged")
n.b("tbh strong on stats, weak on ops", "v0", hard="mixed")
n.h("Overall")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n016", candidate_id="w2-c04", interviewer_id="w2-i04", req_id="w2-r1",
         round="behavioural", submitted_at="2025-06-18", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Seems capable.", "v+")
n.s("Confident, knows their stuff.", "v+", hard="biased")
n.s("Maybe a bit rigid.", "v-", "learning", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Wei Zhang (w2-r1, he): coding contradiction (i05 strong, i06 weak) ----
n = Note(note_id="w2-n017", candidate_id="w2-c05", interviewer_id="w2-i05", req_id="w2-r1",
         round="coding", submitted_at="2025-07-08", recommendation="hire", specificity=4,
         style=["bullets", "headings", "fragments"], topic="recommenders",
         ratings={"coding": "strong_hire"})
n.h("## Coding")
n.b("top-k co-purchase counts from order lines, streaming input", "c")
n.b("asked whether input fits in memory before writing anything", "e+", "coding", "system_thinking", hard="question")
n.b("wrote a dict of Counters, then swapped to a bounded heap per item when I said 50M orders", "e+", "coding", "learning")
n.b("tested: empty basket, basket of one, duplicate items in a basket", "e+", "coding", hard="plain_evidence")
n.b("caught his own bug (counting a,b and b,a separately) on the dry run", "e+", "coding")
n.b("complexity analysis correct", "e+", "coding")
n.h("## Comms")
n.b("quiet, had to ask him to narrate", "e-", "communication")
n.h("Overall")
n.b("best code I've seen on this loop", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n018", candidate_id="w2-c05", interviewer_id="w2-i06", req_id="w2-r1",
         round="debugging", submitted_at="2025-07-08", recommendation="lean_no_hire", specificity=4,
         style=["qa", "first_person"], topic="feature stores",
         ratings={"coding": "lean_no_hire"})
n.s("Debugging round: a ranking feature job that produces NaNs for 4% of products.", "c")
n.nl()
n.s("Q: Where would you start?", "c", hard="question")
n.nl()
n.s("A: Read the stack trace, then went straight to the model code rather than the feature job.", "e-", "coding")
n.nl()
n.s("Q: The model is fine - what about the join?", "c", hard="question")
n.nl()
n.s("A: Found the left join on product_id but did not check the key types; spent ten minutes there.", "e-", "coding", "data_intuition")
n.s("After I suggested printing dtypes, he saw the string vs. int mismatch at once.", "e0", "coding", "learning", hard="mixed")
n.nl()
n.s("Q: Fix and prevent?", "c", hard="question")
n.nl()
n.s("A: Cast the key, but wrote no test and didn't suggest a schema check on the job.", "e-", "coding", "risk_awareness", hard="negated")
n.nl()
n.s("Q: Who should know about this?", "c", hard="question")
n.nl()
n.s("A: Said he would message the catalogue team that owns product_id, which was a good instinct.", "e+", "ownership", "communication", hard="verdict_plus_evidence")
n.blank()
n.s("Slow to get going, needed steering.", "v-", "coding")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n019", candidate_id="w2-c05", interviewer_id="w2-i07", req_id="w2-r1",
         round="system_design", submitted_at="2025-07-09", recommendation="lean_hire", specificity=5,
         style=["prose", "third_person", "quotes", "british"], topic="recommenders")
n.s("System design, 60 minutes: 'complete the look' recommendations for fashion.", "c")
n.blank()
n.s("Wei began by asking what 'complete the look' meant commercially - more items per basket, or fewer returns.", "e+", "metrics", hard="question")
n.s("He proposed mining co-purchase pairs but noted that fashion co-purchases are dominated by size swaps, saying 'people buy the same dress in two sizes and send one back'.", "e+", "data_intuition")
n.s("He therefore filtered pairs to different categories and excluded orders with a return.", "e+", "data_intuition")
n.s("His serving design precomputed outfits nightly and cached them by product, which he sized at about 400k entries.", "e+", "system_thinking")
n.s("He did not consider what happens when a precomputed outfit contains an item that has sold out.", "e-", "risk_awareness", hard="negated")
n.s("When the interviewer raised it, he added an availability check at request time and accepted the latency cost.", "e+", "learning")
n.s("Asked about new-season items with no co-purchases, he said 'I'd use a stylist-curated seed set', which is practical but was not developed.", "e0", "judgment", hard="mixed")
n.s("He spoke little unless prompted and twice answered a different question from the one asked.", "e-", "communication")
n.s("Asked whether outfit recommendations should differ by the shopper's inferred gender, he said he would avoid inferring it and use the department the shopper browsed instead.", "e+", "user_impact")
n.blank()
n.s("Good data instincts; communication needs work.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n020", candidate_id="w2-c05", interviewer_id="w2-i02", req_id="w2-r1",
         round="behavioural", submitted_at="2025-07-09", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="behavioural")
n.s("Lovely conversation with Wei.", "v+")
n.s("I asked him about a time he had to push back on a decision.", "c", hard="question")
n.s("He told me about refusing to launch a recommender that had been trained on a week of data affected by a site outage, and rerunning the training on clean dates.", "e+", "data_intuition", "ownership")
n.s("Superb judgement there!", "v+", "judgment")
n.s("He was a touch quiet, but very thoughtful.", "v0", "communication", hard="mixed")
n.s("I asked how he keeps learning and he said he reproduces one paper a month, most recently a position-bias paper.", "e+", "learning")
n.s("Clearly passionate about recommenders.", "v+")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Fatima Al-Sayed (w2-r2, she): strong ownership ----
n = Note(note_id="w2-n021", candidate_id="w2-c06", interviewer_id="w2-i02", req_id="w2-r2",
         round="system_design", submitted_at="2025-08-12", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="feature stores")
n.s("Brilliant session.", "v+")
n.s("I asked Fatima to design the serving path for our recommender platform.", "c", hard="interviewer_action")
n.s("She sketched a feature store with an online Redis tier and an offline Parquet tier and explained how point-in-time joins keep training honest.", "e+", "system_thinking", "data_intuition")
n.s("She also asked how many teams would be calling the service and whether they'd need separate quotas.", "e+", "system_thinking", hard="question")
n.s("Superb on scale.", "v+", "system_thinking")
n.s("Her answer on failure modes was a bit brief, she mentioned a fallback to popularity but didn't go further.", "e0", "risk_awareness", hard="mixed")
n.s("Really lovely person, would fit in brilliantly here.", "v+", hard="biased")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n022", candidate_id="w2-c06", interviewer_id="w2-i03", req_id="w2-r2",
         round="coding", submitted_at="2025-08-12", recommendation="hire", specificity=4,
         style=["prose", "terse", "first_person"], topic="feature stores")
n.s("Coding.", "c")
n.s("Implement a point-in-time feature lookup: for each training event, latest feature value before its timestamp.", "c")
n.s("She asked if timestamps could tie.", "e+", "coding", "data_intuition", hard="question")
n.s("Sorted both sides and wrote a two-pointer merge.", "e+", "coding", hard="plain_evidence")
n.s("Off-by-one on ties: took the value at equal time, which leaks.", "e-", "coding", "data_intuition")
n.s("Found it herself on the third test case.", "e+", "coding")
n.s("Explained the leak in one sentence: a feature logged at the same second as the purchase may have been written by it.", "e+", "communication", "data_intuition")
n.s("Tests covered empty features and events before any feature.", "e+", "coding")
n.s("Complexity stated correctly.", "e+", "coding")
n.s("Clean.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n023", candidate_id="w2-c06", interviewer_id="w2-i07", req_id="w2-r2",
         round="behavioural", submitted_at="2025-08-13", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "quotes", "british"], topic="ownership",
         ratings={"ownership": "strong_hire", "communication": "hire"})
n.s("Behavioural round focused on ownership and cross-team work.", "c")
n.blank()
n.s("Asked about a time she took on work nobody owned, Fatima described a shared embedding table that four teams read from and nobody maintained.", "e0", "ownership")
n.s("She said 'it kept going stale every bank holiday and everyone assumed someone else would fix it'.", "e0", "ownership")
n.s("She wrote a one-page proposal, got sign-off from the four team leads, and took on the refresh job and its on-call herself.", "e+", "ownership")
n.s("She added a freshness check that paged if the table was more than 26 hours old and described the first time it fired.", "e+", "risk_awareness", "ownership")
n.s("Asked what she would have done if the leads had refused, she said she would have documented the risk and the cost and escalated to her manager rather than fixing it quietly.", "e+", "judgment", "communication")
n.s("She was candid that the migration overran by three weeks because she underestimated the number of downstream readers.", "e0", "ownership", hard="mixed")
n.s("She described how she now inventories consumers before any schema change.", "e+", "learning")
n.s("Her answers were structured and she kept to time without prompting.", "e+", "communication")
n.blank()
n.s("Exactly the ownership the platform role needs.", "v+", "ownership")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n024", candidate_id="w2-c06", interviewer_id="w2-i04", req_id="w2-r2",
         round="data", submitted_at="2025-08-13", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="catalogue data quality")
n.s("Data round.", "c")
n.s("Good all round, solid on data quality.", "v+", "data_intuition")
n.s("She spotted the duplicate SKUs in the sample.", "e+", "data_intuition")
n.s("Knows feature stores well.", "v+", "system_thinking", hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w2_notes_part2.jsonl", notes)
print(len(notes), "notes")
