import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Seun (he), r2 -- no rollback / failure-mode thinking seen by i01 and i04 (and i05); defends when challenged
n = Note(note_id="w48-n025", candidate_id="w48-c07", interviewer_id="w48-i01", req_id="w48-r2",
         round="system_design", submitted_at="2026-04-20", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "fragments"], topic="holdings extraction")
n.s("Seun / MLE Doc Intel / sys design 60min", "c")
n.b("q: design pipeline to extract fund holdings from 300 external managers' quarterly PDFs", "c", hard="question")
n.b("drew S3 -> OCR -> LLM extractor -> Postgres -> dashboard, reasonable", "e+", "system_thinking")
n.b("throughput est: 300 mgrs x 4 qtrs x ~50 pages = 60k pages/yr, said one worker is enough", "e+", "system_thinking")
n.b("did ask abt latency reqs, told him T+5 is fine", "e+", "judgment", hard="question")
n.b("asked what if extractor returns wrong holding weight -> said 'the model is 97% accurate, it's fine'", "e-", "risk_awareness", "metrics")
n.b("no rollback plan for a bad extractor version, no versioning of outputs", "e-", "risk_awareness", hard="negated")
n.b("when I pushed on the 97%, he repeated it was tested on 'a lot of docs'", "e-", "learning")
n.b("decent architect, blind on failure modes", "v0", "system_thinking", "risk_awareness", hard="mixed")
n.b("last 10 min his qs, asked abt team size", "c")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n026", candidate_id="w48-c07", interviewer_id="w48-i04", req_id="w48-r2",
         round="debugging", submitted_at="2026-04-21", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "first_person", "british"], topic="extraction regression",
         ratings={"coding": "hire", "risk_awareness": "no_hire", "learning": "no_hire"})
n.h("Debugging: extractor regression, 60 min")
n.s("Setup: after a model update, extracted equity weights for 14 of 300 managers summed to more than 100%.", "c")
n.s("I gave him the diff, the logs and a notebook.", "c", hard="interviewer_action")
n.b("He found within 12 minutes that the new model double-counted rows split across a page break.", "e+", "coding", marker="1. ")
n.b("He wrote a check that each manager's weights sum to 100% plus or minus 0.5% and ran it over the full batch.", "e+", "coding", marker="2. ")
n.b("Asked what he would have done had this reached the trustees' quarterly pack, he said 'hot-fix and re-run', with no mention of reverting to the previous model.", "e-", "risk_awareness", marker="3. ")
n.b("When I suggested keeping the last good model version deployable, he argued that versioning 'slows the team down' and did not concede the point.", "e-", "learning", "risk_awareness", marker="4. ")
n.b("He did not ask which downstream reports had already consumed the bad numbers.", "e-", "risk_awareness", hard="negated", marker="5. ")
n.b("Said the sum-to-100 check was all the monitoring production would need.", "e-", "risk_awareness", marker="6. ")
n.h("Recommendation")
n.s("No hire: the debugging was quick (1, 2), but 3-6 show no sense of what a failure costs, and he defended that when challenged.", "v-")
notes.append(n)

n = Note(note_id="w48-n027", candidate_id="w48-c07", interviewer_id="w48-i06", req_id="w48-r2",
         round="fundamentals", submitted_at="2026-04-21", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="layout models")
n.s("Fundamentals with Seun today, great fun!", "v+")
n.s("We covered transformers for document layout, OCR error rates and evaluation.", "c")
n.s("He really knows LLMs inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He told me layout-aware models beat plain-text ones because they use the box coordinates, which I hadn't thought about!", "e+", "ml_fundamentals")
n.s("When I questioned his 97% accuracy figure he said he'd stand by it, which I actually quite liked, real confidence.", "e-", "learning", hard="verdict_plus_evidence")
n.s("Tons of energy.", "v+", hard="biased")
n.s("Strong hire, would love him on the team.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n028", candidate_id="w48-c07", interviewer_id="w48-i05", req_id="w48-r2",
         round="behavioural", submitted_at="2026-04-22", recommendation="lean_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="vendor migration")
n.s("Behavioural interview, 45 minutes, focused on ownership and working with others.", "c")
n.s("The candidate was asked about a time he disagreed with a decision.", "c")
n.s("He described persuading his previous team to move from a vendor OCR service to an in-house model and leading the migration of 2 million documents over three months.", "e+", "ownership")
n.s("Asked how the migration was checked, he said they compared outputs on a 1,000-document sample, found 3% differences, and that he investigated them himself.", "e+", "ownership")
n.s("He did not mention any plan to switch back to the vendor had the new model failed.", "e-", "risk_awareness", hard="negated")
n.s("When the interviewer raised this, he said 'we were confident' and did not elaborate.", "e-", "risk_awareness")
n.s("Asked who was affected by the 3% differences, he named the internal compliance analysts and said he sat with two of them to review the worst cases.", "e+", "user_impact")
n.s("The candidate spoke clearly and kept to the question.", "v+", "communication")
n.s("Recommendation: lean hire; ownership is evident, failure planning is not.", "v0")
notes.append(n)

# c08 Ingrid (she), r2 -- poor judgement under ambiguity seen only by i05
n = Note(note_id="w48-n029", candidate_id="w48-c08", interviewer_id="w48-i05", req_id="w48-r2",
         round="system_design", submitted_at="2025-09-15", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "headings", "british"], topic="stewardship flags",
         ratings={"judgment": "no_hire", "system_thinking": "hire"})
n.h("System design interview")
n.s("The candidate was asked to design a system that flags controversial statements in company reports for the stewardship team; the requirements were deliberately left open.", "c")
n.s("She did not ask who the stewardship team were or how many flags they could review in a week.", "e-", "judgment", hard="negated")
n.s("She committed early to a real-time streaming design, although reports arrive only a few times a year.", "e-", "judgment")
n.s("When the interviewer said the team had two analysts, she kept the streaming design and proposed raising the alert threshold instead.", "e-", "judgment")
n.s("Her component breakdown was otherwise thorough: ingestion, sentence segmentation, a classifier, a review queue and an audit log.", "e+", "system_thinking")
n.s("She proposed storing the model version with every flag so that a trustee's query could be traced back later.", "e+", "risk_awareness")
n.s("The candidate's choices under open requirements were the main weakness.", "v-", "judgment")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n030", candidate_id="w48-c08", interviewer_id="w48-i03", req_id="w48-r2",
         round="coding", submitted_at="2025-09-15", recommendation="strong_hire", specificity=1,
         style=["terse", "fragments"], topic="report extraction")
n.s("Ingrid coding.", "c")
n.s("Very strong coder.", "v+", "coding")
n.s("Clean, fast, tested.", "v+", "coding")
n.s("Top 10% of people I've interviewed.", "v+", hard="vague_quantity")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n031", candidate_id="w48-c08", interviewer_id="w48-i02", req_id="w48-r2",
         round="behavioural", submitted_at="2025-09-16", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="explaining to trustees")
n.s("I asked Ingrid how she would tell the trustees that a system she built had made a mistake.", "c", hard="question")
n.s("She said she would tell them first, before they heard it from anyone else, and bring a list of what had been affected.", "e+", "ownership", hard="plain_evidence")
n.s("She asked me whether trustees prefer a written note or to be told at the meeting.", "e+", "user_impact")
n.s("She gave an example of emailing a client at her last firm within an hour of finding a wrong fee calculation.", "e+", "ownership")
n.s("When I asked what she would do if she were unsure whether something was a mistake at all, she said she would still raise it but label it as uncertain.", "e+", "judgment")
n.s("I found her straightforward.", "v+", "communication")
n.s("I have some doubt about whether she would slow down when she should, but that is a feeling rather than anything she said.", "v-", "judgment", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n032", candidate_id="w48-c08", interviewer_id="w48-i01", req_id="w48-r2",
         round="data", submitted_at="2025-09-16", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "fragments"], topic="label quality")
n.s("Ingrid / MLE Doc Intel / data 45min", "c")
n.b("given: 2k sentences labelled 'controversy' y/n by 3 analysts", "c")
n.b("computed agreement between analysts first -> kappa ~0.55, said labels too noisy to train on as is", "e+", "data_intuition")
n.b("proposed adjudicating the ~300 disagreements before training, est 2 days work, worth it", "e+", "data_intuition", "judgment")
n.b("spotted controversy rate 4x higher in mining vs tech, asked if real or labeller bias", "e+", "data_intuition", hard="question")
n.b("suggested precision@top50 b/c analysts only read ~50 a week", "e+", "metrics", "user_impact")
n.b("did not look at language, ~10% non-English reports, missed it", "e-", "data_intuition", hard="negated")
n.b("strong data sense", "v+", "data_intuition")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# history notes
n = Note(note_id="w48-n033", candidate_id="w48-c09", interviewer_id="w48-i04", req_id="w48-r1",
         round="fundamentals", submitted_at="2025-05-12", recommendation="lean_hire", specificity=4,
         style=["bullets", "headings", "british"], topic="backtest overfitting")
n.h("Fundamentals, 60 min")
n.s("Topics: overfitting in backtests, cross-validation on time series, shrinkage.", "c")
n.h("Findings")
n.b("She explained why k-fold CV leaks on overlapping monthly returns and proposed purged walk-forward splits with a 3-month embargo.", "e+", "ml_fundamentals", marker="1. ")
n.b("Asked how many strategy variants had been tested before I showed any results.", "e+", "metrics", hard="question", marker="2. ")
n.b("Confused Ledoit-Wolf shrinkage with ridge regression and did not recover when I asked what the shrinkage target was.", "e-", "ml_fundamentals", marker="3. ")
n.b("When I said the drop in tracking error came from lower turnover, she re-ran her comparison at equal turnover and withdrew the claim.", "e+", "learning", "metrics", marker="4. ")
n.b("Did not ask how the investment committee would use the model's output.", "e-", "user_impact", hard="negated", marker="5. ")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n034", candidate_id="w48-c10", interviewer_id="w48-i06", req_id="w48-r2",
         round="system_design", submitted_at="2025-08-04", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="document search")
n.s("Dmitri did system design with me.", "c")
n.s("He designed a document search thing for the analysts and it looked really solid.", "v+", "system_thinking")
n.s("Knows a huge amount about vector databases.", "v+", "system_thinking", hard="vague_quantity")
n.s("He said he'd cache the embeddings so search comes back in under a second, nice.", "e+", "system_thinking")
n.s("Didn't really talk about what happens when the search is wrong but that's probably fine for v1.", "e-", "risk_awareness", hard="negated")
n.s("Would be a great addition!", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n035", candidate_id="w48-c11", interviewer_id="w48-i03", req_id="w48-r1",
         round="fundamentals", submitted_at="2025-08-18", recommendation="lean_hire", specificity=2,
         style=["terse", "fragments"], topic="look-ahead bias")
n.s("Lucía, fundamentals.", "c")
n.s("Knew the theory.", "v+", "ml_fundamentals")
n.s("Talked through VaR and stress tests competently.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked about look-ahead bias she gave the example of using restated GDP figures, which was good.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("A bit unsure on the regime stuff maybe.", "v-", "ml_fundamentals", hard="hedged")
n.s("Communication fine.", "v0", "communication")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n036", candidate_id="w48-c12", interviewer_id="w48-i02", req_id="w48-r2",
         round="behavioural", submitted_at="2025-08-20", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="members' trust")
n.s("My questions were about members and trust, as usual.", "c")
n.s("I asked Ama why a pension fund should care whether a computer reads company reports correctly.", "c", hard="question")
n.s("She said members' savings follow the decisions these readings feed into, and that a member has no way to check the readings themselves.", "e+", "user_impact")
n.s("She then asked who in the Trust would be allowed to overrule the system's reading.", "e+", "risk_awareness", hard="question")
n.s("When I pointed to a cost she had not mentioned, the analysts' time spent checking, she agreed and said she had not thought about their workload.", "e+", "learning")
n.s("She could not give an example from her own work of a mistake she had caught.", "e-", hard="negated")
n.s("Thoughtful.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w48_notes_part3.jsonl", notes)
