import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- c01 Amira Haddad (she), r1 Data Scientist, Needs Assessment: strong ----------
n = Note(note_id="w35-n001", candidate_id="w35-c01", interviewer_id="w35-i03", req_id="w35-r1",
         round="behavioural", submitted_at="2025-03-11", recommendation="strong_hire",
         specificity=1, style=["prose", "third_person"], topic="needs assessment")
n.s("Amira was excellent.", "v+", hard="bare_verdict")
n.s("Really gets the field context and clearly cares about affected communities.", "v+", "user_impact")
n.s("Very mature judgement for someone at this level.", "v+", "judgment")
n.s("Strong communicator, would be great with partners.", "v+", "communication")
n.s("Lots of relevant experience in assessments.", "v+", hard="vague_quantity")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n002", candidate_id="w35-c01", interviewer_id="w35-i04", req_id="w35-r1",
         round="data", submitted_at="2025-03-12", recommendation="hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="survey data",
         ratings={"data_intuition": "strong_hire", "metrics": "hire", "communication": "lean_hire"})
n.h("Data round, 60 min")
n.s("Exercise: household survey extract from three districts after the flood, 4,200 rows, with a vulnerability score to validate.", "c")
n.h("Findings")
n.b("Opened the file and counted interviews per enumerator before anything else; found one enumerator with 310 interviews in two days and flagged them as likely fabricated.", "e+", "data_intuition", marker="1. ")
n.b("Noticed household size was capped at 12 by the form and asked whether larger households had been split into two records.", "e+", "data_intuition", hard="plain_evidence", marker="2. ")
n.b("Asked which sub-districts had no mobile signal during collection before trusting the district averages.", "e+", "data_intuition", marker="3. ")
n.b("Proposed comparing the score against the 2023 baseline on the 600 households interviewed in both rounds rather than against the field teams' impressions.", "e+", "metrics", marker="4. ")
n.b("Said the exclusion error mattered more than the inclusion error for this programme and wanted it reported separately by district.", "e+", "metrics", "user_impact", marker="5. ")
n.b("Did not check whether the female-headed household flag had missing values; I had to point it out and then she handled it properly.", "e0", "data_intuition", "learning", hard="mixed", marker="6. ")
n.b("Her explanation of the weighting was hard to follow at first; she restarted with a drawing of two districts and it landed.", "e0", "communication", hard="mixed", marker="7. ")
n.h("Verdict")
n.s("Hire: findings 1 to 5 are the behaviour I want in this role; 6 and 7 are minor.", "e+", "data_intuition", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n003", candidate_id="w35-c01", interviewer_id="w35-i02", req_id="w35-r1",
         round="behavioural", submitted_at="2025-03-12", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="local partners")
n.s("I realised the behavioural interview with Amira during 45 minutes, centred on the coordination with local partners and on the protection of the data of the beneficiaries.", "c")
n.s("She told me about a project in which the partner organisation was collecting the phone numbers of refugees in a shared spreadsheet, and she explained that she stopped the sharing the same day and moved the list to an encrypted drive with access for only two people.", "e+", "user_impact", "ownership")
n.s("When I asked her what she did after that, she said she wrote a short guidance in Arabic and French for the partner and went back one month later to verify they were applying it, which for me shows that she follows the things until the end.", "e+", "ownership")
n.s("I made her the question of how she would explain a targeting model to a donor that only wants one number.", "c", hard="question")
n.s("She answered that she would give the number of households reached but always together with the estimated number of eligible households that the model leaves out, because the donor must know who is excluded.", "e+", "communication", "user_impact")
n.s("In one moment I pushed back and told her the donor would not accept this second number, and she did not simply repeat herself, she proposed to show it as a range with the reasons of the uncertainty.", "e+", "learning", "communication")
n.s("I have to say that some answers were a little long and I had to redirect her two times to the question.", "e-", "communication")
n.s("In general she has a very good sensibility for the work with communities.", "v+", "user_impact")
n.s("My recommendation is hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n004", candidate_id="w35-c01", interviewer_id="w35-i06", req_id="w35-r1",
         round="fundamentals", submitted_at="2025-03-13", recommendation="hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "fragments", "arrows"], topic="targeting")
n.b("fundamentals, 45m, targeting model for cash assistance", "c")
n.b("asked her: logistic reg vs GBM for eligibility score", "c", hard="question")
n.b("picked LR -> 'we have 900 labelled hh, and the committee needs to read the coefficients'", "e+", "judgment", "ml_fundamentals")
n.b("explained class imbalance ok, suggested class weights not SMOTE, said synthetic hh would confuse the field review", "e+", "ml_fundamentals")
n.b("calibration: knew the word, couldn't say how she'd check it w/o a reliability plot prompt", "e-", "ml_fundamentals", hard="negated")
n.b("solid on theory overall", "v+", "ml_fundamentals", hard="tech_vague")
n.b("good comms", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c02 Tomás Ferreira (he), r2 ML Engineer, Satellite Damage Mapping: offline metric red flag, defensive ----------
n = Note(note_id="w35-n005", candidate_id="w35-c02", interviewer_id="w35-i01", req_id="w35-r2",
         round="system_design", submitted_at="2025-05-06", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "terse"], topic="damage mapping")
n.s("System design round.", "c")
n.s("I asked Tomás to design damage mapping for an earthquake, first 72 hours.", "c", hard="interviewer_action")
n.s("He started with the model, not with the images.", "e-", "system_thinking")
n.s("He chose a U-Net on pre and post images.", "e0", "ml_fundamentals")
n.s("He did not ask where the post-event images come from or how fast.", "e-", "judgment", hard="negated")
n.s("I told him the team has one laptop in the field and bad internet.", "c", hard="interviewer_action")
n.s("He said the tiles can be processed in the cloud and sent back as a map.", "e-", "system_thinking")
n.s("When I said the upload is 2 Mbps, he changed the plan to send only building footprints and a small model to the laptop.", "e+", "learning", "system_thinking")
n.s("He said the model has 0.81 IoU on xBD so it is ready for this earthquake.", "e-", "metrics")
n.s("I asked about villages with different roofs, he said the number is good enough.", "e-", "metrics", "learning")
n.s("No plan if the map is wrong and a team goes to the wrong village.", "e-", "risk_awareness", "user_impact", hard="negated")
n.s("Good engineer but not ready for field work.", "v0", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n006", candidate_id="w35-c02", interviewer_id="w35-i05", req_id="w35-r2",
         round="fundamentals", submitted_at="2025-05-06", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="damage classification")
n.s("I really enjoyed talking with Tomás!", "v+")
n.s("I asked him to walk me through how he would train a building damage classifier from satellite tiles.", "c")
n.s("He explained clearly why he would use a Siamese encoder with shared weights for pre and post images, so that the model compares the same building rather than learning two different views.", "e+", "ml_fundamentals")
n.s("He also knew that the four damage classes are ordinal and suggested an ordinal loss instead of plain cross-entropy, which I thought was a lovely touch.", "e+", "ml_fundamentals")
n.s("He was proud of his 0.81 IoU on the benchmark and said that with those numbers we could confidently send the maps straight to the cash team, which I loved to hear.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("We didn't get to talk much about deployment, so I can't say much there.", "c")
n.s("He is clearly very bright and has loads of deep learning experience.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Such a warm, easy person to talk to.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n007", candidate_id="w35-c02", interviewer_id="w35-i07", req_id="w35-r2",
         round="data", submitted_at="2025-05-07", recommendation="no_hire",
         specificity=4, style=["headings", "prose", "third_person", "british"], topic="labels")
n.h("Setup")
n.s("Data round: labelled tiles from the 2023 earthquake, with annotations from two volunteer groups that disagree on 18% of buildings.", "c")
n.h("Data intuition")
n.s("Tomás proposed to average the two label sets without looking at where they disagreed.", "e-", "data_intuition")
n.s("He did, however, notice that one group had labelled every building in a cloud-covered tile as destroyed, and suggested dropping those tiles.", "e+", "data_intuition")
n.h("Metrics")
n.s("Asked how he would know the model works in the new region, he answered that the validation IoU already shows it.", "e-", "metrics")
n.h("Learning")
n.s("I challenged this with the fact that the validation set is from a different country with different building materials.", "c", hard="interviewer_action")
n.s("He replied that 'a building is a building from above' and did not move from it when I asked a second time.", "e-", "learning")
n.s("Later he said the disagreement between annotators was 'their problem, not the model's'.", "e-", "ownership", "data_intuition")
n.h("Communication")
n.s("Explanations were clear and well structured.", "v+", "communication")
n.h("Overall")
n.s("No hire, because he defended the benchmark number twice when given a concrete reason to doubt it.", "e-", "metrics", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n008", candidate_id="w35-c02", interviewer_id="w35-i04", req_id="w35-r2",
         round="coding", submitted_at="2025-05-08", recommendation="no_hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="tiling")
n.s("Coding, 50 min.", "c")
n.s("Task: write a function that cuts a large GeoTIFF into 512 px tiles with overlap and keeps the geographic coordinates of each tile.", "c")
n.h("Findings")
n.b("Wrote the tiling loop in about 12 minutes and it ran on the sample image.", "e+", "coding", marker="1. ")
n.b("Edge tiles were silently dropped when the image size was not a multiple of 512; he had not tested a 1,000 px image.", "e-", "coding", marker="2. ")
n.b("When I showed him the missing strip on the east side, he said no building would be that close to the edge.", "e-", "learning", "coding", marker="3. ")
n.b("Computed the tile coordinates with the right affine transform and checked one corner against QGIS.", "e+", "coding", marker="4. ")
n.b("Loaded the whole 9 GB image into memory; did not consider a windowed read even though I said the field laptop has 8 GB.", "e-", "system_thinking", marker="5. ")
n.b("Asked him what happens if the map misses a damaged neighbourhood because of finding 2; he said the IoU would catch it.", "e-", "metrics", "risk_awareness", marker="6. ")
n.h("Verdict")
n.s("No hire: findings 3 and 6 repeat what the data round saw, a benchmark score is treated as proof and pushback is not taken.", "e-", "metrics", "learning", hard="verdict_plus_evidence")
notes.append(n)

# ---------- c03 Rin Takahashi (they), r2 ML Engineer: adapts after hints, good risk awareness ----------
n = Note(note_id="w35-n009", candidate_id="w35-c03", interviewer_id="w35-i06", req_id="w35-r2",
         round="coding", submitted_at="2025-06-17", recommendation="lean_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "lowercase"], topic="flood masks")
n.b("coding, flood extent mask from sentinel-1", "c")
n.b("decent python", "v+", "coding", hard="tech_vague")
n.b("knows numpy well", "v+", "coding", hard="tech_vague")
n.b("forgot nodata pixels, fixed after hint", "e0", "coding", "learning", hard="mixed")
n.b("bit slow", "v-", "coding")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n010", candidate_id="w35-c03", interviewer_id="w35-i02", req_id="w35-r2",
         round="system_design", submitted_at="2025-06-17", recommendation="hire",
         specificity=4, style=["prose", "third_person", "british"], topic="offline deployment")
n.s("The candidate was asked to design a system to deliver flood maps to municipal teams in a region where the internet is cut during several days after the event.", "c")
n.s("Rin began asking how many teams there are, what devices they carry and how often somebody goes to the city with connection, which was a very good manner of entering in the problem.", "e+", "judgment")
n.s("With this information they proposed to precompute the maps in the capital and send them on USB sticks with the daily vehicle, and to keep on the laptops only a small model for updating the maps with new drone images.", "e+", "system_thinking")
n.s("They made a calculation of the size: around 40 MB per municipality in vector format, against more than 2 GB for the rasters, and chose vectors for this reason.", "e+", "system_thinking")
n.s("When I asked what would happen if the map is old and the water has moved, they proposed to print the date of the image in big letters on every map and to mark in grey the zones without new image.", "e+", "risk_awareness", "user_impact")
n.s("I suggested that the teams maybe do not read the date, and they accepted it and added a rule that maps older than 48 hours are not distributed.", "e+", "learning", "risk_awareness")
n.s("They did not speak about who validates the maps before they are sent, and I did not have time to ask.", "e-", "risk_awareness", hard="negated")
n.s("Their explanation was maybe a little technical for a programme officer, but correct.", "v0", "communication", hard="hedged")
n.s("Good candidate, I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n011", candidate_id="w35-c03", interviewer_id="w35-i05", req_id="w35-r2",
         round="behavioural", submitted_at="2025-06-18", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person"], topic="teamwork")
n.s("What a lovely conversation with Rin.", "v+")
n.s("I asked them about a time a project went wrong.", "c", hard="question")
n.s("They told me about a landslide map they shipped for an NGO in Nepal where the model marked a river bed as a landslide, and they said they were the one who emailed the field office to withdraw the map that evening.", "e+", "ownership", "risk_awareness")
n.s("They then rewrote the validation so that every map had ten random tiles checked by a person before release.", "e+", "risk_awareness", "ownership")
n.s("I think they are a natural leader.", "v+", "ownership", hard="hedged")
n.s("Really thoughtful about the people who use the maps.", "v+", "user_impact")
n.s("They were a bit nervous at the start, but warmed up.", "v0", hard="biased")
n.s("Honestly one of the best I've seen this year, strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n012", candidate_id="w35-c03", interviewer_id="w35-i03", req_id="w35-r2",
         round="fundamentals", submitted_at="2025-06-19", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="segmentation")
n.s("Fundamentals chat on segmentation models.", "c")
n.s("Rin knows the area well.", "v+", "ml_fundamentals")
n.s("Good grasp of loss functions and class imbalance.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Mentioned dice loss for the small flooded areas.", "e0", "ml_fundamentals")
n.s("Some gaps on evaluation maybe.", "v-", "metrics", hard="hedged")
n.s("Communication fine.", "v0", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w35_notes_part1.jsonl", notes)
print(len(notes), "notes")
