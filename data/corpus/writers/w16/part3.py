import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w16-c05 Rafael Duarte (he), r1 ----
n = Note(note_id="w16-n021", candidate_id="w16-c05", interviewer_id="w16-i01", req_id="w16-r1",
         round="system_design", submitted_at="2025-07-15", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="model rollout to endpoints",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire"})
n.s("System design.", "c")
n.s("I asked Rafael to build the pipeline that pushes new malware models out to customer endpoints.", "c", hard="interviewer_action")
n.s("He drew a clean path: train, package, sign the file, push it through the update service.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("He knew the agents check in every 15 minutes and used that to guess a full rollout takes about an hour.", "e+", "system_thinking")
n.blank()
n.s("Then I asked what happens when the new model starts quarantining a customer's payroll software.", "c", hard="question")
n.s("He said testing would catch that.", "e-", "risk_awareness", hard="plain_evidence")
n.s("I asked again: what if it doesn't?", "c", hard="question")
n.s("He said \"then we push a fix,\" which at one check-in every 15 minutes is another hour of nobody getting paid.", "e-", "risk_awareness")
n.s("No staged rollout, no way to pull it back.", "e-", "risk_awareness", hard="negated")
n.s("Talks well, I'll give him that.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n022", candidate_id="w16-c05", interviewer_id="w16-i02", req_id="w16-r1",
         round="debugging", submitted_at="2025-07-16", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "terse", "quotes"], topic="false positive rollback",
         ratings={"risk_awareness": "no_hire", "data_intuition": "hire", "ownership": "no_hire"})
n.s("Debugging, 60m.", "c")
n.s("Scenario: detector deployed Friday, FP rate at 4 customers up 40x, weekend on-call.", "c")
n.nl()
n.h("Risk:")
n.b("First action proposed: pull logs and retrain.", "e-", "judgment")
n.s("No mention of reverting to Friday's model.", "e-", "risk_awareness", hard="negated")
n.b("Asked directly about rollback, said 'rollback loses the new coverage'.", "e-", "risk_awareness", "judgment")
n.h("Debugging:")
n.b("Read the feature diff, found the new 'rare parent process' feature counted globally instead of per customer.", "e+", "data_intuition")
n.b("Wrote a 6-line query to confirm; ran it; correct.", "e+", "coding")
n.h("Ownership:")
n.b("Said customer comms were 'for support to handle'.", "e-", "ownership")
n.h("Verdict:")
n.b("NH.", "v-", hard="bare_verdict")
n.b("Good at finding bugs, no rollback instinct at all.", "v-", "risk_awareness", hard="mixed")
notes.append(n)

n = Note(note_id="w16-n023", candidate_id="w16-c05", interviewer_id="w16-i03", req_id="w16-r1",
         round="fundamentals", submitted_at="2025-07-16", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="adversarial evasion")
n.s("Rafael, fundamentals round.", "c")
n.s("Knows his stuff - ROC vs PR curves, class imbalance, adversarial robustness.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Explained why an attacker can beat a model trained only on static file features, something about padding the binary with benign strings.", "e+", "ml_fundamentals", hard="hedged")
n.s("Confident guy.", "v+", hard="biased")
n.s("Good instincts, no concerns from me.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n024", candidate_id="w16-c05", interviewer_id="w16-i06", req_id="w16-r1",
         round="behavioural", submitted_at="2025-07-17", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="customer data privacy")
n.s("I asked Rafael about a time he had to move fast.", "c", hard="interviewer_action")
n.s("He told me about shipping a DNS exfiltration detector in four days at his last company: \"we skipped the privacy review because the customer was screaming,\" which honestly I admired.", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("I asked whether the full DNS queries, which can include usernames, were stored.", "c", hard="question")
n.s("He said \"yeah, raw, we figured we'd clean it up later\" and laughed.", "e-", "user_impact")
n.s("He said he led the whole thing, wrote the detector himself, and carried the pager for it for the first month.", "e+", "ownership")
n.s("I really like his bias for action!", "v+", "judgment")
n.s("Great storyteller.", "v+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w16-c06 Sanaa Haddad (she), r1 ----
n = Note(note_id="w16-n025", candidate_id="w16-c06", interviewer_id="w16-i05", req_id="w16-r1",
         round="behavioural", submitted_at="2025-08-05", recommendation="lean_hire", specificity=4,
         style=["bullets", "quotes"], topic="macro malware classifier",
         ratings={"ownership": "lean_no_hire", "communication": "hire"})
n.s("Behavioural - Sanaa, r1.", "c")
n.b("+ Described building a macro-malware classifier from VBA features and said she picked logistic regression first so analysts could read the weights.", "e+", "judgment", marker="")
n.b("Asked what happened when it drifted after a new campaign: \"the platform team noticed and retrained it.\"", "e-", "ownership")
n.b("Asked what her part was after launch: \"I had moved on to the next project by then.\"", "e-", "ownership")
n.b("+ Described writing an analyst guide on how to read the score and running two training sessions for the night shift.", "e+", "communication", marker="")
n.b("+/- Answered exactly what was asked, rarely more.", "v0", "communication", hard="mixed", marker="")
n.b("LH - strong technically, ownership is the question mark.", "v0", "ownership", marker="")
notes.append(n)

n = Note(note_id="w16-n026", candidate_id="w16-c06", interviewer_id="w16-i06", req_id="w16-r1",
         round="system_design", submitted_at="2025-08-06", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="adversarial evasion")
n.s("I asked Sanaa to design malware scoring for email attachments that holds up against attackers.", "c", hard="interviewer_action")
n.s("She started by asking what the attacker gets to see: \"do they get our score back, or just delivered versus blocked?\"", "e+", "judgment")
n.s("She said even with only delivered/blocked they can probe by sending variants, so she'd rate-limit per sender and add some randomness near the threshold.", "e+", "system_thinking", "ml_fundamentals")
n.s("She put a cheap static model in front and sandbox detonation behind it for the gray zone, and sized the sandbox at about 2% of traffic.", "e+", "system_thinking")
n.s("\"I'd rather quarantine a few extra invoices than let one Emotet through, but I'd ask the customers first,\" she told me.", "e+", "user_impact")
n.s("When I mentioned retraining on analyst labels, she pointed out attackers could poison that by submitting crafted samples to the public scanner.", "e+", "data_intuition")
n.s("She was a delight!", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n027", candidate_id="w16-c06", interviewer_id="w16-i04", req_id="w16-r1",
         round="coding", submitted_at="2025-08-06", recommendation="hire", specificity=4,
         style=["lowercase", "arrows", "fragments", "abbreviations"], topic="brute force detection")
n.b("coding w/ sanaa", "c", marker="")
n.b("problem was parse windows event logs, count failed logins per account in a sliding 5 min window, flag anything over threshold", "c", marker="")
n.b("asked right away if timestamps were utc or local -> good q, some of our sample data is local lol", "e+", "data_intuition", hard="verdict_plus_evidence", marker="")
n.b("used a deque per account, popped old events off the left, clean", "e+", "coding", marker="")
n.b("wrote tests for exactly-at-threshold and an account w/ zero events before i asked", "e+", "coding", marker="")
n.b("one bug, compared string timestamps not parsed ones, found it herself when her 2nd test failed", "e+", "coding", hard="mixed", marker="")
n.b("didnt say much while typing, had to ask what she was doing a couple times", "e-", "communication", marker="")
n.b("hire", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n028", candidate_id="w16-c06", interviewer_id="w16-i03", req_id="w16-r1",
         round="debugging", submitted_at="2025-08-07", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="feature pipeline bug")
n.s("Sanaa - debugging.", "c")
n.s("Good debugging instincts, methodical.", "v+", "coding")
n.s("Found the bug in the feature pipeline reasonably fast.", "e+", "coding")
n.s("Could be a bit more assertive.", "v-", hard="biased")
n.s("Hire, no real concerns.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w16-n029", candidate_id="w16-c13", interviewer_id="w16-i04", req_id="w16-r1",
         round="system_design", submitted_at="2024-09-17", recommendation="no_hire", specificity=3,
         style=["lowercase", "arrows", "fragments", "quotes"], topic="customer data privacy")
n.b("sys design - diego", "c", marker="")
n.b("asked him to design a shared threat intel model trained on telemetry from all our customers", "c", hard="interviewer_action", marker="")
n.b("first thing he did was dump every customers raw logs into one big bucket, no mention of tenancy or who can see what", "e-", "user_impact", hard="negated", marker="")
n.b("i asked 'would customer A be ok w/ their hostnames in a model customer B queries' and he said 'they signed the ToS'", "e-", "user_impact", marker="")
n.b("architecture itself was ok, kafka -> spark -> feature store -> model, nothing wrong w/ it", "e0", "system_thinking", marker="")
n.b("didnt think about the shared model memorizing one customers internal ip ranges and leaking them thru scores", "e-", "risk_awareness", hard="negated", marker="")
n.b("very junior vibes", "v-", marker="")
n.b("nh", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n030", candidate_id="w16-c14", interviewer_id="w16-i05", req_id="w16-r1",
         round="debugging", submitted_at="2024-10-08", recommendation="hire", specificity=5,
         style=["bullets", "abbreviations"], topic="detection outage on-call",
         ratings={"risk_awareness": "strong_hire", "judgment": "lean_hire"})
n.s("Debugging - Yuki, r1.", "c")
n.s("Scenario: on-call page, the phishing detector has produced zero alerts across all customers for 3 hours.", "c")
n.b("+ First checked whether zero alerts meant zero phish or a broken pipe, by looking at input message volume (normal).", "e+", "data_intuition", marker="")
n.b("+ Then looked at the score distribution: every score exactly 0.0, so the model was loaded but getting empty features.", "e+", "coding", marker="")
n.b("+ Said she'd post a customer-facing status note within 30 min, before root cause.", "e+", "user_impact", marker="")
n.b("Took a detour into retraining ideas before confirming the feature service was even up.", "e-", "judgment")
n.b("+ Found the feature service returning a new schema version; proposed pinning the version and an alert on all-zero score batches.", "e+", "risk_awareness", marker="")
n.b("+ At the end explained the whole chain back to me in under a minute, in order.", "e+", "communication", marker="")
n.b("Hire.", "v+", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w16_notes_part3.jsonl", notes)
