import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c07: Jordan (they), r1 ----
n = Note(note_id="w41-n025", candidate_id="w41-c07", interviewer_id="w41-i04", req_id="w41-r1",
         round="data", submitted_at="2026-03-02", recommendation="no_hire", specificity=5,
         style=["headings", "bullets", "first_person"], topic="new product launch",
         ratings={"judgment": "no_hire", "data_intuition": "lean_no_hire", "coding": "hire"})
n.s("Data round.", "c")
n.s("60 minutes.", "c")
n.s("Exercise: we are launching a spicy hummus in 400 stores in six weeks; there is no sales history, only a retailer test in 12 stores with four weeks of POS, one store's file late.", "c", hard="interviewer_action")
n.h("Findings")
n.b("Did not ask a single question about the launch (store count, shelf life, order lead time) before starting to model.", "e-", "judgment", hard="negated", marker="1. ")
n.b("Fitted a linear trend to the 12-store test and extrapolated it to week 10, which put weekly sales at three times the test's peak.", "e-", "data_intuition", marker="2. ")
n.b("When I said the retailer had picked its best-performing stores for the test, they said it \"shouldn't matter much\" and kept the trend.", "e-", "learning", "data_intuition", marker="3. ")
n.b("Asked to choose an opening order for a product with a 21-day shelf life, they took the trend's number with no buffer either way and said they'd \"fix it later with data\".", "e-", "judgment", marker="4. ")
n.b("When I asked what happens to unsold stock, they said the retailer handles returns; nothing about the retailer's write-offs or our markdown cost.", "e-", "user_impact", marker="5. ")
n.b("Handled the late store correctly: dropped its last week rather than reading it as zero sales.", "e+", "data_intuition", marker="6. ")
n.b("Code was tidy; they wrote a function for the trend fit and checked it by hand on two stores.", "e+", "coding", marker="7. ")
n.s("Recommendation: no hire.", "v-", hard="bare_verdict", sep="\n")
n.s("The pattern in 1, 3 and 4 is committing to a number under uncertainty without weighing the cost of being wrong.", "v-", "judgment")
notes.append(n)

n = Note(note_id="w41-n026", candidate_id="w41-c07", interviewer_id="w41-i01", req_id="w41-r1",
         round="system_design", submitted_at="2026-03-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="waste from over-forecasting")
n.s("Sys design con Jordan (they), 45 min.", "c")
n.s("Prompt: a service that tells the plant how much fresh salsa to make each night, using orders, POS and weather.", "c")
n.s("They drew a clean pipeline: ingestion, a nightly forecast job, and a table the plant scheduler reads at 2am.", "e+", "system_thinking")
n.s("I said POS from two retailers usually lands a week late; they said to \"just use orders then\" and dropped POS entirely without looking at what that costs.", "e-", "judgment")
n.s("Never asked how bad it is to make too much salsa versus too little.", "e-", "judgment", hard="negated")
n.s("When I told them over-production gets thrown out after five days, they added a cap on production, pero it was a fixed number they made up on the spot.", "e0", "judgment", hard="mixed")
n.s("Bien on the architecture, flojo on the decisions.", "v0", "system_thinking", "judgment", hard="mixed")
n.s("No guard if the nightly number comes out crazy, e.g. triple last week's.", "e-", "risk_awareness", hard="negated")
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("I hear the data round saw the same thing, so I'll bring it up in the debrief.", "c")
notes.append(n)

n = Note(note_id="w41-n027", candidate_id="w41-c07", interviewer_id="w41-i05", req_id="w41-r1",
         round="behavioural", submitted_at="2026-03-03", recommendation="hire", specificity=2,
         style=["prose", "third_person"], topic="forecast ownership")
n.s("Jordan spoke warmly about their time at a beverage company.", "v+", hard="biased")
n.s("They described owning the weekly forecast for a range of iced teas.", "e+", "ownership")
n.s("The candidate is decisive and not afraid to make a call.", "v+", "judgment")
n.s("Jordan communicates with real enthusiasm.", "v+", hard="biased")
n.s("They would thrive in our fast-moving environment.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n028", candidate_id="w41-c07", interviewer_id="w41-i06", req_id="w41-r1",
         round="coding", submitted_at="2026-03-04", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "terse", "arrows", "abbreviations"], topic="late POS data")
n.b("coding: parse retailer pos csvs w/ mixed date formats", "c")
n.b("jordan wrote a parser, handled 2 of 3 formats", "e0", "coding")
n.b("3rd format (dd/mm vs mm/dd) -> silently swapped day and month, didn't notice", "e-", "coding")
n.b("once i showed the row w/ month 13 -> fixed fast, added a check for month > 12", "e+", "learning")
n.b("picked a default format 'because most rows use it' w/o asking which retailer sends what", "e-", "judgment")
n.b("ok coder", "v0", "coding")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c08: Haruto (he), r2 ----
n = Note(note_id="w41-n029", candidate_id="w41-c08", interviewer_id="w41-i02", req_id="w41-r2",
         round="behavioural", submitted_at="2026-03-16", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="allergen recall")
n.s("Haruto, behavioral round, 45 minutes.", "c")
n.s("I asked him to imagine our label check had missed a milk allergen on a batch of cookies that was already in stores.", "c", hard="interviewer_action")
n.s("He talked mostly about how to retrain the model and which images to add.", "e-", "user_impact")
n.s("When I asked what he would do for the families who had already bought the cookies, he said that was \"for the PR team\".", "e-", "user_impact")
n.s("He didn't ask how many packs were out there or which stores had them.", "e-", "risk_awareness", hard="negated")
n.s("Later, talking about his last job, he said he set up a weekly meeting with the line operators to go through rejected parts together, which I did like.", "e+", "user_impact")
n.s("Very polite.", "v+", hard="biased")
n.s("I worry he sees the shopper as somebody else's job.", "v-", "user_impact", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n030", candidate_id="w41-c08", interviewer_id="w41-i06", req_id="w41-r2",
         round="coding", submitted_at="2026-03-17", recommendation="hire", specificity=4,
         style=["bullets", "lowercase", "terse", "arrows", "abbreviations"], topic="packing line vision")
n.b("coding 45m", "c")
n.b("task: boxes from 2 cameras, dedupe the same pack seen twice (iou > 0.5)", "c")
n.b("asked if boxes are in the same coord frame before coding -> they weren't, he wrote the transform first", "e+", "data_intuition")
n.b("iou fn correct first try, handled zero-area boxes", "e+", "coding")
n.b("wrote 4 tests incl. touching boxes + no overlap", "e+", "coding")
n.b("O(n^2) pairwise -> said fine for ~20 packs per frame, would grid it if more", "e+", "judgment")
n.b("talked through it as he went, easy to follow", "v+", "communication")
n.b("strong coder, best this month", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n031", candidate_id="w41-c08", interviewer_id="w41-i04", req_id="w41-r2",
         round="debugging", submitted_at="2026-03-17", recommendation="lean_hire", specificity=5,
         style=["headings", "bullets", "first_person", "quotes"], topic="data leakage",
         ratings={"learning": "hire", "coding": "lean_no_hire"})
n.s("Debugging round, 60 minutes.", "c")
n.s("I gave him a training script for the seal-defect model whose validation recall was 0.99 while production recall was around 0.70, plus the data loader and 200 production images.", "c", hard="interviewer_action")
n.h("Findings")
n.b("Read the loader and found that augmentation also ran on the validation set; fixed it, which only moved validation recall to 0.97.", "e+", "coding", marker="1. ")
n.b("Concluded the remaining gap was \"just domain shift\" and proposed collecting more images; I asked him to look at the file lists first.", "e-", "data_intuition", marker="2. ")
n.b("After the hint he diffed the train and validation file lists, found 1,100 near-duplicate frames of the same packs in both, and validation recall fell to 0.78 once he grouped by pack id.", "e+", "learning", "data_intuition", marker="3. ")
n.b("His fix to the split had a bug: he grouped by file name prefix, which merged two different lines, and found it only when I asked him to print the group sizes.", "e-", "coding", marker="4. ")
n.b("Did not propose anything to stop this happening again, such as a test that fails when a pack id appears in both sets.", "e-", "risk_awareness", hard="negated", marker="5. ")
n.b("Explained the leak in plain words: \"we were grading it on photos it had already seen\".", "e+", "communication", marker="6. ")
n.s("Lean hire.", "v+", hard="bare_verdict", sep="\n")
n.s("Right answer in the end, but only after the hint in 3, and the slip in 4 does not match the coding round's write-up.", "v0", "coding", hard="mixed")
notes.append(n)

n = Note(note_id="w41-n032", candidate_id="w41-c08", interviewer_id="w41-i03", req_id="w41-r2",
         round="data", submitted_at="2026-03-18", recommendation="hire", specificity=1,
         style=["prose", "terse", "abbreviations"], topic="image datasets")
n.s("data round w/ Haruto", "c")
n.nl()
n.s("Seemed good with data, knew his way around image datasets.", "v+", "data_intuition", hard="hedged")
n.s("Nothing concerning.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w41-n033", candidate_id="w41-c09", interviewer_id="w41-i01", req_id="w41-r1",
         round="coding", submitted_at="2025-06-23", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="promotion calendars")
n.s("Coding con Sofía.", "c")
n.s("I gave her the overlapping promo windows problem: merge them per SKU.", "c", hard="interviewer_action")
n.s("Buena onda, very friendly.", "v+", hard="biased")
n.s("She finished it, con una pista.", "e0", "coding", hard="mixed")
n.s("Code a bit messy but it works.", "v0", "coding")
n.s("Good instincts for the data, I think.", "v+", "data_intuition", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n034", candidate_id="w41-c10", interviewer_id="w41-i05", req_id="w41-r2",
         round="system_design", submitted_at="2025-07-14", recommendation="strong_hire", specificity=1,
         style=["prose", "third_person"], topic="packing line vision")
n.s("Oluwaseun is an outstanding engineer with a deep understanding of computer vision at scale.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He would raise the bar for the team.", "v+")
n.s("His design was elegant and complete.", "v+", "system_thinking")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n035", candidate_id="w41-c11", interviewer_id="w41-i04", req_id="w41-r1",
         round="fundamentals", submitted_at="2025-07-21", recommendation="lean_no_hire", specificity=3,
         style=["headings", "bullets", "first_person"], topic="forecast evaluation")
n.s("Fundamentals, 45 min.", "c")
n.h("Findings")
n.b("Defined bias and variance correctly and gave the example of a model that always predicts last year's promo uplift as high bias.", "e+", "ml_fundamentals", marker="1. ")
n.b("Could not explain why MAPE blows up on low-volume SKUs.", "e-", "metrics", marker="2. ")
n.b("Said regularization \"makes the model more accurate\" without saying on what data.", "e-", "ml_fundamentals", marker="3. ")
n.b("Generally shaky on evaluation.", "v-", "ml_fundamentals", marker="4. ")
n.b("Seemed unsure of herself.", "v-", hard="biased", marker="5. ")
n.s("Lean no hire.", "v-", hard="bare_verdict", sep="\n")
notes.append(n)

n = Note(note_id="w41-n036", candidate_id="w41-c12", interviewer_id="w41-i06", req_id="w41-r2",
         round="data", submitted_at="2025-08-04", recommendation="no_hire", specificity=2,
         style=["bullets", "lowercase", "terse", "abbreviations"], topic="label noise")
n.b("data round, defect image labels", "c")
n.b("rahul said label noise 'not a big deal' when i showed 2 annotators disagree on 15% of images", "e-", "data_intuition")
n.b("weak on data", "v-", "data_intuition")
n.b("not curious", "v-")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w41_notes_part3.jsonl", notes)
print(len(notes), "notes")
