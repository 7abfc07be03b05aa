import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- c01 Amara Okafor (she), r1 OCR & Archive Search: strong ----------
n = Note(note_id="w49-n001", candidate_id="w49-c01", interviewer_id="w49-i01", req_id="w49-r1",
         round="system_design", submitted_at="2025-10-14", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person", "british"], topic="archive search",
         ratings={"system_thinking": "strong_hire", "user_impact": "hire"})
n.s("I asked Amara to design search over the nineteenth-century periodicals we have scanned; roughly forty million pages, most of them with uneven OCR.", "c", hard="interviewer_action")
n.s("Before drawing a single box she asked who actually searches the archive, and when I said the reading-room librarians she asked what they type; names, mostly, and half-remembered phrases.", "e+", "user_impact", "judgment")
n.s("She then proposed indexing the OCR text with character n-grams alongside the word tokens, so that 'Mancheſter' with its long s would still be found by someone typing Manchester.", "e+", "system_thinking", "data_intuition")
n.s("Her estimate was about 12 TB of raw text and she split the index across shards by decade, which she argued would keep most queries on one or two shards since librarians usually know the period.", "e+", "system_thinking")
n.s("When I asked what she would do about pages where the OCR confidence was very low, she suggested showing the page image beside the snippet rather than hiding the result; a librarian, she said, would rather squint at a scan than miss it.", "e+", "user_impact", "judgment")
n.blank()
n.s("On evaluation she was careful; she proposed asking two librarians to write fifty real queries each and judging the top ten, and she said plainly that click-through in the reading room would be too sparse to learn from.", "e+", "metrics")
n.s("I pressed her on rollback; she said the old index would stay live behind a flag for a month, and that she would watch the rate of zero-result queries each day.", "e+", "risk_awareness")
n.s("She also asked whether the librarians keep a list of searches that currently fail, so that she could test against those first.", "e+", "user_impact")
n.s("When I challenged the decade sharding, pointing out that many searches are bare names with no date, she conceded and added a small name index across all decades.", "e+", "learning", "system_thinking")
n.s("I then asked how she would handle a request from an estate to remove a diary from search.", "c", hard="question")
n.s("She said removal should be a flag on the document that the index honours within the hour, with the page image kept safe in the archive itself.", "e+", "system_thinking", "risk_awareness")
n.s("We spent the last quarter of an hour on evaluation.", "c")
n.s("The one gap, if it is a gap, was cost: she never put a figure on re-OCRing the worst decade, though she named it as the obvious next project.", "e-", "system_thinking", hard="mixed")
n.blank()
n.s("A joy to interview; strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n002", candidate_id="w49-c01", interviewer_id="w49-i03", req_id="w49-r1",
         round="coding", submitted_at="2025-10-14", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="ocr")
n.s("Coding round with Amara.", "c")
n.s("Really strong coder, very comfortable in Python.", "v+", "coding")
n.s("Knows her way around string algorithms and edit distance.", "v+", "coding", hard="tech_vague")
n.s("Communicated well throughout.", "v+", "communication")
n.s("Good energy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n003", candidate_id="w49-c01", interviewer_id="w49-i04", req_id="w49-r1",
         round="data", submitted_at="2025-10-15", recommendation="hire",
         specificity=4, style=["headings", "bullets", "third_person", "british"], topic="handwriting ocr",
         ratings={"data_intuition": "strong_hire", "metrics": "hire", "ml_fundamentals": "lean_hire"})
n.h("Data round - handwriting transcription set")
n.b("Exercise: 3,000 transcribed letters from the Vane family papers, two volunteer transcribers, train a handwriting recogniser.", "c")
n.b("Data: 4/4 - candidate asked whether both transcribers saw the same letters, then computed their disagreement on the 200 overlapping pages before touching a model.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("Spotted that one transcriber silently expanded abbreviations ('wch' -> 'which') and the other did not; proposed a normalisation rule rather than dropping either.", "e+", "data_intuition")
n.b("Split by letter-writer, not by page, so that the test set did not share hands with training.", "e+", "data_intuition", "ml_fundamentals")
n.b("Metrics: 3/4 - chose character error rate, but did not say how CER would translate into search recall for the archive team.", "e-", "metrics", hard="mixed")
n.b("Asked who would correct the model's mistakes and proposed sending low-confidence lines back to the same two volunteers, with their disagreements shown side by side.", "e+", "user_impact", "judgment")
n.b("ML: 2/4 - could not explain why CTC loss needs a blank token when asked directly.", "e-", "ml_fundamentals")
n.b("Ownership: not assessed in this round.", "c")
n.b("Communication: 3/4 - adequate.", "v0", "communication")
n.b("Overall: H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n004", candidate_id="w49-c01", interviewer_id="w49-i06", req_id="w49-r1",
         round="debugging", submitted_at="2025-10-15", recommendation="strong_hire",
         specificity=4, style=["bullets", "lowercase", "terse", "fragments", "arrows"], topic="ocr pipeline")
n.b("debugging: ocr pipeline, recall on 1850s pages dropped after the deskew step was added", "c")
n.b("she diffed 20 page images before/after deskew first -> saw text cropped at the margins", "e+", "coding", "data_intuition")
n.b("found the rotation used the page centre not the text block, fixed in ~10 min", "e+", "coding")
n.b("wrote a test w/ a deliberately rotated page, unprompted", "e+", "coding", "risk_awareness")
n.b("asked if the librarians had noticed the drop or if only our eval had", "e+", "user_impact")
n.b("did not check the other decades after the fix", "e-", "risk_awareness", hard="negated")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c02 Tomasz Wierzbicki (he), r2 Reader Recs: offline metric as truth, defends ----------
n = Note(note_id="w49-n005", candidate_id="w49-c02", interviewer_id="w49-i05", req_id="w49-r2",
         round="system_design", submitted_at="2025-11-03", recommendation="lean_no_hire",
         specificity=5, style=["qa", "first_person", "british"], topic="recommendations",
         ratings={"metrics": "no_hire", "learning": "lean_no_hire", "system_thinking": "hire"})
n.s("Q: Design the 'readers also enjoyed' shelf for the Quarto & Vane web shop.", "c", hard="question")
n.nl()
n.s("A: Tomasz sketched a two-tower retrieval model on purchase history, then a gradient-boosted re-ranker, and sized the candidate set at 500 per reader.", "e+", "system_thinking")
n.nl()
n.s("Q: How would you know the new shelf is better than the current one?", "c", "metrics", hard="question")
n.nl()
n.s("A: He said recall@10 on a held-out month had gone from 0.21 to 0.27 in his last job, and that such a jump 'would show up in revenue for certain'.", "e-", "metrics")
n.nl()
n.s("Q: I asked whether a held-out month of purchases might already be shaped by the old shelf.", "c", hard="interviewer_action")
n.nl()
n.s("A: He replied that the old shelf only drove a small share of sales and kept going with the offline number; he did not propose an A/B test until I named one.", "e-", "metrics", "learning")
n.nl()
n.s("Q: What happens to debut authors under this design?", "c", "user_impact", hard="question")
n.nl()
n.s("A: He acknowledged that a purchase-trained model would rarely surface debuts and suggested a fixed exploration slot of one in ten, which was a reasonable answer.", "e+", "user_impact", "judgment")
n.nl()
n.s("Q: I asked him to explain the design to our head of sales in one minute.", "c", hard="interviewer_action")
n.nl()
n.s("A: He said 'two-tower' three times and never described what a reader would actually see on the page.", "e-", "communication")
n.blank()
n.s("Summary: good architecture, but he trusted the offline metric and held his ground when I questioned it.", "v-", "metrics", "learning")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n006", candidate_id="w49-c02", interviewer_id="w49-i02", req_id="w49-r2",
         round="data", submitted_at="2025-11-04", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="sales forecasting",
         ratings={"data_intuition": "lean_hire", "metrics": "no_hire"})
n.s("Thank you for the chance to meet Tomasz; I enjoyed our hour together.", "c")
n.s("I gave him the royalty-forecast dataset, five years of weekly sales per title with the advance each author received.", "c", hard="interviewer_action")
n.s("He noticed quickly that the 2020 weeks looked strange and asked whether the shops had closed, which was a good instinct.", "e+", "data_intuition")
n.s("He also removed the titles with fewer than ten weeks of history without asking what they were, and those are exactly the new authors whose royalties we most need to forecast.", "e-", "data_intuition", "user_impact")
n.s("When he got a MAPE of 14% on his validation fold he told me the model was 'ready for finance', with no check on how it did for the small titles.", "e-", "metrics")
n.s("I asked what he would compare the 14% against, and he had no baseline; he had not tried last year's sales as a forecast.", "e-", "metrics", hard="negated")
n.s("I asked him directly who would be hurt if the forecast was too low, and he said the finance team, not the author.", "e-", "user_impact")
n.s("To be fair, he wrote clean pandas and explained each step as he went.", "e+", "coding", "communication", hard="mixed")
n.s("He asked me at the end how advances are decided today, and listened carefully to the answer.", "e+", "user_impact")
n.s("Honestly, I like him, but I cannot see him owning a model that sets an author's advance.", "v-", "judgment")
n.s("Lean no hire from me.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n007", candidate_id="w49-c02", interviewer_id="w49-i01", req_id="w49-r2",
         round="behavioural", submitted_at="2025-11-04", recommendation="hire",
         specificity=3, style=["prose", "third_person", "british"], topic="collaboration with editors")
n.s("Behavioural round; we spoke about working with people who do not think in numbers, which is most of this building.", "c")
n.s("Tomasz described a quarrel with a merchandising lead over whether a bestseller should be pinned to the homepage; he ran a week-long test, lost the argument on the data, and pinned it anyway because she was right.", "e+", "learning", "ownership")
n.s("The lesson he drew, he said, was to agree the measure of success with the merchandiser before running a test rather than after.", "e+", "learning", "metrics")
n.s("He is articulate, if a little fond of his own sentences; I say this as someone who is fond of mine.", "v0", "communication")
n.s("He seems to care about readers, though I could not point to the moment that told me so.", "v+", "user_impact", hard="hedged")
n.s("When I asked what he would do if an author complained that the shelf never showed her books, he said he would 'explain the model to her', and did not consider changing anything.", "e-", "user_impact", "judgment")
n.s("A hire, on balance; the other rounds will tell us more about the metrics side.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n008", candidate_id="w49-c02", interviewer_id="w49-i06", req_id="w49-r2",
         round="coding", submitted_at="2025-11-05", recommendation="hire",
         specificity=3, style=["bullets", "lowercase", "terse", "abbreviations"], topic="co-purchase graph")
n.b("coding: top-k co-purchased titles from an order log", "c")
n.b("time: 40 min", "c")
n.b("asked first whether the order log included returns", "e+", "data_intuition")
n.b("used a counter over pairs, fine for the toy input", "e0", "coding")
n.b("explained the heap choice in one line when asked", "e+", "communication")
n.b("when i said 2M orders/day he switched to a per-title heap w/o being told how", "e+", "coding", "learning")
n.b("no tests", "e-", "coding", hard="negated")
n.b("solid coder imo", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c03 Priya Raghunathan (she), r1: adapts after hint, contradictions on system_thinking ----------
n = Note(note_id="w49-n009", candidate_id="w49-c03", interviewer_id="w49-i02", req_id="w49-r1",
         round="coding", submitted_at="2026-01-20", recommendation="hire",
         specificity=5, style=["prose", "first_person", "british"], topic="ocr post-correction",
         ratings={"coding": "hire", "learning": "strong_hire"})
n.s("I asked Priya to write a function that corrects OCR tokens against a dictionary of period spellings.", "c", hard="interviewer_action")
n.s("She started by computing edit distance from each token to every dictionary word, and it was correct on my three examples.", "e0", "coding")
n.s("I mentioned that the dictionary has 400,000 words and we have billions of tokens.", "c", hard="interviewer_action")
n.s("She paused, said 'so this is quadratic in the worst way', and within five minutes rewrote it with a BK-tree keyed on distance.", "e+", "coding", "learning")
n.s("She then asked whether a correction should ever be applied automatically, or only suggested to the cataloguers, because a wrong fix to a surname would make a record unfindable.", "e+", "user_impact", "judgment")
n.s("Her tests covered an empty token, a token with a long s, and a token longer than any dictionary word.", "e+", "coding")
n.s("She forgot to lowercase before lookup and only caught it when her own test failed, which I did not mind; she read the failure and fixed it without drama.", "e0", "coding", hard="mixed")
n.s("When I asked how she would know the corrector helped, she proposed counting search hits on a list of 200 known surnames before and after.", "e+", "metrics", "user_impact")
n.s("She talked me through each change before making it, and when I went quiet she asked if I wanted her to slow down.", "e+", "communication")
n.s("We kept the last ten minutes for her questions.", "c")
n.blank()
n.s("Lovely candidate, hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n010", candidate_id="w49-c03", interviewer_id="w49-i01", req_id="w49-r1",
         round="system_design", submitted_at="2026-01-21", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="archive search",
         ratings={"system_thinking": "hire"})
n.s("I set Priya the problem of searching handwritten parish registers, of which we hold some two million page images and almost no transcriptions.", "c", hard="interviewer_action")
n.s("She proposed word-spotting over image embeddings rather than full transcription, reasoning that a genealogist wants to find a name, not read the page.", "e+", "system_thinking", "user_impact")
n.s("She drew the pipeline in three stages; segmentation into lines, embedding of word crops, and an approximate nearest-neighbour index; and she gave the index a memory budget of about 200 GB.", "e+", "system_thinking")
n.s("She did not, I think, consider what happens when the segmenter fails on a water-damaged page; I had to raise it myself.", "e-", "risk_awareness", hard="hedged")
n.s("Her answer once I raised it was to log segmenter confidence and route the worst pages to a volunteer queue, which is roughly what we do now.", "e+", "risk_awareness", "learning")
n.s("I asked how a genealogist would see the results.", "c", hard="question")
n.s("She said she would show the cropped word image with a link to the whole page, so that the person could judge the match rather than trust a score.", "e+", "user_impact", "communication")
n.s("She never estimated query latency for the nearest-neighbour index, and I did not press her.", "e-", "system_thinking", hard="negated")
n.s("Thoughtful and organised; a hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n011", candidate_id="w49-c03", interviewer_id="w49-i04", req_id="w49-r1",
         round="system_design", submitted_at="2026-01-22", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "third_person", "terse"], topic="ocr at scale",
         ratings={"system_thinking": "no_hire", "risk_awareness": "lean_no_hire"})
n.b("Task: re-OCR 40M pages with a new model within a quarter.", "c")
n.b("System: 1/4 - candidate did not estimate throughput; when asked, guessed 'a few GPUs' without a per-page time.", "e-", "system_thinking", hard="verdict_plus_evidence")
n.b("Proposed writing new OCR output over the old text in place, no versioning.", "e-", "risk_awareness", "system_thinking")
n.b("Did not ask how search would behave during a half-migrated state.", "e-", "risk_awareness", hard="negated")
n.b("Judgement: 2/4 - asked which collections librarians use most and proposed doing those first.", "e+", "judgment", "user_impact", hard="mixed")
n.b("Learning: 3/4 - told that the archive cannot go offline, she switched to writing new OCR into a separate field and flipping search over one collection at a time.", "e+", "learning", "system_thinking", hard="verdict_plus_evidence")
n.b("Ownership: 2/4 - said the migration timeline 'depends on infra'.", "e-", "ownership")
n.b("Communication: 3/4.", "v0", "communication", hard="bare_verdict")
n.b("Overall: LNH; weaker on scale than the other design round suggests.", "v-", "system_thinking")
notes.append(n)

n = Note(note_id="w49-n012", candidate_id="w49-c03", interviewer_id="w49-i03", req_id="w49-r1",
         round="behavioural", submitted_at="2026-01-22", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="teamwork")
n.s("Had a behavioural chat with Priya.", "c")
n.s("She's a team player and very easy to talk to.", "v+", hard="biased")
n.s("Mentioned a project where she owned the OCR retraining at her last place.", "v+", "ownership")
n.s("She said she'd pushed back on her manager about shipping without an error analysis.", "e+", "judgment", "risk_awareness")
n.s("Seems like she takes feedback well.", "v+", "learning", hard="hedged")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- history notes ----------
n = Note(note_id="w49-n013", candidate_id="w49-c09", interviewer_id="w49-i03", req_id="w49-r2",
         round="fundamentals", submitted_at="2024-09-17", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="recommendations")
n.s("Fundamentals round.", "c")
n.s("Strong on recommender theory, matrix factorisation, implicit feedback, all of it.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Clearly knows metrics well.", "v+", "metrics")
n.s("Nice guy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n014", candidate_id="w49-c10", interviewer_id="w49-i05", req_id="w49-r1",
         round="behavioural", submitted_at="2025-02-11", recommendation="lean_no_hire",
         specificity=4, style=["qa", "third_person", "british"], topic="rights and licensing")
n.s("Q: Tell me about a time a dataset you used turned out to have a licensing problem.", "c", hard="question")
n.nl()
n.s("A: Malik described training on a scraped corpus of out-of-print novels and learning later that some were still in copyright.", "e0", "data_intuition")
n.nl()
n.s("Q: What did you do when you found out?", "c", "ownership", hard="question")
n.nl()
n.s("A: He said legal 'handled it' and that he moved on to the next project; he could not say whether the model was retrained.", "e-", "ownership")
n.nl()
n.s("Q: Would you check rights before training here?", "c")
n.nl()
n.s("A: He said he would expect the data team to flag anything risky, which worries me for an archive where rights differ page by page.", "e-", "ownership", "risk_awareness")
n.nl()
n.s("Q: Anything he asked us?", "c")
n.nl()
n.s("A: He asked how our authors feel about their books being used for training, which was the best moment of the hour.", "e+", "user_impact")
n.nl()
n.s("Q: How did he check the quality of that corpus at the time?", "c", hard="question")
n.nl()
n.s("A: He said he 'trusted the upstream team' and had never opened a sample himself.", "e-", "data_intuition", "ownership")
n.blank()
n.s("Lean no hire; good instincts about authors but passive about fixing problems he caused.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w49-n015", candidate_id="w49-c11", interviewer_id="w49-i06", req_id="w49-r2",
         round="coding", submitted_at="2025-05-08", recommendation="no_hire",
         specificity=4, style=["bullets", "lowercase", "terse", "typos"], topic="dedup of catalogue records")
n.b("coding: dedupe catalogue records (same book, diff editions)", "c")
n.b("keyed on title string only -> merged two diffrent books called 'Persuasion'", "e-", "coding", "data_intuition")
n.b("hint: isbn + author -> she added isbn but still ignored author", "e-", "learning", "coding")
n.b("never ran the sample input", "e-", "coding", hard="negated")
n.b("took ~35 min on a 15 min problem", "e-", "coding")
n.b("did explain her merge rule clearly before coding it", "e+", "communication")
n.b("asked if librarians would want to review merges before they go live, good q", "e+", "user_impact", "risk_awareness")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w49_notes_part1.jsonl", notes)
print(len(notes))
