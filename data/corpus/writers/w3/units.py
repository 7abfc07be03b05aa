import sys; sys.path.insert(0, "tools")
from corpus_writer import save_units

units = [
    # technical-sounding vague claims
    ("w3-u001", "deep understanding of RLHF and reward hacking", "v+", ["ml_fundamentals"], "tech_vague"),
    ("w3-u002", "Fluent in retrieval eval: recall@k, MRR, nDCG, the whole toolkit.", "v+", ["metrics"], "tech_vague"),
    ("w3-u003", "talked through chunking strategies + hybrid search, v competent", "v+", ["system_thinking"], "tech_vague"),
    ("w3-u004", "Her take on hallucination detection was sophisticated.", "v+", ["ml_fundamentals"], "tech_vague"),
    ("w3-u005", "surface-level grasp of vector DBs imo", "v-", ["system_thinking"], "tech_vague"),
    # evidence without jargon
    ("w3-u006", "He asked who reads the eval report on Monday mornings and what they decide from it.", "e+", ["user_impact"], "plain_evidence"),
    ("w3-u007", "She read the three bad answers out loud and said two of them were the same mistake.", "e+", ["data_intuition"], "plain_evidence"),
    ("w3-u008", "they stopped, said 'wait, I've got that backwards', and redrew the diagram", "e+", ["learning"], "plain_evidence"),
    ("w3-u009", "Wrote down the deadline I mentioned and planned the first week around it.", "e+", ["judgment"], "plain_evidence"),
    ("w3-u010", "asked if the support team had been told before we changed the bot's answers", "e+", ["user_impact", "communication"], "plain_evidence"),
    ("w3-u011", "He ran the script on five rows before running it on the full file.", "e+", ["coding"], "plain_evidence"),
    # negated evidence
    ("w3-u012", "never asked how the gold answers were written, even after I said they came from an LLM", "e-", ["data_intuition"], "negated"),
    ("w3-u013", "Didn't run her function once before saying it was done.", "e-", ["coding"], "negated"),
    ("w3-u014", "no mention of what happens if the reranker service times out", "e-", ["system_thinking", "risk_awareness"], "negated"),
    ("w3-u015", "He did not ask a single question about latency before picking a 7B reranker for a 200ms budget.", "e-", ["system_thinking"], "negated"),
    ("w3-u016", "didnt check whether the toxicity eval had any non-English rows", "e-", ["user_impact", "data_intuition"], "negated"),
    ("w3-u017", "Never said what she'd do if the A/B came back flat.", "e-", ["judgment"], "negated"),
    ("w3-u018", "not a strong coder", "v-", ["coding"], "negated"),
    # hedged
    ("w3-u019", "I think she may have mixed up precision and recall when describing the filter's misses.", "e-", ["metrics"], "hedged"),
    ("w3-u020", "prob fine on retrieval basics", "v+", ["ml_fundamentals"], "hedged"),
    ("w3-u021", "He might have said he'd roll back first, I didn't catch it in my notes.", "e+", ["risk_awareness"], "hedged"),
    ("w3-u022", "Maybe a little slow to own things.", "v-", ["ownership"], "hedged"),
    # bare verdicts
    ("w3-u023", "LNH", "v-", [], "bare_verdict"),
    ("w3-u024", "Would hire for the retrieval role, not the eval one.", "v0", [], "bare_verdict"),
    ("w3-u025", "yes!!", "v+", [], "bare_verdict"),
    ("w3-u026", "Not at the bar for senior.", "v-", [], "bare_verdict"),
    # verdict + evidence
    ("w3-u027", "Great instinct: she asked to see ten raw model outputs before looking at any aggregate score.", "e+", ["metrics", "data_intuition"], "verdict_plus_evidence"),
    ("w3-u028", "Weak -> when I said the eval set was 80% English he said language mix 'doesn't matter for LLMs'.", "e-", ["data_intuition"], "verdict_plus_evidence"),
    ("w3-u029", "Loved that he pulled up the latency budget again before adding a second LLM call.", "e+", ["system_thinking"], "verdict_plus_evidence"),
    ("w3-u030", "impressive: said a 3pt judge-score lift means we can stop human review entirely", "e-", ["metrics", "risk_awareness"], "verdict_plus_evidence"),
    ("w3-u031", "Solid ownership; she described paging herself when her eval cron failed on a weekend and fixing it that night.", "e+", ["ownership"], "verdict_plus_evidence"),
    # interviewer actions
    ("w3-u032", "I gave her a hint about caching the judge calls.", "c", [], "interviewer_action"),
    ("w3-u033", "When I hinted at caching the judge calls she cut the eval runtime estimate from 6h to under 1h and explained the key.", "e+", ["learning", "system_thinking"], "interviewer_action"),
    ("w3-u034", "pushed back twice on the metric choice", "c", [], "interviewer_action"),
    ("w3-u035", "I pushed back on his metric and he said 'we'll agree to disagree'.", "e-", ["learning"], "interviewer_action"),
    ("w3-u036", "Played the role of a skeptical PM for the last 10 min.", "c", [], "interviewer_action"),
    # vague quantities
    ("w3-u037", "knows a million things about prompt engineering", "v+", ["ml_fundamentals"], "vague_quantity"),
    ("w3-u038", "Tons of red-teaming experience.", "v+", ["risk_awareness"], "vague_quantity"),
    ("w3-u039", "11/10 on communication", "v+", ["communication"], "vague_quantity"),
    ("w3-u040", "way too many buzzwords", "v-", ["communication"], "vague_quantity"),
    ("w3-u041", "Estimated ~2.5M tokens/day from 50k chats at ~50 tokens each and priced it at about $60/day.", "e+", ["system_thinking"], None),
    # questions
    ("w3-u042", "Q: how would you build a hallucination eval with no labelled data.", "c", [], "question"),
    ("w3-u043", "Asked about rollback.", "c", ["risk_awareness"], "question"),
    ("w3-u044", "She asked whether annotators could see the model name while rating.", "e+", ["data_intuition"], "question"),
    ("w3-u045", "he asked 'does anyone actually use the citations' before designing the citation check", "e+", ["user_impact", "judgment"], "question"),
    ("w3-u046", "They asked what the budget per 1k queries was before choosing a model size.", "e+", ["judgment"], "question"),
    # biased / personal
    ("w3-u047", "very chill, would get along w/ everyone", "v+", [], "biased"),
    ("w3-u048", "Strong accent, took a while to understand.", "v-", [], "biased"),
    ("w3-u049", "seems like she'd be stretched thin w/ a newborn", "v-", [], "biased"),
    ("w3-u050", "total founder energy", "v+", [], "biased"),
    # mixed
    ("w3-u051", "Got the retrieval recall right but needed two hints to get there.", "e0", ["ml_fundamentals", "learning"], "mixed"),
    ("w3-u052", "fixed the off-by-one after i pointed at it, then broke the empty-input case", "e-", ["coding"], "mixed"),
    ("w3-u053", "Good on the model, less so on who it might hurt.", "v0", ["user_impact"], "mixed"),
    ("w3-u054", "Picked a sensible metric, then defended it long after my counterexample showed it failing.", "e-", ["learning", "metrics"], "mixed"),
    # assorted evidence for coverage
    ("w3-u055", "Said she'd rather ship the keyword fallback this week and the dense retriever next month than ship nothing for six weeks.", "e+", ["judgment"], None),
    ("w3-u056", "Told me his last team's eval 'belonged to research' and he just read the numbers.", "e-", ["ownership"], None),
    ("w3-u057", "He asked me twice whether his explanation of the chunk overlap made sense, and simplified it the second time.", "e+", ["communication"], None),
    ("w3-u058", "Proposed tracking answer quality separately for free and paying users, since only free users hit the small model.", "e+", ["metrics", "user_impact"], None),
    ("w3-u059", "Said the eval set from last year was 'good enough' without asking what had changed in the product since.", "e-", ["data_intuition", "judgment"], None),
    ("w3-u060", "Round 2 of 4, 45 min, over video.", "c", [], None),
]

save_units("data/corpus/raw/w3_units.jsonl", units)
print(len(units), "units")
