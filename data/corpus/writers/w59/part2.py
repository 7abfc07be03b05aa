import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c03 Amara (they), r1: strong, one vague write-up, contradiction on communication
n = Note(note_id="w59-n011", candidate_id="w59-c03", interviewer_id="w59-i03", req_id="w59-r1",
         round="system_design", submitted_at="2025-11-03", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="detection pipeline")
n.s("Design round.", "c")
n.s("Amara was great.", "v+", hard="bare_verdict")
n.s("Really strong systems thinking, end to end.", "v+", "system_thinking", hard="tech_vague")
n.s("Clearly knows edge deployment.", "v+", "system_thinking", hard="tech_vague")
n.s("Thought about the ships too.", "v+", "user_impact")
n.s("A bit hard to follow at times.", "v-", "communication")
n.s("Would be a good addition.", "v+")
notes.append(n)

n = Note(note_id="w59-n012", candidate_id="w59-c03", interviewer_id="w59-i05", req_id="w59-r1",
         round="behavioural", submitted_at="2025-11-03", recommendation="strong_hire", specificity=5,
         style=["headings", "prose", "first_person", "british"], topic="open data")
n.h("Situation")
n.s("I asked Amara about a time a release went wrong.", "c")
n.s("They told me about publishing a year of labelled minke whale calls from a Norwegian array as open data.", "c")
n.h("Behaviour")
n.s("Two weeks after release a PhD student emailed that a third of the positives were actually a ship's sonar ping; Amara pulled the release the same day and posted a notice on the download page.", "e+", "ownership")
n.s("They re-listened to a random 300 clips with a second annotator and reported the agreement figure in the changelog.", "e+", "data_intuition")
n.s("They said the volunteers had been shown a bad example spectrogram in the training guide, and rewrote the guide with the sonar case in it.", "e+", "ownership")
n.s("When I asked who had been hurt by the bad labels, they named the two groups that had already trained models on it and said they wrote to both.", "e+", "user_impact")
n.h("Result")
n.s("The corrected release went out five weeks later with a versioned DOI, and they said downloads recovered.", "e+", "ownership")
n.s("Their account was ordered and easy to follow; they stopped twice to check I knew what an upcall was.", "e+", "communication")
n.s("Strong hire: every answer above came with what they actually did.", "v+", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w59-n013", candidate_id="w59-c03", interviewer_id="w59-i06", req_id="w59-r1",
         round="coding", submitted_at="2025-11-04", recommendation="hire", specificity=3,
         style=["bullets", "abbreviations", "terse", "lowercase"], topic="peak picking")
n.b("q: peak-pick detector scores -> call events, min gap 2s", "c")
n.b("asked re score rate (10 Hz?) b4 coding", "e+", "judgment", hard="question")
n.b("wrote single pass w/ running max, clean", "e+", "coding")
n.b("tested: empty, all-zero, two peaks 1.9s apart", "e+", "coding")
n.b("explained gap rule out loud as they went, easy to follow", "e+", "communication")
n.b("v strong coder", "v+", "coding")
n.b("good instincts on edge cases generally", "v+", "coding", hard="tech_vague")
n.b("missed ties at equal score, fixed in ~1 min once i showed a case", "e0", "coding", "learning", hard="mixed")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n014", candidate_id="w59-c03", interviewer_id="w59-i04", req_id="w59-r1",
         round="fundamentals", submitted_at="2025-11-05", recommendation="hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="rare class evaluation")
n.h("Fundamentals checklist")
n.b("Question: evaluate a detector for a species with ~20 calls a year in our data.", "c")
n.b("Rejected accuracy for rare class: yes, said a constant 'no whale' gets 99.9%.", "e+", "metrics")
n.b("Proposed recall at a fixed false alarms per day: yes.", "e+", "metrics")
n.b("Asked what the false alarm budget is for ship captains: yes.", "e+", "user_impact", hard="question")
n.b("Confidence interval for recall with 20 positives: no, gave a point estimate only.", "e-", "ml_fundamentals", hard="negated")
n.b("Explained clearly: partly, lost me on the augmentation part.", "e0", "communication", hard="mixed")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# c04 Kenji (he), r2: defends when challenged; offline metric flagged by two
n = Note(note_id="w59-n015", candidate_id="w59-c04", interviewer_id="w59-i02", req_id="w59-r2",
         round="data", submitted_at="2026-01-19", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british", "quotes"], topic="speed zones")
n.s("Data round with Kenji on the speed-zone compliance data, the one with AIS pings every few minutes from 3,000 vessels.", "c")
n.s("He dived straight into modelling without looking at the ping intervals, which in my experience is how you end up modelling the transponder rather than the ship.", "e-", "data_intuition")
n.s("He built a gradient-boosted model and reported a validation AUC of 0.88.", "e0", "ml_fundamentals")
n.s("The split was random by ping, so the same voyage sat in train and test; when I asked about it he said 'it's fine, pings are independent'.", "e-", "data_intuition")
n.s("I tried again with a drawing of one ship's track and he repeated the same point.", "e-", "learning")
n.s("He did ask who would see the compliance scores, which was nice.", "e+", "user_impact")
n.s("(Tangent: we once had a trawler whose AIS insisted it was in Kansas.)", "c")
n.s("Lean no hire, mainly the leakage and the refusal to reconsider.", "v-", "learning")
notes.append(n)

n = Note(note_id="w59-n016", candidate_id="w59-c04", interviewer_id="w59-i01", req_id="w59-r2",
         round="system_design", submitted_at="2026-01-19", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "terse"], topic="alert service")
n.s("I ask him to design the service that tells ships to slow down.", "c")
n.s("He draws model, queue, SMS to captains.", "e0", "system_thinking")
n.s("He says the offline AUC will tell us the alerts work.", "e-", "metrics")
n.s("I ask how we know ships slow down; he says that is not the model's job.", "e-", "metrics", "ownership")
n.s("No rollback if the new model sends too many alerts.", "e-", "risk_awareness", hard="negated")
n.s("He estimates 200 alerts a day from 40 buoys, this is reasonable.", "e+", "system_thinking")
n.s("He explains his boxes clearly.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n017", candidate_id="w59-c04", interviewer_id="w59-i03", req_id="w59-r2",
         round="behavioural", submitted_at="2026-01-20", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="teamwork")
n.s("Kenji talked about a project at his last company.", "c")
n.s("Seemed to own a lot of it.", "v+", "ownership", hard="hedged")
n.s("He mentioned a conflict with a product manager, handled fine I think.", "v+", "communication")
n.s("He said he stayed late to fix a broken pipeline before a deadline.", "e+", "ownership")
n.s("Good team player.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n018", candidate_id="w59-c04", interviewer_id="w59-i06", req_id="w59-r2",
         round="debugging", submitted_at="2026-01-21", recommendation="no_hire", specificity=4,
         style=["bullets", "abbreviations", "terse", "fragments"], topic="risk score bug")
n.b("bug: risk scores all 0.5 after feature refactor", "c")
n.b("C blamed the model lib first, 10 min on hyperparams", "e-", "coding")
n.b("never printed the feature matrix until i asked", "e-", "coding", hard="negated")
n.b("after hint found speed col all NaN -> filled w/ 0", "e0", "coding", "learning", hard="interviewer_action")
n.b("didn't ask why NaN, just filled", "e-", "data_intuition", hard="negated")
n.b("when i said 0 knots = moored ship he said 'close enough'", "e-", "learning", "data_intuition")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w59-n019", candidate_id="w59-c11", interviewer_id="w59-i04", req_id="w59-r1",
         round="data", submitted_at="2024-06-12", recommendation="lean_hire", specificity=3,
         style=["bullets", "headings", "terse"], topic="annotator agreement")
n.h("Data checklist")
n.b("Task: clean a volunteer-labelled set of humpback song clips.", "c")
n.b("Checked duplicates: yes, found 140 clips uploaded twice.", "e+", "data_intuition")
n.b("Checked annotator agreement: no.", "e-", "data_intuition", hard="negated")
n.b("Understands label noise.", "v+", "data_intuition", hard="tech_vague")
n.b("Asked how the labels will be published: yes.", "e+", "user_impact", hard="question")
n.b("Communication: adequate.", "v0", "communication")
n.b("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n020", candidate_id="w59-c12", interviewer_id="w59-i02", req_id="w59-r1",
         round="fundamentals", submitted_at="2024-08-27", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="spectrograms")
n.s("Fundamentals with Priya, and we got happily lost in the physics for a bit.", "c")
n.s("She explained that a longer FFT window sharpens frequency but blurs a 1-second upcall in time, and picked 256 ms as a compromise.", "e+", "ml_fundamentals")
n.s("She knows her CNNs, obviously.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked how she'd spot overfitting to one buoy's noise, she suggested holding out a whole buoy.", "e+", "data_intuition")
n.s("Lovely chat, ran over by ten minutes.", "v+")
n.s("Could be a touch more concise.", "v-", "communication", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n021", candidate_id="w59-c13", interviewer_id="w59-i05", req_id="w59-r2",
         round="data", submitted_at="2025-03-18", recommendation="no_hire", specificity=5,
         style=["headings", "prose", "third_person", "british"], topic="sightings bias")
n.h("Situation")
n.s("The candidate, Mehmet, was given ten years of aerial sighting records and asked to estimate where fin whales spend the summer.", "c")
n.h("Behaviour")
n.s("He mapped raw sighting counts and called the hot spots 'where the whales are'.", "e-", "data_intuition")
n.s("Asked whether survey effort was even, he said the planes fly everywhere.", "e-", "data_intuition")
n.s("Shown the flight-track file, he agreed effort was uneven but kept the raw map for his summary.", "e-", "learning")
n.s("He said shipping lanes could be moved using his map, without mentioning the fishing fleets whose grounds would move with them.", "e-", "user_impact", hard="negated")
n.s("His summary slide was tidy and short.", "e+", "communication")
n.h("Result")
n.s("No hire; the map would have sent ships towards the areas we simply never surveyed.", "v-", "judgment", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w59-n022", candidate_id="w59-c14", interviewer_id="w59-i06", req_id="w59-r1",
         round="coding", submitted_at="2025-05-06", recommendation="hire", specificity=2,
         style=["bullets", "abbreviations", "terse", "lowercase", "typos"], topic="resampling")
n.b("q: resample 96kHz audio to 2kHz for fin whale band", "c")
n.b("good coder, fast", "v+", "coding")
n.b("knows dsp stuff well", "v+", "ml_fundamentals", hard="tech_vague")
n.b("used a low-pass befor decimating", "e+", "coding")
n.b("comms fine", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w59_notes_part2.jsonl", notes)
