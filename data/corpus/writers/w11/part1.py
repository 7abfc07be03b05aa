import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Priya Raman (she), r1 Document AI ----
n = Note(note_id="w11-n001", candidate_id="w11-c01", interviewer_id="w11-i01", req_id="w11-r1",
         round="system_design", submitted_at="2025-03-11", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="claims form extraction",
         ratings={"system_thinking": "hire", "risk_awareness": "lean_hire"})
n.s("Interview: system design, sixty minutes, conducted remotely.", "c")
n.s("The candidate was asked to design an extraction pipeline for handwritten first notification of loss forms which are received by post and scanned in the mailroom.", "c", hard="interviewer_action")
n.s("Ms Raman began by asking what proportion of forms arrive handwritten as opposed to typed, and what the present manual keying error rate is.", "e+", "data_intuition", hard="question")
n.s("She proposed separating layout detection from field extraction, so that the layout model could be retrained when a form template changes without disturbing the extractor.", "e+", "system_thinking")
n.s("From the volumes I supplied she estimated roughly 4,000 forms per day and concluded that overnight batch processing would suffice, which was correct.", "e+", "system_thinking")
n.s("When I asked how low-confidence fields would be handled, she described a review queue in which adjusters see only the fields below a threshold, with the original image crop displayed alongside.", "e+", "risk_awareness")
n.s("She further proposed that the threshold be set per field, observing that an incorrect policy number is considerably more costly than an incorrect telephone number.", "e+", "judgment")
n.s("She did not, however, address how those thresholds would be revisited once the model began to drift.", "e-", "risk_awareness", hard="negated")
n.s("I raised the point with her; she then suggested auditing a fixed share of high-confidence fields each week, which is a sensible remedy.", "e+", "learning")
n.s("Her exposition was orderly throughout and on two occasions she checked whether I wished her to go into greater depth.", "e+", "communication")
n.s("Asked whether claimants would be told that a machine had read their form, she said the acknowledgement letter should say so and offer a route to query it.", "e+", "user_impact")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n002", candidate_id="w11-c01", interviewer_id="w11-i03", req_id="w11-r1",
         round="coding", submitted_at="2025-03-12", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="OCR post-processing")
n.s("Coding round with Priya.", "c")
n.s("Really strong coder.", "v+", "coding")
n.s("Knows her stuff on OCR and parsing.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good communication, clean solution.", "v+", "communication")
n.s("Would be a great addition to the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n003", candidate_id="w11-c01", interviewer_id="w11-i05", req_id="w11-r1",
         round="debugging", submitted_at="2025-03-13", recommendation="hire", specificity=5,
         style=["bullets", "quotes", "first_person"], topic="date field extraction",
         ratings={"coding": "hire", "data_intuition": "strong_hire"})
n.h("Debugging: extraction service returning blank dates")
n.b("Setup: I gave her a failing unit test and logs from the date-field extractor, which was returning empty strings for about 8% of scanned claim forms.", "c", hard="interviewer_action")
n.b("First thing she asked: 'Are the blanks clustered by scanner or by form version?'", "e+", "data_intuition", hard="question")
n.b("Grouped the failing IDs by form version with a quick groupby and found every failure was on the 2019 template.", "e+", "data_intuition")
n.b("Read the regex and pointed out it assumed DD/MM/YYYY while the 2019 form prints dates as '03 Jan 2019'.", "e+", "coding")
n.b("Wrote the fix plus two test cases, one per date layout, before running anything.", "e+", "coding", hard="plain_evidence")
n.b("I asked what she would do if a third format turned up in production.", "c", hard="question")
n.b("Answer: 'Log the raw string we couldn't parse, count it on the dashboard, and send the field to the review queue rather than writing a blank.'", "e+", "risk_awareness")
n.b("Did not check timezone handling on the parsed dates, which was the second planted bug.", "e-", "coding", hard="negated")
n.b("When I hinted at it she found it inside two minutes and said 'I'd have missed that in prod too, worth a test.'", "e+", "learning")
n.b("I asked how she would know the fix worked in production; she proposed tracking the blank-date rate per form version daily for two weeks.", "e+", "metrics")
n.h("Verdict")
n.b("Hire: methodical and led by the evidence at every step.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n004", candidate_id="w11-c01", interviewer_id="w11-i07", req_id="w11-r1",
         round="behavioural", submitted_at="2025-03-14", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="disagreement with PM")
n.s("Behavioural round, 45 minutes, focused on disagreement and ownership.", "c")
n.s("I asked Priya to tell me about a time she disagreed with a product manager.", "c", hard="question")
n.s("She described a PM who wanted to auto-approve claims under £500 on the strength of overall extraction accuracy, and she pushed back because accuracy on the amount field was 97% but on bank details only 91%.", "e+", "judgment")
n.s("She proposed auto-approval only where both fields cleared their thresholds, and said the PM came round after she costed a single misdirected payment.", "e+", "communication")
n.s("She was open that she lost a different argument about launching before Christmas, and described what she monitored for a month as a result.", "e+", "ownership")
n.s("I found her account specific and honest.", "v+", "communication")
n.s("When I asked how she follows up after handing work to another team, she gave a general answer with no example.", "e-", "ownership")
n.s("Hire from my side.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Tomasz Nowak (he), r2 Pricing ----
n = Note(note_id="w11-n005", candidate_id="w11-c02", interviewer_id="w11-i02", req_id="w11-r2",
         round="data", submitted_at="2025-04-02", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="motor claims frequency",
         ratings={"metrics": "no_hire", "data_intuition": "lean_no_hire"})
n.b("data round - motor pricing, claims freq dataset", "c")
n.b("q: given 3y of motor policies + claims, how would u build a freq model", "c", hard="question")
n.b("went straight to GBM w/ poisson loss -> fine choice", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.b("only brought up the exposure offset after I prompted, hadn't thought about part-year policies", "e-", "data_intuition")
n.b("split train/test randomly, not by policy year -> leakage across renewals of the same policy", "e-", "data_intuition", hard="plain_evidence")
n.b("reported gini 0.41 on holdout + said 'so it beats the GLM, we ship it'", "e-", "metrics")
n.b("ml side fine: explained why poisson needs log(exposure) as an offset not a feature once I raised it", "e+", "ml_fundamentals")
n.b("pushed: offline gini vs actual loss ratio once prices move -> he said gini is 'the standard everyone uses'", "e-", "metrics", "learning")
n.b("no mention of regulator sign-off or price-walking rules", "e-", "user_impact", hard="negated")
n.b("code tidy tbh", "v+", "coding")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n006", candidate_id="w11-c02", interviewer_id="w11-i05", req_id="w11-r2",
         round="fundamentals", submitted_at="2025-04-03", recommendation="no_hire", specificity=5,
         style=["bullets", "quotes", "headings"], topic="pricing losses and metrics",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "no_hire", "learning": "no_hire"})
n.h("Fundamentals - pricing")
n.b("Q1: explain a Tweedie loss and when you would use it for premiums.", "c", hard="question")
n.b("Said 'it's for a target with lots of zeros and positive amounts, like pure premium' and correctly tied the power parameter to Poisson and gamma.", "e+", "ml_fundamentals")
n.b("Q2: new model has higher holdout AUC but the pilot loss ratio got worse, why might that be", "c", hard="question")
n.b("Answer: 'The pilot must have been too small, the AUC is the more reliable number.'", "e-", "metrics")
n.b("Follow-up: I noted the pilot covered 40k policies.", "c", hard="interviewer_action")
n.b("He repeated that AUC was 'the ground truth for ranking quality' and did not consider that the price change itself alters who buys.", "e-", "metrics", "learning")
n.b("Could not say how he would check calibration by premium band.", "e-", "ml_fundamentals", hard="negated")
n.b("On regularisation, gave a clear and correct account of why ridge helps with correlated rating factors such as vehicle group and engine size.", "e+", "ml_fundamentals")
n.h("Verdict")
n.b("No hire: treats the offline metric as truth and defended it twice when given contrary data.", "e-", "metrics", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w11-n007", candidate_id="w11-c02", interviewer_id="w11-i04", req_id="w11-r2",
         round="system_design", submitted_at="2025-04-03", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="pricing engine serving")
n.s("What a lovely conversation!", "v+", "communication")
n.s("I asked Tomasz to design the serving side of a home insurance pricing engine.", "c", hard="interviewer_action")
n.s("He was brilliant, truly impressive depth on feature stores and low-latency scoring.", "v+", "system_thinking", hard="tech_vague")
n.s("He put the rating factors into a precomputed postcode table and scored the GBM in-process, quoting under 30ms per quote.", "e+", "system_thinking")
n.s("Wonderful energy and a real passion for insurance.", "v+", hard="biased")
n.s("He did not talk about what happens if a bad model is released, though I ran out of time to ask.", "e-", "risk_awareness", hard="negated")
n.s("Hire, and I'd happily work with him.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n008", candidate_id="w11-c02", interviewer_id="w11-i06", req_id="w11-r2",
         round="behavioural", submitted_at="2025-04-05", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "first_person", "third_person"], topic="disagreement with PM")
n.h("Context")
n.s("Behavioural round for the Senior Pricing role.", "c")
n.s("I asked Tomasz about a time a PM disagreed with one of his modelling decisions.", "c", hard="question")
n.blank()
n.h("What happened")
n.s("He described a PM asking to hold back a new lapse model until the quarter closed; he escalated to the director and got it shipped anyway.", "e0", "judgment", hard="mixed")
n.s("When I asked what the PM's reasoning had been, the candidate said he 'didn't really find out, it was politics.'", "e-", "communication")
n.s("He described owning the monitoring dashboard for that model afterwards and fixing a broken feature join himself.", "e+", "ownership")
n.blank()
n.h("Concerns")
n.s("Twice he gave offline lift as the reason a launch was justified, with no mention of how the model did once live.", "e-", "metrics")
n.s("I pressed on how he would know the model had not hurt retention among older customers; he said that 'was the business's call.'", "e-", "user_impact")
n.s("I came away thinking he is a capable modeller who does not listen much.", "v-", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---- c03 Adaeze Okafor (she), r1 Document AI ----
n = Note(note_id="w11-n009", candidate_id="w11-c03", interviewer_id="w11-i02", req_id="w11-r1",
         round="coding", submitted_at="2025-05-06", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="OCR box merging")
n.b("coding - bbox merging", "c")
n.b("task: merge overlapping OCR word boxes into text lines", "c", hard="interviewer_action")
n.b("started w/ O(n^2) pairwise overlap check, said so out loud + moved on", "e0", "coding")
n.b("first version merged boxes across columns -> 2-col forms came out garbled", "e-", "coding")
n.b("hint: sort by y then x -> she rewrote the loop in ~5 min & explained why sorting fixes it", "e+", "learning")
n.b("added tests for empty page, single box, rotated scan", "e+", "coding", hard="plain_evidence")
n.b("asked whether real scans get deskewed before this step", "e+", "data_intuition", hard="question")
n.b("var names tmp, tmp2, bb -> hard to follow", "e-", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n010", candidate_id="w11-c03", interviewer_id="w11-i04", req_id="w11-r1",
         round="fundamentals", submitted_at="2025-05-07", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person"], topic="layout models and calibration")
n.s("Adaeze was an absolute delight.", "v+", hard="biased")
n.s("Fundamentals round, 45 mins; I covered layout models and calibration.", "c")
n.s("Incredible knowledge of LayoutLM-style architectures and how they fuse text with position.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She explained that the 2D position embeddings let the model tell a 'Total' label in the footer from one in a table header, and sketched the input on the whiteboard.", "e+", "ml_fundamentals")
n.s("On calibration she first said softmax outputs are probabilities, then when I asked whether they would match observed accuracy she corrected herself and described temperature scaling on a held-out set.", "e+", "learning", "ml_fundamentals")
n.s("Super bright, will grow fast.", "v+", "learning")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n011", candidate_id="w11-c03", interviewer_id="w11-i06", req_id="w11-r1",
         round="system_design", submitted_at="2025-05-08", recommendation="hire", specificity=4,
         style=["prose", "headings", "first_person", "third_person"], topic="review queue design")
n.h("Context")
n.s("System design: a human-in-the-loop review queue for fields extracted from garage repair invoices.", "c")
n.blank()
n.h("What happened")
n.s("She started by asking how many adjusters were on per shift and how long a review took, then used 40 seconds per field to size the queue at about 1,200 fields per adjuster per day.", "e+", "system_thinking")
n.s("She sized storage for the image crops at about 50GB a year and said that was too small to worry about.", "e+", "system_thinking")
n.s("I pointed out that adjusters' corrections would become training labels.", "c", hard="interviewer_action")
n.s("She immediately asked whether adjusters disagree with one another, and proposed double-labelling 5% of items to measure it.", "e+", "data_intuition")
n.s("Her first design sent every low-confidence field to one queue; after I mentioned that some garages are known fraud risks, she added a priority lane and explained the ordering.", "e+", "learning")
n.blank()
n.h("Concerns")
n.s("I am not sure she has run anything like this in production herself.", "v-", "ownership", hard="hedged")
n.s("She did not say what happens when the queue backs up over a bank holiday.", "e-", "risk_awareness", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n012", candidate_id="w11-c03", interviewer_id="w11-i07", req_id="w11-r1",
         round="data", submitted_at="2025-05-09", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person"], topic="adjuster label noise")
n.s("Data round on label noise from adjusters.", "c")
n.s("I gave Adaeze 500 extracted claim amounts alongside the adjuster-corrected values and asked what she made of them.", "c", hard="interviewer_action")
n.s("She plotted corrected minus extracted and noticed a spike at exactly ten times, which she put down to a dropped decimal point in the OCR.", "e+", "data_intuition")
n.s("She then found that a third of all corrections came from one adjuster and asked whether that person had a different workflow.", "e+", "data_intuition", hard="question")
n.s("She did not consider that an adjuster might 'correct' a right value into a wrong one.", "e-", "data_intuition", hard="negated")
n.s("When I raised it she suggested spot-auditing corrections against the original image, which is reasonable.", "e+", "learning")
n.s("Her summary at the end was clear but slightly rushed.", "v0", "communication", hard="mixed")
n.s("Lean hire; I'd like the coding round to confirm.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w11_notes_part1.jsonl", notes)
