import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- history notes, part 5 ----
n = Note(note_id="w41-n049", candidate_id="w41-c25", interviewer_id="w41-i04", req_id="w41-r2",
         round="behavioural", submitted_at="2026-04-06", recommendation="hire", specificity=5,
         style=["headings", "bullets", "first_person", "quotes"], topic="food-safety recall",
         ratings={"ownership": "strong_hire", "risk_awareness": "hire", "communication": "lean_hire"})
n.s("Behavioral.", "c")
n.s("45 minutes.", "c")
n.s("Focus: ownership and handling failure.", "c")
n.s("I asked the standard follow-ups on each story.", "c")
n.h("Findings")
n.b("Asked for a time her model caused harm, she described a seal-inspection model at a dairy that passed a batch with bad seals after the film supplier changed; 2,000 tubs shipped.", "e0", marker="1. ")
n.b("She said she was the one who noticed, from a spike in customer complaints, and called the quality lead that evening rather than waiting for Monday.", "e+", "ownership", marker="2. ")
n.b("Said she wrote the incident review herself, named her own missing check (no test on new film types) as the root cause, and presented it to the plant manager.", "e+", "ownership", marker="3. ")
n.b("Described the fix: a weekly sample of passed packs checked by hand against the model, with an alert if they disagree on more than 1 in 500.", "e+", "risk_awareness", marker="4. ")
n.b("When I asked about the customers who complained, she said she pushed for the refund letter to explain the seal problem plainly and drafted the first version herself.", "e+", "user_impact", marker="5. ")
n.b("Her first answer to what she'd do differently was \"test more\"; when I pushed, she named a supplier-change checklist that forces the model to be re-validated.", "e0", "learning", hard="mixed", marker="6. ")
n.b("Did not say how the problem could have been found before the complaints did.", "e-", "risk_awareness", hard="negated", marker="7. ")
n.b("Told a second story, about a teammate's model she inherited, where she rewrote the retraining job after finding it had silently not run for six weeks.", "e+", "ownership", marker="8. ")
n.b("Asked me how our plants handle supplier changes today, which no other candidate has asked.", "e+", "risk_awareness", marker="9. ")
n.b("Answers ran long; twice I had to cut in to move us on.", "e-", "communication", marker="10. ")
n.s("Recommendation: hire.", "v+", hard="bare_verdict", sep="\n")
n.s("Findings 2, 3 and 8 are as clear on ownership as anything I've heard this year.", "v+", "ownership")
notes.append(n)

n = Note(note_id="w41-n050", candidate_id="w41-c26", interviewer_id="w41-i02", req_id="w41-r1",
         round="behavioural", submitted_at="2026-04-13", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person"], topic="new product launch")
n.s("Customer and retailer round with Rohan.", "c")
n.s("I asked about a launch he supported where the numbers were way off.", "c", hard="question")
n.s("He told me about a protein bar launch where the forecast was half of what sold, and stores were empty for three weeks.", "e0")
n.s("He said the forecast was built by another analyst, but he took over the weekly updates and moved them to twice a week until supply caught up.", "e+", "ownership")
n.s("He also said he called two of the biggest store buyers to ask which stores ran out first, and used that to decide where the next trucks went.", "e+", "user_impact", hard="plain_evidence")
n.s("When I asked what he learned, he said a launch forecast should come with a plan for being wrong in either direction, not just one number.", "e+", "judgment")
n.s("I asked how he'd deal with a sales rep who sandbags the forecast to beat their target.", "c", hard="question")
n.s("He said he'd compare the rep's forecasts to actuals over a year and share it with the sales director, which I think could go down badly with the reps.", "e0", "user_impact", hard="mixed")
n.s("He didn't ask how our sales team is paid, which is really the root of it.", "e-", "judgment", hard="negated")
n.s("I took notes on two stories; the second was about a price change and didn't add much.", "c")
n.s("Came across a bit cold with me.", "v-", hard="biased")
n.s("Good head for the business.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n051", candidate_id="w41-c27", interviewer_id="w41-i06", req_id="w41-r1",
         round="system_design", submitted_at="2026-04-20", recommendation="hire", specificity=4,
         style=["bullets", "lowercase", "terse", "arrows", "abbreviations"], topic="late POS data")
n.b("sys design, 60m", "c")
n.b("q: ingest pos from 14 retailers, diff formats, diff delays (1 day to 3 wks), feed the weekly forecast", "c", hard="question")
n.b("ximena asked for the delay per retailer up front + which ones restate old weeks", "e+", "data_intuition")
n.b("design: landing zone per retailer -> validate -> one clean table keyed on (store, sku, week, received_at)", "e+", "system_thinking")
n.b("kept received_at so any week can be rebuilt 'as known on date x' -> nice, no leakage in backtests", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("checks: row counts vs last 4 wks, alert if a retailer is >2 days later than usual", "e+", "risk_awareness")
n.b("bad file -> forecast uses last good data + flag to planners, no silent zeroes", "e+", "risk_awareness")
n.b("sized it: ~40m rows/yr, said postgres is fine, no need for spark", "e+", "system_thinking", "judgment")
n.b("didn't cover who fixes a bad file at 6am -> when asked, 'data eng on-call' and moved on", "e-", "ownership")
n.b("ran short on time for the backfill part", "c")
n.b("strong on design", "v+", "system_thinking")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n052", candidate_id="w41-c28", interviewer_id="w41-i05", req_id="w41-r2",
         round="coding", submitted_at="2026-05-04", recommendation="strong_hire", specificity=2,
         style=["prose", "third_person"], topic="image preprocessing")
n.s("Dmitri completed the coding exercise on cropping and resizing label images.", "c")
n.s("He is an exceptionally strong programmer.", "v+", "coding")
n.s("He wrote the crop function and tested it on a label with a rotated barcode.", "e+", "coding")
n.s("The candidate's code was a joy to read.", "v+", "coding")
n.s("He brings a wealth of experience from the automotive industry.", "v+", hard="vague_quantity")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n053", candidate_id="w41-c29", interviewer_id="w41-i03", req_id="w41-r1",
         round="data", submitted_at="2026-05-11", recommendation="lean_hire", specificity=2,
         style=["prose", "terse", "abbreviations"], topic="promotion uplift")
n.s("Data w/ Hannah, promo uplift.", "c")
n.s("Ran 10 min over.", "c")
n.s("Decent.", "v0")
n.s("Spotted the stockout weeks, I think on her own.", "e+", "data_intuition", hard="hedged")
n.s("Some confusion on cannibalization.", "v-", "metrics")
n.s("Took hints quickly.", "v+", "learning")
n.s("Ok communicator.", "v0", "communication")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n054", candidate_id="w41-c30", interviewer_id="w41-i01", req_id="w41-r2",
         round="debugging", submitted_at="2026-05-18", recommendation="hire", specificity=5,
         style=["prose", "first_person"], topic="fill-level vision",
         ratings={"learning": "hire", "metrics": "hire", "coding": "lean_hire"})
n.s("Debugging con Kofi, 60 min.", "c")
n.s("The setup: a fill-level model on the soup line, a regression from camera images, started passing under-filled cans after a lens was cleaned.", "c")
n.s("I gave him a week of predictions, the checkweigher readings for the same cans, and the training notebook.", "c", hard="interviewer_action")
n.s("Kofi's first question was whether the checkweigher is trusted more than the camera, and since it is, he used it as the truth.", "e+", "data_intuition")
n.s("He plotted predicted fill against weight and saw the predictions had shifted up about 4 ml across the board after Tuesday.", "e+", "data_intuition")
n.s("He said the mean error over the whole week hid this because the shift only started halfway through, and split the metric by day.", "e+", "metrics")
n.s("He then guessed the model was overfitting, which was wrong; when I reminded him about the lens cleaning he dropped that idea at once and asked for images from before and after.", "e+", "learning")
n.s("Comparing the images, he noticed the clean lens made the soup surface look brighter and said the model had probably learned brightness as a cue for fill.", "e+", "ml_fundamentals")
n.s("For a fix he proposed brightness augmentation and retraining, plus a daily check against the checkweigher with an alarm if the gap passes 2 ml.", "e+", "risk_awareness")
n.s("He also asked how often lenses get cleaned and whether anyone logs it.", "e+", "risk_awareness", hard="plain_evidence")
n.s("I asked what to do about cans already shipped; he said under-filled cans are a legal and customer problem and the lot should be checked, but did not say how.", "e0", "user_impact", hard="mixed")
n.s("Su código fue rápido y correcto: a short pandas script joining predictions and weights by can id.", "e+", "coding")
n.s("He did not handle cans with no checkweigher reading, and the join quietly dropped 3% of them until I asked about the count.", "e-", "coding", hard="negated")
n.s("Explained the brightness problem to me as if I were the line supervisor, with no jargon.", "e+", "communication")
n.s("We finished with ten minutes left for his questions.", "c")
n.s("¡Muy bien!", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n055", candidate_id="w41-c31", interviewer_id="w41-i04", req_id="w41-r1",
         round="fundamentals", submitted_at="2026-06-01", recommendation="lean_no_hire", specificity=4,
         style=["headings", "bullets", "first_person", "quotes"], topic="forecast evaluation")
n.s("Fundamentals.", "c")
n.s("45 minutes.", "c")
n.s("Topics: forecasting models, evaluation, overfitting.", "c")
n.s("I gave at most one hint per question.", "c", hard="interviewer_action")
n.h("Findings")
n.b("Explained that a model with hundreds of promo features fit on two years of weekly data will overfit, and proposed pooling across similar SKUs.", "e+", "ml_fundamentals", marker="1. ")
n.b("Said a random train/test split is fine for weekly sales; did not mention that it lets the model see the future.", "e-", "data_intuition", marker="2. ")
n.b("When I asked about that directly, she said \"the model doesn't know the order anyway\" and kept her answer.", "e-", "learning", marker="3. ")
n.b("Picked RMSE for the forecast without asking whether over- or under-forecasting costs more.", "e-", "metrics", hard="negated", marker="4. ")
n.b("After I said over-forecasting a chilled product means waste, she still kept RMSE and said the business can \"adjust the number after\".", "e-", "metrics", "learning", marker="5. ")
n.b("Explained L1 versus L2 regularization correctly, including why L1 drops features.", "e+", "ml_fundamentals", marker="6. ")
n.b("Could not put a prediction interval into words a planner would understand when I asked her to try.", "e-", "communication", marker="7. ")
n.s("Lean no hire: findings 2, 3 and 5 show her holding a first answer under pushback.", "v-", "learning", sep="\n")
notes.append(n)

n = Note(note_id="w41-n056", candidate_id="w41-c32", interviewer_id="w41-i06", req_id="w41-r2",
         round="behavioural", submitted_at="2026-06-15", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "lowercase", "terse", "arrows"], topic="label inspection")
n.b("behavioural 45m", "c")
n.b("q: tell me about a model you shipped that broke", "c", hard="question")
n.b("liam: label-check model at a pharma packer, false rejects spiked after a font change", "e0")
n.b("said 'ops fixed it' -> couldn't say what he did himself", "e-", "ownership")
n.b("i asked what he'd do differently -> 'better ops process'", "e-", "ownership")
n.b("did mention he built a dashboard of reject rates by line that qa later used daily", "e+", "ownership")
n.b("passive on ownership", "v-", "ownership")
n.b("clear + concise answers", "v+", "communication")
n.b("asked me no questions at the end", "e-", hard="negated")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n057", candidate_id="w41-c33", interviewer_id="w41-i03", req_id="w41-r2",
         round="system_design", submitted_at="2026-06-22", recommendation="hire", specificity=1,
         style=["prose", "terse", "abbreviations"], topic="packing line vision")
n.s("Sys design w/ Zara.", "c")
n.s("Strong systems thinker, big picture.", "v+", "system_thinking")
n.s("Really impressive overall.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n058", candidate_id="w41-c34", interviewer_id="w41-i05", req_id="w41-r1",
         round="system_design", submitted_at="2026-07-06", recommendation="hire", specificity=3,
         style=["prose", "third_person"], topic="new product launch")
n.s("Andrés was asked to design the forecasting system for new product launches with no sales history.", "c")
n.s("The session was 45 minutes on a whiteboard.", "c")
n.s("He proposed grouping new products with past launches by category, price and pack size, and forecasting from the closest group.", "e+", "data_intuition")
n.s("He suggested updating the forecast daily for the first four weeks, then weekly, as POS arrives.", "e+", "system_thinking")
n.s("When asked about retailers who send data late, he said the early weeks would lean on shipment data and flagged that shipments overstate sales because of shelf fill.", "e+", "data_intuition")
n.s("Andrés has a very mature view of system architecture.", "v+", "system_thinking", hard="tech_vague")
n.s("He did not discuss what happens if the launch flops after the plant has already made eight weeks of stock.", "e-", "risk_awareness", hard="negated")
n.s("He asked who signs off the launch quantity, a thoughtful question.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("The candidate was warm and personable throughout.", "v+", hard="biased")
n.s("He would be a great mentor to junior analysts.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n059", candidate_id="w41-c35", interviewer_id="w41-i02", req_id="w41-r1",
         round="behavioural", submitted_at="2026-07-13", recommendation="no_hire", specificity=2,
         style=["prose", "first_person"], topic="retailer communication")
n.s("Behavioral with Wen (they/them).", "c")
n.s("I asked Wen how they'd explain to a retailer why our promo forecast was off.", "c", hard="question")
n.s("They said the retailer \"wouldn't understand the model anyway\".", "e-", "user_impact")
n.s("Didn't seem to respect our customers.", "v-", "user_impact")
n.s("Not right for a customer-facing team.", "v-", hard="bare_verdict")
n.s("Answers were vague throughout.", "v-", "communication")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n060", candidate_id="w41-c36", interviewer_id="w41-i06", req_id="w41-r2",
         round="coding", submitted_at="2026-07-20", recommendation="lean_hire", specificity=1,
         style=["bullets", "lowercase", "terse"], topic="image preprocessing")
n.b("coding 45m", "c")
n.b("fine, knows cnn basics", "v0", "ml_fundamentals", hard="tech_vague")
n.b("some gaps", "v-")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w41_notes_part5.jsonl", notes)
print(len(notes), "notes")
