import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w40-c01 Amara Okafor (she), r1, strong ----
n = Note(note_id="w40-n001", candidate_id="w40-c01", interviewer_id="w40-i03", req_id="w40-r1",
         round="system_design", submitted_at="2025-10-06", recommendation="strong_hire",
         specificity=1, style=["prose", "third_person", "terse"], topic="wash trading")
n.s("Amara was great.", "v+", hard="bare_verdict")
n.s("Really knows surveillance and wash trading inside out.", "v+", hard="tech_vague")
n.s("Solid on ML, clearly senior.", "v+", "ml_fundamentals")
n.s("Communicated well throughout.", "v+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n002", candidate_id="w40-c01", interviewer_id="w40-i01", req_id="w40-r1",
         round="system_design", submitted_at="2025-10-07", recommendation="strong_hire",
         specificity=5, style=["prose", "third_person", "fragments"], topic="spoofing",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire", "data_intuition": "hire"})
n.s("System design, 60 min.", "c")
n.s("Task was spoofing detection on order book for top 20 pairs, alert within one minute.", "c")
n.nl()
n.s("Candidate first asked what investigators do with alert and how many they can review per day.", "e+", "judgment", "user_impact", hard="question")
n.s("She got answer ~200 per day and said this sets alert budget, not threshold picked from ROC curve.", "e+", "metrics")
n.s("Proposed features: order lifetime, cancel ratio near touch, size relative to book depth, repeated place-cancel cycles per account.", "e+", "data_intuition")
n.s("Split pipeline in two parts: streaming aggregates keyed by account, and scoring service reading from them, sized for ~5k order events per second per pair.", "e+", "system_thinking")
n.nl()
n.s("I asked what happens on volatility day when cancel ratios jump for everybody.", "c", hard="interviewer_action")
n.s("She said fixed threshold will flood queue, proposed to normalize by market-wide cancel rate in same minute and cap alerts per hour, ordered by notional.", "e+", "risk_awareness", "judgment")
n.s("Also mentioned kill switch to fall back to old rule alerts if score distribution drifts.", "e+", "risk_awareness")
n.nl()
n.s("On labels less sure: said investigator dispositions are labels but did not raise that closed-without-action cases are not confirmed negatives until I asked.", "e-", "data_intuition", hard="negated")
n.s("After question she agreed and suggested to treat them as unlabeled and send sample for second review.", "e+", "learning")
n.nl()
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n003", candidate_id="w40-c01", interviewer_id="w40-i05", req_id="w40-r1",
         round="behavioural", submitted_at="2025-10-07", recommendation="hire",
         specificity=4, style=["headings", "prose", "first_person", "american"], topic="account freezes",
         ratings={"ownership": "strong_hire", "communication": "lean_hire"})
n.h("Q1 Situation")
n.s("I asked Amara to describe a time a model she owned caused harm to customers.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("She described a withdrawal-hold model at her last company that started freezing about 3% of new accounts in the Philippines after a KYC vendor change.", "e0", "user_impact")
n.s("She said she noticed it from a spike in appeal tickets, pulled the per-country hold rates herself and paged the vendor integration owner that evening.", "e+", "ownership")
n.s("She then shipped a temporary rule to release holds under $200 while the fix went in, because most of those users were trying to move rent money.", "e+", "judgment", "user_impact")
n.h("Impact")
n.s("By her account appeals went back to baseline within a week, and she wrote the postmortem that added per-country hold-rate monitoring.", "e+", "ownership", "risk_awareness")
n.s("When I asked what she would do differently, she said vendor changes should have gone out behind a canary instead of being found by support.", "e+", "risk_awareness")
n.h("Q2 Situation")
n.s("Second question was about a disagreement with a compliance stakeholder.", "c")
n.h("Behavior")
n.s("She did not give a specific example even when I asked for one, and talked about \"always looping in legal early\" instead.", "e-", "communication", hard="negated")
n.h("Impact")
n.s("I can't assess conflict handling from this answer; worth covering in the hiring manager chat.", "c")
n.s("Overall hire, with the first story doing most of the work.", "v+")
notes.append(n)

n = Note(note_id="w40-n004", candidate_id="w40-c01", interviewer_id="w40-i06", req_id="w40-r1",
         round="fundamentals", submitted_at="2025-10-08", recommendation="hire",
         specificity=4, style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="wash trading",
         ratings={"ml_fundamentals": "hire", "metrics": "strong_hire"})
n.b("fundamentals; 45m; wash trade clf", "c")
n.b("q: how to eval a wash-trade classifier w/ ~0.1% positives", "c", hard="question")
n.b("went straight to PR curve + precision@k at investigator capacity; said ROC AUC flatters at this base rate", "e+", "metrics")
n.b("explained class weights vs downsampling; noted downsampling shifts probs, needs correction before thresholding", "e+", "ml_fundamentals")
n.b("self-trades across linked accts -> proposed graph feats (shared deposit addr, same device, funding chains); good", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("no temporal split at first; leak risk since same rings recur", "e-", "data_intuition", hard="negated")
n.b("once flagged -> split by time and by wallet cluster, brought up group k-fold herself", "e+", "learning")
n.b("bit slow on bias/var q; got there", "e0", "ml_fundamentals", hard="mixed")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---- candidate w40-c02 Luis Ferreira (he), r1: offline metric as truth, defensive ----
n = Note(note_id="w40-n005", candidate_id="w40-c02", interviewer_id="w40-i02", req_id="w40-r1",
         round="system_design", submitted_at="2025-11-03", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "lowercase", "abbreviations", "arrows", "first_person"], topic="wash trading")
n.b("sys design w/ luis, wash trading detection for the spot desk", "c")
n.b("he kicked off w/ a clean sketch: trades topic -> feature job -> gbdt scorer -> alert queue", "e+", "system_thinking")
n.b("asked how he'd know it works and he said \"offline AUC was 0.97 on last quarter's labels so we're good\"", "e-", "metrics")
n.b("i poked at it: the labels only cover accounts someone already flagged", "c", hard="interviewer_action")
n.b("he said more data would fix that and moved on", "e-", "data_intuition", "learning")
n.b("zero talk of what happens when wash traders just split across more wallets, which is literally the whole game here", "e-", "risk_awareness", hard="negated")
n.b("latency was fine tho, put the scorer off the hot path and estimated ~40ms p99 for the feature lookup", "e+", "system_thinking")
n.b("kinda degen energy honestly", "v-", hard="biased")
n.b("LNH, ngmi on surveillance unless the metric blind spot gets fixed", "v-", "metrics")
notes.append(n)

n = Note(note_id="w40-n006", candidate_id="w40-c02", interviewer_id="w40-i04", req_id="w40-r1",
         round="fundamentals", submitted_at="2025-11-04", recommendation="no_hire",
         specificity=5, style=["headings", "bullets", "third_person", "american"], topic="wash trading",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "no_hire", "learning": "no_hire"})
n.s("Interview: ML fundamentals, 45 minutes.", "c")
n.nl()
n.h("Findings")
n.b("The candidate defined precision and recall correctly and computed both from the confusion matrix provided (0.62 and 0.41).", "e+", "ml_fundamentals", marker="1. ")
n.b("Asked which to prioritize for a wash-trading alert, he chose recall \"because regulators want everything caught\" and did not mention the review capacity of the investigation team.", "e-", "metrics", marker="2. ")
n.b("I then stated that the team can review 150 alerts per day.", "c", hard="interviewer_action", marker="3. ")
n.b("He did not revise his choice and repeated that recall is \"the only number compliance looks at.\"", "e-", "learning", hard="negated", marker="4. ")
n.b("Asked how he would validate a model trained on investigator labels, he proposed a random 80/20 split of the labeled alerts.", "e-", "data_intuition", marker="5. ")
n.b("When I noted that the same accounts would appear on both sides of the split, he said the leakage \"averages out at scale.\"", "e-", "data_intuition", "learning", marker="6. ")
n.b("He explained L1 versus L2 regularization accurately, including why L1 yields sparse weights.", "e+", "ml_fundamentals", marker="7. ")
n.b("He described a 4-point offline AUC gain in a previous role as proof the model \"cut fraud by 30%\", with no online measurement to support it.", "e-", "metrics", marker="8. ")
n.h("Summary")
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
n.s("Findings 4 and 6 indicate defensiveness under correction, which is a material risk in a surveillance role.", "v-", "learning")
notes.append(n)

n = Note(note_id="w40-n007", candidate_id="w40-c02", interviewer_id="w40-i03", req_id="w40-r1",
         round="coding", submitted_at="2025-11-04", recommendation="hire",
         specificity=2, style=["prose", "third_person"], topic="wash trading")
n.s("Luis did well on the coding question.", "v+", "coding")
n.s("He wrote a function to flag round-trip trades between two accounts.", "e0", "coding", hard="plain_evidence")
n.s("Code was clean and he seemed very comfortable in Python.", "v+", "coding")
n.s("Good thinker, knows the data.", "v+", "data_intuition")
n.s("Some back and forth on edge cases but nothing major.", "v0", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n008", candidate_id="w40-c02", interviewer_id="w40-i06", req_id="w40-r1",
         round="data", submitted_at="2025-11-05", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="wash trading")
n.b("data round; 50m; 2 wks of trades, 3 pairs, investigator labels", "c")
n.b("q: find likely wash trades + say what's wrong w/ the labels", "c", hard="question")
n.b("pandas; grouped by (buyer, seller), flagged pairs w/ net position ~0 over 1h; ran it, 312 pairs", "e+", "coding")
n.b("didn't dedupe fills from same order; counts inflated ~3x", "e-", "data_intuition", hard="negated")
n.b("once i showed the dup order ids -> fixed in 2 min, reran", "e+", "learning", "coding")
n.b("on labels: \"labels are ground truth, investigators are experts\"", "e-", "data_intuition", hard="plain_evidence")
n.b("pushed; conceded unlabeled != negative but wanted to keep training on them as 0s b/c \"more rows\"", "e-", "data_intuition", "learning", hard="mixed")
n.b("plots fine; explained them clearly", "v+", "communication")
n.b("LNH; same metric/label blind spot others saw", "v-", "metrics")
notes.append(n)

# ---- candidate w40-c03 Kai Nakamura (they), r2: adapts after hints, contradiction on data intuition ----
n = Note(note_id="w40-n009", candidate_id="w40-c03", interviewer_id="w40-i01", req_id="w40-r2",
         round="data", submitted_at="2025-12-01", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "fragments"], topic="identity verification",
         ratings={"data_intuition": "lean_no_hire", "user_impact": "hire"})
n.s("Data round, KYC rejection dataset, 40 min.", "c")
n.nl()
n.s("Kai opened notebook and first plotted rejection rate by document type and country.", "e+", "data_intuition", hard="plain_evidence")
n.s("Did not check that \"rejected\" also includes users who abandoned flow, known trap in this dataset.", "e-", "data_intuition", hard="negated")
n.s("I gave hint: look at time between upload and decision.", "c", hard="interviewer_action")
n.s("After hint found rows with decision in zero seconds, said these are session timeouts not real rejections, and removed them.", "e+", "learning", "data_intuition")
n.s("Then recomputed false rejection estimate, it dropped from 18% to 11%.", "e+", "data_intuition")
n.nl()
n.s("Kai asked by themself which users are rejected more, found older passport format from two countries fails OCR at double rate.", "e+", "user_impact")
n.s("Proposed to route these to manual review instead of auto reject.", "e+", "user_impact", "judgment")
n.s("Code slow, many loops over dataframe, but correct.", "e0", "coding", hard="mixed")
n.nl()
n.s("Data intuition not strong at start, better with hint.", "v0", "data_intuition")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n010", candidate_id="w40-c03", interviewer_id="w40-i05", req_id="w40-r2",
         round="system_design", submitted_at="2025-12-02", recommendation="hire",
         specificity=5, style=["headings", "prose", "first_person", "american"], topic="identity verification",
         ratings={"data_intuition": "strong_hire", "system_thinking": "hire", "user_impact": "lean_hire"})
n.h("Situation")
n.s("I asked Kai to design the scoring system that decides whether a new account's identity check passes, goes to manual review, or fails.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("Before drawing anything they asked how big the manual review queue is and how long legitimate users wait, and I said about 9,000 cases and 3 days.", "e+", "judgment", "user_impact", hard="question")
n.s("They proposed two thresholds instead of one, with the middle band going to human review, and sized the band so the queue stays under 5,000 a day.", "e+", "judgment", "system_thinking")
n.s("They pointed out that labels only exist for reviewed cases, so auto-approved accounts are never labeled, and suggested a small random audit of auto-approvals to estimate the miss rate.", "e+", "data_intuition")
n.s("When I added that fraud rings rotate document templates every few weeks, they suggested tracking the share of each template version and retraining when a new one passes 2% of traffic.", "e+", "risk_awareness")
n.s("They did not say how an appeal from a wrongly failed user would make its way back into the labels.", "e-", "user_impact", hard="negated")
n.h("Impact")
n.s("By their own estimate the middle band takes the review queue from 9,000 to about 4,500 cases a day.", "e+", "system_thinking")
n.s("Data intuition was the standout: the audit-sample idea came without any prompting.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n011", candidate_id="w40-c03", interviewer_id="w40-i02", req_id="w40-r2",
         round="fundamentals", submitted_at="2025-12-02", recommendation="hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations", "arrows"], topic="document fraud")
n.b("fundamentals w/ kai, kyc doc fraud model", "c")
n.b("they know their stuff on gradient boosting, pretty based", "v+", "ml_fundamentals", hard="tech_vague")
n.b("asked why the scores were all bunched near 0 and they said imbalance + no calibration, suggested isotonic on a holdout", "e+", "ml_fundamentals")
n.b("first pass on the reviewed_by column: said it was a fine feature", "e-", "data_intuition")
n.b("i hinted reviewed_by only exists after a review -> they got it right away and dropped it", "e+", "learning", hard="verdict_plus_evidence")
n.b("vibes were good, super chill", "v+", hard="biased")
n.b("brought up fairness a bunch, which tbh matters in kyc", "v+", "user_impact", hard="vague_quantity")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n012", candidate_id="w40-c03", interviewer_id="w40-i04", req_id="w40-r2",
         round="behavioural", submitted_at="2025-12-03", recommendation="lean_hire",
         specificity=4, style=["headings", "bullets", "third_person", "american"], topic="account closures",
         ratings={"ownership": "lean_no_hire", "user_impact": "hire"})
n.s("Behavioral interview, 45 minutes.", "c")
n.nl()
n.h("Findings")
n.b("Asked about a time they disagreed with a decision, Kai described objecting to auto-closing stale KYC cases at a fintech because it closed accounts of users who never saw the reminder email.", "e+", "user_impact", marker="1. ")
n.b("They stated that they raised it in a team meeting, and when the manager declined, they dropped it and the change shipped.", "e-", "ownership", marker="2. ")
n.b("Asked what they would do today, they said they would estimate the number of wrongly closed accounts and take it to the compliance owner in writing.", "e+", "ownership", marker="3. ")
n.b("The candidate could not name which rules govern retention of identity documents.", "e-", hard="negated", marker="4. ")
n.b("Answers were well structured and easy to follow.", "v+", "communication", marker="5. ")
n.h("Assessment")
n.s("Lean hire; ownership remains the open question.", "v0", "ownership")
notes.append(n)

save_notes("data/corpus/raw/w40_notes_part1.jsonl", notes)
