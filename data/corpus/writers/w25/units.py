import sys; sys.path.insert(0, "tools")
from corpus_writer import save_units

units = [
    # context: questions posed, interviewer actions, notes to self, interview shape
    ("w25-u001", "I asked how she would roll back if acceptance dropped after the swap.", "c", ["risk_awareness"], "question"),
    ("w25-u002", "Gave him a hint about caching the tokenizer.", "c", [], "interviewer_action"),
    ("w25-u003", "Asked them to walk me through the latency budget for a single keystroke.", "c", [], "question"),
    ("w25-u004", "Told her we only had two weeks before the model freeze.", "c", [], "interviewer_action"),
    ("w25-u005", "Next round should push on privacy of customer code; I never got to it.", "c", [], None),
    ("w25-u006", "Spent most of the 45 min on the retrieval design, ~10 on his questions.", "c", [], None),
    ("w25-u007", "q: what would make you distrust pass@1 here?", "c", ["metrics"], "question"),
    ("w25-u008", "I pushed back on whether an offline win means anything for users.", "c", [], "interviewer_action"),
    ("w25-u009", "Shared the eval results table and asked which model to ship.", "c", [], "interviewer_action"),
    ("w25-u010", "Paused halfway so she could read the telemetry schema.", "c", [], "interviewer_action"),
    ("w25-u011", "I asked him who would be affected if one customer's secret showed up in another customer's suggestion.", "c", ["user_impact"], "question"),
    # vague
    ("w25-u012", "Deep understanding of retrieval-augmented generation and vector databases.", "v+", ["system_thinking"], "tech_vague"),
    ("w25-u013", "Knows distillation inside out.", "v+", ["ml_fundamentals"], "tech_vague"),
    ("w25-u014", "Has shipped like a hundred models.", "v+", ["ownership"], "vague_quantity"),
    ("w25-u015", "Not a great listener.", "v-", ["communication"], "negated"),
    ("w25-u016", "Maybe a little slow to update when challenged.", "v-", ["learning"], "hedged"),
    ("w25-u017", "Risk-aware, in a general sort of way.", "v0", ["risk_awareness"], "hedged"),
    ("w25-u018", "Strong judgment overall, though the rollout part was thin.", "v0", ["judgment"], "mixed"),
    ("w25-u019", "Very mature for someone her age.", "v+", [], "biased"),
    ("w25-u020", "His accent made him hard to follow at times.", "v-", [], "biased"),
    ("w25-u021", "Great presence in the room.", "v+", [], "biased"),
    ("w25-u022", "Three-hundred-percent ownership mentality.", "v+", ["ownership"], "vague_quantity"),
    ("w25-u023", "Solid on metrics, the whole A/B thing.", "v+", ["metrics"], "tech_vague"),
    ("w25-u024", "Thinks about users a lot.", "v+", ["user_impact"], "vague_quantity"),
    ("w25-u025", "Doesn't seem to care much about privacy.", "v-", ["user_impact"], "hedged"),
    ("w25-u026", "Weak on failure modes.", "v-", ["risk_awareness"], "bare_verdict"),
    ("w25-u027", "Not a systems person.", "v-", ["system_thinking"], "negated"),
    ("w25-u028", "Would not hire at senior.", "v-", [], "bare_verdict"),
    # evidence
    ("w25-u029", "He asked what a customer's legal team would think if GPL code showed up in their suggestions.", "e+", ["user_impact"], "question"),
    ("w25-u030", "I think she may have skipped the rollback step when she summarized the plan.", "e-", ["risk_awareness"], "hedged"),
    ("w25-u031", "Never asked how the benchmark problems were collected, even after I mentioned the crawl date.", "e-", ["data_intuition"], "negated"),
    ("w25-u032", "Nice call: he picked the smaller model once he saw the large one's 180 ms p95 left no room for retrieval.", "e+", ["judgment"], "verdict_plus_evidence"),
    ("w25-u033", "When I hinted at a power calculation, she worked out that 5% of traffic for a week gives about 40k users per arm, enough for a 1-point change.", "e+", ["ml_fundamentals"], "interviewer_action"),
    ("w25-u034", "Claimed the student beats the teacher 'because smaller models can't overfit', and stuck with it after I mentioned the 1B had memorised test files.", "e-", ["ml_fundamentals"], None),
    ("w25-u035", "He asked who gets woken up if the retrieval index stops refreshing.", "e+", ["risk_awareness"], "plain_evidence"),
    ("w25-u036", "Put the embedding call in the keystroke path without estimating what it adds to latency.", "e-", ["system_thinking"], "negated"),
    ("w25-u037", "Caught the off-by-one in the sliding window herself, but only after running my example, and left the empty-input case broken.", "e-", ["coding"], "mixed"),
    ("w25-u038", "Described rolling back a canary at 2% herself when crash reports ticked up, though she said nobody wrote up why.", "e0", ["ownership"], "mixed"),
    ("w25-u039", "Said they'd log full code snippets from every user by default 'because more data is always better'.", "e-", ["user_impact"], None),
    ("w25-u040", "Asked whether the 4-point offline gain would hold in the editor, she said 'probably not fully' and proposed a 1% canary to find out.", "e+", ["metrics"], None),
]

save_units("data/corpus/raw/w25_units.jsonl", units)
