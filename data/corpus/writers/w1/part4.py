import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c09 Mei-Ling Chen (she), w1-r2 ----
n = Note(note_id="w1-n037", candidate_id="w1-c09", interviewer_id="w1-i08", req_id="w1-r2",
         round="fundamentals", submitted_at="2025-10-07", recommendation="hire",
         specificity=4, style=["prose", "first_person", "typos"], topic="credit risk",
         ratings={"ml_fundamentals": "strong_hire", "communication": "lean_hire"})
n.s("Fundamentals round with Mei-Ling, I used the new question set on probability of default models and calibration.", "c")
n.s("I started by asking her the difference between a model that ranks well and one thats calibrated.", "c", hard="question")
n.s("She gave a really clear answer, she said ranking is about ordering applicants and calibration is whether a predicted 5% default rate actually defaults 5% of the time, and that for credit limits you need the second one because the expected loss math uses the probability directly.", "e+", "ml_fundamentals", "metrics", hard="verdict_plus_evidence")
n.s("Then I asked how she'd check calibration and she drew a reliability plot with ten bins and said she'd look at it per segment too, not just overall.", "e+", "ml_fundamentals")
n.s("On class imbalance she said she usually doesnt resample for credit models because it messes up the probabilities, she'd rather keep the natural rate and maybe weight.", "e+", "ml_fundamentals")
n.s("At one point I got muddled on my own regularization question and she gently corrected me which was nice lol.", "e+", "communication", hard="plain_evidence")
n.s("She didnt know what a WoE transform was, but she guessed its some kind of binned encoding, which is basically right.", "e0", "ml_fundamentals", hard="mixed")
n.s("I felt like she really knew her stuff, probably the strongest fundamentals I've seen.", "v+", "ml_fundamentals")
n.s("The only thing is she talked fast and I had to ask her to slow down a couple times.", "e-", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n038", candidate_id="w1-c09", interviewer_id="w1-i06", req_id="w1-r2",
         round="data", submitted_at="2025-10-08", recommendation="hire",
         specificity=4, style=["prose", "first_person", "quotes"], topic="advertiser credit",
         ratings={"data_intuition": "hire", "judgment": "hire"})
n.s("Data round, 50 min, ads spend and advertiser credit.", "c")
n.s("Dataset: six months of advertiser spend with invoice payment outcomes; the question was whether spend volatility predicts non-payment.", "c")
n.s('''Mei-Ling began by asking how non-payment was defined, and pushed back on "30 days late" as a label: "a lot of these are just slow AP departments."''', "e+", "data_intuition")
n.s("She built the volatility feature from weekly spend and checked that it didn't include the final invoice month.", "e+", "data_intuition")
n.s("She fit a logistic model and reported the coefficient with a confidence interval rather than just its sign.", "e+", "ml_fundamentals")
n.s('''When I asked if volatility causes non-payment, she said "no, it's a symptom, probably cash-flow trouble" and suggested using it only as a monitoring signal.''', "e+", "judgment")
n.s("I challenged her weekly windows; she defended them with reasons (daily too noisy, monthly too few points) and then ran the monthly version anyway to show me.", "e+", "learning", "communication")
n.s("She didn't look at whether small advertisers were disproportionately flagged.", "e-", "user_impact", hard="negated")
n.s("Her notebook was messy, with cells run out of order.", "e-", "coding", hard="plain_evidence")
n.s("Good instincts.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n039", candidate_id="w1-c09", interviewer_id="w1-i03", req_id="w1-r2",
         round="behavioural", submitted_at="2025-10-08", recommendation="strong_hire",
         specificity=1, style=["terse", "fragments"], topic="credit risk")
n.s("Behavioral, 30 min.", "c")
n.s("Mei-Ling: smart, confident, great presence.", "v+", hard="biased")
n.s("Exactly what we need on the team.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n040", candidate_id="w1-c09", interviewer_id="w1-i05", req_id="w1-r2",
         round="system_design", submitted_at="2025-10-09", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse", "arrows", "abbreviations", "quotes"], topic="spend forecasting",
         ratings={"learning": "no_hire", "system_thinking": "hire"})
n.h("SD - spend forecast for advertiser credit lines")
n.b("q: forecast next-30d spend per advertiser to set the credit line", "c", hard="question")
n.b("jumped to LSTM per advertiser, no baseline", "e-", "judgment", hard="negated")
n.b("I asked re advertisers w/ <2 wks history -> 'the model will handle it'", "e-", "data_intuition")
n.b("pushed on it 2x -> same answer, got short w/ me", "e-", "learning")
n.b("serving ok: nightly batch -> KV store -> billing reads", "e+", "system_thinking")
n.b("no monitoring, no fallback when forecast missing", "e-", "risk_awareness", hard="negated")
n.b("defensive", "v-", "learning")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---- c10 Rafael Costa (he), w1-r2 ----
n = Note(note_id="w1-n041", candidate_id="w1-c10", interviewer_id="w1-i08", req_id="w1-r2",
         round="system_design", submitted_at="2025-11-04", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "typos"], topic="credit limit increases",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire"})
n.s("System design round with Rafael, question was the proactive credit limit increase program for existing cardholders.", "c")
n.s("He drew a decent high level pipeline, monthly batch over all accounts, model scores, then a policy layer that turns scores into increases.", "e+", "system_thinking")
n.s("When I asked how he would know the new model was better than the old one he said the offline AUC was higher so it would be better, and we could just switch over.", "e-", "metrics", "risk_awareness")
n.s("I asked what if the increases caused more defaults later and he said the model already accounts for that.", "e-", "risk_awareness")
n.s("He didnt mention a holdout group or any gradual rollout, even when I hinted by asking how the old program was launched.", "e-", "risk_awareness", hard="negated")
n.s("I think he also said something about using income as a feature but wasnt sure where it would come from.", "e-", "data_intuition", hard="hedged")
n.s("He seemed really confident which I liked at first but then it felt like he wasnt listening to my questions.", "v-", "communication", hard="mixed")
n.s("Not sure he's ready for an ML role on credit, there's a lot of risk in this domain.", "v-", hard="hedged")
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n042", candidate_id="w1-c10", interviewer_id="w1-i04", req_id="w1-r2",
         round="data", submitted_at="2025-11-05", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "headings", "quotes"], topic="A/B test on risk rules",
         ratings={"metrics": "no_hire", "coding": "hire"})
n.s("Data round: readout of an A/B test where a new risk rule cut credit limits for high-utilization users.", "c")
n.nl()
n.h("Strengths:")
n.b("Quick with the mechanics: computed the treatment effect on 60-day loss in a few lines of SQL.", "e+", "coding")
n.b("Communicated results clearly.", "v+", "communication")
n.nl()
n.h("Concerns:")
n.b("Called the rule a win from a 5% loss reduction without asking about the interval; the CI I then showed him included zero.", "e-", "metrics")
n.b('''Said "the offline backtest already proved it" when I asked why he trusted the result.''', "e-", "metrics")
n.b('''Didn't consider the customers whose limits were cut; when asked, said complaints "aren't our metric."''', "e-", "user_impact")
n.b("No rollback criteria offered.", "e-", "risk_awareness", hard="negated")
n.b("Strong on mechanics, weak on interpretation.", "v0", "metrics", hard="mixed")
n.nl()
n.h("Recommendation:")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n043", candidate_id="w1-c10", interviewer_id="w1-i01", req_id="w1-r2",
         round="behavioural", submitted_at="2025-11-05", recommendation="hire",
         specificity=2, style=["prose", "american"], topic="credit risk")
n.s("Behavioral with Rafael, 40 min.", "c")
n.s("Rafael has such a great story, came up through ops and taught himself ML.", "v+", hard="biased")
n.s("He told me about building a loss dashboard that his old ops team still uses.", "e+", "ownership")
n.s("Really driven and passionate.", "v+", "ownership")
n.s("Very likable guy, would be great at happy hours lol.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n044", candidate_id="w1-c10", interviewer_id="w1-i03", req_id="w1-r2",
         round="fundamentals", submitted_at="2025-11-06", recommendation="hire",
         specificity=1, style=["terse"], topic="credit risk")
n.s("Fundamentals.", "c")
n.s("Rafael knows his stuff.", "v+", "ml_fundamentals")
n.s("Strong on metrics and evaluation.", "v+", "metrics", hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w1-n045", candidate_id="w1-c15", interviewer_id="w1-i02", req_id="w1-r1",
         round="debugging", submitted_at="2024-10-22", recommendation="lean_hire",
         specificity=4, style=["prose", "first_person"], topic="account takeover",
         ratings={"coding": "hire", "risk_awareness": "lean_hire"})
n.s("Debugging, 50 minutes.", "c")
n.s("The exercise: online ATO scores are systematically lower than offline scores for the same logins.", "c")
n.s("Olusegun asked for a sample of logins carrying both scores before forming any theory.", "e+", "data_intuition", hard="question")
n.s("He plotted online against offline score and saw the gap was concentrated in mobile-app logins.", "e+", "data_intuition")
n.s("In about 20 minutes he found that the app-version feature was null online for one platform, the serialization bug I had planted.", "e+", "coding")
n.s("His fix defaulted the null to the most common version, which would hide the next occurrence; when I asked about that he changed it to fail loudly and emit a metric.", "e0", "risk_awareness", "learning", hard="mixed")
n.s("He did not check whether other features had the same null pattern.", "e-", "coding", hard="negated")
n.s("Asked how this reached production, he suggested a daily training/serving skew check on feature distributions and offered to own it.", "e+", "ownership", "risk_awareness")
n.s("Competent, somewhat narrow.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n046", candidate_id="w1-c16", interviewer_id="w1-i07", req_id="w1-r2",
         round="system_design", submitted_at="2024-11-05", recommendation="hire",
         specificity=5, style=["prose", "third_person"], topic="credit exposure",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire", "user_impact": "hire"})
n.s("The candidate was asked to design exposure monitoring for advertiser credit lines, where advertisers spend on credit and are invoiced monthly.", "c")
n.s("The interviewer stated that total exposure is about $40M across 12k advertisers.", "c")
n.s("Hana asked how often spend data arrives and whether ad servers can be told to stop serving in real time.", "e+", "system_thinking", hard="question")
n.s("She proposed a streaming spend aggregate per advertiser with a soft alert at 80% of the credit line and a hard stop at 100%, enforced through the existing pacing service.", "e+", "system_thinking", "risk_awareness")
n.s("She estimated roughly 5k spend events per second and sized a single partitioned stream for it.", "e+", "system_thinking")
n.s("When the interviewer asked what happens if the stream lags by an hour, she computed the maximum extra exposure from the top 100 advertisers' hourly spend and proposed a per-advertiser buffer for them.", "e+", "risk_awareness")
n.s("She raised unprompted that a hard stop mid-campaign hurts small businesses, and suggested notifying them at 80% with a one-click payment link.", "e+", "user_impact")
n.s("Asked how to tell whether credit lines are set well, she proposed tracking the share of advertisers hitting the hard stop alongside 60-day loss.", "e+", "metrics")
n.s("She initially let ad servers read limits straight from the credit database; after the interviewer asked about load, she introduced a cached copy refreshed every minute.", "e0", "system_thinking", "learning", hard="mixed")
n.s("She did not say who would be paged if the hard stop failed.", "e-", "ownership", hard="negated")
n.s("The candidate's explanations were clear and well paced.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n047", candidate_id="w1-c17", interviewer_id="w1-i05", req_id="w1-r1",
         round="coding", submitted_at="2024-11-12", recommendation="lean_no_hire",
         specificity=1, style=["bullets", "terse", "abbreviations", "lowercase"], topic="fraud")
n.h("Coding")
n.b("meh", "v0")
n.b("slow", "v-")
n.b("prob ok w/ more time", "v0", hard="hedged")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n048", candidate_id="w1-c18", interviewer_id="w1-i01", req_id="w1-r1",
         round="system_design", submitted_at="2024-12-17", recommendation="strong_hire",
         specificity=1, style=["prose", "american"], topic="fraud")
n.s("Grace is a rockstar.", "v+")
n.s("Knows everything about fraud systems, streaming, feature stores, you name it.", "v+", "system_thinking", hard="tech_vague")
n.s("10/10 communicator.", "v+", "communication", hard="vague_quantity")
n.s("Strong hire, let's close her fast!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w1_notes_part4.jsonl", notes)
