import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c10 Kwame Mensah (he), r2 Pricing ----
n = Note(note_id="w11-n037", candidate_id="w11-c10", interviewer_id="w11-i01", req_id="w11-r2",
         round="fundamentals", submitted_at="2025-12-02", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "british"], topic="pricing metrics and calibration",
         ratings={"metrics": "strong_hire", "ml_fundamentals": "strong_hire"})
n.s("Fundamentals interview for the Senior Pricing role.", "c")
n.s("Mr Mensah was asked how he would decide whether a new claims severity model should replace the incumbent.", "c", hard="question")
n.s("He said at once that a higher Gini would not settle the matter, because the business prices on the level of the prediction and not merely its ordering.", "e+", "metrics")
n.s("He then drew calibration by predicted decile for both models and explained that the incumbent over-predicted the top decile by roughly 15%.", "e+", "metrics", "ml_fundamentals")
n.s("Asked why a gamma log-link might be preferred to squared error for severity, he explained that the variance of claim cost grows with its mean and that squared error would be dominated by a handful of large losses.", "e+", "ml_fundamentals")
n.s("He volunteered that large bodily injury claims should be capped and loaded separately, and gave a reasoned cap of £250,000 from the claims distribution I showed him.", "e+", "data_intuition")
n.s("When I suggested, wrongly, that capping would bias the model downwards in aggregate, he politely disagreed and showed how the separate load restores the total.", "e+", "communication")
n.s("He did not discuss the effect of inflation on severity until I prompted him, whereupon he proposed an index trend on the target.", "e0", "data_intuition", hard="mixed")
n.s("Asked how he would present the change to the pricing committee, he proposed a one-page summary of premium movements by segment, listing the largest increases by customer type.", "e+", "user_impact")
n.s("I found the whole discussion a pleasure: precise, unhurried, and correct on every point I tested.", "v+", "ml_fundamentals")
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n038", candidate_id="w11-c10", interviewer_id="w11-i02", req_id="w11-r2",
         round="data", submitted_at="2025-12-03", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="pricing A/B test")
n.b("data - read out of a pricing A/B test", "c")
n.b("test: +3% price in arm B, 4 wks, conversion + 12m expected loss", "c")
n.b("went straight to conversion: B down 2.1% -> 'so the price rise costs us'", "e-", "metrics")
n.b("didn't ask about margin per policy or whether B attracted lower-risk customers", "e-", "metrics", hard="negated")
n.b("when I asked about selection he got it quickly + reframed on expected profit per quote", "e+", "learning")
n.b("knows his GLMs inside out", "v+", "ml_fundamentals", hard="tech_vague")
n.b("comms good, v structured", "v+", "communication")
n.b("metrics instinct weaker than I expected for senior tbh", "v-", "metrics")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n039", candidate_id="w11-c10", interviewer_id="w11-i03", req_id="w11-r2",
         round="behavioural", submitted_at="2025-12-04", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Kwame, behavioural.", "c")
n.s("Great guy.", "v+", hard="biased")
n.s("Clearly a leader.", "v+", "ownership")
n.s("Handles conflict well.", "v+", "communication")
n.s("Loads of pricing experience.", "v+", hard="vague_quantity")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n040", candidate_id="w11-c10", interviewer_id="w11-i04", req_id="w11-r2",
         round="system_design", submitted_at="2025-12-05", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person"], topic="quote engine design")
n.s("Kwame was fantastic, honestly the most senior-feeling candidate we've had for this req!", "v+")
n.s("I asked him to design a real-time quote engine for a price comparison website feed.", "c", hard="interviewer_action")
n.s("He asked what share of quotes from the aggregators ever convert, and when I said under 3%, he proposed caching by risk hash to avoid re-scoring identical requests.", "e+", "system_thinking", hard="question")
n.s("He sized the peak at 400 quotes a second on aggregator launch days and planned capacity for double that.", "e+", "system_thinking")
n.s("Brilliant architecture, really elegant.", "v+", "system_thinking")
n.s("He described how he would ship a new model behind a flag and compare live conversion and expected loss ratio against the old one for two weeks before switching.", "e+", "risk_awareness")
n.s("He didn't really get into how the aggregator's ranking position changes who buys, which surprised me a little.", "e-", "metrics", hard="hedged")
n.s("Superb communicator and obviously a natural mentor.", "v+", "communication")
n.s("Strong hire without hesitation.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes (other candidates) ----
n = Note(note_id="w11-n041", candidate_id="w11-c11", interviewer_id="w11-i03", req_id="w11-r1",
         round="coding", submitted_at="2024-10-15", recommendation="no_hire", specificity=1,
         style=["terse"], topic="coding")
n.s("Struggled.", "v-", hard="bare_verdict")
n.s("Not a strong coder.", "v-", "coding")
n.s("Didn't seem to know Python that well.", "v-", "coding", hard="hedged")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n042", candidate_id="w11-c12", interviewer_id="w11-i04", req_id="w11-r1",
         round="fundamentals", submitted_at="2024-11-06", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="OCR fundamentals")
n.s("Oh, Ngozi was a joy!", "v+", hard="biased")
n.s("Fundamentals round on OCR and sequence models.", "c")
n.s("She has an extraordinary understanding of CTC loss and attention-based decoders.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Her answers were always crisp and on point.", "v+", "communication")
n.s("When I asked why CTC struggles with very long lines she mentioned the alignment blowing up, which was nice.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("A hundred percent someone I'd want on the Document AI team.", "v+", hard="vague_quantity")
n.s("So smart, so warm, so curious.", "v+")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n043", candidate_id="w11-c13", interviewer_id="w11-i05", req_id="w11-r2",
         round="debugging", submitted_at="2024-11-20", recommendation="no_hire", specificity=5,
         style=["bullets", "quotes"], topic="drifting risk model",
         ratings={"data_intuition": "no_hire", "risk_awareness": "no_hire"})
n.b("Debugging, 60 min: a home-insurance risk model whose predicted claim frequency had crept up 9% over three months with no change in actual claims.", "c", hard="interviewer_action")
n.b("Marcus opened with 'must be seasonality' and spent ten minutes fitting monthly dummies.", "e-", "data_intuition")
n.b("Never looked at the input feature distributions, even after I said the model had not been retrained.", "e-", "data_intuition", hard="negated")
n.b("When I gave him the feature drift report he spotted that 'property age' had shifted but said 'the model will adapt', which it cannot without retraining.", "e-", "ml_fundamentals")
n.b("I asked what he would do right now if this were live.", "c", hard="question")
n.b("Answer: 'Keep watching it for another month.'", "e-", "risk_awareness")
n.b("Did not propose freezing the model, recalibrating, or alerting anyone.", "e-", "risk_awareness", hard="negated")
n.b("Also said the pricing team 'would notice eventually' if prices were wrong.", "e-", "ownership")
n.b("His code for the drift check was clean and he tested it on two sample months.", "e+", "coding")
n.b("No hire: would have left a mispriced model live for a month.", "e-", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w11-n044", candidate_id="w11-c14", interviewer_id="w11-i06", req_id="w11-r1",
         round="data", submitted_at="2024-12-03", recommendation="lean_hire", specificity=3,
         style=["prose", "headings", "first_person", "third_person"], topic="adjuster labels")
n.h("Context")
n.s("Data round with Ines on label noise from adjusters in our claim-type classifier.", "c")
n.h("What happened")
n.s("She asked whether adjusters could see the model's prediction when labelling, and said if so the labels would be anchored to it.", "e+", "data_intuition", hard="question")
n.s("I thought she had a good feel for where labels come from.", "v+", "data_intuition")
n.s("Her plan for cleaning the labels was a bit hand-wavy.", "v-", "data_intuition")
n.h("Concerns")
n.s("Not much depth on evaluation.", "v-", "metrics")
n.s("Probably fine to hire at this level.", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w11-n045", candidate_id="w11-c15", interviewer_id="w11-i07", req_id="w11-r2",
         round="coding", submitted_at="2024-12-10", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="rating table lookup")
n.s("Coding round: implement a rating-table lookup with interpolation between age bands.", "c")
n.s("Oliver wrote a working lookup in about twenty minutes.", "e+", "coding")
n.s("He interpolated linearly but did not handle ages outside the table, and the function returned None for a 17-year-old.", "e-", "coding")
n.s("When I asked what a pricing engine should do for an out-of-range age, he said 'just return the nearest band', without asking whether we should decline the quote instead.", "e-", "judgment")
n.s("He didn't write any tests until I asked for them, and then wrote one.", "e-", "coding", hard="negated")
n.s("He explained his approach clearly at the start.", "e+", "communication")
n.s("Lean no hire; capable but careless at the edges.", "v-", "coding")
notes.append(n)

n = Note(note_id="w11-n046", candidate_id="w11-c16", interviewer_id="w11-i01", req_id="w11-r1",
         round="system_design", submitted_at="2025-01-14", recommendation="no_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="claims document intake")
n.s("The candidate, Mr Bhattacharya, was asked to design document intake for motor claims.", "c", hard="interviewer_action")
n.s("He proposed a single end-to-end model from image to claim decision, and did not separate extraction from the decision.", "e-", "system_thinking")
n.s("He appeared unfamiliar with the regulatory expectation that claim decisions be explicable to the claimant.", "v-", "user_impact", hard="hedged")
n.s("His grasp of the architecture was, in my view, superficial.", "v-", "system_thinking")
n.s("Questioned on failure handling, he said the model 'would be very accurate', which is not an answer.", "e-", "risk_awareness")
n.s("I do not consider him ready for this role.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n047", candidate_id="w11-c17", interviewer_id="w11-i02", req_id="w11-r2",
         round="behavioural", submitted_at="2025-01-21", recommendation="hire", specificity=2,
         style=["bullets", "terse", "abbreviations", "lowercase"], topic="behavioural")
n.b("behavioural w/ Yuki", "c")
n.b("good energy", "v+")
n.b("story re PM disagreement -> she won it w/ data", "e+", "communication", hard="plain_evidence")
n.b("v clear", "v+", "communication")
n.b("seems to own things", "v+", "ownership", hard="hedged")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w11-n048", candidate_id="w11-c18", interviewer_id="w11-i03", req_id="w11-r2",
         round="system_design", submitted_at="2025-02-04", recommendation="lean_no_hire", specificity=2,
         style=["prose", "terse"], topic="pricing system design")
n.s("Pricing system design with Abdi.", "c")
n.s("Not quite there.", "v-", hard="bare_verdict")
n.s("Drew the components but no real thought about scale.", "v-", "system_thinking")
n.s("Mentioned monitoring at the end.", "e0", "risk_awareness", hard="plain_evidence")
n.s("Seemed a bit junior.", "v-", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w11_notes_part4.jsonl", notes)
