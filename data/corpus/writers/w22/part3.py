import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- Candidate w22-c05: Sam Okafor (they), r1 ----------
n = Note(note_id="w22-n025", candidate_id="w22-c05", interviewer_id="w22-i02", req_id="w22-r1",
         round="system_design", submitted_at="2026-01-13", recommendation="lean_no_hire",
         specificity=5, style=["headings", "third_person", "british"], topic="flash-sale traffic",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "judgment": "lean_no_hire"})
n.s("System design, 55 min.", "c")
n.s("Prompt: ship a new semantic retriever for search on the morning of a 9.9 flash sale; traffic expected at 12x baseline for the first hour.", "c")
n.h("Observed")
n.b("Candidate estimated the peak at roughly 60k QPS from the 5k baseline I gave, and sized the ANN index shards to fit in memory on 24 nodes.", "e+", "system_thinking")
n.b("Proposed caching embeddings for the top 50k head queries, noting that flash-sale traffic is dominated by a small set of promoted items.", "e+", "system_thinking", "data_intuition")
n.b("Planned to switch 100% of traffic to the new retriever at 00:00 when the sale opens.", "e-", "judgment", "risk_awareness")
n.b("Asked what would happen if recall dropped on the new retriever, they said 'we tested it offline, it won't'.", "e-", "risk_awareness", "metrics")
n.b("No kill switch, no canary, no fallback to the lexical retriever was mentioned at any point in the session.", "e-", "risk_awareness", hard="negated")
n.b("When I suggested launching a week after the campaign instead, they agreed but could not say why that was safer.", "e-", "judgment", "learning")
n.b("Explained the sharding scheme clearly and checked twice that I was following.", "e+", "communication")
n.h("Concern")
n.b("Launch judgement: big-bang release on the highest-traffic day of the quarter.", "e-", "judgment")
n.h("Verdict")
n.b("Lean no hire; strong capacity planning, but I would not trust these launch instincts without supervision.", "v-", "risk_awareness", hard="mixed")
notes.append(n)

n = Note(note_id="w22-n026", candidate_id="w22-c05", interviewer_id="w22-i07", req_id="w22-r1",
         round="coding", submitted_at="2026-01-13", recommendation="hire",
         specificity=4, style=["qa", "quotes"], topic="query normalisation")
n.s("Coding w/ Sam.", "c")
n.s("Problem: collapse repeated letters in queries ('murahhhh', 'bestttt') without breaking real double letters ('coffee', 'tiffin').", "c")
n.nl()
n.s("Q: How do you tell which doubles are real?", "c", hard="question")
n.nl()
n.s("A: \"Collapse runs of three or more to two, then check both the one- and two-letter forms against the vocabulary.\"", "e+", "coding", "data_intuition")
n.nl()
n.s("Q: What if neither is in the vocabulary?", "c", hard="question")
n.nl()
n.s("A: Keep the two-letter form and log it, \"so we can see what new slang people are typing\".", "e+", "data_intuition", "judgment")
n.nl()
n.s("Q: Tests?", "c", hard="question")
n.nl()
n.s("A: Wrote five before the function body, incl. 'aaa', empty string and a Malay word with a real double ('saat').", "e+", "coding")
n.nl()
n.s("Q: Complexity?", "c")
n.nl()
n.s("A: Linear scan plus two set lookups per token; correct.", "e+", "coding")
n.blank()
n.s("Talked through each step out loud, I never had to ask what they were doing.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n027", candidate_id="w22-c05", interviewer_id="w22-i03", req_id="w22-r1",
         round="fundamentals", submitted_at="2026-01-14", recommendation="hire",
         specificity=1, style=["terse"], topic="ranking")
n.s("Fundamentals.", "c")
n.s("Strong ML background.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good on ranking losses and evaluation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n028", candidate_id="w22-c05", interviewer_id="w22-i01", req_id="w22-r1",
         round="behavioural", submitted_at="2026-01-15", recommendation="hire",
         specificity=4, style=["prose", "first_person"], topic="ownership")
n.s("Behavioural with Sam, they/them.", "c")
n.s("I asked about something they owned end to end.", "c")
n.s("They told me about a spelling-correction service at their startup; they wrote it, put it on-call rotation themselves, and were paged at 2am when the dictionary file failed to load.", "e+", "ownership")
n.s("Said they added a startup check so the service refuses traffic if the dictionary is empty, and a fallback to no correction.", "e+", "risk_awareness", "ownership")
n.s("Interesting, since in the design round (per the debrief chat) they didn't do any fallback — maybe they only learn after getting burnt.", "v0", "risk_awareness", hard="hedged")
n.s("Asked about a conflict: they described a PM wanting to auto-correct brand names, and they showed the PM 20 examples where 'Zara' became 'Zala' before the PM agreed to exclude brands.", "e+", "communication", "user_impact")
n.s("Explains things simply, no big words one.", "v+", "communication")
n.s("Can hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate w22-c06: Thanh Nguyen (he), r2 ----------
n = Note(note_id="w22-n029", candidate_id="w22-c06", interviewer_id="w22-i04", req_id="w22-r2",
         round="system_design", submitted_at="2026-02-03", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="seller trust score",
         ratings={"user_impact": "no_hire", "system_thinking": "hire"})
n.s("The candidate was asked to design a seller trust score that affects search visibility.", "c")
n.s("He was able to lay out a sensible pipeline: daily batch features from orders, returns and chat complaints, a gradient-boosted model, and the score written to the search feature store.", "e+", "system_thinking")
n.s("He also proposed a 30-day rolling window so the score reacts to recent behaviour.", "e+", "system_thinking", "data_intuition")
n.s("I asked what the score would be for a seller with only three orders.", "c", hard="question")
n.s("He said such sellers would get the minimum score 'until they prove themselves', which would push them to the bottom of search.", "e-", "user_impact")
n.s("When I asked whether that makes it harder for new small sellers to ever get orders, he said this was a business decision and not an ML concern.", "e-", "user_impact", "ownership")
n.s("He did not suggest any prior, exploration budget or separate treatment for cold-start sellers.", "e-", "user_impact", "judgment", hard="negated")
n.s("I would say his technical design was competent, but his view of small sellers concerns me for a marketplace role.", "v-", "user_impact", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n030", candidate_id="w22-c06", interviewer_id="w22-i02", req_id="w22-r2",
         round="data", submitted_at="2026-02-04", recommendation="lean_no_hire",
         specificity=5, style=["headings", "third_person", "british"], topic="return fraud",
         ratings={"metrics": "hire", "user_impact": "no_hire"})
n.s("Data round.", "c")
n.s("Prompt: analyse a return-abuse model's errors across seller segments (sample of 12k decisions provided).", "c")
n.h("Observed")
n.b("Candidate computed precision and recall per segment within ten minutes using pandas groupby; numbers matched mine.", "e+", "coding", "metrics")
n.b("Noted that overall precision (0.88) hid a much lower precision for sellers with fewer than 50 orders (0.61).", "e+", "metrics")
n.b("Then said the low-volume segment was 'under 5% of GMV, so not worth fixing'.", "e-", "user_impact", "judgment")
n.b("When I asked how a 0.61 precision feels from the side of a small seller whose returns get blocked, he answered 'they can contact support'.", "e-", "user_impact")
n.b("Did not propose a per-segment threshold or any monitoring of the segment gap.", "e-", "user_impact", "risk_awareness", hard="negated")
n.b("Asked a good question about whether return labels were delayed by the 14-day return window.", "e+", "data_intuition", hard="question")
n.h("Concern")
n.b("Second interviewer in this loop to see him dismiss harm to small sellers.", "v-", "user_impact")
n.h("Verdict")
n.b("Lean no hire: found the gap himself, then chose to ignore it.", "e-", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w22-n031", candidate_id="w22-c06", interviewer_id="w22-i06", req_id="w22-r2",
         round="coding", submitted_at="2026-02-04", recommendation="hire",
         specificity=3, style=["bullets", "terse", "abbreviations"], topic="rate limiting")
n.s("coding: sliding-window rate limiter for seller API (anti-scraping)", "c", sep="")
n.b("+ deque per seller, evicts old ts, correct", "e+", "coding", marker="")
n.b("+ asked if clock could go backwards -> used monotonic time", "e+", "coding", "risk_awareness", marker="")
n.b("+ fast", "v+", marker="")
n.b("memory grows w/ # sellers, didn't notice till i asked", "e-", "coding", "system_thinking")
n.b("?comms a bit thin, had to pull answers out", "v-", "communication", marker="")
n.b("H on coding alone", "v+", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n032", candidate_id="w22-c06", interviewer_id="w22-i05", req_id="w22-r2",
         round="behavioural", submitted_at="2026-02-05", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="stakeholders")
n.s("Thanh was such a focused, driven candidate, I really enjoyed our chat.", "v+")
n.s("I asked him to tell me about a project where he had to convince other teams.", "c")
n.s("He described building a refund-fraud model at a delivery startup and presenting weekly loss numbers to finance until they funded a second engineer.", "e+", "ownership", "communication")
n.s("He was very clear that the model saved the company around $400k a quarter, and honestly that kind of business focus is exactly what we need.", "e+", "ownership")
n.s("I asked about the customers who were wrongly flagged, and he said they were 'a rounding error', which I think just shows how focused he is on the big picture!", "e-", "user_impact")
n.s("He's a natural leader with a ton of experience.", "v+", hard="vague_quantity")
n.s("Hire, definitely.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- History notes ----------
n = Note(note_id="w22-n033", candidate_id="w22-c17", interviewer_id="w22-i07", req_id="w22-r1",
         round="debugging", submitted_at="2025-10-21", recommendation="hire",
         specificity=5, style=["qa", "quotes"], topic="latency during campaign")
n.s("Debugging, candidate: Haziq.", "c")
n.s("Scenario: p99 search latency went from 120 ms to 900 ms ten minutes into a flash sale.", "c")
n.nl()
n.s("Q: Where do you look first?", "c", hard="question")
n.nl()
n.s("A: \"Did anything deploy, and is it all queries or some?\"", "e+", "judgment", hard="question")
n.s("I showed the breakdown: only queries containing the campaign keyword.", "c", hard="interviewer_action")
n.nl()
n.s("A: Guessed the promo banner query was bypassing cache because of a timestamp in the cache key, which was the planted bug.", "e+", "system_thinking")
n.nl()
n.s("Q: Fix now or fix properly?", "c", hard="question")
n.nl()
n.s("A: \"Now: pin the campaign results in cache by hand; properly: strip the timestamp and add a test.\"", "e+", "judgment", "risk_awareness")
n.nl()
n.s("Q: How would you catch this before next campaign?", "c", hard="question")
n.nl()
n.s("A: Suggested a load test with the real campaign keyword list a day before, and an alert on cache hit rate, not just latency.", "e+", "risk_awareness", "metrics")
n.blank()
n.s("He went quiet for a couple of minutes at the start, but then wrote a tidy timeline of what he'd check.", "e+", "communication", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n034", candidate_id="w22-c18", interviewer_id="w22-i01", req_id="w22-r1",
         round="system_design", submitted_at="2025-10-29", recommendation="lean_hire",
         specificity=2, style=["prose", "fragments"], topic="delivery-time estimates")
n.s("Design: ETA shown on product page.", "c")
n.s("Wei Jie talked a lot about quantile regression and feature stores.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("Knows the stack well, can.", "v+", "system_thinking", hard="tech_vague")
n.s("Didn't say what happens when a courier API is down though.", "e-", "risk_awareness", hard="negated")
n.s("Ok lah, lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n035", candidate_id="w22-c19", interviewer_id="w22-i06", req_id="w22-r2",
         round="behavioural", submitted_at="2025-11-12", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse"], topic="ownership")
n.s("behavioural, Anjali", "c", sep="")
n.b("+ told a clear story re: labelling vendor swap, gave before/after agreement (0.62 -> 0.81)", "e+", "data_intuition", "ownership", marker="")
n.b("when model missed a fraud wave: 'the rules team should have caught it'", "e-", "ownership")
n.b("couldn't name anything she'd change in hindsight", "e-", "learning", hard="negated")
n.b("passive ownership overall", "v-", "ownership")
n.b("?maybe just nervous", "v0", hard="biased", marker="")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n036", candidate_id="w22-c20", interviewer_id="w22-i04", req_id="w22-r1",
         round="data", submitted_at="2025-11-19", recommendation="hire",
         specificity=4, style=["prose", "third_person", "british"], topic="delivery-time estimates")
n.s("The candidate, Yusuf, was given six months of delivery records and asked how he would build a training set for delivery-time estimates.", "c")
n.s("He first plotted delivery times by week and pointed out that campaign weeks had a long tail of late deliveries.", "e+", "data_intuition")
n.s("He asked whether orders cancelled before delivery were in the data, because dropping them would make the estimates look better than reality.", "e+", "data_intuition", hard="question")
n.s("I would say that was a mature question.", "v+")
n.s("He proposed predicting the 80th percentile rather than the mean, saying that a promised date which is too early upsets buyers more than one that is a day late.", "e+", "metrics", "user_impact")
n.s("He did not, however, check whether remote areas in East Malaysia had enough samples, and only did so after I mentioned Sabah.", "e-", "data_intuition", "learning")
n.s("His summary at the end was clear and well organised.", "v+", "communication")
n.s("I would recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w22_notes_part3.jsonl", notes)
