import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w31-n050", candidate_id="w31-c26", interviewer_id="w31-i03", req_id="w31-r2",
         round="data", submitted_at="2024-04-16", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="reader data")
n.s("Amir's data round.", "c")
n.s("Great with data, really knows his way around a messy dataset.", "v+", "data_intuition")
n.s("Lots of SQL experience.", "v+", "coding", hard="vague_quantity")
n.s("Good judgement.", "v+", "judgment")
n.s("Asked good questions.", "v+")
n.s("Would be an asset.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n051", candidate_id="w31-c27", interviewer_id="w31-i04", req_id="w31-r1",
         round="system_design", submitted_at="2024-05-07", recommendation="lean_hire", specificity=1,
         style=["prose", "first_person"], topic="paywall service")
n.s("System design with Isabelle, on the paywall.", "c")
n.s("Elle a une bonne vision of the architecture, the streaming and the caching.", "v+", "system_thinking", hard="tech_vague")
n.s("Very mature for the role.", "v+", hard="biased")
n.s("Some weak points on the risks.", "v-", "risk_awareness")
n.s("Elle communique bien.", "v+", "communication")
n.s("Needs to think more about the readers.", "v-", "user_impact")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n052", candidate_id="w31-c28", interviewer_id="w31-i05", req_id="w31-r1",
         round="coding", submitted_at="2024-08-13", recommendation="no_hire", specificity=1,
         style=["bullets", "fragments", "lowercase"], topic="coding")
n.b("coding", "c")
n.b("weak", "v-", hard="bare_verdict")
n.b("not senior enough", "v-")
n.b("couldn't really get going", "v-", "coding")
n.b("didn't seem comfortable w/ the problem", "v-", hard="hedged")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n053", candidate_id="w31-c29", interviewer_id="w31-i06", req_id="w31-r2",
         round="behavioural", submitted_at="2025-04-22", recommendation="strong_hire", specificity=1,
         style=["prose", "third_person"], topic="newsroom tools")
n.s("Candidate: Zanele Dube, behavioural round.", "c")
n.s("The candidate presented as an exceptional communicator.", "v+", "communication")
n.s("She demonstrated strong ownership and a mature approach to ambiguity.", "v+", "ownership", "judgment")
n.s("Her examples were compelling and well chosen.", "v+", "communication")
n.s("She showed genuine concern for readers.", "v+", "user_impact")
n.s("Her values align well with those of the newsroom.", "v+", hard="biased")
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n054", candidate_id="w31-c30", interviewer_id="w31-i02", req_id="w31-r2",
         round="data", submitted_at="2025-06-24", recommendation="lean_no_hire", specificity=2,
         style=["qa", "terse", "quotes"], topic="clickbait")
n.s("Liam O'Connor, data.", "c")
n.nl()
n.s("Q: Clickbait detection for headline tests; where do the labels come from?", "c")
n.nl()
n.s("A: 'Editors can label some.'", "e0", "data_intuition")
n.nl()
n.s("Q: How many, chosen how?", "c")
n.nl()
n.s("A: Vague.", "v-", "data_intuition")
n.nl()
n.s("Didn't engage with whether clickbait hurts return visits.", "e-", "metrics", hard="negated")
n.s("Weak overall.", "v-")
n.s("Poor judgement on data.", "v-", "judgment", "data_intuition")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n055", candidate_id="w31-c31", interviewer_id="w31-i03", req_id="w31-r1",
         round="behavioural", submitted_at="2025-08-05", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="subscriber churn")
n.s("Ana was really good in the behavioural.", "v+")
n.s("She has a strong sense of ownership and drive.", "v+", "ownership")
n.s("She told me about taking over a stalled churn project when her lead left, and shipping it two months later.", "e+", "ownership")
n.s("Handles feedback really well.", "v+", "learning")
n.s("Good with stakeholders.", "v+", "communication")
n.s("Gets things done.", "v+", "ownership")
n.s("Maybe a bit quiet at first.", "v-", hard="biased")
n.s("Would fit in well on the newsroom side.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n056", candidate_id="w31-c32", interviewer_id="w31-i05", req_id="w31-r2",
         round="fundamentals", submitted_at="2025-11-18", recommendation="lean_hire", specificity=2,
         style=["bullets", "fragments", "lowercase", "arrows", "abbreviations", "quotes"], topic="summarisation")
n.b("fundamentals, summarisation for editors", "c")
n.b("knows LLM stuff well", "v+", "ml_fundamentals", hard="tech_vague")
n.b("hallucinated quotes: said 'just lower the temperature'", "e-", "ml_fundamentals")
n.b("after I pushed -> mentioned a grounding check vs source, briefly", "e+", "learning")
n.b("eval story thin", "v-", "metrics")
n.b("didn't ask who reads the summaries", "e-", "user_impact", hard="negated")
n.b("risk thinking ok after prompt", "v0", "risk_awareness")
n.b("ok comms", "v0", "communication")
n.b("prob fine", "v+", hard="hedged")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n057", candidate_id="w31-c33", interviewer_id="w31-i06", req_id="w31-r1",
         round="system_design", submitted_at="2026-01-13", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person"], topic="paywall service")
n.s("Candidate: Valentina Petrova.", "c")
n.s("Round: system design; the exercise was a real-time paywall decision service.", "c")
n.nl()
n.s("The candidate displayed broad knowledge of streaming architectures.", "v+", "system_thinking", hard="tech_vague")
n.s("Her design lacked a clear treatment of scale.", "v-", "system_thinking")
n.s("She proposed calling the propensity model synchronously on every page view without estimating the load.", "e-", "system_thinking")
n.s("Failure handling was not discussed in depth.", "v-", "risk_awareness")
n.s("She did not ask who would be affected when the paywall triggers by mistake.", "e-", "user_impact", hard="negated")
n.s("Her communication was clear and confident.", "v+", "communication")
n.s("The candidate seemed receptive to feedback.", "v+", "learning", hard="hedged")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n058", candidate_id="w31-c34", interviewer_id="w31-i04", req_id="w31-r2",
         round="data", submitted_at="2026-02-03", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "quotes"], topic="comment moderation")
n.s("Data round with Hugo, on the comment moderation logs.", "c")
n.s("He is good with pandas, very rapide.", "v+", "coding")
n.s("He computed the held rate per section and found that 'Opinion' was double the others.", "e+", "data_intuition")
n.s("On the labels, not much reflection.", "v-", "data_intuition")
n.s("I asked him if the moderators are consistent between them.", "c", hard="question")
n.s("He said 'probably, they have a guide', and did not propose to check the agreement.", "e-", "data_intuition")
n.s("Il manque de rigueur on the data quality, je trouve.", "v-", "data_intuition", hard="hedged")
n.s("Sympathique.", "v+", hard="biased")
n.s("Un bon potentiel.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n059", candidate_id="w31-c35", interviewer_id="w31-i01", req_id="w31-r1",
         round="fundamentals", submitted_at="2026-04-21", recommendation="hire", specificity=1,
         style=["prose", "first_person"], topic="paywall propensity")
n.s("Riya was a delight, bright and curious, and I suspect she'd be a superb addition to the paywall team.", "v+", hard="biased")
n.s("She seemed to understand the modelling side deeply, and her grasp of calibration struck me as unusually mature.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Her instincts about readers felt right to me.", "v+", "user_impact", hard="hedged")
n.s("I have no real concerns.", "v+")
n.s("Great chat!", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n060", candidate_id="w31-c36", interviewer_id="w31-i06", req_id="w31-r2",
         round="behavioural", submitted_at="2026-05-12", recommendation="hire", specificity=5,
         style=["prose", "third_person", "quotes"], topic="election coverage",
         ratings={"user_impact": "strong_hire", "judgment": "lean_hire", "ownership": "hire"})
n.s("Candidate: Mathieu Roy.", "c")
n.s("Round: behavioural, 60 minutes.", "c")
n.s("The interviewer asked four questions: a project he led, a mistake, a disagreement, and a decision made with incomplete information.", "c")
n.blank()
n.s("On the project, the candidate described building the results-night tool for a Quebec broadcaster that flagged ridings where the early count diverged from the poll projection.", "e+", "ownership")
n.s("He stated that he wrote the specification himself after sitting with the election desk during a by-election, because the desk had rejected the previous tool as too slow to read.", "e+", "ownership", "user_impact")
n.s("He reported that the tool covered 125 ridings on the night and that the desk called two close races later than the competition, which he counted as a success because neither call had to be retracted.", "e+", "metrics")
n.blank()
n.s("On the mistake, he described a divergence alert that fired on every riding in the first ten minutes because early polls are small, and said he had not tested it on any past election night.", "e-", "risk_awareness")
n.s("He then explained the fix: a minimum-count threshold, and a replay of the 2018 and 2022 results feeds before every election since.", "e+", "risk_awareness", "learning")
n.s("On the disagreement, he recounted a producer who wanted the tool to display a 'likely winner' label at 8:05 pm; he refused, citing the risk of misleading viewers, and proposed a 'too early to call' badge instead, which was adopted.", "e+", "user_impact", "judgment")
n.blank()
n.s("On the decision under incomplete information, his answer was less convincing.", "v-", "judgment")
n.s("He described choosing between two vote-feed vendors with a week to go and said he picked the cheaper one 'because the other one's sales rep was pushy'.", "e-", "judgment", hard="plain_evidence")
n.s("When the interviewer asked what he would check now, he listed a failover test and a latency comparison on a past night, and said he would not repeat a choice made on price and instinct alone.", "e+", "learning")
n.blank()
n.s("Throughout, he answered the question asked and stopped.", "v+", "communication")
n.s("On one occasion he asked the interviewer to restate a question rather than guessing at its meaning.", "e+", "communication", hard="plain_evidence")
n.s("When asked who else worked on the tool, he named two developers and credited them with the feed integration.", "e+")
n.s("The candidate was calm and personable.", "v+", hard="biased")
n.s("The vendor decision is the main reservation.", "v-", "judgment")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w31_notes_part5.jsonl", notes)
