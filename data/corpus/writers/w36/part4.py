import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"
notes = []

n = Note(note_id="w36-n037", candidate_id="w36-c13", interviewer_id="w36-i04", req_id="w36-r1",
         round="fundamentals", submitted_at="2025-03-12", recommendation="no_hire", specificity=5,
         style=["headings", "terse", "british", "first_person"], topic="image models",
         ratings={"ml_fundamentals": "no_hire", "learning": "lean_no_hire", "communication": "lean_hire"})
n.h("Fundamentals - Declan - 45 min")
n.s("Q1: overfitting in a fine-tuned image classifier; Q2: class imbalance in return reasons; Q3: calibration.", "c")
n.nl()
n.b("ML fundamentals: 1/4 - on Q1 said adding more layers would reduce overfitting because the model \"has more room to generalise\".", "e-", ML, hard="verdict_plus_evidence", marker="")
n.b("Could not say what weight decay does to the weights, even in words.", "e-", ML, hard="negated", marker="")
n.b("On Q2 proposed upsampling the rare 'faulty' class, then evaluated on the upsampled test set and reported 97% accuracy without noticing the problem.", "e-", ML, ME, marker="")
n.b("I asked what accuracy a model predicting 'too small' for every return would get; he worked it out as 61% but did not connect it to his own figure.", "e-", ML, ME, marker="")
n.b("Q3: described calibration as \"how accurate the model is\"; when I drew a reliability curve he read it correctly after I labelled the axes.", "e0", ML, LE, hard="mixed", marker="")
n.b("Learning: 2/4 - accepted corrections politely but did not use them in the next answer.", "v-", LE, marker="")
n.b("Communication: 3/4 - easy to follow, admitted when he did not know.", "v+", CM, marker="")
n.b("Overall: no hire for ML Engineer; fundamentals not there yet.", "v-", ML, marker="")
n.blank()
n.h("Note to panel")
n.s("Worth a look for the analyst track if there is an opening; he was good on the product side.", "c")
notes.append(n)

n = Note(note_id="w36-n038", candidate_id="w36-c14", interviewer_id="w36-i03", req_id="w36-r2",
         round="coding", submitted_at="2025-03-26", recommendation="hire", specificity=1,
         style=["bullets", "terse"], topic="returns")
n.h("Coding - Ngozi")
n.b("Strong SQL.", "v+", CO)
n.b("Fluent in window functions and CTEs.", "v+", CO, hard="tech_vague")
n.b("Good problem solver.", "v+")
n.b("Communicated well.", "v+", CM)
n.b("Knows the returns space.", "v+")
n.b("Some gaps in testing.", "v-", CO)
n.b("Great energy.", "v+", hard="biased")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n039", candidate_id="w36-c15", interviewer_id="w36-i01", req_id="w36-r2",
         round="system_design", submitted_at="2025-04-23", recommendation="lean_no_hire", specificity=3,
         style=["fragments", "lowercase", "first_person", "typos"], topic="markdown pricing")
n.b("system design for Lukas the markdown one", "c", marker="")
n.b("I asked him to design the end of season markdown engine that suggests a discount per style per week", "c", hard="interviewer_action", marker="")
n.b("he spent the first fifteen minutes on the forecasting model and I had to stop him twice to ask where the prices actually go after that", "e-", CM, ST, marker="")
n.b("when he did get to it he said the prices would be pushed straight to the tills and the website with no one checking them", "e-", RI, marker="")
n.b("I asked what if it suggests 80 percent off a new coat and he said the optimiser wouldnt do that because of the constraints, but he hadnt written any constraints down", "e-", RI, JU, marker="")
n.b("to be fair he did know his stuff on the demand side he explained why you cant learn elasticity from a product that was never discounted which is right", "e+", ML, DI, marker="")
n.b("he didnt check once if I was following and there was a lot of whiteboard", "e-", CM, hard="negated", marker="")
n.b("he also talks really fast which might just be nerves", "v-", hard="biased", marker="")
n.b("lean no hire, knows the theory but I wouldnt let this near the tills", "v-", RI, marker="")
notes.append(n)

n = Note(note_id="w36-n040", candidate_id="w36-c16", interviewer_id="w36-i06", req_id="w36-r1",
         round="coding", submitted_at="2025-05-07", recommendation="no_hire", specificity=2,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="size recommendation")
n.h("coding - mei")
n.b("q: rolling return rate by size over last 90 days", "c")
n.b("slow start", "v-")
n.b("struggled w/ the date logic", "v-", CO)
n.b("didn't finish", "e-", CO, hard="negated")
n.b("not much testing", "v-", CO, hard="vague_quantity")
n.b("weak pandas", "v-", CO, hard="tech_vague")
n.b("ran out of time before the second part", "c")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n041", candidate_id="w36-c17", interviewer_id="w36-i05", req_id="w36-r1",
         round="behavioural", submitted_at="2025-06-17", recommendation="strong_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="visual search")
n.s("Arjun met the panel for the behavioural round.", "c")
n.s("He is an outstanding engineer with a real sense of ownership.", "v+", OW)
n.s("He spoke about leading the migration of his team's image search to a new vector database, including writing the runbook himself.", "e+", OW)
n.s("He is a natural leader and very well liked, one suspects.", "v+", hard="biased")
n.s("His communication is exceptional.", "v+", CM)
n.s("He has enormous experience with large scale systems.", "v+", ST, hard="vague_quantity")
n.s("A fantastic addition to the team; strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n042", candidate_id="w36-c18", interviewer_id="w36-i02", req_id="w36-r2",
         round="data", submitted_at="2025-07-15", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="fraudulent returns")
n.s("I joined Sipho's data round to bring the returns desk view.", "c")
n.s("We gave him a spreadsheet of last month's returns with a column for whether the warehouse marked it suspicious.", "c")
n.s("He sorted by customer and spotted that a handful of accounts returned almost everything they bought, and asked whether those were staff accounts.", "e+", DI, hard="plain_evidence")
n.s("They were, and he said they should come out before anyone looks for fraud patterns.", "e+", DI)
n.s("He asked me whether the warehouse marks parcels as suspicious more often on busy days.", "e+", DI, hard="question")
n.s("I didn't know, and he said that would be his first check, because a tired team might flag less.", "e+", DI, JU)
n.s("He seemed to care about not upsetting good customers.", "v+", UI)
n.s("He knows a lot about fraud in general.", "v+", hard="vague_quantity")
n.s("Bit quiet.", "v-", hard="biased")
n.s("I'd hire him.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n043", candidate_id="w36-c19", interviewer_id="w36-i04", req_id="w36-r1",
         round="coding", submitted_at="2025-08-06", recommendation="lean_hire", specificity=3,
         style=["headings", "terse", "british"], topic="visual search")
n.h("Coding - Chloé")
n.s("Task: deduplicate product images by perceptual hash with a Hamming distance threshold.", "c")
n.nl()
n.b("Coding: 3/4 - correct bit counting, used a bucket on the first 16 bits to avoid comparing all pairs.", "e+", CO, hard="verdict_plus_evidence", marker="")
n.b("Tests: 2/4 - one happy-path test only.", "e-", CO, marker="")
n.b("Did not consider that the same garment in two colourways would hash differently and should still be grouped by SKU family.", "e-", DI, hard="negated", marker="")
n.b("Communication: 3/4 - adequate.", "v0", CM, marker="")
n.b("Problem solving: 3/4 - methodical.", "v+", marker="")
n.b("Learning: 3/4 - when I asked about the threshold she tried three values on the sample and picked the one that split my two tricky pairs.", "e+", LE, DI, marker="")
n.b("Overall: lean hire.", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w36-n044", candidate_id="w36-c20", interviewer_id="w36-i03", req_id="w36-r1",
         round="fundamentals", submitted_at="2025-09-02", recommendation="lean_no_hire", specificity=1,
         style=["prose", "third_person"], topic="image models")
n.s("Fundamentals, Oksana.", "c")
n.s("Decent theory but not deep.", "v0", ML)
n.s("Some confusion around regularisation.", "v-", ML, hard="tech_vague")
n.s("Okay on evaluation, I guess.", "v0", ME)
n.s("Not very structured in her answers.", "v-", CM)
n.s("Doesn't seem to have much product sense.", "v-", UI)
n.s("Probably not senior enough.", "v-", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n045", candidate_id="w36-c21", interviewer_id="w36-i06", req_id="w36-r1",
         round="fundamentals", submitted_at="2025-10-21", recommendation="hire", specificity=4,
         style=["bullets", "terse", "lowercase", "abbreviations", "arrows"], topic="skin tone bias")
n.h("fundamentals - tariq")
n.b("q1: why would an image model tag 'nude' colour differently across skin tones", "c", hard="question")
n.b("said training photos mostly lighter-skinned models -> 'nude' learned as beige, so the tag itself bakes in one skin tone", "e+", UI, ML)
n.b("suggested renaming the colour taxonomy w/ merch, not just retraining", "e+", UI, JU)
n.b("q2: precision vs recall for auto-tagging the catalogue", "c", hard="question")
n.b("said wrong tags cost more than missing ones b/c shoppers filter on them -> favour precision", "e+", ME, UI)
n.b("q3: why val loss < train loss early on", "c", hard="question")
n.b("said dropout is off at eval, so train loss is measured on a handicapped model -> correct", "e+", ML)
n.b("stumbled on label smoothing, said it 'adds noise to the images'", "e-", ML)
n.b("corrected himself when i asked what gets smoothed", "e+", LE, ML)
n.b("clear", "v+", CM)
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n046", candidate_id="w36-c22", interviewer_id="w36-i05", req_id="w36-r2",
         round="debugging", submitted_at="2025-11-25", recommendation="hire", specificity=3,
         style=["prose", "third_person", "british"], topic="markdown pricing")
n.s("Ines took the debugging exercise on a markdown report where projected margin was above 100% for some styles.", "c")
n.s("She found that the cost price column was in pence and the selling price in pounds.", "e+", DI, CO)
n.s("Her fix was admirable: she converted the units and added an assertion that margin must lie between -1 and 1.", "e+", CO, RI, hard="verdict_plus_evidence")
n.s("She did not ask whether the wrong report had already been sent to the buying team.", "e-", OW, UI, hard="negated")
n.s("She showed great maturity throughout.", "v+")
n.s("Her debugging approach was systematic and calm.", "v+", CO)
n.s("She would grow quickly on the team.", "v+", LE)
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n047", candidate_id="w36-c23", interviewer_id="w36-i01", req_id="w36-r1",
         round="fundamentals", submitted_at="2025-12-09", recommendation="lean_hire", specificity=2,
         style=["fragments", "lowercase", "first_person", "typos"], topic="visual search")
n.b("fundamentals with Yusuf, quick voice note", "c", marker="")
n.b("we covered embeddings loss functions and evaluation", "c", marker="")
n.b("he knows the material pretty well I think", "v+", ML, hard="hedged", marker="")
n.b("he did mix up precision and recall at one point when talking about the top ten results but caught it", "e0", ML, hard="mixed", marker="")
n.b("good on the theory side generally", "v+", ML, marker="")
n.b("not sure about the product side we didnt really get their", "c", marker="")
n.b("likeable guy", "v+", hard="biased", marker="")
n.b("lean hire I guess", "v0", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w36-n048", candidate_id="w36-c24", interviewer_id="w36-i01", req_id="w36-r2",
         round="system_design", submitted_at="2026-01-13", recommendation="hire", specificity=1,
         style=["fragments", "lowercase", "first_person", "typos"], topic="stock allocation")
n.b("Aoife system design stock allocation", "c", marker="")
n.b("really strong round honestly one of the better ones", "v+", marker="")
n.b("knew her stuff on optimisation and forecasting", "v+", ML, hard="tech_vague", marker="")
n.b("very structured", "v+", CM, marker="")
n.b("good instincts about risk", "v+", RI, marker="")
n.b("thought about the stores and the people using it", "v+", UI, marker="")
n.b("maybe a bit too academic in places", "v-", hard="hedged", marker="")
n.b("would be great with the merch team", "v+", CM, marker="")
n.b("hire", "v+", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w36_notes_part4.jsonl", notes)
