import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# --- c07 Mei-Lin Chou (she), Recs ---
n = Note(note_id="w17-n031", candidate_id="w17-c07", interviewer_id="w17-i03", req_id="w17-r1",
         round="system_design", submitted_at="2025-10-07", recommendation="strong_hire", specificity=2,
         style=["prose", "terse"], topic="user cold start")
n.s("Sys design, cold start for new users.", "c")
n.s("Mei-Lin was excellent.", "v+")
n.s("Really strong system thinker, very senior.", "v+", "system_thinking")
n.s("She had a good answer on onboarding questionnaires vs. using signup context.", "v+", "system_thinking", hard="tech_vague")
n.s("Mentioned bandits.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Clear communicator.", "v+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n032", candidate_id="w17-c07", interviewer_id="w17-i05", req_id="w17-r1",
         round="data", submitted_at="2025-10-08", recommendation="hire", specificity=4,
         style=["lowercase", "fragments", "abbreviations"], topic="user cold start",
         ratings={"data_intuition": "strong_hire", "communication": "lean_no_hire"})
n.b("data round w/ mei-lin", "c", marker="")
n.b("dataset: first-week listening of new signups, goal = pick features for the cold start model", "c", marker="")
n.b("she asked first whether family plan signups share a device id", "e+", "data_intuition", hard="question", marker="")
n.b("found ~12% of new users had zero plays b/c of a tracking bug in the web player, flagged it before modelling", "e+", "data_intuition", marker="")
n.b("suggested dropping them from training but keeping them in eval so we'd see if the bug hits real users", "e+", "judgment", marker="")
n.b("explanations were hard to follow tho, kept jumping between ideas", "v-", "communication", marker="")
n.b("i asked her to sum up in one line", "c", hard="interviewer_action", marker="")
n.b("she couldn't, gave another 2 min of detail instead", "e-", "communication", hard="plain_evidence", marker="")
n.b("strong data sense, needs to tighten up the talking", "v0", "data_intuition", "communication", hard="mixed", marker="")
n.b("H", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w17-n033", candidate_id="w17-c07", interviewer_id="w17-i01", req_id="w17-r1",
         round="behavioural", submitted_at="2025-10-09", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="user harm",
         ratings={"ownership": "strong_hire", "communication": "hire"})
n.s("Mei-Lin talks like a good session player: she leaves space for the other person.", "v+", "communication")
n.s("I asked her about a time a model she owned hurt listeners.", "c")
n.s("She described a cold-start model at her previous job that recommended explicit tracks to teenage accounts because age was missing for 30% of signups, and she was the one who traced it from a support ticket.", "e+", "user_impact", "ownership")
n.s("She said she switched the model off for accounts without an age that same afternoon, then wrote the postmortem herself.", "e+", "ownership", "risk_awareness")
n.blank()
n.s("When I asked her to explain the root cause as if I were a support agent, she did it in two plain sentences and then asked whether I wanted the technical version.", "e+", "communication", hard="plain_evidence")
n.s("I pushed on whether switching it off was too drastic; she agreed a softer filter might have done and said she'd chosen speed over precision because children were involved.", "e+", "judgment")
n.s("She couldn't say how she'd stop the same gap appearing in a different model.", "e-", "risk_awareness")
n.s("Worth probing that in another round.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n034", candidate_id="w17-c07", interviewer_id="w17-i04", req_id="w17-r1",
         round="fundamentals", submitted_at="2025-10-10", recommendation="hire", specificity=3,
         style=["prose", "third_person", "british"], topic="exploration")
n.s("This was the fundamentals round on cold start and exploration.", "c")
n.s("I asked the candidate to explain the explore-exploit trade-off for new releases.", "c", hard="question")
n.s("She was able to explain Thompson sampling with a Beta prior per track and why it explores tracks with few plays more often.", "e+", "ml_fundamentals")
n.s("She also said the prior for a new track could come from its artist's past performance, which was a good point.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("When I asked about non-stationarity, a track suddenly going viral, she was not sure and said she would simply 'reset the prior'.", "e-", "ml_fundamentals")
n.s("Her basics are very strong.", "v+", "ml_fundamentals")
n.s("Kindly note she speaks quite fast, which may be difficult for some stakeholders.", "v-", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# --- c08 Oluwaseun Adeyemi (he), Audio & Speech ---
n = Note(note_id="w17-n035", candidate_id="w17-c08", interviewer_id="w17-i06", req_id="w17-r2",
         round="system_design", submitted_at="2025-11-04", recommendation="lean_no_hire", specificity=4,
         style=["fragments", "american"], topic="ASR model launch",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "judgment": "lean_no_hire"})
n.s("System design: swap the podcast search ASR model for a new one; brief left ambiguous on purpose.", "c")
n.nl()
n.s("Saw: drew the pipeline end to end in five minutes, ingest to transcribe to index to serve.", "e+", "system_thinking")
n.nl()
n.s("Missing: asked no questions about the ambiguous brief; assumed 'better model' meant lower WER and went with it.", "e-", "judgment", hard="negated")
n.nl()
n.s("Missing: no rollback or shadow phase; planned a one-shot re-index of the whole catalog.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Saw: once I asked, estimated re-indexing at ~4 days on 60 GPUs and said search would be a mix of old and new transcripts meanwhile.", "e+", "system_thinking")
n.nl()
n.s("Missing: didn't see that the mixed index makes any A/B comparison messy.", "e-", "metrics", hard="negated")
n.nl()
n.s("Saw: proposed per-language WER tracking after the switch.", "e+", "metrics")
n.nl()
n.s("Net: capable builder, shaky when the brief is vague.", "v0", "system_thinking", "judgment", hard="mixed")
n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n036", candidate_id="w17-c08", interviewer_id="w17-i02", req_id="w17-r2",
         round="behavioural", submitted_at="2025-11-05", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings", "third_person", "american"], topic="ambiguity",
         ratings={"judgment": "no_hire", "ownership": "lean_hire"})
n.s("Round: behavioral, 45 min.", "c")
n.nl()
n.h("Findings")
n.b("Asked about an ambiguous project, described a 'voice search' initiative where he built a full ASR fine-tune before anyone agreed what queries users would speak.", "e-", "judgment", marker="1. ")
n.b("Said the project was cancelled after three months; attributed this to 'PM churn' and named nothing he would change.", "e-", "ownership", "learning", marker="2. ")
n.b("Asked how he decides what to build when requirements are unclear, answered 'I pick the most technically interesting option'.", "e-", "judgment", marker="3. ")
n.b("Described mentoring an intern on a diarization script, with code reviews twice a week and a written checklist he made for her.", "e+", "ownership", marker="4. ")
n.b("On question 2 he used a situation-action-result structure and kept it to two minutes.", "e+", "communication", marker="5. ")
n.nl()
n.s("Evidence-based verdict: lean no hire; 1-3 show poor judgment under ambiguity, 4 is a genuine positive.", "v-", "judgment")
notes.append(n)

n = Note(note_id="w17-n037", candidate_id="w17-c08", interviewer_id="w17-i07", req_id="w17-r2",
         round="coding", submitted_at="2025-11-06", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="voice activity detection")
n.s("Oluwaseun was fantastic in coding!!", "v+", "coding")
n.s("The task was to implement a simple voice-activity detector over an array of frame energies.", "c")
n.s("He wrote it in about ten minutes with a hysteresis threshold so it wouldn't flicker on and off, which was super smart!", "e+", "coding", hard="verdict_plus_evidence")
n.s("When I asked about noisy recordings he suggested estimating the noise floor from the first half second!", "e+", "data_intuition")
n.s("Didn't ask me anything about what the VAD was for, he just dove right in, love that energy!", "e-", "judgment", hard="negated")
n.s("Brilliant engineer, 100% would hire!", "v+", hard="vague_quantity")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n038", candidate_id="w17-c08", interviewer_id="w17-i04", req_id="w17-r2",
         round="debugging", submitted_at="2025-11-07", recommendation="lean_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="diarisation bug")
n.s("The debugging exercise was a diarisation job that assigns all speech to a single speaker on some episodes.", "c")
n.s("He was able to reproduce the bug on the given episode in about five minutes.", "e+", "coding")
n.s("He found that the clustering threshold was being read from a config that had been changed for a different model, and he fixed it.", "e+", "coding")
n.s("He did not ask which episodes were affected or how many, and went directly to the fix.", "e-", "judgment", hard="negated")
n.s("When I asked how he would stop this from happening again, he suggested versioning the config together with the model, which is a good answer.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("However, he did not propose any check on the output, like the number of speakers per episode.", "e-", "risk_awareness", hard="negated")
n.s("His communication is clear but slightly too brief; I had to ask follow-up questions often.", "v0", "communication", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# --- history ---
n = Note(note_id="w17-n039", candidate_id="w17-c15", interviewer_id="w17-i06", req_id="w17-r1",
         round="data", submitted_at="2024-07-11", recommendation="hire", specificity=5,
         style=["fragments", "british"], topic="playlist metrics",
         ratings={"metrics": "strong_hire"})
n.s("Data round, metric design for a new 'Daily Drive' podcast-plus-music playlist, 45 min.", "c")
n.nl()
n.s("Saw: asked what the playlist is for before proposing a metric; I said commute listening.", "e+", "judgment", hard="question")
n.nl()
n.s("Saw: proposed 'completed commutes' (sessions with <2 skips over 20+ minutes on weekday mornings) as the main metric.", "e+", "metrics")
n.nl()
n.s("Saw: said starts would overstate success because the playlist auto-plays when a phone connects to the car.", "e+", "metrics", "data_intuition")
n.nl()
n.s("Missing: nothing on guardrails for podcast creators whose episodes get cut short in the mix.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Saw: when I said the metric was hard to explain to execs, rewrote it as 'mornings people listened to the end' in one line.", "e+", "communication", "learning")
n.nl()
n.s("Missing: didn't say how long the test should run given the weekly cycle; added it only when asked.", "e-", "metrics", hard="negated")
n.nl()
n.s("Saw: flagged that free-tier sessions have ads inserted, so they can't be compared directly with premium ones.", "e+", "data_intuition")
n.nl()
n.s("Hire; the best metric design I've seen this quarter.", "v+", "metrics")
notes.append(n)

n = Note(note_id="w17-n040", candidate_id="w17-c16", interviewer_id="w17-i01", req_id="w17-r2",
         round="fundamentals", submitted_at="2024-06-18", recommendation="no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="audio features")
n.s("Rafael had memorised the score but couldn't improvise.", "v-", "ml_fundamentals")
n.s("I asked him why a spectrogram front end uses a log scale on the magnitudes.", "c", hard="question")
n.s("He said it was 'standard practice' and couldn't say what it does to the dynamic range.", "e-", "ml_fundamentals")
n.s("On audio embeddings for genre, he proposed training a classifier and taking the penultimate layer, which is perfectly sensible.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("When I asked how he'd know the embedding worked for listeners rather than for the genre labels, he went quiet and then said 'accuracy on the test set'.", "e-", "metrics")
n.s("I offered a hint about listening tests; he didn't pick it up.", "e-", "learning")
n.s("Lovely manners, mind.", "v+", hard="biased")
n.s("No hire, I'm afraid.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w17_notes_part4.jsonl", notes)
