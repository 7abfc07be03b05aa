import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c04 Mateo Ríos (he), r2 ----------------
n = Note(note_id="w37-n016", candidate_id="w37-c04", interviewer_id="w37-i01", req_id="w37-r2",
         round="system_design", submitted_at="2026-01-12", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "terse", "fragments", "headings", "british"], topic="overbooking",
         ratings={"learning": "no_hire", "system_thinking": "lean_hire"})
n.h("SD: overbooking levels per flight, 45 min")
n.h("Pre-flight")
n.b("Set the problem: how many seats to oversell, short-haul and long-haul.", "c", hard="interviewer_action")
n.b("No clarifying questions.", "e-", "judgment", hard="negated")
n.s("Went straight to the model.", "e-", "judgment", hard="plain_evidence")
n.h("Cruise")
n.b("No-show model per booking: logistic, features fare class, days to departure, connection flag.", "e0", "ml_fundamentals")
n.b("Optimiser: expected revenue minus expected denied-boarding cost.", "e+", "system_thinking")
n.s("Sound.", "v+", "system_thinking")
n.b("Cost of a bump fixed at EUR 250 for every passenger.", "e-", "metrics", "user_impact")
n.h("Turbulence")
n.b("I said EU261 compensation scales with distance and a bumped wheelchair user is a different event.", "c", hard="interviewer_action")
n.b("His reply: 'the average is close enough, edge cases wash out'.", "e-", "user_impact", "learning", hard="plain_evidence")
n.b("Asked twice more.", "c", hard="interviewer_action")
n.s("Same answer, bit of an edge to the tone.", "e-", "learning")
n.b("Never proposed a limit on bumps per flight.", "e-", "risk_awareness", hard="negated")
n.h("Landing")
n.b("Good whiteboard discipline.", "v+", "communication")
n.b("LNH.", "v-", hard="bare_verdict")
n.s("Won't take a correction.", "v-", "learning")
notes.append(n)

n = Note(note_id="w37-n017", candidate_id="w37-c04", interviewer_id="w37-i05", req_id="w37-r2",
         round="data", submitted_at="2026-01-13", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="no-show data",
         ratings={"data_intuition": "hire", "ownership": "lean_no_hire"})
n.s("The data round used a year of passenger name records with check-in and boarding flags.", "c")
n.s("The candidate was asked to build a no-show label and describe its weaknesses.", "c")
n.s("Mateo asked how missed connections are recorded, and concluded that a passenger who misconnects should not count as a voluntary no-show.", "e+", "data_intuition", hard="question")
n.s("He found that codeshare bookings had a no-show rate of 0% and correctly identified this as missing data from the partner carrier.", "e+", "data_intuition")
n.s("He split the data by departure month and explained that a random split would leak the same passengers' return flights across the sets.", "e+", "data_intuition", "ml_fundamentals")
n.s("His notebook code was readable, although he did not check the join for duplicated rows until the totals failed to add up.", "e0", "coding", hard="mixed")
n.s("Asked who would maintain the label definition after launch, he said that would be 'for the data engineering team to decide'.", "e-", "ownership")
n.s("The interviewer did not observe the defensiveness reported in the design round; he accepted a suggestion about weighting recent months without argument.", "e+", "learning")
n.s("On data handling he is strong.", "v+", "data_intuition")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n018", candidate_id="w37-c04", interviewer_id="w37-i06", req_id="w37-r2",
         round="behavioural", submitted_at="2026-01-14", recommendation="lean_no_hire",
         specificity=3, style=["lowercase", "terse", "arrows", "fragments", "abbreviations"], topic="ownership")
n.s("behavioural, 30m", "c")
n.nl()
n.b("q: tell me abt a model you owned end to end", "c", hard="question")
n.b("story = pricing model at prev job -> mostly 'we' and 'the team', hard to tell what he did", "e-", "ownership")
n.b("asked directly what he personally built -> 'the features, i think, and some of the eval'", "e-", "ownership", hard="hedged")
n.b("when it broke in prod he 'flagged it in slack' and waited", "e-", "ownership", "risk_awareness")
n.b("no follow-up, no postmortem he wrote", "e-", "ownership", hard="negated")
n.b("nice guy tbh", "v+", hard="biased")
n.b("communication fine", "v0", "communication")
n.b("lnh, ownership not there", "v-", "ownership", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n019", candidate_id="w37-c04", interviewer_id="w37-i04", req_id="w37-r2",
         round="coding", submitted_at="2026-01-15", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "british", "first_person"], topic="denied boarding",
         ratings={"coding": "lean_hire", "learning": "no_hire"})
n.h("Coding: denied-boarding allocation")
n.s("Problem: given a flight's passenger list with check-in times and connection flags, choose who is offered volunteer compensation first.", "c")
n.h("Findings")
n.b("[positive, minor] Wrote a clean sort with a key function and explained the tie-break on check-in time.", "e+", "coding", marker="1. ")
n.b("[negative, major] Put passengers with tight connections first in the bump list because 'they are likely to misconnect anyway'.", "e-", "user_impact", "judgment", marker="2. ")
n.b("[negative, major] I asked whether that was the outcome the airline wanted; he said the code 'does what the spec says' and would not revisit it.", "e-", "learning", hard="plain_evidence", marker="3. ")
n.b("[negative, minor] No test for an empty flight or for more volunteers than seats needed.", "e-", "coding", hard="negated", marker="4. ")
n.b("[positive, minor] When I gave him the volunteers case he added the guard and a test in under three minutes.", "e+", "coding", "learning", marker="5. ")
n.b("[neutral] Finished the main part at 32 minutes.", "c", marker="6. ")
n.h("Summary")
n.s("Competent code; the same refusal to reconsider a decision that i01 noted in design, which makes two rounds now.", "v-", "learning")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- c05 Fatima Al-Sayed (she), r1 ----------------
n = Note(note_id="w37-n020", candidate_id="w37-c05", interviewer_id="w37-i03", req_id="w37-r1",
         round="system_design", submitted_at="2026-02-03", recommendation="hire",
         specificity=1, style=["prose", "first_person"], topic="system design")
n.s("Design round on the delay forecasting platform.", "c")
n.s("The panel was one person short so I covered the full hour alone.", "c")
n.s("Fatima was great, really knows distributed systems and streaming.", "v+", "system_thinking", hard="tech_vague")
n.s("Thought about failure modes a lot.", "v+", "risk_awareness", hard="vague_quantity")
n.s("Good energy.", "v+", hard="biased")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n021", candidate_id="w37-c05", interviewer_id="w37-i02", req_id="w37-r1",
         round="debugging", submitted_at="2026-02-04", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person", "british"], topic="storm day rollback",
         ratings={"risk_awareness": "strong_hire", "judgment": "strong_hire", "communication": "hire"})
n.s("For the debugging round I gave Fatima the scenario of the storm day, where at 14:00 the delay forecast starts to predict almost no delays at the hub while the controllers are seeing ninety-minute holds on the screen.", "c")
n.s("The first thing she did was to ask if anybody was acting on the forecast at this moment, because if the crew desk is using it to release standby crews then we must stop that before we look for the cause.", "e+", "risk_awareness", "judgment", hard="question")
n.s("She proposed to switch the controllers' screen back to the simple rule-based estimate that existed before the model, and to put a banner saying the model is paused, and only then to open the logs.", "e+", "risk_awareness", "user_impact")
n.s("In the logs she saw that the weather feed had stopped updating at 12:40 and that the feature job was filling the gap with the last known value, so the model thought the sky was clear.", "e+", "data_intuition")
n.s("She said that the forward-fill was the real bug and that a stale feed should make the model refuse to score, not guess.", "e+", "risk_awareness", "system_thinking")
n.s("I asked her what she would tell the head of the control centre, and she gave me two sentences: the forecast is wrong since 12:40 because the weather data stopped, we have gone back to the old estimates and will tell you when it is safe again.", "e+", "communication")
n.s("Afterwards she suggested a freshness check on every input with an alert to the on-call person, and she said she would write the incident review herself because she designed the feature job in this scenario.", "e+", "ownership", "risk_awareness")
n.s("One small thing, she spent some minutes on the model weights before checking the inputs, but she corrected herself quickly.", "e0", "judgment", hard="mixed")
n.s("Honestly it was one of the best debugging conversations I had this year.", "v+")
n.s("Strong hire for me, with full confidence.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n022", candidate_id="w37-c05", interviewer_id="w37-i04", req_id="w37-r1",
         round="behavioural", submitted_at="2026-02-05", recommendation="hire",
         specificity=4, style=["bullets", "headings", "british", "third_person"], topic="ownership and safety",
         ratings={"ownership": "hire", "user_impact": "hire"})
n.h("Behavioural")
n.b("Questions: a time you disagreed with a stakeholder; a time you shipped something that hurt someone.", "c", hard="question")
n.h("Findings")
n.b("[positive, major] Described refusing to let a maintenance-priority model re-order checks that the safety team had marked mandatory, and getting the rule written into the scorer as a hard constraint.", "e+", "risk_awareness", "judgment", marker="1. ")
n.b("[positive, major] Said she had built a customer-contact model that messaged passengers at 3am about a delay, took the complaints personally to the CX team, and shipped quiet hours within a week.", "e+", "ownership", "user_impact", marker="2. ")
n.b("[positive, minor] Quantified the before and after: complaints per 10k messages from 14 to 2.", "e+", "metrics", marker="3. ")
n.b("[negative, minor] Did not say how she checked that quiet hours did not hurt passengers who needed the early warning for a morning flight.", "e-", "metrics", "user_impact", hard="negated", marker="4. ")
n.b("[negative, minor] Was vague about how the disagreement was resolved with the stakeholder; answered in general terms twice.", "e-", "communication", marker="5. ")
n.b("[neutral] Her examples were from a rail operator rather than an airline.", "c", marker="6. ")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n023", candidate_id="w37-c05", interviewer_id="w37-i05", req_id="w37-r1",
         round="data", submitted_at="2026-02-05", recommendation="hire",
         specificity=4, style=["prose", "third_person", "british"], topic="maintenance logs",
         ratings={"data_intuition": "hire", "coding": "lean_hire"})
n.s("The data exercise concerned free-text technical log entries written by engineers, with the aim of predicting which defects lead to a delay of more than one hour.", "c")
n.s("The candidate first read twenty entries aloud and pointed out that the same part was written in at least four ways, including part numbers, nicknames and abbreviations.", "e+", "data_intuition", hard="plain_evidence")
n.s("She asked whether the engineers knew their notes would be mined, since that could change what they write.", "e+", "user_impact", "data_intuition", hard="question")
n.s("Her tokenisation code failed on entries containing slashes, and she found the problem only when the interviewer pointed at an empty output.", "e-", "coding")
n.s("She then proposed that the model may only add a flag for the maintenance controller and must never close or defer a defect on its own.", "e+", "risk_awareness", "judgment")
n.s("She did not discuss how to evaluate the model beyond accuracy on a random split.", "e-", "metrics", hard="negated")
n.s("When the interviewer asked about evaluation, she proposed recall on the defects that actually caused delays, measured per fleet.", "e+", "metrics", "learning")
n.s("Overall she handles messy text data with care.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c06 Kwame Mensah (he), r1 ----------------
n = Note(note_id="w37-n024", candidate_id="w37-c06", interviewer_id="w37-i06", req_id="w37-r1",
         round="system_design", submitted_at="2026-03-09", recommendation="lean_no_hire",
         specificity=3, style=["lowercase", "terse", "arrows", "fragments"], topic="knock-on delays")
n.s("sd: network knock-on delay predictor, hub + outstations", "c")
n.nl()
n.b("graph of rotations + crew pairings -> nice touch, crew is the part ppl forget", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("sizing sensible", "v+", "system_thinking")
n.b("deploy plan = replace old forecast on day 1, all stations", "e-", "risk_awareness", "judgment")
n.b("asked what if new model worse -> 'we'd see it in the metrics next week'", "e-", "risk_awareness", hard="plain_evidence")
n.b("no fallback, no kill switch", "e-", "risk_awareness", hard="negated")
n.b("proposed recomputing whole graph every min -> i said 1 min budget -> dropped to incremental updates on affected tails only", "e+", "learning", "system_thinking")
n.b("said the crew desk 'will figure out' how to read the scores", "e-", "user_impact")
n.b("listened ok, answered what i asked", "v0", "communication")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n025", candidate_id="w37-c06", interviewer_id="w37-i01", req_id="w37-r1",
         round="data", submitted_at="2026-03-10", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "terse", "fragments", "british"], topic="turnaround data")
n.h("Data: turnaround timestamps, 45 min")
n.b("Dataset briefed: 6 months, 2 hubs, ground events + delay minutes.", "c")
n.b("Good EDA.", "v+", "data_intuition")
n.s("Histogram of turnaround by aircraft type in the first ten minutes.", "e+", "data_intuition")
n.b("Spotted the A321 neo turns were logged under the ceo code.", "e+", "data_intuition")
n.b("Wrote the groupby himself, correct, no tests.", "e0", "coding", hard="mixed")
n.b("Proposed pushing a retrained model straight to the crew desk every night.", "e-", "risk_awareness")
n.s("No check gate.", "e-", "risk_awareness", hard="negated")
n.b("Asked him: night the weather feed drops, what happens?", "c", "risk_awareness", hard="question")
n.s("Said 'the model should handle missing values'.", "e-", "risk_awareness", hard="plain_evidence")
n.b("Second panel member to see no rollback thinking.", "v-", "risk_awareness")
n.b("Asked good question on who uses the output at outstations.", "e+", "user_impact", hard="question")
n.b("LNH.", "v-", hard="bare_verdict")
n.s("Data hands are good, safety margins are not.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w37-n026", candidate_id="w37-c06", interviewer_id="w37-i05", req_id="w37-r1",
         round="fundamentals", submitted_at="2026-03-10", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="loss functions")
n.s("The round covered loss functions for delay regression.", "c")
n.s("The candidate proposed squared error, and when asked about the effect of a few five-hour delays he said the mean would be pulled up but could not say by how much it mattered.", "e0", "ml_fundamentals", hard="mixed")
n.s("The interviewer suggested looking at the pinball loss.", "c", hard="interviewer_action")
n.s("Kwame then worked through why the quantile loss penalises under- and over-prediction differently and chose the 80th percentile for crew planning, explaining that a late crew is worse than an idle one.", "e+", "learning", "ml_fundamentals")
n.s("He also asked, unprompted, whether controllers would prefer an interval to a single number.", "e+", "user_impact", hard="question")
n.s("He wrote the pinball loss in numpy on the whiteboard and got the sign of the two branches right first time.", "e+", "coding", "ml_fundamentals")
n.s("He could not explain why the validation error rose when cancelled flights were added to training.", "e-", "ml_fundamentals")
n.s("He takes a hint well and builds on it.", "v+", "learning")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n027", candidate_id="w37-c06", interviewer_id="w37-i02", req_id="w37-r1",
         round="behavioural", submitted_at="2026-03-11", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="teamwork")
n.s("We talked about his experience in a logistics start-up, and I must say Kwame has a very good heart for the team.", "v+", hard="biased")
n.s("He told me about a time when a junior colleague deleted a production table, and he stayed with her until three in the morning to restore it from the backup and then wrote the checklist so it cannot happen again.", "e+", "ownership", hard="plain_evidence")
n.s("When I asked him what he learned from a project that failed, he spoke a long time about the market and the investors and not so much about his own decisions.", "e-", "ownership", "learning")
n.s("He said that since that night he reviews every migration script himself before it runs.", "e+", "ownership")
n.s("He is a very good communicator, very clear.", "v+", "communication")
n.s("I think he takes feedback well.", "v+", "learning", hard="hedged")
n.s("It is a hire for me.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- history ----------------
n = Note(note_id="w37-n028", candidate_id="w37-c12", interviewer_id="w37-i03", req_id="w37-r2",
         round="data", submitted_at="2025-04-17", recommendation="lean_hire",
         specificity=1, style=["prose", "first_person"], topic="revenue")
n.s("Data round.", "c")
n.s("Pretty good, knew a lot about pricing.", "v+", hard="vague_quantity")
n.s("Some gaps on stats maybe.", "v-", "ml_fundamentals", hard="hedged")
n.s("Lean hire I guess.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n029", candidate_id="w37-c13", interviewer_id="w37-i01", req_id="w37-r1",
         round="system_design", submitted_at="2025-05-20", recommendation="no_hire",
         specificity=4, style=["bullets", "terse", "fragments", "british"], topic="safety constraints")
n.h("SD: tail assignment recommender")
n.b("Task: suggest aircraft swaps when a tail goes tech.", "c")
n.b("Did not ask about maintenance limits or ETOPS, even after two hints.", "e-", "judgment", hard="negated")
n.b("Estimated ~60 tech events a month at the base, sized the optimiser for a one-minute answer.", "e+", "system_thinking")
n.b("Optimiser allowed a swap onto a tail with an open deferred defect.", "e-", "risk_awareness")
n.s("Called it 'a soft penalty'.", "e-", "risk_awareness")
n.b("I told him deferred items are hard limits.", "c", hard="interviewer_action")
n.s("He said the controller could 'just ignore it'.", "e-", "learning", "risk_awareness")
n.b("Clean diagram otherwise.", "v+", "system_thinking")
n.b("Explained the optimiser in plain words.", "v+", "communication")
n.b("NH.", "v-", hard="bare_verdict")
n.s("Safety is not a penalty term.", "v-", "risk_awareness")
notes.append(n)

n = Note(note_id="w37-n030", candidate_id="w37-c14", interviewer_id="w37-i02", req_id="w37-r2",
         round="coding", submitted_at="2025-09-09", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="crew pairing")
n.s("The coding question was to check if a crew pairing respects the maximum duty time of thirteen hours, including the reporting time before the first flight.", "c")
n.s("Aylin wrote a first version very fast and then, without me asking, she ran it on the example where the duty crosses midnight and found her own bug.", "e+", "coding", hard="plain_evidence")
n.s("She knows Python really well, all the little tricks.", "v+", "coding", hard="tech_vague")
n.s("I asked what should happen when the data for the reporting time is missing, and she said the function must fail loudly and not assume zero, because a crew could be rostered illegally.", "e+", "risk_awareness", "user_impact")
n.s("Her explanation of the complexity was a bit confused.", "v-", "communication")
n.s("She did not write any test for the change of time zone, and when I asked she said the library handles it.", "e-", "coding", hard="negated")
n.s("Before starting she explained the duty rule back to me in one sentence, to check that she had understood it.", "e+", "communication", "judgment")
n.s("Hire, she was a joy.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w37_notes_part2.jsonl", notes)
print(len(notes), "notes")
