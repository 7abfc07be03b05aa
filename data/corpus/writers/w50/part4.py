import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"

notes = []

n = Note(note_id="w50-n037", candidate_id="w50-c13", interviewer_id="w50-i06", req_id="w50-r2",
         round="data", submitted_at="2024-10-08", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "abbreviations", "lowercase"], topic="donor dashboard")
n.b("data 45m", "c")
n.b("q: donor dashboard, which numbers to show", "c", hard="question")
n.b("said 'snares removed' + 'patrol km' rather than model AUC", "e+", ME)
n.b("good w/ metrics", "v+", ME, hard="tech_vague")
n.b("bit slow", "v-")
n.b("rest meh", "v0")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n038", candidate_id="w50-c14", interviewer_id="w50-i03", req_id="w50-r1",
         round="system_design", submitted_at="2024-10-22", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="system design")
n.s("Design round with Oleksandr.", "c")
n.s("Didn't really get to grips with the problem.", "v-")
n.s("Architecture felt shaky.", "v-", ST)
n.s("Not a great communicator.", "v-", CM, hard="negated")
n.s("Nice guy though.", "v+", hard="biased")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n039", candidate_id="w50-c15", interviewer_id="w50-i01", req_id="w50-r2",
         round="data", submitted_at="2024-11-05", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="patrol route planning")
n.s("Data round with Chiamaka on patrol route planning.", "c")
n.s("I told her the model ranks grid cells by poaching risk and asked how she would turn that into routes for six ranger teams.", "c", hard="interviewer_action")
n.s("She asked how far a team can walk in a day and whether any cells are unsafe to enter after dark.", "e+", JU, UI, hard="plain_evidence")
n.s("She said she would not send every team to the top cells, because poachers watch the patrols and would simply move.", "e+", JU)
n.s("For that reason she kept about one route in five random.", "e+", JU)
n.s("She did not say how she would check whether the new routes worked.", "e-", ME, hard="negated")
n.s("Good head on her shoulders.", "v+", JU)
n.s("Knows the bush well for someone from a city bank.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n040", candidate_id="w50-c16", interviewer_id="w50-i07", req_id="w50-r1",
         round="system_design", submitted_at="2024-11-26", recommendation="lean_hire", specificity=4,
         style=["prose", "headings", "third_person", "british"], topic="leopard re-identification")
n.h("System thinking")
n.s("Rahul put the species classifier on the camera and the leopard re-identification model on the office server, explaining that the spot-matching model needs 2 GB of memory the cameras do not have.", "e+", ST)
n.s("He did not size the satellite link at all, and his plan sent full-resolution crops every hour.", "e-", ST, hard="negated")
n.h("Metrics")
n.s("He proposed judging the re-ID model by how many matches the ecologists confirm in a monthly sample of 100.", "e+", ME)
n.h("Judgment")
n.s("Asked to choose between a week's delay and shipping without night support, he shipped day-only and told the rangers in writing what it would miss.", "e+", JU, CM)
n.h("Communication")
n.s("He rushed the last part and I had to ask him twice to slow down.", "e-", CM)
n.h("Summary")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n041", candidate_id="w50-c17", interviewer_id="w50-i02", req_id="w50-r2",
         round="behavioural", submitted_at="2024-12-10", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="herder communities")
n.s("Yuki and I talked about working with local communities.", "c")
n.s("They have such a gentle way about them.", "v+", hard="biased")
n.s("They told me about running a community meeting where they asked herders what they would want from an alert before building anything.", "e+", UI)
n.s("I felt the herders would trust them.", "v+", UI)
n.s("They seemed a little unsure on the technical side, but that isn't my area.", "v-", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n042", candidate_id="w50-c18", interviewer_id="w50-i04", req_id="w50-r2",
         round="data", submitted_at="2025-01-21", recommendation="lean_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="donor impact number",
         ratings={"metrics": "hire", "judgment": "lean_no_hire"})
n.s("Data, 55 min.", "c")
n.nl()
n.s("Exercise: the donor team wants one number showing that our anti-poaching model 'works'; the candidate gets three years of patrol and incident data.", "c", hard="question")
n.nl()
n.h("Findings")
n.b("Hamid first asked what decision the donors would make with the number, and was told it was the renewal of a three-year grant.", "e+", JU, ME, marker="1. ")
n.b("He rejected model accuracy as the number, saying donors cannot act on it and it says nothing about animals.", "e+", ME, marker="2. ")
n.b("He proposed incidents per 100 patrol days in sectors using model routes vs. sectors on the old routes, over the same months.", "e+", ME, marker="3. ")
n.b("He noted that the model sectors were not chosen at random and had more rangers, so the comparison would flatter the model.", "e+", ME, DI, marker="4. ")
n.b("He did not propose any way to fix that, such as rotating sectors, even when I asked.", "e-", JU, hard="negated", marker="5. ")
n.b("He wrote the SQL for the comparison in ten minutes and it ran without errors.", "e+", CO, marker="6. ")
n.b("Role-playing the donor, I got an explanation from him that used no jargon and took under a minute.", "e+", CM, marker="7. ")
n.h("Verdict")
n.s("Lean hire: strong on what to measure, but no design to make the measurement fair.", "v0", ME, hard="mixed")
notes.append(n)

n = Note(note_id="w50-n043", candidate_id="w50-c19", interviewer_id="w50-i05", req_id="w50-r1",
         round="fundamentals", submitted_at="2025-02-04", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="deep learning")
n.s("I had such a good time with Elif in the fundamentals round.", "v+")
n.s("She is clearly brilliant and knows deep learning inside and out.", "v+", ML, hard="tech_vague")
n.s("Her understanding of convolutional networks is world-class.", "v+", ML, hard="tech_vague")
n.s("She answered every question I had with ease.", "v+", ML)
n.s("I could genuinely see her leading the camera-trap team one day.", "v+", OW)
n.s("Strong hire, and I'd push hard for her.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n044", candidate_id="w50-c20", interviewer_id="w50-i06", req_id="w50-r2",
         round="debugging", submitted_at="2025-02-25", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "lowercase", "arrows"], topic="route optimiser")
n.b("debug 45m", "c")
n.b("scenario: route optimiser sends 2 teams to the same cell every tues", "c", hard="question")
n.b("read the config first, found a duplicate team id", "e+", CO)
n.b("fixed it but didn't ask why ids were duplicated or check the other days", "e-", RI, CO, hard="mixed")
n.b("when I said rangers lost a day of cover -> shrugged, 'edge case'", "e-", UI)
n.b("rushed, not v methodical", "v-", CO)
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n045", candidate_id="w50-c21", interviewer_id="w50-i03", req_id="w50-r1",
         round="data", submitted_at="2025-03-25", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="volunteer labels")
n.s("Data round with Grace, went well.", "v+")
n.s("She spotted some issues in the volunteer labels.", "v+", DI, hard="vague_quantity")
n.s("Asked how many volunteers labelled each image.", "e+", DI)
n.s("Good instincts on data quality.", "v+", DI)
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n046", candidate_id="w50-c22", interviewer_id="w50-i01", req_id="w50-r1",
         round="behavioural", submitted_at="2025-04-15", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="labelling backlog")
n.s("Behavioural with Matteo, 45 minutes.", "c")
n.s("I asked about a time he owned a problem nobody else wanted.", "c", hard="question")
n.s("He talked about a backlog of 30,000 unlabelled night images at his last job.", "e0", OW)
n.s("When I asked what he did about it, he said he raised it at stand-up and the manager gave it to an intern.", "e-", OW)
n.s("He did not know whether the backlog was ever cleared.", "e-", OW, hard="negated")
n.s("I asked about a time he disagreed with a decision.", "c")
n.s("He said he told his lead the alert threshold was too low, and when the lead kept it, he wrote his concern in the ticket and left it there.", "e0", OW, JU, hard="mixed")
n.s("He told both stories in a clear order, with dates.", "e+", CM)
n.s("He waits for others to act.", "v-", OW)
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n047", candidate_id="w50-c23", interviewer_id="w50-i06", req_id="w50-r2",
         round="fundamentals", submitted_at="2025-05-20", recommendation="hire", specificity=1,
         style=["bullets", "terse", "abbreviations", "lowercase"], topic="statistics")
n.b("fund 40m", "c")
n.b("strong stats", "v+", ML, hard="tech_vague")
n.b("knows bayes well", "v+", ML, hard="tech_vague")
n.b("comms fine", "v+", CM)
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n048", candidate_id="w50-c24", interviewer_id="w50-i07", req_id="w50-r1",
         round="coding", submitted_at="2025-06-03", recommendation="lean_hire", specificity=3,
         style=["prose", "headings", "third_person"], topic="detection crops")
n.h("Coding")
n.s("Owen wrote a function to crop detections from camera frames and handled boxes that run past the image edge by clipping them.", "e+", CO)
n.s("No tests until I asked, then two.", "e-", CO, hard="negated")
n.s("Decent code quality.", "v0", CO)
n.h("Communication")
n.s("When I asked why he clipped rather than dropped the boxes, he said 'it's fine' and only explained after a second prompt.", "e-", CM)
n.h("Ownership")
n.s("He said his last team's test suite was 'someone else's area'.", "e-", OW)
n.h("Summary")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w50_notes_part4.jsonl", notes)
