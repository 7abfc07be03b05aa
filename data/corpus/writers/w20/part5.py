import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w20-n049", candidate_id="w20-c25", interviewer_id="w20-i04", req_id="w20-r1",
         round="system_design", submitted_at="2025-01-14", recommendation="no_hire", specificity=4,
         style=["fragments", "first_person"], topic="real-time estimate for new listings")
n.s("System design, Mei, 60 min.", "c")
n.s("Prompt: an estimate for a home the moment it's listed.", "c")
n.nl()
n.s("0-15 min: jumped into Kafka + Flink before asking how many new listings arrive a day.", "e-", "system_thinking")
n.nl()
n.s("15-30 min: when I said ~8k/day, kept the streaming design anyway.", "e-", "learning", "system_thinking")
n.nl()
n.s("30-40 min: comps lookup sitting in the request path, no latency estimate.", "e-", "system_thinking")
n.nl()
n.s("40-50 min: couldn't explain why the estimate for a brand-new listing might differ from its list price.", "e-", "ml_fundamentals")
n.nl()
n.s("50-60 min: her qs: none.", "e-", "judgment", hard="negated")
n.nl()
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n050", candidate_id="w20-c26", interviewer_id="w20-i06", req_id="w20-r2",
         round="system_design", submitted_at="2025-02-18", recommendation="hire", specificity=4,
         style=["headings", "bullets", "third_person", "arrows"], topic="multi-document extraction")
n.h("Strengths")
n.b("Kofi split extraction into doc-type classifier -> per-type extractor -> cross-document checks (W-2 wages vs. pay stub YTD), and explained that the cross-check catches OCR errors neither document shows alone.", "e+", "system_thinking")
n.b("He put document image storage at roughly 40 TB a year and proposed cold storage once the loan closes.", "e+", "system_thinking")
n.b("When the interviewer asked about applicants with documents in Spanish, he proposed measuring extraction accuracy by language before launch.", "e+", "user_impact")
n.h("Risks")
n.b("He did not describe how the team would learn that cross-checks were failing more often.", "e-", "risk_awareness", hard="negated")
n.b("Explanations were clear but quick; he rarely checked whether the interviewer was following.", "v-", "communication")
n.h("Recommendation")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n051", candidate_id="w20-c27", interviewer_id="w20-i01", req_id="w20-r1",
         round="behavioural", submitted_at="2025-03-11", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="vendor data fix")
n.s("Behavioral with Grace.", "c")
n.s("She told me about a county where her team's estimates ran 15% high for months, and how she drove out and walked three subdivisions to see why.", "e+", "ownership", hard="plain_evidence")
n.s("Turned out the vendor had new construction tagged as resales; she got them on a call, sent fifty examples, and followed up every week till they fixed it.", "e+", "ownership")
n.s("She said she told her manager the first day, before she even knew the cause.", "e+", "communication")
n.s("When I asked what she'd have done if the vendor never fixed it, she said she'd drop that field for that county and eat the accuracy hit.", "e+", "judgment")
n.s("Good egg.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n052", candidate_id="w20-c28", interviewer_id="w20-i02", req_id="w20-r2",
         round="coding", submitted_at="2025-03-25", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse"], topic="OCR line merge")
n.s("Coding, 45 min. Problem: merge OCR tokens into lines, return the value to the right of a given label.", "c", sep="")
n.b("Clarified: multiple matches? rotated pages? Asked both.", "e+", "judgment", hard="question", marker="1) ")
n.b("Line merge by y-overlap > 50% of token height. Correct on the 3 sample pages.", "e+", "coding", marker="2) ")
n.b("Value lookup returned the first token right of the label; missed multi-token values ('$4,512.33 USD' split in two).", "e-", "coding", marker="3) ")
n.b("After I pointed at it, extended to merge tokens with gap < 1 char width. Took 9 min.", "e0", "learning", "coding", hard="mixed", marker="4) ")
n.b("Narrated throughout; I always knew where he was.", "v+", "communication", marker="5) ")
n.b("LH.", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w20-n053", candidate_id="w20-c29", interviewer_id="w20-i05", req_id="w20-r1",
         round="fundamentals", submitted_at="2025-04-01", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "typos"], topic="bias and variance in AVM")
n.s("Fundamentals interview with Hana about the valuation model.", "c")
n.s("She explain bias and variance very nice, with the example of a neighborhood with only 3 sales.", "e+", "ml_fundamentals")
n.s("But then she say that for reduce overfitting we add more features, this is not correct.", "e-", "ml_fundamentals")
n.s("When I ask again she correct herself, she say sorry, she mean more data, not more features.", "e+", "learning")
n.s("About leakage in space she don't know, she say she never hear about it.", "e-", "data_intuition")
n.s("She is very nervous, maybe because is her first interview in English.", "v-", hard="biased")
n.s("Lean hire, I think she can learn.", "v+", "learning")
notes.append(n)

n = Note(note_id="w20-n054", candidate_id="w20-c30", interviewer_id="w20-i03", req_id="w20-r2",
         round="behavioural", submitted_at="2025-04-22", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Tyler is a great guy.", "v+", hard="biased")
n.s("Clearly an owner type, he talked about a pipeline he built.", "v+", "ownership")
n.s("Asked good questions about our team.", "v+")
n.s("Strong communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n055", candidate_id="w20-c31", interviewer_id="w20-i04", req_id="w20-r1",
         round="data", submitted_at="2025-05-20", recommendation="hire", specificity=5,
         style=["fragments", "first_person"], topic="rate regime shift in sales data")
n.s("Data round, Ifeoma, 45 min.", "c")
n.s("Dataset: 5 years of sales in one metro, rate jump in the middle.", "c")
n.nl()
n.s("0-10 min: plotted median price by month before anything else; pointed at the flattening after mid-2022.", "e+", "data_intuition")
n.nl()
n.s("10-20 min: train on everything, validate on the last 6 months only, 'because that's the market we'll be predicting in'.", "e+", "ml_fundamentals")
n.nl()
n.s("20-30 min: I asked if she'd drop the pre-2022 data.", "c", hard="question")
n.s("No -- keep it for house-level structure, add sale month as a feature, check error by month on the holdout.", "e+", "judgment")
n.nl()
n.s("30-40 min: noticed over half the 2023 sales were new builds from one builder, asked whether builder incentives were baked into the prices.", "e+", "data_intuition")
n.nl()
n.s("40-45 min: wanted error split for the first-time-buyer price range, since that's who a bad estimate misleads most.", "e+", "user_impact")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n056", candidate_id="w20-c32", interviewer_id="w20-i06", req_id="w20-r1",
         round="system_design", submitted_at="2025-06-17", recommendation="lean_no_hire", specificity=3,
         style=["headings", "bullets", "third_person"], topic="launching a new estimate")
n.h("Strengths")
n.b("Pablo knows the tabular ML toolbox well.", "v+", "ml_fundamentals", hard="tech_vague")
n.b("He proposed a reasonable-sounding split between a nightly batch job and an API.", "v0", "system_thinking", hard="tech_vague")
n.h("Risks")
n.b("Asked how he would launch the new estimate, he said it would go live once it beat the old one on the test set.", "e-", "metrics")
n.b("Asked about a customer whose estimate dropped $40k overnight, he said the customer should understand that models have error.", "e-", "user_impact")
n.b("When the interviewer pushed on this, he gave the same answer again.", "e-", "learning")
n.h("Recommendation")
n.b("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n057", candidate_id="w20-c33", interviewer_id="w20-i05", req_id="w20-r2",
         round="system_design", submitted_at="2025-07-15", recommendation="hire", specificity=4,
         style=["prose", "third_person", "typos"], topic="review queues across time zones")
n.s("Design: the system for human review, the reviewers are in two countries.", "c")
n.s("Sergei ask first how many reviewers and which time zones, then he design two queues, one for each shift.", "e+", "system_thinking")
n.s("He propose the reviewer see the model suggestion but also a button 'not sure', because he say if not, the reviewer just accept what the model say.", "e+", "data_intuition")
n.s("In my old team the reviewers accepted 98% of suggestions and nobody checked, so this point is important for us.", "c")
n.s("He explain the design like for a new person in the team, step by step, and he stop to ask if is clear.", "e+", "communication")
n.s("In his example from before he say the queue was his project and he fix it himself when it break at night.", "e+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n058", candidate_id="w20-c34", interviewer_id="w20-i01", req_id="w20-r2",
         round="data", submitted_at="2025-08-26", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="vendor-labeled income docs")
n.s("Data round with Zara on vendor-labeled income docs.", "c")
n.s("She trained a model straight off the vendor labels and reported 97% field accuracy without opening a single document.", "e-", "data_intuition")
n.s("I asked how she'd know the labels were any good and she said the vendor has a 99% SLA.", "e-", "data_intuition")
n.s("When I showed her five stubs where the vendor typed the year-to-date total in as the paycheck amount, she said 'those are edge cases'.", "e-", "learning")
n.s("To her credit she then suggested spot-checking 100 documents a month.", "e+", "data_intuition")
n.s("Didn't explain much unless I asked.", "v-", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n059", candidate_id="w20-c35", interviewer_id="w20-i02", req_id="w20-r1",
         round="debugging", submitted_at="2025-09-16", recommendation="hire", specificity=5,
         style=["bullets", "terse", "quotes"], topic="bad model pushed prices",
         ratings={"risk_awareness": "strong_hire"})
n.s("Debugging, 45 min. Scenario: estimates in one metro up 11% in a week; closed sales flat.", "c", sep="")
n.b("First action: froze estimate updates for that metro. 'Stop the bleeding, then look.'", "e+", "risk_awareness", marker="1) ")
n.b("Diffed feature distributions week over week; found lot_size up 10x for 6,200 homes.", "e+", "data_intuition", marker="2) ")
n.b("Traced it to the vendor feed switching from acres to sq ft. 14 min.", "e+", "data_intuition", marker="3) ")
n.b("Proposed a unit check on ingest (lot size range per county) and a block on any run moving >1% of homes by 5%.", "e+", "risk_awareness", marker="4) ")
n.b("Said he would write the incident summary and send it to the vendor himself.", "e+", "ownership", marker="5) ")
n.b("Did not mention the homeowners who saw the inflated numbers.", "e-", "user_impact", hard="negated", marker="6) ")
n.b("H.", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w20-n060", candidate_id="w20-c36", interviewer_id="w20-i03", req_id="w20-r1",
         round="fundamentals", submitted_at="2025-10-07", recommendation="strong_hire", specificity=2,
         style=["prose", "terse"], topic="AVM fundamentals")
n.s("Noor is amazing.", "v+")
n.s("She explained spatial cross-validation and quantile regression super clearly.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Asked about our fair lending review, which was nice.", "e+", "user_impact", hard="question")
n.s("Strong hire, no doubt.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w20_notes_part5.jsonl", notes)
