import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w55-n017", candidate_id="w55-c05", interviewer_id="w55-i06", req_id="w55-r1",
         round="debugging", submitted_at="2026-02-09", recommendation="lean_no_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="charger faults")
n.s("Debugging round, 50 minutes, shared editor.", "c")
n.s("The candidate was given a fault classifier whose precision had fallen from 0.8 to 0.5 after a firmware release.", "c")
n.s("Dmitri first retrained the model on the latest week without looking at the inputs.", "e-", "data_intuition", "judgment")
n.s("The retrained model scored no better, and he then proposed a larger model.", "e-", "ml_fundamentals")
n.s("The interviewer suggested comparing the error-code distributions before and after the release.", "c", hard="interviewer_action")
n.s("Dmitri replied that the model 'should be robust to that' and continued tuning.", "e-", "learning")
n.s("After a second prompt he printed the codes and found the new firmware reported E42 where the old one reported E17.", "e0", "data_intuition", "learning", hard="mixed")
n.s("He wrote a mapping table for the renamed codes, and precision returned to 0.78 on the held-out week.", "e+", "coding", "data_intuition")
n.s("He did not suggest any check that would catch the next renaming.", "e-", "risk_awareness", hard="negated")
n.s("He spoke for long stretches without saying what he was trying, and the interviewer twice had to ask what the current hypothesis was.", "e-", "communication")
n.s("He asked no questions about the drivers or technicians relying on the classifier.", "e-", "user_impact", hard="negated")
n.s("The fix was found, but only with heavy guidance; lean no hire.", "v-", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w55-n018", candidate_id="w55-c05", interviewer_id="w55-i02", req_id="w55-r1",
         round="debugging", submitted_at="2026-02-09", recommendation="hire", specificity=3,
         style=["bullets", "fragments", "abbreviations"], topic="technician dispatch")
n.b("2nd debugging slot, dispatch tool", "c")
n.b("bug: techs getting sent to chargers already fixed", "c")
n.b("D found the ticket status was read from a cache refreshed every 6h, fast - under 10 min", "e+", "coding", "system_thinking")
n.b("suggested pulling status straight from the field app before dispatch", "e+", "system_thinking")
n.b("asked how long a wasted van trip costs us, i said ~£90", "e+", "judgment", hard="question")
n.b("knows his way round a codebase", "v+", "coding")
n.b("didnt mention what happens if the field app is down", "e-", "risk_awareness", hard="negated")
n.b("talks a lot", "v-", hard="biased")
n.b("H from me", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n019", candidate_id="w55-c05", interviewer_id="w55-i03", req_id="w55-r1",
         round="fundamentals", submitted_at="2026-02-10", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="fault prediction")
n.s("Fundamentals with Dmitri.", "c")
n.s("Knows a lot of ML.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Answers ok, a bit long.", "v0", "communication", hard="mixed")
n.s("Some gaps maybe.", "v-")
n.s("Lean hire I suppose.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n020", candidate_id="w55-c05", interviewer_id="w55-i04", req_id="w55-r1",
         round="system_design", submitted_at="2026-02-10", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="fault prediction",
         ratings={"system_thinking": "lean_no_hire", "learning": "no_hire"})
n.h("Design: fleet-wide fault early warning")
n.b("System: 2/4 - proposed streaming every log line from 4,000 chargers to a central model, without estimating volume or cellular cost.", "e-", "system_thinking")
n.b("When asked for the volume, estimated 'a few GB', then revised to 40 GB a day after doing the sum aloud.", "e0", "system_thinking", hard="mixed")
n.b("Risk: 1/4 - no fallback if the central model is unreachable.", "e-", "risk_awareness", hard="negated")
n.b("Learning: 1/4 - interviewer suggested scoring on the charger itself; candidate said edge devices 'are never worth it' and did not weigh it.", "e-", "learning", "judgment")
n.b("Metrics: 3/4 - proposed lead time before failure as the key metric, not just accuracy.", "e+", "metrics")
n.b("Comms: 2/4 - hard to follow.", "v-", "communication")
n.b("Second interviewer to see defensiveness (see i06).", "c")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n021", candidate_id="w55-c06", interviewer_id="w55-i01", req_id="w55-r2",
         round="data", submitted_at="2026-03-02", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="app ratings")
n.s("Data round.", "c")
n.s("I gave Li Wei 30,000 app ratings and asked if they can be labels for charger health.", "c", hard="interviewer_action")
n.s("She read twenty reviews before doing anything else.", "e+", "data_intuition", hard="plain_evidence")
n.s("She found that many one-star reviews were about price, not broken chargers.", "e+", "data_intuition")
n.s("She said the labels are noisy and biased toward angry drivers.", "e+", "data_intuition")
n.s("She did not have a plan to clean them at first.", "e-", "data_intuition")
n.s("I mentioned the technician tickets.", "c", hard="interviewer_action")
n.s("She then joined the tickets to the ratings and used only ratings within a day of a ticket.", "e+", "learning", "data_intuition")
n.s("Her SQL join had a wrong date condition and she fixed it when the count looked too high.", "e0", "coding", hard="mixed")
n.s("She is careful.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n022", candidate_id="w55-c06", interviewer_id="w55-i05", req_id="w55-r2",
         round="system_design", submitted_at="2026-03-03", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="peak pricing")
n.s("Design round on peak pricing, 45 mins.", "c")
n.s("Li Wei was brilliant from start to finish!", "v+")
n.s("She asked straight away whether the utility charges us on our monthly peak, which is exactly the right question.", "e+", "judgment", "system_thinking")
n.s("Her design priced against the site's remaining headroom under the contract, updated every five minutes.", "e+", "system_thinking")
n.s("She wanted a cap on how much the price can rise in one hour, so drivers are not shocked mid-session.", "e+", "user_impact", "risk_awareness")
n.s("Massive depth on optimisation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She didn't get to monitoring, but we ran short of time.", "c")
n.s("Lovely person too.", "v+", hard="biased")
n.s("Strong hire without question.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n023", candidate_id="w55-c06", interviewer_id="w55-i06", req_id="w55-r2",
         round="fundamentals", submitted_at="2026-03-03", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="demand forecast")
n.s("The round covered forecasting and evaluation.", "c")
n.s("The candidate was asked how she would evaluate a demand forecast for sites that open next year.", "c", hard="question")
n.s("She proposed a rolling-origin backtest, training on sites opened before each date and testing on those opened after.", "e+", "ml_fundamentals", "metrics")
n.s("She initially used a random split across sites, then corrected herself when she noticed it would let the model see future neighbours.", "e+", "data_intuition", "learning")
n.s("She could not say how to set the width of a prediction interval beyond 'use the residuals'.", "e-", "ml_fundamentals")
n.s("Asked what the business would do with an interval, she said it would size the grid connection for the upper end.", "e+", "judgment")
n.s("She did not ask about the cost of over-building a connection.", "e-", "judgment", hard="negated")
n.s("Her answers were generally well structured.", "v+", "communication")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n024", candidate_id="w55-c06", interviewer_id="w55-i02", req_id="w55-r2",
         round="coding", submitted_at="2026-03-04", recommendation="hire", specificity=3,
         style=["bullets", "fragments", "lowercase", "quotes"], topic="session logs")
n.b("coding - parse session logs into per-hour demand", "c")
n.b("asked if sessions crossing midnight should be split, good q", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("wrote it in pandas, worked first time on the sample", "e+", "coding")
n.b("no tests", "e-", "coding", hard="negated")
n.b("when i said 'what if end time is missing' she added a filter and logged the count dropped", "e+", "coding", "learning")
n.b("quick", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w55_notes_part3.jsonl", notes)
