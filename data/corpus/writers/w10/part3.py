import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c07 Rowan Fitzgerald (they), r1 -- defensive under pushback (i02 + i05)
n = Note(note_id="w10-n025", candidate_id="w10-c07", interviewer_id="w10-i02", req_id="w10-r1",
         round="system_design", submitted_at="2024-08-19", recommendation="lean_no_hire", specificity=4,
         style=["terse", "fragments", "arrows", "quotes", "abbreviations"], topic="label scarcity")
n.b("Round: system design, 60m", "c", marker="")
n.b("Prompt: segment terraced fields in Nepal, ~200 labelled tiles total", "c", marker="")
n.b("Plan: pretrain on unlabelled tiles (masked autoencoder), fine-tune on the 200", "e+", "ml_fundamentals", marker="")
n.b("Labels: active learning loop, annotators get uncertainty-ranked tiles", "e+", "data_intuition", marker="")
n.b("Shift: nothing on how Nepali terraces differ from the pretraining regions", "e-", "data_intuition", hard="negated", marker="")
n.b("Serving: whole inference on one GPU box, no estimate of tiles/day", "e-", "system_thinking", marker="")
n.b("Pushback 1: I asked about throughput -> 'it'll be fine, it's a small country'", "e-", "learning", "system_thinking", marker="")
n.b("Pushback 2: asked how they'd evaluate w/ 200 labels -> got defensive, 'you can't do better with 200 labels anyway'", "e-", "learning", marker="")
n.b("Vibe: confident, bordering on dismissive", "v-", "communication", marker="")
n.b("Rec: LNH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w10-n026", candidate_id="w10-c07", interviewer_id="w10-i05", req_id="w10-r1",
         round="fundamentals", submitted_at="2024-08-20", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="distribution shift")
n.s("Interview of fundamentals, 45 minutes.", "c")
n.s("First question: explain why the validation is good but in production the model fails in a new region.", "c", hard="question")
n.s("Rowan explained well the concept of distribution shift and gave the example of the soils more red in Brazil.", "e+", "ml_fundamentals")
n.s("I asked how to detect the shift before the labels arrive and they spoke of comparing the histograms of the bands, this was good.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("Second question: calibration of the cloud probability.", "c", hard="question")
n.s("They said that a model with high accuracy is automatically calibrated, which is not correct.", "e-", "ml_fundamentals")
n.s("I tried to show a counter-example with a reliability diagram and they insisted that 'in practice it's the same thing'.", "e-", "learning")
n.s("Also they interrupted me some times before I finished the question.", "e-", "communication")
n.s("Knows a lot of theory but don't accept correction.", "v0", "learning", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n027", candidate_id="w10-c07", interviewer_id="w10-i07", req_id="w10-r1",
         round="debugging", submitted_at="2024-08-20", recommendation="lean_hire", specificity=4,
         style=["fragments", "first_person", "quotes"], topic="weather ingest")
n.s("Debugging, 45 min.", "c")
n.nl()
n.s("Setup: a weather ingest job silently drops stations whose IDs have leading zeros.", "c")
n.nl()
n.s("Observed: Rowan diffed the input and output station lists first and found the 38 missing stations within ten minutes.", "e+", "coding")
n.s("Impact: that left us half the session for the fix.", "c")
n.nl()
n.s("Observed: traced it to the CSV reader casting IDs to int, fixed it by forcing that column to string.", "e+", "coding")
n.nl()
n.s("Observed: when I suggested also checking the station count on each run, they said 'that's ops, not my job'.", "e-", "ownership")
n.s("I asked again, framed as what they'd want to know at 3am.", "c", hard="interviewer_action")
n.s("Observed: then agreed and wrote a count check with a 5% tolerance.", "e+", "learning", "risk_awareness")
n.s("Impact: good outcome, but it took two asks.", "v0", "learning", hard="mixed")
n.nl()
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n028", candidate_id="w10-c07", interviewer_id="w10-i03", req_id="w10-r1",
         round="behavioural", submitted_at="2024-08-21", recommendation="hire", specificity=1,
         style=["prose", "american"], topic="background")
n.s("Behavioural chat, 30 min.", "c")
n.s("Super impressive background!", "v+")
n.s("Rowan has done so much remote sensing work!", "v+", hard="vague_quantity")
n.s("Really passionate about climate!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c08 Ji-woo Park (he), r2 -- poor judgement under ambiguity
n = Note(note_id="w10-n029", candidate_id="w10-c08", interviewer_id="w10-i04", req_id="w10-r2",
         round="data", submitted_at="2025-02-03", recommendation="no_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="fertiliser pricing",
         ratings={"judgment": "no_hire", "data_intuition": "no_hire"})
n.s("Data round.", "c")
n.s("A dataset of 4,000 farm-level yield records with fertiliser use, planting date and satellite NDVI was provided.", "c")
n.s("The candidate was asked to decide, with the information available, whether a fertiliser price discount should be targeted at the lowest-yield farms.", "c", hard="question")
n.nl()
n.s("No clarifying questions were asked; a regression of yield on fertiliser was fitted immediately.", "e-", "judgment", hard="negated")
n.s("A coefficient of 0.3 t/ha per 50 kg was reported and interpreted as the causal effect of fertiliser.", "e-", "ml_fundamentals")
n.s("It was pointed out that richer farms both buy more fertiliser and tend to have better soil.", "c", hard="interviewer_action")
n.s("It was then acknowledged that the estimate was confounded, and soil type was added as a control.", "e+", "learning")
n.s("When it was noted that soil type was missing for 40% of records, those rows were dropped without any look at which farms they belonged to.", "e-", "data_intuition")
n.s("The dropped rows were afterwards found by the interviewer to come almost entirely from the northern region.", "c")
n.s("A recommendation to target the discount was then given with full confidence and no caveats.", "e-", "judgment")
n.s("The effect on farms left out of the discount was not considered.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Judgement under ambiguity is considered poor.", "v-", "judgment")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n030", candidate_id="w10-c08", interviewer_id="w10-i06", req_id="w10-r2",
         round="system_design", submitted_at="2025-02-04", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="weather pipeline")
n.s("System design, 45 min, in person at the Lisbon office.", "c")
n.s("We did the weather pipeline question with three providers and Ji-woo started drawing boxes straight away without asking how often the data comes or who uses it.", "e-", "judgment", hard="negated")
n.s("And then when I said two of the providers disagree on rainfall by a lot he said he would just average them, and then when I asked why he said it was simplest.", "e-", "data_intuition", "judgment")
n.s("He knows his tools really well, Airflow and Kafka and all of that.", "v+", "system_thinking", hard="tech_vague")
n.s("I asked about on-call for the feeds and he said he'd alert on job failure and then also on row counts, which was decent.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("Overall I felt he'd pick a path and run with it whether or not it's the right path.", "v-", "judgment")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n031", candidate_id="w10-c08", interviewer_id="w10-i01", req_id="w10-r2",
         round="behavioural", submitted_at="2025-02-05", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="decisions")
n.s("I asked Ji-woo about a time he had to make a choice without enough information.", "c", hard="question")
n.s("He said that at a seed company he had to pick which of two regions to run a trial in before the weather outlook was out.", "e0", "judgment")
n.s("He chose the region with the better road, so field staff could reach it if something went wrong, and put his reasons in writing to his manager.", "e+", "judgment", hard="plain_evidence")
n.s("The trial was washed out by floods, and he said he had not planned for that at all.", "e-", "risk_awareness", hard="plain_evidence")
n.s("He told me he then started keeping a list of 'what could ruin this' for every trial.", "e+", "learning", hard="plain_evidence")
n.s("I also asked about mentoring and he said he has not had anyone to look after yet.", "e0", "ownership")
n.s("He was honest about what went wrong.", "v+", "ownership")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n032", candidate_id="w10-c08", interviewer_id="w10-i02", req_id="w10-r2",
         round="coding", submitted_at="2025-02-05", recommendation="hire", specificity=4,
         style=["terse", "fragments", "arrows", "abbreviations"], topic="weather parsing")
n.b("Round: coding, 45m", "c", marker="")
n.b("Task: parse a messy weather CSV (mixed date formats, -999 sentinels), output daily means per station", "c", marker="")
n.b("Parsing: handled 3 date formats with explicit patterns rather than letting a library guess", "e+", "coding", marker="")
n.b("Sentinels: replaced -999 with NaN before averaging, unprompted", "e+", "data_intuition", marker="")
n.b("Edge case: station with a whole day missing -> returned NaN not 0, good", "e+", "data_intuition", hard="verdict_plus_evidence", marker="")
n.b("Tests: 4 pytest cases", "e+", "coding", marker="")
n.b("Ambiguity: I said 'some stations report in UTC, some local' -> he assumed all UTC and didnt ask which", "e-", "judgment", hard="negated", marker="")
n.b("Pace: done w/ 10 min to spare", "e+", "coding", marker="")
n.b("Rec: H", "v+", hard="bare_verdict", marker="")
notes.append(n)

# ---- candidate c09 Nomvula Dlamini (she), r1 -- strong, adapts after hint; vague write-up by i03
n = Note(note_id="w10-n033", candidate_id="w10-c09", interviewer_id="w10-i03", req_id="w10-r1",
         round="system_design", submitted_at="2025-10-07", recommendation="strong_hire", specificity=1,
         style=["prose", "american"], topic="geospatial infra")
n.s("System design with Nomvula!", "c")
n.s("Wow, just wow!", "v+")
n.s("Incredibly strong systems thinker with deep knowledge of geospatial infra!", "v+", "system_thinking", hard="tech_vague")
n.s("Best design interview I've done all year!", "v+", "system_thinking")
n.s("Strong hire!!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n034", candidate_id="w10-c09", interviewer_id="w10-i07", req_id="w10-r1",
         round="data", submitted_at="2025-10-08", recommendation="hire", specificity=5,
         style=["fragments", "first_person"], topic="geographic shift",
         ratings={"data_intuition": "strong_hire", "learning": "strong_hire", "user_impact": "lean_hire"})
n.s("Data round, 50 min.", "c")
n.nl()
n.s("Prompt: our cloud-mask IoU drops from 0.88 in Europe to 0.71 in the Sahel; here are per-tile stats, find out why.", "c")
n.nl()
n.s("Observed: Nomvula sorted tiles by error and opened the worst ten before forming any theory.", "e+", "data_intuition")
n.s("Impact: she found eight of them were bright sand labelled as cloud.", "e+", "data_intuition")
n.nl()
n.s("Observed: first proposal was a hand-set brightness threshold.", "e0", "ml_fundamentals")
n.s("I hinted that the thermal band separates cold cloud from hot sand.", "c", hard="interviewer_action")
n.s("Observed: she dropped the threshold at once, added the thermal band as a model input, and said the rule would have failed on snow anyway.", "e+", "learning")
n.nl()
n.s("Observed: asked whether the Sahel labels came from the same annotators as Europe.", "e+", "data_intuition", hard="question")
n.s("Impact: they don't, which is half of our real problem.", "c")
n.nl()
n.s("Observed: proposed reporting IoU per region instead of one global number.", "e+", "metrics")
n.s("Observed: did not mention telling users of the Sahel maps that quality there is lower.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n035", candidate_id="w10-c09", interviewer_id="w10-i04", req_id="w10-r1",
         round="coding", submitted_at="2025-10-08", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="connected components")
n.s("A coding problem was set: flood-fill connected field parcels in a binary mask and return their areas.", "c")
n.s("Whether diagonal pixels count as connected was asked by the candidate before any code was written.", "e+", "coding", hard="question")
n.s("A breadth-first solution was written in about twenty minutes and was run against the given example without prompting.", "e+", "coding")
n.s("Recursion was deliberately avoided, it being stated that a 10,000 by 10,000 mask would exhaust the stack.", "e+", "coding")
n.s("An off-by-one at the bottom edge was present in the first version and was found by the candidate with a one-row test.", "e0", "coding", hard="mixed")
n.s("Areas were returned in pixels; conversion to hectares at 10 m resolution was added only when requested.", "e0", "coding")
n.s("The code is judged to be of production quality.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n036", candidate_id="w10-c09", interviewer_id="w10-i05", req_id="w10-r1",
         round="behavioural", submitted_at="2025-10-09", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person"], topic="mentoring")
n.s("Behavioural, 45 minutes, I asked about mentoring and about one conflict.", "c")
n.s("She told that she mentored three interns in her last team and made for each one a plan of 6 weeks with a small project that goes to production.", "e+", "ownership")
n.s("One of them, she said, now is full-time engineer there.", "e+", "communication")
n.s("About the conflict, she disagreed with her manager on launching a model in a new country without labels from that country.", "e+", "judgment")
n.s("She proposed a pilot in one province and she wrote the comparison herself; the manager accepted.", "e+", "judgment", "risk_awareness")
n.s("When I asked what she would do if the manager refused, she said she would launch but with a clear note to the clients that accuracy there is not measured.", "e+", "user_impact")
n.s("She is a very humble person and very sympathetic.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w10_notes_part3.jsonl", notes)
print(len(notes), "notes")
