import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w53-n049", candidate_id="w53-c25", interviewer_id="w53-i05", req_id="w53-r2",
         round="data", submitted_at="2025-09-08", recommendation="hire", specificity=5,
         style=["headings", "first_person", "british"], topic="festival demand")
n.h("Round")
n.s("Data round, 60 minutes, with Harpreet.", "c")
n.h("Situation")
n.s("I shared Ganesh Chaturthi order data for Mumbai and Pune stores and asked for a modak and flower stock forecast.", "c")
n.s("I told her the buying team needed a number by Friday, two days away.", "c", hard="interviewer_action")
n.h("Behaviour")
n.s("She asked whether a rough per-city number by Friday was more useful than a per-store number next week, and chose per-city after I said buyers order by city.", "e+", "judgment")
n.s("She noticed that flower orders had a second peak on the immersion day and kept it separate.", "e+", "data_intuition")
n.s("She used the median of the last three festivals rather than a model, saying three data points could not support one.", "e+", "judgment", "ml_fundamentals")
n.s("She gave a range of 9,000 to 12,000 modak boxes rather than a single figure and explained the spread to me in plain words.", "e+", "communication", "judgment")
n.s("When I asked what happens if she is wrong on the low side, she said perishables would be thrown away and suggested a mid-week top-up order as a hedge.", "e+", "risk_awareness")
n.s("She did not check whether 2024 had a store closure that depressed sales.", "e-", "data_intuition", hard="negated")
n.h("Impact")
n.s("A usable, defensible forecast within the time, with a clear statement of its limits.", "e+", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n050", candidate_id="w53-c26", interviewer_id="w53-i02", req_id="w53-r1",
         round="coding", submitted_at="2025-10-27", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "typos"], topic="substitutions")
n.h("CODING - substitution ranker")
n.b("q: rank substitutes for an out-of-stock item using past accept/reject logs", "c")
n.b("45 min, python, shared doc", "c")
n.b("Thomas asked if rejected subs were logged when the customer wasnt home", "e+", "data_intuition", hard="question")
n.b("wrote acceptance rate per (item, substitute) pair, correct", "e+", "coding")
n.b("divided by zero for pairs w/ no history, crashed on the 2nd example", "e-", "coding")
n.b("fixed it after I pointed at the traceback, added +1 smoothing", "e0", "coding", "learning", hard="mixed")
n.b("no tests at all, even after the crash", "e-", "coding", hard="negated")
n.b("ranked purely on accept rate, said price jump of 3x was fine if people accept it", "e-", "user_impact")
n.b("when I asked re: customers who accept b/c they cant refuse at the door -> did not see the problem", "e-", "user_impact", "metrics")
n.b("talked clearly about what he was doing as he typed", "e+", "communication")
n.b("explained smoothing as 'pretend each pair had one accept and one reject', nice and simple", "e+", "communication", "ml_fundamentals")
n.b("NOT ENOUGH care on customer side", "v-", "user_impact")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n051", candidate_id="w53-c27", interviewer_id="w53-i04", req_id="w53-r2",
         round="data", submitted_at="2025-11-24", recommendation="hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="delivery slots")
n.h("Data round checklist")
n.b("Task: explain why slot fill rate rose from 70% to 88% after the new slot model.", "c")
n.b("Timebox: 50 min.", "c")
n.b("Questioned the metric before analysis: YES - Asked whether fewer slots were being offered, which would raise fill rate by itself.", "e+", "metrics", hard="question")
n.b("Found the cause: YES - Slots offered per day fell 22% after launch.", "e+", "data_intuition")
n.b("Proposed a better metric: YES - Orders served per rider hour, plus share of customers who saw no slot.", "e+", "metrics", "user_impact")
n.b("Considered who was hurt: YES - Showed customers in outer pin codes saw 'no slots' three times as often.", "e+", "user_impact")
n.b("Sampling check: YES - Excluded the two test stores with a manual override.", "e+", "data_intuition")
n.b("Code: YES, clean pandas, groupby by store and week, asserted no null store ids.", "e+", "coding")
n.b("Recommendation stated with trade-off: YES - Keep the model, restore 10% more slots in outer areas, accept slightly lower fill.", "e+", "judgment")
n.b("Explained to a non-technical PM: PARTLY - Used 'censoring' twice without defining it.", "e-", "communication", hard="mixed")
n.b("Result: H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n052", candidate_id="w53-c28", interviewer_id="w53-i01", req_id="w53-r1",
         round="system_design", submitted_at="2025-12-15", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="multilingual search")
n.s("Kindly find feedback for Sadia, system design, 55 minutes.", "c")
n.s("I am asking her to design voice search for Hindi and Tamil customers in the app.", "c")
n.s("She is asking first whether voice queries come from older users or from people who cannot type in their script.", "e+", "user_impact", hard="question")
n.s("She is proposing speech-to-text, then the same text search pipeline, with a confirmation screen showing the recognised words.", "e+", "system_thinking", "user_impact")
n.s("She is not estimating how many voice requests per second the ASR service must handle.", "e-", "system_thinking", hard="negated")
n.s("When I am asking about failure, she is saying fall back to the keyboard with the partial transcript filled in.", "e+", "risk_awareness")
n.s("She is not deciding between building ASR and buying it; she kept both options open until time ran out.", "e-", "judgment")
n.s("She is having good understanding of speech models.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Explanation is bit long-winded.", "v-", "communication")
n.s("She is very soft-spoken.", "v0", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n053", candidate_id="w53-c29", interviewer_id="w53-i06", req_id="w53-r2",
         round="system_design", submitted_at="2026-01-19", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="surge fees")
n.s("Jonah gave one of the more memorable design sessions I have had this quarter.", "v+")
n.s("I asked him to design the surge fee service for evening peaks across 30 cities.", "c")
n.s("He opened by asking whether the fee is meant to reduce demand or to pay riders more, since the design differs.", "e+", "judgment", hard="question")
n.s("He chose to start with a simple rule table per city rather than a learned model, because there was no clean data on how customers respond to fees.", "e+", "judgment")
n.s("He sketched a pricing service reading rider supply and open orders every minute, with the fee cached per store for five minutes.", "e+", "system_thinking")
n.s("He estimated about 600 requests per second at peak and said a single cache cluster would cope.", "e+", "system_thinking")
n.s("He proposed a hard cap on the fee and a daily report of fee per pin code, to catch areas being charged every night.", "e+", "user_impact", "risk_awareness")
n.s("When I asked how he would know it worked, he said order volume alone would mislead and suggested rider wait time and cancellations.", "e+", "metrics")
n.s("He skipped over what happens if the rider supply feed goes stale, and I ran out of time to ask.", "e-", "risk_awareness")
n.s("He struck me as a genuinely kind person.", "v+", hard="biased")
n.s("I would be delighted to see him join; strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n054", candidate_id="w53-c30", interviewer_id="w53-i03", req_id="w53-r2",
         round="fundamentals", submitted_at="2026-02-23", recommendation="lean_no_hire", specificity=2,
         style=["prose", "lowercase", "terse"], topic="forecasting")
n.s("fundamentals round, forecasting.", "c")
n.s("gaurav was shaky on basics.", "v-", "ml_fundamentals")
n.s("confused overfitting and underfitting at one point.", "e-", "ml_fundamentals")
n.s("not great at making decisions.", "v-", "judgment", hard="negated")
n.s("communication ok-ish.", "v0", "communication")
n.s("probably needs more experience.", "v-", hard="hedged")
n.s("lnh.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n055", candidate_id="w53-c31", interviewer_id="w53-i05", req_id="w53-r1",
         round="behavioural", submitted_at="2026-03-30", recommendation="lean_no_hire", specificity=4,
         style=["headings", "third_person", "british"], topic="search ranking")
n.h("Situation")
n.s("Candidate was asked about a decision made with little data.", "c")
n.s("Élodie described choosing to launch a new search ranker to all users after a two-day test.", "e0", "judgment")
n.h("Behaviour")
n.s("She said the two-day test showed a 4% lift in add-to-cart and she judged that enough to ship.", "e-", "judgment", "metrics")
n.s("She said she did not set up any alert for after launch, because the test was positive.", "e-", "risk_awareness")
n.s("When asked whether the weekend effect could explain the lift, she paused and said yes, it could, and she would run a full week next time.", "e+", "learning")
n.s("She said she kept the team informed with a daily email during the rollout.", "e+", "communication")
n.h("Impact")
n.s("She said the lift disappeared within a month and she was not sure why.", "e-", "metrics")
n.s("Judgement under uncertainty is the concern.", "v-", "judgment")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n056", candidate_id="w53-c32", interviewer_id="w53-i02", req_id="w53-r2",
         round="behavioural", submitted_at="2026-04-20", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations"], topic="cash on delivery")
n.h("BEHAVIOURAL")
n.b("q: tell me about owning a problem end to end", "c")
n.b("Yusuf described COD reconciliation at his last co: riders' cash totals didn't match orders ~3% of days", "e0", "data_intuition")
n.b("said he went to 2 stores and watched the cash handover himself", "e+", "ownership")
n.b("found riders were penalised for customer change shortages, proposed a tolerance of Rs 20", "e+", "user_impact", "judgment")
n.b("wrote the daily mismatch report + handed it to finance w/ a runbook", "e+", "ownership")
n.b("when I asked what he'd do diff -> 'should have asked the riders first, not last'", "e+", "learning")
n.b("could not give the before/after mismatch numbers", "e-", "metrics")
n.b("explained it all in ~5 min, clear", "e+", "communication")
n.b("REAL OWNER", "v+", "ownership")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n057", candidate_id="w53-c33", interviewer_id="w53-i01", req_id="w53-r2",
         round="data", submitted_at="2026-05-25", recommendation="no_hire", specificity=3,
         style=["prose", "first_person"], topic="ratings")
n.s("Kindly find feedback for Arvind, data round.", "c")
n.s("I am giving him customer ratings of riders and asking which riders need retraining.", "c")
n.s("He is sorting by average rating and picking the bottom 5%.", "e0", "data_intuition")
n.s("He is not checking how many ratings each rider has; some in the bottom had only two ratings.", "e-", "data_intuition", hard="negated")
n.s("When I am hinting about small samples, he is saying 'average is average' and not changing.", "e-", "learning")
n.s("He did not ask whether riders on rainy night routes get lower ratings for reasons outside their control.", "e-", "user_impact", hard="negated")
n.s("He is proposing to deactivate the bottom riders directly, without any review.", "e-", "user_impact", "judgment")
n.s("His SQL is correct and quick.", "e+", "coding")
n.s("He is having weak statistics knowledge.", "v-", "ml_fundamentals", hard="tech_vague")
n.s("Data sense is very poor.", "v-", "data_intuition")
n.s("He is not a team player it seems.", "v-", hard="biased")
n.s("No hire, kindly.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n058", candidate_id="w53-c34", interviewer_id="w53-i04", req_id="w53-r1",
         round="debugging", submitted_at="2026-06-29", recommendation="lean_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="search")
n.h("Debugging checklist")
n.b("Bug: search latency p99 rose from 180ms to 900ms during the Raksha Bandhan sale.", "c")
n.b("Reproduced before fixing: YES - Replayed one hour of sale queries on staging.", "e+", "coding")
n.b("Found root cause: YES, after one hint - the synonym expansion for 'rakhi' returned 400 terms.", "e0", "coding", "learning", hard="mixed")
n.b("Proposed safe fix: YES - Cap expansion at 20 terms behind a flag, roll out to 5% first.", "e+", "risk_awareness")
n.b("Considered user effect of cap: NO - Did not ask which rakhi queries would lose results.", "e-", "user_impact", hard="negated")
n.b("Stated how to confirm fix: YES - p99 and zero-result rate on the same replay.", "e+", "metrics")
n.b("Explained root cause to me clearly: NO - Needed two attempts.", "e-", "communication")
n.b("Result: LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n059", candidate_id="w53-c35", interviewer_id="w53-i06", req_id="w53-r1",
         round="fundamentals", submitted_at="2026-07-13", recommendation="hire", specificity=3,
         style=["prose", "third_person", "british"], topic="substitutions")
n.s("Chiara was asked how she would model the probability that a customer accepts a substitute.", "c")
n.s("She framed it as binary classification and chose log-loss, explaining that it punishes confident wrong predictions more than accuracy would.", "e+", "ml_fundamentals")
n.s("She said she would add the price ratio and brand match as features.", "e0", "ml_fundamentals")
n.s("When asked about imbalance, she suggested reweighting but could not say how it would change the predicted probabilities.", "e-", "ml_fundamentals")
n.s("She asked whether customers who never answer the approval prompt are counted as accepting.", "e+", "data_intuition", hard="question")
n.s("She has such a bright and sunny manner.", "v+", hard="biased")
n.s("A very promising candidate overall.", "v+")
n.s("Happy to say hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n060", candidate_id="w53-c36", interviewer_id="w53-i03", req_id="w53-r1",
         round="debugging", submitted_at="2026-08-03", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="dark-store stock")
n.s("Debugging round on stock sync.", "c")
n.s("Samuel found the bug fairly fast.", "v+", "coding", hard="plain_evidence")
n.s("He checked the timestamps in the feed first.", "e+", "coding")
n.s("Good judgement on what to fix first.", "v+", "judgment")
n.s("Strong debugging skills.", "v+", "coding", hard="tech_vague")
n.s("Clear communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w53_notes_part5.jsonl", notes)
