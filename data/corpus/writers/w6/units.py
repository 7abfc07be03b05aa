import sys; sys.path.insert(0, "tools"); sys.path.insert(0, "data/corpus/writers/w6")
from w6save import save_units

U = [
    # technical-sounding vague claims
    ("w6-u001", "Very fluent in auction mechanics and bid shading.", "v+", ["ml_fundamentals"], "tech_vague"),
    ("w6-u002", "Strong understanding of streaming architectures, Kafka, Flink, the lot.", "v+", ["system_thinking"], "tech_vague"),
    ("w6-u003", "Shaky on calibration and the maths behind log-loss.", "v-", ["ml_fundamentals"], "tech_vague"),
    ("w6-u004", "Gets observability: SLOs, error budgets, alert fatigue.", "v+", ["risk_awareness"], "tech_vague"),
    ("w6-u005", "Limited grasp of causal inference for ads measurement.", "v-", ["metrics"], "tech_vague"),
    ("w6-u006", "Excellent intuition for feature leakage and label delay.", "v+", ["data_intuition"], "tech_vague"),
    # evidence without jargon
    ("w6-u007", "She asked who would notice first if the numbers were wrong: us, the advertiser, or finance.", "e+", ["risk_awareness"], "plain_evidence"),
    ("w6-u008", "He read the question back to me in his own words before starting.", "e+", ["communication"], "plain_evidence"),
    ("w6-u009", "They wrote down three possible causes and crossed each one off as they checked it.", "e+", ["data_intuition"], "plain_evidence"),
    ("w6-u010", "Asked what a shop owner would see on their bill if the job ran twice.", "e+", ["user_impact"], "plain_evidence"),
    ("w6-u011", "He kept typing while I was explaining the second half of the problem and then asked me to repeat it.", "e-", ["communication"], "plain_evidence"),
    ("w6-u012", "She said she'd ring the person who built the table before changing anything in it.", "e+", ["ownership"], "plain_evidence"),
    # negated evidence
    ("w6-u013", "Never asked how the conversion label was defined, even while building features from it.", "e-", ["data_intuition"], "negated"),
    ("w6-u014", "Did not run the function once before declaring it done.", "e-", ["coding"], "negated"),
    ("w6-u015", "Didn't mention a rollback path for the new bidder at any point.", "e-", ["risk_awareness"], "negated"),
    ("w6-u016", "At no point did he consider what the advertiser would be charged during the outage.", "e-", ["user_impact"], "negated"),
    ("w6-u017", "Not once did she check the size of the test groups before calling the winner.", "e-", ["metrics"], "negated"),
    ("w6-u018", "Not especially strong on pipelines.", "v-", ["system_thinking"], "negated"),
    # hedged
    ("w6-u019", "I think she may have mixed up precision and recall when describing the fraud filter.", "e-", ["ml_fundamentals"], "hedged"),
    ("w6-u020", "He possibly skipped over the empty-partition case, I'd need to check the recording.", "e-", ["coding"], "hedged"),
    ("w6-u021", "Might be a good fit for a more junior role, hard to say.", "v0", [], "hedged"),
    ("w6-u022", "Seems to probably know Spark reasonably well.", "v+", ["coding"], "hedged"),
    ("w6-u023", "If I remember right, they asked whether the holdout was refreshed every week.", "e+", ["metrics"], "hedged"),
    # bare verdicts
    ("w6-u024", "Lean hire.", "v+", [], "bare_verdict"),
    ("w6-u025", "Not a fit for the monitoring team.", "v-", [], "bare_verdict"),
    ("w6-u026", "SH", "v+", [], "bare_verdict"),
    ("w6-u027", "Borderline, could go either way.", "v0", [], "bare_verdict"),
    ("w6-u028", "Would not hire at senior.", "v-", [], "bare_verdict"),
    # verdict plus evidence
    ("w6-u029", "Sharp: she spotted that the alert threshold was set on a metric that resets at midnight.", "e+", ["risk_awareness"], "verdict_plus_evidence"),
    ("w6-u030", "Weak ownership, he said the broken dashboard \"belongs to analytics\" and left it.", "e-", ["ownership"], "verdict_plus_evidence"),
    ("w6-u031", "Great learner; after my hint about sparse features she switched to hashing and explained the collision risk.", "e+", ["learning"], "verdict_plus_evidence"),
    ("w6-u032", "Poor listener -> answered a question about cost when I'd asked about latency, twice.", "e-", ["communication"], "verdict_plus_evidence"),
    ("w6-u033", "Impressive judgement: chose to delay the launch by a week rather than ship without the spend guardrail.", "e+", ["judgment"], "verdict_plus_evidence"),
    # interviewer actions (alone, and with the response)
    ("w6-u034", "I asked him to estimate the storage for a year of raw impression logs.", "c", [], "interviewer_action"),
    ("w6-u035", "Gave a hint about using a watermark for late events.", "c", [], "interviewer_action"),
    ("w6-u036", "After I mentioned the watermark she redrew the pipeline with a 2-hour lateness window and explained the delay it adds.", "e+", ["learning", "system_thinking"], "interviewer_action"),
    ("w6-u037", "I played an angry advertiser for five minutes.", "c", [], "interviewer_action"),
    ("w6-u038", "When I pushed on the sample size he said \"it's big data, it's fine\".", "e-", ["metrics", "learning"], "interviewer_action"),
    # vague quantities
    ("w6-u039", "Has shipped a hundred models to production.", "v+", ["ownership"], "vague_quantity"),
    ("w6-u040", "Maybe 20% of what she said was useful.", "v-", ["communication"], "vague_quantity"),
    ("w6-u041", "Estimated 1.5TB a day from 3B events at about 500 bytes each.", "e+", ["system_thinking"], "vague_quantity"),
    ("w6-u042", "Tons of on-call experience.", "v+", ["risk_awareness"], "vague_quantity"),
    ("w6-u043", "A million miles ahead of the other candidates on data quality.", "v+", ["data_intuition"], "vague_quantity"),
    # questions
    ("w6-u044", "Q: how would you monitor a model whose labels arrive 30 days late?", "c", ["risk_awareness"], "question"),
    ("w6-u045", "He asked whether the CVR model was retrained on data that included its own predictions' effects.", "e+", ["data_intuition", "ml_fundamentals"], "question"),
    ("w6-u046", "She asked if the advertiser dashboard showed the corrected numbers or the original ones.", "e+", ["user_impact"], "question"),
    ("w6-u047", "Last question I put to her: what would she do if the pipeline failed during a sale?", "c", [], "question"),
    ("w6-u048", "They asked me how often the on-call rota rotates and whether there's a secondary.", "e0", ["ownership"], "question"),
    # biased / personal remarks
    ("w6-u049", "Great culture add, reminds me of our best engineers.", "v+", [], "biased"),
    ("w6-u050", "Strong accent, might be hard for advertisers to understand.", "v-", [], "biased"),
    ("w6-u051", "Recently had a baby so on-call could be tough for her.", "v-", [], "biased"),
    ("w6-u052", "Went to a top school, it shows.", "v+", [], "biased"),
    ("w6-u053", "A bit too intense for our team.", "v-", [], "biased"),
    # mixed polarity
    ("w6-u054", "Got the right dedupe logic, but only after I pointed at the duplicate rows.", "e0", ["coding", "learning"], "mixed"),
    ("w6-u055", "Clear writer, but the design doc he described had no rollback section.", "e0", ["communication", "risk_awareness"], "mixed"),
    ("w6-u056", "Good ideas, messy delivery.", "v0", ["communication"], "mixed"),
    ("w6-u057", "Found the stale partition fast, then wanted to delete the whole table to fix it.", "e0", ["data_intuition", "judgment"], "mixed"),
    # context without a hard tag
    ("w6-u058", "Interview moved to Thursday at the candidate's request.", "c", [], None),
    ("w6-u059", "Round 2 of 5, data platform loop.", "c", [], None),
    ("w6-u060", "She changed her mind about the metric after I showed her the complaint rates, and said why.", "e+", ["learning", "metrics"], None),
]

save_units("data/corpus/raw/w6_units.jsonl", U)
