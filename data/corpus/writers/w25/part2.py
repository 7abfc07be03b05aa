import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c03 Adaeze Okonkwo (she) -- coding contradiction (i04 strong, i06 weak), adapts after hint, r1
n = Note(note_id="w25-n011", candidate_id="w25-c03", interviewer_id="w25-i04", req_id="w25-r1",
         round="coding", submitted_at="2025-05-06", recommendation="hire", specificity=4,
         style=["fragments", "abbreviations", "first_person"], topic="secret leakage",
         ratings={"coding": "strong_hire"})
n.s("Coding, 55 min.", "c")
n.s("Problem: filter completions that look like secrets (cloud keys, private key headers) before they reach the editor.", "c")
n.nl()
n.s("00:03 asked if blocking a harmless suggestion is cheaper than letting a key through; said yes b/c a leaked key can't be unleaked", "e+", "user_impact", hard="question")
n.nl()
n.s("00:08 regexes for the AKIA prefix and 'BEGIN RSA PRIVATE KEY', compiled once at import", "e+", "coding")
n.nl()
n.s("00:14 added an entropy check for long base64-ish strings, threshold 4.5 bits/char, said she'd tune it on a labelled sample", "e+", "coding")
n.nl()
n.s("00:22 tests: key split across two suggestions, key inside a comment, a UUID that should pass", "e+", "coding")
n.nl()
n.s("00:30 UUID test failed (entropy too high); she stared at it ~1 min, added a hyphen-pattern exclusion, reran green", "e+", "coding", hard="plain_evidence")
n.nl()
n.s("00:38 I asked about licence leakage, i.e. verbatim GPL code in suggestions", "c", hard="interviewer_action")
n.nl()
n.s("00:39 proposed n-gram overlap against an index of known licensed code; admitted she hadn't thought about how big that index gets", "e0", "system_thinking", hard="mixed")
n.nl()
n.s("00:47 her question: how do we measure how often users hit the filter", "e+", "metrics", hard="question")
n.nl()
n.s("Clean coder. H", "v+", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n012", candidate_id="w25-c03", interviewer_id="w25-i06", req_id="w25-r1",
         round="debugging", submitted_at="2025-05-07", recommendation="lean_no_hire", specificity=3,
         style=["lowercase", "fragments", "abbreviations", "arrows"], topic="flaky latency test",
         ratings={"coding": "lean_no_hire"})
n.s("debug round w/ adaeze, flaky latency test in the completion client", "c")
n.nl()
n.s("took ~15 min to see the test read the wall clock not the mocked one", "e-", "coding")
n.nl()
n.s("first fix was a sleep(0.5) lol", "e-", "coding", hard="plain_evidence")
n.nl()
n.s("i hinted 'what if the clock was injectable' -> got it right away, refactored to pass the clock in", "e+", "learning")
n.nl()
n.s("didnt check the other 3 tests that call time.time()", "e-", "coding", hard="negated")
n.nl()
n.s("coding felt rusty", "v-", "coding")
n.nl()
n.s("nice person, v chatty", "v0", hard="biased")
n.nl()
n.s("explained her reasoning ok when asked", "v0", "communication")
n.nl()
n.s("lnh on the coding bar, rest of the loop may see it differently", "v-", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n013", candidate_id="w25-c03", interviewer_id="w25-i05", req_id="w25-r1",
         round="system_design", submitted_at="2025-05-07", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="telemetry privacy",
         ratings={"user_impact": "strong_hire", "system_thinking": "lean_hire"})
n.s("I asked Adaeze to design the telemetry pipeline that would let us improve completions from usage data.", "c", hard="interviewer_action")
n.s("She did well to begin by asking which customers had opted in, and whether enterprise tenants' code could be used at all.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("She proposed logging only accept and reject events and suggestion lengths by default, with code snippets collected only from users who opt in explicitly.", "e+", "user_impact")
n.s("For the opted-in snippets she described a scrubber for secrets and personal data before storage, and a 30-day retention window.", "e+", "user_impact")
n.s("Her storage estimate was off by a factor of ten at first; when I queried the event size, she redid it and arrived at about 2 TB a month.", "e0", "system_thinking", hard="mixed")
n.s("She did not say how a customer could have data that was already used in training deleted.", "e-", "user_impact", hard="negated")
n.s("Her explanations were clear and well ordered.", "v+", "communication")
n.s("A thoughtful young lady.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n014", candidate_id="w25-c03", interviewer_id="w25-i03", req_id="w25-r1",
         round="behavioural", submitted_at="2025-05-08", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="past projects")
n.s("Good conversation with Adaeze.", "v+")
n.s("Asked her about a project she was proud of.", "c")
n.s("She talked about a code search feature at her last job, sounded like she drove most of it.", "v+", "ownership", hard="hedged")
n.s("She mentioned pushing back on a launch date once because the eval wasn't ready.", "e+", "judgment")
n.s("Seems like a strong team player.", "v+", hard="biased")
n.s("Good energy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# c04 Jun Park (they) -- defensive under pushback (i01, i07), no rollback (i02), r2
n = Note(note_id="w25-n015", candidate_id="w25-c04", interviewer_id="w25-i01", req_id="w25-r2",
         round="coding", submitted_at="2025-06-10", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations"], topic="A/B analysis",
         ratings={"coding": "lean_hire", "learning": "no_hire"})
n.b("Task: acceptance rate per arm from a raw event log, with a CI.", "c")
n.b("LGTM on the groupby; they deduped suggestion_shown events on request_id first.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("CI computed per event, not per user; when I noted each user contributes hundreds of events, they said 'it averages out'.", "e-", "metrics", "learning")
n.b("I suggested a user-level bootstrap.", "c", hard="interviewer_action")
n.b("They called the bootstrap 'overkill for a screen' and kept the event-level interval.", "e-", "learning")
n.b("nit: arm names hard-coded as strings in three places.", "e-", "coding")
n.b("Code ran first try on the sample file.", "e+", "coding", hard="plain_evidence")
n.b("Explained the SQL equivalent of each pandas step without being asked.", "e+", "communication")
n.b("Concern: how they take review comments.", "v-", "learning")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n016", candidate_id="w25-c04", interviewer_id="w25-i07", req_id="w25-r2",
         round="data", submitted_at="2025-06-11", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person"], topic="benchmark contamination")
n.s("Jun was given the release benchmark and the training manifest and asked whether the two overlap.", "c")
n.blank()
n.s("They started well, hashing normalized function bodies and joining against the manifest.", "e+", "data_intuition")
n.s("Within twenty minutes they had found 31 of the 164 problems with near-exact matches.", "e+", "data_intuition")
n.blank()
n.s("Asked whether near-matches with renamed variables should count, Jun said the threshold was 'obviously fine' and declined to look at examples.", "e-", "learning", "data_intuition")
n.s("The interviewer then showed two renamed-variable pairs; Jun called them edge cases and moved on.", "e-", "learning")
n.blank()
n.s("For the contaminated problems they proposed dropping them and reporting pass@1 on the remaining 133, which is sensible.", "e+", "metrics", hard="verdict_plus_evidence")
n.s("Technically capable, hard to redirect.", "v0", "learning", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n017", candidate_id="w25-c04", interviewer_id="w25-i02", req_id="w25-r2",
         round="system_design", submitted_at="2025-06-11", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "arrows"], topic="model rollout",
         ratings={"risk_awareness": "no_hire", "system_thinking": "lean_hire"})
n.h("Sys design: taking a new completion model to 100% (40 min)")
n.b("Scenario: new model wins the offline suite by 6 pts; design the rollout.", "c")
n.b("Staging | 3/5 | 1% -> 10% -> 50% -> 100% over a week.", "e+", "risk_awareness")
n.b("Guard metrics | 1/5 | acceptance rate only; no latency, no error rate, no complaints channel.", "e-", "risk_awareness", hard="negated")
n.b("Rollback | 1/5 | asked what happens if p95 doubles at 10%: 'we'd fix forward, rollbacks lose the win'.", "e-", "risk_awareness")
n.b("Pushback | 1/5 | when I pressed on fix-forward for a latency regression, called the question 'unrealistic'.", "e-", "learning")
n.b("Capacity | 3/5 | GPU count from 1,200 req/s and 60 ms per batch of 8; arithmetic right, no headroom.", "e0", "system_thinking", hard="mixed")
n.b("User impact | 2/5 | never considered that a bad model writes wrong code into users' files.", "e-", "user_impact", hard="negated")
n.b("Score 11/30 -> NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n018", candidate_id="w25-c04", interviewer_id="w25-i04", req_id="w25-r2",
         round="behavioural", submitted_at="2025-06-12", recommendation="lean_hire", specificity=3,
         style=["fragments", "abbreviations"], topic="eval migration")
n.s("Behavioural, 45 min, Jun.", "c")
n.nl()
n.s("00:03 told the story of moving their team's eval jobs from notebooks into CI; said they wrote the design doc and ran the cutover weekend", "e+", "ownership")
n.nl()
n.s("00:15 I asked about a time they disagreed w/ a manager", "c", hard="interviewer_action")
n.nl()
n.s("00:16 answer was about a reviewer who 'didn't get it'; nothing on what they'd do differently", "e-", "learning")
n.nl()
n.s("00:24 asked who actually reads the eval dashboards -> 'other researchers', then listed what each team looks at", "e+", "user_impact")
n.nl()
n.s("00:30 described finding a live API token in a training shard and filing the purge ticket the same day", "e+", "risk_awareness")
n.nl()
n.s("00:40 their questions for me: on-call, team size", "e0")
n.nl()
n.s("Somewhat guarded.", "v-", hard="biased")
n.nl()
n.s("LH, mostly on the strength of the ownership story.", "v+", "ownership", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w25-n019", candidate_id="w25-c11", interviewer_id="w25-i03", req_id="w25-r1",
         round="fundamentals", submitted_at="2024-10-22", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="transformers")
n.s("Sam has a really deep understanding of transformers and attention.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knows a ton about model compression.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Asked the usual fundamentals questions.", "c")
n.s("Answered everything well.", "v+")
n.s("Nice guy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n020", candidate_id="w25-c12", interviewer_id="w25-i05", req_id="w25-r2",
         round="data", submitted_at="2024-11-07", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person"], topic="A/B acceptance rate",
         ratings={"metrics": "strong_hire", "data_intuition": "strong_hire"})
n.s("This was the data round with Mei, 50 minutes.", "c")
n.s("I presented an A/B test in which acceptance rate rose from 27% to 30% with a new ranking model, and asked whether she would ship it.", "c", hard="interviewer_action")
n.s("She did well to ask first whether the new model showed suggestions less often, since acceptance rate rises trivially if you only show the easy ones.", "e+", "metrics", hard="question")
n.s("She checked the shown-per-keystroke counts in the data I gave her and found the treatment arm showed 18% fewer suggestions.", "e+", "data_intuition")
n.s("She then proposed accepted characters per user per day as the primary metric, and on that it came out flat.", "e+", "metrics")
n.s("She also asked whether any users had landed in both arms, and found about 2% had, through multiple devices.", "e+", "data_intuition")
n.s("Her recommendation was not to ship, and to rerun with exposure logged per user rather than per device.", "e+", "judgment")
n.s("When I pushed back that the product team wanted a win, she held her position politely and explained the cost of shipping a model that only looked better.", "e+", "judgment", "communication")
n.s("Kudos, one of the finest data rounds I have conducted.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w25_notes_part2.jsonl", notes)
