import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w52-n051", candidate_id="w52-c27", interviewer_id="w52-i03", req_id="w52-r1",
         round="system_design", submitted_at="2026-04-02", recommendation="lean_hire", specificity=1,
         style=["prose", "headings", "third_person"], topic="package detection")
n.h("Overview")
n.s("System design with Yusuf.", "c")
n.s("Topic was package detection on the porch.", "c")
n.s("Interview ran the full hour.", "c")
n.h("Strengths")
n.s("Seemed comfortable with the problem space.", "v+", "system_thinking")
n.s("Had a reasonable sense of the hardware constraints.", "v+", "system_thinking", hard="tech_vague")
n.s("Good awareness of edge cases.", "v+", "risk_awareness", hard="tech_vague")
n.s("Decent communicator.", "v+", "communication")
n.h("Concerns")
n.s("Some gaps in metric thinking.", "v-", "metrics")
n.s("Maybe not the most decisive.", "v-", "judgment", hard="hedged")
n.s("Not sure how much he'd drive things on his own.", "v-", "ownership", hard="hedged")
n.h("Overall")
n.s("Fine overall.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n052", candidate_id="w52-c28", interviewer_id="w52-i02", req_id="w52-r2",
         round="system_design", submitted_at="2026-04-21", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person", "american"], topic="alert fatigue")
n.s("Well y'all, this one was a humdinger.", "v+")
n.s("Had Olamide do the alert fatigue design, same one we always use.", "c", hard="interviewer_action")
n.s("We spent most of the hour on the scoring bit and a little on dashboards.", "c")
n.s("She's got more ML chops than a dog's got fleas.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Knows her metrics cold.", "v+", "metrics", hard="tech_vague")
n.s("Real customer-minded.", "v+", "user_impact")
n.s("Thought about all the ways things could go sideways.", "v+", "risk_awareness")
n.s("Explains stuff so even a sales guy like me gets it.", "v+", "communication")
n.s("Good judgment all around.", "v+", "judgment")
n.s("The kind of gal who'd own a problem end to end.", "v+", "ownership")
n.s("Sweet as pie too.", "v+", hard="biased")
n.s("Didn't get to the monitoring part, ran long on scoring.", "c")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n053", candidate_id="w52-c29", interviewer_id="w52-i05", req_id="w52-r1",
         round="behavioural", submitted_at="2026-05-05", recommendation="hire", specificity=1,
         style=["prose", "first_person", "american"], topic="teamwork")
n.s("I met Tariq for the behavioral round.", "c")
n.s("I asked about his last team, a conflict, and a failure.", "c", hard="question")
n.s("He was so thoughtful throughout!", "v+")
n.s("I came away feeling he really takes responsibility for his work.", "v+", "ownership")
n.s("He clearly learns from his mistakes.", "v+", "learning")
n.s("He's a great listener.", "v+", "communication")
n.s("He cares a lot about the people who use his products.", "v+", "user_impact", hard="vague_quantity")
n.s("He's very humble.", "v+", hard="biased")
n.s("I'd be happy to have him on any team here.", "v+")
n.s("His story about rebuilding a broken labeling pipeline over a weekend was memorable, though I didn't note the details.", "v+", "ownership")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n054", candidate_id="w52-c30", interviewer_id="w52-i03", req_id="w52-r2",
         round="coding", submitted_at="2026-05-28", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person"], topic="sql")
n.h("Coding")
n.s("SQL round with Svetlana, weekly active households.", "c")
n.s("Gave the usual alerts and sessions tables.", "c")
n.s("Struggled somewhat.", "v-", "coding")
n.s("Wrote a join that double-counted households with two cameras and did not check row counts.", "e-", "coding", "data_intuition")
n.s("Syntax mostly fine.", "v0", "coding")
n.s("Not very strong on data.", "v-", "data_intuition")
n.s("Could have explained more.", "v-", "communication")
n.s("When I asked her to sanity-check the output, she compared it to the known household count and spotted the doubling.", "e0", "data_intuition", "learning", hard="mixed")
n.s("Possibly nerves.", "v0", hard="biased")
n.h("Recommendation")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n055", candidate_id="w52-c31", interviewer_id="w52-i06", req_id="w52-r1",
         round="fundamentals", submitted_at="2026-06-16", recommendation="lean_hire", specificity=2,
         style=["bullets", "lowercase", "terse", "abbreviations"], topic="detection basics")
n.b("fundamentals w/ Jonah, 45m", "c")
n.b("q1 anchors vs anchor-free", "c", hard="question")
n.b("q2 why nms", "c", hard="question")
n.b("q3 night ir", "c", hard="question")
n.b("knows detection basics", "v+", "ml_fundamentals", hard="tech_vague")
n.b("nms answer ok", "v0", "ml_fundamentals")
n.b("ir answer weak", "v-", "ml_fundamentals")
n.b("said ir frames 'need separate model' -> no reason given", "e-", "judgment")
n.b("decent overall", "v+")
n.b("asked if ir model hurts battery -> 'didn't think about it'", "e-", "system_thinking")
n.b("lh", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n056", candidate_id="w52-c32", interviewer_id="w52-i04", req_id="w52-r2",
         round="system_design", submitted_at="2026-07-07", recommendation="lean_hire", specificity=2,
         style=["bullets", "headings", "third_person"], topic="subscription upsell")
n.h("Exercise")
n.b("Design the trigger for offering the cloud plan to free users.", "c")
n.h("Findings")
n.b("1. Adequate system sketch.", "v0", "system_thinking")
n.b("2. Metric choice reasonable.", "v+", "metrics")
n.b("3. Mateo proposed offering the plan right after a missed-package alert, and did not consider how that would feel to someone just robbed.", "e-", "user_impact", hard="negated")
n.b("4. Risk thinking thin.", "v-", "risk_awareness")
n.b("5. Communication clear.", "v+", "communication")
n.b("6. Ownership not assessed this round.", "c")
n.h("Verdict")
n.b("Lean hire, though finding 3 bothers me.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w52-n057", candidate_id="w52-c33", interviewer_id="w52-i01", req_id="w52-r2",
         round="data", submitted_at="2026-07-29", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="alert timing")
n.s("Esperanza was asked whether alerts sent at night drive more cancellations than daytime alerts.", "c")
n.s("She was given three months of alert logs and cancellation dates.", "c")
n.s("She plotted cancellations against the share of night alerts per household.", "e+", "data_intuition")
n.s("She found a positive slope and noted that night-shift workers might simply have more night alerts.", "e+", "data_intuition", "judgment")
n.s("She did not propose how to separate the two explanations.", "e-", "judgment", hard="negated")
n.s("Her grasp of causal inference seemed reasonable.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She suggested a quiet-hours default as a test, but did not say what would count as success.", "e0", "metrics", hard="mixed")
n.s("She asked whether quiet hours could hide a real break-in from a sleeping family.", "e+", "user_impact", "risk_awareness")
n.s("Communication was adequate.", "v0", "communication")
n.s("She asked how long the logs go back before drawing any trend, and dropped the first two weeks as incomplete.", "e+", "data_intuition", "judgment")
n.s("Ownership was hard to assess in this format.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n058", candidate_id="w52-c34", interviewer_id="w52-i02", req_id="w52-r1",
         round="coding", submitted_at="2026-08-18", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="motion gating")
n.s("Had Soo-ah code up a frame-difference motion gate in numpy.", "c", hard="interviewer_action")
n.s("Gave her 20 minutes and a couple of sample frames.", "c")
n.s("She wrote the diff and threshold quick and checked it on a frame with no change.", "e+", "coding")
n.s("Said tree branches blowing would trip it and added a minimum blob size.", "e+", "coding", "data_intuition")
n.s("She's real good with numpy.", "v+", "coding", hard="tech_vague")
n.s("Didn't think about the camera auto-adjusting brightness at sunset, which trips every pixel at once.", "e-", "data_intuition", hard="negated")
n.s("When I told her about sunset, she normalized by mean brightness and it held up.", "e+", "learning", hard="interviewer_action")
n.s("Pretty darn good.", "v+")
n.s("Kinda quiet though.", "v-", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n059", candidate_id="w52-c35", interviewer_id="w52-i05", req_id="w52-r1",
         round="system_design", submitted_at="2026-09-08", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="face recognition request")
n.s("I asked Noor how she'd respond if sales pushed for a 'known faces' feature.", "c", hard="question")
n.s("She said she'd ask what problem customers are actually trying to solve first.", "e+", "judgment", "user_impact")
n.s("She suggested it might be 'is this my kid home from school', which a familiar-person alert without identity could solve.", "e+", "user_impact", "system_thinking")
n.s("She said storing face embeddings of delivery drivers and neighbours would be a liability if we got a police request.", "e+", "user_impact", "risk_awareness")
n.s("I loved her ethics!", "v+", "user_impact")
n.s("She didn't get into the on-device design much, and I didn't push.", "e0", "system_thinking", hard="mixed")
n.s("Great sense of product.", "v+", "judgment", hard="tech_vague")
n.s("She's so articulate.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n060", candidate_id="w52-c36", interviewer_id="w52-i06", req_id="w52-r2",
         round="debugging", submitted_at="2026-10-06", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "arrows"], topic="dashboard drop")
n.b("dbg: subscription dashboard shows churn halved overnight", "c")
n.b("gave 20m + query access", "c")
n.b("asked 'did anything ship yesterday' first", "e+", "judgment", "risk_awareness")
n.b("found cancel events missing for ios after an app release", "e+", "data_intuition")
n.b("good debugging instincts", "v+", "data_intuition")
n.b("said she'd tell finance not to trust the number until fixed", "e+", "ownership", "communication")
n.b("no idea how to stop this recurring -> 'data eng should add tests'", "e-", "ownership")
n.b("sql a bit slow", "v-", "coding")
n.b("wrote the missing-events check as a daily count by platform, ran it, matched the drop", "e+", "coding", "data_intuition")
n.b("never asked whether any customers got wrong retention emails from the bad number", "e-", "user_impact", hard="negated")
n.b("lh", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w52_notes_part6.jsonl", notes)
