import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w40-n049", candidate_id="w40-c25", interviewer_id="w40-i03", req_id="w40-r1",
         round="system_design", submitted_at="2024-11-11", recommendation="hire",
         specificity=1, style=["prose", "third_person", "terse"], topic="market surveillance")
n.s("Ana knows her stuff.", "v+")
n.s("Great on system design, thinks at scale.", "v+", "system_thinking", hard="tech_vague")
n.s("Good judgment on trade-offs.", "v+", "judgment")
n.s("Would be a good addition to the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n050", candidate_id="w40-c26", interviewer_id="w40-i06", req_id="w40-r2",
         round="fundamentals", submitted_at="2024-12-02", recommendation="lean_no_hire",
         specificity=1, style=["bullets", "terse", "abbreviations", "lowercase"], topic="account risk")
n.b("fund.; 45m", "c")
n.b("weak on basics", "v-", "ml_fundamentals")
n.b("metrics shaky", "v-", "metrics")
n.b("not much ownership signal either", "v-", "ownership", hard="negated")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n051", candidate_id="w40-c27", interviewer_id="w40-i02", req_id="w40-r1",
         round="coding", submitted_at="2025-01-13", recommendation="strong_hire",
         specificity=1, style=["bullets", "lowercase", "abbreviations"], topic="order books")
n.b("coding w/ jordan", "c")
n.b("absolute cracked coder, 10/10", "v+", "coding", hard="vague_quantity")
n.b("big brain on edge cases", "v+", "coding", hard="tech_vague")
n.b("learns fast", "v+", "learning")
n.b("SH ser", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n052", candidate_id="w40-c28", interviewer_id="w40-i03", req_id="w40-r2",
         round="data", submitted_at="2025-02-10", recommendation="lean_no_hire",
         specificity=1, style=["prose", "third_person"], topic="identity verification")
n.s("Nadia struggled a bit in the data round.", "v-", "data_intuition", hard="hedged")
n.s("Didn't seem comfortable with messy data.", "v-", "data_intuition", hard="hedged")
n.s("Her judgment calls felt off.", "v-", "judgment")
n.s("Might be better suited to a less ambiguous role.", "v-", "judgment", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n053", candidate_id="w40-c29", interviewer_id="w40-i03", req_id="w40-r1",
         round="behavioural", submitted_at="2025-03-03", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "first_person"], topic="behavioural")
n.s("We spent most of the time on his payments background.", "c")
n.s("Ethan seems to take ownership of his projects.", "v+", "ownership", hard="hedged")
n.s("He mentioned leading the chargeback model, handled well I think.", "v+", "ownership", hard="hedged")
n.s("He said he was the one who noticed the model drifting after a holiday sale and rolled it back.", "e+", "ownership", "risk_awareness")
n.s("Good with stakeholders.", "v+", "communication")
n.s("Maybe a little rigid when I pushed on the freeze example.", "v-", "learning", hard="hedged")
n.s("Nice guy.", "v+", hard="biased")
n.s("Probably a decent fit for surveillance.", "v+", hard="hedged")
n.s("Overall fine.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n054", candidate_id="w40-c30", interviewer_id="w40-i02", req_id="w40-r2",
         round="system_design", submitted_at="2025-03-24", recommendation="hire",
         specificity=2, style=["bullets", "lowercase", "abbreviations"], topic="mule accounts")
n.b("sys design w/ leila: graph-based mule account detection", "c")
n.b("she's clearly been around the block, knows the graph ML space", "v+", "ml_fundamentals", hard="tech_vague")
n.b("design was pretty based ngl", "v+", "system_thinking")
n.b("asked how many accounts we'd be ok freezing by mistake per day", "e+", "judgment", "user_impact", hard="question")
n.b("good sense of trade-offs", "v+", "judgment")
n.b("kinda skipped over monitoring", "e-", "risk_awareness", hard="hedged")
n.b("comms on point", "v+", "communication")
n.b("no real red flags tbh", "v+")
n.b("would def want her on the desk", "v+", hard="biased")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n055", candidate_id="w40-c31", interviewer_id="w40-i06", req_id="w40-r1",
         round="debugging", submitted_at="2025-04-28", recommendation="lean_no_hire",
         specificity=2, style=["bullets", "terse", "abbreviations", "lowercase"], topic="spoofing backtest")
n.b("debug; 45m; broken spoofing backtest, precision 0.98 (too good)", "c")
n.b("didn't question the 0.98 at first; said \"nice\"", "e-", "metrics")
n.b("slow to find the issue", "v-", "coding")
n.b("eventually found future prices leaking into features, after 2 hints", "e0", "data_intuition", "learning", hard="mixed")
n.b("debugging approach scattered", "v-", "coding")
n.b("tests: none", "e-", "coding", hard="negated")
n.b("comms ok", "v0", "communication")
n.b("not much ownership of the fix; wanted me to confirm each step", "v-", "ownership")
n.b("ran short, skipped the label drift follow-up", "c")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n056", candidate_id="w40-c32", interviewer_id="w40-i01", req_id="w40-r1",
         round="system_design", submitted_at="2025-05-26", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "fragments"], topic="market surveillance")
n.s("System design, 60 min, surveillance alerting.", "c")
n.nl()
n.s("Mariana design was reasonable.", "v0", "system_thinking")
n.s("Knows streaming systems, many buzzwords but some depth.", "v0", "system_thinking", hard="tech_vague")
n.s("Asked who reads alerts and at what hours.", "e+", "user_impact", hard="question")
n.s("Trade-off discussion ok.", "v0", "judgment")
n.s("Failure modes not covered well.", "v-", "risk_awareness")
n.s("Adapted when I gave hints.", "v+", "learning")
n.s("Communication fine.", "v0", "communication")
n.nl()
n.s("Need second opinion on depth in another round.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n057", candidate_id="w40-c33", interviewer_id="w40-i05", req_id="w40-r2",
         round="behavioural", submitted_at="2025-08-04", recommendation="lean_hire",
         specificity=2, style=["headings", "prose", "first_person", "american"], topic="vendor selection")
n.h("Situation")
n.s("I asked Tariq about a decision he made with incomplete information.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("He described choosing a KYC vendor under time pressure.", "e0", "judgment", hard="plain_evidence")
n.s("I didn't get a clear picture of what he traded off.", "v-", "judgment")
n.h("Impact")
n.s("He seems to have good judgment in general.", "v+", "judgment", hard="hedged")
n.s("Thoughtful and calm.", "v+", hard="biased")
n.h("Situation")
n.s("Second question was about a time he changed his mind.", "c")
n.h("Behavior")
n.s("Open to feedback from what I saw.", "v+", "learning")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n058", candidate_id="w40-c34", interviewer_id="w40-i04", req_id="w40-r1",
         round="behavioural", submitted_at="2025-10-20", recommendation="hire",
         specificity=3, style=["headings", "bullets", "third_person", "american"], topic="sanctions screening",
         ratings={"ownership": "strong_hire"})
n.s("Behavioral interview, 45 minutes.", "c")
n.nl()
n.h("Findings")
n.b("Asked about a problem she owned outside her remit, she described noticing that the sanctions-screening job skipped wallets added after midnight UTC, fixing the cutoff herself and adding a daily count check.", "e+", "ownership", marker="1. ")
n.b("Asked whether she paused screening during the fix, she said she kept it running because a partial screen was better than none, and told compliance the same day.", "e+", "judgment", marker="2. ")
n.b("The candidate showed good ownership throughout.", "v+", "ownership", marker="3. ")
n.b("Her account of a conflict with a product manager lacked specifics.", "v-", "communication", marker="4. ")
n.b("She is a strong communicator.", "v+", "communication", marker="5. ")
n.b("I did not have time to cover the regulatory-reporting question.", "c", marker="6. ")
n.h("Summary")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n059", candidate_id="w40-c35", interviewer_id="w40-i05", req_id="w40-r2",
         round="fundamentals", submitted_at="2026-01-26", recommendation="lean_hire",
         specificity=3, style=["headings", "prose", "first_person", "american", "quotes"], topic="identity verification")
n.h("Situation")
n.s("I asked Ibrahim how he would set the threshold for auto-rejecting identity documents.", "c", hard="interviewer_action")
n.h("Behavior")
n.s("He first picked 0.5 because \"that's the default.\"", "e-", "judgment", hard="plain_evidence")
n.s("When I asked what a wrong rejection costs the user, he switched to setting the threshold from the ratio of the cost of a miss to the cost of a false rejection.", "e+", "learning")
n.s("He got the expected-cost formula right.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He seems solid on fundamentals overall.", "v+", "ml_fundamentals", hard="hedged")
n.h("Impact")
n.s("Good recovery after the hint, but the first instinct was to take the default.", "v0", "judgment", hard="mixed")
n.s("He never raised fairness across document types, not even after the cost question.", "e-", "user_impact", hard="negated")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w40-n060", candidate_id="w40-c36", interviewer_id="w40-i01", req_id="w40-r1",
         round="data", submitted_at="2026-05-11", recommendation="no_hire",
         specificity=3, style=["prose", "third_person", "fragments"], topic="wallet graphs")
n.s("Data round, 45 min: wallet clustering labels from investigators.", "c")
n.nl()
n.s("Hye-jin started modeling before looking at data.", "e-", "data_intuition", hard="plain_evidence")
n.s("I asked to check label distribution first.", "c", hard="interviewer_action")
n.s("She said not needed, labels are clean because they come from vendor.", "e-", "learning")
n.s("Later found 20% of clusters had conflicting labels, called it investigator mistake and dropped them without asking why.", "e-", "judgment")
n.s("Metric chosen was accuracy, nothing about imbalance.", "e-", "metrics")
n.s("Code quality fine.", "v0", "coding")
n.nl()
n.s("Not good judgment under ambiguity.", "v-", "judgment", hard="negated")
n.s("Defensive when challenged.", "v-", "learning")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w40_notes_part5.jsonl", notes)
