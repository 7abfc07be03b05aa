import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate w40-c07 Jonah Whitfield (he), r1: poor judgment under ambiguity, defensive ----
n = Note(note_id="w40-n025", candidate_id="w40-c07", interviewer_id="w40-i02", req_id="w40-r1",
         round="system_design", submitted_at="2026-03-09", recommendation="no_hire",
         specificity=4, style=["bullets", "lowercase", "abbreviations", "arrows", "quotes", "first_person"], topic="spoofing")
n.b("sys design w/ jonah: spoofing detection for perps, sub-minute alerts", "c")
n.b("opened by saying \"requirements are obvious\" and started drawing, no qs about alert volume or who reviews them", "e-", "judgment")
n.b("first component was a transformer over the raw order stream, no baseline at all", "e-", "judgment")
n.b("i asked what he'd do if the model takes 300ms and the budget is 50", "c", hard="interviewer_action")
n.b("said \"we'll just get more GPUs\" lol", "e-", "system_thinking", hard="plain_evidence")
n.b("i pushed: more GPUs don't fix per-request latency -> he doubled down and said i was \"thinking too small\"", "e-", "learning")
n.b("did have a decent take on features: cancel-to-fill ratio per account per 10s bucket, plus layering depth on one side of the book", "e+", "data_intuition")
n.b("nothing on liquidation cascades, everything would fire at once", "e-", "risk_awareness", hard="negated")
n.b("ngmi, sorry", "v-", hard="bare_verdict")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n026", candidate_id="w40-c07", interviewer_id="w40-i04", req_id="w40-r1",
         round="behavioural", submitted_at="2026-03-10", recommendation="no_hire",
         specificity=5, style=["headings", "bullets", "third_person", "american", "quotes"], topic="account freezes",
         ratings={"learning": "no_hire", "judgment": "no_hire", "user_impact": "lean_hire"})
n.s("Behavioral interview, 45 minutes.", "c")
n.nl()
n.h("Findings")
n.b("Asked about a time he received critical feedback, the candidate described a code review in which a senior engineer questioned his feature backfill; he merged it anyway because \"the reviewer didn't understand the model.\"", "e-", "learning", marker="1. ")
n.b("Asked how it turned out, he stated that the backfill later had to be redone, and attributed this to a change in requirements.", "e-", "ownership", marker="2. ")
n.b("Asked how he would handle legal and product disagreeing on a freeze policy, he said he would \"pick the more accurate option\" and did not ask what accuracy meant to either side.", "e-", "judgment", marker="3. ")
n.b("When I challenged finding 3, he repeated the same answer more forcefully and said the question was unfair.", "e-", "learning", marker="4. ")
n.b("He did give a concrete account of building an investigator dashboard in his last role, including sitting with three investigators to learn which columns they actually used.", "e+", "user_impact", marker="5. ")
n.h("Summary")
n.s("Recommendation: no hire.", "v-", hard="bare_verdict")
n.s("Defensiveness under pushback appeared in two separate answers and is consistent with the system design feedback.", "v-", "learning")
notes.append(n)

n = Note(note_id="w40-n027", candidate_id="w40-c07", interviewer_id="w40-i06", req_id="w40-r1",
         round="fundamentals", submitted_at="2026-03-10", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="spoofing")
n.b("fund.; 45m", "c")
n.b("bias/var: correct, textbook", "v0", "ml_fundamentals")
n.b("calibration q -> said platt scaling changes the ranking; wrong", "e-", "ml_fundamentals")
n.b("i corrected; he said \"same thing in practice\"", "e-", "learning")
n.b("metric for spoofing alerts: picked accuracy, called 99.9% \"already great\"", "e-", "metrics")
n.b("told base rate 0.05% -> switched to F1; still no q about investigator capacity", "e0", "metrics", hard="mixed")
n.b("knows the libs well", "v+", "coding", hard="tech_vague")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n028", candidate_id="w40-c07", interviewer_id="w40-i05", req_id="w40-r1",
         round="data", submitted_at="2026-03-11", recommendation="lean_no_hire",
         specificity=4, style=["headings", "prose", "first_person", "american"], topic="investigator labels",
         ratings={"judgment": "lean_no_hire", "coding": "hire"})
n.h("Situation")
n.s("I gave Jonah flags from two investigator teams with different labeling rules and asked him to build a training set.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("He merged both teams' labels without checking whether they agreed, although the README said their definitions differed.", "e-", "data_intuition")
n.s("When I pointed him to the README, he read it and then kept one team's labels because it had more rows, without looking at which definition fit the use case.", "e-", "judgment")
n.s("He wrote a correct dedup query on account and day and compared row counts before and after.", "e+", "coding")
n.s("He plotted flag rate per week, noticed a jump in March, and asked me whether a rule had changed that month.", "e+", "data_intuition", hard="question")
n.h("Impact")
n.s("Good mechanics, but his choices under ambiguity followed row counts rather than what the labels mean.", "v-", "judgment", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---- candidate w40-c08 Rowan Adeyemi (they), r2: mixed, contradiction on communication ----
n = Note(note_id="w40-n029", candidate_id="w40-c08", interviewer_id="w40-i01", req_id="w40-r2",
         round="system_design", submitted_at="2026-04-06", recommendation="hire",
         specificity=4, style=["prose", "third_person", "fragments"], topic="appeals")
n.s("System design: appeals pipeline for frozen accounts, 60 min.", "c")
n.nl()
n.s("Rowan asked first what share of freezes is appealed and how many appeals are won; I said 12% and 40%.", "e+", "judgment", "user_impact", hard="question")
n.s("They said 40% win rate means many legitimate users are frozen, and put measuring false freeze rate as first goal.", "e+", "user_impact", "metrics")
n.s("Design: appeal intake, queue ordered by user balance and time frozen, reviewer UI, outcomes written back as labels.", "e+", "system_thinking")
n.s("Explained every component clearly, each with one sentence of why.", "v+", "communication")
n.s("Did not size anything: no numbers for appeals per day or reviewer count.", "e-", "system_thinking", hard="negated")
n.s("When I asked, estimated 3,000 appeals per day and ~60 reviewers at 50 per day each.", "e+", "system_thinking")
n.s("Missed that appeal outcomes are biased labels, only appealed cases get label.", "e-", "data_intuition", hard="negated")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n030", candidate_id="w40-c08", interviewer_id="w40-i03", req_id="w40-r2",
         round="behavioural", submitted_at="2026-04-07", recommendation="lean_hire",
         specificity=1, style=["prose", "third_person"], topic="behavioural")
n.s("Rowan was pleasant and thoughtful.", "v+", hard="biased")
n.s("Some good examples of ownership.", "v+", "ownership", hard="vague_quantity")
n.s("Communication could be sharper.", "v-", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n031", candidate_id="w40-c08", interviewer_id="w40-i05", req_id="w40-r2",
         round="fundamentals", submitted_at="2026-04-07", recommendation="hire",
         specificity=5, style=["headings", "prose", "first_person", "american"], topic="identity verification",
         ratings={"communication": "strong_hire", "ml_fundamentals": "lean_hire"})
n.h("Situation")
n.s("I asked Rowan to explain, as if I were a compliance officer, why the KYC model rejects some users who are not fraudsters.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("They said any threshold trades missed fraud against wrongly rejected people, drew a two-by-two with made-up counts, and worked out that the current setting rejects about 30 honest users for each fraudster caught.", "e+", "communication")
n.s("I then asked for the technical version, and they explained precision and recall from the same table and why the ratio gets worse as the base rate falls.", "e+", "ml_fundamentals")
n.s("Asked how to cut wrongful rejections without letting more fraud through, they suggested a step-up check (a second selfie or a short video call) instead of a hard reject for mid-score cases.", "e+", "judgment", "user_impact")
n.s("They did not know what the diagonal on a ROC plot means and guessed it was \"the best possible model.\"", "e-", "ml_fundamentals")
n.h("Impact")
n.s("A compliance officer would have followed the first explanation.", "v+", "communication")
n.s("The ROC miss is a gap, though not a blocker for this role.", "v0", "ml_fundamentals", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n032", candidate_id="w40-c08", interviewer_id="w40-i06", req_id="w40-r2",
         round="coding", submitted_at="2026-04-08", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="wallet graphs",
         ratings={"coding": "lean_no_hire", "communication": "no_hire"})
n.b("coding; 45m; count distinct wallets within k hops of a flagged address", "c")
n.b("BFS w/ visited set; correct on the small graph", "e+", "coding")
n.b("no depth cap; on my 1M-node case it walks the whole component", "e-", "coding", hard="negated")
n.b("didn't test cycles or self-loops", "e-", "coding", hard="negated")
n.b("asked them to explain approach mid-way -> 4 min jumping between ideas, i couldn't follow", "e-", "communication")
n.b("hint re depth -> added level counter, correct", "e+", "learning")
n.b("LNH for coding bar", "v-", "coding")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w40-n033", candidate_id="w40-c09", interviewer_id="w40-i01", req_id="w40-r1",
         round="fundamentals", submitted_at="2025-06-16", recommendation="lean_hire",
         specificity=3, style=["prose", "third_person", "fragments"], topic="spoofing")
n.s("Fundamentals, 45 min, Sung-min.", "c")
n.nl()
n.s("Question on why validation loss goes up while training loss goes down.", "c", hard="question")
n.s("He said overfitting, proposed early stopping and stronger regularization, correct.", "e+", "ml_fundamentals")
n.s("Could not explain why tree ensembles do not need feature scaling.", "e-", "ml_fundamentals")
n.s("Asked how to evaluate spoofing model when labels arrive three weeks later.", "c", hard="question")
n.s("He suggested to evaluate only on periods with mature labels and to watch alert precision weekly as early signal.", "e+", "metrics")
n.s("Said nothing about how manipulators change behavior after model launch.", "e-", "risk_awareness", hard="negated")
n.s("Answers short, sometimes too short.", "v0", "communication")
n.nl()
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n034", candidate_id="w40-c10", interviewer_id="w40-i03", req_id="w40-r2",
         round="system_design", submitted_at="2025-07-21", recommendation="hire",
         specificity=1, style=["prose", "third_person", "terse"], topic="wallet graphs")
n.s("Lucía gave a good design for the graph risk service.", "v+", "system_thinking")
n.s("Very experienced, lots of scale.", "v+", "system_thinking", hard="vague_quantity")
n.s("No concerns.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n035", candidate_id="w40-c11", interviewer_id="w40-i04", req_id="w40-r1",
         round="system_design", submitted_at="2025-08-11", recommendation="hire",
         specificity=5, style=["headings", "bullets", "third_person", "american"], topic="monitoring",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "hire"})
n.s("System design interview, 60 minutes: monitoring for a wash-trading model across 40 markets.", "c")
n.nl()
n.h("Findings")
n.b("The candidate asked which markets require suspicious activity to be reported within a fixed number of days, and used the answer to set alert latency per market.", "e+", "judgment", hard="question", marker="1. ")
n.b("He separated a feature pipeline, a scorer, an alert store and an investigator console, and stated which of them must be up for reporting deadlines to be met.", "e+", "system_thinking", marker="2. ")
n.b("He proposed alerts on input drift per market and on alert volume, paging if volume drops more than 50% day over day, noting that a silent model is more dangerous than a noisy one.", "e+", "risk_awareness", marker="3. ")
n.b("He proposed rollback to the previous model version through a single config flag.", "e+", "risk_awareness", marker="4. ")
n.b("He did not address how the model would behave on a market with no history, such as a new listing.", "e-", "data_intuition", hard="negated", marker="5. ")
n.b("Asked to summarize the design for the head of compliance, he gave a three-point summary without technical terms.", "e+", "communication", marker="6. ")
n.h("Summary")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n036", candidate_id="w40-c12", interviewer_id="w40-i02", req_id="w40-r2",
         round="data", submitted_at="2025-09-15", recommendation="lean_hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations"], topic="identity verification")
n.b("data round w/ noa, KYC selfie match scores", "c")
n.b("they eyeballed the score histogram first and spotted a spike at exactly 0.5, said it's prob a default when the match service times out", "e+", "data_intuition")
n.b("good instincts on the data, lowkey based", "v+", "data_intuition")
n.b("didn't split results by device type even tho cheap androids are like half our users in some markets", "e-", "user_impact", hard="negated")
n.b("sql was kinda rough, took 3 tries to get the join right", "e-", "coding")
n.b("asked good qs", "v+")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w40_notes_part3.jsonl", notes)
