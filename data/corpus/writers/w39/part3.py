import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Kagiso Dlamini (he), r1: defensive under pushback (i02, i04) ----
n = Note(note_id="w39-n025", candidate_id="w39-c07", interviewer_id="w39-i02", req_id="w39-r1",
         round="fundamentals", submitted_at="2026-03-03", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "british", "quotes"], topic="model evaluation",
         ratings={"ml_fundamentals": "lean_hire", "learning": "no_hire"})
n.s("Notes from the fundamentals interview with Mr. Kagiso Dlamini, 45 minutes.", "c")
n.s("We covered bias and variance, evaluation over time, and thresholds.", "c")
n.s("Mr. Dlamini has a broad knowledge of the modern toolbox.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He described the bias-variance trade-off correctly with the example of a deep tree on a small fleet.", "e+", "ml_fundamentals")
n.s("I asked why he validated on a random 20% of rows when the readings are a time series.", "c", hard="question")
n.s("He replied that 'time splits are only an academic concern' and that his previous team never used them.", "e-", "learning", "ml_fundamentals")
n.s("I explained gently that the future readings leak into training; he answered that the difference would be small and changed the subject.", "e-", "learning")
n.s("Later, he did choose the alert threshold by the workshop capacity of six trucks per day, which was a sensible choice.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("I have the impression that he finds it difficult to receive feedback.", "v-", "learning", hard="hedged")
n.s("Respectfully, lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n026", candidate_id="w39-c07", interviewer_id="w39-i04", req_id="w39-r1",
         round="debugging", submitted_at="2026-03-04", recommendation="no_hire", specificity=4,
         style=["bullets", "terse", "quotes", "abbreviations"], topic="false stops",
         ratings={"learning": "no_hire", "risk_awareness": "lean_no_hire"})
n.s("Debugging. Kagiso D.", "c")
n.nl()
n.s("Scenario: engine model v3 triggered 11 park-now requests in one week, 9 found healthy at the workshop.", "c")
n.b("Asked for the v2 vs v3 diff first: YES.", "e+", "risk_awareness")
n.b("Found v3 used a new oil-pressure sensor field that reads in kPa where v2 read bar: YES, after ~15 min.", "e+", "data_intuition")
n.b("Proposed rollback to v2 while fixing: NO. Wanted to hotfix v3 in place.", "e-", "risk_awareness")
n.b("I asked whether fitters losing nine shifts mattered. Reply: 'that's the cost of being safe'.", "e-", "user_impact")
n.b("I challenged the hotfix-in-place. He said I was 'overcomplicating it' and did not change the plan.", "e-", "learning")
n.b("Unit test on the conversion: NO.", "e-", "coding", hard="negated")
n.b("Second pushback on a unit test, still no.", "e-", "learning", hard="negated")
n.s("Defensive twice. Same pattern as the fundamentals notes.", "v-", "learning")
n.nl()
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n027", candidate_id="w39-c07", interviewer_id="w39-i03", req_id="w39-r1",
         round="coding", submitted_at="2026-03-04", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="coding")
n.s("Kagiso - coding", "c")
n.nl()
n.s("Very strong coder, fast.", "v+", "coding")
n.nl()
n.s("Knows numpy and vectorisation well.", "v+", "coding", hard="tech_vague")
n.nl()
n.s("Confident.", "v+", hard="biased")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n028", candidate_id="w39-c07", interviewer_id="w39-i06", req_id="w39-r1",
         round="system_design", submitted_at="2026-03-05", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="edge devices")
n.s("Really enjoyed this one!", "v+")
n.s("I asked Kagiso to design the setup for scoring engine health on trucks that are out of radio range for most of a shift.", "c")
n.s("He put a small model on the onboard computer and kept the heavy retraining in the cloud, which is exactly what we do.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("He worked out that the onboard unit only has about 512 MB free and chose a shallow tree ensemble to fit it.", "e+", "system_thinking")
n.s("He knows his edge hardware.", "v+", "system_thinking", hard="tech_vague")
n.s("We had a bit of a debate about whether the truck should stop on its own, and he was very firm it should.", "e-", "judgment", hard="plain_evidence")
n.s("I suggested a human should confirm and he said 'humans are the reason trucks break'.", "e-", "learning", "user_impact")
n.s("Maybe a touch stubborn but I like a strong opinion!", "v0", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c08 Ana-Lucia Herrera (she), r2: poor judgement under ambiguity, adapts after hint ----
n = Note(note_id="w39-n029", candidate_id="w39-c08", interviewer_id="w39-i05", req_id="w39-r2",
         round="data", submitted_at="2026-04-14", recommendation="lean_hire", specificity=5,
         style=["prose", "headings", "third_person", "british"], topic="fatigue and privacy",
         ratings={"judgment": "lean_no_hire", "learning": "hire", "user_impact": "hire"})
n.h("Data round: Ana-Lucía Herrera (Safety Analytics)")
n.h("Exercise")
n.s("The prompt was deliberately open: 'the general manager wants to know if fatigue is getting worse'.", "c")
n.s("Ana-Lucía had the shift rosters, the in-cab alert log and the near-miss reports.", "c")
n.blank()
n.h("What happened")
n.s("She did not ask what 'worse' meant or over what period, and went straight into a model of alert counts per operator.", "e-", "judgment", hard="negated")
n.s("Twenty minutes in she had a ranked list of the twenty operators with the most alerts.", "e-", "user_impact")
n.s("I asked who would see that list and what they might do with it.", "c", hard="question")
n.s("She stopped, said a ranked list like that could end up in someone's disciplinary file, and dropped the per-operator view.", "e+", "learning", "user_impact")
n.s("She then asked me whether the GM's worry came from a specific incident, and reframed the question as alert rate per thousand hours by roster pattern.", "e+", "judgment")
n.s("With that framing she found that alert rates on the fourth consecutive night were roughly double those of the first night.", "e+", "data_intuition")
n.s("She noted that alert rates are only a proxy for fatigue and that a new camera firmware in March could shift them.", "e+", "metrics")
n.s("Her final two-minute summary for the GM was clear and avoided naming anyone.", "e+", "communication")
n.blank()
n.h("Assessment")
n.s("A poor start under ambiguity, then a genuinely good recovery once prompted.", "v0", "judgment", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n030", candidate_id="w39-c08", interviewer_id="w39-i01", req_id="w39-r2",
         round="behavioural", submitted_at="2026-04-15", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="working with crews")
n.s("Ana-Lucía, behavioural.", "c")
n.s("Nice and down to earth, the crews will like her.", "v+", hard="biased")
n.s("She told me she spent a week riding in the cabs at her last mine before building anything.", "e+", "user_impact")
n.s("Good attitude to safety.", "v+")
n.s("Seems like she takes ownership.", "v+", "ownership", hard="hedged")
n.s("Didn't really get into how she handles being wrong, ran out of time for that.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n031", candidate_id="w39-c08", interviewer_id="w39-i04", req_id="w39-r2",
         round="system_design", submitted_at="2026-04-15", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "headings"], topic="near-miss pipeline")
n.s("System design - A-L Herrera - near-miss ingestion from 3 remote sites", "c")
n.nl()
n.h("Checklist")
n.b("Clarifying questions: NO at the start.", "e-", "judgment", hard="negated")
n.b("After hint re sites being offline for days, asked about sync windows and paper forms: YES.", "e0", "judgment", "learning", hard="mixed")
n.b("Paper forms: proposed the safety officer scans them weekly.", "e+", "system_thinking", hard="plain_evidence")
n.b("Anonymity: YES.", "e+", "user_impact")
n.b("Monitoring of missing sites: NO.", "e-", "risk_awareness", hard="negated")
n.s("Design OK overall.", "v0", "system_thinking")
n.nl()
n.s("Judgement on ambiguous asks needs work.", "v-", "judgment")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n032", candidate_id="w39-c08", interviewer_id="w39-i06", req_id="w39-r2",
         round="fundamentals", submitted_at="2026-04-16", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="stats")
n.s("Ana-Lucía is fantastic, honestly.", "v+")
n.s("We went through Poisson models for incident counts.", "c")
n.s("She nailed it, really deep understanding of count models and overdispersion.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She explained that the variance was much bigger than the mean so a plain Poisson would be overconfident.", "e+", "ml_fundamentals")
n.s("Great energy, warm person.", "v+", hard="biased")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w39-n033", candidate_id="w39-c09", interviewer_id="w39-i03", req_id="w39-r1",
         round="data", submitted_at="2024-11-19", recommendation="lean_no_hire", specificity=1,
         style=["terse", "fragments", "lowercase"], topic="sensor data")
n.s("data round", "c")
n.nl()
n.s("not great.", "v-", hard="bare_verdict")
n.s("didn't really get the sensor data.", "v-", "data_intuition")
n.s("weak on features.", "v-", "data_intuition", hard="tech_vague")
n.s("ok communicator I guess.", "v0", "communication")
n.s("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n034", candidate_id="w39-c10", interviewer_id="w39-i05", req_id="w39-r2",
         round="behavioural", submitted_at="2024-12-03", recommendation="hire", specificity=3,
         style=["prose", "headings", "third_person", "british"], topic="stakeholders")
n.h("Behavioural: Yusuf Demir (Safety Analytics)")
n.h("Summary")
n.s("Yusuf is a thoughtful and steady communicator with real experience of safety work.", "v+", "communication")
n.s("He has clearly owned difficult projects before.", "v+", "ownership")
n.blank()
n.h("Notes")
n.s("I asked him about explaining an unwelcome result to senior people.", "c")
n.s("He described telling a site GM that the new speed-limit policy had not reduced incidents, and showing the before-and-after rates on one slide.", "e+", "communication")
n.s("He said the GM was unhappy and he offered to rerun the analysis with six more months of data rather than soften it.", "e+", "ownership", "judgment")
n.s("He was less convincing on prioritisation.", "v-", "judgment")
n.s("When I asked how he chooses between two urgent requests, he said he does whichever came first.", "e-", "judgment")
n.s("A good conversation overall.", "v+")
n.blank()
n.h("Recommendation")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n035", candidate_id="w39-c11", interviewer_id="w39-i01", req_id="w39-r1",
         round="system_design", submitted_at="2025-01-14", recommendation="no_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="downtime planning")
n.s("Design round with Pieter.", "c")
n.s("Asked him to design a system that warns the workshop about engine failures a week ahead.", "c")
n.s("Very theoretical, a lot of big words and not much about the trucks.", "v-", "system_thinking", hard="tech_vague")
n.s("He drew a Kafka cluster at each pit without asking if there's even a network there.", "e-", "system_thinking", "judgment")
n.s("Didn't feel like he'd been near a mine in his life.", "v-", hard="biased")
n.s("Not for us.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n036", candidate_id="w39-c12", interviewer_id="w39-i02", req_id="w39-r2",
         round="data", submitted_at="2025-02-18", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="incident data")
n.s("Data interview with Ms. Nomvula Khumalo, one hour.", "c")
n.s("The candidate was given a table of 1,200 incident reports with severity codes and asked to describe the data.", "c")
n.s("She noticed that severity 3 disappeared entirely after 2023 and asked whether the coding scheme had changed.", "e+", "data_intuition", hard="question")
n.s("It had, and she proposed a mapping from the old codes to the new ones.", "e+", "data_intuition")
n.s("Her exploratory work was competent.", "v0", "data_intuition")
n.s("She did not propose any check of whether smaller sites under-report.", "e-", "data_intuition", hard="negated")
n.s("Her code was rather long and repetitive.", "v-", "coding")
n.s("Her explanations were clear and she listened carefully to my questions.", "v+", "communication")
n.s("My recommendation is lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n037", candidate_id="w39-c13", interviewer_id="w39-i06", req_id="w39-r1",
         round="coding", submitted_at="2025-03-11", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="coding")
n.s("Had a great time with Dev!", "v+")
n.s("I gave him the classic 'merge overlapping maintenance windows' problem.", "c")
n.s("He got there in the end with a little nudge from me on sorting.", "e0", "coding", "learning", hard="mixed")
n.s("Super smart guy, you can tell he's done tons of these.", "v+", hard="vague_quantity")
n.s("Clean code, good naming.", "v+", "coding")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n038", candidate_id="w39-c14", interviewer_id="w39-i04", req_id="w39-r2",
         round="behavioural", submitted_at="2025-04-08", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse"], topic="safety culture")
n.s("Behavioural - Lerato S.", "c")
n.b("Safety mindset: weak.", "v-", "risk_awareness")
n.b("Ownership: unclear.", "v-", "ownership")
n.b("Described a model she shipped that was later found to miss night-shift incidents; said the review happened after she'd left.", "e-", "ownership")
n.b("Communication: OK.", "v0", "communication")
n.b("Fairness / privacy: not discussed, out of time.", "c")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w39_notes_part3.jsonl", notes)
