import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c01 Ifeoma Okafor (she), r1 forecasting, strong candidate ----------------
n = Note(note_id="w30-n001", candidate_id="w30-c01", interviewer_id="w30-i03", req_id="w30-r1",
         round="fundamentals", submitted_at="2025-09-15", recommendation="strong_hire",
         specificity=1, style=["prose", "third_person", "british"], topic="peak volume forecasting")
n.s("Fundamentals round with Ifeoma.", "c")
n.s("Really impressive all round.", "v+")
n.s("Very solid grasp of time series, seasonality and hierarchical reconciliation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Communicates well and clearly knows her stuff.", "v+", "communication")
n.s("Would be a great addition to the forecasting team.", "v+")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n002", candidate_id="w30-c01", interviewer_id="w30-i02", req_id="w30-r1",
         round="coding", submitted_at="2025-09-16", recommendation="hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="peak volume forecasting",
         ratings={"coding": "hire", "data_intuition": "strong_hire"})
n.h("Coding round, 60 min")
n.s("Exercise: given daily parcel counts per depot, write a function returning a rolling 7-day forecast with a weekday adjustment.", "c", hard="interviewer_action")
n.nl()
n.h("Findings")
n.b("Before writing anything she asked whether missing days meant zero parcels or a scanner outage.", "e+", "data_intuition", marker="1. ")
n.b("Wrote the rolling mean with a deque and kept a running sum instead of re-summing the window each day.", "e+", "coding", marker="2. ")
n.b("Added tests for a depot with fewer than seven days of history and for a bank holiday with no scans, without being prompted.", "e+", "coding", marker="3. ")
n.b("Her first weekday factor divided by the overall mean, which leaked the forecast week into the factor; she caught it herself when the test on the last week came out too good.", "e0", "data_intuition", hard="mixed", marker="4. ")
n.b("Did not handle a depot that closes mid-series, and when I raised it she said she would drop it, without asking what the business wanted.", "e-", "judgment", marker="5. ")
n.b("Explained the complexity as O(n) time and O(7) memory per depot and was correct.", "e+", "coding", marker="6. ")
n.nl()
n.h("Verdict")
n.s("Hire: the code was correct and tested, and the leakage catch in finding 4 is the kind of thing I want on the team.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.nl()
n.s("Did not get to the extension on prediction intervals.", "c")
notes.append(n)

n = Note(note_id="w30-n003", candidate_id="w30-c01", interviewer_id="w30-i06", req_id="w30-r1",
         round="system_design", submitted_at="2025-09-16", recommendation="hire",
         specificity=4, style=["headings", "prose", "third_person", "british"], topic="peak volume forecasting",
         ratings={"system_thinking": "hire", "risk_awareness": "hire", "metrics": "lean_hire"})
n.h("Set-up")
n.s("I asked Ifeoma to design the forecasting system that tells depots how many temporary staff to book for the November to December peak.", "c", hard="interviewer_action")
n.h("System thinking")
n.s("She split it into a national weekly model and a per-depot daily disaggregation, and reconciled the two so the depot numbers summed to the national one.", "e+", "system_thinking")
n.s("She placed the retraining job weekly and the staffing export on Thursday, because agencies need four days' notice.", "e+", "system_thinking", "user_impact")
n.h("Metrics")
n.s("She chose weighted MAPE by depot volume, but did not say what a 5% error means in shifts booked.", "e0", "metrics", hard="mixed")
n.s("When I asked which direction of error hurts more, she said under-forecasting, since it leaves parcels on the floor and drivers on overtime.", "e+", "metrics", "user_impact")
n.h("Risk")
n.s("Proposed keeping last year's manual plan as a fallback and comparing the two every week in October before trusting the model for peak.", "e+", "risk_awareness")
n.s("Had nothing to say about what to do if a large retailer launches a sale we hear about late.", "e-", "risk_awareness", hard="negated")
n.h("Communication")
n.s("Clear throughout.", "v+", "communication")
n.h("Overall")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n004", candidate_id="w30-c01", interviewer_id="w30-i04", req_id="w30-r1",
         round="behavioural", submitted_at="2025-09-17", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="depot overrides")
n.s("Behavioural round, 45 minutes.", "c")
n.s("I ran depots for nine years so I asked her mostly about working with people on the floor.", "c")
n.s("She told me about her last job where shift managers kept changing her forecast by hand.", "e0", hard="plain_evidence")
n.s("Instead of locking them out she went to two of the sites, sat with the managers during the morning planning, and wrote down every reason they gave for changing a number.", "e+", "ownership", "user_impact", hard="plain_evidence")
n.s("She said half the changes were about a local event the model could not know about, so she added a box in the tool where the manager types the reason.", "e+", "judgment")
n.s("Then she checked each month whether the changed numbers or the model's numbers were closer, and showed the managers the results.", "e+", "metrics", "communication")
n.s("I asked what she'd do if a manager was always wrong but would not stop.", "c", hard="question")
n.s("She said she would talk to that manager's boss with the numbers, not go around them in the system.", "e+", "judgment")
n.s("Honestly she talks like someone who has been on a loading dock.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c02 Tomás Herrera (he), r2 ETA, offline metric as truth, defends ----------------
n = Note(note_id="w30-n005", candidate_id="w30-c02", interviewer_id="w30-i01", req_id="w30-r2",
         round="system_design", submitted_at="2025-10-06", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "fragments", "british"], topic="delivery ETA")
n.s("Task: design ETA shown to customer in app on delivery day.", "c")
n.s("Candidate proposed gradient boosting model on stop features, then asked about data.", "e0", "system_thinking")
n.s("Asked how often GPS pings come from driver handset, good question.", "e+", "data_intuition")
n.s("Designed batch scoring every 30 min, did not consider that customer sees stale ETA after driver is delayed.", "e-", "system_thinking", "user_impact")
n.s("Said MAE of 6 minutes offline means model is ready for launch.", "e-", "metrics")
n.s("I asked what happens to customers whose ETA is wrong by one hour.", "c", hard="question")
n.s("Answered that average is what matters and tail is small.", "e-", "user_impact", "metrics")
n.s("No plan for rollback or for showing time window instead of exact time when model unsure.", "e-", "risk_awareness", hard="negated")
n.s("Diagram was clean and easy to follow.", "v+", "communication")
n.s("Lean no hire, metric thinking too shallow for ETA team.", "v-", "metrics", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n006", candidate_id="w30-c02", interviewer_id="w30-i06", req_id="w30-r2",
         round="data", submitted_at="2025-10-07", recommendation="lean_no_hire",
         specificity=4, style=["headings", "prose", "third_person", "british"], topic="delivery ETA",
         ratings={"data_intuition": "lean_hire", "metrics": "no_hire", "learning": "no_hire"})
n.h("Exercise")
n.s("Tomás was given a sample of delivery scans with promised and actual times and asked to evaluate last quarter's ETA model.", "c")
n.h("Data intuition")
n.s("He noticed that about 3% of deliveries were scanned before the van left the depot and filtered them out as scanner errors.", "e+", "data_intuition")
n.s("He did not ask whether failed first attempts were in the data at all.", "e-", "data_intuition", hard="negated")
n.h("Metrics")
n.s("He reported an offline MAE improvement from 14 to 9 minutes and said the new model would cut complaints by a third.", "e-", "metrics")
n.s("I pointed out complaints come mostly from deliveries more than an hour late.", "c", hard="interviewer_action")
n.h("Learning")
n.s("When I pushed back, he said \"MAE is the standard metric, the business agreed to it\" and moved on.", "e-", "learning", "metrics")
n.s("Even after a second prompt he did not look at the late tail.", "e-", "learning")
n.h("Communication")
n.s("Explained his filtering steps in order and checked I was following.", "e+", "communication")
n.h("Overall")
n.s("Lean no hire; good with the raw data, but he treats the offline number as the answer, which is the same concern the system design round raised.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w30-n007", candidate_id="w30-c02", interviewer_id="w30-i05", req_id="w30-r2",
         round="coding", submitted_at="2025-10-07", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="delivery ETA")
n.s("Lovely session with Tomás, really enjoyed it!", "v+")
n.s("I gave him the haversine-based stop sequencing exercise.", "c")
n.s("He got a working nearest-neighbour route in about fifteen minutes, which is quick.", "e+", "coding")
n.s("He named his functions well and talked through each step.", "e+", "communication")
n.s("He told me his previous ETA model gave a 12% offline improvement that he was sure would carry to production, which was great to hear.", "e-", "metrics")
n.s("Forgot about the case where two stops share a postcode, but fixed it straight away when I mentioned it.", "e0", "coding", "learning", hard="mixed")
n.s("Strong coder, very confident.", "v+", "coding")
n.s("Great energy too.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n008", candidate_id="w30-c02", interviewer_id="w30-i07", req_id="w30-r2",
         round="debugging", submitted_at="2025-10-08", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "lowercase", "terse", "abbreviations", "fragments"], topic="delivery ETA")
n.b("debugging, eta pipeline w/ planted bug", "c")
n.b("bug = timezone shift on scans from the NL depots", "c")
n.b("found it in ~20 min by printing per-depot residuals", "e+", "coding", "data_intuition")
n.b("said fix was to drop NL depots from training", "e-", "judgment")
n.b("i asked if that's ok for NL customers -> \"they're a small share\"", "e-", "user_impact")
n.b("didnt write a test for the fix", "e-", "coding", hard="negated")
n.b("decent debugger tbh", "v+", "coding")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- c03 Sam Lindqvist (they), r1, adapts after hints ----------------
n = Note(note_id="w30-n009", candidate_id="w30-c03", interviewer_id="w30-i07", req_id="w30-r1",
         round="coding", submitted_at="2026-01-12", recommendation="lean_hire",
         specificity=3, style=["bullets", "lowercase", "terse", "abbreviations"], topic="warehouse slotting")
n.b("coding - slotting: assign skus to bins by pick freq", "c")
n.b("started w/ a full sort every time an order came in", "e-", "coding")
n.b("i hinted at a heap", "c", hard="interviewer_action")
n.b("switched to heapq in like 3 min and explained why the sort was n log n per order", "e+", "learning", "coding")
n.b("tests were thin", "v-", "coding")
n.b("asked if pickers can reach the top shelf w/o a ladder before choosing bin priority", "e+", "user_impact", hard="plain_evidence")
n.b("ok overall", "v0")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n010", candidate_id="w30-c03", interviewer_id="w30-i02", req_id="w30-r1",
         round="debugging", submitted_at="2026-01-13", recommendation="hire",
         specificity=5, style=["bullets", "third_person", "british"], topic="scanner label noise",
         ratings={"coding": "hire", "learning": "strong_hire", "data_intuition": "hire"})
n.s("Debugging round, 50 min.", "c")
n.s("The candidate received a training script for a parcel volume model whose validation error had jumped after a data refresh.", "c")
n.nl()
n.b("Read the data loading code first and printed row counts per week; noticed week 14 had twice the usual rows.", "e+", "data_intuition", "coding", marker="1. ")
n.b("Guessed the cause was a duplicate join; this was wrong, the real cause was a scanner firmware update that logged each parcel twice.", "e0", "data_intuition", marker="2. ")
n.b("After I said the duplicates shared a scan id but had different timestamps, Sam dropped the join theory within a minute and deduplicated on scan id plus depot.", "e+", "learning")
n.b("Re-ran validation and showed the error back at its old level before calling it fixed.", "e+", "coding")
n.b("Asked whether other depots had the same firmware and whether the live pipeline needed a check, not just this script.", "e+", "risk_awareness")
n.b("Did not add an assertion or test to catch duplicate scan ids in future.", "e-", "coding", hard="negated")
n.b("Explained the whole chain to me in four sentences at the end.", "e+", "communication")
n.nl()
n.s("Hire: they changed course quickly on new information (finding 3) and verified the fix (finding 4).", "e+", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w30-n011", candidate_id="w30-c03", interviewer_id="w30-i03", req_id="w30-r1",
         round="behavioural", submitted_at="2026-01-13", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="ownership")
n.s("Behavioural chat with Sam.", "c")
n.s("Good conversation overall.", "v+")
n.s("Seems to take ownership of their work.", "v+", "ownership", hard="hedged")
n.s("They talked about a forecasting project and how it went.", "v0")
n.s("Mentioned they once had to push back on a deadline, handled fine I think.", "v+", "judgment", hard="hedged")
n.s("Team player.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w30-n012", candidate_id="w30-c03", interviewer_id="w30-i05", req_id="w30-r1",
         round="fundamentals", submitted_at="2026-01-14", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="peak volume forecasting")
n.s("What a fun hour with Sam!", "v+")
n.s("I started with the basics of forecasting loss functions and then moved to peak season.", "c")
n.s("They explained that with pinball loss at the 90th percentile the model deliberately over-forecasts, and tied that to booking a few extra agency staff.", "e+", "ml_fundamentals", "judgment")
n.s("When I asked why not just add 10% to a median forecast, they said the uplift should vary by depot because small depots are noisier, and sketched it.", "e+", "ml_fundamentals")
n.s("They first claimed that a log transform removes seasonality, which isn't right.", "e-", "ml_fundamentals")
n.s("When I questioned it, they thought for a moment and corrected themselves: it stabilises the variance, the weekly pattern is still there.", "e+", "learning")
n.s("They asked how we measure forecast accuracy today and whether depots see the error.", "e+", "metrics", "user_impact")
n.s("Lots of knowledge about hierarchical models as well.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Strong hire, I'd love to work with them.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w30_notes_part1.jsonl", notes)
print(len(notes), "notes")
