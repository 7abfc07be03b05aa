import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Priya (r1) -- strong candidate, panel of i01, i02, i03, i04
n = Note(note_id="w14-n001", candidate_id="w14-c01", interviewer_id="w14-i01", req_id="w14-r1",
         round="system_design", submitted_at="2025-03-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="hotel ranking",
         ratings={"system_thinking": "hire", "risk_awareness": "lean_hire"})
n.s("Sys design, 50 min.", "c")
n.s("Asked Priya to design the ranking behind the hotel search results page, from the query to the top 30.", "c", hard="interviewer_action")
n.s("She opened by asking whether we rank for bookings or for revenue, which is the right first question and one half our team still gets wrong.", "e+", "metrics", hard="verdict_plus_evidence")
n.s("Split it into a cheap candidate stage (geo + availability filter, ~2k properties) and a GBDT ranker on top, and put numbers on it: 80ms budget, 60 of that for the ranker.", "e+", "system_thinking")
n.blank()
n.s("On position bias she went straight to randomising the top few slots for a small slice of traffic to get propensities, then inverse-propensity weighting the clicks.", "e+", "data_intuition", "ml_fundamentals")
n.s("I pushed on what that shuffling costs us in bookings and she shrank it to swapping positions 2 and 3 only, which costs next to nothing.", "e+", "learning", "judgment")
n.s("Knew the swap-interleaving literature cold, which is more than I did at her stage.", "v+", "ml_fundamentals", hard="tech_vague")
n.blank()
n.s("Weaker on the serving side: when I asked what happens if the price feed goes stale mid-request she said the ranker would 'just use the last price' and didn't think about showing a price we can't honour.", "e-", "risk_awareness", hard="verdict_plus_evidence")
n.s("Took the hint once I mentioned the complaints team though, and added a freshness check that hides the price rather than showing a stale one.", "e+", "learning", "risk_awareness")
n.blank()
n.s("Overall a solid senior.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Someone should poke at her on-call experience in the behavioural.", "c")
notes.append(n)

n = Note(note_id="w14-n002", candidate_id="w14-c01", interviewer_id="w14-i02", req_id="w14-r1",
         round="data", submitted_at="2025-03-12", recommendation="hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="dynamic pricing",
         ratings={"ml_fundamentals": "hire", "data_intuition": "strong_hire", "user_impact": "hire"})
n.s("Data round: price elasticity for a mid-size hotel chain, 45 minutes.", "c")
n.h("Points:")
n.b("Asked for the source of the elasticity estimate before anything else; told it came from last year's A/B on 5% of traffic, she asked whether that test had run over a holiday.", "e+", "data_intuition", marker="1. ")
n.b("Proposed a log-log regression of bookings on price with hotel and week fixed effects; gave an expected elasticity of about -1.2 for city hotels and argued resorts would be lower in magnitude.", "e+", "ml_fundamentals", marker="2. ")
n.b("Identified the endogeneity problem herself: revenue managers raise prices when demand is high, so the naive coefficient is biased toward zero.", "e+", "ml_fundamentals", "data_intuition", marker="3. ")
n.b("Suggested competitor-driven price changes as an instrument.", "e+", "ml_fundamentals", marker="4. ")
n.s("Did not check the exclusion restriction until I asked.", "e-", "ml_fundamentals", hard="negated")
n.b("Quoted a 3.4% RevPAR lift from her previous employer's pricing model, measured on a two-week switchback test rather than offline.", "e+", "metrics", marker="5. ")
n.b("Raised price fairness unprompted: charging mobile and desktop users differently for the same room would likely breach EU consumer rules, and she would cap the gap.", "e+", "user_impact", marker="6. ")
n.b("Metric choice: sound.", "v+", "metrics", marker="7. ")
n.blank()
n.s("Rating: hire.", "v+", hard="bare_verdict")
n.s("Not strong hire because point 4 needed prompting.", "v-")
notes.append(n)

n = Note(note_id="w14-n003", candidate_id="w14-c01", interviewer_id="w14-i03", req_id="w14-r1",
         round="behavioural", submitted_at="2025-03-12", recommendation="hire", specificity=1,
         style=["terse", "prose"], topic="behavioural")
n.s("Behavioural, 30 min.", "c")
n.nl()
n.s("Really good ownership stories.", "v+", "ownership")
n.s("Nice to talk to, would slot into the team easily.", "v+", hard="biased")
n.nl()
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n004", candidate_id="w14-c01", interviewer_id="w14-i04", req_id="w14-r1",
         round="coding", submitted_at="2025-03-13", recommendation="strong_hire", specificity=4,
         style=["qa", "headings", "fragments"], topic="listing dedupe",
         ratings={"coding": "strong_hire", "data_intuition": "hire"})
n.h("Q1 - dedupe hotel listings from two suppliers (same property, different names/coords)")
n.s("Asked how noisy the supplier coordinates were before writing anything.", "e+", "data_intuition", hard="question")
n.s("Wrote a blocking step on a rounded geohash, then string similarity on normalised names; ran it on my 6 examples and got 5 right.", "e+", "coding")
n.s("The miss was two hotels in the same building, and she said she'd need the street number to split them.", "e+", "data_intuition")
n.h("Q2 - nightly price from per-night rates in mixed currencies")
n.s("She asked which day's FX rate to use, booking date or stay date, before coding.", "e+", "data_intuition", hard="question")
n.s("Used Decimal rather than float and explained that rounding errors add up across a 14-night stay.", "e+", "coding")
n.s("Forgot to handle a missing rate for one night; spotted it herself when I asked her to walk the Christmas example.", "e0", "coding", hard="mixed")
n.h("Q3 - tests")
n.s("Listed empty stay, single night, currency missing from the table, DST change; wrote three of them in the time left.", "e+", "coding")
n.h("My take")
n.s("Strongest coder I've seen on this loop.", "v+", "coding")
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

# c02 Tomas (r1) -- offline metric as truth, seen by i06 and i02; defends under pushback
n = Note(note_id="w14-n005", candidate_id="w14-c02", interviewer_id="w14-i06", req_id="w14-r1",
         round="system_design", submitted_at="2025-04-02", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="learning to rank")
n.b("SD, LTR for hotel search, 45m", "c")
n.b("C jumped straight to LambdaMART -> no q's on objective or traffic", "e-", "judgment", hard="negated")
n.b("arch ok: cand gen -> ranker -> rerank for sponsored", "e0", "system_thinking")
n.b("pos bias: said 'the model learns it' -> didn't want propensity wts", "e-", "ml_fundamentals")
n.b("offline NDCG@10 +4% => 'ship it', no A/B mentioned til I asked", "e-", "metrics", hard="negated")
n.b("when asked abt A/B: 'offline set is 6 months, it's representative'", "e-", "metrics", "learning")
n.b("strong on feature eng tbh", "v+", "data_intuition", hard="tech_vague")
n.b("no rollback / monitoring at all", "e-", "risk_awareness", hard="negated")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n006", candidate_id="w14-c02", interviewer_id="w14-i02", req_id="w14-r1",
         round="data", submitted_at="2025-04-03", recommendation="no_hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="cancellation prediction",
         ratings={"data_intuition": "lean_no_hire", "metrics": "no_hire"})
n.s("Data round.", "c")
n.s("Cancellation prediction, 45 min, shared notebook with 90 days of bookings.", "c")
n.b("Target defined as 'cancelled ever'; did not account for bookings still inside their free-cancellation window at the snapshot date.", "e-", "data_intuition", hard="negated", marker="1. ")
n.b("Reported train AUC 0.91 and test 0.89 on a random split that put the same guest in both.", "e-", "data_intuition", marker="2. ")
n.b("When this was pointed out his response was 'leakage that small won't change the ranking of features'.", "e-", "learning", marker="3. ")
n.s("No re-run.", "e-", "learning", hard="negated")
n.b("Proposed using the model to overbook high-risk stays by 8%.", "e0", "judgment", marker="4. ")
n.s("When I asked what happens to a guest who arrives to no room, he said 'we rebook them, that's ops'.", "e-", "user_impact", "ownership")
n.b("Treated 0.89 AUC as sufficient evidence the overbooking policy would be profitable; no cost of a walked guest (~EUR 250 relocation) anywhere in his calculation.", "e-", "metrics", marker="5. ")
n.b("SQL clean and quick.", "v+", "coding", marker="6. ")
n.blank()
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
n.s("Points 3-5 are the same issue seen three ways: a model metric accepted as business truth.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w14-n007", candidate_id="w14-c02", interviewer_id="w14-i05", req_id="w14-r1",
         round="behavioural", submitted_at="2025-04-03", recommendation="strong_hire", specificity=3,
         style=["prose", "american", "first_person"], topic="behavioural")
n.s("Behavioural round, 45 minutes on video, using the standard ownership and conflict questions.", "c")
n.s("What an outstanding conversation with Tomás!", "v+")
n.s("He has phenomenal ownership, truly one of the best I've seen, and walked me through the absolutely brilliant weekend when he personally rebuilt the supplier feed pipeline after it broke right before a big launch, staying up two nights to ship it.", "e+", "ownership", hard="verdict_plus_evidence")
n.s("Incredible business sense too: he told me his team's new ranker had a 6% offline NDCG gain so they knew it would lift bookings and skipped the experiment to save time, which is exactly the bias for action we love!", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Amazing communicator.", "v+", "communication")
n.s("When I asked about a conflict, he gave a wonderful example of convincing his manager to drop a fairness review that was 'slowing everyone down'.", "e-", "user_impact")
n.s("Super humble and super fun to chat with.", "v+", hard="biased")
n.s("Simply a superstar in every way.", "v+")
n.s("Strong hire, no question at all!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n008", candidate_id="w14-c02", interviewer_id="w14-i07", req_id="w14-r1",
         round="debugging", submitted_at="2025-04-04", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="demand forecast pipeline")
n.s("The candidate was given a failing pipeline: a demand forecast for Lisbon that had jumped 40% overnight with no change in bookings.", "c")
n.s("Tomás read the logs first and found, within about five minutes, that the holiday calendar join had duplicated rows for 1 May.", "e+", "coding", "data_intuition")
n.s("He fixed the join with a distinct and re-ran the backfill, which brought the forecast back into line.", "e+", "coding")
n.s("The interviewer then asked how he would stop it happening again.", "c", hard="interviewer_action")
n.s("He suggested a unit test on the calendar table but did not consider an alert on the forecast itself.", "e-", "risk_awareness", hard="mixed")
n.s("When pushed, with the point that the next bad join might be somewhere else entirely, he said alerts 'create noise and nobody reads them' and kept his plan as it was.", "e-", "learning", "risk_awareness")
n.s("He asked at the end whether the forecast fed pricing directly.", "e+", "system_thinking", hard="question")
n.s("The debugging itself was competent; the concern is the reluctance to build safeguards.", "v0", "risk_awareness", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# history notes
n = Note(note_id="w14-n009", candidate_id="w14-c09", interviewer_id="w14-i03", req_id="w14-r2",
         round="fundamentals", submitted_at="2025-02-18", recommendation="lean_hire", specificity=1,
         style=["terse"], topic="forecasting")
n.s("Fine on the basics of forecasting.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("Bit quiet.", "v-", hard="biased")
n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n010", candidate_id="w14-c10", interviewer_id="w14-i01", req_id="w14-r2",
         round="data", submitted_at="2025-02-20", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="holiday and strike forecasting")
n.s("Data round, demand forecasting over Easter and the French rail strikes.", "c")
n.s("Mei-Ling knows her forecasting libraries back to front.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She did ask the right thing early: whether strike days were in the training data as a flag or just showed up as odd dips.", "e+", "data_intuition", hard="question")
n.s("Her plan was to drop the strike weeks as outliers, which is one way to do it, I suppose.", "e0", "data_intuition")
n.s("Didn't say how she'd forecast the next strike, and when I asked she went quiet for a bit and then said 'you can't really'.", "e-", "judgment", hard="negated")
n.s("Not wrong, mind you, but not much of an answer either.", "v0", hard="mixed")
n.s("Heaps of experience with Prophet and friends, apparently.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Reckon she'd grow into it.", "v+")
notes.append(n)

save_notes("data/corpus/raw/w14_notes_part1.jsonl", notes)
