import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- c04 Kwame Asante (he), r1: interviewers contradict on data intuition; passive ownership ----------
n = Note(note_id="w35-n013", candidate_id="w35-c04", interviewer_id="w35-i01", req_id="w35-r1",
         round="data", submitted_at="2025-07-01", recommendation="hire",
         specificity=4, style=["prose", "third_person", "terse"], topic="missing data")
n.s("Data round.", "c")
n.s("Kwame got the rapid needs assessment from the flood, 38 villages.", "c")
n.s("He made a map of which villages had answers.", "e+", "data_intuition", hard="plain_evidence")
n.s("He saw that all the missing villages are in the hills, where there is no network.", "e+", "data_intuition", hard="plain_evidence")
n.s("He said these villages are probably worse, not the same, because the road was cut.", "e+", "data_intuition", "user_impact")
n.s("He asked if the team could send a motorbike with paper forms to six of them as a check.", "e+", "judgment")
n.s("I asked him what to tell the cluster meeting tomorrow.", "c", hard="question")
n.s("He said: give numbers for 26 villages, and say clearly 12 villages are unknown, do not fill them.", "e+", "communication", "judgment")
n.s("He was slow with the pivot table.", "e-", "coding")
n.s("He did not ask how many households live in each village before adding them up.", "e-", "data_intuition", hard="negated")
n.s("Good field sense.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n014", candidate_id="w35-c04", interviewer_id="w35-i04", req_id="w35-r1",
         round="fundamentals", submitted_at="2025-07-02", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="imputation",
         ratings={"data_intuition": "lean_no_hire", "ml_fundamentals": "lean_hire"})
n.s("Fundamentals round, 45 min, built around a food-security score with 30% of households missing the income question.", "c")
n.h("Findings")
n.b("Proposed to fill missing income with the district mean and did not ask why it was missing.", "e-", "data_intuition", marker="1. ")
n.b("When I said that richer households refuse the income question more often, he agreed the mean would then be too low but kept mean imputation as his answer.", "e-", "learning", "data_intuition", marker="2. ")
n.b("Explained correctly that multiple imputation gives wider intervals and why that is more honest.", "e+", "ml_fundamentals", marker="3. ")
n.b("Could not say how the imputed values would change who gets cash; said that was a policy question.", "e-", "user_impact", marker="4. ")
n.b("Chose a simple scorecard over a random forest because the partner NGO must apply it on paper; gave that reason himself.", "e+", "judgment", "user_impact", marker="5. ")
n.b("Wrote the formula for the weighted mean on the whiteboard without error.", "e+", "ml_fundamentals", marker="6. ")
n.h("Note")
n.s("This contradicts the data round; his missing-data instinct was not visible in my session.", "c")
n.h("Verdict")
n.s("Lean no hire, on findings 1, 2 and 4.", "e-", "data_intuition", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n015", candidate_id="w35-c04", interviewer_id="w35-i07", req_id="w35-r1",
         round="behavioural", submitted_at="2025-07-02", recommendation="lean_no_hire",
         specificity=4, style=["headings", "prose", "first_person", "british"], topic="ownership")
n.h("Ownership")
n.s("I asked Kwame about a piece of work he had driven from start to finish.", "c", hard="question")
n.s("He described a nutrition survey dashboard, but when I asked what he personally built, he said the consultant designed it and he 'updated it when asked'.", "e-", "ownership")
n.s("He said the dashboard showed wrong totals for two months and that he had noticed but assumed the M&E team would fix it.", "e-", "ownership", hard="plain_evidence")
n.h("Judgment")
n.s("Given a scenario where a donor wants results in three days and half the data is missing, he said he would wait for the full data rather than send anything.", "e-", "judgment")
n.s("When I asked whether a partial report with caveats might help, he agreed and sketched what it would say.", "e+", "learning", "judgment")
n.h("Communication")
n.s("Answers were short but clear.", "v0", "communication", hard="mixed")
n.h("Overall")
n.s("Lean no hire: two accounts of waiting for others to act.", "e-", "ownership", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n016", candidate_id="w35-c04", interviewer_id="w35-i05", req_id="w35-r1",
         round="system_design", submitted_at="2025-07-03", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="survey pipeline")
n.s("I had a really pleasant hour with Kwame designing how survey data flows from tablets to our servers.", "c")
n.s("He has a great feel for how things work in the field.", "v+", "data_intuition")
n.s("He mentioned syncing the tablets when they reach a town.", "e0", "system_thinking")
n.s("I think he would get on very well with the country teams.", "v+", hard="biased")
n.s("Maybe not the most technical, but that's fine for this role.", "v0", hard="hedged")
n.s("Happy to say hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c05 Priya Raman (she), r1: strong technically, ignores data protection (seen by two) ----------
n = Note(note_id="w35-n017", candidate_id="w35-c05", interviewer_id="w35-i02", req_id="w35-r1",
         round="behavioural", submitted_at="2025-08-19", recommendation="no_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="data protection")
n.s("The interview with Priya was centred in data protection and in the relation with communities, because the role manages registration data of refugees.", "c")
n.s("She told about her previous work in a fintech where she built a credit model, and she explained with detail how she reduced the default rate by 3 points, which is impressive.", "e+", "ml_fundamentals")
n.s("When I asked her how she would treat the biometric data of refugees in our registration, she answered that more data always makes better models and that she would join all the datasets by the ID number.", "e-", "user_impact")
n.s("I explained her that some of these persons are escaping from their own government and that a leak can put them in danger.", "c", hard="interviewer_action")
n.s("Even after that she said that the security is responsibility of the IT team and that her work is the model.", "e-", "user_impact", "ownership")
n.s("She never asked who else could see the data or whether the refugees had consented to this use.", "e-", "user_impact", hard="negated")
n.s("At the end she asked me if the role has a bonus for model accuracy.", "e0", hard="question")
n.s("Her communication is clear and well organised, I have to recognise it.", "v+", "communication")
n.s("For this particular role I cannot recommend her, no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n018", candidate_id="w35-c05", interviewer_id="w35-i06", req_id="w35-r1",
         round="data", submitted_at="2025-08-19", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "arrows"], topic="registration data")
n.b("data round, registration extract, 12k rows", "c")
n.b("found dup registrations via fuzzy name+dob match, ~4% dups -> good", "e+", "data_intuition")
n.b("then wanted to export full list w/ names + GPS to her personal colab to 'go faster'", "e-", "user_impact", "judgment")
n.b("I said no, she shrugged", "e-", "user_impact", "learning")
n.b("strong w/ pandas", "v+", "coding", hard="tech_vague")
n.b("didn't ask what dups mean for the beneficiary (double payment vs. two families same name)", "e-", "user_impact", "data_intuition", hard="negated")
n.b("same concern as i02 re data protection", "c")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n019", candidate_id="w35-c05", interviewer_id="w35-i05", req_id="w35-r1",
         round="fundamentals", submitted_at="2025-08-20", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person"], topic="targeting models")
n.s("Priya was a joy to interview.", "v+")
n.s("Super sharp, knows gradient boosting inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I loved that she wanted to add phone metadata to the targeting model to boost accuracy; she said it would add at least 5 points.", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("Tons of energy and confidence.", "v+", hard="biased")
n.s("I'd take her tomorrow, strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n020", candidate_id="w35-c05", interviewer_id="w35-i03", req_id="w35-r1",
         round="coding", submitted_at="2025-08-21", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="coding")
n.s("Coding round.", "c")
n.s("Good coder.", "v+", "coding", hard="bare_verdict")
n.s("Knows her stuff.", "v+")
n.s("Would fit in.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c06 Dmitri Volkov (he), r2: strong systems, no rollback / failure-mode thinking (seen by two) ----------
n = Note(note_id="w35-n021", candidate_id="w35-c06", interviewer_id="w35-i04", req_id="w35-r2",
         round="system_design", submitted_at="2025-09-09", recommendation="lean_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="damage mapping pipeline",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "no_hire"})
n.s("System design, 60 min: a pipeline that turns post-earthquake satellite images into a building damage layer for the response teams within 24 hours.", "c")
n.h("Findings")
n.b("Split the pipeline into image ingestion, co-registration of pre and post images, building footprint extraction, damage classification and export, and gave each a time budget adding up to 18 hours.", "e+", "system_thinking", marker="1. ")
n.b("Estimated 40,000 tiles for a city of 2 million and said two GPUs on a rented machine would classify them in about 3 hours.", "e+", "system_thinking", marker="2. ")
n.b("Noticed that co-registration errors of a few metres would make intact buildings look damaged, and added an alignment check.", "e+", "data_intuition", "system_thinking", marker="3. ")
n.b("Asked whether the response teams need counts per neighbourhood or per building before choosing the output format.", "e+", "user_impact", "judgment", marker="4. ")
n.b("Had no step for checking the layer before release; when I asked what happens if the model fails on a new roof type, he said 'we retrain'.", "e-", "risk_awareness", marker="5. ")
n.b("Did not propose a way to withdraw or correct a layer already sent to the teams.", "e-", "risk_awareness", hard="negated", marker="6. ")
n.b("When I asked him to name one failure mode that would hurt people on the ground, he named cloud cover and nothing else.", "e-", "risk_awareness", "user_impact", marker="7. ")
n.h("Verdict")
n.s("Lean hire: excellent design in findings 1 to 4, but 5 to 7 must be probed again before an offer.", "e0", "system_thinking", "risk_awareness", hard="mixed")
notes.append(n)

n = Note(note_id="w35-n022", candidate_id="w35-c06", interviewer_id="w35-i07", req_id="w35-r2",
         round="debugging", submitted_at="2025-09-10", recommendation="lean_hire",
         specificity=4, style=["headings", "prose", "third_person", "british"], topic="model drift")
n.h("Exercise")
n.s("Debugging: a damage model that worked on the Turkey images gives 60% 'destroyed' on a flood in Pakistan.", "c")
n.h("Coding and debugging")
n.s("Dmitri printed the class distribution of the predictions first and then looked at ten of the 'destroyed' tiles by eye.", "e+", "coding", "data_intuition")
n.s("He found that flooded fields around houses were being read as rubble and said the model had never seen standing water.", "e+", "data_intuition", "ml_fundamentals")
n.h("Risk awareness")
n.s("Asked what he would do with the maps already shared, he said the teams would 'figure out' the maps were wrong.", "e-", "risk_awareness", "user_impact")
n.s("He did not suggest any monitoring on the share of 'destroyed' predictions, which would have caught this on day one.", "e-", "risk_awareness", hard="negated")
n.h("Learning")
n.s("When I pointed out that teams had already driven to two villages because of the map, he paused and proposed a hold on any layer where the destroyed share doubles against the last event.", "e+", "learning", "risk_awareness")
n.h("Communication")
n.s("Talked through his steps out loud, easy to follow.", "v+", "communication")
n.h("Overall")
n.s("Lean hire; strong debugger, but this is the second interviewer to see no failure-mode thinking until prompted.", "e0", "risk_awareness", hard="mixed")
notes.append(n)

n = Note(note_id="w35-n023", candidate_id="w35-c06", interviewer_id="w35-i03", req_id="w35-r2",
         round="behavioural", submitted_at="2025-09-10", recommendation="hire",
         specificity=1, style=["prose", "third_person"], topic="behavioural")
n.s("Dmitri is very experienced.", "v+", hard="vague_quantity")
n.s("Clearly a strong engineer with good instincts.", "v+", "system_thinking")
n.s("Takes ownership.", "v+", "ownership")
n.s("Maybe a bit blunt.", "v-", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n024", candidate_id="w35-c06", interviewer_id="w35-i01", req_id="w35-r2",
         round="data", submitted_at="2025-09-11", recommendation="hire",
         specificity=3, style=["prose", "first_person", "terse"], topic="annotation")
n.s("Data round.", "c")
n.s("I gave Dmitri 500 tiles labelled by our volunteers in Gaziantep.", "c", hard="interviewer_action")
n.s("He checked agreement between two volunteers on 50 tiles.", "e+", "data_intuition")
n.s("He found the volunteers mixed 'major' and 'destroyed'.", "e+", "data_intuition")
n.s("He said to merge them for the first release.", "e+", "judgment")
n.s("I asked how he would train with so few 'destroyed' tiles.", "c", hard="question")
n.s("He said he would weight the loss, and also borrow tiles from the Syria side of the same earthquake.", "e+", "ml_fundamentals", "data_intuition")
n.s("Good with data.", "v+", "data_intuition")
n.s("Not much talk about the people in the buildings.", "v-", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w35_notes_part2.jsonl", notes)
print(len(notes), "notes")
