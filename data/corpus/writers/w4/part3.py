import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w4-c07 Diego (he), r1 forecasting ----
n = Note(note_id="w4-n025", candidate_id="w4-c07", interviewer_id="w4-i03", req_id="w4-r1",
         round="behavioural", submitted_at="2025-08-19", recommendation="hire", specificity=2,
         style=["prose", "terse", "american"], topic="inventory dashboards")
n.s("Great chat with Diego.", "v+")
n.s("He walked me through the inventory dashboard he built for store managers and how they use it every morning.", "e+", "ownership")
n.s("Very practical, super ops-minded.", "v+", "judgment")
n.s("Good fit for the team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n026", candidate_id="w4-c07", interviewer_id="w4-i04", req_id="w4-r1",
         round="fundamentals", submitted_at="2025-08-19", recommendation="lean_hire", specificity=1,
         style=["prose", "terse", "american"], topic="time series models")
n.s("Fundamentals.", "c")
n.s("Diego knows his stuff on ARIMA, Prophet, gradient boosting, the usual.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Answers were a bit long-winded.", "v-", "communication")
n.s("Probably fine on the modelling side.", "v+", "ml_fundamentals", hard="hedged")
n.s("Judgement is harder to read.", "v0", "judgment")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n027", candidate_id="w4-c07", interviewer_id="w4-i05", req_id="w4-r1",
         round="system_design", submitted_at="2025-08-20", recommendation="hire", specificity=3,
         style=["bullets", "arrows", "headings", "abbreviations", "fragments"], topic="holiday effects",
         ratings={"ml_fundamentals": "hire", "risk_awareness": "lean_no_hire"})
n.h("SD: Thanksgiving-week demand forecast")
n.b("prompt: stores place orders 10 days ahead; last year we ran out of turkeys in 40 stores", "c")
n.b("asked for last year's forecast errors by store before designing anything", "e+", "data_intuition")
n.b("proposed a separate holiday model trained on the last 3 holiday seasons + a scaling factor from this year's baseline", "e+", "ml_fundamentals")
n.b("only 3 data points per store -> he said himself it'd be noisy, suggested pooling by region", "e+", "judgment", marker="  - ")
n.b("wanted planners to be able to override the forecast and log why", "e+", "user_impact")
n.b("no monitoring story -> when asked, said he'd check errors after the holiday", "e-", "risk_awareness")
n.b("good judgement overall", "v+", "judgment")
n.b("knows forecasting well", "v+", "ml_fundamentals", hard="tech_vague")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n028", candidate_id="w4-c07", interviewer_id="w4-i07", req_id="w4-r1",
         round="behavioural", submitted_at="2025-08-21", recommendation="lean_no_hire", specificity=5,
         style=["prose", "bullets", "headings", "quotes", "first_person", "american"], topic="production forecast failure",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.s("Behavioural, 45 min, focused on ownership and conflict.", "c")
n.s("I asked Diego to tell me about a forecast that went wrong in production.", "c", hard="question")
n.s("He described a bakery forecast that over-ordered bread by about 20% for three weeks after a store layout change.", "e0")
n.s("When I asked who noticed, he said a store manager complained to his boss, and the boss told him.", "e-", "ownership", hard="plain_evidence")
n.s("I asked what he did next; he said he 'waited for the data team to confirm the layout change' before touching the model, which took nine days.", "e-", "ownership")
n.s("He didn't mention contacting the stores or estimating the waste in the meantime.", "e-", "user_impact", hard="negated")
n.s("Asked what he'd do differently, he said the data team should announce layout changes.", "e-", "ownership")
n.s("I nudged: 'anything on your side?' and he eventually suggested an alert when a store's forecast error jumps, which is a reasonable idea.", "e0", "learning", hard="mixed")
n.blank()
n.h("Positives")
n.b("Honest about the timeline, didn't dress it up.", "e+", "communication")
n.b("Explained the bias in the bread forecast with numbers: 1,200 loaves a day against roughly 1,000 sold.", "e+", "communication")
n.h("Concerns")
n.b("Ownership: every time, the fix was someone else's job.", "v-", "ownership")
n.b("Didn't ask a single question about how we run on-call.", "e-", "ownership", hard="negated")
n.blank()
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("I know others saw strong modelling and I don't doubt it, but this role owns the pipeline end to end.", "v-", "ownership")
notes.append(n)

# ---- candidate w4-c08 Mei Lin (she), r2 experimentation ----
n = Note(note_id="w4-n029", candidate_id="w4-c08", interviewer_id="w4-i01", req_id="w4-r2",
         round="system_design", submitted_at="2025-09-09", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "american", "quotes"], topic="dynamic delivery fees",
         ratings={"ml_fundamentals": "strong_hire", "user_impact": "no_hire", "judgment": "lean_no_hire"})
n.s("I asked Mei Lin to design an experiment to test delivery fees that change with demand.", "c")
n.s("She jumped straight to the randomisation unit and chose user-level, which is right for pricing.", "e+", "judgment")
n.s("She then sized the test on the spot: 2% MDE on orders per user, 80% power, about 1.4m users per arm.", "e+", "ml_fundamentals")
n.s("I asked what else could go wrong for customers.", "c", hard="question")
n.s("She said higher fees at peak would 'just shift demand to cheaper slots', and didn't consider customers who can only order at peak, like shift workers or parents.", "e-", "user_impact")
n.s("When I mentioned that fees would be highest in neighborhoods with fewer drivers, which are often lower-income, she said that was a business decision, not hers.", "e-", "user_impact")
n.blank()
n.s("I asked what she would do if the test showed +4% revenue but a 10% drop in orders from one region.", "c", hard="question")
n.s("She said she'd ship because revenue is the primary metric.", "e-", "judgment")
n.s("Pressed on it, she agreed to 'look at the region later' but didn't change the decision.", "e-", "learning")
n.blank()
n.s("Her statistics are genuinely strong.", "v+", "ml_fundamentals")
n.s("But I came away thinking she'd launch something harmful if the dashboard was green.", "v-", "user_impact")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n030", candidate_id="w4-c08", interviewer_id="w4-i02", req_id="w4-r2",
         round="fundamentals", submitted_at="2025-09-09", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british", "quotes"], topic="sequential testing",
         ratings={"ml_fundamentals": "strong_hire", "judgment": "lean_no_hire"})
n.s("Fundamentals round on experiment statistics, 45 minutes.", "c")
n.s("I asked her to explain why peeking at a running test inflates false positives.", "c", hard="question")
n.s("She drew the random walk of the z-statistic under the null and explained that stopping the first time it crosses 1.96 gives a false-positive rate far above 5%.", "e+", "ml_fundamentals")
n.s("She then offered two remedies, a fixed horizon and an alpha-spending boundary, and sketched the O'Brien-Fleming shape from memory.", "e+", "ml_fundamentals")
n.s("On variance reduction she derived the CUPED estimator and noted, unprompted, that the covariate must be measured before assignment or the estimate is biased.", "e+", "ml_fundamentals")
n.blank()
n.s("I then posed an ambiguous case: a test of substitution suggestions in which the primary metric is flat but complaints fall by 6%.", "c")
n.s("She asked for the confidence interval on complaints before offering an opinion, which I regard as correct.", "e+", "metrics", hard="verdict_plus_evidence")
n.s("Having seen that it excluded zero, she nonetheless recommended not shipping, because 'the pre-registered metric didn't move'.", "e-", "judgment")
n.s("I asked whether pre-registration forbids any secondary decision; she conceded it does not but did not revise her recommendation.", "e-", "learning")
n.blank()
n.s("She was precise and unhurried throughout.", "v+", "communication")
n.s("Recommendation: hire, with a note that her judgement on ambiguous outcomes was rigid.", "v0", "judgment", hard="mixed")
notes.append(n)

n = Note(note_id="w4-n031", candidate_id="w4-c08", interviewer_id="w4-i05", req_id="w4-r2",
         round="system_design", submitted_at="2025-09-10", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "arrows", "headings", "abbreviations", "fragments", "quotes"], topic="substitutions",
         ratings={"risk_awareness": "hire", "user_impact": "no_hire"})
n.h("SD: rolling out a new substitution model")
n.b("task: roll out a model that picks substitutes when an item is out of stock", "c")
n.b("rollout plan: 10% -> 50% -> 100% over a week, w/ SRM check at each step", "e+", "risk_awareness")
n.b("metric: acceptance rate of substitutions", "e0", "metrics")
n.b("didn't consider customers who never open the app to reject a substitute -> silent acceptance counted as 'accepted'", "e-", "metrics", hard="negated", marker="  - ")
n.b("asked about dietary constraints (gluten-free swapped for regular) -> 'edge case, model will learn it'", "e-", "user_impact")
n.b("asked about allergy complaints -> said support handles those", "e-", "user_impact")
n.b("clear structure, good whiteboard", "v+", "communication")
n.b("strong stats", "v+", "ml_fundamentals", hard="tech_vague")
n.b("blind spot on harm to customers", "v-", "user_impact")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n032", candidate_id="w4-c08", interviewer_id="w4-i03", req_id="w4-r2",
         round="behavioural", submitted_at="2025-09-11", recommendation="hire", specificity=2,
         style=["prose", "terse", "american"], topic="platform migration")
n.s("Mei Lin was lovely to talk to.", "v+", hard="biased")
n.s("Told me she led the migration of their experiment platform to a new warehouse.", "e+", "ownership")
n.s("Seems like a real go-getter.", "v+", "ownership")
n.s("Very data-driven.", "v+", "data_intuition", hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w4-c09 Jordan (they), r2 experimentation ----
n = Note(note_id="w4-n033", candidate_id="w4-c09", interviewer_id="w4-i04", req_id="w4-r2",
         round="system_design", submitted_at="2025-10-14", recommendation="hire", specificity=1,
         style=["prose", "terse", "american"], topic="streaming metrics")
n.s("Jordan did well.", "v+")
n.s("Good grasp of experimentation platforms and streaming.", "v+", "system_thinking", hard="tech_vague")
n.s("Some gaps but nothing major.", "v0")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n034", candidate_id="w4-c09", interviewer_id="w4-i06", req_id="w4-r2",
         round="coding", submitted_at="2025-10-14", recommendation="no_hire", specificity=5,
         style=["fragments", "british", "third_person"], topic="late data",
         ratings={"coding": "no_hire", "data_intuition": "no_hire"})
n.s("Coding, 45 min, Python.", "c")
n.nl()
n.s("0 min: Task: given an events table with late-arriving rows, compute daily conversion per experiment arm as of a given cut-off time.", "c")
n.nl()
n.s("6 min: Jordan started coding without asking what 'late-arriving' meant or what the cut-off was for.", "e-", "data_intuition", hard="negated")
n.nl()
n.s("14 min: First version filtered on event_date rather than ingestion time, so late rows were silently included.", "e-", "data_intuition")
n.nl()
n.s("19 min: I asked them to run it on the example; the output didn't match and they said the example was probably wrong.", "e-", "learning")
n.nl()
n.s("24 min: I pointed at row 7, ingested a day late; they changed the filter, but to ingestion_date alone, which broke the on-time rows.", "e-", "coding")
n.nl()
n.s("33 min: Working version after a second hint; no tests written.", "e-", "coding")
n.nl()
n.s("37 min: I asked how they would check it on real data.", "c", hard="interviewer_action")
n.nl()
n.s("38 min: They suggested comparing the total with the dashboard.", "e0", "data_intuition")
n.nl()
n.s("44 min: They asked how we version dashboard definitions, a good question.", "e+", "system_thinking", hard="question")
n.blank()
n.s("Not at the level for this req.", "v-", hard="bare_verdict")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n035", candidate_id="w4-c09", interviewer_id="w4-i02", req_id="w4-r2",
         round="data", submitted_at="2025-10-15", recommendation="no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="multiple comparisons",
         ratings={"metrics": "no_hire", "learning": "lean_hire"})
n.s("Data round.", "c")
n.s("The candidate was shown a test readout for a new recipe carousel: +1.9% basket size, p = 0.04, with 14 metrics reported.", "c")
n.s("They declared the result significant and recommended launch.", "e-", "metrics")
n.s("I asked whether fourteen metrics changed anything; they said each was tested separately so it was fine.", "e-", "ml_fundamentals")
n.s("After I explained the multiple-comparisons issue, they applied a Bonferroni correction correctly and accepted that the result no longer held.", "e+", "learning")
n.s("They did not look at the daily breakdown, which showed the whole effect on the first two days.", "e-", "metrics", hard="negated")
n.s("Asked what might explain that, they suggested 'people liked it at first', which is at least the right idea.", "e0", "metrics")
n.s("Twice they asked me to repeat the question.", "e-", "communication", hard="plain_evidence")
n.s("Their reasoning was hesitant.", "v-", "communication")
n.blank()
n.s("No hire; the basics of test interpretation are not yet there.", "v-", "metrics", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w4-n036", candidate_id="w4-c09", interviewer_id="w4-i03", req_id="w4-r2",
         round="behavioural", submitted_at="2025-10-16", recommendation="lean_hire", specificity=2,
         style=["prose", "terse", "american"], topic="career story")
n.s("Jordan is a sweetheart, really eager.", "v+", hard="biased")
n.s("Mentioned they taught themselves SQL on the night shift at a warehouse, love that hustle.", "e+", "learning", hard="verdict_plus_evidence")
n.s("Still green on experimentation.", "v-", "metrics")
n.s("Lean hire, would grow fast here.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w4_notes_part3.jsonl", notes)
print(len(notes), "notes")
