import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# Candidate c01: Meenakshi (she), r1
n = Note(note_id="w53-n001", candidate_id="w53-c01", interviewer_id="w53-i01", req_id="w53-r1",
         round="data", submitted_at="2025-10-14", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="substitutions",
         ratings={"data_intuition": "hire", "user_impact": "hire"})
n.s("Kindly find my feedback for the data round with Meenakshi, 50 minutes.", "c")
n.s("I am giving her the substitutions log where customers are rejecting the replacement item at the door.", "c", hard="interviewer_action")
n.s("She is first asking whether a rejection is recorded when the rider is not reaching the customer at all.", "e+", "data_intuition", hard="question")
n.s("Then she is noticing that Diwali week rows are duplicated because the app retried the sync, and she dropped them before counting.", "e+", "data_intuition")
n.s("She is having good knowledge of pandas and SQL.", "v+", "coding", hard="tech_vague")
n.s("She is having very strong business sense also.", "v+")
n.s("I am feeling she will become a good lead in future.", "v+")
n.s("When I asked which rejections matter most, she said a mother rejecting a different baby formula brand is worse than a rejected coriander bunch, and proposed weighting by category.", "e+", "user_impact")
n.s("Her first rejection-rate number was wrong because she divided by orders, not by substituted lines; after I pointed it out she corrected it within two minutes.", "e0", "data_intuition", "learning", hard="mixed")
n.s("She did not check whether the rejection reason field was filled by riders or customers.", "e-", "data_intuition", hard="negated")
n.s("Overall she is explaining things clearly.", "v+", "communication")
n.s("Hire from my side, kindly consider.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n002", candidate_id="w53-c01", interviewer_id="w53-i02", req_id="w53-r1",
         round="system_design", submitted_at="2025-10-15", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations"], topic="substitutions")
n.h("SYS DESIGN - substitution engine")
n.b("asked her to design the substitution recommender for dark stores, 10 min SLA", "c", hard="interviewer_action")
n.b("split into candidate items from same category + ranker on acceptance prob, sized ranker at ~30ms per order", "e+", "system_thinking")
n.b("NO PLAN for when stock feed from dark store is stale -> would happily suggest items that are NOT on the shelf", "e-", "risk_awareness")
n.b("asked her twice about rollback if acceptance drops after launch, said 'we would retrain'", "e-", "risk_awareness")
n.b("used offline acceptance AUC 0.81 as the go/no-go, never mentioned an A/B or a holdout store", "e-", "metrics")
n.b("did ask what the picker sees on the handheld when a sub is suggested", "e+", "user_impact", hard="question")
n.b("good on architecture, WEAK on ops reality", "v0", "system_thinking", hard="mixed")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n003", candidate_id="w53-c01", interviewer_id="w53-i03", req_id="w53-r1",
         round="coding", submitted_at="2025-10-15", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="search")
n.s("Coding round on search tokenisation.", "c")
n.s("Meenakshi did well.", "v+")
n.s("Strong coder, knows her stuff.", "v+", "coding")
n.s("Good grasp of tries and edit distance.", "v+", "coding", hard="tech_vague")
n.s("Communication fine.", "v+", "communication")
n.s("Fast and tidy.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n004", candidate_id="w53-c01", interviewer_id="w53-i05", req_id="w53-r1",
         round="behavioural", submitted_at="2025-10-16", recommendation="lean_hire", specificity=4,
         style=["headings", "third_person", "british"], topic="substitutions")
n.h("Situation")
n.s("Asked the candidate about a launch that went wrong.", "c", "ownership")
n.s("She described a grocery substitution model at her last company that lifted acceptance in the test stores but drove up complaints from elderly customers who did not use the app to approve swaps.", "e0", "user_impact")
n.h("Behaviour")
n.s("She said she found the complaint spike herself by reading support tickets, and wrote the incident summary.", "e+", "ownership")
n.s("She said the rollback was 'decided by the product manager' and she was not involved in it.", "e-", "ownership", "risk_awareness")
n.s("When I asked what she would do differently, she said she would add a guardrail on complaint rate before ramping.", "e+", "risk_awareness", "learning")
n.h("Impact")
n.s("Complaints returned to baseline in a week, according to her.", "e+", "user_impact")
n.s("Seems a touch passive about decisions above her.", "v-", "ownership", hard="hedged")
n.s("Lean hire; ownership is the open question and worth probing again.", "v0", "ownership")
notes.append(n)

# Candidate c02: Arjun (he), r2
n = Note(note_id="w53-n005", candidate_id="w53-c02", interviewer_id="w53-i04", req_id="w53-r2",
         round="data", submitted_at="2025-11-03", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="festival demand")
n.h("Checklist - data round")
n.b("Task: forecast Diwali slot demand for 40 dark stores from two years of orders.", "c")
n.b("Checked for missing days: NO - Used the series as given; 2023 had a 9-day outage gap.", "e-", "data_intuition", hard="negated")
n.b("Handled festival date shift between years: NO - Aligned by calendar date, so Diwali 2023 sat under a normal week.", "e-", "data_intuition")
n.b("Choice of metric justified: YES - Picked MAPE per store, then switched to weighted error when I noted small stores blow it up.", "e0", "metrics", "learning", hard="mixed")
n.b("Stated uncertainty: NO - Gave a single point forecast of 18,400 orders for the peak day.", "e-", "judgment")
n.b("Asked about stockout-censored demand: NO.", "e-", "data_intuition", hard="negated")
n.b("Communication: clear.", "v+", "communication")
n.b("Data hygiene overall: weak.", "v-", "data_intuition")
n.b("Result: NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n006", candidate_id="w53-c02", interviewer_id="w53-i06", req_id="w53-r2",
         round="fundamentals", submitted_at="2025-11-03", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="surge fees")
n.s("What a lovely conversation with Arjun this was!", "v+")
n.s("I opened with how he would evaluate a model that sets the surge fee on rainy evenings.", "c")
n.s("He told me straight away that a 6% revenue lift in the backtest was all the evidence he needed to ship, which I found refreshingly decisive.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("He explained that quantile loss lets you penalise under-forecasting of riders more than over-forecasting, and wrote the pinball loss on the whiteboard.", "e+", "ml_fundamentals")
n.s("He has a deep understanding of gradient boosting and regularisation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I mentioned that surge might hit the same low-income pin codes every night, he said fairness was 'a policy question, not a modelling one'.", "e-", "user_impact")
n.s("He is clearly a natural leader and very confident.", "v+", hard="biased")
n.s("I think he could grow into a lead quite quickly.", "v+")
n.s("Strong hire, and I would be happy to have him on the team.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n007", candidate_id="w53-c02", interviewer_id="w53-i05", req_id="w53-r2",
         round="behavioural", submitted_at="2025-11-04", recommendation="lean_no_hire", specificity=4,
         style=["headings", "third_person", "british"], topic="cash on delivery")
n.h("S")
n.s("Candidate was asked about a time a stakeholder disagreed with his analysis.", "c")
n.s("He described a cash-on-delivery fraud study where ops disputed his finding that COD orders in two cities had higher cancellation.", "e0", "communication")
n.h("B")
n.s("He said he re-sent the same deck with bigger charts rather than meeting the ops lead.", "e-", "communication")
n.s("When I challenged whether cancellation might be driven by late slots rather than COD, he said 'the numbers are the numbers' and did not consider it.", "e-", "learning", "data_intuition")
n.s("He did mention that blocking COD would hurt customers without cards, and proposed a deposit instead of a ban.", "e+", "user_impact")
n.h("I")
n.s("By his account the proposal was shelved.", "e0")
n.s("Defensive under pushback is my main worry.", "v-", "learning")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n008", candidate_id="w53-c02", interviewer_id="w53-i01", req_id="w53-r2",
         round="system_design", submitted_at="2025-11-05", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="delivery slots")
n.s("I am asking Arjun to design slot capacity planning for the 10-minute promise.", "c")
n.s("He is drawing the pipeline: order forecast per 15 minutes, rider roster, then slot opening or closing.", "e+", "system_thinking")
n.s("He is having very good system knowledge.", "v+", "system_thinking", hard="tech_vague")
n.s("I asked what happens when it rains and riders are rushing, and he said the promise should stay at 10 minutes because customers expect it.", "e-", "user_impact", "risk_awareness")
n.s("He did not mention rider safety even once.", "e-", "user_impact", hard="negated")
n.s("When I am giving hint about widening the promise window in rain, he is agreeing and adding a rain flag to the slot model.", "e+", "learning")
n.s("He asked whether the roster is fixed the day before or can change within the shift.", "e+", "judgment", hard="question")
n.s("Kindly note he is knowing many techniques but needs to think about riders.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# History notes
n = Note(note_id="w53-n009", candidate_id="w53-c09", interviewer_id="w53-i03", req_id="w53-r2",
         round="data", submitted_at="2025-06-10", recommendation="lean_hire", specificity=2,
         style=["prose", "lowercase", "terse"], topic="ratings")
n.s("data round, rider ratings dataset.", "c")
n.s("nisha was ok overall.", "v0")
n.s("good with data, seemed comfortable.", "v+", "data_intuition")
n.s("she asked if low ratings cluster on late-night orders.", "e+", "data_intuition", hard="question")
n.s("bit slow in places.", "v-")
n.s("decent stats knowledge i guess.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n010", candidate_id="w53-c10", interviewer_id="w53-i02", req_id="w53-r1",
         round="debugging", submitted_at="2025-07-22", recommendation="hire", specificity=5,
         style=["bullets", "terse", "abbreviations"], topic="multilingual search")
n.h("DEBUGGING - Hinglish search zero results")
n.b("gave him the bug: 'pyaaz' returns zero results but 'onion' works", "c", hard="interviewer_action")
n.b("Farhan opened the tokeniser output FIRST, saw 'pyaaz' split into three subwords with no match in the index", "e+", "coding")
n.b("wrote a 5-line test with pyaaz, pyaz, piyaz before changing anything", "e+", "coding")
n.b("proposed a transliteration synonym table as the quick fix + retraining the embedding on Hinglish queries later", "e+", "judgment")
n.b("asked how many searches per day hit zero results, I said ~4% -> he said that was the number to track after the fix", "e+", "metrics")
n.b("did NOT think about Tamil script queries until I asked", "e-", "user_impact", hard="negated")
n.b("after I asked he suggested logging script type per query", "e+", "learning")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w53_notes_part1.jsonl", notes)
