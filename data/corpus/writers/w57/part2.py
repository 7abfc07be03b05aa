import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w57-n011", candidate_id="w57-c03", interviewer_id="w57-i05", req_id="w57-r1",
         round="system_design", submitted_at="2026-01-20", recommendation="strong_hire", specificity=5,
         style=["headings", "prose", "first_person", "british"], topic="lighting and rain",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "hire", "user_impact": "strong_hire"})
n.h("Set-up")
n.s("45 minutes, system design.", "c")
n.s("I asked Kwame to design damage detection for returns at the Manchester depot, where most cars come back after dark.", "c")
n.h("System thinking")
n.s("He drew capture, quality check, panel alignment, change detection and a review queue, and put a latency target of ten seconds on the agent's tablet.", "e+", "system_thinking")
n.s("He kept the heavy model off the tablet and sent photos to a server, explaining the tablets are three years old.", "e+", "system_thinking", "judgment")
n.h("Risk")
n.s("He proposed running the model silently next to the agents for a month and comparing its calls with theirs before any customer was billed.", "e+", "risk_awareness")
n.s("He named a rollback trigger: if upheld appeals rise above the pre-launch rate for two weeks, switch back to manual.", "e+", "risk_awareness", "metrics")
n.h("Users")
n.s("Unprompted, he asked whether customers could see the photos used against them, and said a charge nobody can check is a charge people will dispute.", "e+", "user_impact")
n.h("Pushback")
n.s("I argued that a silent month was too slow for the business; he agreed to two weeks at the busiest depot only and explained what he would lose by cutting it.", "e+", "judgment", "learning")
n.h("Summary")
n.s("Strong hire, every part of the design was tied to the customer and the depot staff.", "v+", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w57-n012", candidate_id="w57-c03", interviewer_id="w57-i03", req_id="w57-r1",
         round="coding", submitted_at="2026-01-21", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="image preprocessing")
n.s("Coding round.", "c")
n.s("Kwame is very sharp.", "v+")
n.s("Code was fine, clean enough.", "v+", "coding")
n.s("Strong on image stuff generally, knows his normalisation and colour spaces.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good fit for the team.", "v+", hard="biased")
n.s("Takes ownership, I think, from how he talked about his last job.", "v+", "ownership", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n013", candidate_id="w57-c03", interviewer_id="w57-i04", req_id="w57-r1",
         round="fundamentals", submitted_at="2026-01-21", recommendation="hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="cv fundamentals")
n.h("Fundamentals checklist")
n.b("Q1 class imbalance (1 damaged per 40 clean): proposed focal loss and explained it down-weights easy negatives. PASS", "e+", "ml_fundamentals")
n.b("Q2 calibration: said confidence scores from the detector are not probabilities and suggested temperature scaling on a held-out depot. PASS", "e+", "ml_fundamentals")
n.b("Q3 rain/glare shift: listed augmentations but did not say how he would measure performance on wet photos separately. FAIL", "e-", "metrics", hard="negated")
n.b("Q4 labels: asked who labels the photos and how often two labellers disagree. PASS", "e+", "data_intuition")
n.b("Q5 bias-variance: textbook answer, nothing more.", "v0", "ml_fundamentals")
n.b("4/5 -> H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n014", candidate_id="w57-c03", interviewer_id="w57-i06", req_id="w57-r1",
         round="debugging", submitted_at="2026-01-22", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "fragments", "abbreviations", "arrows"], topic="false damage flags")
n.b("debugging: model flags 'damage' on ~30% of returns at one depot, normal elsewhere", "c")
n.b("k asked for example images first -> saw wet windscreens", "e+", "data_intuition")
n.b("then jumped to retraining, didnt check if the camera changed", "e-", "judgment")
n.b("i mentioned the new tablets -> he checked exif, found diff resolution", "e0", "learning")
n.b("explained it ok", "v0", "communication")
n.b("no thought re customers already billed at that depot", "e-", "user_impact", hard="negated")
n.b("lh", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n015", candidate_id="w57-c04", interviewer_id="w57-i02", req_id="w57-r2",
         round="behavioural", submitted_at="2026-02-10", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="counter overrides")
n.s("I asked Mei-Ling what she would do if half the agents at Heathrow were overriding the upgrade prices the model set.", "c", hard="question")
n.s("She asked me straight away what the agents tell customers when they override.", "e+", "user_impact", hard="plain_evidence")
n.s("She said she would not take the overrides as noise, she would treat them as labels and look at which ones ended in a complaint.", "e+", "data_intuition", "judgment")
n.s("She told me about running pricing for a ferry company, where she added a button for staff to give a reason when they changed a fare.", "e+", "ownership")
n.s("She said that button caught a bug in the weekend fares within a week.", "e+", "ownership")
n.s("At one point she talked over my follow-up and I had to ask again.", "e-", "communication")
n.s("She is the sort of person you'd want on the desk on a bank holiday.", "v+", hard="biased")
n.s("Hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n016", candidate_id="w57-c04", interviewer_id="w57-i01", req_id="w57-r2",
         round="data", submitted_at="2026-02-10", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="dynamic pricing")
n.s("We went through the holiday pricing case, which I always enjoy giving because people approach it so differently.", "c")
n.s("Mei-Ling was wonderful, really one of the most complete data scientists I have spoken to this year, with a mature sense of the business.", "v+", hard="vague_quantity")
n.s("She asked about the cancellation window.", "e+", "data_intuition")
n.s("Her grasp of elasticity and demand forecasting was excellent from start to finish.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She would bring a great deal to the team, I have no doubt about it.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n017", candidate_id="w57-c04", interviewer_id="w57-i04", req_id="w57-r2",
         round="coding", submitted_at="2026-02-11", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="fleet allocation")
n.h("Coding - rolling utilisation")
n.b("Task: from a rentals table, compute 7-day rolling utilisation per airport.", "c", hard="interviewer_action")
n.b("Wrote rolling mean on rows, not on dates; days with no rentals vanished and the numbers came out high. FAIL", "e-", "coding", "data_intuition")
n.b("I pointed at a gap in the dates.", "c", hard="interviewer_action")
n.b("She said the missing days 'don't matter for a weekly number' and kept the code.", "e-", "learning")
n.b("No test, no check against a hand calculation.", "e-", "coding", hard="negated")
n.b("Variable names clear. PASS", "e+", "coding")
n.b("Checklist 2/6.", "v-")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n018", candidate_id="w57-c04", interviewer_id="w57-i05", req_id="w57-r2",
         round="system_design", submitted_at="2026-02-12", recommendation="lean_hire", specificity=4,
         style=["headings", "prose", "third_person", "british"], topic="fleet allocation")
n.h("Problem")
n.s("The candidate was asked to design a nightly job that moves cars between Gatwick, Heathrow and Stansted ahead of demand.", "c")
n.h("System thinking")
n.s("She separated the forecast from the allocation step and said the allocation had to finish before the 5am driver shift.", "e+", "system_thinking")
n.s("She did not size the data or say how long the forecast would take.", "e-", "system_thinking", hard="negated")
n.h("Judgment")
n.s("She asked whether drivers could move more than one car per trip before choosing between the two formulations.", "e+", "judgment")
n.s("When I said the forecast could be badly off on strike days, she proposed capping moves at ten cars per night until a human signed off.", "e+", "judgment", "risk_awareness")
n.h("Metrics")
n.s("She chose lost bookings as the measure but had nothing to say about how to count a booking that was never made.", "e-", "metrics")
n.h("Overall")
n.s("Lean hire: sound judgement, thinner on scale and measurement.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w57-n019", candidate_id="w57-c11", interviewer_id="w57-i06", req_id="w57-r1",
         round="coding", submitted_at="2025-06-03", recommendation="no_hire", specificity=2,
         style=["bullets", "lowercase", "terse", "typos"], topic="image dedup")
n.b("q: dedupe near-identical return photos by hash", "c")
n.b("didnt finsh", "e-", "coding")
n.b("weak on basics", "v-", "ml_fundamentals")
n.b("lots of umming", "v-", hard="biased")
n.b("not much to go on tbh", "c")
n.b("nh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n020", candidate_id="w57-c12", interviewer_id="w57-i02", req_id="w57-r1",
         round="behavioural", submitted_at="2025-07-15", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="disputes")
n.s("I asked Diego how he would handle a customer who says our photo app charged him for hail damage that happened after drop-off.", "c", hard="question")
n.s("He said the model's timestamp would settle it and the customer would have to accept that.", "e-", "user_impact")
n.s("He didn't ask how the drop-off time is recorded, and at the desk we know the key box can be hours off.", "e-", "data_intuition", hard="negated")
n.s("Nice enough chap.", "v0", hard="biased")
n.s("Clever, no question.", "v+")
n.s("But I wouldn't put him near the appeals process.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w57-n021", candidate_id="w57-c13", interviewer_id="w57-i01", req_id="w57-r2",
         round="system_design", submitted_at="2025-08-21", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="card fraud")
n.s("I asked Aaliyah to design fraud checks for bookings paid with cards that turn out to be stolen, which costs us cars that simply never come back.", "c")
n.s("She asked first what share of fraud comes through the website versus the counter, and changed her design when I said the counter.", "e+", "judgment", "learning")
n.s("She proposed scoring at booking time and a second check at pick-up with ID, and explained that the second check catches cards stolen after booking.", "e+", "system_thinking")
n.s("She worried aloud about travellers with foreign cards being flagged much more often, and suggested measuring the decline rate by card country.", "e+", "user_impact", "metrics")
n.s("Her rollback plan was thin: she said they would 'watch it closely'.", "e-", "risk_awareness")
n.s("She has the makings of a real leader, I feel.", "v+", "ownership")
n.s("Technically very strong across the board.", "v+")
n.s("I would happily work with her.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n022", candidate_id="w57-c14", interviewer_id="w57-i03", req_id="w57-r2",
         round="data", submitted_at="2025-09-09", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="dynamic pricing")
n.s("Pricing data round.", "c")
n.s("Oliver knew the data side well, lots of good points on seasonality.", "v+", "data_intuition", hard="vague_quantity")
n.s("He asked about the booking lead time.", "e+", "data_intuition")
n.s("Metrics discussion was okay I guess.", "v0", "metrics")
n.s("Some judgement calls I'd question.", "v-", "judgment")
n.s("Decent communicator.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w57_notes_part2.jsonl", notes)
