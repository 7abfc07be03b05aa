import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- Candidate w26-c04 Rahul (he), DS Responsible Gambling: ignores user harm (seen by i05, i02, i06) ----
n = Note(note_id="w26-n013", candidate_id="w26-c04", interviewer_id="w26-i05", req_id="w26-r2",
         round="behavioural", submitted_at="2025-05-13", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "third_person", "quotes", "british"], topic="user harm",
         ratings={"user_impact": "no_hire", "ownership": "hire", "communication": "hire"})
n.s("Behavioural, 45 min.", "c")
n.s("Rahul, DS Responsible Gambling.", "c")
n.nl()
n.s("Asked about the project he's proudest of, then about a time he had to weigh a commercial goal against a customer's interest.", "c", hard="question")
n.h("Pros")
n.b("Gave a clear account of a churn model he built end to end at a telco: owned the pipeline, the retraining schedule and the handover doc, and was on call for it.", "e+", "ownership")
n.b("Explained uplift modelling in plain terms when I said I wasn't familiar ('who stays because we called, not who was going to stay anyway').", "e+", "communication")
n.h("Cons")
n.b("On the commercial vs customer question, said the best RG model is 'one that doesn't cost us our high-value players'.", "e-", "user_impact")
n.b("When I asked about a player who is high-value precisely because they are in trouble, he paused and said that was 'a compliance question, not a modelling one'.", "e-", "user_impact", "ownership")
n.b("Asked how many VIPs were in the RG sample before asking how many at-risk players there were.", "e-", "user_impact", hard="plain_evidence")
n.b("Never once mentioned the person behind a missed alert, even when I described one.", "e-", "user_impact", hard="negated")
n.h("Call")
n.s("Lean no hire for RG specifically.", "v-", hard="bare_verdict")
n.s("Worth flagging to the Live Odds hiring manager instead.", "c")
notes.append(n)

n = Note(note_id="w26-n014", candidate_id="w26-c04", interviewer_id="w26-i06", req_id="w26-r2",
         round="data", submitted_at="2025-05-13", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="problem gambling features",
         ratings={"data_intuition": "strong_hire"})
n.s("Data round with Rahul and I really enjoyed it!", "v+")
n.s("I gave him our synthetic RG dataset (deposits, session lengths, late-night play, self-exclusion flag) and asked him to explore it and propose features.", "c", hard="interviewer_action")
n.s("He got stuck in straight away, plotted session length by hour of day and found the 2am to 4am spike among excluded players within ten minutes, which was brilliant!", "e+", "data_intuition")
n.s("He also noticed that some self-exclusion dates were earlier than the last bet on the account and asked whether that was a logging delay, really sharp!", "e+", "data_intuition", hard="question")
n.blank()
n.s("When we got to thresholds he said he'd set them so that fewer than 1 in 200 VIP customers ever get a message, because 'those are the ones who complain', which shows a great commercial head!", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("And so young too!", "v+", hard="biased")
n.s("We ran out of time before validation.", "c")
n.s("I'd happily have him on the team, hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n015", candidate_id="w26-c04", interviewer_id="w26-i02", req_id="w26-r2",
         round="fundamentals", submitted_at="2025-05-14", recommendation="hire", specificity=5,
         style=["bullets", "terse", "third_person", "british"], topic="class imbalance",
         ratings={"ml_fundamentals": "hire", "metrics": "strong_hire", "user_impact": "lean_no_hire"})
n.s("Fundamentals.", "c")
n.s("50 min.", "c")
n.s("Calibration, imbalance, evaluation.", "c")
n.b("Prevalence given: 0.8% of accounts at risk.", "c", marker="1. ")
n.s("He said accuracy is useless at that rate: all-negative scores 99.2%.", "e+", "metrics")
n.b("At 1,000 alerts/week and precision 0.3, worked out 300 true positives and 700 customers contacted for nothing.", "e+", "metrics", marker="2. ")
n.b("Explained that class weighting shifts predicted probabilities upward and proposed Platt scaling on a held-out month.", "e+", "ml_fundamentals", marker="3. ")
n.b("Said an overconfident model sits 'above the diagonal' on a reliability diagram; at high scores it sits below.", "e-", "ml_fundamentals", marker="4. ")
n.b("I asked which error matters more for this product.", "c", hard="question", marker="5. ")
n.s("Answer: false positives, 'because they cost money and annoy good customers'; no mention of missed at-risk players until I asked directly.", "e-", "user_impact", hard="negated")
n.b("Asked directly, he said misses are 'the regulatory exposure', a correct answer framed entirely as risk to us.", "e0", "user_impact", hard="mixed", marker="6. ")
n.b("Rec: H on fundamentals.", "v+", "ml_fundamentals", hard="bare_verdict", marker="7. ")
n.s("User-harm framing flagged for the panel.", "c")
notes.append(n)

n = Note(note_id="w26-n016", candidate_id="w26-c04", interviewer_id="w26-i04", req_id="w26-r2",
         round="debugging", submitted_at="2025-05-15", recommendation="lean_hire", specificity=3,
         style=["terse", "fragments", "british"], topic="feature freshness")
n.s("Debugging.", "c")
n.s("Broken feature job: 'days since last deposit' all zeros for about a third of accounts.", "c")
n.nl()
n.s("Found it in ~15 min, UTC vs local midnight in the join.", "e+", "coding")
n.s("Bit of flailing first, printed the whole dataframe twice.", "e-", "coding")
n.s("Fix was right and he added a check for the all-zero case.", "e+", "coding")
n.s("Didnae ask whether any alerts had gone out on the bad feature.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Fine.", "v0", hard="bare_verdict")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

# ---- Candidate w26-c05 Sam (they), MLE Live Odds: adapts after hints ----
n = Note(note_id="w26-n017", candidate_id="w26-c05", interviewer_id="w26-i04", req_id="w26-r1",
         round="debugging", submitted_at="2025-06-03", recommendation="hire", specificity=4,
         style=["terse", "fragments", "quotes", "british"], topic="in-play odds latency",
         ratings={"learning": "strong_hire", "coding": "hire"})
n.s("Debugging, 45 min.", "c")
n.s("Live price service returning stale odds on roughly 1 in 50 requests.", "c")
n.nl()
n.s("Sam went to the logs first, not the model.", "e+", "coding", hard="plain_evidence")
n.s("Wanted cache TTL and feed timestamp on the same graph, good shout.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("Chased a red herring in the serialiser for ten minutes.", "e-", "coding")
n.s("I said 'look at which pods'.", "c", hard="interviewer_action")
n.s("Two minutes later they had it: one pod with its clock 4 s behind.", "e+", "learning")
n.s("Then suggested alerting on feed-to-publish age per pod, not just the overall p99.", "e+", "risk_awareness")
n.nl()
n.s("Solid.", "v+")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n018", candidate_id="w26-c05", interviewer_id="w26-i01", req_id="w26-r1",
         round="coding", submitted_at="2025-06-03", recommendation="hire", specificity=4,
         style=["prose", "first_person", "abbreviations", "british"], topic="match event stream",
         ratings={"coding": "hire", "learning": "hire"})
n.s("Coding round with Sam, 45 mins.", "c")
n.s("Q was the usual one: from a match event stream, keep the live score and red cards per team and reject out-of-order events.", "c", hard="question")
n.s("They started with a dict per match, then wrote a check on the sequence number before I'd even got my boots on.", "e+", "coding")
n.s("First version dropped late events silently.", "e-", "coding")
n.s("I asked what the trader would see when that happens.", "c", hard="interviewer_action")
n.s("They switched to a dead-letter list plus a counter on a dashboard, and said why: silent drops are how you end up pricing a match with the wrong score.", "e+", "learning", "risk_awareness")
n.s("Tests: wrote 4, incl. a duplicate event and one from the wrong match.", "e+", "coding")
n.s("Bit quiet, mind.", "v-", hard="biased")
n.s("Reads the game well though.", "v+", "judgment")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n019", candidate_id="w26-c05", interviewer_id="w26-i02", req_id="w26-r1",
         round="fundamentals", submitted_at="2025-06-04", recommendation="lean_hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="model calibration",
         ratings={"ml_fundamentals": "lean_hire", "learning": "hire", "metrics": "hire"})
n.s("Fundamentals, 50 min.", "c")
n.b("Asked why the model with the best log-loss could still lose money against the market.", "c", hard="question", marker="1. ")
n.s("They said log-loss rewards being right on average, but money is made where we disagree with the market, so score the subset where our price differs from the market by >2%.", "e+", "metrics")
n.b("Said adding three older seasons would cut variance but add bias because pressing styles changed; suggested time-decay weights.", "e+", "ml_fundamentals", "data_intuition", marker="2. ")
n.b("Gradient of log-loss w.r.t. the logit: wrote it with an extra p(1-p) term.", "e-", "ml_fundamentals", marker="3. ")
n.b("When I pointed at the cancellation, fixed it in under a minute and explained it back correctly.", "e+", "learning", marker="4. ")
n.b("Could not name any approach for calibrating a 3-way (home/draw/away) model.", "e-", "ml_fundamentals", hard="negated", marker="5. ")
n.b("After I mentioned temperature scaling, asked whether one temperature per league would overfit with ~380 matches a season.", "e+", "learning", "ml_fundamentals", marker="6. ")
n.b("Rec: LH.", "v+", hard="bare_verdict", marker="7. ")
n.s("Two gaps, both closed after one hint each.", "v0", "learning", hard="mixed")
notes.append(n)

n = Note(note_id="w26-n020", candidate_id="w26-c05", interviewer_id="w26-i05", req_id="w26-r1",
         round="system_design", submitted_at="2025-06-05", recommendation="hire", specificity=4,
         style=["bullets", "headings", "third_person", "british"], topic="feature freshness",
         ratings={"system_thinking": "hire", "risk_awareness": "hire", "data_intuition": "lean_no_hire"})
n.s("System design: feature freshness for in-play pricing.", "c")
n.s("Asked Sam how they'd guarantee the model never prices on features older than a few seconds.", "c", hard="interviewer_action")
n.h("Pros")
n.b("Timestamped every feature; pricer refuses anything older than 3 s and falls back to the pre-match model.", "e+", "risk_awareness", "system_thinking")
n.b("Asked what delay the traders will actually tolerate before designing anything.", "e+", "judgment", hard="question")
n.b("Separated slow features (form, injuries) from fast ones (score, cards, possession) and put only the fast ones on the stream.", "e+", "system_thinking")
n.h("Cons")
n.b("Assumed the tracking feed is always right; no thought about bad frames (ball reported 120 m off the pitch).", "e-", "data_intuition", hard="negated")
n.b("After my nudge, added range checks and a per-stadium error rate, but had nothing for a stadium whose feed is bad for the whole match.", "e-", "data_intuition", hard="mixed")
n.b("Diagram got messy; I lost track of which box was which twice and they didn't notice.", "e-", "communication")
n.h("Call")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Takes a nudge well.", "v+", "learning")
notes.append(n)

# ---- Candidate w26-c06 Mei (she), MLE Live Odds: no rollback thinking (seen by i04 only) ----
n = Note(note_id="w26-n021", candidate_id="w26-c06", interviewer_id="w26-i06", req_id="w26-r1",
         round="system_design", submitted_at="2025-07-01", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="integrity alerts",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire"})
n.s("I asked Mei to design an integrity alerting system for suspicious betting patterns, the match-fixing side of things.", "c", hard="interviewer_action")
n.s("She was absolutely fantastic, so much depth on anomaly detection!", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She designed a lovely pipeline that compared our odds movements with the wider market and flagged matches where money came in on an unlikely outcome from new accounts in one region!", "e+", "system_thinking", "data_intuition")
n.s("Really thought about risk and false alarms, super mature!", "v+", "risk_awareness", hard="tech_vague")
n.s("Knows the integrity world really well.", "v+")
n.s("She'd be a brilliant addition and I think a strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n022", candidate_id="w26-c06", interviewer_id="w26-i04", req_id="w26-r1",
         round="debugging", submitted_at="2025-07-02", recommendation="lean_no_hire", specificity=4,
         style=["terse", "quotes", "british"], topic="model calibration",
         ratings={"data_intuition": "hire", "risk_awareness": "no_hire"})
n.s("Debugging.", "c")
n.s("Calibration on the live model broke after Tuesday's deploy; Brier up from 0.19 to 0.23, Championship only.", "c")
n.nl()
n.s("Found it in 12 min: new league-ID mapping sent Championship matches to the League One embedding.", "e+", "data_intuition")
n.s("Good.", "v+")
n.s("Then I asked how she'd ship the fix on a Saturday with matches live.", "c", hard="question")
n.s("Said she'd just redeploy.", "e-", "risk_awareness")
n.s("No canary, no rollback plan, not a word about the bets already priced off the bad model.", "e-", "risk_awareness", hard="negated")
n.s("Said the mapping was 'the data team's deploy, not ours'.", "e-", "ownership")
n.s("Asked again, bit more pointed.", "c", hard="interviewer_action")
n.s("'It's a small change, it'll be fine.'", "e-", "risk_awareness", "learning", hard="plain_evidence")
n.nl()
n.s("Sharp debugger, worrying on release.", "v0", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n023", candidate_id="w26-c06", interviewer_id="w26-i03", req_id="w26-r1",
         round="behavioural", submitted_at="2025-07-02", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="behavioural")
n.s("Behavioural w/ Mei", "c")
n.nl()
n.s("Nice person, good team player.", "v+", hard="biased")
n.s("Strong ownership.", "v+", "ownership")
n.s("Gave good examples.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n024", candidate_id="w26-c06", interviewer_id="w26-i01", req_id="w26-r1",
         round="data", submitted_at="2025-07-03", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="player-tracking data quality",
         ratings={"data_intuition": "strong_hire"})
n.s("Data round.", "c")
n.s("Gave Mei a week of player-tracking data from three grounds and asked what she'd check before modelling with it.", "c", hard="interviewer_action")
n.s("She went straight for the frame rates and noticed one ground was at 10 fps, not 25, then asked whether it had been upsampled.", "e+", "data_intuition")
n.s("Spotted players 'teleporting' 30m between frames and called it an ID swap at set pieces, not noise.", "e+", "data_intuition")
n.s("Like a good centre-back, she reads the danger early.", "v+", "data_intuition")
n.s("Bit light on what happens downstream when the data's bad.", "v-", "risk_awareness")
n.s("Ran out of time before the production side.", "c")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w26_notes_part2.jsonl", notes)
print(len(notes), "notes")
