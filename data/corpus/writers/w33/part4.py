import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w33-n037", candidate_id="w33-c13", interviewer_id="w33-i02", req_id="w33-r2",
         round="data", submitted_at="2025-03-11", recommendation="hire",
         specificity=5, style=["bullets", "headings", "quotes", "third_person"], topic="scam detection",
         ratings={"data_intuition": "strong_hire", "metrics": "hire", "ml_fundamentals": "hire"})
n.h("Data round: romance-scam labels")
n.s("Dataset: 90 days of accounts, label = banned for scam by a reviewer.", "c")
n.nl()
n.h("Findings")
n.b("Asked when the ban label is applied relative to the account's activity; learned bans come 10-40 days after signup.", "e+", "data_intuition", hard="question", marker="1. ")
n.b("Noticed that 'number of reports received' was a feature and said it leaks the label, since reviewers only look at reported accounts.", "e+", "data_intuition", marker="2. ")
n.b("Dropped the feature and the validation AUC fell from 0.97 to 0.81; said 'good, 0.97 was never real'.", "e+", "metrics", "ml_fundamentals", marker="3. ")
n.b("Split train and test by signup date rather than at random, and explained that scam scripts change month to month.", "e+", "data_intuition", "ml_fundamentals", marker="4. ")
n.b("Said accounts that were never reviewed are not negatives, only unknowns, and proposed treating them as unlabeled.", "e+", "ml_fundamentals", "data_intuition", marker="5. ")
n.b("Proposed precision at the reviewers' daily capacity (about 400 accounts) as the offline metric instead of AUC.", "e+", "metrics", "judgment", marker="6. ")
n.b("Did not look at the class balance until I asked; it was 0.4% positives.", "e-", "data_intuition", hard="negated", marker="7. ")
n.b("Asked what happens to the members who were messaging a scammer when the scammer gets banned; suggested a warning message to them.", "e+", "user_impact", hard="question", marker="8. ")
n.b("Her pandas was slow to write; she spent about 8 minutes on one groupby and asked me to check the syntax.", "e-", "coding", marker="9. ")
n.h("Verdict")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Findings 2, 3 and 5 are exactly what this team needs; finding 9 is minor.", "v+", "data_intuition")
notes.append(n)

n = Note(note_id="w33-n038", candidate_id="w33-c14", interviewer_id="w33-i03", req_id="w33-r1",
         round="behavioural", submitted_at="2025-03-19", recommendation="no_hire",
         specificity=1, style=["prose", "terse"], topic="behavioural")
n.s("Behavioural.", "c")
n.s("Didn't come across well.", "v-", "communication")
n.s("Answers were vague and hard to follow.", "v-", "communication")
n.s("Not much ownership in the stories.", "v-", "ownership")
n.s("Seemed nervous.", "v-", hard="biased")
n.s("Would not hire for this level.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n039", candidate_id="w33-c15", interviewer_id="w33-i01", req_id="w33-r2",
         round="debugging", submitted_at="2025-04-02", recommendation="hire",
         specificity=3, style=["lowercase", "fragments", "arrows", "abbreviations"], topic="harassment classifier")
n.s("debugging round w lucia", "c")
n.nl()
n.s("setup: harassment classifier flagging way more msgs in spanish after retrain", "c")
n.nl()
n.s("she went straight to the eval by language, saw spanish false positives jumped from ~2% to 11%", "e+", "data_intuition", "metrics")
n.nl()
n.s("then found the tokenizer had been swapped and was splitting accented words into junk -> model reading them as slurs", "e+", "ml_fundamentals", "coding")
n.nl()
n.s("said we should've had a per-language check in the release gate and wrote what it would test", "e+", "risk_awareness")
n.nl()
n.s("rolled back to the old tokenizer before fixing anything bc ppl were getting warned right now", "e+", "judgment", "risk_awareness")
n.nl()
n.s("also asked how many ppl got wrongly warned that week", "e+", "user_impact", hard="question")
n.nl()
n.s("ngl she was way ahead of me on the tokenizer part", "v+", "ml_fundamentals")
n.nl()
n.s("comms a bit scattered at the start", "v-", "communication")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n040", candidate_id="w33-c16", interviewer_id="w33-i04", req_id="w33-r1",
         round="behavioural", submitted_at="2025-04-16", recommendation="hire",
         specificity=4, style=["prose", "first_person", "american"], topic="privacy of sensitive attributes")
n.s("My hour with Oluwaseun focused on sensitive information: orientation, HIV status, religion, all things our members put in profiles.", "c")
n.s("I asked whether the matching model should use a member's HIV status.", "c", hard="question")
n.s("He said no, and then said the harder problem is that it can leak through what people write in their bios, so leaving the field out isn't enough.", "e+", "user_impact", "data_intuition")
n.s("He asked who inside the company can see those fields today, and whether the training data is stored somewhere with wider access.", "e+", "user_impact", "risk_awareness", hard="question")
n.s("He told me about a past job where he found a model's training table was readable by the whole analytics org, and how he got access cut to four people that same week.", "e+", "ownership", "risk_awareness")
n.blank()
n.s("I pushed him on whether excluding religion might make matches worse for people who care about it.", "c", hard="interviewer_action")
n.s("He thought about it and said members could choose to use it as a filter themselves, rather than the model guessing.", "e+", "judgment", "user_impact")
n.s("He did struggle when I asked how he'd explain that to a member in the app, and his wording was full of jargon.", "e-", "communication")
n.blank()
n.s("I came away trusting him with member data.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n041", candidate_id="w33-c17", interviewer_id="w33-i05", req_id="w33-r1",
         round="fundamentals", submitted_at="2025-05-07", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "american"], topic="calibration",
         ratings={"ml_fundamentals": "lean_no_hire", "learning": "lean_hire"})
n.s("Fundamentals round with Hiroshi, centered on combining the like model and the reply model into one match score.", "c")
n.s("He proposed multiplying the two predicted probabilities, which is reasonable if both are calibrated.", "e+", "ml_fundamentals")
n.s("Asked whether they were calibrated, he said the models were trained with log loss so 'they must be'.", "e-", "ml_fundamentals")
n.s("The interviewer showed a reliability plot where the reply model was overconfident above 0.6.", "c", hard="interviewer_action")
n.s("He read the plot correctly and said the product would over-rank pairs where the reply model was confident, then suggested isotonic regression on a holdout.", "e+", "learning", "ml_fundamentals")
n.s("He could not explain why class weighting during training would shift calibration, even after a hint.", "e-", "ml_fundamentals", hard="negated")
n.s("On regularization he said L1 and L2 'do the same thing basically'.", "e-", "ml_fundamentals")
n.s("When asked how to evaluate the combined score, he suggested mutual matches in an A/B test, and noted offline AUC on each model would not tell us that.", "e+", "metrics")
n.blank()
n.s("Learns quickly when shown something, but the base knowledge is thinner than the role needs.", "v0", "learning", "ml_fundamentals", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n042", candidate_id="w33-c18", interviewer_id="w33-i06", req_id="w33-r2",
         round="behavioural", submitted_at="2025-05-21", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="collaboration")
n.s("I chatted with Ingrid for the behavioural round and honestly we could have gone another hour.", "v+")
n.s("She has a ton of experience working with policy teams, which is so rare for ML people.", "v+", "communication", hard="vague_quantity")
n.s("We talked about my old team at the bank, where policy and ML never spoke to each other, and she had some funny stories from her side too.", "c")
n.s("She mentioned leading a cross-team effort on appeals but we didn't get into the details.", "v+", "ownership")
n.s("Said she'd rather ship a narrower model that policy can explain than a better one nobody trusts.", "e+", "judgment", "communication")
n.s("Great culture fit, super warm.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n043", candidate_id="w33-c19", interviewer_id="w33-i03", req_id="w33-r2",
         round="system_design", submitted_at="2025-06-04", recommendation="lean_hire",
         specificity=2, style=["prose", "terse"], topic="fake profiles")
n.s("Design round, fake profile detection.", "c")
n.s("Decent design.", "v+", "system_thinking")
n.s("Covered the main components.", "v0", "system_thinking")
n.s("Mentioned monitoring at the end.", "e+", "risk_awareness", hard="plain_evidence")
n.s("Could have gone deeper on the ML parts.", "v-", "ml_fundamentals")
n.s("Understands the trust & safety space.", "v+", hard="tech_vague")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n044", candidate_id="w33-c20", interviewer_id="w33-i01", req_id="w33-r1",
         round="fundamentals", submitted_at="2025-06-18", recommendation="no_hire",
         specificity=2, style=["lowercase", "fragments", "abbreviations"], topic="embeddings")
n.s("fundamentals w kofi", "c")
n.nl()
n.s("kinda lost on embeddings ngl", "v-", "ml_fundamentals")
n.nl()
n.s("said cosine sim and dot product are always the same thing", "e-", "ml_fundamentals")
n.nl()
n.s("not great at explaining", "v-", "communication")
n.nl()
n.s("didnt really take the hints", "v-", "learning")
n.nl()
n.s("low energy the whole time", "v-", hard="biased")
n.nl()
n.s("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n045", candidate_id="w33-c21", interviewer_id="w33-i05", req_id="w33-r2",
         round="debugging", submitted_at="2025-07-09", recommendation="lean_hire",
         specificity=3, style=["prose", "third_person", "american"], topic="photo verification")
n.s("Valentina was given the photo-verification pipeline, where pass rates had dropped overnight from 91% to 74%.", "c")
n.s("She checked the model version first, and when it had not changed, she asked whether the app had shipped a new camera feature.", "e+", "data_intuition", hard="question")
n.s("It had: the selfies were now mirrored, and she spotted it by comparing ten passing and ten failing images.", "e+", "data_intuition")
n.s("She wrote a quick test that feeds a flipped and an unflipped copy of the same selfie and checks that the scores match.", "e+", "coding", "risk_awareness")
n.s("She proposed flipping the images before scoring rather than retraining, which was the faster fix.", "e+", "judgment")
n.s("She was generally comfortable in the notebook.", "v+", "coding")
n.s("She did not think about the members who had failed verification overnight until the interviewer asked, and then suggested re-scoring them automatically.", "e0", "user_impact", "learning", hard="mixed")
n.s("Her explanations were fine but somewhat hard to follow at times.", "v0", "communication")
n.s("A solid debugging session overall; lean hire.", "v+")
notes.append(n)

n = Note(note_id="w33-n046", candidate_id="w33-c22", interviewer_id="w33-i02", req_id="w33-r2",
         round="system_design", submitted_at="2025-08-06", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "headings", "quotes", "third_person"], topic="appeals after wrongful bans",
         ratings={"system_thinking": "lean_hire", "risk_awareness": "no_hire"})
n.h("System design: appeals pipeline")
n.s("Design the system that takes ban appeals, prioritizes them, and restores accounts where the ban was wrong.", "c")
n.nl()
n.h("Findings")
n.b("Proposed a priority model that scores each appeal by likelihood of being a wrongful ban; reasonable.", "e+", "system_thinking", marker="1. ")
n.b("Planned to train it on past appeal outcomes without asking how those outcomes were decided.", "e-", "data_intuition", hard="negated", marker="2. ")
n.b("Proposed auto-restoring any account scoring above 0.8, with no cap on daily restores.", "e-", "risk_awareness", marker="3. ")
n.b("Asked what would happen if scammers learned to write appeals that score high, he said 'we'd see it in the metrics', but named no metric.", "e-", "risk_awareness", "metrics", marker="4. ")
n.b("Sized the queue correctly: ~3k appeals a day, 40 reviewers, so roughly 75 each.", "e+", "system_thinking", marker="5. ")
n.b("Said wrongly banned users 'should get a free month of premium'; did not mention restoring their matches.", "e0", "user_impact", hard="mixed", marker="6. ")
n.b("When I asked about a cap, he added a daily limit of 200 auto-restores and a reviewer sample of them.", "e+", "learning", "risk_awareness", marker="7. ")
n.h("Verdict")
n.s("Lean no hire: findings 3 and 4 together would let the appeal path become the easiest way back in for banned scammers.", "v-", "risk_awareness")
notes.append(n)

n = Note(note_id="w33-n047", candidate_id="w33-c23", interviewer_id="w33-i06", req_id="w33-r1",
         round="behavioural", submitted_at="2025-08-27", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="engagement metrics vs wellbeing")
n.s("What a conversation.", "v+")
n.s("I asked Anjali about a time a metric she was asked to move was the wrong one.", "c", hard="question")
n.s("She told me about a streak feature at a fitness app where daily opens went up 6% and she noticed that cancellations also went up among people who broke their streak.", "e+", "metrics", "user_impact")
n.s("She said she took it to her manager with a two-slide deck and recommended softening the streak-break message.", "e+", "ownership", "communication")
n.s("Her manager said no, and she told me she accepted that but kept tracking the cancellation number for two months, until it was clear enough to change his mind.", "e+", "ownership", "metrics")
n.blank()
n.s("I went off on a bit of a tangent about our own 'daily stack' and whether it causes the same anxiety, and she had thoughts.", "c")
n.s("She said a dating app should probably measure whether people leave because they found someone, not just whether they leave.", "e+", "metrics", "user_impact")
n.s("I love that kind of thinking.", "v+")
n.s("She is brilliant and I have no doubts at all.", "v+")
n.s("Also very humble, which is refreshing.", "v+", hard="biased")
n.s("Strong hire, and I'd be happy to have her on my team.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n048", candidate_id="w33-c24", interviewer_id="w33-i03", req_id="w33-r1",
         round="data", submitted_at="2025-09-03", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="data")
n.s("Data round.", "c")
n.s("Strong data skills.", "v+", "data_intuition")
n.s("Comfortable with large datasets.", "v+", "data_intuition", hard="tech_vague")
n.s("Good metrics sense.", "v+", "metrics")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w33_notes_part4.jsonl", notes)
