import sys; sys.path.insert(0, "tools")
from corpus_writer import save_units

U = [
# tech_vague
("w2-u001", "Deep expertise in learning-to-rank and counterfactual evaluation.", "v+", ["ml_fundamentals"], "tech_vague"),
("w2-u002", "Very fluent with feature stores, embeddings and ANN retrieval.", "v+", ["system_thinking"], "tech_vague"),
("w2-u003", "Understands position bias and IPS at a research level.", "v+", ["ml_fundamentals", "metrics"], "tech_vague"),
("w2-u004", "Shaky on the maths behind two-tower models.", "v-", ["ml_fundamentals"], "tech_vague"),
("w2-u005", "Strong grasp of A/B testing, CUPED and sequential testing.", "v+", ["metrics"], "tech_vague"),
("w2-u006", "His knowledge of Spark and Kafka internals looked superficial.", "v-", ["system_thinking"], "tech_vague"),
# plain_evidence
("w2-u007", "She asked what a shopper sees if the page loads before the recommendations do.", "e+", ["user_impact", "system_thinking"], "plain_evidence"),
("w2-u008", "He wrote down the three things he'd check before saying anything, then went through them in order.", "e+", ["communication"], "plain_evidence"),
("w2-u009", "They asked who would be told if the nightly job didn't finish before the shop opened.", "e+", ["risk_awareness", "ownership"], "plain_evidence"),
("w2-u010", "She counted the rows by hand on the sample and found twelve where the price was zero.", "e+", ["data_intuition"], "plain_evidence"),
("w2-u011", "He kept typing while I was asking the question and then answered a different one.", "e-", ["communication"], "plain_evidence"),
("w2-u012", "She said she'd ring the warehouse team before trusting the stock numbers.", "e+", ["data_intuition", "ownership"], "plain_evidence"),
# negated
("w2-u013", "Never asked how the relevance labels had been produced, even after I showed him two that contradicted each other.", "e-", ["data_intuition"], "negated"),
("w2-u014", "Did not mention a fallback if the ranking service timed out.", "e-", ["risk_awareness"], "negated"),
("w2-u015", "At no point checked whether the holdout weeks overlapped with the Black Friday sale.", "e-", ["data_intuition", "metrics"], "negated"),
("w2-u016", "Didn't run the code once before saying it was done.", "e-", ["coding"], "negated"),
("w2-u017", "Not once did she ask who the recommendations were for.", "e-", ["user_impact"], "negated"),
("w2-u018", "Not a natural owner.", "v-", ["ownership"], "negated"),
("w2-u019", "He didn't blame the data team, even though the bug he described was in their pipeline.", "e+", ["ownership"], "negated"),
# hedged
("w2-u020", "I think she may have confused recall@k with precision@k on the whiteboard, though she corrected the label later.", "e0", ["ml_fundamentals"], "hedged"),
("w2-u021", "He possibly skipped the empty-basket case; I didn't see a test for it.", "e-", ["coding"], "hedged"),
("w2-u022", "Might be a touch junior for the senior req.", "v-", [], "hedged"),
("w2-u023", "Probably fine on system design.", "v+", ["system_thinking"], "hedged"),
("w2-u024", "If I heard correctly, she said she'd personally led the rollback of the recs model in 2023.", "e+", ["ownership", "risk_awareness"], "hedged"),
# bare_verdict
("w2-u025", "Strong hire.", "v+", [], "bare_verdict"),
("w2-u026", "LNH", "v-", [], "bare_verdict"),
("w2-u027", "Would hire for the platform role but not at senior level.", "v0", [], "bare_verdict"),
("w2-u028", "Definite no from me.", "v-", [], "bare_verdict"),
("w2-u029", "H, just.", "v+", [], "bare_verdict"),
# verdict_plus_evidence
("w2-u030", "Excellent judgement: she refused to compare arms until the sample ratio mismatch was explained.", "e+", ["judgment", "metrics"], "verdict_plus_evidence"),
("w2-u031", "Poor instincts - he wanted to ship on two days of data because the CTR line 'looked good'.", "e-", ["judgment", "metrics"], "verdict_plus_evidence"),
("w2-u032", "Impressive: refactored the scoring loop into a vectorised version and showed it was 40x faster on my sample.", "e+", ["coding"], "verdict_plus_evidence"),
("w2-u033", "Lovely communicator, but she spent the first fifteen minutes on her CV before I could steer her to the question.", "e-", ["communication"], "verdict_plus_evidence"),
("w2-u034", "Great learner: after I showed him the leakage, he re-split by customer rather than by row without being told how.", "e+", ["learning", "data_intuition"], "verdict_plus_evidence"),
("w2-u035", "Weak on fundamentals; she said L2 regularisation makes the model fit the training set better.", "e-", ["ml_fundamentals"], "verdict_plus_evidence"),
# interviewer_action
("w2-u036", "I gave them a hint about popularity bias in the negative samples.", "c", [], "interviewer_action"),
("w2-u037", "I showed her the offline/online gap chart and asked her to talk me through it.", "c", [], "interviewer_action"),
("w2-u038", "When I hinted at the timezone, he found the bad join within two minutes.", "e+", ["learning", "data_intuition"], "interviewer_action"),
("w2-u039", "I pushed back on the choice of NDCG@10 for a page that shows 48 products.", "c", ["metrics"], "interviewer_action"),
("w2-u040", "I pushed back twice on the retention metric and each time she restated it more slowly.", "e-", ["learning", "metrics"], "interviewer_action"),
# vague_quantity
("w2-u041", "Tons of experience with recommender systems at scale.", "v+", ["system_thinking"], "vague_quantity"),
("w2-u042", "Has shipped a hundred A/B tests, apparently.", "v+", ["metrics"], "vague_quantity"),
("w2-u043", "He estimated 600 writes per second from 50k orders an hour with about 12 lines each.", "e+", ["system_thinking"], "vague_quantity"),
("w2-u044", "Zero awareness of user harm.", "v-", ["user_impact"], "vague_quantity"),
("w2-u045", "Asked roughly a dozen clarifying questions, most of them about where the labels came from.", "e+", ["data_intuition"], "vague_quantity"),
# question
("w2-u046", "She asked whether returns were counted against the ranker or against the seller.", "e+", ["metrics", "data_intuition"], "question"),
("w2-u047", "I asked how he would explain a drop in recommendations to a seller who complained.", "c", [], "question"),
("w2-u048", "He asked if he could just use the test set to tune the learning rate.", "e-", ["ml_fundamentals"], "question"),
("w2-u049", "Q: How would you detect that a feature has gone stale?", "c", [], "question"),
("w2-u050", "They asked whether customers could opt out of personalised ranking and what they'd see instead.", "e+", ["user_impact"], "question"),
# biased
("w2-u051", "Very posh accent, would go down well with the exec team.", "v+", [], "biased"),
("w2-u052", "Seems a bit old to be switching into ML.", "v-", [], "biased"),
("w2-u053", "Just back from maternity leave so might need time to get up to speed.", "v-", [], "biased"),
("w2-u054", "Went to the same university as half the team, she'll fit right in.", "v+", [], "biased"),
("w2-u055", "His English is not perfect, which could be an issue with stakeholders.", "v-", [], "biased"),
# mixed
("w2-u056", "Good design in the end, but only after I spelled out the latency budget.", "e0", ["system_thinking", "learning"], "mixed"),
("w2-u057", "Clean, well-tested code, but she never got to the second part of the task.", "e0", ["coding"], "mixed"),
("w2-u058", "Strong on theory, weak on anything practical.", "v0", [], "mixed"),
("w2-u059", "Raised fairness to small sellers unprompted but then proposed a fix that would have hidden them entirely.", "e0", ["user_impact", "judgment"], "mixed"),
("w2-u060", "Took ownership of the outage story, though he was vague about what he'd changed since.", "e0", ["ownership"], "mixed"),
]
assert len(U) == 60 and len({u[0] for u in U}) == 60
save_units("data/corpus/raw/w2_units.jsonl", U)
print(len(U), "units")
