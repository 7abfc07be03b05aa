import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w49-n046", candidate_id="w49-c22", interviewer_id="w49-i03", req_id="w49-r1",
         round="behavioural", submitted_at="2024-08-27", recommendation="hire",
         specificity=1, style=["prose", "first_person"], topic="teamwork")
n.s("Behavioural round with Aisling, 45 min.", "c")
n.s("Really enjoyed this one.", "v+")
n.s("She has a ton of experience leading OCR projects.", "v+", "ownership", hard="vague_quantity")
n.s("Very much the kind of person who picks things up and runs with them.", "v+", "ownership")
n.s("Good at working across teams, I think the archivists would like her.", "v+", "communication", hard="hedged")
n.s("Thinks carefully before making decisions.", "v+", "judgment")
n.s("Open to feedback.", "v+", "learning")
n.s("Knows the tech side well too, transformers, layout models and so on.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Bubbly, great personality.", "v+", hard="biased")
n.s("Maybe slightly light on the data side but hard to say.", "v-", "data_intuition", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n047", candidate_id="w49-c23", interviewer_id="w49-i04", req_id="w49-r2",
         round="system_design", submitted_at="2024-11-05", recommendation="lean_no_hire",
         specificity=3, style=["headings", "bullets", "third_person"], topic="recommendations for librarians",
         ratings={"system_thinking": "lean_no_hire", "user_impact": "hire"})
n.h("System design - acquisition suggestions for public librarians")
n.b("Prompt: recommend backlist titles for library buyers, who order for a whole branch, not for themselves.", "c")
n.b("Interview ran 55 min; first 10 lost to a broken screen share.", "c")
n.h("Rubric")
n.b("User: 4/4 - candidate asked how a branch librarian decides, then suggested using loan data from similar branches rather than any single reader's history.", "e+", "user_impact", "judgment", hard="verdict_plus_evidence")
n.b("Asked whether loan data could identify individual borrowers and said she would aggregate to branch level before it left the library system.", "e+", "user_impact", "risk_awareness")
n.b("System: 1/4 - no components named beyond 'a model' and 'a dashboard'.", "e-", "system_thinking")
n.b("Did not say how often suggestions would be refreshed or where the loan data would land.", "e-", "system_thinking", hard="negated")
n.b("Seems to understand the library market well.", "v+", hard="hedged")
n.b("Metrics: 2/4 - proposed 'librarian satisfaction' with no way to measure it.", "e-", "metrics")
n.b("ML: 2/4 - fine on basics.", "v0", "ml_fundamentals", hard="bare_verdict")
n.b("Communication: 3/4.", "v0", "communication")
n.h("Overall")
n.b("LNH for this level; the product sense is real, the engineering is not there yet.", "v-", "system_thinking", hard="mixed")
notes.append(n)

n = Note(note_id="w49-n048", candidate_id="w49-c24", interviewer_id="w49-i02", req_id="w49-r1",
         round="coding", submitted_at="2025-01-07", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person", "british"], topic="reading order of columns",
         ratings={"coding": "strong_hire", "learning": "hire", "communication": "strong_hire"})
n.s("Coding round with Tevita, one hour, shared editor.", "c")
n.s("I asked him to take the OCR word boxes from a three-column newspaper page and return the words in reading order.", "c", hard="interviewer_action")
n.s("Before writing anything he drew the page on the whiteboard and asked whether headlines could span columns, which they can.", "e+", "judgment", "data_intuition")
n.s("He first clustered the boxes by their x-centre into columns and then sorted each column top to bottom, and it was correct on my first page.", "e+", "coding")
n.s("On my second page, with a headline across two columns, it put the headline in the middle of the first column.", "e0", "coding")
n.s("He looked at the output, said 'the headline is wider than any column, so it belongs to neither', and added a pass that pulls out boxes wider than a column before clustering.", "e+", "coding", "learning")
n.s("I pushed him on the threshold he used for column width; he agreed it was a guess and made it a parameter with a comment explaining why.", "e+", "learning", "communication")
n.s("He wrote three tests: a single-column page, the headline page, and a page with an empty column.", "e+", "coding")
n.s("He asked me how the reading order would be used, and when I said it feeds the text that librarians copy into citations he said a wrong order is worse than no text at all, and suggested flagging low-confidence pages instead of guessing.", "e+", "user_impact", "risk_awareness")
n.s("Throughout, he said what he was about to do before he did it, so I was never lost.", "v+", "communication")
n.s("He ran out of time before handling rotated pages, which I did not expect anyone to reach.", "c")
n.s("Strong hire; this is the best coding round I have run for this req.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n049", candidate_id="w49-c25", interviewer_id="w49-i06", req_id="w49-r2",
         round="behavioural", submitted_at="2025-02-25", recommendation="lean_hire",
         specificity=2, style=["bullets", "lowercase", "terse", "fragments", "abbreviations"], topic="ownership")
n.b("behavioural, 30 min (cut short, my fault)", "c")
n.b("q: project you drove end to end", "c", hard="question")
n.b("talked about a churn model at a magazine co", "v0", "ownership")
n.b("owns things, seems like", "v+", "ownership", hard="hedged")
n.b("said she wrote the retraining schedule + the runbook herself", "e+", "ownership", "risk_awareness")
n.b("vague on results", "v-", "metrics")
n.b("good listener", "v+", "communication")
n.b("nice person", "v+", hard="biased")
n.b("bit junior for r2 tbh", "v-")
n.b("want someone to check her on stats", "c")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n050", candidate_id="w49-c26", interviewer_id="w49-i05", req_id="w49-r2",
         round="data", submitted_at="2025-04-01", recommendation="lean_no_hire",
         specificity=3, style=["qa", "first_person", "british"], topic="ratings data",
         ratings={"data_intuition": "lean_no_hire"})
n.s("Data round, 50 minutes, with Ibrahim; the exercise used a sample of 200,000 reader reviews.", "c")
n.nl()
n.s("Q: What would you check before using these reviews to train a recommender?", "c", "data_intuition", hard="question")
n.nl()
n.s("A: He listed missing values, duplicates and outliers, which is the textbook answer.", "v0", "data_intuition", hard="tech_vague")
n.nl()
n.s("A: He did not look at the dates, so he missed that 30% of the reviews arrived in one week during a giveaway campaign.", "e-", "data_intuition", hard="negated")
n.nl()
n.s("Q: I told him about the giveaway and asked what it changes.", "c", hard="interviewer_action")
n.nl()
n.s("A: He said the giveaway reviews are probably more positive and proposed down-weighting that week, which is fine.", "e+", "data_intuition", "learning")
n.nl()
n.s("Q: Would the model be fair to authors with few reviews?", "c", hard="question")
n.nl()
n.s("A: He said 'fair' wasn't really a data question.", "e-", "user_impact")
n.nl()
n.s("Q: What metric would you optimise?", "c", hard="question")
n.nl()
n.s("A: RMSE on star ratings; he could not say why rating error would matter to a reader choosing a book.", "e-", "metrics")
n.blank()
n.s("Competent with the tools.", "v+", "coding")
n.s("Not much curiosity about where the data comes from.", "v-", "data_intuition")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n051", candidate_id="w49-c27", interviewer_id="w49-i01", req_id="w49-r1",
         round="behavioural", submitted_at="2025-05-20", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british"], topic="working with archivists")
n.s("An hour with Yusuf in the old boardroom, which is too warm in May and always will be.", "c")
n.s("We talked about the archivists, whose suspicion of machines is older than any of us.", "c")
n.s("He strikes me as someone who would win them over; patient, curious, unhurried.", "v+", "communication")
n.s("He described one disagreement with a curator at his previous museum and said they 'found a middle way', though he did not say what the way was.", "v0", "communication")
n.s("His technical grounding seems sound; he spoke of OCR error models with evident familiarity.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I would trust him to make sensible trade-offs when the brief is vague, though I cannot give a single instance from our hour.", "v+", "judgment", hard="hedged")
n.s("He asked who the heaviest users of the archive search are, which is more than most candidates ask.", "e+", "user_impact")
n.s("He is a devout man, and mentioned his Friday prayers when we arranged the next round.", "v0", hard="biased")
n.s("That is no concern of this panel and I record it only because he raised the scheduling himself.", "c")
n.s("Hire; I would like the design round to test him harder.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n052", candidate_id="w49-c28", interviewer_id="w49-i03", req_id="w49-r2",
         round="coding", submitted_at="2025-07-15", recommendation="lean_hire",
         specificity=2, style=["prose", "terse"], topic="recommendation coding")
n.s("Coding round with Camille.", "c")
n.s("Problem was the co-reading pairs question.", "c")
n.s("She got there in the end.", "v0", "coding")
n.s("Code was okay I guess.", "v0", "coding")
n.s("She used a dictionary of sets, pretty standard.", "e0", "coding")
n.s("Missed some edge cases.", "v-", "coding")
n.s("She didn't ask any clarifying questions before starting.", "e-", "judgment", hard="negated")
n.s("Explained things fine.", "v0", "communication")
n.s("Good attitude.", "v+", hard="biased")
n.s("Probably fine for the role.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n053", candidate_id="w49-c29", interviewer_id="w49-i04", req_id="w49-r1",
         round="fundamentals", submitted_at="2025-09-30", recommendation="no_hire",
         specificity=3, style=["bullets", "third_person", "terse"], topic="ocr model theory",
         ratings={"ml_fundamentals": "no_hire"})
n.b("Fundamentals, 45 min: sequence models for OCR, evaluation, calibration.", "c")
n.b("ML: 1/4 - said CTC requires characters to be aligned to frames in the training labels.", "e-", "ml_fundamentals", hard="verdict_plus_evidence")
n.b("Could not say why a model with 2% CER can still be useless for name search.", "e-", "metrics", "ml_fundamentals")
n.b("Described a language-model prior as 'basically spellcheck' and did not mention that it will 'correct' rare surnames into common words.", "e-", "ml_fundamentals", "user_impact")
n.b("Correctly explained label smoothing when asked.", "e+", "ml_fundamentals")
n.b("Calibration: answer was textbook, no link to how confidence would be used.", "v-", "ml_fundamentals", hard="tech_vague")
n.b("Learning: 2/4 - after my hint on CTC he restated the same misunderstanding in different words.", "e-", "learning")
n.b("Communication: 3/4 - clear, structured.", "v+", "communication")
n.b("Overall: NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n054", candidate_id="w49-c30", interviewer_id="w49-i02", req_id="w49-r2",
         round="behavioural", submitted_at="2025-10-28", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british"], topic="disagreement")
n.s("A lovely chat with Anjali this afternoon.", "v+")
n.s("I asked about a time she disagreed with a product decision.", "c", hard="question")
n.s("She talked about a recommendation widget at her current job that pushed sponsored books, and said she raised it with her manager.", "e+", "user_impact")
n.s("I wanted more on what happened next, but she kept it general.", "c")
n.s("She is clearly principled and speaks up.", "v+", "ownership")
n.s("Good communicator, very structured in her answers.", "v+", "communication")
n.s("She cares about doing right by readers, I could feel that.", "v+", "user_impact")
n.s("Perhaps not the strongest on the technical side, from what she said about her role.", "v-", hard="hedged")
n.s("She had many good questions for me at the end.", "v+", hard="vague_quantity")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n055", candidate_id="w49-c31", interviewer_id="w49-i06", req_id="w49-r1",
         round="system_design", submitted_at="2025-12-16", recommendation="no_hire",
         specificity=1, style=["bullets", "lowercase", "terse", "fragments"], topic="archive search")
n.b("sys design, archive search", "c")
n.b("weak", "v-", hard="bare_verdict")
n.b("no real design sense", "v-", "system_thinking")
n.b("doesn't get scale", "v-", "system_thinking", hard="negated")
n.b("all buzzwords, kafka, k8s, vector db etc", "v-", "system_thinking", hard="tech_vague")
n.b("poor judgement on trade-offs", "v-", "judgment")
n.b("hard to follow", "v-", "communication")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n056", candidate_id="w49-c32", interviewer_id="w49-i05", req_id="w49-r2",
         round="behavioural", submitted_at="2026-01-27", recommendation="hire",
         specificity=5, style=["qa", "third_person", "british"], topic="forecasting and royalties",
         ratings={"ownership": "strong_hire", "judgment": "hire", "user_impact": "hire"})
n.s("Q: Tell me about a model of yours that affected people's pay.", "c", hard="question")
n.nl()
n.s("A: Hannah described a sales forecast at a trade publisher that set the size of authors' advances for second books.", "e0", "user_impact")
n.nl()
n.s("A: She said she found the forecast under-predicted debut authors by about a third, because their first-year sales were mostly from a single launch month.", "e+", "data_intuition", "user_impact")
n.nl()
n.s("Q: What did she do about it?", "c", "ownership", hard="question")
n.nl()
n.s("A: She added a launch-month feature, re-ran the backtest on three years of debuts, and took the result to the finance director herself rather than waiting for the quarterly review.", "e+", "ownership")
n.nl()
n.s("A: She also insisted the old forecasts be kept beside the new ones for two quarters so finance could compare, which she called 'the cheapest rollback there is'.", "e+", "risk_awareness", "judgment")
n.nl()
n.s("Q: What would she do differently?", "c", hard="question")
n.nl()
n.s("A: She said she should have asked the editors sooner, because they knew about the launch-month effect all along.", "e+", "learning", "communication")
n.nl()
n.s("Q: I asked how she decided when the new model was good enough to use.", "c", hard="interviewer_action")
n.nl()
n.s("A: She said she set the bar in advance with finance: no sales band worse than before, and debut error halved, and it met the first but only cut debut error by 40%, so she shipped with a caveat in the report.", "e+", "judgment", "metrics")
n.nl()
n.s("A: She was less clear on how she would monitor drift once it was live; 'we'd retrain yearly' was all.", "e-", "risk_awareness")
n.nl()
n.s("A: Asked whether the new forecast was fair to authors outside fiction, she said she had split the backtest by genre, found poetry still under-predicted, and put that in the report rather than hiding it.", "e+", "user_impact", "ownership")
n.blank()
n.s("Hire; the ownership story is the strongest I have heard for this req.", "v+", "ownership")
notes.append(n)

n = Note(note_id="w49-n057", candidate_id="w49-c33", interviewer_id="w49-i03", req_id="w49-r2",
         round="data", submitted_at="2026-02-17", recommendation="lean_no_hire",
         specificity=1, style=["prose"], topic="recommendation data")
n.s("Data round with Pieter.", "c")
n.s("Not very strong on data.", "v-", "data_intuition", hard="negated")
n.s("Felt like he was guessing a lot of the time.", "v-", hard="vague_quantity")
n.s("Some decent ideas on features.", "v0", "data_intuition")
n.s("Limited understanding of leakage and sampling.", "v-", "data_intuition", hard="tech_vague")
n.s("Not convinced on the metrics side either.", "v-", "metrics")
n.s("Seemed a bit nervous.", "v-", hard="biased")
n.s("Maybe with more time.", "v0", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n058", candidate_id="w49-c34", interviewer_id="w49-i01", req_id="w49-r1",
         round="data", submitted_at="2026-02-24", recommendation="lean_hire",
         specificity=3, style=["prose", "third_person", "british"], topic="small data for niche genres")
n.s("The data exercise concerned our collection of Victorian sermons; some eleven thousand pages, of which barely four hundred have been transcribed by hand.", "c")
n.s("Leilani was asked how she would train a recogniser for a typeface that appears almost nowhere else.", "c", hard="question")
n.s("She proposed starting from a model trained on general nineteenth-century print and fine-tuning on the four hundred pages, and said she would hold out whole sermons rather than random lines.", "e+", "ml_fundamentals", "data_intuition")
n.s("She seemed comfortable with transfer learning in general.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I mentioned that the transcribers had modernised the spelling, she did not see at first why it mattered, and needed a second nudge before she saw that the model would learn to modernise too.", "e-", "data_intuition", "learning")
n.s("Her proposal for measuring success was a character error rate, and nothing about whether the sermons could now be found by the theologians who asked for them.", "e-", "metrics", "user_impact")
n.s("She has, I think, the makings of a good engineer.", "v+", hard="hedged")
n.s("Quick to smile, a little eager to please.", "v0", hard="biased")
n.s("Lean hire; another round on evaluation would settle it.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n059", candidate_id="w49-c35", interviewer_id="w49-i02", req_id="w49-r2",
         round="fundamentals", submitted_at="2026-03-10", recommendation="lean_hire",
         specificity=2, style=["prose", "first_person", "british"], topic="cold start")
n.s("Fundamentals with Santiago, on cold start for new titles.", "c")
n.s("He knows the theory, I would say well.", "v+", "ml_fundamentals", hard="hedged")
n.s("He talked through content-based features and collaborative filtering and the usual trade-off between them.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("When I asked what he would use for a debut novel with no sales, he said the blurb and the editor's genre tags.", "e+", "ml_fundamentals", "user_impact")
n.s("He did not quite answer how he would check it was working.", "v-", "metrics")
n.s("He was a little slow to warm up, which is normal.", "v0", hard="biased")
n.s("Decent judgement, as far as I could see.", "v0", "judgment")
n.s("Honestly I am on the fence, so lean hire.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n060", candidate_id="w49-c36", interviewer_id="w49-i04", req_id="w49-r1",
         round="coding", submitted_at="2026-03-17", recommendation="lean_no_hire",
         specificity=2, style=["bullets", "third_person", "terse"], topic="search snippet extraction",
         ratings={"coding": "lean_no_hire"})
n.b("Coding: extract a 200-character snippet around the best query match in an OCR page.", "c")
n.b("Coding: 2/4.", "v-", "coding", hard="bare_verdict")
n.b("Solution worked on the happy path.", "e0", "coding")
n.b("Off-by-one at the end of the page, not caught.", "e-", "coding")
n.b("Problem solving: 2/4 - slow.", "v-", "coding")
n.b("Judgement: 2/4 - did not ask what counts as 'best' match.", "e-", "judgment", hard="negated")
n.b("Communication: 2/4 - hard to follow at times.", "v-", "communication")
n.b("Ownership: n/a this round.", "c")
n.b("Overall: LNH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w49_notes_part4.jsonl", notes)
print(len(notes))
