import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w4-c04 Kenji (he), r2 experimentation ----
n = Note(note_id="w4-n013", candidate_id="w4-c04", interviewer_id="w4-i04", req_id="w4-r2",
         round="coding", submitted_at="2025-05-06", recommendation="hire", specificity=2,
         style=["prose", "terse", "abbreviations", "american"], topic="experiment analysis code")
n.s("Coding round w/ Kenji.", "c")
n.s("Very strong coder, clearly writes a lot of Python.", "v+", "coding", hard="vague_quantity")
n.s("Finished the problem early.", "e+", "coding", hard="plain_evidence")
n.s("Not sure about his product sense.", "v-", "user_impact", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n014", candidate_id="w4-c04", interviewer_id="w4-i05", req_id="w4-r2",
         round="system_design", submitted_at="2025-05-07", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "arrows", "headings", "abbreviations", "fragments", "quotes"], topic="variance reduction",
         ratings={"ml_fundamentals": "strong_hire", "risk_awareness": "no_hire", "system_thinking": "lean_hire"})
n.h("SD: CUPED / variance reduction as a platform feature")
n.b("asked him to add variance reduction to our experiment results pipeline, used by ~60 analysts", "c", hard="question")
n.b("explained CUPED cleanly: regress metric on pre-period covariate, theta = cov/var, showed why variance drops by (1 - rho^2)", "e+", "ml_fundamentals")
n.b("proposed computing pre-period covariates in a daily Spark job keyed by user", "e+", "system_thinking")
n.b("asked what happens for new users w/ no pre-period -> said fill with the mean, which keeps it unbiased", "e+", "data_intuition", marker="  - ")
n.b("rollout plan: switch every experiment's readout to CUPED on one day", "e-", "risk_awareness")
n.b("asked how he'd catch a bug in the adjustment -> nothing beyond 'unit tests'", "e-", "risk_awareness", marker="  - ")
n.b("did not suggest running both readouts side by side for a few weeks", "e-", "risk_awareness", hard="negated", marker="  - ")
n.b("analysts' dashboards would change numbers overnight -> hadn't thought about who gets confused by that", "e-", "user_impact")
n.b("v strong technically", "v+", "ml_fundamentals", hard="tech_vague")
n.b("rollback / failure modes basically absent", "v-", "risk_awareness")
n.b("LNH for platform role; maybe a fit for a pure modelling team", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n015", candidate_id="w4-c04", interviewer_id="w4-i06", req_id="w4-r2",
         round="debugging", submitted_at="2025-05-07", recommendation="lean_hire", specificity=5,
         style=["fragments", "british", "third_person", "quotes"], topic="sample ratio mismatch",
         ratings={"data_intuition": "strong_hire", "risk_awareness": "lean_no_hire"})
n.s("Debugging round, 50 min.", "c")
n.nl()
n.s("Setup: a nightly SRM alert has fired on three experiments at once; logs and assignment tables provided.", "c")
n.nl()
n.s("3 min: Kenji asked when the alert started and whether anything had been deployed that day.", "e+", "data_intuition", hard="question")
n.nl()
n.s("8 min: Queried assignment counts by app version and found the imbalance only on Android 7.4.", "e+", "data_intuition")
n.nl()
n.s("15 min: Read the client diff and spotted that the new version cached the variant before login, so logged-out users were counted once per device.", "e+", "coding")
n.nl()
n.s("24 min: Wrote a query to re-derive assignment from server logs; off by one on the date boundary at first, fixed once he compared totals.", "e0", "coding", hard="mixed")
n.nl()
n.s("31 min: I asked what he would do about the three affected experiments.", "c", hard="interviewer_action")
n.nl()
n.s("32 min: He said to discard the Android 7.4 data and re-read the results, which is reasonable.", "e+", "judgment")
n.nl()
n.s("35 min: When I asked how to stop the next client bug shipping silently, he said 'better code review'; nothing on canarying the release or an automatic pause on SRM.", "e-", "risk_awareness")
n.nl()
n.s("41 min: I suggested an automatic pause; he agreed politely but didn't build on it.", "e-", "learning")
n.nl()
n.s("47 min: He asked who owns the SRM alert and how the on-call rota works.", "e+", "ownership", hard="question")
n.blank()
n.s("Sharp diagnosis, thin on prevention.", "v0", "data_intuition", "risk_awareness", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n016", candidate_id="w4-c04", interviewer_id="w4-i07", req_id="w4-r2",
         round="behavioural", submitted_at="2025-05-08", recommendation="hire", specificity=4,
         style=["prose", "bullets", "headings", "quotes", "first_person", "american"], topic="post-launch failure",
         ratings={"ownership": "hire", "risk_awareness": "lean_no_hire"})
n.s("Behavioural, 45 min.", "c")
n.s("I asked Kenji about a time an experiment result turned out to be wrong after launch.", "c", hard="question")
n.s("He described a recommendation widget test where the lift vanished after launch, and said he traced it to a logging change that double-counted clicks in treatment.", "e+", "data_intuition")
n.s("He said he wrote the fix himself and added a check on event counts per session.", "e+", "ownership")
n.s("Asked what he'd do differently, he said 'launch slower' but couldn't say what slower meant in practice.", "e-", "risk_awareness")
n.blank()
n.h("Other notes")
n.b("Gave credit by name to the analyst who spotted it first.", "e+", "communication", hard="plain_evidence")
n.b("Talked over a couple of my follow-ups.", "e-", "communication", hard="plain_evidence")
n.b("When I asked how customers were affected by the bad test, he said 'they just saw a worse widget for two weeks'.", "e0", "user_impact")
n.blank()
n.s("Good ownership story, weaker on what he'd change.", "v0", "ownership", "risk_awareness", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w4-c05 Sam (they), r1 forecasting ----
n = Note(note_id="w4-n017", candidate_id="w4-c05", interviewer_id="w4-i02", req_id="w4-r1",
         round="data", submitted_at="2025-06-03", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="promotional uplift",
         ratings={"data_intuition": "strong_hire", "coding": "lean_no_hire", "communication": "hire"})
n.s("Data round: Sam was given the promotional calendar and two years of weekly sales for 50 SKUs, and asked to estimate promotional uplift.", "c")
n.blank()
n.s("They began by asking whether promotions were chosen for items already trending up, because that would bias a naive before-and-after comparison.", "e+", "data_intuition", hard="question")
n.s("They built a baseline from non-promoted weeks of comparable SKUs in the same category, and explained that they chose the category rather than the store to stop cannibalisation muddling the control.", "e+", "data_intuition")
n.s("They found that six SKUs were promoted in every Christmas week and excluded them from the holiday coefficient, naming the confounding explicitly.", "e+", "data_intuition")
n.s("They spotted the pull-forward dip in the weeks after a promotion without being prompted and netted it from the uplift.", "e+", "metrics")
n.s("Their estimate, 18% with a rough interval of 12-24%, was sensible, and they stated the assumptions behind it.", "e+", "ml_fundamentals")
n.blank()
n.s("Weakness: the notebook was untidy and they re-ran the same cell four times after editing cells out of order.", "e-", "coding")
n.s("They also did not check for duplicated rows; there were 40, which had little effect here but might elsewhere.", "e-", "data_intuition", hard="negated")
n.s("I asked how they would explain the result to a category manager.", "c", hard="interviewer_action")
n.s("Their two-sentence summary was clear and avoided jargon.", "e+", "communication", hard="verdict_plus_evidence")
n.blank()
n.s("Recommendation: hire; their data judgement is the strongest I have seen on this req.", "v+", "data_intuition")
notes.append(n)

n = Note(note_id="w4-n018", candidate_id="w4-c05", interviewer_id="w4-i07", req_id="w4-r1",
         round="debugging", submitted_at="2025-06-04", recommendation="lean_no_hire", specificity=4,
         style=["prose", "bullets", "headings", "quotes", "first_person", "american"], topic="forecast drop",
         ratings={"data_intuition": "no_hire", "communication": "hire", "ownership": "lean_no_hire"})
n.s("Debugging round with Sam, 45 min.", "c")
n.s("Scenario: the weekly forecast for one region dropped 30% overnight with no change in sales.", "c")
n.s("Sam went straight to the model: retrained it, compared feature importances, checked hyperparameters.", "e-", "data_intuition")
n.s("It took 25 minutes and my hint ('what changed upstream?') before they looked at the input table.", "e-", "data_intuition")
n.s("Once there, they found a timezone shift in the order timestamps fairly quickly.", "e+", "data_intuition")
n.s("They said 'the data team should've caught that' rather than proposing a check of their own.", "e-", "ownership")
n.blank()
n.h("Mixed")
n.b("Calm under time pressure, talked me through each step.", "e+", "communication")
n.b("Did not ask how many stores were affected before proposing a fix.", "e-", "data_intuition", hard="negated")
n.b("Proposed reverting to last week's forecast for the region while fixing, a sensible stopgap.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.blank()
n.s("I saw far weaker data instincts than I expected for a senior forecasting hire.", "v-", "data_intuition")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n019", candidate_id="w4-c05", interviewer_id="w4-i01", req_id="w4-r1",
         round="fundamentals", submitted_at="2025-06-04", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="holiday effects")
n.s("I asked Sam to walk me through how they'd model a holiday that moves every year, like Easter.", "c", hard="question")
n.s("They suggested a days-to-holiday feature and said it would let the model learn the ramp-up.", "e+", "ml_fundamentals")
n.s("Then I asked about hierarchical forecasts.", "c")
n.s("They knew the words (bottom-up, top-down, reconciliation) but I'm not sure they've actually done it.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("Good energy, very likeable.", "v+", hard="biased")
n.s("When I asked how they'd evaluate, they proposed a rolling backtest with a gap between train and test to mimic the data delay.", "e+", "ml_fundamentals")
n.s("Honestly I think they're solid.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n020", candidate_id="w4-c05", interviewer_id="w4-i04", req_id="w4-r1",
         round="behavioural", submitted_at="2025-06-05", recommendation="lean_hire", specificity=1,
         style=["prose", "terse", "american"], topic="behavioural")
n.s("Sam seems fine.", "v0")
n.s("Decent communicator, nothing stood out either way.", "v0", "communication")
n.s("Maybe a bit quiet for a senior role.", "v-", "communication", hard="hedged")
n.s("Lean hire I guess.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w4-c06 Fatima (she), r2 experimentation ----
n = Note(note_id="w4-n021", candidate_id="w4-c06", interviewer_id="w4-i01", req_id="w4-r2",
         round="system_design", submitted_at="2025-07-08", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "american", "quotes"], topic="experiment metrics layer",
         ratings={"system_thinking": "strong_hire", "metrics": "strong_hire", "user_impact": "hire"})
n.s("I asked Fatima to design the metrics layer for our experimentation platform: how experiment metrics get defined, computed and shown to analysts.", "c")
n.s("She began by asking who the users were, and when I said analysts and PMs, she asked how many metrics a typical test tracks.", "e+", "system_thinking", hard="question")
n.s("I said around 30, with one primary.", "c")
n.s("She proposed a metric registry in version-controlled YAML, with an owner for each metric, so that 'orders per user' means the same thing in every test.", "e+", "system_thinking")
n.s("I pushed on why not let analysts write SQL directly; she said that was fine for exploration but the decision metric had to be fixed before the test started, to avoid picking winners afterwards.", "e+", "metrics")
n.s("She brought up sample ratio mismatch on her own and put an SRM check as a gate before any result is shown.", "e+", "data_intuition")
n.s("When I asked about late-arriving orders, she said grocery orders can be amended up to delivery, so day N shouldn't be final until N+2, and she'd put a 'provisional' badge on the dashboard.", "e+", "data_intuition")
n.s("I liked that one a lot, it's exactly our problem.", "v+")
n.blank()
n.s("Next I asked how she'd handle a schema change in the orders table.", "c")
n.s("Her first idea was to fail the whole pipeline, which would block every test's readout.", "e-", "system_thinking")
n.s("When I pointed that out, she changed it to quarantining only the metrics that depend on the changed columns, and explained how the registry's lineage makes that possible.", "e+", "learning")
n.s("On guardrails she listed delivery lateness and substitution rate, and said she'd auto-pause a test if substitutions rose past a set threshold, because that's what customers complain about.", "e+", "user_impact")
n.s("She wanted 1% of users held out of all tests for a quarter to measure the cumulative effect.", "e+", "metrics")
n.s("She didn't really talk about cost or how long the daily computation would take.", "e-", "system_thinking", hard="negated")
n.s("Her whiteboard was easy to follow and she checked in with me twice.", "e+", "communication")
n.blank()
n.s("Strong hire, and I'd be happy to have her own this area.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n022", candidate_id="w4-c06", interviewer_id="w4-i03", req_id="w4-r2",
         round="behavioural", submitted_at="2025-07-08", recommendation="strong_hire", specificity=2,
         style=["prose", "terse", "american"], topic="ownership")
n.s("Fatima was great!", "v+")
n.s("She told me about owning the long-term holdout at her current company and getting leadership to actually look at it.", "e+", "ownership")
n.s("Really great communicator.", "v+", "communication")
n.s("Tons of experience.", "v+", hard="vague_quantity")
n.s("SH!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n023", candidate_id="w4-c06", interviewer_id="w4-i06", req_id="w4-r2",
         round="coding", submitted_at="2025-07-09", recommendation="hire", specificity=4,
         style=["fragments", "british", "third_person"], topic="experiment stats code",
         ratings={"coding": "hire"})
n.s("Coding round, Python, 45 min.", "c")
n.nl()
n.s("5 min: Task: write a function that takes per-user metric values for two arms and returns the difference, a 95% CI and an SRM p-value.", "c")
n.nl()
n.s("8 min: Fatima asked whether users could appear in both arms; I said assume not, and she added an assertion for it anyway.", "e+", "coding")
n.nl()
n.s("16 min: Welch interval implemented correctly, checked against scipy on random data.", "e+", "coding")
n.nl()
n.s("23 min: SRM test initially hard-coded a 50/50 split; when I asked about a 90/10 test she parameterised the expected ratio.", "e0", "coding", hard="mixed")
n.nl()
n.s("30 min: I asked how to speed it up for 20m users per arm.", "c", hard="interviewer_action")
n.nl()
n.s("31 min: Suggested computing sufficient statistics (count, sum, sum of squares) in SQL and only doing the maths in Python.", "e+", "system_thinking")
n.nl()
n.s("38 min: Tests written for an empty arm and a constant metric; the constant case gave a division by zero she had not foreseen.", "e0", "coding", hard="mixed")
n.nl()
n.s("43 min: Fixed it by returning an infinite interval with a warning; I'd have preferred raising, but she explained the choice.", "e+", "judgment")
n.blank()
n.s("Careful, tidy, a bit slow to start.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n024", candidate_id="w4-c06", interviewer_id="w4-i07", req_id="w4-r2",
         round="data", submitted_at="2025-07-10", recommendation="hire", specificity=4,
         style=["prose", "bullets", "headings", "quotes", "first_person", "american"], topic="novelty effect",
         ratings={"data_intuition": "hire", "metrics": "strong_hire", "communication": "lean_hire"})
n.s("Data round, 45 min.", "c")
n.s("I gave Fatima results from a free-delivery test that looked strongly positive, with a note that it had run over the Easter weekend.", "c")
n.s("She asked straight away whether both arms spanned the holiday equally and then plotted daily lift.", "e+", "data_intuition")
n.s("The daily lift peaked on day 2 and decayed; she said 'this looks like novelty, or people trying free delivery once' and suggested extending the test.", "e+", "metrics")
n.s("She also noticed that the order count on Easter Monday was half the normal level and checked whether it was a pipeline gap, which it was.", "e+", "data_intuition")
n.blank()
n.h("Less good")
n.b("Spent a while on a CUPED adjustment before confirming the pre-period covariate existed for new users; it didn't.", "e-", "judgment")
n.b("Her first write-up had far too much detail for a PM.", "e-", "communication")
n.b("When I asked who would pay if free delivery stayed, she said 'drivers, if slots get tighter' and wanted late-delivery rates by area.", "e+", "user_impact")
n.blank()
n.s("Not flashy, but every conclusion came from something she checked.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w4_notes_part2.jsonl", notes)
print(len(notes), "notes")
