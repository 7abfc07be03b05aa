import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w21-n037", candidate_id="w21-c13", interviewer_id="w21-i02", req_id="w21-r2",
         round="data", submitted_at="2025-02-24", recommendation="lean_hire", specificity=5,
         style=["bullets", "headings", "third_person", "british"], topic="churn labels",
         ratings={"data_intuition": "hire", "metrics": "lean_hire", "communication": "lean_no_hire"})
n.h("Exercise")
n.b("Define the churn label for a postpay model from the account events table; evaluate a baseline.", "c")
n.h("Findings")
n.b("Asked whether a number ported to another operator and a contract ending without renewal should count as the same event (seen).", "e+", "data_intuition", "judgment", marker="1. ")
n.b("Excluded involuntary churn (non-payment disconnections) and explained that the care team cannot save those customers with an offer (seen).", "e+", "data_intuition", "user_impact", marker="2. ")
n.b("Picked precision in the top 5% of scores as the evaluation metric, matching the size of the weekly call list (seen).", "e+", "metrics", marker="3. ")
n.b("Reported a lift of 3.1x over random in the top 5% and did not compare it to the existing rule of 'contract ending in 30 days' (seen).", "e-", "metrics", marker="4. ")
n.b("Walked through the label logic in a clear order, stating each exclusion and its row count (seen).", "e+", "communication", marker="5. ")
n.b("Did not finish her sentences on two occasions when challenged, and moved to the next slide (seen).", "e-", "communication", marker="6. ")
n.h("Verdict")
n.b("Lean hire; finding 4 needs a second look in another round.", "v+", "metrics")
notes.append(n)

n = Note(note_id="w21-n038", candidate_id="w21-c14", interviewer_id="w21-i05", req_id="w21-r1",
         round="fundamentals", submitted_at="2025-03-17", recommendation="no_hire", specificity=3,
         style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="fault prediction fundamentals")
n.b("fundamentals", "c")
n.b("q1 why val loss up when train loss down -> said 'learning rate too low'", "e-", "ml_fundamentals")
n.b("q2 precision vs recall for fault alerts, crews limited -> mixed them up, then fixed it when i re-read the q", "e0", "ml_fundamentals", "learning")
n.b("q3 why not random split on alarm time series -> no idea", "e-", "ml_fundamentals")
n.b("said more data always fixes overfitting", "e-", "ml_fundamentals")
n.b("q4 threshold for fault alerts -> said 0.5 'because it's the default'", "e-", "ml_fundamentals", "metrics")
n.b("ran 10 min over, my fault", "c")
n.b("knows a lot of model names", "v0", "ml_fundamentals", hard="vague_quantity")
n.b("friendly", "v+", hard="biased")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n039", candidate_id="w21-c15", interviewer_id="w21-i06", req_id="w21-r2",
         round="behavioural", submitted_at="2025-03-25", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "headings", "british"], topic="retention offer fairness",
         ratings={"ownership": "strong_hire", "learning": "hire", "user_impact": "strong_hire"})
n.h("Format")
n.s("Behavioural interview, 45 minutes, three prompts: ownership, a mistake, a disagreement.", "c")
n.h("Observations")
n.s("Asked about ownership, Ife described noticing that her team's retention-offer model gave discounts to customers in Dublin at twice the rate of those in Donegal with similar churn risk.", "e+", "user_impact", "ownership")
n.s("She said no one had asked her to look, that she traced it to a feature based on local competitor coverage, and that she presented both the fairness gap and the revenue cost of fixing it to the pricing director.", "e+", "ownership", "communication")
n.s("The change she proposed, capping the competitor feature's influence, was shipped; she quoted the gap falling to 1.2x and a margin cost she estimated at under 1%.", "e+", "user_impact", "metrics")
n.s("For the mistake, she described a label bug in which she had counted number porting within the group as churn, and said she found it only because a care manager told her the list 'looked wrong'.", "e+", "learning", "data_intuition")
n.s("She said she now asks a care team lead to review a sample of each new list before it goes out.", "e+", "learning", "risk_awareness")
n.s("On disagreement, her account was shorter and she could not recall how it ended.", "e-", "communication")
n.h("Assessment")
n.s("The examples were specific, self-critical where appropriate, and included outcomes.", "v+", "ownership")
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n040", candidate_id="w21-c16", interviewer_id="w21-i03", req_id="w21-r1",
         round="coding", submitted_at="2025-04-01", recommendation="lean_no_hire", specificity=2,
         style=["prose"], topic="alarm parsing")
n.s("Liam was OK but not great.", "v0")
n.s("His code was a bit messy and he took a while to get going.", "v-", "coding")
n.s("I gave him a hint about the date parsing.", "c", hard="interviewer_action")
n.s("Got there in the end with some help.", "v0", "coding")
n.s("He didn't write any tests.", "e-", "coding", hard="negated")
n.s("Probably not strong enough technically for this team.", "v-", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n041", candidate_id="w21-c17", interviewer_id="w21-i01", req_id="w21-r1",
         round="data", submitted_at="2025-04-15", recommendation="hire", specificity=3,
         style=["prose", "first_person", "terse", "british"], topic="sim-box fraud labels")
n.s("SIM-box labels.", "c")
n.s("Gave Ana the list of SIMs the fraud desk cut off last year.", "c", hard="interviewer_action")
n.s("She asked how many were reconnected after a complaint.", "e+", "data_intuition", "user_impact", hard="plain_evidence")
n.s("About one in ten.", "c")
n.s("She said those are false positives, and should go in as negatives, not positives.", "e+", "data_intuition")
n.s("Right.", "v+")
n.s("Didn't think about SIMs the desk never looked at.", "e-", "data_intuition", hard="negated")
n.s("When I told her the desk only checks SIMs the old rules flag, she said then the model would just learn the old rules.", "e+", "data_intuition", "learning")
n.s("Sound.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n042", candidate_id="w21-c18", interviewer_id="w21-i04", req_id="w21-r2",
         round="debugging", submitted_at="2025-04-29", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="retention dashboard metrics")
n.s("Dev, debugging, the retention dashboard one where the save rate looks too good to be true.", "c")
n.s("I'll confess I had to check my own notes twice to remember the answer, so no judgement here.", "c")
n.blank()
n.s("He started by asking what 'saved' means on the dashboard, which is exactly the right question.", "e+", "metrics", hard="verdict_plus_evidence")
n.s("Then he found that customers who rang to cancel and were transferred twice got counted as saved if the call ended without a cancellation code.", "e+", "metrics", "data_intuition")
n.s("He reckoned the real save rate was nearer 30% than the 55% on the dashboard, and showed me the query.", "e+", "metrics")
n.s("Where he wobbled: he wanted to just fix the query and republish, and I had to ask who'd already been given bonuses off the old number.", "e-", "judgment", "user_impact")
n.s("Once I said it, he suggested a note to the care managers explaining the change before the dashboard moved, which was decent.", "e0", "learning", "communication")
n.s("Bit of a nervous fella at the start.", "v0", hard="biased")
n.s("Lean hire, maybe a hire if the other rounds back it up.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n043", candidate_id="w21-c19", interviewer_id="w21-i02", req_id="w21-r1",
         round="debugging", submitted_at="2025-05-06", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings", "third_person", "british"], topic="maintenance scheduling",
         ratings={"coding": "lean_hire", "judgment": "no_hire", "risk_awareness": "lean_no_hire"})
n.h("Exercise")
n.b("Maintenance scheduler assigns crews to the same three sites every week; find out why.", "c")
n.h("Findings")
n.b("Read the scheduler code top to bottom before running it (seen).", "e+", "coding", marker="1. ")
n.b("Found that risk scores were sorted ascending instead of descending, but only for the ties-broken-by-distance branch (seen).", "e+", "coding", marker="2. ")
n.b("Wrote a unit test reproducing the repeat assignment before changing the sort (seen).", "e+", "coding", marker="3. ")
n.b("Asked whether the three sites were genuinely the highest risk, i.e. whether the scores themselves were wrong (not seen).", "e-", "data_intuition", hard="negated", marker="4. ")
n.b("Proposed deploying the fix directly to the live scheduler on a Friday; when asked about crews already dispatched, said they 'could be re-routed by phone' (seen).", "e-", "judgment", "risk_awareness", marker="5. ")
n.b("Described the fix to a depot manager persona in plain language (seen).", "e+", "communication", marker="6. ")
n.h("Verdict")
n.b("Lean no hire: strong coder, poor release judgement.", "v0", "coding", "judgment", hard="mixed")
notes.append(n)

n = Note(note_id="w21-n044", candidate_id="w21-c20", interviewer_id="w21-i05", req_id="w21-r2",
         round="system_design", submitted_at="2025-05-27", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "abbreviations", "arrows"], topic="call-centre speech analytics")
n.b("sys design: speech analytics for all care calls -> complaint themes weekly", "c")
n.b("sized it: ~40k calls/day x ~6 min avg -> 4k hrs audio/day, batch ASR overnight ok", "e+", "system_thinking")
n.b("asked about consent + retention of recordings before anything else", "e+", "user_impact", "risk_awareness")
n.b("topic model on transcripts -> no plan for how to check the themes make sense", "e-", "ml_fundamentals", "metrics")
n.b("who reads the weekly report -> didnt ask", "e-", "user_impact", hard="negated")
n.b("pii redaction step before storage, named the fields (names, card nos, addresses)", "e+", "risk_awareness")
n.b("i pushed: what if asr is poor on irish-language calls -> said she'd measure word error rate per language before trusting any theme counts", "e+", "data_intuition", "user_impact")
n.b("~15 min on sizing, rest on the model", "c")
n.b("solid sys thinking", "v+", "system_thinking")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n045", candidate_id="w21-c21", interviewer_id="w21-i06", req_id="w21-r2",
         round="fundamentals", submitted_at="2025-06-10", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="retention experiment metrics")
n.s("The candidate was asked how he would evaluate a new retention offer.", "c")
n.s("Marcus proposed a randomised test and, unprompted, chose net margin per customer over 90 days as the primary metric rather than churn rate.", "e+", "metrics")
n.s("He explained that a bigger discount would always reduce churn and could still lose money, and worked a quick example on the whiteboard.", "e+", "metrics", "communication")
n.s("He computed a rough sample size from a 2-point expected churn reduction and stated his assumed baseline of 15%.", "e+", "ml_fundamentals", "metrics")
n.s("Asked about novelty effects, he said the offer might work only in the first month, and proposed tracking the 180-day outcome as a secondary metric.", "e+", "metrics", "judgment")
n.s("He did not mention multiple comparisons when proposing to read the results separately for eight regions.", "e-", "ml_fundamentals", hard="negated")
n.s("When the interviewer asked what he would do if the offer won on margin but complaints rose, he said he would not ship it until he knew which customers were complaining and why.", "e+", "user_impact", "judgment")
n.s("He asked whether customers in the control group could still get the offer by ringing the care line, and noted that this would dilute the measured effect.", "e+", "metrics", "data_intuition")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n046", candidate_id="w21-c22", interviewer_id="w21-i03", req_id="w21-r2",
         round="data", submitted_at="2025-06-24", recommendation="hire", specificity=2,
         style=["prose"], topic="care contact data")
n.s("Róisín did well.", "v+")
n.s("Strong SQL and good instincts with messy data.", "v+", "data_intuition", hard="tech_vague")
n.s("She asked where the call reason codes come from.", "e+", "data_intuition")
n.s("Handled my questions well.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n047", candidate_id="w21-c23", interviewer_id="w21-i04", req_id="w21-r1",
         round="system_design", submitted_at="2025-07-08", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="regional outage detection",
         ratings={"system_thinking": "strong_hire", "judgment": "hire"})
n.s("Tariq, regional outage detection.", "c")
n.s("This was one of those where I mostly sat back and tried to look like I understood.", "c")
n.blank()
n.s("He asked straight off how fast we'd need to know, and when I said within ten minutes of the first dropped calls, he ruled out the daily batch he'd been about to draw.", "e+", "judgment", "system_thinking")
n.s("He grouped cells by the transmission link they share, so one failed link shows up as one outage, not forty.", "e+", "system_thinking")
n.s("He said social media complaints would be too noisy to trigger on but fine to confirm an outage already suspected.", "e+", "judgment", "data_intuition")
n.s("He asked who'd be paged and whether the NOC wanted fewer alerts or faster ones, and said it was their call, not his.", "e+", "user_impact", "judgment")
n.s("He had the stream at about 5k events a second and a per-region counter with a baseline from the same hour last week.", "e+", "system_thinking")
n.s("I threw in a bank holiday and he adjusted the baseline without a fuss.", "e+", "learning")
n.s("He didn't say how he'd test any of it before go-live, though in fairness I ran out of time to ask.", "e-", "risk_awareness", hard="negated")
n.blank()
n.s("Absolute star, strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n048", candidate_id="w21-c24", interviewer_id="w21-i01", req_id="w21-r1",
         round="behavioural", submitted_at="2025-07-22", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person", "terse", "british"], topic="on-call ownership")
n.s("Behavioural.", "c")
n.s("Elena talked a lot about teamwork.", "v0", hard="vague_quantity")
n.s("Couldn't give me one outage she'd handled herself.", "e-", "ownership", hard="negated")
n.s("Asked again, she said 'the on-call person dealt with it', and that wasn't her that week.", "e-", "ownership")
n.s("Everything was 'we'.", "v-", "ownership")
n.s("Not convinced she'd cope on call.", "v-", "ownership")
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w21_notes_part4.jsonl", notes)
