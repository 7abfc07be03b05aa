import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Ingrid Halvorsen (she), r1 ----
n = Note(note_id="w38-n001", candidate_id="w38-c01", interviewer_id="w38-i01", req_id="w38-r1",
         round="coding", submitted_at="2025-03-11", recommendation="lean_hire", specificity=4,
         style=["prose", "terse", "first_person"], topic="caption segments",
         ratings={"coding": "lean_hire"})
n.s("Coding round, 45 min.", "c")
n.s("I asked her to merge overlapping caption segments coming from two ASR streams.", "c", hard="interviewer_action")
n.s("She asked first if two segments can share the exact same boundary timestamp.", "e+", "judgment", hard="question")
n.s("Good question.", "v+")
n.nl()
n.s("She sorted by start time and did one pass with a stack.", "e+", "coding", hard="plain_evidence")
n.s("Correct on my first example.", "e+", "coding")
n.s("She did not test the empty input.", "e-", "coding", hard="negated")
n.s("With two segments that start at the same millisecond her output dropped one of them.", "e-", "coding")
n.s("She found the bug only after I said 'look at the comparison on line 12'.", "e0", "coding", "learning", hard="mixed")
n.s("She said the cost is O(n log n) because of the sort, which is right.", "e+", "coding")
n.nl()
n.s("Not a star coder.", "v-", "coding", hard="negated")
n.s("But careful enough.", "v+", "coding")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n002", candidate_id="w38-c01", interviewer_id="w38-i04", req_id="w38-r1",
         round="system_design", submitted_at="2025-03-12", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person"], topic="meeting summaries",
         ratings={"system_thinking": "strong_hire", "metrics": "strong_hire"})
n.s("What a fun session this was!", "v+")
n.s("I asked Ingrid to design the pipeline that turns a recorded meeting into a summary with action items.", "c", hard="interviewer_action")
n.s("She started by drawing the flow: audio to diarized transcript, transcript chunked by speaker turn, then a summarizer per chunk and a merge step at the end.", "e+", "system_thinking")
n.s("I loved that she asked how long our longest meetings run before picking a chunk size, and when I said four hours she went with ten-minute windows with overlap.", "e+", "judgment", "system_thinking", hard="verdict_plus_evidence")
n.blank()
n.s("Then we got to evaluation, which is where she really shone for me.", "v+", "metrics")
n.s("She told me about her current team, where they raised ROUGE-L from 0.31 to 0.36 and she said that gain meant the summaries were simply better, so they shipped it, which I thought was a great, confident call!", "e-", "metrics", hard="verdict_plus_evidence")
n.s("I asked about invented action items and she said the newer model would hallucinate less because it scored higher.", "e-", "metrics", "user_impact")
n.s("She knows the summarization literature inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.blank()
n.s("She also mentioned that the per-chunk step could run on the cheaper GPU pool overnight for non-urgent meetings, which is exactly the kind of cost thinking we want.", "e+", "system_thinking", "judgment")
n.s("Super easy to talk to, great energy.", "v+", hard="biased")
n.s("Strong hire from me, no hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n003", candidate_id="w38-c01", interviewer_id="w38-i05", req_id="w38-r1",
         round="fundamentals", submitted_at="2025-03-12", recommendation="lean_no_hire", specificity=5,
         style=["qa", "headings", "third_person"], topic="summary evaluation",
         ratings={"metrics": "no_hire", "ml_fundamentals": "lean_hire"})
n.h("Q1. How would you evaluate an abstractive meeting summarizer?")
n.b("A: Proposed ROUGE against the human-written summaries as the primary metric.", "e0", "metrics")
n.b("Follow-up: what does ROUGE miss? Candidate said 'it covers most of it, the overlap is what matters'.", "e-", "metrics")
n.b("Did not mention faithfulness or checking whether action items exist in the transcript, even after I described a summary that assigned a task to someone who was absent.", "e-", "metrics", "user_impact", hard="negated")
n.h("Q2. Why does label smoothing help a seq2seq model?")
n.b("A: Said it stops the model from putting all probability on one token and so reduces overconfident outputs; drew the target distribution with 0.9 and 0.1 spread over the vocab.", "e+", "ml_fundamentals")
n.b("Correctly added that it can hurt calibration-sensitive uses like beam scores.", "e+", "ml_fundamentals")
n.h("Q3. Offline ROUGE went up 5 points; online, users edit summaries more. What happened?")
n.b("A: Suggested the users were 'still getting used to the new format' and would settle down.", "e-", "metrics", "judgment")
n.b("I asked what data would tell her whether that was true; she suggested waiting two more weeks, no analysis of edit types.", "e-", "metrics", "judgment")
n.h("Assessment")
n.b("Theory is sound.", "v+", "ml_fundamentals")
n.b("Treats the offline metric as the truth; this is a red flag for the summaries team, where invented action items are the main complaint.", "v-", "metrics")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n004", candidate_id="w38-c01", interviewer_id="w38-i02", req_id="w38-r1",
         round="behavioural", submitted_at="2025-03-14", recommendation="hire", specificity=3,
         style=["prose", "third_person"], topic="ownership, privacy",
         ratings={"ownership": "hire", "user_impact": "hire"})
n.s("Behavioural round with Ingrid, 40 minutes.", "c")
n.s("She is a very sincere person only.", "v+", hard="biased")
n.s("When I asked about a time something broke in prod, she explained that a transcript job at her company was writing full meeting text to a debug log, and she herself raised the ticket, did the needful to purge the logs and added a lint check to block it.", "e+", "ownership", "user_impact")
n.s("She also told that she informed the customer's admin before they found out from somewhere else.", "e+", "ownership", "user_impact")
n.s("Good ownership overall.", "v+", "ownership")
n.nl()
n.s("On conflict, she spoke about disagreeing with her manager on a launch date, but she could not say what she finally did, she kept saying 'we aligned'.", "e-", "communication")
n.s("Communication is fine, little bit long-winded.", "v0", "communication", hard="mixed")
n.s("Overall I am positive, hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Kwame Asante (he), r2 ----
n = Note(note_id="w38-n005", candidate_id="w38-c02", interviewer_id="w38-i06", req_id="w38-r2",
         round="debugging", submitted_at="2025-06-03", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="noise suppression regression",
         ratings={"risk_awareness": "hire", "coding": "hire"})
n.h("Debugging, 50m")
n.b("setup: NS model v7 -> complaints of robotic voice on some laptops, gave him logs + repro script", "c", hard="interviewer_action")
n.b("lined up complaint timestamps vs the v7 rollout dates before opening any code", "e+", "data_intuition", hard="plain_evidence")
n.b("asked which laptops first, then grouped complaints by device -> all 48kHz mics", "e+", "data_intuition")
n.b("found resampler skipped b/c of a flag default, model fed 48k audio trained on 16k", "e+", "coding")
n.b("wrote a 5-line assert on sample rate at model input", "e+", "coding", "risk_awareness")
n.b("said he'd roll back v7 for those device ids first, fix after -> good call", "e+", "risk_awareness", "judgment", hard="verdict_plus_evidence")
n.b("didn't ask how many users were hit", "e-", "user_impact", hard="negated")
n.b("took ~10 min to find the failing frame in the stack trace", "e-", "coding")
n.b("strong debugger imo", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n006", candidate_id="w38-c02", interviewer_id="w38-i03", req_id="w38-r2",
         round="system_design", submitted_at="2025-06-04", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="on-device denoising")
n.s("Design round on on-device vs cloud denoising.", "c")
n.s("Kwame was really strong here.", "v+")
n.s("Knows the latency side of audio very well.", "v+", "system_thinking", hard="tech_vague")
n.s("Good instincts on trade-offs.", "v+", "judgment")
n.s("Would be a good addition to the team, hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n007", candidate_id="w38-c02", interviewer_id="w38-i02", req_id="w38-r2",
         round="coding", submitted_at="2025-06-04", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="ring buffer",
         ratings={"coding": "hire", "learning": "strong_hire"})
n.s("I gave Kwame the ring buffer problem for a streaming audio frame queue, fixed capacity, producer and consumer.", "c", hard="interviewer_action")
n.s("He wrote the push and pop with modulo indexing quite fast only.", "e+", "coding")
n.s("But he was using count == capacity for full and forgot to update count in pop, so after wrap-around it was saying full when it was not.", "e-", "coding")
n.s("I hinted to trace it with capacity 3.", "c", hard="interviewer_action")
n.s("Within two minutes he found it, fixed it, and then on his own he added a test that pushes 7 items into capacity 3 and checks the order.", "e+", "learning", "coding")
n.s("He also asked what should happen when the producer is faster, drop oldest or block, and said for live audio he would drop oldest because a late frame is useless.", "e+", "judgment", "user_impact")
n.s("His explanation while coding was clear, I could follow every step.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n008", candidate_id="w38-c02", interviewer_id="w38-i05", req_id="w38-r2",
         round="data", submitted_at="2025-06-05", recommendation="hire", specificity=5,
         style=["qa", "headings", "third_person"], topic="human raters, MOS",
         ratings={"data_intuition": "strong_hire", "metrics": "hire"})
n.h("Q1. Design a human rating study for a new noise suppression model.")
n.b("A: Proposed MUSHRA-style side-by-side with a hidden reference and an anchor, 20 raters per clip.", "e+", "metrics", "data_intuition")
n.b("Asked whether raters would listen on headphones or laptop speakers, since that is where users are.", "e+", "data_intuition", "user_impact", hard="question")
n.b("Wanted clips from real customer calls where the consent flag is set, not only the public noise corpus.", "e+", "data_intuition", "user_impact")
n.h("Q2. Two raters disagree systematically. What do you do?")
n.b("A: Said he would compute per-rater bias against the gold clips and drop raters who fail the anchor, not average them away.", "e+", "data_intuition")
n.b("Did not mention inter-rater agreement as a number until I asked; then gave Krippendorff's alpha and said why it fits ordinal scores.", "e0", "metrics", "learning", hard="mixed")
n.h("Q3. MOS improved by 0.2 but DNSMOS dropped. Ship?")
n.b("A: Said no launch decision from that alone; asked about the confidence interval on the 0.2 and which clip categories moved.", "e+", "metrics", "judgment")
n.b("Noted the automatic DNSMOS was trained on a different noise set and may not transfer to keyboard clicks.", "e+", "metrics", "ml_fundamentals")
n.h("Assessment")
n.b("Each answer was backed by a concrete procedure.", "v+")
n.b("Missed agreement metrics initially; recovered.", "e0", "metrics", hard="mixed")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c03 Rin Tanaka (they), r1 ----
n = Note(note_id="w38-n009", candidate_id="w38-c03", interviewer_id="w38-i01", req_id="w38-r1",
         round="system_design", submitted_at="2025-09-22", recommendation="no_hire", specificity=4,
         style=["prose", "terse", "first_person"], topic="live captions",
         ratings={"risk_awareness": "no_hire", "learning": "no_hire"})
n.s("Design: live captions for 50-person calls, under 500 ms.", "c")
n.s("Rin put a big cloud ASR model behind one regional endpoint.", "e0", "system_thinking")
n.s("No estimate of network round trip.", "e-", "system_thinking", hard="negated")
n.s("I said the 500 ms budget is not possible from Sydney to Frankfurt.", "c", hard="interviewer_action")
n.s("Rin said 'latency is an infra problem, the model is the interesting part'.", "e-", "learning", "system_thinking")
n.s("I pushed a second time.", "c")
n.s("Same answer, a bit irritated.", "e-", "learning")
n.nl()
n.s("I asked what happens when the new model makes captions worse for some accents.", "c", hard="question")
n.s("They said the WER is lower on the test set so it will be fine.", "e-", "metrics", "user_impact")
n.s("No rollback plan, no canary, nothing.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Knows ASR models, that is clear.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Does not listen.", "v-", "communication")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n010", candidate_id="w38-c03", interviewer_id="w38-i05", req_id="w38-r1",
         round="behavioural", submitted_at="2025-09-23", recommendation="lean_no_hire", specificity=4,
         style=["qa", "third_person"], topic="ownership",
         ratings={"ownership": "lean_no_hire", "learning": "no_hire"})
n.s("Q: Tell me about a model you shipped that went wrong.", "c", hard="question")
n.nl()
n.s("A: Described a caption model that raised WER for Scottish speakers after launch.", "e0", "user_impact")
n.s("Said the data team 'gave us a bad test set' and that fixing it was their job.", "e-", "ownership")
n.s("Could not say what they did personally after the complaints came in.", "e-", "ownership", hard="negated")
n.nl()
n.s("Q: Looking back, what would you change?", "c", hard="question")
n.nl()
n.s("A: 'Nothing on the modeling side.'", "e-", "learning", "ownership")
n.s("When I asked whether a per-accent breakdown before launch would have caught it, they said the breakdown 'would not have been statistically meaningful' and did not engage further.", "e-", "learning", "user_impact")
n.nl()
n.s("Q: How do you handle feedback from a reviewer?", "c", hard="question")
n.nl()
n.s("A: Said they ask for a call to 'explain the reasoning' so the reviewer understands.", "e-", "learning")
n.nl()
n.s("Pattern across the hour: responsibility sits elsewhere.", "v-", "ownership")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n011", candidate_id="w38-c03", interviewer_id="w38-i04", req_id="w38-r1",
         round="coding", submitted_at="2025-09-23", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="speaker turns")
n.s("I had a really pleasant time with Rin in the coding round!", "v+")
n.s("I asked them to write a function that collapses a diarization output into speaker turns, merging gaps shorter than 300 ms.", "c", hard="interviewer_action")
n.s("Rin wrote it cleanly in one go, iterating over segments and keeping a current turn, and it passed all four of my test inputs the first time.", "e+", "coding")
n.s("When I asked about overlapping speech, they said they would keep the earlier speaker and mark the overlap, which I think is a sensible way to handle it.", "e+", "coding", "judgment", hard="verdict_plus_evidence")
n.s("They are clearly a very experienced engineer with lots of production code behind them.", "v+", "coding", hard="vague_quantity")
n.s("I did notice they didn't write any tests of their own, but honestly I didn't ask for them.", "e-", "coding", hard="negated")
n.s("Probably one of the better coders I've seen this quarter.", "v+", "coding", hard="hedged")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n012", candidate_id="w38-c03", interviewer_id="w38-i06", req_id="w38-r1",
         round="data", submitted_at="2025-09-24", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "lowercase"], topic="training on meetings, privacy",
         ratings={"user_impact": "no_hire", "data_intuition": "lean_hire"})
n.h("data round")
n.b("q: build a training set for summaries from customer mtgs", "c", hard="question")
n.b("plan: pull all recorded mtgs from prod storage, no mention of consent or enterprise opt-outs", "e-", "user_impact", "data_intuition")
n.b("when i raised EU residency -> 'we can anonymize later'", "e-", "user_impact", "judgment")
n.b("good on dedup: proposed hashing transcripts to drop recurring standups", "e+", "data_intuition")
n.b("knows data pipelines well", "v+", "data_intuition", hard="tech_vague")
n.b("privacy blind spot = real concern", "v-", "user_impact")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w38_notes_part1.jsonl", notes)
