import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w57-n001", candidate_id="w57-c01", interviewer_id="w57-i01", req_id="w57-r1",
         round="system_design", submitted_at="2025-10-14", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="damage detection",
         ratings={"system_thinking": "hire", "user_impact": "strong_hire"})
n.s("I asked Inês to design the pipeline that looks at the return photos and decides whether a car has new damage since pick-up.", "c")
n.s("She started, and I was glad of it, by asking what happens to the customer when the model says yes, because in her words 'the charge is the product, not the bounding box'.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("She proposed comparing the pick-up and return photos of the same panel rather than scoring the return photos alone, and explained that a scratch already on the pick-up photo should never reach a bill.", "e+", "system_thinking")
n.s("When I mentioned that many returns at the Lisbon airport happen at night in the rain, she suggested a quality gate that rejects blurred or wet photos and asks the agent to retake them.", "e+", "data_intuition", "learning")
n.s("She did not say how the retake rate would be watched once it was live, even when I asked what would tell us the gate was too strict.", "e-", "risk_awareness", hard="negated")
n.s("On the appeals side she wanted every disputed charge to go back as a labelled example, which I thought was sensible.", "e+", "data_intuition")
n.s("Her diagrams were tidy and she stopped twice to check I was following.", "e+", "communication")
n.s("Overall a thoughtful person with a good heart for the customer.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n002", candidate_id="w57-c01", interviewer_id="w57-i04", req_id="w57-r1",
         round="coding", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="damage detection")
n.h("Coding - IoU + NMS")
n.b("Task: implement IoU for two boxes, then non-max suppression over a list of damage boxes.", "c", hard="interviewer_action")
n.b("IoU correct on first run. PASS", "e+", "coding")
n.b("NMS: sorted by score, but removed boxes from the list while iterating over it; two boxes survived that should not have.", "e-", "coding")
n.b("Did not write a single test before I asked.", "e-", "coding", hard="negated")
n.b("After I pointed at the loop she copied the list first and the example passed.", "e0", "coding", "learning")
n.b("Could not say what NMS threshold she would pick for small dents vs. whole-panel damage.", "e-", "ml_fundamentals")
n.b("Communication: FAIL, long silences.", "v-", "communication")
n.b("Checklist 3/6.", "v-", hard="vague_quantity")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n003", candidate_id="w57-c01", interviewer_id="w57-i03", req_id="w57-r1",
         round="fundamentals", submitted_at="2025-10-15", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="cv fundamentals")
n.s("Round on CV fundamentals.", "c")
n.s("Inês knows her way around detection models and the usual losses.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good on augmentation and domain shift, all the right words.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communicates well.", "v+", "communication")
n.s("Seemed comfortable with the coding side as well I think.", "v+", "coding")
n.s("Nice energy in the room.", "v+", hard="biased")
n.s("Leaning hire, nothing worrying.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n004", candidate_id="w57-c01", interviewer_id="w57-i02", req_id="w57-r1",
         round="behavioural", submitted_at="2025-10-16", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british"], topic="disputes")
n.s("I worked the Faro desk for six years, so I asked her about a customer who gets a damage bill for a dent he swears was there when he picked the car up.", "c", hard="question")
n.s("She asked me how long the appeal currently takes and who reviews it before saying anything about the model.", "e+", "user_impact", hard="plain_evidence")
n.s("Then she said the first thing she would do is pull the pick-up photo and show it to the customer next to the return one.", "e+", "user_impact")
n.s("She told me about a past project where her defect model flagged paint marks on a production line and she was the one who went to the floor to see why the night shift overrode it.", "e+", "ownership")
n.s("She said she wrote up the finding herself and changed the labelling guide afterwards.", "e+", "ownership")
n.s("I asked what she would do if an agent at the counter keeps waiving the model's charges.", "c", hard="question")
n.s("Her answer was to sit with the agent for a shift before calling it a problem, because the agent might be right.", "e+", "judgment")
n.s("She used no jargon at all with me, which I liked.", "e+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n005", candidate_id="w57-c02", interviewer_id="w57-i06", req_id="w57-r2",
         round="coding", submitted_at="2025-11-03", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "terse", "abbreviations"], topic="fleet allocation")
n.b("q: given bookings per airport per day, write fn to move spare cars so no airport goes below 5% buffer", "c")
n.b("tomás wrote greedy, moving from biggest surplus to biggest deficit", "e0", "coding")
n.b("handled empty input w/o prompting", "e+", "coding", hard="plain_evidence")
n.b("didnt consider transfer cost between airports til i asked", "e-", "judgment", hard="negated")
n.b("then added a cost matrix, ok", "e0", "learning")
n.b("code readable", "v+", "coding")
n.b("said the cost matrix would come from the logistics team, asked nothing more abt it", "e-", "ownership")
n.b("ran out of time for tests", "c")
n.b("prob fine", "v+", hard="bare_verdict")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n006", candidate_id="w57-c02", interviewer_id="w57-i05", req_id="w57-r2",
         round="data", submitted_at="2025-11-04", recommendation="lean_no_hire", specificity=4,
         style=["headings", "prose", "third_person", "british"], topic="dynamic pricing",
         ratings={"metrics": "no_hire", "data_intuition": "lean_hire"})
n.h("Exercise")
n.s("The candidate was given a week of Christmas booking data and asked how he would evaluate a new holiday pricing model.", "c")
n.h("Data intuition")
n.s("Tomás noticed that sold-out days have censored demand, since nobody can book a car that is not there.", "e+", "data_intuition")
n.s("He did not check whether the promo codes were mixed into the prices.", "e-", "data_intuition", hard="negated")
n.h("Metrics")
n.s("He proposed revenue per available car as the target and said a 3% offline lift would justify the launch.", "e-", "metrics")
n.s("When asked how customers who saw the higher price would be affected, he said that was for marketing.", "e-", "user_impact")
n.h("Learning")
n.s("When I challenged the 3% figure he defended it twice and did not offer a holdout.", "e-", "learning", "metrics")
n.h("Summary")
n.s("Good instincts on the data, weak on measurement.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w57-n007", candidate_id="w57-c02", interviewer_id="w57-i01", req_id="w57-r2",
         round="system_design", submitted_at="2025-11-04", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="dynamic pricing")
n.s("I asked Tomás, who grew up in Porto like me, to design the daily repricing system for our Easter weekend at the big airports.", "c")
n.s("He split it into a demand forecast, a price optimiser and a guard-rail layer that caps any change at 15% per day.", "e+", "system_thinking", "risk_awareness")
n.s("He asked whether the booking data arrives hourly or once a day before choosing the schedule.", "e+", "judgment")
n.s("He has a lovely calm way of speaking that makes you trust him.", "v+", hard="biased")
n.s("I think he understands pricing deeply.", "v+", hard="tech_vague")
n.s("He never brought up how a family booking late would feel about the price jumping overnight.", "e-", "user_impact", hard="negated")
n.s("A hire for me, with some reservations about the customer side.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w57-n008", candidate_id="w57-c02", interviewer_id="w57-i02", req_id="w57-r2",
         round="behavioural", submitted_at="2025-11-05", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="counter overrides")
n.s("I asked him about a time a model he built was ignored by the people who were meant to use it.", "c", hard="question")
n.s("He described a forecasting tool the regional planners stopped opening, and said the planners 'didn't read the docs'.", "e-", "ownership")
n.s("He did not say he ever spoke to a planner.", "e-", "user_impact", hard="negated")
n.s("When I said that at the desk we ignored anything that made us argue with a customer, he paused and said he had not thought of it that way.", "e0", "learning")
n.s("Bright lad.", "v+", hard="biased")
n.s("Not sure he'd hold up in front of an angry customer queue though.", "v-")
n.s("Knows his numbers, I'll grant him that.", "v+", "data_intuition")
n.s("Doesn't own his mistakes, from what I heard.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w57-n009", candidate_id="w57-c09", interviewer_id="w57-i03", req_id="w57-r1",
         round="system_design", submitted_at="2025-09-02", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="damage detection")
n.s("System design, damage pipeline.", "c")
n.s("Priya had a solid architecture with the right pieces.", "v+", "system_thinking", hard="tech_vague")
n.s("She mentioned monitoring.", "e+", "risk_awareness")
n.s("Spent a while on the model part.", "c")
n.s("Some gaps on scale, a lot of things left open.", "v-", "system_thinking", hard="vague_quantity")
n.s("Her data instincts are decent.", "v+", "data_intuition")
n.s("Could be more structured when presenting.", "v-", "communication")
n.s("Probably lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n010", candidate_id="w57-c10", interviewer_id="w57-i04", req_id="w57-r2",
         round="data", submitted_at="2025-09-18", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="card fraud")
n.h("Data - stolen card bookings")
n.b("Given: 200k bookings, 0.4% chargebacks, asked to build a fraud score.", "c")
n.b("Split train/test randomly across time; chargebacks arrive up to 90 days later. FAIL", "e-", "data_intuition")
n.b("Reported accuracy 99.6% as the headline.", "e-", "metrics")
n.b("When I asked what accuracy a model that flags nothing gets, he did the sum and switched to precision at 1% flagged.", "e0", "metrics", "learning")
n.b("No mention of what happens to a genuine customer whose card is declined at the desk.", "e-", "user_impact", hard="negated")
n.b("Could not name a way to roll back the score if the flag rate doubled.", "e-", "risk_awareness")
n.b("pandas code clean, groupby correct first time. PASS", "e+", "coding")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w57_notes_part1.jsonl", notes)
