import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w55-n001", candidate_id="w55-c01", interviewer_id="w55-i01", req_id="w55-r1",
         round="debugging", submitted_at="2025-10-14", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="charger faults")
n.s("Debugging round, 50 minutes.", "c")
n.s("I gave Amara a log dump from a charger that reboots every night at 02:10.", "c", hard="interviewer_action")
n.s("She asked first if the reboot time was in local time or UTC.", "e+", "data_intuition", hard="plain_evidence")
n.s("Then she lined up the reboots with the firmware update window and found they matched.", "e+", "data_intuition")
n.s("She did not jump to blame the firmware team.", "e+", "ownership", hard="negated")
n.s("She said she would first roll back one site and watch it for three nights.", "e+", "risk_awareness", "judgment")
n.s("I asked what drivers see when the charger reboots mid-session.", "c", hard="question")
n.s("She said a driver can lose the session and be charged for energy not delivered, so she wanted the billing checked also.", "e+", "user_impact")
n.s("Her parser code had one bug with empty lines.", "e-", "coding")
n.s("She found it herself when she ran the example.", "e+", "coding")
n.s("Good candidate.", "v+", hard="bare_verdict")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n002", candidate_id="w55-c01", interviewer_id="w55-i02", req_id="w55-r1",
         round="data", submitted_at="2025-10-14", recommendation="hire", specificity=3,
         style=["bullets", "fragments", "abbreviations", "lowercase"], topic="technician dispatch")
n.h("data round - dispatch data")
n.b("gave her 6 months of tech visit tickets, asked which chargers to send techs to first", "c", hard="interviewer_action")
n.b("asked how many tickets closed as 'no fault found'", "e+", "data_intuition", hard="plain_evidence")
n.b("knows her stuff on data cleaning", "v+", "data_intuition", hard="tech_vague")
n.b("wanted to rank by drivers affected not by fault count -> sites on motorway first", "e+", "user_impact", "judgment")
n.b("didnt ask about van travel time between sites, had to bring it up myself", "e-", "judgment", hard="negated")
n.b("once i mentioned it she added drive time as a cost and re-ranked", "e+", "learning")
n.b("bit quiet at start", "v-", hard="biased")
n.b("would work w/ her on a shift, LH->H", "v+", hard="bare_verdict")
n.b("prob fine", "v+")
notes.append(n)

n = Note(note_id="w55-n003", candidate_id="w55-c01", interviewer_id="w55-i04", req_id="w55-r1",
         round="system_design", submitted_at="2025-10-15", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="fault prediction",
         ratings={"risk_awareness": "lean_no_hire", "system_thinking": "lean_hire"})
n.h("Exercise: fault prediction service for 4,000 chargers.")
n.b("System: 3/4 - split the design into an edge log shipper, a nightly batch scorer and a dispatch queue, and sized the log volume at about 2 GB a day.", "e+", "system_thinking")
n.b("Metrics: 2/4 - picked recall on known faults as the only target.", "e-", "metrics")
n.b("When asked what a false alarm costs, she said 'a technician drive, nothing more'.", "e-", "metrics", "judgment")
n.b("Risk: 1/4 - no plan for the scorer pushing a bad firmware flag to every site at once.", "e-", "risk_awareness", hard="negated")
n.b("When challenged on this she said the ops team would catch it.", "e-", "ownership", "learning")
n.b("Users: 2/4 - drivers mentioned once, as 'uptime'.", "e-", "user_impact")
n.b("Communication: 3/4 - clear whiteboard, labelled arrows.", "e+", "communication")
n.b("Overall: strong builder, weak on failure modes.", "v0", hard="mixed")
n.b("LNH at this level.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n004", candidate_id="w55-c01", interviewer_id="w55-i05", req_id="w55-r1",
         round="behavioural", submitted_at="2025-10-16", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="ownership")
n.s("What a lovely conversation!", "v+")
n.s("Amara is clearly a natural leader and would be brilliant on the reliability team.", "v+", "ownership")
n.s("I asked about a time something she built broke in production.", "c", hard="question")
n.s("She told me about a pricing job she shipped that double-charged about 300 customers, and said she wrote the apology email and the refund script herself.", "e+", "ownership", "user_impact")
n.s("Loads of experience with streaming systems.", "v+", "system_thinking", hard="vague_quantity")
n.s("Brilliant communicator, really engaging.", "v+", "communication")
n.s("Great energy throughout.", "v+", hard="biased")
n.s("Strong hire, I'd be thrilled to have her.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n005", candidate_id="w55-c02", interviewer_id="w55-i03", req_id="w55-r2",
         round="data", submitted_at="2025-11-03", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="demand forecast")
n.s("Data round with Kwame.", "c")
n.s("Good feel for the data.", "v+", "data_intuition")
n.s("Very comfortable with time series and seasonality.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communication fine.", "v+", "communication")
n.s("Seemed sensible on pricing stuff.", "v+", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n006", candidate_id="w55-c02", interviewer_id="w55-i06", req_id="w55-r2",
         round="data", submitted_at="2025-11-04", recommendation="lean_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="demand forecast")
n.s("The candidate was asked to forecast weekly sessions for twelve proposed sites with no history.", "c")
n.s("Kwame proposed borrowing from the 40 nearest existing sites, weighted by traffic counts and nearby EV registrations.", "e+", "data_intuition", "ml_fundamentals")
n.s("He noticed that sites opened in December showed a slow start and asked whether winter range loss pushed drivers to home charging.", "e+", "data_intuition")
n.s("He then held out the last six sites opened and reported a mean absolute error of about 18%.", "e+", "metrics")
n.s("He did not, however, check whether the held-out sites were in similar areas to the proposed ones.", "e-", "data_intuition", hard="negated")
n.s("When the interviewer pointed out that eight of the twelve sites are rural, he said the borrowed sites were mostly urban and widened his interval rather than keeping the point estimate.", "e+", "learning", "judgment")
n.s("Asked how the forecast would be used, he said it would decide grid connection sizes, so an under-forecast was the costlier error.", "e+", "judgment", "metrics")
n.s("He did not raise how a wrong forecast might leave drivers queuing.", "e-", "user_impact", hard="negated")
n.s("His explanation to a hypothetical site planner was short and free of jargon.", "v+", "communication")
n.s("On balance a lean hire: the method was sound, but the user side was absent.", "v0", "user_impact", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w55_notes_part1.jsonl", notes)
