import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Priya (she), r1 -- panel i01, i02, i03, i06
n = Note(note_id="w20-n001", candidate_id="w20-c01", interviewer_id="w20-i01", req_id="w20-r1",
         round="data", submitted_at="2025-02-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="comps data quality",
         ratings={"data_intuition": "strong_hire"})
n.s("Data round with Priya, 45 min.", "c")
n.s("I gave her a sheet of about 2,000 closed sales from two counties and asked her to tell me what was wrong with it before she built anything.", "c", hard="interviewer_action")
n.s("First thing she did was sort by price per square foot, and she found the forty-odd rows where the living area was really the lot size.", "e+", "data_intuition", hard="plain_evidence")
n.s("She asked whether the sale dates were contract dates or recording dates, which is exactly what a good appraiser asks.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She also picked out the sales between family members, called them non-arm's-length without me saying it, and said she'd keep them out of the comps.", "e+", "data_intuition")
n.blank()
n.s("When I asked how she'd check a valuation model on this data, she said a random split would put next-door neighbors in both train and test, so she'd hold out whole ZIP codes.", "e+", "ml_fundamentals", "data_intuition")
n.s("I pushed on ZIPs being too coarse in the rural county and she agreed, switched to census tracts and said she'd look at error by block size.", "e+", "learning")
n.s("She didn't get to the time side of it: nothing about last spring's sales being priced in a different rate market.", "e-", "data_intuition", hard="negated")
n.s("Checked with me twice that I was following when she drew the split on the whiteboard.", "e+", "communication")
n.s("Knows houses better than most engineers I've sat with.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n002", candidate_id="w20-c01", interviewer_id="w20-i02", req_id="w20-r1",
         round="system_design", submitted_at="2025-02-12", recommendation="hire", specificity=5,
         style=["bullets", "terse", "american"], topic="AVM nightly refresh",
         ratings={"system_thinking": "strong_hire", "user_impact": "lean_no_hire"})
n.s("System design, 60 min. Prompt: nightly AVM refresh for ~1.4M active listings.", "c", sep="")
n.b("Sized it: 1.4M listings x ~300 features; said batch scoring fits in about 2 h on 20 workers, did the arithmetic out loud.", "e+", "system_thinking", marker="1) ")
n.b("Separated comps retrieval (k-NN on lat/long + attributes) from the GBM; said retrieval would be the slow step.", "e+", "system_thinking", marker="2) ")
n.b("Guardrail: if a home's estimate moves >8% overnight, hold the old value and send it to review.", "e+", "risk_awareness", marker="3) ")
n.b("Asked what the rollback unit was: whole model or per region.", "e+", "risk_awareness", hard="question", marker="4) ")
n.b("Metric: MdAPE, reported by price band, because she expected homes over $2M to have roughly twice the error.", "e+", "metrics", marker="5) ")
n.b("Did not ask how fresh the MLS feed was. When asked, said 'assume daily' and moved on.", "e-", "data_intuition", marker="6) ")
n.b("Said fair-lending rules 'probably don't apply to an estimate'. Wrong for us; she did not ask.", "e-", "user_impact", marker="7) ")
n.b("Hire. Not SH because of 6) and 7).", "v0", hard="mixed", marker="")
notes.append(n)

n = Note(note_id="w20-n003", candidate_id="w20-c01", interviewer_id="w20-i03", req_id="w20-r1",
         round="fundamentals", submitted_at="2025-02-12", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="AVM fundamentals")
n.s("Priya was fantastic!!", "v+")
n.s("Super sharp, really deep understanding of gradient boosting and all the valuation stuff.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Great energy, would be a wonderful addition to the team.", "v+", hard="biased")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n004", candidate_id="w20-c01", interviewer_id="w20-i06", req_id="w20-r1",
         round="behavioural", submitted_at="2025-02-13", recommendation="hire", specificity=4,
         style=["headings", "bullets", "third_person", "american"], topic="ownership of a drift incident",
         ratings={"ownership": "hire", "communication": "hire"})
n.h("Strengths")
n.b("Described owning the rollback of a rent-estimate model at her last company after she noticed estimates in two metros had drifted up 6% in a week; she wrote the postmortem herself.", "e+", "ownership")
n.b("Asked what she would change, she said she would have put per-metro alerts in before launch instead of after.", "e+", "risk_awareness")
n.b("Explained the drift as she would to a loan officer: 'the model saw three expensive flips and decided the whole street went up.'", "e+", "communication", hard="plain_evidence")
n.h("Risks")
n.b("May lean toward fixing things alone: asked how she got the vendor to correct the feed, she said she 'just patched it on our side'.", "e-", "ownership", hard="hedged")
n.b("Possibly a little quick to agree to scope.", "v-", "judgment", hard="hedged")
n.h("Recommendation")
n.b("Hire.", "v+", hard="bare_verdict")
n.b("When pressed, she gave the alert threshold, the dates and the dashboard name without hesitating.", "e+", "ownership")
notes.append(n)

# c02 Tomasz (he), r1 -- offline metric as truth (i02, i06), defensive (i02, i05)
n = Note(note_id="w20-n005", candidate_id="w20-c02", interviewer_id="w20-i02", req_id="w20-r1",
         round="fundamentals", submitted_at="2025-03-04", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "terse", "american"], topic="AVM validation",
         ratings={"data_intuition": "no_hire", "ml_fundamentals": "hire"})
n.s("Fundamentals, 45 min.", "c")
n.s("Discussed his past AVM; he said it improved MAPE from 7.9% to 6.1% on a random 80/20 split.", "e0", "metrics")
n.b("Asked if the split was by location. Said no, random rows, 'that's standard'.", "e-", "data_intuition", marker="1) ")
n.b("I asked whether neighboring homes in both train and test could inflate the 6.1%. He said 'not meaningfully' and offered no check.", "e-", "data_intuition", marker="2) ")
n.b("Stated that 6.1% offline means customers see estimates within 6%; conflated the offline number with live error on unsold homes.", "e-", "metrics", marker="3) ")
n.b("Bias/variance: correctly explained why deep trees overfit thin markets; suggested min_child_samples ~50.", "e+", "ml_fundamentals", marker="4) ")
n.b("Could not say how the 2022 rate jump would affect a model trained on 2020-21 sales.", "e-", "data_intuition", hard="negated", marker="5) ")
n.b("Pushback on 1)-3) met with 'we shipped it and nobody complained'.", "e-", "learning", marker="6) ")
n.b("LNH.", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w20-n006", candidate_id="w20-c02", interviewer_id="w20-i06", req_id="w20-r1",
         round="system_design", submitted_at="2025-03-05", recommendation="lean_no_hire", specificity=4,
         style=["headings", "bullets", "third_person", "arrows"], topic="AVM launch",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "metrics": "lean_no_hire"})
n.h("Strengths")
n.b("Tomasz laid out the pipeline: vendor feeds -> dedupe by parcel ID -> feature store -> daily batch scoring -> API cache.", "e+", "system_thinking")
n.b("He estimated the cache at about 3 GB for 1.4M homes and redid the number when asked.", "e+", "system_thinking")
n.b("Strong engineer overall.", "v+")
n.h("Risks")
n.b("Proposed launching the new model in every market once offline MAPE beat the old one, with no shadow period and no per-region comparison.", "e-", "risk_awareness", "metrics")
n.b("Asked what he would watch after launch, he named only overall MAPE on homes that later sell, which arrives weeks late.", "e-", "metrics")
n.b("When the interviewer noted that majority-Black tracts had higher error in the old model, he called it 'a data problem, not a model problem' and did not come back to it.", "e-", "user_impact")
n.b("The candidate did not ask who uses the estimate.", "e-", "user_impact", hard="negated")
n.h("Recommendation")
n.b("Lean no hire; the engineering is there but the launch plan treats the offline score as the answer.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w20-n007", candidate_id="w20-c02", interviewer_id="w20-i05", req_id="w20-r1",
         round="coding", submitted_at="2025-03-05", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "typos"], topic="comps radius search")
n.s("Coding interview with Tomasz, 50 minutes.", "c")
n.s("I ask him to write a function that find the comparable sales inside a radius, using haversine distance.", "c", hard="interviewer_action")
n.s("He write it fast and clean, and he add a bounding box filter first so it not compute the distance for all the houses.", "e+", "coding")
n.s("He test with the two points I give him and one he invent himself across the date line, this I like.", "e+", "coding", hard="verdict_plus_evidence")
n.s("When I tell him the bounding box is wrong near the poles he say it does not matter for houses, which is true, but he say it a bit annoyed.", "e0", "learning", hard="mixed")
n.s("After, he not want to change the variable names I suggest, he say 'it's fine like this'.", "e-", "learning")
n.s("Very good coder, for me one of the best this month.", "v+", "coding")
n.s("Communication is more difficult, he don't explain much.", "v-", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n008", candidate_id="w20-c02", interviewer_id="w20-i04", req_id="w20-r1",
         round="data", submitted_at="2025-03-06", recommendation="lean_no_hire", specificity=4,
         style=["fragments", "abbreviations", "first_person"], topic="listing data and rate shift")
n.s("Data round, Tomasz, 45 min, notes in order.", "c")
n.nl()
n.s("0-5 min: intros, walked him through the dataset (listing photos + tabular, ~300k homes).", "c")
n.nl()
n.s("5-15 min: went straight to a model; didn't look at the target distribution until I asked.", "e-", "data_intuition")
n.nl()
n.s("15-20 min: once he plotted the histogram he found the $1 sales (quitclaim transfers) and dropped them.", "e+", "data_intuition")
n.nl()
n.s("20-30 min: I asked about staged listing photos; he said staging 'washes out' and didn't consider the model could learn to favor staged homes.", "e-", "data_intuition")
n.nl()
n.s("30-40 min: rate shift q -- what happens to the model after rates go from 3% to 7%?", "c", hard="question")
n.s("He said retrain monthly and it 'will catch up'; no plan for the weeks in between, no look at error by month.", "e-", "risk_awareness")
n.nl()
n.s("40-45 min: his questions were all about the tech stack.", "e0")
n.nl()
n.s("Overall: capable but treats the model as the end of the story.", "v-", "judgment")
n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

# history notes
n = Note(note_id="w20-n009", candidate_id="w20-c09", interviewer_id="w20-i03", req_id="w20-r2",
         round="fundamentals", submitted_at="2024-11-19", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="OCR fundamentals")
n.s("Really enjoyed talking with Deepa.", "v+")
n.s("Knows OCR and layout models inside and out, tons of experience with transformers.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Would be a nice culture fit with the doc team.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n010", candidate_id="w20-c10", interviewer_id="w20-i01", req_id="w20-r1",
         round="fundamentals", submitted_at="2024-12-03", recommendation="no_hire", specificity=4,
         style=["prose", "first_person"], topic="pricing an atypical property")
n.s("Fundamentals with Brandon.", "c")
n.s("I asked him how he'd price a house that's the only waterfront lot on its street.", "c", hard="interviewer_action")
n.s("He said he'd average the five nearest sales, and when I asked if any of those were on the water he said the model would figure it out.", "e-", "data_intuition")
n.s("He never made an adjustment for the view or the lot -- back when I appraised, a comp like that gets kicked back by the underwriter.", "e-", "data_intuition", hard="negated")
n.s("He did explain L1 vs L2 loss correctly and said L1 holds up better when a few mansions are in the data.", "e+", "ml_fundamentals")
n.s("Asked how he'd know the model was off on a street like that, he didn't have an answer.", "e-", "risk_awareness")
n.s("Nice kid.", "v+", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n011", candidate_id="w20-c11", interviewer_id="w20-i05", req_id="w20-r2",
         round="system_design", submitted_at="2025-01-22", recommendation="hire", specificity=4,
         style=["prose", "first_person", "typos"], topic="income extraction with human review")
n.s("System design. The problem: extract the income from pay stubs and W-2 that customers upload, with human review when the model is not sure.", "c")
n.s("Yusuf start by asking how many documents per day and how fast the loan officer need the answer.", "e+", "judgment")
n.s("He say 20k documents a day, the peak is in the morning, and he calculate around 2 reviewers per 1k documents if 15% go to review.", "e+", "system_thinking")
n.s("For the review threshold he propose per field: the employer name can be a bit wrong, but gross income must be very sure.", "e+", "judgment")
n.s("He mention the reviewer corrections should go back as labels, but also that reviewers get tired and the labels after 4pm maybe are worse.", "e+", "data_intuition")
n.s("I did not hear nothing about what happen if the OCR vendor change their model.", "e-", "risk_awareness", hard="negated")
n.s("I ask about customers with handwritten stubs, more common in some jobs; he say they should not wait longer than the others and propose to measure time to decision by document type.", "e+", "user_impact")
n.s("He explain everything with a diagram, very organized.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n012", candidate_id="w20-c12", interviewer_id="w20-i02", req_id="w20-r1",
         round="fundamentals", submitted_at="2024-10-08", recommendation="no_hire", specificity=5,
         style=["bullets", "terse"], topic="AVM intervals")
n.s("Fundamentals. 45 min. Topics: validating an AVM, calibrating intervals.", "c", sep="")
n.b("Proposed 5-fold random CV on 600k sales. Asked about nearby houses: said spatial autocorrelation 'is not a concern with enough data'.", "e-", "data_intuition", marker="1) ")
n.b("Gave the 80% interval as mean +/- 1.28 sigma, assumed normal errors, did not check coverage.", "e-", "ml_fundamentals", marker="2) ")
n.b("Shown that coverage was 61% in rural tracts, she called rural homes 'outliers' and proposed dropping them from evaluation.", "e-", "metrics", "user_impact", marker="3) ")
n.b("Once steered to quantile loss, wrote the pinball loss correctly first try.", "e0", "ml_fundamentals", "learning", marker="4) ")
n.b("Zero clarifying questions in 45 min.", "e-", "judgment", hard="negated", marker="5) ")
n.b("NH.", "v-", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w20_notes_part1.jsonl", notes)
