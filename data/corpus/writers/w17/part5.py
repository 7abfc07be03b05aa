import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w17-n041", candidate_id="w17-c17", interviewer_id="w17-i03", req_id="w17-r1",
         round="coding", submitted_at="2024-05-14", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="coding")
n.s("Coding.", "c")
n.s("Priya struggled.", "v-", "coding")
n.s("Not really at the level we need.", "v-", hard="bare_verdict")
n.s("Seemed a bit nervous.", "v-", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n042", candidate_id="w17-c18", interviewer_id="w17-i02", req_id="w17-r1",
         round="debugging", submitted_at="2024-05-28", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person", "american", "quotes"], topic="feature store freshness",
         ratings={"data_intuition": "hire", "risk_awareness": "strong_hire", "ownership": "hire"})
n.s("Round: debugging, 50 min.", "c")
n.s("Setup: session recommender CTR dropped 4% overnight; the planted cause is a feature store job writing yesterday's skip counts under today's partition.", "c")
n.nl()
n.h("Findings")
n.b("Asked first whether the drop was uniform across platforms and regions; it was, which he said pointed away from a client release.", "e+", "data_intuition", marker="1. ")
n.b("Compared today's feature distributions with last week's for the top 10 features before reading any code.", "e+", "data_intuition", hard="plain_evidence", marker="2. ")
n.b("Found skip_count_24h had an unchanged mean but its correlation with the label had collapsed; concluded the values were stale, not wrong.", "e+", "data_intuition", marker="3. ")
n.b("Traced it to the partition key in the write job, ~20 min in total.", "e+", "coding", marker="4. ")
n.b("Proposed writing a freshness timestamp with every feature row, with the ranker falling back to session-only features when it is older than 2h.", "e+", "risk_awareness", "system_thinking", marker="5. ")
n.b("Did not suggest checking whether the stale rows had reached the training set until I asked.", "e-", "data_intuition", hard="negated", marker="6. ")
n.b("Offered to own the postmortem and named two follow-ups: an alert on feature-label correlation and a named owner for the write job.", "e+", "ownership", marker="7. ")
n.b("Explained the root cause to me, playing a PM, without mentioning partitions at all: 'the model was reading yesterday's paper'.", "e+", "communication", hard="plain_evidence", marker="8. ")
n.nl()
n.s("Evidence-based verdict: hire; 1-5, 7 and 8 are at the bar, 6 is a gap a single prompt closed.", "v+")
notes.append(n)

n = Note(note_id="w17-n043", candidate_id="w17-c19", interviewer_id="w17-i07", req_id="w17-r2",
         round="behavioural", submitted_at="2024-06-25", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="behavioural")
n.s("Aisha is a star!", "v+")
n.s("We chatted about her work on podcast transcription at her last company.", "c")
n.s("She clearly owns her projects end to end and doesn't wait for permission!", "v+", "ownership")
n.s("She has tons of experience with speech models, like years and years!", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("She mentioned a tricky launch and handled it brilliantly by the sound of it!", "v+")
n.s("Super warm and easy to talk to!", "v+", hard="biased")
n.s("Hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n044", candidate_id="w17-c20", interviewer_id="w17-i05", req_id="w17-r1",
         round="system_design", submitted_at="2024-07-03", recommendation="lean_hire", specificity=2,
         style=["lowercase", "terse", "fragments"], topic="editorial overrides")
n.b("sys design w/ noah, editorial overrides", "c", marker="")
n.b("decent", "v0", marker="")
n.b("drew a rules layer sitting on top of the ranker", "e+", "system_thinking", marker="")
n.b("kinda hand-wavy on monitoring", "v-", "risk_awareness", marker="")
n.b("knows his kafka stuff", "v+", "system_thinking", hard="tech_vague", marker="")
n.b("communication fine", "v0", "communication", marker="")
n.b("LH", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w17-n045", candidate_id="w17-c21", interviewer_id="w17-i04", req_id="w17-r1",
         round="behavioural", submitted_at="2024-08-06", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="ownership",
         ratings={"ownership": "strong_hire", "user_impact": "hire"})
n.s("This behavioural round focussed on ownership and collaboration.", "c")
n.s("I asked Thanh to describe a time when something broke that was not their responsibility.", "c")
n.s("They described a nightly job computing playlist features that silently stopped for two days, owned by another team, and they noticed it because their own model's save rate dropped.", "e+", "ownership")
n.s("They were able to explain that they first messaged the owning team, and when no one replied for half a day they patched the job themselves and left the fix for the owners to review.", "e+", "ownership")
n.s("They then added an alert on the job's row counts and documented it in the team runbook.", "e+", "risk_awareness", "ownership")
n.s("When I asked whether patching another team's job was appropriate, they agreed it was a grey area and said next time they would page that team's on-call rather than wait.", "e+", "learning", "judgment")
n.blank()
n.s("I also asked about a disagreement; they told that they had argued against switching off the explicit-content filter on kids' profiles for a test, and proposed running the test on adult profiles only.", "e+", "user_impact")
n.s("When I asked how that disagreement ended, they said they 'didn't follow up after that'.", "e-", "ownership")
n.s("They are a very genuine person.", "v+", hard="biased")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n046", candidate_id="w17-c22", interviewer_id="w17-i01", req_id="w17-r2",
         round="debugging", submitted_at="2024-09-10", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british", "quotes"], topic="podcast search",
         ratings={"data_intuition": "strong_hire", "risk_awareness": "strong_hire", "communication": "strong_hire"})
n.s("Ingrid debugs the way a good sound engineer mixes: one fader at a time.", "v+", "coding")
n.s("The setup was a podcast search regression: after a reindex, queries for guest names returned nothing for about a fifth of episodes.", "c")
n.blank()
n.s("She asked for three failing queries and three working ones before opening any logs.", "e+", "data_intuition", hard="plain_evidence")
n.s("Comparing them, she noticed the failing episodes all had transcripts in a newer format with speaker labels inline, like 'SPEAKER_2: hello'.", "e+", "data_intuition")
n.s("She guessed the tokeniser was gluing the label to the first word, wrote a two-line test to confirm it, and it did.", "e+", "coding")
n.s("She then asked how many episodes had been reindexed in the new format, and I told her 2.1 million.", "e+", "risk_awareness", hard="question")
n.blank()
n.s("Her fix stripped the labels at index time but kept them in a separate field, because, she said, the speaker field would serve the 'search by guest' feature product had asked for.", "e+", "system_thinking", "user_impact")
n.s("Before calling it done she proposed a canary set of 200 known guest-name searches to run after every reindex, with the reindex blocked if recall dropped.", "e+", "risk_awareness")
n.s("I played a cross podcast host whose show had vanished from search; she apologised, explained what had happened in plain words and gave a time for the fix.", "e+", "communication", "user_impact")
n.blank()
n.s("The only wobble: she first suspected the embedding model and spent about five minutes there before coming back to the data.", "e-", "coding")
n.s("She owned that herself afterwards: 'I went to the fancy part first, I should've looked at the text'.", "e+", "learning")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n047", candidate_id="w17-c23", interviewer_id="w17-i06", req_id="w17-r2",
         round="coding", submitted_at="2024-10-22", recommendation="lean_hire", specificity=3,
         style=["fragments", "american"], topic="rolling counts")
n.s("Coding, 45 min: rolling 7-day listen counts per podcast from an unsorted event log.", "c")
n.nl()
n.s("Saw: sorted by timestamp first and used a two-pointer window.", "e+", "coding")
n.nl()
n.s("Missing: didn't handle events sharing a timestamp, so counts were off by one.", "e-", "coding", hard="negated")
n.nl()
n.s("Saw: fixed it once I showed him the failing case.", "e+", "learning")
n.nl()
n.s("Missing: tests were an afterthought.", "v-", "coding")
n.nl()
n.s("Saw: good instincts on complexity.", "v+", "coding")
n.nl()
n.s("Missing: a bit quiet, hard to read.", "v-", hard="biased")
n.nl()
n.s("Net: lean hire, the coding is fine but not more than fine.", "v0", "coding", hard="mixed")
notes.append(n)

n = Note(note_id="w17-n048", candidate_id="w17-c24", interviewer_id="w17-i03", req_id="w17-r1",
         round="data", submitted_at="2024-11-12", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="data")
n.s("Data round with Elif.", "c")
n.s("Great data intuition.", "v+", "data_intuition")
n.s("Knows her SQL and pandas cold.", "v+", "coding", hard="tech_vague")
n.s("Good head on her shoulders.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n049", candidate_id="w17-c25", interviewer_id="w17-i07", req_id="w17-r1",
         round="system_design", submitted_at="2024-12-10", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="retention vs clicks",
         ratings={"metrics": "strong_hire", "risk_awareness": "hire"})
n.s("Siddharth gave one of the most complete designs I've seen!", "v+", "system_thinking")
n.s("I asked him to design the home feed for a listener who uses us for both music and podcasts, with long-term retention as the goal.", "c")
n.s("He began by asking what 'long-term' meant to us, 30 days or a year, and how we currently measure it!", "e+", "judgment", "metrics", hard="question")
n.s("He proposed predicting 60-day retention as a slow label and training on a short-term proxy (saves and follows) that he'd validate against it every quarter, such a clever approach!", "e+", "metrics", hard="verdict_plus_evidence")
n.s("He pointed out that podcasts might look worse on short-term clicks but drive more return visits, so a click-trained model would quietly push podcasts out of the feed!", "e+", "metrics")
n.s("When I asked about launch, he wanted a 10% rollout with a holdout kept for three months and a guardrail on daily active listeners!", "e+", "risk_awareness")
n.s("He didn't say much about the serving cost of running two models, but we were out of time anyway!", "e-", "system_thinking", hard="negated")
n.s("Also he's a fellow cricket fan, which was fun!", "v+", hard="biased")
n.s("Strong hire, without a doubt!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n050", candidate_id="w17-c26", interviewer_id="w17-i05", req_id="w17-r2",
         round="behavioural", submitted_at="2025-01-14", recommendation="lean_no_hire", specificity=3,
         style=["lowercase", "fragments", "typos", "arrows"], topic="launch failure")
n.b("behavioural, camille", "c", marker="")
n.b("asked about a launch that went wrong", "c", marker="")
n.b("said their podcast chapters model shipped w/ no monitoring and was broken for non-english shows for a month", "e-", "risk_awareness", marker="")
n.b("i asked who noticed, she said a creator emailed support", "e-", "risk_awareness", marker="")
n.b("asked what she'd do differently -> 'more testing', nothing specific", "e-", "learning", marker="")
n.b("didnt mention the creators at all when talking about impact", "e-", "user_impact", hard="negated", marker="")
n.b("did say she wrote the rollback script herself afterwards", "e+", "ownership", marker="")
n.b("kinda vague answers overall", "v-", "communication", marker="")
n.b("lnh", "v-", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w17_notes_part5.jsonl", notes)
