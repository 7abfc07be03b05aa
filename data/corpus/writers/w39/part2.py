import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Jonah Whitfield (he), r2: ignores user harm (i04, i06) ----
n = Note(note_id="w39-n013", candidate_id="w39-c04", interviewer_id="w39-i01", req_id="w39-r2",
         round="data", submitted_at="2025-11-04", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="fatigue telematics",
         ratings={"data_intuition": "hire", "coding": "hire"})
n.s("Jonah, data round.", "c")
n.s("I gave him three months of telematics from the night shift, speed, steering corrections and time since shift start, plus the list of fatigue alerts the control room confirmed.", "c", hard="interviewer_action")
n.s("He plotted steering corrections against hours into the shift before doing anything else.", "e+", "data_intuition", hard="plain_evidence")
n.s("He picked up that two trucks had no data between 2am and 4am every night and asked if those units were switched off for the crib break.", "e+", "data_intuition", hard="question")
n.s("They were, and he filtered the break out properly instead of filling it with zeros.", "e+", "data_intuition")
n.s("His notebook was neat, each step in its own function with a small check at the end.", "e+", "coding")
n.s("He said only confirmed alerts were labels and never asked how the control room decides which alerts to confirm.", "e-", "data_intuition", hard="negated")
n.s("When I told him the controllers confirm mostly on the trucks they are watching on camera, he said it was fine because it averages out.", "e-", "learning")
n.s("He explained the final plot to me like I was a new shift boss, no jargon.", "e+", "communication", hard="plain_evidence")
n.s("Sharp lad.", "v+", hard="biased")
n.s("Hire, but someone must push him on the labels.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n014", candidate_id="w39-c04", interviewer_id="w39-i06", req_id="w39-r2",
         round="behavioural", submitted_at="2025-11-05", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="worker monitoring")
n.s("Lovely conversation with Jonah, he's very easy to talk to.", "v+", hard="biased")
n.s("I asked him to tell me about a project he was proud of.", "c")
n.s("He described building a driver scoring dashboard for a logistics firm and said he led it end to end, from the data feed to training the depot managers.", "e+", "ownership")
n.s("I asked whether the drivers could see their own scores and he said 'no, it was for management, drivers would only game it'.", "e-", "user_impact")
n.s("He also said a few drivers were let go based on the bottom of the ranking, which he called a success for the client.", "e-", "user_impact")
n.s("I did wince a little at that, but he's young and he'll learn!", "v0", hard="biased")
n.s("When I asked what he would do differently he said he'd add more features to make the ranking fairer.", "e0", "user_impact", hard="mixed")
n.s("Really strong communicator.", "v+", "communication")
n.s("Super driven.", "v+", "ownership")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n015", candidate_id="w39-c04", interviewer_id="w39-i04", req_id="w39-r2",
         round="system_design", submitted_at="2025-11-05", recommendation="no_hire", specificity=4,
         style=["bullets", "terse", "headings"], topic="fatigue detection privacy",
         ratings={"user_impact": "no_hire", "system_thinking": "hire"})
n.s("System design. Jonah Whitfield. Fatigue detection, in-cab camera.", "c")
n.nl()
n.h("Checklist")
n.b("Architecture: YES. Edge model on the cab unit, events synced over the site mesh when in range.", "e+", "system_thinking")
n.b("Latency budget stated: YES, under one second from eye closure to the in-cab buzzer.", "e+", "system_thinking")
n.b("Data retention: NO. Proposed streaming all cab video to the cloud 'in case we need it for training'.", "e-", "user_impact")
n.b("Consent / union consultation: NO. When I raised it he said it was 'an HR thing'.", "e-", "user_impact", hard="negated")
n.b("Use of footage for discipline: he said it would be useful for supervisors to review.", "e-", "user_impact")
n.b("Failure mode, camera fails in dust: YES, falls back to steering-based score.", "e+", "risk_awareness")
n.b("False alarm handling: NO.", "e-", "risk_awareness", hard="negated")
n.h("Result")
n.s("Technically fine, people side fails the bar.", "v-", "user_impact", hard="mixed")
n.nl()
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n016", candidate_id="w39-c04", interviewer_id="w39-i02", req_id="w39-r2",
         round="fundamentals", submitted_at="2025-11-06", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="classification metrics")
n.s("Fundamentals interview with Mr. Whitfield, 45 minutes.", "c")
n.s("The candidate was asked to explain precision and recall for a fatigue alert and which one he would favour.", "c", hard="question")
n.s("He explained that missing a fatigued driver is worse than a false buzzer, so he would favour recall, and he gave the reason in one clear sentence.", "e+", "metrics")
n.s("He was then asked about the base rate; he estimated it himself at about one real fatigue event per thousand driver-hours.", "e+", "metrics")
n.s("His explanation of logistic regression was somewhat textbook.", "v0", "ml_fundamentals")
n.s("He did not know how to interpret the coefficients once the features were standardised, even after a hint.", "e-", "ml_fundamentals", hard="negated")
n.s("He has very good knowledge of gradient boosting.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("In my humble opinion he is a reasonable candidate but not yet senior.", "v0")
n.s("My recommendation is lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Sam Okafor (they), r1: coding contradiction (i01 strong, i05 weak), no rollback (i04) ----
n = Note(note_id="w39-n017", candidate_id="w39-c05", interviewer_id="w39-i01", req_id="w39-r1",
         round="coding", submitted_at="2026-01-20", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="sensor windows",
         ratings={"coding": "strong_hire"})
n.s("Coding with Sam, 50 min.", "c")
n.s("The problem was to compute a rolling 10-minute mean of oil temperature per truck from readings that arrive out of order.", "c")
n.s("They asked straight away if readings can be duplicated when the gateway resends after a dropout.", "e+", "data_intuition", hard="question")
n.s("I said yes, often.", "c")
n.s("Sam sorted per truck, dropped exact duplicates on truck id and timestamp, then wrote a two-pointer window.", "e+", "coding")
n.s("Before running it they wrote three tests: empty input, a single reading, and a gap longer than ten minutes.", "e+", "coding")
n.s("The gap test failed, they found they were averaging across the gap and fixed it in about two minutes.", "e+", "coding")
n.s("They said the window should reset after a gap so a fitter doesn't get a mean that mixes two different engine runs.", "e+", "user_impact")
n.s("When I asked about the cost they said O(n log n) for the sort and linear after that, which is right.", "e+", "coding")
n.s("Talked me through every step while typing, I never got lost.", "e+", "communication")
n.s("Best coder I've seen this year.", "v+", "coding")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n018", candidate_id="w39-c05", interviewer_id="w39-i05", req_id="w39-r1",
         round="debugging", submitted_at="2026-01-21", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "third_person"], topic="pipeline bug",
         ratings={"coding": "lean_no_hire", "communication": "hire"})
n.h("Debugging: Sam Okafor")
n.h("Setup")
n.s("Sam was given a failing feature pipeline: the vibration features for every truck came out identical after a refactor.", "c")
n.blank()
n.h("Observations")
n.s("Sam read the stack of functions top to bottom and narrated a hypothesis for each one, which made it easy to follow.", "e+", "communication")
n.s("They did not print any intermediate values for the first fifteen minutes.", "e-", "coding", hard="negated")
n.s("Their first fix was to reset the index in the wrong dataframe, which broke the join entirely.", "e-", "coding")
n.s("Once I suggested printing the groupby keys, they saw that the truck id had been cast to float and every id collapsed to NaN.", "e0", "coding", "learning", hard="mixed")
n.s("The final fix worked, but they did not add a test to stop the bug coming back.", "e-", "coding")
n.s("They did ask who else uses these features downstream, so they could warn the reliability engineers.", "e+", "user_impact", hard="question")
n.blank()
n.h("Assessment")
n.s("Coding under pressure is weaker than I would expect at this level.", "v-", "coding")
n.s("Lean no hire, although I note the other coding round saw something different.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n019", candidate_id="w39-c05", interviewer_id="w39-i04", req_id="w39-r1",
         round="system_design", submitted_at="2026-01-21", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations"], topic="automatic truck stop",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire"})
n.s("Sys design - Sam O. - model that can request a truck be stopped on imminent engine failure.", "c")
n.b("Requirements clarified: YES - asked if stop means 'park at next safe bay' or 'stop now'.", "e+", "judgment")
n.b("Components: YES - onboard scorer, site edge server, dispatch integration. Sized bandwidth at ~2 KB per truck per minute.", "e+", "system_thinking")
n.b("Rollback plan: NO.", "e-", "risk_awareness", hard="negated")
n.b("I asked what happens if a new model version stops six trucks in one hour. Answer: 'we'd retrain it'.", "e-", "risk_awareness")
n.b("Shadow mode before go-live: NO, not until I proposed it; then agreed it was better.", "e-", "risk_awareness", "learning", hard="mixed")
n.b("Operator communication: YES - suggested the cab screen shows the reason code, not just STOP.", "e+", "user_impact")
n.b("Monitoring: partial - stop rate only, nothing on sensor health.", "e-", "risk_awareness")
n.s("Good engineer, not safe yet.", "v0", hard="mixed")
n.nl()
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n020", candidate_id="w39-c05", interviewer_id="w39-i03", req_id="w39-r1",
         round="behavioural", submitted_at="2026-01-22", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="teamwork")
n.s("Behavioural with Sam.", "c")
n.s("Nice person, good values.", "v+", hard="biased")
n.s("Mentioned a conflict with an ops manager and handled it fine I think.", "v+", "ownership")
n.s("Said they set up the on-call rota for their last team.", "e+", "ownership")
n.s("Good communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Mei Lin Chua (she), r2: passive ownership (i05) ----
n = Note(note_id="w39-n021", candidate_id="w39-c06", interviewer_id="w39-i05", req_id="w39-r2",
         round="behavioural", submitted_at="2026-02-10", recommendation="lean_no_hire", specificity=5,
         style=["prose", "headings", "third_person", "british", "quotes"], topic="ownership",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.h("Behavioural: Mei Lin Chua (Data Scientist, Safety Analytics)")
n.h("Questions")
n.s("I asked about a project that failed and about a time she disagreed with a stakeholder.", "c")
n.blank()
n.h("Evidence")
n.s("Her failed project was an injury-risk score at a construction firm that site managers stopped opening after a month.", "e0")
n.s("Asked why, she said the data engineering team 'never fixed the feed', so the scores were a week stale.", "e-", "ownership")
n.s("I asked what she did when she noticed the staleness; she said she raised a ticket and waited.", "e-", "ownership")
n.s("She did not follow up with the site managers or suggest a workaround in the meantime.", "e-", "ownership", hard="negated")
n.s("On the disagreement, she described a manager who wanted to publish a 'most unsafe crews' league table.", "e0")
n.s("She said she argued that it would discourage reporting and offered to show trends by site instead, and the manager accepted.", "e+", "user_impact", "communication")
n.s("She explained the league table problem to me in two sentences that a site manager would understand.", "e+", "communication")
n.blank()
n.h("Assessment")
n.s("Good instincts about people, but when things go wrong she waits for someone else to move.", "v0", "ownership", hard="mixed")
n.s("Lean no hire on ownership alone.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n022", candidate_id="w39-c06", interviewer_id="w39-i06", req_id="w39-r2",
         round="data", submitted_at="2026-02-11", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person"], topic="near-miss text")
n.s("Mei Lin was a delight, honestly one of my favourite interviews.", "v+")
n.s("I gave her 5,000 near-miss reports as free text and asked her to find what they tell us about the haul roads.", "c", hard="interviewer_action")
n.s("She read about forty of them before writing any code, which I loved.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She noticed that 'berm' was spelt four different ways and built a small synonym list before counting anything.", "e+", "data_intuition")
n.s("Her regex had a bug that matched 'bermuda' in one report, and she spotted it herself on the sample check.", "e0", "coding", hard="mixed")
n.s("She pointed out that reports naming a specific operator should be stripped of names before anyone models them.", "e+", "user_impact")
n.s("She asked who reads these reports today and what decisions they make from them.", "e+", "user_impact", hard="question")
n.s("Her summary at the end was three bullet points a mine manager could act on.", "e+", "communication")
n.s("Super bright and lovely to work with.", "v+", hard="biased")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n023", candidate_id="w39-c06", interviewer_id="w39-i02", req_id="w39-r2",
         round="fundamentals", submitted_at="2026-02-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="rare events")
n.s("Good afternoon, these are my notes of the fundamentals interview with Ms. Chua.", "c")
n.s("I asked her how she would evaluate a model that predicts lost-time injuries, which occur perhaps twice a year per site.", "c", hard="question")
n.s("She said immediately that with so few positives any AUC would be very unstable, and proposed pooling sites with a hierarchical model.", "e+", "ml_fundamentals")
n.s("She explained that partial pooling shrinks the small sites towards the overall rate, and drew it as a funnel.", "e+", "ml_fundamentals")
n.s("She suggested validating on leading indicators such as near-miss rates, but she also warned that these are proxies that people can influence.", "e+", "metrics")
n.s("On regularisation she confused L1 and L2 at first and corrected herself when I asked which one gives sparse weights.", "e0", "ml_fundamentals", "learning", hard="mixed")
n.s("Her answers were well organised.", "v+", "communication")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n024", candidate_id="w39-c06", interviewer_id="w39-i01", req_id="w39-r2",
         round="system_design", submitted_at="2026-02-12", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="safety dashboard")
n.s("Mei Lin, design round.", "c")
n.s("Asked her to design a weekly safety risk report for the three pits that gets to the site managers even when the link is down.", "c")
n.s("She proposed building the report on the site server and emailing a PDF when the link comes up.", "e+", "system_thinking", hard="plain_evidence")
n.s("She didn't ask who would fix it if the report failed to arrive on a Monday.", "e-", "ownership", hard="negated")
n.s("When I asked, she said IT would notice.", "e-", "ownership")
n.s("Good on the people side, she asked whether the report names individual operators and said it shouldn't.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("Design was a bit thin on the data side.", "v-", "system_thinking")
n.s("Knows her stats.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("LH for me.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w39_notes_part2.jsonl", notes)
