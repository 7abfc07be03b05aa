import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w57-n023", candidate_id="w57-c05", interviewer_id="w57-i04", req_id="w57-r1",
         round="coding", submitted_at="2026-03-03", recommendation="hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="damage detection")
n.h("Coding - match damage boxes between pick-up and return")
n.b("Task: given boxes from two photos of the same panel, return boxes that are new at return.", "c", hard="interviewer_action")
n.b("Asked whether the photos are aligned before writing anything. PASS", "e+", "judgment")
n.b("Wrote IoU-based matching with a threshold argument, default 0.3, and said why lower than usual: the two photos are never shot from the same spot.", "e+", "coding", "data_intuition")
n.b("Wrote three tests unprompted: no boxes, identical boxes, one new box. PASS", "e+", "coding")
n.b("First version returned duplicates when one old box overlapped two new ones; he found it himself from the third test.", "e+", "coding")
n.b("Explained complexity as n times m and said n is under 20 per panel so it is fine. PASS", "e+", "communication")
n.b("6/6.", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n024", candidate_id="w57-c05", interviewer_id="w57-i06", req_id="w57-r1",
         round="system_design", submitted_at="2026-03-03", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "lowercase", "fragments", "arrows"], topic="appeals")
n.b("sd: appeals pipeline for disputed damage charges", "c")
n.b("arjun: upload -> model -> auto-reject if score > 0.9", "e-", "user_impact")
n.b("asked him who looks at the rejected ones -> 'nobody, thats the point'", "e-", "user_impact", "risk_awareness")
n.b("no monitoring of overturn rate", "e-", "risk_awareness", hard="negated")
n.b("components fine, queue + store sized roughly", "e0", "system_thinking")
n.b("talks fast, hard to follow", "v-", "communication")
n.b("lnh, too keen to automate customers away", "v-", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w57-n025", candidate_id="w57-c05", interviewer_id="w57-i01", req_id="w57-r1",
         round="behavioural", submitted_at="2026-03-04", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="ownership")
n.s("I asked Arjun to tell me about something that went wrong in a model he had shipped, and what he did about it afterwards.", "c", hard="question")
n.s("He described a licence-plate reader he had built that failed on dirty plates in winter, and said he was the one who noticed the drop from the weekly error sample.", "e+", "ownership", "risk_awareness")
n.s("He said he paused it himself, wrote to the three depot managers affected, and shipped a fix with winter photos two weeks later.", "e+", "ownership")
n.s("When I asked how the drivers who got wrong fines were treated, he admitted he had not followed that up, and said so without excuses.", "e0", "user_impact", hard="mixed")
n.s("He told the story in order, with dates, which made it very easy to follow.", "e+", "communication")
n.s("I came away with the impression of someone who finishes what he starts.", "v+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n026", candidate_id="w57-c05", interviewer_id="w57-i03", req_id="w57-r1",
         round="fundamentals", submitted_at="2026-03-05", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="cv fundamentals")
n.s("Fundamentals, 45 min.", "c")
n.s("Arjun was good on detection and segmentation, covered anchors and feature pyramids.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He said small scratches need higher input resolution.", "e+", "ml_fundamentals")
n.s("Communication clear.", "v+", "communication")
n.s("Decent, I'd say hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n027", candidate_id="w57-c06", interviewer_id="w57-i05", req_id="w57-r2",
         round="data", submitted_at="2026-04-14", recommendation="hire", specificity=4,
         style=["headings", "prose", "third_person", "british"], topic="dynamic pricing",
         ratings={"metrics": "hire", "learning": "strong_hire"})
n.h("Exercise")
n.s("Fatima was shown an A/B test where holiday prices were raised 8% at two airports and bookings fell 2%.", "c")
n.h("Metrics")
n.s("She asked whether the test counted bookings or completed rentals, since cancellations spike at holidays.", "e+", "metrics", "data_intuition")
n.s("She noted that two airports are too few units to randomise over and asked whether the split was by customer instead.", "e+", "metrics")
n.h("Learning")
n.s("I told her the split was by airport; she dropped her confidence interval and said the result could not separate the price from the airports' own trends.", "e+", "learning", "metrics")
n.h("Users")
n.s("She asked whether regular business customers had been shown the higher price as well, because losing them would not show in a one-week test.", "e+", "user_impact")
n.h("Communication")
n.s("Her final summary was a bit long and I had to ask her for the one-line answer.", "e-", "communication")
n.h("Overall")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n028", candidate_id="w57-c06", interviewer_id="w57-i02", req_id="w57-r2",
         round="behavioural", submitted_at="2026-04-14", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="holiday pricing")
n.s("I told Fatima about the Easter when a family at my old desk paid three times the normal price because they booked on the Thursday.", "c", hard="interviewer_action")
n.s("She asked whether we had a cap for people booking under 24 hours ahead for emergencies.", "e+", "user_impact")
n.s("She said she'd rather lose some revenue than have that story in the papers.", "e+", "judgment")
n.s("She's a good listener.", "v+", "communication")
n.s("Seems the caring sort.", "v+", hard="biased")
n.s("Hire, I'd be glad to have her.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n029", candidate_id="w57-c06", interviewer_id="w57-i06", req_id="w57-r2",
         round="coding", submitted_at="2026-04-15", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "terse", "abbreviations"], topic="fleet allocation")
n.b("q: sql, cars idle > 3 days per airport last month", "c")
n.b("wrote window fn w/ lag on return_date, correct", "e+", "coding")
n.b("forgot cars still out on rent at month end", "e-", "coding", "data_intuition")
n.b("fixed when i asked abt open rentals", "e0", "learning")
n.b("slow", "v-")
n.b("lh", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n030", candidate_id="w57-c06", interviewer_id="w57-i04", req_id="w57-r2",
         round="system_design", submitted_at="2026-04-16", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="dynamic pricing")
n.h("System design - holiday repricing")
n.b("Task: repricing every hour for 40 airports during peak weeks.", "c")
n.b("Data flow drawn: bookings -> forecast -> optimiser -> price table. PASS", "e+", "system_thinking")
n.b("No guard rail on price jumps between hours. FAIL", "e-", "risk_awareness", hard="negated")
n.b("Asked what happens if the forecast job fails: she said 'use yesterday's prices', which is fine. PASS", "e+", "risk_awareness")
n.b("Would ship on offline revenue uplift from a backtest alone. FAIL", "e-", "metrics")
n.b("Did not estimate the size of the price table or the compute needed.", "e-", "system_thinking", hard="negated")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n031", candidate_id="w57-c15", interviewer_id="w57-i05", req_id="w57-r1",
         round="debugging", submitted_at="2025-05-27", recommendation="no_hire", specificity=4,
         style=["headings", "prose", "third_person", "british"], topic="false damage flags")
n.h("Scenario")
n.s("Ryan was told that since a model update, complaints about damage charges had doubled while offline precision went up.", "c")
n.h("Debugging")
n.s("He insisted that the complaints must be from customers trying their luck, because precision had improved.", "e-", "metrics", "user_impact")
n.s("He did not ask to look at any of the disputed photos.", "e-", "data_intuition", hard="negated")
n.h("Pushback")
n.s("When I said the new test set came only from sunny depots, he said that was 'irrelevant' and returned to the precision figure.", "e-", "learning", "metrics")
n.h("Communication")
n.s("He explained his reasoning in an orderly way, even though I disagreed with it.", "v+", "communication")
n.h("Overall")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n032", candidate_id="w57-c16", interviewer_id="w57-i01", req_id="w57-r1",
         round="coding", submitted_at="2025-06-19", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="image quality")
n.s("I gave Sung-min a small task, a function that decides whether a return photo is too dark or too blurred to use, which is a real problem for us in the Algarve evenings.", "c")
n.s("She used the variance of the Laplacian for blur and mean brightness for darkness, and tested it on three images I gave her.", "e+", "coding")
n.s("She hard-coded the thresholds without asking where they should come from.", "e-", "judgment")
n.s("When I asked, she suggested taking them from photos that agents had already rejected, which I liked very much.", "e+", "learning", "data_intuition")
n.s("She is very quiet, and I had to draw her out.", "v-", hard="biased")
n.s("Lean hire, I would like another opinion on her design skills.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n033", candidate_id="w57-c17", interviewer_id="w57-i03", req_id="w57-r1",
         round="system_design", submitted_at="2025-07-02", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="damage detection")
n.s("Design round.", "c")
n.s("Lukas was strong, lots of experience with production CV.", "v+", "system_thinking", hard="vague_quantity")
n.s("Thought about risks.", "v+", "risk_awareness")
n.s("Good with people I imagine.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n034", candidate_id="w57-c18", interviewer_id="w57-i02", req_id="w57-r2",
         round="behavioural", submitted_at="2025-08-06", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="card fraud")
n.s("I asked Chidi about a time he had to tell a team their model was hurting people.", "c", hard="question")
n.s("He described a fraud model at a travel site that declined far more cards from West African banks, and said he spotted it by splitting the declines by issuing country.", "e+", "user_impact", "metrics")
n.s("He said he took it to his manager with the numbers the same week, even though the model was not his.", "e+", "ownership")
n.s("He said they added a manual review for those declines instead of switching the model off, because stolen cards were a real problem too.", "e+", "judgment")
n.s("When I told him our agents sometimes just hand over the keys when the system declines a regular, he asked whether we record those cases, because they would be the best labels we had.", "e+", "data_intuition", "user_impact")
n.s("He spoke to me like a colleague at the desk, no big words.", "e+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w57_notes_part3.jsonl", notes)
