import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- history notes, part 4 ----
n = Note(note_id="w41-n037", candidate_id="w41-c13", interviewer_id="w41-i02", req_id="w41-r1",
         round="behavioural", submitted_at="2025-08-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="forecast gaming")
n.s("Behavioral round with Marcus, 45 min, mostly about working with sales and retailers.", "c")
n.s("I asked him to tell me about a time someone pushed back on his numbers.", "c", hard="question")
n.s("He described a key-account manager at his last company who kept adding 30% to the forecast for a big grocery chain before every holiday.", "e0")
n.s("He said he sat with her for an afternoon to learn why, and found she was padding because the chain fined them for short deliveries.", "e+", "user_impact", hard="plain_evidence")
n.s("Instead of arguing, he built the fine into the forecast so safety stock went up for that one chain only, and the padding stopped.", "e+", "judgment")
n.s("He told me waste on that account dropped by about a fifth the next quarter and that he kept tracking it for a year.", "e+", "ownership")
n.s("When I asked what he'd do if the sales team kept padding anyway, he said he'd put both numbers side by side in the weekly meeting and let the misses speak.", "e+", "communication")
n.s("I asked how he explains a forecast range to someone who wants one number.", "c", hard="question")
n.s("He said \"I tell them the number I'd bet my own lunch on, and then the number that keeps the shelf full.\"", "e+", "communication")
n.s("Honestly the clearest answer I've heard to that question.", "v+", "communication")
n.s("He did not ask anything about our retailers or how we sell, which surprised me a little.", "e-", "user_impact", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n038", candidate_id="w41-c14", interviewer_id="w41-i04", req_id="w41-r2",
         round="system_design", submitted_at="2025-08-18", recommendation="hire", specificity=5,
         style=["headings", "bullets", "first_person"], topic="foreign-object detection",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "hire", "communication": "lean_hire"})
n.s("System design.", "c")
n.s("60 minutes.", "c")
n.s("Prompt: a foreign-object detector (plastic, metal fragments) on the cereal packing lines, 8 lines across two plants, that must not slow the line.", "c")
n.h("Findings")
n.b("Opened by asking what the line does today when the X-ray flags a pack and who clears the reject bin, then designed around that step instead of replacing it.", "e+", "judgment", marker="1. ")
n.b("Estimated 8 lines at 120 packs a minute as 16 images a second in total, and put one GPU box per plant with a local queue so a network outage does not stop inspection.", "e+", "system_thinking", marker="2. ")
n.b("Proposed that if the model box goes down, the line keeps running on X-ray alone and raises an alarm, and explained why stopping the line is worse.", "e+", "risk_awareness", marker="3. ")
n.b("Asked for the cost of a missed fragment versus a false reject; when I said a missed fragment could mean a recall, she set the threshold to allow up to 2% of packs rejected.", "e+", "metrics", marker="4. ")
n.b("Suggested logging every reject image with the operator's decision so false rejects become next month's training data.", "e+", "data_intuition", marker="5. ")
n.b("Planned a two-week shadow run on one line, comparing its flags with X-ray and manual checks, before turning on auto-reject.", "e+", "risk_awareness", marker="6. ")
n.b("Did not think about keeping model versions in step across the two plants; when I asked, she said \"same image, pinned version\" and left it there.", "e-", "system_thinking", marker="7. ")
n.b("Spent the first ten minutes on camera hardware, which I had said was out of scope.", "e-", "communication", marker="8. ")
n.b("Said anything found on a shipped lot should be reported the same day \"because those packs are on somebody's breakfast table\", and added a hold-and-notify step.", "e+", "user_impact", "risk_awareness", marker="9. ")
n.s("Recommendation: hire.", "v+", hard="bare_verdict", sep="\n")
n.s("Findings 2, 3 and 6 are what I want on a food line; 7 is trainable.", "v+")
notes.append(n)

n = Note(note_id="w41-n039", candidate_id="w41-c15", interviewer_id="w41-i03", req_id="w41-r1",
         round="fundamentals", submitted_at="2025-08-25", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="forecasting basics")
n.s("Fundamentals, Chen.", "c")
n.s("Pretty good on the ML basics, a few gaps.", "v0", "ml_fundamentals", hard="mixed")
n.s("Would be ok on the team.", "v0")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n040", candidate_id="w41-c16", interviewer_id="w41-i06", req_id="w41-r1",
         round="debugging", submitted_at="2025-09-22", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "lowercase", "terse", "arrows", "abbreviations"], topic="late POS data")
n.b("debugging 45m", "c")
n.b("setup: weekly forecast for frozen pizza jumped 40% in one region overnight, no promo planned", "c")
n.b("lucía read the model code first, not the data -> 15 min in the training loop", "e-", "data_intuition")
n.b("i said 'look at the inputs' -> found one retailer had resent 3 weeks of pos, counted twice", "e+", "learning")
n.b("fix: drop dups on (store, sku, week) -> ok", "e0", "coding")
n.b("didn't ask whether the plan had already gone to the plant -> 40% extra pizza may already be made", "e-", "risk_awareness", hard="negated")
n.b("when i asked, said 'not my call, planning decides'", "e-", "ownership")
n.b("no check proposed for resent files going fwd", "e-", "risk_awareness", hard="negated")
n.b("code clean, fast typist", "v+", "coding")
n.b("LNH -> debugging instinct + ownership both weak", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n041", candidate_id="w41-c17", interviewer_id="w41-i05", req_id="w41-r2",
         round="fundamentals", submitted_at="2025-10-06", recommendation="strong_hire", specificity=3,
         style=["prose", "third_person"], topic="image classifiers")
n.s("Tomasz was asked a series of fundamentals questions about image classifiers for the packing line.", "c")
n.s("He explained that a model trained on photos from one lighting setup learns the lighting as a shortcut, and suggested color jitter and photos from several shifts to break it.", "e+", "ml_fundamentals")
n.s("He clearly has a very deep understanding of convolutional networks.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When asked how to tell whether the model is well calibrated, he described binning predictions and comparing each bin's average score with the share of real defects in it.", "e+", "ml_fundamentals")
n.s("The candidate also discussed transformers and self-supervised pretraining with real fluency.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He was not sure how to set a threshold when defects are one in a thousand, and said he would ask the quality team what a miss costs.", "e0", "metrics", hard="mixed")
n.s("Tomasz is a wonderful communicator.", "v+", "communication")
n.s("He would be a superb addition to the inspection team.", "v+")
n.s("The session ran the full 45 minutes.", "c")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n042", candidate_id="w41-c18", interviewer_id="w41-i01", req_id="w41-r1",
         round="data", submitted_at="2025-10-20", recommendation="hire", specificity=5,
         style=["prose", "first_person"], topic="waste from over-forecasting",
         ratings={"data_intuition": "hire", "metrics": "strong_hire", "user_impact": "hire"})
n.s("Data round con Amara, 60 min.", "c")
n.s("I gave her two years of daily orders and store waste for bagged salad in 180 stores, plus the current forecast.", "c", hard="interviewer_action")
n.s("The question: is the forecast causing the waste, and what would you change?", "c", hard="question")
n.s("Amara first plotted waste against forecast error per store and saw that waste rose when the forecast ran high, but also in low-volume stores no matter what.", "e+", "data_intuition")
n.s("She asked how waste is recorded, and when I said store staff scan it at closing, she pointed out that busy stores probably under-scan, so their waste looks lower than it is.", "e+", "data_intuition")
n.s("Then she proposed tracking waste as a share of units delivered instead of total waste, so the big stores don't dominate.", "e+", "metrics")
n.s("I asked what she would tell the category team; she said cut the forecast 5% only in the 40 low-volume stores and leave the rest, because short shelves lose customers.", "e+", "judgment")
n.s("She also said an empty shelf hurts the shopper who came in for salad, not just our sales, and wanted a lost-sales estimate next to the waste number.", "e+", "user_impact")
n.s("Pequeño detalle: her SQL had a join that dropped stores with no waste records, and she caught it herself when her store count came out at 163.", "e0", "coding", hard="mixed")
n.s("She fixed it with a left join and a coalesce in about a minute.", "e+", "coding")
n.s("Did not ask about holidays or weather, which drive salad a lot.", "e-", "data_intuition", hard="negated")
n.s("When I mentioned it, she added a flag for the three hottest weeks and checked the pattern still held.", "e+", "learning")
n.s("Muy clara in how she explained it.", "v+", "communication")
n.s("Hire, and I'd be happy to have her on demand sensing.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n043", candidate_id="w41-c19", interviewer_id="w41-i02", req_id="w41-r2",
         round="behavioural", submitted_at="2025-11-10", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="working with operators")
n.s("Talked with Kenji about his background and what he wants from the role.", "c")
n.s("He seems like a hard worker.", "v+", hard="hedged")
n.s("He mentioned he once helped the packaging team with a camera problem.", "v+")
n.s("I asked how he'd explain a rejected pack to a line worker.", "c", hard="question")
n.s("His answer was short and used words like \"confidence score\" that a line worker wouldn't know.", "e-", "communication")
n.s("Quiet guy.", "v0", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n044", candidate_id="w41-c20", interviewer_id="w41-i04", req_id="w41-r1",
         round="coding", submitted_at="2025-12-15", recommendation="lean_hire", specificity=4,
         style=["headings", "bullets", "first_person"], topic="weeks of cover")
n.s("Coding.", "c")
n.s("45 minutes.", "c")
n.s("Problem: from daily shipments and POS per store, compute weeks of cover for each SKU and flag any SKU above 6 weeks (waste risk on chilled lines).", "c")
n.h("Findings")
n.b("Asked whether weeks of cover should use the trailing 4-week average or the forecast; chose the forecast and said why (promos make the trailing average wrong).", "e+", "judgment", marker="1. ")
n.b("First version divided by zero for SKUs with no sales; she caught it herself when running my example.", "e0", "coding", hard="mixed", marker="2. ")
n.b("Wrote three tests, including a SKU that was delisted mid-month.", "e+", "coding", hard="plain_evidence", marker="3. ")
n.b("Used a Python loop over stores that would take hours on 3,000 stores; when I asked about scale she rewrote it as a groupby.", "e0", "coding", "learning", marker="4. ")
n.b("Did not ask what the flag would be used for or who would read it.", "e-", "user_impact", hard="negated", marker="5. ")
n.b("Variable names and structure were easy to follow.", "v+", "coding", marker="6. ")
n.s("Lean hire: competent, but needed prompts on scale.", "v0", hard="mixed", sep="\n")
notes.append(n)

n = Note(note_id="w41-n045", candidate_id="w41-c21", interviewer_id="w41-i06", req_id="w41-r2",
         round="system_design", submitted_at="2026-01-19", recommendation="lean_hire", specificity=3,
         style=["bullets", "lowercase", "terse", "arrows", "abbreviations"], topic="allergen labelling")
n.b("sys design: allergen label check across 3 plants", "c")
n.b("45m, whiteboard", "c")
n.b("yusuf: ocr + match vs recipe db, same as most", "e0", "system_thinking")
n.b("asked what happens on a recipe change mid-run -> good", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.b("put the recipe lookup in the line path, ~300ms per call, line needs <100ms -> didn't notice till i asked", "e-", "system_thinking")
n.b("then cached recipes per shift -> ok", "e+", "learning")
n.b("fail open when ocr unsure -> pack ships", "e-", "risk_awareness")
n.b("i asked who's hurt if it fails open -> he said 'shouldn't happen often'", "e-", "user_impact")
n.b("knows his stuff on ocr", "v+", "ml_fundamentals", hard="tech_vague")
n.b("LH but risk thinking weak", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w41-n046", candidate_id="w41-c22", interviewer_id="w41-i03", req_id="w41-r2",
         round="behavioural", submitted_at="2026-02-02", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="pipeline ownership")
n.s("Behavioral with Grace.", "c")
n.s("Good stories.", "v+")
n.s("Told one about a broken data pipeline at her old job, owned it end to end I think.", "v+", "ownership", hard="hedged")
n.s("Team player, easy to talk to.", "v+", hard="biased")
n.s("No red flags.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n047", candidate_id="w41-c23", interviewer_id="w41-i05", req_id="w41-r1",
         round="debugging", submitted_at="2026-02-23", recommendation="hire", specificity=3,
         style=["prose", "third_person"], topic="promotion uplift")
n.s("Samuel was given a promo report showing a 60% lift for a yogurt multipack and asked whether to trust it.", "c")
n.s("He noticed right away that the baseline weeks included a stockout, which made the promo look far better than it was.", "e+", "data_intuition")
n.s("He recomputed the baseline without those weeks and got a lift of roughly 20%.", "e+", "metrics")
n.s("Samuel has a wonderful eye for data problems.", "v+", "data_intuition")
n.s("He did not look at whether the single-pack yogurt lost sales during the promo, though to be fair time was short.", "e-", "metrics", hard="negated")
n.s("When asked how he would stop this happening again, he suggested flagging stockout weeks automatically in the baseline table.", "e+", "risk_awareness")
n.s("The candidate was a delight to interview.", "v+", hard="biased")
n.s("Samuel explained his reasoning patiently.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w41-n048", candidate_id="w41-c24", interviewer_id="w41-i01", req_id="w41-r2",
         round="fundamentals", submitted_at="2026-03-09", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="vision fundamentals")
n.s("Fundamentals con Beatriz.", "c")
n.s("Le faltó base, she struggled with the basics.", "v-", "ml_fundamentals")
n.s("Nice person, muy amable.", "v+", hard="biased")
n.s("Lean no hire, lo siento.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w41_notes_part4.jsonl", notes)
print(len(notes), "notes")
