import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"

notes = []

# ---- candidate w50-c07 Sasha (they), r1 ----
n = Note(note_id="w50-n025", candidate_id="w50-c07", interviewer_id="w50-i06", req_id="w50-r1",
         round="fundamentals", submitted_at="2025-10-07", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "lowercase", "arrows"], topic="rare species training")
n.b("fundamentals 45m, rare spp", "c")
n.b("q: 40k imgs, 12 spp w/ <30 examples each, how to train", "c", hard="question")
n.b("proposed pretrained backbone, freeze early layers, fine-tune head; reason: few examples -> overfit if every layer trains", "e+", ML)
n.b("brought up class-balanced sampling + said it can overfit the rare class by repeating the same 20 imgs", "e+", ML, DI)
n.b("knows augmentation well", "v+", ML, hard="tech_vague")
n.b("didn't ask how the labels were made", "e-", DI, hard="negated")
n.b("v strong ML imo", "v+", ML)
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n026", candidate_id="w50-c07", interviewer_id="w50-i03", req_id="w50-r1",
         round="behavioural", submitted_at="2025-10-08", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="teamwork")
n.s("Behavioural with Sasha.", "c")
n.s("Pleasant conversation.", "v+")
n.s("We covered teamwork and a conflict at their last job.", "c")
n.s("Seemed to handle it reasonably.", "v0", hard="hedged")
n.s("They said they stayed late for a week to finish the volunteer labelling tool when a colleague got sick.", "e+", OW)
n.s("Might need some support on the ML side.", "v-", ML, hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n027", candidate_id="w50-c07", interviewer_id="w50-i04", req_id="w50-r1",
         round="debugging", submitted_at="2025-10-09", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="hyena misclassified at night",
         ratings={"ml_fundamentals": "no_hire", "coding": "hire"})
n.s("Debugging, 50 min.", "c")
n.nl()
n.s("Scenario: a species classifier scores 0.94 on validation, but rangers report that it calls every hyena a leopard at night.", "c", hard="question")
n.nl()
n.h("Findings")
n.b("Sasha's first theory was that the model was 'underfitted' and needed more epochs, before looking at any night images.", "e-", ML, marker="1. ")
n.b("Shown the per-class validation numbers, they did not notice that the validation set held 3 night hyena images out of 6,000.", "e-", DI, ME, hard="negated", marker="2. ")
n.b("They described the validation loss rising after epoch 30 as 'normal for fine-tuning' and could not say what it suggested.", "e-", ML, marker="3. ")
n.b("After I pointed at the night images, they wrote a short script to split errors by hour and found 70% of hyena errors came after 19:00.", "e+", LE, CO, marker="4. ")
n.b("The script was tidy and ran first time.", "e+", CO, marker="5. ")
n.b("They proposed collecting more night hyena images from the volunteers, but did not ask how long the labelling would take.", "e0", JU, hard="mixed", marker="6. ")
n.h("Verdict")
n.s("Lean no hire; on ML fundamentals I saw confusion about basic training behaviour.", "v-", ML)
notes.append(n)

n = Note(note_id="w50-n028", candidate_id="w50-c07", interviewer_id="w50-i02", req_id="w50-r1",
         round="behavioural", submitted_at="2025-10-10", recommendation="hire", specificity=1,
         style=["prose", "first_person"], topic="volunteers")
n.s("Sasha had a chat with me about the volunteer side of the project.", "c")
n.s("Lovely, kind and very easy to like.", "v+", hard="biased")
n.s("I'm sure the volunteers would enjoy working with them.", "v+", UI)
n.s("Great communicator.", "v+", CM)
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w50-c08 Farid (he), r2 ----
n = Note(note_id="w50-n029", candidate_id="w50-c08", interviewer_id="w50-i07", req_id="w50-r2",
         round="data", submitted_at="2025-11-04", recommendation="lean_no_hire", specificity=5,
         style=["prose", "headings", "third_person", "british"], topic="snare density from reports",
         ratings={"data_intuition": "lean_hire", "learning": "no_hire"})
n.h("## Exercise")
n.s("Farid was given 3,000 patrol reports with free-text notes and asked to estimate snare density by sector.", "c")
n.h("## Data intuition")
n.s("He tokenised the notes, counted mentions of 'snare', and checked 50 random reports by hand to see how often the count was right.", "e+", DI)
n.s("He found that 'no snares' was being counted as a snare mention and fixed it with a negation rule.", "e+", DI, CO)
n.s("He never asked whether sectors with more patrols simply produce more reports.", "e-", DI, hard="negated")
n.h("## Learning")
n.s("I pointed out that sector 7 had four times the patrol days of sector 2.", "c", hard="interviewer_action")
n.s("He said the density was 'obviously' higher in sector 7 and that normalising by patrol days would 'hide the signal'.", "e-", LE, DI)
n.s("When I asked him to try it anyway, he did it in two minutes, the ranking changed, and he said the new ranking was probably noise.", "e-", LE)
n.h("## Judgment")
n.s("He recommended moving two ranger teams to sector 7 on the strength of the raw counts.", "e-", JU)
n.h("## Communication")
n.s("He walked me through the negation fix with three example sentences, which made it easy to check.", "e+", CM)
n.h("## Overall")
n.s("Lean no hire: capable with text data, but he argued with the normalisation instead of looking at what it showed.", "e-", LE, hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w50-n030", candidate_id="w50-c08", interviewer_id="w50-i01", req_id="w50-r2",
         round="behavioural", submitted_at="2025-11-05", recommendation="no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="being wrong")
n.s("Behavioural with Farid.", "c")
n.s("I asked him about a time his analysis was wrong.", "c", hard="question")
n.s("He said he could not think of one.", "e-", LE, OW, hard="plain_evidence")
n.s("I pushed and asked about a model that had not worked as expected.", "c", hard="interviewer_action")
n.s("He told me about a fraud model at a bank that flagged too many small shops, and said the business team 'did not understand precision'.", "e-", OW)
n.s("When I said rangers say similar things about our alerts, he got sharp and said rangers should be trained to read scores.", "e-", LE, UI)
n.s("Bright man.", "v+")
n.s("But he does not take being questioned well, and in the field he will be questioned every day.", "v-", LE)
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n031", candidate_id="w50-c08", interviewer_id="w50-i05", req_id="w50-r2",
         round="system_design", submitted_at="2025-11-06", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="gunshot detection")
n.s("I spent a great hour with Farid on system design.", "v+")
n.s("I asked him to design an early-warning system that uses gunshot detectors in the forest to alert the nearest ranger post.", "c")
n.s("He immediately asked how far apart the detectors are and how long their batteries last without sun.", "e+", JU, hard="plain_evidence")
n.s("He proposed triangulating from three detectors and only alerting when two agree, to cut false alarms from thunder and falling branches.", "e+", ST, RI)
n.s("He said the alert should go to the post, not to individual rangers, so nobody walks alone toward gunfire.", "e+", UI)
n.s("When I suggested that a lone post might not answer at night, he brushed it off as a staffing problem rather than a design problem.", "e-", LE, JU)
n.s("Honestly he is a superb systems thinker.", "v+", ST)
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n032", candidate_id="w50-c08", interviewer_id="w50-i06", req_id="w50-r2",
         round="coding", submitted_at="2025-11-07", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "lowercase", "arrows"], topic="sector ranking")
n.b("coding 45m", "c")
n.b("q: weekly snare counts per sector from patrol log, then rank sectors", "c", hard="question")
n.b("groupby correct first try", "e+", CO)
n.b("ranked by raw count; when I asked re patrol effort -> 'not needed', moved on", "e-", LE, DI)
n.b("off-by-one in the week bucketing (sundays went to the wrong week), didn't catch it", "e-", CO)
n.b("fast typer lol", "v+", hard="biased")
n.b("decent", "v0")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w50-n033", candidate_id="w50-c09", interviewer_id="w50-i03", req_id="w50-r1",
         round="coding", submitted_at="2024-11-19", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="coding")
n.s("Coding round, Aisha.", "c")
n.s("Strong coder.", "v+", CO)
n.s("Good problem solving skills.", "v+")
n.s("Clean, efficient solutions.", "v+", CO)
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n034", candidate_id="w50-c10", interviewer_id="w50-i02", req_id="w50-r2",
         round="behavioural", submitted_at="2024-12-03", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="volunteer labellers")
n.s("I chatted with Björn about how he'd work with our volunteer labellers and the village scouts.", "c")
n.s("He was quiet at first but warmed up nicely.", "v0", hard="biased")
n.s("He said he would want to meet the volunteers in person before changing anything about how they label.", "e+", UI)
n.s("He didn't have many examples from his own work.", "v-", hard="vague_quantity")
n.s("Kind and patient, I'd say.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n035", candidate_id="w50-c11", interviewer_id="w50-i07", req_id="w50-r1",
         round="system_design", submitted_at="2025-01-14", recommendation="hire", specificity=3,
         style=["prose", "headings", "third_person"], topic="base-station batching")
n.h("System thinking")
n.s("Ngozi designed a base-station pipeline that batches images from 40 traps and runs the detector overnight once the solar battery is full.", "e+", ST)
n.s("Good overall architecture sense.", "v+", ST)
n.h("Judgment")
n.s("She asked how stale an alert can be before it is useless to rangers, and chose a 12-hour batch based on my answer.", "e+", JU)
n.h("Risk")
n.s("Monitoring was mentioned but never designed.", "e-", RI, hard="negated")
n.h("Communication")
n.s("Clear.", "v+", CM)
n.h("Summary")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n036", candidate_id="w50-c12", interviewer_id="w50-i04", req_id="w50-r2",
         round="data", submitted_at="2025-02-11", recommendation="no_hire", specificity=3,
         style=["bullets", "headings", "third_person"], topic="incursion leakage")
n.s("Data, 45 min.", "c")
n.nl()
n.h("Findings")
n.b("Diego did not look at the data before fitting; his first cell was a random forest on every column.", "e-", DI, hard="negated", marker="1. ")
n.b("He included 'arrest_made' as a feature for predicting an incursion, although it is only recorded after the incursion.", "e-", DI, marker="2. ")
n.b("When I asked about that column he saw the problem at once and removed it.", "e+", LE, marker="3. ")
n.b("Weak on evaluation generally.", "v-", ME, marker="4. ")
n.b("Communication below the bar.", "v-", CM, marker="5. ")
n.h("Verdict")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w50_notes_part3.jsonl", notes)
