import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w29-n049", candidate_id="w29-c25", interviewer_id="w29-i03", req_id="w29-r2",
         round="data", submitted_at="2025-11-04", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="bill shock")
n.s("Data round for the customer programmes role, 45 minutes.", "c")
n.s("Grace was the second of three candidates today.", "c")
n.s("I used the usual bill-shock data set.", "c")
n.s("Notes typed up the next morning.", "c")
n.s("Really good with data.", "v+", "data_intuition")
n.s("Strong stats background.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knows her metrics.", "v+", "metrics", hard="tech_vague")
n.s("Quick learner.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n050", candidate_id="w29-c26", interviewer_id="w29-i05", req_id="w29-r1",
         round="behavioural", submitted_at="2025-12-09", recommendation="hire", specificity=1,
         style=["prose", "first_person"], topic="behavioural")
n.s("Behavioural with Mohammed, rescheduled from last Thursday because of the storm response.", "c")
n.s("We covered ownership, conflict and a project he's proud of.", "c")
n.s("We did it over video; he dialled in from the Geelong depot.", "c")
n.s("I found him genuinely impressive.", "v+")
n.s("He obviously takes ownership of his work and drives things forward.", "v+", "ownership")
n.s("He handles feedback brilliantly.", "v+", "learning")
n.s("Great at explaining technical ideas to non-technical people.", "v+", "communication")
n.s("I'd trust his judgement on a tricky call.", "v+", "judgment")
n.s("Lovely family man, too, which I think matters for the team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n051", candidate_id="w29-c27", interviewer_id="w29-i06", req_id="w29-r1",
         round="fundamentals", submitted_at="2026-01-13", recommendation="lean_no_hire", specificity=1,
         style=["bullets", "terse", "arrows", "abbreviations", "lowercase"], topic="fundamentals")
n.h("Ngozi / fundamentals / r1")
n.b("45m, video, audio dropped twice", "c")
n.b("q set: quantile loss, leakage, eval for peak days", "c")
n.b("theory weak", "v-", "ml_fundamentals")
n.b("loss fns shaky", "v-", "ml_fundamentals", hard="tech_vague")
n.b("eval -> not convinced", "v-", "metrics")
n.b("slow to take hints", "v-", "learning")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n052", candidate_id="w29-c28", interviewer_id="w29-i03", req_id="w29-r1",
         round="system_design", submitted_at="2026-02-03", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="day-ahead load forecasting")
n.s("System design with Ethan, 60 min.", "c")
n.s("Asked him to design the day-ahead load forecast.", "c", hard="interviewer_action")
n.s("He started from the weather feed and worked forward.", "e0", "system_thinking")
n.s("Good overall architecture.", "v+", "system_thinking")
n.s("He proposed falling back to the old statistical forecast if the new one fails.", "e+", "risk_awareness", hard="plain_evidence")
n.s("Reasonable on scale.", "v+", "system_thinking")
n.s("Bit light on metrics.", "v-", "metrics", hard="hedged")
n.s("Communication fine.", "v0", "communication")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n053", candidate_id="w29-c29", interviewer_id="w29-i01", req_id="w29-r2",
         round="behavioural", submitted_at="2026-02-24", recommendation="hire", specificity=2,
         style=["prose", "terse", "fragments", "british"], topic="programme decisions")
n.s("Behavioural.", "c")
n.s("Forty minutes, phone.", "c")
n.s("Asked about a time she changed her mind on something at work.", "c", hard="question")
n.s("Mentioned a rebate programme she'd championed and later dropped, handled well I reckon.", "v+", "learning")
n.s("Good with people.", "v+", hard="biased")
n.s("Asked me how our team decides which programmes get cut.", "e+", "judgment", hard="question")
n.s("Sharp.", "v+")
n.s("Fair enough on the ownership questions.", "v0", "ownership")
n.s("Hire, no dramas from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n054", candidate_id="w29-c30", interviewer_id="w29-i05", req_id="w29-r1",
         round="coding", submitted_at="2026-03-10", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="zone reconciliation")
n.s("I did the coding interview with Ivan, a nice problem on reconciling zone forecasts.", "c")
n.s("The task was to scale feeder-level forecasts so they add up to the zone total, keeping each feeder's share.", "c")
n.s("He was excellent, very fluent in Python.", "v+", "coding", hard="tech_vague")
n.s("He wrote the proportional scaling quickly.", "e+", "coding", hard="plain_evidence")
n.s("He used numpy arrays rather than pandas for it.", "e0", "coding")
n.s("He didn't deal with a zone whose feeders all forecast zero, but I think that's a bit of an edge case.", "e-", "coding", hard="negated")
n.s("His code was really clean and readable.", "v+", "coding")
n.s("He's a great learner.", "v+", "learning")
n.s("I think he'd be a great addition.", "v+", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n055", candidate_id="w29-c31", interviewer_id="w29-i04", req_id="w29-r2",
         round="behavioural", submitted_at="2026-03-17", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="life-support customers")
n.s("I interviewed Leilani for the programmes data scientist job.", "c")
n.s("She seemed more interested in the modelling than in the households.", "v-", "user_impact", hard="hedged")
n.s("When I described our life-support register she said 'interesting' and moved on.", "e-", "user_impact", hard="plain_evidence")
n.s("She's clearly very capable technically.", "v+", "ml_fundamentals")
n.s("She asked how big the programmes team is.", "e0")
n.s("I'm not sure she would take ownership of a problem that isn't hers.", "v-", "ownership", hard="hedged")
n.s("A little aloof.", "v-", hard="biased")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n056", candidate_id="w29-c32", interviewer_id="w29-i06", req_id="w29-r1",
         round="data", submitted_at="2026-04-07", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "arrows", "abbreviations", "lowercase"], topic="heatwave peaks")
n.h("Omar - data - heatwave peaks")
n.b("~40m, shared notebook", "c")
n.b("data: 10 yrs daily peak load + max temp", "c")
n.b("plotted peak vs temp first -> spotted the hockey stick above ~32C", "e+", "data_intuition")
n.b("fit one linear model anyway", "e-", "ml_fundamentals")
n.b("hint: does one line fit the hot days? -> switched to piecewise, explained the knot", "e+", "learning", "ml_fundamentals")
n.b("didn't think abt solar pushing the peak later in recent yrs", "e-", "data_intuition", hard="negated")
n.b("reported RMSE over all days, not the hot days we care abt", "e-", "metrics")
n.b("solid coder", "v+", "coding")
n.b("good listener", "v+", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n057", candidate_id="w29-c33", interviewer_id="w29-i01", req_id="w29-r1",
         round="system_design", submitted_at="2026-04-21", recommendation="hire", specificity=3,
         style=["prose", "terse", "fragments", "british"], topic="meter data quality")
n.s("System design: smart-meter data quality monitoring.", "c")
n.s("Asked how late reads usually arrive and how many meters we've got before drawing anything.", "e+", "judgment", hard="question")
n.s("Put a daily completeness check per feeder ahead of the forecast, with a threshold that blocks the run.", "e+", "risk_awareness")
n.s("Good on the architecture in general.", "v+", "system_thinking")
n.s("Drew it left to right, data in to forecast out.", "e0")
n.s("Got a bit lost on how the checks report back to the data team.", "v-", "system_thinking", hard="hedged")
n.s("Didn't bring up privacy of household reads.", "e-", "user_impact", hard="negated")
n.s("Took my point about seasonal thresholds and set them by month.", "e+", "learning")
n.s("Solid.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n058", candidate_id="w29-c34", interviewer_id="w29-i02", req_id="w29-r1",
         round="data", submitted_at="2026-05-12", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "fragments", "third_person"], topic="outage cause codes")
n.h("Data - 45 min - Wei - outage labels")
n.b("10:00 - Gave him five years of outage records with cause codes.", "c", hard="interviewer_action")
n.b("10:04 - Asked how cause codes are assigned and by whom.", "e+", "data_intuition", hard="question")
n.b("10:09 - Found that the 'unknown' cause jumped in 2022 when the field app changed.", "e+", "data_intuition")
n.b("10:15 - Proposed dropping 'unknown' rows entirely.", "e-", "data_intuition")
n.b("10:18 - I asked what that does to storm-day counts.", "c", hard="question")
n.b("10:20 - Reversed: kept them as their own class and added the 2022 break as a feature.", "e+", "learning")
n.b("10:30 - Baseline in sklearn, AUC 0.74; said he'd check precision in the top 50 feeders since that's all dispatch can act on.", "e+", "metrics")
n.b("10:38 - Did not consider that missed outages in rural areas land on customers with longer restoration times.", "e-", "user_impact", hard="negated")
n.b("10:42 - Spoke very fast; I asked him to slow down twice.", "e-", "communication", hard="plain_evidence")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n059", candidate_id="w29-c35", interviewer_id="w29-i05", req_id="w29-r2",
         round="data", submitted_at="2026-06-02", recommendation="hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="demand-response evaluation")
n.s("I had Tariq for the data round on demand-response enrolment.", "c")
n.s("I gave him enrolment records and half-hourly usage for 30,000 homes over two summers.", "c", hard="interviewer_action")
n.s("He asked first how households were chosen for the first wave, and when I said 'volunteers', he said any before/after comparison would flatter the programme.", "e+", "data_intuition")
n.s("He proposed comparing against matched non-enrolled homes on the same feeder and explained that the feeder match takes care of local weather.", "e+", "ml_fundamentals")
n.s("When I asked how he'd report results to the board, he said kW shed per event with a range, plus the share of events where homes opted out.", "e+", "metrics")
n.s("He noticed that 4% of homes had identical readings every half hour and asked whether those were estimated reads.", "e+", "data_intuition")
n.s("He didn't look at whether opt-outs were higher in hotter suburbs, which I'd have liked.", "e-", "user_impact", hard="negated")
n.s("He wrote pandas throughout in the shared notebook.", "e0", "coding")
n.s("He was an absolute delight, I'd have talked to him all afternoon.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n060", candidate_id="w29-c36", interviewer_id="w29-i02", req_id="w29-r1",
         round="system_design", submitted_at="2026-06-23", recommendation="hire", specificity=5,
         style=["bullets", "terse", "fragments", "third_person", "arrows"], topic="fallback forecast")
n.h("System design - 60 min - Aisha - fallback forecast switching")
n.b("14:00 - Asked her to design automatic switching between the ML load forecast and the old statistical one.", "c", hard="interviewer_action")
n.b("14:04 - Asked what 'bad' means to the market desk before proposing any rule.", "e+", "judgment", hard="question")
n.b("14:10 - Proposed pre-publish checks: range vs the last 3 same weekdays, zone sums, count of missing inputs.", "e+", "risk_awareness")
n.b("14:18 - Any check fails -> publish the statistical forecast, log why, page on-call.", "e+", "risk_awareness")
n.b("14:24 - Sized it: one run a day, checks under a minute, no extra infra.", "e+", "system_thinking")
n.b("14:30 - I asked how often the fallback would fire.", "c", hard="question")
n.b("14:31 - Estimated ~2% of days from last year's failures and said she'd tune thresholds on that history rather than guess.", "e+", "judgment")
n.b("14:40 - Said she would own the runbook and rehearse the switch once a quarter.", "e+", "ownership")
n.b("14:46 - Pushback from me: the checks could block a genuine heatwave forecast.", "c", hard="interviewer_action")
n.b("14:47 - Agreed, added a temperature-aware range and a manual override for the control room.", "e+", "learning")
n.b("14:55 - Didn't cover how the market desk would be told a fallback happened.", "e-", "communication", hard="negated")
n.b("H - every risk had a check and an action; one gap on comms.", "e+", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

save_notes("data/corpus/raw/w29_notes_part5.jsonl", notes)
