import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w1-n049", candidate_id="w1-c19", interviewer_id="w1-i02", req_id="w1-r2",
         round="behavioural", submitted_at="2025-01-21", recommendation="lean_hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="ads budget pacing",
         ratings={"ownership": "lean_hire", "communication": "hire", "learning": "hire"})
n.s("Behavioral, 45 minutes, on ownership, pushback and a project the candidate led end to end.", "c")
n.s("I asked Nadia to walk me through the project she is proudest of.", "c", hard="question")
n.s("She described the ads budget pacing rewrite at her current company: she wrote the design doc, got sign-off from two teams, and shipped it behind a flag over six weeks.", "e+", "ownership")
n.s("She gave numbers without being asked: underdelivery fell from 11% to 4% of campaigns, and she said the remaining 4% were mostly budgets under $10 a day.", "e+", "metrics")
n.s("Asked what went wrong, she said the first rollout double-counted spend for advertisers with several time zones and that she learned of it from a support ticket, not from monitoring.", "e0", "risk_awareness", hard="mixed")
n.s("She then described adding an hourly reconciliation job between the pacer's spend and billing, which she still owns.", "e+", "ownership", "risk_awareness")
n.s("I asked about a time she was wrong; she described pushing a stricter credit-limit rule until her data science partner showed it would decline 3% more small merchants, and said she withdrew it after seeing the segment breakdown.", "e+", "learning", "user_impact")
n.s("On disagreeing with her manager about launch timing, she said she wrote down both options with the risk of each, let him choose, and then committed to his choice.", "e+", "judgment", "communication")
n.s('''When I pressed on whether she agreed with the final call, she said "no, and I said so in the doc," which I found credible.''', "e+", "communication")
n.s("I asked how she would explain pacing to a merchant whose campaign stopped at 2pm.", "c", hard="question")
n.s('''Her answer used no jargon: "we spread your budget across the day; yesterday your ads were popular early, so it ran out early."''', "e+", "communication", "user_impact", hard="plain_evidence")
n.s("She said nothing about mentoring or helping others, and when asked gave a generic answer about code reviews.", "e-", "ownership", hard="negated")
n.s("All her examples came from the same project, so I could not judge range.", "e-")
n.blank()
n.s("She is a strong owner within her lane.", "v+", "ownership")
n.s("What I did not see is the senior part: shaping what the team works on rather than executing it well.", "v-", "ownership", hard="negated")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("I would support a hire at the mid level without hesitation.", "v+")
notes.append(n)

n = Note(note_id="w1-n050", candidate_id="w1-c20", interviewer_id="w1-i01", req_id="w1-r1",
         round="coding", submitted_at="2025-01-28", recommendation="hire",
         specificity=2, style=["prose", "american", "abbreviations"], topic="card testing")
n.s("Coding w/ Ethan, the card-testing problem (flag cards with 5+ small auths in 2 min).", "c")
n.s("He got it working, nice!", "e+", "coding")
n.s("Pretty good coder overall, writes like someone who's been doing this a while.", "v+", "coding")
n.s("Needed a nudge on the window boundary but no big deal.", "e0", "coding", "learning", hard="mixed")
n.s("Great vibes.", "v+", hard="biased")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n051", candidate_id="w1-c21", interviewer_id="w1-i03", req_id="w1-r2",
         round="system_design", submitted_at="2025-02-04", recommendation="lean_hire",
         specificity=1, style=["terse"], topic="credit limits")
n.s("System design, credit limits.", "c")
n.s("Chidi was pretty good.", "v+")
n.s("Smart guy, bit quiet.", "v0", "communication", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n052", candidate_id="w1-c22", interviewer_id="w1-i04", req_id="w1-r1",
         round="behavioural", submitted_at="2025-02-18", recommendation="hire",
         specificity=3, style=["bullets", "headings", "quotes"], topic="fraud scoring")
n.s("Behavioural, 45 min.", "c")
n.nl()
n.h("Strengths:")
n.b("Described owning on-call for the fraud scoring service and writing three postmortems, one for an outage she caused by pushing a config without a canary.", "e+", "ownership", "risk_awareness")
n.b("Very collaborative.", "v+", "communication")
n.b("Great attitude toward feedback.", "v+", "learning")
n.nl()
n.h("Concerns:")
n.b('''Asked how she trades off fraud losses against customer friction, she talked about "balancing" and gave no example.''', "e-", "judgment")
n.b("Seems more junior than her title.", "v-", hard="hedged")
n.b("Not much depth on modeling.", "v-", "ml_fundamentals")
n.nl()
n.h("Recommendation:")
n.b("Hire, probably one level below.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n053", candidate_id="w1-c23", interviewer_id="w1-i05", req_id="w1-r2",
         round="data", submitted_at="2025-03-11", recommendation="lean_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "lowercase"], topic="ad spend anomalies")
n.h("Data - ad spend anomalies")
n.b("q: find bad spend data in 3 mo of ad logs", "c", hard="question")
n.b("found dup events", "e+", "data_intuition")
n.b("decent sql", "v+", "coding")
n.b("missed the tz shift", "e-", "data_intuition", hard="negated")
n.b("ok-ish overall", "v0")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n054", candidate_id="w1-c24", interviewer_id="w1-i06", req_id="w1-r1",
         round="data", submitted_at="2025-03-18", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="account takeover",
         ratings={"data_intuition": "strong_hire", "metrics": "strong_hire", "user_impact": "hire"})
n.s("Data round, 55 minutes: account takeover labels and an evaluation set.", "c")
n.s("The data: 90 days of logins, 3M rows, with ATO labels from customer reports and from the security team's manual investigations.", "c")
n.s("I asked Arjun to build an evaluation set he would trust for a new ATO model.", "c", hard="interviewer_action")
n.s("Before writing code he asked who files the reports and how long after the takeover; I told him the median is 6 days.", "e+", "data_intuition", hard="question")
n.s('''"So anything from the last week is unlabeled, not negative," he said, and dropped the last 10 days from the eval set.''', "e+", "data_intuition")
n.s('''Comparing the two label sources, he found security-team labels skew toward high-balance accounts: "they investigate where the money is."''', "e+", "data_intuition")
n.s('''He proposed reporting recall separately for low-balance accounts, because those victims are under-labeled and "the model will learn to ignore them."''', "e+", "user_impact", "metrics")
n.s("He deduplicated sessions sharing a login ID within 30 seconds and checked row counts before and after.", "e+", "data_intuition", hard="plain_evidence")
n.s("He wrote a small function for the time-based split and tried it on a toy frame with three dates before running it on the real data.", "e+", "coding")
n.s("Asked how he'd pick an operating threshold, he tied it to step-up auth capacity and the cost of a locked-out customer, and wrote both down as assumptions to check.", "e+", "metrics", "judgment")
n.s('''He first used password-reset events as a feature, then caught himself: "that's partly the response to the takeover, it leaks."''', "e+", "data_intuition")
n.s("The one gap: he didn't check whether the login device mix shifted across the 90 days.", "e-", "data_intuition", hard="negated")
n.s("When I mentioned the app redesign in week 8, he added a before/after comparison within a few minutes.", "e+", "learning")
n.s("He asked me twice whether I wanted him to go deeper or move on.", "e+", "communication", hard="plain_evidence")
n.s("Best data round I've run this year.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n055", candidate_id="w1-c25", interviewer_id="w1-i07", req_id="w1-r1",
         round="coding", submitted_at="2025-04-01", recommendation="hire",
         specificity=4, style=["prose", "third_person"], topic="fraud alerts",
         ratings={"coding": "hire"})
n.s("The candidate was asked to implement a function that merges overlapping fraud-alert windows per card and returns the total alerted time.", "c")
n.s("Yuki restated the problem and asked whether windows that share an endpoint overlap, which the interviewer confirmed.", "e+", "coding", hard="question")
n.s("She sorted by start time, merged in a single pass, and stated the complexity as O(n log n).", "e+", "coding")
n.s("Her first version failed on a window nested inside another; she found this herself by tracing the second example.", "e+", "coding", hard="mixed")
n.s("She wrote four tests, including an empty list and a single window.", "e+", "coding")
n.s("Asked how this would run over 50M cards, she suggested grouping by card in a distributed job and noted that cards with thousands of alerts would need special handling for skew.", "e+", "system_thinking")
n.s("The candidate did not ask what the alerted-time total would be used for.", "e-", "judgment", hard="negated")
n.s("The candidate's code was readable and well named.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n056", candidate_id="w1-c26", interviewer_id="w1-i08", req_id="w1-r1",
         round="behavioural", submitted_at="2025-04-08", recommendation="hire",
         specificity=4, style=["prose", "first_person", "typos", "abbreviations"], topic="chargebacks",
         ratings={"ownership": "strong_hire", "user_impact": "hire"})
n.s("Behavioral round with Omar, I used the ownership and conflict questions from the guide plus one about user harm that I added.", "c")
n.s("First I asked him about a project he owned end to end.", "c", hard="question")
n.s("He talked about a chargeback prediction model at his last job, he said he was the only ML person on the team so he did the data pipeline, the model and the deploy, and he also set up a weekly review with the disputes team.", "e+", "ownership")
n.s("He said after launch the disputes team told him the model was flagging too many subscription merchants and he spent a week going through 200 cases by hand with them to figure out why.", "e+", "ownership", "data_intuition")
n.s("Turns out the model had learned that recurring charges look like card testing, he fixed it by adding a merchant type feature and explained it really clearly.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("For conflict he talked about a PM who wanted to auto-decline anything scoring over 0.7.", "e0", "judgment")
n.s("He said he showed the PM that at 0.7 about 1 in 4 declines would be good customers, and they agreed on 0.85 plus manual review between 0.7 and 0.85.", "e+", "judgment", "user_impact")
n.s("For the user harm question I asked what he'd do if he found the fraud model declined more transactions from certain zip codes.", "c", hard="question")
n.s("He said he'd first check if zip was acting as a proxy for something like income or race, and that he'd bring it to legal and the risk lead rather than quietly dropping the feature.", "e+", "user_impact", "ownership")
n.s("I wasnt sure if that was the ideal answer tbh but it seemed thoughtful.", "v+", "user_impact", hard="hedged")
n.s("He was also really easy to talk to, we have similar backgrounds (both grew up in Cairo) so that was fun.", "v+", hard="biased")
n.s("One thing, when I asked about a failure, he picked something pretty small (a missed deadline) and didnt really say what he learned.", "e-", "learning")
n.s("Overall I think he would be a great addition.", "v+")
n.s("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n057", candidate_id="w1-c27", interviewer_id="w1-i02", req_id="w1-r2",
         round="coding", submitted_at="2025-04-22", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person"], topic="spend forecasting",
         ratings={"coding": "lean_no_hire"})
n.s("Coding, 45 minutes: an exponential-smoothing spend forecaster with a cold-start rule for new advertisers.", "c")
n.s("Zofia wrote the smoothing update correctly in about ten minutes.", "e+", "coding")
n.s("She hard-coded the cold-start value to zero, which would give every new advertiser a zero credit line, and did not notice until I asked her to run the second example.", "e-", "coding", "judgment")
n.s("She wrote no tests.", "e-", "coding", hard="negated")
n.s("Code structure was reasonable.", "v+", "coding")
n.s("Not enough rigor for production credit code.", "v-", "coding")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n058", candidate_id="w1-c28", interviewer_id="w1-i04", req_id="w1-r2",
         round="debugging", submitted_at="2025-05-06", recommendation="hire",
         specificity=4, style=["bullets", "headings"], topic="credit limits",
         ratings={"risk_awareness": "hire", "data_intuition": "hire"})
n.s("Debugging, 45 min: a credit-limit model whose approval rate jumped from 41% to 58% after a retrain.", "c")
n.nl()
n.h("Strengths:")
n.b("Asked first what had changed besides the data: code, features, thresholds, upstream sources.", "e+", "coding", hard="question")
n.b("Found that the income field switched from monthly to annual in one upstream table, inflating it 12x for new records.", "e+", "data_intuition")
n.b("Proposed range checks on every numeric feature at ingestion and a hold on auto-deploy when approval rate moves more than 5 points.", "e+", "risk_awareness")
n.b("Explained the bug to me in two sentences as if I were the risk lead.", "e+", "communication", hard="plain_evidence")
n.nl()
n.h("Concerns:")
n.b("Read the training code line by line for 15 minutes before looking at input distributions.", "e-", "coding")
n.b("Didn't ask about the applicants approved under the bad model or what to do about them.", "e-", "user_impact", hard="negated")
n.nl()
n.h("Recommendation:")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n059", candidate_id="w1-c29", interviewer_id="w1-i06", req_id="w1-r2",
         round="behavioural", submitted_at="2025-05-13", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "quotes"], topic="A/B test on risk rules")
n.s("Behavioral, 40 minutes.", "c")
n.s("I asked Thandiwe about a time her analysis changed a decision.", "c", hard="question")
n.s('''She described showing that a credit-limit test "won" only because the treatment group had older accounts, and said "I re-randomized and the effect disappeared."''', "e+", "metrics", "data_intuition")
n.s('''Asked about working with engineers, she said "I write the spec, they write the code," and described no shared ownership of the production model.''', "e-", "ownership")
n.s("She's clearly very smart.", "v+")
n.s("Seems like a great culture add.", "v+", hard="biased")
n.s("Her answers ran long; I had to cut in twice to move on.", "e-", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w1_notes_part5.jsonl", notes)
