import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w46-n049", candidate_id="w46-c25", interviewer_id="w46-i03", req_id="w46-r1",
         round="fundamentals", submitted_at="2025-11-18", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="fundamentals")
n.s("Fundamentals - Zainab", "c")
n.nl()
n.s("Panel of two, I led.", "c")
n.s("Started late, ran 10 min over.", "c")
n.nl()
n.s("Very strong on ML theory, knows the maths.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knows her AUC vs. precision trade-offs well.", "v+", "metrics", hard="tech_vague")
n.s("Explains things well.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n050", candidate_id="w46-c26", interviewer_id="w46-i03", req_id="w46-r2",
         round="system_design", submitted_at="2025-12-02", recommendation="lean_no_hire", specificity=1,
         style=["terse", "fragments"], topic="system design")
n.s("Sys design - Callum", "c")
n.nl()
n.s("Design felt half-baked.", "v-", "system_thinking")
n.s("Weak on metrics.", "v-", "metrics")
n.s("Not much ownership either.", "v-", "ownership")
n.s("Maybe ok for a junior role.", "v0", hard="bare_verdict")
n.s("LNH", "v-", hard="bare_verdict")
n.nl()
n.s("Note to self: compare with the other panel notes before the debrief.", "c")
notes.append(n)

n = Note(note_id="w46-n051", candidate_id="w46-c27", interviewer_id="w46-i06", req_id="w46-r1",
         round="behavioural", submitted_at="2025-12-09", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="behavioural")
n.s("Behavioural round for the leak detection role, 45 minutes.", "c")
n.nl()
n.s("What a delight Elena was!", "v+")
n.s("She has a real sense of ownership and takes responsibility for everything she builds.", "v+", "ownership")
n.s("She told me she still checks the dashboard of a model she handed over two years ago.", "e+", "ownership", hard="plain_evidence")
n.s("Her learning agility is outstanding; she picks up new things incredibly quickly.", "v+", "learning", hard="tech_vague")
n.s("She is an excellent, clear communicator.", "v+", "communication")
n.s("I think she'd be a wonderful role model for the younger members of the team.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n052", candidate_id="w46-c28", interviewer_id="w46-i01", req_id="w46-r1",
         round="coding", submitted_at="2026-01-13", recommendation="lean_no_hire", specificity=2,
         style=["prose", "fragments", "abbreviations"], topic="night flow")
n.s("Coding w/ Bogdan, 45.", "c")
n.s("Gave him the night-flow exercise.", "c", hard="interviewer_action")
n.nl()
n.s("Struggled a bit with the code tbh.", "v-", "coding", hard="hedged")
n.s("Loaded the full three years into memory without asking how big the file was.", "e-", "system_thinking")
n.s("Ran out of time before he got to tests.", "c")
n.s("Seemed to know the theory ok.", "v0", "ml_fundamentals")
n.s("Said a random forest can't predict past the highest flow it's seen, which is right.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("He asked whether night flow includes the big industrial users, good q.", "e+", "data_intuition", hard="question")
n.s("Prob not for us.", "v-", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n053", candidate_id="w46-c29", interviewer_id="w46-i06", req_id="w46-r2",
         round="data", submitted_at="2026-02-03", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="taste and odour complaints")
n.s("I asked Nadia to explore customer taste and odour complaints alongside our chlorine readings.", "c", hard="interviewer_action")
n.s("The dataset came from the 2025 complaints log.", "c")
n.s("She clearly has a deep understanding of data and statistics.", "v+", "data_intuition", hard="tech_vague")
n.s("Her metrics knowledge is superb, she knows every evaluation measure there is.", "v+", "metrics", hard="vague_quantity")
n.s("She plotted complaints by week and spotted the spike after a reservoir clean.", "e+", "data_intuition")
n.s("She asked which suburbs the complaints came from and whether older customers phone in more.", "e+", "user_impact", hard="question")
n.s("I was very impressed.", "v+")
n.s("She's bubbly and a real people person.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n054", candidate_id="w46-c30", interviewer_id="w46-i02", req_id="w46-r1",
         round="coding", submitted_at="2026-02-17", recommendation="lean_hire", specificity=2,
         style=["terse", "third_person"], topic="rolling median")
n.s("Coding.", "c")
n.s("Task: rolling median on pressure data.", "c")
n.s("Obi is a good coder.", "v+", "coding")
n.s("He is fast.", "v+", "coding")
n.s("He wrote one test.", "e0", "coding")
n.s("Metrics: not discussed.", "c")
n.s("I did not ask about edge cases.", "c")
n.s("Communication ok.", "v0", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n055", candidate_id="w46-c31", interviewer_id="w46-i01", req_id="w46-r2",
         round="data", submitted_at="2026-03-03", recommendation="lean_hire", specificity=2,
         style=["prose", "fragments"], topic="lab vs online sensors")
n.s("Data round w/ Yusuf.", "c")
n.s("Dataset was lab sample results vs. the online chlorine sensors.", "c")
n.nl()
n.s("Yeah he knows his stats, pretty sound on distributions.", "v+", "data_intuition", hard="tech_vague")
n.s("Bit slow to get going.", "v-")
n.s("Noticed the lab and sensor clocks were an hour apart in winter.", "e+", "data_intuition")
n.s("Said the lab results carry their own measurement error, so he wouldn't fit the sensors to them exactly.", "e+", "ml_fundamentals")
n.s("Didn't really think about the regulator side.", "v-", "risk_awareness", hard="hedged")
n.s("Good bloke.", "v+", hard="biased")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n056", candidate_id="w46-c32", interviewer_id="w46-i03", req_id="w46-r1",
         round="debugging", submitted_at="2026-03-17", recommendation="hire", specificity=2,
         style=["terse", "lowercase", "abbreviations"], topic="stuck sensor")
n.s("debugging - marguerite", "c")
n.nl()
n.s("exercise: the stuck pressure sensor notebook.", "c")
n.nl()
n.s("pretty good overall.", "v+")
n.s("found the issue w/ the timestamps after a while.", "e0", "coding")
n.s("good debugging instincts.", "v+", "coding", hard="tech_vague")
n.s("communication clear.", "v+", "communication")
n.s("a bit rigid maybe when I suggested another approach.", "v-", "learning", hard="hedged")
n.s("hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n057", candidate_id="w46-c33", interviewer_id="w46-i02", req_id="w46-r2",
         round="behavioural", submitted_at="2026-04-07", recommendation="no_hire", specificity=2,
         style=["terse", "third_person"], topic="team conflict")
n.s("Behavioural.", "c")
n.s("Question: a conflict in your team.", "c", hard="question")
n.s("Arjun talked about his last team.", "v0")
n.s("He said the delays were the data team's fault.", "e-", "ownership")
n.s("He does not take ownership.", "v-", "ownership")
n.s("Poor listener.", "v-", "communication")
n.s("Not a team player.", "v-", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n058", candidate_id="w46-c34", interviewer_id="w46-i03", req_id="w46-r2",
         round="coding", submitted_at="2026-04-21", recommendation="lean_hire", specificity=1,
         style=["terse", "fragments"], topic="coding")
n.s("Coding - Freya", "c")
n.nl()
n.s("Task: deduplicate meter readings.", "c")
n.nl()
n.s("Fine.", "v0", hard="bare_verdict")
n.s("Code was okay I guess.", "v0", "coding")
n.s("Not sure she'd cope with our data volumes.", "v-", "system_thinking", hard="hedged")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n059", candidate_id="w46-c35", interviewer_id="w46-i05", req_id="w46-r2",
         round="data", submitted_at="2026-05-12", recommendation="hire", specificity=3,
         style=["prose", "headings", "third_person"], topic="bill disputes after meter faults")
n.s("Situation: data round on predicting which customers will dispute a high bill after a meter fault.", "c")
n.nl()
n.s("Behaviour: Tevita asked how disputes are recorded and found that phone disputes were logged but online ones only from 2024.", "e+", "data_intuition")
n.s("He chose logistic regression first and said he wanted coefficients he could show the billing team.", "e+", "judgment")
n.s("He said the dispute rate alone would mislead, since customers on fixed incomes often don't dispute at all and just pay late.", "e+", "metrics", "user_impact")
n.s("He asked whether the billing team would see the scores or only a flag.", "e+", "user_impact", hard="question")
n.s("He claimed regularisation would fix the class imbalance.", "e-", "ml_fundamentals")
n.s("When I questioned that, he paused, said he'd mixed it up, and switched to class weights.", "e+", "learning")
n.s("He proposed putting the model straight into the billing system's nightly run without asking how that system is tested.", "e-", "system_thinking")
n.nl()
n.s("Impact: good instincts on the customer side, a couple of gaps on the technical side.", "v0", hard="mixed")
n.s("Note to self: get a second view on his ML depth from the fundamentals round.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n060", candidate_id="w46-c36", interviewer_id="w46-i05", req_id="w46-r1",
         round="behavioural", submitted_at="2026-06-02", recommendation="hire", specificity=3,
         style=["prose", "headings", "third_person"], topic="taking over a stale report")
n.s("Situation: behavioural round, question about owning something nobody asked you to own.", "c", hard="question")
n.nl()
n.s("Behaviour: Seo-yeon described noticing that the leak model's weekly report at her last job had gone stale for a month after the analyst left, and taking it over herself.", "e+", "ownership")
n.s("She said she rewrote it to show leaks found per crew-hour instead of raw alert counts, because the alert count rose every time they added loggers.", "e+", "metrics")
n.s("When I asked how she knew the new number was better, she said she checked it against the crews' own repair logs for two months.", "e+", "metrics")
n.s("She said she also wrote a one-page guide so the next analyst could run it.", "e+", "ownership")
n.s("She admitted she didn't tell her manager she'd taken it on until week three.", "e-", "communication")
n.s("She is very organised and a natural leader.", "v+", hard="biased")
n.nl()
n.s("Impact: strong ownership story, one gap in keeping people informed.", "v+", "ownership", hard="mixed")
n.s("We used the last ten minutes for her questions about on-call.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w46_notes_part5.jsonl", notes)
