import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w1-n071", candidate_id="w1-c41", interviewer_id="w1-i01", req_id="w1-r2",
         round="system_design", submitted_at="2025-09-23", recommendation="strong_hire",
         specificity=2, style=["prose", "american", "abbreviations"], topic="spend caps")
n.s("System design w/ Noah: real-time spend caps for advertisers on credit.", "c")
n.s("He was really impressive, super strong systems thinker.", "v+", "system_thinking")
n.s("He sketched a streaming setup with Kafka and Flink and seemed totally at home.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("He also wanted to cache limits close to the ad servers.", "e+", "system_thinking")
n.s("I don't think he ever said how big the stream would be, but honestly it didn't matter, the design was clean.", "e-", "system_thinking", hard="hedged")
n.s("Great communicator and I think he'd level up the team.", "v+", "communication")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n072", candidate_id="w1-c42", interviewer_id="w1-i02", req_id="w1-r1",
         round="system_design", submitted_at="2025-10-14", recommendation="hire",
         specificity=5, style=["prose", "first_person", "quotes"], topic="chargeback payout holds",
         ratings={"risk_awareness": "strong_hire", "user_impact": "hire", "system_thinking": "hire",
                  "data_intuition": "lean_hire"})
n.s("System design, 60 minutes.", "c")
n.s("Problem: a chargeback-risk hold on payouts for marketplace sellers, where we delay a seller's payout if we expect disputes on their recent sales.", "c")
n.s("I told Adaeze that holds are unpopular with sellers and that the previous rules-based version had been rolled back after complaints.", "c", hard="interviewer_action")
n.s('''She opened by asking what the complaints were about; when I said mostly holds with no explanation and no end date, she made "every hold has a reason and an expiry" a requirement before drawing anything.''', "e+", "user_impact")
n.s("She asked for volumes and got 200k active sellers, 1.5M sales a day, and a dispute window of up to 120 days.", "e+", "system_thinking", hard="question")
n.s("From those she argued that daily batch scoring per seller was enough, with an event-triggered rescore when a seller's hourly sales jump more than 3x.", "e+", "system_thinking")
n.s("She estimated a few hundred rescore triggers a day and said one worker could handle them.", "e+", "system_thinking")
n.s("For labels she proposed disputes within 120 days of sale and noted that the full window makes the newest training data four months old.", "e+", "data_intuition")
n.s("She suggested a faster 30-day dispute label for monitoring, and said she would check how well it tracks the full label before relying on it.", "e+", "metrics", "data_intuition")
n.s("Hold size was proportional to expected dispute loss rather than a flat percentage, capped at 50% of the payout so sellers keep some cash flow.", "e+", "user_impact", "judgment")
n.blank()
n.s("For launch she proposed a month in shadow, comparing the model's holds with the old rules on the same sellers, then enabling it for 10% of new sellers first.", "e+", "risk_awareness")
n.s("She named two rollback triggers: support contacts per hold above the old system's rate, and dispute losses on released payouts above a fixed budget.", "e+", "risk_awareness", "metrics")
n.s("When I challenged the 10% ramp as too slow, she kept it but offered to widen faster if the first two weeks met both triggers, which is the right shape of answer.", "e+", "judgment", "learning", hard="verdict_plus_evidence")
n.s("She missed that sellers can open new accounts to escape a hold; when I raised it she added device and bank-account linkage features but did not estimate how often it happens.", "e0", "data_intuition", "learning", hard="mixed")
n.s("Her features leaned heavily on seller category, and she did not check whether that would concentrate holds on small sellers in particular categories until I asked.", "e-", "user_impact", hard="negated")
n.s("Once asked, she proposed a monthly report of hold rate by seller size and category for the policy team.", "e+", "user_impact")
n.s("She did not discuss how a seller could appeal a hold, which matters given the complaint history.", "e-", "user_impact", hard="negated")
n.s("At the end she summarized the design in four bullet points on the board without my asking.", "e+", "communication", hard="plain_evidence")
n.blank()
n.s("This is the most complete launch plan I have seen in this loop.", "v+", "risk_awareness")
n.s("The gaps on adversarial sellers and appeals are real but coachable.", "v0", "user_impact", "data_intuition", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n073", candidate_id="w1-c43", interviewer_id="w1-i03", req_id="w1-r1",
         round="behavioural", submitted_at="2025-10-21", recommendation="hire",
         specificity=1, style=["terse"], topic="fraud")
n.s("Behavioral.", "c")
n.s("Rohan is a rock solid engineer.", "v+")
n.s("Would trust him with anything.", "v+", "ownership")
n.s("Good culture fit.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n074", candidate_id="w1-c44", interviewer_id="w1-i04", req_id="w1-r2",
         round="fundamentals", submitted_at="2025-11-11", recommendation="lean_hire",
         specificity=2, style=["bullets", "headings"], topic="credit risk")
n.s("Fundamentals, 45 min, credit risk.", "c")
n.nl()
n.h("Strengths:")
n.b("Strong theoretical background.", "v+", "ml_fundamentals", hard="tech_vague")
n.b("Knows survival models and calibration well.", "v+", "ml_fundamentals", hard="tech_vague")
n.nl()
n.h("Concerns:")
n.b("Couldn't connect model metrics to loss or approval rate when I asked.", "e-", "metrics", hard="negated")
n.b("A bit academic.", "v-")
n.nl()
n.h("Recommendation:")
n.b("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n075", candidate_id="w1-c45", interviewer_id="w1-i05", req_id="w1-r1",
         round="fundamentals", submitted_at="2025-11-18", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse", "arrows", "quotes", "qa"], topic="fraud modeling")
n.h("Fundamentals - fraud")
n.b("q1: why does AUC look great on fraud but ops hates the model?", "c", hard="question")
n.b("-> 'AUC is the gold standard', didn't get the base rate issue", "e-", "metrics")
n.b("hint re 0.1% base rate -> precision math right after", "e0", "learning", "metrics", hard="mixed")
n.b("q2: overfitting in GBDT", "c", hard="question")
n.b("listed depth, lr, n_trees, min child weight -> fine", "e+", "ml_fundamentals")
n.b("q3: what if fraud pattern shifts", "c", hard="question")
n.b("'retrain monthly' and nothing on monitoring", "e-", "risk_awareness", hard="negated")
n.b("textbook-ish, not much prod sense", "v-")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n076", candidate_id="w1-c46", interviewer_id="w1-i06", req_id="w1-r2",
         round="debugging", submitted_at="2025-12-02", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "quotes"], topic="credit lines")
n.s("Debugging, 45 minutes: a credit-line model whose online approval rate differs from its offline replay by 6 points.", "c")
n.s('''Morgan's first question was "is the online population the same as the replay population?"''', "e+", "data_intuition", hard="question")
n.s("They found that the replay excluded applicants who abandoned the form, which shifted the mix.", "e+", "data_intuition")
n.s("They then spent a long time trying to correct it by reweighting instead of asking whether the replay should include abandoned applications at all.", "e-", "judgment")
n.s('''When I suggested that, they said "oh, that's simpler" and rebuilt the replay in about ten minutes.''', "e+", "learning")
n.s("They never mentioned what the 6-point gap might have meant for real applicants who were approved or declined.", "e-", "user_impact", hard="negated")
n.s("Decent.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n077", candidate_id="w1-c47", interviewer_id="w1-i07", req_id="w1-r1",
         round="data", submitted_at="2025-12-09", recommendation="lean_no_hire",
         specificity=2, style=["prose", "third_person"], topic="chargebacks")
n.s("The candidate was given the chargebacks dataset and 50 minutes.", "c")
n.s("The candidate struggled to make progress.", "v-")
n.s("Valentina did not check for duplicates or missing values before modeling.", "e-", "data_intuition", hard="negated")
n.s("The candidate's communication was unclear at times.", "v-", "communication")
n.s("She has limited experience with large datasets.", "v-", hard="vague_quantity")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n078", candidate_id="w1-c48", interviewer_id="w1-i08", req_id="w1-r2",
         round="behavioural", submitted_at="2026-01-13", recommendation="lean_no_hire",
         specificity=2, style=["prose", "first_person", "typos"], topic="credit scoring")
n.s("Behavioral with Pavel, standard ownership and conflict questions.", "c")
n.s("Honestly I came away not sure, he was kind of hard to read.", "v-", "communication", hard="hedged")
n.s("When I asked about a project that failed he said he couldnt think of one.", "e-", "learning")
n.s("He said he doesnt really like working with product managers because they dont understand models.", "e-", "communication")
n.s("Seemed technically strong from what he said about his credit scoring work.", "v+", hard="hedged")
n.s("Maybe too introverted for this team?", "v-", hard="biased")
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n079", candidate_id="w1-c49", interviewer_id="w1-i01", req_id="w1-r2",
         round="coding", submitted_at="2026-01-20", recommendation="hire",
         specificity=1, style=["prose", "american"], topic="ads budget pacing")
n.s("Lin crushed the coding round.", "v+", "coding")
n.s("Super clean, super fast.", "v+", "coding")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w1-n080", candidate_id="w1-c50", interviewer_id="w1-i03", req_id="w1-r2",
         round="coding", submitted_at="2026-02-03", recommendation="lean_hire",
         specificity=2, style=["terse"], topic="ads budget pacing")
n.s("Coding, pacing problem.", "c")
n.s("Emeka got to a working solution near the end.", "e0", "coding")
n.s("Decent coder.", "v+", "coding")
n.s("Needs to talk more while coding.", "v-", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w1_notes_part7.jsonl", notes)
