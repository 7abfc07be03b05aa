import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c07 Jonas Becker (he), r2; defensive, ignores driver harm ----------------
n = Note(note_id="w30-n025", candidate_id="w30-c07", interviewer_id="w30-i06", req_id="w30-r2",
         round="system_design", submitted_at="2025-06-16", recommendation="lean_no_hire",
         specificity=4, style=["headings", "prose", "third_person", "british"], topic="simulation vs A/B",
         ratings={"system_thinking": "hire", "learning": "no_hire", "metrics": "lean_no_hire"})
n.h("Question")
n.s("Design the evaluation of a new routing algorithm before it goes to all depots.", "c")
n.h("System thinking")
n.s("Jonas laid out a simulator that replays a day of orders through both algorithms and compares kilometres, stops per hour and late deliveries.", "e+", "system_thinking")
n.s("He added a queue model for the loading bays, which most candidates forget.", "e+", "system_thinking")
n.h("Metrics")
n.s("He wanted to ship on the simulator result alone, a 6% cut in kilometres.", "e-", "metrics")
n.s("I asked how close the simulator had been to reality last time.", "c", hard="question")
n.h("Learning")
n.s("He said \"the simulator is what the team built, so it's accurate\" and did not accept that traffic or failed deliveries might differ.", "e-", "learning", "metrics")
n.s("When I suggested a small live test, he said it would waste a month and went back to his slide.", "e-", "learning", "judgment")
n.h("Communication")
n.s("Structured and easy to follow until he was challenged, then he talked over my follow-up question.", "e-", "communication")
n.h("Overall")
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("Good design, but I'm worried about how he takes pushback.", "v0", "learning", hard="mixed")
notes.append(n)

n = Note(note_id="w30-n026", candidate_id="w30-c07", interviewer_id="w30-i04", req_id="w30-r2",
         round="data", submitted_at="2025-06-17", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="driver routes and overtime")
n.s("I gave Jonas a week of route data from one depot, with planned and actual finish times per driver.", "c")
n.s("He worked out quickly that the plans were on average 40 minutes short, which is right.", "e+", "data_intuition")
n.s("He said the fix was to squeeze more stops in to make the routes \"efficient\".", "e-", "judgment")
n.s("I asked him what that does to drivers who already finish late.", "c", hard="question")
n.s("He said overtime is paid, so it's the company's cost, not a problem for drivers.", "e-", "user_impact")
n.s("Anyone who's run a depot knows tired drivers miss stops and get hurt.", "c")
n.s("He didn't ask about breaks or legal driving hours at any point.", "e-", "user_impact", hard="negated")
n.s("Good with numbers, I'll give him that.", "v+", "data_intuition")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n027", candidate_id="w30-c07", interviewer_id="w30-i05", req_id="w30-r2",
         round="coding", submitted_at="2025-06-17", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="driver routes")
n.s("Had a great time with Jonas!", "v+")
n.s("We did the route-splitting question: split a list of stops into van loads under a weight limit.", "c")
n.s("He went straight for a greedy first-fit and had it running in ten minutes.", "e+", "coding")
n.s("When I asked if greedy was optimal he said it was close enough and wouldn't discuss it further, but he's obviously very sharp so I didn't mind.", "e-", "learning")
n.s("His code was lovely and readable.", "v+", "coding")
n.s("Didn't get to tests, which was a shame, we ran out of time.", "c")
n.s("Super confident guy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n028", candidate_id="w30-c07", interviewer_id="w30-i02", req_id="w30-r2",
         round="debugging", submitted_at="2025-06-18", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="driver routes and overtime",
         ratings={"coding": "hire", "user_impact": "no_hire", "learning": "lean_no_hire"})
n.s("Debugging, 50 min.", "c")
n.s("Scenario: after a release, the route planner assigns some drivers 11-hour days.", "c")
n.nl()
n.b("Found in 12 minutes that the break-time constraint was read in hours but the config held minutes.", "e+", "coding", marker="1. ")
n.b("Wrote a regression test with a 45-minute break before changing the code.", "e+", "coding", marker="2. ")
n.b("When asked how many drivers were affected, he said \"a few\" and did not query the logs, which were available.", "e-", "user_impact", "data_intuition", marker="3. ")
n.b("Called the 11-hour days \"not a big deal since it was only one week\".", "e-", "user_impact", marker="4. ")
n.b("When I pointed out that this breaks driving-hours law, he said legal issues were for the operations team.", "e-", "ownership", "user_impact", marker="5. ")
n.b("Did not propose a check that blocks a plan over the legal limit.", "e-", "risk_awareness", hard="negated", marker="6. ")
n.nl()
n.s("Lean no hire: technically fast (1, 2), but findings 3 to 5 repeat the driver-hours concern from the data round.", "e-", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

# ---------------- c08 Noor Haddad (they), r1; poor judgement under ambiguity ----------------
n = Note(note_id="w30-n029", candidate_id="w30-c08", interviewer_id="w30-i01", req_id="w30-r1",
         round="fundamentals", submitted_at="2026-04-20", recommendation="hire",
         specificity=4, style=["prose", "third_person", "fragments", "british"], topic="forecasting fundamentals")
n.s("Fundamentals, 45 min.", "c")
n.s("Asked about overfitting in weekly demand model with 200 depots.", "c")
n.s("Candidate explained that per-depot models overfit small depots and proposed shared model with depot embedding, with shrinkage toward national mean.", "e+", "ml_fundamentals")
n.s("Derived why MAPE explodes for depots with near-zero volume on Sundays and proposed WAPE instead.", "e+", "metrics", "ml_fundamentals")
n.s("Explained time-series cross-validation with expanding window, and why random k-fold leaks future into past.", "e+", "ml_fundamentals", "data_intuition")
n.s("Confused L1 and L2 regularisation effect at first, said L2 gives sparse weights.", "e-", "ml_fundamentals")
n.s("Corrected when I asked about the geometry of the penalty.", "e+", "learning")
n.s("Answers long but organised.", "v0", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n030", candidate_id="w30-c08", interviewer_id="w30-i03", req_id="w30-r1",
         round="system_design", submitted_at="2026-04-21", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person"], topic="warehouse slotting")
n.s("System design round on warehouse slotting.", "c")
n.s("Noor had a lot of ideas.", "v+", hard="vague_quantity")
n.s("Good technical depth on the recommender-style approach.", "v+", "system_thinking", hard="tech_vague")
n.s("They asked about the number of pick faces at one point.", "e+", "judgment")
n.s("Took a while to settle on a direction, a bit unsure of themselves.", "v-", "judgment")
n.s("Probably fine.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n031", candidate_id="w30-c08", interviewer_id="w30-i07", req_id="w30-r1",
         round="data", submitted_at="2026-04-21", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "lowercase", "terse", "abbreviations", "arrows"], topic="peak volume forecasting")
n.b("data round: peak forecast, 3 yrs of daily volumes, last yr has a new big client", "c")
n.b("spotted the level shift in march from the new client -> good", "e+", "data_intuition")
n.b("then couldnt decide whether to drop pre-march data, model the client separately or add a flag", "e-", "judgment")
n.b("went back and forth for ~20 min, asked me which one i preferred twice", "e-", "judgment")
n.b("i said any is fine, pick one", "c", hard="interviewer_action")
n.b("ended up with no forecast by the end", "e-", "judgment", hard="plain_evidence")
n.b("smart but stuck", "v0", hard="mixed")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n032", candidate_id="w30-c08", interviewer_id="w30-i06", req_id="w30-r1",
         round="behavioural", submitted_at="2026-04-22", recommendation="lean_no_hire",
         specificity=4, style=["headings", "prose", "third_person", "british"], topic="judgement under ambiguity",
         ratings={"judgment": "no_hire", "ownership": "lean_hire", "communication": "hire"})
n.h("Judgement")
n.s("I asked Noor about a time they had to decide without enough data.", "c")
n.s("They described waiting six weeks for a data contract from a retailer before starting a forecast that was due in four.", "e-", "judgment")
n.s("When I asked what they could have done instead, they said nothing could be done without the data.", "e-", "judgment", "learning")
n.h("Ownership")
n.s("They said they told their manager about the delay in week two and offered to forecast from last year's totals, which the manager declined.", "e+", "ownership", "communication")
n.h("Communication")
n.s("Clear, well-structured answers.", "v+", "communication")
n.h("User impact")
n.s("Never mentioned the warehouse teams who had to plan without the forecast.", "e-", "user_impact", hard="negated")
n.h("Overall")
n.s("Lean no hire; this is the same indecision the data round saw.", "v-", "judgment")
notes.append(n)

# ---------------- history notes ----------------
n = Note(note_id="w30-n033", candidate_id="w30-c09", interviewer_id="w30-i01", req_id="w30-r1",
         round="coding", submitted_at="2024-11-18", recommendation="lean_hire",
         specificity=3, style=["prose", "third_person", "fragments", "british"], topic="warehouse slotting")
n.s("Coding with Mateusz, slotting problem: top-k SKUs by weekly picks per zone.", "c")
n.s("Wrote Counter per zone and most_common, correct on first run.", "e+", "coding")
n.s("Did not ask if weekly picks have seasonality, used one week only.", "e-", "data_intuition", hard="negated")
n.s("Code readable.", "v+", "coding")
n.s("No tests written, said he would add them \"in real job\".", "e-", "coding")
n.s("Little bit quiet person.", "v-", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n034", candidate_id="w30-c10", interviewer_id="w30-i02", req_id="w30-r2",
         round="fundamentals", submitted_at="2024-12-02", recommendation="no_hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="delivery ETA",
         ratings={"ml_fundamentals": "no_hire", "metrics": "lean_no_hire"})
n.s("Fundamentals, 45 min, candidate Rhiannon.", "c")
n.nl()
n.b("Asked why the ETA model's training loss kept falling while validation loss rose after epoch 8; she said the learning rate was too low.", "e-", "ml_fundamentals", marker="1. ")
n.b("Asked how she would predict a travel-time distribution rather than a point; she suggested training a classifier on 10-minute buckets, which works, but could not say how to get calibrated buckets.", "e0", "ml_fundamentals", hard="mixed", marker="2. ")
n.b("Said that a model with lower MAE will always have fewer late deliveries.", "e-", "metrics", marker="3. ")
n.b("When shown a counterexample with two models, she agreed and explained why the tail matters.", "e+", "learning", marker="4. ")
n.b("Described gradient boosting correctly: sequential trees fit to residuals, shrinkage by the learning rate.", "e+", "ml_fundamentals", marker="5. ")
n.b("Could not explain what happens to a random forest when all trees see the same features and rows.", "e-", "ml_fundamentals", marker="6. ")
n.nl()
n.s("No hire: findings 1, 3 and 6 are basic gaps for an ML engineer at this level.", "e-", "ml_fundamentals", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w30-n035", candidate_id="w30-c11", interviewer_id="w30-i03", req_id="w30-r2",
         round="coding", submitted_at="2025-01-20", recommendation="hire",
         specificity=1, style=["prose", "third_person"], topic="driver routes")
n.s("Coding round with Karim.", "c")
n.s("Good coder, clearly experienced.", "v+", "coding")
n.s("Strong on algorithms and data structures.", "v+", "coding", hard="tech_vague")
n.s("Nice guy, easy to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n036", candidate_id="w30-c12", interviewer_id="w30-i05", req_id="w30-r1",
         round="debugging", submitted_at="2025-02-11", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person", "british"], topic="scanner label noise")
n.s("Loved this one!", "v+")
n.s("Chiara was given the broken volume pipeline and went through it brilliantly.", "v+", "coding")
n.s("She found the duplicated scans and fixed them.", "e+", "coding", "data_intuition")
n.s("Really calm and methodical the whole way, exactly what you want on call.", "v+", "coding")
n.s("Fantastic communicator as well, one of the best I've seen.", "v+", "communication")
n.s("Easy strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w30_notes_part3.jsonl", notes)
print(len(notes), "notes")
