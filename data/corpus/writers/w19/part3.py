import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Noa Ben-David (they, r1) ----
n = Note(note_id="w19-n025", candidate_id="w19-c07", interviewer_id="w19-i02", req_id="w19-r1",
         round="system_design", submitted_at="2025-08-19", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "third_person"], topic="cold start for new postings",
         ratings={"judgment": "no_hire", "system_thinking": "hire"})
n.s("System design: cold start for new job postings.", "c")
n.s("Deliberately underspecified: no latency target, no traffic numbers given unless asked.", "c")
n.nl()
n.b("Observed: asked no clarifying questions; assumed 100k postings/day and real-time scoring without checking either.", "e-", "judgment", hard="negated")
n.b("Implication: fills ambiguity with assumptions rather than questions.", "v-", "judgment")
n.b("Observed: when I said the actual volume is 3k new postings/day, kept the streaming design and said \"it'll scale down fine.\"", "e-", "judgment", "learning")
n.b("Observed: the content-based embedding for new postings was well argued: title + description encoder, pooled with the employer's past postings, with a fallback to category averages for new employers.", "e+", "system_thinking")
n.b("Implication: component-level design is solid.", "v+", "system_thinking")
n.b("Observed: offered two options for exploration (epsilon-greedy vs. a posting-age boost) and, asked to pick one, said \"either works, depends.\"", "e-", "judgment")
n.b("Observed: did not say what it depends on when asked a second time.", "e-", "judgment", hard="negated")
n.b("Implication: poor judgment under ambiguity; this is the core of the role.", "v-", "judgment")
n.b("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n026", candidate_id="w19-c07", interviewer_id="w19-i03", req_id="w19-r1",
         round="behavioural", submitted_at="2025-08-20", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="teamwork")
n.s("Behavioral.", "c")
n.s("Noa came across as collaborative and thoughtful.", "v+")
n.s("Talked about leading a migration at their last place.", "v+", "ownership")
n.s("Good answers to most questions.", "v+")
n.s("They asked about on-call for the matching team.", "e0", "risk_awareness", hard="plain_evidence")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n027", candidate_id="w19-c07", interviewer_id="w19-i05", req_id="w19-r1",
         round="coding", submitted_at="2025-08-20", recommendation="strong_hire", specificity=4,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations"], topic="stable matching")
n.s("coding - stable matching variant (seekers x interview slots)", "c")
n.b("restated the prob in own words + wrote 2 examples before coding", "e+", "communication")
n.b("gale-shapley in ~15 min, correct first run", "e+", "coding")
n.b("added capacity per slot when i changed reqs, ~3 lines", "e+", "coding", "learning")
n.b("tests: empty prefs, ties, more seekers than slots", "e+", "coding", hard="plain_evidence")
n.b("said unprompted seeker-proposing favors seekers, asked which side we want to favor", "e+", "user_impact", hard="question")
n.b("complexity answer O(n^2), right", "e+", "coding")
n.b("didn't ask how long pref lists get tho", "e-", "judgment", hard="negated")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n028", candidate_id="w19-c07", interviewer_id="w19-i04", req_id="w19-r1",
         round="fundamentals", submitted_at="2025-08-21", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="position bias, calibration",
         ratings={"ml_fundamentals": "hire"})
n.s("I asked Noa (in what I intended as a warm-up, though it became most of the hour) why a model trained on recruiter clicks might systematically misjudge candidates shown in lower positions.", "c", hard="question")
n.s("They explained the examination hypothesis, that a click requires the item to be seen and then found relevant, and wrote P(click) = P(seen | position) x P(relevant) on the shared doc without my asking.", "e+", "ml_fundamentals")
n.s("They proposed estimating the position term from result randomization, and were candid that it \"costs you some short-term clicks, which someone has to sign off on.\"", "e+", "ml_fundamentals", "judgment")
n.s("On calibration they were, I think, a little shakier: asked whether a well-calibrated model is automatically well-ranked, they said yes, and only on reflection (and a counterexample from me) conceded that calibration says nothing about ordering within a score band.", "e-", "ml_fundamentals", hard="hedged")
n.s("They did, to their credit, say \"I had that backwards\" rather than defending it.", "e+", "learning")
n.s("Their answer on regularizing a model with a few hundred positive labels (strong L2, early stopping on a time-split validation set, and a simpler model as a baseline) was sensible and, in my view, appropriately modest.", "e+", "ml_fundamentals")
n.s("I then asked (partly to probe a judgment concern I had heard about from another round) which of two launch criteria they would choose for the position-bias correction.", "c", hard="question")
n.s("They chose the one tied to applications rather than clicks, gave the reason in a single sentence, and named what they would give up by doing so.", "e+", "judgment")
n.s("A hire, I would say, with some reservations about depth on calibration.", "v+", hard="hedged")
notes.append(n)

# ---- c08 Mei-Lin Chou (she, r2) ----
n = Note(note_id="w19-n029", candidate_id="w19-c08", interviewer_id="w19-i03", req_id="w19-r2",
         round="data", submitted_at="2025-09-09", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="fairness data")
n.s("Mei-Lin was excellent.", "v+", hard="bare_verdict")
n.s("Very strong data skills, deep understanding of fairness metrics and audits.", "v+", "data_intuition", hard="tech_vague")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n030", candidate_id="w19-c08", interviewer_id="w19-i01", req_id="w19-r2",
         round="behavioural", submitted_at="2025-09-10", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="stakeholder influence")
n.s("Behavioral w/ Mei-Lin.", "c")
n.s("Honestly a joy; she had the room from the first minute.", "v+", hard="biased")
n.s("So much experience with audits, 10/10 on stakeholder management.", "v+", hard="vague_quantity")
n.s("She told me about getting a legal team to agree to publish their impact ratios, but I didn't catch the details.", "v+", "communication")
n.s("She asked me how our recruiters would be trained to read the explanations we show them.", "e+", "user_impact", hard="question")
n.s("Clearly a leader.", "v+", "ownership")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n031", candidate_id="w19-c08", interviewer_id="w19-i07", req_id="w19-r2",
         round="fundamentals", submitted_at="2025-09-10", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "quotes", "american"], topic="fairness constraints in ranking",
         ratings={"ml_fundamentals": "strong_hire", "communication": "strong_hire", "user_impact": "strong_hire"})
n.s("I opened by asking Mei-Lin to explain, as if to a recruiter, what \"equal opportunity\" means for our candidate ranker.", "c", hard="interviewer_action")
n.s("She said, \"Among people who would actually get the job, each group should have the same chance of landing on your first page,\" and then paused to ask whether that made sense to me.", "e+", "communication", "ml_fundamentals")
n.s("I loved that!", "v+")
n.s("Then I asked her to make it precise, and she wrote it as equal true positive rate across groups at the top-k cutoff, and pointed out that we rarely know who \"would get the job\", since we only observe hires for people who were shown.", "e+", "ml_fundamentals", "data_intuition")
n.s("She proposed using interview invitations as a less sparse stand-in, and said straight away, \"but invitations are recruiter decisions, so they carry the bias we're trying to measure.\"", "e+", "data_intuition", "metrics")
n.blank()
n.s("Next I asked how she'd enforce exposure fairness in ranking.", "c", hard="question")
n.s("She described post-processing re-ranking with a constraint on the share of exposure per group in the top 20, and said she'd prefer it to an in-training penalty at first \"because you can turn it off in an afternoon if it misbehaves.\"", "e+", "risk_awareness", "judgment")
n.s("I asked what it costs, and she estimated it on my toy numbers: about a 1.5% drop in predicted applications for a 40% reduction in the exposure gap, and said she'd take that trade to the PM with both numbers rather than decide alone.", "e+", "judgment", "communication")
n.blank()
n.s("I tried to trip her up by asking whether she could just drop the protected attribute.", "c", hard="interviewer_action")
n.s("She laughed and said, \"Then you can't measure the gap, and the proxies are still in there,\" and listed three proxies from our own schema (school, zip code, graduation year).", "e+", "user_impact")
n.s("The only soft spot: when I asked about the variance of the impact-ratio estimate for tiny groups, she said she'd \"use a bootstrap\" but didn't say how small is too small.", "e-", "ml_fundamentals")
n.s("Honestly that's nitpicking on my part.", "v+")
n.s("She is the person I'd want explaining our audit to a regulator.", "v+", "communication")
n.s("Strong hire, no hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n032", candidate_id="w19-c08", interviewer_id="w19-i06", req_id="w19-r2",
         round="system_design", submitted_at="2025-09-11", recommendation="hire", specificity=4,
         style=["prose", "american"], topic="recruiter explanations",
         ratings={"system_thinking": "lean_hire", "risk_awareness": "hire"})
n.s("Committee: the system design question was an explanation service that tells recruiters why a candidate was recommended.", "c")
n.s("Mei-Lin began by asking what a recruiter does with an explanation (to shortlist faster, or to challenge the ranking) and who else reads it, and I told her auditors do.", "e+", "user_impact", "judgment", hard="question")
n.s("She proposed precomputing reason codes at ranking time and storing them with the impression log, so an auditor can later reconstruct exactly what a recruiter saw.", "e+", "system_thinking", "risk_awareness")
n.s("She flagged that free-text reasons generated by an LLM could mention protected traits and suggested a fixed vocabulary of reasons as the safer first version.", "e+", "risk_awareness")
n.s("I pushed on latency, since computing reasons at ranking time adds work to every request.", "c", hard="interviewer_action")
n.s("She proposed computing them only for the top 20 candidates actually shown, and estimated that at well under 10ms with a tree-based attribution.", "e+", "system_thinking")
n.s("You should know the capacity side was thin: she didn't estimate log volume or retention cost until I asked, and then guessed without arithmetic.", "e-", "system_thinking")
n.s("She summed up her design in three sentences at the end, which I'd happily send to a PM.", "e+", "communication", hard="plain_evidence")
n.s("Hire; I'd put her system design at lean hire and her responsible-AI judgment at strong hire.", "v+", hard="mixed")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w19-n033", candidate_id="w19-c09", interviewer_id="w19-i01", req_id="w19-r1",
         round="behavioural", submitted_at="2024-11-05", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="ownership")
n.s("Tomasz, behavioral round, 45 min.", "c")
n.s("Super friendly and very easy to talk to.", "v+", hard="biased")
n.s("I asked about a project he drove from start to finish.", "c", hard="question")
n.s("He described noticing that recruiters were ignoring the \"top matches\" email, pulling open rates himself (about 6%), and pitching a redesign to his manager.", "e+", "ownership")
n.s("He said he then handed it to the design team and \"didn't really follow it after that.\"", "e-", "ownership")
n.s("When I asked how he'd know the redesign worked, he said open rate, and when I asked about applications from the email, he said \"oh yeah, that's better.\"", "e0", "metrics", "learning", hard="mixed")
n.s("He mentioned he came to ML from recruiting ops.", "c")
n.s("I'd like him more on the team than the resume suggests.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n034", candidate_id="w19-c10", interviewer_id="w19-i02", req_id="w19-r2",
         round="fundamentals", submitted_at="2024-11-20", recommendation="hire", specificity=5,
         style=["bullets", "third_person"], topic="evaluation with sparse labels",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"})
n.s("Fundamentals.", "c")
n.s("Topics: class imbalance, evaluating with sparse hire labels, variance of fairness estimates.", "c")
n.nl()
n.b("Observed: said accuracy is meaningless at a 0.5% hire rate and chose average precision, explaining that it focuses on the positive class.", "e+", "metrics", "ml_fundamentals")
n.b("Observed: explained that reweighting classes changes the predicted probabilities and showed the correction formula for the prior shift.", "e+", "ml_fundamentals")
n.b("Implication: solid on imbalance.", "v+", "ml_fundamentals")
n.b("Observed: asked for the standard error of an impact ratio with 30 applicants in the smaller group, computed it roughly (±0.25) and said the four-fifths test is \"not meaningful at that n.\"", "e+", "ml_fundamentals", "user_impact")
n.b("Observed: could not explain why a model with better log-loss might have worse AUC.", "e-", "ml_fundamentals", hard="negated")
n.b("Implication: one gap in evaluation theory; not disqualifying.", "v0", "ml_fundamentals")
n.b("Observed: every answer started with the conclusion, then the reasoning.", "v+", "communication")
n.b("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n035", candidate_id="w19-c11", interviewer_id="w19-i03", req_id="w19-r1",
         round="coding", submitted_at="2024-12-03", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="coding")
n.s("Rahul struggled a bit.", "v-", "coding")
n.s("Not the strongest coder, some gaps in fundamentals.", "v-", "coding", hard="tech_vague")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n036", candidate_id="w19-c12", interviewer_id="w19-i04", req_id="w19-r2",
         round="behavioural", submitted_at="2024-12-10", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="explaining models to recruiters")
n.s("I asked Sofia (in the behavioural slot, though the conversation drifted toward technical matters, as these often do) to describe a time she had to explain a model's behaviour to people without a technical background.", "c", hard="question")
n.s("She described a series of sessions with agency recruiters in which she replaced feature-importance charts with three worked examples of real (anonymised) candidates, and said complaints to support fell afterwards, though she could not give a figure.", "e+", "communication", "user_impact")
n.s("I followed up by asking how she had chosen the three example candidates.", "c", hard="question")
n.s("She said she picked one strong match, one borderline, and one the model got wrong, \"so they'd stop trusting the score blindly.\"", "e+", "communication")
n.s("She struck me as a thoughtful and, if anything, slightly understated communicator.", "v+", "communication", hard="hedged")
n.s("When I asked what she would have done differently, her answer (to start the sessions before launch rather than after) was reasonable if a little generic.", "e0", "learning")
n.s("I have the impression that she is stronger on the human side of the work than on the modelling, though this round was not designed to test the latter.", "v0", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w19_notes_part3.jsonl", notes)
