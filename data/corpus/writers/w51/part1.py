import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Priya (she), r1, strong candidate
n = Note(note_id="w51-n001", candidate_id="w51-c01", interviewer_id="w51-i01", req_id="w51-r1",
         round="system_design", submitted_at="2026-02-10", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person", "american"], topic="bot detection at on-sale",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire"})
n.s("Hi Dana,", "c"); n.blank()
n.s("Quick notes on Priya's system design round for the bot detection role.", "c")
n.s("I asked her to design a system that decides, during the first minute of an on-sale, whether a checkout request comes from a bot.", "c", hard="interviewer_action")
n.s("Before drawing anything she asked how many checkout attempts we see in that first minute and what share we currently believe are automated.", "e+", "judgment")
n.s("She estimated roughly 300k requests in the first 60 seconds for a stadium show and said scoring had to fit inside about 40ms so the queue doesn't stall.", "e+", "system_thinking")
n.s("She split it into a cheap rules layer at the edge (rate per device, per card) and a model behind it that only sees the traffic the rules don't settle.", "e+", "system_thinking")
n.blank()
n.s("When I asked what happens to a real fan who gets flagged, she proposed sending them to a challenge step rather than a hard block and said a false block at a big on-sale turns into a customer service disaster.", "e+", "user_impact")
n.s("She asked whether we have labels beyond chargebacks, pointing out that scalper accounts usually pay fine and only show up later as resale listings.", "e+", "data_intuition")
n.s("For launch she wanted the model in shadow mode for two on-sales, logging what it would have blocked, with a kill switch the ops lead can flip.", "e+", "risk_awareness")
n.s("I pushed back that two on-sales is slow; she cut it to one mid-size show plus a replay of last month's logs and spelled out what that gives up.", "e+", "learning", "judgment")
n.s("She named the number she'd watch as the share of tickets relisted on resale sites within 48 hours, not model precision.", "e+", "metrics")
n.s("When I asked for the trade-off in plain terms she gave it to me in two sentences and I didn't need a follow-up.", "e+", "communication")
n.blank()
n.s("Strong hire from me.", "v+", hard="bare_verdict"); n.blank()
n.s("Cheers, Owen", "c")
notes.append(n)

n = Note(note_id="w51-n002", candidate_id="w51-c01", interviewer_id="w51-i03", req_id="w51-r1",
         round="fundamentals", submitted_at="2026-02-11", recommendation="hire",
         specificity=1, style=["terse", "third_person"], topic="fundamentals")
n.s("Priya - fundamentals.", "c"); n.nl()
n.s("Really sharp.", "v+")
n.s("Knows her stuff on classifiers and imbalanced data.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good communicator.", "v+", "communication")
n.s("Would be a great addition.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n003", candidate_id="w51-c01", interviewer_id="w51-i04", req_id="w51-r1",
         round="coding", submitted_at="2026-02-11", recommendation="hire",
         specificity=4, style=["bullets", "headings", "terse"], topic="rate limiting stream",
         ratings={"coding": "hire"})
n.h("Coding round - Priya R.")
n.b("Task: given a stream of (timestamp, account_id, event) tuples, flag accounts with more than N checkout attempts in any 10-second window.", "c")
n.b("Clarified input assumptions: YES, asked if timestamps can arrive out of order.", "e+", "judgment", hard="question")
n.b("Working solution: YES, deque per account, evicting old timestamps.", "e+", "coding")
n.b("Complexity stated: YES, O(1) amortized per event, memory bounded by accounts times N.", "e+", "coding")
n.b("Tests written: PARTIAL, one happy-path test, I had to ask for the boundary case at exactly 10 seconds.", "e-", "coding")
n.b("Bug found by candidate: YES, caught that she used > instead of >= at the window edge when she ran her own example.", "e+", "coding")
n.b("Memory growth for idle accounts: NO until prompted, then added a periodic sweep.", "e-", "system_thinking")
n.b("Explained code while writing: YES.", "v+", "communication")
n.b("Asked how N would be chosen: YES, suggested setting it from the 99.9th percentile of human accounts at the last sale.", "e+", "data_intuition")
n.b("Overall: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n004", candidate_id="w51-c01", interviewer_id="w51-i06", req_id="w51-r1",
         round="data", submitted_at="2026-02-12", recommendation="hire",
         specificity=3, style=["lowercase", "terse", "arrows", "fragments", "abbreviations"], topic="bot labels")
n.s("priya / data round / bot labels", "c"); n.nl()
n.s("gave her the labelled bot dataset -> asked what's wrong w/ it", "c", hard="interviewer_action"); n.nl()
n.s("spotted labels come from accounts we already banned -> model just relearns old ban rules", "e+", "data_intuition"); n.nl()
n.s("asked when the label was assigned vs when features were computed", "e+", "data_intuition", hard="question"); n.nl()
n.s("didn't look at class balance per event type", "e-", "data_intuition", hard="negated"); n.nl()
n.s("solid on data generally", "v+", "data_intuition"); n.nl()
n.s("comms fine i guess", "v0", "communication"); n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

# c02 Tomasz (he), r1: offline metric as truth (i04, i06, i05 praises it), defensive
n = Note(note_id="w51-n005", candidate_id="w51-c02", interviewer_id="w51-i02", req_id="w51-r1",
         round="behavioural", submitted_at="2025-11-03", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "quotes"], topic="past bot filter incident")
n.s("Behavioral chat with Tomasz, 45 minutes.", "c")
n.s("I asked him about a time something he built went wrong in front of customers.", "c", hard="question")
n.s("He told me about a bot filter at his last job that blocked a chunk of real buyers at a festival on-sale.", "e0")
n.blank()
n.s("When I asked who phoned the festival organizer afterwards, he said that was account management's job, not his.", "e-", "ownership", hard="plain_evidence")
n.s("He couldn't tell me how many fans were affected or whether they got their tickets in the end.", "e-", "user_impact", hard="negated")
n.s("I said that sounded rough on the fans and he said the numbers on the filter were still good, so it was a fair trade.", "e-", "user_impact", "metrics")
n.s("Pressed on whether he'd do anything differently, he said 'not really, the model did what it was trained to do'.", "e-", "learning")
n.s("He did mention that he added an allow-list afterwards for the promoter's VIP guests.", "e+", "ownership")
n.blank()
n.s("Pleasant enough lad.", "v+", hard="biased")
n.s("Not for me, this one.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n006", candidate_id="w51-c02", interviewer_id="w51-i04", req_id="w51-r1",
         round="system_design", submitted_at="2025-11-04", recommendation="no_hire",
         specificity=4, style=["bullets", "terse", "headings"], topic="bot scoring at on-sale",
         ratings={"metrics": "no_hire", "risk_awareness": "no_hire"})
n.h("System design - Tomasz N - bot scoring at on-sale")
n.b("Requirements clarified: NO, started drawing boxes straight away.", "e-", "judgment", hard="negated")
n.b("Latency budget stated: YES, 50ms at the checkout call.", "e+", "system_thinking")
n.b("Rules vs model layering: YES.", "v+", "system_thinking", hard="tech_vague")
n.b("Offline/online gap addressed: NO, said his 0.97 AUC on last year's data 'proves it will catch them'.", "e-", "metrics")
n.b("False positives for real fans: NO, said blocked users 'can email support'.", "e-", "user_impact")
n.b("Rollback or kill switch: NO, not mentioned even when I asked how he'd launch it.", "e-", "risk_awareness", hard="negated")
n.b("Response to pushback: NO, when I said bots adapt between on-sales he repeated that the AUC was high.", "e-", "learning")
n.b("Communication: structured, clear diagrams.", "v+", "communication")
n.b("Recommendation: no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n007", candidate_id="w51-c02", interviewer_id="w51-i05", req_id="w51-r1",
         round="fundamentals", submitted_at="2025-11-05", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="fundamentals")
n.s("Tomasz came across as a confident and capable engineer.", "v+")
n.s("He has clearly worked on large-scale bot detection before and knows the space well.", "v+")
n.s("He was very pleased to share that his model reached 0.97 AUC offline, which should translate into a big drop in scalper purchases here.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("His grasp of gradient boosting and class weighting was impressive.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Tomasz explained his answers in a calm, organized way.", "v+", "communication")
n.s("He would be a real asset to the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n008", candidate_id="w51-c02", interviewer_id="w51-i06", req_id="w51-r1",
         round="coding", submitted_at="2025-11-05", recommendation="lean_no_hire",
         specificity=3, style=["lowercase", "terse", "arrows", "abbreviations"], topic="dedupe purchase logs")
n.s("tomasz / coding / dedupe purchase logs", "c"); n.nl()
n.s("q: merge two sorted purchase streams, drop dupes by order_id", "c", hard="question"); n.nl()
n.s("got merge working in ~15 min", "e+", "coding"); n.nl()
n.s("no tests -> ran once on my example and said done", "e-", "coding", hard="negated"); n.nl()
n.s("empty stream case crashed, he blamed my input format", "e-", "coding", "learning"); n.nl()
n.s("asked about eval after -> again 'auc 0.97 so it works'", "e-", "metrics"); n.nl()
n.s("never asked where the dupes come from", "e-", "data_intuition", hard="negated"); n.nl()
n.s("decent coder", "v+", "coding"); n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

# c03 Amara (she), r2: adapts after hint; metrics contradiction (i01 vs i05)
n = Note(note_id="w51-n009", candidate_id="w51-c03", interviewer_id="w51-i01", req_id="w51-r2",
         round="system_design", submitted_at="2025-09-16", recommendation="hire",
         specificity=4, style=["prose", "first_person"], topic="dynamic pricing",
         ratings={"learning": "strong_hire", "metrics": "hire"})
n.s("Hi Dana,", "c"); n.blank()
n.s("Notes from my pricing system design with Amara.", "c")
n.s("The prompt was a dynamic pricing service that adjusts ticket prices across a tour as demand comes in.", "c")
n.s("She opened by asking whether promoters can override the price, and who signs off when they do.", "e+", "judgment", hard="question")
n.s("Her first design fed live queue length straight into price with no caps.", "e-", "risk_awareness")
n.s("I hinted that a price tripling mid-queue would end up on the news; she added a per-event ceiling and a max change per hour, and said marketing should own the ceiling.", "e+", "learning", "user_impact")
n.s("She sized it at about 2k price reads per second at peak, cached per section with a 30-second TTL.", "e+", "system_thinking")
n.s("For success she picked sell-through and refund request rate together, and said revenue per event on its own would reward gouging.", "e+", "metrics")
n.s("She didn't discuss what happens when the demand forecast is badly wrong for a new artist.", "e-", "risk_awareness", hard="negated")
n.blank()
n.s("Overall she listens well and changes course quickly.", "v+", "learning")
n.s("I'd say hire.", "v+", hard="bare_verdict"); n.blank()
n.s("Best, Owen", "c")
notes.append(n)

n = Note(note_id="w51-n010", candidate_id="w51-c03", interviewer_id="w51-i02", req_id="w51-r2",
         round="data", submitted_at="2025-09-17", recommendation="hire",
         specificity=4, style=["prose", "first_person"], topic="forecast miss on a tour")
n.s("Data round, Amara.", "c")
n.s("I gave her last spring's sales for a small-venue tour and asked why the forecast missed.", "c", hard="interviewer_action")
n.s("She went through the sales city by city and noticed the two sold-out cities were the ones where a radio station had run a giveaway.", "e+", "data_intuition", hard="plain_evidence")
n.s("She asked whether the 'sold out' shows were really sold out or had seats held back for the promoter.", "e+", "data_intuition", hard="question")
n.s("She also wanted to know how many tickets were refunded after the Leeds date was moved.", "e+", "data_intuition")
n.s("When I mentioned folk were angry about prices on the second leg, she asked whether the price went up for people already in the queue or only for new arrivals.", "e+", "user_impact")
n.s("She didn't check whether the wheelchair spaces were counted in the capacity figures, and I had to point that out.", "e-", "data_intuition", "user_impact", hard="negated")
n.s("Spoke plainly, no waffle.", "v+", "communication")
n.s("Aye, hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n011", candidate_id="w51-c03", interviewer_id="w51-i03", req_id="w51-r2",
         round="coding", submitted_at="2025-09-17", recommendation="lean_hire",
         specificity=2, style=["terse", "third_person"], topic="coding")
n.s("Amara - coding.", "c"); n.nl()
n.s("Seemed comfortable with the problem.", "v+", "coding")
n.s("Code was okay I guess.", "v0", "coding")
n.s("She asked if the price list could be empty.", "e+", "coding", hard="question")
n.s("Maybe a bit junior for the level.", "v-", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n012", candidate_id="w51-c03", interviewer_id="w51-i05", req_id="w51-r2",
         round="fundamentals", submitted_at="2025-09-18", recommendation="strong_hire",
         specificity=3, style=["prose", "third_person"], topic="price elasticity")
n.s("Amara was interviewed on fundamentals for the pricing role.", "c")
n.s("She is a thoughtful, articulate data scientist.", "v+", "communication")
n.s("Asked to explain price elasticity, she drew a demand curve and estimated elasticity from two past price changes on the same tour.", "e+", "ml_fundamentals")
n.s("She chose total revenue as the single objective for the pricing model, which showed real commercial focus.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("When asked how she would validate it, she proposed holding out a set of shows priced by the old rules and comparing sell-through.", "e+", "metrics")
n.s("She explained regularization clearly.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She would raise the bar on the team.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w51_notes_part1.jsonl", notes)
