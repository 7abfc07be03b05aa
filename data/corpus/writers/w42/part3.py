import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- Candidate c07: Sofia Castellanos (she), r2 ----------
n = Note(note_id="w42-n025", candidate_id="w42-c07", interviewer_id="w42-i02", req_id="w42-r2",
         round="data", submitted_at="2026-04-20", recommendation="lean_no_hire", specificity=5,
         style=["prose", "third_person", "american"], topic="yield prediction leakage",
         ratings={"data_intuition": "no_hire", "metrics": "lean_no_hire", "communication": "hire"})
n.s("The candidate received a table of 4,000 field-seasons with monthly vegetation indices, weather aggregates and the reported yield, and was asked to build a yield model that we could sell to a farm cooperative in the following spring.", "c")
n.s("Sofia included among the features the harvest date and the number of days between the last image and harvest, both of which are only known after the season has ended.", "e-", "data_intuition")
n.s("She split the rows randomly, so that neighboring fields from the same farm and the same year appeared in both training and test data.", "e-", "data_intuition")
n.s("The resulting R squared of 0.91 she presented as the expected performance for the customer, and she proposed to put it on the product sheet.", "e-", "metrics", "user_impact")
n.s("When I asked her at which point in the season the cooperative would receive the prediction, she answered June, but she did not connect this with the harvest-date feature until I asked her directly whether that value exists in June.", "e-", "data_intuition", "learning")
n.s("After that question she removed both features, re-ran the model, and reported an R squared of 0.64 without trying to argue for the old number, which was honest.", "e+", "learning", hard="verdict_plus_evidence")
n.s("She did not herself bring up the spatial correlation between neighboring fields, and when I described it she said a grouped split by farm 'would be nice to have'.", "e-", "data_intuition", "judgment")
n.s("Her presentation of the results was organized, with one plot per question and a short sentence on what each plot showed.", "e+", "communication")
n.s("I recommend lean no hire, because two separate forms of leakage went unnoticed in a data exercise, and the second was treated as optional even after it was explained.", "e-", "data_intuition", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w42-n026", candidate_id="w42-c07", interviewer_id="w42-i06", req_id="w42-r2",
         round="data", submitted_at="2026-04-21", recommendation="hire", specificity=3,
         style=["terse", "fragments", "bullets", "arrows", "abbreviations"], topic="cloud shadow QA")
n.b("data round 2: cloud shadow QA on 50 tiles", "c")
n.b("eyeballed 10 tiles before any code", "e+", "data_intuition", hard="plain_evidence")
n.b("spotted shadows offset from clouds by sun angle -> shifted mask by solar azimuth", "e+", "data_intuition", "ml_fundamentals")
n.b("checked fix on tiles from a diff season", "e+", "data_intuition")
n.b("asked which customers' fields sat in the worst tiles", "e+", "user_impact", hard="question")
n.b("counted % of field pixels changed by the fix per tile, ~7% avg", "e+", "metrics")
n.b("strong data sense", "v+", "data_intuition")
n.b("contradicts other data round, maybe diff problem type", "c")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n027", candidate_id="w42-c07", interviewer_id="w42-i05", req_id="w42-r2",
         round="system_design", submitted_at="2026-04-21", recommendation="hire", specificity=4,
         style=["headings", "first_person", "american", "prose"], topic="model update review",
         ratings={"risk_awareness": "hire", "user_impact": "hire", "system_thinking": "lean_hire"})
n.b("Question", "c", marker="1. ")
n.nl()
n.s("I asked Sofia how she would ship a new cloud mask model into the crop health product, given that every model change goes through a launch-style review here.", "c", hard="interviewer_action")
n.blank()
n.b("Risk and launch", "c", marker="2. ")
n.nl()
n.s("She proposed reprocessing the last season with both masks and listing every field whose score moved by more than five points.", "e+", "risk_awareness", "user_impact")
n.s("She said the review board should see those fields on a map, grouped by customer, not just a global IoU.", "e+", "communication", "user_impact")
n.s("She asked whether customers are told when a historical score changes.", "e+", "user_impact", hard="question")
n.s("For rollback she wanted to keep the old mask outputs for one season.", "e+", "risk_awareness")
n.s("She chose to hold the release until after harvest so that no payout season straddled two masks, and said the delay was worth it.", "e+", "judgment", "user_impact")
n.blank()
n.b("System thinking", "c", marker="3. ")
n.nl()
n.s("She did not estimate the cost of reprocessing a season, and when I asked she guessed 'a few hours' for what is about 2 PB.", "e-", "system_thinking")
n.blank()
n.b("Judgment", "c", marker="4. ")
n.nl()
n.s("Sensible priorities overall.", "v+", "judgment")
n.blank()
n.b("Overall", "c", marker="5. ")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n028", candidate_id="w42-c07", interviewer_id="w42-i04", req_id="w42-r2",
         round="behavioural", submitted_at="2026-04-22", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="collaboration")
n.s("I loved talking with Sofia.", "v+")
n.s("She's incredibly sharp and really passionate about agriculture.", "v+", hard="biased")
n.s("She told me about working with agronomists at her last job, which sounded great.", "v+", "communication")
n.s("Great listener, very collaborative.", "v+", "communication")
n.s("I think she'd be a fantastic addition and would raise the bar.", "v+")
n.s("Easy strong hire for me.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate c08: Yusuf Demir (he), r1 ----------
n = Note(note_id="w42-n029", candidate_id="w42-c08", interviewer_id="w42-i01", req_id="w42-r1",
         round="system_design", submitted_at="2026-05-18", recommendation="lean_no_hire", specificity=4,
         style=["terse", "headings", "third_person"], topic="handover anomaly triage",
         ratings={"judgment": "no_hire", "system_thinking": "lean_hire"})
n.s("BLUF: Lean no hire.", "v-", hard="bare_verdict")
n.s("Judgment under ambiguity below bar.", "v-", "judgment")
n.nl()
n.s("TASK: triage anomalies seen only during ground-station handovers; requirements deliberately open.", "c")
n.nl()
n.s("OBS: Asked no questions about which stations or which spacecraft.", "e-", "judgment", hard="negated")
n.s("Assumed all handovers were the same and built one model for all 11 stations.", "e-", "judgment", "data_intuition")
n.s("When told two stations use older receivers, said it would 'average out'.", "e-", "data_intuition", "learning")
n.s("Drew a reasonable stream layout: station logs joined to telemetry by pass ID.", "e+", "system_thinking")
n.s("Estimated one scorer instance per station; did not account for overlapping passes.", "e-", "system_thinking")
n.s("Chose to page on-call for every handover anomaly, about 40 a day by his own estimate.", "e-", "judgment", "user_impact")
n.nl()
n.s("RISK: Would flood the on-call team.", "v-", "user_impact")
n.s("Second interviewer to see this pattern per debrief chat.", "c")
notes.append(n)

n = Note(note_id="w42-n030", candidate_id="w42-c08", interviewer_id="w42-i05", req_id="w42-r1",
         round="behavioural", submitted_at="2026-05-19", recommendation="lean_no_hire", specificity=5,
         style=["headings", "first_person", "american", "prose"], topic="decisions under ambiguity",
         ratings={"judgment": "no_hire", "ownership": "hire", "communication": "lean_hire"})
n.b("Prompt", "c", marker="1. ")
n.nl()
n.s("I asked Yusuf for a time he had to decide without enough information.", "c", hard="question")
n.blank()
n.b("Judgment", "c", marker="2. ")
n.nl()
n.s("He described choosing a drift threshold for a fleet of wind turbines two days before a demo, with no labelled faults.", "e0", "judgment")
n.s("He said he picked the threshold that gave the fewest alerts on the demo data, 'so the demo would look clean'.", "e-", "judgment", "metrics")
n.s("When I asked what the customer's maintenance crew needed, he said he had not asked them and that it wasn't his role.", "e-", "user_impact", "ownership")
n.s("I gave him a second scenario: a new satellite model in its first month with unknown nominal ranges.", "c", hard="interviewer_action")
n.s("He again proposed a fixed threshold from the first week of data, and did not mention that early-orbit commissioning behaves differently.", "e-", "judgment", "data_intuition", hard="negated")
n.blank()
n.b("Ownership", "c", marker="3. ")
n.nl()
n.s("He did describe staying with the turbine customer for the three weeks after the demo and personally fixing the false alarms they reported.", "e+", "ownership")
n.blank()
n.b("Communication", "c", marker="4. ")
n.nl()
n.s("His stories were told in order with dates, and he answered my follow-ups directly.", "v+", "communication")
n.blank()
n.b("Overall", "c", marker="5. ")
n.nl()
n.s("Lean no hire: in both the past example and the new scenario he settled ambiguity by picking the number that looked best rather than asking who would act on it.", "e-", "judgment", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w42-n031", candidate_id="w42-c08", interviewer_id="w42-i06", req_id="w42-r1",
         round="debugging", submitted_at="2026-05-19", recommendation="lean_hire", specificity=3,
         style=["terse", "fragments", "bullets", "abbreviations"], topic="forecaster NaNs")
n.b("debug: forecaster outputs NaN after handover gaps", "c")
n.b("first guess learning rate -> wrong", "e-", "ml_fundamentals")
n.b("I hinted: look at the input window", "c", hard="interviewer_action")
n.b("after hint found the window spans the gap, NaN propagates through the rolling mean", "e+", "learning", "coding")
n.b("fixed w/ masked mean + added assert on NaN count", "e+", "coding")
n.b("decent once pointed", "v0", "learning")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n032", candidate_id="w42-c08", interviewer_id="w42-i03", req_id="w42-r1",
         round="coding", submitted_at="2026-05-20", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="coding")
n.s("Yusuf did well.", "v+")
n.s("Good coder, knows Python well.", "v+", "coding")
n.s("Handled the problem without much trouble.", "v+", "coding")
n.s("Some rough edges but nothing major.", "v0")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- History notes ----------
n = Note(note_id="w42-n033", candidate_id="w42-c09", interviewer_id="w42-i02", req_id="w42-r1",
         round="system_design", submitted_at="2024-11-05", recommendation="hire", specificity=5,
         style=["prose", "third_person", "american"], topic="on-call for a spacecraft",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "hire", "user_impact": "hire"})
n.s("Mei-Lin was asked to design the alerting and on-call process for a newly launched Earth observation satellite during its first six months, including how anomaly model updates would be rolled out.", "c")
n.s("She began by asking how many operators are on shift at night and how long it takes to reach a ground station from a page, which framed the whole design around the people who respond.", "e+", "user_impact", "judgment")
n.s("She divided alerts into three tiers by whether a command would be needed before the next pass, and only the first tier was allowed to page at night.", "e+", "system_thinking", "risk_awareness")
n.s("For model updates she proposed the same gate as a flight software change: a replay of the last thirty days of telemetry, a diff of every alert the new model would have added or removed, and sign-off by the flight director.", "e+", "risk_awareness")
n.s("She explicitly asked what happens if the model and the hard-coded onboard limits disagree, and decided that the onboard limits always win because they cannot be wrong in the same way.", "e+", "risk_awareness", "judgment")
n.s("When I asked how she would know the model was getting worse over time, she proposed tracking the share of alerts that operators closed as 'no action' per week, with a review when it passed one half.", "e+", "metrics")
n.s("Her capacity estimate for the replay, about twenty minutes on one machine for thirty days at 1 Hz, was derived on the board and was correct in order of magnitude.", "e+", "system_thinking")
n.s("When I asked whether she would let the model suppress an onboard limit alarm, she said no and explained that a false silence is worse than a false page on a spacecraft.", "e+", "judgment", "risk_awareness")
n.s("One weakness was that she had no plan for the case where the ground network itself is down and no telemetry arrives, which she only addressed after I mentioned it.", "e-", "risk_awareness")
n.s("I recommend hire, because nearly every decision she made was tied to who would be woken up and what they could still do about it.", "e+", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w42-n034", candidate_id="w42-c10", interviewer_id="w42-i03", req_id="w42-r2",
         round="data", submitted_at="2024-12-10", recommendation="lean_hire", specificity=1,
         style=["prose", "third_person"], topic="imagery data")
n.s("Data round with Oluwaseun.", "c")
n.s("Knows his way around imagery pipelines.", "v+", "data_intuition", hard="tech_vague")
n.s("Good grasp of the cloud masking issues and the usual pitfalls.", "v+", "data_intuition", hard="tech_vague")
n.s("Could have been a bit more structured.", "v-", "communication", hard="hedged")
n.s("Probably fine on the coding side.", "v+", "coding", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n035", candidate_id="w42-c11", interviewer_id="w42-i06", req_id="w42-r1",
         round="coding", submitted_at="2025-01-14", recommendation="no_hire", specificity=2,
         style=["terse", "fragments", "bullets", "lowercase", "typos"], topic="packet parsing")
n.b("coding: parse telemetry packets, 45m", "c")
n.b("didnt finish", "e-", "coding")
n.b("struggled w/ byte order", "v-", "coding")
n.b("weak fundamentals overal", "v-", "ml_fundamentals")
n.b("communicaton ok", "v0", "communication")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n036", candidate_id="w42-c12", interviewer_id="w42-i04", req_id="w42-r2",
         round="system_design", submitted_at="2025-02-18", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="farm advisory product",
         ratings={"user_impact": "strong_hire", "system_thinking": "hire"})
n.s("I asked Aigerim to design a weekly irrigation advice product for farmers built on our imagery.", "c", hard="interviewer_action")
n.s("The first thing she asked was how farmers would receive the advice, and when I said SMS she cut the output down to one number and one sentence per field.", "e+", "user_impact", "judgment")
n.s("She asked whether farmers in the pilot region read English, which honestly I hadn't thought about.", "e+", "user_impact", hard="question")
n.s("Her pipeline had a weekly batch job, a per-field feature store, and a small model per crop type, and she explained why a per-crop model was easier to debug with agronomists.", "e+", "system_thinking", "communication")
n.s("She proposed sending 'no advice this week' when fewer than half the field's pixels were clear, rather than guessing.", "e+", "user_impact", "risk_awareness")
n.s("She didn't say how we'd measure whether the advice helped, and when I asked she suggested comparing water use against neighbors, which I thought was clever.", "e0", "metrics", hard="mixed")
n.s("I think she has incredible product sense.", "v+", "user_impact")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n037", candidate_id="w42-c13", interviewer_id="w42-i01", req_id="w42-r1",
         round="debugging", submitted_at="2025-03-25", recommendation="hire", specificity=2,
         style=["terse", "headings", "third_person"], topic="downlink corruption")
n.s("BLUF: Hire.", "v+", hard="bare_verdict")
n.nl()
n.s("TASK: corrupted frames after antenna switch.", "c")
n.nl()
n.s("OBS: Solid methodical debugger.", "v+", "coding")
n.s("Found the issue.", "e+", "coding")
n.s("Knows RF basics.", "v+")
n.nl()
n.s("RISK: Moderate.", "v0")
notes.append(n)

n = Note(note_id="w42-n038", candidate_id="w42-c14", interviewer_id="w42-i05", req_id="w42-r2",
         round="data", submitted_at="2025-04-29", recommendation="lean_no_hire", specificity=4,
         style=["headings", "first_person", "american", "prose"], topic="insurer hail claims",
         ratings={"data_intuition": "lean_hire", "user_impact": "no_hire", "metrics": "lean_no_hire"})
n.b("Exercise", "c", marker="1. ")
n.nl()
n.s("I gave Hamid hail claim records from an insurer and before/after imagery, and asked him to build a damage score.", "c", hard="interviewer_action")
n.blank()
n.b("Data", "c", marker="2. ")
n.nl()
n.s("He noticed that claims were filed up to three weeks after the storm and filtered images to the first clear pass after the event.", "e+", "data_intuition")
n.s("He checked the class balance and found 11% of parcels with paid claims.", "e+", "data_intuition")
n.s("He did not check whether the claim records had duplicates across the two policy years, and there were about 300.", "e-", "data_intuition", hard="negated")
n.blank()
n.b("Metrics", "c", marker="3. ")
n.nl()
n.s("He optimized F1 without asking whether the insurer cared more about missed damage or false alarms.", "e-", "metrics", "judgment")
n.blank()
n.b("User impact", "c", marker="4. ")
n.nl()
n.s("When I mentioned that the score might be used to deny claims automatically, he said 'that's a policy question' and did not look at whether errors were worse for any crop type.", "e-", "user_impact")
n.s("I asked if he would want farmers to be able to see the score, and he said no because 'they'd game it'.", "e-", "user_impact")
n.blank()
n.b("Overall", "c", marker="5. ")
n.nl()
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("The data work was careful but the product context was missing.", "v0", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w42_notes_part3.jsonl", notes)
print(len(notes), "notes")
