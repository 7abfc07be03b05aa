import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- Candidate w26-c01 Aisling (she), ML Engineer Live Odds ----
n = Note(note_id="w26-n001", candidate_id="w26-c01", interviewer_id="w26-i02", req_id="w26-r1",
         round="system_design", submitted_at="2025-02-11", recommendation="hire", specificity=5,
         style=["bullets", "terse", "third_person", "british"], topic="in-play odds latency",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire"})
n.s("System design, 60 min.", "c")
n.s("In-play odds update service for football.", "c")
n.nl()
n.s("Q: pipeline from tracking-feed event to published price; she sets her own p99 budget.", "c", hard="question")
n.b("Asked for the feed rate before drawing anything; I gave ~25 Hz per match, up to 60 concurrent matches.", "e+", "judgment", marker="1. ")
n.b("Estimated 1,500 events/s at peak and set 200 ms p99 from event to published price.", "e+", "system_thinking", marker="2. ")
n.b("Split into ingest, match state, pricing, publish; put suspension logic before pricing, not after.", "e+", "system_thinking", marker="3. ")
n.b("Said pricing must not block on the feature store: match state held in memory, snapshot every 5 s.", "e+", "system_thinking", marker="4. ")
n.b("I asked: feed drops for 10 s, what happens?", "c", hard="question", marker="5. ")
n.s("Answer: auto-suspend the market, log the gap with timestamps for the regulator report.", "e+", "risk_awareness")
n.b("Proposed a per-market kill switch and a shadow model scoring in parallel for 2 weekends before switch-over.", "e+", "risk_awareness", marker="6. ")
n.b("Wanted reliability plots per league; said a model calibrated on the top flight would not be calibrated on League Two.", "e+", "metrics", "data_intuition", marker="7. ")
n.b("Did not size the publish fan-out (client count, protocol) until I prompted at 45 min.", "e-", "system_thinking", hard="negated", marker="8. ")
n.b("After the prompt: estimated 200k connected clients, chose pub/sub over polling, gave the reason (polling at 200k x 1 Hz = 200k req/s for nothing).", "e+", "learning", "system_thinking", marker="9. ")
n.b("Rec: H.", "v+", hard="bare_verdict", marker="10. ")
n.s("Point 8 is the only thing between this and SH.", "c")
notes.append(n)

n = Note(note_id="w26-n002", candidate_id="w26-c01", interviewer_id="w26-i04", req_id="w26-r1",
         round="coding", submitted_at="2025-02-12", recommendation="hire", specificity=4,
         style=["terse", "fragments", "british", "third_person"], topic="odds processing",
         ratings={"coding": "hire"})
n.s("Coding.", "c")
n.s("Rolling implied probability from decimal odds, strip the overround.", "c")
n.nl()
n.s("Aye, she can code.", "v+", "coding", hard="bare_verdict")
n.nl()
n.s("Deque version first go, O(1) per update.", "e+", "coding")
n.s("Spotted that suspended markets send odds of 0 and put a guard in before the divide, before I said a word.", "e+", "coding", hard="plain_evidence")
n.s("Didnae write any tests though.", "e-", "coding", hard="negated")
n.s("Asked about tests at the end; three asserts in two minutes, one of them for the suspended case.", "e+", "coding")
n.s("Variable names a wee bit cryptic (p, q, r2).", "e-", "coding")
n.s("Talks as she types, which helps.", "v+", "communication")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n003", candidate_id="w26-c01", interviewer_id="w26-i06", req_id="w26-r1",
         round="behavioural", submitted_at="2025-02-12", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="model incident",
         ratings={"ownership": "strong_hire", "communication": "strong_hire"})
n.s("What a conversation!", "v+")
n.s("I asked Aisling to tell me about a time a model she owned went wrong in production.", "c", hard="interviewer_action")
n.s("She told me about a corners model at her last job that started pricing far too short after a rule change on time-wasting, and she was the one who spotted it in the settlement reports on a Monday morning!", "e+", "ownership")
n.s("She pulled the model from the two affected leagues herself, wrote it up for the trading desk, and then retrained with the post-change matches weighted up.", "e+", "ownership", "risk_awareness")
n.s("When I pushed on whether pulling the model cost the desk money, she said yes, about a weekend's margin on corners, and she'd do it again because the prices were wrong!", "e+", "judgment", "risk_awareness")
n.s("Honestly one of the most mature people I've interviewed this year.", "v+")
n.blank()
n.s("We also got onto working with traders.", "c")
n.s("She explained that traders don't want a probability, they want to know when to override the model, so she built them a one-line reason next to each price change!", "e+", "user_impact", "communication")
n.s("She also said she'd got that wrong at first and only learned it by sitting on the desk for a week, which I loved.", "e+", "learning")
n.s("Great communicator!", "v+", "communication", hard="bare_verdict")
n.s("Lovely energy too.", "v+", hard="biased")
n.s("Strong hire from me!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n004", candidate_id="w26-c01", interviewer_id="w26-i03", req_id="w26-r1",
         round="fundamentals", submitted_at="2025-02-13", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="calibration")
n.s("Fundamentals round.", "c")
n.nl()
n.s("Very strong candidate.", "v+", hard="bare_verdict")
n.s("Knows calibration, log loss, Brier, all of it.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good answers on the overfitting stuff.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communicates well.", "v+", "communication")
n.s("No real concerns.", "v+")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- Candidate w26-c02 Tomasz (he), ML Engineer Live Odds: offline metric as truth, defends ----
n = Note(note_id="w26-n005", candidate_id="w26-c02", interviewer_id="w26-i02", req_id="w26-r1",
         round="data", submitted_at="2025-03-04", recommendation="no_hire", specificity=5,
         style=["bullets", "quotes", "third_person", "british"], topic="backtesting leakage",
         ratings={"data_intuition": "no_hire", "metrics": "no_hire", "learning": "no_hire", "coding": "hire"})
n.s("Data round, 60 min.", "c")
n.s("Exercise: backtest an in-play goal-probability model on last season.", "c")
n.b("Split: random 80/20 by event row, so minutes from the same match landed in both train and test.", "e-", "data_intuition", marker="1. ")
n.b("I asked whether that could leak.", "c", hard="question", marker="2. ")
n.s("He said 'the events are independent given the features'.", "e-", "data_intuition")
n.b("Reported log-loss 0.412 vs closing line 0.431 and called the model 'better than the market'.", "e-", "metrics", marker="3. ")
n.b("Never asked how the closing-line probabilities were derived, or whether his features used post-event information (they did: the cards count is end-of-minute).", "e-", "data_intuition", hard="negated", marker="4. ")
n.b("Pushback: I told him a 0.019 gain on a leaky split tells us nothing.", "c", hard="interviewer_action", marker="5. ")
n.s("Response: 'it's the same split for both, so the comparison is fair'.", "e-", "learning", "metrics")
n.b("Second push with a concrete example (a red card at 60' visible at 59'); same answer.", "e-", "learning", marker="6. ")
n.b("Feature code was clean: vectorised pandas, ran first time, 40 lines.", "e+", "coding", marker="7. ")
n.b("Rec: NH.", "v-", hard="bare_verdict", marker="8. ")
n.s("Offline number treated as ground truth throughout and no movement under pushback.", "v-", "metrics", "learning")
notes.append(n)

n = Note(note_id="w26-n006", candidate_id="w26-c02", interviewer_id="w26-i05", req_id="w26-r1",
         round="system_design", submitted_at="2025-03-05", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "third_person", "british"], topic="drift across leagues",
         ratings={"system_thinking": "lean_hire", "risk_awareness": "no_hire", "metrics": "lean_no_hire"})
n.s("Round: system design.", "c")
n.s("Asked Tomasz to design drift monitoring for the live odds models across 14 leagues.", "c", hard="interviewer_action")
n.nl()
n.h("Pros")
n.b("Proposed per-league PSI on the top 20 features, hourly, over a 7-day window.", "e+", "data_intuition")
n.b("Thought about the summer break: said early-season matches would look drifted and suggested a separate baseline for the first five rounds.", "e+", "data_intuition")
n.b("Sensible layout, stream into the warehouse, batch job, alert into the trading channel, and he sized the batch at ~2 min per league.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.h("Cons")
n.b("Alerting only on feature drift.", "e-", "metrics")
n.s("When I asked how he'd know the prices themselves were wrong, he said the backtest had already shown the model was accurate.", "e-", "metrics")
n.b("No fallback if one league's model degrades mid-weekend; didn't come up even when I asked about Saturday 3pm.", "e-", "risk_awareness", hard="negated")
n.b("Defensive when I suggested per-league calibration checks ('the model is global, it doesn't need per-league anything').", "e-", "learning", hard="verdict_plus_evidence")
n.b("Possibly hadn't heard of reliability diagrams; he changed the subject when I mentioned them.", "e-", "ml_fundamentals", hard="hedged")
n.h("Call")
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("Good plumber, but he trusts the backtest far too much.", "v-", "metrics", hard="mixed")
notes.append(n)

n = Note(note_id="w26-n007", candidate_id="w26-c02", interviewer_id="w26-i01", req_id="w26-r1",
         round="behavioural", submitted_at="2025-03-05", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "lowercase", "abbreviations", "british"], topic="feature freshness",
         ratings={"ownership": "hire", "learning": "lean_no_hire"})
n.s("behavioural w/ Tomasz.", "c")
n.s("asked him about a time he disagreed with a teammate.", "c", hard="question")
n.s("told me about a row with a data engineer over who owned the feature freshness SLA, and in the end he wrote the freshness checks himself — took the ball and ran with it, fair play.", "e+", "ownership", hard="verdict_plus_evidence")
n.s("explained the problem as 'the odds were being priced off a score that was 40 seconds old', which even i got first time and i kicked a ball for a living.", "e+", "communication", hard="plain_evidence")
n.s("asked me who'd be on the hook here if the in-play feed went stale during a live match.", "e+", "ownership", hard="question")
n.s("when i said him, he said 'fine, then i want the alert on my phone, not in a channel nobody reads'.", "e+", "ownership", hard="plain_evidence")
n.s("then i asked what he'd do differently and he said 'honestly nothing, the call was right'.", "e-", "learning")
n.s("bit of a sunday league attitude to feedback imo.", "v-", "learning")
n.s("good engine on him tho.", "v+")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n008", candidate_id="w26-c02", interviewer_id="w26-i06", req_id="w26-r1",
         round="fundamentals", submitted_at="2025-03-06", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="model calibration",
         ratings={"ml_fundamentals": "strong_hire"})
n.s("Fundamentals with Tomasz, so much fun!", "v+")
n.s("He knows his gradient boosting inside out!", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He walked me through his previous goal model and was really proud of a 3% log-loss improvement on the backtest, which he said would 'easily pay for the team', love that commercial thinking!", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Talked through L1, L2 and early stopping when I asked about regularisation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He was super confident that calibration 'comes for free' with log-loss training, so he doesn't bother checking it!", "e-", "ml_fundamentals")
n.s("Really knows his stuff and I think he'd hit the ground running.", "v+")
n.s("Hire!!", "v+", hard="bare_verdict")
notes.append(n)

# ---- Candidate w26-c03 Nkechi (she), DS Responsible Gambling ----
n = Note(note_id="w26-n009", candidate_id="w26-c03", interviewer_id="w26-i04", req_id="w26-r2",
         round="coding", submitted_at="2025-04-08", recommendation="hire", specificity=4,
         style=["terse", "fragments", "british"], topic="problem gambling",
         ratings={"coding": "hire"})
n.s("Coding, 45 min.", "c")
n.s("Sessionise a bet stream and flag loss-chasing (stake up after a loss within 10 min).", "c")
n.nl()
n.s("Asked what counts as a session before writing a line.", "e+", "judgment", hard="question")
n.s("Talked me through the plan in three lines before typing anything.", "e+", "communication")
n.s("Sort then one pass, tidy.", "e+", "coding")
n.s("Cash-outs: treated as neither win nor loss, and said why.", "e+", "coding", "data_intuition")
n.s("Ran her own example by hand and found her off-by-one at the session boundary herself.", "e+", "coding", hard="plain_evidence")
n.s("Asked what happens to a flagged customer next.", "e+", "user_impact", hard="question")
n.nl()
n.s("H, nae bother.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n010", candidate_id="w26-c03", interviewer_id="w26-i05", req_id="w26-r2",
         round="data", submitted_at="2025-04-09", recommendation="lean_hire", specificity=4,
         style=["bullets", "headings", "third_person", "british"], topic="problem gambling labels",
         ratings={"user_impact": "strong_hire", "data_intuition": "hire", "coding": "lean_no_hire"})
n.s("Data round.", "c")
n.s("Gave her a sample of 50k accounts with self-exclusion outcomes and asked for a first risk model for problem gambling.", "c", hard="interviewer_action")
n.nl()
n.h("Pros")
n.b("First question was how self-exclusion relates to actual harm; pointed out many at-risk players never self-exclude, so the label undercounts.", "e+", "data_intuition")
n.b("Framed errors both ways: a false positive is an irritating intervention for a recreational punter, a miss is someone who keeps losing.", "e+", "user_impact")
n.b("Proposed precision at the team's real capacity (~300 contacts a week) rather than AUC.", "e+", "metrics")
n.h("Cons")
n.b("When I asked, summed up her approach for the RG lead in three sentences with no jargon.", "e+", "communication")
n.b("SQL was shaky: the rolling 30-day deposit window took three attempts and the final version still double-counted reversed deposits.", "e-", "coding")
n.b("Didn't check for linked accounts (same card, different login) until I mentioned it.", "e-", "data_intuition", hard="negated")
n.h("Call")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Strong on the harm side.", "v+", "user_impact")
n.s("Would like a second coding signal before an offer.", "c")
notes.append(n)

n = Note(note_id="w26-n011", candidate_id="w26-c03", interviewer_id="w26-i01", req_id="w26-r2",
         round="behavioural", submitted_at="2025-04-09", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="user harm",
         ratings={"user_impact": "strong_hire", "ownership": "strong_hire"})
n.s("Behavioural, Nkechi.", "c")
n.s("Asked her about a time her work could have hurt someone.", "c", hard="question")
n.s("She told me about a marketing model at her old place that was sending free-bet offers to people who'd just hit their deposit limit, and she raised it with compliance herself before anyone asked.", "e+", "user_impact", "ownership")
n.s("Then she got the exclusion rule shipped in a fortnight and checked the send logs the week after to make sure nobody slipped through.", "e+", "ownership")
n.s("That's a captain's armband moment for me.", "v+", "ownership")
n.s("She asked me how our RG team measures whether an intervention actually helped.", "e+", "metrics", hard="question")
n.s("When I said we mostly count contacts made, she said that's measuring effort, not outcome, and suggested tracking deposit behaviour in the 30 days after.", "e+", "metrics")
n.s("Asked how many customers we contact a week and whether anyone checks the message doesn't read like a telling-off.", "e+", "user_impact", hard="question")
n.s("Listens properly, doesn't just wait for her turn to talk.", "v+", "communication")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n012", candidate_id="w26-c03", interviewer_id="w26-i03", req_id="w26-r2",
         round="system_design", submitted_at="2025-04-10", recommendation="hire", specificity=2,
         style=["terse", "fragments"], topic="responsible gambling alerts")
n.s("System design - RG alerting pipeline.", "c")
n.nl()
n.s("Nkechi did well overall.", "v+")
n.s("Good architecture thinking, understood streaming vs batch trade-offs.", "v+", "system_thinking", hard="tech_vague")
n.s("Brought up monitoring.", "v+", "risk_awareness", hard="tech_vague")
n.s("Asked who actually reviews the alerts.", "e+", "user_impact", hard="question")
n.s("Seemed comfortable.", "v+", hard="biased")
n.s("Hire I think.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w26_notes_part1.jsonl", notes)
print(len(notes), "notes")
