import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Diego (he), r1: no rollback thinking (i01, i04), defends when challenged
n = Note(note_id="w51-n025", candidate_id="w51-c07", interviewer_id="w51-i01", req_id="w51-r1",
         round="system_design", submitted_at="2026-01-20", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person"], topic="queue fairness",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire"})
n.s("Hi Dana,", "c"); n.blank()
n.s("Here are my notes on Diego, system design, 60 minutes.", "c")
n.s("Problem: make the waiting room let people in in a fair order when bots are trying to jump the line.", "c")
n.s("He asked how we define fair: arrival order, a random lottery, or weighted by account history.", "e+", "judgment", "user_impact", hard="question")
n.s("He chose a lottery for everyone in the room at on-sale time plus first-come for late arrivals, and explained that pure first-come rewards whoever has the fastest scripts.", "e+", "judgment")
n.s("His token design was solid: signed queue tokens with a short expiry so a bot can't resell its place.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.blank()
n.s("I asked what he'd do if the new bot filter started rejecting 10% of the room on launch day.", "c", hard="question")
n.s("He said the thresholds would be tuned offline so that wouldn't happen.", "e-", "risk_awareness")
n.s("I pushed for a staged rollout and he said it would 'slow us down for no reason' and stuck with a full launch.", "e-", "risk_awareness", "learning")
n.s("He did agree to log rejected sessions, but only for analysis afterwards, not as an alert.", "e-", "risk_awareness", hard="mixed")
n.blank()
n.s("Clear talker, well organized.", "v+", "communication")
n.s("Lean no hire on the launch thinking.", "v-", "risk_awareness"); n.blank()
n.s("Owen", "c")
notes.append(n)

n = Note(note_id="w51-n026", candidate_id="w51-c07", interviewer_id="w51-i02", req_id="w51-r1",
         round="behavioural", submitted_at="2026-01-21", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person"], topic="checkout outage")
n.s("Diego, behavioral round.", "c")
n.s("We spent most of it on the time his team's checkout went down during a big on-sale.", "c")
n.s("He said he stayed on the call until the queue drained and then wrote the apology email to fans himself.", "e+", "ownership", hard="plain_evidence")
n.s("When I asked whether anyone got their money back, he said refunds were sorted by finance and he didn't follow it up.", "e-", "user_impact")
n.s("I told him I thought the apology went out too late and he argued with me for a good few minutes that it was on time.", "e-", "learning")
n.s("Knows his stuff.", "v+")
n.s("Bit full of himself.", "v-", hard="biased")
n.s("Lean hire, I suppose.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n027", candidate_id="w51-c07", interviewer_id="w51-i04", req_id="w51-r1",
         round="debugging", submitted_at="2026-01-21", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "terse", "quotes"], topic="challenge rate spike",
         ratings={"risk_awareness": "no_hire", "data_intuition": "hire"})
n.h("Debugging round - Diego F.")
n.b("Setup: a bot model went live Friday; the Saturday on-sale had 3x the usual challenge rate and fan complaints.", "c")
n.b("Checked recent changes first: YES, asked what shipped in the last 48 hours.", "e+", "risk_awareness", hard="question")
n.b("Found root cause: YES, within 15 minutes, traced it to a feature computed in UTC in training and local time in serving.", "e+", "data_intuition")
n.b("Immediate mitigation: NO, wanted to fix and retrain first with the on-sale still running.", "e-", "risk_awareness")
n.b("Considered rolling back to Thursday's model: NO, said 'the old model was worse anyway'.", "e-", "risk_awareness")
n.b("Quantified fan impact: NO, didn't ask how many buyers were challenged or dropped out.", "e-", "user_impact", hard="negated")
n.b("Adjusted after challenge: NO, when I pointed out fans were being blocked right now he repeated that the fix would be ready by evening.", "e-", "learning")
n.b("Prevention: YES, proposed a train/serve parity check on timestamp features.", "e+", "risk_awareness")
n.b("Recommendation: no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n028", candidate_id="w51-c07", interviewer_id="w51-i05", req_id="w51-r1",
         round="coding", submitted_at="2026-01-22", recommendation="hire",
         specificity=3, style=["prose", "third_person"], topic="token bucket")
n.s("Diego completed the coding exercise: a token bucket rate limiter keyed by account.", "c")
n.s("The session ran the full 45 minutes.", "c")
n.s("He finished the implementation in about twenty minutes and it passed all of the interviewer's test cases.", "e+", "coding")
n.s("When the interviewer suggested a sliding window instead, Diego defended the token bucket firmly and would not weigh the alternative, which showed real conviction.", "e-", "learning", hard="verdict_plus_evidence")
n.s("He did not handle clock skew across servers, but that is a minor point.", "e-", "system_thinking", hard="negated")
n.s("Diego is a very strong engineer with excellent fundamentals.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# c08 Wei (he), r2: stuck under ambiguity, adapts after hint
n = Note(note_id="w51-n029", candidate_id="w51-c08", interviewer_id="w51-i01", req_id="w51-r2",
         round="data", submitted_at="2025-08-05", recommendation="lean_hire",
         specificity=4, style=["prose", "first_person"], topic="reunion tour pricing",
         ratings={"judgment": "lean_no_hire", "user_impact": "hire"})
n.s("Hi Dana,", "c"); n.blank()
n.s("Notes on Wei's data round (pricing).", "c")
n.s("I gave him a question with no clean answer: a promoter wants a price for the reunion tour of a band that hasn't played in 15 years.", "c", hard="interviewer_action")
n.s("He asked for a week to gather comparables before saying anything, and when I said he had an hour he said he couldn't give a number responsibly.", "e-", "judgment")
n.s("I hinted he could work in ranges; he then gave a low, mid and high price with the sell-through he'd expect at each.", "e+", "learning")
n.s("His mid estimate leaned on the band's streaming numbers from the last year, and he noted streams skew young while the fan base is older.", "e+", "data_intuition")
n.s("He flagged that older fans who went to the original tours could feel shut out at high prices, and suggested a fan-club presale at face value.", "e+", "user_impact")
n.s("He didn't say how he'd check the forecast after the first day of sales.", "e-", "metrics", hard="negated")
n.blank()
n.s("Good once unstuck, but his first reaction to ambiguity worries me for a role that's mostly ambiguity.", "v0", "judgment", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict"); n.blank()
n.s("Owen", "c")
notes.append(n)

n = Note(note_id="w51-n030", candidate_id="w51-c08", interviewer_id="w51-i03", req_id="w51-r2",
         round="system_design", submitted_at="2025-08-06", recommendation="hire",
         specificity=1, style=["terse"], topic="system design")
n.s("Wei - system design", "c"); n.nl()
n.s("Good design sense.", "v+", "system_thinking")
n.s("Thought about users.", "v+", "user_impact")
n.s("Great chat!", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n031", candidate_id="w51-c08", interviewer_id="w51-i05", req_id="w51-r2",
         round="fundamentals", submitted_at="2025-08-06", recommendation="strong_hire",
         specificity=4, style=["prose", "third_person"], topic="demand modelling")
n.s("Wei was interviewed on modelling fundamentals for the pricing and demand role.", "c")
n.s("Asked how he would model ticket requests during an on-sale, he proposed a Poisson model per minute and explained why the variance would exceed the mean in practice.", "e+", "ml_fundamentals")
n.s("He then switched to a negative binomial and showed the interviewer how the extra parameter absorbs that overdispersion.", "e+", "ml_fundamentals")
n.s("On evaluation, he suggested scoring forecasts on the first hour of sales rather than total sell-through, since pricing decisions happen early.", "e+", "metrics")
n.s("The interviewer pointed out that cancelled shows would appear as zero demand, and Wei said they should be dropped, not treated as zeros.", "e+", "data_intuition")
n.s("He is clearly a brilliant statistician.", "v+", "ml_fundamentals")
n.s("Wei would be a fantastic hire and a great fit for the team.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n032", candidate_id="w51-c08", interviewer_id="w51-i06", req_id="w51-r2",
         round="coding", submitted_at="2025-08-07", recommendation="hire",
         specificity=4, style=["lowercase", "terse", "arrows", "abbreviations"], topic="seat adjacency")
n.s("wei / coding / k adjacent seats", "c"); n.nl()
n.s("q: find k adjacent free seats in a row, accessible seats excluded unless requested", "c", hard="question"); n.nl()
n.s("asked if an aisle breaks a run -> yes -> handled it", "e+", "judgment", hard="question"); n.nl()
n.s("first pass O(n*k), i asked for better -> sliding count, O(n)", "e+", "coding", "learning"); n.nl()
n.s("tests: empty row, k > row len, all accessible", "e+", "coding"); n.nl()
n.s("asked what happens to accessible seats nobody has requested by show day", "e+", "user_impact", hard="question"); n.nl()
n.s("variable names a mess, a/b/tmp2", "e-", "coding"); n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

# history notes
n = Note(note_id="w51-n033", candidate_id="w51-c09", interviewer_id="w51-i04", req_id="w51-r1",
         round="coding", submitted_at="2025-05-14", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "headings", "terse"], topic="log parsing")
n.h("Coding - Marcus O (r1)")
n.b("Problem: parse access logs and return IPs with more than 100 requests to /checkout in any one-minute window.", "c")
n.b("Clarified format: NO, assumed one request per line without asking about multiline entries.", "e-", "judgment", hard="negated")
n.b("Working solution: YES after 30 minutes, dictionary keyed by (ip, minute).", "e+", "coding")
n.b("Window boundary: NO, bucketed by calendar minute so 100 requests spread over 12:00:30-12:01:30 slip through.", "e-", "coding")
n.b("Noticed it himself: NO, I had to show him.", "e-", "coding", hard="negated")
n.b("After the hint: YES, rewrote it as a sliding window cleanly.", "e+", "learning")
n.b("Shared IPs considered: NO, when I asked about a campus on-sale he said those would just be blocked.", "e-", "user_impact")
n.b("Tests: NO.", "e-", "coding", hard="negated")
n.b("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n034", candidate_id="w51-c10", interviewer_id="w51-i02", req_id="w51-r2",
         round="data", submitted_at="2025-12-02", recommendation="hire",
         specificity=5, style=["prose", "first_person"], topic="refunds after cancellations",
         ratings={"data_intuition": "strong_hire", "user_impact": "hire"})
n.s("Data session with Lucía, 50 minutes.", "c")
n.s("I handed her a spreadsheet of refunds from the three shows we cancelled last winter and asked what she made of it.", "c", hard="interviewer_action")
n.blank()
n.s("First thing she did was count refunds per show against tickets sold, and she noticed one show had more refunds than tickets.", "e+", "data_intuition", hard="plain_evidence")
n.s("She worked out that the extra rows were resold tickets being refunded to both the original buyer and the reseller.", "e+", "data_intuition")
n.s("She asked me who was out of pocket when that happened, the fan or us.", "e+", "user_impact", hard="question")
n.s("I asked how long refunds took, and she split it by payment method and found the bank transfers were taking three weeks.", "e+", "data_intuition")
n.s("She said the three-week lot were likely the ones phoning the box office and suggested we contact them first.", "e+", "user_impact")
n.blank()
n.s("When I said the finance lead disagreed with her double-refund reading, she asked to see the payment IDs rather than arguing, and checked five of them.", "e+", "learning")
n.s("She wrote up the findings in four lines that I could forward to the venue without changes.", "e+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n035", candidate_id="w51-c11", interviewer_id="w51-i05", req_id="w51-r1",
         round="system_design", submitted_at="2025-10-09", recommendation="strong_hire",
         specificity=2, style=["prose", "third_person"], topic="streaming bot scoring")
n.s("Jamal was interviewed for system design on the bot detection team.", "c")
n.s("Jamal impressed the interviewer with his deep knowledge of streaming architectures and real-time ML.", "v+", "system_thinking", hard="tech_vague")
n.s("He designed a very scalable system.", "v+", "system_thinking")
n.s("He asked who would be alerted if the scoring service fell behind.", "e+", "risk_awareness", hard="question")
n.s("His communication was excellent and he was a joy to talk to.", "v+", "communication")
n.s("He has tons of experience and would hit the ground running.", "v+", hard="vague_quantity")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n036", candidate_id="w51-c12", interviewer_id="w51-i06", req_id="w51-r2",
         round="debugging", submitted_at="2026-03-17", recommendation="no_hire",
         specificity=3, style=["lowercase", "terse", "arrows", "quotes"], topic="price spike")
n.s("olu / debugging / price jumped 4x on one section", "c"); n.nl()
n.s("gave him logs + the pricing config", "c", hard="interviewer_action"); n.nl()
n.s("blamed the model immediately, never opened the override table", "e-", "data_intuition", hard="negated"); n.nl()
n.s("after 20 min i pointed at the promoter override -> 'ok but the model should've caught it'", "e-", "learning"); n.nl()
n.s("no mention of the fans who already paid 4x", "e-", "user_impact", hard="negated"); n.nl()
n.s("did propose a max-change guard on the price service", "e+", "risk_awareness"); n.nl()
n.s("weak debugging", "v-", "coding"); n.nl()
n.s("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n037", candidate_id="w51-c13", interviewer_id="w51-i03", req_id="w51-r1",
         round="behavioural", submitted_at="2025-07-01", recommendation="lean_hire",
         specificity=2, style=["terse"], topic="behavioral")
n.s("Hannah - behavioral", "c"); n.nl()
n.s("Nice person, easy to talk to.", "v+", hard="biased")
n.s("Talked about a launch she led.", "v+", "ownership")
n.s("Said she'd do more testing next time.", "e+", "learning")
n.s("Some gaps on ownership maybe.", "v-", "ownership", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n038", candidate_id="w51-c14", interviewer_id="w51-i01", req_id="w51-r2",
         round="coding", submitted_at="2026-05-12", recommendation="hire",
         specificity=5, style=["prose", "first_person"], topic="releasing held seats")
n.s("Hi Dana,", "c"); n.blank()
n.s("Arjun's coding round for the pricing req, notes below.", "c")
n.s("Task was a function that, given sales so far and a demand forecast, decides whether to release held-back seats for a show.", "c")
n.s("He asked who holds seats back and why, and I told him promoters and the accessibility allocation.", "e+", "judgment", hard="question")
n.s("He wrote it in about 25 minutes, keeping the accessible allocation out of the release logic until 48 hours before the show.", "e+", "coding", "user_impact")
n.s("His tests covered a zero forecast, a sold-out show and a show in the past, and the past-show test caught a bug in his date comparison.", "e+", "coding")
n.s("I asked what happens if the forecast is badly off; he added a minimum sell-through before any release and said he'd default it conservatively.", "e+", "risk_awareness")
n.s("When I suggested a plain threshold rule instead, he agreed it was fine for a first version and said he'd measure whether the forecast version actually sold more seats.", "e+", "judgment")
n.s("He walked me through the final code and stopped twice to check I was following.", "e+", "communication")
n.blank()
n.s("Hire, comfortably.", "v+", hard="bare_verdict"); n.blank()
n.s("Owen", "c")
notes.append(n)

save_notes("data/corpus/raw/w51_notes_part3.jsonl", notes)
