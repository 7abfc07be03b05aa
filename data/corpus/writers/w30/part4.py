import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w30-n037", candidate_id="w30-c13", interviewer_id="w30-i07", req_id="w30-r2",
         round="coding", submitted_at="2024-10-08", recommendation="hire",
         specificity=1, style=["bullets", "lowercase", "terse", "abbreviations"], topic="driver routes")
n.b("coding w/ dmitri", "c")
n.b("solid", "v+", hard="bare_verdict")
n.b("fast, knows graphs + dijkstra cold", "v+", "coding", hard="tech_vague")
n.b("comms fine", "v+", "communication")
n.b("would work w/ him", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n038", candidate_id="w30-c14", interviewer_id="w30-i03", req_id="w30-r1",
         round="system_design", submitted_at="2024-10-22", recommendation="lean_no_hire",
         specificity=1, style=["prose", "third_person"], topic="capacity planning")
n.s("Design interview with Hannah on depot capacity planning.", "c")
n.s("Not quite there on the system side.", "v-", "system_thinking")
n.s("Understood streaming versus batch in principle but the architecture felt thin.", "v-", "system_thinking", hard="tech_vague")
n.s("A few gaps around monitoring.", "v-", "risk_awareness", hard="vague_quantity")
n.s("Pleasant to talk to.", "v+", hard="biased")
n.s("Might do better at a more junior level.", "v-", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n039", candidate_id="w30-c15", interviewer_id="w30-i05", req_id="w30-r2",
         round="behavioural", submitted_at="2024-11-05", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person", "british"], topic="ownership")
n.s("Oh, I really liked Oluwaseun.", "v+")
n.s("Such a warm, thoughtful person and a great listener.", "v+", "communication")
n.s("He clearly cares about the people who use what he builds.", "v+", "user_impact")
n.s("Takes ownership, you can just tell.", "v+", "ownership")
n.s("Loads of experience leading projects.", "v+", "ownership", hard="vague_quantity")
n.s("Would be a brilliant culture fit for the Warsaw office.", "v+", hard="biased")
n.s("Great chat!", "v+")
n.s("Strong hire from me, easily.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n040", candidate_id="w30-c16", interviewer_id="w30-i01", req_id="w30-r2",
         round="system_design", submitted_at="2024-11-19", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "fragments", "british"], topic="delivery ETA")
n.s("System design, ETA for same-day parcels.", "c")
n.s("Candidate Yuki has good overall picture of system.", "v+", "system_thinking")
n.s("Knows feature stores and online serving well.", "v+", "system_thinking", hard="tech_vague")
n.s("Asked about latency budget of app.", "e+", "judgment", hard="question")
n.s("Metrics part weaker, not much depth.", "v-", "metrics")
n.s("Risk part not covered, we ran out of time.", "c")
n.s("Communication good.", "v+", "communication")
n.s("Some doubts about seniority.", "v-")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n041", candidate_id="w30-c17", interviewer_id="w30-i06", req_id="w30-r1",
         round="coding", submitted_at="2024-12-09", recommendation="lean_hire",
         specificity=2, style=["headings", "prose", "third_person", "british"], topic="warehouse slotting")
n.h("Exercise")
n.s("Rafael was asked to implement a bin-assignment function for fast-moving SKUs.", "c")
n.h("Coding")
n.s("Competent Python, reasonable structure.", "v+", "coding")
n.s("He wrote a test for the case where there are more SKUs than bins.", "e+", "coding")
n.h("Communication")
n.s("Explained his approach adequately.", "v0", "communication")
n.h("Judgement")
n.s("Seemed comfortable with trade-offs.", "v+", "judgment", hard="hedged")
n.h("Overall")
n.s("Correct as far as it goes.", "v0", "coding")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n042", candidate_id="w30-c18", interviewer_id="w30-i04", req_id="w30-r2",
         round="debugging", submitted_at="2025-01-14", recommendation="no_hire",
         specificity=2, style=["prose", "first_person", "british"], topic="optimiser fallback")
n.s("Debugging round with Aoife on the route optimiser timeout.", "c")
n.s("I didn't get the sense she'd ever had to fix something under pressure.", "v-", "coding")
n.s("She got lost in the logs.", "v-", "coding")
n.s("She asked me what a depot does when routes are late, which was a fair question.", "e+", "user_impact", hard="question")
n.s("Not practical enough for this team.", "v-")
n.s("Didn't come across as someone who'd take charge in a crisis.", "v-", "ownership")
n.s("A bit nervous maybe.", "v-", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n043", candidate_id="w30-c19", interviewer_id="w30-i03", req_id="w30-r1",
         round="data", submitted_at="2025-02-24", recommendation="lean_no_hire",
         specificity=2, style=["prose", "third_person"], topic="scanner label noise")
n.s("Data round with Bilal.", "c")
n.s("Dataset: scanner events with some mislabelled parcel types.", "c")
n.s("He had some understanding of label noise.", "v0", "data_intuition", hard="tech_vague")
n.s("He didn't look at the mislabelled rows at all.", "e-", "data_intuition", hard="negated")
n.s("Metrics discussion was OK.", "v0", "metrics")
n.s("Felt a bit passive overall.", "v-", "ownership")
n.s("Good English.", "v+", hard="biased")
n.s("Lean no hire, not convinced.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n044", candidate_id="w30-c20", interviewer_id="w30-i07", req_id="w30-r2",
         round="system_design", submitted_at="2025-03-10", recommendation="no_hire",
         specificity=3, style=["bullets", "lowercase", "terse", "abbreviations", "arrows", "typos"], topic="driver routes")
n.b("sys design: re-routing vans live when a driver calls in sick", "c")
n.b("mei put the optimiser call inside the driver app request -> no idea how long it takes", "e-", "system_thinking")
n.b("asked how long a full solve takes, she said \"a few seconds\", actual is ~10 min for a big depot", "e-", "system_thinking")
n.b("didnt split the depot into zones or re-solve only the affected routes", "e-", "system_thinking", hard="negated")
n.b("no fallback if solver doesnt return", "e-", "risk_awareness", hard="negated")
n.b("did think about the customers on the sick drivers route getting a new eta text, nice", "e+", "user_impact")
n.b("weak on scale generaly", "v-", "system_thinking")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n045", candidate_id="w30-c21", interviewer_id="w30-i01", req_id="w30-r1",
         round="debugging", submitted_at="2025-04-07", recommendation="hire",
         specificity=3, style=["prose", "third_person", "fragments", "british"], topic="peak volume forecasting")
n.s("Debugging, forecast for Christmas week twice too high.", "c")
n.s("Lars checked holiday calendar first and found Boxing Day coded as working day in one country.", "e+", "data_intuition", "coding")
n.s("Fixed it and re-ran, forecast still 30% high.", "e0", "coding")
n.s("Then found lag feature computed with wrong shift, 7 instead of 364 for yearly lag.", "e+", "coding")
n.s("Good debugger, systematic.", "v+", "coding")
n.s("Did not think about what planners would have done with wrong forecast if it had shipped.", "e-", "user_impact", hard="negated")
n.s("Explanation at end was a bit messy.", "v-", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n046", candidate_id="w30-c22", interviewer_id="w30-i04", req_id="w30-r1",
         round="coding", submitted_at="2025-05-12", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="warehouse slotting")
n.s("I had Fatima write code to pick which aisle a new product goes in, based on how often it's picked and how heavy it is.", "c")
n.s("She asked whether heavy items should stay low so pickers don't lift them over their heads.", "e+", "user_impact", hard="plain_evidence")
n.s("I told her yes, that's how we did it on the floor.", "c")
n.s("Her code worked for the examples I gave her.", "e+", "coding")
n.s("When I gave her an item heavier than any shelf allows, the function crashed and she hadn't thought about it.", "e-", "coding")
n.s("She fixed it by returning a 'needs manual placement' flag, which is exactly what a depot would want.", "e+", "judgment", "user_impact")
n.s("She talked a lot while coding, which made it hard to follow at times.", "v-", "communication")
n.s("Decent, not outstanding.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n047", candidate_id="w30-c23", interviewer_id="w30-i06", req_id="w30-r2",
         round="system_design", submitted_at="2025-06-02", recommendation="hire",
         specificity=4, style=["headings", "prose", "third_person", "british"], topic="late-delivery compensation",
         ratings={"system_thinking": "hire", "metrics": "hire", "user_impact": "strong_hire", "risk_awareness": "lean_hire"})
n.h("Question")
n.s("Design a model that decides which late deliveries get automatic compensation vouchers.", "c")
n.h("System thinking")
n.s("Alex proposed computing lateness from the final delivery scan versus the promised window, and scoring once a day rather than in real time, since vouchers go out by email in the evening.", "e+", "system_thinking")
n.s("They kept the voucher rule simple and put the ML part only in predicting which late deliveries lead to a complaint.", "e+", "system_thinking", "judgment")
n.h("Data intuition")
n.s("Asked whether the final scan is reliable, and when I said drivers sometimes scan at the van rather than the door, proposed using GPS distance to the address as a check.", "e+", "data_intuition")
n.h("Metrics")
n.s("Suggested tracking complaint rate among customers who got no voucher, not just the voucher cost.", "e+", "metrics")
n.s("Did not separate offline accuracy from what would happen in a live trial.", "e-", "metrics", hard="negated")
n.h("User impact")
n.s("Asked whether customers in areas with worse GPS coverage would be under-compensated, and proposed checking voucher rates by postcode band.", "e+", "user_impact", "data_intuition")
n.s("Raised that customers who don't complain, often older ones, would miss out if the model only learned from complaints.", "e+", "user_impact")
n.h("Risk")
n.s("Mentioned a cap on daily voucher spend but said nothing about what to do if the scan feed goes down.", "e0", "risk_awareness", hard="mixed")
n.h("Overall")
n.s("Hire; the fairness thinking was the best I've seen on this question.", "v+", "user_impact")
notes.append(n)

n = Note(note_id="w30-n048", candidate_id="w30-c24", interviewer_id="w30-i02", req_id="w30-r2",
         round="coding", submitted_at="2025-07-21", recommendation="strong_hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="delivery ETA",
         ratings={"coding": "strong_hire", "communication": "hire", "learning": "hire"})
n.s("Coding, 60 min, candidate Siddharth.", "c")
n.s("Task: stream of GPS pings per van; keep a rolling estimate of minutes to each remaining stop.", "c")
n.nl()
n.b("Asked how out-of-order pings should be handled before writing code, and whether the customer app polls or gets pushed updates.", "e+", "judgment", "user_impact", marker="1. ")
n.b("Kept the last ping per van in a dict and discarded older timestamps, with a comment explaining why.", "e+", "coding", marker="2. ")
n.b("Used an exponentially weighted speed estimate and said the weight should be tuned on held-out days, not chosen by eye.", "e+", "ml_fundamentals", "coding", marker="3. ")
n.b("Wrote five tests including a van standing still for 20 minutes, which exposed a division by zero in his own speed code; he fixed it with a minimum speed floor.", "e+", "coding", marker="4. ")
n.b("I challenged the floor as arbitrary; he agreed, replaced it with the depot's median urban speed and said why that was safer for the first ping of the day.", "e+", "learning", marker="5. ")
n.b("Narrated each decision briefly and paused twice to check I agreed with the interface.", "e+", "communication", marker="6. ")
n.b("Did not consider memory for 10,000 vans until I asked; then estimated about 1 MB and said it was fine, which is correct.", "e0", "system_thinking", hard="mixed", marker="7. ")
n.b("Asked what the app shows when the estimate jumps by more than 15 minutes, and suggested smoothing what the customer sees.", "e+", "user_impact", marker="8. ")
n.nl()
n.s("Strong hire: findings 2 to 5 show tested, careful code, and finding 5 shows he takes challenge well.", "e+", "coding", hard="verdict_plus_evidence")
notes.append(n)

save_notes("data/corpus/raw/w30_notes_part4.jsonl", notes)
print(len(notes), "notes")
