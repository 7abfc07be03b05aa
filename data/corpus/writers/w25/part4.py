import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c07 Kwame Mensah (he) -- adapts after hints, strong on latency, vague write-up from i03, r1
n = Note(note_id="w25-n031", candidate_id="w25-c07", interviewer_id="w25-i01", req_id="w25-r1",
         round="coding", submitted_at="2025-09-09", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "abbreviations"], topic="FIM prompt assembly",
         ratings={"coding": "lean_hire", "learning": "hire"})
n.h("Coding (60m)")
n.b("Q: assemble a fill-in-the-middle prompt from prefix, suffix and retrieved snippets within a 2048-token budget.", "c")
n.b("Started by truncating the prefix from the front, which throws away the import block.", "e-", "judgment")
n.b("I hinted that imports carry a lot of signal for the next line.", "c", hard="interviewer_action")
n.b("He switched to keeping the first 20 lines plus the last N tokens and explained why that beats plain tail truncation.", "e+", "learning")
n.b("Split the budget 60/25/15 across prefix/suffix/snippets and said he'd tune the split offline.", "e+", "judgment")
n.b("nit: counted characters instead of tokens at first; fixed it when his own test with a long unicode string failed.", "e0", "coding", hard="mixed")
n.b("nit: the helper mutates its input list.", "e-", "coding")
n.b("No test for an empty suffix (cursor at end of file).", "e-", "coding", hard="negated")
n.b("Solid after the hint; first instinct was off.", "v0", "learning", hard="mixed")
n.b("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n032", candidate_id="w25-c07", interviewer_id="w25-i03", req_id="w25-r1",
         round="system_design", submitted_at="2025-09-10", recommendation="hire", specificity=1,
         style=["prose", "first_person"], topic="serving latency")
n.s("Kwame did a great job on the latency design question.", "v+", "system_thinking")
n.s("I asked him to design the serving path for completions under a tight latency budget.", "c", hard="interviewer_action")
n.s("Really knows his stuff when it comes to GPUs and batching.", "v+", "system_thinking", hard="tech_vague")
n.s("Had a good take on speculative decoding too.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Very calm under pressure.", "v+", hard="biased")
n.s("Lots of good ideas.", "v+", hard="vague_quantity")
n.s("Some rough edges on rollout but nothing major.", "v0", "risk_awareness", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n033", candidate_id="w25-c07", interviewer_id="w25-i04", req_id="w25-r1",
         round="debugging", submitted_at="2025-09-10", recommendation="hire", specificity=5,
         style=["fragments", "abbreviations", "arrows", "quotes"], topic="A/B logging bug",
         ratings={"data_intuition": "strong_hire", "learning": "hire"})
n.s("Debugging, 50 min, Kwame.", "c")
n.nl()
n.s("Setup: an A/B dashboard shows +9% acceptance for treatment, far above anything offline predicted. Is it real?", "c")
n.nl()
n.s("00:03 asked how assignment works -> per session or per user", "e+", "data_intuition", hard="question")
n.nl()
n.s("00:07 pulled event counts per arm, noticed treatment logs 11% fewer shown events", "e+", "data_intuition")
n.nl()
n.s("00:12 first theory: treatment model is faster so fewer suggestions time out; spent ~8 min on it", "e0", "judgment")
n.nl()
n.s("00:20 theory didn't fit the latency logs; I nudged him to diff client versions per arm", "c", hard="interviewer_action")
n.nl()
n.s("00:22 found treatment clients on a build that drops the shown event for 1-char suggestions -> denominator shrinks", "e+", "data_intuition")
n.nl()
n.s("00:30 called the +9% mostly artifact; estimated the real lift at ~+1% from the subset on matching builds", "e+", "metrics")
n.nl()
n.s("00:36 proposed a sample-ratio-mismatch check on every experiment so this gets caught on day 1", "e+", "risk_awareness")
n.nl()
n.s("00:42 asked who owns client logging and offered to write the ticket himself", "e+", "ownership")
n.nl()
n.s("00:45 summarised for a pretend PM: 'one group counted fewer misses, so it looked better than it is'", "e+", "communication", hard="plain_evidence")
n.nl()
n.s("H, would be SH if he'd gone to the client diff without the nudge", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n034", candidate_id="w25-c07", interviewer_id="w25-i06", req_id="w25-r1",
         round="behavioural", submitted_at="2025-09-11", recommendation="hire", specificity=3,
         style=["lowercase", "fragments", "arrows", "quotes"], topic="rollback story")
n.s("behavioural kwame", "c")
n.nl()
n.s("asked about a rollback he owned", "c", hard="interviewer_action")
n.nl()
n.s("story: shipped a new ranker, acceptance fine but crash reports from one ide plugin doubled in 2 days -> he rolled back himself at 2am and wrote the postmortem", "e+", "ownership")
n.nl()
n.s("said the mistake was watching only acceptance, now adds client error rate as a guard", "e+", "risk_awareness")
n.nl()
n.s("how he'd handle a pm pushing to reship: 'give me the guard metrics and a date, not a vibe'", "e+", "judgment")
n.nl()
n.s("a bit quiet at first", "v-", hard="biased")
n.nl()
n.s("good self-awareness", "v+", "learning")
n.nl()
n.s("h", "v+", hard="bare_verdict")
notes.append(n)

# c08 Lucia Fernandez (she) -- poor judgment under ambiguity (i02, i05); metrics contradiction (i07 strong, i02 weak), r2
n = Note(note_id="w25-n035", candidate_id="w25-c08", interviewer_id="w25-i07", req_id="w25-r2",
         round="data", submitted_at="2025-10-14", recommendation="hire", specificity=4,
         style=["prose", "third_person"], topic="A/B reporting",
         ratings={"metrics": "strong_hire"})
n.s("Lucía was given logs from an A/B test on a new completion ranker and asked what she would report to leadership.", "c")
n.blank()
n.s("She began by separating acceptance rate from accepted characters and noted that the two moved in opposite directions.", "e+", "metrics")
n.s("She proposed characters retained after 10 minutes as the primary metric, arguing that acceptance alone rewards short, safe suggestions.", "e+", "metrics")
n.s("She checked that the arms were balanced on language mix before reading any result.", "e+", "data_intuition")
n.blank()
n.s("Asked what she would do if the primary were flat but acceptance up, she said she would report flat and explain why.", "e+", "judgment", "metrics")
n.s("Her plan for the write-up was one headline number, one caveat, one next step.", "e+", "communication")
n.blank()
n.s("She did not ask how long the test had run, which matters for novelty effects.", "e-", "metrics", hard="negated")
n.s("Strong on metrics.", "v+", "metrics")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n036", candidate_id="w25-c08", interviewer_id="w25-i02", req_id="w25-r2",
         round="fundamentals", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "quotes"], topic="eval fundamentals",
         ratings={"metrics": "lean_no_hire", "judgment": "no_hire", "ml_fundamentals": "lean_hire"})
n.h("Fundamentals (45 min)")
n.b("Q1 (metrics): pass@1 vs pass@10 for a UI that shows one suggestion.", "c")
n.b("Metrics | 2/5 | said pass@10 is the better target 'because it is higher and more stable'.", "e-", "metrics")
n.b("Q2 (ML): why a distilled student can beat its teacher on a benchmark.", "c")
n.b("ML | 3/5 | mentioned regularization from soft targets; couldn't say why it would show up on this benchmark.", "e0", "ml_fundamentals", hard="mixed")
n.b("Q3 (ambiguous): 'the eval set is 3 years old, what do you do?'", "c", hard="question")
n.b("Judgment | 1/5 | no clarifying questions; proposed rebuilding the whole suite from scratch over a quarter.", "e-", "judgment")
n.b("When I said we have two weeks, same plan, just 'faster'.", "e-", "judgment")
n.b("Communication | 3/5 | organized answers.", "v0", "communication")
n.b("Total 9/20 -> LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n037", candidate_id="w25-c08", interviewer_id="w25-i05", req_id="w25-r2",
         round="system_design", submitted_at="2025-10-15", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="quality complaints")
n.s("System design with Lucía, 50 minutes.", "c")
n.s("The question was deliberately open: 'Customers say completions got worse last month; what do you build?'", "c", hard="question")
n.s("She did well to list three plausible causes early: a model change, a retrieval index that stopped refreshing, and a shift in the mix of languages.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("However, she then committed to building a full continuous evaluation platform before checking which of the three was true.", "e-", "judgment")
n.s("I asked what she would do on day one; she said she would 'start the platform design doc'.", "e-", "judgment")
n.s("She did not ask how many customers had complained, or which ones.", "e-", "judgment", hard="negated")
n.s("Her component diagram was neat and she sized the nightly eval at about 200 GPU-hours.", "e+", "system_thinking")
n.s("When I suggested looking at the complaints first, she agreed, but was back on the platform within five minutes.", "e-", "learning")
n.s("She carries herself in a lovely, composed manner.", "v+", hard="biased")
n.s("Lean no hire, with regret.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n038", candidate_id="w25-c08", interviewer_id="w25-i04", req_id="w25-r2",
         round="coding", submitted_at="2025-10-16", recommendation="lean_hire", specificity=3,
         style=["fragments", "first_person"], topic="streaming acceptance rate")
n.s("Coding, 45 min, Lucía.", "c")
n.nl()
n.s("Problem: stream accept/reject events, rolling 1-hour acceptance rate per language.", "c")
n.nl()
n.s("00:04 a deque per language, evicting by timestamp", "e+", "coding")
n.nl()
n.s("00:15 assumed events arrive in order; didn't ask", "e-", "data_intuition", hard="negated")
n.nl()
n.s("00:22 I asked about late events", "c", hard="interviewer_action")
n.nl()
n.s("00:23 added a 5-min grace window, said it trades freshness for correctness", "e+", "judgment")
n.nl()
n.s("00:35 ran her own example, hit a division by zero for a language with no events, fixed it", "e+", "coding", hard="plain_evidence")
n.nl()
n.s("ok code overall", "v0", "coding")
n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w25-n039", candidate_id="w25-c15", interviewer_id="w25-i05", req_id="w25-r1",
         round="behavioural", submitted_at="2024-12-10", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="secret leakage incident")
n.s("Behavioural interview with Thandiwe, 45 minutes.", "c")
n.s("I asked her to describe a time she made a mistake that affected users.", "c", hard="interviewer_action")
n.s("She narrated an incident in which a completion model she helped train reproduced a real-looking API key from its training data in a customer's editor.", "e0", "user_impact")
n.s("She said she personally paged the security team within the hour and drafted the customer notice with legal.", "e+", "ownership")
n.s("She described adding a secret-scanning pass to the training data pipeline plus a runtime filter, and quoted the recall of each from her offline test.", "e+", "risk_awareness")
n.s("She was candid that the team had skipped secret scanning because of a deadline, and that she had agreed to skip it.", "e+", "ownership")
n.s("When I asked what she would change about how that deadline decision was made, she said she now insists on a written risk sign-off.", "e+", "judgment")
n.s("She spoke with admirable clarity.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n040", candidate_id="w25-c16", interviewer_id="w25-i07", req_id="w25-r2",
         round="coding", submitted_at="2025-01-21", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person"], topic="bootstrap CI")
n.s("Ben's coding round asked him to implement a bootstrap interval for the difference in acceptance rate between two arms.", "c")
n.blank()
n.s("He wrote the resampling loop correctly but resampled events rather than users.", "e-", "ml_fundamentals")
n.s("When the interviewer asked why users matter here, he said he was not sure.", "e-", "ml_fundamentals")
n.s("His code was tidy, and he added a seed parameter for reproducibility.", "e+", "coding")
n.s("He did not test with unequal arm sizes.", "e-", "coding", hard="negated")
n.blank()
n.s("Reasonable coder, shaky on the statistics.", "v0", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w25_notes_part4.jsonl", notes)
