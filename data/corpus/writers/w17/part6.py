import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w17-n051", candidate_id="w17-c27", interviewer_id="w17-i03", req_id="w17-r2",
         round="system_design", submitted_at="2025-02-04", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="GPU inference")
n.s("Sys design, GPU inference.", "c")
n.s("Yusuf is strong.", "v+")
n.s("Knows CUDA, quantisation, batching, everything.", "v+", "system_thinking", hard="tech_vague")
n.s("Good communicator.", "v+", "communication")
n.s("Very confident.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n052", candidate_id="w17-c28", interviewer_id="w17-i07", req_id="w17-r1",
         round="data", submitted_at="2025-02-18", recommendation="strong_hire", specificity=1,
         style=["prose", "american"], topic="playlists")
n.s("Data round, playlist dataset.", "c")
n.s("Zoe was amazing!!", "v+")
n.s("She has a million ideas about playlists!", "v+", hard="vague_quantity")
n.s("Super smart and so much fun to talk to!", "v+", hard="biased")
n.s("Definitely a 10/10 on data!", "v+", "data_intuition", hard="vague_quantity")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n053", candidate_id="w17-c29", interviewer_id="w17-i04", req_id="w17-r2",
         round="coding", submitted_at="2025-03-03", recommendation="hire", specificity=2,
         style=["prose", "third_person", "british"], topic="audio chunking")
n.s("This was the coding round on audio chunking.", "c")
n.s("I asked the candidate to split an audio array into fixed windows with overlap.", "c", hard="interviewer_action")
n.s("His approach was correct.", "v+", "coding")
n.s("He wrote the code with one minor bug in the last window, which he fixed after I pointed it out.", "e0", "coding", "learning", hard="mixed")
n.s("His coding standard is good.", "v+", "coding")
n.s("Communication could be better.", "v-", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n054", candidate_id="w17-c30", interviewer_id="w17-i05", req_id="w17-r1",
         round="fundamentals", submitted_at="2025-03-25", recommendation="hire", specificity=2,
         style=["lowercase", "terse", "arrows", "abbreviations"], topic="matrix factorisation")
n.b("fundamentals w/ lena", "c", marker="")
n.b("q was bias/variance for matrix factorisation w/ sparse users", "c", hard="question", marker="")
n.b("pretty strong on theory", "v+", "ml_fundamentals", marker="")
n.b("said more factors -> lower bias, higher variance, esp. for users w/ <5 plays", "e+", "ml_fundamentals", marker="")
n.b("rest was fine", "v0", marker="")
n.b("good vibes", "v+", hard="biased", marker="")
n.b("H", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w17-n055", candidate_id="w17-c31", interviewer_id="w17-i01", req_id="w17-r1",
         round="behavioural", submitted_at="2025-05-06", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="behavioural")
n.s("Omar is a thoughtful soul, a slow-tempo ballad of a candidate.", "v+", hard="biased")
n.s("We talked about his years on a news recommender and what he learnt there.", "c")
n.s("He seems to care about the people on the other end of the algorithm.", "v+", "user_impact")
n.s("He has clearly led teams.", "v+", "ownership")
n.s("He did say he'd once argued for a diversity constraint on the news feed, though I couldn't get him to tell me what it was.", "v+", "user_impact", hard="hedged")
n.s("I'd have liked more specifics and didn't manage to draw them out of him.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n056", candidate_id="w17-c32", interviewer_id="w17-i06", req_id="w17-r2",
         round="system_design", submitted_at="2025-05-20", recommendation="lean_hire", specificity=2,
         style=["fragments", "british"], topic="podcast search new market")
n.s("System design: podcast search for a new market (Brazil), 45 min.", "c")
n.nl()
n.s("Saw: good structure overall.", "v+", "system_thinking")
n.nl()
n.s("Missing: depth on multilingual ASR.", "v-", "ml_fundamentals", hard="tech_vague")
n.nl()
n.s("Saw: mentioned Portuguese-specific tokenisation.", "v+", "ml_fundamentals", hard="tech_vague")
n.nl()
n.s("Missing: never put a number on traffic or index size.", "e-", "system_thinking", hard="negated")
n.nl()
n.s("Net: fine.", "v0")
n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n057", candidate_id="w17-c33", interviewer_id="w17-i02", req_id="w17-r1",
         round="coding", submitted_at="2025-06-17", recommendation="lean_hire", specificity=3,
         style=["bullets", "headings", "third_person", "american"], topic="track dedup")
n.s("Round: coding, 45 min.", "c")
n.s("Task: dedupe near-identical tracks (same audio, different metadata).", "c")
n.nl()
n.h("Findings")
n.b("Proposed hashing normalized title+artist; did not consider that remasters share both.", "e-", "data_intuition", hard="negated", marker="1. ")
n.b("Code ran on the first example.", "e+", "coding", marker="2. ")
n.b("Good general approach.", "v+", "coding", marker="3. ")
n.b("Testing weak.", "v-", "coding", marker="4. ")
n.b("Asked whether false merges or missed duplicates were worse for artists' royalty counts.", "e+", "user_impact", hard="question", marker="5. ")
n.nl()
n.s("Evidence-based verdict: lean hire, marginal.", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n058", candidate_id="w17-c34", interviewer_id="w17-i01", req_id="w17-r2",
         round="system_design", submitted_at="2025-07-08", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="GPU inference cost")
n.s("Ravi came in playing loud and didn't always listen to the band.", "v-", "communication")
n.s("I asked for a design for a nightly audio-embedding refresh of 80 million tracks on a fixed GPU budget.", "c")
n.s("He assumed 30-second clips and 2,000 clips per GPU-second, which came to a bit over 11 GPU-hours a night.", "e+", "system_thinking")
n.s("When I suggested only re-embedding tracks whose audio had changed, he talked over me to finish his point about mixed precision.", "e-", "communication", "learning")
n.s("He did take the point in the end and said an incremental refresh would cut the job by about 95%.", "e0", "learning", hard="mixed")
n.s("He never mentioned what the downstream rankers would do if tonight's embeddings came out skewed.", "e-", "risk_awareness", hard="negated")
n.s("Strong on the arithmetic, weaker in the ensemble.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n059", candidate_id="w17-c35", interviewer_id="w17-i04", req_id="w17-r2",
         round="data", submitted_at="2025-08-26", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="ASR evaluation data")
n.s("Kindly find below my notes from the data round.", "c")
n.s("The candidate was given 1,000 human-corrected transcripts and asked how she would use them to evaluate our ASR.", "c")
n.s("She was able to point out that the corrections were done only on popular shows, so the set is not representative.", "e+", "data_intuition")
n.s("She proposed stratifying a new labelling batch by language and audio quality.", "e+", "data_intuition")
n.s("She did not discuss the cost of labelling at all.", "e-", "judgment", hard="negated")
n.s("Her understanding of evaluation is good.", "v+", "metrics")
n.s("She is a bit soft-spoken.", "v-", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n060", candidate_id="w17-c36", interviewer_id="w17-i03", req_id="w17-r1",
         round="behavioural", submitted_at="2026-01-13", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Behavioural.", "c")
n.s("Ewa came across well.", "v+")
n.s("Seems like a strong owner, though hard to say.", "v+", "ownership")
n.s("Not sure on the people side.", "v-")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w17_notes_part6.jsonl", notes)
