import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c04 Sione (he), r2: no rollback / failure-mode thinking (i02, i04, i05) ----
n = Note(note_id="w46-n013", candidate_id="w46-c04", interviewer_id="w46-i02", req_id="w46-r2",
         round="system_design", submitted_at="2025-08-04", recommendation="lean_hire", specificity=3,
         style=["terse", "third_person", "quotes"], topic="boil-water notices")
n.s("System design.", "c")
n.s("Design: early warning for boil-water notices from treatment plant sensors.", "c")
n.s("Sione asked who decides to issue a notice.", "e+", "user_impact", hard="question")
n.s("He said the model only advises and the duty manager decides.", "e+", "judgment")
n.s("He drew sensors, historian, stream job, model, alert.", "e0", "system_thinking")
n.s("His latency estimate was under one minute end to end.", "e+", "system_thinking")
n.s("He had no plan for a model that starts missing events.", "e-", "risk_awareness", hard="negated")
n.s("I asked about rollback.", "c", hard="question")
n.s("He said: 'we can retrain'.", "e-", "risk_awareness", hard="plain_evidence")
n.s("That is not rollback.", "v-", "risk_awareness")
n.s("Design is good.", "v+", "system_thinking")
n.s("Risk thinking is weak.", "v-", "risk_awareness")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n014", candidate_id="w46-c04", interviewer_id="w46-i04", req_id="w46-r2",
         round="debugging", submitted_at="2025-08-05", recommendation="no_hire", specificity=5,
         style=["headings", "bullets", "third_person"], topic="chlorine sensor recalibration",
         ratings={"coding": "hire", "risk_awareness": "no_hire", "user_impact": "no_hire"})
n.h("Debugging checklist - Sione")
n.s("Scenario: the chlorine residual model began suppressing low-chlorine alarms at two reservoirs after a sensor recalibration.", "c")
n.b("Reproduce - PASS: reran the last week of data and showed the alarm count falling from 14 to 0 at both sites.", "e+", "coding")
n.b("Root cause - PASS: found the scaler was fitted before recalibration and now squeezed the new readings into the 'normal' band.", "e+", "ml_fundamentals")
n.b("Fix - PASS: refit the scaler on post-recalibration data and reran the week.", "e+", "coding")
n.b("Interim safety - FAIL: asked what he would do today while the fix is tested, he said leave the model running as is.", "e-", "risk_awareness", "judgment")
n.b("Rollback - FAIL: did not suggest falling back to the fixed-threshold alarm the old SCADA system still has.", "e-", "risk_awareness", hard="negated")
n.b("Prevention - FAIL: no check proposed for the next recalibration.", "e-", "risk_awareness", hard="negated")
n.b("Public health - FAIL: did not mention that missed low-chlorine alarms could mean customers drinking under-treated water.", "e-", "user_impact", hard="negated")
n.b("When I raised the public health angle he agreed and said 'fair, I'd flag it'.", "e0", "learning", hard="mixed")
n.nl()
n.s("Result: strong on the technical fix, fails every safety item.", "v-", hard="mixed")
n.nl()
n.s("No hire for a role that owns alarms.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n015", candidate_id="w46-c04", interviewer_id="w46-i05", req_id="w46-r2",
         round="data", submitted_at="2025-08-05", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "third_person"], topic="regulatory sampling")
n.s("Situation: data round on regulatory water samples; task was to predict which sampling points are likely to fail for coliforms.", "c")
n.nl()
n.s("Behaviour: Sione checked sample counts per site first and found that some sites had only been sampled twice a year.", "e+", "data_intuition")
n.s("He asked whether the sampling schedule is set by the regulator or by us, since that decides how biased the labels are.", "e+", "data_intuition", hard="question")
n.s("He proposed weighting sites by sample count and put the weights in plain terms when I asked.", "e+", "ml_fundamentals")
n.s("When I asked how the model would be used, he said it would let us cut the number of samples at 'low-risk' sites.", "e-", "judgment")
n.s("He did not consider that cutting samples might breach the regulator's minimum frequency.", "e-", "risk_awareness", hard="negated")
n.s("Nor did he say how we would notice if a low-risk site started failing.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Impact: good instincts on the data, but the deployment plan would have put us out of compliance, which is the bigger worry.", "v-", "risk_awareness", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n016", candidate_id="w46-c04", interviewer_id="w46-i03", req_id="w46-r2",
         round="behavioural", submitted_at="2025-08-06", recommendation="hire", specificity=2,
         style=["prose", "fragments"], topic="working with operators")
n.s("Sione behavioural", "c")
n.nl()
n.s("Nice guy, very easy-going.", "v+", hard="biased")
n.s("Talked about working with operators at his last job, sounded like it went well.", "v+")
n.s("Good team player.", "v+", hard="biased")
n.s("He said he once stayed late to help an operator fix a broken trend display.", "e+", "ownership", hard="plain_evidence")
n.s("Probably fine on ownership.", "v+", "ownership", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c05 Jun (they), r1: passive ownership (i05); communication contradiction ----
n = Note(note_id="w46-n017", candidate_id="w46-c05", interviewer_id="w46-i01", req_id="w46-r1",
         round="data", submitted_at="2025-09-22", recommendation="hire", specificity=4,
         style=["prose", "first_person", "abbreviations", "quotes"], topic="pipes of unknown age")
n.s("Data round, Jun (they/them).", "c")
n.s("Gave them the asset register - ~30% of pipes missing install year and material - plus 5 years of burst records.", "c", hard="interviewer_action")
n.blank()
n.s("They pulled up the missing rows by district straight away and spotted the gaps are bunched in the old council areas that got merged in.", "e+", "data_intuition")
n.s("So they said dropping them would bias the model toward the newer network, which was bang on.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Suggested estimating age from the subdivision date of the street, then flagging the estimated rows so we can check them later.", "e+", "judgment")
n.s("When I asked what they'd hand the asset team, they said 'a ranked list with a confidence band, not a single score'.", "e+", "user_impact")
n.s("Yeah nah, didn't look at whether bursts get recorded differently in winter.", "e-", "data_intuition", hard="negated")
n.s("Asked if the burst records include the ones customers phone in or only the ones crews find.", "e+", "data_intuition", hard="question")
n.blank()
n.s("Pretty sharp on data overall.", "v+", "data_intuition")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n018", candidate_id="w46-c05", interviewer_id="w46-i05", req_id="w46-r1",
         round="behavioural", submitted_at="2025-09-23", recommendation="lean_no_hire", specificity=5,
         style=["prose", "qa", "quotes", "third_person"], topic="forecast that failed")
n.s("Q: tell me about a project that didn't go to plan.", "c", hard="question")
n.nl()
n.s("S: Jun described a demand forecasting model at a council that under-predicted peak use during a heatwave.", "e0")
n.nl()
n.s("B: they said they noticed the errors in the weekly report but waited for their manager to raise it, because 'it wasn't my call to pause it'.", "e-", "ownership")
n.s("They said the model stayed live for three more weeks before someone else rolled it back.", "e-", "ownership", "risk_awareness")
n.nl()
n.s("I asked what they would do now.", "c", hard="interviewer_action")
n.s("They said they would 'probably flag it sooner', but could not say to whom or how.", "e-", "ownership", hard="hedged")
n.nl()
n.s("I: by their account, the restriction notices went out a week late that summer.", "e0", "user_impact")
n.blank()
n.s("On the plus side, they explained the forecast error clearly, with the peak-day numbers to hand.", "e+", "communication")
n.s("Concern: passive ownership, in both stories they told.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n019", candidate_id="w46-c05", interviewer_id="w46-i06", req_id="w46-r1",
         round="coding", submitted_at="2025-09-23", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="pressure transients")
n.s("Jun was a joy to work with in the coding round.", "v+")
n.s("I asked them to write a function that detects pressure transients in one-second logger data.", "c", hard="interviewer_action")
n.s("They are clearly a very strong coder with lots of Python experience.", "v+", "coding", hard="vague_quantity")
n.s("Their explanations were crystal clear from start to finish.", "v+", "communication")
n.s("They wrote a rolling-window version first and said they'd switch to a vectorised one if it proved too slow.", "e+", "coding")
n.s("Really thoughtful about edge cases.", "v+", "coding", hard="tech_vague")
n.s("I'd love to have them on the team.", "v+")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n020", candidate_id="w46-c05", interviewer_id="w46-i02", req_id="w46-r1",
         round="debugging", submitted_at="2025-09-24", recommendation="lean_hire", specificity=4,
         style=["terse", "first_person"], topic="SCADA tag rename")
n.s("Debugging.", "c")
n.s("Bug: the leak score shows nothing for three days in March.", "c")
n.s("Jun opened the job logs first.", "e+", "coding", hard="plain_evidence")
n.s("They found a SCADA tag rename.", "e+", "data_intuition")
n.s("Their explanation of it took about ten minutes.", "e-", "communication")
n.s("I asked them to say it in two sentences.", "c", hard="interviewer_action")
n.s("They could not.", "e-", "communication", hard="negated")
n.s("They added a mapping table and a test.", "e+", "coding")
n.s("They asked who else reads these tag names.", "e+", "user_impact", hard="question")
n.s("Good fix.", "v+", "coding")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c06 Fatima (she), r2: very strong ----
n = Note(note_id="w46-n021", candidate_id="w46-c06", interviewer_id="w46-i04", req_id="w46-r2",
         round="system_design", submitted_at="2025-10-14", recommendation="strong_hire", specificity=5,
         style=["headings", "bullets", "third_person"], topic="operator alerting service",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire", "user_impact": "strong_hire"})
n.h("System design checklist - Fatima")
n.s("Brief: design a water quality alerting service for control room operators across 12 treatment works, running alongside our ageing SCADA network.", "c")
n.b("Requirements - PASS: asked how many operators are on per shift and how many alarms an hour they can handle before they start ignoring them.", "e+", "judgment", hard="question")
n.b("Architecture - PASS: kept the model outside SCADA, reading from the historian, so a model crash cannot touch plant control.", "e+", "system_thinking")
n.b("Capacity - PASS: worked out 12 sites x 40 tags x one reading a second, about 480 readings/s, and said one small service covers it.", "e+", "system_thinking")
n.b("Failure modes - PASS: listed historian lag, stuck sensors and clock drift, with a heartbeat alarm for each.", "e+", "risk_awareness")
n.b("Rollback - PASS: existing fixed-threshold alarms stay on through a three-month shadow period, and she named the miss rate that would switch the model off.", "e+", "risk_awareness")
n.b("Metrics - PASS: said offline precision would not hold once operators change how they respond, so she would track acknowledged vs. dismissed alarms live.", "e+", "metrics")
n.b("Public impact - PASS: asked how fast a boil-water notice goes out after a confirmed event and worked back from that to her latency target.", "e+", "user_impact")
n.b("Handover - PASS: proposed a one-page runbook for operators and a monthly review with the shift leads.", "e+", "ownership")
n.b("Cost - PASS with note: no estimate of hosting cost until I asked for one.", "e0", "judgment", hard="mixed")
n.nl()
n.s("Result: all nine items passed, one with a note.", "v+")
n.nl()
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n022", candidate_id="w46-c06", interviewer_id="w46-i06", req_id="w46-r2",
         round="data", submitted_at="2025-10-15", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person"], topic="drought restrictions")
n.s("Fatima's data round was, honestly, one of the best I have seen.", "v+")
n.s("I gave her three years of household consumption data covering the drought and asked her to estimate how well the hosepipe ban worked.", "c", hard="interviewer_action")
n.s("She asked straight away whether smart meters were fitted evenly across suburbs, and when they weren't she said the estimate would lean toward the wealthier areas that got them first.", "e+", "data_intuition")
n.s("She built a comparison against the previous normal summer and adjusted for rainfall, explaining each step so plainly that I could have repeated it to our director.", "e+", "communication", hard="verdict_plus_evidence")
n.s("She pointed out that large households on fixed incomes might show small percentage drops while already using water carefully, and said she would not want the results used to send them warning letters.", "e+", "user_impact")
n.s("When I suggested a simpler before-and-after comparison, she agreed it was quicker but showed me one district where rainfall alone explained the drop.", "e+", "judgment")
n.s("She has a wonderful, warm manner.", "v+", hard="biased")
n.s("I would hire her tomorrow.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n023", candidate_id="w46-c06", interviewer_id="w46-i03", req_id="w46-r2",
         round="debugging", submitted_at="2025-10-15", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="debugging")
n.s("Debugging - Fatima", "c")
n.nl()
n.s("Good session.", "v+")
n.s("Solid debugging skills, very experienced.", "v+", "coding")
n.s("Knows SCADA systems inside out.", "v+", hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w46-n024", candidate_id="w46-c06", interviewer_id="w46-i01", req_id="w46-r2",
         round="behavioural", submitted_at="2025-10-16", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "abbreviations"], topic="night callouts")
n.s("Behavioural w/ Fatima, 40 min.", "c")
n.s("Asked her about a time she had to push back on a stakeholder.", "c", hard="question")
n.blank()
n.s("She told me about a contamination alarm model at her last job that was sending crews out most nights, and said she went on two night callouts herself to see what the crews were dealing with.", "e+", "user_impact", "ownership")
n.s("Came back and raised the threshold for the low-risk sites, and got ops to sign up to no more than two false callouts a week.", "e+", "judgment")
n.s("When her manager wanted the old threshold kept for the monthly report, she took both versions to the ops lead and let him choose.", "e0", "judgment")
n.s("I pushed back - isn't that ducking the decision?", "c", hard="interviewer_action")
n.s("She said fair point, and next time she'd put her own recommendation on top rather than just lay out two options.", "e+", "learning")
n.blank()
n.s("Sweet as, really liked her.", "v+")
n.s("Bit quiet at first but warmed up.", "v0", hard="biased")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w46_notes_part2.jsonl", notes)
