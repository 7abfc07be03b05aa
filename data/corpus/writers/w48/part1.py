import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Priya (she), r1 -- strong candidate; i03 writes her up vaguely
n = Note(note_id="w48-n001", candidate_id="w48-c01", interviewer_id="w48-i04", req_id="w48-r1",
         round="fundamentals", submitted_at="2025-10-06", recommendation="hire", specificity=5,
         style=["bullets", "headings", "first_person", "british"], topic="backtests",
         ratings={"ml_fundamentals": "hire", "data_intuition": "strong_hire", "metrics": "lean_hire"})
n.h("Round: fundamentals (risk models), 60 min.")
n.h("Findings")
n.b("Asked why a backtest Sharpe of 2.4 on a monthly equity factor should worry us, she listed three causes: look-ahead in the fundamentals data, survivorship in the universe, and the number of variants tried.", "e+", "data_intuition", "metrics", marker="1. ")
n.b("She asked for the point-in-time date of each accounting field before accepting the signal.", "e+", "data_intuition", marker="2. ")
n.b("Derived the standard error of an annualised Sharpe ratio from 10 years of monthly returns on paper and got roughly 0.32.", "e+", "ml_fundamentals", marker="3. ")
n.b("Could not say how to correct for multiple testing beyond 'Bonferroni, maybe'; did not know the deflated Sharpe ratio.", "e-", "ml_fundamentals", marker="4. ")
n.b("When I pointed out that regime changes break a single full-sample covariance, she switched to an exponentially weighted estimate and justified a 60-day half-life.", "e+", "learning", "ml_fundamentals", marker="5. ")
n.b("Proposed holding back 2020-2022 entirely as an out-of-sample stress window rather than tuning on it, accepting a shorter training set.", "e+", "judgment", marker="6. ")
n.b("Asked who signs off a model change at the governance committee before suggesting any go-live date.", "e+", "risk_awareness", marker="7. ")
n.b("Explained VaR vs. expected shortfall to me as if I were a trustee, in three sentences, without a formula.", "e+", "communication", marker="8. ")
n.b("No mention of transaction costs until I raised them in the last five minutes.", "e-", "metrics", hard="negated", marker="9. ")
n.h("Recommendation")
n.s("Hire: findings 1, 3, 5 and 6 outweigh 4 and 9, which are teachable.", "v+")
notes.append(n)

n = Note(note_id="w48-n002", candidate_id="w48-c01", interviewer_id="w48-i03", req_id="w48-r1",
         round="data", submitted_at="2025-10-07", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="climate disclosures")
n.s("We did the climate disclosure exercise.", "c")
n.s("Priya was excellent.", "v+", hard="bare_verdict")
n.s("Really knows her stuff on risk data, vendor feeds, all of it.", "v+", "data_intuition", hard="tech_vague")
n.s("Handled the disclosure dataset question well.", "v+", "data_intuition")
n.s("Good communicator.", "v+", "communication")
n.s("Would be a great addition to the team.", "v+")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n003", candidate_id="w48-c01", interviewer_id="w48-i05", req_id="w48-r1",
         round="data", submitted_at="2025-10-07", recommendation="hire", specificity=4,
         style=["prose", "third_person", "headings", "british"], topic="climate disclosures")
n.h("Data round: candidate Priya")
n.s("The candidate was given a sample of 400 company climate disclosures with Scope 1 and Scope 2 emissions fields and asked to prepare them for a portfolio carbon-intensity measure.", "c")
n.s("She began by asking whether the figures were self-reported or vendor-estimated, and how the vendor marked its estimates.", "e+", "data_intuition")
n.s("She found that about 12% of companies reported in tonnes and the rest in thousands of tonnes, and normalised the units before any aggregation.", "e+", "data_intuition")
n.s("The candidate proposed flagging rather than dropping companies with missing Scope 2, noting that dropping them would tilt the measure towards large firms.", "e+", "judgment")
n.s("When asked which number the trustees would see, she suggested reporting coverage alongside intensity so that a low-coverage month would not look like an improvement.", "e+", "metrics")
n.s("She did not check whether the vendor's restated figures overwrote history, which matters for a time series of portfolio intensity.", "e-", "data_intuition", hard="negated")
n.s("Her pandas code was correct but unhurried; the groupby took two attempts.", "e0", "coding", hard="mixed")
n.s("Asked how the figure would be used, she said members increasingly write in to ask whether their pension is invested in heavy emitters, so the number must survive being quoted in a public letter.", "e+", "user_impact")
n.s("Overall the candidate showed careful handling of messy disclosure data.", "v+", "data_intuition")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n004", candidate_id="w48-c01", interviewer_id="w48-i02", req_id="w48-r1",
         round="behavioural", submitted_at="2025-10-08", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="explaining to trustees")
n.s("I joined as the trustee member of the panel and asked Priya about a time her work had been questioned by people outside her team.", "c", hard="interviewer_action")
n.s("She told us about a risk report at her previous employer where a board member asked why the numbers had moved, and said she rewrote the first page in plain words for the following quarter.", "e+", "communication")
n.s("I liked that she kept coming back to the people whose money it is.", "v+", "user_impact")
n.s("When I asked what she would do if a model said our funds were safe but her own sense said otherwise, she said she would write down her doubt and take it to the committee rather than sit on it.", "e+", "judgment")
n.s("She admitted she had once let a wrong figure go out and explained how she corrected it the following week and told the recipients.", "e+", "ownership")
n.s("I am not qualified to judge the technical side.", "c")
n.s("She seemed a little nervous at the start.", "v-", hard="biased")
n.s("I would be comfortable with her explaining things to the trustees.", "v+", "communication")
n.s("On balance a lean hire, though I defer to the technical panel.", "v+", hard="bare_verdict")
notes.append(n)

# c02 Tomasz (he), r1 -- backtest-as-truth seen by i04, i01 and i05; defensive
n = Note(note_id="w48-n005", candidate_id="w48-c02", interviewer_id="w48-i04", req_id="w48-r1",
         round="data", submitted_at="2025-11-03", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "first_person", "british"], topic="backtests",
         ratings={"metrics": "no_hire", "coding": "hire", "learning": "no_hire"})
n.h("Data / backtest review, 60 min")
n.s("I gave him a momentum-plus-value backtest showing 31% a year and asked him to review it before it goes to committee.", "c", hard="interviewer_action")
n.b("He accepted the 31% and started discussing position sizing; he did not ask how the universe was built.", "e-", "metrics", "data_intuition", marker="1. ")
n.b("When I told him the universe was today's index constituents, he said survivorship 'only matters for small caps' and kept the figure.", "e-", "data_intuition", "learning", marker="2. ")
n.b("Asked to check for look-ahead, he read the code and found that earnings were joined on fiscal period end rather than filing date.", "e+", "data_intuition", marker="3. ")
n.b("He then put the effect at 'a few basis points' without re-running anything.", "e-", "metrics", marker="4. ")
n.b("I pushed back twice on the return figure; both times he said the committee would 'see the Sharpe and be happy'.", "e-", "learning", "metrics", marker="5. ")
n.b("He wrote a correct rolling z-score function in about eight minutes, vectorised, with a test for the first window.", "e+", "coding", marker="6. ")
n.b("He had no suggestion for what to monitor once the strategy went live.", "e-", "risk_awareness", hard="negated", marker="7. ")
n.h("Recommendation")
n.s("No hire: finding 3 shows skill, but findings 1, 2 and 5 are the exact failure this role exists to prevent.", "v-")
notes.append(n)

n = Note(note_id="w48-n006", candidate_id="w48-c02", interviewer_id="w48-i01", req_id="w48-r1",
         round="fundamentals", submitted_at="2025-11-03", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "fragments", "lowercase"], topic="regime change")
n.s("Tomasz / DS Port Risk / fundamentals 45min", "c")
n.b("q: how regime change affects the risk model", "c", hard="question")
n.b("talked abt vol clustering, GARCH, HMM etc, textbook level", "v0", "ml_fundamentals", hard="tech_vague")
n.b("said backtest 2008-2019 'proves' the factor is robust -> ignores rate regime post-2022", "e-", "metrics")
n.b("when asked OOS plan, answered 'the backtest already is OOS'", "e-", "metrics", "ml_fundamentals")
n.b("VaR on whiteboard correct, 99% 1d parametric, scaled to 10d w/ sqrt-time and flagged the iid assumption himself", "e+", "ml_fundamentals")
n.b("when I challenged the 2008 start date he said 'any window has issues' and moved on", "e-", "learning")
n.b("comms ok, bit long-winded", "v0", "communication", hard="mixed")
n.b("overall too trusting of backtest numbers, risky for a pension book", "v-", "metrics")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n007", candidate_id="w48-c02", interviewer_id="w48-i06", req_id="w48-r1",
         round="behavioural", submitted_at="2025-11-04", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="backtests")
n.s("Had a lovely chat with Tomasz for the behavioural slot!", "v+")
n.s("I asked him about a project he was proud of.", "c")
n.s("He walked me through a factor strategy that he said made 14% a year in backtest and was so excited about it, which I loved to see!", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Super passionate about markets.", "v+", hard="biased")
n.s("He's clearly very smart and knows loads of quant stuff.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("When I asked what went wrong on that project he said nothing really, the team just ran out of time.", "e-", "ownership")
n.s("I think he'd pick things up really quickly.", "v+", "learning", hard="hedged")
n.s("Great communicator, very confident.", "v+", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n008", candidate_id="w48-c02", interviewer_id="w48-i05", req_id="w48-r1",
         round="coding", submitted_at="2025-11-04", recommendation="lean_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="drawdown")
n.s("The session lasted 50 minutes.", "c")
n.s("The candidate was set a coding exercise: compute a portfolio's drawdown series and maximum drawdown from daily NAV data, then extend it to report the recovery period.", "c")
n.s("He wrote the drawdown function with a running maximum in one pass and checked it against a hand-worked five-day example.", "e+", "coding")
n.s("He did not handle a NAV series that begins with missing values; the function returned NaN for the whole series.", "e-", "coding", hard="negated")
n.s("When the interviewer pointed this out, he added a forward-fill and a test, but remarked that 'clean data is the data team's job'.", "e0", "learning", "ownership", hard="mixed")
n.s("The recovery-period extension was completed correctly, including the case where the portfolio never recovers.", "e+", "coding")
n.s("Asked how he would present maximum drawdown to the investment committee, he said he would show it next to the backtest return as 'proof of robustness'.", "e-", "metrics")
n.s("The candidate's code was readable and well named throughout.", "v+", "coding")
n.s("Recommendation: lean hire on coding alone; the panel should weigh the concerns raised in other rounds.", "v0")
notes.append(n)

# c03 Adaeze (she), r2 -- coding contradiction: i01 strong, i05 weak
n = Note(note_id="w48-n009", candidate_id="w48-c03", interviewer_id="w48-i01", req_id="w48-r2",
         round="coding", submitted_at="2026-01-12", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "fragments"], topic="report extraction",
         ratings={"coding": "hire"})
n.s("Adaeze / MLE Doc Intel / coding 60min", "c")
n.b("task: parse table rows out of annual report PDF text, output JSON per line item", "c")
n.b("asked upfront if multi-page tables in scope -> I said yes", "e+", "judgment")
n.b("wrote tokeniser + row merger in ~25 min, ran 3 sample pages, all passed", "e+", "coding")
n.b("caught the '(1,234)' negative-number format herself, added a test for it", "e+", "coding")
n.b("handled HKD/USD currency header by carrying state across rows, clean", "e+", "coding")
n.b("no test for empty page, said she'd add if more time", "e-", "coding", hard="negated")
n.b("complexity O(n) in lines, explained correctly when asked", "e+", "coding")
n.b("strong coder, fast", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n010", candidate_id="w48-c03", interviewer_id="w48-i05", req_id="w48-r2",
         round="debugging", submitted_at="2026-01-13", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="report extraction",
         ratings={"coding": "lean_no_hire", "risk_awareness": "hire"})
n.s("The candidate was given a failing extraction pipeline in which total assets was read from the prior-year column for about a fifth of reports.", "c")
n.s("She spent the first fifteen minutes reading the model code rather than inspecting any failing outputs.", "e-", "coding")
n.s("She did not write a test or a print statement to reproduce the failure before proposing a fix.", "e-", "coding", hard="negated")
n.s("Her proposed fix, retraining the layout model with more examples, would not have addressed a column-ordering bug.", "e-", "coding", "judgment")
n.s("After the interviewer suggested comparing a good and a bad document side by side, she found that the failing reports put the current year on the right and wrote a rule for it within ten minutes.", "e+", "learning")
n.s("She asked how the downstream risk team would notice if the field were wrong again, and suggested a check that total assets match the sum of components within 1%.", "e+", "risk_awareness")
n.s("Her explanation of the fix was clear and well ordered.", "v+", "communication")
n.s("On this evidence the candidate's debugging practice is weaker than the role requires.", "v-", "coding")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n011", candidate_id="w48-c03", interviewer_id="w48-i02", req_id="w48-r2",
         round="behavioural", submitted_at="2026-01-13", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="members' trust")
n.s("My question to Adaeze was how she would make sure a machine reading company reports did not quietly get things wrong.", "c", hard="question")
n.s("She said she would have a person check a sample of the readings every month and keep a list of every mistake found.", "e+", "risk_awareness", hard="plain_evidence")
n.s("She asked me whether members ever see these numbers directly.", "e+", "user_impact", hard="plain_evidence")
n.s("When I said that some members read our responsible investment report closely, she said errors there would damage trust and should be treated as seriously as a pricing error.", "e+", "user_impact")
n.s("She described a supplier document that changed format overnight at her last job and said her old team only found out from a customer complaint.", "e0", hard="plain_evidence")
n.s("I found her easy to follow.", "v+", "communication")
n.s("She is clearly very bright.", "v+")
n.s("I cannot judge her programming.", "c")
n.s("Lean hire, with the usual caution that I am not a technical reviewer.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n012", candidate_id="w48-c03", interviewer_id="w48-i03", req_id="w48-r2",
         round="system_design", submitted_at="2026-01-14", recommendation="hire", specificity=2,
         style=["terse", "fragments"], topic="document pipeline")
n.s("Adaeze sys design.", "c")
n.s("Exercise was the document pipeline for vendor reports.", "c")
n.s("Good architecture, sensible components.", "v+", "system_thinking", hard="tech_vague")
n.s("Mentioned an OCR fallback and a queue.", "v+", "system_thinking", hard="tech_vague")
n.s("Thought about scale.", "v+", "system_thinking")
n.s("A few gaps on monitoring but nothing major.", "v0", "risk_awareness", hard="mixed")
n.s("Nice person, would fit in well.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w48_notes_part1.jsonl", notes)
