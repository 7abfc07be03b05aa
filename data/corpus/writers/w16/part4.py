import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w16-c07 Kwame Mensah (he), r2 ----
n = Note(note_id="w16-n031", candidate_id="w16-c07", interviewer_id="w16-i02", req_id="w16-r2",
         round="data", submitted_at="2025-09-09", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings", "terse", "quotes"], topic="label delay",
         ratings={"data_intuition": "lean_no_hire", "metrics": "hire", "learning": "no_hire"})
n.s("Data, 45m.", "c")
n.s("Dataset: 90 days of alerts + analyst verdicts, 0.4% true positive.", "c")
n.nl()
n.h("Data intuition:")
n.b("Checked class balance first, split by customer: 3 customers had zero positives.", "e+", "data_intuition")
n.b("Did not check label delay; used the last 7 days, verdicts still pending, as negatives.", "e-", "data_intuition", hard="negated")
n.h("Metrics:")
n.b("Chose recall@top-100 per customer per day; tied it to analyst capacity.", "e+", "metrics")
n.h("Learning:")
n.b("Pointed out the pending-verdict issue.", "c", hard="interviewer_action")
n.s("Response: 'pending is basically benign, 99% of them close benign'.", "e-", "learning", "data_intuition")
n.b("Asked what the other 1% is.", "c", hard="question")
n.s("Said 'noise', and did not revisit.", "e-", "learning")
n.h("Communication:")
n.b("Explained recall@top-100 as 'of the real incidents each day, how many land on the first page an analyst sees'.", "e+", "communication")
n.h("Verdict:")
n.b("LNH.", "v-", hard="bare_verdict")
n.s("Defends first, thinks second.", "v-", "learning")
notes.append(n)

n = Note(note_id="w16-n032", candidate_id="w16-c07", interviewer_id="w16-i01", req_id="w16-r2",
         round="debugging", submitted_at="2025-09-10", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="timezone bug")
n.s("Debugging round.", "c")
n.s("Gave Kwame a triage model that was putting every alert from one new customer at the top of the queue.", "c", hard="interviewer_action")
n.s("He found the customer's logs came in on a different timezone, so every login looked like 3am.", "e+", "data_intuition", hard="plain_evidence")
n.s("Good catch.", "v+", "data_intuition", hard="bare_verdict")
n.blank()
n.s("Then I told him his fix, shifting the timestamps by a fixed number of hours, would break again at daylight saving.", "c", hard="interviewer_action")
n.s("He said that was \"a corner case\" and kept going.", "e-", "learning", hard="plain_evidence")
n.s("I brought it up again ten minutes later and he said he'd \"already answered that.\"", "e-", "learning")
n.s("In a SOC you get corrected all day; you can't fight every one of them.", "v-", "learning")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n033", candidate_id="w16-c07", interviewer_id="w16-i06", req_id="w16-r2",
         round="behavioural", submitted_at="2025-09-10", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="noisy rule suppression")
n.s("I asked Kwame about a time he disagreed with a teammate.", "c", hard="interviewer_action")
n.s("He told me a senior analyst wanted to switch off a noisy rule entirely, and he argued instead for raising its threshold for two weeks and reviewing what it missed.", "e+", "judgment")
n.s("\"Killing it would have blinded us to the real thing,\" he said.", "e+", "risk_awareness")
n.s("He said he ran that review himself and shared the numbers with the whole analyst team.", "e+", "ownership")
n.s("When I asked what he'd do differently, he said \"honestly, nothing, I was right,\" which I found refreshingly confident.", "e-", "learning", hard="verdict_plus_evidence")
n.s("Great conviction, clearly passionate about security.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n034", candidate_id="w16-c07", interviewer_id="w16-i04", req_id="w16-r2",
         round="system_design", submitted_at="2025-09-11", recommendation="lean_hire", specificity=2,
         style=["lowercase", "fragments", "typos"], topic="alert fatigue")
n.b("kwame sys design, alert fatigue / dedup + ranking", "c", marker="")
n.b("pretty good overall, knew the peices", "v+", "system_thinking", marker="")
n.b("talked about clustering alerts into incidents, prob could build it", "v+", "system_thinking", hard="hedged", marker="")
n.b("got a bit prickly when i questioned his clustering distance but whatever", "e-", "learning", marker="")
n.b("lots of buzzwords", "v-", "communication", hard="vague_quantity", marker="")
n.b("lean hire", "v+", hard="bare_verdict", marker="")
notes.append(n)

# ---- candidate w16-c08 Jun Park (they), r2 ----
n = Note(note_id="w16-n035", candidate_id="w16-c08", interviewer_id="w16-i05", req_id="w16-r2",
         round="system_design", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "quotes"], topic="alert fatigue",
         ratings={"judgment": "no_hire", "learning": "strong_hire"})
n.s("System design - Jun (r2).", "c")
n.s("Deliberately vague prompt: \"customers say there are too many alerts, fix it.\"", "c")
n.b("Didn't ask which customers, how many alerts, or what \"too many\" meant; went straight to a new ranking model.", "e-", "judgment", hard="negated")
n.b("Committed to a transformer over alert sequences in the first 5 min, with no baseline.", "e-", "judgment")
n.b("+ When I said half the volume came from one rule at two customers, they dropped the model immediately and proposed tuning that rule first.", "e+", "learning", marker="")
n.b("+ Then asked what an analyst does with an alert after closing it - good question, it got them to a sensible close-reason label.", "e+", "data_intuition", hard="verdict_plus_evidence", marker="")
n.b("+ In a role-play with a customer admin, said \"we'll quiet rule 4411 on your domain controllers for a week and show you what it would have caught.\"", "e+", "communication", marker="")
n.b("Never put a number on alert volume, before or after.", "e-", "metrics", hard="negated")
n.b("LNH for now: adapts well, but builds before understanding.", "v-", "judgment", marker="")
notes.append(n)

n = Note(note_id="w16-n036", candidate_id="w16-c08", interviewer_id="w16-i03", req_id="w16-r2",
         round="data", submitted_at="2025-10-14", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="triage labels")
n.s("Jun, data round.", "c")
n.s("Seemed a bit green.", "v-", hard="biased")
n.s("Good energy though!", "v+", hard="biased")
n.s("Knew pandas well.", "v+", "coding")
n.s("Some good questions about the labels.", "v+", "data_intuition", hard="vague_quantity")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n037", candidate_id="w16-c08", interviewer_id="w16-i02", req_id="w16-r2",
         round="fundamentals", submitted_at="2025-10-15", recommendation="hire", specificity=5,
         style=["bullets", "headings", "terse", "quotes"], topic="concept drift",
         ratings={"ml_fundamentals": "hire", "metrics": "strong_hire", "judgment": "hire"})
n.s("Fundamentals, 45m.", "c")
n.nl()
n.h("ML fundamentals:")
n.b("Explained concept drift vs. label shift w/ phishing: new lures change P(x|y); a campaign surge changes P(y).", "e+", "ml_fundamentals")
n.b("Said precision drops under a base-rate surge even w/ a fixed model; wrote the Bayes update to show it.", "e+", "ml_fundamentals", "metrics")
n.b("Initially said isolation forest needs labels; corrected themself when I asked how it's trained.", "e0", "ml_fundamentals", "learning", hard="mixed")
n.h("Metrics:")
n.b("Proposed precision@k per analyst shift + time-to-detect for true incidents; rejected AUC as 'ranking over alerts nobody reads'.", "e+", "metrics")
n.h("Judgment:")
n.b("Asked what a missed incident costs vs. an analyst hour before picking a threshold.", "e+", "judgment")
n.h("Verdict:")
n.b("H.", "v+", hard="bare_verdict")
n.s("Fundamentals clearly above bar.", "v+", "ml_fundamentals")
notes.append(n)

n = Note(note_id="w16-n038", candidate_id="w16-c08", interviewer_id="w16-i01", req_id="w16-r2",
         round="behavioural", submitted_at="2025-10-16", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="customer data privacy")
n.s("Behavioral.", "c")
n.s("I asked Jun about the last time they got something wrong at work.", "c", hard="question")
n.s("They said they shipped a dashboard showing analysts the model's top features, and an analyst pointed out it showed customer usernames to people who shouldn't see them.", "e0", "user_impact")
n.s("They took it down the same day, told their manager, and rebuilt it with the usernames hashed.", "e+", "ownership", "user_impact", hard="plain_evidence")
n.s("Since then they get someone from privacy to look at anything analysts will see before it goes out.", "e+", "learning")
n.s("Straight answers, didn't dress anything up.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w16-n039", candidate_id="w16-c15", interviewer_id="w16-i06", req_id="w16-r1",
         round="fundamentals", submitted_at="2024-08-20", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="label scarcity")
n.s("I asked Fatima how she'd handle label scarcity for a brand-new ransomware family.", "c", hard="interviewer_action")
n.s("She said she'd start from the handful of samples the IR team had confirmed and use similarity search to pull near neighbors for analysts to check.", "e+", "data_intuition")
n.s("\"Active learning, basically, but with the analyst's time as the budget,\" she said.", "e+", "ml_fundamentals")
n.s("I loved that she thought about the analysts.", "v+", "user_impact")
n.s("Knows semi-supervised learning inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She was a bit nervous at first but warmed up.", "v0", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n040", candidate_id="w16-c16", interviewer_id="w16-i03", req_id="w16-r1",
         round="system_design", submitted_at="2024-09-03", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="network anomaly detection")
n.s("Ben, sys design.", "c")
n.s("Didn't feel it.", "v-")
n.s("Bit all over the place.", "v-", "communication")
n.s("Not sure he gets scale.", "v-", "system_thinking", hard="hedged")
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w16_notes_part4.jsonl", notes)
