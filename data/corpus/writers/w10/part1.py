import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c01 Amara Okafor (she), r1 remote sensing -- strong
n = Note(note_id="w10-n001", candidate_id="w10-c01", interviewer_id="w10-i01", req_id="w10-r1",
         round="data", submitted_at="2025-03-11", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="cloud masking",
         ratings={"data_intuition": "strong_hire", "communication": "hire"})
n.s("I showed Amara twelve pictures of fields taken from the satellite, four of them half covered by cloud, and asked her how she would decide which parts to trust.", "c", hard="interviewer_action")
n.s("She first asked what time of year they were taken, because wheat stubble after harvest can look like thin cloud from above.", "e+", "data_intuition", hard="plain_evidence")
n.s("Without being told, she sorted the pictures into three piles: clear, cloudy, and the ones she was not sure about.", "e+", "data_intuition", hard="plain_evidence")
n.s("For the unsure pile she said she would rather leave those fields out of the count than guess, and told me a wrong yield number sent to a farmer does more damage than a missing one.", "e+", "judgment", "user_impact", hard="plain_evidence")
n.nl()
n.s("I told her that in a wet season we sometimes get only three clear days.", "c", hard="interviewer_action")
n.s("She then said she would fill the gaps with the radar pictures, which see through cloud, and asked how many days apart those arrive.", "e+", "data_intuition", hard="plain_evidence")
n.s("She did not ask who checks the cloud marking once it is done, and when I raised it she agreed it mattered but had no plan for it.", "e-", "risk_awareness", hard="negated")
n.s("When I said I am not a computer person she drew the three piles on the board and explained cloud edges using the shadow a cloud throws on the next field.", "e+", "communication", hard="plain_evidence")
n.nl()
n.s("I would be glad to have her on the team.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n002", candidate_id="w10-c01", interviewer_id="w10-i07", req_id="w10-r1",
         round="system_design", submitted_at="2025-03-12", recommendation="hire", specificity=4,
         style=["fragments", "third_person"], topic="field boundary segmentation",
         ratings={"system_thinking": "hire", "risk_awareness": "lean_no_hire"})
n.s("System design, 50 min.", "c")
n.s("Prompt: field-boundary segmentation pipeline for Sentinel-2 tiles across three countries.", "c")
n.nl()
n.s("Observed: Amara split the pipeline into ingest, cloud mask, tiling, inference and vectorisation, with a queue between ingest and masking.", "e+", "system_thinking")
n.s("Impact: she said a late tile from one country would then not hold up the other two, which is exactly the property we need.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.nl()
n.s("Observed: asked whether the labels came from the same countries we deploy in before choosing a model.", "e+", "data_intuition", hard="question")
n.s("Impact: she then proposed holding out one whole country for validation instead of a random pixel split.", "e+", "ml_fundamentals")
n.nl()
n.s("Observed: reported IoU as the headline metric and did not tie it to anything a field agent would notice until I asked.", "e-", "metrics", hard="negated")
n.s("When I asked what an agronomist would complain about, she moved to boundary error in metres and area error per field.", "e+", "metrics", "learning")
n.nl()
n.s("Observed: the monitoring plan was one line, 'alert if inference fails'.", "e-", "risk_awareness", hard="plain_evidence")
n.s("Impact: a cloud mask that quietly degrades would go unnoticed.", "v-", "risk_awareness")
n.nl()
n.s("Overall: solid design instincts, thin on operations.", "v0", "system_thinking", "risk_awareness", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n003", candidate_id="w10-c01", interviewer_id="w10-i02", req_id="w10-r1",
         round="coding", submitted_at="2025-03-12", recommendation="hire", specificity=4,
         style=["terse", "fragments", "typos", "abbreviations"], topic="tile stitching")
n.b("Round: coding, 45 min", "c", marker="")
n.b("Problem: stitch overlapping prediction tiles back into one raster, averaging the overlaps", "c", marker="")
n.b("Clarifying: asked whether tiles can arrive out of order and whether edges carry nodata", "e+", "data_intuition", hard="question", marker="")
n.b("Approach: accumulate sums and counts in two arrays, divide at the end", "e+", "coding", marker="")
n.b("Bug: first version divided by zero where count was 0, she caught it herself tracing the corner tile", "e+", "coding", marker="")
n.b("Tests: wrote three, including a single-tile case and a fully overlapped case", "e+", "coding", marker="")
n.b("Memory: didnt think about a continent-sized raster until prompted, then suggested windowed writes", "e0", "system_thinking", "learning", hard="mixed", marker="")
n.b("Comms: talked through each step, paused twice to check I was following", "e+", "communication", marker="")
n.b("Verdict: H", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w10-n004", candidate_id="w10-c01", interviewer_id="w10-i03", req_id="w10-r1",
         round="behavioural", submitted_at="2025-03-13", recommendation="strong_hire", specificity=1,
         style=["prose", "american"], topic="mentoring")
n.s("What a conversation!", "v+")
n.s("Amara is a natural mentor and you can just tell she lifts everyone around her!", "v+", "communication")
n.s("Really mature about conflict, super self-aware!", "v+", "learning")
n.s("Tons of leadership experience!", "v+", "ownership", hard="vague_quantity")
n.s("Would love to grab coffee with her every week!", "v+", hard="biased")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate c02 Tomasz Wojcik (he), r1 -- offline metric as truth (two interviewers), defends
n = Note(note_id="w10-n005", candidate_id="w10-c02", interviewer_id="w10-i04", req_id="w10-r1",
         round="system_design", submitted_at="2025-05-20", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="crop type classification",
         ratings={"metrics": "no_hire", "data_intuition": "lean_hire"})
n.s("A crop-type classification service for smallholder plots in western Kenya was to be designed by the candidate.", "c")
n.s("It was proposed by the candidate that a vision transformer pretrained on European tiles be fine-tuned on 800 labelled plots.", "e0", "ml_fundamentals")
n.s("When asked how success would be judged, it was stated that 0.91 validation accuracy 'proves it works in Kenya'.", "e-", "metrics")
n.s("The validation split was described as random across plots drawn from the same three districts as training.", "e-", "data_intuition")
n.s("It was pointed out by the interviewer that neighbouring plots share soil and rainfall.", "c", hard="interviewer_action")
n.s("This was not accepted; it was argued that the model 'learns crops, not places'.", "e-", "learning")
n.s("No mention was made of how the service would be monitored after release or rolled back.", "e-", "risk_awareness", hard="negated")
n.s("The imbalance between classes (maize is roughly 70% of plots) was noticed unprompted and a weighted loss was suggested.", "e+", "data_intuition", "ml_fundamentals")
n.s("The candidate is not considered sufficiently rigorous about evaluation for this level.", "v-", "metrics")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n006", candidate_id="w10-c02", interviewer_id="w10-i06", req_id="w10-r1",
         round="fundamentals", submitted_at="2025-05-21", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="segmentation losses")
n.s("We started with the usual warm-up on segmentation losses and Tomasz explained dice versus cross entropy nicely and then drew how dice behaves when the object is only a few pixels, which was a good touch.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("And then I asked about the solar-panel counting model from his last job and he said offline F1 went from 0.78 to 0.86 and that was the whole story as far as he was concerned.", "e-", "metrics")
n.s("I asked whether installers actually saw fewer missed panels and he said he didn't know and then said it didn't matter because the F1 was on a held-out set.", "e-", "metrics")
n.s("Then I pushed a little and asked if the held-out set came from the same cities and he got short with me and said 'a test set is a test set'.", "e-", "learning")
n.s("He did know augmentations well and listed rotations, spectral jitter and cloud pasting and then explained why flips are fine from orbit but not for street photos.", "e+", "ml_fundamentals")
n.s("After that we got onto on-call and he said he had never been on a rota and then asked whether this job would include one, which is fair enough.", "e0", "ownership", hard="question")
n.s("I'm leaning no hire mostly because of the metric thing and the way he took the pushback.", "v-", hard="bare_verdict")
n.s("Strong on theory, I'll give him that.", "v+", "ml_fundamentals", hard="tech_vague")
notes.append(n)

n = Note(note_id="w10-n007", candidate_id="w10-c02", interviewer_id="w10-i02", req_id="w10-r1",
         round="debugging", submitted_at="2025-05-21", recommendation="hire", specificity=4,
         style=["terse", "fragments", "arrows", "quotes"], topic="NDVI bug")
n.b("Round: debugging, 45m", "c", marker="")
n.b("Task: fix an NDVI function returning values outside [-1, 1]", "c", marker="")
n.b("Found: uint16 band overflow in ~5 min", "e+", "coding")
n.b("Fix: cast to float32, epsilon in the denominator", "e+", "coding")
n.b("Asked what nodata pixels should return -> chose NaN and explained why not 0", "e+", "data_intuition", hard="question")
n.b("Tests: none until I asked, then two sensible ones", "e0", "coding", hard="mixed")
n.b("Pushback: I said NaN breaks the downstream mean; he said 'NaN is correct, downstream should cope' and didn't offer a mask", "e-", "learning")
n.b("Code: clean, readable", "v+", "coding")
n.b("Rec: H (coding only)", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n008", candidate_id="w10-c02", interviewer_id="w10-i05", req_id="w10-r1",
         round="behavioural", submitted_at="2025-05-22", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="conflict")
n.s("I made to him the question about a conflict with a colleague.", "c", hard="question")
n.s("He told a story of when the data engineer changed the tile format and his training job stayed broken during two days.", "e0", "ownership")
n.s("In his words the fault was all from the data engineer and he 'just waited for the fix'.", "e-", "ownership")
n.s("I asked what he did for avoid this in the future and he answered nothing, that this was not his area.", "e-", "ownership")
n.s("About mentoring, he explained that he helped an intern to install the environment, but he himself said it was a small thing.", "e0", "communication")
n.s("He is a very calm person, I liked much the energy of him.", "v+", hard="biased")
n.s("For me he stays a little bit passive.", "v-", "ownership", hard="hedged")
n.s("I stay in lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---- candidate c03 Priya Raman (she), r2 yield -- adapts after hint; contradiction on data_intuition
n = Note(note_id="w10-n009", candidate_id="w10-c03", interviewer_id="w10-i05", req_id="w10-r2",
         round="data", submitted_at="2025-09-02", recommendation="hire", specificity=4,
         style=["prose", "third_person"], topic="yield forecasting",
         ratings={"data_intuition": "strong_hire"})
n.s("The exercise was a table of county yields from 2010 until 2023 with weather columns, and she needed to say what is wrong before to model.", "c")
n.s("Very fast she saw that 2012 has yields much lower in all counties and she asked if that was the year of the drought.", "e+", "data_intuition", hard="question")
n.s("She noticed also that rainfall was in inches for some states and millimetres for others, because the values jumped of 25 times at the border.", "e+", "data_intuition")
n.s("I gave her a tip about the harvest date column and she understood immediately that it is only known after the season, so it is leakage.", "e+", "data_intuition", "learning")
n.s("She proposed to validate leaving out whole years, not random rows, and explained why with the example of 2012.", "e+", "ml_fundamentals")
n.s("In the end she didn't speak about how the forecast would be used by the pricing team.", "e-", "user_impact", hard="negated")
n.s("She has a very good eye for the data.", "v+", "data_intuition")
n.s("Hire, without doubt.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n010", candidate_id="w10-c03", interviewer_id="w10-i02", req_id="w10-r2",
         round="fundamentals", submitted_at="2025-09-03", recommendation="lean_no_hire", specificity=4,
         style=["terse", "fragments", "arrows", "abbreviations"], topic="yield forecasting",
         ratings={"data_intuition": "no_hire"})
n.b("Round: fundamentals, 45m", "c", marker="")
n.b("Q1 bias/variance: correct, textbook answer w/ a sketch", "e+", "ml_fundamentals", marker="")
n.b("Q2 county yield data: fit a random forest on all rows, no check for duplicated county-years", "e-", "data_intuition", marker="")
n.b("Missing values: filled with the column mean over all years, test years included", "e-", "data_intuition", marker="")
n.b("Hint: I asked what the test set would know at fit time -> she saw the leak and refit the imputer on train only", "e+", "learning", marker="")
n.b("Target: didn't ask how yield was measured (survey vs. elevator receipts)", "e-", "data_intuition", hard="negated", marker="")
n.b("Metric: picked RMSE, then asked herself whether big counties should weigh more, good", "e+", "metrics", hard="verdict_plus_evidence", marker="")
n.b("Comms: a bit scattered", "v-", "communication", marker="")
n.b("Overall: LNH, data hygiene not there yet", "v-", "data_intuition", marker="")
notes.append(n)

n = Note(note_id="w10-n011", candidate_id="w10-c03", interviewer_id="w10-i06", req_id="w10-r2",
         round="system_design", submitted_at="2025-09-04", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="forecast pipeline")
n.s("I asked Priya to design the weekly yield forecast that feeds the price suggestions we send to co-ops and she started by asking who reads the forecast and when and then built from there, which I liked.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("She drew the weather feed coming in daily and then a feature job and then the model and then a step where an analyst signs off before anything goes out to the co-ops.", "e+", "system_thinking")
n.s("I asked what happens if the weather provider sends nothing for three days and she said she'd hold the last forecast and flag it as stale rather than forecast on zeros.", "e+", "risk_awareness")
n.s("She is clearly very sharp and I think she would grow fast here.", "v+", "learning", hard="hedged")
n.s("Her diagram was kind of messy though and I had to ask twice which box did the retraining.", "e-", "communication")
n.s("Overall a hire for me, she has the instincts.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n012", candidate_id="w10-c03", interviewer_id="w10-i03", req_id="w10-r2",
         round="behavioural", submitted_at="2025-09-05", recommendation="strong_hire", specificity=2,
         style=["prose", "american"], topic="mentoring")
n.s("Loved this one!", "v+")
n.s("Priya is super coachable and so open to feedback!", "v+", "learning")
n.s("She told me about mentoring two junior analysts through their first forecast release and setting up weekly pairing sessions with them.", "e+", "ownership")
n.s("Amazing communicator!", "v+", "communication")
n.s("Easily one of the strongest people I've seen this quarter!", "v+")
n.s("SH!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w10_notes_part1.jsonl", notes)
print(len(notes), "notes")
