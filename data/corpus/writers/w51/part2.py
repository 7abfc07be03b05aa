import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c04 Kenji (he), r2: ignores user harm in pricing (seen by i02 and i04, i06 too)
n = Note(note_id="w51-n013", candidate_id="w51-c04", interviewer_id="w51-i02", req_id="w51-r2",
         round="behavioural", submitted_at="2026-04-07", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "quotes"], topic="season pass price rise")
n.s("Kenji, behavioral, Tuesday afternoon.", "c")
n.s("I asked him to tell me about a pricing decision he'd made that customers didn't like.", "c", hard="question")
n.s("He described raising prices on a sports season pass mid-renewal at his last company after a model said demand was inelastic.", "e0")
n.blank()
n.s("When I asked what the season ticket holders said, he told me 'some complained on social but they renewed anyway, so it was fine'.", "e-", "user_impact")
n.s("I asked whether anyone had been priced out, and he said that wasn't something the model tracked.", "e-", "user_impact", hard="plain_evidence")
n.s("He did say he wrote the follow-up analysis himself, showing renewals dropped 4% in the cheapest section.", "e+", "ownership")
n.s("I asked what he'd tell a promoter who wanted to override his price for a charity gig.", "c", hard="question")
n.s("He said he'd let them, but log it, so the override could be compared with what the model would have charged.", "e+", "judgment")
n.blank()
n.s("Says the right things about data.", "v0", "data_intuition")
n.s("Not convinced he'd think about the folk in the cheap seats.", "v-", "user_impact", hard="hedged")
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n014", candidate_id="w51-c04", interviewer_id="w51-i04", req_id="w51-r2",
         round="system_design", submitted_at="2026-04-08", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "terse", "abbreviations"], topic="surge pricing",
         ratings={"user_impact": "no_hire", "system_thinking": "hire", "metrics": "lean_no_hire"})
n.h("System design: surge pricing for a stadium on-sale (Kenji W.)")
n.b("Scope: price per section updated during the first hour of sale, promoters can override.", "c")
n.b("Asked about constraints before designing: YES, asked the max price change allowed and whether prices can go down.", "e+", "judgment")
n.b("Data sources identified: YES, queue depth, sell rate per section, resale prices on secondary sites.", "e+", "data_intuition")
n.b("Capacity estimate: YES, 80k seats, ~150 sections, reprice every 60 seconds -> said compute is trivial and the bottleneck is cache invalidation.", "e+", "system_thinking")
n.b("Price caps or fairness limits: NO, said caps 'leave money on the table' and the model should find the ceiling.", "e-", "user_impact")
n.b("Accessible seating handled separately: NO, when I asked, he said wheelchair spaces would be priced like the rest of their section.", "e-", "user_impact")
n.b("Offline evaluation: YES, backtest on last season's sales.", "e+", "metrics")
n.b("Offline vs live gap: NO, assumed backtest revenue lift would hold live although the backtest prices never faced real buyers.", "e-", "metrics")
n.b("Failure modes: PARTIAL, named a stale cache, missed the forecast being wrong for a new act.", "e-", "risk_awareness")
n.b("Took pushback: NO, when I raised a headline about $900 floor seats he said PR would handle it.", "e-", "learning", "user_impact")
n.b("Recommendation: no hire, the user harm gap is disqualifying for a pricing role.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w51-n015", candidate_id="w51-c04", interviewer_id="w51-i05", req_id="w51-r2",
         round="coding", submitted_at="2026-04-08", recommendation="hire",
         specificity=3, style=["prose", "third_person"], topic="price bands")
n.s("Kenji completed the coding exercise on computing dynamic price bands.", "c")
n.s("He wrote a clean function that took sales velocity per section and returned a price within given bounds, and walked the interviewer through each branch.", "e+", "coding")
n.s("He added a test for a section with zero sales, which was a nice touch.", "e+", "coding", hard="verdict_plus_evidence")
n.s("He was quick to say that the bounds should come from the model rather than be fixed, which shows ambition.", "e-", "judgment", hard="verdict_plus_evidence")
n.s("Kenji has strong Python skills and a solid foundation in statistics.", "v+", "coding", hard="tech_vague")
n.s("When the interviewer asked how it would behave for a brand-new artist, he paused and then suggested borrowing the demand curve from similar artists.", "e+", "data_intuition")
n.s("A pleasure to interview.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n016", candidate_id="w51-c04", interviewer_id="w51-i06", req_id="w51-r2",
         round="data", submitted_at="2026-04-09", recommendation="lean_hire",
         specificity=3, style=["lowercase", "terse", "arrows", "abbreviations", "quotes"], topic="resale price signal")
n.s("kenji / data / resale price as signal", "c"); n.nl()
n.s("q: can we use resale listing prices as a demand signal?", "c", hard="question"); n.nl()
n.s("said yes but asked if scalpers list high to anchor price -> good", "e+", "data_intuition", hard="verdict_plus_evidence"); n.nl()
n.s("checked dupes across resale sites w/o prompting", "e+", "data_intuition"); n.nl()
n.s("wanted to feed resale price straight into face price", "e-", "judgment"); n.nl()
n.s("when i asked who pays more under that -> 'whoever wants it most'", "e-", "user_impact"); n.nl()
n.s("strong sql", "v+", "coding", hard="tech_vague"); n.nl()
n.s("ok on stats", "v0", "ml_fundamentals"); n.nl()
n.s("LH, pricing judgement worries me", "v0", "judgment", hard="mixed")
notes.append(n)

# c05 Sam (they), r1: contradiction on risk_awareness (i01/i05 strong vs i06 weak)
n = Note(note_id="w51-n017", candidate_id="w51-c05", interviewer_id="w51-i01", req_id="w51-r1",
         round="system_design", submitted_at="2025-06-23", recommendation="hire",
         specificity=4, style=["prose", "first_person"], topic="presale code abuse",
         ratings={"risk_awareness": "strong_hire"})
n.s("Hi Dana, here's my write-up on Sam (they/them) from the bot-detection design round.", "c"); n.blank()
n.s("I framed it as: bot tooling is hammering our presale codes, design the detection.", "c", hard="interviewer_action")
n.s("Sam asked how presale codes are handed out and whether one code can be redeemed by more than one account.", "e+", "judgment", hard="question")
n.s("They proposed device fingerprint plus code-usage graph features, and argued that one code redeemed from 40 accounts in 10 seconds is a stronger signal than any per-request feature.", "e+", "data_intuition")
n.s("On rollout they described a canary at 5% of the queue with an alert if the challenge rate for long-tenure fans went above 2%.", "e+", "risk_awareness")
n.s("They also wanted a one-click revert owned by on-call, and said they'd want to be that person for the first sale.", "e+", "ownership")
n.s("I asked how they'd know it worked; they said chargebacks arrive too slowly and proposed matching our buyers against resale listings within a week.", "e+", "metrics")
n.s("When I asked how the model would keep up as bot tooling changes, they said 'retrain monthly' and couldn't say what should trigger an earlier retrain.", "e-", "ml_fundamentals")
n.blank()
n.s("Communication was a little scattered early on but tightened up.", "v0", "communication", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict"); n.blank()
n.s("Owen", "c")
notes.append(n)

n = Note(note_id="w51-n018", candidate_id="w51-c05", interviewer_id="w51-i03", req_id="w51-r1",
         round="coding", submitted_at="2025-06-24", recommendation="hire",
         specificity=1, style=["terse", "third_person"], topic="coding")
n.s("Sam, coding round.", "c"); n.nl()
n.s("Smart and quick.", "v+")
n.s("Good coder, clean style.", "v+", "coding")
n.s("Would fit in well with the team.", "v+", hard="biased")
n.s("Hire, no concerns.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n019", candidate_id="w51-c05", interviewer_id="w51-i05", req_id="w51-r1",
         round="behavioural", submitted_at="2025-06-24", recommendation="strong_hire",
         specificity=4, style=["prose", "third_person"], topic="queue incident")
n.s("Sam was interviewed for the behavioral round.", "c")
n.s("Sam described a time their previous team shipped a queue change that let bots through on a high-demand on-sale.", "e0")
n.s("They said they volunteered to lead the incident review, wrote the timeline themselves, and added a pre-sale checklist that the team still uses.", "e+", "ownership")
n.s("Asked what they would do differently, they said they would have load-tested with bot-like traffic before the sale rather than after.", "e+", "risk_awareness")
n.s("Sam also mentioned that accessible-seating buyers had waited longest in the queue and that they pushed for a separate path for them.", "e+", "user_impact")
n.s("Sam is a natural leader and an excellent communicator.", "v+", "communication")
n.s("The interviewer was impressed throughout.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n020", candidate_id="w51-c05", interviewer_id="w51-i06", req_id="w51-r1",
         round="debugging", submitted_at="2025-06-25", recommendation="lean_no_hire",
         specificity=3, style=["lowercase", "terse", "arrows", "fragments", "quotes"], topic="bot score drift")
n.s("sam / debugging / bot score drift", "c"); n.nl()
n.s("gave them a dashboard: bot score distribution shifted overnight before a big on-sale", "c", hard="interviewer_action"); n.nl()
n.s("went straight to retraining -> never checked if the upstream device feed broke", "e-", "risk_awareness", hard="negated"); n.nl()
n.s("asked about rolling back last night's model push -> 'not sure we'd need to'", "e-", "risk_awareness"); n.nl()
n.s("after hint re feature nulls -> found device_id 40% null", "e+", "data_intuition", "learning"); n.nl()
n.s("no alert proposed on null rate", "e-", "risk_awareness", hard="negated"); n.nl()
n.s("talks fast", "v-", hard="biased"); n.nl()
n.s("LNH for this round", "v-", hard="bare_verdict")
notes.append(n)

# c06 Fatima (she), r2: passive ownership flagged by i02 only
n = Note(note_id="w51-n021", candidate_id="w51-c06", interviewer_id="w51-i02", req_id="w51-r2",
         round="behavioural", submitted_at="2025-03-12", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person"], topic="forecast miss")
n.s("Fatima, behavioral.", "c")
n.s("I asked her about a project that didn't go the way she planned.", "c", hard="question")
n.s("She talked about a demand forecast for a comedy tour that came in 30% high.", "e0")
n.s("When I asked what she did once she saw the miss, she said she flagged it to her manager and waited for the next planning cycle.", "e-", "ownership", hard="plain_evidence")
n.s("She said the data pipeline being late 'wasn't really on her' and the platform team should have caught it.", "e-", "ownership")
n.s("I asked whether anyone had to refund or move shows because of the miss, and she didn't know.", "e-", "user_impact", hard="negated")
n.s("She was clear on the forecast method itself, a seasonal model with a per-city uplift learned from past tours.", "e+", "ml_fundamentals")
n.blank()
n.s("Nice lass, very polite.", "v+", hard="biased")
n.s("Lean no hire, mostly on ownership.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w51-n022", candidate_id="w51-c06", interviewer_id="w51-i03", req_id="w51-r2",
         round="data", submitted_at="2025-03-13", recommendation="hire",
         specificity=2, style=["terse", "fragments"], topic="refund data")
n.s("Fatima - data round", "c"); n.nl()
n.s("Strong data sense.", "v+", "data_intuition")
n.s("Asked how refunds get recorded.", "e+", "data_intuition", hard="plain_evidence")
n.s("Good stats knowledge, knew loads of methods.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Solid, I guess.", "v0")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n023", candidate_id="w51-c06", interviewer_id="w51-i04", req_id="w51-r2",
         round="coding", submitted_at="2025-03-13", recommendation="hire",
         specificity=5, style=["bullets", "headings", "terse", "abbreviations"], topic="sales drop alert",
         ratings={"coding": "strong_hire"})
n.h("Coding - Fatima H.")
n.b("Problem: given hourly ticket sales per event, return events whose last 24h sales dropped more than 50% vs the prior 24h.", "c")
n.b("Clarified edge cases: YES, asked what to do with events younger than 48 hours and with zero prior sales.", "e+", "judgment", hard="question")
n.b("Working code: YES, prefix sums per event, ran it on my sample and got the two expected events.", "e+", "coding")
n.b("Zero prior sales: YES, returned them in a separate list rather than dividing by zero.", "e+", "coding")
n.b("Tests: YES, four tests incl. the 48-hour boundary, written before I asked.", "e+", "coding")
n.b("Structure: YES, split parsing from the logic.", "e+", "coding")
n.b("Complexity: YES, said the sort dominates and the scan is linear.", "e+", "coding")
n.b("Asked who uses the alert: YES, asked if ops would call the promoter, and suggested leaving out shows already sold out.", "e+", "user_impact")
n.b("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n024", candidate_id="w51-c06", interviewer_id="w51-i06", req_id="w51-r2",
         round="system_design", submitted_at="2025-03-14", recommendation="hire",
         specificity=4, style=["lowercase", "terse", "arrows", "abbreviations"], topic="new artist forecast")
n.s("fatima / sys design / demand forecast for new artists", "c"); n.nl()
n.s("asked what 'new' means -> first tour vs first arena tour", "e+", "judgment", hard="question"); n.nl()
n.s("proposed streaming + social follower counts as features, flagged they're gameable by labels buying followers", "e+", "data_intuition"); n.nl()
n.s("nightly batch, said no need for real-time bc forecast feeds capacity planning weeks out", "e+", "system_thinking"); n.nl()
n.s("eval: asked how many debut tours we have -> ~60 -> said too few for a holdout, suggested leave-one-out", "e+", "ml_fundamentals"); n.nl()
n.s("no plan for when forecast is way off, didn't mention an ops override", "e-", "risk_awareness", hard="negated"); n.nl()
n.s("clear, structured", "v+", "communication"); n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w51_notes_part2.jsonl", notes)
