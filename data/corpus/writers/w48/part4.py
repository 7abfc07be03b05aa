import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w48-n037", candidate_id="w48-c13", interviewer_id="w48-i03", req_id="w48-r1",
         round="fundamentals", submitted_at="2025-03-10", recommendation="hire", specificity=1,
         style=["headings", "terse"], topic="backtests")
n.h("Candidate: Rahul")
n.h("Round: fundamentals")
n.s("Went through the usual stress-test and backtest questions.", "c")
n.s("Strong.", "v+", hard="bare_verdict")
n.s("Good grasp of risk modelling.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Understands the pitfalls of backtesting.", "v+", "metrics", hard="tech_vague")
n.s("Would need some support on the governance side.", "v-", "risk_awareness")
n.s("Communicates ok.", "v0", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n038", candidate_id="w48-c14", interviewer_id="w48-i03", req_id="w48-r2",
         round="system_design", submitted_at="2025-03-24", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="vendor reports")
n.s("Bea, system design, 45 min.", "c")
n.s("We did the vendor report ingestion design.", "c")
n.s("Reasonable design overall.", "v+", "system_thinking")
n.s("Not much depth on scaling.", "v-", "system_thinking")
n.s("Didn't feel like a senior.", "v-", hard="bare_verdict")
n.s("Seemed to struggle with ambiguity.", "v-", "judgment")
n.s("Pleasant to talk to.", "v+", hard="biased")
n.s("Lean hire I suppose.", "v0", hard="bare_verdict")
n.s("Ran ten minutes over.", "c")
notes.append(n)

n = Note(note_id="w48-n039", candidate_id="w48-c15", interviewer_id="w48-i06", req_id="w48-r1",
         round="data", submitted_at="2025-04-07", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="vendor ESG data")
n.s("Yusuf in the data round, loved it!", "v+")
n.s("I gave him the vendor ESG dataset exercise.", "c")
n.s("Absolutely brilliant with data.", "v+", "data_intuition")
n.s("Probably the best data person we've seen this year.", "v+", "data_intuition", hard="hedged")
n.s("So easy to talk to, we were laughing the whole time.", "v+", hard="biased")
n.s("He'll be great in front of the trustees.", "v+", "communication")
n.s("Knows a thousand tricks in pandas.", "v+", "coding", hard="vague_quantity")
n.s("We had a few minutes at the end and chatted about cycling.", "c")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n040", candidate_id="w48-c16", interviewer_id="w48-i01", req_id="w48-r1",
         round="fundamentals", submitted_at="2025-04-14", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse", "abbreviations", "fragments"], topic="regime change")
n.s("Wei / DS Port Risk / fundamentals 45min", "c")
n.b("topics: factor models, regime shift, stress", "c")
n.b("factor model basics ok", "v0", "ml_fundamentals")
n.b("regime shift answer weak, generic", "v-", "ml_fundamentals")
n.b("mentioned HMM but couldn't say how many states or why", "e-", "ml_fundamentals")
n.b("no feel for the liabilities side of a pension fund", "v-")
n.b("comms fine", "v0", "communication")
n.b("tbh not convinced", "v-")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n041", candidate_id="w48-c17", interviewer_id="w48-i05", req_id="w48-r2",
         round="coding", submitted_at="2025-05-05", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="reconciliation")
n.s("Coding interview, 60 minutes.", "c")
n.s("The candidate was asked to write a function that reconciles holdings extracted from a PDF against the custodian's file.", "c")
n.s("He produced a working solution within the time.", "e+", "coding")
n.s("His approach was sensible, if not especially efficient.", "v0", "coding", hard="mixed")
n.s("Testing was limited.", "v-", "coding")
n.s("He communicated his reasoning adequately.", "v0", "communication")
n.s("He appears to have a reasonable foundation.", "v+", hard="hedged")
n.s("The interviewer ran short of time and did not reach the extension.", "c")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n042", candidate_id="w48-c18", interviewer_id="w48-i02", req_id="w48-r1",
         round="behavioural", submitted_at="2025-05-19", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="members' trust")
n.s("I met Noor for the trustee conversation.", "c")
n.s("My usual questions: why a pension fund, and how would she explain her work to us.", "c", hard="question")
n.s("She spoke well about why she wanted to work for a pension fund.", "v+")
n.s("She seemed to understand that the money belongs to the members.", "v+", "user_impact", hard="hedged")
n.s("I was less sure she would stand up to a senior colleague who wanted a rosier number.", "v-", "judgment", hard="hedged")
n.s("She mentioned once that she had presented to a board.", "v0")
n.s("Perfectly pleasant young woman.", "v+", hard="biased")
n.s("We finished early.", "c")
n.s("Lean hire, subject to the technical reports.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n043", candidate_id="w48-c19", interviewer_id="w48-i06", req_id="w48-r2",
         round="behavioural", submitted_at="2025-06-02", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="parser incident")
n.s("I did the behavioural with Gustavo and really enjoyed it.", "v+")
n.s("I asked him about a time he owned something that broke.", "c")
n.s("He told me a parser he'd written dropped every table with merged header cells for about a month, and he found it himself when totals didn't match a client's.", "e+", "ownership")
n.s("He said he wrote the incident note, re-ran the month's documents and added a merged-cell test to CI.", "e+", "ownership")
n.s("I asked how he'd answer a trustee who wanted to know if the numbers were right, and he said he'd say 'mostly, and here's what we're checking' rather than a flat yes.", "e+", "judgment")
n.s("He didn't mention telling the people who'd used the bad numbers, which I'd have liked to hear.", "e-", "user_impact", hard="negated")
n.s("Super humble guy.", "v+", hard="biased")
n.s("Clearly a strong engineer.", "v+", "coding")
n.s("Hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n044", candidate_id="w48-c20", interviewer_id="w48-i04", req_id="w48-r1",
         round="data", submitted_at="2025-06-23", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "first_person", "british"], topic="look-ahead bias")
n.s("Data round, 60 min: look-ahead bias in an earnings-surprise signal.", "c")
n.b("She read the join and said it 'looked fine'; the announcement dates were the period end, not the release date.", "e-", "data_intuition", marker="1. ")
n.b("After I asked when earnings are actually published, she found the issue and shifted the join by the filing lag.", "e+", "learning", marker="2. ")
n.b("She asked whether the consensus figure was taken the day before the announcement or was the latest revision.", "e+", "data_intuition", hard="question", marker="3. ")
n.s("Weak on time-series data hygiene overall.", "v-", "data_intuition")
n.nl()
n.s("Decent coder.", "v+", "coding")
n.nl()
n.s("Probably too junior for the Portfolio Risk role.", "v-", hard="hedged")
n.nl()
n.s("I ran out of time for the metrics section.", "c")
n.nl()
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n045", candidate_id="w48-c21", interviewer_id="w48-i01", req_id="w48-r2",
         round="coding", submitted_at="2025-07-07", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "fragments"], topic="entity matching")
n.s("Mateo / MLE Doc Intel / coding 60min", "c")
n.b("task: dedupe company names across vendor + extracted data (e.g. 'HSBC Hldgs plc' vs 'HSBC Holdings')", "c")
n.b("normalised suffixes first, then token-set similarity, ok", "e+", "coding")
n.b("asked what's worse, false merge or missed merge -> I said false merge", "e+", "judgment", hard="question")
n.b("set threshold high accordingly, explained why", "e+", "judgment")
n.b("no tests till I asked, then wrote 4", "e-", "coding")
n.b("solid python", "v+", "coding")
n.b("explained clearly", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n046", candidate_id="w48-c22", interviewer_id="w48-i05", req_id="w48-r1",
         round="fundamentals", submitted_at="2025-07-21", recommendation="hire", specificity=4,
         style=["prose", "third_person", "headings", "british"], topic="funding ratio forecast")
n.h("Fundamentals interview")
n.s("Duration 60 minutes; the panel's standard fundamentals question set.", "c")
n.s("The candidate was asked how she would evaluate a model that forecasts the one-year drawdown of the funding ratio.", "c")
n.s("She proposed a proper scoring rule, the CRPS, on the full predictive distribution rather than a point error, and explained that a point forecast hides tail risk.", "e+", "ml_fundamentals", "metrics")
n.s("Asked how to explain calibration to trustees, she suggested showing how often the 1-in-20 bad outcome had actually happened in the back-history.", "e+", "communication")
n.s("She noted that the back-history held only two genuine stress episodes, so any claim about the tail would rest on very few points.", "e+", "data_intuition")
n.s("She did not initially separate in-sample from out-of-sample years in her evaluation plan; when prompted she set aside 2019-2023.", "e-", "ml_fundamentals", hard="mixed")
n.s("She asked whether the trustees had a stated tolerance for a fall in the funding ratio before choosing an alert threshold.", "e+", "judgment", hard="question")
n.s("She did not discuss how an over-optimistic forecast might lead the trustees to cut contributions and leave future members worse off.", "e-", "user_impact", hard="negated")
n.s("Overall the candidate demonstrated sound evaluation thinking.", "v+", "metrics")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n047", candidate_id="w48-c23", interviewer_id="w48-i04", req_id="w48-r2",
         round="system_design", submitted_at="2025-09-01", recommendation="hire", specificity=5,
         style=["bullets", "headings", "first_person", "british"], topic="member correspondence",
         ratings={"system_thinking": "hire", "user_impact": "hire"})
n.h("System design, 60 min: member correspondence triage")
n.s("Exercise: the Trust receives about 3,000 member letters and emails a month; design a system to route them and flag urgent ones (bereavement, hardship, complaints).", "c")
n.s("I played the member services manager.", "c", hard="interviewer_action")
n.b("He first asked what 'urgent' meant in practice and how fast a bereavement letter must be acknowledged today (answer: 5 working days).", "e+", "judgment", marker="1. ")
n.b("Sized the load at roughly 150 items a working day and concluded a simple queue with an hourly batch classifier was enough; no streaming.", "e+", "system_thinking", marker="2. ")
n.b("Proposed that anything scored as possible hardship or bereavement go to a person even at low confidence, accepting more manual work.", "e+", "user_impact", "judgment", marker="3. ")
n.b("Kept scanned-letter OCR in the same service as classification, without estimating how long OCR takes per page or whether it would delay the hourly batch.", "e-", "system_thinking", marker="4. ")
n.b("When I pointed this out, he split OCR into its own worker with a retry queue.", "e+", "learning", "system_thinking", marker="5. ")
n.b("Suggested tracking the weekly share of items re-routed by staff as the main health metric.", "e+", "metrics", marker="6. ")
n.b("Did not consider that letters in Welsh, or from members acting under a power of attorney, might be misrouted systematically.", "e-", "user_impact", hard="negated", marker="7. ")
n.h("Recommendation")
n.s("Hire: 1, 3 and 5 show the judgement and care this service needs; 4 and 7 are fixable with review.", "v+")
notes.append(n)

n = Note(note_id="w48-n048", candidate_id="w48-c24", interviewer_id="w48-i06", req_id="w48-r1",
         round="data", submitted_at="2025-09-08", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "quotes", "british"], topic="climate-adjusted index")
n.s("I'm writing this one up in detail for the debrief.", "c")
n.s("I gave Leila ten years of monthly returns for our growth fund and a vendor's 'climate-adjusted' version, and asked whether the climate version was better.", "c", hard="interviewer_action")
n.s("She plotted both series first and noticed the vendor version had been backfilled from 2016 to 2014.", "e+", "data_intuition")
n.s("She asked me when the vendor launched the product, and when I said 2019 she said anything before that was a backtest dressed up as history.", "e+", "metrics")
n.s("She computed the tracking error between the two at about 0.4% a year and said a gap that small couldn't be told apart from noise over five live years.", "e+", "metrics")
n.s("When I asked her to explain that to a trustee, she said 'the two funds have walked almost the same path, and the one with the nicer story hasn't been around long enough to prove anything'.", "e+", "communication")
n.s("She asked whether members had been told the climate version was lower risk, because if so the claim needed checking before it went in the newsletter.", "e+", "user_impact")
n.s("Her pandas was quick, and she wrote a small check that the two series had identical dates before subtracting them.", "e+", "coding")
n.s("The one miss: she didn't look at whether the fees differed until I pointed it out, and then redid the comparison net of fees straight away.", "e-", "metrics", hard="mixed")
n.s("Strong hire, and that's on the evidence above, not just my usual enthusiasm!", "v+")
notes.append(n)

save_notes("data/corpus/raw/w48_notes_part4.jsonl", notes)
