import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Jordan Reyes (they, r2) ----
n = Note(note_id="w19-n013", candidate_id="w19-c04", interviewer_id="w19-i01", req_id="w19-r2",
         round="behavioural", submitted_at="2025-05-06", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="cross-functional work")
n.s("Phone screen + behavioral combined, Jordan (they/them).", "c")
n.s("Really warm, easy to talk to, I could see recruiters loving them.", "v+", hard="biased")
n.s("Lots of experience working with legal and policy folks on model reviews.", "v+", hard="vague_quantity")
n.s("They mentioned a fairness review that \"got complicated\" but we didn't get into it.", "v0")
n.s("When I asked why Hireloop, they said they'd read our transparency report and asked who at Hireloop decides when an audit finding blocks a launch.", "e+", "judgment", hard="question")
n.s("Good communicator overall.", "v+", "communication")
n.s("Lean hire, want the panel to dig into depth.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n014", candidate_id="w19-c04", interviewer_id="w19-i06", req_id="w19-r2",
         round="behavioural", submitted_at="2025-05-08", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "american"], topic="ownership of audit findings",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.h("What I asked")
n.s("I asked Jordan to walk me through a project where a fairness problem was found late.", "c", hard="question")
n.s("Then I asked what they personally did about it.", "c", hard="question")
n.h("What you should know")
n.s("They told the story clearly and in order: a resume-screening model at their last company passed women through at 0.72 of the rate for men in one engineering job family.", "e+", "communication")
n.s("When I asked who fixed it, they said \"the modeling team owned that, I flagged it in the review doc.\"", "e-", "ownership")
n.s("I asked what happened after the flag, and they didn't know whether the model was changed or withdrawn.", "e-", "ownership", hard="negated")
n.s("You'll want to weigh that this is the role we're hiring for: the person who follows an audit finding through to a decision.", "c")
n.s("In fairness to them, they did describe writing the impact-ratio query themselves and catching that the job-family grouping hid the gap at the company level.", "e+", "data_intuition")
n.s("Asked about a second example, they described raising a concern about a location feature as a proxy for race and \"leaving it with product.\"", "e-", "ownership")
n.h("My read")
n.s("Capable analyst, passive owner.", "v0", hard="mixed")
n.s("Leaning no hire for this role; I'd feel differently about an analyst req.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n015", candidate_id="w19-c04", interviewer_id="w19-i04", req_id="w19-r2",
         round="data", submitted_at="2025-05-07", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="delayed outcomes, EU AI Act",
         ratings={"data_intuition": "hire", "judgment": "lean_hire"})
n.s("The data exercise (which I have now run perhaps a dozen times) concerns a model that predicts whether an applicant will still be employed six months after hire, used as a training signal for ranking.", "c")
n.s("Jordan noticed almost at once that roughly a third of the rows had outcomes that could not yet have been observed, since the hire date fell within six months of the extract, and asked whether those rows had been coded as \"still employed\" by default (they had).", "e+", "data_intuition")
n.s("They then proposed (and this is, I think, the more interesting part) restricting to matured cohorts for training while tracking a 30-day retention proxy for the recent ones, with the explicit caveat that the proxy might not rank employers the same way.", "e+", "data_intuition", "metrics")
n.s("I raised the question of whether such a system would count as high-risk under the EU AI Act, and they answered (somewhat tentatively, but I believe correctly) that employment and recruitment uses are listed as high-risk, and that they would expect documentation and human-oversight obligations to follow.", "e+", "user_impact", hard="hedged")
n.s("Where I was less persuaded was the choice of what to do with the label itself: they did not, so far as I could tell, consider that early attrition might reflect the employer rather than the candidate, which would make the model penalise applicants for bad workplaces.", "e-", "judgment", hard="hedged")
n.s("When I suggested it, they agreed quickly but did not develop it.", "e0", "learning", hard="mixed")
n.s("I also asked (since this is the part of the role most often neglected) how they would explain a low predicted-retention score to a recruiter.", "c", hard="question")
n.s("They said they would not show the score at all, only the reasons behind it, and would let recruiters flag a reason as wrong.", "e+", "user_impact")
n.s("They further proposed logging each flag so that the modelling team could see which reasons recruiters disputed most often.", "e+", "risk_awareness")
n.s("I would rate this a hire, though not an emphatic one.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n016", candidate_id="w19-c04", interviewer_id="w19-i03", req_id="w19-r2",
         round="system_design", submitted_at="2025-05-09", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="audit pipeline")
n.s("Design of an audit pipeline.", "c")
n.s("Jordan has a good high-level understanding of fairness tooling and the end-to-end lifecycle.", "v+", "system_thinking", hard="tech_vague")
n.s("Seemed a bit junior on scaling.", "v-", "system_thinking", hard="hedged")
n.s("Nice person.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Kenji Watanabe (he, r1) ----
n = Note(note_id="w19-n017", candidate_id="w19-c05", interviewer_id="w19-i07", req_id="w19-r1",
         round="system_design", submitted_at="2025-06-10", recommendation="hire", specificity=4,
         style=["prose", "first_person", "quotes", "american"], topic="job search retrieval",
         ratings={"system_thinking": "strong_hire", "learning": "strong_hire"})
n.s("I asked Kenji to design job search for Hireloop: a seeker types \"remote data analyst\" and we return the 50 best postings in under 200ms.", "c", hard="interviewer_action")
n.s("I had such a good time in this one.", "v+")
n.s("He started by asking, \"How many live postings, and how often do they change?\", and when I said about 4 million with roughly 10% turning over every day, he said a nightly index rebuild wouldn't be enough and proposed incremental updates off the posting event stream.", "e+", "system_thinking", "judgment")
n.s("He drew lexical retrieval (BM25) and an embedding retrieval side by side, merged the candidates, and sent the top 500 to a ranker, and gave rough budgets: 40ms retrieval, 60ms ranking, the rest for network and filters.", "e+", "system_thinking")
n.s("He said, \"Expired postings are the worst thing we can show someone, so the filter goes after ranking too, not just in the index.\"", "e+", "user_impact")
n.blank()
n.s("Here's the part I want the committee to see.", "c")
n.s("His first ranker trained on clicks alone, and I hinted that our scam-post team finds that scam posts get very high click rates.", "c", hard="interviewer_action")
n.s("He stopped, said \"oh, so clicks reward the bait,\" and rebuilt the objective around applications and recruiter replies, with a trust score from the scam classifier as a hard filter.", "e+", "learning", "metrics")
n.s("He also asked what happens if the scam classifier is down, and decided to fail closed for new employer accounts and fail open for verified ones.", "e+", "risk_awareness", "judgment")
n.s("I think he could have talked a bit more about evaluation, he only mentioned NDCG once.", "e-", "metrics", hard="hedged")
n.s("He's such a thoughtful guy and I'd love to work with him.", "v+")
n.s("Hire, close to strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n018", candidate_id="w19-c05", interviewer_id="w19-i02", req_id="w19-r1",
         round="debugging", submitted_at="2025-06-11", recommendation="lean_hire", specificity=5,
         style=["bullets", "third_person"], topic="ranking latency incident",
         ratings={"system_thinking": "lean_no_hire", "coding": "hire"})
n.s("Debugging round: p99 latency of the match service doubled after a feature-store upgrade; logs, traces and code provided.", "c")
n.nl()
n.b("Observed: found within 10 minutes that one feature (\"employer response rate\") was now fetched per candidate inside the ranking loop instead of once per request batch.", "e+", "coding", "system_thinking")
n.b("Implication: reads traces competently.", "v+", "coding")
n.b("Observed: proposed caching the feature in the request process for an hour without asking how fresh it needs to be or how much memory 4M employers would take.", "e-", "system_thinking")
n.b("Observed: when asked about memory, estimated \"a few gigs\" without working it out; actual figure from the sheet was under 100MB.", "e-", "system_thinking")
n.b("Implication: sizing instinct is weak; inconsistent with the design round write-up I've seen.", "v-", "system_thinking")
n.b("Observed: fixed the batching in code, with a unit test asserting one fetch per request.", "e+", "coding")
n.b("Observed: did not propose any alert that would have caught the regression before users did.", "e-", "risk_awareness", hard="negated")
n.b("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n019", candidate_id="w19-c05", interviewer_id="w19-i06", req_id="w19-r1",
         round="coding", submitted_at="2025-06-11", recommendation="hire", specificity=4,
         style=["prose", "american"], topic="deduplicating job posts",
         ratings={"coding": "hire", "communication": "hire"})
n.s("Committee, the coding question was near-duplicate detection for job posts (the same scam post reposted with small edits).", "c")
n.s("Kenji asked what counts as a duplicate before writing code, and we agreed on same employer and over 90% shingle overlap.", "e+", "judgment")
n.s("He wrote a MinHash implementation from scratch, about 40 lines, and tested it on three pairs I gave him plus one he made up where only the salary changed.", "e+", "coding")
n.s("His first version compared every pair, and when I asked about 4 million posts he said that's roughly 8 trillion comparisons and switched to LSH banding.", "e+", "coding", "system_thinking")
n.s("The banding code had a bug in the bucket key (he hashed the band index with the values), which he didn't catch until I asked him to run it on a small case.", "e-", "coding")
n.s("Once he ran it he found and fixed it in a couple of minutes.", "e+", "coding", "learning")
n.s("At the end he asked whether dedup should run before or after the scam classifier, and argued for before, \"so the classifier isn't trained on 40 copies of one scam.\"", "e+", "data_intuition", "system_thinking", hard="question")
n.s("The last five minutes went to his questions about the team.", "c")
n.s("You should also know he narrated his thinking out loud the whole time, which made the session easy to follow.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n020", candidate_id="w19-c05", interviewer_id="w19-i01", req_id="w19-r1",
         round="behavioural", submitted_at="2025-06-12", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="team collaboration")
n.s("Behavioral, 30 min.", "c")
n.s("Kenji is humble and curious, which I love.", "v+", hard="biased")
n.s("He talked about mentoring juniors and owning the search relevance roadmap at his last job.", "v+", "ownership")
n.s("He asked me what a recruiter's day actually looks like and how many candidates they review before lunch.", "e+", "user_impact", hard="plain_evidence")
n.s("Great listener.", "v+", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Lucas Ferreira (he, r1) ----
n = Note(note_id="w19-n021", candidate_id="w19-c06", interviewer_id="w19-i05", req_id="w19-r1",
         round="system_design", submitted_at="2025-07-15", recommendation="no_hire", specificity=3,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations", "arrows"], topic="candidate recommendations for recruiters")
n.s("SD - recommend candidates to recruiters", "c")
n.b("jumped to arch in 1st min, no q's on scale or users", "e-", "judgment", hard="negated")
n.b("feature store + GBDT ranker + nightly batch", "e0", "system_thinking")
n.b("knows his infra", "v+", "system_thinking", hard="tech_vague")
n.b("me: what if new model tanks recruiter replies -> \"we'd see it in the weekly review\"", "e-", "risk_awareness")
n.b("no canary, no rollback", "e-", "risk_awareness", hard="negated")
n.b("me: any group worse off -> \"model doesn't use gender so it's fair\"", "e-", "user_impact")
n.b("didn't budge when pushed on proxies (zip, grad yr)", "e-", "learning", "user_impact", hard="negated")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n022", candidate_id="w19-c06", interviewer_id="w19-i04", req_id="w19-r1",
         round="fundamentals", submitted_at="2025-07-16", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="learning to rank",
         ratings={"ml_fundamentals": "hire", "user_impact": "no_hire"})
n.s("The fundamentals discussion centered, as it usually does for this req, on learning-to-rank objectives and what they assume about the labels.", "c")
n.s("Lucas explained (accurately, and with a small diagram) why a pairwise loss is indifferent to the absolute scores and only cares about order within a query, and why that makes it awkward when one wants calibrated probabilities for a downstream threshold.", "e+", "ml_fundamentals")
n.s("He also derived, with only a little help, the gradient of the LambdaRank weight with respect to a swap at the top of the list, which is more than most candidates manage.", "e+", "ml_fundamentals")
n.s("I then asked (perhaps a little abruptly) what he would do if the model ranked older applicants systematically lower.", "c", hard="question")
n.s("His answer was that age is not a feature and so \"the model can't see it\"; when I mentioned years since graduation, he said that was \"a legitimate signal of experience\" and left it there.", "e-", "user_impact")
n.s("I asked, as a follow-up, how he would know after launch whether the ranker had made things worse for any group, and he said he would \"look at the overall metrics\", which does not answer it.", "e-", "risk_awareness")
n.s("I do not think this was carelessness so much as a genuine view that fairness is outside the modeller's remit, which is, for this team, a rather serious gap.", "v-", "user_impact", hard="hedged")
n.s("He was also somewhat unclear on regularization in the ranker (he conflated early stopping with L2 at one point), though I would not weigh that heavily.", "e-", "ml_fundamentals", hard="hedged")
n.s("Lean no hire, despite the technical strength.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w19-n023", candidate_id="w19-c06", interviewer_id="w19-i06", req_id="w19-r1",
         round="data", submitted_at="2025-07-16", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "american"], topic="A/B test guardrails",
         ratings={"data_intuition": "hire", "risk_awareness": "no_hire", "user_impact": "lean_no_hire"})
n.h("Setup")
n.s("I gave Lucas the results table of a two-week A/B test of a new ranker: applications per seeker +3.1%, recruiter reply rate -4%, with per-segment breakdowns.", "c")
n.h("What happened")
n.s("He checked the sample ratio first and found the treatment arm had 2% more users than expected, and asked whether bots were filtered the same way in both arms.", "e+", "data_intuition")
n.s("He recommended shipping on the applications lift and called the reply-rate drop \"noise\", even though its interval excluded zero in the table.", "e-", "metrics")
n.s("I asked what he'd watch after launch; he named applications and latency and nothing on the recruiter side.", "e-", "risk_awareness")
n.s("I pointed him at the segment tab, where seekers over 50 saw a 9% drop in recruiter replies; he said the segment was \"too small to matter\".", "e-", "user_impact")
n.h("For the committee")
n.s("You'll see the same pattern in the other notes, I expect: careful with data hygiene, dismissive about harm and about what happens after launch.", "v-", "risk_awareness")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n024", candidate_id="w19-c06", interviewer_id="w19-i07", req_id="w19-r1",
         round="behavioural", submitted_at="2025-07-17", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "quotes", "american"], topic="ownership and conflict")
n.s("I did the behavioral round with Lucas and asked him about a time he owned something end to end.", "c", hard="question")
n.s("He lit up here!", "v+")
n.s("He told me he rebuilt his team's training pipeline over a quarter on his own initiative, \"because nobody else would touch it,\" and cut retraining time from two days to five hours.", "e+", "ownership")
n.s("He said he wrote the runbook and ran the first three retrains himself before handing it to on-call.", "e+", "ownership")
n.s("I asked about a disagreement, and he talked about pushing back on a PM who wanted a diversity boost in the ranker; in his words, \"I told her that's not our job, the model should be neutral.\"", "e-", "user_impact")
n.s("I think he has strong convictions and that's a good thing on a team.", "v+")
n.s("When I asked what he'd learned from it, he said \"to get the decision in writing earlier,\" which is a fair lesson.", "e+", "learning")
n.s("He's a super genuine person.", "v+", hard="biased")
n.s("Lean hire; I'd want to hear from the Responsible AI folks on the diversity piece.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w19_notes_part2.jsonl", notes)
