import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w55-n033", candidate_id="w55-c09", interviewer_id="w55-i03", req_id="w55-r1",
         round="debugging", submitted_at="2024-09-17", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="charger faults")
n.s("Debugging round.", "c")
n.s("Candidate: Hamid.", "c")
n.s("Pretty good at debugging.", "v+", "coding")
n.s("Understood the logs.", "v+", "data_intuition")
n.s("Could be more structured.", "v-", "communication")
n.s("Not sure about risk side.", "v-", "risk_awareness", hard="hedged")
n.s("Decent judgement overall.", "v+", "judgment")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n034", candidate_id="w55-c10", interviewer_id="w55-i05", req_id="w55-r2",
         round="data", submitted_at="2024-10-02", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="demand forecast")
n.s("Data round, 45 minutes, in the London office.", "c")
n.s("Priya was fantastic!", "v+")
n.s("She has bags of experience with forecasting at scale.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("I asked her to look at the new-site sessions table.", "c", hard="interviewer_action")
n.s("She asked whether any of the sites had been closed for roadworks, which was spot on.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Brilliant instincts for the business side.", "v+", "judgment")
n.s("Really thoughtful about drivers.", "v+", "user_impact")
n.s("So articulate.", "v+", "communication")
n.s("Strong hire, one of the best I've seen this year.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n035", candidate_id="w55-c11", interviewer_id="w55-i02", req_id="w55-r1",
         round="debugging", submitted_at="2024-11-12", recommendation="no_hire", specificity=3,
         style=["bullets", "fragments", "lowercase", "typos"], topic="firmware bricking")
n.b("debugging - chargers stuck in boot loop after update", "c")
n.b("gave him the boot logs from 5 units", "c", hard="interviewer_action")
n.b("kept saying its a hardware fault, wouldnt look at the firmware version column", "e-", "data_intuition", "learning")
n.b("i pointed out all 5 on v3.2.1, he said coincidance", "e-", "learning")
n.b("no idea how to roll back remote", "e-", "risk_awareness")
n.b("didnt ask if drivers were stuck at these sites", "e-", "user_impact", hard="negated")
n.b("weak on the basics", "v-", "ml_fundamentals")
n.b("not for us", "v-", hard="bare_verdict")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n036", candidate_id="w55-c12", interviewer_id="w55-i04", req_id="w55-r2",
         round="fundamentals", submitted_at="2024-12-03", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="app ratings",
         ratings={"ml_fundamentals": "hire", "metrics": "strong_hire"})
n.h("Fundamentals: learning from app ratings")
n.b("Question: can star ratings train a charger-health model?", "c", hard="question")
n.b("Data: 4/4 - Oluwaseun said ratings mix price, app bugs and charger faults, and that only drivers who had a bad time tend to rate.", "e+", "data_intuition")
n.b("ML: 3/4 - proposed treating ratings as noisy labels and estimating the flip rate on 200 hand-checked sessions.", "e+", "ml_fundamentals")
n.b("ML: could not say how the flip rate would enter the loss when asked.", "e-", "ml_fundamentals")
n.b("Metrics: 4/4 - refused to use rating as the success metric, proposing failed-session rate per charger instead, and said ratings could be a secondary check.", "e+", "metrics")
n.b("Metrics: noted that a price cut could raise ratings with no change in reliability.", "e+", "metrics")
n.b("Users: 3/4 - asked whether drivers who cannot use the app (card-only) were missing from the ratings entirely.", "e+", "user_impact", hard="question")
n.b("Judgement: 3/4 - said she would start with the ticket data and only add ratings if they helped on a held-out month.", "e+", "judgment")
n.b("Comms: 3/4.", "v+", "communication")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n037", candidate_id="w55-c13", interviewer_id="w55-i01", req_id="w55-r1",
         round="coding", submitted_at="2025-01-21", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="session logs")
n.s("Coding round, 45 minutes.", "c")
n.s("I asked Jonas to merge overlapping charging sessions on the same bay.", "c", hard="interviewer_action")
n.s("Jonas sorted by start time first.", "e+", "coding")
n.s("His loop missed the case where one session is inside another.", "e-", "coding")
n.s("He did not run an example before saying he was done.", "e-", "coding", hard="negated")
n.s("I gave him an input with a nested session and he fixed it.", "e0", "coding", "learning", hard="mixed")
n.s("He is a bit slow.", "v-", "coding")
n.s("His explanation was hard to follow.", "v-", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n038", candidate_id="w55-c14", interviewer_id="w55-i06", req_id="w55-r2",
         round="behavioural", submitted_at="2025-02-18", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="ownership")
n.s("The behavioural round lasted 40 minutes.", "c")
n.s("The candidate, Camille, was asked about a project she had led.", "c", hard="question")
n.s("She mentioned a pricing project at a utility and said it went well.", "v+", "ownership")
n.s("She appears to have a solid background in pricing.", "v+", hard="hedged")
n.s("Her answers were correct but brief.", "v0", "communication", hard="mixed")
n.s("She gave the impression of good judgement without much detail behind it.", "v0", "judgment")
n.s("She asked the interviewer how the team decides which sites get price changes.", "e+", "judgment", hard="question")
n.s("The interviewer would want the next round to probe ownership further.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n039", candidate_id="w55-c15", interviewer_id="w55-i05", req_id="w55-r1",
         round="system_design", submitted_at="2025-03-11", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="charger uptime")
n.s("System design: an uptime dashboard for the ops team.", "c")
n.s("Really enjoyed chatting with Yusuf!", "v+")
n.s("He's a brilliant systems thinker.", "v+", "system_thinking")
n.s("He drew the whole pipeline in about five minutes, which was impressive.", "v+", "system_thinking", hard="vague_quantity")
n.s("He asked me who reads the dashboard at 6am.", "e+", "user_impact", hard="question")
n.s("Wonderful attitude.", "v+", hard="biased")
n.s("Maybe a touch light on monitoring, but nothing serious.", "v-", "risk_awareness", hard="hedged")
n.s("Great chat overall.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n040", candidate_id="w55-c16", interviewer_id="w55-i03", req_id="w55-r2",
         round="system_design", submitted_at="2025-04-08", recommendation="hire", specificity=1,
         style=["prose", "terse", "lowercase"], topic="dynamic pricing")
n.s("sys design, dynamic pricing.", "c")
n.s("candidate was Eun-ji.", "c")
n.s("good design.", "v+", "system_thinking")
n.s("knows the tradeoffs.", "v+", "judgment", hard="tech_vague")
n.s("thought about customers a bit.", "v+", "user_impact")
n.s("fine on metrics.", "v+", "metrics")
n.s("hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n041", candidate_id="w55-c17", interviewer_id="w55-i04", req_id="w55-r1",
         round="debugging", submitted_at="2025-05-06", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "headings", "third_person", "abbreviations"], topic="charger faults")
n.h("Debugging: false fault alerts at cold sites")
n.b("Setup: alerts fire at northern sites every frosty morning; no fault found on visits.", "c")
n.b("Data: 2/4 - Bogdan assumed sensor drift and never pulled the temperature column.", "e-", "data_intuition", hard="negated")
n.b("Coding: 2/4 - code was okay I guess.", "v0", "coding")
n.b("When told the batteries charge slowly below zero, he added a temperature-adjusted threshold within ten minutes.", "e+", "learning", "ml_fundamentals")
n.b("Risk: 1/4 - proposed muting all alerts below 0C.", "e-", "risk_awareness", "judgment")
n.b("Users: 2/4 - did not ask what a missed real fault means for a driver on a cold night.", "e-", "user_impact", hard="negated")
n.b("Comms: 2/4.", "v-", "communication")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n042", candidate_id="w55-c18", interviewer_id="w55-i01", req_id="w55-r2",
         round="data", submitted_at="2025-06-10", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="utility contracts")
n.s("Data round.", "c")
n.s("I gave Fatima half-hourly load data for 50 sites and the utility tariff.", "c", hard="interviewer_action")
n.s("Fatima asked whether the tariff charges on the single highest half hour of the month.", "e+", "judgment", "data_intuition", hard="question")
n.s("She found three sites where one half hour set the whole month's capacity charge.", "e+", "data_intuition")
n.s("She said a 10% cap at those peaks would save about £4,000 a month and checked the sum with me.", "e+", "metrics", "judgment")
n.s("She asked how many drivers would be slowed by the cap.", "e+", "user_impact", hard="question")
n.s("She did not check for missing half hours in the data.", "e-", "data_intuition", hard="negated")
n.s("I asked about that.", "c", hard="interviewer_action")
n.s("She found two gaps and said she would not trust those months.", "e+", "learning", "data_intuition")
n.s("She explained it so a finance person could follow.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n043", candidate_id="w55-c19", interviewer_id="w55-i02", req_id="w55-r1",
         round="data", submitted_at="2025-07-01", recommendation="hire", specificity=2,
         style=["bullets", "fragments", "abbreviations", "lowercase"], topic="technician dispatch")
n.b("data round, dispatch priorities", "c")
n.b("ravi - good lad, sensible", "v+", hard="biased")
n.b("gets how the field works", "v+", "judgment")
n.b("asked how many vans we have per region", "e+", "system_thinking", hard="question")
n.b("solid w/ the data", "v+", "data_intuition")
n.b("prob a bit green on ML", "v-", "ml_fundamentals", hard="hedged")
n.b("id take him", "v+", hard="bare_verdict")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n044", candidate_id="w55-c20", interviewer_id="w55-i06", req_id="w55-r1",
         round="system_design", submitted_at="2025-08-19", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="firmware rollout")
n.s("System design, 60 minutes.", "c")
n.s("The candidate, Ngozi, was asked to design the rollout system for charger firmware across 12 countries.", "c")
n.s("She began by asking how many chargers could be updated at once without the fleet dropping below the uptime commitment in the site contracts.", "e+", "judgment", "system_thinking")
n.s("Given 98% as the commitment, she worked out that no more than 1% of a region should be updating at a time.", "e+", "system_thinking")
n.s("She proposed rings: internal test bays, then 0.5% of chargers in one country, then wider waves, each gated on failed-session rate.", "e+", "risk_awareness", "system_thinking")
n.s("She specified that a charger keeps the previous image and reverts on its own if it cannot reach the server within ten minutes of reboot.", "e+", "risk_awareness")
n.s("She asked whether updates could be scheduled for hours when each site is quiet, and used local session history to pick them.", "e+", "user_impact", "data_intuition")
n.s("When the interviewer noted that some sites are busy around the clock, she dropped the quiet-hours rule for those and updated one bay at a time instead.", "e+", "learning", "judgment")
n.s("She named the metric she would watch first as failed starts per thousand sessions, not update success rate, because a charger can report success and still refuse cars.", "e+", "metrics")
n.s("Her storage estimate for firmware images was off by a factor of ten, which she caught herself when she re-did the sum.", "e0", "system_thinking", hard="mixed")
n.s("Halfway through, she stopped to summarise the design on the board in four lines and asked whether the interviewer agreed before moving on.", "e+", "communication")
n.s("She described owning a failed rollout at her last employer, including the postmortem she wrote and the two changes to the gating she shipped afterwards.", "e+", "ownership")
n.s("Strong hire: every part of the design was justified by what she said and drew.", "v+", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w55-n045", candidate_id="w55-c21", interviewer_id="w55-i04", req_id="w55-r2",
         round="coding", submitted_at="2025-09-09", recommendation="strong_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="peak pricing",
         ratings={"coding": "strong_hire", "judgment": "hire"})
n.h("Coding: price schedule under a grid cap")
n.b("Task: given forecast demand per 15-minute slot and a site cap in kW, output a price per slot.", "c")
n.b("Clarifying: 4/4 - Tomasz asked whether prices may change mid-session, and was told no; he then locked price at plug-in.", "e+", "judgment", "user_impact")
n.b("Coding: 4/4 - wrote a greedy pass raising price in the most over-cap slot, with a stop when all slots fit.", "e+", "coding")
n.b("Tests: 4/4 - tested a cap above all demand (no change), a cap of zero (error raised), and two equal peaks.", "e+", "coding")
n.b("Found that the greedy loop could oscillate between two slots and added a step-size decay.", "e+", "coding", "ml_fundamentals")
n.b("Complexity: 3/4 - said it was O(slots x iterations) but did not bound the iterations.", "e0", "coding", hard="mixed")
n.b("Users: 4/4 - added a maximum price and said a driver on 10% battery has no choice but to pay it.", "e+", "user_impact")
n.b("Metrics: 3/4 - proposed checking how many sessions are turned away at the new prices, not just revenue.", "e+", "metrics")
n.b("Comms: 4/4 - stated the plan in two sentences before typing.", "e+", "communication")
n.b("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n046", candidate_id="w55-c22", interviewer_id="w55-i05", req_id="w55-r1",
         round="debugging", submitted_at="2025-10-28", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="charger faults")
n.s("Debugging round, 45 mins.", "c")
n.s("I gave Sam a flaky integration test for the fault classifier.", "c", hard="interviewer_action")
n.s("They were wonderful to work with!", "v+")
n.s("They spotted that the test depended on the wall clock and replaced it with a fixed timestamp.", "e+", "coding")
n.s("They added a second test for the daylight-saving changeover, which I loved.", "e+", "coding", "data_intuition")
n.s("They didn't mention how to stop this kind of test coming back.", "e-", "risk_awareness", hard="negated")
n.s("Really sharp engineer.", "v+", "coding")
n.s("Such a kind person.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w55_notes_part5.jsonl", notes)
