import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"
notes = []

# ---------- Candidate c07 Seun (he), r1 cold start: no rollback/failure modes (i04 + i06), defends ----------
n = Note(note_id="w36-n025", candidate_id="w36-c07", interviewer_id="w36-i01", req_id="w36-r1",
         round="coding", submitted_at="2026-02-03", recommendation="hire", specificity=4,
         style=["fragments", "lowercase", "first_person", "typos"], topic="seasonal cold start")
n.b("notes for Seun coding round, dictated in the car park", "c", marker="")
n.b("problem was given a new collection with no sales yet find for each new item the five most similar old items by attributes so we can borrow there sales curves", "c", marker="")
n.b("he asked straight off whether attributes like colour and fabric are free text or a fixed list because free text would need cleaning first", "e+", DI, hard="question", marker="")
n.b("wrote a similarity function with weights per attribute and he said category should be a hard filter not a weight because a coat should never borrow from a swimsuit", "e+", CO, JU, marker="")
n.b("ran it on my three examples and two passed, the third failed on a item with no fabric listed and he found that himself by printing the intermediate scores", "e+", CO, marker="")
n.b("fixed it by skipping missing attributes and renormalising the weights which is what I would have done", "e+", CO, marker="")
n.b("I asked what happens when a whole category is new like we launched swimwear for the first time last year", "c", hard="interviewer_action", marker="")
n.b("he said you cant borrow from nothing so he would fall back to the merchandisers own buy plan numbers for that category, sensible", "e+", JU, marker="")
n.b("when I said the buyers plan numbers are usually optimistic he got a bit prickly and said thats not a modelling problem", "e-", LE, OW, marker="")
n.b("code was neat and readable", "v+", CO, marker="")
n.b("hire from me on coding, somebody should check the attitude thing", "v+", CO, hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w36-n026", candidate_id="w36-c07", interviewer_id="w36-i03", req_id="w36-r1",
         round="behavioural", submitted_at="2026-02-03", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="seasonal cold start")
n.s("Behavioural with Seun.", "c")
n.s("Confident, strong presence in the room.", "v+", hard="biased")
n.s("Has done lots of work on recommendation systems.", "v+", hard="vague_quantity")
n.s("Clearly takes ownership.", "v+", OW)
n.s("Answers were a bit long.", "v-", CM)
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n027", candidate_id="w36-c07", interviewer_id="w36-i04", req_id="w36-r1",
         round="system_design", submitted_at="2026-02-04", recommendation="lean_no_hire", specificity=5,
         style=["headings", "terse", "british", "first_person"], topic="seasonal cold start",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "learning": "no_hire", "metrics": "lean_hire"})
n.h("System design - Seun - 50 min")
n.s("Prompt: recommendations on the homepage for the first two weeks of a new collection, when 80% of items have no interaction data.", "c")
n.nl()
n.b("System thinking: 4/4 - proposed a content tower on image plus attributes for new items and a collaborative tower for old items, with a blending weight that shifts as clicks accumulate.", "e+", ST, ML, hard="verdict_plus_evidence", marker="")
n.b("Gave a retrain schedule: daily for the first fortnight, then weekly.", "e+", ST, marker="")
n.b("Metrics: 3/4 - wanted add-to-bag per impression rather than clicks, and a separate read for new-collection items only.", "e+", ME, marker="")
n.b("Risk: 1/4 - no fallback if the content tower returns junk for a new category; no rollback plan; no monitoring of what share of the homepage is new items.", "e-", RI, hard="negated", marker="")
n.b("I asked what he would do if the launch homepage showed only last season's stock.", "c", RI, hard="question", marker="")
n.b("He said the blending weight \"handles that automatically\" and did not consider that the weight itself could be wrong.", "e-", RI, LE, marker="")
n.b("Learning: 1/4 - I pushed back twice; both times he restated the design and said I was \"overthinking the edge cases\".", "e-", LE, CM, marker="")
n.b("User impact: 2/4 - did not consider that content similarity on images would tend to recommend the same body type of model.", "e-", UI, hard="negated", marker="")
n.b("Communication: 3/4 - clear diagram, good pacing, listening weaker than speaking.", "v0", CM, hard="mixed", marker="")
n.b("Overall: lean no hire; strong architecture, but I would not trust him with a launch on his own.", "v-", RI, marker="")
notes.append(n)

n = Note(note_id="w36-n028", candidate_id="w36-c07", interviewer_id="w36-i06", req_id="w36-r1",
         round="debugging", submitted_at="2026-02-05", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "lowercase", "abbreviations", "arrows"], topic="seasonal cold start")
n.h("debugging - seun")
n.b("setup: new collection recs showed 0 new items for 6h after launch", "c")
n.b("found the cause fast -> feature job ran before the catalogue load finished, so new items had null embeddings", "e+", DI, ST)
n.b("fix: reorder the jobs, fine", "e+", ST)
n.b("asked 'how would you have caught it sooner' -> said someone would notice on the homepage", "e-", RI)
n.b("no alert, no check for null embeddings, no fallback to bestsellers", "e-", RI, hard="negated")
n.b("when i suggested a null-rate check he said it'd be 'noise'", "e-", LE, RI)
n.b("same thing i04 saw, failure modes not on his radar", "v-", RI)
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---------- Candidate c08 Rowan (they), r2 stock allocation: poor judgement under ambiguity (i02 + i04) ----------
n = Note(note_id="w36-n029", candidate_id="w36-c08", interviewer_id="w36-i02", req_id="w36-r2",
         round="behavioural", submitted_at="2026-04-14", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="stock allocation")
n.s("Rowan, behavioural, I represented the allocation team.", "c")
n.s("I gave them a situation from last autumn: a coat sold out in Leeds in two days, but the model had sent most of the stock to Bristol.", "c", hard="interviewer_action")
n.s("I asked what they would do on the Monday morning.", "c", hard="question")
n.s("They said they would wait for two more weeks of sales before moving any stock, so they could be sure it wasn't a blip.", "e-", JU)
n.s("I said by then the coat season is half over, and they said it was better to be right than fast.", "e-", JU, LE)
n.s("They didn't ask how much it would cost to move stock between the two stores.", "e-", JU, hard="negated")
n.s("They also didn't ask what our store managers were saying, which is usually the first thing anyone on my team would check.", "e-", UI, hard="negated")
n.s("They were warm about the store staff, and said they would want to visit a few shops in their first month.", "e+", UI, OW, hard="plain_evidence")
n.s("Lovely to talk to.", "v+", hard="biased")
n.s("Not convinced they can make a call when the numbers are unclear.", "v-", JU)
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n030", candidate_id="w36-c08", interviewer_id="w36-i04", req_id="w36-r2",
         round="data", submitted_at="2026-04-14", recommendation="lean_no_hire", specificity=4,
         style=["headings", "terse", "british"], topic="stock allocation",
         ratings={"data_intuition": "hire", "judgment": "no_hire", "metrics": "lean_hire"})
n.h("Data round - Rowan")
n.s("Exercise: store-level sales and stock for 40 stores; propose the next allocation of a new trainer.", "c")
n.nl()
n.b("Data intuition: 4/4 - noticed that sales were zero in stores that had no stock and said those zeros are censored demand, not low demand.", "e+", DI, hard="verdict_plus_evidence", marker="")
n.b("Proposed estimating demand only from days with stock on hand.", "e+", DI, ML, marker="")
n.b("Judgment: 1/4 - I told them the data for six stores was missing and the allocation was due in an hour; they said they could not recommend anything without it.", "e-", JU, marker="")
n.b("When I asked for a best guess anyway, they declined again rather than, say, copying similar stores.", "e-", JU, LE, marker="")
n.b("Metrics: 3/4 - chose sell-through at four weeks and said full-price sell-through matters more than total.", "e+", ME, marker="")
n.b("Did not ask what happens to unsold stock at the end, which changes the whole trade-off.", "e-", JU, ME, hard="negated", marker="")
n.b("Overall: lean no hire; excellent with data, stuck when the data runs out.", "v-", JU, marker="")
notes.append(n)

n = Note(note_id="w36-n031", candidate_id="w36-c08", interviewer_id="w36-i05", req_id="w36-r2",
         round="system_design", submitted_at="2026-04-15", recommendation="hire", specificity=3,
         style=["prose", "third_person", "british"], topic="stock allocation")
n.s("Rowan was asked to design the weekly stock allocation system, including how merchandisers override it.", "c")
n.s("They designed an elegant pipeline with a demand forecast per store and size, an allocation optimiser, and a review screen for merchandisers.", "e+", ST)
n.s("Rowan proposed logging every override with a reason code, so the team could later learn which overrides helped.", "e+", OW, DI)
n.s("They suggested that if merchandisers overrode more than a third of lines in a week, that should trigger a review of the model rather than of the merchandisers.", "e+", RI, UI)
n.s("They were a little cautious about committing to a design when the interviewer left the store capacities unspecified.", "v0", JU, hard="hedged")
n.s("Rowan has a wonderful, thoughtful manner.", "v+", hard="biased")
n.s("Very strong on optimisation.", "v+", ML, hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n032", candidate_id="w36-c08", interviewer_id="w36-i01", req_id="w36-r2",
         round="coding", submitted_at="2026-04-16", recommendation="hire", specificity=2,
         style=["fragments", "lowercase", "first_person", "typos"], topic="stock allocation")
n.b("Rowan coding round quick notes", "c", marker="")
n.b("the question was allocate units of a product across stores proportional to forecast with a minimum of two per store and no more than the store can hold", "c", marker="")
n.b("they got a working answer", "v+", CO, marker="")
n.b("good coder no real concerns", "v+", CO, marker="")
n.b("they asked whether rounding should favour the bigger stores or the smaller ones which I thought was a good question", "e+", JU, hard="question", marker="")
n.b("nice person", "v+", hard="biased", marker="")
n.b("hire", "v+", hard="bare_verdict", marker="")
notes.append(n)

# ---------- History notes ----------
n = Note(note_id="w36-n033", candidate_id="w36-c09", interviewer_id="w36-i05", req_id="w36-r1",
         round="coding", submitted_at="2025-04-08", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="visual search")
n.s("Freya completed the coding round, 60 minutes.", "c")
n.s("She was asked to write a function that returns visually similar in-stock products for a query embedding, respecting the shopper's size.", "c", hard="interviewer_action")
n.s("She began by asking whether the embeddings were already normalised and whether size availability was per store or online only.", "e+", JU, DI, hard="question")
n.s("She wrote a brute-force version first and said she wanted a correct baseline to test the faster one against.", "e+", CO, JU)
n.s("She then replaced the sort with a partial selection and explained that sorting 400k scores to keep ten was wasteful.", "e+", CO)
n.s("She wrote four tests: an empty catalogue, a query with every item out of stock, ties in score, and k larger than the catalogue.", "e+", CO)
n.s("The tie test failed, and she traced it to her comparison returning items in a different order each run; she added the SKU as a tie-breaker.", "e+", CO)
n.s("When asked how she would know the results were good for shoppers, she suggested comparing return rates for items bought from visual search against items bought from text search.", "e+", ME, UI)
n.s("She added that a lower return rate could simply mean visual search shoppers buy cheaper basics, so the comparison should be within price band.", "e+", ME, DI)
n.s("The interviewer raised the complaint that the feature rarely surfaced plus-size items.", "c", hard="interviewer_action")
n.s("She said the size filter after retrieval would empty the results for sizes with thin stock, and proposed filtering on size before the similarity search for those shoppers.", "e+", UI, ST)
n.s("She talked through each step as she typed and paused to ask whether the interviewer wanted her to continue.", "e+", CM)
n.s("She did run slightly over time on the last part.", "e-")
n.s("One of the best coding rounds this year.", "v+", CO)
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n034", candidate_id="w36-c10", interviewer_id="w36-i06", req_id="w36-r2",
         round="system_design", submitted_at="2025-05-21", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="influencer attribution")
n.h("sys design - bogdan")
n.b("q: measure which influencer campaigns drive sales", "c")
n.b("knows attribution models well", "v+", ME, hard="tech_vague")
n.b("mentioned mmm, shapley, last click", "v0", ME, hard="tech_vague")
n.b("said discount codes undercount b/c ppl forget to use them", "e+", DI, ME)
n.b("design a bit hand-wavy", "v-", ST)
n.b("ok communicator", "v0", CM)
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n035", candidate_id="w36-c11", interviewer_id="w36-i03", req_id="w36-r1",
         round="system_design", submitted_at="2025-07-01", recommendation="no_hire", specificity=2,
         style=["prose", "third_person"], topic="visual search")
n.s("System design interview, visual search.", "c")
n.s("Jamal struggled with the design.", "v-", ST)
n.s("Not strong on scaling.", "v-", ST, hard="negated")
n.s("When asked how the index would be updated he said he would rebuild it from scratch every hour for the whole catalogue.", "e-", ST)
n.s("Weak on metrics too.", "v-", ME)
n.s("Seemed nervous.", "v-", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n036", candidate_id="w36-c12", interviewer_id="w36-i02", req_id="w36-r2",
         round="behavioural", submitted_at="2025-08-19", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british", "quotes"], topic="influencer campaigns")
n.s("Behavioural round with Esperanza; I was on the panel for the marketing and merchandising side.", "c")
n.s("I asked her how she would tell whether an influencer campaign had actually sold more of the featured jacket.", "c", hard="question")
n.s("She said the first thing she would check is whether the jacket was also on the homepage or in the sale that week, because then you can't tell what caused what.", "e+", DI, ME, hard="plain_evidence")
n.s("She suggested running the campaign in some regions first and not others, and comparing the two.", "e+", ME, JU)
n.s("I told her the marketing director wants an answer in a week, not a month.", "c", hard="interviewer_action")
n.s("She said she would give a rough answer from the discount codes in a week, clearly labelled as a lower bound, and the proper regional comparison later.", "e+", JU, CM)
n.s("I asked about a time she had disagreed with a senior person.", "c", hard="question")
n.s("She told me about telling a head of marketing that a campaign he loved had not moved sales, showing him the flat sales line next to the campaign dates, and then helping him plan a cheaper test for the next one.", "e+", CM, OW)
n.s("She said \"I'd rather be the one to tell him than let finance find it\", which is the attitude I want.", "e+", OW)
n.s("She also asked me how our store staff find out about influencer campaigns, because customers come in asking for the item.", "e+", UI, hard="question")
n.s("When I said they often don't, she suggested a one-line note to stores the day before a post goes out.", "e+", UI, JU)
n.s("Everything she said came with a story from her own work.", "v+")
n.s("Yes from me.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w36_notes_part3.jsonl", notes)
