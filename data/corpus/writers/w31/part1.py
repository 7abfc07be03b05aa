import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w31-c01 Amara Okafor (she), r1 ----
n = Note(note_id="w31-n001", candidate_id="w31-c01", interviewer_id="w31-i01", req_id="w31-r1",
         round="behavioural", submitted_at="2025-10-14", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "quotes"],
         topic="paywall meter", ratings={"ownership": "strong_hire", "user_impact": "strong_hire"})
n.s("Amara and I spent most of the hour on her time at a regional daily in Halifax, where she built the first metered-paywall model.", "c")
n.s("I asked her to walk me through a decision she regretted.", "c", hard="interviewer_action")
n.s("She told me about raising the meter from five free articles to eight on the strength of a propensity score, and then watching conversions drop in rural postal codes for three weeks.", "e0", "judgment")
n.s("Her words: 'I had validated on the city readers and never split by region, so the model was wrong exactly where we had the fewest subscribers.'", "e+", "ownership", "data_intuition")
n.s("She rolled the meter back herself, wrote up the miss for newsroom leadership, and added a regional holdout to every test after that.", "e+", "ownership", "risk_awareness")
n.blank()
n.s("Without prompting she added that rural readers have fewer other sources of local news, so a tighter meter hits them hardest, and that she now checks any meter change by region before shipping.", "e+", "user_impact", "judgment")
n.s("I pushed: surely revenue matters more than a few rural readers?", "c", hard="question")
n.s("She held her ground politely — 'revenue from people we've priced out of their only local paper isn't a win we get to keep' — and proposed testing a cheaper digital-only tier for them instead.", "e+", "judgment", "user_impact")
n.s("She explained the propensity model to me as if I were the managing editor, with no jargon and a single picture of who sees the wall and when.", "e+", "communication", hard="plain_evidence")
n.s("When I asked how she'd know the cheaper tier was working, she said she'd watch rural cancellations over six months, not just sign-ups in the first week.", "e+", "metrics", "user_impact")
n.s("Asked about a disagreement with an editor, she described pushing back on a headline test that rewarded the most alarming headline, and getting the editor to add the bounce-back rate as a guardrail.", "e+", "metrics")
n.blank()
n.s("Strong hire from me; the rural rollback story alone shows the ownership and judgement we need on the paywall.", "v+", "ownership", "judgment")
notes.append(n)

n = Note(note_id="w31-n002", candidate_id="w31-c01", interviewer_id="w31-i03", req_id="w31-r1",
         round="system_design", submitted_at="2025-10-15", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="paywall service")
n.s("Amara did well.", "v+", hard="bare_verdict")
n.s("Really solid on the system side, knew her stuff on feature stores and streaming.", "v+", "system_thinking", hard="tech_vague")
n.s("Good thinking about the paywall model and how it all fits together.", "v+", "system_thinking")
n.s("Communicated fine.", "v0", "communication")
n.s("Some risk stuff was covered too.", "v0", "risk_awareness", hard="tech_vague")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n003", candidate_id="w31-c01", interviewer_id="w31-i02", req_id="w31-r1",
         round="fundamentals", submitted_at="2025-10-16", recommendation="hire", specificity=4,
         style=["qa", "terse"], topic="paywall propensity",
         ratings={"ml_fundamentals": "hire", "metrics": "strong_hire"})
n.s("Round: fundamentals, 45 min.", "c")
n.nl()
n.s("Q: Paywall propensity model trained on last year's readers; what goes wrong when we deploy it this year?", "c", hard="question")
n.nl()
n.s("A: Named the election cycle and the spring sale as shifts, then said she would compare the score distribution on the newest month against training before trusting it.", "e+", "data_intuition", "risk_awareness")
n.nl()
n.s("Q: Class imbalance, ~2% convert.", "c")
n.nl()
n.s("A: Would not downsample first; keep the true base rate and use class weights, because marketing reads the scores as probabilities.", "e+", "ml_fundamentals")
n.nl()
n.s("Q: How do you know it is calibrated?", "c")
n.nl()
n.s("A: Drew a reliability curve in ten bins, noted the top bin had too few readers to trust.", "e+", "ml_fundamentals")
n.nl()
n.s("Q: Offline AUC 0.71 -> 0.74; ship?", "c", "metrics", hard="question")
n.nl()
n.s("A: Not on that alone; asked what the lift meant in subscriptions per week and wanted a holdout on the meter before deciding.", "e+", "metrics", "judgment")
n.nl()
n.s("Q: Regularisation.", "c")
n.nl()
n.s("A: L1 vs L2 stated correctly but could not give the intuition for why L1 produces sparse weights when asked.", "e-", "ml_fundamentals", hard="mixed")
n.nl()
n.s("Q: Explain the spring-sale shift to a circulation manager.", "c")
n.nl()
n.s("A: Two sentences, no jargon: 'the people who buy during the sale are bargain hunters; the model will think everyone is one.'", "e+", "communication")
n.nl()
n.s("Above bar on fundamentals.", "v+", "ml_fundamentals")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n004", candidate_id="w31-c01", interviewer_id="w31-i05", req_id="w31-r1",
         round="coding", submitted_at="2025-10-16", recommendation="hire", specificity=3,
         style=["bullets", "fragments", "lowercase", "abbreviations"], topic="wire dedupe")
n.b("coding round, 40m", "c")
n.b("task: flag near-duplicate wire stories", "c")
n.b("shingled headlines into 3-grams, jaccard, ran first time", "e+", "coding")
n.b("asked if CP and Reuters copies of same story should merge or stay separate", "e+", "judgment", hard="question")
n.b("no tests until I asked", "e-", "coding", hard="negated")
n.b("then wrote 3, incl. empty headline", "e+", "coding", "learning")
n.b("O(n^2) compare, said minhash at scale, didn't write it", "e0", "coding", "system_thinking", hard="mixed")
n.b("fast, clean", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w31-c02 Lucas Tremblay (he), r1 ----
n = Note(note_id="w31-n005", candidate_id="w31-c02", interviewer_id="w31-i02", req_id="w31-r1",
         round="fundamentals", submitted_at="2025-11-03", recommendation="lean_no_hire", specificity=4,
         style=["qa", "quotes"], topic="subscriber churn", ratings={"metrics": "no_hire"})
n.s("Lucas Tremblay, fundamentals.", "c")
n.nl()
n.s("Q: Churn model for digital subscribers; which metric?", "c")
n.nl()
n.s("A: AUC, 'because that's what we used at my last job'.", "e-", "metrics")
n.nl()
n.s("Q: Churners are 4% of base; retention team can call 500 people a week.", "c")
n.nl()
n.s("A: Did not move to precision at the top 500 even with that constraint on the table.", "e-", "metrics", hard="negated")
n.nl()
n.s("Q: New model, offline AUC up 0.03; ship?", "c")
n.nl()
n.s("A: 'Yes, 0.03 is a big jump at this level.'", "e-", "metrics")
n.s("Did not ask about a holdout or whether the retention offers themselves would change who churns.", "e-", "metrics", "risk_awareness", hard="negated")
n.nl()
n.s("Q: Bias/variance on a deep tree.", "c")
n.nl()
n.s("A: Correct; drew train vs val error against depth without prompting.", "e+", "ml_fundamentals")
n.nl()
n.s("Q: Label is 'cancelled within 30 days' but cancellations take 14 days to process.", "c")
n.nl()
n.s("A: Spotted the label delay at once, suggested training only on cohorts older than 45 days.", "e+", "data_intuition")
n.nl()
n.s("Fundamentals fine, metric thinking is the problem.", "v0", "ml_fundamentals", "metrics", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n006", candidate_id="w31-c02", interviewer_id="w31-i04", req_id="w31-r1",
         round="system_design", submitted_at="2025-11-04", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="paywall service")
n.s("Entrevue system design with Lucas, for the paywall team.", "c")
n.s("I have asked him to design the service that decides, for each visit, if the reader sees the paywall.", "c", hard="interviewer_action")
n.s("He started well: propensity score cached per reader, refreshed each night, and a fallback to the simple meter if the score service is down.", "e+", "system_thinking", "risk_awareness")
n.s("For latency he estimated 3k requests per second at the morning peak and put the lookup in Redis, which is reasonable.", "e+", "system_thinking")
n.blank()
n.s("He put the score lookup and the article render in one call, with no timeout between them.", "e-", "system_thinking", "risk_awareness", hard="plain_evidence")
n.s("Then I have pointed out that a nightly score misses the reader who reads six articles this morning about the election.", "c", hard="interviewer_action")
n.s("He answered 'the nightly batch is fine, we did it that way for two years' and did not consider a streaming feature, even when I gave the example again.", "e-", "learning", "system_thinking")
n.s("When I asked what happens to readers who are shown the wall too often, he said it was 'a product question, not ML'.", "e-", "user_impact")
n.s("Pas idéal for a team where ML and product sit together.", "v-")
n.s("His diagrams were clear, I will give him that.", "v+", "communication")
n.blank()
n.s("Lean no hire, mostly for the defensiveness.", "v-", "learning")
notes.append(n)

n = Note(note_id="w31-n007", candidate_id="w31-c02", interviewer_id="w31-i06", req_id="w31-r1",
         round="behavioural", submitted_at="2025-11-05", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person"], topic="recommendations")
n.s("Candidate: Lucas Tremblay.", "c")
n.s("Round: behavioural.", "c")
n.nl()
n.s("The candidate was asked to describe a project of which he was proud.", "c")
n.s("He described leading the migration of a recommendation model at his previous employer, a sports streaming service, from weekly to daily retraining.", "e+", "ownership")
n.s("He stated that the project 'succeeded because offline NDCG improved by 6%', and did not mention any online measurement when asked how the business judged it.", "e-", "metrics")
n.s("Asked about a conflict, the candidate recounted a disagreement with a product manager over email frequency and said he agreed to a cap of two emails per week once the unsubscribe rate rose.", "e+", "user_impact", "learning")
n.blank()
n.s("The candidate appears to be a dependable team member.", "v+", hard="biased")
n.s("His answers were generally well organised.", "v+", "communication")
n.s("The interviewer notes some concern regarding his reliance on offline measures.", "v-", "metrics")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n008", candidate_id="w31-c02", interviewer_id="w31-i01", req_id="w31-r1",
         round="data", submitted_at="2025-11-05", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="headline A/B tests")
n.s("Lucas's data round was on the headline test log from last autumn.", "c")
n.s("I gave him the export — headline variant, clicks, time on page, and whether the reader came back within seven days.", "c")
n.s("He began by counting rows per variant and found that variant B had 11% fewer impressions, which he flagged as a possible assignment bug before looking at any result.", "e+", "data_intuition")
n.s("That was the best moment of the hour.", "v+")
n.s("He then computed CTR for each headline and named as winner the one with a 2.1-point lift.", "e0", "metrics")
n.s("When I asked whether the winning headline was the one that oversold the story, he said 'clicks are clicks, readers chose it'.", "e-", "metrics", "user_impact")
n.s("I nudged him toward the seven-day return column and he did compute it, finding that B's readers came back less often, but he still called B the winner.", "e-", "metrics", "learning")
n.blank()
n.s("His pandas was quick and tidy; he wrote a groupby with named aggregations and checked the shape after each merge.", "e+", "coding")
n.s("He asked me who in the newsroom would read the result, which I liked.", "e+", "user_impact", hard="plain_evidence")
n.s("I'd put him at lean hire: the data instincts are real, but 'clicks are clicks' worries me in a newsroom.", "v0", "metrics", hard="mixed")
notes.append(n)

# ---- candidate w31-c03 Priya Raghunathan (she), r2 ----
n = Note(note_id="w31-n009", candidate_id="w31-c03", interviewer_id="w31-i01", req_id="w31-r2",
         round="fundamentals", submitted_at="2026-01-20", recommendation="hire", specificity=5,
         style=["prose", "first_person", "quotes"], topic="automated tagging",
         ratings={"communication": "strong_hire", "learning": "hire"})
n.s("I interviewed Priya for the Newsroom Tools data scientist role, fundamentals round, on automated tagging of articles.", "c")
n.s("I set up the problem as the copy desk sees it: 40 topic tags, an article can carry several, and the 'Indigenous affairs' tag appears on fewer than 1% of stories.", "c")
n.s("She first asked whether the tags came from editors at publish time or were added later, because late tags would make recent articles look under-tagged.", "e+", "data_intuition")
n.s("She proposed one binary classifier per tag with a shared encoder, and explained why a softmax over 40 tags would be wrong when an article can be both 'Politics' and 'Indigenous affairs'.", "e+", "ml_fundamentals")
n.blank()
n.s("On the rare tag she first said she would simply threshold at 0.5.", "e-", "ml_fundamentals")
n.s("I asked her what a copy editor would see if the tag fired on only half the stories it should; she paused and said, 'Then the rare tag is the one we'd miss most, and that's the coverage readers in those communities come to us for.'", "e+", "user_impact")
n.s("She then set per-tag thresholds from the precision the desk could tolerate and suggested the tool show the rare tag as a suggestion rather than an automatic label.", "e+", "learning", "judgment")
n.s("Asked how she'd know it worked, she suggested tracking how often editors accept or remove suggested tags, not only F1 on a frozen test set.", "e+", "metrics")
n.blank()
n.s("Her explanations were as clear as any I've heard this year: she drew the tagging pipeline in four boxes and checked after each one that I was following.", "e+", "communication", hard="verdict_plus_evidence")
n.s("When I asked her to estimate the compute for retagging the 600k-article archive, she guessed 'a few days on one GPU' without working it through.", "e-", "system_thinking")
n.s("She didn't get to leakage across syndicated copies of the same story, which I had hoped she would spot.", "e-", "data_intuition", hard="negated")
n.s("Hire; the way she reshaped the threshold after one question about the copy desk is what this team needs.", "v+", "learning")
notes.append(n)

n = Note(note_id="w31-n010", candidate_id="w31-c03", interviewer_id="w31-i05", req_id="w31-r2",
         round="data", submitted_at="2026-01-21", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "fragments", "arrows", "abbreviations"], topic="comment moderation")
n.b("data, 45m, comment moderation queue export", "c")
n.b("found dup comment ids in ~3% of rows, dropped them before anything else", "e+", "data_intuition")
n.b("split train/test by comment, not by thread", "e-", "data_intuition")
n.b("when I said 'same thread both sides?' -> re-split by thread in 2 min", "e+", "learning", "data_intuition")
n.b("explanations hard to follow, jumped around", "v-", "communication")
n.b("talked 6-7 min straight on the toxicity classifier w/o checking in", "e-", "communication")
n.b("didn't ask who reviews the flagged comments", "e-", "user_impact", hard="negated")
n.b("LNH, comms", "v-", "communication", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n011", candidate_id="w31-c03", interviewer_id="w31-i03", req_id="w31-r2",
         round="behavioural", submitted_at="2026-01-22", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="summarisation")
n.s("Priya was great.", "v+", hard="bare_verdict")
n.s("Very collaborative, great attitude, would be good on the team.", "v+", hard="biased")
n.s("She talked about her summarisation project for editors at her last job and it sounded impressive.", "v+")
n.s("She said she ran the pilot with six editors and changed the summary length after they complained it cut the attribution.", "e+", "user_impact")
n.s("Good communication.", "v+", "communication")
n.s("I'd hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n012", candidate_id="w31-c03", interviewer_id="w31-i04", req_id="w31-r2",
         round="debugging", submitted_at="2026-01-22", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="summarisation")
n.s("Debugging round with Priya: a summarisation pipeline where the editors complain the summaries invent quotes.", "c")
n.s("I have given her the notebook and three bad summaries.", "c", hard="interviewer_action")
n.s("She read the three summaries against the source articles first, before touching the code, and marked that every invented quote was in an article longer than the model's input window.", "e+", "data_intuition", hard="plain_evidence")
n.s("So she found the truncation — the article was cut at 1024 tokens and the model filled the rest, c'est ça.", "e+", "coding")
n.s("For the fix she proposed chunking, and also a check that every quoted string in a summary appears verbatim in the source, blocking the summary if not.", "e+", "risk_awareness", "user_impact")
n.blank()
n.s("I have asked her what to tell the editors in the meantime.", "c")
n.s("She said to switch off the summaries for long-reads until the check is shipped, and to send the desk a short note explaining why.", "e+", "judgment", "communication")
n.s("Her code for the verbatim check missed curly quotes on the first run; she found it herself when her test on a real article failed.", "e0", "coding", hard="mixed")
n.s("Very solide candidate for the newsroom tools.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w31_notes_part1.jsonl", notes)
