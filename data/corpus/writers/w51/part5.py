import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w51-n050", candidate_id="w51-c26", interviewer_id="w51-i02", req_id="w51-r1",
         round="data", submitted_at="2025-05-06", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person"], topic="ban list as labels")
n.s("Data round with Nadia for the bot team.", "c")
n.s("I showed her the list of accounts we banned after the arena on-sale in March and asked if she'd trust it as training labels.", "c", hard="interviewer_action")
n.s("She asked how an account ends up on the list, and when I said it's a mix of rules and staff picking them out by hand, she wanted the hand-picked ones kept separate.", "e+", "data_intuition")
n.s("She picked out two banned accounts that had bought just two tickets each and asked if they'd been banned by mistake.", "e+", "user_impact", hard="plain_evidence")
n.s("She also asked how long bans last and whether anyone ever gets unbanned without phoning us.", "e+", "user_impact", hard="question")
n.s("She said she'd measure the model on how many banned accounts it catches, and didn't ask whether catching them kept any tickets off resale.", "e-", "metrics")
n.s("I asked what happens when a fan appeals a ban, and she said she'd want the appeal results fed back in as labels.", "e+", "data_intuition")
n.s("When I asked who'd own the appeals process, she said she'd take it on until someone better placed did.", "e+", "ownership")
n.s("Knows her numbers.", "v+")
n.s("Talks a lot with her hands.", "v0", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n051", candidate_id="w51-c27", interviewer_id="w51-i03", req_id="w51-r2",
         round="coding", submitted_at="2024-10-08", recommendation="lean_hire",
         specificity=2, style=["terse"], topic="price rounding")
n.s("Ben - coding (pricing)", "c"); n.nl()
n.s("Decent coder.", "v+", "coding")
n.s("Wrote the price rounding function quickly.", "e+", "coding")
n.s("Missed some edge cases.", "v-", "coding", hard="vague_quantity")
n.s("Probably fine on the job.", "v+", hard="hedged")
n.s("Communication okay.", "v0", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n052", candidate_id="w51-c28", interviewer_id="w51-i04", req_id="w51-r1",
         round="behavioural", submitted_at="2025-08-19", recommendation="lean_no_hire",
         specificity=2, style=["bullets", "headings", "terse"], topic="behavioral checklist")
n.h("Behavioral - Leila S.")
n.b("Ownership example given: YES.", "v+", "ownership")
n.b("Drove the work herself: NO.", "v-", "ownership")
n.b("Handled conflict well: YES.", "v+", "communication")
n.b("Learned from failure: NO.", "v-", "learning")
n.b("Judgment under ambiguity: NO, not convincing.", "v-", "judgment")
n.b("Cared about fan impact: YES.", "v+", "user_impact")
n.b("Clear answers: YES.", "v+", "communication")
n.b("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n053", candidate_id="w51-c29", interviewer_id="w51-i05", req_id="w51-r2",
         round="behavioural", submitted_at="2026-01-13", recommendation="strong_hire",
         specificity=1, style=["prose", "third_person"], topic="behavioral")
n.s("Marco was a delight in the behavioral round.", "v+")
n.s("He is an outstanding team player with natural leadership qualities.", "v+", hard="biased")
n.s("He takes ownership of everything he does.", "v+", "ownership")
n.s("His communication skills are excellent.", "v+", "communication")
n.s("Strong hire without reservation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n054", candidate_id="w51-c30", interviewer_id="w51-i06", req_id="w51-r2",
         round="coding", submitted_at="2026-05-26", recommendation="hire",
         specificity=3, style=["lowercase", "terse", "arrows", "abbreviations"], topic="refund calculation")
n.s("yusuf / coding / refund calc", "c"); n.nl()
n.s("q: compute refund per order after a cancellation; fees refundable only if the promoter cancelled", "c", hard="question"); n.nl()
n.s("asked whether rescheduled shows get partial refunds -> good q", "e+", "judgment", hard="verdict_plus_evidence"); n.nl()
n.s("first version refunded fees for every cancellation -> caught it himself on his 2nd test", "e+", "coding"); n.nl()
n.s("used floats for money", "e-", "coding"); n.nl()
n.s("when i said floats + money -> switched to integer cents, all tests green", "e+", "learning"); n.nl()
n.s("didn't ask about orders split across two cards", "e-", "coding", hard="negated"); n.nl()
n.s("good at talking through the code", "v+", "communication"); n.nl()
n.s("asked who sees the refund amount first, the fan or support", "e+", "user_impact", hard="question"); n.nl()
n.s("strong coder", "v+", "coding"); n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n055", candidate_id="w51-c31", interviewer_id="w51-i01", req_id="w51-r1",
         round="behavioural", submitted_at="2024-09-17", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="behavioral")
n.s("Hi Dana,", "c"); n.blank()
n.s("Short one on Aisha's behavioral round.", "c")
n.s("She's clearly driven and seems to own her work.", "v+", "ownership")
n.s("She told me she rewrote her team's on-sale runbook after a bad Saturday.", "e+", "ownership")
n.s("She said she'd push back on a promoter's price if it risked a backlash, though she couldn't give me an example of doing it.", "e0", "judgment", hard="mixed")
n.s("Good judgment, I felt, though we didn't get into specifics.", "v+", "judgment", hard="hedged")
n.s("Great energy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict"); n.blank()
n.s("Owen", "c")
notes.append(n)

n = Note(note_id="w51-n056", candidate_id="w51-c32", interviewer_id="w51-i02", req_id="w51-r1",
         round="debugging", submitted_at="2025-11-25", recommendation="hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="fans blocked as bots",
         ratings={"user_impact": "strong_hire", "risk_awareness": "hire"})
n.s("Debugging session with Rosa, an hour.", "c")
n.s("The setup was a made-up Saturday: queue for a big arena show, and by 10:05 the box office phones were ringing with fans told they were bots.", "c")
n.s("I gave her the complaint log, the block log and the list of changes from that week.", "c", hard="interviewer_action")
n.blank()
n.s("She first asked how many complaints there were against how many people were in the queue, and worked out it was about 1 in 400.", "e+", "metrics")
n.s("Then she matched complaint phone numbers to block log entries, found 37 of the 50 she checked, and said that meant the complaints were real and not sour grapes.", "e+", "data_intuition", hard="plain_evidence")
n.s("She noticed most of the blocked fans were on the same mobile network and asked whether we'd changed how we read IP addresses.", "e+", "data_intuition")
n.s("I told her a change on Thursday treated shared addresses as one device, and she said that was likely it, because a mobile network puts thousands of phones behind a handful of addresses.", "e+", "system_thinking")
n.s("Her first move was to ask who could switch that change off, and how fast, before she went looking for a proper fix.", "e+", "risk_awareness")
n.blank()
n.s("She said she'd phone the venue herself so the box office had something to tell people.", "e+", "ownership")
n.s("I asked what she'd do for the fans who'd already missed out; she suggested holding back a block of seats and emailing the blocked buyers a code for them.", "e+", "user_impact")
n.s("I then told her the change had been asked for by our biggest promoter; she still wanted it switched off and said she'd take the numbers to the promoter herself.", "e+", "judgment")
n.s("She didn't ask whether the same change had hit any other sale that week.", "e-", "risk_awareness", hard="negated")
n.s("When I pointed that out, she said 'good shout' and added checking the earlier sales to her list.", "e+", "learning")
n.s("Asked how she'd stop it happening again, she suggested any change to device rules be tried on a quiet sale first.", "e+", "risk_awareness")
n.s("She also wanted a daily count of blocks per mobile network so a jump would show up before the phones start ringing.", "e+", "metrics")
n.blank()
n.s("Not a word of jargon the whole way through, which I liked.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n057", candidate_id="w51-c33", interviewer_id="w51-i03", req_id="w51-r1",
         round="system_design", submitted_at="2026-04-21", recommendation="lean_hire",
         specificity=1, style=["terse"], topic="system design")
n.s("Dev - sys design", "c"); n.nl()
n.s("Decent design.", "v+", "system_thinking")
n.s("Knows the big data stack.", "v+", "system_thinking", hard="tech_vague")
n.s("Ran out of time before monitoring.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n058", candidate_id="w51-c34", interviewer_id="w51-i05", req_id="w51-r2",
         round="system_design", submitted_at="2025-12-16", recommendation="hire",
         specificity=3, style=["prose", "third_person"], topic="90-day demand forecast")
n.s("Kofi was interviewed on system design for the pricing and demand team.", "c")
n.s("The prompt was a service that forecasts demand for every show in the next 90 days and hands the pricing team numbers each morning.", "c")
n.s("Kofi proposed a nightly batch job with one gradient boosted model across all shows, using past sales, artist popularity and venue size.", "e0", "system_thinking")
n.s("He made the thoughtful point that one global model would do poorly on small club shows and suggested a separate model for venues under 1,000.", "e+", "ml_fundamentals")
n.s("When asked about retraining, he said weekly, then noted that tour announcements move demand faster than that and added a same-day refresh for newly announced shows.", "e+", "judgment")
n.s("He chose a single error figure averaged over all shows as the headline metric and said that if it improved the pricing team would make more money, which the interviewer found admirably simple.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("He did not say what happens if the nightly job fails and the pricing team gets no forecast in the morning.", "e-", "risk_awareness", hard="negated")
n.s("Asked how the pricing team would use the forecast, Kofi suggested sitting with them to see which numbers they actually look at.", "e+", "user_impact")
n.s("He put the feature computation inside the request path of the pricing dashboard without estimating how slow it would be.", "e-", "system_thinking")
n.s("Kofi is a great communicator with a strong product sense.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n059", candidate_id="w51-c35", interviewer_id="w51-i06", req_id="w51-r2",
         round="fundamentals", submitted_at="2026-06-09", recommendation="lean_no_hire",
         specificity=2, style=["lowercase", "terse", "arrows", "quotes"], topic="elasticity")
n.s("mina / fundamentals / pricing", "c"); n.nl()
n.s("shaky on elasticity", "v-", "ml_fundamentals"); n.nl()
n.s("said log-transforming price 'fixes' seasonality", "e-", "ml_fundamentals"); n.nl()
n.s("after hint re holidays -> added holiday flags, fine", "e+", "learning"); n.nl()
n.s("weak on eval", "v-", "metrics"); n.nl()
n.s("ok comms", "v0", "communication"); n.nl()
n.s("didn't own her past project, kept saying 'we'", "v-", "ownership"); n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w51-n060", candidate_id="w51-c36", interviewer_id="w51-i04", req_id="w51-r1",
         round="coding", submitted_at="2025-03-04", recommendation="hire",
         specificity=3, style=["bullets", "headings", "terse", "quotes"], topic="shared card groups")
n.h("Coding - Alex K (r1)")
n.b("Problem: given purchases (account, event, seats), find groups of accounts that share a payment card and together bought more than 8 seats for one event.", "c")
n.b("Clarified limits: YES, asked whether the 8-seat limit is per event or per show date.", "e+", "judgment", hard="question")
n.b("Approach: YES, union-find over accounts linked by shared cards.", "e+", "coding")
n.b("Working code: YES, with one path-compression bug that they found by running a three-account example.", "e+", "coding")
n.b("Tests: PARTIAL, no test for a card used by only one account.", "e-", "coding")
n.b("Scale: NO estimate of how many accounts or cards, assumed it fits in memory.", "e-", "system_thinking", hard="negated")
n.b("Families sharing a card: YES, asked whether a family of six buying together would be flagged and suggested a higher limit for verified households.", "e+", "user_impact")
n.b("Metric for the flag: NO, when I asked how we'd know the groups were really scalpers, they said 'the code finds them so they are'.", "e-", "metrics")
n.b("Communication: good.", "v+", "communication")
n.b("Ownership: not assessed in this round.", "c")
n.b("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w51_notes_part5.jsonl", notes)
