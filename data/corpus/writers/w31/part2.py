import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w31-c04 Sam Whitehorse (they), r2 ----
n = Note(note_id="w31-n013", candidate_id="w31-c04", interviewer_id="w31-i06", req_id="w31-r2",
         round="fundamentals", submitted_at="2025-06-09", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "quotes"], topic="comment moderation",
         ratings={"ml_fundamentals": "hire", "user_impact": "no_hire"})
n.s("Candidate: Sam Whitehorse (they/them).", "c")
n.s("Round: fundamentals; topic: comment moderation.", "c")
n.nl()
n.s("The candidate was asked to design a classifier that holds toxic reader comments for human review.", "c")
n.s("Sam proposed fine-tuning a transformer on the existing moderation log and correctly noted that the log only contains comments a moderator looked at, so the labels are not a random sample.", "e+", "data_intuition")
n.s("They explained precision and recall in terms of the moderation queue without prompting: precision is the moderators' wasted time, recall is the abuse that reaches readers.", "e+", "ml_fundamentals", "communication")
n.blank()
n.s("When asked whether the model might hold comments written in dialect or by Indigenous commenters more often, the candidate replied that 'the model just learns from the data; if the moderators were fair, it will be fair'.", "e-", "user_impact")
n.s("The interviewer followed up with a published example of toxicity models flagging identity terms.", "c", hard="interviewer_action")
n.s("Sam acknowledged the example but did not propose any measurement of error rates by group.", "e-", "user_impact", hard="negated")
n.s("Asked to sketch serving, Sam put the classifier in the comment-submit path and estimated about 40 comments per second at the election-night peak, well inside the latency budget.", "e+", "system_thinking")
n.s("Their handling of the threshold was sound: they suggested a lower threshold on election nights, when volume and abuse both spike, with extra moderators scheduled.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("The candidate did not raise appeals or any way for a commenter to contest a held comment.", "e-", "user_impact", "risk_awareness", hard="negated")
n.blank()
n.s("Overall, technically capable but with a clear blind spot on fairness to commenters.", "v0", "ml_fundamentals", "user_impact", hard="mixed")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n014", candidate_id="w31-c04", interviewer_id="w31-i01", req_id="w31-r2",
         round="behavioural", submitted_at="2025-06-10", recommendation="lean_no_hire", specificity=5,
         style=["prose", "first_person", "quotes"], topic="comment moderation")
n.s("Sam's behavioural round went well in parts and badly in one place that matters a great deal to us.", "v0", hard="mixed")
n.s("I asked them to tell me about a model they had shipped that touched the public.", "c", hard="interviewer_action")
n.s("They described a complaint-triage model at a provincial utility that routed customer emails to teams, and said plainly that they had owned it from labelling through to the on-call rota.", "e+", "ownership")
n.s("When the model began sending French-language complaints to the wrong queue after a web form changed, they caught it from a weekly per-language confusion matrix they had set up themselves, and rolled back within a day.", "e+", "risk_awareness", "ownership")
n.s("That is exactly the sort of monitoring I hope for.", "v+", "risk_awareness")
n.blank()
n.s("Then I asked about our comment section, where we close comments on stories about residential schools because of the abuse that follows.", "c")
n.s("Sam said they would 'keep comments open everywhere and let the model do the work — closing them is censorship'.", "e-", "user_impact", "judgment")
n.s("I asked who is hurt when the model misses a comment on one of those stories, and they answered with the moderators' workload, not the survivors reading the page.", "e-", "user_impact")
n.s("I gave them a second chance by reading out a reader's letter we received; they said 'that's unfortunate, but edge cases happen'.", "e-", "user_impact", "learning")
n.s("Crisp storyteller throughout.", "v+", "communication")
n.blank()
n.s("Lean no hire; I'd revisit for a role away from reader-facing moderation.", "v-")
notes.append(n)

n = Note(note_id="w31-n015", candidate_id="w31-c04", interviewer_id="w31-i02", req_id="w31-r2",
         round="data", submitted_at="2025-06-11", recommendation="hire", specificity=4,
         style=["qa", "terse", "abbreviations"], topic="comment moderation")
n.s("Sam W., data round.", "c")
n.nl()
n.s("Q: Moderation log, 2.1M comments; first checks?", "c")
n.nl()
n.s("A: Rows per day; found a 9-day gap in March, asked whether moderation was paused or the export failed.", "e+", "data_intuition")
n.nl()
n.s("Q: Label balance.", "c")
n.nl()
n.s("A: Held rate 7% overall but 31% on politics; said a single global threshold would over-hold politics.", "e+", "data_intuition", "judgment")
n.nl()
n.s("Q: Baseline.", "c")
n.nl()
n.s("A: TF-IDF + logistic regression in ~15 lines, stratified by section, ran clean.", "e+", "coding")
n.nl()
n.s("Missed copy-pasted spam duplicated across train and test; I had to point to it.", "e-", "data_intuition")
n.nl()
n.s("Q: What would you report to the community editor?", "c", hard="question")
n.nl()
n.s("A: Held comments per day and the share overturned on appeal, 'because that's what she actually deals with'.", "e+", "metrics", "user_impact")
n.nl()
n.s("Strong on data.", "v+", "data_intuition")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n016", candidate_id="w31-c04", interviewer_id="w31-i03", req_id="w31-r2",
         round="coding", submitted_at="2025-06-12", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="comment cleaning")
n.s("Sam's coding was good overall.", "v+", "coding")
n.s("They wrote a function to strip HTML from comments and it worked.", "e+", "coding")
n.s("Knew a ton of Python tricks.", "v+", "coding", hard="vague_quantity")
n.s("Could be a bit faster maybe.", "v-", "coding", hard="hedged")
n.s("Nice person, easy to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w31-c05 Mei-Lin Zhou (she), r1 ----
n = Note(note_id="w31-n017", candidate_id="w31-c05", interviewer_id="w31-i06", req_id="w31-r1",
         round="behavioural", submitted_at="2024-09-17", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "quotes"], topic="subscriber churn")
n.s("Candidate: Mei-Lin Zhou.", "c")
n.s("Round: behavioural.", "c")
n.nl()
n.s("The candidate was asked to describe a project that did not go to plan.", "c")
n.s("She described a churn model at a telecom whose scores were never used by the retention team.", "e0", "ownership")
n.s("Asked what she did on learning this, she said she 'assumed the business side would pick it up when they were ready'.", "e-", "ownership")
n.s("She did not report any follow-up with the retention team in the four months that followed.", "e-", "ownership", hard="negated")
n.s("Asked about a data quality problem, she said the missing billing records were 'the data engineering team's responsibility' and that she had trained around them.", "e-", "ownership", "data_intuition")
n.s("When asked what she would do differently, she proposed a weekly meeting with the retention lead and a shared dashboard of calls made from her list.", "e+", "ownership", "learning")
n.s("Asked how she would measure whether the retention calls worked, she proposed comparing called subscribers with a random uncalled group from the same risk band.", "e+", "metrics")
n.blank()
n.s("Her answers were precise and well structured.", "v+", "communication")
n.s("The interviewer has concerns about her ownership of outcomes beyond the model itself.", "v-", "ownership")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n018", candidate_id="w31-c05", interviewer_id="w31-i04", req_id="w31-r1",
         round="fundamentals", submitted_at="2024-09-18", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="subscriber churn")
n.s("Fundamentals with Mei-Lin, the subject was churn of subscribers.", "c")
n.s("Very good on the theory, she knows gradient boosting by heart.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I have asked why her churn model is worse on the new subscribers.", "c")
n.s("She said new subscribers have few events so the features are mostly zeros, and proposed a separate model for the first 30 days, or at minimum a tenure feature.", "e+", "ml_fundamentals", "data_intuition")
n.s("On survival analysis she was maybe a bit less à l'aise.", "v-", "ml_fundamentals", hard="hedged")
n.s("She asked me if the retention offer is the same for everyone, which I found intéressant.", "e+", "judgment", hard="question")
n.s("Communication correct.", "v0", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n019", candidate_id="w31-c05", interviewer_id="w31-i05", req_id="w31-r1",
         round="system_design", submitted_at="2024-09-18", recommendation="hire", specificity=3,
         style=["bullets", "fragments", "lowercase", "quotes"], topic="paywall propensity")
n.b("sys design, paywall propensity scoring service", "c")
n.b("batch scores nightly + online features for session depth", "e+", "system_thinking")
n.b("sized it: 1.2M active readers, scores fit in memory, ~300MB", "e+", "system_thinking")
n.b("rollback plan -> 'keep last good model in registry, flip a flag'", "e+", "risk_awareness")
n.b("no alert on score drift", "e-", "risk_awareness", hard="negated")
n.b("asked what % of readers hit the wall today before designing anything", "e+", "judgment", hard="question")
n.b("good", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n020", candidate_id="w31-c05", interviewer_id="w31-i02", req_id="w31-r1",
         round="coding", submitted_at="2024-09-19", recommendation="hire", specificity=4,
         style=["qa", "terse"], topic="reading sessions")
n.s("Coding: sessionise reading events for the paywall features.", "c")
n.nl()
n.s("Q: Events (reader_id, ts, article_id); a session breaks after 30 min idle.", "c")
n.nl()
n.s("A: Sorted by reader and ts, single pass, correct on my first example.", "e+", "coding")
n.nl()
n.s("Q: Edge cases?", "c", hard="question")
n.nl()
n.s("A: Listed duplicate timestamps, a reader with one event, and clocks going backwards on the mobile app; handled the first two only.", "e0", "coding", hard="mixed")
n.nl()
n.s("Q: 50M events/day?", "c")
n.nl()
n.s("A: Group by reader_id in Spark; warned about skew from bot readers with millions of events and proposed filtering them first.", "e+", "system_thinking", "data_intuition")
n.nl()
n.s("Tests written unprompted, four of them.", "e+", "coding")
n.s("Variable names poor (x, y2, tmp).", "e-", "coding")
n.nl()
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w31-c06 Kwame Mensah (he), r2 ----
n = Note(note_id="w31-n021", candidate_id="w31-c06", interviewer_id="w31-i02", req_id="w31-r2",
         round="data", submitted_at="2026-03-02", recommendation="strong_hire", specificity=5,
         style=["qa", "quotes"], topic="corrections and accuracy",
         ratings={"data_intuition": "strong_hire", "user_impact": "hire"})
n.s("Kwame Mensah, data round, election coverage set.", "c")
n.nl()
n.s("Q: Predict which election stories will need a correction.", "c")
n.nl()
n.s("A: Asked first how a correction is recorded; on hearing it's a free-text footer, asked for the dates the footers were added.", "e+", "data_intuition", "judgment")
n.nl()
n.s("A: Found the 'word count' feature was measured after correction, so corrected stories looked longer: leakage; removed it.", "e+", "data_intuition")
n.nl()
n.s("Q: Only 240 corrected stories out of 18k.", "c")
n.nl()
n.s("A: Proposed grouped CV by reporter so the model can't memorise bylines; explained why random folds would overstate it.", "e+", "ml_fundamentals", "data_intuition")
n.nl()
n.s("Q: What does the desk do with the score?", "c", hard="question")
n.nl()
n.s("A: Score should rank stories for a second read, never label a reporter as error-prone; asked that reporter names be kept out of the output.", "e+", "user_impact", "judgment")
n.nl()
n.s("Q: Serving?", "c")
n.nl()
n.s("A: Nightly batch over new stories, score written to the CMS as a field; no real time needed, 'the second read happens next morning anyway'.", "e+", "system_thinking", "judgment")
n.nl()
n.s("Q: Metric?", "c")
n.nl()
n.s("A: Corrections caught per hour of second reading, compared against the current random spot checks.", "e+", "metrics")
n.nl()
n.s("No real weaknesses found.", "v+")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n022", candidate_id="w31-c06", interviewer_id="w31-i04", req_id="w31-r2",
         round="fundamentals", submitted_at="2026-03-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="article recommendations")
n.s("Fundamentals with Kwame, on article recommendations.", "c")
n.s("I have given him a click log and asked how to train a recommender for the homepage.", "c", hard="interviewer_action")
n.s("He trained on all clicks without asking how the articles were shown, so the position bias of the top slot went straight into the labels.", "e-", "data_intuition", hard="negated")
n.s("When I mentioned the position, he said the top slot is 'just where the good articles are', and did not change the plan.", "e-", "data_intuition", "learning")
n.s("He explained matrix factorisation well, with the dot product and the regularisation term written on the board.", "e+", "ml_fundamentals")
n.s("On filter bubbles, he proposed to add diversity at re-ranking, minimum one article per section in the top ten.", "e+", "user_impact")
n.s("For me the data part is faible.", "v-", "data_intuition")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n023", candidate_id="w31-c06", interviewer_id="w31-i01", req_id="w31-r2",
         round="behavioural", submitted_at="2026-03-04", recommendation="hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="corrections and accuracy")
n.s("I asked Kwame to tell me about something he started on his own.", "c", hard="interviewer_action")
n.s("He told me about the corrections dashboard he built at a news site in Accra, and it was the most concrete behavioural answer I've heard in a while.", "v+")
n.s("He said nobody had asked for it: he noticed the same errors about MPs' constituencies recurring, pulled two years of corrections by hand, and showed the editor that 40% came from one outdated reference sheet.", "e+", "ownership", "data_intuition")
n.s("The editor's first reaction, in his words, was 'so you're saying my desk is sloppy', and Kwame went back with the chart reframed around the sheet rather than the people.", "e+", "communication", "judgment")
n.blank()
n.s("I asked what he'd do if our editors ignored a tool he built.", "c", hard="question")
n.s("He said he would sit with the desk for a shift before changing anything, because 'if they ignore it, it's probably in the wrong place in their day'.", "e+", "user_impact", "judgment")
n.s("He was less convincing on measurement: asked how he knew the dashboard cut errors, he pointed to fewer corrections but conceded the site had also hired two copy editors that year.", "e-", "metrics", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n024", candidate_id="w31-c06", interviewer_id="w31-i05", req_id="w31-r2",
         round="debugging", submitted_at="2026-03-04", recommendation="hire", specificity=3,
         style=["bullets", "fragments", "arrows", "abbreviations"], topic="headline A/B tests")
n.b("debugging, headline A/B notebook w/ planted bugs", "c")
n.b("found p-value computed on pageviews not readers in ~10 min", "e+", "metrics")
n.b("missed the peeking bug (test stopped on day 2)", "e-", "metrics")
n.b("after hint -> explained why early stopping inflates false wins, fixed w/ fixed horizon", "e+", "learning", "ml_fundamentals")
n.b("code slow to read, long cells", "v-", "coding")
n.b("data sense ok", "v0", "data_intuition")
n.b("H, borderline", "v+", hard="hedged")
notes.append(n)

save_notes("data/corpus/raw/w31_notes_part2.jsonl", notes)
