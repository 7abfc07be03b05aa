import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- Candidate w22-c01: Nurul Aisyah (she), r1 Search & QU ----------
n = Note(note_id="w22-n001", candidate_id="w22-c01", interviewer_id="w22-i01", req_id="w22-r1",
         round="system_design", submitted_at="2025-09-03", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="mixed-language search",
         ratings={"system_thinking": "hire", "data_intuition": "strong_hire"})
n.s("SD round, 50 min, Nurul.", "c")
n.s("I gave her the classic one: user types 'kasut sukan murah' or 'cheap running shoe lah' and we must return the same listings.", "c", hard="interviewer_action")
n.blank()
n.s("First thing she asked was what share of our queries are code-mixed, and whether we had any labelled pairs from the query logs.", "e+", "data_intuition", hard="question")
n.s("I said maybe 30% mixed, no clean labels.", "c")
n.s("She then proposed mining reformulations: when a user searches 'kasut' and then 'shoe' within the same session and clicks, treat the pair as a weak synonym label.", "e+", "data_intuition")
n.s("Quite zai, this one.", "v+")
n.blank()
n.s("For serving she drew a normaliser step before retrieval (lowercase, strip Singlish particles like 'lah' and 'leh', transliteration table) and then a dense retriever shared across languages.", "e+", "system_thinking")
n.s("She sized it: about 8k QPS normal, 10x during 11.11, so the normaliser has to be a lookup and not a model call.", "e+", "system_thinking")
n.s("When I asked what breaks, she said the particle stripping could eat real tokens — 'leh' is also part of some brand names — and wanted an allowlist from the catalogue.", "e+", "risk_awareness")
n.blank()
n.s("Weaker part: metrics.", "c")
n.s("She only gave offline recall@50 on the mined pairs and didn't say how she'd check it online until I prompted.", "e-", "metrics", hard="negated")
n.s("After the prompt she came back with zero-result rate per language and add-to-cart from search, which is the right thing lah.", "e0", "metrics", "learning", hard="mixed")
n.blank()
n.s("Overall can, would hire for the MLE level.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n002", candidate_id="w22-c01", interviewer_id="w22-i03", req_id="w22-r1",
         round="coding", submitted_at="2025-09-03", recommendation="hire",
         specificity=1, style=["terse", "fragments"], topic="spelling correction")
n.s("Coding, spell-correct q.", "c")
n.s("Good coder.", "v+", "coding", hard="bare_verdict")
n.s("Knows her edit distance stuff very well.", "v+", "coding", hard="tech_vague")
n.s("Communicated fine.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n003", candidate_id="w22-c01", interviewer_id="w22-i07", req_id="w22-r1",
         round="fundamentals", submitted_at="2025-09-04", recommendation="strong_hire",
         specificity=5, style=["qa", "quotes", "third_person"], topic="transliteration",
         ratings={"ml_fundamentals": "strong_hire", "learning": "strong_hire"})
n.h("Fundamentals — transcript notes")
n.s("Q: Users write Malay words in phonetic, shortened spellings ('mcm', 'macam', 'mcam').", "c", sep="")
n.s("How would you model that?", "c", hard="question")
n.nl()
n.s("A: Suggested a character n-gram model over normalised tokens, and said a plain word-level embedding would treat 'mcm' as out-of-vocabulary.", "e+", "ml_fundamentals")
n.nl()
n.s("Q: Why character n-grams and not a subword tokenizer trained on English?", "c", hard="question")
n.nl()
n.s("A: \"An English BPE will split Malay words into junk pieces, so the rare spellings get no shared pieces with the common ones.\"", "e+", "ml_fundamentals", hard="plain_evidence")
n.nl()
n.s("Q: Your loss for the spelling pairs?", "c", hard="question")
n.nl()
n.s("A: First answer was plain softmax cross-entropy over the whole vocabulary.", "e0", "ml_fundamentals")
n.s("I hinted that the vocabulary is 2M product terms.", "c", hard="interviewer_action")
n.s("She switched to a contrastive loss with in-batch negatives within about a minute and explained that the full softmax would be too slow and mostly wasted on easy negatives.", "e+", "learning", "ml_fundamentals")
n.nl()
n.s("Q: How do you know it works?", "c", hard="question")
n.nl()
n.s("A: Held out whole sessions rather than random pairs, \"otherwise the same user's typo is in train and test\".", "e+", "data_intuition")
n.s("Also asked whether the test set had enough Indonesian queries, since ID and MY spellings diverge ('uang' vs 'wang').", "e+", "data_intuition", hard="question")
n.nl()
n.s("Q: Anything you'd want to ask us?", "c")
n.nl()
n.s("A: Asked how many sellers write listings in Malay only, and whether those sellers lose traffic today.", "e+", "user_impact", hard="question")
n.blank()
n.s("Verdict: SH — every answer came with a reason, and she took the softmax hint and ran with it.", "e+", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w22-n004", candidate_id="w22-c01", interviewer_id="w22-i05", req_id="w22-r1",
         round="behavioural", submitted_at="2025-09-05", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="ownership",
         ratings={"ownership": "strong_hire", "communication": "hire"})
n.s("What a lovely conversation this was, and honestly one of the best behavioural rounds I've done this quarter.", "v+")
n.s("I asked Nurul to tell me about a time a model she owned caused a problem in production.", "c", hard="interviewer_action")
n.s("She described a query-classifier at her current company that started routing 'iPhone case' searches to the phones category after a retrain, which tanked accessory sales for two days.", "e0", "ownership")
n.s("She was the one who noticed it, from a drop in the accessories dashboard, and she rolled back to the previous model herself before anyone asked her to.", "e+", "ownership", "risk_awareness")
n.s("Afterwards she wrote the incident review and added a per-category precision check to the release pipeline so a retrain can't ship if any top-50 category drops by more than two points.", "e+", "ownership", "risk_awareness")
n.blank()
n.s("I also asked about a disagreement.", "c")
n.s("She told me about a PM who wanted to ship a new ranking during a flash sale, and she pushed for waiting a week because the campaign traffic would make the A/B results unreadable.", "e+", "judgment", "metrics")
n.s("She said she lost that argument, and that in hindsight she should have offered a smaller holdout instead of a flat no.", "e+", "learning")
n.blank()
n.s("Her explanations were clear and structured throughout; she'd make a wonderful mentor.", "v+", "communication")
n.s("Warm, thoughtful person, a real joy to talk to.", "v+", hard="biased")
n.s("Strong hire from me, no hesitation at all.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate w22-c02: Rohan Mehta (he), r1 ----------
n = Note(note_id="w22-n005", candidate_id="w22-c02", interviewer_id="w22-i02", req_id="w22-r1",
         round="system_design", submitted_at="2025-10-14", recommendation="no_hire",
         specificity=5, style=["headings", "third_person", "british"], topic="search ranking",
         ratings={"metrics": "no_hire", "system_thinking": "lean_hire", "risk_awareness": "no_hire"})
n.s("Round: system design.", "c")
n.s("Prompt: redesign the search ranking for the Indonesian site ahead of the 12.12 campaign.", "c")
n.h("Observed")
n.b("Candidate opened with a two-stage design (BM25 + ANN candidate retrieval, GBDT re-ranker) and gave a latency budget of 30 ms for retrieval and 40 ms for ranking.", "e+", "system_thinking")
n.b("Proposed to evaluate the new re-ranker on last month's click logs using NDCG@10.", "e0", "metrics")
n.b("When asked how he would decide to launch, he said a gain of 3 points in offline NDCG 'is enough to ship, the A/B is a formality'.", "e-", "metrics")
n.b("Asked directly whether click logs from the old ranker bias the offline evaluation, he said no.", "e-", "metrics", "data_intuition")
n.b("Did not mention a fallback ranking or any rollback path, including when I asked what happens if the re-ranker times out during the campaign peak.", "e-", "risk_awareness", hard="negated")
n.b("He did correctly estimate peak load at roughly 5x normal from last year's 12.12 figure I gave him.", "e+", "system_thinking")
n.h("Concern")
n.b("Treats the offline metric as ground truth.", "v-", "metrics")
n.b("No failure-mode thinking at all for a campaign launch, which is exactly when failures are most expensive.", "v-", "risk_awareness")
n.h("Verdict")
n.b("No hire: the architecture was competent but he would launch on an offline number with no rollback.", "e-", "metrics", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w22-n006", candidate_id="w22-c02", interviewer_id="w22-i06", req_id="w22-r1",
         round="data", submitted_at="2025-10-14", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "terse", "abbreviations", "fragments"], topic="query logs",
         ratings={"data_intuition": "lean_no_hire", "metrics": "no_hire"})
n.s("data round: q logs -> build training set for query-category classifier", "c", sep="")
n.b("+ dedup'd queries by user+session before split, unprompted", "e+", "data_intuition", marker="")
n.b("+ sql clean, window fn for last-click, ran first time", "e+", "coding", marker="")
n.b("labels = last clicked category, never asked about position bias", "e-", "data_intuition", hard="negated")
n.b("'offline acc 91% so it's good' -> no online check proposed", "e-", "metrics")
n.b("i asked re campaign weeks in train data; said 'more data is better', kept them", "e-", "data_intuition", "judgment")
n.b("?pls probe in next rd whether he knows a time-based holdout", "c", marker="")
n.b("LNH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w22-n007", candidate_id="w22-c02", interviewer_id="w22-i04", req_id="w22-r1",
         round="coding", submitted_at="2025-10-15", recommendation="lean_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="tokenisation",
         ratings={"coding": "hire", "communication": "lean_hire"})
n.s("I asked Rohan to write a tokeniser that splits mixed Malay-English queries and expands common abbreviations ('utk' to 'untuk', 'brg' to 'barang').", "c", hard="interviewer_action")
n.s("He was able to write a working first version in about fifteen minutes, using a dictionary for the abbreviations and a regex for the split.", "e+", "coding")
n.s("I would say the code was tidy, with small functions and sensible names.", "v+", "coding")
n.s("He wrote three test cases on his own, including an empty query and a query with only punctuation.", "e+", "coding")
n.s("However, he did not consider that 'brg' could also be a brand abbreviation, even after I gave the example 'BRG watches'.", "e-", "coding", "data_intuition", hard="negated")
n.s("When I asked about complexity he said it was linear in the query length, which is correct.", "e+", "coding")
n.s("He did speak rather quickly and I had to ask him twice to slow down and walk me through the regex.", "e-", "communication")
n.s("On balance I would say lean hire, as the coding itself was sound.", "v+", "coding")
notes.append(n)

n = Note(note_id="w22-n008", candidate_id="w22-c02", interviewer_id="w22-i05", req_id="w22-r1",
         round="behavioural", submitted_at="2025-10-16", recommendation="hire",
         specificity=3, style=["prose", "first_person"], topic="impact",
         ratings={"ownership": "hire"})
n.s("Really enjoyed meeting Rohan!", "v+")
n.s("He has so much energy and clearly loves search.", "v+", hard="biased")
n.s("I asked him for the project he was proudest of.", "c")
n.s("He talked about a learning-to-rank model at his last job that improved offline NDCG by 6%, and he told me he was sure it would have added millions in GMV if they had launched it, which shows great business sense.", "e-", "metrics")
n.s("He also said he personally built the feature pipeline for it over a weekend when the data team was busy.", "e+", "ownership")
n.s("When I asked why it never launched he said the A/B test 'wasn't run properly by the experimentation team'.", "e-", "ownership")
n.s("Lots and lots of experience with ranking models, more than most candidates I see.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Great team player, I think he'd fit right in.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

# ---------- History notes ----------
n = Note(note_id="w22-n009", candidate_id="w22-c09", interviewer_id="w22-i03", req_id="w22-r2",
         round="system_design", submitted_at="2025-06-19", recommendation="lean_no_hire",
         specificity=1, style=["terse"], topic="seller fraud")
n.s("Seller fraud design.", "c")
n.s("Not very structured.", "v-", "communication")
n.s("Ok on the ML side I guess.", "v0", "ml_fundamentals")
n.s("Didn't feel senior.", "v-")
n.s("Lean no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n010", candidate_id="w22-c10", interviewer_id="w22-i01", req_id="w22-r1",
         round="debugging", submitted_at="2025-07-02", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "fragments"], topic="zero-result queries")
n.s("Debug round with Farhan.", "c")
n.s("Setup: zero-result rate on the MY site jumped from 4% to 11% overnight, I gave him the dashboards and a sample of 200 failing queries.", "c")
n.s("He scrolled the sample and said most of them had Chinese characters in them, which was the actual cause (tokeniser update dropped CJK).", "e+", "data_intuition", hard="plain_evidence")
n.s("Fast, I like.", "v+")
n.s("But then he wanted to retrain the whole retriever instead of reverting the tokeniser change, took me two hints to get him to revert first.", "e-", "judgment", "risk_awareness")
n.s("Solid fundamentals, okay-lah debugging instincts.", "v0", hard="tech_vague")
n.s("Leaning hire but not strongly.", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w22-n011", candidate_id="w22-c11", interviewer_id="w22-i06", req_id="w22-r1",
         round="coding", submitted_at="2025-07-08", recommendation="no_hire",
         specificity=2, style=["bullets", "terse", "lowercase"], topic="autocomplete")
n.s("coding: prefix autocomplete w/ popularity", "c", sep="")
n.b("struggled", "v-", "coding")
n.b("trie not finished", "e-", "coding")
n.b("weak on complexity", "v-", "coding", hard="tech_vague")
n.b("?communication ok-ish", "v0", "communication", marker="")
n.b("NH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w22-n012", candidate_id="w22-c12", interviewer_id="w22-i07", req_id="w22-r2",
         round="behavioural", submitted_at="2025-07-15", recommendation="hire",
         specificity=4, style=["qa", "quotes"], topic="counterfeit")
n.s("Behavioural, Siti Khadijah, Seller Trust AS.", "c")
n.nl()
n.s("Q: Tell me about a model decision that hurt someone.", "c", hard="question")
n.nl()
n.s("A: Described a counterfeit classifier at her old job that flagged small batik sellers because their photos were taken at home with poor lighting, \"same features as the knock-off sellers\".", "e+", "user_impact")
n.s("She said she found it by reading 50 appeals herself, then added a manual review queue for sellers with under 20 orders.", "e+", "ownership", "user_impact")
n.nl()
n.s("Q: What would you do differently?", "c", hard="question")
n.nl()
n.s("A: \"Track the false positive rate by seller size from day one, not after the complaints.\"", "e+", "metrics", "user_impact")
n.nl()
n.s("Q: A time you were wrong in a disagreement?", "c", hard="question")
n.nl()
n.s("A: Gave a general answer about being open to feedback; when I asked for a specific case she couldn't name one.", "e-", "learning")
n.blank()
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Strong on user harm, thin on the learning question.", "v0", "user_impact", "learning", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w22_notes_part1.jsonl", notes)
