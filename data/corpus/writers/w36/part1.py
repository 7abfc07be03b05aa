import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"
notes = []

# ---------- Candidate c01 Priyanka (she), r1 visual search: strong; written vaguely by i03 ----------
n = Note(note_id="w36-n001", candidate_id="w36-c01", interviewer_id="w36-i01", req_id="w36-r1",
         round="system_design", submitted_at="2025-09-16", recommendation="hire", specificity=4,
         style=["fragments", "lowercase", "first_person", "typos", "british"], topic="visual search",
         ratings={"system_thinking": "hire", "metrics": "hire"})
n.b("ok this is for Priyanka system design round the shop the look visual search one", "c", marker="")
n.b("I asked her to design the similar items carousel so when a shopper uploads a photo of a dress we show them things we actually have in stock", "c", hard="interviewer_action", marker="")
n.b("she started by asking whether the photos would come from our studio shoots or from peoples phones because the lighting and backgrounds are totally different and the embedding would have to cope with both", "e+", DI, JU, hard="question", marker="")
n.b("then she split it into a nightly job that embeds the whole catalogue and an online path that embeds the query photo and does a nearest neighbour lookup, she put a number on it about 400k SKUs and said one index in memory is fine no need to shard yet", "e+", ST, marker="")
n.b("their was a bit where she forgot that items sell out during the day and I had to prompt her on it", "e-", ST, hard="negated", marker="")
n.b("once I mentioned it she added a stock filter after the lookup and said she would over fetch about three times as many so the carousel never comes back empty", "e+", LE, ST, marker="")
n.b("on metrics she said clicks on the carousel arent enough because people click on pretty things they never buy and she wanted add to bag and the return rate on orders that came through visual search", "e+", ME, marker="")
n.b("I asked about darker skin tones in the uploaded photos", "c", UI, hard="question", marker="")
n.b("she said honestly she hadnt thought about it but would slice retrieval quality by skin tone and admitted she wasnt sure where those labels would come from", "e0", UI, hard="mixed", marker="")
n.b("overall a good round id say hire", "v+", hard="bare_verdict", marker="")
n.b("explains things clearly as well", "v+", CM, marker="")
notes.append(n)

n = Note(note_id="w36-n002", candidate_id="w36-c01", interviewer_id="w36-i03", req_id="w36-r1",
         round="coding", submitted_at="2025-09-16", recommendation="hire", specificity=1,
         style=["prose", "third_person", "british"], topic="visual search")
n.s("Coding round with Priyanka.", "c")
n.s("Very solid coder, knows her way around numpy and vectorised code.", "v+", CO, hard="tech_vague")
n.s("Strong problem solving overall.", "v+", hard="bare_verdict")
n.s("Good communication throughout.", "v+", CM, hard="bare_verdict")
n.s("Seems like she would fit in well with the team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n003", candidate_id="w36-c01", interviewer_id="w36-i04", req_id="w36-r1",
         round="fundamentals", submitted_at="2025-09-17", recommendation="hire", specificity=5,
         style=["headings", "terse", "british", "first_person"], topic="visual search",
         ratings={"ml_fundamentals": "strong_hire", "metrics": "hire", "learning": "hire", "user_impact": "lean_hire"})
n.h("Fundamentals - Priyanka - 45 min")
n.s("Q1: contrastive loss for image retrieval; Q2: evaluating retrieval offline; Q3: bias in image embeddings.", "c")
n.nl()
n.b("ML fundamentals: 4/4 - derived why the triplet loss goes flat once negatives are easy and proposed mining hard negatives from the same category, e.g. two black midi dresses.", "e+", ML, hard="verdict_plus_evidence", marker="")
n.b("She then noted that mining negatives too hard early in training can collapse the embedding and suggested a curriculum.", "e+", ML, marker="")
n.b("Metrics: 3/4 - proposed recall@10 against human-labelled similar pairs, but did not raise that our labellers only rate studio shots.", "e0", ME, hard="mixed", marker="")
n.b("When I pointed that out she added a second test set of customer phone photos and said the two numbers should be reported separately.", "e+", LE, ME, marker="")
n.b("User impact: 2/4 - no mention of skin tone or body type until Q3 asked directly.", "e-", UI, hard="negated", marker="")
n.b("On Q3 she suggested checking whether the nearest neighbours of a model with darker skin were more often the same product in a different colourway, which is a sensible first probe.", "e+", UI, marker="")
n.b("Communication: 3/4 - answered in order, checked twice whether I wanted more depth on the loss.", "e+", CM, marker="")
n.b("Overall: hire; the loss derivation alone was better than most candidates this quarter.", "v+", ML, marker="")
notes.append(n)

n = Note(note_id="w36-n004", candidate_id="w36-c01", interviewer_id="w36-i06", req_id="w36-r1",
         round="coding", submitted_at="2025-09-18", recommendation="strong_hire", specificity=4,
         style=["bullets", "terse", "lowercase", "abbreviations", "arrows"], topic="size recommendation")
n.h("coding - priyanka")
n.b("q: given order history w/ returns flagged 'too small'/'too big', return recommended size per shopper per brand", "c", hard="question")
n.b("asked what to do for a brand the shopper never bought -> proposed falling back to brand size offset vs. a reference brand", "e+", DI, JU)
n.b("wrote it w/ a dict of dicts, clean, ran it on my example first time", "e+", CO)
n.b("added test for shopper w/ only returns, no kept items", "e+", CO)
n.b("didn't handle shopper w/ mixed sizes in one basket (bracketing) until i asked", "e-", CO, DI, hard="negated")
n.b("then said bracketing orders should prob be dropped from the signal entirely, b/c they tell you nothing about fit", "e+", DI, LE)
n.b("complexity explained right, O(n) over orders", "e+", CO)
n.b("fast", "v+", hard="vague_quantity")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate c02 Tomasz (he), r2 returns & pricing: offline metric as truth (two), defensive ----------
n = Note(note_id="w36-n005", candidate_id="w36-c02", interviewer_id="w36-i02", req_id="w36-r2",
         round="behavioural", submitted_at="2025-10-02", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="markdown pricing")
n.s("I sat in as the merchandiser on Tomasz's behavioural round.", "c")
n.s("I asked him about a time his work had been overruled by the business.", "c", hard="question")
n.s("He told me about a markdown tool at his last job where the buyers kept changing the suggested discounts by hand.", "e0")
n.s("He said the buyers \"just didn't trust numbers\" and that he stopped sending them the weekly report after a month.", "e-", OW, CM)
n.s("He never asked why they were changing the prices, which is the first thing I would want to know.", "e-", UI, hard="negated")
n.s("When I said that buyers often know about a competitor sale that the model can't see, he said that was a data problem and not his.", "e-", OW, LE)
n.s("To be fair he did explain the discount ladder clearly and in shop-floor language.", "e+", CM, hard="plain_evidence")
n.s("Clever man, no question.", "v+")
n.s("I would struggle to work with him day to day.", "v-")
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n006", candidate_id="w36-c02", interviewer_id="w36-i04", req_id="w36-r2",
         round="data", submitted_at="2025-10-02", recommendation="no_hire", specificity=5,
         style=["headings", "terse", "british"], topic="returns prediction",
         ratings={"metrics": "no_hire", "data_intuition": "lean_hire", "learning": "no_hire"})
n.h("Data round - Tomasz")
n.s("Exercise: returns log for one season, predict return probability at checkout.", "c")
n.nl()
n.b("Data intuition: 3/4 - found within five minutes that the return reason field is filled in after the return, so it leaks the label; dropped it.", "e+", DI, hard="verdict_plus_evidence", marker="")
n.b("Also split train and test by order date rather than at random, unprompted.", "e+", DI, marker="")
n.b("Did not look at whether the same customer appeared in both splits.", "e-", DI, hard="negated", marker="")
n.b("Metrics: 1/4 - reported AUC 0.81 and said this \"proves the model will cut returns by a fifth\".", "e-", ME, marker="")
n.b("I asked how an AUC turns into fewer returns; he said the business would see it once it shipped.", "e-", ME, marker="")
n.b("No mention of what action is taken at checkout or who would see the score.", "e-", UI, JU, hard="negated", marker="")
n.b("Learning: 1/4 - I suggested a small test where only half the shoppers see a fit warning; he said a test was \"a waste of a season\" and repeated the AUC.", "e-", LE, ME, marker="")
n.b("Coding: 3/4 - pandas was tidy, groupby and merge correct first time.", "e+", CO, marker="")
n.b("Overall: no hire; treats an offline number as the business result and would not move off it.", "v-", ME, marker="")
notes.append(n)

n = Note(note_id="w36-n007", candidate_id="w36-c02", interviewer_id="w36-i05", req_id="w36-r2",
         round="system_design", submitted_at="2025-10-03", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="markdown pricing")
n.s("Tomasz was asked to design a markdown pricing system for end-of-season stock across 120 stores.", "c")
n.s("He began by asking how many weeks the sale runs and whether prices can go back up once cut, which shows a good commercial sense.", "e+", JU, hard="question")
n.s("He proposed a weekly demand model per style and size, feeding an optimiser that picks the discount step for each line.", "e+", ST)
n.s("He sized it sensibly at roughly 30k style-size lines and said a nightly batch would be plenty.", "e+", ST)
n.s("Impressively, he quoted a 14% offline revenue uplift from his backtest and said that was what the business could bank on.", "e-", ME, hard="verdict_plus_evidence")
n.s("When the interviewer asked what would happen if the demand model was wrong in week one, he said the backtest already covered that.", "e-", RI, LE)
n.s("He did not suggest any cap on how deep a discount could go without a human looking at it.", "e-", RI, hard="negated")
n.s("He explained the optimiser in a very accessible way.", "v+", CM)
n.s("A confident and capable candidate who would be an asset to the pricing team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n008", candidate_id="w36-c02", interviewer_id="w36-i06", req_id="w36-r2",
         round="coding", submitted_at="2025-10-03", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="returns")
n.h("coding / tomasz")
n.b("q: merge orders + returns, compute return rate by size, flag sizes > 2x brand avg", "c", hard="question")
n.b("correct first pass", "v+", CO)
n.b("used left join so orders w/o returns kept, good", "e+", CO, DI)
n.b("no tests, said 'it's obvious it works'", "e-", CO)
n.b("i pointed out div by zero for sizes w/ 0 orders -> fixed it but grumbled", "e0", CO, LE, hard="mixed")
n.b("decent python", "v0")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate c03 Adaeze (she), r1: contradiction on coding (i06 strong, i01 weak) ----------
n = Note(note_id="w36-n009", candidate_id="w36-c03", interviewer_id="w36-i01", req_id="w36-r1",
         round="coding", submitted_at="2025-11-11", recommendation="lean_no_hire", specificity=3,
         style=["fragments", "lowercase", "first_person", "typos"], topic="visual search")
n.b("right notes for Adaeze coding round recorded on the walk back so excuse the typos", "c", marker="")
n.b("the task was dedupe near duplicate product images given there embeddings, return groups of SKUs that are basically the same photo", "c", marker="")
n.b("she went straight to comparing every pair which is fine for a start but she didnt say how slow that would get on the full catalogue", "e-", CO, ST, hard="negated", marker="")
n.b("her loop had a bug where a SKU could end up in two groups and she didnt notice it when she ran the example", "e-", CO, marker="")
n.b("I hinted at union find and she sort of knew it but couldnt get the parent array right in the time", "e-", CO, LE, marker="")
n.b("she talked a lot about how at her last place they used FAISS for everything", "e0", marker="")
n.b("i think she might be rusty rather than weak to be honest", "v0", CO, hard="hedged", marker="")
n.b("coding wise not where I need it, lean no hire", "v-", CO, hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w36-n010", candidate_id="w36-c03", interviewer_id="w36-i06", req_id="w36-r1",
         round="coding", submitted_at="2025-11-12", recommendation="hire", specificity=4,
         style=["bullets", "terse", "lowercase", "abbreviations", "arrows"], topic="visual search")
n.h("coding 2 - adaeze")
n.b("q: given image embeddings + brand, return top-k similar items excluding same brand", "c")
n.b("clarified k vs. number of items left after exclusion before coding", "e+", JU, CO, hard="question")
n.b("wrote heap-based top-k, ran 3 examples incl. k > items", "e+", CO)
n.b("caught her own bug w/ normalisation (cosine on unnormalised vecs) and fixed in ~1 min", "e+", CO)
n.b("asked whether exclusion should be brand or supplier b/c some brands share factories", "e+", DI, UI, hard="question")
n.b("strong coder imo", "v+", CO)
n.b("slightly contradicts round 1 per debrief -> maybe nerves there?", "c")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n011", candidate_id="w36-c03", interviewer_id="w36-i02", req_id="w36-r1",
         round="behavioural", submitted_at="2025-11-12", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="body type bias")
n.s("Behavioural chat with Adaeze, 30 minutes, I was there for the merchandising side.", "c")
n.s("I asked her what she would do if our petite range kept getting worse suggestions than the main range.", "c", hard="interviewer_action")
n.s("She asked me straight away how many petite shoppers we have and whether they buy online or mostly in store.", "e+", UI, JU, hard="question")
n.s("She said if the petite customers are only a small slice, the model will mostly learn from the main range, so she would check the suggestions for petite on their own before trusting any overall number.", "e+", UI, DI, hard="plain_evidence")
n.s("She told me about a time she found that a recommender at her last job showed plus-size shoppers mostly dark colours, and that she raised it with the buying team herself.", "e+", UI, OW)
n.s("When I said our buyers would push back on more work, she suggested starting with one category and a fortnightly check rather than a big project.", "e+", JU, CM)
n.s("I liked her.", "v+")
n.s("She understood what our customers actually go through.", "v+", UI)
n.s("Happy to see her hired.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n012", candidate_id="w36-c03", interviewer_id="w36-i03", req_id="w36-r1",
         round="system_design", submitted_at="2025-11-13", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="visual search")
n.s("System design with Adaeze on visual search.", "c")
n.s("Good breadth across retrieval, indexing and serving.", "v+", ST, hard="tech_vague")
n.s("Knows approximate nearest neighbour methods inside out.", "v+", ML, hard="tech_vague")
n.s("She did ask how often the catalogue changes before picking a rebuild schedule.", "e+", ST, JU)
n.s("Bit thin on monitoring.", "v-", RI)
n.s("Lots of experience with embeddings.", "v+", ML, hard="vague_quantity")
n.s("Lean hire, could go either way.", "v0", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w36_notes_part1.jsonl", notes)
