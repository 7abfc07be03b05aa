import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w35-n049", candidate_id="w35-c25", interviewer_id="w35-i02", req_id="w35-r2",
         round="system_design", submitted_at="2025-10-07", recommendation="hire",
         specificity=5, style=["prose", "first_person", "british"], topic="offline inference",
         ratings={"system_thinking": "hire", "metrics": "hire", "risk_awareness": "hire"})
n.s("I asked Mateo to design the system that gives damage estimates to the shelter cluster after a flood, knowing that the country office has only two laptops and a VSAT connection of poor quality.", "c")
n.s("He started making three questions: how many square kilometres are affected normally, how often the cluster meets, and if the laptops have a GPU.", "e+", "judgment")
n.s("With the answers he calculated that for 1,200 square kilometres at 50 cm resolution the images are around 60 GB, too much for the VSAT, and proposed that the headquarters downloads and cuts the images and sends to the country only the building results in a file of few megabytes.", "e+", "system_thinking")
n.s("For the laptops he proposed a small model exported to ONNX that runs on CPU, and he measured in his head around 2 seconds per tile, so a night of processing for the new drone images.", "e+", "system_thinking")
n.s("He separated clearly what runs in headquarters, what runs in the country and what is done by hand, and drew the arrows of the data between them.", "e+", "system_thinking", "communication")
n.s("When I asked how he would know if the model is good in this flood, he said that the benchmark score does not say much in a new country and proposed to compare the first 100 buildings with the rapid assessment of the field team.", "e+", "metrics")
n.s("He also said that he would report separately the errors of 'destroyed' predicted as 'intact', because these are the families that lose the help.", "e+", "metrics", "user_impact")
n.s("I asked him what happens if the headquarters server fails during the emergency.", "c", hard="question")
n.s("He proposed that the country laptops keep the last good version of the results and that any new version is published only if the number of damaged buildings does not change more than 30% without explanation.", "e+", "risk_awareness")
n.s("The only thing that was missing was the cost of the images, that he did not ask and I think is important for us.", "e-", "judgment", hard="negated")
n.s("I recommend hire, because each part of his design came with a number and a reason.", "e+", "system_thinking", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n050", candidate_id="w35-c26", interviewer_id="w35-i03", req_id="w35-r1",
         round="behavioural", submitted_at="2025-10-21", recommendation="hire",
         specificity=1, style=["prose", "third_person"], topic="behavioural")
n.s("Good behavioural round.", "v+")
n.s("Grace has a strong humanitarian background.", "v+")
n.s("Clearly passionate.", "v+", hard="biased")
n.s("Would work well with partners.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n051", candidate_id="w35-c27", interviewer_id="w35-i06", req_id="w35-r2",
         round="system_design", submitted_at="2025-11-11", recommendation="lean_hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "arrows"], topic="imagery pipeline")
n.b("sys design, 45m, imagery -> damage layer -> partners", "c")
n.b("asked latency of imagery from charter before designing", "e+", "judgment", hard="question")
n.b("drew ingest -> tile -> infer -> vectorise -> export, ok", "e0", "system_thinking")
n.b("no thought on storage, kept every raster forever, ~TBs", "e-", "system_thinking")
n.b("I said budget is tiny -> moved to keeping only vectors + 30d rasters", "e+", "learning", "system_thinking")
n.b("when I asked who consumes the layer -> 'the partners', couldn't name which or in what format", "e-", "user_impact")
n.b("no monitoring at all", "e-", "risk_awareness", hard="negated")
n.b("knows cloud stuff", "v+", "system_thinking", hard="tech_vague")
n.b("talked fast, hard to follow at times", "v-", "communication")
n.b("LH, borderline", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n052", candidate_id="w35-c28", interviewer_id="w35-i05", req_id="w35-r1",
         round="data", submitted_at="2025-11-25", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="market monitoring")
n.s("I gave Leila our market price monitoring data from six towns.", "c", hard="interviewer_action")
n.s("She was brilliant with it, so at ease with messy data.", "v+", "data_intuition")
n.s("She spotted that one town reported prices in a different currency, which was great.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Her charts looked fabulous.", "v+", "communication")
n.s("I think she'd be brilliant with donors.", "v+", "communication", hard="hedged")
n.s("Hire, no doubts.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n053", candidate_id="w35-c29", interviewer_id="w35-i07", req_id="w35-r1",
         round="fundamentals", submitted_at="2025-12-02", recommendation="hire",
         specificity=5, style=["headings", "prose", "first_person", "british"], topic="targeting model evaluation",
         ratings={"ml_fundamentals": "hire", "metrics": "strong_hire", "user_impact": "hire"})
n.h("Question")
n.s("I asked Javier how he would evaluate a model that predicts which displaced households will fall into food insecurity in the next three months.", "c")
n.h("ML fundamentals")
n.s("He said the labels arrive three months late, so any validation must be by time: train on the 2023 rounds, test on 2024, never a random split.", "e+", "ml_fundamentals", "data_intuition")
n.s("He explained that with 8% positives, accuracy would be 92% for a model that predicts nobody, and moved straight to precision and recall at the cut-off the programme can afford.", "e+", "ml_fundamentals", "metrics")
n.s("On regularisation, he first said L1 and L2 do the same thing, then corrected himself when I asked which one would drop the phone-ownership variable.", "e0", "ml_fundamentals", "learning", hard="mixed")
n.h("Metrics")
n.s("He asked how many households the budget covers and converted that into a fixed top-k, then proposed recall at k as the headline metric.", "e+", "metrics", "judgment")
n.s("He said the offline recall would overstate real performance because households that received aid last year will look less food-insecure in the labels.", "e+", "metrics", "data_intuition")
n.h("User impact")
n.s("He proposed checking recall separately for households headed by women and by older people, and said he would not ship if one group's recall was much lower.", "e+", "user_impact", "metrics")
n.s("He did not mention how households would be told why they were not selected.", "e-", "user_impact", hard="negated")
n.h("Communication")
n.s("He used one running example, a family of six in a camp, for the whole explanation.", "e+", "communication", hard="plain_evidence")
n.h("Overall")
n.s("Hire; the L1/L2 slip was fixed in one step and everything else was grounded.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w35-n054", candidate_id="w35-c30", interviewer_id="w35-i01", req_id="w35-r2",
         round="system_design", submitted_at="2025-12-09", recommendation="lean_no_hire",
         specificity=3, style=["prose", "third_person", "terse"], topic="drone mapping")
n.s("System design, drone images for the camp after the storm.", "c")
n.s("Noura wanted to send all drone images to the cloud.", "e-", "system_thinking")
n.s("I told her the camp has no internet for a week.", "c", hard="interviewer_action")
n.s("She said then we wait.", "e-", "judgment", "system_thinking")
n.s("She did not think about running on the laptop.", "e-", "system_thinking", hard="negated")
n.s("She had a good idea to mark tents and not buildings.", "e+", "data_intuition")
n.s("She did not ask about the people in the camp, about faces in the images.", "e-", "user_impact", hard="negated")
n.s("No plan if the drone map is wrong.", "e-", "risk_awareness", hard="negated")
n.s("When I asked again about the laptop, she said a small model could maybe work, but she did not know how to make it small.", "e0", "learning", "ml_fundamentals", hard="mixed")
n.s("Smart but not practical.", "v0", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n055", candidate_id="w35-c31", interviewer_id="w35-i04", req_id="w35-r1",
         round="behavioural", submitted_at="2026-01-13", recommendation="lean_hire",
         specificity=4, style=["bullets", "third_person", "british"], topic="ownership")
n.s("Behavioural, 45 min: ownership, handling mistakes, working with partners.", "c")
n.h("Findings")
n.b("Described finding a double-counting error in her own nutrition report after it was published and sending a correction to the cluster within a week.", "e+", "ownership", marker="1. ")
n.b("Said she then added a check that totals match the enumeration list before any report goes out.", "e+", "ownership", "risk_awareness", marker="2. ")
n.b("Could not describe a project she had started herself; all examples were tasks handed to her.", "e-", "ownership", marker="3. ")
n.b("Asked me how the partners are currently trained to use the dashboards.", "e+", "user_impact", hard="question", marker="4. ")
n.b("When I challenged her decision to delay the report, she explained her reasoning once and then asked what I would have done.", "e+", "learning", "communication", marker="5. ")
n.b("Answers were generally well structured.", "v+", "communication", marker="6. ")
n.h("Verdict")
n.s("Lean hire: strong on finding 1 and 2, but finding 3 leaves the driving question open.", "e0", "ownership", hard="mixed")
notes.append(n)

n = Note(note_id="w35-n056", candidate_id="w35-c32", interviewer_id="w35-i03", req_id="w35-r2",
         round="coding", submitted_at="2026-02-03", recommendation="lean_no_hire",
         specificity=1, style=["prose", "terse"], topic="coding")
n.s("Coding round.", "c")
n.s("Struggled a bit.", "v-", "coding")
n.s("Code was okay I guess.", "v0", "coding")
n.s("Not convinced.", "v-")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n057", candidate_id="w35-c33", interviewer_id="w35-i06", req_id="w35-r1",
         round="data", submitted_at="2026-02-17", recommendation="lean_no_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "typos"], topic="survey weights")
n.b("data, hh survey w/ weights", "c")
n.b("ignored the weights completly, reported raw means", "e-", "data_intuition")
n.b("knows stats theory tho", "v+", "ml_fundamentals", hard="tech_vague")
n.b("metrics thinking weak", "v-", "metrics")
n.b("didnt own the mistake when shown, blamed the codebook", "e-", "ownership", "learning")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n058", candidate_id="w35-c34", interviewer_id="w35-i02", req_id="w35-r1",
         round="fundamentals", submitted_at="2026-03-03", recommendation="hire",
         specificity=3, style=["prose", "third_person", "british"], topic="clustering")
n.s("The fundamentals interview with Hyun-woo was about how to group the villages by type of need, using the results of the multi-sector assessment.", "c")
n.s("He proposed k-means directly, and when I asked him how he would choose the number of groups he said that the elbow method always gives the correct number, which is not true.", "e-", "ml_fundamentals")
n.s("He also forgot to standardise the variables, so the population size dominated all the groups.", "e-", "ml_fundamentals", "data_intuition")
n.s("When I showed him that the groups were just big villages and small villages, he understood immediately and standardised them.", "e+", "learning")
n.s("He had a very good idea of asking the field coordinators to name the groups, so that the clusters make sense for the people who work with them.", "e+", "communication", "user_impact")
n.s("I asked him also how he would explain the groups to the donor, and he proposed a table with one typical village for each group, with photos, instead of the centroids.", "e+", "communication")
n.s("He did not ask whether some villages were missing from the assessment, and in this data twelve of them were not visited because of the insecurity.", "e-", "data_intuition", hard="negated")
n.s("He is a very humble person and learns fast.", "v+", "learning", hard="biased")
n.s("In general his theory needs more depth, but for this role I think it is enough.", "v0", "ml_fundamentals", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n059", candidate_id="w35-c35", interviewer_id="w35-i05", req_id="w35-r2",
         round="debugging", submitted_at="2026-03-24", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="debugging")
n.s("I set Zainab a broken script that reprojects flood masks.", "c")
n.s("She was so methodical, a real pleasure to watch.", "v+", "coding")
n.s("She found the wrong EPSG code fairly quickly.", "e+", "coding")
n.s("Excellent debugging skills overall.", "v+", "coding")
n.s("I'm sure she'd take ownership of anything we gave her.", "v+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w35-n060", candidate_id="w35-c36", interviewer_id="w35-i03", req_id="w35-r1",
         round="fundamentals", submitted_at="2026-04-14", recommendation="hire",
         specificity=1, style=["prose", "third_person"], topic="fundamentals")
n.s("Fundamentals.", "c")
n.s("Pedro has a solid foundation in ML and statistics.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Understands evaluation metrics well.", "v+", "metrics", hard="tech_vague")
n.s("Thinks about the users.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w35_notes_part5.jsonl", notes)
print(len(notes), "notes")
