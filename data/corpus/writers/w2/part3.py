import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Callum Reid (w2-r2, he): passive ownership seen by i01 and i07 ----
n = Note(note_id="w2-n025", candidate_id="w2-c07", interviewer_id="w2-i01", req_id="w2-r2",
         round="behavioural", submitted_at="2025-09-02", recommendation="lean_no_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="ownership",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.s("I asked Callum to walk me through the most significant production incident he had been involved in.", "c", hard="question")
n.blank()
n.s("He described an outage of the recommendations carousel at his current employer, in which a nightly embedding job silently produced an empty index and the carousel showed nothing for most of a Saturday.", "e0", "ownership")
n.s("When I asked what his role had been, he said he had noticed the empty carousel on the Saturday morning but 'assumed the data platform team would already be on it' and did not raise it.", "e-", "ownership")
n.s("I asked whether anything had changed afterwards.", "c", hard="question")
n.s("He said an alert had been added, but he did not know by whom or what it checked.", "e-", "ownership", "risk_awareness")
n.s("In fairness, when I asked what he would check in that index today, he listed row count, the proportion of zero vectors and the age of the newest item, which is a sensible set.", "e+", "risk_awareness")
n.s("I asked whether customers had been affected.", "c", hard="question")
n.s("He said he did not know and had not thought to find out.", "e-", "user_impact", "ownership", hard="negated")
n.blank()
n.s("I then asked about a piece of work he had driven from start to finish.", "c", hard="question")
n.s("His example was a migration of training jobs to a new scheduler, but on questioning it emerged that the plan and the rollout had been led by his tech lead and his part was converting the job definitions.", "e-", "ownership")
n.s("He explained the scheduler's retry semantics clearly and with a useful diagram.", "e+", "communication", "system_thinking")
n.blank()
n.s("Pleasant, articulate and technically competent, but across both examples he positioned himself as someone to whom things happen rather than someone who moves them.", "v-", "ownership")
n.s("For a platform role I am inclined against.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n026", candidate_id="w2-c07", interviewer_id="w2-i06", req_id="w2-r2",
         round="coding", submitted_at="2025-09-02", recommendation="hire", specificity=4,
         style=["qa", "first_person", "abbreviations"], topic="recommenders")
n.s("Q: Implement an LRU cache for per-user recommendation lists, capacity n.", "c", hard="question")
n.nl()
n.s("A: Used OrderedDict, move_to_end on get, popitem(last=False) on overflow.", "e+", "coding", hard="plain_evidence")
n.s("Done in ~12 min, ran his own examples.", "e+", "coding")
n.nl()
n.s("Q: Can you do it without OrderedDict?", "c", hard="question")
n.nl()
n.s("A: Wrote a doubly linked list + dict, got pointer updates right first time.", "e+", "coding")
n.nl()
n.s("Q: Thread safety?", "c", hard="question")
n.nl()
n.s("A: Said a single lock around get/put is fine at our QPS and that he'd measure before anything cleverer.", "e+", "judgment", "system_thinking")
n.nl()
n.s("Q: What if a user's list is stale?", "c", hard="question")
n.nl()
n.s("A: Proposed a TTL per entry and explained eviction order w/ TTL mixed in.", "e+", "coding", "system_thinking")
n.blank()
n.s("Solid coder, no concerns on this round.", "v+", "coding")
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n027", candidate_id="w2-c07", interviewer_id="w2-i07", req_id="w2-r2",
         round="system_design", submitted_at="2025-09-03", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person", "quotes"], topic="feature stores")
n.s("The candidate was asked to design a shared feature store for three recommendation teams.", "c", hard="interviewer_action")
n.s("Callum laid out the online and offline stores and a registry of feature definitions.", "e+", "system_thinking")
n.s("He proposed that each team own its own features and said 'if a feature breaks, that's on the team that wrote it'.", "e0", "ownership")
n.s("Asked who would own the platform itself when a shared component failed, he said 'probably an SRE team' and did not volunteer his own role.", "e-", "ownership")
n.s("He did not include any freshness or completeness checks in the first pass.", "e-", "risk_awareness", hard="negated")
n.s("After a prompt he added row-count alerts, but not value-distribution checks.", "e0", "risk_awareness", "learning", hard="mixed")
n.s("His estimate of 20k reads per second at peak, from 1.5M daily sessions and 10 feature reads per page, was reasoned aloud and plausible.", "e+", "system_thinking")
n.s("Technically fine, but the same hands-off attitude to ownership that came up elsewhere.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n028", candidate_id="w2-c07", interviewer_id="w2-i02", req_id="w2-r2",
         round="fundamentals", submitted_at="2025-09-03", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="recommenders")
n.s("Callum was brilliant on fundamentals.", "v+", "ml_fundamentals")
n.s("Matrix factorisation, implicit feedback, negative sampling, he had it all at his fingertips.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He explained why uniform negative sampling over-penalises popular items.", "e+", "ml_fundamentals")
n.s("Super easy to talk to.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c08 Ana Kowalska (w2-r2, she): ignores user harm (i06) ----
n = Note(note_id="w2-n029", candidate_id="w2-c08", interviewer_id="w2-i03", req_id="w2-r2",
         round="coding", submitted_at="2025-10-14", recommendation="hire", specificity=4,
         style=["prose", "terse", "first_person"], topic="experimentation")
n.s("Coding: bucket users into experiment arms by hashing, stable across sessions.", "c")
n.s("Used a salted hash of the user id, mod 100.", "e+", "coding", hard="plain_evidence")
n.s("Explained why Python's built-in hash is unsafe across processes.", "e+", "coding", "ml_fundamentals")
n.s("Wrote a quick chi-square check that arms came out 50/50 on 100k fake ids.", "e+", "coding", "metrics")
n.s("Forgot to handle logged-out users.", "e-", "coding", "data_intuition")
n.s("Did not explain the salt until I asked why it was there.", "e-", "communication", hard="negated")
n.s("Added a cookie fallback when I mentioned them.", "e+", "learning")
n.s("Fast.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n030", candidate_id="w2-c08", interviewer_id="w2-i04", req_id="w2-r2",
         round="system_design", submitted_at="2025-10-14", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="recommenders")
n.s("Strong technically, good systems sense.", "v+", "system_thinking")
n.s("Lots of experience with large recommenders.", "v+", "system_thinking", hard="vague_quantity")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n031", candidate_id="w2-c08", interviewer_id="w2-i06", req_id="w2-r2",
         round="data", submitted_at="2025-10-15", recommendation="lean_no_hire", specificity=5,
         style=["qa", "first_person", "british"], topic="recommenders",
         ratings={"user_impact": "no_hire", "data_intuition": "hire"})
n.s("Data/product round on a 'frequently bought together' recommender.", "c")
n.nl()
n.s("Q: The top pair in our logs is pregnancy test + prenatal vitamins.", "c")
n.s("Ship it as a recommendation?", "c", hard="question")
n.nl()
n.s("A: 'Yes, it's the strongest signal we have.'", "e-", "user_impact")
n.nl()
n.s("Q: Any concerns about showing that to someone else on a shared device?", "c", hard="question")
n.nl()
n.s("A: Said privacy was 'a legal question' and that the model should not make that call.", "e-", "user_impact", "ownership")
n.s("Did not suggest any sensitive-category list or suppression even when I asked what she would do if legal said no.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Q: How do you clean the pairs?", "c", hard="question")
n.nl()
n.s("A: Removed pairs with fewer than 50 co-occurrences, down-weighted bestsellers by lift rather than raw count, and excluded bundle SKUs that are sold together by construction.", "e+", "data_intuition")
n.nl()
n.s("Q: How would you measure success?", "c", hard="question")
n.nl()
n.s("A: Attach rate on product pages, with average order value as a secondary, and a check that return rates didn't rise.", "e+", "metrics")
n.blank()
n.s("Data handling was genuinely strong.", "v+", "data_intuition")
n.s("The user-harm answers worried me: twice she treated sensitive inferences as someone else's concern.", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n032", candidate_id="w2-c08", interviewer_id="w2-i05", req_id="w2-r2",
         round="debugging", submitted_at="2025-10-15", recommendation="hire", specificity=3,
         style=["bullets", "headings", "arrows"], topic="offline/online metric gaps")
n.h("## Debugging")
n.b("scenario: offline recall@50 up 8%, online add-to-basket flat", "c")
n.b("first q she asked: was the offline eval set built from the same surfaces as prod", "e+", "metrics", "data_intuition", hard="question")
n.b("found the eval set excluded out-of-stock items -> prod shows them, so the gap makes sense", "e+", "data_intuition", "metrics")
n.b("suggested re-running eval w/ prod candidate set", "e+", "metrics")
n.b("didn't think about latency regressions as a cause", "e-", "system_thinking", hard="negated")
n.h("Overall")
n.b("methodical", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---- c09 Rohan Mehta (w2-r2, he): adapts after hint (i01); poor judgement under ambiguity (i05, i03) ----
n = Note(note_id="w2-n033", candidate_id="w2-c09", interviewer_id="w2-i01", req_id="w2-r2",
         round="system_design", submitted_at="2025-11-04", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="cold start")
n.s("I asked Rohan to design the recommendation service for the home page of a customer who has never bought anything.", "c", hard="interviewer_action")
n.blank()
n.s("His first proposal was simply to show global bestsellers, which he justified on the grounds that it needs no data.", "e0", "system_thinking")
n.s("I suggested that we do in fact know something about such visitors.", "c", hard="interviewer_action")
n.s("He took the hint well, listing referrer, landing category, device and coarse location, and proposed a contextual model over those signals that falls back to bestsellers when the signals are empty.", "e+", "learning", "system_thinking")
n.s("He raised, unprompted, that coarse location could make the home page look very different in poorer postcodes, and suggested checking whether that changed the price range shown.", "e+", "user_impact")
n.s("His serving design was thin: a single service with no mention of caching, and he was unsure how to size it when I asked.", "e-", "system_thinking")
n.s("When I suggested a cache in front of the model, he asked how often the contextual signals change and set the expiry accordingly.", "e+", "learning", "system_thinking")
n.s("He did, however, propose comparing the new service against bestsellers in an A/B test with conversion for first-time visitors as the primary metric.", "e+", "metrics")
n.blank()
n.s("A candidate who listens and improves quickly, though the engineering depth was below what I would want.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n034", candidate_id="w2-c09", interviewer_id="w2-i02", req_id="w2-r2",
         round="behavioural", submitted_at="2025-11-04", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="behavioural")
n.s("Rohan is a superstar in the making!", "v+")
n.s("Brilliant energy, superb attitude, really curious.", "v+", "learning")
n.s("Super young and hungry, exactly what the team needs.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n035", candidate_id="w2-c09", interviewer_id="w2-i05", req_id="w2-r2",
         round="data", submitted_at="2025-11-05", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "abbreviations", "fragments"], topic="experimentation",
         ratings={"judgment": "no_hire"})
n.h("## Scenario")
n.b("A/B on new recs model, 2 days in, +4% CTR, PM wants to ship today", "c")
n.h("## What he did")
n.b("said ship immediately, 'the number's big enough'", "e-", "judgment", "metrics")
n.b("didn't ask about day-of-week effects or novelty even when I said the test started on a Saturday", "e-", "judgment", hard="negated")
n.b("when I asked what could go wrong -> said 'we can always roll back', no criteria for when", "e-", "risk_awareness")
n.b("did compute a CI correctly when asked, came out wide", "e+", "metrics")
n.b("still wanted to ship after seeing the wide CI", "e-", "judgment")
n.h("Overall")
n.b("poor judgement under ambiguity", "v-", "judgment")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w2-n036", candidate_id="w2-c09", interviewer_id="w2-i03", req_id="w2-r2",
         round="debugging", submitted_at="2025-11-05", recommendation="no_hire", specificity=3,
         style=["prose", "terse", "first_person"], topic="feature stores")
n.s("Debugging.", "c")
n.s("Recs job output dropped 30% overnight; no code change.", "c")
n.s("He guessed 'model drift' within a minute.", "e-", "judgment", "ml_fundamentals")
n.s("Didn't look at input row counts.", "e-", "data_intuition", hard="negated")
n.s("I told him there were upstream schema changes.", "c", hard="interviewer_action")
n.s("Found the renamed column quickly after that.", "e+", "learning", "coding")
n.s("Proposed restarting the job to see if it fixes itself.", "e-", "judgment")
n.s("No thought on alerting for next time.", "e-", "risk_awareness", hard="negated")
n.s("Jumps to conclusions.", "v-", "judgment")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w2_notes_part3.jsonl", notes)
print(len(notes), "notes")
