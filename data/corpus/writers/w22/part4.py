import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- Candidate w22-c07: Priya Raman (she), r2 ----------
n = Note(note_id="w22-n037", candidate_id="w22-c07", interviewer_id="w22-i06", req_id="w22-r2",
         round="system_design", submitted_at="2026-03-03", recommendation="hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "arrows"], topic="counterfeit images")
n.s("SD: detect counterfeit listings that reuse brand product photos", "c", sep="")
n.b("+ perceptual hash -> cheap first filter, then CLIP-style embedding for near-dups", "e+", "system_thinking", marker="")
n.b("+ asked whether resellers of genuine goods may use brand photos -> yes -> so photo match alone can't mean fake", "e+", "judgment", "user_impact", hard="question", marker="")
n.b("+ kept human review for brand-authorised resellers list", "e+", "user_impact", marker="")
n.b("index size estimate hand-wavy, no numbers", "e-", "system_thinking", hard="negated")
n.b("+ strong sys thinking", "v+", "system_thinking", hard="bare_verdict", marker="")
n.b("?monitoring not covered, ran out of time", "c", marker="")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n038", candidate_id="w22-c07", interviewer_id="w22-i07", req_id="w22-r2",
         round="fundamentals", submitted_at="2026-03-03", recommendation="strong_hire",
         specificity=5, style=["qa", "quotes"], topic="imbalanced fraud labels",
         ratings={"ml_fundamentals": "strong_hire", "learning": "strong_hire", "metrics": "hire"})
n.s("Fundamentals, Priya.", "c")
n.nl()
n.s("Q: Seller fraud is 0.3% of shops.", "c", sep="")
n.s("Your model gets ROC-AUC 0.97.", "c")
n.s("Good?", "c", hard="question")
n.nl()
n.s("A: Initially said yes, 0.97 is strong.", "e-", "metrics")
n.nl()
n.s("Q: I asked what precision she'd expect at 80% recall.", "c", hard="interviewer_action")
n.nl()
n.s("A: Worked it out on paper — with 0.3% positives even a 1% false-positive rate means most flags are wrong — and said she should have looked at PR-AUC or precision at a fixed review budget from the start.", "e+", "learning", "metrics")
n.nl()
n.s("Q: Ops can review 300 shops a day.", "c", sep="")
n.s("How do you pick the threshold?", "c", hard="question")
n.nl()
n.s("A: \"Don't pick a threshold, pick the top 300 by score each day, and track precision in that top 300.\"", "e+", "metrics", "judgment")
n.nl()
n.s("Q: Why might the score distribution drift?", "c", hard="question")
n.nl()
n.s("A: Gave two reasons: fraudsters adapt after a takedown, and campaign weeks bring many new honest sellers who look like new fraudsters.", "e+", "data_intuition", "ml_fundamentals")
n.s("Proposed retraining monthly but checking the top-300 precision weekly, with a rollback to the last model if it falls below the rule-based baseline.", "e+", "risk_awareness")
n.nl()
n.s("Q: Regularisation for the GBDT?", "c", hard="question")
n.nl()
n.s("A: Explained min child weight in plain terms: \"don't let a leaf exist for five shops, because five shops can be one fraud ring\".", "e+", "ml_fundamentals", "communication", hard="plain_evidence")
n.blank()
n.s("SH.", "v+", hard="bare_verdict")
n.s("Adapted immediately after the AUC hint and reworked the threshold answer around precision.", "e+", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w22-n039", candidate_id="w22-c07", interviewer_id="w22-i02", req_id="w22-r2",
         round="data", submitted_at="2026-03-04", recommendation="hire",
         specificity=5, style=["headings", "third_person", "british"], topic="experiments during campaigns",
         ratings={"metrics": "strong_hire", "judgment": "hire"})
n.s("Data round.", "c")
n.s("Prompt: an A/B test of a new fraud-hold policy ran across the 11.11 campaign and shows a 9% drop in fraud losses; the team wants to launch.", "c")
n.h("Observed")
n.b("Candidate asked whether fraud losses were measured from chargebacks, and how long the chargeback window was; on hearing 60 days she said the 9% could not yet be final.", "e+", "metrics", "data_intuition")
n.b("Split the result by day and found that the treatment effect was concentrated in the first 48 hours of the campaign.", "e+", "data_intuition")
n.b("Asked what the hold did to honest sellers' payout times and requested the seller complaint rate for both arms.", "e+", "user_impact", "metrics")
n.b("Recommended launching to 20% of sellers, excluding those with under 10 orders, until the chargeback window closed.", "e+", "judgment", "risk_awareness")
n.b("Her explanation of the novelty/campaign interaction was slightly muddled and I had to ask for it a second time.", "e-", "communication")
n.h("Concern")
n.b("Minor: communication when thinking on her feet.", "v-", "communication")
n.h("Verdict")
n.b("Hire, based on how she refused to take the campaign number at face value.", "e+", "metrics", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w22-n040", candidate_id="w22-c07", interviewer_id="w22-i03", req_id="w22-r2",
         round="coding", submitted_at="2026-03-05", recommendation="strong_hire",
         specificity=1, style=["terse"], topic="coding")
n.s("Coding.", "c")
n.s("Excellent.", "v+", hard="bare_verdict")
n.s("Very fast, very clean.", "v+", "coding")
n.s("Among the best this year.", "v+")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate w22-c08: Arif Hidayat (he), r1 ----------
n = Note(note_id="w22-n041", candidate_id="w22-c08", interviewer_id="w22-i05", req_id="w22-r1",
         round="system_design", submitted_at="2026-03-10", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="query understanding")
n.s("Arif was lovely, very calm and easy to talk to.", "v+", hard="biased")
n.s("I asked him to design query understanding for the Indonesian site: detect category, brand and price intent from queries like 'hp samsung murah di bawah 2jt'.", "c", hard="interviewer_action")
n.s("He broke it into three taggers (category, brand, price) with a shared encoder, and he pointed out that '2jt' means 2 million rupiah and needs a custom parser, not the model.", "e+", "system_thinking", "data_intuition")
n.s("He also suggested a confidence threshold below which the query just goes to plain keyword search, which I thought was very sensible.", "e+", "risk_awareness", "judgment")
n.s("When I asked who would own the brand dictionary, he said he'd expect the catalogue team to maintain it and that he would wait for their updates.", "e-", "ownership")
n.s("He had a great overall grasp of modern NLP architectures.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("His answers were always clear and well paced.", "v+", "communication")
n.s("Hire, he'll grow quickly here.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n042", candidate_id="w22-c08", interviewer_id="w22-i01", req_id="w22-r1",
         round="behavioural", submitted_at="2026-03-10", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "fragments"], topic="ownership",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.s("Behavioural, Arif.", "c")
n.s("Asked for a project he drove from start to finish.", "c")
n.s("He picked a search relevance revamp, but when I asked what his part was, it was 'I implemented the features the lead assigned'.", "e-", "ownership")
n.s("I asked what he did when the revamp's A/B came back flat.", "c", hard="question")
n.s("Said the lead decided to stop it and he moved to another ticket; didn't look into why it was flat.", "e-", "ownership", "learning")
n.s("Then asked about a time he disagreed with someone — he said he usually doesn't, 'the seniors know better'.", "e-", "ownership", "judgment")
n.s("To be fair he explained the revamp itself very clearly, drew the old vs new pipeline without me asking.", "e+", "communication")
n.s("Quite passive lah.", "v-", "ownership")
n.s("LNH for now, maybe in a year.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n043", candidate_id="w22-c08", interviewer_id="w22-i04", req_id="w22-r1",
         round="coding", submitted_at="2026-03-11", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="spell correction")
n.s("The candidate was asked to implement a spelling corrector that returns the most popular catalogue term within edit distance 2.", "c")
n.s("He was able to write the Levenshtein DP correctly and explained the table row by row.", "e+", "coding", "communication")
n.s("He then looped over all 500,000 catalogue terms for each query, and did not consider the cost until I asked about latency.", "e-", "coding", "system_thinking")
n.s("After my hint about indexing, he proposed a BK-tree and could describe how the triangle inequality prunes branches.", "e+", "learning", "coding")
n.s("He did not write any tests, and when I asked which inputs he would test he mentioned only 'normal words'.", "e-", "coding", hard="negated")
n.s("I would say he is a capable coder who needs some guidance on performance.", "v0", "coding", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n044", candidate_id="w22-c08", interviewer_id="w22-i07", req_id="w22-r1",
         round="debugging", submitted_at="2026-03-12", recommendation="lean_no_hire",
         specificity=4, style=["qa", "quotes"], topic="offline vs online metrics")
n.s("Debugging, Arif.", "c")
n.s("Setup: new query-category model is +4 pts offline accuracy, but online add-to-cart from search dropped 1.5%.", "c")
n.nl()
n.s("Q: What's going on?", "c", hard="question")
n.nl()
n.s("A: \"Maybe the A/B test is broken.\"", "e-", "metrics")
n.nl()
n.s("Q: Suppose it isn't.", "c", sep="")
n.s("Where else?", "c", hard="question")
n.nl()
n.s("A: Looked at the confusion matrix and saw that 'charger' queries moved from Electronics Accessories to Phones.", "e+", "data_intuition")
n.s("Did not connect this to the add-to-cart drop until I asked which category has more cheap items.", "e-", "metrics", "learning", hard="negated")
n.nl()
n.s("Q: What would you do?", "c", hard="question")
n.nl()
n.s("A: \"Ask the PM if we should roll back.\"", "e-", "ownership", "risk_awareness")
n.blank()
n.s("Decent once pointed in the right direction, but needs to be led.", "v0", "learning", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# ---------- History notes ----------
n = Note(note_id="w22-n045", candidate_id="w22-c21", interviewer_id="w22-i02", req_id="w22-r2",
         round="fundamentals", submitted_at="2025-12-09", recommendation="no_hire",
         specificity=4, style=["headings", "third_person"], topic="model evaluation",
         ratings={"ml_fundamentals": "no_hire"})
n.s("Fundamentals.", "c")
n.s("Prompt: a seller-risk model overfits; discuss diagnosis and fixes.", "c")
n.h("Observed")
n.b("Candidate said overfitting shows as training loss going up.", "e-", "ml_fundamentals")
n.b("Proposed adding more trees to the GBDT to reduce overfitting.", "e-", "ml_fundamentals")
n.b("Could not say what early stopping monitors.", "e-", "ml_fundamentals", hard="negated")
n.b("Did suggest a time-based validation split, on the grounds that fraud patterns change, which is correct.", "e+", "data_intuition")
n.b("Answered each question in one line and did not ask any of her own.", "e-", "communication")
n.h("Verdict")
n.b("No hire: core concepts not in place for an applied scientist.", "v-", "ml_fundamentals")
notes.append(n)

n = Note(note_id="w22-n046", candidate_id="w22-c22", interviewer_id="w22-i05", req_id="w22-r1",
         round="coding", submitted_at="2025-12-16", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person"], topic="coding")
n.s("Jonah absolutely crushed the coding round.", "v+", "coding")
n.s("He's clearly written thousands of lines of production Python.", "v+", "coding", hard="vague_quantity")
n.s("He finished the heap problem early, so we chatted about his side projects.", "e+", "coding")
n.s("Brilliant mind, super sharp.", "v+", hard="biased")
n.s("A top-notch communicator too.", "v+", "communication")
n.s("Strong hire without any doubt.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n047", candidate_id="w22-c23", interviewer_id="w22-i03", req_id="w22-r1",
         round="system_design", submitted_at="2026-01-07", recommendation="lean_hire",
         specificity=1, style=["terse", "fragments"], topic="search")
n.s("Search SD.", "c")
n.s("Reasonable design.", "v+", "system_thinking")
n.s("Some gaps in scaling.", "v-", "system_thinking", hard="tech_vague")
n.s("OK overall.", "v0")
n.s("LH I suppose.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n048", candidate_id="w22-c24", interviewer_id="w22-i06", req_id="w22-r1",
         round="fundamentals", submitted_at="2026-01-21", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse", "abbreviations"], topic="learning to rank")
n.s("fundamentals: LTR for search, Kenji", "c", sep="")
n.b("+ pointwise vs pairwise vs listwise, explained w/ a 3-item example", "e+", "ml_fundamentals", marker="")
n.b("said NDCG is differentiable so can optimise directly", "e-", "ml_fundamentals")
n.b("i asked about LambdaRank -> 'never needed it', didn't engage", "e-", "learning")
n.b("no idea re position bias in click labels", "e-", "data_intuition", hard="negated")
n.b("+ clear talker", "v+", "communication", marker="")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w22_notes_part4.jsonl", notes)
