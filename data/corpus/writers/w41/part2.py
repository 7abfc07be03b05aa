import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c04: Mei Lin (she), r2 ----
n = Note(note_id="w41-n013", candidate_id="w41-c04", interviewer_id="w41-i01", req_id="w41-r2",
         round="system_design", submitted_at="2025-12-01", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="allergen labelling")
n.s("System design con Mei Lin, 60 min.", "c")
n.s("I asked her to design a check on the packing line that catches labels with the wrong allergen statement, like a peanut-free label stuck on a satay sauce.", "c", hard="interviewer_action")
n.s("She asked how many label designs are live at once and how often they change, and concluded from my answer that the system has to handle new labels without retraining.", "e+", "judgment")
n.s("Proposed reading the label with OCR and comparing the text to the recipe system, instead of training a classifier per label.", "e+", "system_thinking")
n.s("Buena idea, simple.", "v+", "system_thinking")
n.s("Then she said her OCR model got 98.7% character accuracy on the test set, so \"we're basically done\".", "e-", "metrics")
n.s("I asked what 98.7% means when one wrong character can turn \"contains milk\" into something else; she said the test set was large so the number was reliable.", "e-", "metrics", "learning")
n.s("Ojo: she never connected a missed label to a customer with an allergy, even after I said the word recall.", "e-", "user_impact", hard="negated")
n.s("No fallback when OCR confidence is low, e.g. sending the pack to a person.", "e-", "risk_awareness", hard="negated")
n.s("She did think about line speed: one label every 200 ms, so the OCR has to run on the edge box.", "e+", "system_thinking")
n.s("Muy lista, but the metric thing worries me.", "v0", "metrics", hard="mixed")
n.s("Lean no hire for now.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n014", candidate_id="w41-c04", interviewer_id="w41-i04", req_id="w41-r2",
         round="data", submitted_at="2025-12-02", recommendation="lean_no_hire", specificity=5,
         style=["headings", "bullets", "first_person"], topic="packing line vision",
         ratings={"metrics": "no_hire", "data_intuition": "hire", "judgment": "lean_no_hire"})
n.s("Data round.", "c")
n.s("60 minutes.", "c")
n.s("Exercise: 12,000 labeled images of sealed trays from two lines and an already-trained defect model; I asked her to decide whether it was ready to replace the human inspector on line 2.", "c", hard="interviewer_action")
n.h("Findings")
n.b("Asked whether train and test came from the same days; they did, so she re-split by day herself, which dropped recall from 0.94 to 0.86.", "e+", "data_intuition", marker="1. ")
n.b("Then used the 0.86 as the go/no-go number without asking what the human inspector's recall is.", "e-", "metrics", marker="2. ")
n.b("When I gave her the inspector's miss rate (about 5%), she called the model \"close enough\" and recommended replacing the inspector.", "e-", "judgment", marker="3. ")
n.b("Did not ask how many of the test images came from line 2 (answer: 9%).", "e-", "data_intuition", hard="negated", marker="4. ")
n.b("I asked what she would watch in the first week; she named the reject rate only, not defects found later in the warehouse.", "e-", "risk_awareness", marker="5. ")
n.b("Her plotting code was clean and she labeled the axes without being asked.", "e+", "coding", hard="plain_evidence", marker="6. ")
n.b("Explained the re-split result to me in two sentences a line supervisor could follow.", "e+", "communication", marker="7. ")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict", sep="\n")
n.s("Finding 1 is strong, but findings 2, 3 and 5 treat the offline number as the decision.", "v-", "metrics")
n.s("Worth checking in the system design round whether this repeats.", "c")
notes.append(n)

n = Note(note_id="w41-n015", candidate_id="w41-c04", interviewer_id="w41-i06", req_id="w41-r2",
         round="coding", submitted_at="2025-12-02", recommendation="hire", specificity=3,
         style=["bullets", "lowercase", "terse", "arrows"], topic="sensor alerts")
n.b("coding, 45m", "c")
n.b("task: sliding-window count of rejects per minute from a sensor log, alert if > 3x the hour's median", "c")
n.b("wrote it w/ a deque, O(n), clean", "e+", "coding")
n.b("handled empty log + single event unprompted", "e+", "coding")
n.b("asked what 'median' means when the line is stopped -> good q", "e+", "judgment", hard="verdict_plus_evidence")
n.b("strong coder", "v+", "coding")
n.b("didn't run the example until i asked", "e-", "coding", hard="negated")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n016", candidate_id="w41-c04", interviewer_id="w41-i02", req_id="w41-r2",
         round="behavioural", submitted_at="2025-12-03", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="allergen labelling")
n.s("Conversation with Mei Lin about working with the plant teams.", "c")
n.s("She seems very sharp and confident.", "v+", hard="biased")
n.s("She talked about her last job at an electronics factory.", "v0")
n.s("I asked who she thought the real customer of a label-check system is.", "c", hard="question")
n.s("She said the quality manager, and never got to the shopper who actually reads the label.", "e-", "user_impact", hard="negated")
n.s("Not sure she thinks much about the end consumer.", "v-", "user_impact", hard="hedged")
n.s("Good team player.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c05: Diego (he), r1 ----
n = Note(note_id="w41-n017", candidate_id="w41-c05", interviewer_id="w41-i06", req_id="w41-r1",
         round="system_design", submitted_at="2026-01-12", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "terse", "arrows", "abbreviations"], topic="promotion forecasting")
n.b("sys design: promo forecast service for sales + supply", "c")
n.b("diego asked who consumes it first -> sales wants optimistic, supply wants safe -> proposed two outputs, p50 and p90", "e+", "judgment", "user_impact")
n.b("batch weekly, retrain monthly, fine", "e0", "system_thinking")
n.b("no rollback if the new model is worse -> just 'we'd notice'", "e-", "risk_awareness")
n.b("no monitoring of late pos files either", "e-", "risk_awareness", hard="negated")
n.b("good on trade-offs", "v+", "judgment")
n.b("LH, risk gap is real", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w41-n018", candidate_id="w41-c05", interviewer_id="w41-i02", req_id="w41-r1",
         round="behavioural", submitted_at="2026-01-13", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="forecast gaming")
n.s("I asked Diego how he'd handle a sales director who keeps inflating the forecast to get more stock.", "c", hard="question")
n.s("He said he'd first pull the last six months of that director's forecasts next to actual sales, to show the gap with numbers instead of an argument.", "e+", "judgment")
n.s("Then he said he'd offer the director a separate \"stretch\" number so the team still had something to sell against.", "e+", "user_impact")
n.s("Honestly he used a lot of words I didn't know, like bias correction and quantiles, and I had to ask twice.", "e-", "communication")
n.s("He did slow down the second time and used an example with cereal boxes.", "e+", "communication", "learning", hard="plain_evidence")
n.s("I liked him.", "v+")
n.s("He would be good with our sales folks once he drops the jargon.", "v0", "communication", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n019", candidate_id="w41-c05", interviewer_id="w41-i05", req_id="w41-r1",
         round="data", submitted_at="2026-01-13", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="cannibalisation")
n.s("Diego completed the data exercise on cannibalization between the two jar sizes of our salsa.", "c")
n.s("He showed a very strong command of causal inference and panel data methods.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He produced an estimate that the large jar took about a third of its uplift from the small jar.", "e+", "metrics")
n.s("The candidate is clearly very experienced.", "v+", hard="vague_quantity")
n.s("His communication was excellent throughout.", "v+", "communication")
n.s("Diego would be an asset to the demand team.", "v+")
n.s("Hire without reservation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n020", candidate_id="w41-c05", interviewer_id="w41-i03", req_id="w41-r1",
         round="coding", submitted_at="2026-01-14", recommendation="hire", specificity=1,
         style=["terse", "abbreviations"], topic="promotion forecasting")
n.s("Coding w/ Diego.", "c")
n.s("Good.", "v+", hard="bare_verdict")
n.s("Knows pandas, SQL, the works.", "v+", "coding", hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c06: Fatima (she), r2 ----
n = Note(note_id="w41-n021", candidate_id="w41-c06", interviewer_id="w41-i02", req_id="w41-r2",
         round="behavioural", submitted_at="2026-02-09", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="label inspection")
n.s("Behavioral with Fatima.", "c")
n.s("I asked her about a project that did not go to plan.", "c", hard="question")
n.s("She described a label-inspection model at her last company that kept rejecting good packs after a packaging supplier changed the film.", "e0", "ownership")
n.s("When I asked what she did about it, she said she raised a ticket and the packaging team eventually fixed it.", "e-", "ownership", hard="plain_evidence")
n.s("I asked whether she followed up with the line or the supplier herself, and she said that was \"not really my area\".", "e-", "ownership")
n.s("She did say she worried about the operators who had to hand-check every reject for weeks, and that she'd wanted a button to let them override the model.", "e+", "user_impact")
n.s("Nice, calm person.", "v+", hard="biased")
n.s("I'm not convinced she'd drive things when they get stuck.", "v-", "ownership", hard="hedged")
n.s("Lean no hire from me.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n022", candidate_id="w41-c06", interviewer_id="w41-i04", req_id="w41-r2",
         round="debugging", submitted_at="2026-02-10", recommendation="lean_hire", specificity=5,
         style=["headings", "bullets", "first_person"], topic="allergen labelling",
         ratings={"risk_awareness": "hire", "ownership": "lean_no_hire", "coding": "hire"})
n.s("Debugging.", "c")
n.s("45 min.", "c")
n.s("Scenario: the allergen-label check passed 40 packs of a sesame granola bar whose label said \"may contain nuts\" but did not list sesame; I gave her the config, the OCR outputs and the recipe table.", "c", hard="interviewer_action")
n.h("Findings")
n.b("Read the OCR output for one pack before anything else, saw that \"sesame\" was absent from the label text as expected, and concluded the fault was in the matching step.", "e+", "data_intuition", marker="1. ")
n.b("Found that the recipe table listed \"sesame seeds\" while the matcher looked for \"sesame\" as an exact string, and wrote a failing test that reproduced the pass in under ten minutes.", "e+", "coding", marker="2. ")
n.b("Said straight away that the 40 packs should be held and the shipped lot checked before fixing anything.", "e+", "user_impact", "risk_awareness", marker="3. ")
n.b("Proposed that any recipe allergen with no match on the label should fail closed, i.e. the pack is rejected rather than passed.", "e+", "risk_awareness", marker="4. ")
n.b("When I asked who would own the synonym list from now on, she said \"probably regulatory\" and did not offer to set it up.", "e-", "ownership", marker="5. ")
n.b("Did not ask how long the bug had been live or how many lots beyond the 40 were affected.", "e-", "risk_awareness", hard="negated", marker="6. ")
n.s("Lean hire: findings 1 to 4 are strong; finding 5 matches the ownership concern from the behavioral round.", "v0", hard="mixed", sep="\n")
notes.append(n)

n = Note(note_id="w41-n023", candidate_id="w41-c06", interviewer_id="w41-i01", req_id="w41-r2",
         round="fundamentals", submitted_at="2026-02-10", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="class imbalance")
n.s("Fundamentals con Fatima.", "c")
n.s("I asked about class imbalance for defect detection, where maybe 1 in 1,000 packs is bad.", "c", hard="question")
n.s("She said accuracy is useless there and went straight to recall at a fixed false-reject rate, and explained that the rate is set by how many rejects the line crew can check by hand.", "e+", "metrics")
n.s("Explained focal loss vs. reweighting correctly, including why focal loss helps when easy negatives swamp the gradient.", "e+", "ml_fundamentals")
n.s("When I asked about a new product with only 30 defect images, she suggested synthetic defects but said she'd be careful, because fake scratches may not look like real ones.", "e+", "judgment")
n.s("Confused calibration with accuracy at one point and corrected herself when I asked for an example.", "e0", "ml_fundamentals", hard="mixed")
n.s("Muy sólida.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n024", candidate_id="w41-c06", interviewer_id="w41-i03", req_id="w41-r2",
         round="system_design", submitted_at="2026-02-11", recommendation="hire", specificity=1,
         style=["prose", "terse", "abbreviations"], topic="label inspection")
n.s("Sys design w/ Fatima, label checking.", "c")
n.s("Very strong, knew all the pieces.", "v+", "system_thinking")
n.s("Great on edge deployment and monitoring.", "v+", "system_thinking", hard="tech_vague")
n.s("Thinks about the end customer.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w41_notes_part2.jsonl", notes)
print(len(notes), "notes")
