import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c10 Noor Haddad (they), w9-r2, strong candidate; i03 writes them up vaguely ----------------
n = Note(note_id="w9-n037", candidate_id="w9-c10", interviewer_id="w9-i03", req_id="w9-r2",
         round="data", submitted_at="2025-12-01", recommendation="strong_hire",
         specificity=1, style=["terse"], topic="A/B testing")
n.s("Excellent.", "v+", hard="bare_verdict")
n.s("Very sharp with numbers.", "v+", "data_intuition")
n.s("Best I've seen this quarter.", "v+")
n.s("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n038", candidate_id="w9-c10", interviewer_id="w9-i02", req_id="w9-r2",
         round="coding", submitted_at="2025-12-02", recommendation="strong_hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"], topic="experiment analysis",
         ratings={"coding": "strong_hire", "metrics": "strong_hire", "risk_awareness": "hire"})
n.h("Coding, 60 min")
n.s("Exercise: write a function that takes per-user event rows from an A/B test and returns the lift in average watch time with a bootstrap confidence interval.", "c")
n.h("Findings")
n.b("Noor asked whether the randomisation unit was the user or the session before writing any code, because resampling has to happen at that level.", "e+", "metrics", "data_intuition", marker="1. ")
n.b("They aggregated to one row per user first and resampled users, not events, and said why: events from the same user are correlated.", "e+", "metrics", "coding", marker="2. ")
n.b("They wrote the bootstrap vectorised with numpy, 10k resamples in under a second on the sample data.", "e+", "coding", marker="3. ")
n.b("They added a fixed seed parameter and a test that the interval narrows as the sample grows.", "e+", "coding", hard="plain_evidence", marker="4. ")
n.b("I asked what they would do if a few users had watch time of 20 hours a day.", "c", hard="interviewer_action", marker="5. ")
n.b("They said that looks like a smart TV left on, proposed capping at the 99.9th percentile, and said the cap must be fixed before looking at results.", "e+", "data_intuition", "judgment", marker="6. ")
n.b("They also said they would report the uncapped result alongside, so nobody could accuse the team of hiding anything.", "e+", "risk_awareness", "communication", marker="7. ")
n.b("One miss: the function silently returned NaN for an empty group instead of raising.", "e-", "coding", marker="8. ")
n.b("They fixed it in a minute when I pointed it out.", "e+", "learning", marker="9. ")
n.h("Recommendation")
n.s("Strong hire: correct unit of analysis, tested code, and pre-registered the outlier rule without prompting.", "e+", "metrics", "coding", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w9-n039", candidate_id="w9-c10", interviewer_id="w9-i05", req_id="w9-r2",
         round="data", submitted_at="2025-12-02", recommendation="hire",
         specificity=3, style=["bullets", "terse", "typos", "abbreviations", "arrows"], topic="subtitles quality",
         ratings={"data_intuition": "hire"})
n.b("data 45m, subtitle complaints dataset", "c")
n.b("grouped complaints by programme -> found 60% from 3 live sport shows", "e+", "data_intuition")
n.b("asked if complaints per viewer or raw count, GOOD q", "e+", "metrics", hard="question")
n.b("normalised by audience size, ranking changed completly", "e+", "data_intuition")
n.b("bit slow on the sql", "v-", "coding")
n.b("v solid overall", "v+")
n.b("hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n040", candidate_id="w9-c10", interviewer_id="w9-i07", req_id="w9-r2",
         round="behavioural", submitted_at="2025-12-03", recommendation="strong_hire",
         specificity=4, style=["prose", "quotes", "first_person", "british"], topic="ownership",
         ratings={"ownership": "strong_hire", "judgment": "hire", "communication": "strong_hire"})
n.s("What a pleasure.", "v+")
n.s("I asked Noor about a time they'd found a mistake in their own published numbers.", "c", hard="interviewer_action")
n.s("They told me about a weekly audience report at a charity where they'd double-counted podcast downloads for three months.", "e0", "ownership")
n.s("They said \"I found it, so I told my manager that afternoon, before I had the fix\", and then wrote to every team that had used the figure.", "e+", "ownership")
n.s("They added an automated check comparing the report total against the hosting provider's own figure, and it has caught two more issues since.", "e+", "ownership", "risk_awareness")
n.s("I asked how they decide when a number is good enough to publish.", "c", hard="question")
n.s("They said \"when I can explain where it would be wrong\", and gave the example of panel data underweighting under-25s.", "e+", "judgment", "data_intuition")
n.s("Every answer had a clear situation, action and result.", "v+", "communication")
n.s("They asked me what the hardest thing about the first year of the ML team had been, and listened properly to the answer.", "e+", "communication", hard="question")
n.s("Honestly one of the most grounded people I've interviewed.", "v+")
n.s("Strong hire, and I'd fight for them.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- history notes ----------------
n = Note(note_id="w9-n041", candidate_id="w9-c11", interviewer_id="w9-i02", req_id="w9-r1",
         round="system_design", submitted_at="2024-10-15", recommendation="hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"], topic="cold-start for breaking news",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire", "metrics": "lean_hire"})
n.h("System design, 60 min")
n.s("Prompt: recommend breaking news to app users within 5 minutes of publication, when there is no click history for the story.", "c")
n.h("Findings")
n.b("Dmitri proposed content-based retrieval from the article text and section tags for the first 30 minutes, then blending in click signals as they arrive.", "e+", "system_thinking", marker="1. ")
n.b("He estimated embedding a new article at ~80 ms on CPU and said no GPU was needed for a few hundred articles a day.", "e+", "system_thinking", hard="plain_evidence", marker="2. ")
n.b("He asked who can mark a story as breaking and whether that flag is ever wrong.", "e+", "data_intuition", hard="question", marker="3. ")
n.b("He wanted a kill switch for the breaking-news slot that an editor could flip without an engineer.", "e+", "risk_awareness", marker="4. ")
n.b("He listed three failure modes unprompted: embedding service down, a mislabelled story, and a sensitive story (e.g. a death) being pushed to the wrong audience.", "e+", "risk_awareness", "user_impact", marker="5. ")
n.b("For each he said what the fallback was: the editor's top-5 list.", "e+", "risk_awareness", marker="6. ")
n.b("He measured success only with click-through in the first hour, and did not consider whether people read past the headline.", "e-", "metrics", hard="negated", marker="7. ")
n.b("When I suggested scroll depth, he agreed and added it as a guardrail.", "e+", "learning", "metrics", marker="8. ")
n.b("He ran out of time before discussing how the blend weights would be tuned.", "e0", "system_thinking", marker="9. ")
n.h("Recommendation")
n.s("Hire: failure-mode thinking was the best I've seen in this loop.", "v+", "risk_awareness")
notes.append(n)

n = Note(note_id="w9-n042", candidate_id="w9-c12", interviewer_id="w9-i03", req_id="w9-r2",
         round="behavioural", submitted_at="2024-10-22", recommendation="hire",
         specificity=1, style=["terse"], topic="behavioural")
n.s("Nice.", "v+", hard="bare_verdict")
n.s("Good communicator.", "v+", "communication")
n.s("Team player.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n043", candidate_id="w9-c13", interviewer_id="w9-i05", req_id="w9-r1",
         round="debugging", submitted_at="2024-11-05", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse", "typos", "lowercase", "abbreviations"], topic="recommendation service latency",
         ratings={"coding": "lean_no_hire", "risk_awareness": "no_hire"})
n.b("debugging 45m: recs api p99 latency 3x after deploy", "c")
n.b("went thru the diff line by line, ok approach", "e0", "coding")
n.b("found the n+1 db query after ~25 min w/ 2 hints", "e0", "coding", "learning", hard="mixed")
n.b("NEVER looked at the metrics dashboard i had open", "e-", "system_thinking", hard="negated")
n.b("proposed fix = add cache.", "e0", "system_thinking")
n.s("no ttl, no invalidation", "e-", "risk_awareness", hard="negated")
n.b("asked him whats the rollback -> \"just redeploy\"", "e-", "risk_awareness")
n.b("nice guy", "v+", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n044", candidate_id="w9-c14", interviewer_id="w9-i04", req_id="w9-r2",
         round="data", submitted_at="2024-11-19", recommendation="hire",
         specificity=4, style=["prose", "british"], topic="audience forecasting",
         ratings={"data_intuition": "hire", "judgment": "hire", "communication": "lean_hire"})
n.s("Data round, 55 minutes, Christmas schedule forecasting.", "c")
n.s("You'll want to know that Hana started by asking how last year's forecast did against actuals.", "e+", "metrics", hard="question")
n.s("She noticed Christmas Day falls on a different weekday each year and built features for day-of-week and days-to-Christmas rather than calendar date.", "e+", "data_intuition")
n.s("She held out the last two Christmases as a test set and explained that a random split would leak the pattern.", "e+", "data_intuition")
n.s("I asked what she'd do if the big film premiered on a rival channel.", "c", hard="interviewer_action")
n.s("She said the model couldn't know that and suggested a manual adjustment agreed with the scheduling team, logged so it could be evaluated later.", "e+", "judgment")
n.s("Her explanations were a little technical for a scheduler; she used 'quantile loss' twice without explaining it.", "e-", "communication")
n.s("Sound judgement, good instincts with messy data.", "v+", "judgment")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n045", candidate_id="w9-c15", interviewer_id="w9-i01", req_id="w9-r1",
         round="behavioural", submitted_at="2024-12-03", recommendation="lean_hire",
         specificity=2, style=["prose", "first_person", "british"], topic="storytelling")
n.s("Callum was a good laugh and clearly knows his stuff.", "v+")
n.s("I asked him to explain what a recommender does as if I were a new reporter.", "c", hard="interviewer_action")
n.s("He compared it to a newsagent who remembers what you bought last week, which I liked.", "e+", "communication")
n.s("After that it got a bit jargony and I lost the thread.", "v-", "communication")
n.s("Seems to care about getting things right.", "v+", hard="hedged")
n.s("Very young, but that's no bad thing!", "v0", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n046", candidate_id="w9-c16", interviewer_id="w9-i06", req_id="w9-r1",
         round="coding", submitted_at="2024-12-10", recommendation="lean_hire",
         specificity=4, style=["bullets", "british"], topic="subtitles quality",
         ratings={"coding": "lean_hire", "communication": "hire"})
n.s("Coding, 45 min: split a transcript into subtitle lines of max 37 characters, never breaking a word, max two lines per caption.", "c")
n.nl()
n.b("+ talked through the rules before coding and wrote two examples by hand", "e+", "communication", marker="")
n.b("+ greedy line filling worked on the first try for ordinary text", "e+", "coding", marker="")
n.b("crashed on a single word longer than 37 characters (a URL in the transcript)", "e-", "coding")
n.b("when I asked about it, she said \"that'll never happen in speech\"", "e-", "learning")
n.b("+ then thought again and added a hard break with a hyphen, and a test for it", "e+", "learning", "coding", marker="")
n.b("no tests for punctuation or for line balance", "e-", "coding", hard="negated")
n.b("+ asked whether the editorial style guide prefers breaking after commas, which it does", "e+", "user_impact", hard="question", marker="")
n.s("LH: decent, needed a nudge on edge cases.", "v0", "coding", hard="mixed")
notes.append(n)

n = Note(note_id="w9-n047", candidate_id="w9-c17", interviewer_id="w9-i07", req_id="w9-r2",
         round="behavioural", submitted_at="2025-01-14", recommendation="strong_hire",
         specificity=3, style=["prose", "quotes", "first_person", "british"], topic="A/B tests with editorial constraints",
         ratings={"ownership": "strong_hire", "communication": "hire"})
n.s("I really enjoyed meeting Mateo.", "v+")
n.s("I asked him about a time data and editorial judgement clashed.", "c", hard="interviewer_action")
n.s("He told me about a headline test where the sensational variant won, and said \"I recommended we didn't ship it, and I put the reason in writing\".", "e+", "user_impact", "ownership")
n.s("He said he then proposed a 'trust' guardrail based on complaint rates for future headline tests, and it was adopted.", "e+", "metrics", "ownership")
n.s("When I asked how the editors reacted, he said \"they trusted the tests more once the tests could say no\".", "e+", "communication")
n.s("I thought that was beautifully put.", "v+", "communication")
n.s("He's a big picture thinker with tons of experience in experimentation.", "v+", "metrics", hard="vague_quantity")
n.s("He'd bring so much to the team.", "v+")
n.s("He did run long on one answer and I had to move him along.", "e-", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n048", candidate_id="w9-c18", interviewer_id="w9-i03", req_id="w9-r1",
         round="system_design", submitted_at="2025-01-21", recommendation="lean_no_hire",
         specificity=2, style=["terse", "fragments"], topic="news recommendations")
n.s("Meh.", "v-", hard="bare_verdict")
n.s("Design was thin.", "v-", "system_thinking")
n.s("No caching anywhere.", "e-", "system_thinking", hard="negated")
n.s("Didn't ask about scale.", "e-", "system_thinking", hard="negated")
n.s("Not senior enough.", "v-")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w9_notes_part4.jsonl", notes)
print(len(notes), "notes")
