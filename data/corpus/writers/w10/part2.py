import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c04 Kai Nakamura (they), r2 -- ignores farmer harm (i07 + i01)
n = Note(note_id="w10-n013", candidate_id="w10-c04", interviewer_id="w10-i07", req_id="w10-r2",
         round="system_design", submitted_at="2025-06-10", recommendation="lean_no_hire", specificity=5,
         style=["fragments", "first_person", "quotes"], topic="pricing recommendations",
         ratings={"user_impact": "no_hire", "metrics": "hire", "system_thinking": "hire"})
n.s("Round 2 of 4, system design, 55 min, video.", "c")
n.nl()
n.s("Prompt: recommend a selling price and timing to maize farmers from our yield forecast plus regional market data.", "c")
n.nl()
n.s("Observed: Kai opened with a clear diagram, forecast and market feed into a price model, then SMS delivery.", "e+", "system_thinking")
n.s("Impact: I could follow the whole flow on one screen.", "v+", "communication")
n.nl()
n.s("Observed: proposed optimising expected revenue per farmer across the co-op, and no other objective.", "e0", "metrics")
n.s("I asked what happens to a farmer who holds grain on our advice and then the price falls.", "c", hard="question")
n.s("Observed: they said 'on average farmers gain, so individual losses wash out'.", "e-", "user_impact")
n.s("Impact: no thought for the farmer who cannot absorb one bad season.", "v-", "user_impact")
n.nl()
n.s("Observed: did not suggest showing any range or uncertainty next to the price.", "e-", "risk_awareness", hard="negated")
n.s("Observed: when asked how we'd know the advice works, proposed comparing realised prices of advised vs. non-advised farmers, and flagged unprompted that farmers who opt in are probably better off to begin with.", "e+", "metrics", "data_intuition")
n.s("Impact: right comparison, and the selection-bias catch is rare at this level.", "v+", "metrics")
n.nl()
n.s("Observed: no fallback if the market feed goes stale; the SMS would simply go out with yesterday's price.", "e-", "risk_awareness")
n.nl()
n.s("Summary: clear designer with good metric sense, but twice brushed past harm to individual farmers.", "v0", "user_impact", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n014", candidate_id="w10-c04", interviewer_id="w10-i01", req_id="w10-r2",
         round="data", submitted_at="2025-06-11", recommendation="no_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="pricing review",
         ratings={"user_impact": "no_hire"})
n.s("We met for an hour by video.", "c")
n.s("I gave Kai a sheet of last year's prices paid to farmers at six grain stores, with our suggested price next to each.", "c", hard="interviewer_action")
n.s("I asked them to tell me whether our suggestions had helped.", "c", hard="question")
n.nl()
n.s("Kai worked out the average gap between our price and the price paid in about five minutes and said we were within four percent.", "e+", "data_intuition", hard="plain_evidence")
n.s("They did not look at the two stores where the gap was over twenty percent, which were the two furthest from town.", "e-", "data_intuition", hard="negated")
n.s("When I pointed at those two stores, Kai said they were 'small, so they don't move the number'.", "e-", "user_impact", hard="plain_evidence")
n.s("I told them those two stores serve the poorest farmers in the district.", "c", hard="interviewer_action")
n.s("They said it would be worth a footnote, and moved on.", "e-", "user_impact", hard="plain_evidence")
n.nl()
n.s("Kai was quick with the spreadsheet and wrote every formula without looking anything up.", "e+", "coding", hard="plain_evidence")
n.s("They asked how the stores record the weight of the grain and whether wet grain is weighed the same.", "e+", "data_intuition", hard="question")
n.nl()
n.s("I would not be comfortable with Kai deciding what farmers are told.", "v-", "user_impact")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n015", candidate_id="w10-c04", interviewer_id="w10-i03", req_id="w10-r2",
         round="coding", submitted_at="2025-06-11", recommendation="hire", specificity=2,
         style=["prose", "american"], topic="weather interpolation")
n.h("Coding round!")
n.s("Kai was SO quick!", "v+", "coding")
n.s("They wrote the weather interpolation function and it ran on the first try!", "e+", "coding")
n.s("Great energy, really fun to pair with!", "v+", hard="biased")
n.s("Maybe didn't test much but honestly the code looked great!", "e0", "coding", hard="mixed")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n016", candidate_id="w10-c04", interviewer_id="w10-i04", req_id="w10-r2",
         round="behavioural", submitted_at="2025-06-12", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person"], topic="conflict")
n.s("Behavioural interview; conflict, mentoring and on-call were covered.", "c")
n.s("A disagreement with a product manager over the launch date of a pricing feature was described.", "e0", "communication")
n.s("It was stated by the candidate that the launch went ahead as the PM wished and that 'the complaints were the PM's to handle'.", "e-", "ownership")
n.s("When asked what had been learned, it was replied that objections would now be 'put in writing'.", "e0", "learning")
n.s("A mentoring example was given in which a graduate was taught to write data validation checks; those checks were said to have caught a unit error the following month.", "e+", "ownership")
n.s("The answers were found to be well structured.", "v+", "communication")
n.s("Ownership of downstream consequences is considered weak.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---- candidate c05 Mateus Oliveira (he), r1 -- no rollback (i04 only)
n = Note(note_id="w10-n017", candidate_id="w10-c05", interviewer_id="w10-i04", req_id="w10-r1",
         round="system_design", submitted_at="2024-11-05", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="model retraining",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire"})
n.s("Design exercise: a nightly pipeline to refresh the cloud-masking model as newly labelled scenes arrive.", "c")
n.s("Forty-five minutes were allotted, of which about thirty were spent on the design itself.", "c")
n.nl()
n.s("Retraining on a schedule, with automatic promotion of the new model whenever validation IoU improved, was proposed.", "e0", "system_thinking")
n.s("It was asked by the interviewer what would happen if the new model did worse on a region absent from validation.", "c", hard="question")
n.s("It was answered that this 'should not happen if IoU goes up'.", "e-", "risk_awareness")
n.s("No rollback, canary or per-region check was offered, even when the question was put a second time.", "e-", "risk_awareness", hard="negated")
n.s("The storage layout (scenes partitioned by tile and date) was explained clearly and sized at roughly 40 TB a year.", "e+", "system_thinking")
n.s("It was noted by the candidate, unprompted, that annotators label mostly European scenes.", "e+", "data_intuition")
n.nl()
n.s("Risk awareness is judged insufficient for a role that ships models automatically.", "v-", "risk_awareness")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n018", candidate_id="w10-c05", interviewer_id="w10-i06", req_id="w10-r1",
         round="debugging", submitted_at="2024-11-06", recommendation="hire", specificity=5,
         style=["prose", "first_person"], topic="NaN loss")
n.s("This was the debugging round where the cloud-mask training loss goes to NaN after about 300 steps, and I gave Mateus the repo and the logs and let him drive.", "c")
n.s("He read the logs before touching any code and then noticed the NaN always came on batches from one tile and then asked if he could print that tile's min and max.", "e+", "coding")
n.s("And then he found the tile had a fill value of 65535 in the thermal band that nobody had masked and said it was blowing up the normalisation.", "e+", "data_intuition")
n.s("He patched the loader to mask fill values and then, without me asking, added an assert so it would fail loudly next time, which to me is the sign of someone who has been burned before.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("I asked how he'd stop this reaching production and he said he'd add a check in the ingest job that counts fill pixels per tile and pages someone if the count jumps.", "e+", "risk_awareness")
n.s("Then I gave him the second bug, warm-up being skipped on resume, and he was slower on that one and needed my hint about the scheduler state.", "e0", "coding", hard="mixed")
n.s("Once I'd hinted he got it in two minutes and explained it back to me clearly.", "e+", "learning")
n.s("Really nice session, he's a debugger.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n019", candidate_id="w10-c05", interviewer_id="w10-i01", req_id="w10-r1",
         round="behavioural", submitted_at="2024-11-07", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="on-call")
n.s("I asked Mateus about a time something he looked after broke.", "c", hard="question")
n.s("He told me about a weather feed that stopped sending rain figures for a week in Mozambique.", "e0", "ownership")
n.s("He said he only found out when a field officer phoned to ask why the rain chart had gone flat.", "e-", "risk_awareness", hard="plain_evidence")
n.s("He then wrote a short report for his manager, set up an email that goes out when a day of figures is missing, and rang the field officer back himself.", "e+", "ownership", hard="plain_evidence")
n.s("I asked what he would do differently and he said he should have asked the field staff what they look at each morning.", "e+", "learning", hard="plain_evidence")
n.s("He spoke plainly and did not try to dress it up.", "v+", "communication")
n.s("I think he would get on well with our field people.", "v+", "communication", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n020", candidate_id="w10-c05", interviewer_id="w10-i07", req_id="w10-r1",
         round="coding", submitted_at="2024-11-07", recommendation="lean_hire", specificity=4,
         style=["fragments", "first_person", "quotes"], topic="rainfall windows")
n.s("Coding, 45 min, shared editor.", "c")
n.nl()
n.s("Task: from daily rainfall per station, compute rolling 7-day totals and flag stations with more than two missing days in any window.", "c")
n.nl()
n.s("Observed: wrote a deque-based window in about 15 minutes.", "e+", "coding")
n.s("Impact: correct on all four of my examples.", "e+", "coding")
n.nl()
n.s("Observed: treated missing days as zero rain until I asked whether that was fair.", "e-", "data_intuition")
n.s("He then switched to carrying a missing-day count and dropped windows over the threshold.", "e+", "learning")
n.nl()
n.s("Observed: no tests; said he'd 'add them later'.", "e-", "coding", hard="negated")
n.s("Observed: variable names like x1 and tmp2 throughout.", "e-", "coding")
n.s("Impact: I'd need to read it twice in review.", "v-", "coding")
n.nl()
n.s("Lean hire: solid logic, sloppy habits.", "v0", "coding", hard="mixed")
notes.append(n)

# ---- candidate c06 Fatima Zahra Benali (she), r2 -- ownership contradiction (i06 vs i01)
n = Note(note_id="w10-n021", candidate_id="w10-c06", interviewer_id="w10-i06", req_id="w10-r2",
         round="behavioural", submitted_at="2026-01-14", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="ownership")
n.s("Behavioural, 40 min, ran a few minutes over.", "c")
n.s("I asked Fatima for a time she owned something end to end and she talked about a pricing dashboard for a cocoa buyer and then mostly talked about what her lead decided and what the data team delivered.", "e-", "ownership")
n.s("When I asked what she personally did she said she 'supported the analysis' and then listed the names of the charts.", "e-", "ownership")
n.s("And then on the conflict question she said she doesn't really have conflicts because she goes along with the team, which I found a bit odd.", "e-", "communication")
n.s("She's obviously very smart and very polished.", "v+", hard="biased")
n.s("I just didn't hear her drive anything.", "v-", "ownership")
n.s("Lean no hire for now, could be a level thing.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n022", candidate_id="w10-c06", interviewer_id="w10-i01", req_id="w10-r2",
         round="data", submitted_at="2026-01-15", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british"], topic="weather station data",
         ratings={"data_intuition": "strong_hire", "ownership": "hire"})
n.s("I gave Fatima three years of rainfall records from our own weather stations in Ghana and asked whether they could be trusted for the yield forecast.", "c", hard="interviewer_action")
n.s("She plotted each station against its nearest neighbour and found one that read almost exactly double its neighbours from March 2023.", "e+", "data_intuition", hard="plain_evidence")
n.s("She said it looked as if someone had swapped the rain gauge for a different size, and asked who keeps the maintenance records.", "e+", "data_intuition", hard="question")
n.s("I asked whether she would drop that station.", "c", hard="question")
n.s("She said she would rather halve the readings after March 2023 and mark them as corrected, but only after ringing the field team to confirm the gauge change.", "e+", "judgment", hard="plain_evidence")
n.s("She told me that in her last job she took over a broken farm survey process nobody wanted, rebuilt it over two months, and still gets messages from the team using it.", "e+", "ownership")
n.s("She did not say how she would stop this kind of fault being missed next time.", "e-", "risk_awareness", hard="negated")
n.s("She explained everything slowly and checked I had understood each chart.", "e+", "communication", hard="plain_evidence")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n023", candidate_id="w10-c06", interviewer_id="w10-i05", req_id="w10-r2",
         round="system_design", submitted_at="2026-01-15", recommendation="hire", specificity=4,
         style=["prose", "third_person"], topic="cocoa pricing")
n.s("Interview of 50 minutes by video, the connection fell one time.", "c")
n.s("Design question: a system to suggest the price for cooperatives to sell cocoa each week.", "c")
n.s("She began asking who will read the suggestion, the co-op manager or the farmer directly, because this changes the level of explanation.", "e+", "user_impact", hard="question")
n.s("She put a limit that the suggestion never can move more than 10% from one week to the next, to not confuse the farmers.", "e+", "user_impact", "judgment")
n.s("She explained that the model retrains each month and the new version goes first to only two co-ops, with comparison against the old version.", "e+", "risk_awareness")
n.s("For the features she forgot the exchange rate, which for cocoa is very important, and only put it after I reminded her.", "e0", "data_intuition", hard="mixed")
n.s("She spoke very clear and organised.", "v+", "communication")
n.s("I think she is ready for the position.", "v+", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n024", candidate_id="w10-c06", interviewer_id="w10-i02", req_id="w10-r2",
         round="coding", submitted_at="2026-01-16", recommendation="lean_hire", specificity=4,
         style=["terse", "fragments", "abbreviations"], topic="quantile loss")
n.b("Round: coding, 45m", "c", marker="")
n.b("Task: implement a quantile loss + fit a tiny linear model w/ numpy", "c", marker="")
n.b("Loss: correct pinball loss first try, explained the asymmetry with a price example", "e+", "ml_fundamentals", marker="")
n.b("Grad: sign error on the gradient for the lower quantile", "e-", "coding", marker="")
n.b("Debug: found it by checking a single point by hand, ~8 min", "e+", "coding", marker="")
n.b("Tests: none", "e-", "coding", hard="negated", marker="")
n.b("Style: vectorised, tidy", "v+", "coding", hard="tech_vague", marker="")
n.b("Questions to me: how often the model is refit, who gets paged if it fails", "e+", "risk_awareness", hard="question", marker="")
n.b("Overall: LH", "v+", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w10_notes_part2.jsonl", notes)
print(len(notes), "notes")
