import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Ingrid Solheim (she), r1 ----
n = Note(note_id="w24-n001", candidate_id="w24-c01", interviewer_id="w24-i05", req_id="w24-r1",
         round="system_design", submitted_at="2025-05-13", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="alert pipeline",
         ratings={"system_thinking": "strong_hire", "data_intuition": "hire"})
n.s("Ingrid — system design, 60 min, Tuesday afternoon.", "c")
n.s("I started by asking her to design the scoring side of our transaction monitoring, from payment event to an alert in the investigators' queue.", "c", hard="interviewer_action")
n.s("Before drawing anything she asked how many alerts the investigation team can actually close in a day, and I told her roughly 400.", "e+", "judgment", hard="question")
n.s("She then worked backwards from that: with about 2 million transactions a day, she said the threshold has to be set so the queue stays near 400, not wherever the F1 peaks.", "e+", "metrics")
n.s("Next she split the design into a streaming rules layer for sanctions hits and a nightly batch model for behavioural patterns, and explained that sanctions hits cannot wait for a batch.", "e+", "system_thinking")
n.blank()
n.s("Lovely moment around the 30 minute mark: I mentioned we had launched instant account-to-account payments last spring, and she immediately asked whether the model had ever seen that payment type in training.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She proposed monitoring the share of alerts coming from the new product per week and a simple population stability check on amounts.", "e+", "risk_awareness")
n.s("When I asked what she would do if the model started freezing salary accounts by mistake, she said the model should only ever raise alerts, that any freeze must go through a human investigator, and that the customer needs a way to reach someone the same day.", "e+", "user_impact")
n.blank()
n.s("I did push her on labels, and here she was a bit thinner: she treated SAR filings as positives but did not mention that alerts closed without action are not true negatives until I prompted.", "e-", "data_intuition", hard="negated")
n.s("Once prompted she took it well and suggested treating them as unlabelled rather than negative.", "e+", "learning")
n.s("She explained all of this clearly, drawing as she went.", "v+", "communication")
n.s("Really enjoyed this one!", "v+")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n002", candidate_id="w24-c01", interviewer_id="w24-i02", req_id="w24-r1",
         round="fundamentals", submitted_at="2025-05-13", recommendation="hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="rare positives",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"})
n.s("Candidate: Ingrid S | Req w24-r1 | Round: fundamentals (ML) | 45 min", "c")
n.nl()
n.s("Scope: class imbalance at <0.1% positive rate, evaluation under rare positives, calibration.", "c")
n.nl()
n.h("Findings")
n.b("[Low] Asked to define precision at k for an alert queue, she wrote it correctly but first used the whole-population denominator; corrected herself before I intervened.", "e0", "metrics", hard="mixed", marker="1. ")
n.b("[Info] Stated that ROC AUC is misleading at a 1-in-2,000 base rate because the false positive rate is divided by an enormous number of negatives, and proposed precision-recall curves instead.", "e+", "ml_fundamentals", marker="2. ")
n.b("[Info] Explained that for a queue ranked by score calibration matters little, but it matters once scores are shown to investigators as probabilities.", "e+", "ml_fundamentals", marker="3. ")
n.b("[Medium] Proposed random undersampling of negatives at 1:10 for training; did not mention that this shifts the predicted probabilities until asked.", "e-", "ml_fundamentals", hard="negated", marker="4. ")
n.b("[Info] When asked, gave the prior-correction formula from memory and applied it to my worked example.", "e+", "ml_fundamentals", marker="5. ")
n.b("[Low] Chose a time-based split without being asked, citing that laundering typologies change from quarter to quarter.", "e+", "data_intuition", marker="6. ")
n.nl()
n.s("No findings of severity High.", "v+")
n.nl()
n.s("Outcome: hire, on the strength of findings 2, 3 and 6.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n003", candidate_id="w24-c01", interviewer_id="w24-i04", req_id="w24-r1",
         round="data", submitted_at="2025-05-14", recommendation="hire",
         specificity=4, style=["prose", "first_person", "typos", "british"], topic="investigator labels",
         ratings={"data_intuition": "hire"})
n.s("Data round, Ingrid Solheim, 50 minutes", "c")
n.nl()
n.s("I gave her a extract of 10 000 alerts with investigator outcome and asked what she sees.", "c", hard="interviewer_action")
n.s("First she looked at the outcome column and asked what means 'closed - no further action', is that a checked negative or only not looked at.", "e+", "data_intuition", hard="question")
n.s("She found that 40 % of the alerts from one branch had same investigator and almost all closed in under 2 minutes.", "e+", "data_intuition")
n.s("Her conclusion: these labels we cannot trust as negatives, she would exclude or down-weight them.", "e+", "data_intuition")
n.s("Good.", "v+", hard="bare_verdict")
n.nl()
n.s("On the duplicates she was slower, I had to point that one customer appears with two customer numbers after the merger of systems in 2019.", "e-", "data_intuition")
n.s("After that she wrote a SQL to group on personal number and date of birth, correct on first try.", "e+", "coding")
n.s("She did not ask about the time of the label, when the SAR is filed compared to the alert.", "e-", "data_intuition", hard="negated")
n.s("Explains in a calm way, easy to follow.", "v+", "communication")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n004", candidate_id="w24-c01", interviewer_id="w24-i03", req_id="w24-r1",
         round="behavioural", submitted_at="2025-05-14", recommendation="strong_hire",
         specificity=1, style=["terse", "fragments"], topic="behavioural")
n.s("Really impressive candidate.", "v+")
n.s("Great energy, would be a brilliant addition to the team.", "v+", hard="biased")
n.s("Clearly knows AML inside out.", "v+")
n.s("Strong ownership from everything she told me.", "v+", "ownership")
n.s("Communication excellent.", "v+", "communication")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Tomasz Wojcik (he), r2 ----
n = Note(note_id="w24-n005", candidate_id="w24-c02", interviewer_id="w24-i02", req_id="w24-r2",
         round="fundamentals", submitted_at="2025-05-20", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="sanctions screening validation",
         ratings={"metrics": "no_hire", "ml_fundamentals": "lean_hire"})
n.s("Candidate: Tomasz W | Req w24-r2 | Round: fundamentals / validation case | 50 min", "c")
n.nl()
n.s("Exercise: review a 6-page development report for a sanctions name-matching model and list findings as a validator would.", "c")
n.nl()
n.h("Findings")
n.b("[High] Accepted the developer's claim that the new matcher 'reduces false positives by 35%' without asking on what sample; the figure came from a back-test on 2023 hits only.", "e-", "metrics", hard="negated", marker="1. ")
n.b("[High] When I pointed out that the back-test excluded transliterated Cyrillic and Arabic names, he said the overall number 'should still hold' and moved on.", "e-", "metrics", "learning", marker="2. ")
n.b("[Medium] Did not check whether recall on confirmed sanctions hits was reported at all; it was not.", "e-", "risk_awareness", hard="negated", marker="3. ")
n.b("[Medium] On pushback about finding 2 he said validators 'cannot re-do the developer's work' — a fair boundary in general, but here it meant no independent test was proposed.", "e-", "judgment", hard="mixed", marker="4. ")
n.b("[Low] Proposed a sensible report structure: scope, data, conceptual soundness, outcomes analysis, limitations.", "e+", "communication", marker="5. ")
n.b("[Info] Identified the Jaro-Winkler cut-off as the main tuning lever and asked how it had been chosen.", "e+", "ml_fundamentals", marker="6. ")
n.nl()
n.s("Two High findings on the core skill of the role.", "v-", "metrics")
n.nl()
n.s("Outcome: no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n006", candidate_id="w24-c02", interviewer_id="w24-i06", req_id="w24-r2",
         round="data", submitted_at="2025-05-20", recommendation="lean_no_hire",
         specificity=4, style=["terse", "abbreviations", "bullets", "arrows", "lowercase"], topic="drift",
         ratings={"metrics": "no_hire", "coding": "hire"})
n.s("Wójcik; data rnd; 45m", "c")
n.nl()
n.s("q: monthly drift report for AML model after launch of card-to-crypto payments", "c", hard="question")
n.b("asked for the feature list first; good", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("PSI on amount + merchant category; picked 0.25 as alarm w/o saying why", "e-", "judgment")
n.b("said AUC on last month's labels 0.91 so 'no drift problem'; labels lag ~60d -> that AUC covers old txns only", "e-", "metrics")
n.b("I flagged the lag; he said AUC is still 'the gold standard' for validation", "e-", "learning", "metrics")
n.b("PSI code in pandas fine; quantile bins from ref period, correct", "e+", "coding")
n.b("no mention of crypto txns being a new segment w/ zero history", "e-", "data_intuition", hard="negated")
n.nl()
n.s("LNH; judgement on metrics is the gap", "v-", "metrics", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n007", candidate_id="w24-c02", interviewer_id="w24-i01", req_id="w24-r2",
         round="behavioural", submitted_at="2025-05-21", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="escalation")
n.s("Interview conducted on 21 May 2025; behavioural round; forty-five minutes.", "c")
n.s("I asked the candidate to describe a situation in which he had disagreed with a business owner about a model.", "c", hard="interviewer_action")
n.s("He described a previous engagement in which he had signed off a credit scoring model despite concerns raised by the collections team, on the basis that the test results were within tolerance.", "e-", "judgment")
n.s("When asked what became of the collections team's concerns, he stated that he did not know, as the model had passed to another team.", "e-", "ownership")
n.blank()
n.s("He was courteous and composed throughout.", "v+", hard="biased")
n.s("I am not persuaded that he would escalate a concern of his own accord.", "v-", "ownership")
n.s("He did, however, ask a thoughtful question at the end regarding how the bank records investigators' overrides of model outcomes.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("On balance, I would lean against.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n008", candidate_id="w24-c02", interviewer_id="w24-i05", req_id="w24-r2",
         round="coding", submitted_at="2025-05-21", recommendation="hire",
         specificity=4, style=["prose", "first_person", "quotes", "british"], topic="name matching",
         ratings={"coding": "hire"})
n.s("Coding session with Tomasz, 60 minutes, shared editor.", "c")
n.s("We started with a warm-up: normalise a list of customer names (strip accents, collapse whitespace, upper-case).", "c")
n.s("He used unicodedata.normalize with NFKD, dropped the combining marks, and tested it on 'Wójcik' and 'Øyvind' himself.", "e+", "coding")
n.s("Nice touch — he noticed that Ø does not decompose under NFKD and added a small mapping table for the Nordic letters.", "e+", "coding", hard="verdict_plus_evidence")
n.blank()
n.s("Then the main task, a function scoring candidate matches against a sanctions list.", "c")
n.s("He went straight for a token-sort ratio and had something working in about 20 minutes.", "e+", "coding")
n.s("He didn't write tests for the main function, though he did run it on the three examples I gave him.", "e-", "coding", hard="mixed")
n.s("I asked how he would pick the match threshold and he said whatever gave the best F1 on last year's alerts, which I thought was very pragmatic.", "e-", "metrics", hard="verdict_plus_evidence")
n.blank()
n.s("Towards the end we chatted about his time at the consultancy and he was great company.", "v+", hard="biased")
n.s("Clearly a very capable coder with tons of Python under his belt.", "v+", "coding", hard="vague_quantity")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w24-n009", candidate_id="w24-c09", interviewer_id="w24-i03", req_id="w24-r1",
         round="data", submitted_at="2025-03-04", recommendation="lean_hire",
         specificity=2, style=["prose", "fragments"], topic="feature engineering")
n.s("Data round.", "c")
n.s("Decent session overall.", "v0")
n.s("Knows his way around feature engineering for transactions, talked about velocity features and network stuff.", "v+", "data_intuition", hard="tech_vague")
n.s("He did ask where the labels come from.", "e+", "data_intuition", hard="plain_evidence")
n.s("Bit slow on the SQL part.", "v-", "coding")
n.s("Probably fine.", "v+", hard="hedged")
n.s("LH", "v+", hard="bare_verdict", sep="\n")
notes.append(n)

n = Note(note_id="w24-n010", candidate_id="w24-c10", interviewer_id="w24-i01", req_id="w24-r2",
         round="behavioural", submitted_at="2025-03-11", recommendation="hire",
         specificity=4, style=["prose", "third_person", "british"], topic="fitness for purpose")
n.s("Behavioural interview, 11 March 2025, conducted by video.", "c")
n.s("I asked the candidate to explain to me, as a non-specialist, how she would satisfy herself that a model used to prioritise alerts was fit for purpose.", "c", hard="interviewer_action")
n.s("She began by asking who would rely on the model's output and what decisions they would take with it.", "e+", "judgment", hard="question")
n.s("She then explained, without technical language, that she would take a sample of past cases where the outcome was known and count how many genuine cases the model would have placed near the top of the queue.", "e+", "communication", hard="plain_evidence")
n.blank()
n.s("I asked what she would do if the model performed worse for customers from one region.", "c", hard="question")
n.s("She replied that she would first establish whether the difference came from the data or from how investigators had treated those customers historically, and would report it to the model owner in writing either way.", "e+", "user_impact")
n.s("She gave an account of a previous validation in which she had declined to sign off until the developers documented a manual override process, and described the meeting at which she set out her reasons.", "e+", "ownership")
n.blank()
n.s("Her answers were clear and measured throughout.", "v+", "communication")
n.s("I would support an offer.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w24_notes_part1.jsonl", notes)
