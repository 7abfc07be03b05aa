import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c07 Oluwaseun (Seun) Adeyemi (he), w9-r2, defensive under pushback (i02, i04, i05) ----------------
n = Note(note_id="w9-n025", candidate_id="w9-c07", interviewer_id="w9-i02", req_id="w9-r2",
         round="data", submitted_at="2025-09-08", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"], topic="audience forecasting",
         ratings={"data_intuition": "lean_no_hire", "learning": "no_hire", "coding": "hire"})
n.h("Data round, 60 min")
n.s("Task: forecast weekly unique browsers for the regional news sites for the next 8 weeks from two years of daily data.", "c")
n.h("Findings")
n.b("Seun loaded and aggregated the data quickly and his pandas was clean; he resampled to weekly with the right week anchor.", "e+", "coding", marker="1. ")
n.b("He fitted a model straight away without plotting the series.", "e-", "data_intuition", hard="plain_evidence", marker="2. ")
n.b("The series has a step change in March 2024 (cookie consent banner rollout cut measured browsers by ~18%); he did not notice it.", "e-", "data_intuition", hard="negated", marker="3. ")
n.b("I pointed at the step on his own residual plot and asked what it might be.", "c", hard="interviewer_action", marker="4. ")
n.b("He said \"it's just noise, the model will average it out\".", "e-", "data_intuition", marker="5. ")
n.b("When I told him it was the consent banner, he said the banner \"shouldn't matter for a forecast\" and did not change the model.", "e-", "learning", "data_intuition", marker="6. ")
n.b("He reported a backtest MAPE of 3% but had tested on a window that ended before the step, which he declined to re-run when I asked.", "e-", "metrics", "learning", marker="7. ")
n.b("He did ask a sensible question at the end: whether the forecast was for ad sales or for newsroom staffing.", "e+", "judgment", hard="question", marker="8. ")
n.h("Recommendation")
n.s("No hire: missed a measurement change, and when shown it twice he defended the model instead of looking.", "e-", "learning", "data_intuition", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w9-n026", candidate_id="w9-c07", interviewer_id="w9-i04", req_id="w9-r2",
         round="fundamentals", submitted_at="2025-09-09", recommendation="lean_no_hire",
         specificity=4, style=["prose", "british"], topic="experimentation",
         ratings={"ml_fundamentals": "hire", "learning": "no_hire", "communication": "lean_no_hire"})
n.s("Fundamentals, 45 minutes.", "c")
n.s("You'll want to know the fundamentals themselves are good.", "v+", "ml_fundamentals")
n.s("He explained regression to the mean with a worked example about articles that trend one day and fall back the next.", "e+", "ml_fundamentals")
n.s("He correctly said that a one-sided test is only legitimate if you committed to it before seeing the data.", "e+", "ml_fundamentals", "metrics")
n.s("The trouble came when I disagreed with him.", "c")
n.s("I suggested that his proposed metric, page views per visit, would reward splitting articles into several pages.", "c", hard="interviewer_action")
n.s("He said \"no serious publisher would do that\" and did not consider a different metric.", "e-", "learning", "metrics")
n.s("I gave him a second, milder challenge later on seasonality and he interrupted me before I'd finished the question.", "e-", "communication", "learning")
n.s("You should weigh this alongside the other rounds; on his own terms he's strong.", "v0")
n.s("Lean no hire because of how he takes pushback.", "v-", "learning")
notes.append(n)

n = Note(note_id="w9-n027", candidate_id="w9-c07", interviewer_id="w9-i05", req_id="w9-r2",
         round="behavioural", submitted_at="2025-09-09", recommendation="no_hire",
         specificity=3, style=["bullets", "terse", "typos", "lowercase", "abbreviations"], topic="feedback",
         ratings={"learning": "no_hire"})
n.b("behavioural 30m", "c")
n.b("q: time u got critical feedback", "c", hard="question")
n.b("said his last manager's feedback was \"wrong\" and he proved it wrong w/ data", "e-", "learning")
n.b("couldnt name anything he changed after feedback EVER", "e-", "learning", hard="negated")
n.b("blamed analytics team for broken tracking on his proj", "e-", "ownership")
n.b("smart guy tho", "v+")
n.b("NH.", "v-", hard="bare_verdict")
n.s("defensive", "v-", "learning")
notes.append(n)

n = Note(note_id="w9-n028", candidate_id="w9-c07", interviewer_id="w9-i07", req_id="w9-r2",
         round="data", submitted_at="2025-09-10", recommendation="hire",
         specificity=3, style=["prose", "quotes", "first_person", "british"], topic="dashboards",
         ratings={"communication": "hire", "data_intuition": "hire"})
n.s("A really engaging session with Seun.", "v+")
n.s("I asked him to critique our current audience dashboard, which shows daily page views for every section on one chart.", "c", hard="interviewer_action")
n.s("He said straight away \"this chart is made for nobody\" and sketched three separate views: one for editors, one for the commercial team, one for the board.", "e+", "communication")
n.s("He asked who opens the dashboard on a Monday morning and what decision they make from it.", "e+", "user_impact", hard="question")
n.s("He spotted that the weekend dips were being read as falling interest and suggested a week-on-week comparison instead.", "e+", "data_intuition")
n.s("When I mentioned the editors actually like the current chart, he said \"then they like it for the wrong reasons\".", "e-", "learning", "communication")
n.s("I'd read that as passion more than anything!", "v+", hard="biased")
n.s("He really knows his way around a dashboard.", "v+", "communication")
n.s("He'd be a breath of fresh air in the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c08 Marta Kowalczyk (she), w9-r2, poor judgment under ambiguity (i06); data intuition contradiction (i04 strong, i02 weak) ----------------
n = Note(note_id="w9-n029", candidate_id="w9-c08", interviewer_id="w9-i06", req_id="w9-r2",
         round="behavioural", submitted_at="2025-10-06", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "british"], topic="GDPR and consent",
         ratings={"judgment": "no_hire", "user_impact": "lean_hire", "communication": "hire"})
n.s("Behavioural/scenario, 45 min.", "c")
n.s("Scenario: legal says consent for personalisation may not cover a new model, the answer will take weeks, and the launch is Thursday.", "c")
n.nl()
n.b("+ asked which data the new model actually uses that the old one didn't", "e+", "user_impact", hard="question", marker="")
n.b("+ explained the GDPR distinction between consent and legitimate interest correctly", "e+", "user_impact", marker="")
n.b("then said she would launch anyway and \"fix it if legal objects\"", "e-", "judgment", "user_impact")
n.b("when I asked about a middle option, she didn't come up with one (e.g. launch only for users who gave explicit consent)", "e-", "judgment", hard="negated")
n.b("changed her answer to \"delay everything\" when I said the editor-in-chief was worried, without saying what had changed", "e-", "judgment")
n.b("flip-flopped under ambiguity generally", "v-", "judgment")
n.b("+ clear, structured speaker", "v+", "communication", marker="")
n.s("LNH on judgement.", "v-", "judgment", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n030", candidate_id="w9-c08", interviewer_id="w9-i04", req_id="w9-r2",
         round="data", submitted_at="2025-10-07", recommendation="hire",
         specificity=5, style=["prose", "british", "first_person"], topic="subscriber churn",
         ratings={"data_intuition": "strong_hire", "metrics": "hire"})
n.s("Data round, 60 minutes, on the digital subscription churn table.", "c")
n.s("You'll want to know that Marta found the leakage in under ten minutes.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She noticed that 'last_login_days' was computed at extraction time, so churned users always had large values, and dropped it.", "e+", "data_intuition")
n.s("She asked how churn was defined and found that annual subscribers could only churn once a year, which meant monthly and annual users needed separate models.", "e+", "data_intuition", hard="question")
n.s("She checked the class balance (7% churn) and chose PR-AUC over ROC-AUC, explaining that the retention team would only call the top few hundred.", "e+", "metrics")
n.s("I asked how she would present results to the subscriptions manager.", "c", hard="interviewer_action")
n.s("She said she would show the expected number of saved subscribers per 100 calls, not the AUC.", "e+", "communication", "metrics")
n.s("She did not ask whether using viewing history for churn calls was covered by our consent notice.", "e-", "user_impact", hard="negated")
n.s("You might also hear that she was slow to decide in another round; here she made every call quickly and explained it.", "v0", "judgment", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n031", candidate_id="w9-c08", interviewer_id="w9-i02", req_id="w9-r2",
         round="fundamentals", submitted_at="2025-10-07", recommendation="lean_hire",
         specificity=4, style=["bullets", "first_person", "british"], topic="experiment analysis",
         ratings={"data_intuition": "lean_no_hire", "ml_fundamentals": "hire"})
n.s("Fundamentals, 45 min.", "c")
n.nl()
n.b("Marta explained the bias-variance trade-off with the example of forecasting a small regional site vs. the whole network.", "e+", "ml_fundamentals", marker="1. ")
n.b("Given an A/B test where the treatment group had 12% more sessions from bots, she did not ask about bot filtering and read the lift at face value.", "e-", "data_intuition", hard="negated", marker="2. ")
n.b("I asked if the sample ratio looked right; she computed it, got 52/48 on a 50/50 split, and said \"close enough\".", "e-", "data_intuition", marker="3. ")
n.b("After I showed her the chi-squared p-value was below 0.001 she agreed it was a sample ratio mismatch and that the test should be investigated.", "e0", "learning", "data_intuition", hard="mixed", marker="4. ")
n.b("She derived the variance of a ratio metric with the delta method without notes.", "e+", "ml_fundamentals", marker="5. ")
n.s("Lean hire: theory is solid, data instincts were weaker than I'd like.", "v0", "ml_fundamentals", "data_intuition", hard="mixed")
notes.append(n)

n = Note(note_id="w9-n032", candidate_id="w9-c08", interviewer_id="w9-i01", req_id="w9-r2",
         round="behavioural", submitted_at="2025-10-08", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british"], topic="working with the newsroom")
n.s("Marta was delightful.", "v+")
n.s("We talked mostly about how she'd work with the audience team.", "c")
n.s("She told me about presenting churn numbers to a newspaper board and said she cut the deck from twenty slides to three the night before.", "e+", "communication")
n.s("Lovely clear way of explaining things.", "v+", "communication")
n.s("Good values, cares about readers.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c09 Rhys Llewellyn (he), w9-r1, ignores user harm (i01 and i07) ----------------
n = Note(note_id="w9-n033", candidate_id="w9-c09", interviewer_id="w9-i01", req_id="w9-r1",
         round="behavioural", submitted_at="2025-11-03", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="filter bubbles")
n.s("Rhys is obviously very bright.", "v+")
n.s("I asked him how he would feel if our recommender showed a reader nothing but stories confirming what they already believe.", "c", hard="question")
n.s("He said \"if that's what they click, that's what they want\", and that it wasn't the algorithm's job to educate people.", "e-", "user_impact")
n.s("I told him that as a public broadcaster we have a duty of impartiality, and he said that was \"an editorial problem, not an ML one\".", "e-", "user_impact", "ownership")
n.s("I found that quite worrying, to be honest.", "v-", "user_impact")
n.s("He did tell a nice story about speeding up a slow recommendation service at his last job, with a clear before and after (two seconds down to 200 milliseconds).", "e+", "communication", "system_thinking")
n.s("But the story of our audience never came into his answers.", "v-", "user_impact")
n.s("Lean no hire from me.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n034", candidate_id="w9-c09", interviewer_id="w9-i07", req_id="w9-r1",
         round="system_design", submitted_at="2025-11-04", recommendation="hire",
         specificity=4, style=["prose", "quotes", "first_person", "british"], topic="popularity bias",
         ratings={"system_thinking": "strong_hire", "user_impact": "lean_no_hire"})
n.s("System design, 60 minutes, and what a fun hour.", "v+")
n.s("I asked Rhys to design \"more like this\" recommendations under every article.", "c", hard="interviewer_action")
n.s("He started with \"let's get the boring bit right first\" and laid out a nightly embedding job, an approximate nearest neighbour index and a 50 ms budget for the lookup.", "e+", "system_thinking")
n.s("He sized the index at around 2 million articles and said it would fit in memory on a single node, so sharding could wait.", "e+", "system_thinking", "judgment")
n.s("He added a fallback to editor-curated related links \"for when the index is stale or down\".", "e+", "risk_awareness")
n.s("When I asked about popularity bias he said \"honestly, popular is popular\" and didn't want to add any correction.", "e-", "user_impact")
n.s("I pushed a little on whether that might narrow what people see, and he said he'd \"let the A/B test decide\".", "e-", "user_impact", "metrics")
n.s("I don't think he fully sees the public-service side yet, but that can be taught.", "v-", "user_impact", hard="hedged")
n.s("In his words, \"I like building things that don't fall over\", and that came through in every answer.", "e+", "system_thinking")
n.s("Brilliant engineer.", "v+", "system_thinking")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n035", candidate_id="w9-c09", interviewer_id="w9-i03", req_id="w9-r1",
         round="coding", submitted_at="2025-11-04", recommendation="hire",
         specificity=1, style=["terse", "fragments"], topic="coding")
n.s("Strong coder.", "v+", "coding")
n.s("Quick.", "v+")
n.s("Knows Python and SQL well.", "v+", "coding", hard="tech_vague")
n.s("Would work with.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n036", candidate_id="w9-c09", interviewer_id="w9-i06", req_id="w9-r1",
         round="data", submitted_at="2025-11-05", recommendation="lean_hire",
         specificity=4, style=["bullets", "british", "abbreviations"], topic="news recommendations",
         ratings={"data_intuition": "hire", "user_impact": "no_hire"})
n.s("Data round, 50 min, recommendation click logs + article metadata.", "c")
n.nl()
n.b("+ joined the logs to metadata and caught that ~6% of clicks pointed to deleted articles", "e+", "data_intuition", marker="")
n.b("+ split train/test by time rather than randomly and said why (future articles leaking into training)", "e+", "data_intuition", hard="plain_evidence", marker="")
n.b("+ wrote the SQL window function for per-user session order first time", "e+", "coding", marker="")
n.b("when the data showed that 80% of recommended clicks went to 2% of articles, he called it \"a healthy sign\"", "e-", "user_impact", "metrics")
n.b("didn't look at which sections or regions were never being recommended", "e-", "user_impact", hard="negated")
n.b("I asked whether local news might be disadvantaged.", "c", hard="question")
n.b("he said local news \"just doesn't perform\"", "e-", "user_impact")
n.s("LH: strong on data handling, blind spot on who the system serves.", "v0", "data_intuition", "user_impact", hard="mixed")
notes.append(n)

save_notes("data/corpus/raw/w9_notes_part3.jsonl", notes)
print(len(notes), "notes")
