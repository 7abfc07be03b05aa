import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w35-n037", candidate_id="w35-c13", interviewer_id="w35-i03", req_id="w35-r2",
         round="system_design", submitted_at="2025-02-18", recommendation="hire",
         specificity=1, style=["prose", "third_person"], topic="system design")
n.s("System design round with Olumide.", "c")
n.s("Strong systems thinker.", "v+", "system_thinking")
n.s("Good understanding of scalable pipelines and cloud architecture.", "v+", "system_thinking", hard="tech_vague")
n.s("Considered risks.", "v+", "risk_awareness")
n.s("Seemed comfortable with the ambiguity of the problem.", "v+", "judgment")
n.s("Communicated well.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n038", candidate_id="w35-c14", interviewer_id="w35-i05", req_id="w35-r1",
         round="behavioural", submitted_at="2025-03-25", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="ownership")
n.s("I spent 45 minutes with Mariam on ownership and on working with field teams, and honestly it flew by.", "c")
n.s("I asked her to tell me about something she had built that she was proud of.", "c", hard="question")
n.s("She described the vulnerability assessment for a camp in Jordan, where she wrote the sampling plan herself, trained 14 enumerators and ran the analysis in R on an offline laptop.", "e+", "ownership")
n.s("She told me that in week two she saw that one team was only interviewing households near the main road, and she went out with them the next morning to redo the route.", "e+", "ownership", "data_intuition")
n.s("When the results showed that 30% of households were skipping meals, she said she deliberately waited two days to check the number against the clinic records before sending it to the cluster.", "e+", "judgment", "risk_awareness")
n.s("I pushed a little and asked whether two days was too long in an emergency.", "c", hard="interviewer_action")
n.s("She said that yes, it might have been, and that next time she would send the figure the same day marked as preliminary.", "e+", "learning", "judgment")
n.s("She also mentioned that she had the consent form read aloud in Arabic for people who could not read, which I thought was wonderful.", "e+", "user_impact")
n.s("When I asked about something that went badly, she said her first dashboard for the donor was ignored because it had twelve charts, and she cut it to three.", "e+", "communication", "learning")
n.s("She is clearly a very caring person.", "v+", hard="biased")
n.s("Lots of field experience, which really shows.", "v+", hard="vague_quantity")
n.s("Strong hire from me without hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n039", candidate_id="w35-c15", interviewer_id="w35-i07", req_id="w35-r2",
         round="system_design", submitted_at="2025-04-08", recommendation="hire",
         specificity=5, style=["headings", "prose", "third_person", "british"], topic="damage mapping",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire", "judgment": "hire"})
n.h("Exercise")
n.s("Design the damage assessment pipeline for the next earthquake in a country where we have no partner and a budget of 2,000 euros for compute.", "c")
n.h("Judgment")
n.s("Before drawing anything, Chen asked who decides where the search and shelter teams go and whether they want a map or a list of villages ranked by damage.", "e+", "judgment", "user_impact")
n.s("Told that the coordinators want a ranked list within 48 hours, he chose to classify building footprints from OpenStreetMap rather than segment buildings from scratch.", "e+", "judgment", "system_thinking")
n.h("System thinking")
n.s("He estimated 150,000 buildings in the affected area and worked out that a small classifier on a laptop GPU would take about 6 hours, so no cloud spend was needed.", "e+", "system_thinking")
n.s("He kept OpenStreetMap gaps in mind: in rural areas where footprints are missing he proposed a coarse grid-based score instead, labelled as lower confidence.", "e+", "system_thinking", "data_intuition")
n.h("Risk awareness")
n.s("He proposed that every village ranking ships with the share of buildings actually covered by images, so coordinators can see where the list is blind.", "e+", "risk_awareness", "user_impact")
n.s("He added a manual check of 50 random buildings by a volunteer before the first release, and a rule that the list is withdrawn if more than 10 of them disagree.", "e+", "risk_awareness")
n.s("He did not consider what happens when a second aftershock changes the damage after the list is out.", "e-", "risk_awareness", hard="negated")
n.h("Metrics")
n.s("Asked how he would know the ranking was good, he said accuracy per building is less important than whether the top 20 villages match what the first field teams report, and proposed tracking that overlap.", "e+", "metrics")
n.h("Communication")
n.s("He summarised the design for a non-technical coordinator in four sentences at the end without being asked.", "e+", "communication")
n.h("Overall")
n.s("Hire; the aftershock gap is the only thing I would probe again.", "e+", "judgment", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n040", candidate_id="w35-c16", interviewer_id="w35-i04", req_id="w35-r1",
         round="data", submitted_at="2025-04-22", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="programme evaluation",
         ratings={"metrics": "no_hire", "data_intuition": "lean_hire"})
n.s("Data round, 60 min: evaluate whether a cash-for-work programme reduced negative coping strategies, using two survey rounds.", "c")
n.h("Findings")
n.b("Computed the reduced Coping Strategies Index for both rounds correctly and showed it fell from 18 to 12 among participants.", "e+", "coding", "data_intuition", marker="1. ")
n.b("Concluded that the programme caused the fall without looking at non-participants, who fell from 19 to 13 over the same months.", "e-", "metrics", marker="2. ")
n.b("When I pointed at the non-participant column, he said the harvest probably explained part of it but still called the programme 'a clear success'.", "e-", "learning", "metrics", marker="3. ")
n.b("Did not ask how participants were selected, although selection was by the community committee.", "e-", "data_intuition", hard="negated", marker="4. ")
n.b("Noticed that round 2 had 140 fewer households and checked that the drop-outs had similar baseline scores.", "e+", "data_intuition", marker="5. ")
n.b("Proposed reporting the 6-point drop to the donor as the headline impact figure.", "e-", "metrics", "communication", marker="6. ")
n.b("Wrote tidy, commented pandas code and re-ran it from scratch before presenting.", "e+", "coding", marker="7. ")
n.h("Verdict")
n.s("Lean no hire: findings 2, 3 and 6 show a before-after difference treated as impact even after the comparison group was on the screen.", "e-", "metrics", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n041", candidate_id="w35-c17", interviewer_id="w35-i06", req_id="w35-r2",
         round="debugging", submitted_at="2025-05-13", recommendation="no_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "fragments"], topic="inference bug")
n.b("debugging, 45m, tile inference returns empty masks", "c")
n.b("weak debugging", "v-", "coding")
n.b("random changes to thresholds, no hypothesis", "e-", "coding")
n.b("never printed input shapes", "e-", "coding", hard="negated")
n.b("poor fundamentals imo", "v-", "ml_fundamentals")
n.b("defensive", "v-", "learning")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n042", candidate_id="w35-c18", interviewer_id="w35-i01", req_id="w35-r1",
         round="behavioural", submitted_at="2025-06-03", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "terse"], topic="field coordination")
n.s("Behavioural round with Hamid.", "c")
n.s("I asked about a time when the data was late from the field.", "c", hard="question")
n.s("He said he called the team leader every evening until the forms came.", "e+", "ownership")
n.s("He said he did not tell his manager the data would be late.", "e-", "communication", "ownership")
n.s("He knows the region.", "v+")
n.s("I asked about a mistake.", "c", hard="question")
n.s("He gave a general answer, no real example.", "e-", "ownership")
n.s("When I asked what he would do differently, he said he would send the manager a message on the first day of delay.", "e+", "learning", "communication")
n.s("Good attitude.", "v+", hard="biased")
n.s("Maybe needs support in the first months.", "v-", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n043", candidate_id="w35-c19", interviewer_id="w35-i02", req_id="w35-r2",
         round="behavioural", submitted_at="2025-06-24", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="explaining to donors")
n.s("The conversation with Ingrid was about how she explains models to persons that are not technical, like donors and the local authorities.", "c")
n.s("She described a situation in her last work where a donor asked why the damage map said a school was intact when a photo on social media showed it collapsed.", "e0", "communication")
n.s("She explained that she went back to the image, found that it was taken before the second earthquake, and wrote to the donor the same day explaining the date of the image and the limitation.", "e+", "ownership", "communication")
n.s("After this she added the date of acquisition in every map, which was her own initiative.", "e+", "ownership", "risk_awareness")
n.s("I made her the question of how she would present uncertainty to a minister who wants one number.", "c", hard="question")
n.s("Here she was less convincing, she said that she would give only the central number because 'ministers don't read intervals'.", "e-", "communication", "judgment")
n.s("When I insisted that the number could change by a lot, she said she would add a sentence but did not say which.", "e0", "learning", "communication", hard="mixed")
n.s("She did not mention in any moment the communities that are on the map.", "e-", "user_impact", hard="negated")
n.s("At the end she asked me how our country offices use the maps today, which I appreciated.", "e+", "user_impact", hard="question")
n.s("I think she has a lot of potential.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n044", candidate_id="w35-c20", interviewer_id="w35-i03", req_id="w35-r1",
         round="data", submitted_at="2025-07-15", recommendation="lean_hire",
         specificity=1, style=["prose", "terse"], topic="data")
n.s("Data round.", "c")
n.s("Okay with data.", "v0", "data_intuition")
n.s("Probably fine on the analysis side.", "v+", "data_intuition", hard="hedged")
n.s("Not very deep.", "v-")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n045", candidate_id="w35-c21", interviewer_id="w35-i07", req_id="w35-r1",
         round="behavioural", submitted_at="2025-07-29", recommendation="hire",
         specificity=3, style=["headings", "prose", "third_person", "british"], topic="data protection")
n.h("Ownership")
n.s("Aditya spoke about running the data protection impact assessment for a biometric registration project, including getting the legal team to sign off.", "e+", "ownership", "user_impact")
n.s("Strong sense of responsibility.", "v+", "ownership")
n.h("User impact")
n.s("He asked who would be able to see the list of recipients in our current set-up before answering anything else on the topic.", "e+", "user_impact", hard="question")
n.s("Very aware of the ethical side.", "v+", "user_impact")
n.s("He also proposed deleting the raw fingerprint images once the templates were made, and said the donor did not need them.", "e+", "user_impact", "risk_awareness")
n.h("Learning")
n.s("Handled my challenges well.", "v+", "learning")
n.h("Communication")
n.s("Clear and concise.", "v+", "communication")
n.h("Judgment")
n.s("Gave a thoughtful answer on the trade-off between speed and privacy.", "v+", "judgment", hard="tech_vague")
n.h("Overall")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n046", candidate_id="w35-c22", interviewer_id="w35-i05", req_id="w35-r2",
         round="coding", submitted_at="2025-08-12", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="geojson")
n.s("I asked Bongani to write code that merges building damage points into village polygons.", "c")
n.s("He was really quick and clearly a very strong coder.", "v+", "coding")
n.s("He used a spatial join and it worked first time.", "e+", "coding")
n.s("Great problem-solving mindset.", "v+", "judgment", hard="tech_vague")
n.s("I think he'd be a lovely addition to the team.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n047", candidate_id="w35-c23", interviewer_id="w35-i04", req_id="w35-r2",
         round="debugging", submitted_at="2025-09-02", recommendation="no_hire",
         specificity=4, style=["bullets", "third_person", "british"], topic="label leakage")
n.s("Debugging, 45 min: a damage classifier reaching 0.97 F1 in validation and 0.55 on the first real deployment.", "c")
n.h("Findings")
n.b("Spent the first 15 minutes tuning the learning rate and augmentation before looking at the data split.", "e-", "ml_fundamentals", "judgment", marker="1. ")
n.b("Did not check whether tiles from the same building appeared in both train and validation.", "e-", "data_intuition", hard="negated", marker="2. ")
n.b("When I asked how the split was made, he read the code and found the random split across overlapping tiles.", "e0", "data_intuition", "learning", hard="mixed", marker="3. ")
n.b("He then said the 0.97 was 'still mostly real' and did not propose re-splitting by area.", "e-", "metrics", "learning", marker="4. ")
n.b("Had no view on what the drop to 0.55 meant for the teams who had used the map.", "e-", "user_impact", "risk_awareness", marker="5. ")
n.b("Knows PyTorch well.", "v+", "coding", hard="tech_vague", marker="6. ")
n.h("Verdict")
n.s("No hire: leakage found only when directed to it, and the inflated score was still defended.", "e-", "metrics", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n048", candidate_id="w35-c24", interviewer_id="w35-i06", req_id="w35-r1",
         round="system_design", submitted_at="2025-09-23", recommendation="no_hire",
         specificity=1, style=["bullets", "terse", "abbreviations", "lowercase"], topic="survey pipeline")
n.b("sys design, survey sync pipeline", "c")
n.b("didn't get it", "v-")
n.b("too junior", "v-", hard="biased")
n.b("weak on architecture", "v-", "system_thinking", hard="tech_vague")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w35_notes_part4.jsonl", notes)
print(len(notes), "notes")
