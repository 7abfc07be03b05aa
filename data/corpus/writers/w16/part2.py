import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w16-c03 Ade Okonkwo (they), r2 ----
n = Note(note_id="w16-n011", candidate_id="w16-c03", interviewer_id="w16-i01", req_id="w16-r2",
         round="data", submitted_at="2025-05-06", recommendation="hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="analyst labels")
n.s("Data round for the triage job.", "c")
n.s("I handed Ade a spreadsheet of 3,000 closed alerts with the analyst's close reason on each and asked what they'd trust as a label.", "c", hard="interviewer_action")
n.s("They sorted by analyst and noticed one person had closed 600 alerts as benign inside an hour.", "e+", "data_intuition", hard="plain_evidence")
n.s("Their words: \"nobody reads 600 alerts in an hour, those are bulk closes.\"", "e+", "data_intuition")
n.s("They wanted to drop those rows rather than learn from them.", "e+", "data_intuition")
n.blank()
n.s("I asked what they'd do if that analyst was the only one covering nights.", "c", hard="question")
n.s("They thought about it, then said keep the rows but weight them lower, and go ask the analyst what happened that night.", "e+", "judgment")
n.s("Never once asked what the customer sees when we get a label wrong.", "e-", "user_impact", hard="negated")
n.s("Otherwise solid.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n012", candidate_id="w16-c03", interviewer_id="w16-i04", req_id="w16-r2",
         round="debugging", submitted_at="2025-05-07", recommendation="lean_hire", specificity=3,
         style=["lowercase", "typos", "arrows", "fragments", "quotes"], topic="concept drift")
n.b("debugging w/ ade, triage model precision fell from ~0.6 to 0.3 over two weeks", "c", marker="")
n.b("they started w/ the confusion matrix by week which, ok fine", "e0", "metrics", marker="")
n.b("missed that the drop lined up w/ a new phishing campaign even tho the dates were right there on the dashbaord", "e-", "data_intuition", hard="negated", marker="")
n.b("i hinted 'anything happen around the 9th?' and they jumped on it -> pulled the new samples, saw the sender domains were all brand new", "e+", "learning", "data_intuition", marker="")
n.b("then said the model wasnt broken, the world changed, and suggested retraining on a rolling window + an alarm on how many sender domains weve never seen before", "e+", "data_intuition", "risk_awareness", marker="")
n.b("kinda slow to get going, lots of silence at the start", "v-", hard="biased", marker="")
n.b("smart tho", "v+", marker="")
n.b("lean hire, would take them over the last two we saw", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n013", candidate_id="w16-c03", interviewer_id="w16-i05", req_id="w16-r2",
         round="system_design", submitted_at="2025-05-08", recommendation="hire", specificity=5,
         style=["bullets", "abbreviations"], topic="analyst feedback loop",
         ratings={"data_intuition": "strong_hire", "risk_awareness": "lean_hire", "communication": "lean_hire"})
n.s("System design, Ade (r2): analyst feedback loop for the triage model.", "c")
n.b("+ Opened by asking how many analysts, how many alerts a day, and how long until a verdict comes back.", "e+", "judgment", marker="")
n.b("+ Sized it: 40 analysts x ~50 verdicts/shift = ~2k labels/day against ~200k alerts, so about 1% labelled.", "e+", "system_thinking", marker="")
n.b("+ Pointed out labels only exist for alerts the model already ranked high, so the loop would confirm its own bias; proposed reviewing a small random sample of low-score alerts.", "e+", "data_intuition", marker="")
n.b("Put the retrain straight onto the nightly labels with no holdout or gate.", "e-", "risk_awareness")
n.b("+ When I asked what happens if an analyst mislabels a whole batch, they added a canary model and a rollback on precision at the alert budget.", "e+", "learning", "risk_awareness", marker="")
n.b("Explanation of the sampling weights lost me; I had to ask twice.", "e-", "communication")
n.b("+ Asked whether customers can see analyst comments, and said comments containing customer hostnames shouldn't go into shared training data.", "e+", "user_impact", marker="")
n.b("Hire.", "v+", hard="bare_verdict", marker="")
n.s("Strong on the label loop; the gate came late but it came.", "v+", "data_intuition")
notes.append(n)

n = Note(note_id="w16-n014", candidate_id="w16-c03", interviewer_id="w16-i03", req_id="w16-r2",
         round="behavioural", submitted_at="2025-05-08", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="analyst adoption")
n.s("Ade - behavioural.", "c")
n.s("Nice person, easy to talk to.", "v+", hard="biased")
n.s("Good team player, I think they'd slot right in.", "v+", hard="biased")
n.s("Talked about getting the analysts to adopt a new triage score, seemed to handle it well.", "v+", "communication", hard="hedged")
n.s("Solid communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w16-c04 Mei-Lin Chou (she), r2 ----
n = Note(note_id="w16-n015", candidate_id="w16-c04", interviewer_id="w16-i05", req_id="w16-r2",
         round="data", submitted_at="2025-06-10", recommendation="hire", specificity=4,
         style=["bullets", "abbreviations"], topic="triage labels",
         ratings={"data_intuition": "strong_hire", "judgment": "lean_no_hire"})
n.s("Data round - Mei-Lin, r2.", "c")
n.s("Task: 6 months of triage labels, find what's wrong before we train on them.", "c")
n.b("+ Found duplicate alerts (same rule, host and minute) making up ~18% of rows and removed them before computing the base rate.", "e+", "data_intuition", marker="")
n.b("+ Noticed the true-positive rate doubled in March and asked whether the close-reason dropdown had changed; it had.", "e+", "data_intuition", marker="")
n.b("+ Split labels by analyst and said she'd measure how often two analysts agree before trusting either.", "e+", "data_intuition", marker="")
n.b("Spent most of the hour cleaning; never got to a baseline model.", "e-", "judgment")
n.b("Didn't ask what a wrong label costs the analyst or the customer.", "e-", "user_impact", hard="negated")
n.b("Hire on data sense.", "v+", "data_intuition", marker="")
n.s("Worth another round to check her modelling.", "c")
notes.append(n)

n = Note(note_id="w16-n016", candidate_id="w16-c04", interviewer_id="w16-i04", req_id="w16-r2",
         round="debugging", submitted_at="2025-06-11", recommendation="lean_no_hire", specificity=3,
         style=["lowercase", "typos", "fragments", "abbreviations", "quotes"], topic="vpn login anomalies")
n.b("debug round w/ mei-lin", "c", marker="")
n.b("anomaly detector on vpn logins, fires on basically every user monday 9am", "c", marker="")
n.b("she went to the model first, retuned the contamination param on the isolation forest, didnt look at the data at all", "e-", "data_intuition", marker="")
n.b("i said 'what do monday logins look like vs tuesday' and she still wanted to tweak the threshold", "e-", "learning", marker="")
n.b("eventually saw its the weekly pattern, training window had no mondays in it (holiday week) but took like 25 min to get there", "e0", "data_intuition", hard="mixed", marker="")
n.b("surprised, heard she was great on data in the other round", "c", marker="")
n.b("the fix she wrote was tidy, had a test for the empty window case", "e+", "coding", marker="")
n.b("lnh tbh", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n017", candidate_id="w16-c04", interviewer_id="w16-i02", req_id="w16-r2",
         round="system_design", submitted_at="2025-06-12", recommendation="lean_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="alert prioritization",
         ratings={"system_thinking": "hire", "metrics": "lean_hire", "communication": "lean_no_hire"})
n.s("System design, 60m.", "c")
n.s("Prompt: alert prioritization service for 30 customer SOCs, 500k alerts/day.", "c")
n.nl()
n.h("System thinking:")
n.b("Scoring at ingest, one queue per customer, analyst UI reads top-k.", "e+", "system_thinking")
n.s("Clean separation.", "v+", "system_thinking", hard="bare_verdict")
n.b("Estimated ~6 alerts/s average, said one scorer instance is enough and did not over-build.", "e+", "system_thinking", "judgment")
n.h("Risk:")
n.b("Added per-customer circuit breaker: if scored volume > 3x baseline, fall back to rule-based priority.", "e+", "risk_awareness")
n.h("Metrics:")
n.b("Proposed 'analyst hours saved' as north star with no way to measure it.", "e-", "metrics")
n.b("When pressed, suggested time-to-close on true positives before vs. after, with a holdout of customers.", "e+", "metrics", "learning")
n.h("Communication:")
n.b("Diagram unreadable; had to ask her to redraw the queue part.", "e-", "communication")
n.h("Verdict:")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n018", candidate_id="w16-c04", interviewer_id="w16-i01", req_id="w16-r2",
         round="behavioural", submitted_at="2025-06-12", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="analyst feedback")
n.s("Behavioral, 30 min.", "c")
n.s("Asked Mei-Lin about a time an analyst told her the model was wrong.", "c", hard="question")
n.s("She said one analyst kept escalating alerts the model scored low, so she sat with him for a whole shift to see why.", "e+", "user_impact", hard="plain_evidence")
n.s("Turned out he knew one customer's admin account was shared by five people, which the model had no way of knowing.", "e0", "data_intuition")
n.s("She put that in as a feature request and went back to tell him when it shipped.", "e+", "ownership", hard="plain_evidence")
n.s("Good listener.", "v+", "communication")
n.s("Don't have much more than that, her answers were short.", "v0", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w16-n019", candidate_id="w16-c11", interviewer_id="w16-i06", req_id="w16-r1",
         round="system_design", submitted_at="2024-10-22", recommendation="hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="detector rollout")
n.s("I asked Lukas to design the release process for a new ransomware detector across 2,000 customer tenants.", "c", hard="interviewer_action")
n.s("He opened with a question I loved: \"what does a customer lose if this fires wrong at 3am?\"", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("He proposed going to 1% of tenants first in alert-suppressed mode and comparing alert counts per tenant against the previous week.", "e+", "risk_awareness")
n.s("\"If any tenant goes over double, we pull it automatically and page us, not them,\" he said.", "e+", "risk_awareness")
n.s("I asked who decides when to resume the rollout.", "c", hard="question")
n.s("He said he would, as the owner, and that he'd write the criteria down before starting.", "e+", "ownership")
n.s("He didn't get to how he'd roll back the model version itself once suppression was lifted, though to be fair I ran out of time to ask.", "e-", "risk_awareness", hard="negated")
n.s("Really thoughtful guy!", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n020", candidate_id="w16-c12", interviewer_id="w16-i02", req_id="w16-r1",
         round="coding", submitted_at="2024-11-05", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "terse", "arrows"], topic="streaming anomaly detection",
         ratings={"coding": "no_hire", "ml_fundamentals": "hire"})
n.s("Coding, 45m.", "c")
n.s("Task: streaming z-score anomaly detector over per-host byte counts.", "c")
n.nl()
n.h("Coding:")
n.b("Stored full history per host in a list, O(n) per event.", "e-", "coding")
n.s("Didn't notice until I asked about memory at 1M hosts.", "e-", "system_thinking", hard="negated")
n.b("Variance divided by n-1 with n=1 on the first event -> ZeroDivisionError; found only when my test ran.", "e-", "coding")
n.b("After a hint about Welford's method, implemented it correctly in ~5 min.", "e+", "learning", "coding")
n.h("ML fundamentals:")
n.b("Said z-score assumes roughly normal data and would misfire on bursty traffic; suggested median/MAD instead.", "e+", "ml_fundamentals")
n.h("Communication:")
n.b("Silent for the first 15 min; no plan stated before typing.", "e-", "communication")
n.h("Verdict:")
n.b("NH at this level.", "v-", hard="bare_verdict")
n.s("Fundamentals fine, code below bar.", "v0", "ml_fundamentals", "coding", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w16_notes_part2.jsonl", notes)
