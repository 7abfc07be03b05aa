import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- Candidate w22-c03: Mei Ling Tan (she), r2 Seller Trust ----------
n = Note(note_id="w22-n013", candidate_id="w22-c03", interviewer_id="w22-i01", req_id="w22-r2",
         round="system_design", submitted_at="2025-11-04", recommendation="hire",
         specificity=4, style=["prose", "first_person", "fragments"], topic="counterfeit",
         ratings={"system_thinking": "strong_hire", "user_impact": "lean_hire"})
n.s("Mei Ling, design round.", "c")
n.s("Asked her to build counterfeit detection for branded listings, ~400k new listings a day, more during campaign week.", "c", hard="interviewer_action")
n.blank()
n.s("She split it into three parts straight away: cheap rules at listing time (price below 30% of brand MSRP, banned keywords), an image+text model run async within 10 min, and a human review queue for the grey zone.", "e+", "system_thinking")
n.s("Did the maths herself — 400k a day is under 5 per second on average, so the async model is cheap; she said the real pressure is the burst when sellers bulk-upload before a flash sale.", "e+", "system_thinking")
n.s("Proposed a priority queue so listings with high predicted traffic get scored first.", "e+", "system_thinking", "judgment")
n.s("Very zai on the architecture side, I'd put her above most senior folks I've interviewed.", "v+", "system_thinking")
n.blank()
n.s("When I asked what happens if the image model goes down, she said listings should go live with rules only and be re-scored later, not be blocked, because blocking punishes honest sellers.", "e+", "risk_awareness", "user_impact")
n.s("Less good: she never talked about how reviewers' decisions feed back as labels, even though she had drawn the review queue.", "e-", "data_intuition", hard="negated")
n.s("Hire lah.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n014", candidate_id="w22-c03", interviewer_id="w22-i04", req_id="w22-r2",
         round="system_design", submitted_at="2025-11-05", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="cold start sellers",
         ratings={"system_thinking": "lean_no_hire", "data_intuition": "lean_hire"})
n.s("The candidate was asked to design a risk score for new sellers who have no order history yet.", "c")
n.s("She was able to list sensible signals at registration: device fingerprint, bank account reuse across shops, and whether the shop name is close to an existing banned shop.", "e+", "data_intuition")
n.s("I would say her feature list was thoughtful.", "v+", "data_intuition")
n.s("However, when it came to serving, she proposed computing the bank-account graph features on the fly at registration by querying the full payments table.", "e-", "system_thinking")
n.s("When I asked how long such a query would take at 20,000 registrations a day she did not give an estimate, and said the database team could optimise it.", "e-", "system_thinking", "ownership", hard="negated")
n.s("She also did not separate the real-time path from the batch path, so it was unclear to me what would happen if the graph job was delayed.", "e-", "system_thinking", "risk_awareness", hard="negated")
n.s("To her credit, she asked what the cost of a false positive was for a new seller, and suggested a lower listing limit instead of a ban for medium scores.", "e+", "user_impact", "judgment")
n.s("Her explanations were polite and clear.", "v+", "communication")
n.s("I would say lean no hire, mainly due to the system design gaps; I am aware this may differ from the other design round.", "v-", "system_thinking")
notes.append(n)

n = Note(note_id="w22-n015", candidate_id="w22-c03", interviewer_id="w22-i06", req_id="w22-r2",
         round="coding", submitted_at="2025-11-05", recommendation="hire",
         specificity=3, style=["bullets", "terse", "abbreviations"], topic="duplicate listings")
n.s("coding: near-dup listing detection (title shingles + jaccard)", "c", sep="")
n.b("+ clean python, correct on first run for given examples", "e+", "coding", marker="")
n.b("+ good coder", "v+", "coding", hard="bare_verdict", marker="")
n.b("+ asked if titles were mixed-lang before choosing shingle size", "e+", "data_intuition", hard="question", marker="")
n.b("O(n^2) pairwise compare; when i asked about 1M listings she suggested minhash but couldn't sketch it", "e0", "coding", "system_thinking", hard="mixed")
n.b("no tests written", "e-", "coding", hard="negated")
n.b("?solid on algos generally", "v+", "coding", hard="tech_vague", marker="")
n.b("H", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w22-n016", candidate_id="w22-c03", interviewer_id="w22-i03", req_id="w22-r2",
         round="behavioural", submitted_at="2025-11-06", recommendation="lean_hire",
         specificity=2, style=["prose", "terse"], topic="teamwork")
n.s("Behavioural.", "c")
n.s("Talked about a fraud project at her bank.", "v0", hard="tech_vague")
n.s("Seems to take ownership.", "v+", "ownership", hard="hedged")
n.s("She said she stayed late to fix a broken label join before a model review.", "e+", "ownership")
n.s("A bit quiet.", "v-", hard="biased")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate w22-c04: Kwabena Asante (he), r2 ----------
n = Note(note_id="w22-n017", candidate_id="w22-c04", interviewer_id="w22-i02", req_id="w22-r2",
         round="fundamentals", submitted_at="2025-12-02", recommendation="lean_no_hire",
         specificity=5, style=["headings", "third_person", "british"], topic="calibration",
         ratings={"ml_fundamentals": "lean_hire", "learning": "no_hire"})
n.s("Fundamentals, 45 min.", "c")
n.s("Prompt: a seller-fraud classifier outputs scores; ops want to block sellers above 0.9 'because that means 90% fraud'.", "c")
n.h("Observed")
n.b("Candidate correctly said the score is only a probability if the model is calibrated, and named Platt scaling and isotonic regression as fixes.", "e+", "ml_fundamentals")
n.b("Drew a reliability diagram on the whiteboard with ten bins and explained what an over-confident model looks like on it.", "e+", "ml_fundamentals")
n.b("Claimed that class weighting during training 'does not affect calibration'.", "e-", "ml_fundamentals")
n.b("I pointed out that up-weighting the fraud class shifts predicted probabilities upwards; he replied 'in practice it doesn't matter' and moved on.", "e-", "learning", "ml_fundamentals")
n.b("When I came back to it ten minutes later with a worked example (1% base rate, 10x weight), he said I was 'being too theoretical'.", "e-", "learning")
n.b("Did not ask what the base rate of fraud was at any point.", "e-", "data_intuition", hard="negated")
n.h("Concern")
n.b("Defensive when corrected, twice, on the same point.", "v-", "learning")
n.h("Verdict")
n.b("Lean no hire: good textbook knowledge, but he would not update when shown he was wrong.", "v-", "learning", hard="mixed")
notes.append(n)

n = Note(note_id="w22-n018", candidate_id="w22-c04", interviewer_id="w22-i07", req_id="w22-r2",
         round="system_design", submitted_at="2025-12-03", recommendation="no_hire",
         specificity=4, style=["qa", "quotes"], topic="seller suspension")
n.s("Design: automated seller suspension for fake-review rings.", "c")
n.nl()
n.s("Q: What's the action when the model fires?", "c", hard="question")
n.nl()
n.s("A: \"Suspend the shop immediately, freeze payouts.\"", "e0", "judgment")
n.nl()
n.s("Q: What about a small seller who got 30 reviews from family on opening day?", "c", hard="question")
n.nl()
n.s("A: \"That's still fake reviews, they know the rules.\"", "e-", "user_impact")
n.nl()
n.s("Q: How many legit sellers would you suspend per week at that threshold?", "c", hard="question")
n.nl()
n.s("A: Didn't estimate; said precision was 'above 95% in my last company' so it would be fine.", "e-", "metrics", hard="negated")
n.nl()
n.s("Q: I pushed: 95% of 2,000 flags is 100 wrong suspensions a week, payouts frozen.", "c", hard="interviewer_action")
n.nl()
n.s("A: \"Then they can appeal.\"", "e-", "user_impact", "learning")
n.s("Asked what the appeal SLA was, I said five working days; he said that was acceptable.", "e-", "user_impact")
n.nl()
n.s("Q: Architecture?", "c")
n.nl()
n.s("A: Reasonable: graph of reviewer accounts, connected components, a GNN score on each component, batch nightly.", "e+", "system_thinking")
n.blank()
n.s("NH.", "v-", hard="bare_verdict")
n.s("Not okay with how he treats sellers.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w22-n019", candidate_id="w22-c04", interviewer_id="w22-i05", req_id="w22-r2",
         round="coding", submitted_at="2025-12-03", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="graph traversal")
n.s("Kwabena was a pleasure to work with in the coding round!", "v+")
n.s("I gave him a problem on finding clusters of shops that share a payout bank account, given a list of (shop, account) pairs.", "c", hard="interviewer_action")
n.s("He recognized it as connected components right away and wrote a union-find with path compression in about twenty minutes.", "e+", "coding")
n.s("He walked me through a small example by hand before running it, which I really appreciated.", "e+", "communication", "coding")
n.s("The code had one bug, the rank update was on the wrong root, and he found it himself when his example gave the wrong cluster size.", "e+", "coding")
n.s("He's clearly a very strong engineer with tons of depth.", "v+", "coding", hard="vague_quantity")
n.s("I'd be thrilled to have him on the team, hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n020", candidate_id="w22-c04", interviewer_id="w22-i01", req_id="w22-r2",
         round="data", submitted_at="2025-12-04", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "fragments"], topic="fake reviews")
n.s("Data round, fake-review labels.", "c")
n.s("I gave him 5k reviews labelled by the ops team plus the reviewer metadata.", "c")
n.s("He checked label balance first (about 8% fake) and then noticed that almost all labels came from a single week in March.", "e+", "data_intuition")
n.s("Said that week was after a known review-farm takedown, so the labels probably over-represent one ring's style.", "e+", "data_intuition")
n.s("Good catch, quite sharp.", "v+")
n.s("When I suggested he might also look at how ops picked which reviews to label, he said it didn't matter for the exercise.", "e-", "learning", "data_intuition")
n.s("Not sure about him, can work but a bit stubborn.", "v0", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- History notes ----------
n = Note(note_id="w22-n021", candidate_id="w22-c13", interviewer_id="w22-i04", req_id="w22-r1",
         round="fundamentals", submitted_at="2025-08-12", recommendation="hire",
         specificity=3, style=["prose", "third_person", "british"], topic="embeddings")
n.s("The candidate, Dimas, was asked about multilingual embeddings for search.", "c")
n.s("He was able to explain that a shared embedding space lets 'sepatu' and 'shoe' land near each other if the model sees parallel data.", "e+", "ml_fundamentals")
n.s("He has a good understanding of contrastive learning.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When asked about hard negatives, he said they should come from the same category, e.g. other shoes, so that the model learns finer distinctions.", "e+", "ml_fundamentals")
n.s("I would say his answer on evaluation was less convincing.", "v-", "metrics")
n.s("He did not mention any online metric, and only spoke of MRR on a held-out set.", "e-", "metrics", hard="negated")
n.s("I would recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n022", candidate_id="w22-c14", interviewer_id="w22-i02", req_id="w22-r1",
         round="coding", submitted_at="2025-08-20", recommendation="lean_hire",
         specificity=4, style=["headings", "third_person"], topic="query rewriting")
n.s("Coding round.", "c")
n.s("Prompt: given a synonym table, generate query rewrites up to edit distance 1 and dedupe them.", "c")
n.h("Observed")
n.b("Asked whether the synonym table could contain cycles before writing anything.", "e+", "judgment", hard="question")
n.b("Used a BFS with a visited set, which handled the cycle case correctly.", "e+", "coding")
n.b("Did not test the case where the query is empty; the code threw an index error when I ran it.", "e-", "coding", hard="negated")
n.b("Fixed it in under a minute once shown.", "e+", "learning")
n.b("Complexity analysis stated as O(n) without considering the branching factor.", "e-", "coding")
n.h("Concern")
n.b("Testing discipline.", "v-", "coding")
n.h("Verdict")
n.b("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n023", candidate_id="w22-c15", interviewer_id="w22-i05", req_id="w22-r2",
         round="system_design", submitted_at="2025-09-10", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person"], topic="seller fraud")
n.s("Wow, Chiamaka was fantastic.", "v+")
n.s("Her design for the payout-fraud system was one of the most thorough I've seen, really comprehensive and deeply thought through.", "v+", "system_thinking", hard="tech_vague")
n.s("She knows graph ML inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She did ask who gets notified when a payout is held, which I loved.", "e+", "user_impact", hard="plain_evidence")
n.s("Super confident and articulate.", "v+", hard="biased")
n.s("Strong hire, we'd be lucky to have her.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n024", candidate_id="w22-c16", interviewer_id="w22-i03", req_id="w22-r2",
         round="data", submitted_at="2025-09-17", recommendation="no_hire",
         specificity=2, style=["terse", "fragments", "lowercase"], topic="chargebacks")
n.s("data round, chargeback data.", "c")
n.s("weak.", "v-", hard="bare_verdict")
n.s("used chargebacks from the last 7 days as labels without asking about the delay.", "e-", "data_intuition", hard="negated")
n.s("not much depth on sampling.", "v-", "data_intuition", hard="tech_vague")
n.s("nh.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w22_notes_part2.jsonl", notes)
