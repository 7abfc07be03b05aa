import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c10 Arjun Mehta (he), r2 -- metrics contradiction (i04 weak vs i01 strong)
n = Note(note_id="w10-n037", candidate_id="w10-c10", interviewer_id="w10-i04", req_id="w10-r2",
         round="fundamentals", submitted_at="2026-02-17", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "third_person", "british"], topic="forecast metrics",
         ratings={"metrics": "no_hire", "ml_fundamentals": "lean_hire"})
n.s("Fundamentals round, 45 minutes, conducted by video.", "c")
n.s("Three areas were covered: forecast error metrics, uncertainty, and evaluation of a pricing model.", "c")
n.blank()
n.h("Metrics")
n.s("When asked which error metric would suit county yield forecasts, MAPE was chosen.", "e0", "metrics")
n.s("It was not recognised that MAPE explodes for counties with near-zero yield in a drought year, even after 2012 was mentioned.", "e-", "metrics", hard="negated")
n.s("A fall in backtest RMSE from 0.62 to 0.55 t/ha was described as sufficient grounds to replace the production forecast.", "e-", "metrics")
n.s("Whether the improvement held in dry years specifically was not examined.", "e-", "metrics", hard="negated")
n.blank()
n.h("Uncertainty")
n.s("Prediction intervals via quantile regression were explained correctly, including why a 90% interval should contain about nine outcomes in ten.", "e+", "ml_fundamentals")
n.s("Checking coverage on a held-out season was proposed unprompted.", "e+", "ml_fundamentals")
n.blank()
n.h("Assessment")
n.s("Theoretical knowledge is considered adequate.", "v0", "ml_fundamentals")
n.s("Judgement about metrics is considered below the bar.", "v-", "metrics")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n038", candidate_id="w10-c10", interviewer_id="w10-i01", req_id="w10-r2",
         round="data", submitted_at="2026-02-18", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british"], topic="price advice review",
         ratings={"metrics": "strong_hire", "user_impact": "hire"})
n.s("I gave Arjun our price advice from last season for 300 farms and what each farm actually got when it sold.", "c", hard="interviewer_action")
n.s("I asked him how we should judge whether the advice was any good.", "c", hard="question")
n.s("He said the first thing he would check is not the average but how many farms got a worse price than if they had sold at harvest.", "e+", "metrics", hard="plain_evidence")
n.s("He counted them: 41 farms out of 300 did worse by following us.", "e+", "metrics", hard="plain_evidence")
n.s("He then split those 41 by farm size and found most were small farms that had to sell early to pay school fees.", "e+", "user_impact", "data_intuition", hard="plain_evidence")
n.s("He said the advice should carry a warning for anyone who cannot wait more than two weeks to sell.", "e+", "user_impact", hard="plain_evidence")
n.s("I asked whether he would still call the advice a success.", "c", hard="question")
n.s("He said yes on average, no for the farms that can least afford a loss, and that he would report both numbers side by side.", "e+", "metrics", "judgment", hard="plain_evidence")
n.s("He took longer than I expected to open the file and asked me twice what the columns were called.", "e-", "coding", hard="plain_evidence")
n.s("I would trust him with farmers' money.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n039", candidate_id="w10-c10", interviewer_id="w10-i03", req_id="w10-r2",
         round="coding", submitted_at="2026-02-18", recommendation="hire", specificity=2,
         style=["prose", "american"], topic="forecast join")
n.s("Coding round today!", "c")
n.s("Arjun is such a strong coder, really knows his pandas!", "v+", "coding", hard="tech_vague")
n.s("He finished the forecast-join problem with time to spare!", "e+", "coding")
n.s("Really clean thinker!", "v+")
n.s("A bit quiet at first but warmed up!", "v0", "communication", hard="mixed")
n.s("Would be great on Ines's team!", "v+")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n040", candidate_id="w10-c10", interviewer_id="w10-i06", req_id="w10-r2",
         round="behavioural", submitted_at="2026-02-19", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="on-call")
n.s("Behavioural round, questions on on-call, conflict and model cards.", "c")
n.s("I asked Arjun about being on call and he said at his last place he was on the rota for the commodity price feed and then told me about the night the feed sent prices in the wrong currency and he caught it because the chart jumped about eighty-fold and then he rolled back to the previous day's file.", "e+", "risk_awareness", "ownership")
n.s("And then I asked what changed afterwards and he said they added a currency check, but he admitted someone else wrote it.", "e0", "ownership")
n.s("On model cards he said he had written one for a yield model and then couldn't really say what was in the limitations section.", "e-", "user_impact")
n.s("He's a nice guy, easy to talk to.", "v+", hard="biased")
n.s("I think he's solid but I didn't see much leadership.", "v0", "ownership", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes
n = Note(note_id="w10-n041", candidate_id="w10-c11", interviewer_id="w10-i01", req_id="w10-r1",
         round="data", submitted_at="2024-06-04", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="label scarcity")
n.s("We spoke for forty-five minutes.", "c")
n.s("I asked Lucía how she would get enough marked-up field pictures to teach the computer where the rice paddies are, when we only have a few hundred.", "c", hard="question")
n.s("She asked whether our field officers already walk the fields with a phone, and said their GPS points could be turned into rough outlines.", "e+", "data_intuition", hard="plain_evidence")
n.s("She warned that the officers only visit fields near roads, so the outlines would miss the hill farms.", "e+", "data_intuition", hard="plain_evidence")
n.s("I asked how she would know the finished maps were right.", "c", hard="question")
n.s("She said she would send someone to fifty fields picked at random, not the ones near the road, and compare.", "e+", "metrics", hard="plain_evidence")
n.s("She did not think about what happens if the map is wrong and a farmer's insurance depends on it.", "e-", "user_impact", hard="negated")
n.s("When I told her insurers use our maps, she went quiet and then said she would want a person to check any field where the map and the claim disagree.", "e+", "learning", "user_impact")
n.s("She spoke quickly and I had to ask her to slow down twice.", "e-", "communication", hard="plain_evidence")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n042", candidate_id="w10-c12", interviewer_id="w10-i02", req_id="w10-r2",
         round="debugging", submitted_at="2024-07-22", recommendation="no_hire", specificity=4,
         style=["terse", "fragments", "arrows", "quotes", "abbreviations"], topic="leakage")
n.b("Round: debugging, 45m", "c", marker="")
n.b("Bug: yield backtest suspiciously good (R² 0.97)", "c", marker="")
n.b("Start: reran the notebook 3 times hoping for a different number", "e-", "coding", marker="")
n.b("Hint 1: I said look at the feature list -> scrolled straight past 'harvested_area_final'", "e-", "data_intuition", marker="")
n.b("Hint 2: asked when harvested area is known -> guessed at planting, then wasn't sure", "e-", "data_intuition", hard="hedged", marker="")
n.b("Found: only after I pointed at the column directly", "e-", "learning", marker="")
n.b("Fix: dropped it, R² fell to 0.61, he said 'so the model is worse now'", "e-", "metrics", marker="")
n.b("Missed: never said the lower number is the honest one", "e-", "metrics", hard="negated", marker="")
n.b("Comms: polite, listened", "v+", "communication", marker="")
n.b("Overall: not ready for this req", "v-", marker="")
n.b("Rec: NH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w10-n043", candidate_id="w10-c13", interviewer_id="w10-i03", req_id="w10-r1",
         round="system_design", submitted_at="2024-09-10", recommendation="hire", specificity=1,
         style=["prose", "american"], topic="MLOps")
n.s("System design round!", "c")
n.s("Hannah was fantastic!", "v+")
n.s("She really gets MLOps and cloud infra at scale!", "v+", "system_thinking", hard="tech_vague")
n.s("Knows so many tools!", "v+", hard="vague_quantity")
n.s("Great culture add for the team!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n044", candidate_id="w10-c14", interviewer_id="w10-i04", req_id="w10-r2",
         round="system_design", submitted_at="2024-10-01", recommendation="no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="fertiliser recommendations",
         ratings={"user_impact": "no_hire", "system_thinking": "lean_hire"})
n.s("A system recommending fertiliser quantities to smallholders, sold through partner agro-dealers, was to be designed.", "c")
n.s("Fifty minutes; whiteboard.", "c")
n.nl()
n.s("Dealer revenue was proposed as the objective, with farmer yield treated as a constraint 'if data exists'.", "e-", "user_impact")
n.s("When asked who bears the loss if the recommendation is too high, it was answered that farmers 'can always buy less'.", "e-", "user_impact")
n.s("The flow from dealer point-of-sale systems to the feature store was laid out competently, with daily batch loads and a deduplication step.", "e+", "system_thinking")
n.s("Volume and latency were not estimated.", "e-", "system_thinking", hard="negated")
n.s("Monitoring was limited to model accuracy; no check on recommendation size by region was proposed.", "e-", "risk_awareness")
n.s("An A/B test across dealers was proposed, with dealer revenue as the success metric.", "e-", "metrics")
n.s("It was not considered that dealer revenue rises whenever farmers are told to buy more.", "e-", "metrics", hard="negated")
n.nl()
n.s("The candidate is considered to lack the user focus this role requires.", "v-", "user_impact")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n045", candidate_id="w10-c15", interviewer_id="w10-i05", req_id="w10-r1",
         round="coding", submitted_at="2024-12-03", recommendation="hire", specificity=4,
         style=["prose", "third_person"], topic="IoU")
n.s("Coding exercise of 45 minutes: implement the intersection over union for two masks and after for many classes.", "c")
n.s("She asked before to start if the masks can be empty, because then the union is zero.", "e+", "coding", hard="question")
n.s("She wrote the function with numpy in few minutes and tested with two equal masks and two masks without overlap.", "e+", "coding")
n.s("For many classes she did a loop on each class and explained that it is simple but slow for 50 classes.", "e0", "coding")
n.s("When I asked how to make it faster she used bincount with a trick of combined index, very elegant.", "e+", "coding", hard="verdict_plus_evidence")
n.s("She explained that the mean IoU hides the small classes and proposed to report also per class.", "e+", "metrics")
n.s("I think she has a good base of fundamentals.", "v+", "ml_fundamentals", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n046", candidate_id="w10-c16", interviewer_id="w10-i06", req_id="w10-r2",
         round="data", submitted_at="2025-01-21", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="market prices")
n.s("Ran to 50 min because of a late start.", "c")
n.s("Data round with Sam on crop price history from twelve markets and I asked them to find anything odd before we built a forecast.", "c")
n.s("They found one market where prices were flat for exactly six weeks and then said it probably meant the collector stopped visiting and the system carried the last value forward.", "e+", "data_intuition", hard="hedged")
n.s("And then they plotted the others and noticed every market dipped in the same week, which they said looked more like a currency change than a real price drop, and they were right.", "e+", "data_intuition")
n.s("I pushed on what they'd do with the flat stretch and they went back and forth for a while, drop it, then keep it, then drop it again.", "e-", "judgment")
n.s("Their SQL was pretty rusty, they had to look up window functions.", "e-", "coding")
n.s("They're very likeable and I think they'd get on with everyone.", "v+", hard="biased")
n.s("Lean hire I think, good eye for data, less sure about decisions.", "v0", "data_intuition", "judgment", hard="mixed")
notes.append(n)

n = Note(note_id="w10-n047", candidate_id="w10-c17", interviewer_id="w10-i07", req_id="w10-r1",
         round="system_design", submitted_at="2025-04-15", recommendation="strong_hire", specificity=5,
         style=["fragments", "first_person", "quotes"], topic="flood mapping",
         ratings={"system_thinking": "strong_hire", "user_impact": "strong_hire", "risk_awareness": "strong_hire"})
n.s("System design, 60 min, whiteboard tool.", "c")
n.nl()
n.s("Prompt: near-real-time flood extent maps from radar for an insurance partner.", "c")
n.nl()
n.s("Observed: Mei-Ling first asked what decision the partner makes with the map and how late is too late.", "e+", "user_impact", hard="question")
n.s("Impact: she anchored on 'within 12 hours of the overpass', which shaped everything after.", "e+", "system_thinking")
n.nl()
n.s("Observed: split it into acquisition trigger, preprocessing with terrain correction, water segmentation, change against a baseline, delivery.", "e+", "system_thinking")
n.s("Observed: sized it at ~40 scenes per event and ~4 GPU-minutes each, so one node clears an event in under 3 hours.", "e+", "system_thinking")
n.nl()
n.s("Observed: pointed out that a dry-season baseline is wrong for rice paddies flooded on purpose.", "e+", "data_intuition")
n.s("Impact: proposed a crop-calendar mask so irrigated paddies aren't reported as flood.", "e+", "data_intuition")
n.nl()
n.s("Observed: asked what happens to a policyholder if we miss their flooded field, then proposed a manual appeal route.", "e+", "user_impact")
n.s("Observed: one season in shadow mode, comparing our maps with the partner's field assessments before any payout depends on them.", "e+", "risk_awareness")
n.s("Observed: rollback was 'keep the old model pinned and flip the version tag', with the tag written to delivery logs.", "e+", "risk_awareness")
n.nl()
n.s("I challenged her on recall vs. precision for payouts.", "c", hard="interviewer_action")
n.s("Observed: she said missed floods cost farmers and false floods cost the partner, and asked which error the partner had agreed to tolerate.", "e+", "metrics", "user_impact")
n.nl()
n.s("We ran out of time before model cards.", "c")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n048", candidate_id="w10-c18", interviewer_id="w10-i02", req_id="w10-r2",
         round="behavioural", submitted_at="2025-05-06", recommendation="lean_hire", specificity=3,
         style=["terse", "fragments", "quotes", "abbreviations"], topic="conflict")
n.b("Round: behavioural, 40m", "c", marker="")
n.b("Mentoring: 'mentored a few juniors', no specifics when asked", "e-", "communication", marker="")
n.b("Conflict: disagreed w/ a PM over shipping a price model before harvest; wanted 2 more weeks of backtesting", "e0", "judgment", marker="")
n.b("Outcome: shipped on the PM's date w/ a fallback to last year's prices if errors spiked, his idea", "e+", "risk_awareness", "judgment", marker="")
n.b("On-call: never done it, said he's open to it", "e0", "ownership", marker="")
n.b("Model cards: didnt know what one was", "e-", "user_impact", hard="negated", marker="")
n.b("Energy: low-key, a bit flat", "v-", hard="biased", marker="")
n.b("Overall: fine, nothing special", "v0", marker="")
n.b("Rec: LH", "v+", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w10_notes_part4.jsonl", notes)
print(len(notes), "notes")
