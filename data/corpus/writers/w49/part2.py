import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- c04 Jun Takahashi (they), r2: ignores user harm (seen by i01 only) ----------
n = Note(note_id="w49-n016", candidate_id="w49-c04", interviewer_id="w49-i01", req_id="w49-r2",
         round="behavioural", submitted_at="2026-02-09", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="new authors",
         ratings={"user_impact": "no_hire", "communication": "hire"})
n.s("Behavioural round, forty-five minutes, with Jun; I kept to the question of whom a recommendation serves.", "c")
n.s("I asked them about a time a model they built worked well on its metric and badly for somebody.", "c", hard="question")
n.s("Jun told me about a playlist ranker at a music service that lifted listening time by 6%; when I asked who lost out, they said 'nobody really, the users chose it'.", "e-", "user_impact")
n.s("I described our own difficulty, that the shelf favours bestsellers and debut novelists sell almost nothing through it.", "c", hard="interviewer_action")
n.s("Their view was that this is the market speaking and that the editorial team could promote debuts by hand if they cared; they did not ask what the authors themselves had said.", "e-", "user_impact", "judgment")
n.s("I tried once more, asking whether a reader who only ever sees the same twenty names is well served, and they conceded the point only as far as 'maybe for diversity metrics'.", "e-", "user_impact", "learning")
n.s("In fairness they are lucid and well organised; each answer came in the same tidy order of situation, action, result.", "v+", "communication")
n.s("They described owning the on-call rota for that ranker and rewriting its alert thresholds after a noisy month, which speaks well of them.", "e+", "ownership", "risk_awareness")
n.s("When I asked what they would measure on our shelf, they named revenue per visit and nothing else.", "e-", "metrics", "user_impact")
n.s("I may be the outlier on this panel; I expect the technical rounds to be kinder.", "c")
n.s("Lean no hire; the indifference to the authors at the bottom of the list is the thing I cannot get past.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w49-n017", candidate_id="w49-c04", interviewer_id="w49-i05", req_id="w49-r2",
         round="data", submitted_at="2026-02-10", recommendation="hire",
         specificity=5, style=["qa", "third_person", "british"], topic="niche genres",
         ratings={"data_intuition": "strong_hire", "metrics": "hire"})
n.s("Q: We have 900 ratings in total for our Gaelic poetry list; how would you recommend within it?", "c", hard="question")
n.nl()
n.s("A: Jun first plotted ratings per title and found that 40 of the 120 titles had none at all.", "e+", "data_intuition")
n.nl()
n.s("A: They proposed borrowing strength from the wider poetry catalogue with a hierarchical prior, and explained that with so few ratings a per-title average would just rank whichever book had one five-star review.", "e+", "ml_fundamentals", "data_intuition")
n.nl()
n.s("Q: How would you evaluate it?", "c", "metrics", hard="question")
n.nl()
n.s("A: They said offline hit rate on 900 ratings would be noise, and suggested asking the poetry editor to rank ten lists blind instead.", "e+", "metrics", "judgment")
n.nl()
n.s("Q: I asked whether the unrated titles should ever be shown.", "c", hard="interviewer_action")
n.nl()
n.s("A: They said yes, in a small share of slots, and that they would track whether any of them picked up a first rating within a month.", "e+", "metrics", "user_impact")
n.nl()
n.s("A: They did not check whether the 900 ratings came from a handful of very active readers, which I think matters here.", "e-", "data_intuition", hard="negated")
n.nl()
n.s("Q: How long would you spend on this list?", "c", hard="question")
n.nl()
n.s("A: Two weeks at most, they said, because the list sells under a thousand copies a year, and a popularity-within-subgenre fallback would do as a first step.", "e+", "judgment")
n.blank()
n.s("Overall: careful with small data, sensible on evaluation; hire.", "v+", "data_intuition")
notes.append(n)

n = Note(note_id="w49-n018", candidate_id="w49-c04", interviewer_id="w49-i06", req_id="w49-r2",
         round="coding", submitted_at="2026-02-10", recommendation="hire",
         specificity=4, style=["bullets", "lowercase", "terse", "abbreviations", "arrows"], topic="reading sessions")
n.b("q: sessionise reader events (30 min gap), return avg pages per session per genre", "c", hard="question")
n.b("asked if timestamps were utc before starting", "e+", "data_intuition", "judgment")
n.b("sorted by reader + ts, single pass, O(n log n) -> correct first time", "e+", "coding")
n.b("tests: same-second events, one-event reader, gap exactly 30 min", "e+", "coding")
n.b("named vars well, easy to follow", "e+", "communication", "coding")
n.b("didn't handle events w/ missing genre, crashed on my extra case", "e-", "coding", hard="negated")
n.b("fixed it in 2 min once shown", "e0", "coding", "learning")
n.b("prob the cleanest code i've seen this month", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n019", candidate_id="w49-c04", interviewer_id="w49-i02", req_id="w49-r2",
         round="system_design", submitted_at="2026-02-11", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="email recommendations")
n.s("I asked Jun to design the weekly 'new this week for you' email to two million subscribers.", "c", hard="interviewer_action")
n.s("They split it cleanly into a nightly batch that scores new releases and a send service, and estimated the batch at under an hour on one machine.", "e+", "system_thinking")
n.s("They thought about unsubscribes as a signal and suggested counting them per email variant.", "e+", "metrics")
n.s("When I asked what happens if the batch fails on a Thursday night, they said send last week's list rather than nothing and page the owner.", "e+", "risk_awareness")
n.s("They did not ask how many subscribers open the email at all.", "e-", "metrics", hard="negated")
n.s("Very good systems sense overall.", "v+", "system_thinking")
n.s("I did not get to ask about new authors; we ran out of time.", "c")
n.s("They were a bit quiet at the start but warmed up.", "v0", hard="biased")
n.s("I would hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- c05 Lucia Ferreira (she), r2: strong; vague write-up by i03 ----------
n = Note(note_id="w49-n020", candidate_id="w49-c05", interviewer_id="w49-i03", req_id="w49-r2",
         round="fundamentals", submitted_at="2025-06-02", recommendation="hire",
         specificity=1, style=["prose"], topic="recommendations")
n.s("Lucía was great.", "v+")
n.s("Very smart, deep understanding of ranking and exploration.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Answered everything I threw at her.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Would be a good addition to the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n021", candidate_id="w49-c05", interviewer_id="w49-i04", req_id="w49-r2",
         round="coding", submitted_at="2025-06-03", recommendation="strong_hire",
         specificity=5, style=["bullets", "third_person", "headings"], topic="royalty calculation",
         ratings={"coding": "strong_hire", "communication": "hire"})
n.h("Coding - royalty statement generator")
n.b("Task: given sales lines and contract tiers (10% to 5k copies, 12.5% to 10k, 15% after), produce each author's statement.", "c")
n.b("Coding: 4/4 - candidate wrote the tier logic as a table lookup, not nested ifs, and the statement matched my reference for all six authors.", "e+", "coding", hard="verdict_plus_evidence")
n.b("Asked whether returns are netted before or after the tier threshold; said the answer changes two authors' totals.", "e+", "judgment", "data_intuition")
n.b("Used Decimal for money after noting that float sums drifted by a penny in her first run.", "e+", "coding")
n.b("Added a test for an author who crosses two tiers within one week.", "e+", "coding")
n.b("Said she would show the author the per-tier breakdown on the statement 'so nobody has to trust us blindly'.", "e+", "user_impact")
n.b("Communication: 3/4 - explained the Decimal change clearly but went silent for a long stretch during the tier code.", "e0", "communication", hard="mixed")
n.b("Risk: 3/4 - proposed reconciling total royalties against finance's ledger each quarter.", "e+", "risk_awareness")
n.b("Overall: SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n022", candidate_id="w49-c05", interviewer_id="w49-i02", req_id="w49-r2",
         round="behavioural", submitted_at="2025-06-04", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="author consent",
         ratings={"user_impact": "strong_hire", "ownership": "hire"})
n.s("What a conversation this was.", "v+")
n.s("I asked Lucía about a decision she disagreed with at work.", "c", hard="question")
n.s("She told me that at her last company marketing wanted generated blurbs for every backlist title, and she stopped the launch after finding that six of the first forty blurbs described the wrong ending.", "e+", "risk_awareness", "ownership")
n.s("She then wrote the consent form herself with the rights team, so that authors could opt out before any summary of their book went live.", "e+", "user_impact", "ownership")
n.s("When I asked what she would do differently, she said she should have asked the authors before building anything, not after.", "e+", "learning", "user_impact")
n.s("She did not dodge the question about what went badly; she said the opt-out delayed the launch by two months and her manager was unhappy.", "e+", "ownership")
n.s("She speaks very plainly, which I value.", "v+", "communication")
n.s("Strong hire, and I would be happy to have her on my own team.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n023", candidate_id="w49-c05", interviewer_id="w49-i05", req_id="w49-r2",
         round="system_design", submitted_at="2025-06-04", recommendation="hire",
         specificity=4, style=["qa", "first_person", "british"], topic="bestseller bias")
n.s("Q: Our shelf recommends bestsellers to everyone; redesign it so new authors get a fair chance without hurting sales much.", "c", hard="question")
n.nl()
n.s("A: Lucía first asked what 'much' meant, and when I said 2% of shelf revenue she used that as a budget for exploration.", "e+", "judgment", "metrics")
n.nl()
n.s("A: She proposed a bandit over a reserved slot, with debut titles as arms, and a cap so no single debut gets more than a week of exposure without a click.", "e+", "system_thinking", "user_impact")
n.nl()
n.s("Q: What would you watch after launch?", "c", "risk_awareness", hard="question")
n.nl()
n.s("A: Shelf revenue per session, debut sales share, and complaints from authors' agents, with a kill switch if revenue fell past the budget for three days.", "e+", "risk_awareness", "metrics")
n.nl()
n.s("A: She was vague about how the bandit would be updated in production; 'a streaming job' was as far as she went.", "e-", "system_thinking", hard="mixed")
n.blank()
n.s("Hire; strong on the product question, a little light on the plumbing.", "v+", "user_impact", "system_thinking")
notes.append(n)

# ---------- c06 Kwame Mensah (he), r1: passive ownership seen by two ----------
n = Note(note_id="w49-n024", candidate_id="w49-c06", interviewer_id="w49-i01", req_id="w49-r1",
         round="behavioural", submitted_at="2025-08-19", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="ownership",
         ratings={"ownership": "no_hire"})
n.s("Kwame was asked to describe a project that went wrong and what he did about it.", "c", hard="question")
n.s("He chose a handwriting model whose accuracy fell when a new batch of scans arrived from a different scanner; he said he 'raised it in standup' and that the data team eventually re-scanned.", "e-", "ownership")
n.s("Asked whether he had looked at the new scans himself, he said that was not really his area.", "e-", "ownership", "data_intuition")
n.s("Asked what he would do now, he suggested adding a check on image resolution at ingestion, which is sensible if late.", "e+", "risk_awareness", "learning", hard="mixed")
n.s("When I asked what he might have done to help the data team, he paused and said 'I suppose I could have sent them examples'.", "e-", "ownership")
n.s("We finished ten minutes early.", "c")
n.s("He was courteous throughout and listened to each question to the end before answering.", "v+", "communication")
n.s("There is, I suspect, more to him than this hour showed; but I heard no story in which he was the one who fixed the thing.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n025", candidate_id="w49-c06", interviewer_id="w49-i05", req_id="w49-r1",
         round="debugging", submitted_at="2025-08-20", recommendation="lean_no_hire",
         specificity=5, style=["qa", "first_person", "british"], topic="search relevance regression",
         ratings={"ownership": "lean_no_hire", "coding": "hire"})
n.s("Q: Archive search recall dropped 15% overnight after a tokenizer upgrade; find out why.", "c", hard="question")
n.nl()
n.s("A: Kwame read the diff and found within ten minutes that the new tokenizer split hyphenated words, so 'Newcastle-upon-Tyne' no longer matched.", "e+", "coding", "data_intuition")
n.nl()
n.s("Q: I asked what he would do next.", "c", hard="interviewer_action")
n.nl()
n.s("A: He said he would 'file a ticket with the search team' and did not offer to fix it or roll back the upgrade himself.", "e-", "ownership", "risk_awareness")
n.nl()
n.s("Q: I then said he was on the search team.", "c", hard="interviewer_action")
n.nl()
n.s("A: He proposed rolling back and then adding a regression test of a hundred known place names, which was the right answer once prompted.", "e0", "risk_awareness", "learning")
n.nl()
n.s("A: He never asked how many librarian queries had failed overnight or whether anyone should be told.", "e-", "user_impact", hard="negated")
n.blank()
n.s("Good debugger, passive owner; lean no hire, and I see the behavioural note says much the same.", "v-", "ownership", "coding", hard="mixed")
notes.append(n)

n = Note(note_id="w49-n026", candidate_id="w49-c06", interviewer_id="w49-i06", req_id="w49-r1",
         round="coding", submitted_at="2025-08-20", recommendation="hire",
         specificity=3, style=["bullets", "lowercase", "terse", "fragments"], topic="line segmentation")
n.b("coding: split a page's bounding boxes into text lines", "c")
n.b("sorted by y-centre, grouped by overlap, worked on the clean page", "e+", "coding")
n.b("skewed page broke it; he spotted why from the output alone", "e0", "coding")
n.b("asked what to do w/ marginalia, decided to keep it as its own line", "e+", "data_intuition")
n.b("no tests written", "e-", "coding", hard="negated")
n.b("good w/ numpy", "v+", "coding", hard="tech_vague")
n.b("quiet guy", "v0", hard="biased")
n.b("decent coder, nothing more", "v0", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n027", candidate_id="w49-c06", interviewer_id="w49-i04", req_id="w49-r1",
         round="data", submitted_at="2025-08-21", recommendation="lean_hire",
         specificity=3, style=["bullets", "third_person"], topic="ocr ground truth",
         ratings={"data_intuition": "hire", "judgment": "lean_no_hire"})
n.b("Exercise: choose 1,000 pages to hand-transcribe as OCR ground truth from a 40M-page archive.", "c")
n.b("Data: 3/4 - stratified by decade and typeface, checked the sample had both broadsheets and pamphlets.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("Judgement: 2/4 - could not decide between uniform and error-weighted sampling and did not state what he would need to know to decide.", "e-", "judgment")
n.b("Ignored the cost of transcription entirely.", "e-", "judgment", hard="negated")
n.b("Did ask what error rate the search team could live with before fixing the sample size.", "e+", "judgment")
n.b("Communication: 3/4 - clear summary at the end.", "v+", "communication")
n.b("Metrics: 2/4 - average understanding.", "v0", "metrics")
n.b("Ownership: 2/4 - said the labelling vendor would 'sort out' quality.", "e-", "ownership")
n.b("Overall: LH, borderline.", "v0", hard="bare_verdict")
notes.append(n)

# ---------- history notes ----------
n = Note(note_id="w49-n028", candidate_id="w49-c12", interviewer_id="w49-i02", req_id="w49-r1",
         round="coding", submitted_at="2024-11-26", recommendation="no_hire",
         specificity=4, style=["prose", "first_person", "british", "typos"], topic="page image tiling")
n.s("I asked Björn to write a function that cuts a large page scan into overlapping tiles for the OCR model.", "c", hard="interviewer_action")
n.s("He wrote the loop quickly but the last row and column of tiles were dropped whenever the page size was not a multiple of the stride.", "e-", "coding")
n.s("I showed him a 1000x1050 page and he said the missing strip 'wouldnt matter, it's margins'.", "e-", "learning", "data_intuition")
n.s("On our archive the margins are exactly where the handwritten catalogue numbers live, and I told him so.", "c")
n.s("He accepted that and padded the image, but did not add a test.", "e-", "coding", hard="mixed")
n.s("He was pleasant and we had a good laugh about old newspapers.", "v+", hard="biased")
n.s("Not ready for this role yet, I am sorry to say.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n029", candidate_id="w49-c13", interviewer_id="w49-i04", req_id="w49-r2",
         round="fundamentals", submitted_at="2025-03-12", recommendation="hire",
         specificity=4, style=["bullets", "third_person", "terse"], topic="implicit feedback",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"})
n.b("ML: 3/4 - explained that a page view is weak positive and a return of the book is a negative, and weighted them accordingly.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.b("Correctly said that sampling negatives uniformly over-penalises popular titles the reader simply has not seen.", "e+", "ml_fundamentals")
n.b("Metrics: 3/4 - chose NDCG@10 but noted it ignores whether the reader bought anything.", "e+", "metrics")
n.b("Asked how far back purchase logs go before a catalogue change.", "e+", "data_intuition")
n.b("Learning: 3/4 - when I said returns are often unwanted gifts, reweighted them and said why.", "e+", "learning")
n.b("Proposed judging the shelf on purchases within 7 days, then agreed it would penalise slow readers of long books.", "e0", "metrics")
n.b("Struggled to explain the bias-variance trade-off for matrix factorisation rank.", "e-", "ml_fundamentals")
n.b("Communication: 3/4 - fine.", "v0", "communication")
n.b("Overall: H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w49-n030", candidate_id="w49-c14", interviewer_id="w49-i03", req_id="w49-r1",
         round="system_design", submitted_at="2025-07-01", recommendation="lean_hire",
         specificity=2, style=["prose"], topic="archive search")
n.s("System design with Chiara, archive search question.", "c")
n.s("Decent grasp of inverted indexes and sharding.", "v+", "system_thinking", hard="tech_vague")
n.s("She brought up caching for the popular collections.", "e+", "system_thinking")
n.s("A bit junior maybe.", "v-", hard="hedged")
n.s("Didn't go deep on anything.", "v-")
n.s("Lean hire I think.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w49_notes_part2.jsonl", notes)
print(len(notes))
