import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# candidate c03 Diego (he), r1
n = Note(note_id="w52-n011", candidate_id="w52-c03", interviewer_id="w52-i04", req_id="w52-r1",
         round="system_design", submitted_at="2026-04-14", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="package detection")
n.h("Setup")
n.b("Round 2, system design, 50 minutes.", "c")
n.b("Prompt: detect packages left on a porch and alert once, with a $2 per camera per year cloud budget.", "c")
n.h("Findings")
n.b("1. Diego asked how often porches have permanent boxes, such as recycling bins, before choosing a design.", "e+", "data_intuition", "judgment")
n.b("2. He proposed a background snapshot every 10 minutes compared against the current frame, running on-device.", "e+", "system_thinking")
n.b("3. He priced cloud verification at 1 clip per day per camera and showed it fits the budget.", "e+", "system_thinking")
n.b("4. He suggested measuring 'package alerts later confirmed stolen or retrieved' rather than detector accuracy alone.", "e+", "metrics")
n.b("5. He did not mention what to do if the snapshot logic drifted after a firmware update.", "e-", "risk_awareness", hard="negated")
n.b("6. Asked to explain the design to a support agent, he did it in three sentences.", "e+", "communication")
n.h("Verdict")
n.b("Hire: five of six findings were concrete and positive.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n012", candidate_id="w52-c03", interviewer_id="w52-i02", req_id="w52-r1",
         round="behavioural", submitted_at="2026-04-14", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="teamwork")
n.s("Sat down with Diego for the behavioral chat, 45 minutes.", "c")
n.s("I asked him about a time he shipped something that broke.", "c", hard="question")
n.s("He's got a good head on his shoulders.", "v+", "judgment")
n.s("Told me about a model push at his old shop that drained batteries and said he was the one who rolled it back at midnight.", "e+", "ownership", "risk_awareness")
n.s("Seems like he owns his stuff.", "v+", "ownership")
n.s("Nice fella, fits right in with the crew.", "v+", hard="biased")
n.s("I'm fixin' to say hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n013", candidate_id="w52-c03", interviewer_id="w52-i05", req_id="w52-r1",
         round="coding", submitted_at="2026-04-15", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="ring buffer")
n.s("I asked Diego to implement a ring buffer for the last 5 seconds of frames before a motion trigger.", "c", hard="interviewer_action")
n.s("He asked whether frames arrive at a fixed rate or can be dropped under load.", "e+", "judgment", hard="question")
n.s("He wrote the buffer with a head index and modulo, and walked through the wrap-around case on paper, which I loved.", "e+", "coding")
n.s("He added a test for reading while the buffer was only half full.", "e+", "coding")
n.s("When I asked about memory, he computed 5 seconds at 10 fps of 320x240 grayscale as about 3.8 MB.", "e+", "system_thinking")
n.s("He didn't handle the thread-safety question until I raised it, then added a lock around the write.", "e0", "coding", "learning", hard="mixed")
n.s("Honestly one of the best coding sessions I've had this year.", "v+", "coding")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n014", candidate_id="w52-c03", interviewer_id="w52-i06", req_id="w52-r1",
         round="fundamentals", submitted_at="2026-04-15", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "lowercase", "arrows", "terse"], topic="calibration")
n.b("fundamentals, 45m", "c")
n.b("q: why does detector score 0.9 at night mean less than 0.9 by day", "c", hard="question")
n.b("said 'scores are probabilities' -> no idea about calibration shift", "e-", "ml_fundamentals")
n.b("hint: per-condition reliability plot -> got it, proposed temp scaling per ir mode", "e+", "learning", "ml_fundamentals", hard="interviewer_action")
n.b("weak on theory overall", "v-", "ml_fundamentals")
n.b("metrics chat fine", "v+", "metrics")
n.b("lnh", "v-", hard="bare_verdict")
n.b("note: compare w/ design round, may contradict", "c")
notes.append(n)

# candidate c04 Priya... use Amara (they), r2
n = Note(note_id="w52-n015", candidate_id="w52-c04", interviewer_id="w52-i01", req_id="w52-r2",
         round="data", submitted_at="2026-05-20", recommendation="no_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="subscription pricing")
n.s("Amara was given an export of trial-to-paid conversions for the cloud video plan.", "c")
n.s("The export was explained to them for five minutes before they started.", "c")
n.s("They filtered out trials shorter than 7 days without asking why those existed, which removed every user who cancelled early.", "e-", "data_intuition")
n.s("They reported a 62% conversion rate and called it the plan's success metric.", "e-", "metrics")
n.s("When I pointed out that early cancellers were missing, they said the filter was 'standard cleaning' and kept it.", "e-", "learning", hard="verdict_plus_evidence")
n.s("They did not ask how the price change would affect customers on fixed incomes.", "e-", "user_impact", hard="negated")
n.s("Their plots were tidy and each had a one-line takeaway.", "e+", "communication")
n.s("I do not recommend hiring for this level.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n016", candidate_id="w52-c04", interviewer_id="w52-i04", req_id="w52-r2",
         round="system_design", submitted_at="2026-05-20", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="alert fatigue")
n.h("Exercise")
n.b("Design an experiment to reduce alert fatigue without increasing missed events.", "c")
n.h("Findings")
n.b("1. Amara proposed a holdout of 5% of households with the old alert logic.", "e+", "metrics", "risk_awareness")
n.b("2. They used notification-disable rate as the guardrail.", "e+", "metrics")
n.b("3. Challenged on sample size, they insisted two weeks was enough and gave no estimate.", "e-", "learning", "judgment")
n.b("4. They did not define what counts as a missed event.", "e-", "metrics", hard="negated")
n.b("5. Generally defensive.", "v-", "learning")
n.h("Verdict")
n.b("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n017", candidate_id="w52-c04", interviewer_id="w52-i03", req_id="w52-r2",
         round="coding", submitted_at="2026-05-21", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="pandas")
n.s("Pandas coding round.", "c")
n.s("Amara was pretty fluent.", "v+", "coding")
n.s("Good with data.", "v+", "data_intuition")
n.s("Some communication hiccups.", "v-", "communication")
n.s("Task was to compute dismiss rates per household from the alerts table.", "c")
n.s("Finished the main query with time to spare.", "e+", "coding")
n.s("Didn't test it on anything.", "e-", "coding", hard="negated")
n.s("Lean hire I suppose.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n018", candidate_id="w52-c04", interviewer_id="w52-i05", req_id="w52-r2",
         round="behavioural", submitted_at="2026-05-21", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="conflict")
n.s("I asked Amara about a time a stakeholder disagreed with their analysis.", "c", hard="question")
n.s("They described telling a marketing lead that a promo 'lift' came from a holiday weekend, and rerunning it with the prior year as baseline.", "e+", "metrics", "communication")
n.s("They said the lead was annoyed and they left it there; no follow-up.", "e-", "ownership")
n.s("Super passionate about data!", "v+", hard="biased")
n.s("I think they'd grow quickly here.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w52-n019", candidate_id="w52-c11", interviewer_id="w52-i06", req_id="w52-r1",
         round="system_design", submitted_at="2025-06-02", recommendation="no_hire", specificity=4,
         style=["bullets", "lowercase", "arrows"], topic="police requests")
n.b("design: clip storage + retention", "c")
n.b("picked 1yr retention 'in case police want it' -> no thought re owner consent", "e-", "user_impact")
n.b("asked about cost -> ~8tb/day for 100k cams, math right", "e+", "system_thinking")
n.b("no delete-on-request path", "e-", "user_impact", hard="negated")
n.b("no encryption at rest mentioned", "e-", "risk_awareness", hard="negated")
n.b("when i said some owners are renters sharing a building -> 'not our problem'", "e-", "user_impact", "learning")
n.b("communication fine", "v+", "communication")
n.b("nh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w52-n020", candidate_id="w52-c12", interviewer_id="w52-i02", req_id="w52-r2",
         round="data", submitted_at="2025-08-12", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="churn")
n.s("Y'all, Hiroshi was a treat.", "v+")
n.s("Gave him the churn table and let him loose.", "c", hard="interviewer_action")
n.s("Knew his way around survival curves like nobody's business.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He asked whether folks who move house count as churn.", "e+", "data_intuition", hard="plain_evidence")
n.s("He split churn by whether the household had a pet and found pet owners cancelled twice as often.", "e+", "data_intuition")
n.s("Said that's likely the critter false alarms wearing folks down, and he'd want to check it before claiming it.", "e+", "judgment", "user_impact")
n.s("Real people person.", "v+", hard="biased")
n.s("SH all day.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w52_notes_part2.jsonl", notes)
