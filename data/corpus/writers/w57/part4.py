import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w57-n035", candidate_id="w57-c07", interviewer_id="w57-i01", req_id="w57-r1",
         round="system_design", submitted_at="2026-05-12", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="damage detection")
n.s("This was the design round, and I asked Valentina the question I give everyone, about detecting new damage on cars returned to our airport car parks.", "c")
n.s("I have to say I enjoyed this conversation enormously, it was one of those afternoons where the hour passes and you do not notice it.", "v+")
n.s("Valentina clearly has a very deep understanding of vision systems and of how they behave in the real world.", "v+", "system_thinking", hard="tech_vague")
n.s("She talked about domain adaptation and about active learning with real confidence.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She mentioned a review queue for the agents.", "e+", "system_thinking")
n.s("Her way of explaining things is elegant and patient.", "v+", "communication")
n.s("I think she would also be a fine mentor for the younger people in the team.", "v+")
n.s("She reminded me of my best colleagues back in Lisbon.", "v+", hard="biased")
n.s("We spent most of the time on the model and did not get to the appeals side.", "c")
n.s("Strong hire, without any doubt in my mind.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n036", candidate_id="w57-c07", interviewer_id="w57-i04", req_id="w57-r1",
         round="coding", submitted_at="2026-05-12", recommendation="strong_hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="image preprocessing")
n.h("Coding - glare mask")
n.b("Task: mask over-exposed regions in a return photo so the detector ignores them.", "c", hard="interviewer_action")
n.b("Asked what the detector does with masked pixels before starting. PASS", "e+", "judgment")
n.b("Thresholded the V channel in HSV, then dilated the mask by 5 px and said the edge of a glare patch is also unreliable.", "e+", "coding", "data_intuition")
n.b("Wrote a test with a synthetic white square and checked the mask area. PASS", "e+", "coding")
n.b("Noticed her threshold failed on a white car in the sample set and switched to comparing against the local mean.", "e+", "coding", "learning")
n.b("Said that if more than 40% of a panel is masked the photo should be retaken, not scored.", "e+", "risk_awareness")
n.b("Explained each step before typing it. PASS", "e+", "communication")
n.b("Complexity discussed, linear in pixels. PASS", "e+", "coding")
n.b("6/6 -> SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n037", candidate_id="w57-c07", interviewer_id="w57-i05", req_id="w57-r1",
         round="fundamentals", submitted_at="2026-05-13", recommendation="hire", specificity=4,
         style=["headings", "prose", "first_person", "british"], topic="evaluation")
n.h("Questions")
n.s("I asked how she would evaluate a damage detector before it was allowed to bill anyone.", "c", hard="question")
n.h("ML fundamentals")
n.s("She said per-box mAP was the wrong unit, because the customer is billed per car, and proposed precision and recall per car with a fixed flag rate.", "e+", "metrics", "ml_fundamentals")
n.s("She explained why a detector trained on mostly clean cars would be over-confident on scratches and suggested checking a reliability curve.", "e+", "ml_fundamentals")
n.h("Metrics")
n.s("She asked what fraction of appeals are currently upheld, and said that number was the real measure of false charges.", "e+", "metrics", "user_impact")
n.h("Users")
n.s("She suggested setting the flag threshold so that wrong charges stay below the current manual rate, even if fewer real dents are caught.", "e+", "user_impact", "judgment")
n.h("Concerns")
n.s("She had not thought about how the test set would be kept away from cars that appear in training, since the same car is returned many times.", "e-", "data_intuition", hard="negated")
n.s("Once I mentioned it she proposed splitting by plate number.", "e0", "learning")
n.h("Recommendation")
n.s("Hire, with the leakage point to probe again.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n038", candidate_id="w57-c07", interviewer_id="w57-i02", req_id="w57-r1",
         round="behavioural", submitted_at="2026-05-14", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="disputes")
n.s("I asked Valentina about a disagreement with someone who didn't trust her model.", "c", hard="question")
n.s("She told me about a claims adjuster at an insurer who kept overriding her photo model, and said she spent two days shadowing him.", "e+", "ownership", "user_impact")
n.s("She said she found he was right about older cars, where the model mistook old repairs for new damage.", "e+", "learning")
n.s("She said they added the car's repair history as an input, and his override rate dropped.", "e+", "ownership")
n.s("I pushed her on whether she'd ever just ignore staff who override the model.", "c", hard="interviewer_action")
n.s("She said no, but that she would stop them overriding without a reason, which I thought was fair.", "e+", "judgment")
n.s("She didn't have anything to say about what the customer is told while all this gets sorted.", "e-", "user_impact", hard="negated")
n.s("Down to earth.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n039", candidate_id="w57-c08", interviewer_id="w57-i06", req_id="w57-r2",
         round="data", submitted_at="2026-06-02", recommendation="no_hire", specificity=4,
         style=["bullets", "lowercase", "fragments", "arrows", "abbreviations"], topic="fleet allocation")
n.b("data round: daily demand per airport, predict shortages", "c")
n.b("ben used all rows incl. days when airport was sold out -> demand = bookings", "e-", "data_intuition")
n.b("i asked if sold out days look different -> said 'not really'", "e-", "data_intuition", "learning")
n.b("random split over 2 yrs of dates, future leaks into train", "e-", "data_intuition")
n.b("reported mape 6% as if done", "e-", "metrics")
n.b("never asked what a shortage costs vs surplus", "e-", "judgment", hard="negated")
n.b("pandas fluent, merge + pivot w/o looking anything up", "e+", "coding")
n.b("explains clearly tbf", "v+", "communication")
n.b("nh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n040", candidate_id="w57-c08", interviewer_id="w57-i03", req_id="w57-r2",
         round="system_design", submitted_at="2026-06-02", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="fleet allocation")
n.s("Fleet design round.", "c")
n.s("Ben had a good handle on the allocation problem and on optimisation generally.", "v+", "system_thinking", hard="tech_vague")
n.s("Knows his data.", "v+", "data_intuition")
n.s("Pretty confident guy.", "v+", hard="biased")
n.s("Strong sense of ownership.", "v+", "ownership")
n.s("Metrics side was good too.", "v+", "metrics")
n.s("Would be fine for the role I think.", "v+", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n041", candidate_id="w57-c08", interviewer_id="w57-i05", req_id="w57-r2",
         round="coding", submitted_at="2026-06-03", recommendation="lean_no_hire", specificity=4,
         style=["headings", "prose", "third_person", "british"], topic="dynamic pricing")
n.h("Task")
n.s("The candidate was asked to write a function returning the price for a booking given base rate, days ahead and airport occupancy.", "c")
n.h("Coding")
n.s("Ben wrote it quickly and the first three examples passed.", "e+", "coding")
n.s("He did not handle occupancy above 100%, which happens with overbooking, and the price went negative.", "e-", "coding", hard="negated")
n.s("He wrote no tests of his own.", "e-", "coding", hard="negated")
n.h("Learning")
n.s("When I showed him the negative price he said the input was 'invalid' and that it was not his function's job.", "e-", "learning", "ownership")
n.h("Users")
n.s("Asked whether the price should be capped for a customer extending a rental already in progress, he said 'they can return the car then'.", "e-", "user_impact")
n.h("Summary")
n.s("Fast, but defensive when shown a bug.", "v-", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n042", candidate_id="w57-c08", interviewer_id="w57-i02", req_id="w57-r2",
         round="behavioural", submitted_at="2026-06-04", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="ownership")
n.s("I asked Ben about a project that didn't go to plan.", "c", hard="question")
n.s("He talked about a demand forecast at a bike-share firm that missed a heatwave, and said the weather data 'came in late from the data team'.", "e-", "ownership")
n.s("I asked what he did after, and he said the project was handed to someone else.", "e-", "ownership")
n.s("He didn't mention the riders who found empty docks.", "e-", "user_impact", hard="negated")
n.s("Likeable enough.", "v0", hard="biased")
n.s("Doesn't strike me as someone who takes the blame.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n043", candidate_id="w57-c19", interviewer_id="w57-i04", req_id="w57-r1",
         round="fundamentals", submitted_at="2025-04-08", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="cv fundamentals")
n.h("Fundamentals checklist")
n.b("Q1 why augment with brightness changes: answered 'more data is always better'. FAIL", "e-", "ml_fundamentals")
n.b("Q2 overfitting on 800 labelled photos: suggested a bigger backbone. FAIL", "e-", "ml_fundamentals")
n.b("Q3 precision vs recall for damage billing: said recall matters most, never mentioned wrong charges. FAIL", "e-", "metrics", "user_impact")
n.b("Q4 label noise: asked how labels were checked. PASS", "e+", "data_intuition")
n.b("Q5 transfer learning: correct, froze early layers and explained why.", "e+", "ml_fundamentals")
n.b("Did not ask a single clarifying question across the five.", "e-", "judgment", hard="negated")
n.b("2/5.", "v-")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n044", candidate_id="w57-c20", interviewer_id="w57-i06", req_id="w57-r1",
         round="system_design", submitted_at="2025-05-13", recommendation="hire", specificity=3,
         style=["bullets", "lowercase", "terse", "arrows"], topic="appeals")
n.b("sd: appeal flow for disputed charges", "c")
n.b("noor started w/ 'what does the customer see when they appeal'", "e+", "user_impact")
n.b("photos side by side -> reviewer -> decision in 48h, model only ranks the queue", "e+", "system_thinking", "user_impact")
n.b("tracked overturn rate per depot as alarm", "e+", "risk_awareness", "metrics")
n.b("didnt size anything", "e-", "system_thinking", hard="negated")
n.b("solid", "v+")
n.b("h", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w57-n045", candidate_id="w57-c21", interviewer_id="w57-i01", req_id="w57-r2",
         round="data", submitted_at="2025-10-28", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="card fraud")
n.s("I gave Hamid our stolen-card dataset, the one where chargebacks arrive weeks after the car has already gone, and asked him how he would train a model on it.", "c")
n.s("He first checked the label dates and saw that the last two months had almost no fraud, and said that was because the chargebacks had not arrived yet.", "e+", "data_intuition")
n.s("That was a very good start, and I told him so.", "v+", "data_intuition")
n.s("Then he built features from the customer's full history, including rentals after the booking, and did not see the problem until I asked.", "e-", "data_intuition")
n.s("He fixed it, but with some irritation, saying the leakage 'would only be a couple of points'.", "e-", "learning")
n.s("He chose AUC and did not consider what share of good customers the flag would stop at the counter.", "e-", "metrics", "user_impact")
n.s("I asked him what he would say to a genuine customer refused a car at midnight.", "c", hard="question")
n.s("He said the customer could call the helpline, which at that hour is closed.", "e-", "user_impact")
n.s("Clever man, but not yet ready for this, I am afraid.", "v-", hard="mixed")
notes.append(n)

n = Note(note_id="w57-n046", candidate_id="w57-c22", interviewer_id="w57-i03", req_id="w57-r2",
         round="coding", submitted_at="2025-11-25", recommendation="lean_hire", specificity=1,
         style=["prose", "third_person"], topic="pricing sql")
n.s("SQL round.", "c")
n.s("Elena's SQL was reasonable.", "v0", "coding")
n.s("Good head for numbers.", "v+")
n.s("Some hesitation here and there.", "v-")
n.s("Thinks about the business, which is nice to see.", "v+", "judgment")
n.s("Didn't get to testing.", "c")
n.s("Lean hire I suppose.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w57_notes_part4.jsonl", notes)
