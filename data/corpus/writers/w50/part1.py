import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"

notes = []

# ---- candidate w50-c01 Ama (she), r1 ----
n = Note(note_id="w50-n001", candidate_id="w50-c01", interviewer_id="w50-i01", req_id="w50-r1",
         round="data", submitted_at="2025-03-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="rare species labels",
         ratings={"data_intuition": "hire"})
n.s("Data round, 50 minutes.", "c")
n.s("I gave Ama a sample of 2,000 camera-trap images from our Ruaha sites where the pangolin class had only 31 examples.", "c", hard="interviewer_action")
n.s("Before touching any model she asked how the volunteers decided on a label when the animal was half out of frame.", "e+", DI, hard="plain_evidence")
n.s("She then opened the label file and found that 4 of the 31 pangolin images were the same burst of frames from one night.", "e+", DI)
n.s("She said those bursts had to sit in the same split, otherwise the test score would flatter the model.", "e+", DI, ML)
n.s("For the rare classes she proposed reporting recall per species rather than one overall accuracy, because accuracy would be carried by the impala and baboons.", "e+", ME)
n.s("I pushed her on whether we could simply drop the classes with under 50 images.", "c", hard="interviewer_action")
n.s("She said no, since the rare ones are exactly what the rangers care about, and suggested a separate 'unknown, send to an expert' bucket instead.", "e+", JU, UI)
n.s("She did not look at the night images separately until I pointed out that most pangolin shots are infrared.", "e-", DI, hard="negated")
n.s("Once I did, she split the confusion matrix by day and night straight away.", "e+", LE)
n.s("Good, practical data sense.", "v+", DI)
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n002", candidate_id="w50-c01", interviewer_id="w50-i03", req_id="w50-r1",
         round="system_design", submitted_at="2025-03-12", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="offline detection")
n.s("System design with Ama.", "c")
n.s("Really strong candidate overall.", "v+")
n.s("Knows her stuff on edge deployment and model compression.", "v+", ST, hard="tech_vague")
n.s("Communicated well throughout.", "v+", CM)
n.s("Handled the offline angle nicely.", "v+", ST)
n.s("Some good thoughts on monitoring too.", "v+", RI, hard="tech_vague")
n.s("Would be a great addition to the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n003", candidate_id="w50-c01", interviewer_id="w50-i05", req_id="w50-r1",
         round="behavioural", submitted_at="2025-03-13", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="volunteer labelling")
n.s("I had the behavioural slot with Ama and honestly enjoyed every minute of it.", "v+")
n.s("I asked her to tell me about a time a project she led went wrong.", "c")
n.s("She described a bird-call classifier she shipped at her previous job that started flagging wind noise as a rare owl after a firmware update on the recorders.", "e0", RI)
n.s("She said she was the one who noticed it, from a spike in owl detections that no ecologist believed, and she pulled the model back to the previous version the same afternoon.", "e+", OW, RI)
n.s("She then wrote up what happened for the field team in plain language, which I liked a lot.", "e+", CM)
n.s("I asked what she would do differently.", "c", hard="question")
n.s("She said she would now ask for a small set of recordings from every firmware version before release, and would keep a rollback copy of the old model on each device.", "e+", RI)
n.s("We moved on to volunteers.", "c")
n.s("She told me she had run weekly calls with about forty volunteer labellers and changed the labelling guide after seeing that two of them always marked genets as civets.", "e+", DI, OW)
n.s("She clearly cares about the people doing the labelling, not just the labels.", "v+", UI)
n.s("I'd be thrilled to have her; strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n004", candidate_id="w50-c01", interviewer_id="w50-i06", req_id="w50-r1",
         round="coding", submitted_at="2025-03-14", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "lowercase", "arrows"], topic="burst dedup")
n.b("coding, 45m", "c")
n.b("q: dedupe camera-trap bursts by timestamp + camera id", "c", hard="question")
n.b("wrote grouping fn w/ sort then single pass, ran it on my 3 examples", "e+", CO)
n.b("missed case where two cams share an id after a reset -> I flagged, fixed in ~2 min", "e0", CO, LE, hard="mixed")
n.b("no tests unprompted", "e-", CO, hard="negated")
n.b("said O(n log n) b/c of the sort, correct", "e+", CO)
n.b("code a bit messy", "v-", CO)
n.b("solid tbh", "v+")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w50-c02 Tomás (he), r2 ----
n = Note(note_id="w50-n005", candidate_id="w50-c02", interviewer_id="w50-i04", req_id="w50-r2",
         round="data", submitted_at="2025-05-06", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person", "british"], topic="snare hotspots",
         ratings={"metrics": "no_hire", "data_intuition": "lean_no_hire", "coding": "hire"})
n.s("Data round, 55 min.", "c")
n.nl()
n.s("Exercise: predict where snares will be found next month from two years of ranger patrol logs.", "c", hard="question")
n.nl()
n.h("Findings")
n.b("Candidate trained a gradient-boosted model on all patrol records and reported an AUC of 0.91 within the first 20 minutes.", "e0", ME, marker="1. ")
n.b("He did not ask where patrols had actually gone; snares are only recorded where rangers walk, so the label measures patrol effort as much as poaching.", "e-", DI, hard="negated", marker="2. ")
n.b("When I raised that point he said the AUC 'speaks for itself' and that the model would find the hotspots regardless.", "e-", ME, LE, marker="3. ")
n.b("He proposed handing the top 20 cells to the ranger teams as next month's route, with no comparison against the current routes.", "e-", ME, JU, marker="4. ")
n.b("Asked about error costs, he said a missed hotspot and a wasted patrol were 'roughly the same' and did not mention ranger fatigue or the risk of long routes.", "e-", UI, marker="5. ")
n.b("He wrote clean pandas for the spatial join and checked the row count after it.", "e+", CO, DI, marker="6. ")
n.b("He kept rhino sighting coordinates in a shared notebook and did not raise that they are sensitive.", "e-", UI, RI, hard="negated", marker="7. ")
n.h("Verdict")
n.s("No hire; he defended the 0.91 twice after I showed him the patrol-effort bias.", "e-", ME, LE, hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w50-n006", candidate_id="w50-c02", interviewer_id="w50-i07", req_id="w50-r2",
         round="fundamentals", submitted_at="2025-05-07", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "third_person", "british"], topic="incursion model")
n.h("## ML fundamentals")
n.s("Tomás explained regularisation well: he said L1 drives weak features to zero while L2 only shrinks them, and drew the two penalty shapes.", "e+", ML, hard="verdict_plus_evidence")
n.s("He picked log-loss over accuracy for the rare-incursion target, because accuracy would sit near 99% by predicting 'no incursion' everywhere.", "e+", ML)
n.h("## Metrics")
n.s("I asked how he would know the incursion model actually helped rangers.", "c", hard="question")
n.s("He said an offline lift in precision at 10 was enough evidence to roll it out park-wide.", "e-", ME)
n.s("When I suggested a pilot in two sectors with the old routes as a comparison, he called it 'nice to have' and kept to the park-wide plan.", "e-", LE, JU)
n.h("## Communication")
n.s("Clear and well paced.", "v+", CM)
n.h("## Overall")
n.s("Good fundamentals, but the same reliance on an offline number worries me in a role where decisions move people on the ground.", "v0", ME, hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n007", candidate_id="w50-c02", interviewer_id="w50-i02", req_id="w50-r2",
         round="behavioural", submitted_at="2025-05-08", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="community scouts")
n.s("Lovely to meet Tomás today.", "v+")
n.s("I asked him about working with the village scouts who report sightings to us.", "c")
n.s("He was very friendly and easy to talk to.", "v+", hard="biased")
n.s("He spoke about community engagement, though mostly in general terms.", "v0", UI)
n.s("He told me he once ran a workshop for farmers about crop-raiding elephants, where he showed them the alert map and asked what they would change.", "e+", UI)
n.s("I think the scouts would warm to him.", "v+", hard="biased")
n.s("Seems a real team player.", "v+", hard="biased")
n.s("Hire from me!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n008", candidate_id="w50-c02", interviewer_id="w50-i05", req_id="w50-r2",
         round="system_design", submitted_at="2025-05-09", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person"], topic="patrol risk map")
n.s("I asked Tomás to design the pipeline that turns ranger patrol logs and camera alerts into a weekly risk map.", "c")
n.s("He sketched it quickly: a sync from the ranger tablets whenever they get signal, a feature job per 1 km grid cell, and a model that scores each cell.", "e+", ST)
n.s("He thought about the tablets being offline for days and said the sync must accept records that arrive a week after the patrol.", "e+", ST, DI)
n.s("I loved that he already had an AUC of 0.9 from his notebook and said it would carry straight over to the field.", "e-", ME)
n.s("He did not say what would happen if the map was wrong for a whole week.", "e-", RI, hard="negated")
n.s("He is very sharp on architecture.", "v+", ST)
n.s("Communication was excellent.", "v+", CM)
n.s("Tons of experience with big pipelines.", "v+", ST, hard="vague_quantity")
n.s("Strong hire, I would love to work with him.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w50-c03 Priya (she), r1 ----
n = Note(note_id="w50-n009", candidate_id="w50-c03", interviewer_id="w50-i06", req_id="w50-r1",
         round="fundamentals", submitted_at="2025-06-17", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "lowercase", "arrows"], topic="night images")
n.b("fundamentals 45m, night imgs", "c")
n.b("q: why does the species clf drop at night", "c", hard="question")
n.b("said IR imgs are greyscale so colour features are useless, suggested a separate night head", "e+", ML)
n.b("didn't think of class imbalance at night (nocturnal spp dominate) until hinted", "e-", DI, hard="negated")
n.b("after hint -> proposed per-period class weights + checked counts in my table", "e+", LE)
n.b("confused focal loss w/ label smoothing", "e-", ML)
n.b("ok on basics imo", "v0", ML)
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n010", candidate_id="w50-c03", interviewer_id="w50-i07", req_id="w50-r1",
         round="system_design", submitted_at="2025-06-18", recommendation="hire", specificity=4,
         style=["prose", "headings", "third_person", "british"], topic="solar camera traps")
n.h("Problem")
n.s("Design species detection for 300 solar-powered camera traps that can only upload over satellite once a week.", "c", hard="question")
n.h("System thinking")
n.s("Priya first asked what power budget each unit had and how many images a trap takes on a busy night.", "e+", JU)
n.s("Her first design ran the full classifier on every frame on the device, which by her own numbers would have drained the battery in two days.", "e-", ST)
n.s("After I asked her to recheck those numbers, she moved to a tiny empty-frame filter on the device and full classification at the base station.", "e+", LE, ST)
n.h("Risk")
n.s("She proposed keeping a random 2% of discarded frames so someone could check what the filter throws away.", "e+", RI, DI)
n.s("No plan for what happens when a unit's clock drifts and timestamps go wrong.", "e-", RI, hard="negated")
n.h("Users")
n.s("She asked who would see the alerts first and whether a ranger would get a poacher photo at 2am.", "e+", UI, hard="plain_evidence")
n.h("Summary")
n.s("Hire; she changed course within minutes once the battery numbers were in front of her.", "e+", LE, hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w50-n011", candidate_id="w50-c03", interviewer_id="w50-i01", req_id="w50-r1",
         round="behavioural", submitted_at="2025-06-19", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="expert disagreement")
n.s("Behavioural round with Priya, 40 minutes.", "c")
n.s("I asked about a disagreement with a domain expert.", "c")
n.s("She told me about a zoologist who refused to accept her model's leopard counts because it counted one animal twice when two cameras saw it.", "e0", DI)
n.s("She said her first reaction was to defend the model, and admitted that was wrong.", "e+", LE)
n.s("She went with the zoologist to the two camera sites, checked the timestamps and added a rule to merge detections within ten minutes across neighbouring cameras.", "e+", OW, DI)
n.s("She kept saying 'we' about the fix, but when I asked she was clear which parts she did herself.", "e+", OW)
n.s("I asked how she would explain a false alarm to a ranger who had walked three hours for nothing.", "c", hard="question")
n.s("She said she would tell them straight, show the photo, and ask what would have made the alert easier to judge.", "e+", CM, UI)
n.s("She had nothing to say about lowering the alert rate for that site afterwards.", "e-", RI, hard="negated")
n.s("Honest and plain-spoken.", "v+", CM)
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n012", candidate_id="w50-c03", interviewer_id="w50-i04", req_id="w50-r1",
         round="coding", submitted_at="2025-06-20", recommendation="lean_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="nightly counts",
         ratings={"coding": "lean_hire"})
n.s("Coding, 50 min.", "c")
n.nl()
n.s("Task: given detections with timestamps and confidences, return per-night species counts, counting one animal once per burst.", "c", hard="question")
n.nl()
n.h("Findings")
n.b("Wrote a correct first version in 15 minutes using a dictionary keyed by night and species.", "e+", CO)
n.b("Defined 'night' as the calendar date, so detections at 23:50 and 00:10 landed on different nights.", "e-", CO, DI)
n.b("When I asked what night meant to an ecologist, she changed the key to sunset-to-sunrise and used the park's latitude to compute it.", "e+", LE, DI)
n.b("Tested with three cases she wrote herself, incl. an empty list.", "e+", CO)
n.b("Did not handle detections with missing timestamps, which are about 3% of our real data.", "e-", CO, hard="negated")
n.b("Explained each step as she wrote it and stopped twice to ask if I was following.", "e+", CM)
n.h("Verdict")
n.s("Lean hire: correct and adaptable, but the calendar-date slip is exactly the kind of mistake that would skew our nightly counts.", "v0", CO, hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w50_notes_part1.jsonl", notes)
