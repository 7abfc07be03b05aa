import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w12-n049", candidate_id="w12-c19", interviewer_id="w12-i01", req_id="w12-r2",
         round="system_design", submitted_at="2025-01-28", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person", "american"], topic="child safety",
         ratings={"judgment": "strong_hire", "user_impact": "strong_hire", "system_thinking": "hire"})
n.s("This was a long and genuinely enjoyable design conversation with Mei-Ling.", "c")
n.s("I asked her how she would let the LLM tutor remember a student's progress between sessions without creating a privacy problem.", "c", hard="question")
n.s("Her first move was to ask who the data controller is when a school signs up versus when a parent signs up directly, since that changes what consent we need.", "e+", "user_impact", hard="question")
n.s("She proposed that the tutor never stores raw transcripts past 30 days and keeps only a small per-skill summary, which she wrote out as a five-field record on the board.", "e+", "user_impact", "system_thinking")
n.s("I asked what we lose by throwing transcripts away.", "c", hard="question")
n.s("She said we lose the ability to retrain on real conversations, and proposed getting that data from a separate opt-in research cohort instead of everyone.", "e+", "judgment", "user_impact")
n.blank()
n.s("Then I made it harder: a district in Germany wants the product, and a district in Texas wants teachers to see full chat logs.", "c", hard="interviewer_action")
n.s("She did not try to build one system for both.", "e+", "judgment", hard="negated")
n.s("She suggested a per-tenant retention policy, defaulting to the strictest one, and said teacher log access should be an explicit school setting with an audit trail.", "e+", "judgment", "risk_awareness")
n.s("When I asked how a student could get their data deleted, she traced the deletion through the summary store, the backups and the eval sets, and admitted that the eval sets were the hard part.", "e+", "risk_awareness", "ownership")
n.s("It was like watching a teacher plan a field trip: permission slips first, then the bus, then the fun part.", "v+", "judgment")
n.blank()
n.s("Her estimate of storage was a little loose; she said \"a few gigabytes\" without working it out.", "e-", "system_thinking")
n.s("She also didn't say how the summary would be updated if two sessions ran at once on a shared classroom laptop.", "e-", "system_thinking", hard="negated")
n.s("When I raised that, she suggested locking per student and said she had not thought about shared devices, which I liked.", "e+", "learning")
n.s("She checked in with me twice to ask if I wanted more depth somewhere.", "e+", "communication", hard="plain_evidence")
n.s("I'd trust her with our kids' data.", "v+", "user_impact")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n050", candidate_id="w12-c20", interviewer_id="w12-i02", req_id="w12-r1",
         round="data", submitted_at="2025-02-18", recommendation="hire",
         specificity=5, style=["bullets", "first_person", "american"], topic="A/B tests in classrooms",
         ratings={"metrics": "hire", "judgment": "hire"})
n.b("Data: results of a 2-arm test of spaced-repetition scheduling, 64 schools, 3 weeks.", "c", marker="1. ")
n.b("Asked how schools were assigned; I said randomized at school level, stratified by district.", "e+", "metrics", hard="question", marker="2. ")
n.b("Computed the design effect: ICC ~0.08 from the data, average cluster 180 students -> effective n ~ 770, said the test was underpowered for a 2-point effect.", "e+", "metrics", "ml_fundamentals", marker="3. ")
n.b("Noticed 4 treatment schools had spring break in week 2 and showed their usage drop.", "e+", "data_intuition", marker="4. ")
n.b("Recommended extending the test 3 weeks rather than launching on a +1.4 point estimate.", "e+", "judgment", marker="5. ")
n.b("I pushed: the PM wants to launch before back-to-school.", "c", hard="interviewer_action", marker="6. ")
n.s("She offered launching to the 50% of districts whose teachers had opted in, with the test continuing elsewhere.", "e+", "judgment", "learning")
n.b("Did not check for differential attrition between arms.", "e-", "data_intuition", hard="negated", marker="7. ")
n.b("Code in the notebook was slow to write; ~10 min on one pivot.", "e-", "coding", marker="8. ")
n.b("Hire.", "v+", hard="bare_verdict", marker="9. ")
notes.append(n)

n = Note(note_id="w12-n051", candidate_id="w12-c21", interviewer_id="w12-i03", req_id="w12-r1",
         round="coding", submitted_at="2025-03-11", recommendation="hire",
         specificity=2, style=["prose", "terse", "american"], topic="exercise recommendation")
n.s("Good coder.", "v+", "coding")
n.s("Finished both problems.", "e+", "coding")
n.s("Clean, readable, very professional style.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n052", candidate_id="w12-c22", interviewer_id="w12-i04", req_id="w12-r1",
         round="system_design", submitted_at="2025-03-25", recommendation="lean_no_hire",
         specificity=4, style=["qa", "first_person", "american"], topic="latency on school laptops",
         ratings={"system_thinking": "lean_no_hire"})
n.s("Q: Recommendations take 4 seconds to load on school Chromebooks; fix it.", "c", hard="question")
n.nl()
n.s("A: Proposed a bigger GPU for the ranking service.", "e-", "system_thinking")
n.nl()
n.s("I said server time is 80ms and the rest is the client.", "c", hard="interviewer_action")
n.s("Ibrahim then suggested a CDN but didn't ask what the client was doing for the other 3.9 seconds.", "e-", "system_thinking", hard="negated")
n.nl()
n.s("Take: jumped to solutions before finding the bottleneck.", "v-", "judgment")
n.blank()
n.s("Q: Let's say the client is loading a 6MB JS bundle.", "c")
n.nl()
n.s("A: Suggested code-splitting and lazy-loading the recommendation widget; reasonable.", "e+", "system_thinking")
n.nl()
n.s("Q: What about students using screen readers?", "c", hard="question")
n.nl()
n.s("A: Said \"that's more of a frontend thing\".", "e-", "user_impact")
n.nl()
n.s("Take: LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n053", candidate_id="w12-c23", interviewer_id="w12-i05", req_id="w12-r2",
         round="behavioural", submitted_at="2025-04-08", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "american"], topic="incident response",
         ratings={"ownership": "strong_hire"})
n.s("Wow, what a conversation!", "v+")
n.s("I asked Tendai about a time something she shipped hurt users.", "c", hard="question")
n.s("She told me about a reading assistant that mispronounced names from certain languages, and kids were being corrected on their own names!", "e0", "user_impact")
n.s("She found out from a single parent email, and instead of waiting for triage she pulled 2,000 names from the class rosters and measured the error rate herself (around 18% for names of West African origin vs. 2% overall)!", "e+", "ownership", "user_impact")
n.s("She paused name-reading for the affected locales the same day and wrote to the parent personally!", "e+", "ownership", "judgment")
n.s("Then she built a pronunciation override that teachers could set in the roster.", "e+", "user_impact")
n.s("She mentioned she never found out whether the override was actually used, which she regretted.", "e0", "metrics")
n.s("Such a lovely person, very warm and humble!", "v+", hard="biased")
n.s("Massive ownership, 110%!", "v+", "ownership", hard="vague_quantity")
n.s("Strong hire!!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n054", candidate_id="w12-c24", interviewer_id="w12-i06", req_id="w12-r1",
         round="fundamentals", submitted_at="2025-04-22", recommendation="no_hire",
         specificity=4, style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="knowledge tracing")
n.b("fundamentals, ~45m", "c")
n.b("asked why val loss goes up when we add new schools' data -> said \"overfitting\", couldn't say to what", "e-", "ml_fundamentals")
n.b("confused precision/recall when i asked abt flagging at-risk students", "e-", "ml_fundamentals", "metrics")
n.b("said class imbalance is fixed by \"just using accuracy\"", "e-", "metrics")
n.b("i hinted at base rates -> got there eventually w/ help, ~10 min", "e0", "learning")
n.b("friendly, easy to talk to", "v+", "communication")
n.b("fundamentals not there for this level tbh", "v-", "ml_fundamentals")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n055", candidate_id="w12-c25", interviewer_id="w12-i07", req_id="w12-r2",
         round="data", submitted_at="2025-05-20", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "quotes", "american"], topic="hallucinated answers",
         ratings={"data_intuition": "hire", "communication": "lean_no_hire"})
n.s("The candidate received a sample of 800 tutor conversations flagged by students as \"wrong answer\".", "c")
n.s("Mateus read about 30 of them before writing any code and said roughly a third were students disagreeing with a correct answer.", "e+", "data_intuition", hard="plain_evidence")
n.s("He proposed relabeling a 200-conversation sample with a math teacher before using the flags as a metric.", "e+", "metrics", "data_intuition")
n.s("He grouped the rest by topic and found geometry proofs overrepresented, about 4x their share of traffic.", "e+", "data_intuition")
n.s("His explanation of the findings jumped between topics, and the interviewer had to ask him twice to state the headline number.", "e-", "communication")
n.s("He said \"sorry, I think in tables\" and then gave a clear one-sentence summary.", "e+", "communication", "learning")
n.s("He did not ask whether the flagging button was equally visible on mobile and desktop.", "e-", "data_intuition", hard="negated")
n.s("A capable analyst whose communication needs work.", "v0", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n056", candidate_id="w12-c26", interviewer_id="w12-i01", req_id="w12-r1",
         round="coding", submitted_at="2025-06-10", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="exercise recommendation")
n.s("I gave Yusuf a small problem: given a skill prerequisite graph, return the skills a student is ready to learn.", "c", hard="interviewer_action")
n.s("He recognized it as a graph problem and wrote a breadth-first search, which was a good start.", "e+", "coding")
n.s("But he did not handle cycles in the graph, and when I added one the function ran forever.", "e-", "coding")
n.s("I pointed out the loop and he added a visited set, though it took him a while to see where.", "e0", "coding", "learning")
n.s("He never asked whether a skill with two prerequisites needs both or either, which changes the answer completely.", "e-", "judgment", hard="negated")
n.s("In my classroom days I'd have called this \"knows the formula, hasn't read the question\".", "v-", "judgment")
n.s("He seems like a kind person who would be nice to work with.", "v+", hard="biased")
n.s("I think he's a year or two away.", "v-", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n057", candidate_id="w12-c27", interviewer_id="w12-i02", req_id="w12-r2",
         round="debugging", submitted_at="2025-07-01", recommendation="strong_hire",
         specificity=5, style=["bullets", "first_person", "american", "headings"], topic="giving away solutions",
         ratings={"coding": "strong_hire", "risk_awareness": "strong_hire"})
n.h("Debugging: answer-leak filter regression")
n.b("Setup: after a prompt update, the answer-leak filter's recall fell from 0.92 to 0.41 on the weekly audit.", "c", marker="1. ")
n.b("First asked whether the audit set itself changed; confirmed via git log it hadn't (~3 min).", "e+", "data_intuition", "coding", marker="2. ")
n.b("Diffed filter inputs before/after and saw the tutor now wraps answers in LaTeX (\\boxed{}), which the filter's regex ignored.", "e+", "coding", marker="3. ")
n.b("Wrote a failing test with a boxed answer before touching the regex.", "e+", "coding", marker="4. ")
n.b("Fixed the regex, then argued the filter should run on rendered text, not raw tokens, so future format changes don't break it.", "e+", "system_thinking", "judgment", marker="5. ")
n.b("Asked how many leaked answers reached students in the 9 days since the update; estimated ~14k from traffic x leak rate.", "e+", "risk_awareness", "user_impact", marker="6. ")
n.b("Proposed adding the filter's recall to the release checklist with a hard floor of 0.85.", "e+", "risk_awareness", marker="7. ")
n.b("Only gap: did not mention notifying teachers, though I didn't ask.", "e-", "user_impact", hard="negated", marker="8. ")
n.b("Strong hire.", "v+", hard="bare_verdict", marker="9. ")
notes.append(n)

n = Note(note_id="w12-n058", candidate_id="w12-c28", interviewer_id="w12-i03", req_id="w12-r2",
         round="data", submitted_at="2025-07-15", recommendation="no_hire",
         specificity=1, style=["prose", "terse", "american"], topic="LLM tutor evaluation")
n.s("Really struggled.", "v-")
n.s("Data skills pretty weak and not very structured.", "v-", "data_intuition")
n.s("Poor communicator.", "v-", "communication")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n059", candidate_id="w12-c29", interviewer_id="w12-i04", req_id="w12-r1",
         round="behavioural", submitted_at="2025-08-05", recommendation="hire",
         specificity=3, style=["qa", "first_person", "american"], topic="teacher dashboards")
n.s("Q: Tell me about a project where priorities changed halfway through.", "c", hard="question")
n.nl()
n.s("A: Described a teacher dashboard whose scope was cut from 12 charts to 3 when the deadline moved to before state testing.", "e0", "judgment")
n.s("Said she picked the three by asking five teachers which charts they'd look at on a Monday morning.", "e+", "judgment", "user_impact")
n.nl()
n.s("Take: good call-making.", "v+", "judgment")
n.blank()
n.s("Q: What happened to the other 9 charts?", "c", hard="question")
n.nl()
n.s("A: Not sure; \"someone else picked them up I think\".", "e-", "ownership", hard="hedged")
n.nl()
n.s("Take: ok.", "v0")
n.s("Very personable.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n060", candidate_id="w12-c30", interviewer_id="w12-i05", req_id="w12-r2",
         round="fundamentals", submitted_at="2025-08-26", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="LLM tutor evaluation")
n.s("Really enjoyed talking with Anil!", "v+")
n.s("He's clearly been around LLMs a long time and has tons of experience with fine-tuning!", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Super fluent on RLHF, DPO, reward models, all of it!", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He explained that DPO skips the explicit reward model by using the policy's own log-ratio against the reference model.", "e+", "ml_fundamentals")
n.s("He wasn't sure how we'd evaluate the tutor for kids specifically, but I'm sure he'll pick it up!", "e0", "metrics", hard="hedged")
n.s("Great guy!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w12_notes_part5.jsonl", notes)
print(len(notes), "notes")
