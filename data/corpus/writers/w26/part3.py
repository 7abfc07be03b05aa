import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- Candidate w26-c07 Olumide (he), DS Responsible Gambling: passive ownership (seen by i01 and i05) ----
n = Note(note_id="w26-n025", candidate_id="w26-c07", interviewer_id="w26-i01", req_id="w26-r2",
         round="behavioural", submitted_at="2025-09-16", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "quotes", "british"], topic="regulatory reporting",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.s("Behavioural — Olumide.", "c")
n.s("Asked him to walk me through a project that didn't go to plan.", "c", hard="question")
n.s("He picked a monthly regulatory report on RG interventions that went out with the wrong counts two months running.", "e0")
n.s("When I asked who found the error, he said the regulator did.", "e-", "ownership")
n.s("Whose job was it to check the counts?", "c", hard="question")
n.s("'That was on the BI team, we just sent them the flags.'", "e-", "ownership", hard="plain_evidence")
n.s("Never said what he changed afterwards, and I left a gap for it.", "e-", "ownership", hard="negated")
n.s("Then I gave him an opening, asked what he'd do if he owned it end to end, and he came back with something decent: reconcile the flag counts against the CRM before sending, and sign it off himself.", "e+", "learning", "ownership")
n.s("Sat deep all game though, like a winger waiting for the ball to be played to his feet.", "v-", "ownership")
n.s("Clear talker, easy to follow.", "v+", "communication")
n.s("Nice lad.", "v+", hard="biased")
n.s("LNH, just not seeing the drive.", "v-", "ownership", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n026", candidate_id="w26-c07", interviewer_id="w26-i05", req_id="w26-r2",
         round="data", submitted_at="2025-09-17", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "third_person", "british"], topic="intervention evaluation",
         ratings={"data_intuition": "hire", "ownership": "lean_no_hire", "judgment": "lean_no_hire"})
n.s("Data round.", "c")
n.s("Gave Olumide last quarter's intervention log and asked whether the 'cooling-off nudge' reduced deposits.", "c", hard="interviewer_action")
n.h("Pros")
n.b("Noticed that nudged players were chosen by a risk score, so a naive before/after would pick up regression to the mean; suggested comparing with players just under the threshold.", "e+", "data_intuition", "metrics")
n.b("Plotted the score distribution around the threshold to check nobody had been nudged by hand.", "e+", "data_intuition")
n.h("Cons")
n.b("6% of rows had no intervention date; he said 'I'd raise a ticket with data eng' and moved on without estimating what it did to the result.", "e-", "ownership", "data_intuition")
n.b("Asked for a recommendation to the RG lead, he listed three options and would not pick one, even when I said she needs an answer by Friday.", "e-", "judgment")
n.b("Didn't ask how the nudge felt from the player's side or whether anyone had complained.", "e-", "user_impact", hard="negated")
n.h("Call")
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("Good analytical instincts, but waits to be told.", "v0", "ownership", hard="mixed")
notes.append(n)

n = Note(note_id="w26-n027", candidate_id="w26-c07", interviewer_id="w26-i02", req_id="w26-r2",
         round="coding", submitted_at="2025-09-17", recommendation="hire", specificity=5,
         style=["bullets", "terse", "third_person", "british"], topic="bet ledger",
         ratings={"coding": "hire"})
n.s("Coding.", "c")
n.s("45 min, Python.", "c")
n.b("Task: each player's rolling 7-day net loss from a bet ledger; return those above a threshold.", "c", marker="1. ")
n.b("Clarified whether voided bets count (no) and whether the window is calendar or rolling (rolling).", "e+", "judgment", marker="2. ")
n.b("Two pointers over time-sorted bets, O(n) per player; ran my 12-row example, output correct.", "e+", "coding", marker="3. ")
n.b("Tests: empty ledger, single bet, all voids, a bet exactly 7 days old.", "e+", "coding", marker="4. ")
n.b("Treated exactly-7-days as inside and asked me which the business wants.", "e+", "judgment", hard="question", marker="5. ")
n.b("Complexity stated correctly when asked: O(n log n) for the sort, O(n) after.", "e+", "coding", marker="6. ")
n.b("No issues.", "v+", marker="7. ")
n.s("Rec: H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n028", candidate_id="w26-c07", interviewer_id="w26-i03", req_id="w26-r2",
         round="fundamentals", submitted_at="2025-09-18", recommendation="lean_hire", specificity=2,
         style=["terse", "fragments"], topic="evaluation")
n.s("Fundamentals.", "c")
n.nl()
n.s("Olumide ok on the basics.", "v0", "ml_fundamentals")
n.s("Knew his regression stuff.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("A bit slow on the evaluation part.", "v-", "metrics")
n.s("Explained precision and recall.", "v+", "metrics", hard="tech_vague")
n.s("Asked how the labels were defined.", "e+", "data_intuition", hard="question")
n.s("LH probably.", "v+", hard="bare_verdict")
notes.append(n)

# ---- Candidate w26-c08 Farah (she), DS Responsible Gambling: poor judgement under ambiguity, defends (i02) ----
n = Note(note_id="w26-n029", candidate_id="w26-c08", interviewer_id="w26-i02", req_id="w26-r2",
         round="system_design", submitted_at="2025-10-07", recommendation="no_hire", specificity=5,
         style=["bullets", "quotes", "third_person", "british"], topic="regulatory reporting",
         ratings={"judgment": "no_hire", "system_thinking": "lean_no_hire", "learning": "no_hire"})
n.s("System design, 60 min.", "c")
n.s("Brief deliberately open: 'the regulator wants a monthly report of at-risk customers and what we did about them; design the pipeline'.", "c")
n.b("Did not ask who reads the report, what counts as 'at risk', or the deadline.", "e-", "judgment", hard="negated", marker="1. ")
n.b("Opened with a Kafka + Flink streaming design for a report produced once a month.", "e-", "judgment", "system_thinking", marker="2. ")
n.b("I asked whether a monthly batch job would do.", "c", hard="question", marker="3. ")
n.s("Response: 'streaming future-proofs it'; no estimate of volume (it is ~40k rows a month).", "e-", "judgment", "learning")
n.b("Used the live model score as the definition of 'at risk' with no snapshot, so the report would change if re-run after a retrain.", "e-", "data_intuition", "risk_awareness", marker="4. ")
n.b("When I pointed that out: 'the regulator won't re-run it'.", "e-", "learning", marker="5. ")
n.b("Schema was right: intervention type, timestamp, outcome per customer, which is what the regulator asks for.", "e+", "system_thinking", hard="verdict_plus_evidence", marker="6. ")
n.b("Told the first report is due in three weeks, she would not cut scope: 'we can do both'.", "e-", "judgment", marker="7. ")
n.b("Rec: NH.", "v-", hard="bare_verdict", marker="8. ")
n.s("Pattern: picks the biggest solution first, then defends it.", "v-", "judgment", "learning")
notes.append(n)

n = Note(note_id="w26-n030", candidate_id="w26-c08", interviewer_id="w26-i06", req_id="w26-r2",
         round="behavioural", submitted_at="2025-10-07", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="behavioural",
         ratings={"ownership": "strong_hire", "communication": "strong_hire"})
n.s("I had a wonderful chat with Farah about her time at a fintech!", "v+")
n.s("She's so passionate about responsible gambling, and a natural leader!", "v+", hard="biased")
n.s("She mentioned that she 'pretty much ran' the fraud team's model review process, which sounds amazing!", "v+", "ownership")
n.s("When I asked whether, looking back, she'd have done anything differently on the fraud threshold she set, she said no, she'd make exactly the same call, which I found really confident!", "e-", "learning", hard="verdict_plus_evidence")
n.s("She talked for a good ten minutes about the fraud review without me getting a question in, she has so much to say!", "e-", "communication", hard="verdict_plus_evidence")
n.s("Great communicator.", "v+", "communication", hard="bare_verdict")
n.s("Such a warm presence in the room.", "v+", hard="biased")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n031", candidate_id="w26-c08", interviewer_id="w26-i04", req_id="w26-r2",
         round="coding", submitted_at="2025-10-08", recommendation="hire", specificity=4,
         style=["terse", "fragments", "british"], topic="odds feed parsing",
         ratings={"coding": "hire"})
n.s("Coding.", "c")
n.s("Parse a raw pipe-delimited odds feed, drop malformed lines, emit best price per market.", "c")
n.nl()
n.s("Asked if malformed lines should be counted or just dropped.", "e+", "judgment", hard="question")
n.s("Three wee functions, parser, validator, reducer, clean.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Tested a line with a missing field, a negative price and a duplicate market id.", "e+", "coding")
n.s("Missed that UK markets send fractional odds (5/2); I pointed at it and she handled it in five minutes.", "e0", "coding", "learning", hard="mixed")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n032", candidate_id="w26-c08", interviewer_id="w26-i01", req_id="w26-r2",
         round="fundamentals", submitted_at="2025-10-09", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="drift across seasons",
         ratings={"data_intuition": "hire", "ml_fundamentals": "lean_no_hire"})
n.s("Fundamentals w/ Farah.", "c")
n.s("Asked how she'd know our RG model was still any good a season later.", "c", hard="question")
n.s("She said check the score distribution monthly and have the RG team re-label a sample by hand, proper bread-and-butter stuff.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("When I said the labels take six months to arrive, she stuck to the monthly re-label plan and never said where the labels would come from.", "e-", "judgment", "learning")
n.s("Couldn't tell me why a tree model's probabilities might come out badly calibrated.", "e-", "ml_fundamentals", hard="negated")
n.s("Bit of a one-footed player, good on the data side and weaker on the modelling.", "v0", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

# ---- History notes ----
n = Note(note_id="w26-n033", candidate_id="w26-c09", interviewer_id="w26-i02", req_id="w26-r1",
         round="coding", submitted_at="2024-11-19", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "terse", "third_person", "british"], topic="odds cache",
         ratings={"coding": "lean_no_hire"})
n.s("Coding.", "c")
n.s("45 min.", "c")
n.b("Task: fixed-size LRU cache for odds snapshots keyed by market id.", "c", marker="1. ")
n.b("Chose dict + doubly linked list, stated O(1) get/put.", "e+", "coding", marker="2. ")
n.b("Eviction removed the most recent node, not the least recent; his own capacity-2 test would have caught it but he didn't run it.", "e-", "coding", hard="negated", marker="3. ")
n.b("Pointed Diego at his own test.", "c", hard="interviewer_action", marker="4. ")
n.s("Found and fixed the bug in ~3 min.", "e+", "learning", "coding")
n.b("Did not consider concurrent access, although I had said the cache is shared by 8 worker threads.", "e-", "system_thinking", hard="negated", marker="5. ")
n.b("Asked at the end what the hit rate is in production.", "e+", "metrics", hard="question", marker="6. ")
n.b("Rec: LNH.", "v-", hard="bare_verdict", marker="7. ")
n.s("One correctness bug and one ignored requirement in 45 minutes.", "v-", "coding")
notes.append(n)

n = Note(note_id="w26-n034", candidate_id="w26-c10", interviewer_id="w26-i03", req_id="w26-r2",
         round="data", submitted_at="2024-12-03", recommendation="lean_hire", specificity=1,
         style=["terse", "fragments"], topic="features")
n.s("Data round, Priya.", "c")
n.nl()
n.s("Decent.", "v0", hard="bare_verdict")
n.s("Knows pandas well.", "v+", "coding", hard="tech_vague")
n.s("Some good ideas on features.", "v+", "data_intuition")
n.s("A bit nervous.", "v-", hard="biased")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n035", candidate_id="w26-c11", interviewer_id="w26-i04", req_id="w26-r1",
         round="system_design", submitted_at="2025-01-21", recommendation="hire", specificity=4,
         style=["terse", "fragments", "british"], topic="integrity alerts",
         ratings={"system_thinking": "hire", "user_impact": "lean_no_hire"})
n.s("System design.", "c")
n.s("Kwame.", "c")
n.s("Integrity alerts, 45 min.", "c")
n.nl()
n.s("Asked what the integrity team does with an alert before drawing a box.", "e+", "user_impact", hard="question")
n.s("Capped alerts at what four analysts can review in a shift, ~40, ranked by stake-weighted anomaly score.", "e+", "judgment", "system_thinking")
n.s("Wanted a feedback button on each alert so the analysts' verdicts go back into training.", "e+", "system_thinking")
n.s("Reckoned fixers would learn the thresholds, so keep part of the logic private and rotate it.", "e+", "risk_awareness")
n.s("Never raised what happens to a player wrongly reported to the governing body.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Braw.", "v+")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n036", candidate_id="w26-c12", interviewer_id="w26-i06", req_id="w26-r2",
         round="behavioural", submitted_at="2025-01-28", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="explaining models",
         ratings={"communication": "strong_hire"})
n.s("Lucía was a joy to talk to!", "v+")
n.s("I asked about a time she'd had to explain a model to non-technical colleagues.", "c", hard="question")
n.s("She described presenting an affordability model to the customer service team, realising halfway through that they were worried it would make them the bad guys who block customers, and sitting down with them that same afternoon to rewrite the call script together!", "e+", "communication", "user_impact")
n.s("She also keeps a 'decision log' for every threshold change so compliance can see why it moved, which is such a good habit!", "e+", "ownership")
n.s("She asked me who in our RG team actually reads the model outputs and how they'd like them shown!", "e+", "user_impact", hard="question")
n.s("She didn't have much to say when I asked how she'd measure whether customers felt the calls were fair, but that's a hard question!", "e-", "user_impact", hard="negated")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w26_notes_part3.jsonl", notes)
print(len(notes), "notes")
