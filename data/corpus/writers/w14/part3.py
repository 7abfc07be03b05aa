import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c05 Sofia (r1) -- no rollback thinking, seen by i06
n = Note(note_id="w14-n021", candidate_id="w14-c05", interviewer_id="w14-i06", req_id="w14-r1",
         round="system_design", submitted_at="2025-07-01", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="last-minute pricing")
n.b("SD 50m, dyn pricing svc for last-minute rooms", "c")
n.b("clarified: 'last minute' = <72h to check-in, asked how many hotels opt in", "e+", "judgment", hard="question")
n.b("model: demand curve per hotel-night, bandit over 5 price pts (+/-10%)", "e+", "ml_fundamentals")
n.b("explained explore/exploit to me like I was the PM, no jargon, ~2 mins", "e+", "communication")
n.b("no kill switch, no rollback, no price floor", "e-", "risk_awareness", hard="negated")
n.b("asked her directly: what if the bandit prices a 5* suite at EUR 19?", "c", hard="question")
n.b("her answer: 'the model wouldn't do that'", "e-", "risk_awareness")
n.b("comms strong, risk thinking weak", "v0", "communication", "risk_awareness", hard="mixed")
n.b("LH", "v+", hard="bare_verdict")
n.b("check w/ panel if anyone else saw the rollback gap", "c")
notes.append(n)

n = Note(note_id="w14-n022", candidate_id="w14-c05", interviewer_id="w14-i02", req_id="w14-r1",
         round="fundamentals", submitted_at="2025-07-02", recommendation="hire", specificity=5,
         style=["bullets", "first_person", "british"], topic="offline vs online metrics",
         ratings={"metrics": "hire", "ml_fundamentals": "hire"})
n.s("Fundamentals, 45 minutes.", "c")
n.s("Offline vs online metrics for hotel ranking.", "c")
n.b("Stated that offline NDCG on logged clicks favours the old ranker because users only click what they were shown; estimated the old ranker's top 3 took 70% of clicks.", "e+", "metrics", marker="1. ")
n.b("Proposed interleaving for quick online comparison and said it needs roughly a tenth of the traffic of an A/B for the same sensitivity.", "e+", "metrics", marker="2. ")
n.b("Claimed interleaving also measures revenue per search well; it does not, since both rankers share one page.", "e-", "metrics", marker="3. ")
n.b("Corrected herself when I asked how revenue would be attributed to one ranker: 'you can't, I'd need an A/B for that'.", "e+", "learning", marker="4. ")
n.b("On calibration: the ranker needs only the ordering, but the pricing model downstream uses the probabilities, so she would add isotonic calibration and check reliability per decile.", "e+", "ml_fundamentals", marker="5. ")
n.b("Did not raise, until asked, that a ranking change moves bookings between hotels rather than only up or down overall.", "e-", "system_thinking", hard="negated", marker="6. ")
n.blank()
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Her numbers were consistent throughout, which is rarer than it should be.", "v+")
notes.append(n)

n = Note(note_id="w14-n023", candidate_id="w14-c05", interviewer_id="w14-i05", req_id="w14-r1",
         round="coding", submitted_at="2025-07-02", recommendation="strong_hire", specificity=3,
         style=["prose", "american", "first_person"], topic="currency normalisation")
n.s("Sofia absolutely crushed the coding round, honestly one of the cleanest sessions I've had all year!", "v+", "coding")
n.s("She wrote a beautiful little currency-normalization function, noticed on her own that JPY has no minor units, and handled it with a lookup table instead of dividing everything by 100.", "e+", "coding", "data_intuition", hard="verdict_plus_evidence")
n.s("Super impressive test coverage.", "v+", "coding")
n.s("She talked through every step so clearly, an incredible communicator.", "v+", "communication")
n.s("When I mentioned the lookup table might fall out of date, she happily added a fallback that raises an error rather than guessing, which was just fantastic.", "e+", "risk_awareness", "learning")
n.s("A wonderful person to spend an hour with.", "v+", hard="biased")
n.s("Strong hire without a doubt!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n024", candidate_id="w14-c05", interviewer_id="w14-i04", req_id="w14-r1",
         round="behavioural", submitted_at="2025-07-03", recommendation="hire", specificity=4,
         style=["qa", "headings", "third_person"], topic="behavioural")
n.h("Q1: Tell me about a model you shipped that went wrong.")
n.s("Described a ranking change at her last company that lifted CTR 5% but increased post-booking cancellations; she spotted it in a weekly review two weeks after launch.", "e+", "metrics")
n.s("Said she wrote the incident doc and proposed cancellations as a guardrail metric for future launches.", "e+", "ownership")
n.s("Asked why it took two weeks, she said there was no automatic alert and 'we only looked on Mondays'.", "e-", "risk_awareness")
n.h("Q2: A disagreement with a PM?")
n.s("Talked about pushing back on a PM who wanted to drop the prices-include-taxes toggle; she pulled complaint counts from support to make the case.", "e+", "user_impact", "communication")
n.h("Q3: First 90 days?")
n.s("Generic answer: 'learn the codebase, meet people, find quick wins'.", "e-")
n.h("Overall")
n.s("Good self-awareness.", "v+")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

# c06 Hiroshi (r2) -- passive ownership, seen by i07 and i01
n = Note(note_id="w14-n025", candidate_id="w14-c06", interviewer_id="w14-i07", req_id="w14-r2",
         round="behavioural", submitted_at="2025-08-05", recommendation="lean_no_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="behavioural",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.s("Behavioural interview, 45 minutes, focused on ownership and collaboration.", "c")
n.s("Hiroshi was asked to describe a project that had gone wrong after launch.", "c", hard="interviewer_action")
n.s("He described a holiday demand forecast that under-predicted Christmas bookings in Sapporo by around 30%, so rooms were sold too cheaply.", "e0")
n.s("When asked what he had done about it, he said the revenue team had noticed and 'the data engineering team fixed the holiday calendar'.", "e-", "ownership")
n.s("He could not say whether the fix had been checked against the following holiday.", "e-", "ownership", hard="negated")
n.s("Asked for a time he had driven work nobody had asked for, he offered adding docstrings to a shared library.", "e0", "ownership")
n.s("On collaboration he was more convincing: he described setting up a weekly call with the Tokyo revenue managers and changing the forecast output to show ranges because they had asked for it.", "e+", "communication", "user_impact", hard="verdict_plus_evidence")
n.s("He listened carefully and answered what was asked.", "v+", "communication")
n.s("The recurring theme was that problems were solved by other teams, with Hiroshi as an observer.", "v-", "ownership")
n.s("Lean no hire on ownership for a scientist role that owns the forecast end to end.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w14-n026", candidate_id="w14-c06", interviewer_id="w14-i01", req_id="w14-r2",
         round="data", submitted_at="2025-08-05", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="cancellation prediction")
n.s("Data round, cancellation prediction on a 3-month extract.", "c")
n.s("Hiroshi is technically sharp, no argument there.", "v+", "ml_fundamentals")
n.s("Spotted within minutes that non-refundable bookings cancelled at 0.2% and said they should be modelled separately or dropped.", "e+", "data_intuition")
n.s("Built a survival-style target with the free-cancellation deadline as the censoring point, which is exactly right.", "e+", "data_intuition", "ml_fundamentals", hard="verdict_plus_evidence")
n.blank()
n.s("Then I told him the extract had a known upstream bug (duplicated modification events for one supplier) and asked what he'd do.", "c", hard="interviewer_action")
n.s("His answer was to 'raise a ticket with the owning team and wait', and he wasn't keen on a workaround even for the exercise.", "e-", "ownership")
n.s("Not quite a red flag on its own, but the same flavour came up when he said monitoring was 'for MLOps to set up'.", "e-", "ownership", "risk_awareness", hard="hedged")
n.s("Would be a cracking IC if someone else does the driving.", "v0", "ownership", hard="mixed")
n.s("Lean hire from me, but I'd read the behavioural first.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n027", candidate_id="w14-c06", interviewer_id="w14-i03", req_id="w14-r2",
         round="system_design", submitted_at="2025-08-06", recommendation="hire", specificity=1,
         style=["terse"], topic="forecasting platform")
n.s("Solid design, knows forecasting systems.", "v+", "system_thinking", hard="tech_vague")
n.nl()
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n028", candidate_id="w14-c06", interviewer_id="w14-i05", req_id="w14-r2",
         round="fundamentals", submitted_at="2025-08-06", recommendation="strong_hire", specificity=3,
         style=["prose", "american", "first_person"], topic="hierarchical forecasting")
n.s("Fundamentals round, 45 minutes, on forecasting theory.", "c")
n.s("Hiroshi is simply brilliant on the theory side, truly among the best fundamentals I've ever interviewed!", "v+", "ml_fundamentals")
n.s("He explained hierarchical reconciliation so elegantly, showing how hotel-level forecasts should sum to the city total and using a tiny three-hotel example on the board to show how MinT adjusts them.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("His knowledge of Bayesian methods is enormous.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("He asked which loss the business actually cares about, occupancy or revenue, before picking one, which I loved.", "e+", "metrics", hard="question")
n.s("So thoughtful and so humble.", "v+", hard="biased")
n.s("Strong hire, he'd be an absolute asset!", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w14-n029", candidate_id="w14-c13", interviewer_id="w14-i07", req_id="w14-r1",
         round="system_design", submitted_at="2025-02-11", recommendation="no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="experiment interference")
n.s("System design, 45 minutes: an experimentation set-up for testing a new hotel pricing model.", "c")
n.s("Ngozi proposed randomising by user, 50/50, and reading out revenue per user after two weeks.", "e0", "metrics")
n.s("The interviewer asked what happens when treated users see cheaper prices and book rooms that control users would otherwise have booked.", "c", hard="interviewer_action")
n.s("She said the effect would be 'small enough to ignore' and did not estimate it.", "e-", "metrics", "judgment")
n.s("Pressed again with the case of a sold-out city weekend, she repeated that randomisation handles it.", "e-", "learning")
n.s("She did not mention switchback or market-level designs at any point.", "e-", "metrics", hard="negated")
n.s("Her diagrams were tidy and she labelled each component with the team that would run it.", "e+", "communication")
n.s("She asked no questions about the pricing model itself.", "e-", "judgment", hard="negated")
n.s("Recommendation: no hire; interference is central to this role and she did not engage with it.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w14-n030", candidate_id="w14-c14", interviewer_id="w14-i02", req_id="w14-r2",
         round="data", submitted_at="2025-03-04", recommendation="hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="holiday forecasting",
         ratings={"data_intuition": "hire", "communication": "strong_hire"})
n.s("Data exercise: forecast bookings for the 2024 Easter weekend in Madrid from 2019-2023 history.", "c")
n.b("Asked first what to do about 2020 and 2021; proposed excluding them from training but keeping them as a stress test.", "e+", "data_intuition", "judgment", marker="1. ")
n.b("Aligned years by Easter date rather than calendar date, noting Easter moved from 21 April in 2019 to 31 March in 2024.", "e+", "data_intuition", marker="2. ")
n.b("Baseline: seasonal naive with Easter alignment, MAPE 18% on a 2023 backtest; his model 11%.", "e+", "metrics", marker="3. ")
n.b("Did not check whether the 2023 data included the Madrid hotels onboarded that year.", "e-", "data_intuition", hard="negated", marker="4. ")
n.b("When I raised it he re-ran on a same-store set within the time: MAPE moved to 13%.", "e+", "learning", marker="5. ")
n.b("Explained the result as if to a revenue manager: 'expect 10-15% more than last Easter, and here's the range'.", "e+", "communication", marker="6. ")
n.blank()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w14_notes_part3.jsonl", notes)
