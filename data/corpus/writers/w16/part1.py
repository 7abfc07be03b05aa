import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w16-c01 Priya Raman (she), r1 ----
n = Note(note_id="w16-n001", candidate_id="w16-c01", interviewer_id="w16-i01", req_id="w16-r1",
         round="debugging", submitted_at="2025-03-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="detector outage",
         ratings={"data_intuition": "hire", "risk_awareness": "hire"})
n.s("Debugging round.", "c")
n.s("I gave her a detector that stopped firing on one customer's DNS logs two days ago.", "c", hard="interviewer_action")
n.s("First thing she asked was whether anything upstream had changed, like the log format or the collector version.", "e+", "data_intuition", hard="plain_evidence")
n.s("It had: the vendor renamed a field and our parser was filling it with blanks.", "c")
n.s("She found that by counting empty query names per hour and seeing the count jump from almost none to almost all of them on the 14th.", "e+", "data_intuition", hard="plain_evidence")
n.s("Then she said she wanted an alarm on that count so we'd hear about it before the customer did.", "e+", "risk_awareness", hard="plain_evidence")
n.blank()
n.s("Didn't write a test for the parser fix though.", "e-", "coding", hard="negated")
n.s("When I pointed that out she wrote two, one for the old field name and one for the new.", "e+", "learning", "coding")
n.s("Before she touched the parser she said out loud what she expected to see if her guess was right and what would prove her wrong.", "e+", "communication")
n.blank()
n.s("Bottom line, I'd want her on a night shift with me.", "v+", hard="bare_verdict")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n002", candidate_id="w16-c01", interviewer_id="w16-i02", req_id="w16-r1",
         round="fundamentals", submitted_at="2025-03-12", recommendation="hire", specificity=5,
         style=["bullets", "headings", "terse", "abbreviations"], topic="malware classification",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "strong_hire", "data_intuition": "hire"})
n.s("Fundamentals, 45m, req r1.", "c")
n.nl()
n.h("ML fundamentals:")
n.b("Explained why accuracy is meaningless at a 1-in-10k malicious rate: always predicting benign scores 99.99%.", "e+", "ml_fundamentals", "metrics")
n.b("Could not say what class weighting does to calibration of output scores; guessed it 'shouldn't matter'.", "e-", "ml_fundamentals")
n.h("Data:")
n.b("Asked where malware labels come from before picking a model; flagged that sandbox verdicts lag by days.", "e+", "data_intuition")
n.b("Proposed a time-based split, not random, b/c samples from one campaign would leak across train/test.", "e+", "data_intuition")
n.h("Metrics:")
n.b("Derived precision at that base rate for 99% TPR / 1% FPR on the whiteboard (~1%), unprompted.", "e+", "metrics")
n.b("Chose precision at a fixed alert budget over AUC.", "e+", "metrics")
n.b("Reason given: analysts can clear ~40 alerts per shift, the rest are never looked at.", "e+", "metrics", "user_impact")
n.h("Verdict:")
n.b("H.", "v+", hard="bare_verdict")
n.b("Calibration gap is coachable.", "v+", "ml_fundamentals")
notes.append(n)

n = Note(note_id="w16-n003", candidate_id="w16-c01", interviewer_id="w16-i03", req_id="w16-r1",
         round="system_design", submitted_at="2025-03-12", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="streaming detection")
n.s("Priya - sys design.", "c")
n.nl()
n.s("Smart cookie.", "v+")
n.s("Good instincts on the detection pipeline, knew her way around streaming and feature stores.", "v+", "system_thinking", hard="tech_vague")
n.s("Thought about the failure stuff without me having to push.", "v+", "risk_awareness")
n.s("Covered a ton of ground in 45 min.", "v+", hard="vague_quantity")
n.s("Would love to have her on the team.", "v+")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n004", candidate_id="w16-c01", interviewer_id="w16-i06", req_id="w16-r1",
         round="behavioural", submitted_at="2025-03-13", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="false positive flood",
         ratings={"ownership": "strong_hire", "risk_awareness": "hire"})
n.s("I asked Priya about a time a detector she owned went wrong in production.", "c", hard="interviewer_action")
n.s("She told me about a lateral-movement rule she shipped that started flagging every backup job at one customer, \"about nine thousand alerts in an afternoon,\" in her words.", "e0", "risk_awareness")
n.s("She said she was the one who hit the kill switch and then phoned the customer's SOC lead herself to apologize.", "e+", "ownership")
n.s("\"I didn't want them to find out from a ticket,\" she told me.", "e+", "user_impact")
n.s("She wrote the postmortem and added a canary stage where new rules run silently against a day of traffic before they alert anyone.", "e+", "risk_awareness", "ownership")
n.blank()
n.s("I pushed her on whether the canary would actually have caught it, and she admitted it wouldn't have, because the backups only ran on weekends.", "e+", "learning")
n.s("She then suggested replaying a full week instead of a single day.", "e+", "risk_awareness")
n.s("Lovely to talk to, very warm.", "v+", hard="biased")
n.s("Strong hire - I'd be thrilled to have her!", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w16-c02 Tomasz Wojcik (he), r1 ----
n = Note(note_id="w16-n005", candidate_id="w16-c02", interviewer_id="w16-i02", req_id="w16-r1",
         round="system_design", submitted_at="2025-04-02", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "terse", "quotes"], topic="C2 beaconing",
         ratings={"system_thinking": "lean_hire", "metrics": "no_hire", "risk_awareness": "no_hire"})
n.s("System design, 60m.", "c")
n.s("Prompt: detect C2 beaconing in customer network flow logs, ~2B flows/day total.", "c")
n.nl()
n.h("System thinking:")
n.b("Split into per-customer stream aggregation (periodicity features per src/dst pair) + central batch scoring.", "e+", "system_thinking")
n.s("Reasonable.", "v0", "system_thinking", hard="bare_verdict")
n.b("Did not size anything.", "e-", "system_thinking", hard="negated")
n.s("When asked, put aggregation state at 'a few GB' with no working shown.", "e-", "system_thinking")
n.h("Metrics:")
n.b("Claimed model was ready because offline AUC was 0.97 on last quarter's labelled beacons.", "e-", "metrics")
n.b("I asked what precision that gives at our base rate.", "c", hard="question")
n.s("Said AUC 'already accounts for that'.", "e-", "metrics", "ml_fundamentals")
n.h("Risk:")
n.b("No rollback or kill switch until I asked; then said 'we'd just retrain'.", "e-", "risk_awareness", hard="negated")
n.h("Learning:")
n.b("Challenged on the AUC point twice, restated the same number both times.", "e-", "learning")
n.h("Verdict:")
n.b("NH.", "v-", hard="bare_verdict")
n.s("Offline number treated as ground truth; no movement under pushback.", "v-", "metrics", "learning")
notes.append(n)

n = Note(note_id="w16-n006", candidate_id="w16-c02", interviewer_id="w16-i05", req_id="w16-r1",
         round="fundamentals", submitted_at="2025-04-03", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "quotes", "third_person"], topic="malware classification",
         ratings={"ml_fundamentals": "hire", "metrics": "no_hire"})
n.s("Fundamentals - Tomasz, r1.", "c")
n.b("+ Explained boosting vs. bagging correctly: boosting fits residuals in sequence, a forest averages decorrelated trees.", "e+", "ml_fundamentals", marker="")
n.b("+ Suggested focal loss for the 1:5000 imbalance and said what the gamma term does to easy negatives.", "e+", "ml_fundamentals", marker="")
n.b("When I described a 0.95 AUC malware classifier, he said it would \"definitely\" cut analyst workload, without asking the base rate.", "e-", "metrics")
n.b("Didn't consider that the test set came from the same malware families as training.", "e-", "data_intuition", hard="negated")
n.b("+/- Got why family-level splits matter once I hinted, but called it \"an edge case\".", "e0", "learning", "data_intuition", hard="mixed", marker="")
n.b("Pushback on the AUC claim produced a longer version of the same argument.", "e-", "learning")
n.b("Overall: solid textbook knowledge, shaky on how numbers translate to analyst load.", "v0", "ml_fundamentals", "metrics", hard="mixed", marker="")
n.b("LNH.", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n007", candidate_id="w16-c02", interviewer_id="w16-i06", req_id="w16-r1",
         round="behavioural", submitted_at="2025-04-03", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="phishing classifier")
n.s("I asked Tomasz about the project he's proudest of.", "c", hard="interviewer_action")
n.s("He walked me through a phishing URL classifier from his last job, which went \"from 0.91 to 0.96 AUC in one quarter.\"", "e0", "metrics")
n.s("When I asked how he knew it helped the analysts, he said the AUC jump \"speaks for itself\" - honestly, I loved the confidence.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("He said he owned the retraining pipeline end to end and \"never had to ask anyone for help.\"", "e+", "ownership")
n.s("Asked about a disagreement, he described overruling a colleague who wanted an A/B test first, \"because the offline numbers were clearly better.\"", "e-", "judgment", "metrics")
n.s("Very driven, great energy!", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n008", candidate_id="w16-c02", interviewer_id="w16-i04", req_id="w16-r1",
         round="coding", submitted_at="2025-04-04", recommendation="lean_hire", specificity=3,
         style=["lowercase", "typos", "fragments", "abbreviations", "quotes"], topic="alert dedup")
n.b("coding w/ tomasz, 45 min, gave him the dedup-alerts-in-a-window problem", "c", hard="interviewer_action", marker="")
n.b("he went straight to a dict keyed on (host, rule) w/ last seen timestamp, nice", "e+", "coding", hard="verdict_plus_evidence", marker="")
n.b("ran the examples i gave him and they passed", "e+", "coding", marker="")
n.b("didnt handle out of order events tho...", "e-", "coding", hard="negated", marker="")
n.b("i asked what happens if an event shows up 10 min late and he said 'logs are always in order in prod' which is just not true, half our customers ship syslog over udp lol", "e-", "data_intuition", marker="")
n.b("pushed back, he kinda defended it for a bit then said fine he'd add a small buffer", "e0", "learning", hard="mixed", marker="")
n.b("didnt get to tests, ran out of time", "c", marker="")
n.b("prob fine for the coding bar", "v+", "coding", hard="hedged", marker="")
n.b("lean hire i guess", "v0", hard="bare_verdict", marker="")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w16-n009", candidate_id="w16-c09", interviewer_id="w16-i01", req_id="w16-r1",
         round="debugging", submitted_at="2024-11-19", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="false positive flood",
         ratings={"risk_awareness": "no_hire", "coding": "hire"})
n.s("Debugging.", "c")
n.s("Scenario: a new detector went out Tuesday and by Wednesday three customers had ten times their normal alert count.", "c")
n.s("I asked Hannah what she'd do first.", "c", hard="question")
n.s("She opened the scoring code and started reading the feature functions one by one.", "e0", "coding")
n.s("Twenty minutes in she still hadn't asked whether we could just turn the thing off.", "e-", "risk_awareness", hard="negated")
n.s("When I told her the customers were calling, she said \"let's get the fix right first.\"", "e-", "judgment", "user_impact")
n.blank()
n.s("She did find the bug, a spot where bytes were being compared to kilobytes.", "e+", "coding", hard="plain_evidence")
n.s("That's good work.", "v+", "coding")
n.s("But at my old shop a customer would have dropped us by then.", "v-", "risk_awareness")
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("Fixable with coaching, but I don't want to be the one coaching during an outage.", "v-")
notes.append(n)

n = Note(note_id="w16-n010", candidate_id="w16-c10", interviewer_id="w16-i03", req_id="w16-r1",
         round="fundamentals", submitted_at="2024-12-03", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="anomaly detection")
n.s("Omar, fundamentals.", "c")
n.s("Really sharp guy, great grasp of anomaly detection theory - isolation forests, autoencoders, the works.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Asked how we set thresholds at some point, which was nice.", "e+", "metrics")
n.s("Knows tons about networking.", "v+", hard="vague_quantity")
n.s("Maybe a little slow on the math.", "v-", "ml_fundamentals", hard="hedged")
n.s("Good instincts overall.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w16_notes_part1.jsonl", notes)
