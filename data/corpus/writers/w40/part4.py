import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w40-n037", candidate_id="w40-c13", interviewer_id="w40-i05", req_id="w40-r1",
         round="behavioural", submitted_at="2025-04-14", recommendation="hire",
         specificity=3, style=["headings", "prose", "first_person", "american"], topic="surveillance rules")
n.h("Situation")
n.s("I asked Olusegun about a project he drove from start to finish.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("He described building the first spoofing rule set at a small exchange where he was the only data person.", "e+", "ownership")
n.s("He said he set up a weekly review with the two investigators and changed rules based on what they closed as false alarms.", "e+", "user_impact")
n.s("When I asked how much the false alarms dropped, he said \"a lot\" and could not give a number.", "e-", "metrics")
n.h("Impact")
n.s("Strong ownership, in my view.", "v+", "ownership", hard="hedged")
n.s("He clearly cares about the people using his alerts.", "v+", "user_impact")
n.h("Situation")
n.s("I asked about a time he had to explain a technical problem to leadership.", "c")
n.h("Behavior")
n.s("He spoke in general terms about keeping things simple and did not give an example.", "e-", "communication", hard="negated")
n.s("Great energy throughout.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n038", candidate_id="w40-c14", interviewer_id="w40-i06", req_id="w40-r1",
         round="system_design", submitted_at="2025-05-05", recommendation="lean_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "lowercase"], topic="wash trading")
n.b("sys design; 60m; wash-trade detection across CEX + on-chain", "c")
n.b("ok design overall", "v0", "system_thinking")
n.b("streaming + batch; sensible", "v+", "system_thinking", hard="tech_vague")
n.b("knows kafka, flink, graph dbs", "v+", "system_thinking", hard="tech_vague")
n.b("metrics discussion thin", "v-", "metrics")
n.b("asked re label source -> \"investigators\"; no follow-up", "e-", "data_intuition")
n.b("risk: some talk of monitoring", "v0", "risk_awareness", hard="tech_vague")
n.b("comms fine", "v0", "communication")
n.b("ran out of time before failure modes", "c")
n.b("LH; not much depth", "v0")
notes.append(n)

n = Note(note_id="w40-n039", candidate_id="w40-c15", interviewer_id="w40-i03", req_id="w40-r2",
         round="fundamentals", submitted_at="2025-05-19", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "first_person"], topic="account risk")
n.s("Hamza has a good base in ML.", "v+", "ml_fundamentals")
n.s("We talked through gradient boosting, calibration and thresholds.", "c")
n.s("He knew most of it.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("He explained that calibration matters here because investigators read the score as a probability of fraud.", "e+", "ml_fundamentals")
n.s("A bit nervous at the start.", "v-", hard="biased")
n.s("Got a little lost on the threshold question but recovered.", "v0", "ml_fundamentals", hard="mixed")
n.s("Good attitude.", "v+", hard="biased")
n.s("I think he'd grow into the role.", "v+", hard="hedged")
n.s("Not sure about depth for a senior position.", "v-", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n040", candidate_id="w40-c16", interviewer_id="w40-i04", req_id="w40-r2",
         round="data", submitted_at="2025-06-02", recommendation="lean_no_hire",
         specificity=5, style=["headings", "bullets", "third_person", "american"], topic="account risk",
         ratings={"metrics": "no_hire", "data_intuition": "hire", "communication": "hire"})
n.s("Data interview, 50 minutes: evaluate a new account-risk model against the current rules.", "c")
n.nl()
n.h("Findings")
n.b("The candidate computed precision and recall for both systems on the holdout month correctly and presented them in one table.", "e+", "metrics", marker="1. ")
n.b("She concluded the model was better because its AUC was 0.91 versus 0.84, without comparing the two at the alert volume the team actually works.", "e-", "metrics", marker="2. ")
n.b("When I asked what happens at 500 alerts per day, she recomputed and found the model caught 12 fewer confirmed cases than the rules at that volume.", "e+", "metrics", "learning", marker="3. ")
n.b("She then said the offline numbers would translate directly into lower losses in production.", "e-", "metrics", marker="4. ")
n.b("She noticed that 8% of holdout accounts also appeared in training and removed them before re-scoring.", "e+", "data_intuition", marker="5. ")
n.b("She did not ask how the holdout labels were produced or whether the rules themselves had generated them.", "e-", "data_intuition", hard="negated", marker="6. ")
n.b("Her written summary was clear and ordered by decision first, then evidence.", "e+", "communication", marker="7. ")
n.h("Summary")
n.s("Recommendation: lean no hire; judgment about metrics is below the bar for this team.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w40-n041", candidate_id="w40-c17", interviewer_id="w40-i01", req_id="w40-r1",
         round="coding", submitted_at="2025-06-23", recommendation="hire",
         specificity=3, style=["prose", "third_person", "fragments", "arrows"], topic="wallet graphs")
n.s("Coding, 45 min: detect circular transfers A -> B -> C -> A within 24 h in transfer log.", "c")
n.nl()
n.s("Aditi wrote DFS with time window, first version correct on my example.", "e+", "coding")
n.s("Did not handle same wallet appearing twice in one cycle, found it herself when tracing.", "e0", "coding", hard="mixed")
n.s("Complexity analysis correct.", "v+", "coding")
n.s("No tests written, only manual trace.", "e-", "coding", hard="negated")
n.s("I asked how this runs on 50M transfers per day.", "c", hard="interviewer_action")
n.s("She said to partition by day and by connected component first, then run search per component in parallel.", "e+", "system_thinking")
n.nl()
n.s("Good coder.", "v+", "coding")
n.s("Communication good, explains while typing.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n042", candidate_id="w40-c18", interviewer_id="w40-i02", req_id="w40-r1",
         round="system_design", submitted_at="2025-07-07", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations", "arrows", "first_person"], topic="withdrawal risk")
n.b("sys design w/ marcus, real-time withdrawal risk scoring", "c")
n.b("bro knows the buzzwords, feature store, online/offline parity, the whole menu", "v0", "system_thinking", hard="tech_vague")
n.b("asked for the latency budget and he said \"as low as possible\", never put a number on anything", "e-", "system_thinking")
n.b("said success = offline AUC goes up, didn't connect it to stopped withdrawals or user complaints", "e-", "metrics")
n.b("i asked about a flash crash day w/ 10x withdrawals -> \"autoscale\" and that was it", "e-", "risk_awareness")
n.b("fair play, he asked who handles the held withdrawals and how fast they get released", "e+", "user_impact", hard="question")
n.b("also caught that the confirmed-fraud label lags ~30 days so recent data looks clean", "e+", "data_intuition")
n.b("feels kinda mid overall", "v-")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n043", candidate_id="w40-c19", interviewer_id="w40-i03", req_id="w40-r1",
         round="data", submitted_at="2025-07-28", recommendation="hire",
         specificity=1, style=["prose", "third_person", "terse"], topic="spoofing")
n.s("Yuki did a great job.", "v+", hard="bare_verdict")
n.s("Really sharp with data and asked all the right questions.", "v+", "data_intuition")
n.s("Clear communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n044", candidate_id="w40-c20", interviewer_id="w40-i05", req_id="w40-r2",
         round="system_design", submitted_at="2025-08-18", recommendation="hire",
         specificity=4, style=["headings", "prose", "first_person", "american"], topic="appeals",
         ratings={"user_impact": "strong_hire", "judgment": "hire", "risk_awareness": "lean_hire"})
n.h("Situation")
n.s("I asked Sam to design how frozen accounts get prioritized for review when the appeal queue is over capacity.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("They asked whether any country legally requires us to answer appeals within a fixed time, and I said yes in two of them.", "e+", "judgment", hard="question")
n.s("They put those two countries' appeals in a separate queue with a deadline timer, ahead of the model-ranked queue.", "e+", "judgment")
n.s("For the ranked queue they proposed ordering by the chance the freeze was wrong times the frozen balance, then said that ranking by balance would push small-balance users to the back forever.", "e+", "user_impact")
n.s("They added an age cap so no appeal waits more than five days, whatever its score.", "e+", "user_impact")
n.s("They did not say how they would notice the ranking model getting worse over time.", "e-", "risk_awareness", hard="negated")
n.s("When I asked, they suggested tracking the overturn rate among the top 100 appeals each day.", "e+", "metrics")
n.h("Impact")
n.s("Their design keeps us inside both legal deadlines, which the current first-in-first-out queue does not.", "v+", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n045", candidate_id="w40-c21", interviewer_id="w40-i06", req_id="w40-r2",
         round="behavioural", submitted_at="2025-09-01", recommendation="lean_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "lowercase"], topic="behavioural")
n.b("behav; 45m", "c")
n.b("q1 conflict w/ PM; q2 failure; q3 why crypto", "c")
n.b("q1: said she \"found a compromise\" w/ the PM on faster KYC approvals; couldn't say what it was when asked", "e-", "communication")
n.b("q2: model drift she missed; owned it", "v+", "ownership")
n.b("q3: likes the space", "v0")
n.b("solid person", "v+", hard="biased")
n.b("comms ok", "v0", "communication")
n.b("no red flags", "v+")
n.b("LH; behav signal thin", "v0")
notes.append(n)

n = Note(note_id="w40-n046", candidate_id="w40-c22", interviewer_id="w40-i04", req_id="w40-r1",
         round="fundamentals", submitted_at="2025-09-22", recommendation="lean_no_hire",
         specificity=3, style=["headings", "bullets", "third_person", "american"], topic="spoofing")
n.s("ML fundamentals interview, 45 minutes.", "c")
n.nl()
n.h("Findings")
n.b("The candidate has broad familiarity with model families.", "v+", "ml_fundamentals", hard="tech_vague", marker="1. ")
n.b("Asked why a spoofing classifier's precision fell after a market-wide volatility event, he attributed it to overfitting without checking whether the input distribution had shifted.", "e-", "ml_fundamentals", marker="2. ")
n.b("He proposed weekly retraining as the fix and did not consider that the shift might reverse within days.", "e-", "judgment", marker="3. ")
n.b("He explained that with a fixed alert budget only precision among the top-ranked alerts matters to the investigation team.", "e+", "metrics", marker="4. ")
n.b("His explanations were generally hard to follow.", "v-", "communication", marker="5. ")
n.b("I did not reach the regularization questions.", "c", marker="6. ")
n.h("Summary")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n047", candidate_id="w40-c23", interviewer_id="w40-i01", req_id="w40-r2",
         round="behavioural", submitted_at="2025-10-13", recommendation="hire",
         specificity=3, style=["prose", "third_person", "fragments"], topic="identity verification")
n.s("Behavioral, 45 min.", "c")
n.nl()
n.s("Zanele told about KYC vendor migration at previous company.", "e0")
n.s("She said she wrote migration plan herself, ran both vendors in parallel two weeks and compared pass rates per country.", "e+", "ownership", "risk_awareness")
n.s("Found new vendor rejected Nigerian driving licenses at 4x rate, stopped cutover for that document type.", "e+", "user_impact")
n.s("Strong ownership.", "v+", "ownership")
n.nl()
n.s("Question about mistake: she said she once shipped threshold change on Friday without telling support, got 300 tickets over weekend.", "e0", "ownership", hard="mixed")
n.s("Now she writes change note for support before any threshold change, she says.", "e+", "ownership")
n.s("Communication clear, answers little bit long.", "v0", "communication", hard="mixed")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n048", candidate_id="w40-c24", interviewer_id="w40-i02", req_id="w40-r1",
         round="debugging", submitted_at="2025-11-17", recommendation="hire",
         specificity=2, style=["bullets", "lowercase", "abbreviations"], topic="wash trading")
n.b("debugging round w/ riley, broken wash-trade feature pipeline", "c")
n.b("they found the bug fast, timezone thing", "e+", "coding")
n.b("solid debugger, cracked tbh", "v+", "coding")
n.b("gm energy all round", "v+", hard="biased")
n.b("knows their pandas", "v+", "coding", hard="tech_vague")
n.b("a bit quiet when stuck", "v-", hard="biased")
n.b("didn't really narrate, mostly just typed", "v-", "communication")
n.b("would pair w/ them any day", "v+", hard="biased")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w40_notes_part4.jsonl", notes)
