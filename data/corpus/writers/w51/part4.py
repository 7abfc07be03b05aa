import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w51-n039", candidate_id="w51-c15", interviewer_id="w51-i03", req_id="w51-r1",
         round="fundamentals", submitted_at="2024-11-19", recommendation="hire",
         specificity=1, style=["terse"], topic="ml basics")
n.s("Kwame - ML fundamentals", "c"); n.nl()
n.s("Strong on ML basics.", "v+", "ml_fundamentals")
n.s("Understands trees and boosting really well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communication could be better.", "v-", "communication")
n.s("Hire I think.", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w51-n040", candidate_id="w51-c16", interviewer_id="w51-i04", req_id="w51-r2",
         round="system_design", submitted_at="2025-02-25", recommendation="lean_hire",
         specificity=5, style=["bullets", "headings", "terse", "abbreviations", "quotes"], topic="promoter price overrides",
         ratings={"system_thinking": "hire", "ownership": "lean_no_hire", "metrics": "lean_hire"})
n.h("System design - Mei-Ling C - pricing with promoter overrides")
n.b("Scope: promoters can override model prices per section; design the pricing service and how overrides interact with the model.", "c")
n.b("Time: 60 min, last 10 on her questions.", "c")
n.b("Clarified who overrides and when: YES, asked whether overrides happen before the on-sale or live during it.", "e+", "judgment", hard="question")
n.b("Override storage: YES, separate table with author, reason and expiry, never written into the model's training prices.", "e+", "data_intuition")
n.b("Why: YES, said training on overridden prices would teach the model the promoter's taste instead of demand.", "e+", "data_intuition")
n.b("Service layout: YES, read path is a cached price per section, write path recomputes every 2 minutes, overrides applied last.", "e+", "system_thinking")
n.b("Load estimate: YES, ~5k reads/sec at peak from the seat map, said one cache cluster is plenty.", "e+", "system_thinking")
n.b("Failure modes: YES, if the model job fails prices stay at the last value; if the cache fails it falls back to the contract face price.", "e+", "risk_awareness")
n.b("Price caps: YES, proposed a cap at 2.5x face unless the promoter signs off in writing.", "e+", "user_impact")
n.b("Accessible seats: NO, didn't come up until I asked; then said they should be fixed at face value.", "e-", "user_impact")
n.b("Metric: YES, revenue per available seat plus complaint rate within 7 days.", "e+", "metrics")
n.b("Offline/online gap: PARTIAL, planned a backtest but said the backtest 'shows the real uplift'.", "e-", "metrics")
n.b("Took pushback: YES, when I said complaint rate lags by days she added same-day refund requests as an early signal.", "e+", "learning")
n.b("Ownership of overrides: NO, said overrides that cause backlash are 'their call, not ours'.", "e-", "ownership")
n.b("Explained it to me role-playing a promoter: YES, no jargon, walked one section through from model price to final price.", "e+", "communication")
n.b("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n041", candidate_id="w51-c17", interviewer_id="w51-i05", req_id="w51-r1",
         round="coding", submitted_at="2025-04-02", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="card reuse")
n.s("Ravi took the coding round, which asked for a function to flag card numbers reused across many accounts.", "c")
n.s("He is a very fluent coder and finished comfortably.", "v+", "coding")
n.s("His solution used a map keyed on a hash of the card number, which the interviewer appreciated.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Ravi clearly has a great deal of experience with fraud systems.", "v+", hard="vague_quantity")
n.s("He communicated clearly throughout.", "v+", "communication")
n.s("He seemed a little nervous at the start.", "v-", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n042", candidate_id="w51-c18", interviewer_id="w51-i06", req_id="w51-r1",
         round="system_design", submitted_at="2025-07-15", recommendation="lean_hire",
         specificity=3, style=["lowercase", "terse", "arrows", "abbreviations", "fragments"], topic="first-minute peak")
n.s("ana / sys design / first-minute peak", "c"); n.nl()
n.s("q: 2M people hit the on-sale at 10:00:00, design admission + bot scoring", "c", hard="question"); n.nl()
n.s("estimated ~35k req/s in the first minute from 2M users -> sized the scoring fleet off that", "e+", "system_thinking"); n.nl()
n.s("put scoring async after queue admission -> queue never waits on model latency", "e+", "system_thinking"); n.nl()
n.s("nothing on what happens if scoring falls behind and tickets sell before the score lands", "e-", "risk_awareness", hard="negated"); n.nl()
n.s("asked how many real fans we block today -> wanted a baseline before picking any threshold", "e+", "user_impact", hard="question"); n.nl()
n.s("feature list generic, nothing ticketing-specific", "v-", "data_intuition"); n.nl()
n.s("knows k8s well", "v+", "system_thinking", hard="tech_vague"); n.nl()
n.s("diagram messy, i had to ask twice what one arrow meant", "e-", "communication"); n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n043", candidate_id="w51-c19", interviewer_id="w51-i02", req_id="w51-r2",
         round="behavioural", submitted_at="2025-01-28", recommendation="hire",
         specificity=2, style=["prose", "terse"], topic="behavioral")
n.s("Callum, behavioral.", "c")
n.s("Good lad, steady.", "v+", hard="biased")
n.s("He told me he once stayed late to fix a pricing report before a promoter meeting.", "e+", "ownership")
n.s("Seems to care about the fans.", "v+", "user_impact", hard="hedged")
n.s("Bit vague on what his own part was in the team's projects.", "v-", "ownership")
n.s("Would be fine.", "v0")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n044", candidate_id="w51-c20", interviewer_id="w51-i01", req_id="w51-r1",
         round="fundamentals", submitted_at="2025-10-21", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "quotes"], topic="imbalance and thresholds")
n.s("Hi Dana,", "c"); n.blank()
n.s("Zainab, ML fundamentals for the bot role.", "c")
n.s("I opened with imbalance: bots are maybe 3% of checkout traffic on a normal day and well over half in the first minute of a hot on-sale.", "c", hard="interviewer_action")
n.s("She said a model trained on normal days would be badly calibrated during on-sale minutes and proposed training on on-sale windows separately.", "e+", "ml_fundamentals")
n.s("Her explanation of precision versus recall was fine.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("When I asked about the cost of a false positive she said 'we just lose one sale' and didn't mention the fan who never gets a ticket.", "e-", "user_impact")
n.s("I asked how she'd choose the threshold; she said 0.5 by default and couldn't say how she'd pick another.", "e-", "ml_fundamentals")
n.s("After I described the cost asymmetry, she suggested setting the threshold to cap false blocks at a fixed number per on-sale.", "e+", "learning")
n.blank()
n.s("She's solid on theory.", "v+", "ml_fundamentals")
n.s("Some gaps on the product side.", "v-", "user_impact")
n.s("Lean hire.", "v+", hard="bare_verdict"); n.blank()
n.s("Owen", "c")
notes.append(n)

n = Note(note_id="w51-n045", candidate_id="w51-c21", interviewer_id="w51-i03", req_id="w51-r2",
         round="data", submitted_at="2026-06-03", recommendation="lean_no_hire",
         specificity=1, style=["terse"], topic="data")
n.s("Tariq - data.", "c"); n.nl()
n.s("Not very strong with data.", "v-", "data_intuition")
n.s("Struggled a bit.", "v-")
n.s("Didn't seem to think about the users much.", "v-", "user_impact", hard="hedged")
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n046", candidate_id="w51-c22", interviewer_id="w51-i04", req_id="w51-r1",
         round="fundamentals", submitted_at="2024-12-10", recommendation="lean_hire",
         specificity=3, style=["bullets", "headings", "terse", "quotes"], topic="evaluation under imbalance")
n.h("Fundamentals - Jordan P.")
n.b("Covered: imbalance, evaluation, drift, one question on calibration.", "c")
n.b("Why accuracy fails at 3% bots: YES, said a model that predicts 'human' for everyone scores 97%.", "e+", "ml_fundamentals")
n.b("Calibration: PARTIAL, knew the term, couldn't say how to check it.", "e-", "ml_fundamentals")
n.b("Drift: YES, good answer.", "v+", "ml_fundamentals", hard="tech_vague")
n.b("Label quality: YES, asked how long it takes for a bot label to be confirmed.", "e+", "data_intuition", hard="question")
n.b("Offline vs online: NO, assumed a better offline PR-AUC means fewer scalper tickets.", "e-", "metrics")
n.b("Communication: adequate.", "v0", "communication")
n.b("Overall: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n047", candidate_id="w51-c23", interviewer_id="w51-i05", req_id="w51-r2",
         round="data", submitted_at="2026-02-24", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="demand data")
n.s("Sofia was interviewed in the data round for the pricing and demand role.", "c")
n.s("Sofia has an excellent intuition for data.", "v+", "data_intuition")
n.s("She has a real passion for live music, which the interviewer loved.", "v+", hard="biased")
n.s("She noticed the demand dataset had no rows for cancelled shows, and asked whether that would push the forecast upward.", "e+", "data_intuition")
n.s("Her SQL was fast and accurate.", "v+", "coding", hard="tech_vague")
n.s("She would make an excellent addition.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n048", candidate_id="w51-c24", interviewer_id="w51-i06", req_id="w51-r1",
         round="behavioural", submitted_at="2025-09-30", recommendation="lean_hire",
         specificity=1, style=["lowercase", "terse", "fragments"], topic="behavioral")
n.s("ibrahim / behav", "c"); n.nl()
n.s("fine", "v0"); n.nl()
n.s("nice guy", "v+", hard="biased"); n.nl()
n.s("prob ok on ownership", "v+", "ownership", hard="hedged"); n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n049", candidate_id="w51-c25", interviewer_id="w51-i01", req_id="w51-r1",
         round="system_design", submitted_at="2026-03-03", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person"], topic="stadium on-sale bot defense",
         ratings={"system_thinking": "strong_hire", "user_impact": "strong_hire", "risk_awareness": "strong_hire"})
n.s("Hi Dana,", "c"); n.blank()
n.s("Elena's design round for the bot detection req.", "c")
n.s("Long note because I think she's the strongest candidate we've seen this quarter.", "v+")
n.blank()
n.s("I asked her to design bot defense for a single stadium on-sale with 1.5M people in the waiting room.", "c", hard="interviewer_action")
n.s("She started by asking what we do today and what goes wrong, and I told her real fans get stuck in endless captchas.", "e+", "judgment", hard="question")
n.s("She estimated peak at around 25k checkout attempts per second if the room is released over 60 seconds, and said that's what the scoring service must survive, not the average.", "e+", "system_thinking")
n.s("She put a cheap per-device rate check at the edge and the heavier model after queue admission, so the model never sits in front of the room.", "e+", "system_thinking")
n.s("On labels, she pointed out that confirmed bots are only the ones we caught, so the model would learn our old rules, and proposed seeding labels from accounts whose tickets hit resale within an hour.", "e+", "data_intuition")
n.s("She asked how many wheelchair-accessible seats were in the sale and said those buyers should skip the challenge, since the venue checks those tickets at the door anyway.", "e+", "user_impact")
n.s("For each challenge she wanted a log of whether the person passed, so we could count real fans who gave up.", "e+", "metrics")
n.blank()
n.s("Her launch plan: shadow on two smaller sales, then enforce on 10% of the room with an automatic revert if the challenge pass rate drops below 90%.", "e+", "risk_awareness")
n.s("I pushed back that bots would learn the 10% pattern; she agreed and made the 10% random per session instead of per device.", "e+", "learning")
n.s("I asked how she'd handle a furious fan on social who'd been blocked; she said she'd rather give support a one-click override than try to explain a model score.", "e+", "user_impact")
n.s("She didn't cover retraining cadence, and flagged that herself at the end as something she'd want to think through.", "e0", "ml_fundamentals", hard="mixed")
n.s("She summarized the whole design at the end in about a minute, in the order a request travels.", "e+", "communication")
n.blank()
n.s("Strong hire.", "v+", hard="bare_verdict"); n.blank()
n.s("Owen", "c")
notes.append(n)

save_notes("data/corpus/raw/w51_notes_part4.jsonl", notes)
