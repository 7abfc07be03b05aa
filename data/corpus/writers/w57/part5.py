import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w57-n047", candidate_id="w57-c23", interviewer_id="w57-i05", req_id="w57-r1",
         round="system_design", submitted_at="2024-11-19", recommendation="hire", specificity=5,
         style=["headings", "prose", "first_person", "british"], topic="lighting and rain",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire", "communication": "hire"})
n.h("Set-up")
n.s("System design, 50 minutes, remote.", "c")
n.s("I asked Siobhan how she would keep a damage detector working through a rainy Glasgow winter when it had been trained mostly on summer photos.", "c")
n.h("System thinking")
n.s("She split the problem into photo capture, a condition classifier for rain, night and glare, and the damage model itself.", "e+", "system_thinking")
n.s("She wanted the condition classifier to route wet photos to a separate threshold rather than a separate model, and said two models would double the labelling work.", "e+", "system_thinking", "judgment")
n.s("She estimated about 12,000 returns a day across Scotland and said batch scoring every ten minutes would be enough.", "e+", "system_thinking")
n.h("Data")
n.s("She asked whether the labels for winter photos came from the same team as the summer ones.", "e+", "data_intuition")
n.s("She suggested collecting a small wet-weather test set per depot before launch, and said 300 cars per depot would show a gap of a few points.", "e+", "data_intuition", "metrics")
n.h("Risk")
n.s("She proposed that wet photos below a confidence level go to a human and are never billed automatically.", "e+", "risk_awareness", "user_impact")
n.s("She set an alert on the share of photos routed to humans, so a sudden storm would show up as a staffing problem rather than a pile of wrong bills.", "e+", "risk_awareness")
n.h("Pushback")
n.s("I suggested simply waiting for dry weather to take the return photos.", "c", hard="interviewer_action")
n.s("She pointed out customers drop cars at 6am in any weather and will not wait, then checked whether the depot had covered bays, which some do.", "e+", "judgment", "user_impact")
n.h("Communication")
n.s("At the end she gave me a three-line summary of the design and the one risk she was least sure about.", "e+", "communication")
n.h("Recommendation")
n.s("Hire; every decision came with a reason I could check.", "v+", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w57-n048", candidate_id="w57-c24", interviewer_id="w57-i02", req_id="w57-r1",
         round="behavioural", submitted_at="2024-12-03", recommendation="no_hire", specificity=4,
         style=["prose", "first_person"], topic="disputes")
n.s("I asked Marcus to tell me how he'd deal with a customer who is sure our app billed her for a scratch she didn't make.", "c", hard="question")
n.s("He said the model is 'more accurate than any agent' so the bill stands.", "e-", "user_impact")
n.s("I told him that at the desk, about one in five of those complaints turned out to be our mistake.", "c", hard="interviewer_action")
n.s("He said that was before the model and wouldn't happen now.", "e-", "learning")
n.s("He didn't ask a thing about how the appeal works.", "e-", "user_impact", hard="negated")
n.s("I asked about a time he'd been wrong at work.", "c", hard="question")
n.s("He said he couldn't think of one that mattered.", "e-", "ownership")
n.s("Then he told me about a model he trained that was dropped, and said the product manager 'didn't get it'.", "e-", "ownership")
n.s("He was polite throughout.", "v+", hard="biased")
n.s("Knows his models, I'm sure.", "v+", "ml_fundamentals", hard="hedged")
n.s("His explanations were clear enough, I'll give him that.", "v+", "communication")
n.s("I wouldn't want him anywhere near our customers' bills.", "v-", "user_impact")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n049", candidate_id="w57-c25", interviewer_id="w57-i04", req_id="w57-r2",
         round="coding", submitted_at="2025-01-14", recommendation="hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="fleet allocation")
n.h("Coding - transfer plan")
n.b("Task: given surplus and deficit per airport and a cost matrix, produce a transfer plan.", "c", hard="interviewer_action")
n.b("Asked whether a car can be moved twice in one night. PASS", "e+", "judgment")
n.b("Wrote a greedy on cheapest edge first; said it is not optimal and named min-cost flow as the exact version.", "e+", "coding", "ml_fundamentals")
n.b("Gave a case where greedy loses: two airports competing for one cheap donor.", "e+", "coding")
n.b("Tests: empty, all balanced, one donor many receivers. PASS", "e+", "coding")
n.b("One bug: total deficit larger than total surplus made the loop spin; she found it from her second test.", "e0", "coding")
n.b("Fixed by capping at available supply and returning unmet demand. PASS", "e+", "coding")
n.b("Said she would log unmet demand per airport so the planners see it. PASS", "e+", "user_impact", "risk_awareness")
n.b("Explained the trade-off between greedy speed and optimality in two sentences. PASS", "e+", "communication")
n.b("Ran out of time before complexity.", "c")
n.b("7/8 -> H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n050", candidate_id="w57-c26", interviewer_id="w57-i06", req_id="w57-r2",
         round="debugging", submitted_at="2025-02-18", recommendation="hire", specificity=4,
         style=["bullets", "lowercase", "fragments", "arrows", "abbreviations"], topic="dynamic pricing")
n.b("debug: holiday prices at bristol 3x normal on xmas eve, model 'working'", "c")
n.b("yuki asked first when the forecast job last ran", "e+", "judgment", hard="plain_evidence")
n.b("found occupancy input stuck at 100% -> feed failed, default filled", "e+", "data_intuition")
n.b("proposed falling back to last good price if input looks stale", "e+", "risk_awareness")
n.b("asked how many customers booked at the bad price", "e+", "user_impact")
n.b("suggested refunding the difference, said 'that's the cheap option long term'", "e+", "user_impact", "judgment")
n.b("didnt add a test for the default fill", "e-", "coding", hard="negated")
n.b("i asked about alerting -> added check on input freshness", "e0", "risk_awareness", "learning")
n.b("walked me through it in order, easy", "e+", "communication")
n.b("talks quietly", "v0", hard="biased")
n.b("h", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n051", candidate_id="w57-c27", interviewer_id="w57-i01", req_id="w57-r1",
         round="fundamentals", submitted_at="2025-03-11", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="cv fundamentals")
n.s("For the fundamentals round I asked Rafael, who is also from the north of Portugal, about training a detector when only a few hundred damaged cars are labelled.", "c")
n.s("He suggested starting from a model pre-trained on general images and freezing the backbone at first, and explained that with so few examples the later layers would otherwise forget what they had learned.", "e+", "ml_fundamentals")
n.s("He said class weights would help with the imbalance, but could not explain what they would do to the confidence scores.", "e-", "ml_fundamentals")
n.s("I asked how he would know the model was ready to charge customers.", "c", hard="question")
n.s("He answered with the validation mAP and nothing else, even after I mentioned that customers dispute charges.", "e-", "metrics", "learning")
n.s("He is very well read, and it shows in how he talks about the field.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("We spoke a little in Portuguese at the end, which was lovely.", "c")
n.s("He would grow quickly in the right team, I believe.", "v+", "learning")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n052", candidate_id="w57-c28", interviewer_id="w57-i03", req_id="w57-r1",
         round="coding", submitted_at="2025-04-22", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="image preprocessing")
n.s("Coding, image resizing and padding.", "c")
n.s("Zainab finished the task.", "e+", "coding")
n.s("Code looked clean, good practices.", "v+", "coding", hard="tech_vague")
n.s("Talked through numpy broadcasting well.", "v+", "coding", hard="tech_vague")
n.s("She asked whether photos were always landscape.", "e+", "data_intuition")
n.s("Not sure about her system skills, didn't test that.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n053", candidate_id="w57-c29", interviewer_id="w57-i05", req_id="w57-r2",
         round="system_design", submitted_at="2025-05-06", recommendation="no_hire", specificity=4,
         style=["headings", "prose", "third_person", "british"], topic="card fraud",
         ratings={"risk_awareness": "no_hire", "user_impact": "no_hire"})
n.h("Problem")
n.s("Jack was asked to design real-time fraud screening for online bookings paid by card.", "c")
n.h("System thinking")
n.s("He placed a scoring service behind the payment call and said it had to answer in under 200 ms.", "e+", "system_thinking")
n.s("He proposed pulling the customer's full rental history from the warehouse inside that call, without checking how long the query takes.", "e-", "system_thinking")
n.h("Risk")
n.s("Asked what happens if the scoring service is down, he said bookings would be blocked until it came back.", "e-", "risk_awareness", "judgment")
n.s("He had no plan to compare the new model with the old rules before switching over.", "e-", "risk_awareness", hard="negated")
n.h("Users")
n.s("When I asked about customers wrongly declined, he said 'they can use another card'.", "e-", "user_impact")
n.h("Learning")
n.s("After I pointed out that blocking all bookings on an outage costs more than the fraud, he agreed and switched to failing open with a lower limit.", "e0", "learning", "judgment")
n.h("Overall")
n.s("Sound on the plumbing, weak on everything around it.", "v-", hard="mixed")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n054", candidate_id="w57-c30", interviewer_id="w57-i02", req_id="w57-r2",
         round="behavioural", submitted_at="2025-06-10", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="counter overrides")
n.s("I asked Ngozi what she'd do if the counter staff at Edinburgh kept lowering the prices the model set for walk-up customers.", "c", hard="question")
n.s("She asked me whether staff get any commission tied to the price, before anything else.", "e+", "judgment", hard="plain_evidence")
n.s("Then she asked what the walk-up customers usually are, and when I said stranded travellers after cancelled flights she said the model had probably never seen that situation.", "e+", "user_impact", "data_intuition")
n.s("She said she'd give the staff a reason code and look at the overrides each week with the station manager.", "e+", "ownership")
n.s("She described doing the same at a hotel chain, and said the reason codes showed the model was pricing against a conference that had been cancelled.", "e+", "ownership")
n.s("I asked if she'd ever force staff to stick to the model's price.", "c", hard="question")
n.s("She said only for prices above a ceiling she agreed with the managers, never below.", "e+", "judgment")
n.s("She didn't once talk down to the desk staff, which you notice when you've been one.", "e+", "communication")
n.s("Warm person.", "v+", hard="biased")
n.s("Strong hire, I'd put her in front of any station manager tomorrow.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n055", candidate_id="w57-c31", interviewer_id="w57-i04", req_id="w57-r1",
         round="system_design", submitted_at="2025-07-29", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="damage detection")
n.h("System design checklist")
n.b("Requirements: asked volume and latency, nothing on who acts on the output. PARTIAL", "e0", "judgment", hard="mixed")
n.b("Components: capture, model, results table. No review step. FAIL", "e-", "system_thinking", "user_impact")
n.b("Scale: 5k returns/day at peak, one GPU enough, numbers given. PASS", "e+", "system_thinking")
n.b("Failure modes: none raised unprompted. FAIL", "e-", "risk_awareness", hard="negated")
n.b("When asked about a bad model release, suggested keeping the old model warm and switching back by config. PASS", "e+", "risk_awareness")
n.b("Metrics: only mAP; did not link it to disputes. FAIL", "e-", "metrics")
n.b("Pushback on missing review step: added one straight away and placed it before billing.", "e+", "learning")
n.b("3/7.", "v-")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n056", candidate_id="w57-c32", interviewer_id="w57-i06", req_id="w57-r1",
         round="fundamentals", submitted_at="2025-08-19", recommendation="lean_no_hire", specificity=1,
         style=["bullets", "lowercase", "terse"], topic="cv fundamentals")
n.b("fundamentals", "c")
n.b("shaky on losses", "v-", "ml_fundamentals")
n.b("ok on cnn basics", "v0", "ml_fundamentals")
n.b("communication meh", "v-", "communication")
n.b("knew a bit abt augmentation", "v0", "ml_fundamentals", hard="tech_vague")
n.b("not ready", "v-", hard="bare_verdict")
n.b("lnh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n057", candidate_id="w57-c33", interviewer_id="w57-i01", req_id="w57-r2",
         round="coding", submitted_at="2025-12-09", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="dynamic pricing")
n.s("I asked Amara to write a small function that smooths our holiday prices so that no price moves by more than 10% from one day to the next, something our customers have asked for after some very unhappy Christmases.", "c")
n.s("Before writing anything she asked whether the cap should apply going down as well as up, and I was pleased that she thought of it.", "e+", "judgment")
n.s("Her first loop capped each day against the original price of the previous day rather than the capped one, and the output still jumped.", "e-", "coding")
n.s("She found the mistake herself by printing the differences, and fixed it without my help.", "e+", "coding", "learning")
n.s("She then wrote two tests, one with a flat series and one with a single spike, and both passed.", "e+", "coding")
n.s("She said a smoothed price could leave the company selling too cheaply on the peak day, and suggested reporting how much revenue the cap cost each week.", "e+", "metrics", "judgment")
n.s("She asked whether loyal customers see the same prices as everyone else.", "e+", "user_impact")
n.s("She explained her thinking aloud in a calm and orderly way throughout.", "v+", "communication")
n.s("Hire, and a pleasure to interview.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n058", candidate_id="w57-c34", interviewer_id="w57-i03", req_id="w57-r2",
         round="data", submitted_at="2026-01-13", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person"], topic="fleet allocation")
n.s("Data round on airport demand.", "c")
n.s("Tariq seemed a bit lost with the data.", "v-", "data_intuition")
n.s("He didn't look at missing days.", "e-", "data_intuition", hard="negated")
n.s("Lots of gaps in his reasoning.", "v-", "judgment", hard="vague_quantity")
n.s("Maybe a bit junior for us.", "v-", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n059", candidate_id="w57-c35", interviewer_id="w57-i05", req_id="w57-r1",
         round="debugging", submitted_at="2026-02-24", recommendation="hire", specificity=5,
         style=["headings", "prose", "first_person", "british"], topic="false damage flags")
n.h("Scenario")
n.s("I told Lena that after a camera upgrade at Luton, the model flagged damage on 18% of returns instead of the usual 4%.", "c")
n.h("Debugging")
n.s("She asked for twenty flagged photos from before and after the upgrade and compared them side by side.", "e+", "data_intuition")
n.s("She noticed the new photos were sharper and showed road dirt the old camera blurred away, and said the model had learned that fine texture meant damage.", "e+", "ml_fundamentals", "data_intuition")
n.s("She proposed downscaling the new photos to the old resolution as a stop-gap and collecting labelled photos from the new cameras.", "e+", "judgment")
n.h("Users")
n.s("She asked how many customers had been billed since the upgrade and said they should be reviewed before anything else.", "e+", "user_impact", "ownership")
n.h("Risk")
n.s("She suggested an alert on the daily flag rate per depot so a jump like this is caught in a day, not a fortnight.", "e+", "risk_awareness", "metrics")
n.h("Pushback")
n.s("I said the business wanted to keep billing while this was fixed; she held her position and explained that every wrong bill becomes an appeal that costs more than the charge.", "e+", "judgment", "user_impact")
n.h("Communication")
n.s("She wrote her steps on the shared doc as she went, so I could follow without asking.", "e+", "communication")
n.h("Recommendation")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n060", candidate_id="w57-c36", interviewer_id="w57-i02", req_id="w57-r2",
         round="data", submitted_at="2026-03-17", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="card fraud")
n.s("I showed Owen a month of counter bookings flagged as stolen cards and asked what he made of them.", "c")
n.s("He noticed that most flags came from one airport and asked if that desk typed card details by hand.", "e+", "data_intuition")
n.s("He didn't ask how many flagged customers were genuine.", "e-", "user_impact", hard="negated")
n.s("He said he'd measure the model on chargebacks avoided, and when I asked about customers turned away he added the number of declined renters who later rented with us again.", "e0", "metrics", "learning")
n.s("Good with numbers.", "v+")
n.s("He seemed nervous.", "v0", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w57_notes_part5.jsonl", notes)
