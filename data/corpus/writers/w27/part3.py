import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Tomasz Kowalczyk (he), r1 ----
n = Note(note_id="w27-n025", candidate_id="w27-c07", interviewer_id="w27-i04", req_id="w27-r1",
         round="behavioural", submitted_at="2025-07-01", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "quotes", "american"], topic="fare change explanation")
n.s("I asked Tomasz to explain, like I was a rider at a community meeting, why the forecast said Route 40 would lose fewer riders than other routes after the fare change.", "c", hard="question")
n.s("He said: \"If a trip costs more, people who have a car or can walk will drop the bus, and on Route 40 most riders have neither, so it drops less than you'd think.\"", "e+", "communication", hard="plain_evidence")
n.s("That was the clearest answer I've had from anyone this round.", "v+", "communication")
n.blank()
n.s("I asked what he'd do if the planners wanted a number by Friday but the data wasn't ready.", "c", hard="question")
n.s("He said he'd give them the number anyway and fix it later, and he didn't say he'd warn them it might be wrong.", "e-", "judgment")
n.s("He didn't ask who would use the number or for what.", "e-", "judgment", hard="negated")
n.s("Kind, patient with me.", "v+", hard="biased")
n.s("Lean hire, mostly because he can talk to regular people.", "v+", "communication")
notes.append(n)

n = Note(note_id="w27-n026", candidate_id="w27-c07", interviewer_id="w27-i01", req_id="w27-r1",
         round="data", submitted_at="2025-07-02", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="new BRT line forecast")
n.s("The data exercise concerned forecasting ridership for a new bus rapid transit line for which no historical boardings exist.", "c", hard="question")
n.s("The candidate was informed that the line's specification (stops, frequency) had not yet been finalized.", "c", hard="interviewer_action")
n.s("It was observed that the candidate did not ask which specification to assume, and instead built a model for a line of his own design with 12-minute headways.", "e-", "judgment", hard="negated")
n.s("When it was pointed out that the planning department was considering 6-minute headways, the candidate did not revise the assumption, stating that the difference would be \"second-order.\"", "e-", "judgment", "learning")
n.s("He drew comparable corridors from the regional travel survey and matched them on population within a half-mile of each stop.", "e+", "data_intuition")
n.s("His explanation of the elasticity estimates was difficult to follow; terms were used without definition and the interviewer was obliged to ask for a restatement three times.", "e-", "communication")
n.s("The candidate's code was not reviewed in this session.", "c")
n.s("Significant concerns are noted with respect to his handling of ambiguity.", "v-", "judgment")
n.s("A rating of lean no hire is recorded.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n027", candidate_id="w27-c07", interviewer_id="w27-i03", req_id="w27-r1",
         round="fundamentals", submitted_at="2025-07-02", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="time series")
n.s("Tomasz knows his stats.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Went deep on elasticities and time series stuff.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked about autocorrelation in the residuals he drew an ACF plot and pointed at the spike at lag 7.", "e+", "ml_fundamentals")
n.s("Communication a bit all over the place maybe.", "v-", "communication", hard="hedged")
n.s("Hire I think.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n028", candidate_id="w27-c07", interviewer_id="w27-i02", req_id="w27-r1",
         round="coding", submitted_at="2025-07-03", recommendation="lean_hire", specificity=4,
         style=["bullets", "headings", "terse", "american"], topic="transfer detection",
         ratings={"coding": "hire", "judgment": "lean_no_hire", "system_thinking": "no_hire"})
n.h("Coding: transfer detection from tap data")
n.b("Task: link card taps into journeys (a transfer is a tap on another route within 90 minutes).", "c", hard="question")
n.b("Clarifying questions: NO, assumed a single fare zone without saying so.", "e-", "judgment", hard="negated")
n.b("Correct output on sample: YES, after one fix to the sort order.", "e+", "coding")
n.b("Tests: YES, wrote cases for a tap at exactly 90 minutes and for the same card tapped twice at one gate.", "e+", "coding")
n.b("Scale: NO estimate given for 4 million taps a day; said \"it'll be fine in pandas.\"", "e-", "system_thinking", hard="negated")
n.b("Narrated while coding: YES, said each step before typing it.", "e+", "communication")
n.b("Recommendation: Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c08 Rowan Mensah (they), r2 ----
n = Note(note_id="w27-n029", candidate_id="w27-c08", interviewer_id="w27-i05", req_id="w27-r2",
         round="coding", submitted_at="2025-07-15", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "lowercase", "arrows", "fragments"], topic="on-board announcements")
n.b("coding 45m, stop-announcement queue for on-board displays", "c", hard="question")
n.b("working priority queue in ~25 min", "e+", "coding")
n.b("no rule for 2 announcements w/ same priority -> order random", "e-", "coding", hard="negated")
n.b("I flagged it -> \"that's an edge case, won't happen\"", "e-", "learning")
n.b("it happens at every transfer station", "c")
n.b("tests: 1, happy path only", "e-", "coding")
n.b("LNH.", "v-", hard="bare_verdict")
n.s("defends instead of checking", "v-", "learning")
notes.append(n)

n = Note(note_id="w27-n030", candidate_id="w27-c08", interviewer_id="w27-i03", req_id="w27-r2",
         round="behavioural", submitted_at="2025-07-15", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="rider apps")
n.s("Rowan seems solid.", "v+", hard="bare_verdict")
n.s("Strong opinions, which is good for this team.", "v+", hard="biased")
n.s("Lots of rider app experience.", "v+", "user_impact", hard="vague_quantity")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n031", candidate_id="w27-c08", interviewer_id="w27-i07", req_id="w27-r2",
         round="system_design", submitted_at="2025-07-16", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="accessible routing")
n.s("I had such a good time with Rowan today.", "v+")
n.s("I asked them to design the trip planner's accessible-routing feature, so a wheelchair user only gets routes through stations with working elevators.", "c", hard="interviewer_action")
n.s("Rowan drew a clean architecture right away (routing engine, elevator status service, cache) and explained how the router would drop any edge through a station whose elevator is marked out.", "e+", "system_thinking")
n.s("They wanted to measure success by how many accessible routes the planner returns per day, which seemed like a sensible number to me.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("When I gently asked whether returning more routes means riders actually got through, they said \"if the routes are correct, then yes, by definition,\" and we moved on.", "e-", "metrics", "learning")
n.s("I loved their passion for accessibility; they mentioned a cousin who uses a wheelchair.", "v+", hard="biased")
n.s("They didn't talk about what happens when the elevator data goes stale, but we ran short of time.", "e-", "risk_awareness", hard="negated")
n.s("They're obviously very experienced in mobile and backend.", "v+", "system_thinking", hard="tech_vague")
n.s("Hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n032", candidate_id="w27-c08", interviewer_id="w27-i06", req_id="w27-r2",
         round="debugging", submitted_at="2025-07-17", recommendation="lean_no_hire", specificity=5,
         style=["headings", "third_person", "american"], topic="screen reader bug",
         ratings={"coding": "hire", "learning": "no_hire", "risk_awareness": "hire",
                  "user_impact": "lean_no_hire", "communication": "hire"})
n.s("Round: debugging, 60 min.", "c")
n.nl()
n.s("Scenario: after last week's release the rider app's screen reader reads station names in the wrong order; repo, release diff and two bug reports provided.", "c", hard="question")
n.blank()
n.b("Coding / debugging", "c", marker="1. ")
n.nl()
n.s("Rowan reproduced the bug with a screen-reader emulator within ten minutes and bisected it to the release diff.", "e+", "coding")
n.s("They found that the list view sorted by station ID in the new build and by name in the old one.", "e+", "coding")
n.s("Their fix sorted by name but broke the ordering of the Spanish-language station names, which they did not test.", "e-", "coding")
n.blank()
n.b("Learning", "c", marker="2. ")
n.nl()
n.s("When I pointed out the Spanish-language case, they said the bug report \"only mentions English\" and asked whether it was really in scope.", "e-", "learning", "user_impact")
n.s("When I showed them the second bug report, which came from a Spanish-speaking rider, they fixed it in five minutes and added a test.", "e+", "learning")
n.blank()
n.b("Risk", "c", marker="3. ")
n.nl()
n.s("They proposed a feature flag so the list ordering could be reverted without shipping a new app release.", "e+", "risk_awareness")
n.blank()
n.b("User impact", "c", marker="4. ")
n.nl()
n.s("They did not ask how many riders had been affected or whether anyone should be told.", "e-", "user_impact", hard="negated")
n.blank()
n.b("Communication", "c", marker="5. ")
n.nl()
n.s("Their root-cause write-up was three clear sentences I could forward to the product owner as-is.", "e+", "communication")
n.blank()
n.s("Overall: lean no hire; capable, but resisted until handed proof.", "v-", "learning")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w27-n033", candidate_id="w27-c09", interviewer_id="w27-i01", req_id="w27-r1",
         round="system_design", submitted_at="2025-07-08", recommendation="hire", specificity=5,
         style=["prose", "third_person", "american"], topic="vendor model procurement")
n.s("The system design interview was held on July 8, 2025, in the analytics office.", "c")
n.s("The candidate was asked to assess a vendor's proprietary ridership forecasting model that the authority is considering procuring, and to design its integration with existing systems.", "c", hard="question")
n.s("It was observed that the candidate first requested the vendor's backtest results broken down by route type, rather than the single accuracy figure in the sales material.", "e+", "metrics")
n.s("He noted that the vendor's reported error of 4% had been computed on the vendor's own reference cities, and stated that it could not be assumed to hold for the authority's network.", "e+", "metrics")
n.s("He proposed a three-month parallel run in which the vendor's forecasts would be compared against the in-house forecasts and actual counts, with an acceptance threshold written into the contract.", "e+", "risk_awareness")
n.s("On integration, the candidate specified that the vendor model would receive a nightly extract from the legacy ridership database rather than direct database access, and estimated the extract at roughly 2 GB.", "e+", "system_thinking")
n.s("He asked whether the contract would permit the authority to see the model's input features, given the requirement to explain forecasts at public board meetings.", "e+", "judgment", hard="question")
n.s("When it was pointed out that the vendor declines to disclose features, the candidate proposed requiring per-route sensitivity reports at minimum and stated that he would not recommend procurement without them.", "e+", "judgment")
n.s("He was not able to say how the vendor model would be retired or replaced should the contract lapse.", "e-", "risk_awareness", hard="negated")
n.s("The candidate's whiteboard diagram was orderly and was read back to the interviewer at the close.", "e+", "communication")
n.s("His sense of public accountability is considered strong.", "v+", "user_impact")
n.s("A recommendation of hire is made.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n034", candidate_id="w27-c10", interviewer_id="w27-i02", req_id="w27-r2",
         round="coding", submitted_at="2025-07-22", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "terse", "american"], topic="elevator outage intervals",
         ratings={"coding": "no_hire", "learning": "no_hire"})
n.h("Coding: elevator outage event merge")
n.b("Task: merge two event streams (controller faults, crew work orders) into outage intervals.", "c", hard="question")
n.b("Clarified overlap rules: YES, asked what to do when a work order opens before the fault.", "e+", "judgment")
n.b("Idea: YES, sort and sweep, correct approach.", "e+", "coding")
n.b("Working solution: NO, intervals overlapped in the output and she did not notice.", "e-", "coding")
n.b("Ran the sample: NO.", "e-", "coding", hard="negated")
n.b("Complexity: NO, said O(n) for a version with a nested loop.", "e-", "coding")
n.b("Responded to hints: NO, after I pointed to the overlap she rewrote the loop and the same bug came back.", "e-", "learning")
n.b("Recommendation: No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n035", candidate_id="w27-c11", interviewer_id="w27-i03", req_id="w27-r1",
         round="behavioural", submitted_at="2025-07-23", recommendation="no_hire", specificity=1,
         style=["prose", "terse"], topic="general")
n.s("Not a fit.", "v-", hard="biased")
n.s("Didn't seem that into transit.", "v-", hard="biased")
n.s("Weak on the forecasting side.", "v-", "ml_fundamentals")
n.s("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n036", candidate_id="w27-c12", interviewer_id="w27-i05", req_id="w27-r1",
         round="data", submitted_at="2025-07-24", recommendation="hire", specificity=3,
         style=["bullets", "terse", "lowercase", "arrows", "fragments", "abbreviations"], topic="fare change impact")
n.b("data 60m, fare change impact", "c")
n.b("checked for dup tap IDs first, found ~0.4% dupes, dropped them", "e+", "data_intuition")
n.b("asked when the fare change was announced vs. when it took effect -> used announcement date as the break", "e+", "data_intuition")
n.b("no placebo test", "e-", "ml_fundamentals", hard="negated")
n.b("metric: MAE on held-out wks, said it hides the weekend misses, split by day type", "e+", "metrics")
n.b("explained the elasticity result to me in one sentence", "e+", "communication")
n.b("solid all round", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w27_notes_part3.jsonl", notes)
