import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Amara Okafor (r1) ----
n = Note(note_id="w19-n001", candidate_id="w19-c01", interviewer_id="w19-i03", req_id="w19-r1",
         round="coding", submitted_at="2025-02-11", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="search ranking")
n.s("Coding round, 45 min.", "c")
n.s("Amara did well.", "v+", hard="bare_verdict")
n.s("Strong coder, knows her stuff on search and ranking.", "v+", "coding", hard="tech_vague")
n.s("Good communication throughout.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n002", candidate_id="w19-c01", interviewer_id="w19-i07", req_id="w19-r1",
         round="system_design", submitted_at="2025-02-12", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "quotes", "american"], topic="two-sided matching",
         ratings={"system_thinking": "strong_hire", "metrics": "strong_hire", "risk_awareness": "hire"})
n.s("I asked Amara to design the matching system behind Hireloop's \"Recommended for you\" feed, in both directions (jobs shown to seekers and seekers surfaced to recruiters).", "c", hard="interviewer_action")
n.s("What a session!", "v+")
n.s("Before drawing a single box she asked me, \"Is a match a click, an application, or a hire, given those have wildly different label rates?\"", "e+", "metrics", hard="question")
n.s("When I said we only see about 300 hires a week, she proposed training on applications and using hires only as a validation signal, and said she'd check whether application-to-hire rates differ by job category before trusting that proxy.", "e+", "data_intuition")
n.blank()
n.s("She split the system into retrieval (two-tower embeddings, refreshed nightly) and a ranker, and put a budget of roughly 80ms on the ranker.", "e+", "system_thinking")
n.s("I loved that she raised the two-sided problem on her own: \"If we only optimize seeker clicks, popular jobs get flooded and recruiters stop responding.\"", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("She then suggested capping exposure per posting and tracking recruiter response rate as a guardrail.", "e+", "metrics")
n.blank()
n.s("I pushed on the feedback loop: recruiters mostly click what we already rank highly, so the clicks we train on are shaped by our own past rankings.", "c", hard="interviewer_action")
n.s("She took a second and said, \"Right, so I'd randomize a small slice of positions, maybe 2%, to get cleaner labels, and use propensity weights on the rest.\"", "e+", "data_intuition", "learning")
n.s("Honestly one of the best answers to that question I've heard this year.", "v+")
n.blank()
n.s("Where she was thinner: monitoring.", "v-", "risk_awareness")
n.s("She mentioned dashboards but didn't say what would trigger a rollback until I asked, and then said she'd roll back if applications per session dropped more than 5% for two days running.", "e0", "risk_awareness", hard="mixed")
n.s("She's a delight to talk to and would be a great culture add.", "v+", hard="biased")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n003", candidate_id="w19-c01", interviewer_id="w19-i02", req_id="w19-r1",
         round="data", submitted_at="2025-02-12", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="sparse hire labels",
         ratings={"data_intuition": "hire", "learning": "strong_hire"})
n.s("Data round.", "c")
n.s("Exercise: 5k parsed resumes with extracted skills, joined to an applied/hired outcome table; is this enough to build a hire-prediction model?", "c")
n.nl()
n.b("Observed: first query she ran counted hires per posting; found 71% of postings had zero hires in the window.", "e+", "data_intuition")
n.b("Implication: checks label density before modelling.", "v+", "data_intuition")
n.b("Observed: noticed the parser tagged 'Java' on resumes that only said 'JavaScript', and pulled 20 rows to confirm before saying anything about the skill feature.", "e+", "data_intuition")
n.b("Implication: verifies before asserting.", "v+")
n.b("Observed: did not look at the date columns until prompted, although hires are recorded up to 90 days after application and the latest month is mostly unlabelled.", "e-", "data_intuition", hard="negated")
n.b("Implication: delayed-outcome awareness is not automatic.", "v-", "data_intuition")
n.b("Observed: after the prompt, proposed cutting the training window off 90 days before the snapshot and reporting the censoring rate next to any metric.", "e+", "learning", "data_intuition")
n.b("Implication: adjusts quickly to new information.", "v+", "learning")
n.b("Observed: asked whether 'hired' comes from employer self-report; when told yes, flagged that small employers rarely report and would look like zero-hire postings.", "e+", "data_intuition", hard="question")
n.b("Observed: laid out her plan in three numbered steps and checked I agreed before running anything.", "e+", "communication")
n.b("Recommendation: hire; the one gap (label delay) closed after a single prompt.", "e+", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w19-n004", candidate_id="w19-c01", interviewer_id="w19-i05", req_id="w19-r1",
         round="behavioural", submitted_at="2025-02-13", recommendation="hire", specificity=3,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations", "arrows"], topic="stakeholder conflict")
n.s("behavioural, 30 min", "c")
n.nl()
n.s("q: time you disagreed w/ a PM", "c", hard="question")
n.b("PM wanted to ship ranker w/ +4% apply rate; A held it b/c recruiters in 2 regions saw response rate drop", "e+", "judgment", "metrics")
n.b("ran 2-wk holdout, shipped w/ exposure cap -> drop went away (her account)", "e+", "risk_awareness")
n.b("wrote the postmortem herself", "e+", "ownership", hard="plain_evidence")
n.b("team player", "v+", hard="biased")
n.b("2nd story went long, had to cut her off at 12 min", "e-", "communication", hard="plain_evidence")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Dmitri Volkov (r1) ----
n = Note(note_id="w19-n005", candidate_id="w19-c02", interviewer_id="w19-i02", req_id="w19-r1",
         round="data", submitted_at="2025-03-04", recommendation="no_hire", specificity=5,
         style=["bullets", "third_person"], topic="offline evaluation",
         ratings={"metrics": "no_hire", "data_intuition": "lean_hire"})
n.s("Data round, 50 min.", "c")
n.s("Gave him offline results for a new ranker (NDCG@10 from 0.41 to 0.44 on click labels) and asked whether to launch.", "c", hard="interviewer_action")
n.nl()
n.b("Observed: said \"NDCG is up three points, so we launch\" within the first two minutes.", "e-", "metrics")
n.b("Implication: treats an offline click metric as the outcome.", "v-", "metrics")
n.b("Observed: when I pointed out clicks are collected under the current ranker, he said position bias \"averages out at this scale\".", "e-", "data_intuition")
n.b("Observed: I asked twice how he'd know whether hires went up; he did not propose an online test either time.", "e-", "metrics", hard="negated")
n.b("Implication: no bridge from offline to online.", "v-", "metrics")
n.b("Observed: found that 12% of postings in the eval set were duplicates reposted by the same employer, and removed them.", "e+", "data_intuition")
n.b("Implication: competent at cleaning once the task is concrete.", "v+", "data_intuition")
n.b("Observed: asked nothing about which seekers or employers the model would affect.", "e-", "user_impact", hard="negated")
n.b("Recommendation: no hire; he never engaged with whether the change would get anyone hired.", "e-", "metrics", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w19-n006", candidate_id="w19-c02", interviewer_id="w19-i05", req_id="w19-r1",
         round="system_design", submitted_at="2025-03-05", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations", "arrows"], topic="scam job posts")
n.s("SD: scam job post detection", "c")
n.b("asked label src first (mod queue decisions), good", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("arch ok.", "v0", "system_thinking")
n.s("nightly batch classifier + rules layer", "e0", "system_thinking")
n.b("me: scammers adapt in hours, nightly enough -> \"retrain weekly is fine\"", "e-", "learning", "risk_awareness")
n.b("no rollback, no plan if it starts flagging legit posts", "e-", "risk_awareness", hard="negated")
n.b("offline precision 0.97 = \"basically solved\"", "e-", "metrics")
n.b("same metric red flag as data rd, check w/ i02", "c")
n.b("comms fine", "v0", "communication")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n007", candidate_id="w19-c02", interviewer_id="w19-i07", req_id="w19-r1",
         round="coding", submitted_at="2025-03-05", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes", "american"], topic="resume parsing")
n.s("Coding round with Dmitri; I used our resume-parsing exercise (pull date ranges out of free-text work history and compute total years of experience).", "c")
n.s("He got going fast and I really enjoyed it.", "v+")
n.s("He wrote a regex for \"Jan 2019 - Mar 2021\" style ranges first, then said, \"People also write 2019-21 and Present, let me handle those.\"", "e+", "coding")
n.s("He handled overlapping jobs by merging intervals before summing, which I hadn't even hinted at.", "e+", "coding")
n.s("No tests though; when I asked, he ran two examples by hand and said \"looks right.\"", "e-", "coding", hard="negated")
n.s("I gave him a resume with \"Summer 2018\" in it and the code crashed, and he patched it in about two minutes with a season-to-month map.", "e+", "coding")
n.blank()
n.s("We had time left so I asked about his current job.", "c")
n.s("He told me about a skills-extraction model he shipped: \"We got 12% better offline AUC, so we knew it would pay for itself.\"", "e-", "metrics")
n.s("That's impressive impact for one model!", "v+")
n.s("He also said the parsing team was \"slow\" to fix the bugs he filed and he had to wait on them, which I think is pretty normal frustration.", "e-", "ownership")
n.s("Really sharp guy, super quick.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n008", candidate_id="w19-c02", interviewer_id="w19-i01", req_id="w19-r1",
         round="behavioural", submitted_at="2025-03-06", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="launch retrospective")
n.s("Behavioral with Dmitri, 45 min on video.", "c")
n.s("First impression: confident, very polished, good energy.", "v+", hard="biased")
n.s("I asked about a launch that didn't go as planned.", "c", hard="question")
n.s("He described a search-ranking change that lifted clicks but drew recruiter complaints about irrelevant applicants; he said they \"fixed it in the next sprint\" but couldn't tell me what the fix was.", "e-", "ownership")
n.s("When I asked what he'd do differently, he said \"honestly nothing, the metric was up.\"", "e-", "learning", "metrics")
n.s("I tried again, framing it around the recruiters' experience, and he got short with me: \"That's a product problem, not a modeling one.\"", "e-", "user_impact", "learning")
n.s("I don't think he's a bad engineer.", "v0")
n.s("But I worry about how he'd take feedback from our recruiter partners.", "v-", "learning", hard="hedged")
n.s("Could just be nerves.", "v0", hard="hedged")
n.s("Leaning no hire for now.", "v-", hard="bare_verdict")
notes.append(n)

# ---- c03 Priya Raman (r2) ----
n = Note(note_id="w19-n009", candidate_id="w19-c03", interviewer_id="w19-i04", req_id="w19-r2",
         round="fundamentals", submitted_at="2025-04-02", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="group fairness metrics",
         ratings={"user_impact": "strong_hire", "ml_fundamentals": "lean_hire"})
n.s("I began (after the usual introductions, which ran a little long) by asking Priya how she would assess whether a candidate-ranking model treats applicants from different demographic groups comparably.", "c", hard="interviewer_action")
n.s("She distinguished, without prompting, between parity in exposure (how often a group's profiles reach recruiters at all) and parity in outcomes conditional on qualification, and noted that the two can pull in opposite directions when base rates differ.", "e+", "user_impact", "ml_fundamentals")
n.s("When I asked which she would report under the NYC bias-audit law, she said (correctly, as far as I understand the rule) that the audit asks for selection rates and impact ratios by sex and by race/ethnicity category, and that she would compute those first and the conditional measures second.", "e+", "user_impact")
n.blank()
n.s("Her treatment of calibration was, I would say, somewhat less assured: she described calibration within groups as \"basically the same as equalized odds\", which it is not, and she did not seem to register the impossibility result when I alluded to it.", "e-", "ml_fundamentals", hard="hedged")
n.s("To be fair, once I wrote the two conditions out side by side she saw the conflict fairly quickly and restated it in her own words.", "e+", "learning")
n.s("On sparse labels (we see perhaps a few hundred hires a month in a segment) she proposed pooling across related job families with a hierarchical prior, which seems to me a sensible if not especially novel answer.", "e+", "ml_fundamentals")
n.s("Near the end she asked how Hireloop currently infers race and gender for audit purposes, given that most applicants do not self-report, which is (in my view) exactly the right thing to worry about.", "e+", "data_intuition", "user_impact", hard="verdict_plus_evidence")
n.blank()
n.s("Her explanations were, on the whole, clear, if occasionally a little compressed.", "v+", "communication", hard="hedged")
n.s("On balance, and with the calibration caveat, I would support an offer.", "v+", hard="bare_verdict")
n.s("It may be worth returning to calibration in a later round.", "c")
notes.append(n)

n = Note(note_id="w19-n010", candidate_id="w19-c03", interviewer_id="w19-i06", req_id="w19-r2",
         round="data", submitted_at="2025-04-03", recommendation="strong_hire", specificity=5,
         style=["prose", "american"], topic="recruiter click feedback loops",
         ratings={"data_intuition": "strong_hire", "user_impact": "strong_hire", "judgment": "hire"})
n.s("For the committee: this was the data round, on the recruiter-click log exercise.", "c")
n.s("You should know up front that this is the strongest data round I've run this quarter, and here is why.", "v+", hard="bare_verdict")
n.blank()
n.s("Priya asked how impressions were logged before she looked at a single click, because \"if we only log what was shown, I can't say anything about what wasn't.\"", "e+", "data_intuition")
n.s("She computed click-through by rank position, showed that position 1 got about 9x the clicks of position 10, and said she'd need a position-bias correction before comparing any two groups.", "e+", "data_intuition", "metrics")
n.s("She then split by whether the candidate had a career gap of over a year and found gap candidates were ranked lower on average but clicked at similar rates once shown.", "e+", "user_impact")
n.s("She called that a likely feedback loop (lower rank -> fewer clicks -> lower rank) rather than a difference in candidate quality.", "e+", "data_intuition")
n.blank()
n.s("I challenged her: maybe recruiters genuinely prefer no-gap candidates, and the model is simply right.", "c", hard="interviewer_action")
n.s("She agreed that was possible and proposed a small randomized re-ranking test to separate the two explanations instead of arguing the point.", "e+", "judgment", "learning")
n.s("Where you might have a concern: she spent nearly 20 minutes exploring and we never reached the modeling half of the exercise.", "e-", "judgment")
n.s("I don't think that changes the picture, and I'd ask you to weigh the quality of what she did cover.", "v+")
n.s("Her explanations were structured the whole way through: claim, number, caveat.", "v+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n011", candidate_id="w19-c03", interviewer_id="w19-i05", req_id="w19-r2",
         round="coding", submitted_at="2025-04-03", recommendation="hire", specificity=4,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations"], topic="bias audit computation",
         ratings={"coding": "hire"})
n.s("coding rd - impact ratio fn over applicant table, pandas", "c")
n.b("groupby + selection rate in ~5 min", "e+", "coding")
n.b("group w/ 0 applicants -> returned NaN + warning, no div/0 crash, unprompted", "e+", "coding", hard="plain_evidence")
n.b("3 asserts incl. the 4/5ths threshold edge", "e+", "coding")
n.b("ref group = highest-rate group, said that's what the audit rule uses", "e+", "user_impact")
n.b("asked if output goes to employer or auditor b/c formats differ", "e+", "judgment", hard="question")
n.b("2nd part looped over groups, not vectorized.", "e0", "coding")
n.s("fine at this size", "v0", "coding")
n.b("strong coder", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n012", candidate_id="w19-c03", interviewer_id="w19-i02", req_id="w19-r2",
         round="debugging", submitted_at="2025-04-04", recommendation="lean_hire", specificity=5,
         style=["bullets", "third_person"], topic="recruiter explanations",
         ratings={"coding": "lean_no_hire", "user_impact": "hire"})
n.s("Debugging round.", "c")
n.s("The exercise: a recruiter-facing \"why this candidate\" panel returns the same three reasons for every candidate.", "c")
n.nl()
n.b("Observed: read the attribution code top to bottom for ~8 minutes before running anything.", "e0", "coding")
n.b("Observed: guessed the bug was in the SHAP background sample; added no print or test to check, and it wasn't there.", "e-", "coding")
n.b("Observed: after I suggested printing the attribution matrix, found it was averaged across rows before the top-k and fixed it in one line.", "e0", "coding", "learning", hard="mixed")
n.b("Observed: did not add a regression test after the fix.", "e-", "coding", hard="negated")
n.b("Implication: debugs by inspection, not by experiment; slower than I'd want at this level.", "v-", "coding")
n.b("Observed: asked whether recruiters see these reasons verbatim, and suggested suppressing any reason derived from a proxy for age (graduation year).", "e+", "user_impact")
n.b("Implication: good instinct for recruiter-facing risk.", "v+", "user_impact")
n.b("Recommendation: lean hire; strong on responsible-AI judgment, below bar on hands-on debugging.", "v0", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w19_notes_part1.jsonl", notes)
