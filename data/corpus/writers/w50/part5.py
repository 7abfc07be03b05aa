import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"

notes = []

n = Note(note_id="w50-n049", candidate_id="w50-c25", interviewer_id="w50-i05", req_id="w50-r1",
         round="system_design", submitted_at="2025-07-15", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="offline model updates",
         ratings={"risk_awareness": "strong_hire", "judgment": "strong_hire", "system_thinking": "hire"})
n.s("I interviewed Nadia for system design and came away very impressed, so I'll try to be specific.", "v+")
n.s("I asked her to design the model update path for 80 camera traps that run offline for up to eight weeks.", "c")
n.s("She started by asking how the traps are reached, and when I said rangers carry SD cards on foot, she said any update had to fit on that card alongside the images.", "e+", JU, ST)
n.s("She kept two model files on every trap, with a rule that the trap falls back to the old one if the new one labels more than 90% of a day's frames as empty.", "e+", RI)
n.s("She asked what a wrong 'empty' label costs, and when I said a missed poacher, she raised the empty threshold so fewer frames are thrown away.", "e+", JU, UI)
n.s("She estimated the extra storage from that change at about 4 GB per eight weeks and checked that it fitted.", "e+", ST)
n.s("For the first rollout she picked ten traps at sites the ecologists visit often, so a failure would be seen within days rather than weeks.", "e+", RI, JU)
n.s("I challenged her on why not update all 80 at once to save ranger trips.", "c", hard="interviewer_action")
n.s("She said the saved trips were not worth eight weeks of a blind camera at a rhino waterhole, and held that position politely.", "e+", JU)
n.s("When I later pointed out that the old model file takes space too, she worked out that both fitted and said so in one line.", "e+", ST)
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n050", candidate_id="w50-c26", interviewer_id="w50-i04", req_id="w50-r2",
         round="behavioural", submitted_at="2025-08-05", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="route decision and injury",
         ratings={"ownership": "no_hire", "judgment": "no_hire"})
n.s("Behavioural, 45 min.", "c")
n.nl()
n.s("Prompts: a decision made with incomplete data; a time he changed his mind.", "c", hard="question")
n.nl()
n.h("Findings")
n.b("Pedro described choosing patrol sectors at his last NGO from a model trained on one dry season, and sending teams there through the wet season without checking it.", "e-", JU, marker="1. ")
n.b("Asked how he knew it had gone wrong, he said a ranger was injured crossing a flooded river on a route the model picked.", "e-", UI, marker="2. ")
n.b("He said the route choice was 'the model's call, not mine'.", "e-", OW, marker="3. ")
n.b("He did not mention any change he made afterwards to how routes are checked.", "e-", RI, hard="negated", marker="4. ")
n.b("For the second prompt he described dropping his preferred metric after a colleague showed it rewarded patrols that stayed near roads.", "e+", LE, ME, marker="5. ")
n.h("Verdict")
n.s("No hire: he put a route decision that hurt a ranger on the model and described no change to his process.", "e-", OW, JU, hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w50-n051", candidate_id="w50-c27", interviewer_id="w50-i03", req_id="w50-r1",
         round="debugging", submitted_at="2025-08-19", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="debugging")
n.s("Debugging round with Li Wei.", "c")
n.s("Got there in the end.", "v0")
n.s("Reasonable debugging approach.", "v+", CO)
n.s("Could be more systematic.", "v-", CO, hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n052", candidate_id="w50-c28", interviewer_id="w50-i02", req_id="w50-r2",
         round="behavioural", submitted_at="2025-09-16", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="scout app")
n.s("I loved chatting with Amara about community work.", "v+")
n.s("I asked how she would explain an alert app to scouts who mostly don't read English.", "c", hard="question")
n.s("She said she would draw it out with them first, then try it with two scouts before anyone else saw it.", "e+", UI, CM, hard="plain_evidence")
n.s("She also asked who pays for the scouts' phone data.", "e+", UI, hard="plain_evidence")
n.s("She really gets people.", "v+", hard="biased")
n.s("Very patient and humble.", "v+", hard="biased")
n.s("She would be an asset to the team.", "v+")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n053", candidate_id="w50-c29", interviewer_id="w50-i07", req_id="w50-r1",
         round="fundamentals", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "third_person", "british"], topic="rare classes on device")
n.h("ML fundamentals")
n.s("Tariq said that adding more empty frames to training would 'balance' the rare classes.", "e-", ML)
n.s("Asked how he would evaluate a rare species with 15 test images, he said he'd report accuracy and said nothing about the uncertainty from so few examples.", "e-", ME, ML, hard="negated")
n.s("He explained transfer learning correctly, saying ImageNet features help with shapes but not with infrared texture.", "e+", ML)
n.h("System thinking")
n.s("He proposed running a 300 MB model on a camera board with 512 MB of RAM and did not estimate inference time.", "e-", ST, hard="negated")
n.h("Learning")
n.s("When I pointed out that the board also has to run the camera software, he moved to a quantised model and estimated it at a fifth of the size.", "e+", LE, ST)
n.h("Summary")
n.s("Lean no hire; the basics are patchy for this role.", "v-", ML)
notes.append(n)

n = Note(note_id="w50-n054", candidate_id="w50-c30", interviewer_id="w50-i06", req_id="w50-r2",
         round="data", submitted_at="2025-11-11", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "lowercase", "arrows"], topic="ranger GPS tracks")
n.b("data 50m", "c")
n.b("q: are ranger GPS tracks good enough to measure patrol coverage", "c", hard="question")
n.b("plotted tracks, found 3 devices logging points 40 km outside the park -> asked if they were charging at HQ", "e+", DI)
n.b("dropped points w/ speed > 30 km/h on foot patrols, said why", "e+", DI)
n.b("asked if coverage stats would be used to judge rangers -> said then track gaps shouldn't count against them", "e+", UI, JU)
n.b("no plan for devices that stop logging mid-patrol", "e-", RI, hard="negated")
n.b("solid data sense", "v+", DI)
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n055", candidate_id="w50-c31", interviewer_id="w50-i01", req_id="w50-r1",
         round="system_design", submitted_at="2025-12-02", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="SD card sync")
n.s("System design with Ibrahim, one hour.", "c")
n.s("I asked him to design how images get from 200 traps to the species model when most sites have no signal.", "c")
n.s("He suggested rangers swap SD cards on patrol and a laptop at the ranger post syncs them whenever the post's satellite link is up.", "e+", ST)
n.s("He asked how often the link is down in the rainy season before deciding how much to store at the post.", "e+", JU)
n.s("He thought about lost cards: each card's images are hashed and the post keeps a list, so a missing batch shows up.", "e+", RI)
n.s("He did not think about who at the post would look after the laptop, and assumed there would be an IT person.", "e-", UI, hard="negated")
n.s("Good systems head.", "v+", ST)
n.s("Talks a lot.", "v-", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n056", candidate_id="w50-c32", interviewer_id="w50-i05", req_id="w50-r2",
         round="data", submitted_at="2026-01-13", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="patrol logs")
n.s("I loved working through the data exercise with Rosa.", "v+")
n.s("She is super strong with data and has loads of experience with messy field data.", "v+", DI, hard="vague_quantity")
n.s("She asked whether the patrol logs recorded nights out as well as day patrols.", "e+", DI)
n.s("She took a while on the SQL part.", "v-", CO)
n.s("I asked what she would drop if she only had a day.", "c", hard="question")
n.s("She said the wet-season logs, because half the sectors could not be reached then and the gaps would mislead.", "e+", JU, DI)
n.s("Great judgement overall.", "v+", JU)
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n057", candidate_id="w50-c33", interviewer_id="w50-i04", req_id="w50-r1",
         round="coding", submitted_at="2026-02-10", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "headings", "third_person"], topic="label aggregation")
n.s("Coding, 45 min.", "c")
n.nl()
n.s("Task: merge volunteer labels from three people per image into one label, with ties sent to an expert.", "c", hard="question")
n.nl()
n.h("Findings")
n.b("Dmitri wrote a majority vote in a few minutes.", "e+", CO, marker="1. ")
n.b("Ties were broken by taking the first label in the list, not sent to an expert, until I reread the task to him.", "e-", CO, marker="2. ")
n.b("Code quality below the bar for this level.", "v-", CO, marker="3. ")
n.b("Did not ask whether some volunteers are more reliable than others.", "e-", DI, hard="negated", marker="4. ")
n.b("Communication unclear.", "v-", CM, marker="5. ")
n.h("Verdict")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n058", candidate_id="w50-c34", interviewer_id="w50-i07", req_id="w50-r2",
         round="behavioural", submitted_at="2026-03-17", recommendation="hire", specificity=4,
         style=["prose", "headings", "third_person", "british"], topic="park boundary error")
n.h("Ownership")
n.s("Fatima described finding, on her own, that her team's poaching-risk maps had been built on a park boundary file from 2009.", "e+", OW, DI)
n.s("She rebuilt the maps, told the rangers which patrol plans were affected, and added a boundary-date check to the pipeline.", "e+", OW, RI)
n.h("Judgment")
n.s("I asked what she would do if a donor wanted a model result by Friday that she did not yet trust.", "c", hard="question")
n.s("She said she would send the number with a plain note on what it could not show, rather than hold it back or send it bare.", "e+", JU, CM)
n.h("User impact")
n.s("She raised, unprompted, that publishing the hotspot map would tell poachers where patrols are thin.", "e+", UI)
n.h("Communication")
n.s("Clear and concise.", "v+", CM)
n.h("Overall")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n059", candidate_id="w50-c35", interviewer_id="w50-i03", req_id="w50-r1",
         round="fundamentals", submitted_at="2026-04-07", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="fundamentals")
n.s("Fundamentals, George.", "c")
n.s("Knows the theory reasonably well.", "v+", ML, hard="hedged")
n.s("Some confusion around loss functions maybe.", "v-", ML, hard="hedged")
n.s("Judgement seemed ok.", "v0", JU)
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w50-n060", candidate_id="w50-c36", interviewer_id="w50-i06", req_id="w50-r2",
         round="behavioural", submitted_at="2026-05-12", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "abbreviations", "lowercase"], topic="field team conflict")
n.b("behav 40m", "c")
n.b("q: conflict w/ field team", "c", hard="question")
n.b("story re rangers ignoring her risk map; said she went on 2 patrols to see why", "e+", OW, UI)
n.b("said she now walks the map past the sector lead before publishing", "e+", UI)
n.b("judgement ok", "v0", JU)
n.b("bit defensive when I pushed on results", "v-", LE, hard="hedged")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w50_notes_part5.jsonl", notes)
