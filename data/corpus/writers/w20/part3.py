import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c05 Hiroshi (he), r1 -- no rollback thinking seen by i04, i01, i06
n = Note(note_id="w20-n025", candidate_id="w20-c05", interviewer_id="w20-i04", req_id="w20-r1",
         round="system_design", submitted_at="2025-06-03", recommendation="lean_no_hire", specificity=4,
         style=["fragments", "abbreviations", "first_person"], topic="AVM replacement launch",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire"})
n.s("System design, Hiroshi, 60 min.", "c")
n.s("Prompt: replace the current AVM with a new model across all markets.", "c")
n.nl()
n.s("0-10 min: clarifying qs -- how many markets, how many homes, how often estimates refresh.", "e+", "judgment")
n.nl()
n.s("10-30 min: feature store keyed by parcel, batch scoring + on-demand scoring for new listings, comps service kept separate.", "e+", "system_thinking")
n.nl()
n.s("30-40 min: launch plan was 'swap the model behind the API on Monday'.", "e-", "risk_awareness")
n.s("I asked what he'd do if Phoenix estimates jumped 10% on Tuesday.", "c", hard="question")
n.s("Said he'd retrain with more Phoenix data -- no rollback to the old model, no freeze.", "e-", "risk_awareness")
n.nl()
n.s("40-50 min: for owners whose estimate dropped, suggested a tooltip listing the top 3 reasons.", "e+", "user_impact")
n.nl()
n.s("50-60 min: his qs were about team size and on-call.", "e0")
n.nl()
n.s("Strong builder, weak on what happens after launch.", "v0", "system_thinking", "risk_awareness", hard="mixed")
n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n026", candidate_id="w20-c05", interviewer_id="w20-i01", req_id="w20-r1",
         round="data", submitted_at="2025-06-04", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person"], topic="assessor and MLS join")
n.s("Data round with Hiroshi.", "c")
n.s("I handed him the vendor's tax-assessor file for one county plus our MLS extract and asked him to join them.", "c", hard="interviewer_action")
n.s("He noticed the assessor's square footage didn't match the listing on about a third of homes and asked which one we trust.", "e+", "data_intuition", hard="question")
n.s("I told him listings run high because agents count the finished basement, and he said then he'd keep both numbers and flag big gaps -- which is exactly what I'd do.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("He joined on the address string at first; that threw away 'Apt' and 'Unit' and lumped whole condo buildings together.", "e-", "coding")
n.s("He fixed it on his own once the row counts didn't add up.", "e+", "coding", hard="plain_evidence")
n.s("Asked what he'd do if the vendor file came in late or half empty, he said 'use last month's' and that was all.", "e-", "risk_awareness")
n.s("Good with the data, thin on what can go wrong.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n027", candidate_id="w20-c05", interviewer_id="w20-i06", req_id="w20-r1",
         round="behavioural", submitted_at="2025-06-05", recommendation="lean_no_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="past model failures")
n.h("Strengths")
n.b("Hiroshi walked through building a pricing model for a short-term rental startup end to end, including the weekend he rewrote the scraper after the source site changed its HTML.", "e+", "ownership")
n.h("Risks")
n.b("Asked about a time a model he shipped went wrong, he said none had.", "e-", "risk_awareness")
n.b("Pressed for a near miss, he described an overnight price jump in one city and said the fix was 'retraining with more recent data'; nothing about rolling back first.", "e-", "risk_awareness")
n.b("The interviewer asked who he told about the jump; he said he 'assumed product noticed'.", "e-", "ownership")
n.h("Recommendation")
n.b("Lean no hire.", "v-", hard="bare_verdict")
n.b("No rollback instinct in either story.", "v-", "risk_awareness")
notes.append(n)

n = Note(note_id="w20-n028", candidate_id="w20-c05", interviewer_id="w20-i02", req_id="w20-r1",
         round="coding", submitted_at="2025-06-05", recommendation="hire", specificity=5,
         style=["bullets", "terse"], topic="neighborhood median price",
         ratings={"coding": "hire"})
n.s("Coding, 45 min. Problem: for each sale (lat, lon, date, price, sqft) return the median price/sqft of sales within 1 km in the prior 180 days.", "c", sep="")
n.b("Asked before coding: inclusive bounds? same-day sales?", "e+", "judgment", hard="question", marker="1) ")
n.b("Naive O(n^2) first, labeled as such, then grid buckets of 0.01 degrees. Explained how 0.01 degrees shrinks in km at higher latitudes.", "e+", "coding", marker="2) ")
n.b("Sorted deque per cell for the 180-day window. Correct.", "e+", "coding", marker="3) ")
n.b("Tests: empty input, single sale, two sales at identical coordinates. Missed the day-180 boundary.", "e0", "coding", hard="mixed", marker="4) ")
n.b("Median by sorting per query, O(k log k); named two heaps as the faster option, did not implement. Acceptable for 45 min.", "e+", "coding", marker="5) ")
n.b("H.", "v+", hard="bare_verdict", marker="")
notes.append(n)

# c06 Mariana (she), r1 -- user harm red flag seen by i06 only
n = Note(note_id="w20-n029", candidate_id="w20-c06", interviewer_id="w20-i06", req_id="w20-r1",
         round="system_design", submitted_at="2025-07-08", recommendation="lean_no_hire", specificity=5,
         style=["headings", "bullets", "third_person"], topic="estimates in pre-approval",
         ratings={"system_thinking": "hire", "user_impact": "no_hire"})
n.s("System design: add an estimated home value to the pre-approval flow so buyers see what they can afford in a neighborhood.", "c")
n.nl()
n.h("Strengths")
n.b("Mariana sized it: 200k pre-approvals a month, estimates cached by census tract, refreshed nightly.", "e+", "system_thinking")
n.b("She chose MdAPE plus coverage of the 80% interval as the offline pair and said she would check both per price tier.", "e+", "metrics")
n.h("Risks")
n.b("Asked whether the estimate could steer buyers away from certain neighborhoods, she said 'the model just reflects the market'.", "e-", "user_impact")
n.b("When the interviewer raised fair-lending review, she said legal could look at it after launch.", "e-", "user_impact")
n.b("She did not ask how error varies with the racial makeup of tracts, even after the interviewer mentioned the old model's gap.", "e-", "user_impact", hard="negated")
n.h("Recommendation")
n.b("Lean no hire for this role: technically strong, but the fair-lending answers would be a problem in pre-approval.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w20-n030", candidate_id="w20-c06", interviewer_id="w20-i02", req_id="w20-r1",
         round="fundamentals", submitted_at="2025-07-09", recommendation="hire", specificity=5,
         style=["bullets", "terse"], topic="spatial leakage and regime shift",
         ratings={"ml_fundamentals": "strong_hire", "data_intuition": "hire"})
n.s("Fundamentals, 45 min.", "c")
n.b("Unprompted: random CV inflates AVM accuracy because neighbors share unobserved quality. Proposed spatial block CV with a 2 km buffer.", "e+", "ml_fundamentals", "data_intuition", marker="1) ")
n.b("Guessed random CV would understate MdAPE by 1-2 points; said she'd run both to check.", "e+", "metrics", marker="2) ")
n.b("Regime shift: said a model trained through 2021 overshoots once rates hit 7%. Proposed recency weighting; considered the 30-yr rate as a feature, then rejected it because it is constant across homes on any given day.", "e+", "ml_fundamentals", marker="3) ")
n.b("Put a monotonic constraint on living area; explained it stops a bigger house pricing lower, all else equal.", "e+", "ml_fundamentals", marker="4) ")
n.b("Fairness not covered; not part of this question.", "c", marker="5) ")
n.b("H.", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w20-n031", candidate_id="w20-c06", interviewer_id="w20-i03", req_id="w20-r1",
         round="coding", submitted_at="2025-07-09", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="coding")
n.s("Mariana crushed it.", "v+")
n.s("Writes beautiful code, super fast, 10/10.", "v+", "coding", hard="vague_quantity")
n.s("Would love to work with her.", "v+", hard="biased")
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n032", candidate_id="w20-c06", interviewer_id="w20-i05", req_id="w20-r1",
         round="data", submitted_at="2025-07-10", recommendation="hire", specificity=4,
         style=["prose", "third_person", "typos"], topic="property vendor data")
n.s("Data round, the topic is vendor data for the property characteristics.", "c")
n.s("Mariana compare two vendors on 500 homes where we have the appraisal, and she see that vendor B say 'renovated' for houses that the appraiser say need repairs.", "e+", "data_intuition")
n.s("She ask when vendor B update the records, and she find they copy from the old listing, so a house renovated in 2015 look new forever.", "e+", "data_intuition")
n.s("Then she propose to trust the 'renovated' field less when the listing is older than 3 years; I think is reasonable.", "e+", "judgment")
n.s("She explain me all this in few words, with the table on the screen.", "e+", "communication")
n.s("One thing: she not check if vendor B is missing more data in rural counties.", "e-", "data_intuition", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history notes
n = Note(note_id="w20-n033", candidate_id="w20-c17", interviewer_id="w20-i05", req_id="w20-r2",
         round="debugging", submitted_at="2024-08-20", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "typos"], topic="review queue overload")
n.s("Debugging session with Oluwaseun.", "c")
n.s("The case: the review queue is full because the model send 40% of documents to review, before it was 12%.", "c")
n.s("He say immediately the reviewers are too slow and we need more people.", "e-", "judgment")
n.s("I ask him to look the confidence histogram; he look but he don't see that all the scores moved down after the new OCR version.", "e-", "data_intuition")
n.s("When I show him, he say 'ok but still we need more reviewers'.", "e-", "learning")
n.s("He not ask what changed in the last week, not one question.", "e-", "judgment", hard="negated")
n.s("His code for read the logs was ok.", "v0", "coding")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n034", candidate_id="w20-c18", interviewer_id="w20-i04", req_id="w20-r1",
         round="fundamentals", submitted_at="2024-09-03", recommendation="hire", specificity=4,
         style=["fragments", "first_person"], topic="AVM metrics and intervals")
n.s("Fundamentals, Fatima, 45 min.", "c")
n.nl()
n.s("0-10 min: asked her why MAPE and not RMSE for home prices.", "c", hard="question")
n.s("She said RMSE gets dominated by the $3M homes, while a $30k miss on a $200k starter home matters more to that buyer.", "e+", "metrics")
n.nl()
n.s("10-25 min: GBM vs. neural net for a tabular AVM -- picked GBM; reasons: missing values, monotonic constraints, little data per market.", "e+", "ml_fundamentals")
n.nl()
n.s("25-35 min: on intervals she proposed conformal prediction, said up front she'd only read about it, then walked through split conformal slowly but correctly.", "e+", "ml_fundamentals")
n.nl()
n.s("35-45 min: her qs -- how do appraisers use our estimate, do underwriters see it?", "e+", "user_impact", hard="question")
n.nl()
n.s("Clear and careful throughout.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n035", candidate_id="w20-c19", interviewer_id="w20-i01", req_id="w20-r2",
         round="data", submitted_at="2024-10-15", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="annualizing pay stub income")
n.s("Ethan, data round on income docs.", "c")
n.s("I showed him twenty pay stubs, a few from people working two jobs, and asked how he'd get to yearly income.", "c", hard="interviewer_action")
n.s("He'd multiply the latest gross by 26 for everybody.", "e-", "data_intuition", hard="plain_evidence")
n.s("When I pointed at one paid monthly he said he'd add a rule for it, but he didn't go back and look at the others.", "e-", "learning")
n.s("I don't think he's looked at a real pay stub before.", "v-", hard="hedged")
n.s("Pleasant, quiet guy.", "v0", hard="biased")
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w20-n036", candidate_id="w20-c20", interviewer_id="w20-i06", req_id="w20-r1",
         round="behavioural", submitted_at="2024-11-12", recommendation="strong_hire", specificity=5,
         style=["headings", "bullets", "third_person"], topic="price incident response",
         ratings={"ownership": "strong_hire", "risk_awareness": "strong_hire"})
n.h("Strengths")
n.b("Nadia described an incident at her previous company where a bad feature push raised estimates 9% in three metros: she was on call, froze estimates within 40 minutes and rolled back to the previous model before debugging.", "e+", "ownership", "risk_awareness")
n.b("She said she wrote the customer notice with support herself, telling owners in plain words that estimates had been 'too high for a few hours'.", "e+", "communication")
n.b("Afterwards she added a check that blocks any run where more than 2% of homes move over 5%, and described the one false alarm it raised in its first month.", "e+", "risk_awareness")
n.b("Asked what she got wrong, she said she waited too long to call the product lead and now calls within 15 minutes.", "e+", "learning")
n.h("Risks")
n.b("Mentoring not covered in this round.", "c")
n.h("Recommendation")
n.b("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w20_notes_part3.jsonl", notes)
