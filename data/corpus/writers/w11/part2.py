import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Sam Whitfield (they), r2 Pricing ----
n = Note(note_id="w11-n013", candidate_id="w11-c04", interviewer_id="w11-i01", req_id="w11-r2",
         round="system_design", submitted_at="2025-06-10", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="pricing release process",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "lean_hire"})
n.s("System design interview, fifty minutes.", "c")
n.s("The exercise set was the release process for a revised home contents pricing model, together with its monitoring.", "c")
n.s("Sam opened by asking which regulatory rules constrain renewal pricing, and whether a renewal price may exceed the equivalent new-business price.", "e+", "user_impact", hard="question")
n.s("They proposed a staged release to 5% of quotes in two regions, with an automated rollback should conversion or average premium depart from the control by more than an agreed band.", "e+", "risk_awareness")
n.s("They also specified that the previous model artefact be kept warm for thirty days.", "e+", "risk_awareness", hard="plain_evidence")
n.s("In my judgement the candidate's appreciation of release risk is well above what one ordinarily encounters.", "v+", "risk_awareness")
n.s("Their treatment of scale was thinner; they did not estimate quote volumes when invited to do so.", "e-", "system_thinking", hard="negated")
n.s("Their explanations were, on occasion, somewhat discursive.", "v-", "communication")
n.s("I would recommend that the candidate be hired.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n014", candidate_id="w11-c04", interviewer_id="w11-i03", req_id="w11-r2",
         round="behavioural", submitted_at="2025-06-11", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="behavioural")
n.s("Behavioural round.", "c")
n.s("Sam seemed fine.", "v0", hard="bare_verdict")
n.s("Talked about a disagreement with a PM over a discount rule.", "e0", "judgment", hard="plain_evidence")
n.s("Went ok.", "v0")
n.s("Good team player probably.", "v+", hard="hedged")
n.s("Some experience with on-call.", "v0", "ownership", hard="vague_quantity")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n015", candidate_id="w11-c04", interviewer_id="w11-i05", req_id="w11-r2",
         round="debugging", submitted_at="2025-06-12", recommendation="lean_hire", specificity=5,
         style=["bullets", "quotes", "headings"], topic="bad pricing release",
         ratings={"risk_awareness": "lean_hire", "coding": "lean_no_hire"})
n.h("Debugging - pricing release gone wrong")
n.b("Scenario: after a pricing release, average quoted premium for young drivers fell 18% overnight; I provided the release diff and a day of quote logs.", "c", hard="interviewer_action")
n.b("Asked 'did the feature schema change in this release' before opening the logs.", "e+", "data_intuition", hard="question")
n.b("Found within ten minutes that the new quote service was sending driver_age in months.", "e+", "data_intuition")
n.b("Proposed rolling back first and diagnosing second: 'we're underpricing live, stop the bleeding.'", "e+", "risk_awareness", "judgment")
n.b("I asked how this could have been caught before release.", "c", hard="question")
n.b("Said 'a range check on inputs' but could not say where that check would live or who would be alerted.", "e-", "risk_awareness")
n.b("Wrote a unit test for the age conversion that still passed on the broken data, because it tested the helper rather than the service call.", "e-", "coding")
n.b("When I pointed this out they rewrote it as an integration test against a recorded payload.", "e+", "learning")
n.h("Verdict")
n.b("Lean hire: good instinct to roll back, weaker on prevention.", "v0", "risk_awareness", hard="mixed")
notes.append(n)

n = Note(note_id="w11-n016", candidate_id="w11-c04", interviewer_id="w11-i07", req_id="w11-r2",
         round="data", submitted_at="2025-06-13", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="pricing model monitoring",
         ratings={"risk_awareness": "no_hire", "data_intuition": "hire"})
n.s("Data round, 45 minutes, on monitoring a pricing model after launch.", "c")
n.s("I asked Sam what they would track in the first month after a new motor pricing model goes live.", "c", hard="question")
n.s("They listed Gini, average premium and quote volume, and stopped there.", "e0", "metrics")
n.s("They did not mention conversion by segment, emerging claims, or any threshold at which they would pull the model, even when I asked what would worry them.", "e-", "risk_awareness", hard="negated")
n.s("This contrasts with what I have heard from the other rounds, so it may have been an off day.", "v0")
n.s("On the data itself they were sharper: they spotted that the claims table excluded claims still open, and said recent months would look artificially cheap.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("They explained this in plain terms, using the example of a flood claim reported in December and settled in May.", "e+", "communication")
n.s("When I asked which metric they would put in front of the pricing committee, they chose loss ratio by segment and explained why Gini alone would reassure nobody.", "e+", "metrics")
n.s("Lean no hire for the senior level; the monitoring gap is a big one for a pricing role.", "v-", "risk_awareness")
notes.append(n)

# ---- c05 Hiroshi Tanaka (he), r1 Document AI ----
n = Note(note_id="w11-n017", candidate_id="w11-c05", interviewer_id="w11-i02", req_id="w11-r1",
         round="debugging", submitted_at="2025-07-01", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="layout model regression")
n.b("debug - layout model F1 dropped after retrain", "c")
n.b("given: eval F1 0.88 -> 0.79 after adding 20k new docs", "c")
n.b("checked label distribution first -> new docs mostly from 1 broker", "e+", "data_intuition")
n.b("found that broker's forms had 'insured' / 'policyholder' labels swapped", "e+", "data_intuition")
n.b("fixed the mapping, reran eval -> back to 0.87", "e+", "coding")
n.b("solid debugger imo", "v+", "coding")
n.b("v quiet, had to ask him twice to talk thru what he was doing", "e-", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n018", candidate_id="w11-c05", interviewer_id="w11-i04", req_id="w11-r1",
         round="coding", submitted_at="2025-07-02", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="table parsing")
n.s("Hiroshi is a phenomenal engineer, one of the best coding rounds I've had this year!", "v+", "coding")
n.s("Exercise: parse table rows from OCR output into claim line items.", "c")
n.s("He wrote it cleanly and fast.", "v+", "coding")
n.s("Amazing attention to detail, a real craftsman.", "v+", "coding")
n.s("Lovely guy too, very humble.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n019", candidate_id="w11-c05", interviewer_id="w11-i06", req_id="w11-r1",
         round="behavioural", submitted_at="2025-07-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "first_person", "third_person"], topic="customer impact of triage")
n.h("Context")
n.s("Behavioural round; I asked about a project where the model's output affected customers directly.", "c", hard="question")
n.blank()
n.h("What happened")
n.s("Hiroshi described an OCR-based triage model that routed claims with poorly scanned documents to a slower manual queue.", "e0")
n.s("When I asked who those claims tended to belong to, he said he 'hadn't looked' and that it 'wasn't the model's job.'", "e-", "user_impact")
n.s("I mentioned that older claimants often send phone photos rather than scans; he said the fix was for them to 'use the app properly.'", "e-", "user_impact")
n.s("He was clear and thorough on the latency work in the same project, including how he cut p95 from 900ms to 250ms by batching pages.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.blank()
n.h("Concerns")
n.s("The candidate doesn't seem to see the customer at the end of the pipeline.", "v-", "user_impact")
n.s("Lean no hire, mainly on that.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n020", candidate_id="w11-c05", interviewer_id="w11-i01", req_id="w11-r1",
         round="data", submitted_at="2025-07-04", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="labelling strategy")
n.s("Data interview; forty-five minutes.", "c")
n.s("Mr Tanaka was given a sample of adjuster-labelled extraction errors and asked to propose a labelling strategy for the next model.", "c", hard="interviewer_action")
n.s("He observed that adjusters only correct the fields they happen to look at, so uncorrected fields cannot be presumed correct.", "e+", "data_intuition")
n.s("He proposed a small gold set, labelled twice by separate adjusters, from which to estimate the true error rate.", "e+", "metrics")
n.s("He did not consider whether that gold set ought to be stratified by form type, which matters given how unevenly the forms are distributed.", "e-", "data_intuition", hard="negated")
n.s("His written summary was concise and accurate.", "v+", "communication")
n.s("On balance I recommend hiring.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Fatima Al-Sayed (she), r2 Pricing ----
n = Note(note_id="w11-n021", candidate_id="w11-c06", interviewer_id="w11-i03", req_id="w11-r2",
         round="fundamentals", submitted_at="2025-08-05", recommendation="strong_hire", specificity=1,
         style=["terse"], topic="fundamentals")
n.s("Fatima - fundamentals.", "c")
n.s("Excellent.", "v+", hard="bare_verdict")
n.s("Very senior, deep pricing knowledge.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Would love her on the team.", "v+")
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n022", candidate_id="w11-c06", interviewer_id="w11-i05", req_id="w11-r2",
         round="system_design", submitted_at="2025-08-06", recommendation="strong_hire", specificity=5,
         style=["bullets", "quotes", "headings"], topic="renewal pricing fairness",
         ratings={"user_impact": "strong_hire", "system_thinking": "hire", "data_intuition": "lean_hire"})
n.h("System design - renewal pricing with fairness constraints")
n.b("Task: design the renewal pricing pipeline for UK home insurance, given the FCA rule that a renewal price cannot exceed the equivalent new-business price.", "c", hard="interviewer_action")
n.b("Before drawing anything she asked 'how do we define an equivalent customer, and who signs that definition off?'", "e+", "judgment", hard="question")
n.b("Split the design into a risk model, a demand model and a constrained optimiser, and said which team owns each.", "e+", "system_thinking")
n.b("Added a post-optimisation check that caps each renewal at the new-business price for the same risk profile and logs every capped quote.", "e+", "risk_awareness")
n.b("I asked how she would detect unfair outcomes by postcode.", "c", hard="question")
n.b("Answer: 'Compare premium-to-expected-loss ratios across deprivation deciles every month; if the top decile drifts above the rest, we investigate before the next release.'", "e+", "user_impact")
n.b("Sized the nightly batch at 3.2M renewals and estimated it at under an hour on the existing cluster.", "e+", "system_thinking")
n.b("Missed that the demand model's training data was itself shaped by years of price-walking, until I mentioned it.", "e-", "data_intuition")
n.b("She then said the elasticities would be biased and proposed a small randomised price test to re-estimate them.", "e+", "learning", "data_intuition")
n.b("Asked how a customer could challenge a price, she proposed storing the top rating factors for every quote so the contact centre could explain it.", "e+", "user_impact")
n.h("Verdict")
n.b("Strong hire; the fairness monitoring answer alone was better than most senior candidates manage.", "v+", "user_impact")
notes.append(n)

n = Note(note_id="w11-n023", candidate_id="w11-c06", interviewer_id="w11-i06", req_id="w11-r2",
         round="data", submitted_at="2025-08-07", recommendation="hire", specificity=4,
         style=["prose", "headings", "first_person", "third_person"], topic="postcode features")
n.h("Context")
n.s("Data round: postcode-level features in a pricing model.", "c")
n.s("I gave Fatima a feature list that included postcode sector and asked whether she would use it.", "c", hard="interviewer_action")
n.blank()
n.h("What happened")
n.s("She said postcode is a legitimate risk factor for flood and theft but can act as a proxy for ethnicity, and proposed checking outcomes by postcode against census data.", "e+", "user_impact")
n.s("She asked how many policies sat in each sector, noted that about a fifth of sectors had fewer than 30, and said she would smooth those towards their district.", "e+", "data_intuition")
n.s("The candidate then checked the claim dates and found the last quarter was incomplete.", "e+", "data_intuition", hard="plain_evidence")
n.blank()
n.h("Concerns")
n.s("Her explanation of the smoothing was dense and I had to ask for it twice.", "e-", "communication")
n.s("Otherwise very little to worry about.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n024", candidate_id="w11-c06", interviewer_id="w11-i07", req_id="w11-r2",
         round="behavioural", submitted_at="2025-08-08", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="bad pricing release")
n.s("Behavioural, 40 minutes.", "c")
n.s("I asked Fatima about a bad pricing release she had been involved in.", "c", hard="question")
n.s("She described a bug in a vehicle group mapping that underpriced vans by around 12% for nine days, and said she had been the one who approved the release.", "e+", "ownership")
n.s("She rolled it back herself, wrote the postmortem, and added a pre-release comparison of average premium by vehicle type.", "e+", "risk_awareness")
n.s("When I asked about disagreeing with a PM, her answer was thinner: a dispute over a dashboard, with little on how it was settled.", "e-", "communication")
n.s("Calm, and candid about her own mistakes.", "v+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w11_notes_part2.jsonl", notes)
