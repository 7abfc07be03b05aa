import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w19-n037", candidate_id="w19-c13", interviewer_id="w19-i05", req_id="w19-r1",
         round="system_design", submitted_at="2025-01-14", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations", "arrows"], topic="experiment guardrails")
n.s("SD, 60 min", "c")
n.s("ramp plan for new match ranker", "c")
n.b("Zanele", "c")
n.b("asked who gets hurt if it's wrong -> seekers w/ thin profiles", "e+", "user_impact", hard="question")
n.b("1% -> 5% -> 25% ramp, guardrails on recruiter reply rate + complaints", "e+", "risk_awareness")
n.b("kill switch = flag in config, said rollback < 5 min", "e+", "risk_awareness")
n.b("didn't size anything; no qps, no storage", "e-", "system_thinking", hard="negated")
n.b("me: 1% of traffic = how long to detect -2% replies -> no idea, guessed \"a day\"", "e-", "metrics")
n.b("good instincts, weak numbers", "v0", hard="mixed")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n038", candidate_id="w19-c14", interviewer_id="w19-i06", req_id="w19-r1",
         round="behavioural", submitted_at="2025-01-21", recommendation="hire", specificity=4,
         style=["prose", "headings", "american"], topic="incident ownership",
         ratings={"ownership": "strong_hire", "communication": "lean_hire"})
n.h("Questions asked")
n.s("Tell me about a production incident you caused; tell me about a decision you'd reverse.", "c", hard="question")
n.h("Summary for the committee")
n.s("Mateo described shipping a resume-parser update that dropped the \"skills\" section for PDFs exported from one popular template, so about 8% of new profiles had no skills for four days.", "e+", "ownership")
n.s("He said he found it himself from a dip in the skills-present rate, rolled back that evening, and wrote a backfill job for the affected profiles the next morning.", "e+", "ownership", "risk_awareness")
n.s("He then added a per-template parse-rate check to the release pipeline, so a drop over 2% now blocks the deploy.", "e+", "risk_awareness")
n.s("When I asked whether any seekers were harmed, he said they'd contacted the 40 people who had applied during the gap, which is more than most candidates would think of.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("On the second question his answer wandered; after five minutes I still wasn't sure which decision he'd reverse, and I had to ask again.", "e-", "communication")
n.s("You'll likely hear that he's quiet, and I'd ask you not to read anything into it.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n039", candidate_id="w19-c15", interviewer_id="w19-i07", req_id="w19-r2",
         round="data", submitted_at="2025-01-28", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes", "american"], topic="selection-rate audit")
n.s("I ran the data round with Hannah using the audit extract (applicants, stage reached, self-reported demographics where given).", "c")
n.s("Such a fun conversation.", "v+")
n.s("She started by counting how many applicants had any demographic data and found it was only 38%, and said, \"So every number we compute is about the people who chose to tell us.\"", "e+", "data_intuition")
n.s("I thought that was a wonderful framing.", "v+")
n.s("She computed selection rates for the interview stage and found one group at an impact ratio of 0.76.", "e0", "user_impact")
n.s("Then she said, \"That's under four-fifths, so the model is biased, and we should retrain without the features that correlate with the group.\"", "e-", "judgment")
n.s("I asked whether the gap could come from who applies rather than from the model, and she said she hadn't thought about it and would want to check applicant qualifications by group.", "e+", "learning")
n.s("She's clearly passionate about this work and I think that matters a lot for this team.", "v+", hard="biased")
n.s("She has a ton of experience with SQL.", "v+", "data_intuition", hard="vague_quantity")
n.s("We didn't get to the drift part of the exercise.", "c")
n.s("Hire, I'm excited about her.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n040", candidate_id="w19-c16", interviewer_id="w19-i01", req_id="w19-r1",
         round="behavioural", submitted_at="2025-02-18", recommendation="no_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="team conflict")
n.s("Behavioral, Omar.", "c")
n.s("Not a great vibe from the start, felt a bit arrogant.", "v-", hard="biased")
n.s("I asked about a project that failed.", "c", hard="question")
n.s("He said the search relaunch at his last company failed \"because the data team never delivered clean labels\" and he didn't mention anything he'd have done differently.", "e-", "ownership")
n.s("When I asked what he'd change about his own part, he said \"maybe push harder on the data team.\"", "e-", "ownership")
n.s("Doesn't seem like someone who takes feedback well.", "v-", "learning", hard="hedged")
n.s("Probably not a team player.", "v-", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n041", candidate_id="w19-c17", interviewer_id="w19-i02", req_id="w19-r2",
         round="system_design", submitted_at="2025-02-25", recommendation="hire", specificity=4,
         style=["bullets", "third_person"], topic="bias audit pipeline",
         ratings={"system_thinking": "hire", "risk_awareness": "hire"})
n.s("System design: yearly third-party bias audit of the candidate ranker, plus continuous monitoring between audits.", "c")
n.nl()
n.b("Observed: asked which decisions the audit covers (recommendation shown vs. recruiter shortlisted) before proposing anything.", "e+", "judgment", hard="question")
n.b("Observed: proposed an append-only impression log keyed by model version, so any past ranking can be replayed for the auditor.", "e+", "system_thinking", "risk_awareness")
n.b("Implication: designs for accountability.", "v+", "risk_awareness")
n.b("Observed: set monthly impact-ratio checks per group with an alert at 0.85 and a named owner for each alert.", "e+", "risk_awareness", "ownership")
n.b("Observed: did not address how demographic data would be stored or who can access it.", "e-", "user_impact", hard="negated")
n.b("Implication: privacy is an afterthought.", "v-", "user_impact")
n.b("Observed: when asked who receives the audit report, named legal and the hiring leads, and proposed a one-page summary: impact ratios plus a plain-language paragraph.", "e+", "communication")
n.b("Observed: described how a failed ratio would be detected but not who fixes it or by when.", "e-", "ownership", hard="negated")
n.b("Observed: estimated the impression log at ~2 TB/month from 50M impressions/day and chose 3-year retention to match audit lookback.", "e+", "system_thinking")
n.b("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n042", candidate_id="w19-c18", interviewer_id="w19-i03", req_id="w19-r1",
         round="system_design", submitted_at="2025-03-11", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="matching system")
n.s("Matching system design.", "c")
n.s("Chloe knows the standard two-tower + ranker architecture well.", "v+", "system_thinking", hard="tech_vague")
n.s("Good on scale.", "v+", "system_thinking")
n.s("She asked how often embeddings get refreshed.", "e+", "system_thinking", hard="plain_evidence")
n.s("Weak on metrics.", "v-", "metrics")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n043", candidate_id="w19-c19", interviewer_id="w19-i04", req_id="w19-r1",
         round="fundamentals", submitted_at="2025-03-18", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="ranking models",
         ratings={"ml_fundamentals": "lean_no_hire"})
n.s("I spent most of the hour with Arjun on the fundamentals of the ranking model (losses, overfitting with sparse labels, and what an offline metric can and cannot tell us).", "c")
n.s("He has, by his own account and evidently, used a great many ranking libraries, and he spoke fluently about LambdaMART, listwise losses and NDCG.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("When I asked him to explain why NDCG discounts by the log of the position, however, he said it was \"a convention\" and could not connect it to how attention drops down a page.", "e-", "ml_fundamentals")
n.s("Asked how he would tell whether a gradient-boosted ranker trained on 400 hires was overfitting, he suggested training accuracy (which, I suppose, would at least tell him something) and did not mention a held-out set until I asked about one.", "e-", "ml_fundamentals", hard="negated")
n.s("He was, I should say, pleasant and unflustered throughout, which counts for something.", "v+", hard="biased")
n.s("His understanding seems to me rather more vocabulary than mechanism.", "v-", "ml_fundamentals")
n.s("I would lean against, although I can imagine him doing well in a more implementation-focused role.", "v-", hard="hedged")
notes.append(n)

n = Note(note_id="w19-n044", candidate_id="w19-c20", interviewer_id="w19-i05", req_id="w19-r2",
         round="behavioural", submitted_at="2025-04-08", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations"], topic="responsible AI reviews")
n.s("beh, 30m, Grace", "c")
n.b("q: pushback on a launch you thought was unsafe", "c", hard="question")
n.b("solid story, RAI review at prev co", "v+")
n.b("said she escalated to director when PM skipped the review", "e+", "ownership")
n.b("launch paused 2 wks, she ran the review herself", "e+", "ownership", hard="plain_evidence")
n.b("couldn't say what changed in the model after", "e-", "ownership", hard="negated")
n.b("thoughtful", "v+")
n.b("a bit long-winded", "v-", "communication")
n.b("LH, prob fine", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w19-n045", candidate_id="w19-c21", interviewer_id="w19-i06", req_id="w19-r1",
         round="debugging", submitted_at="2025-04-15", recommendation="no_hire", specificity=5,
         style=["prose", "headings", "american"], topic="training-serving skew",
         ratings={"coding": "no_hire", "communication": "lean_no_hire"})
n.h("Exercise")
n.s("A job-match model scores well offline but serves near-random rankings; the bug is a feature order mismatch between training and serving code.", "c")
n.h("What you should know")
n.s("Ravi spent the first 15 minutes rewriting the training loop to add dropout, saying the model \"must be overfitting\", without looking at a single serving prediction.", "e-", "coding", "judgment")
n.s("When I suggested comparing one example's features in both paths, he printed them but compared only the first three values and said they matched.", "e-", "coding")
n.s("I pointed at the column names; he found the swap but then fixed it by hardcoding the serving order, which would break the next time a feature is added.", "e-", "coding", hard="mixed")
n.s("He did not write a test or a check that would catch a future mismatch.", "e-", "risk_awareness", hard="negated")
n.s("He also didn't tell me what he was trying at several points, and I had to ask \"what are you checking now?\" three times.", "e-", "communication")
n.s("To be fair, his explanation of why overfitting was his first guess was coherent, just wrong here.", "e0", "ml_fundamentals", hard="mixed")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n046", candidate_id="w19-c22", interviewer_id="w19-i07", req_id="w19-r1",
         round="system_design", submitted_at="2025-04-22", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "quotes", "american"], topic="spam job post pipeline")
n.s("Isabela and I did the scam-posting design question and I have to say it was a pleasure from start to finish.", "v+")
n.s("I asked her how she'd keep scam job posts off Hireloop without blocking real small employers.", "c", hard="question")
n.s("She asked how many posts a day we get and what fraction are scams; I said 200k and maybe 1%.", "e+", "judgment", hard="question")
n.s("She said, \"Then precision matters a lot for the small employers, because 1% base rate means most of what we flag could be legit,\" and proposed a review queue for anything between two thresholds.", "e+", "metrics", "user_impact")
n.s("She designed a real-time check at posting time (cheap features, under 50ms) and a slower nightly model over employer behavior, which was exactly the split I'd have drawn.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("I asked how scammers would respond, and she said they'd test the thresholds with throwaway accounts, so she'd rate-limit new accounts and not tell them why a post was rejected.", "e+", "risk_awareness")
n.s("She also asked whether rejected employers can appeal, and sketched a short appeal form that feeds the same review queue.", "e+", "user_impact", hard="question")
n.s("She knows so much about adversarial ML.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("She didn't say how she'd measure the scams we miss, and I forgot to ask, my fault.", "e-", "metrics", hard="negated")
n.s("I'd hire her for any team here.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n047", candidate_id="w19-c23", interviewer_id="w19-i01", req_id="w19-r2",
         round="behavioural", submitted_at="2025-05-20", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="working with recruiters")
n.s("Elijah, behavioral round.", "c")
n.s("He had great presence and really good stories.", "v+", hard="biased")
n.s("I asked how he'd handle a recruiter who says the ranking is \"unfair to veterans.\"", "c", hard="question")
n.s("He said he'd first ask the recruiter for three examples and look at them with her, which I liked.", "e+", "user_impact", "communication")
n.s("Then he said he'd check whether veterans' resumes get parsed differently, since military job titles don't map neatly to civilian ones.", "e+", "data_intuition")
n.s("Strong communicator and seems very customer-focused.", "v+", "communication")
n.s("Would be a great fit with our recruiting partners.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n048", candidate_id="w19-c24", interviewer_id="w19-i02", req_id="w19-r1",
         round="data", submitted_at="2025-06-03", recommendation="lean_hire", specificity=4,
         style=["bullets", "third_person"], topic="recruiter feedback labels",
         ratings={"data_intuition": "hire", "metrics": "lean_no_hire"})
n.s("Data round: thumbs-up/down feedback from recruiters on recommended candidates, 90 days.", "c")
n.nl()
n.b("Observed: found that 5% of recruiters gave 60% of all thumbs-down and asked whether to cap per-recruiter weight.", "e+", "data_intuition")
n.b("Implication: looks at who produced the labels.", "v+", "data_intuition")
n.b("Observed: proposed thumbs-up rate as the success metric for the ranker and did not consider that recruiters only rate what they open.", "e-", "metrics", hard="negated")
n.b("Observed: when I raised that, acknowledged it and suggested shortlist rate instead, without checking if shortlisting has the same bias.", "e0", "metrics", "learning", hard="mixed")
n.b("Observed: spotted a spike of thumbs-down on one day and traced it to a UI bug that made the button default to \"down\".", "e+", "data_intuition")
n.b("Observed: asked how long after a recommendation thumbs are usually given; computed a median of 3 days and dropped the last week from the analysis.", "e+", "data_intuition")
n.b("Implication: good data instincts, weaker on metrics.", "v0", hard="mixed")
n.b("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w19_notes_part4.jsonl", notes)
