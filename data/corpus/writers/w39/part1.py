import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Thandiwe Mokoena (she), r1 ----
n = Note(note_id="w39-n001", candidate_id="w39-c01", interviewer_id="w39-i01", req_id="w39-r1",
         round="data", submitted_at="2025-08-12", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british"], topic="engine failure labels",
         ratings={"data_intuition": "strong_hire", "judgment": "hire"})
n.s("Data round with Thandiwe, 60 min.", "c")
n.s("I gave her a week of haul truck sensor logs (oil temp, coolant, vibration) and the work orders from the workshop.", "c", hard="interviewer_action")
n.s("First thing she asked was whether the work order date is when the fault happened or when the fitter logged it.", "e+", "data_intuition", hard="plain_evidence")
n.s("I told her it is normally logged a day or two later, sometimes only after the weekend.", "c")
n.s("She then shifted the labels back by that lag and dropped the 48 hours before each work order from the negatives, so the model isn't punished for being early.", "e+", "data_intuition")
n.s("She saw that truck 14's coolant sensor read exactly zero for three weeks and said that's a dead sensor, not a cold engine.", "e+", "data_intuition", hard="plain_evidence")
n.s("She did not check how many trucks had no failures at all in the window, so her first base rate was off.", "e-", "data_intuition", hard="negated")
n.s("When I pointed that out she redid it on the whiteboard, got about 3% of truck-days with a failure inside 7 days, and changed her plan to precision in the top ten trucks per shift.", "e+", "learning", "metrics")
n.s("She asked what a missed failure costs versus a false alarm that pulls a truck into the workshop for nothing.", "e+", "judgment", hard="question")
n.s("I said roughly R2 million for an engine that lets go on the ramp versus one lost shift.", "c")
n.s("She wrote down that one catch pays for about forty false pulls and set the threshold from that.", "e+", "judgment")
n.s("Good practical lady, she knows her way around a workshop.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n002", candidate_id="w39-c01", interviewer_id="w39-i03", req_id="w39-r1",
         round="behavioural", submitted_at="2025-08-13", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="past projects")
n.h("Thandiwe - behavioural")
n.s("Really strong.", "v+", hard="bare_verdict")
n.nl()
n.s("Deep on survival models and remaining useful life.", "v+", "ml_fundamentals", hard="tech_vague")
n.nl()
n.s("Loads of ownership in her last role.", "v+", "ownership", hard="vague_quantity")
n.nl()
n.s("Talked about a pump failure project.", "v0")
n.nl()
n.s("Communicates well.", "v+", "communication")
n.nl()
n.s("Would be great on the team.", "v+")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n003", candidate_id="w39-c01", interviewer_id="w39-i04", req_id="w39-r1",
         round="system_design", submitted_at="2025-08-13", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "headings"], topic="model that stops a truck",
         ratings={"risk_awareness": "hire", "user_impact": "lean_no_hire"})
n.h("System design - Thandiwe M. - w39-r1")
n.s("Task: model flags engine failure risk on haul trucks; a high score can take a truck out of service.", "c")
n.nl()
n.h("Checklist:")
n.b("Failure modes: YES - named sensor dropout, clock drift between truck and dispatch server, and the model going stale after an engine rebuild.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.b("Override / kill switch: YES - said the pit supervisor must be able to cancel a stop over the radio, and every override is logged for review.", "e+", "risk_awareness")
n.b("Edge behaviour: PARTIAL - put the model on the truck's onboard unit but did not say what happens when that unit overheats in the pit.", "e-", "system_thinking", hard="mixed")
n.b("Human in loop: YES - proposed that the model only recommends and a fitter confirms before the truck is parked.", "e+", "judgment")
n.b("Metric: asked what fraction of stops would turn out false before agreeing a threshold.", "e+", "metrics")
n.b("Operator impact: NO - did not raise how the operator is told the truck is coming off, or whether a false stop hits their production bonus.", "e-", "user_impact", hard="negated")
n.b("Monitoring: YES, alert rate per shift and override rate on a dashboard.", "e+", "risk_awareness")
n.s("Score 5 of 7.", "v+", hard="vague_quantity")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n004", candidate_id="w39-c01", interviewer_id="w39-i02", req_id="w39-r1",
         round="fundamentals", submitted_at="2025-08-14", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="survival analysis",
         ratings={"ml_fundamentals": "hire"})
n.s("Dear colleagues, please find below my notes from the fundamentals interview with Ms. Mokoena.", "c")
n.s("I asked her how she would model time to failure when most engines have not yet failed at the end of the data.", "c", hard="interviewer_action")
n.s("She answered that these engines are censored and that dropping them would bias the estimate towards short lifetimes.", "e+", "ml_fundamentals")
n.s("She then proposed a Cox model as a baseline and a boosted survival model afterwards, and explained that the concordance index measures only the ranking, not the calibration.", "e+", "ml_fundamentals")
n.s("When I asked how she would choose the prediction horizon, she asked me in return how many days the workshop needs to order a part.", "e+", "judgment", hard="question")
n.s("I must say that her answer on class imbalance was less convincing: she suggested oversampling the failures tenfold without mentioning that this distorts the predicted probabilities.", "e-", "ml_fundamentals")
n.s("Upon my question about calibration she recognised the problem at once and proposed to recalibrate on an untouched validation set.", "e+", "learning")
n.s("She explained each step with great clarity.", "v+", "communication")
n.s("It was a pleasure to speak with her.", "v+")
n.s("My recommendation is hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Rafael Quispe (he), r1 ----
n = Note(note_id="w39-n005", candidate_id="w39-c02", interviewer_id="w39-i05", req_id="w39-r1",
         round="data", submitted_at="2025-09-02", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "third_person", "british"], topic="engine failure prediction",
         ratings={"coding": "hire", "metrics": "no_hire", "data_intuition": "lean_no_hire"})
n.h("Data round: Rafael Quispe (ML Engineer, Predictive Maintenance)")
n.h("Summary")
n.s("Rafael works quickly and knows his tools, but he trusts an offline number much further than the data allows.", "v0", "metrics", hard="mixed")
n.blank()
n.h("What happened")
n.s("I shared the vibration and oil pressure extract for 40 trucks and asked for a first failure model.", "c", hard="interviewer_action")
n.s("He joined the sensor table to the failure table in about five minutes and the pandas was tidy.", "e+", "coding")
n.s("He split the data randomly by row rather than by truck or by time.", "e-", "data_intuition")
n.s("Readings from the same truck in the same week therefore sat on both sides of the split, and he reported an AUC of 0.97.", "e-", "data_intuition")
n.s("He said this 'proves the model is ready for the fleet'.", "e-", "metrics")
n.s("When I asked whether anything could make 0.97 too good to be true, he suggested adding more trees rather than looking at the split.", "e-", "learning")
n.s("He did ask how often sensors drop out in the pit, which was a good question.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.blank()
n.h("Assessment")
n.s("Coding is solid.", "v+", "coding")
n.s("Evaluation is the concern.", "v-", "metrics")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n006", candidate_id="w39-c02", interviewer_id="w39-i02", req_id="w39-r1",
         round="system_design", submitted_at="2025-09-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="remote sites",
         ratings={"system_thinking": "lean_hire", "metrics": "no_hire"})
n.s("Interview summary, system design, candidate Mr. Rafael Quispe.", "c")
n.s("The exercise was to design the pipeline that scores every truck each shift and sends the high-risk ones to the workshop.", "c")
n.s("Mr. Quispe drew an orderly architecture with gateways on the trucks, a message queue at the site and a batch scorer in the cloud.", "e+", "system_thinking")
n.s("I asked him what would happen when the satellite link at the northern pit is down for a full day, which occurs every rainy season.", "c", hard="question")
n.s("He proposed to buffer the readings on site and score them once the link returns, but he did not consider that a truck might fail during the outage itself.", "e-", "risk_awareness", hard="mixed")
n.s("For the launch, he stated that since the offline AUC was above 0.9 the model could replace the fixed service schedule immediately.", "e-", "metrics")
n.s("I suggested a pilot on a few trucks; he agreed politely, but his final plan was still the full replacement.", "e-", "learning")
n.s("He did not propose any measure of downtime saved after launch.", "e-", "metrics", hard="negated")
n.s("He is a very pleasant and respectful person.", "v+", hard="biased")
n.s("With regret, my recommendation is lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n007", candidate_id="w39-c02", interviewer_id="w39-i04", req_id="w39-r1",
         round="debugging", submitted_at="2025-09-03", recommendation="no_hire", specificity=4,
         style=["bullets", "terse", "quotes"], topic="shift drift",
         ratings={"learning": "no_hire", "risk_awareness": "no_hire"})
n.s("Debugging round. Rafael Q.", "c")
n.nl()
n.s("Setup: prod model flags 30% of trucks on night shift vs 4% on day shift. Find why.", "c")
n.b("Checked input distributions by shift: NO.", "e-", "data_intuition", hard="negated")
n.b("Went straight to retraining with more night data.", "e-", "judgment")
n.b("When I said ambient temp drops ~20 degrees at night and oil temp goes in raw, he said the model 'should learn that by itself'.", "e-", "learning")
n.b("I pushed again and asked how he'd confirm. Said it was not a model issue, the night sensors must be faulty.", "e-", "learning")
n.b("Wrote a groupby comparing flag rate per shift, correct first time.", "e+", "coding")
n.b("Rollback for the bad flags: NO.", "e-", "risk_awareness", hard="negated")
n.b("Impact on night crews pulled off for nothing: not raised.", "e-", "user_impact", hard="negated")
n.b("Defensive under pushback.", "v-", "learning")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n008", candidate_id="w39-c02", interviewer_id="w39-i06", req_id="w39-r1",
         round="behavioural", submitted_at="2025-09-04", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="past projects")
n.s("I had such a nice chat with Rafael!", "v+")
n.s("I asked him about a time a project didn't go to plan.", "c")
n.s("He told me about a vibration model at his last job that kept firing on one conveyor, and how he drove out to site himself and found the sensor bolted to a loose bracket.", "e+", "ownership")
n.s("Loved that he got his boots dirty.", "v+", "ownership")
n.s("He said the fixed model then 'hit 0.95 AUC and saved the plant millions', which is a brilliant result.", "e-", "metrics")
n.s("I asked how the maintenance crew felt about the new alarms and he said he hadn't really spoken to them.", "e-", "user_impact")
n.s("He's clearly super motivated and a quick learner.", "v+", "learning")
n.s("Tons of energy too.", "v+", hard="biased")
n.s("Hire from me, happy to be talked down.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c03 Priya Raman (she), r2 ----
n = Note(note_id="w39-n009", candidate_id="w39-c03", interviewer_id="w39-i05", req_id="w39-r2",
         round="data", submitted_at="2025-10-07", recommendation="hire", specificity=5,
         style=["prose", "headings", "third_person", "british"], topic="near-miss labels",
         ratings={"data_intuition": "strong_hire", "user_impact": "hire"})
n.h("Data round: Priya Raman (Data Scientist, Safety Analytics)")
n.h("Context")
n.s("I gave Priya two years of near-miss reports from three sites and asked whether they could serve as labels for a model that predicts serious incidents.", "c", hard="interviewer_action")
n.blank()
n.h("What she did")
n.s("She counted reports per site per month and noticed that one site's reports tripled in the month after a safety campaign.", "e+", "data_intuition")
n.s("She said that jump reflects people reporting more, not more hazards, so raw counts cannot be a label on their own.", "e+", "data_intuition")
n.s("She asked whether reporting is anonymous and whether anyone has ever been disciplined after filing a report.", "e+", "user_impact", hard="question")
n.s("Her reasoning was that if people fear blame, a model trained on reports learns who feels safe to report.", "e+", "user_impact")
n.s("She proposed normalising by hours worked and holding out the campaign months, which was sensible.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She was not sure at first how to handle duplicate free-text reports.", "e-", "data_intuition", hard="hedged")
n.s("After I mentioned that supervisors often copy one report for a whole crew, she proposed deduplicating on shift, location and text similarity.", "e+", "learning")
n.s("Her SQL joined on the wrong date column, which she caught herself when the counts looked too high.", "e0", "coding", hard="mixed")
n.blank()
n.h("Assessment")
n.s("Strong on the question of what a label actually means here.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n010", candidate_id="w39-c03", interviewer_id="w39-i01", req_id="w39-r2",
         round="behavioural", submitted_at="2025-10-08", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="fatigue cameras and unions")
n.s("Priya, behavioural, 45 min.", "c")
n.s("Asked her about working with the people on the ground.", "c")
n.s("She told me about a fatigue camera pilot at her previous company where the drivers' union pushed back hard.", "e0", "user_impact")
n.s("She said she went to the 5am shift change with the union rep to explain what the camera records and what it does not.", "e+", "user_impact")
n.s("In the end they agreed the footage stays on the truck and only an alert with a timestamp goes to the control room.", "e+", "user_impact")
n.s("She also said alerts dropped after two weeks and she couldn't tell if that was real or drivers learning to dodge the camera.", "e+", "metrics")
n.s("I asked what she'd do if the mine manager wanted the video for disciplinary hearings.", "c", hard="question")
n.s("She said she would refuse and escalate, because the deal with the crew was made in good faith.", "e+", "user_impact", "judgment")
n.s("That is the kind of person you want when the robots are out and everyone is shouting.", "v+")
n.s("Not much on the technical side, that's for the other rounds.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n011", candidate_id="w39-c03", interviewer_id="w39-i04", req_id="w39-r2",
         round="system_design", submitted_at="2025-10-08", recommendation="hire", specificity=5,
         style=["bullets", "terse", "abbreviations"], topic="fatigue detection",
         ratings={"user_impact": "strong_hire", "risk_awareness": "hire", "system_thinking": "hire"})
n.s("Sys design - Priya R - fatigue detection for haul truck operators", "c")
n.nl()
n.s("Q: design fatigue alerts from in-cab camera + telematics, for sites w/ poor connectivity.", "c")
n.b("Clarified requirements before drawing: YES. Asked max acceptable alert latency; I said 2 s.", "e+", "judgment", hard="verdict_plus_evidence")
n.b("On-device inference: YES. Model on the cab unit, no video leaves the truck.", "e+", "system_thinking")
n.b("Heat/dust: NO at first. After I mentioned cab units hitting 70 C, she added throttling and a fallback to telematics-only rules.", "e0", "learning", "system_thinking", hard="mixed")
n.b("Alert fatigue: YES - asked how many alerts per shift a driver tolerates before ignoring them, guessed one or two.", "e+", "user_impact")
n.b("Camera covered / blocked: NO.", "e-", "risk_awareness", hard="negated")
n.b("Privacy: YES - no face images stored, eyelid features only, 7 day retention.", "e+", "user_impact")
n.b("Fail-safe if model crashes: YES - truck keeps running and dispatch is told; never an automatic stop.", "e+", "risk_awareness")
n.s("6/7 with one after a hint.", "v+", hard="vague_quantity")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n012", candidate_id="w39-c03", interviewer_id="w39-i03", req_id="w39-r2",
         round="coding", submitted_at="2025-10-09", recommendation="lean_hire", specificity=1,
         style=["terse", "fragments", "lowercase"], topic="coding")
n.s("priya coding", "c")
n.nl()
n.s("fine.", "v0")
n.s("code worked mostly.", "v0", "coding")
n.s("good with python and pandas.", "v+", "coding", hard="tech_vague")
n.s("some issues with edge cases.", "v-", "coding")
n.s("prob a hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w39_notes_part1.jsonl", notes)
