import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"

notes = []

# ---- candidate w50-c04 Jonah (they), r2 ----
n = Note(note_id="w50-n013", candidate_id="w50-c04", interviewer_id="w50-i01", req_id="w50-r2",
         round="data", submitted_at="2025-07-01", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="sighting data for donors",
         ratings={"data_intuition": "hire", "user_impact": "no_hire"})
n.s("Data round with Jonah, about 50 minutes.", "c")
n.s("The exercise was a table of 18 months of rhino sightings from scouts, with GPS points, to be turned into a monthly report for donors.", "c", hard="question")
n.s("Jonah cleaned the GPS points well: they found 212 rows with latitude and longitude swapped and fixed them with a bounding-box check on the park.", "e+", DI, hard="verdict_plus_evidence")
n.s("They also noticed that one scout's sightings all fell on the same coordinate, the village office, and asked whether he was logging from home.", "e+", DI)
n.s("Then they proposed a donor report with a heat map of exact sighting points, calf counts included.", "e-", UI)
n.s("I asked who else might end up reading a donor report.", "c", hard="interviewer_action")
n.s("They said donors are trusted partners and the map would make the impact 'feel real'.", "e-", UI)
n.s("They never raised that a public map of rhino positions is a gift to poachers, even after my question.", "e-", UI, RI, hard="negated")
n.s("Their monthly counts were right, and they checked them against the scouts' paper tallies.", "e+", DI)
n.s("Strong with data, weak on who could be hurt by it.", "v0", DI, UI, hard="mixed")
n.s("Lean no hire for us, because the sensitive-data blind spot matters more here than clean joins.", "v-", UI)
notes.append(n)

n = Note(note_id="w50-n014", candidate_id="w50-c04", interviewer_id="w50-i07", req_id="w50-r2",
         round="system_design", submitted_at="2025-07-02", recommendation="lean_no_hire", specificity=5,
         style=["prose", "headings", "third_person", "british"], topic="elephant collar alerts")
n.h("## Brief")
n.s("Design a service that shares live elephant collar positions with farmers so they can protect their crops.", "c", hard="question")
n.h("## System thinking")
n.s("Jonah split the design into an ingest service for collar pings, a geofence checker and an SMS sender, and estimated 600 pings an hour from 50 collars.", "e+", ST)
n.s("They asked how often collars lose satellite fix and planned for pings arriving up to six hours late.", "e+", ST, DI)
n.h("## Risk and user impact")
n.s("Their plan sent exact coordinates to every farmer on the list, with no delay and no coarsening.", "e-", UI)
n.s("When I asked whether the positions could reach ivory traffickers, they said farmers had signed a code of conduct and that was enough.", "e-", UI, JU)
n.s("I then suggested sending only 'elephants within 2 km of your farm' messages.", "c", hard="interviewer_action")
n.s("They agreed it was safer but said it would 'reduce engagement' and kept exact points as the default.", "e-", LE, UI)
n.s("They did add a kill switch to stop all messages if a collar was reported tampered with.", "e+", RI)
n.h("## Communication")
n.s("Explained the data flow on the whiteboard in a clear order, and checked the SMS limits with me before moving on.", "e+", CM)
n.h("## Overall")
n.s("Lean no hire: sound engineering, but the exposure of animal locations was defended rather than rethought when I raised it.", "e-", UI, LE, hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w50-n015", candidate_id="w50-c04", interviewer_id="w50-i03", req_id="w50-r2",
         round="fundamentals", submitted_at="2025-07-03", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="statistics")
n.s("Fundamentals with Jonah.", "c")
n.s("Good grasp of statistics and modelling.", "v+", ML, hard="tech_vague")
n.s("Solid on Bayesian methods and hierarchical models.", "v+", ML, hard="tech_vague")
n.s("Answered most things well.", "v+", ML)
n.s("Could maybe be stronger on the ethics side.", "v-", UI, hard="hedged")
n.s("Nice person.", "v+", hard="biased")
n.s("Hire I think.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n016", candidate_id="w50-c04", interviewer_id="w50-i02", req_id="w50-r2",
         round="behavioural", submitted_at="2025-07-04", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="scout network")
n.s("I met Jonah for the behavioural chat, and we talked mostly about our scout network.", "c")
n.s("I asked how they would handle a scout who kept sending blurry photos.", "c", hard="question")
n.s("They said they'd visit the scout, look at the phone together, and ask what time of day the photos were taken before assuming anything.", "e+", CM, UI, hard="plain_evidence")
n.s("That's exactly how we like volunteers to be treated.", "v+", UI)
n.s("I asked whether they had worked with communities before.", "c")
n.s("They told me about a year in a fishing village in Mozambique where they ran a phone survey, and said the hardest part was hearing from women when the men answered the phone.", "e+", UI)
n.s("When I mentioned that scouts sometimes fear the poachers know who reports them, they went quiet and then moved on to app features.", "e-", UI, hard="plain_evidence")
n.s("I'm not sure they took that worry on board.", "v-", UI, hard="hedged")
n.s("Warm and thoughtful otherwise.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w50-c05 Kwame (he), r1 ----
n = Note(note_id="w50-n017", candidate_id="w50-c05", interviewer_id="w50-i04", req_id="w50-r1",
         round="system_design", submitted_at="2025-08-12", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="offline model rollout",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire"})
n.s("System design, 60 min.", "c")
n.nl()
n.s("Brief: ship a new species model to 120 offline camera units that rangers visit every six weeks.", "c", hard="question")
n.nl()
n.h("Findings")
n.b("Kwame sized storage correctly: 32 GB cards at about 1.5 MB per image gives roughly 20,000 images per visit, which he said was enough for a quiet site but not a waterhole.", "e+", ST, marker="1. ")
n.b("He proposed pushing the new model to every unit on the next ranger visit.", "e0", ST, marker="2. ")
n.b("Asked what happens if the new model is worse at one site, he said it had been validated on 40,000 images so it would not be.", "e-", RI, ME, marker="3. ")
n.b("He kept no copy of the old model on the device and had no way to notice a failure before the next visit.", "e-", RI, hard="negated", marker="4. ")
n.b("When I asked directly about rollback, he said rangers could 'just reinstall', without weighing that a bad model would run for six weeks first.", "e-", RI, JU, marker="5. ")
n.b("He did ask whether units at different altitudes see different species, and planned a per-site class list.", "e+", DI, JU, marker="6. ")
n.b("Diagrams were tidy and he labelled every arrow.", "e+", CM, marker="7. ")
n.h("Verdict")
n.s("Lean no hire: good sizing, but no failure-mode thinking for devices nobody sees for six weeks.", "v-", RI)
notes.append(n)

n = Note(note_id="w50-n018", candidate_id="w50-c05", interviewer_id="w50-i05", req_id="w50-r1",
         round="behavioural", submitted_at="2025-08-13", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="edge devices")
n.s("What a pleasure Kwame was to talk to.", "v+")
n.s("I asked him about his proudest project.", "c")
n.s("He has done loads of work on edge devices and obviously knows the area inside out.", "v+", ST, hard="vague_quantity")
n.s("He mentioned a solar weather-station network from his university days, which sounded impressive.", "v+")
n.s("When I asked what he personally built, he said he wrote the firmware that put the stations to sleep between readings and took battery life from three days to three weeks.", "e+", OW, ST)
n.s("Great energy.", "v+", hard="biased")
n.s("A natural leader, I'd say.", "v+", OW)
n.s("Strong hire without hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n019", candidate_id="w50-c05", interviewer_id="w50-i06", req_id="w50-r1",
         round="coding", submitted_at="2025-08-14", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "lowercase", "arrows"], topic="on-device batching")
n.b("coding 45m", "c")
n.b("q: resize + batch imgs for on-device inference under 256MB RAM", "c", hard="question")
n.b("asked max img size + whether imgs arrive in order before writing anything", "e+", JU)
n.b("used a generator, streamed batches of 16, peak mem ~180MB on my test", "e+", CO)
n.b("wrote 2 tests (empty dir, corrupt jpeg) unprompted", "e+", CO)
n.b("corrupt jpeg test failed on first run -> read the trace, wrapped decode in try, logged the filename", "e+", CO)
n.b("didn't ask what happens to the skipped files later", "e-", RI, hard="negated")
n.b("clean code", "v+", CO)
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n020", candidate_id="w50-c05", interviewer_id="w50-i03", req_id="w50-r1",
         round="data", submitted_at="2025-08-15", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="label quality")
n.s("Data round with Kwame.", "c")
n.s("Generally decent with data.", "v+", DI)
n.s("He asked about label quality early on, which was good.", "e+", DI)
n.s("Bit slow getting going.", "v-")
n.s("Some gaps on the stats side.", "v-", ML, hard="tech_vague")
n.s("Fine overall I suppose.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w50-c06 Mei (she), r2 ----
n = Note(note_id="w50-n021", candidate_id="w50-c06", interviewer_id="w50-i06", req_id="w50-r2",
         round="fundamentals", submitted_at="2025-09-02", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "lowercase", "arrows"], topic="calibration")
n.b("fund 40m, calibration", "c")
n.b("q1 bias/var on poaching incident model, q2 calibration", "c", hard="question")
n.b("explained overfit w/ small park data -> suggested pooling across 3 parks w/ park as a feature", "e+", ML)
n.b("drew reliability diagram unprompted, said probs matter b/c rangers pick 1 of 5 routes from them", "e+", ML, ME)
n.b("strong on calibration", "v+", ML, hard="tech_vague")
n.b("hesitated on cross-val w/ time-ordered data, got there after a nudge", "e0", ML, LE, hard="mixed")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n022", candidate_id="w50-c06", interviewer_id="w50-i05", req_id="w50-r2",
         round="data", submitted_at="2025-09-03", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person"], topic="incident reporting gaps")
n.s("I really enjoyed my data session with Mei.", "v+")
n.s("I gave her the anti-poaching incident table, 4,800 rows across three parks, and asked what she would check before modelling.", "c", hard="interviewer_action")
n.s("Within five minutes she plotted incidents by month and spotted that one park had none for the whole of March 2023.", "e+", DI)
n.s("She asked whether that was a real lull or a gap in reporting, and I confirmed the radio system had been down that month.", "e+", DI, hard="question")
n.s("She then dropped that month from training rather than treat it as zero incidents, and explained why to me in one sentence.", "e+", DI, JU)
n.s("She also noticed that incident rows listed ranger names and said she'd strip them before anything left the secure server.", "e+", UI, RI)
n.s("When I asked which number she'd show donors, she suggested snares removed per patrol day rather than model accuracy, because donors fund patrols, not models.", "e+", ME)
n.s("Honestly one of the sharpest people I have interviewed this year.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n023", candidate_id="w50-c06", interviewer_id="w50-i07", req_id="w50-r2",
         round="behavioural", submitted_at="2025-09-04", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "first_person", "british"], topic="late dashboard")
n.h("Ownership")
n.s("I asked Mei about a project that slipped.", "c")
n.s("She described a poaching dashboard at her last NGO that was three months late, and said it was late because the data engineering contractor 'never delivered'.", "e-", OW)
n.s("When I asked what she did in those three months, she said she waited for the pipeline and worked on other tickets.", "e-", OW)
n.s("She did not mention raising the risk with her manager or trying any stopgap.", "e-", OW, hard="negated")
n.h("Learning")
n.s("Asked what she would do differently, she said she would pick a better contractor.", "e-", OW, LE)
n.h("Communication")
n.s("Answers were clear and short.", "v+", CM)
n.h("User impact")
n.s("She asked who reads the dashboard in the field and whether rangers could open it on a phone with no data signal.", "e+", UI, hard="plain_evidence")
n.h("Overall")
n.s("Technically she is clearly capable; I'm less sure she would push things through when others drop the ball.", "v0", OW, hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n024", candidate_id="w50-c06", interviewer_id="w50-i04", req_id="w50-r2",
         round="debugging", submitted_at="2025-09-05", recommendation="lean_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="null features",
         ratings={"coding": "hire", "ownership": "lean_no_hire"})
n.s("Debugging, 45 min.", "c")
n.nl()
n.s("Scenario: the weekly incursion-risk scores for one park all came out as 0.5 after a data refresh.", "c", hard="question")
n.nl()
n.h("Findings")
n.b("Mei checked the feature table before the model and found the 'days since last incident' column was null for every row of that park.", "e+", DI, CO)
n.b("She traced it to a join on park name, which had changed from 'Ruaha' to 'Ruaha NP' in the new export.", "e+", DI, CO)
n.b("She fixed the join by switching to the park id and re-ran the scores, which then spread from 0.02 to 0.71.", "e+", CO)
n.b("She did not add a check that would catch all-null columns next time, even when I asked how this could be prevented.", "e-", RI, hard="negated")
n.b("She said keeping the export stable was 'the data team's job' rather than something she would chase.", "e-", OW)
n.b("Talked through every step aloud.", "v+", CM)
n.h("Verdict")
n.s("Lean hire; quick and exact diagnosis, but she left prevention to others.", "v0", OW, hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w50_notes_part2.jsonl", notes)
