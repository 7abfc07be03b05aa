import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- c07 Fatou Diallo (she), r1: strong, adapts after hints ----------
n = Note(note_id="w35-n025", candidate_id="w35-c07", interviewer_id="w35-i07", req_id="w35-r1",
         round="data", submitted_at="2025-10-14", recommendation="strong_hire",
         specificity=5, style=["headings", "prose", "third_person", "british"], topic="cash targeting",
         ratings={"data_intuition": "strong_hire", "metrics": "strong_hire", "user_impact": "strong_hire"})
n.h("Exercise")
n.s("Fatou was given last year's cash transfer list (8,000 households) and the post-distribution monitoring survey, and asked whether the targeting worked.", "c")
n.h("Data intuition")
n.s("She joined the two files on household ID and immediately reported that 11% of the monitoring sample could not be matched, then checked whether those were mostly from the two camps registered on paper.", "e+", "data_intuition")
n.s("They were, and she said any conclusion would be biased towards the camps with digital registration.", "e+", "data_intuition")
n.h("Metrics")
n.s("Instead of the share of recipients who were 'vulnerable', she asked for the number of eligible households that received nothing, and estimated it at roughly 1 in 5 from the community complaints log.", "e+", "metrics", "user_impact")
n.s("She said the complaints log would undercount exclusion because people who are not on the list often do not know there is a list to complain about.", "e+", "data_intuition", "user_impact")
n.h("Learning")
n.s("I suggested the survey weights might be outdated; she re-ran the estimate with the 2024 population figures and showed the exclusion estimate moving from 19% to 23%.", "e+", "learning", "data_intuition")
n.h("Judgment")
n.s("Asked what she would recommend with only this data, she proposed a verification visit to 150 excluded households in the paper camps before changing the formula.", "e+", "judgment")
n.h("Communication")
n.s("She closed with a three-line summary for the country director that named the 1-in-5 figure and its uncertainty.", "e+", "communication")
n.h("Overall")
n.s("Strong hire: every claim in her analysis was checked against the data in front of her.", "e+", "data_intuition", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n026", candidate_id="w35-c07", interviewer_id="w35-i06", req_id="w35-r1",
         round="coding", submitted_at="2025-10-14", recommendation="hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "fragments"], topic="survey cleaning")
n.b("coding, 40m, clean KoBo export + compute food consumption score", "c")
n.b("wrote fn to map food groups -> weights, checked vs. WFP table", "e+", "coding")
n.b("forgot households w/ all zeros (no food 7 days) -> crashed on div", "e-", "coding")
n.b("after I said 'look at row 212' fixed + added test for it", "e0", "coding", "learning", hard="mixed")
n.b("code readable", "v+", "coding")
n.b("asked if 'zero' could mean enumerator skipped q rather than no food", "e+", "data_intuition", hard="question")
n.b("good pace overall", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n027", candidate_id="w35-c07", interviewer_id="w35-i01", req_id="w35-r1",
         round="behavioural", submitted_at="2025-10-15", recommendation="hire",
         specificity=4, style=["prose", "first_person", "terse"], topic="partners")
n.s("Behavioural round.", "c")
n.s("I asked Fatou about working with a local partner who does not agree.", "c", hard="question")
n.s("She told me about a partner in Mali who wanted to give cash only to families of their own members.", "e0", "user_impact")
n.s("She said she did not argue in the meeting.", "e0", "communication")
n.s("She went with them to two villages and showed them families who were not members and had nothing.", "e+", "user_impact", "communication", hard="plain_evidence")
n.s("After that the partner changed the list.", "e+", "ownership")
n.s("I asked what she would do if they did not change.", "c", hard="question")
n.s("She said she would report it to the donor, and she knew this could end the partnership.", "e+", "judgment", "user_impact")
n.s("She was calm.", "v+", hard="biased")
n.s("Good for this job.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n028", candidate_id="w35-c07", interviewer_id="w35-i04", req_id="w35-r1",
         round="fundamentals", submitted_at="2025-10-16", recommendation="hire",
         specificity=4, style=["bullets", "third_person", "british"], topic="proxy means test")
n.s("Fundamentals, 45 min: a proxy means test to rank households by poverty.", "c")
n.h("Findings")
n.b("Explained that the PMT is a regression of consumption on easy-to-verify assets and why that makes it easy to game once the assets are known.", "e+", "ml_fundamentals", marker="1. ")
n.b("Said R-squared is the wrong target; what matters is the error at the eligibility cut-off, and drew the two error types at the threshold.", "e+", "metrics", "ml_fundamentals", marker="2. ")
n.b("First answer on overfitting was muddled; she said more variables always improve the model.", "e-", "ml_fundamentals", marker="3. ")
n.b("When I asked about a holdout district, she corrected herself and proposed leave-one-district-out validation.", "e+", "learning", "ml_fundamentals", marker="4. ")
n.b("Did not mention that asset lists go stale after a flood destroys the assets.", "e-", "data_intuition", hard="negated", marker="5. ")
n.h("Verdict")
n.s("Hire; finding 3 is the only real weakness and she fixed it herself.", "e+", "learning", hard="verdict_plus_evidence")
notes.append(n)

# ---------- c08 Sam Okafor (they), r2: poor judgement under ambiguity ----------
n = Note(note_id="w35-n029", candidate_id="w35-c08", interviewer_id="w35-i02", req_id="w35-r2",
         round="system_design", submitted_at="2025-11-04", recommendation="lean_no_hire",
         specificity=3, style=["prose", "third_person", "british"], topic="flood mapping")
n.s("The exercise consisted of designing the flood mapping for a cyclone that is arriving in four days, with the information still very incomplete.", "c")
n.s("Sam did not make any question about the requirements and started directly to draw a Kubernetes cluster with autoscaling.", "e-", "judgment", "system_thinking")
n.s("When I said that we have a budget of 500 dollars and no engineer in the country, they answered that the cluster is 'the correct way' and that the budget is a problem of the management.", "e-", "judgment", "learning")
n.s("I must say that the part of the radar images was well thought, they explained that Sentinel-1 sees through the clouds, which is very relevant during a cyclone.", "e+", "ml_fundamentals", "system_thinking")
n.s("They never spoke about what happens if the cyclone changes direction and the images are of the wrong area.", "e-", "risk_awareness", hard="negated")
n.s("In my opinion they have a lot of technical knowledge but not the sense of the context.", "v0", "judgment", hard="mixed")
n.s("The communication was a bit disordered, jumping between topics.", "v-", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n030", candidate_id="w35-c08", interviewer_id="w35-i05", req_id="w35-r2",
         round="behavioural", submitted_at="2025-11-04", recommendation="lean_hire",
         specificity=2, style=["prose", "first_person"], topic="behavioural")
n.s("Sam was really fun to chat with and so passionate about the mission.", "v+", hard="biased")
n.s("I asked them about a time they had to decide with little information.", "c", hard="question")
n.s("Their story was a bit hard to pin down, something about choosing a cloud provider.", "v-", "communication")
n.s("I have a slight worry that they like big solutions a bit too much.", "v-", "judgment", hard="hedged")
n.s("But I'm sure they'd grow into it.", "v+", "learning")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n031", candidate_id="w35-c08", interviewer_id="w35-i07", req_id="w35-r2",
         round="coding", submitted_at="2025-11-05", recommendation="lean_no_hire",
         specificity=4, style=["headings", "prose", "first_person", "british"], topic="change detection")
n.h("Task")
n.s("I asked Sam to write a change-detection function that compares pre and post flood water masks and returns the newly flooded area per district.", "c")
n.h("Coding")
n.s("They wrote a correct pixel difference in numpy and converted pixel counts to hectares using the 10 m resolution.", "e+", "coding")
n.s("They also handled districts with no pixels by returning zero rather than crashing.", "e+", "coding", hard="plain_evidence")
n.h("Judgment")
n.s("When I said the pre-flood image was from the dry season and the rivers were therefore narrower, they said it 'doesn't matter for the code' and kept it.", "e-", "judgment", "data_intuition")
n.s("Asked whether to publish the numbers tonight or wait for a clearer image tomorrow, they said tonight, without any caveat, because 'speed is everything in emergencies'.", "e-", "judgment", "risk_awareness")
n.h("User impact")
n.s("They did not ask who would use the per-district numbers.", "e-", "user_impact", hard="negated")
n.h("Overall")
n.s("Lean no hire; the coding is fine, the judgement under uncertainty is the same problem i02 describes.", "e0", "coding", "judgment", hard="mixed")
notes.append(n)

n = Note(note_id="w35-n032", candidate_id="w35-c08", interviewer_id="w35-i03", req_id="w35-r2",
         round="data", submitted_at="2025-11-06", recommendation="lean_no_hire",
         specificity=2, style=["prose", "third_person"], topic="imagery")
n.s("Data discussion on imagery sources.", "c")
n.s("Sam knows satellite data quite well.", "v+", "data_intuition", hard="tech_vague")
n.s("Decent understanding of SAR and optical.", "v+", "data_intuition", hard="tech_vague")
n.s("Picked the most expensive commercial imagery without asking about cost.", "e-", "judgment")
n.s("Not sure about their judgement.", "v-", "judgment", hard="hedged")
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

# ---------- history notes ----------
n = Note(note_id="w35-n033", candidate_id="w35-c09", interviewer_id="w35-i01", req_id="w35-r1",
         round="data", submitted_at="2024-11-19", recommendation="no_hire",
         specificity=3, style=["prose", "third_person", "terse"], topic="survey data")
n.s("Data round, phone survey after the earthquake.", "c")
n.s("Yusuf looked at the averages only.", "e-", "data_intuition")
n.s("He did not see that half the answers came from one city.", "e-", "data_intuition", hard="negated")
n.s("I showed him, he said the sample is big so it is fine.", "e-", "data_intuition", "learning")
n.s("He did not think about people without a phone.", "e-", "user_impact", hard="negated")
n.s("His charts were clean.", "e+", "communication")
n.s("He used a median for income, he said because of the outliers.", "e+", "data_intuition")
n.s("Not enough for the field.", "v-")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n034", candidate_id="w35-c10", interviewer_id="w35-i04", req_id="w35-r2",
         round="coding", submitted_at="2024-12-03", recommendation="lean_hire",
         specificity=3, style=["bullets", "third_person", "british"], topic="raster processing")
n.s("Coding, 45 min: compute NDVI change between two Sentinel-2 scenes and mask clouds.", "c")
n.h("Findings")
n.b("Used the scene classification layer for the cloud mask without being told it existed.", "e+", "coding", marker="1. ")
n.b("Integer division turned every NDVI value into 0 or -1; she found it herself by printing the min and max.", "e0", "coding", hard="mixed", marker="2. ")
n.b("Code structure reasonable.", "v+", "coding", marker="3. ")
n.b("No tests written.", "e-", "coding", hard="negated", marker="4. ")
n.b("Seems to know remote sensing well.", "v+", hard="tech_vague", marker="5. ")
n.h("Verdict")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n035", candidate_id="w35-c11", interviewer_id="w35-i06", req_id="w35-r1",
         round="behavioural", submitted_at="2025-01-21", recommendation="lean_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "lowercase"], topic="donor reporting")
n.b("behavioural, 30m", "c")
n.b("q: explain a model to a donor", "c", hard="question")
n.b("ok answer, bit generic", "v0", "communication")
n.b("mentioned 'showing the confusion matrix in plain words'", "e0", "communication")
n.b("prob fine w/ partners", "v+", hard="hedged")
n.b("nice guy", "v+", hard="biased")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n036", candidate_id="w35-c12", interviewer_id="w35-i02", req_id="w35-r1",
         round="data", submitted_at="2025-02-04", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="exclusion errors")
n.s("With Lucía we worked on the data of a cash programme in Colombia for migrants from Venezuela, which was a very pertinent case for her because she knows the context.", "c")
n.s("She identified rapidly that the households without documents were registered with a temporary number that changes every time, and so they appeared several times or they disappeared between the rounds.", "e+", "data_intuition")
n.s("She said that this could produce exclusion errors exactly for the most vulnerable persons, the ones without papers.", "e+", "user_impact", "data_intuition")
n.s("She proposed to link the records with the name, the date of birth and the municipality, and to check manually a sample of 100 links before using them.", "e+", "data_intuition", "risk_awareness")
n.s("She has a great knowledge of statistics.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked her for a metric to follow each month, she proposed the percentage of complaints resolved, which I think measures the work of the team more than the targeting.", "e-", "metrics")
n.s("She is very sympathetic and everybody in the office would like her.", "v+", hard="biased")
n.s("I recommend to hire her.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w35_notes_part3.jsonl", notes)
print(len(notes), "notes")
