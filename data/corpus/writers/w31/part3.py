import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w31-c07 Élodie Gagnon (she), r1 ----
n = Note(note_id="w31-n025", candidate_id="w31-c07", interviewer_id="w31-i05", req_id="w31-r1",
         round="system_design", submitted_at="2025-02-11", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "fragments", "lowercase", "arrows", "quotes"], topic="article recommendations",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire"})
n.b("sys design: article recs for logged-in subs", "c")
n.b("asked which module + how many slots first -> homepage, 6 slots, 800k subs", "e+", "judgment", hard="question")
n.b("two-stage: ANN retrieval over embeddings, GBDT ranker", "e+", "system_thinking")
n.b("latency budget 50ms, split 15/35", "e+", "system_thinking")
n.b("new model straight to 100% of subs, no canary", "e-", "risk_awareness")
n.b("asked her 'what if the ranker goes bad at 6am?' -> 'we'd notice in the dashboard'", "e-", "risk_awareness")
n.b("no fallback to most-read list", "e-", "risk_awareness", hard="negated")
n.b("no mention of filter bubble / section diversity", "e-", "user_impact", hard="negated")
n.b("strong on arch, weak on failure", "v0", "system_thinking", "risk_awareness", hard="mixed")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n026", candidate_id="w31-c07", interviewer_id="w31-i02", req_id="w31-r1",
         round="behavioural", submitted_at="2025-02-12", recommendation="lean_no_hire", specificity=4,
         style=["qa", "quotes"], topic="launch failures")
n.s("Élodie Gagnon, behavioural.", "c")
n.nl()
n.s("Q: A launch that went wrong.", "c")
n.nl()
n.s("A: Price-testing model at an e-commerce firm shipped on a Friday; discounted the wrong SKUs all weekend.", "e0", "risk_awareness")
n.nl()
n.s("Q: What did you change afterwards?", "c")
n.nl()
n.s("A: 'Nothing really, it was a config bug, not the model.'", "e-", "risk_awareness", "ownership")
n.nl()
n.s("Q: Would you launch on a Friday again?", "c", hard="question")
n.nl()
n.s("A: Yes if the tests pass; no mention of a staged rollout or a kill switch.", "e-", "risk_awareness", "judgment", hard="negated")
n.nl()
n.s("Q: Explain AUC to an editor.", "c")
n.nl()
n.s("A: Got lost in TPR and FPR, never reached what an editor would do with the number.", "e-", "communication")
n.nl()
n.s("Q: Disagreement with a manager?", "c")
n.nl()
n.s("A: Pushed back on a deadline with a written estimate showing labelling would take 3 weeks; got 2 extra weeks.", "e+", "communication", "judgment")
n.nl()
n.s("Clear speaker.", "v+", "communication")
n.s("Risk thinking missing.", "v-", "risk_awareness")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n027", candidate_id="w31-c07", interviewer_id="w31-i04", req_id="w31-r1",
         round="debugging", submitted_at="2025-02-12", recommendation="hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="paywall propensity")
n.s("Debugging with Élodie: the paywall propensity scores all collapsed to 0.02 after the Tuesday deploy.", "c")
n.s("She has checked the model file first, then the feature values, and she saw that 'articles_read_7d' was zero for every reader.", "e+", "coding", "data_intuition")
n.s("She guessed a join on the wrong key, but the SQL was fine.", "e0", "coding")
n.s("I have given an indice: look at the timezone of the event table.", "c", hard="interviewer_action")
n.s("After the hint she found in five minutes that the new events table is in UTC and the window filter in Eastern time, so the 7-day window was empty on the morning run.", "e+", "learning", "coding")
n.blank()
n.s("Then, without me asking, she proposed a check in the pipeline: if the mean of any feature moves more than 3 sigma from last week, block the scoring and alert.", "e+", "risk_awareness")
n.s("This is different from what my colleagues saw, I think; she does think about failure once she has seen one.", "v+", "risk_awareness", hard="hedged")
n.s("Her explanation to me was clear and in order.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n028", candidate_id="w31-c07", interviewer_id="w31-i06", req_id="w31-r1",
         round="fundamentals", submitted_at="2025-02-13", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person"], topic="paywall offers")
n.s("Candidate: Élodie Gagnon.", "c")
n.s("Round: fundamentals, paywall propensity.", "c")
n.nl()
n.s("The candidate was asked how she would evaluate a propensity model whose output decides who receives a discount offer.", "c")
n.s("She proposed a randomised holdout that receives no offer, noting that otherwise the model would take credit for readers who would have subscribed anyway.", "e+", "metrics")
n.s("She explained uplift modelling at a general level.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("Asked whether discount offers could be unfair to long-time subscribers paying full price, she said the business should decide and offered no view of her own.", "e-", "user_impact", "judgment")
n.s("Her knowledge of classical ML appears solid.", "v+", "ml_fundamentals", hard="hedged")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w31-c08 Yusuf Haddad (he), r2 ----
n = Note(note_id="w31-n029", candidate_id="w31-c08", interviewer_id="w31-i03", req_id="w31-r2",
         round="fundamentals", submitted_at="2024-11-05", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="election coverage")
n.s("Yusuf is smart.", "v+")
n.s("Knows his ML really well, lots of depth.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Had some odd ideas about the election stuff.", "v-", "judgment")
n.s("Lean hire I guess.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n030", candidate_id="w31-c08", interviewer_id="w31-i06", req_id="w31-r2",
         round="data", submitted_at="2024-11-06", recommendation="no_hire", specificity=5,
         style=["prose", "third_person", "quotes"], topic="engagement vs trust",
         ratings={"judgment": "no_hire", "coding": "hire"})
n.s("Candidate: Yusuf Haddad.", "c")
n.s("Round: data; exercise: estimate the engagement effect of a new live-blog format from an uncontrolled rollout.", "c")
n.s("The interviewer explained that the format had been used only for breaking news during the federal election, and that no A/B test existed.", "c")
n.blank()
n.s("The candidate immediately compared average time on page for live-blogs against all other articles and reported a 74% increase.", "e-", "metrics", "data_intuition")
n.s("When asked whether breaking news might draw more time regardless of format, he said the difference was 'too large to be anything else'.", "e-", "judgment", "data_intuition")
n.s("Offered a matched comparison with breaking stories published in the standard format, the candidate declined, stating that it would 'only add noise'.", "e-", "learning", "judgment")
n.s("He recommended converting all election coverage to live-blogs for the next provincial election.", "e-", "judgment", hard="plain_evidence")
n.s("He did not consider that readers may find corrections harder to follow in a live-blog, despite the interviewer showing him a corrected live-blog post.", "e-", "user_impact", hard="negated")
n.blank()
n.s("Asked how he would present the result to the managing editor, he drafted a single bar chart with no mention of the selection problem.", "e-", "communication", "metrics")
n.s("His SQL was correct and quick; he wrote the time-on-page aggregation with a window function on the first attempt.", "e+", "coding")
n.s("The candidate asked for the definition of a 'session' before computing anything.", "e+", "data_intuition", hard="question")
n.s("Recommendation: no hire, on the grounds of the decision-making observed above.", "v-", "judgment")
notes.append(n)

n = Note(note_id="w31-n031", candidate_id="w31-c08", interviewer_id="w31-i01", req_id="w31-r2",
         round="behavioural", submitted_at="2024-11-07", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="engagement vs trust")
n.s("I spent the behavioural hour with Yusuf on two stories, and the second was the one that mattered.", "c")
n.s("He described building an engagement model for a magazine app, and told me it 'doubled time in app within a quarter'.", "e0", "metrics")
n.s("When I asked what else changed that quarter, he listed a redesign and a push-notification campaign, then said neither mattered 'because the model was the main thing'.", "e-", "metrics", "judgment")
n.s("I pressed, gently, on whether doubling time in app was good for readers — the app had added autoplay video that same quarter.", "c", hard="interviewer_action")
n.s("He said, 'Engagement is the goal, that's literally the job', and his answers got shorter from there.", "e-", "user_impact", "learning")
n.blank()
n.s("On the first story, about a dataset with 30% missing ages, he was thoughtful: he had checked whether the missingness was tied to sign-up channel and found it was.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("He did own that first project end to end: he said he wrote the imputation, the tests and the handover document for the app team himself.", "e+", "ownership")
n.s("He listens well until he disagrees.", "v-", "communication")
n.s("Lean no hire; the defensiveness when challenged on engagement matches what my colleague saw in the data round.", "v-", "learning")
notes.append(n)

n = Note(note_id="w31-n032", candidate_id="w31-c08", interviewer_id="w31-i04", req_id="w31-r2",
         round="coding", submitted_at="2024-11-07", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="automated tagging")
n.s("Coding with Yusuf: a function to group articles into stories by shared tags.", "c")
n.s("He wrote union-find from memory, correct, with path compression.", "e+", "coding")
n.s("Tests: he wrote two, for one article alone and for two articles with no common tag.", "e+", "coding")
n.s("He asked if the tags can be wrong — good question for automated tags.", "e+", "data_intuition", hard="question")
n.s("When I said one tag, 'Canada', is on half the articles, he answered that it is fine, and did not think of removing the very common tags.", "e-", "data_intuition", hard="negated")
n.s("Il code bien.", "v+", "coding")
n.s("Hire for the coding part.", "v+", "coding")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w31-n033", candidate_id="w31-c09", interviewer_id="w31-i03", req_id="w31-r1",
         round="fundamentals", submitted_at="2024-05-21", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="paywall propensity")
n.s("Hannah was strong.", "v+")
n.s("Very technical, great on models.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Would be a great fit here.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n034", candidate_id="w31-c10", interviewer_id="w31-i05", req_id="w31-r2",
         round="data", submitted_at="2024-06-03", recommendation="no_hire", specificity=3,
         style=["bullets", "fragments", "arrows", "abbreviations", "quotes"], topic="election coverage")
n.b("data round: polling aggregator for election coverage", "c")
n.b("averaged polls w/o weighting by sample size", "e-", "data_intuition")
n.b("asked him about house effects -> 'never heard of it'", "e-", "data_intuition")
n.b("plotted raw series first, good", "e+", "data_intuition")
n.b("wanted to publish a seat projection w/ no uncertainty band", "e-", "user_impact")
n.b("when I pushed, said readers 'don't understand error bars anyway'", "e-", "user_impact", "learning")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n035", candidate_id="w31-c11", interviewer_id="w31-i06", req_id="w31-r1",
         round="behavioural", submitted_at="2024-07-15", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person"], topic="subscriber churn",
         ratings={"user_impact": "strong_hire", "ownership": "strong_hire"})
n.s("Candidate: Aisha Siddiqui.", "c")
n.s("Round: behavioural.", "c")
n.nl()
n.s("The candidate was asked to describe a time she changed her mind on a technical decision.", "c")
n.s("She described building a churn model for a regional newspaper group that flagged subscribers for a retention call, and deciding, against her initial plan, to drop the reading-time features.", "e+", "judgment")
n.s("She explained that call-centre staff had told her the high-risk list was full of elderly print subscribers who rarely read online, and that the reading features were marking them as disengaged.", "e+", "user_impact", "data_intuition")
n.s("She reported rebuilding the features by channel and measuring the save rate per call before and after: 11% to 17% over two months.", "e+", "metrics", "ownership")
n.blank()
n.s("Asked about a failure, she described shipping a model with a stale feature snapshot, catching it herself in the next morning's score histogram, and adding an automated freshness check the same week.", "e+", "risk_awareness", "ownership")
n.s("Asked how she handles pressure from above, she gave the example of a finance director who wanted the churn list to exclude low-income postal codes; she raised it with the editor-in-chief and the list was kept whole.", "e+", "user_impact", "judgment")
n.s("When the interviewer asked why two months, she said it covered a full billing cycle for both monthly and annual plans.", "e+", "data_intuition", "metrics")
n.s("Her answers were organised, each with a clear outcome.", "v+", "communication")
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n036", candidate_id="w31-c12", interviewer_id="w31-i01", req_id="w31-r2",
         round="fundamentals", submitted_at="2024-08-27", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="summarisation")
n.s("Tomás's fundamentals round was on evaluating summaries for the politics desk.", "c")
n.s("He knows his way around the summarisation literature and name-checked half a dozen metrics.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("When I asked how he'd know a summary was faithful, he said he'd sample 50 summaries a week and have an editor mark any sentence the article doesn't support.", "e+", "metrics")
n.s("He asked whether the summaries would be shown to readers or only to editors, since the risk is different.", "e+", "user_impact", hard="question")
n.s("He wasn't sure what to do about summaries of opinion columns, which I'll admit is a hard one.", "e0", "judgment", hard="mixed")
n.s("Decent enough overall.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n037", candidate_id="w31-c13", interviewer_id="w31-i02", req_id="w31-r1",
         round="coding", submitted_at="2024-10-01", recommendation="no_hire", specificity=4,
         style=["qa", "terse", "abbreviations"], topic="reading features")
n.s("Nadia Boucher, coding.", "c")
n.nl()
n.s("Q: Rolling 7-day reads per subscriber from an event stream.", "c")
n.nl()
n.s("A: Started with nested loops over all events per reader; O(n^2).", "e-", "coding")
n.nl()
n.s("Q: Complexity?", "c")
n.nl()
n.s("A: Said O(n); wrong.", "e-", "coding")
n.nl()
n.s("Hint: two pointers over sorted timestamps.", "c", hard="interviewer_action")
n.nl()
n.s("A: Didn't pick it up; kept the nested loop and added a break.", "e-", "learning", "coding")
n.nl()
n.s("Did not run any example.", "e-", "coding", hard="negated")
n.s("Good clarifying q on whether deleted accounts count.", "e+", "judgment", hard="verdict_plus_evidence")
n.nl()
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w31_notes_part3.jsonl", notes)
