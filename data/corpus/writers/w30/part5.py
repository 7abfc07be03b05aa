import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w30-n049", candidate_id="w30-c25", interviewer_id="w30-i03", req_id="w30-r2",
         round="fundamentals", submitted_at="2025-08-04", recommendation="lean_hire",
         specificity=1, style=["prose", "third_person"], topic="ML fundamentals")
n.s("Fundamentals with Esperanza.", "c")
n.s("Reasonable grounding in ML basics.", "v+", "ml_fundamentals")
n.s("Comfortable with regularisation, loss functions and the usual evaluation material.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Not much depth on probabilistic forecasting.", "v-", "ml_fundamentals")
n.s("Takes feedback fine.", "v+", "learning")
n.s("Lean hire, could go either way.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n050", candidate_id="w30-c26", interviewer_id="w30-i05", req_id="w30-r1",
         round="system_design", submitted_at="2025-08-19", recommendation="hire",
         specificity=1, style=["prose", "first_person", "british"], topic="capacity planning")
n.s("Really lovely conversation with Wojciech about capacity planning.", "v+")
n.s("He knows an awful lot about warehouse systems, you can tell he's built loads of them.", "v+", "system_thinking", hard="vague_quantity")
n.s("Very thoughtful about risks and monitoring.", "v+", "risk_awareness")
n.s("Explained things beautifully.", "v+", "communication")
n.s("Perhaps a tiny bit light on metrics, but nothing worrying.", "v-", "metrics", hard="hedged")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n051", candidate_id="w30-c27", interviewer_id="w30-i07", req_id="w30-r1",
         round="behavioural", submitted_at="2025-09-01", recommendation="lean_no_hire",
         specificity=1, style=["bullets", "lowercase", "terse", "abbreviations"], topic="ownership")
n.b("behavioural w/ grace", "c")
n.b("answers pretty generic", "v-", "communication")
n.b("not much ownership imo", "v-", "ownership")
n.b("hard to tell what she actually did vs the team", "v-", "ownership")
n.b("nice enough", "v0", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n052", candidate_id="w30-c28", interviewer_id="w30-i03", req_id="w30-r2",
         round="behavioural", submitted_at="2025-10-13", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person"], topic="ownership")
n.s("Behavioural round with Ngozi.", "c")
n.s("We covered conflict, failure and a project she led.", "c")
n.s("Came across as someone who owns her work.", "v+", "ownership")
n.s("She said she stayed late to finish the ETA dashboard for a launch, which showed commitment.", "e+", "ownership")
n.s("Open to feedback, I think.", "v+", "learning", hard="hedged")
n.s("The failure story was a bit vague.", "v-", "ownership")
n.s("Good communicator overall.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n053", candidate_id="w30-c29", interviewer_id="w30-i05", req_id="w30-r1",
         round="fundamentals", submitted_at="2025-11-10", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british"], topic="forecasting fundamentals")
n.s("Great session with Arjun!", "v+")
n.s("I took him through the usual forecasting fundamentals: losses, validation, intervals.", "c")
n.s("Really strong on the theory side, clearly reads a lot.", "v+", "ml_fundamentals")
n.s("He said he would use a rolling-origin backtest rather than a random split for the weekly model.", "e+", "ml_fundamentals")
n.s("Tons of ideas about Bayesian models as well.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Picks things up really quickly.", "v+", "learning")
n.s("Absolutely lovely to chat to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n054", candidate_id="w30-c30", interviewer_id="w30-i06", req_id="w30-r2",
         round="debugging", submitted_at="2025-12-08", recommendation="lean_no_hire",
         specificity=2, style=["headings", "prose", "third_person", "british"], topic="simulation vs A/B")
n.h("Exercise")
n.s("Olumide debugged a routing simulator whose results disagreed with the live A/B test.", "c")
n.h("Coding")
n.s("Workmanlike.", "v0", "coding")
n.h("Metrics")
n.s("Understood the offline/online gap in general terms.", "v0", "metrics", hard="tech_vague")
n.h("Learning")
n.s("Slow to move off his first hypothesis.", "v-", "learning")
n.h("Risk")
n.s("He suggested pausing the A/B test until the simulator matched, without saying what the live numbers were showing.", "e-", "risk_awareness", "judgment")
n.h("Overall")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n055", candidate_id="w30-c31", interviewer_id="w30-i01", req_id="w30-r2",
         round="data", submitted_at="2026-01-19", recommendation="lean_no_hire",
         specificity=2, style=["prose", "third_person", "fragments", "british"], topic="scanner label noise")
n.s("Data round, scanner labels for delivered/not-delivered.", "c")
n.s("Candidate Ines familiar with label noise methods in general.", "v0", "data_intuition", hard="tech_vague")
n.s("Did not look at which depots produce most noise.", "e-", "data_intuition", hard="negated")
n.s("Metric choice not justified.", "v-", "metrics")
n.s("Weak on what noisy labels do to customers who get wrong \"delivered\" message.", "v-", "user_impact")
n.s("Responded well when corrected.", "v+", "learning")
n.s("Some potential, not ready.", "v-")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n056", candidate_id="w30-c32", interviewer_id="w30-i04", req_id="w30-r1",
         round="behavioural", submitted_at="2026-02-23", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="depot overrides")
n.s("I asked Tobias about a time his model was ignored by the people meant to use it.", "c")
n.s("He told me about a slotting tool the warehouse staff stopped using after two weeks.", "e0", hard="plain_evidence")
n.s("He said he went and worked a picking shift himself to see why, and found the tool moved items every night so pickers couldn't remember where anything was.", "e+", "ownership", "user_impact", hard="plain_evidence")
n.s("He changed it to move items at most once a week.", "e+", "judgment")
n.s("He didn't say whether picking got any faster after the change.", "e-", "metrics", hard="negated")
n.s("I liked him.", "v+")
n.s("Down to earth, practical lad.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n057", candidate_id="w30-c33", interviewer_id="w30-i07", req_id="w30-r1",
         round="fundamentals", submitted_at="2026-03-16", recommendation="lean_hire",
         specificity=3, style=["bullets", "lowercase", "terse", "abbreviations", "arrows"], topic="forecasting fundamentals")
n.b("fundamentals, forecasting flavoured", "c")
n.b("asked bias/var for a per-depot model w/ 60 days of data", "c", hard="question")
n.b("said few params + strong prior -> high bias low var, and that's what you want here", "e+", "ml_fundamentals")
n.b("couldnt explain why quantile loss gives intervals", "e-", "ml_fundamentals")
n.b("after i drew the pinball loss she got it and explained it back", "e+", "learning")
n.b("said early stopping is a form of regularisation, correct", "e+", "ml_fundamentals")
n.b("bit slow overall", "v-")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n058", candidate_id="w30-c34", interviewer_id="w30-i02", req_id="w30-r1",
         round="debugging", submitted_at="2026-04-13", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "third_person", "british"], topic="peak volume forecasting",
         ratings={"coding": "lean_hire", "learning": "no_hire"})
n.s("Debugging, 50 min, candidate Vikram.", "c")
n.nl()
n.b("Found the NaN source in the holiday features in about ten minutes.", "e+", "coding", marker="1. ")
n.b("Replaced the NaNs with zeros without asking what a missing holiday flag meant.", "e-", "data_intuition", marker="2. ")
n.b("When I said zeros would mark bank holidays as working days, he said it made no difference to accuracy.", "e-", "learning", marker="3. ")
n.b("Did not check that claim when I offered him the backtest script.", "e-", "learning", "metrics", hard="negated", marker="4. ")
n.b("Generally defensive.", "v-", "learning", marker="5. ")
n.b("Code quality fine.", "v+", "coding", marker="6. ")
n.nl()
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n059", candidate_id="w30-c35", interviewer_id="w30-i06", req_id="w30-r2",
         round="fundamentals", submitted_at="2026-05-04", recommendation="hire",
         specificity=4, style=["headings", "prose", "third_person", "british"], topic="delivery ETA",
         ratings={"ml_fundamentals": "hire", "learning": "strong_hire", "metrics": "lean_hire"})
n.h("ML fundamentals")
n.s("I asked Leila how she would model travel time between stops when most of the data comes from a few busy roads.", "c")
n.s("She said a single global model would be biased towards the busy roads and proposed sample weights by road type, then checked the idea against the residuals I showed her.", "e+", "ml_fundamentals", "data_intuition")
n.s("She explained why a log-normal target suits travel times: they are positive and skewed with a long right tail.", "e+", "ml_fundamentals")
n.s("She claimed that boosting cannot overfit if the learning rate is small enough.", "e-", "ml_fundamentals")
n.h("Learning")
n.s("When I asked what happens with 5,000 trees at that learning rate, she paused, said she had been wrong, and described watching validation loss to pick the number of trees.", "e+", "learning", "ml_fundamentals")
n.h("Metrics")
n.s("Proposed reporting the 90th percentile error alongside MAE because customers remember the very late ones.", "e+", "metrics", "user_impact")
n.s("Did not raise how the offline error would be compared to the live app.", "e-", "metrics", hard="negated")
n.h("Communication")
n.s("Answers were short and to the point.", "v+", "communication")
n.h("Overall")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n060", candidate_id="w30-c36", interviewer_id="w30-i02", req_id="w30-r1",
         round="behavioural", submitted_at="2026-06-01", recommendation="hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="peak volume forecasting",
         ratings={"ownership": "strong_hire", "risk_awareness": "hire", "learning": "hire", "communication": "lean_hire"})
n.s("Behavioural, 45 min, candidate Marguerite.", "c")
n.s("Questions: an incident she owned, a time she changed her mind, a time she disagreed with a manager.", "c")
n.nl()
n.b("Incident: her peak forecast for a grocery client under-called Christmas week by 18%; she spotted it on the Monday from the depot backlog report, not from monitoring.", "e0", "ownership", hard="mixed", marker="1. ")
n.b("She phoned the two worst-hit depots that day, arranged a temporary uplift with the planners, and wrote the incident review herself.", "e+", "ownership", marker="2. ")
n.b("Afterwards she added a daily alert comparing forecast to the first scans of the day, and a rule to fall back to last year's curve if the gap passed 10%.", "e+", "risk_awareness", "ownership", marker="3. ")
n.b("Changed her mind: she had argued against a holiday feature, then a colleague's backtest showed it cut peak error by a third; she said she merged the colleague's change and thanked them in the review.", "e+", "learning", marker="4. ")
n.b("Disagreement: she said her manager wanted to report MAPE to the client, she argued for bias as well because the client cared about under-calls, and lost; she let it go.", "e0", "metrics", hard="mixed", marker="5. ")
n.b("Her answer on the disagreement ran long and I had to ask twice what she actually did.", "e-", "communication", marker="6. ")
n.b("Did not mention whether the under-call hurt the client's customers or the depot staff, even when I asked who felt it most.", "e-", "user_impact", hard="negated", marker="7. ")
n.nl()
n.s("Hire: findings 2 to 4 show someone who owns problems and fixes the process, not only the symptom.", "e+", "ownership", hard="verdict_plus_evidence")
notes.append(n)

save_notes("data/corpus/raw/w30_notes_part5.jsonl", notes)
print(len(notes), "notes")
