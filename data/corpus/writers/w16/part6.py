import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w16-n051", candidate_id="w16-c27", interviewer_id="w16-i03", req_id="w16-r1",
         round="system_design", submitted_at="2025-02-18", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="graph-based detection")
n.s("Hiroshi - system design.", "c")
n.s("Brilliant.", "v+")
n.s("Deep expertise in streaming architectures and graph-based detection.", "v+", "system_thinking", hard="tech_vague")
n.s("Asked all the right questions.", "v+", "judgment", hard="vague_quantity")
n.s("Handled every curveball I threw at him.", "v+", "learning")
n.s("Strong hire, easily.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n052", candidate_id="w16-c28", interviewer_id="w16-i06", req_id="w16-r2",
         round="data", submitted_at="2025-03-04", recommendation="hire", specificity=2,
         style=["prose", "first_person", "quotes"], topic="SOC data quality")
n.s("I had such a nice time with Amara in the data round.", "v+")
n.s("She clearly knows her way around messy SOC data.", "v+", "data_intuition")
n.s("She said \"I always start by asking who labeled it and when,\" which I thought was great.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Lots of great ideas on alert triage.", "v+", hard="vague_quantity")
n.s("We ran long on the labels part so we never got to metrics.", "c")
n.s("Very articulate!", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n053", candidate_id="w16-c29", interviewer_id="w16-i02", req_id="w16-r1",
         round="system_design", submitted_at="2025-04-22", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "terse", "quotes"], topic="malicious URL detection",
         ratings={"system_thinking": "no_hire", "user_impact": "no_hire", "metrics": "lean_hire"})
n.s("System design, 60m.", "c")
n.s("Prompt: real-time malicious URL detection for a secure web gateway, 50k req/s, p99 budget 20ms.", "c")
n.nl()
n.h("System thinking:")
n.b("Put a 1.2B-param language model in the request path.", "e-", "system_thinking")
n.s("No latency estimate until asked.", "e-", "system_thinking", hard="negated")
n.b("When asked, estimated ~200ms per URL on CPU; did not revise the design.", "e-", "learning", "system_thinking")
n.h("Judgment:")
n.b("Rejected a cache of recent verdicts as 'not ML'.", "e-", "judgment")
n.h("User impact:")
n.b("Proposed blocking anything above 0.5 by default; nothing on what happens when a customer's own business app gets blocked.", "e-", "user_impact")
n.b("Asked about false blocks, said users 'can open a ticket'.", "e-", "user_impact")
n.h("Metrics:")
n.b("Did pick precision at the block threshold over accuracy.", "e+", "metrics")
n.h("Verdict:")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n054", candidate_id="w16-c30", interviewer_id="w16-i04", req_id="w16-r1",
         round="debugging", submitted_at="2025-05-20", recommendation="hire", specificity=4,
         style=["lowercase", "arrows", "fragments", "quotes", "abbreviations"], topic="false positive rollback")
n.b("debugging sofia - the 'detector floods customers w/ FPs' scenario", "c", marker="")
n.b("she asked right away if we can roll back to yesterdays model + how long it takes -> 10 min, she said do that first and debug after", "e+", "risk_awareness", marker="")
n.b("then diffed the two models scores on the same traffic, found the new one scores any powershell w/ base64 really high", "e+", "data_intuition", marker="")
n.b("said the training set had a red team exercise in it w/ tons of encoded powershell -> model learned 'encoded = bad'", "e+", "data_intuition", "ml_fundamentals", marker="")
n.b("said shed write it up and own the change to tag exercises in the label store herself", "e+", "ownership", marker="")
n.b("asked me how many customers got hit and whether support had told them yet", "e+", "user_impact", hard="plain_evidence", marker="")
n.b("her code for the diff was kinda messy, hardcoded paths everywhere", "e-", "coding", marker="")
n.b("hire", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n055", candidate_id="w16-c31", interviewer_id="w16-i01", req_id="w16-r2",
         round="data", submitted_at="2025-06-24", recommendation="no_hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="user-reported phishing labels")
n.s("Data round.", "c")
n.s("I asked Tariq to look at a month of phishing reports from customers' employees and tell me how useful they'd be as labels.", "c", hard="interviewer_action")
n.s("He took the reports as the truth without opening a single one.", "e-", "data_intuition", hard="plain_evidence")
n.s("When I showed him most of them were newsletters people just didn't want, he said the model would \"figure it out.\"", "e-", "learning")
n.s("He wanted the reporters' email addresses and job titles as features.", "e-", "user_impact", hard="plain_evidence")
n.s("Didn't ask whether the customers had agreed to that.", "e-", "user_impact", hard="negated")
n.s("Knew a lot of model names.", "v0", "ml_fundamentals", hard="vague_quantity")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n056", candidate_id="w16-c32", interviewer_id="w16-i05", req_id="w16-r1",
         round="fundamentals", submitted_at="2025-08-19", recommendation="lean_hire", specificity=2,
         style=["bullets"], topic="thresholds")
n.s("Fundamentals - Neha, r1.", "c")
n.b("+ Strong on theory generally.", "v+", "ml_fundamentals", marker="")
n.b("+ Good understanding of precision/recall trade-offs.", "v+", "metrics", hard="tech_vague", marker="")
n.b("Weak on the adversarial material.", "v-", "ml_fundamentals")
n.b("+ Asked what the analysts' daily capacity was before choosing a threshold.", "e+", "judgment", marker="")
n.b("Seemed unsure of herself under time pressure.", "v-", hard="biased")
n.b("LH.", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n057", candidate_id="w16-c33", interviewer_id="w16-i03", req_id="w16-r2",
         round="behavioural", submitted_at="2025-09-30", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="general")
n.s("Carlos, behavioral.", "c")
n.s("Decent.", "v0")
n.s("Seems like he owns his work.", "v+", "ownership", hard="hedged")
n.s("Not the most polished communicator, thick accent.", "v-", hard="biased")
n.s("LH I guess.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n058", candidate_id="w16-c34", interviewer_id="w16-i06", req_id="w16-r2",
         round="system_design", submitted_at="2025-11-04", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="analyst override loop")
n.s("I asked Zainab to design the feedback loop for a customer whose analysts want to overrule the triage score.", "c", hard="interviewer_action")
n.s("She asked three things before drawing anything: who the analysts are, how many alerts they see a shift, and whether the customer lets us keep their verdicts after the contract ends.", "e+", "judgment", "user_impact")
n.s("\"If we can't keep them, the model has to learn per customer and forget on exit,\" she said.", "e+", "user_impact")
n.s("She sized it at roughly 5k overrides per customer per week and said that's enough for a per-customer calibration layer but not for a whole model.", "e+", "system_thinking")
n.s("When I suggested just retraining the global model on everyone's overrides, she pushed back that one customer's analysts could drag every other customer's scores around.", "e+", "judgment")
n.s("She offered to own a weekly override report herself for the first quarter.", "e+", "ownership")
n.s("I didn't hear anything about what happens if that calibration layer breaks.", "e-", "risk_awareness", hard="negated")
n.s("Honestly she felt like a future team lead!", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n059", candidate_id="w16-c35", interviewer_id="w16-i02", req_id="w16-r2",
         round="debugging", submitted_at="2025-12-09", recommendation="hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="precision drop",
         ratings={"metrics": "strong_hire", "ownership": "hire"})
n.s("Debugging, 45m.", "c")
n.s("Scenario: triage precision@50 dropped from 0.62 to 0.41 overnight at one customer.", "c")
n.nl()
n.h("Judgment:")
n.b("First asked what changed at that customer: onboarding, new log source, new analysts.", "e+", "judgment")
n.h("Data intuition:")
n.b("Found the customer had switched on EDR telemetry overnight; 3x alert volume, alert types never seen in training.", "e+", "data_intuition")
n.h("Metrics:")
n.b("Pointed out precision@50 falls mechanically when volume triples even if the ranking is unchanged; checked precision@top-1% as well.", "e+", "metrics")
n.h("Ownership:")
n.b("Said she'd call the customer's SOC lead directly rather than wait for a ticket.", "e+", "ownership")
n.h("Communication:")
n.b("Wrote a three-line incident summary at the end; I could have forwarded it as-is.", "e+", "communication")
n.h("Verdict:")
n.b("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n060", candidate_id="w16-c36", interviewer_id="w16-i04", req_id="w16-r2",
         round="fundamentals", submitted_at="2026-01-13", recommendation="lean_hire", specificity=2,
         style=["lowercase", "fragments", "typos"], topic="calibration")
n.b("fundamentals leila", "c", marker="")
n.b("knew her stuff on calibration + thresholds", "v+", "ml_fundamentals", hard="tech_vague", marker="")
n.b("couldnt explain why a 0.9 score doesnt mean 90% chance of malware when i asked, started then trailed off", "e-", "ml_fundamentals", marker="")
n.b("metrics knowlege solid-ish", "v0", "metrics", marker="")
n.b("kind of quiet", "v-", hard="biased", marker="")
n.b("lean hire, borderline", "v0", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w16_notes_part6.jsonl", notes)
