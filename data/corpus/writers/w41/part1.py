import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c01: Priya (she), r1 ----
n = Note(note_id="w41-n001", candidate_id="w41-c01", interviewer_id="w41-i03", req_id="w41-r1",
         round="fundamentals", submitted_at="2025-09-08", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="promotion uplift")
n.s("Round 1 with Priya, fundamentals.", "c")
n.s("She was great, honestly one of the better ones this month.", "v+")
n.s("Really strong on forecasting and time series stuff.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knows promotions inside out.", "v+")
n.s("Good communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n002", candidate_id="w41-c01", interviewer_id="w41-i04", req_id="w41-r1",
         round="data", submitted_at="2025-09-09", recommendation="strong_hire", specificity=5,
         style=["headings", "bullets", "first_person"], topic="promotion uplift",
         ratings={"data_intuition": "strong_hire", "metrics": "hire", "coding": "hire"})
n.s("Data round, 60 min.", "c")
n.s("I gave her a weekly POS extract from three retailers and asked for the uplift of a buy-one-get-one on the 24oz pasta sauce.", "c", hard="interviewer_action")
n.h("Findings")
n.b("Before touching the model she asked when each retailer's POS file lands; when I said one retailer is three weeks late she excluded its last three weeks rather than treat them as zero sales.", "e+", "data_intuition", marker="1. ")
n.b("Built a baseline from the eight non-promo weeks either side and pointed out that week 52 had to be dropped because of the holiday spike.", "e+", "data_intuition", marker="2. ")
n.b("Asked whether the 16oz jar of the same sauce was also on shelf; when I said yes she computed its drop during the promo (about 18%) and netted it off as cannibalization.", "e+", "metrics", marker="3. ")
n.b("Also checked the two weeks after the promo for a pantry-loading dip and found one of about 9%.", "e+", "data_intuition", marker="4. ")
n.b("Reported net uplift as a range, 11 to 15 percent, and said the low end is the one she would give the supply planners.", "e+", "judgment", marker="5. ")
n.b("When I asked what the sales team would do with the number, she said they would likely quote the high end to argue for more promo budget, so she would put the caveat in the first line of the email.", "e+", "user_impact", "communication", marker="6. ")
n.b("Code was pandas; she wrote an assert that every store-week appears once after the merge, and it caught a duplicate from the retailer feed.", "e+", "coding", marker="7. ")
n.b("Weakness: her first baseline was a flat mean, and she only moved to a seasonal baseline after I asked about Easter week.", "e-", "data_intuition", hard="mixed", marker="8. ")
n.s("Recommendation: strong hire; findings 1, 3 and 6 carry it.", "v+", hard="bare_verdict", sep="\n")
notes.append(n)

n = Note(note_id="w41-n003", candidate_id="w41-c01", interviewer_id="w41-i01", req_id="w41-r1",
         round="coding", submitted_at="2025-09-09", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="late POS data")
n.s("Coding round with Priya, 45 min.", "c")
n.s("¡Muy buena sesión!", "v+")
n.s("I asked her to write a function that flags stores whose POS feed is late, given a table of expected and actual arrival dates.", "c", hard="interviewer_action")
n.s("She started by asking what counts as late for a store that never sends files on holidays, which was a good pregunta.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("Wrote it with a groupby and a merge, then ran it on the three sample rows I gave her.", "e+", "coding")
n.s("Her first version dropped stores with no rows at all, so a store that never sent anything was never flagged.", "e-", "coding")
n.s("When I asked about a store with zero rows she saw it right away, switched to a left join from the store list and added a test for it.", "e+", "learning", "coding")
n.s("She also wrote a test for two files arriving for the same week.", "e+", "coding", hard="plain_evidence")
n.s("We talked a little about how planners would see the flag; she wanted it to show how many days late, not only yes or no, so they could decide whether to wait for the file.", "e+", "user_impact")
n.s("Code was readable, nombres de variables claros.", "v+", "coding")
n.s("Pues, I'd hire.", "v+", hard="bare_verdict")
n.s("Ran out of time before we got to complexity.", "c")
notes.append(n)

n = Note(note_id="w41-n004", candidate_id="w41-c01", interviewer_id="w41-i02", req_id="w41-r1",
         round="behavioural", submitted_at="2025-09-10", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="waste from over-forecasting")
n.s("I met Priya for the customer and retailer conversation.", "c")
n.s("I asked her about a time a forecast she owned went wrong.", "c", hard="question")
n.s("She told me about a yogurt launch where her forecast was far too high and a retailer sent back two truckloads close to expiry.", "e0", "ownership")
n.s("She said she called the retailer's category manager herself the next morning and agreed a markdown plan so the product got sold instead of dumped.", "e+", "ownership", hard="plain_evidence")
n.s("She clearly cares about the people who use her numbers.", "v+", "user_impact")
n.s("Great energy and very likable.", "v+", hard="biased")
n.s("When I asked how she would explain a forecast range to one of our sales reps, her answer ran long and I lost the thread.", "e-", "communication")
n.s("I think she'd be great with our retail partners.", "v+", "user_impact", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c02: Kwame (he), r2 ----
n = Note(note_id="w41-n005", candidate_id="w41-c02", interviewer_id="w41-i06", req_id="w41-r2",
         round="system_design", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "lowercase", "terse", "arrows", "abbreviations"], topic="packing line vision")
n.b("sys design, packing line vision", "c")
n.b("q: design a camera check that the foil seal is intact on yogurt cups, line runs ~300 cups/min", "c", hard="question")
n.b("asked cam fps + where the reject arm sits -> good start", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("sized it: 300/min = 5/sec, said edge box next to the line, no cloud round trip", "e+", "system_thinking")
n.b("model: fine-tuned resnet on ~4k labeled images from the qa team", "e0", "ml_fundamentals")
n.b("asked how often a bad seal actually happens -> didn't know, said 'doesn't matter, model handles it'", "e-", "data_intuition")
n.b("i pushed: at 1 bad seal in 2000 what does 99% acc mean", "c", hard="interviewer_action")
n.b("he said accuracy was fine and qa would 'sort out' the false rejects", "e-", "metrics", "learning")
n.b("no plan for lens fogging from the wash-down", "e-", "risk_awareness", hard="negated")
n.b("never said what happens to a missed bad seal -> that's a sick customer + recall", "e-", "user_impact", hard="negated")
n.b("defensive when challenged", "v-", "learning")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n006", candidate_id="w41-c02", interviewer_id="w41-i04", req_id="w41-r2",
         round="debugging", submitted_at="2025-10-15", recommendation="no_hire", specificity=4,
         style=["headings", "bullets", "first_person"], topic="packing line vision",
         ratings={"learning": "no_hire", "risk_awareness": "no_hire"})
n.s("Debugging round.", "c")
n.s("45 minutes.", "c")
n.s("Setup: a defect classifier whose reject rate on line 3 tripled overnight; I gave him the logs, last week's confusion matrix and 50 rejected images.", "c", hard="interviewer_action")
n.h("Findings")
n.b("Opened the sample images first and noticed many were darker than usual; good first move.", "e+", "data_intuition", hard="verdict_plus_evidence", marker="1. ")
n.b("Then concluded the model was 'just being cautious' and proposed raising the threshold from 0.5 to 0.8 without checking what that does to missed defects.", "e-", "judgment", marker="2. ")
n.b("When I pointed out that a new lighting rig went in on line 3 that night, he said lighting was irrelevant because the model 'was trained on varied lighting'.", "e-", "learning", marker="3. ")
n.b("I showed him the brightness histogram shifting; he repeated the threshold idea.", "e-", "learning", marker="4. ")
n.b("Did not ask for the miss rate on bad packs at any point.", "e-", "metrics", hard="negated", marker="5. ")
n.b("Never suggested rolling back or pausing auto-reject while the cause was found.", "e-", "risk_awareness", hard="negated", marker="6. ")
n.b("His Python for loading the logs was fine: a small helper to parse timestamps that worked first try.", "e+", "coding", marker="7. ")
n.s("Decision: no hire.", "v-", hard="bare_verdict", sep="\n")
n.s("Findings 3, 4 and 6 are disqualifying on a line that ships food.", "v-")
notes.append(n)

n = Note(note_id="w41-n007", candidate_id="w41-c02", interviewer_id="w41-i05", req_id="w41-r2",
         round="behavioural", submitted_at="2025-10-15", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="packing line vision")
n.s("Kwame joined for the behavioural round and was a pleasure to speak with.", "v+", hard="biased")
n.s("He has a lot of experience with vision systems in manufacturing.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("He described a project at his previous employer, a bottling plant, where he led the rollout of a cap-inspection model.", "e+", "ownership")
n.s("The candidate came across as confident and clearly takes ownership of his work.", "v+", "ownership")
n.s("He would fit right in with the line engineering team.", "v+", hard="biased")
n.s("He is a strong communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n008", candidate_id="w41-c02", interviewer_id="w41-i03", req_id="w41-r2",
         round="coding", submitted_at="2025-10-16", recommendation="lean_hire", specificity=2,
         style=["prose", "terse", "abbreviations"], topic="image preprocessing")
n.s("coding w/ Kwame.", "c")
n.s("Solid coder, knows numpy and opencv well.", "v+", "coding", hard="tech_vague")
n.s("Did the image crop and normalize task.", "e0", "coding")
n.s("Some back and forth on edge cases, he got there mostly.", "v0", "coding")
n.s("A bit stubborn maybe.", "v-", "learning", hard="hedged")
n.s("Lean hire I guess.", "v0", hard="bare_verdict")
notes.append(n)

# ---- candidate c03: Alex (they), r1 ----
n = Note(note_id="w41-n009", candidate_id="w41-c03", interviewer_id="w41-i01", req_id="w41-r1",
         round="data", submitted_at="2025-11-03", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="new product launch")
n.s("Data round con Alex (they/them), 60 min.", "c")
n.s("The exercise: forecast the first eight weeks of sales for a new plant-based tamale line with no history.", "c")
n.s("Alex asked right away which existing products were closest and proposed the 2023 frozen burrito launch as an analog, scaled by number of stores carrying it.", "e+", "data_intuition")
n.s("They noticed the analog's week 1 was inflated because the retailer counted shelf fill as sales, and removed that week.", "e+", "data_intuition")
n.s("¡Eso me encantó!", "v+")
n.s("I asked how they would know after launch whether the forecast was working.", "c", hard="question")
n.s("First answer was MAPE on weekly totals; when I mentioned that over-forecasting a fresh product turns into waste, they switched to weighting over-forecast error more heavily and explained why.", "e+", "learning", "metrics")
n.s("They also suggested re-forecasting every week as the first POS data comes in, even though it arrives two weeks late.", "e+", "judgment")
n.s("Muy claros when they explained it back to me.", "v+", "communication")
n.s("Did not talk about differences between stores, but we had little time.", "e-", "data_intuition", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n010", candidate_id="w41-c03", interviewer_id="w41-i06", req_id="w41-r1",
         round="coding", submitted_at="2025-11-04", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "terse", "arrows", "abbreviations"], topic="late POS data")
n.b("coding 45m, dedupe retailer pos feed", "c")
n.b("alex wrote a dedupe on (store, sku, week) -> kept last row", "e0", "coding")
n.b("didn't check whether the dup rows had different qty -> they did, ~4% of rows", "e-", "data_intuition", hard="negated")
n.b("when i hinted 'look at the qty col' -> rewrote to flag conflicts instead of silently keeping one", "e+", "learning")
n.b("tests: one happy path, nothing for empty input", "e-", "coding")
n.b("weak on data quality imo", "v-", "data_intuition")
n.b("clear talker", "v+", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n011", candidate_id="w41-c03", interviewer_id="w41-i05", req_id="w41-r1",
         round="system_design", submitted_at="2025-11-04", recommendation="hire", specificity=3,
         style=["prose", "third_person"], topic="late POS data")
n.s("Alex was asked to design a demand-sensing pipeline that refreshes the weekly forecast as retailer POS files land at different times.", "c")
n.s("They proposed a nightly job that re-forecasts only the SKUs whose retailer file arrived that day, which keeps compute small.", "e+", "system_thinking")
n.s("Alex has excellent architectural sense.", "v+", "system_thinking", hard="tech_vague")
n.s("When asked what planners would see if one retailer's file never arrived, they suggested showing the last good forecast with a staleness flag.", "e+", "risk_awareness", "user_impact")
n.s("The candidate spoke thoughtfully about Kafka, Airflow and feature stores.", "v+", "system_thinking", hard="tech_vague")
n.s("They did not discuss backfilling when a late file corrects past weeks, though there was not much time.", "e-", "system_thinking", hard="negated")
n.s("Alex is clearly a fast learner and would grow quickly here.", "v+", "learning")
n.s("Hire with confidence.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n012", candidate_id="w41-c03", interviewer_id="w41-i04", req_id="w41-r1",
         round="fundamentals", submitted_at="2025-11-05", recommendation="lean_hire", specificity=4,
         style=["headings", "bullets", "first_person"], topic="promotion uplift")
n.s("Fundamentals.", "c")
n.s("45 minutes.", "c")
n.s("Topics: uplift modeling, evaluation, leakage.", "c")
n.h("Findings")
n.b("Asked why an uplift model trained on last year's promos might overstate uplift, Alex said promos get picked for products already trending up and suggested comparing against similar SKUs that were not promoted.", "e+", "ml_fundamentals", marker="1. ")
n.b("Could not say how to put uncertainty on the uplift; said 'more data' when I asked.", "e-", "ml_fundamentals", marker="2. ")
n.b("After I mentioned bootstrapping by store, they described resampling stores and reading off the 5th and 95th percentiles, correctly.", "e+", "learning", marker="3. ")
n.b("Spotted that using the week's total sales as a feature for the same week's forecast leaks the target.", "e+", "data_intuition", marker="4. ")
n.b("Picked MAPE at first; when I raised zero-sales weeks they agreed it breaks there and proposed WAPE instead.", "e0", "metrics", hard="mixed", marker="5. ")
n.b("Answers were correct but usually needed a prompt.", "v0", "ml_fundamentals", marker="6. ")
n.s("Lean hire: sound fundamentals, needs hints on uncertainty.", "v0", hard="mixed", sep="\n")
notes.append(n)

save_notes("data/corpus/raw/w41_notes_part1.jsonl", notes)
print(len(notes), "notes")
