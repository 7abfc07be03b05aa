import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w37-n046", candidate_id="w37-c22", interviewer_id="w37-i05", req_id="w37-r1",
         round="system_design", submitted_at="2025-08-26", recommendation="hire",
         specificity=5, style=["prose", "third_person", "british", "headings"], topic="what-if tool",
         ratings={"system_thinking": "hire", "judgment": "strong_hire", "user_impact": "hire"})
n.h("System design: what-if tool for the operations control centre")
n.s("The candidate was asked to design a tool that lets a duty controller test a decision, such as cancelling a rotation or delaying a bank, and see the predicted effect on the rest of the day.", "c")
n.s("Dmitri opened by asking how long a controller can wait for an answer during a disruption, and was told under a minute.", "e+", "judgment", hard="question")
n.s("He concluded that a full simulation of the network was too slow and proposed propagating delays along aircraft and crew rotations only, accepting that passenger connections would be approximated.", "e+", "judgment", "system_thinking")
n.s("He estimated that a day's graph at the hub has about 900 flights and 2,500 crew links and that a single propagation pass would run in well under a second.", "e+", "system_thinking")
n.s("Asked what the tool should display, he sketched a list of the ten flights most affected, with the reason for each, and explained that a controller will not act on a number he cannot explain to the duty manager.", "e+", "user_impact", "communication")
n.s("He stated that the tool must never propose a plan that breaks crew duty limits, and that such options should appear greyed out with the rule that blocks them.", "e+", "risk_awareness", "user_impact")
n.s("The interviewer asked how he would know the tool was any good.", "c", hard="question")
n.s("He proposed replaying twenty past disruption days, comparing the tool's predicted knock-on delays with what actually happened, and warned that historical decisions were themselves influenced by the old tools.", "e+", "metrics", "data_intuition")
n.s("He did not address what happens when the schedule feed is several minutes behind reality.", "e-", "risk_awareness", hard="negated")
n.s("When this was raised, he added a visible timestamp of the last update and a warning when it is older than five minutes.", "e+", "learning", "risk_awareness")
n.s("His time estimates for building it were optimistic.", "v-", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n047", candidate_id="w37-c23", interviewer_id="w37-i02", req_id="w37-r2",
         round="behavioural", submitted_at="2025-09-30", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british"], topic="behavioural")
n.s("It was a very nice conversation with Olusegun, who is a person with a lot of experience in the revenue side of a low-cost carrier, and he brings a lot of maturity.", "v+", hard="vague_quantity")
n.s("We talked about his way of working with the commercial teams and how he organises the priorities when everybody wants something for yesterday.", "c")
n.s("He has very good judgement, I think, and he knows when to say no to a stakeholder.", "v+", "judgment", hard="hedged")
n.s("He told me that once he refused to launch a price test on the Christmas week because the finance team would lose the comparison with the previous year, and he moved it to January.", "e+", "judgment", "metrics")
n.s("For me he is very strong in the communication, very clear and very respectful.", "v+", "communication")
n.s("He is also a person who takes responsibility, this I felt very strongly.", "v+", "ownership")
n.s("I did not manage to go deep on the technical side because the time passed very fast.", "c")
n.s("Maybe in another round somebody can check the statistics.", "c")
n.s("He will be a good colleague for everybody.", "v+", hard="biased")
n.s("My recommendation is hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n048", candidate_id="w37-c24", interviewer_id="w37-i06", req_id="w37-r1",
         round="system_design", submitted_at="2025-10-21", recommendation="lean_no_hire",
         specificity=3, style=["lowercase", "terse", "arrows", "fragments", "abbreviations"], topic="maintenance logs")
n.s("sd: pipeline to flag risky defects from tech log free text -> maintenance control", "c")
n.nl()
n.b("jumped to 'fine-tune an llm' in first 2 min", "e-", "judgment")
n.b("no q about volumes, latency, who reads the flags", "e-", "judgment", "user_impact", hard="negated")
n.b("when i said ~400 entries/day -> didnt revise, still wanted gpu cluster", "e-", "system_thinking", "learning")
n.b("strong on transformers", "v+", "ml_fundamentals", hard="tech_vague")
n.b("asked about serving cost -> 'cloud is cheap'", "e-", "system_thinking")
n.b("said model output goes straight to the defect deferral system -> i asked if it can defer an item on its own -> 'yes if confidence > 0.9'", "e-", "risk_awareness")
n.b("never mentioned the engineer confirming", "e-", "risk_awareness", hard="negated")
n.b("evaluation = 'accuracy on a labelled set'", "e-", "metrics")
n.b("articulate", "v+", "communication")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n049", candidate_id="w37-c25", interviewer_id="w37-i03", req_id="w37-r2",
         round="data", submitted_at="2025-11-18", recommendation="hire",
         specificity=1, style=["prose", "first_person"], topic="data")
n.s("Data round.", "c")
n.s("Used the no-show table.", "c")
n.s("Sharp, quick, very data-savvy.", "v+", "data_intuition", hard="tech_vague")
n.s("Good instincts on metrics.", "v+", "metrics")
n.s("Takes ownership.", "v+", "ownership")
n.s("Think the team would like working with her.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n050", candidate_id="w37-c26", interviewer_id="w37-i04", req_id="w37-r2",
         round="data", submitted_at="2025-12-09", recommendation="lean_hire",
         specificity=5, style=["bullets", "headings", "british", "first_person"], topic="crew sickness",
         ratings={"data_intuition": "hire", "metrics": "hire", "coding": "lean_no_hire"})
n.h("Data round: crew sickness call-outs and reserve sizing")
n.s("Data: two years of daily sickness call-outs per base and rank, with roster and weather.", "c")
n.s("Task: decide how many reserve crew to hold at the main base for next month.", "c")
n.h("Findings")
n.b("[positive, major] Noticed that call-outs jumped on the days after a roster change was published, and asked whether late roster changes were being recorded as sickness.", "e+", "data_intuition", hard="question", marker="1. ")
n.b("[positive, major] Chose the reserve level by the cost of a cancelled flight against the cost of an idle reserve, and showed where the two curves cross at about 14 reserves.", "e+", "metrics", "judgment", marker="2. ")
n.b("[positive, minor] Said the forecast error matters far more on peak Saturdays and proposed evaluating error on those days separately.", "e+", "metrics", marker="3. ")
n.b("[negative, major] Her first plot aggregated all ranks together; she did not notice that captains and cabin crew cannot cover for each other until I asked.", "e-", "data_intuition", marker="4. ")
n.b("[negative, minor] Wrote the rolling average with a centred window, which uses future days.", "e-", "coding", "data_intuition", marker="5. ")
n.b("[positive, minor] Fixed the window in one line when I asked which days a Tuesday forecast could see.", "e+", "learning", "coding", marker="6. ")
n.b("[positive, minor] Asked whether individual crew members' sickness could be identified from the output; I said we would aggregate by base.", "e+", "user_impact", hard="question", marker="7. ")
n.b("[negative, minor] Ran out of time before writing any check that the data loaded completely.", "e-", "coding", marker="8. ")
n.h("Summary")
n.s("Good judgement on the decision itself; the code needed two corrections.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n051", candidate_id="w37-c27", interviewer_id="w37-i01", req_id="w37-r1",
         round="debugging", submitted_at="2026-01-20", recommendation="no_hire",
         specificity=3, style=["bullets", "terse", "fragments", "british"], topic="storm day rollback")
n.h("Debug: storm day, forecast gone wrong")
n.b("Scenario briefed: thunderstorms at hub, forecast showing all on time, controllers losing trust.", "c")
n.b("First move: opened the feature importance plot.", "e-", "judgment", hard="plain_evidence")
n.b("Forty minutes in, still no rollback.", "e-", "risk_awareness", hard="negated")
n.s("I had to say it.", "c", hard="interviewer_action")
n.b("Said the controllers 'should know not to trust it on storm days'.", "e-", "user_impact", "ownership")
n.b("Found the stale weather feed eventually.", "e0", "data_intuition")
n.b("Said the postmortem 'belongs to the MLOps team'.", "e-", "ownership")
n.b("Weak under pressure.", "v-", hard="biased")
n.b("Not on my crew.", "v-")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n052", candidate_id="w37-c28", interviewer_id="w37-i02", req_id="w37-r1",
         round="data", submitted_at="2026-02-17", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british"], topic="delay data")
n.s("I did the data round with Hyun-woo on the delay and weather tables that we use always for this exercise.", "c")
n.s("He is a very clever person, I could see that from the first minute, and he has a very good intuition for the data.", "v+", "data_intuition")
n.s("He went through the tables carefully and he had many good ideas for features.", "v+", "data_intuition", hard="vague_quantity")
n.s("He asked me where the delay codes come from.", "e+", "data_intuition", hard="question")
n.s("His knowledge of the statistics is really very solid, he spoke about distributions and tests with a lot of confidence.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He was maybe a little bit nervous at the beginning but after he relaxed.", "v0", hard="biased")
n.s("I think he understood well that the controllers need something simple, he spoke about this more than once.", "v+", "user_impact", hard="hedged")
n.s("Unfortunately we did not have time to write code, so the coding side I cannot evaluate.", "c")
n.s("For me this is a hire and I hope he accepts.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n053", candidate_id="w37-c29", interviewer_id="w37-i05", req_id="w37-r2",
         round="behavioural", submitted_at="2026-03-03", recommendation="lean_no_hire",
         specificity=3, style=["prose", "third_person", "british"], topic="ownership")
n.s("The behavioural round focused on ownership and learning from mistakes.", "c")
n.s("Asked about a project she led, the candidate described a fare-elasticity study and said she 'supported' the analysis, without naming any decision she made herself.", "e-", "ownership")
n.s("Asked what she would do differently, she said the project had gone well and there was nothing to change.", "e-", "learning", hard="plain_evidence")
n.s("She gave a clear account of how she explained confidence intervals to a pricing manager, using the example of a coin tossed ten times.", "e+", "communication")
n.s("She seems more comfortable following than leading.", "v-", "ownership", hard="hedged")
n.s("When the interviewer described a retrospective practice, she asked how the team runs it and wrote down two points.", "e+", "learning")
n.s("Her answers were polite and well structured throughout.", "v+", "communication")
n.s("There was no example where she raised a problem on her own initiative.", "v-", "ownership")
n.s("Lean no hire for the level advertised.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n054", candidate_id="w37-c30", interviewer_id="w37-i03", req_id="w37-r1",
         round="system_design", submitted_at="2026-03-24", recommendation="lean_hire",
         specificity=2, style=["prose", "first_person"], topic="delay prediction")
n.s("Design round, delay prediction service.", "c")
n.s("Decent design, nothing wrong with it really.", "v0", "system_thinking")
n.s("He mentioned monitoring at the end.", "e+", "risk_awareness")
n.s("Could have gone deeper on the data side.", "v-", "data_intuition")
n.s("Knows Kafka and Spark well.", "v+", "system_thinking", hard="tech_vague")
n.s("A bit arrogant maybe.", "v-", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n055", candidate_id="w37-c31", interviewer_id="w37-i06", req_id="w37-r1",
         round="fundamentals", submitted_at="2026-04-14", recommendation="lean_no_hire",
         specificity=2, style=["lowercase", "terse", "fragments", "arrows"], topic="fundamentals")
n.s("fundamentals, 40m", "c")
n.nl()
n.b("textbook answers on bias/variance", "v0", "ml_fundamentals")
n.b("couldnt say why precision drops when delays get rarer in summer", "e-", "ml_fundamentals", "metrics")
n.b("weak on evaluation overall", "v-", "metrics")
n.b("decent on trees", "v+", "ml_fundamentals")
n.b("some system sense, not much", "v0", "system_thinking")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n056", candidate_id="w37-c32", interviewer_id="w37-i04", req_id="w37-r1",
         round="behavioural", submitted_at="2026-05-05", recommendation="lean_hire",
         specificity=3, style=["bullets", "headings", "british", "third_person"], topic="ownership")
n.h("Behavioural")
n.b("Topics: ownership of a failure; handling disagreement with a safety team.", "c")
n.h("Findings")
n.b("[positive, major] Described finding that her own turnaround model had been trained on a month with a ground-handler strike, telling her manager the same day, and retraining it herself.", "e+", "ownership", "data_intuition", marker="1. ")
n.b("[positive, minor] Takes responsibility readily.", "v+", "ownership", marker="2. ")
n.b("[negative, major] On the safety-team disagreement, said she had 'escalated until they agreed' and could not say what their concern had been.", "e-", "communication", "judgment", marker="3. ")
n.b("[negative, minor] Somewhat defensive when asked about it again.", "v-", "learning", marker="4. ")
n.b("[positive, minor] Explained that she now checks every training window for strikes and ATC action before a retrain.", "e+", "learning", "data_intuition", marker="5. ")
n.b("[neutral] Adequate structure in answers.", "v0", "communication", marker="6. ")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n057", candidate_id="w37-c33", interviewer_id="w37-i01", req_id="w37-r2",
         round="system_design", submitted_at="2026-06-02", recommendation="lean_hire",
         specificity=2, style=["bullets", "terse", "fragments", "british"], topic="revenue forecast")
n.h("SD: route revenue forecast, 45 min")
n.b("Airworthy design, nothing fancy.", "v+", "system_thinking")
n.b("Knows the revenue side.", "v+")
n.b("Asked who signs off the forecast before the network planners see it.", "e+", "user_impact", "risk_awareness", hard="question")
n.b("Thin on metrics.", "v-", "metrics")
n.b("Thin on failure modes too.", "v-", "risk_awareness")
n.b("Steady, LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n058", candidate_id="w37-c34", interviewer_id="w37-i03", req_id="w37-r1",
         round="behavioural", submitted_at="2026-06-23", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person"], topic="behavioural")
n.s("Fantastic candidate, honestly one of the best I've talked to.", "v+")
n.s("Natural leader, takes ownership of everything.", "v+", "ownership", hard="vague_quantity")
n.s("Very humble too.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
n.s("Happy to talk to the hiring manager if that helps.", "c")
notes.append(n)

n = Note(note_id="w37-n059", candidate_id="w37-c35", interviewer_id="w37-i05", req_id="w37-r1",
         round="data", submitted_at="2026-07-14", recommendation="hire",
         specificity=3, style=["prose", "third_person", "british"], topic="knock-on delays")
n.s("Data round on knock-on delays using a month of rotation data from two hubs.", "c")
n.s("The candidate was asked to estimate how much of each flight's delay was inherited from the previous leg.", "c")
n.s("Tariq asked how aircraft swaps were recorded before computing anything, and found that swaps were logged only at one hub.", "e+", "data_intuition", "judgment", hard="question")
n.s("He split each delay into the part carried from the inbound aircraft and the part added on the ground, and showed that at one hub the ground part was twice as large.", "e+", "data_intuition")
n.s("He was strong on the modelling side generally.", "v+", "ml_fundamentals")
n.s("His code was not always easy to follow.", "v-", "coding")
n.s("He did not consider whether crew connections might explain the remaining delays.", "e-", "system_thinking", hard="negated")
n.s("Asked how he would check the split, he proposed confirming that the two parts sum to the total delay for every flight, and found three flights where they did not.", "e+", "data_intuition", "coding")
n.s("His summary for the ops audience was well judged.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w37-n060", candidate_id="w37-c36", interviewer_id="w37-i02", req_id="w37-r2",
         round="coding", submitted_at="2026-08-04", recommendation="lean_hire",
         specificity=2, style=["prose", "first_person", "british"], topic="crew duty checks")
n.s("The coding problem was the usual one about crew rest between two duties, with the minimum rest depending on the time zone changes.", "c")
n.s("Marisol was a bit lost at the start and I needed to explain the problem two times, but after she found her way.", "e0", "communication", hard="mixed")
n.s("Her code is correct in the end, I believe, though it took the whole hour.", "v0", "coding", hard="hedged")
n.s("She has a very good attitude, always smiling and positive.", "v+", hard="biased")
n.s("She asked what happens to the crew member if the check says the rest is too short, if the roster is changed automatically or somebody calls them.", "e+", "user_impact", hard="question")
n.s("I think with some months in the team she will be very good.", "v+")
n.s("For me lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w37_notes_part4.jsonl", notes)
print(len(notes), "notes")
