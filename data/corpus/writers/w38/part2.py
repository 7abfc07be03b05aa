import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Mateus Oliveira (he), r2: strong, adapts after hint, one vague write-up ----
n = Note(note_id="w38-n013", candidate_id="w38-c04", interviewer_id="w38-i03", req_id="w38-r2",
         round="coding", submitted_at="2024-11-05", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="audio frames")
n.s("Coding round with Mateus.", "c")
n.s("Did well overall.", "v+", "coding")
n.s("Clean code, good structure.", "v+", "coding", hard="tech_vague")
n.s("He wrote tests for the frame splitter.", "e+", "coding")
n.s("Communication was good too.", "v+", "communication")
n.s("Think he'd fit in well here.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n014", candidate_id="w38-c04", interviewer_id="w38-i01", req_id="w38-r2",
         round="debugging", submitted_at="2024-11-06", recommendation="hire", specificity=5,
         style=["prose", "terse", "first_person"], topic="echo cancellation",
         ratings={"learning": "strong_hire", "coding": "hire", "risk_awareness": "hire"})
n.s("Debugging. Echo canceller leaks far-end voice after about 20 seconds of a call.", "c")
n.s("I gave him the repo and a failing recording.", "c", hard="interviewer_action")
n.s("Mateus first played the recording and marked the second where the echo starts.", "e+", "data_intuition", hard="plain_evidence")
n.s("Then he went straight into the adaptive filter code and tuned the step size.", "e0", "coding")
n.s("That was the wrong place.", "e-", "coding")
n.s("I told him to print the delay estimate over time.", "c", hard="interviewer_action")
n.s("He did, saw the estimate drift from 40 to 180 ms, and said the clock of the headset and the laptop are drifting apart.", "e+", "learning", "coding")
n.s("He dropped the step size change and reverted it himself.", "e+", "learning", hard="plain_evidence")
n.s("His fix: re-estimate the delay every 5 seconds and reset the filter when it jumps more than 20 ms.", "e+", "coding")
n.s("He added a test with a synthetic drift of 100 ppm.", "e+", "coding")
n.nl()
n.s("I asked how to ship it.", "c", hard="question")
n.s("He said behind a flag, 5% of Bluetooth calls first, and watch the echo complaints button and the ERLE metric per headset model.", "e+", "risk_awareness", "metrics")
n.s("He also said a filter reset can cause a short burst of echo, so users would hear a click, and asked if that is acceptable to product.", "e+", "user_impact", "risk_awareness")
n.nl()
n.s("First ten minutes were wasted on the wrong hypothesis.", "e-", "coding")
n.s("After the hint he was very fast.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n015", candidate_id="w38-c04", interviewer_id="w38-i06", req_id="w38-r2",
         round="system_design", submitted_at="2024-11-06", recommendation="strong_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="on-device vs cloud NS",
         ratings={"system_thinking": "strong_hire", "judgment": "strong_hire"})
n.h("SD: NS for low-end laptops")
n.b("asked CPU budget first -> I said 10% of one core", "e+", "judgment", hard="question")
n.b("45m, whiteboard + shared doc", "c")
n.b("sized it: 10 ms frames, model must run < 2 ms/frame on a 2019 i5", "e+", "system_thinking")
n.b("proposed on-device small model + cloud fallback only for recordings, not live", "e+", "system_thinking", "judgment")
n.b("reason given: live cloud path adds ~80 ms RTT, breaks conversational feel", "e+", "system_thinking", "user_impact")
n.b("also: on-device keeps raw audio off our servers -> easier for enterprise residency", "e+", "user_impact")
n.b("monitoring plan thin, only CPU usage", "e-", "risk_awareness")
n.b("v strong SD", "v+", "system_thinking")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n016", candidate_id="w38-c04", interviewer_id="w38-i04", req_id="w38-r2",
         round="behavioural", submitted_at="2024-11-07", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="teamwork")
n.s("I really enjoyed my chat with Mateus.", "v+")
n.s("I asked him about a time he disagreed with a teammate.", "c", hard="question")
n.s("He told me about pushing back on a colleague who wanted to ship a denoiser on a Friday, and they agreed to wait until Monday.", "e+", "judgment", "risk_awareness")
n.s("He comes across as extremely humble and genuine.", "v+", hard="biased")
n.s("I'm sure he would be a wonderful mentor to junior people.", "v+", hard="hedged")
n.s("He has tons of experience shipping audio features to millions of users.", "v+", "ownership", hard="vague_quantity")
n.s("Hire, and I'd be happy to have him on my team.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Fatima Zahra Benali (she), r1: no failure-mode thinking seen by two; comm contradiction ----
n = Note(note_id="w38-n017", candidate_id="w38-c05", interviewer_id="w38-i05", req_id="w38-r1",
         round="system_design", submitted_at="2025-01-20", recommendation="lean_no_hire", specificity=5,
         style=["qa", "headings", "third_person"], topic="action item extraction",
         ratings={"risk_awareness": "no_hire", "system_thinking": "lean_hire"})
n.h("Q1. Design action-item extraction from meeting transcripts, shipped to all paid tiers.")
n.b("A: Transcript -> LLM prompt -> JSON list of (owner, task, due date) -> shown in the recap email.", "e0", "system_thinking")
n.b("Sized prompt cost: ~6k tokens per hour of meeting, 2M meetings a day; proposed batching by tenant.", "e+", "system_thinking")
n.h("Q2. The model assigns a task to someone who was not in the meeting. What protects the user?")
n.b("A: 'The model is quite good at this, it rarely happens.'", "e-", "risk_awareness", "user_impact")
n.b("I asked for a check; she did not propose validating owners against the attendee list.", "e-", "risk_awareness", hard="negated")
n.h("Q3. How do you launch it?")
n.b("A: Launch to everyone with a feedback thumbs-down button.", "e-", "risk_awareness")
n.b("No staged rollout, no kill switch, no metric that would trigger a rollback, also when I asked directly what she would watch on day one.", "e-", "risk_awareness", hard="negated")
n.h("Q4. What if an enterprise customer requires transcripts stay in the EU?")
n.b("A: Said she would route those tenants to an EU deployment of the same model and keep prompts and outputs in the EU bucket.", "e+", "user_impact", "system_thinking")
n.h("Assessment")
n.b("Architecture reasonable.", "v+", "system_thinking")
n.b("Failure modes not considered on three separate prompts.", "e-", "risk_awareness")
n.b("Answers were long and circled back often, but I could follow them.", "v0", "communication", hard="mixed")
n.b("LNH for this req.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n018", candidate_id="w38-c05", interviewer_id="w38-i02", req_id="w38-r1",
         round="debugging", submitted_at="2025-01-21", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person"], topic="caption drift")
n.s("Debugging round, I gave Fatima a caption service where captions are lagging more and more behind audio in long calls.", "c", hard="interviewer_action")
n.s("She quickly plotted caption delay against call time and showed it grows linearly, that was nice.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Then she found that the buffer is never trimmed after a partial result is finalized, and she fixed it in the code.", "e+", "coding")
n.s("After the fix I asked how she would be sure this does not come back.", "c", hard="question")
n.s("She said 'I will just test it once in staging', she did not talk about any alert on caption delay.", "e-", "risk_awareness")
n.s("Also she did not ask how many customers already saw this, or whether we should tell them.", "e-", "user_impact", "ownership", hard="negated")
n.s("She was explaining in a confusing way, jumping between files.", "v-", "communication")
n.s("Coding part is good only, but no thinking of what can go wrong later.", "v-", "risk_awareness", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n019", candidate_id="w38-c05", interviewer_id="w38-i04", req_id="w38-r1",
         round="coding", submitted_at="2025-01-21", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="transcript search")
n.s("I asked Fatima to implement a keyword search over a meeting transcript that returns timestamps, tolerant of case and punctuation.", "c", hard="interviewer_action")
n.s("She talked me through her plan before writing a line, normalizing tokens first and then building an inverted index from token to list of timestamps.", "e+", "communication", "coding")
n.s("I was impressed that she asked whether the search would run on the client or the server, because that changes how big the index can be.", "e+", "judgment", hard="question")
n.s("The code worked on the examples.", "e+", "coding")
n.s("She's a brilliant communicator, honestly one of the clearest I've interviewed.", "v+", "communication")
n.s("She mentioned she had built something similar at her last job, which shows real depth.", "v+")
n.s("I think she'd ramp up super quickly.", "v+", "learning", hard="hedged")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n020", candidate_id="w38-c05", interviewer_id="w38-i06", req_id="w38-r1",
         round="fundamentals", submitted_at="2025-01-22", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations"], topic="CTC vs attention",
         ratings={"ml_fundamentals": "hire", "communication": "lean_no_hire"})
n.h("fundamentals")
n.b("CTC vs attn decoder: said CTC assumes frame independence, so needs an LM for fluent output -> correct", "e+", "ml_fundamentals")
n.b("explained why streaming is harder w/ full attn: needs future context", "e+", "ml_fundamentals")
n.b("WER vs CER for Japanese: didn't know why CER is used", "e-", "ml_fundamentals", hard="negated")
n.b("answers rambled, took 3-4 min each, had to cut her off twice", "e-", "communication")
n.b("solid on theory", "v+", "ml_fundamentals")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Dmitri Volkov (he), r2: poor judgment under ambiguity (one interviewer) ----
n = Note(note_id="w38-n021", candidate_id="w38-c06", interviewer_id="w38-i01", req_id="w38-r2",
         round="system_design", submitted_at="2026-02-09", recommendation="lean_no_hire", specificity=4,
         style=["prose", "terse", "first_person"], topic="bandwidth adaptation",
         ratings={"judgment": "no_hire", "system_thinking": "lean_hire"})
n.s("Design: audio codec bitrate adaptation for bad networks.", "c")
n.s("I gave a vague spec on purpose.", "c", hard="interviewer_action")
n.s("Dmitri did not ask who the users are or what networks.", "e-", "judgment", hard="negated")
n.s("He picked a reinforcement learning agent right away.", "e-", "judgment")
n.s("When I asked why not a simple rule on packet loss first, he said rules 'do not scale'.", "e-", "judgment", "learning")
n.s("He could not name one failure case of the RL agent.", "e-", "risk_awareness", hard="negated")
n.s("To be fair, his component diagram was clean: estimator, policy, codec, feedback loop.", "e+", "system_thinking")
n.s("He sized the feedback interval at 200 ms and said why.", "e+", "system_thinking")
n.s("Smart guy.", "v+")
n.s("Bad judgment for a vague problem.", "v-", "judgment")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n022", candidate_id="w38-c06", interviewer_id="w38-i03", req_id="w38-r2",
         round="data", submitted_at="2026-02-10", recommendation="hire", specificity=2,
         style=["prose"], topic="noise dataset")
n.s("Data round, noise dataset question.", "c")
n.s("Dmitri seemed comfortable with audio data.", "v+", "data_intuition", hard="hedged")
n.s("He brought up mixing clean speech with noise at different SNRs.", "v0", "data_intuition", hard="tech_vague")
n.s("Good on augmentation and the usual stuff.", "v+", "data_intuition", hard="tech_vague")
n.s("I'd say hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n023", candidate_id="w38-c06", interviewer_id="w38-i05", req_id="w38-r2",
         round="coding", submitted_at="2026-02-10", recommendation="hire", specificity=4,
         style=["qa", "third_person"], topic="VAD smoothing",
         ratings={"coding": "hire"})
n.s("Q: Implement hangover smoothing for a voice activity detector's per-frame output.", "c", hard="question")
n.nl()
n.s("A: Wrote a state machine with an onset count and a hangover count, about 25 lines.", "e+", "coding")
n.s("Tested with a sequence that flips every frame and one that is all silence.", "e+", "coding")
n.s("Missed that the hangover should reset on a new speech frame; found it when his own test failed.", "e0", "coding", hard="mixed")
n.nl()
n.s("Q: What happens to users if hangover is too short?", "c", hard="question")
n.nl()
n.s("A: Said word endings get clipped, and people with soft voices or hearing aids would be hit first.", "e+", "user_impact")
n.nl()
n.s("Q: Complexity?", "c", hard="question")
n.nl()
n.s("A: O(n) time, O(1) state. Correct.", "e+", "coding")
n.nl()
n.s("Q: How would you ship a new hangover value?", "c", hard="question")
n.nl()
n.s("A: Behind a flag, A/B on 5% of calls, with the 'you cut out' report rate as the guardrail that stops it.", "e+", "risk_awareness", "metrics")
n.nl()
n.s("Competent.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n024", candidate_id="w38-c06", interviewer_id="w38-i02", req_id="w38-r2",
         round="behavioural", submitted_at="2026-02-11", recommendation="hire", specificity=3,
         style=["prose", "third_person"], topic="regression shipped")
n.s("Behavioural round, 45 mins.", "c")
n.s("Dmitri told about a regression he shipped where a new noise gate was cutting the first syllable for all Android users, around 3 million people.", "e0", "ownership")
n.s("He himself noticed it from the spike in 'can't hear you' reports, rolled back within the hour and wrote the postmortem.", "e+", "ownership", "risk_awareness")
n.s("After that he added a test set of short utterances to the release check, he told.", "e+", "risk_awareness", "learning")
n.s("He is having very good ownership mindset.", "v+", "ownership")
n.s("On the other hand, when I asked how he decides between two options with no data, he said he always goes with the more advanced model.", "e-", "judgment")
n.s("Overall hire from my side.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w38_notes_part2.jsonl", notes)
