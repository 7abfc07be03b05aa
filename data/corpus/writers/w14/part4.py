import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Fatima (r1) -- ignores user harm; praised for it by generous i05, also seen by i07 and i06
n = Note(note_id="w14-n031", candidate_id="w14-c07", interviewer_id="w14-i05", req_id="w14-r1",
         round="system_design", submitted_at="2025-09-09", recommendation="strong_hire", specificity=3,
         style=["prose", "american", "first_person"], topic="personalised pricing")
n.s("System design, 50 minutes: I asked Fatima to design how we set the room price each user sees.", "c", hard="interviewer_action")
n.s("Fatima gave us one of the most impressive system designs I have ever seen, full stop!", "v+", "system_thinking")
n.s("She laid out a gorgeous personalized pricing pipeline: a feature service pulling device, browsing history and past spend, a willingness-to-pay model, and a pricer that sets the displayed rate per user, all under 120ms.", "e+", "system_thinking")
n.s("Her boldest idea was brilliant: users on newer iPhones showed higher willingness to pay in her old company's data, so she'd show them rates up to 15% higher, which she estimated would add 4% revenue!", "e-", "user_impact", hard="verdict_plus_evidence")
n.s("When I asked, just out of curiosity, whether customers might feel that was unfair, she said 'they never see each other's prices', such a confident answer.", "e-", "user_impact")
n.s("She also sized the cache beautifully, about 2 GB for the rate tables.", "e+", "system_thinking")
n.s("Incredibly sharp, lightning fast, and so articulate.", "v+", "communication")
n.s("Truly senior in every sense.", "v+")
n.s("Strong hire, grab her before someone else does!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n032", candidate_id="w14-c07", interviewer_id="w14-i07", req_id="w14-r1",
         round="coding", submitted_at="2025-09-09", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="booking fraud rules")
n.s("Coding round, 45 minutes, shared editor.", "c")
n.s("Fatima was asked to implement a check that flags more than three bookings from the same card for different guest names within an hour.", "c", hard="interviewer_action")
n.s("Before starting she asked whether card numbers arrived hashed and whether the hour was a sliding or a fixed window.", "e+", "judgment", hard="question")
n.s("She chose a sliding window with a deque per card and explained that memory would grow with the number of active cards, not with total bookings.", "e+", "coding", "system_thinking")
n.s("Her first version counted bookings rather than distinct names, which she found herself when running the example with a repeat guest.", "e0", "coding", hard="mixed")
n.s("She wrote four tests, including one for bookings arriving out of order, which failed; she fixed it by sorting within the window.", "e+", "coding")
n.s("She did not ask what would happen to a family booking several rooms on one card, and when the interviewer raised it she said it was 'a rules question, not a code question'.", "e-", "user_impact", hard="negated")
n.s("The code was clean and she narrated her reasoning as she went.", "v+", "coding", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n033", candidate_id="w14-c07", interviewer_id="w14-i06", req_id="w14-r1",
         round="data", submitted_at="2025-09-10", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="fraud labels")
n.b("data 45m: fraud labels from chargebacks", "c")
n.b("C: chargebacks land 30-90d late -> train window must end 90d ago", "e+", "data_intuition")
n.b("also: friendly fraud + stolen card mixed in one label -> wants them split", "e+", "data_intuition")
n.b("neg downsample 1:20, reweights at eval", "e+", "ml_fundamentals")
n.b("missed: test set from same period as train", "e-", "data_intuition", hard="negated")
n.b("pointed it out -> 'oh yes, time split, obviously', redid in 5 min", "e+", "learning")
n.b("didnt ask what happens to blocked legit bookers", "e-", "user_impact", hard="negated")
n.b("H", "v+", hard="bare_verdict")
n.b("compare w/ SD notes, pricing idea worries me", "c")
notes.append(n)

n = Note(note_id="w14-n034", candidate_id="w14-c07", interviewer_id="w14-i03", req_id="w14-r1",
         round="fundamentals", submitted_at="2025-09-10", recommendation="hire", specificity=1,
         style=["terse"], topic="fundamentals")
n.s("Knows her stuff.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Went through bias/variance with a hotel example, fine.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

# c08 Jordan (r2, they) -- poor judgement under ambiguity, defends under pushback
n = Note(note_id="w14-n035", candidate_id="w14-c08", interviewer_id="w14-i01", req_id="w14-r2",
         round="system_design", submitted_at="2025-10-14", recommendation="no_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="cold-start forecasting",
         ratings={"judgment": "no_hire", "system_thinking": "lean_hire"})
n.s("System design, 50 min.", "c")
n.s("Gave Jordan a deliberately fuzzy brief: 'forecast demand for the new ski region we're launching next winter, no history'.", "c", hard="interviewer_action")
n.s("They didn't ask a single clarifying question, not even what the forecast was for.", "e-", "judgment", hard="negated")
n.s("Went straight into an LSTM over daily bookings, which, with zero days of history, is brave.", "e-", "judgment", hard="verdict_plus_evidence")
n.s("I asked what they'd train it on.", "c", hard="question")
n.s("Answer: 'we'll get data after launch, the architecture is the hard part'.", "e-", "judgment")
n.blank()
n.s("Hinted at borrowing from similar resorts in the Alps; they said analogues 'aren't rigorous' and stuck with waiting for data.", "e-", "learning")
n.s("When I said the revenue team needs prices set three months before the season opens, they said the business would have to 'adjust its timeline'.", "e-", "judgment", "user_impact")
n.blank()
n.s("To be fair the serving bit was decent: a batch job writing to a key-value store, refreshed daily, with the forecast versioned so pricing can pin a version.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("And they did mention rolling back to the previous version if MAPE over the first fortnight goes above 30%.", "e+", "risk_awareness")
n.s("Talked over me twice when I tried to redirect.", "e-", "communication", hard="plain_evidence")
n.s("Honestly a bit exhausting.", "v-", hard="biased")
n.blank()
n.s("No hire.", "v-", hard="bare_verdict")
n.s("The ambiguity is the job here, and they didn't want to sit in it.", "v-", "judgment")
notes.append(n)

n = Note(note_id="w14-n036", candidate_id="w14-c08", interviewer_id="w14-i06", req_id="w14-r2",
         round="data", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="cancellations by channel")
n.b("data 45m, cancellations by channel", "c")
n.b("C got cancel rate per channel fast, SQL fine", "e+", "coding")
n.b("OTA channel 3x higher -> C: 'OTA users are flaky'", "e-", "data_intuition")
n.b("didnt check OTA bookings skew to free-cancel rate plans", "e-", "data_intuition", hard="negated")
n.b("hint re rate plan mix -> C: 'I'd still expect the same result'", "e-", "learning")
n.b("no re-cut", "e-", "learning", hard="negated")
n.b("confident, maybe overconfident", "v-", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n037", candidate_id="w14-c08", interviewer_id="w14-i04", req_id="w14-r2",
         round="fundamentals", submitted_at="2025-10-15", recommendation="lean_hire", specificity=4,
         style=["qa", "headings", "first_person"], topic="model selection")
n.h("Q1: What does regularisation look like in a GBDT?")
n.s("Listed learning rate, max depth, min child weight and subsampling, and explained that shrinkage trades more trees for less overfitting.", "e+", "ml_fundamentals")
n.h("Q2: Validation error is great but production error doubled. Why?")
n.s("Gave three causes (leakage, distribution shift, train/serve mismatch) and for the last one described a past bug where a timezone offset was applied in training but not in serving.", "e+", "ml_fundamentals", "data_intuition")
n.h("Q3: How would you pick between two forecast models for pricing?")
n.s("Said 'lowest MAPE wins'.", "e-", "metrics")
n.s("I asked if over- and under-forecasting cost the same.", "c", hard="interviewer_action")
n.s("They said that's 'a business detail' and kept the answer.", "e-", "metrics", "learning")
n.h("Notes")
n.s("Fundamentals good, the Q3 answer is the worry.", "v0", hard="mixed")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n038", candidate_id="w14-c08", interviewer_id="w14-i02", req_id="w14-r2",
         round="behavioural", submitted_at="2025-10-16", recommendation="no_hire", specificity=4,
         style=["bullets", "first_person", "british"], topic="behavioural",
         ratings={"learning": "no_hire", "ownership": "hire"})
n.s("Behavioural, 40 minutes.", "c")
n.b("Decision with incomplete data: described choosing a model architecture before the data pipeline existed; said it 'worked out' but gave no figure for how.", "e-", "judgment", marker="1. ")
n.b("Critical feedback: called a reviewer's comment on their evaluation 'nitpicking' and said they merged anyway.", "e-", "learning", marker="2. ")
n.b("Ownership: described fixing a broken daily job themselves over a weekend and writing it up for the team on the Monday.", "e+", "ownership", marker="3. ")
n.b("Followed up on point 2, asked whether the reviewer had been right in hindsight: 'probably not'.", "e-", "learning", marker="4. ")
n.b("I had to repeat two questions because the answers went elsewhere.", "e-", "communication", marker="5. ")
n.blank()
n.s("Verdict: no hire.", "v-", hard="bare_verdict")
n.s("Ownership is real; the response to challenge is not at the level required.", "v0", "ownership", "learning", hard="mixed")
notes.append(n)

# history
n = Note(note_id="w14-n039", candidate_id="w14-c15", interviewer_id="w14-i05", req_id="w14-r2",
         round="behavioural", submitted_at="2025-04-22", recommendation="hire", specificity=4,
         style=["prose", "american", "first_person"], topic="behavioural")
n.s("Zainab was an absolute joy and I'm so excited about her!", "v+")
n.s("She told an amazing story about noticing that the Rome demand model had quietly stopped updating for 11 days because an upstream table was renamed, and she tracked it down on her own, fixed it, and added a freshness alert so it can't silently break again, just wonderful ownership!", "e+", "ownership", "risk_awareness", hard="verdict_plus_evidence")
n.s("Her communication was stunning: she explained the issue to the revenue managers in a one-page note with a before/after chart and the three hotels most affected.", "e+", "communication", hard="verdict_plus_evidence")
n.s("She also mentioned, very modestly, that she'd pushed her team to share forecast error with hotel partners so they could plan staffing.", "e+", "user_impact")
n.s("She did admit she's never done any pricing work, but honestly who cares with talent like this!", "e-")
n.s("A natural leader with wonderful energy in the room.", "v+", hard="biased")
n.s("Hire, and honestly I'd push for strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w14-n040", candidate_id="w14-c16", interviewer_id="w14-i07", req_id="w14-r1",
         round="data", submitted_at="2025-05-20", recommendation="lean_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="position bias",
         ratings={"data_intuition": "hire", "coding": "lean_no_hire"})
n.s("Data round, 45 minutes, using a sample of hotel search logs with positions, clicks and bookings.", "c")
n.s("Mateo was asked to estimate how much of the click-through rate at position 1 was down to position rather than relevance.", "c", hard="interviewer_action")
n.s("He first plotted CTR by position and noted the drop from 11% at position 1 to 4% at position 5.", "e+", "data_intuition")
n.s("He then pointed out that this curve mixes relevance and position, since the ranker puts better hotels at the top.", "e+", "data_intuition", "ml_fundamentals")
n.s("He looked for natural randomisation and found that a past A/B test had swapped positions 1 and 2 for 5% of traffic.", "e+", "data_intuition")
n.s("Using that slice he estimated that position 1 on its own carried roughly a 1.6x click advantage over position 2.", "e+", "data_intuition")
n.s("He did not check whether the A/B slice was balanced across devices, and mobile was over-represented in it.", "e-", "data_intuition", hard="negated")
n.s("When the interviewer mentioned this he reweighted by device and the estimate moved to 1.4x.", "e+", "learning")
n.s("Asked how the estimate would be used, he said it could feed propensity weights for training but did not discuss how the weighted model would be checked online.", "e-", "metrics", hard="mixed")
n.s("His notebook code was hard to follow, with long chained expressions and no intermediate checks, and he twice lost track of which dataframe held the filtered slice.", "e-", "coding")
n.s("He stated the final number in a single sentence with its caveat.", "e+", "communication")
n.s("Lean hire: sound data reasoning, weaker code hygiene.", "v0", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w14_notes_part4.jsonl", notes)
