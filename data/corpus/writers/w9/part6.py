import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w9-n061", candidate_id="w9-c31", interviewer_id="w9-i07", req_id="w9-r1",
         round="system_design", submitted_at="2025-05-27", recommendation="hire",
         specificity=2, style=["prose", "quotes", "first_person", "british"], topic="news recommendations")
n.s("System design, 60 minutes, over video call.", "c")
n.s("The camera dropped out for about five minutes in the middle, so we ran a little over.", "c")
n.s("I asked Inês to design recommendations for our local radio apps.", "c", hard="interviewer_action")
n.s("What a thoughtful, creative mind she has.", "v+")
n.s("She clearly has a deep understanding of recommender architectures, embeddings and retrieval.", "v+", "system_thinking", hard="tech_vague")
n.s("She talked about \"keeping the local in local radio\", which I loved.", "e+", "user_impact")
n.s("Her design was very well thought out.", "v+", "system_thinking")
n.s("She knew a hundred different ways to handle cold start.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("She was very aware of the risks.", "v+", "risk_awareness")
n.s("In her words, \"I'd rather be useful than clever\".", "e0", "judgment")
n.s("Maybe a touch light on the numbers side, but nothing worrying.", "v0", "system_thinking", hard="hedged")
n.s("I think she'd fit right in with the team.", "v+", hard="biased")
n.s("Lots of experience at big platforms too.", "v+", hard="vague_quantity")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n062", candidate_id="w9-c32", interviewer_id="w9-i01", req_id="w9-r2",
         round="behavioural", submitted_at="2025-06-03", recommendation="lean_hire",
         specificity=2, style=["prose", "first_person", "british"], topic="storytelling")
n.s("Tariq joined a few minutes late because of a train strike, which wasn't his fault at all.", "c")
n.s("We talked for about 35 minutes.", "c")
n.s("I asked him to tell me about the piece of work he is proudest of.", "c", hard="interviewer_action")
n.s("He chose an election-night turnout model, and I could tell he was proud of it.", "v+", "ownership", hard="hedged")
n.s("The story got a bit lost in the detail, though.", "v-", "communication")
n.s("He described the model's inputs for quite a long time before telling me what it was for.", "e-", "communication")
n.s("When I asked what the newsroom did with it, he said the presenters used the figures live on air.", "e+", "user_impact")
n.s("He seems genuinely committed to public service.", "v+", hard="hedged")
n.s("I'm not sure he'd be comfortable explaining things to editors under pressure.", "v-", "communication", hard="hedged")
n.s("Really nice man.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n063", candidate_id="w9-c33", interviewer_id="w9-i03", req_id="w9-r2",
         round="fundamentals", submitted_at="2025-06-17", recommendation="hire",
         specificity=1, style=["terse"], topic="statistics")
n.s("Good.", "v+", hard="bare_verdict")
n.s("Knows stats.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Clear.", "v+", "communication")
n.s("Would work with.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n064", candidate_id="w9-c34", interviewer_id="w9-i04", req_id="w9-r2",
         round="data", submitted_at="2025-06-24", recommendation="lean_no_hire",
         specificity=2, style=["prose", "british"], topic="audience forecasting")
n.s("Data round, 50 minutes.", "c")
n.s("Dataset: daily live-stream starts for the sport vertical.", "c")
n.s("You'll want to know this one didn't really come together.", "v-")
n.s("Ben seemed comfortable with the tooling but uncertain about what to look for.", "v0", "data_intuition", hard="mixed")
n.s("He never plotted the data.", "e-", "data_intuition", hard="negated")
n.s("His instincts for forecasting are not where they need to be for this role.", "v-", "data_intuition")
n.s("You may hear that he's strong on theory from another interviewer; I didn't see it today.", "v-", "ml_fundamentals")
n.s("He was pleasant and listened well.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n065", candidate_id="w9-c35", interviewer_id="w9-i05", req_id="w9-r1",
         round="coding", submitted_at="2025-07-08", recommendation="hire",
         specificity=3, style=["bullets", "terse", "typos", "lowercase", "arrows", "abbreviations"], topic="popularity bias")
n.b("coding 45m", "c")
n.b("q: rerank list so no section has >3 items in top 10, keep order otherwise", "c", hard="question")
n.b("clarified ties + what if not enough sections -> good", "e+", "communication")
n.b("first try O(n^2) w/ list.remove, worked", "e0", "coding", hard="mixed")
n.b("i asked about 10k items -> switched to per-section queues, O(n)", "e+", "learning", "coding")
n.b("tests for empty + single section.", "e+", "coding")
n.s("didnt test when all items same section til i asked", "e-", "coding", hard="negated")
n.b("explained why editors might want this (diversity)", "e+", "user_impact")
n.b("code readable, GOOD var names", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n066", candidate_id="w9-c36", interviewer_id="w9-i06", req_id="w9-r2",
         round="fundamentals", submitted_at="2025-07-15", recommendation="lean_hire",
         specificity=2, style=["bullets", "british"], topic="experimentation")
n.s("Fundamentals, 45 min.", "c")
n.s("Questions on hypothesis testing, power, and multiple comparisons.", "c")
n.nl()
n.b("+ solid on the basics", "v+", "ml_fundamentals", marker="")
n.b("+ comfortable with Bayesian vs. frequentist trade-offs", "v+", "ml_fundamentals", hard="tech_vague", marker="")
n.b("+ knew the Bonferroni correction and when it's too conservative", "e+", "ml_fundamentals", marker="")
n.b("a bit hesitant when I pushed on interpretation", "v-", "learning")
n.b("answers lacked structure at times", "v-", "communication")
n.b("no real discussion of which metric the newsroom would care about", "e-", "metrics", hard="negated")
n.s("LH, borderline.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n067", candidate_id="w9-c37", interviewer_id="w9-i02", req_id="w9-r1",
         round="system_design", submitted_at="2025-07-22", recommendation="hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"], topic="GDPR and consent",
         ratings={"system_thinking": "hire", "user_impact": "strong_hire", "risk_awareness": "hire", "metrics": "lean_hire"})
n.h("System design, 60 min")
n.s("Prompt: personalise the homepage for signed-in users while respecting consent choices and the right to erasure.", "c")
n.s("Interview ran to time; notes typed up the same afternoon.", "c")
n.h("Findings")
n.b("Elif began by asking what share of signed-in users had consented to personalisation (about 55%) and designed for the other 45% first.", "e+", "user_impact", "judgment", marker="1. ")
n.b("Non-consenting users get a non-personalised ranking from aggregate signals only, and she checked that no per-user features leak into it.", "e+", "user_impact", "system_thinking", marker="2. ")
n.b("She kept the user feature store keyed by a pseudonymous ID and explained that erasure means deleting the mapping and the rows within 30 days.", "e+", "system_thinking", "user_impact", marker="3. ")
n.b("I asked what happens to a model already trained on an erased user's data.", "c", hard="interviewer_action", marker="4. ")
n.b("She said retraining on the next scheduled cycle is usually accepted and that she'd confirm with the DPO rather than guess.", "e+", "judgment", hard="hedged", marker="5. ")
n.b("She estimated the feature store at 12M users times ~200 features and sized it at under 20 GB.", "e+", "system_thinking", marker="6. ")
n.b("She proposed a dashboard comparing consenting and non-consenting users' engagement so the personalisation lift could be measured honestly.", "e+", "metrics", marker="7. ")
n.b("She did not consider that consenters differ from non-consenters, so the comparison would be biased.", "e-", "metrics", "data_intuition", hard="negated", marker="8. ")
n.b("When I raised it, she switched to a randomised holdback within consenters.", "e+", "learning", "metrics", marker="9. ")
n.b("Launch plan: dark launch, 1% ramp, rollback on complaint rate or latency p99 above 300 ms.", "e+", "risk_awareness", marker="10. ")
n.b("She didn't describe what monitoring would catch a consent flag being ignored by the ranker.", "e-", "risk_awareness", hard="negated", marker="11. ")
n.h("Recommendation")
n.s("Hire: privacy built into the design rather than bolted on, one selection-bias miss that she fixed when prompted.", "e+", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w9-n068", candidate_id="w9-c38", interviewer_id="w9-i07", req_id="w9-r1",
         round="behavioural", submitted_at="2025-08-05", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person", "british"], topic="behavioural")
n.s("Behavioural, 40 minutes.", "c")
n.s("Where to start with Rowan!", "v+")
n.s("Bright, curious, kind and hugely self-aware.", "v+")
n.s("A natural collaborator who will lift everyone around them.", "v+", "communication")
n.s("They clearly take ownership of their work.", "v+", "ownership")
n.s("Massive amounts of experience across the whole ML lifecycle.", "v+", hard="vague_quantity")
n.s("Very strong on judgement and trade-offs.", "v+", "judgment", hard="tech_vague")
n.s("They care deeply about the people who use what they build.", "v+", "user_impact")
n.s("Genuinely one of the best conversations I've had in an interview.", "v+")
n.s("I'd love to have them on the team.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n069", candidate_id="w9-c39", interviewer_id="w9-i03", req_id="w9-r1",
         round="data", submitted_at="2025-08-19", recommendation="no_hire",
         specificity=2, style=["terse", "fragments"], topic="click logs")
n.s("Data round.", "c")
n.s("Weak.", "v-", hard="bare_verdict")
n.s("Didn't spot the duplicate clicks.", "e-", "data_intuition", hard="negated")
n.s("Poor instincts with data.", "v-", "data_intuition")
n.s("Defensive.", "v-", "learning")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n070", candidate_id="w9-c40", interviewer_id="w9-i01", req_id="w9-r2",
         round="behavioural", submitted_at="2025-09-02", recommendation="lean_hire",
         specificity=1, style=["prose", "first_person", "british"], topic="behavioural")
n.s("A nice chat with Aisha this morning.", "c")
n.s("She's clearly very clever.", "v+")
n.s("I found her a little hard to read, but that may just be nerves.", "v0", hard="biased")
n.s("She seemed to understand what the audience team is for.", "v+", "user_impact", hard="hedged")
n.s("Her stories were fine, if a bit short.", "v0", "communication", hard="mixed")
n.s("Not sure she'd stand up to a forceful editor.", "v-", "communication", hard="hedged")
n.s("Good values though.", "v+")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n071", candidate_id="w9-c41", interviewer_id="w9-i06", req_id="w9-r2",
         round="data", submitted_at="2025-09-16", recommendation="hire",
         specificity=4, style=["bullets", "british", "abbreviations"], topic="A/B tests with editorial constraints",
         ratings={"metrics": "hire", "judgment": "hire", "user_impact": "lean_hire"})
n.s("Data round, 50 min.", "c")
n.s("Data: results of a two-week test of autoplaying the next video, with editors allowed to exclude sensitive stories from autoplay.", "c")
n.nl()
n.b("+ noticed exclusions were applied only in treatment, so treatment users saw fewer sensitive stories, and said the comparison wasn't like-for-like", "e+", "data_intuition", "metrics", marker="")
n.b("+ proposed re-analysing on the subset of sessions with no excluded stories, and said that subset has its own bias", "e+", "metrics", "judgment", marker="")
n.b("+ asked whether the +9% watch time came with more complaints or accidental plays", "e+", "metrics", "user_impact", hard="question", marker="")
n.b("+ found that 30% of the extra watch time came from sessions under 10 seconds, i.e. probably accidental", "e+", "data_intuition", marker="")
n.b("recommended shipping to 100% in the same breath, before any of those checks were done", "e-", "judgment")
n.b("didn't mention audiences for whom autoplay is a problem (e.g. data caps, screen readers)", "e-", "user_impact", hard="negated")
n.b("I suggested a phased rollout.", "c", hard="interviewer_action")
n.b("+ agreed straight away and proposed 10% with the accidental-play rate as the stop condition", "e+", "learning", "risk_awareness", marker="")
n.s("H: sharp on the analysis, a bit eager to ship.", "v0", "metrics", "judgment", hard="mixed")
notes.append(n)

n = Note(note_id="w9-n072", candidate_id="w9-c42", interviewer_id="w9-i04", req_id="w9-r1",
         round="debugging", submitted_at="2025-09-30", recommendation="lean_hire",
         specificity=3, style=["prose", "british"], topic="subtitles quality",
         ratings={"coding": "lean_hire", "ml_fundamentals": "hire"})
n.s("Debugging, 50 minutes.", "c")
n.s("Scenario: our auto-subtitle model's error rate doubled on one programme after a retrain, and the team wants to know why.", "c")
n.s("You'll want to know that Ravi got to a plausible cause quickly.", "v+", "ml_fundamentals")
n.s("He asked what had changed in the training data and found that a new batch of transcripts had been normalised differently (numbers written as digits instead of words).", "e+", "data_intuition")
n.s("He said the model had learned the new convention and that WER was penalising \"10\" against \"ten\".", "e+", "ml_fundamentals", "metrics")
n.s("He wrote a normaliser to apply before scoring, but it broke on ordinals like \"21st\" and he didn't notice until I ran the test.", "e-", "coding")
n.s("His fix for the ordinals was a long chain of special cases rather than a rule.", "e-", "coding")
n.s("You should know he didn't ask whether viewers actually saw a worse subtitle, which was the real question.", "e-", "user_impact", hard="negated")
n.s("Good ML instincts, shakier code.", "v0", "ml_fundamentals", "coding", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w9_notes_part6.jsonl", notes)
print(len(notes), "notes")
