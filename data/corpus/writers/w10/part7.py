import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w10-n071", candidate_id="w10-c41", interviewer_id="w10-i07", req_id="w10-r2",
         round="data", submitted_at="2024-04-16", recommendation="hire", specificity=5,
         style=["fragments", "first_person", "quotes"], topic="programme evaluation",
         ratings={"metrics": "strong_hire", "judgment": "hire", "user_impact": "lean_no_hire"})
n.s("Data, 55 min.", "c")
n.nl()
n.s("Prompt: last season's price recommendations for 1,200 farms plus what each actually sold at; decide whether to expand the programme to a second province.", "c")
n.nl()
n.s("Observed: Diego first asked whether farms chose to join or were assigned.", "e+", "data_intuition", hard="question")
n.s("Impact: on hearing they opted in, he said straight away that a plain before/after would flatter us.", "e+", "metrics")
n.nl()
n.s("Observed: built a comparison against nearby non-enrolled farms matched on size and distance to market.", "e+", "metrics")
n.s("Impact: the apparent gain shrank from 9% to about 3%.", "e+", "metrics")
n.s("Observed: flagged that 3% on 1,200 farms has a wide interval and worked out a rough one on the whiteboard.", "e+", "ml_fundamentals")
n.nl()
n.s("I then told him the second province grows mostly sorghum, not maize.", "c", hard="interviewer_action")
n.s("Observed: said that was the bigger risk and recommended a 100-farm pilot instead of full expansion.", "e+", "judgment")
n.s("Observed: wrote down in advance what pilot result would make him stop.", "e+", "judgment")
n.s("Observed: did not ask how farmers would be told if the pilot were stopped.", "e-", "user_impact", hard="negated")
n.nl()
n.s("I asked how he'd explain the 3% to the commercial team.", "c", hard="question")
n.s("Observed: 'about three dollars per hundred, and we're not sure it isn't zero', which is exactly the honesty we need.", "e+", "communication", hard="verdict_plus_evidence")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n072", candidate_id="w10-c42", interviewer_id="w10-i04", req_id="w10-r1",
         round="debugging", submitted_at="2024-05-28", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="coordinate axis order",
         ratings={"coding": "hire", "ownership": "strong_hire"})
n.s("A debugging session was held; forty-five minutes.", "c")
n.s("The exercise concerned a field-boundary model whose output polygons had moved roughly 30 metres north after a library upgrade.", "c")
n.s("Which library versions had changed was asked by the candidate before any code was opened.", "e+", "coding", hard="question")
n.s("The geospatial library upgrade was identified as the cause within fifteen minutes, it being noticed that the axis order of coordinates had flipped.", "e+", "coding")
n.s("The fix set the axis order explicitly rather than pinning the old version, and the reasoning for this was given.", "e+", "judgment")
n.s("A regression test comparing one known field's centroid against a stored value was written unprompted.", "e+", "risk_awareness")
n.s("It was asked by the interviewer how many already-delivered maps might be affected.", "c", hard="question")
n.s("A query against the delivery log was proposed to find every map produced since the upgrade, with a note to be sent to the affected customers.", "e+", "ownership")
n.s("Whether the shifted boundaries had already fed into any yield estimates was not, however, considered.", "e-", "risk_awareness", hard="negated")
n.s("When this was raised, it was added to the list at once and the estimates were marked for recomputation.", "e+", "learning")
n.s("The handling of the incident is judged to be thorough.", "v+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n073", candidate_id="w10-c43", interviewer_id="w10-i03", req_id="w10-r1",
         round="behavioural", submitted_at="2024-07-09", recommendation="hire", specificity=1,
         style=["prose", "american"], topic="leadership")
n.s("Behavioural, 30 min!", "c")
n.s("Théo was lovely!", "v+", hard="biased")
n.s("Such a natural leader, takes ownership of everything!", "v+", "ownership")
n.s("Handles conflict super maturely!", "v+", "judgment")
n.s("Great mentor vibes!", "v+", "communication")
n.s("Would be a great addition to any team!", "v+")
n.s("Honestly no concerns at all!", "v+")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n074", candidate_id="w10-c44", interviewer_id="w10-i05", req_id="w10-r2",
         round="system_design", submitted_at="2024-11-19", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="weather pipeline")
n.s("Design of 50 minutes about the pipeline of weather data for the yield model, with a part about on-call.", "c")
n.s("She knows much of cloud architecture, she spoke of many services.", "v+", "system_thinking", hard="vague_quantity")
n.s("The design in general was reasonable.", "v0", "system_thinking")
n.s("She proposed alerts when a station stops to send data.", "e+", "risk_awareness")
n.s("When I asked what happens if the forecast arrives late for the pricing team, she said the pricing can wait one day.", "e0", "judgment")
n.s("I missed a bit more of depth in the part of the trade-offs.", "v-", "judgment")
n.s("She is a person very dedicated, this is clear.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n075", candidate_id="w10-c45", interviewer_id="w10-i06", req_id="w10-r2",
         round="behavioural", submitted_at="2025-02-25", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="on-call")
n.s("Behavioural with Jamal, forty minutes, we covered on-call and conflict and mentoring.", "c")
n.s("I didn't dig into details much because it was going so well.", "c")
n.s("He came across really well and then the more we talked the more I liked him.", "v+", hard="biased")
n.s("He's obviously a great team player and then on top of that a strong mentor by the sound of it.", "v+", "ownership", hard="hedged")
n.s("He told me he once stayed up all night fixing a broken weather feed, which says a lot.", "e+", "ownership", hard="verdict_plus_evidence")
n.s("On-call he seemed very on top of things.", "v+", "risk_awareness")
n.s("Conflict stuff was all fine, nothing worrying.", "v+", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n076", candidate_id="w10-c46", interviewer_id="w10-i01", req_id="w10-r1",
         round="data", submitted_at="2025-05-13", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="map accuracy")
n.s("I showed Ngozi a map our system made of where maize is planted in one district, and a list of 40 fields our staff had walked.", "c", hard="interviewer_action")
n.s("I asked her to tell me whether the map could be trusted.", "c", hard="question")
n.s("She counted how many of the 40 the map got right, said 34, and called the map 'good'.", "e0", "metrics")
n.s("She did not ask how the 40 fields were picked, though they were all next to the main road.", "e-", "data_intuition", hard="negated")
n.s("When I told her that, she said it did not matter much.", "e-", "learning", hard="plain_evidence")
n.s("I asked what she would do to check it better, and she said get more fields, but not where from.", "e0", "data_intuition")
n.s("She did not ask what the map is used for.", "e-", "user_impact", hard="negated")
n.s("She was polite and listened well.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n077", candidate_id="w10-c47", interviewer_id="w10-i02", req_id="w10-r1",
         round="system_design", submitted_at="2025-07-22", recommendation="hire", specificity=2,
         style=["terse", "fragments", "quotes", "abbreviations"], topic="cloud masking service")
n.b("Round: system design, 50m", "c", marker="")
n.b("Prompt: cloud-masking service for daily imagery, 3 continents", "c", marker="")
n.b("Overall design: solid, sensible components", "v+", "system_thinking", marker="")
n.b("Labels: asked where labels come from + how fresh they are", "e+", "data_intuition", hard="question", marker="")
n.b("Scale: 'would shard by tile', no numbers", "e0", "system_thinking", hard="mixed", marker="")
n.b("Monitoring: mentioned drift detection, didnt say on what", "e-", "risk_awareness", marker="")
n.b("Tradeoffs: seemed comfortable w/ ambiguity", "v+", "judgment", hard="hedged", marker="")
n.b("Comms: good", "v+", "communication", marker="")
n.b("Rec: H", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w10-n078", candidate_id="w10-c48", interviewer_id="w10-i07", req_id="w10-r2",
         round="coding", submitted_at="2025-09-30", recommendation="lean_hire", specificity=3,
         style=["fragments", "first_person", "quotes"], topic="growing degree days")
n.s("Coding, 45 min.", "c")
n.nl()
n.s("Task: growing degree days from hourly temperature, base 10°C, cap 30°C.", "c")
n.nl()
n.s("Observed: asked whether the cap applies before or after averaging.", "e+", "coding", hard="question")
n.s("Observed: first version applied the base but forgot the cap.", "e-", "coding")
n.s("Impact: caught on my second example, fixed within a minute.", "e+", "learning")
n.s("Observed: no handling of missing hours; said he'd 'interpolate' but never wrote it.", "e-", "coding", hard="negated")
n.nl()
n.s("Overall: capable, not careful.", "v0", "coding", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n079", candidate_id="w10-c49", interviewer_id="w10-i04", req_id="w10-r2",
         round="behavioural", submitted_at="2026-01-27", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="conflict")
n.s("The behavioural interview covered mentoring, a conflict and an on-call incident.", "c")
n.s("Answers were given at length but were found to lack specifics.", "v-", "communication")
n.s("A conflict with a data engineer over feed schedules was mentioned; how it was resolved was not described.", "e-", "communication", hard="negated")
n.s("A concrete example was requested on two occasions and none was given.", "e-", "communication")
n.s("Mentoring experience is claimed to be extensive.", "v0", "ownership", hard="vague_quantity")
n.s("Ownership of incidents is considered unclear.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n080", candidate_id="w10-c50", interviewer_id="w10-i05", req_id="w10-r1",
         round="fundamentals", submitted_at="2026-02-24", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="calibration")
n.s("Interview of fundamentals, 45 minutes, I asked about label scarcity, class imbalance and calibration.", "c")
n.s("He asked me which resolution the images have before answering about the small fields.", "e+", "data_intuition", hard="question")
n.s("For the label scarcity he proposed to use the labels of another country and adjust with few local labels, and he explained the risk of the distribution shift with the example of the size of the fields.", "e+", "ml_fundamentals")
n.s("About imbalance, he said that for the clouds he prefers to change the threshold after training and not weight the loss, because the weights change the probabilities.", "e+", "ml_fundamentals")
n.s("I asked why the probabilities matter and he explained that the yield system downstream uses the cloud probability to decide to wait for another image.", "e+", "system_thinking")
n.s("In the calibration he drew a reliability diagram and showed where the model is overconfident.", "e+", "ml_fundamentals")
n.s("He did not know temperature scaling, but when I explained he understood and applied it to the example in two minutes.", "e0", "ml_fundamentals", "learning", hard="mixed")
n.s("He didn't speak about metrics beyond the IoU, even when I asked how the client sees the error.", "e-", "metrics", hard="negated")
n.s("He is very solid in the theory.", "v+", "ml_fundamentals")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w10_notes_part7.jsonl", notes)
print(len(notes), "notes")
