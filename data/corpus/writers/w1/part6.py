import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w1-n060", candidate_id="w1-c30", interviewer_id="w1-i01", req_id="w1-r2",
         round="data", submitted_at="2025-05-20", recommendation="strong_hire",
         specificity=3, style=["prose", "american"], topic="advertiser credit")
n.s("Data round with Kai on the ad spend / credit dataset.", "c")
n.s("They were super quick to find the duplicated invoices, like five minutes in.", "e+", "data_intuition")
n.s("Kai asked whether late payments clustered in particular industries and then split default rate by vertical, which showed restaurants way above everyone else.", "e+", "data_intuition", hard="question")
n.s("I asked if we should just cut restaurant credit lines and they said not without checking whether it was a pandemic-era artifact, then filtered to the last 12 months.", "e+", "judgment")
n.s("Honestly a joy to interview.", "v+")
n.s("Brilliant with data.", "v+", "data_intuition")
n.s("Strong hire for sure.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n061", candidate_id="w1-c31", interviewer_id="w1-i02", req_id="w1-r1",
         round="data", submitted_at="2025-06-10", recommendation="lean_hire",
         specificity=4, style=["prose", "first_person", "quotes"], topic="card fraud",
         ratings={"data_intuition": "hire", "ml_fundamentals": "lean_no_hire"})
n.s("Data, 50 minutes: train/test design for a card fraud model on 12 months of transactions.", "c")
n.s("I asked Ingrid how she would split the data.", "c", hard="question")
n.s("She proposed a time-based split with the last two months as test and a one-month gap before it for chargebacks to mature.", "e+", "data_intuition")
n.s("She counted how many cards appear in both train and test and argued that card overlap was acceptable because in production the model scores cards that already have history.", "e+", "data_intuition", "judgment")
n.s("Asked which features might leak, she flagged 'days since last chargeback' as computed with future data in the snapshot I gave her.", "e+", "data_intuition")
n.s("She did not look at class balance by month and missed that the fraud rate doubled in December.", "e-", "data_intuition", hard="negated")
n.s("When I pointed to December, she kept it in training so the model sees seasonal fraud, and added a note to evaluate it separately.", "e+", "learning", "judgment")
n.s("Asked why her boosted model ranked merchant ID as the top feature, she said it was memorizing high-risk merchants and proposed smoothed target encoding instead of raw IDs.", "e+", "ml_fundamentals")
n.s('''She could not say how she would set the smoothing strength beyond "try a few values."''', "e-", "ml_fundamentals", hard="negated")
n.s("Reasonable data instincts, thin on modeling depth.", "v0", "data_intuition", "ml_fundamentals", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n062", candidate_id="w1-c32", interviewer_id="w1-i03", req_id="w1-r1",
         round="data", submitted_at="2025-06-17", recommendation="lean_no_hire",
         specificity=2, style=["terse", "prose"], topic="chargebacks")
n.s("Data round.", "c")
n.s("Mateo struggled a bit.", "v-")
n.s("Didn't catch the leakage in the refund column even after I asked about it.", "e-", "data_intuition", hard="negated")
n.s("Nice guy though.", "v+", hard="biased")
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n063", candidate_id="w1-c33", interviewer_id="w1-i05", req_id="w1-r2",
         round="debugging", submitted_at="2025-06-24", recommendation="hire",
         specificity=3, style=["bullets", "terse", "arrows", "abbreviations"], topic="credit limits")
n.h("Debug - CLI model score drift")
n.b("setup: scores drifting up ~2pts/wk since Jan", "c")
n.b("checked feature means by week 1st -> utilization shifted", "e+", "data_intuition")
n.b("found upstream switched balance from current bal to statement bal", "e+", "data_intuition")
n.b("didn't look at the label side at all", "e-", "data_intuition", hard="negated")
n.b("fix = remap + backfill, sensible", "e+", "judgment", hard="verdict_plus_evidence")
n.b("asked who else reads that table -> wants to tell them", "e+", "ownership", hard="question")
n.b("slow start", "v-")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n064", candidate_id="w1-c34", interviewer_id="w1-i07", req_id="w1-r2",
         round="behavioural", submitted_at="2025-07-01", recommendation="lean_hire",
         specificity=1, style=["prose", "third_person"], topic="credit risk")
n.s("The candidate was interviewed for 40 minutes on behavioral questions.", "c")
n.s("The candidate presented well.", "v+", "communication")
n.s("He appears to be a strong team player.", "v+", hard="hedged")
n.s("The candidate has a lot of experience in credit risk.", "v+", hard="vague_quantity")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n065", candidate_id="w1-c35", interviewer_id="w1-i08", req_id="w1-r2",
         round="coding", submitted_at="2025-07-15", recommendation="hire",
         specificity=3, style=["prose", "first_person", "typos"], topic="ads budget pacing",
         ratings={"coding": "hire"})
n.s("Coding round with Amara, I gave her the budget pacing problem (spend so the daily budget lasts all day, given hourly traffic forecasts).", "c")
n.s("She asked whether the traffic forecast can be wrong and by how much, which I hadnt thought about, I said +/- 20%.", "e+", "risk_awareness", hard="question")
n.s("She wrote a version that splits budget proportional to forecast traffic per hour, then a second one that re-plans every hour from actual spend, which was nice.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Her code had one bug where the last hour got a negative budget, she found it when I asked her to walk through the 11pm case.", "e0", "coding", hard="mixed")
n.s("She didnt write tests, she said she would in real life.", "e-", "coding", hard="negated")
n.s("She explained her thinking well the whole time.", "v+", "communication")
n.s("She seemed to know alot about ads systems.", "v+", hard="hedged")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n066", candidate_id="w1-c36", interviewer_id="w1-i04", req_id="w1-r1",
         round="coding", submitted_at="2025-07-22", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "headings", "quotes"], topic="decline bursts",
         ratings={"coding": "lean_no_hire"})
n.s("Coding, 45 min: detect bursts of declined transactions per merchant from a stream.", "c")
n.nl()
n.h("Strengths:")
n.b("Good Python fluency.", "v+", "coding", hard="tech_vague")
n.b("Asked clarifying questions about the input format.", "e+", "coding", hard="question")
n.nl()
n.h("Concerns:")
n.b('''Kept every event in memory with no eviction; asked about a full day of traffic, said memory "shouldn't be an issue" without estimating it.''', "e-", "system_thinking", "coding")
n.b("Passed my first example but failed the second because the window was inclusive on both ends; Quinn needed two hints to find it.", "e-", "coding")
n.b("Didn't test anything before saying they were done.", "e-", "coding", hard="negated")
n.b("Communication was okay, a bit scattered.", "v0", "communication", hard="mixed")
n.nl()
n.h("Recommendation:")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n067", candidate_id="w1-c37", interviewer_id="w1-i06", req_id="w1-r1",
         round="fundamentals", submitted_at="2025-08-05", recommendation="hire",
         specificity=2, style=["prose", "quotes"], topic="fraud modeling")
n.s("Fundamentals, 45 minutes, fraud modeling.", "c")
n.s('''Hyun-woo said "precision-recall is what matters when fraud is this rare," which is the right instinct.''', "e+", "metrics", hard="verdict_plus_evidence")
n.s("He has a really deep understanding of gradient boosting and neural nets.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Strong theory, probably the strongest I've interviewed.", "v+", "ml_fundamentals")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n068", candidate_id="w1-c38", interviewer_id="w1-i07", req_id="w1-r1",
         round="fundamentals", submitted_at="2025-08-19", recommendation="lean_hire",
         specificity=3, style=["prose", "third_person"], topic="fraud modeling")
n.s("The candidate was given 45 minutes of fundamentals questions on fraud modeling.", "c")
n.s("The interviewer asked why a fraud model trained last year might perform worse today.", "c", hard="question")
n.s("Elena named adaptation by fraudsters and gave the example of card testers moving to smaller amounts after a threshold rule.", "e+", "ml_fundamentals", "data_intuition")
n.s("She explained that tree ensembles cannot extrapolate beyond the training range and connected this to new high-value merchant categories.", "e+", "ml_fundamentals")
n.s("Asked to compare focal loss with class weighting, she described focal loss incorrectly as a sampling method.", "e-", "ml_fundamentals")
n.s("When the interviewer corrected this, she asked how the focusing parameter is usually tuned.", "e+", "learning", hard="question")
n.s("The candidate seemed to lack confidence.", "v-", hard="biased")
n.s("Solid fundamentals overall.", "v+", "ml_fundamentals")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n069", candidate_id="w1-c39", interviewer_id="w1-i08", req_id="w1-r1",
         round="system_design", submitted_at="2025-09-09", recommendation="hire",
         specificity=1, style=["prose", "first_person", "typos"], topic="fraud")
n.s("System design round with Jamal.", "c")
n.s("I thought it went really well, he knew alot about real-time systems and kafka and all that.", "v+", "system_thinking", hard="tech_vague")
n.s("Very articulate.", "v+", "communication")
n.s("I think he'd do great here.", "v+", hard="hedged")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n070", candidate_id="w1-c40", interviewer_id="w1-i05", req_id="w1-r1",
         round="behavioural", submitted_at="2025-09-16", recommendation="lean_no_hire",
         specificity=2, style=["bullets", "terse", "arrows", "quotes"], topic="fraud")
n.h("Behav")
n.b("ownership story thin -> 'we' everywhere", "e-", "ownership")
n.b("conflict q -> blamed the PM", "e-", "ownership")
n.b("no failure story when asked", "e-", "learning", hard="negated")
n.b("nice tho", "v+", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w1_notes_part6.jsonl", notes)
