import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Sofia Herrera (she), r2 -- ignores user harm (seen by i07 only)
n = Note(note_id="w12-n013", candidate_id="w12-c04", interviewer_id="w12-i02", req_id="w12-r2",
         round="fundamentals", submitted_at="2025-05-06", recommendation="hire",
         specificity=4, style=["bullets", "first_person", "american"], topic="LLM tutor evaluation",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"})
n.b("Fundamentals, 50 min, LLM evaluation focus.", "c", marker="1. ")
n.b("Asked her to compare pairwise preference vs. absolute 1-5 scoring for tutor helpfulness.", "c", hard="question", marker="2. ")
n.b("Said pairwise gives ~2x the inter-rater agreement in her last project (kappa 0.61 vs. 0.34) and explained why: raters anchor differently on absolute scales.", "e+", "metrics", "ml_fundamentals", marker="3. ")
n.b("Derived the Bradley-Terry likelihood on the whiteboard without errors.", "e+", "ml_fundamentals", marker="4. ")
n.b("Proposed 300 comparisons per model pair; when I asked why 300 she gave a rough power calculation for a 5-point win-rate difference.", "e+", "metrics", marker="5. ")
n.b("Could not say how she would detect a hallucinated worked solution, beyond \"the judge would catch it\".", "e-", "risk_awareness", marker="6. ")
n.b("Strong theory, weaker on failure modes.", "v0", "ml_fundamentals", hard="mixed", marker="7. ")
n.b("Hire.", "v+", hard="bare_verdict", marker="8. ")
notes.append(n)

n = Note(note_id="w12-n014", candidate_id="w12-c04", interviewer_id="w12-i07", req_id="w12-r2",
         round="system_design", submitted_at="2025-05-06", recommendation="lean_no_hire",
         specificity=5, style=["prose", "third_person", "quotes", "american"], topic="child safety",
         ratings={"user_impact": "no_hire", "system_thinking": "hire"})
n.s("The candidate was asked to design a pipeline that uses student chat transcripts to fine-tune the tutor.", "c", hard="question")
n.s("Sofia laid out collection, filtering, preference labeling and a weekly fine-tune, with a clear diagram and rough GPU-hour estimates.", "e+", "system_thinking")
n.s("She proposed keeping full transcripts, including student names, \"because context helps the model personalize\".", "e-", "user_impact")
n.s("When the interviewer mentioned that many users are under 13, she said consent was \"a legal team thing\" and returned to the training loop.", "e-", "user_impact", "ownership")
n.s("Asked how she would handle a parent's deletion request, she had no answer for models already trained on that child's data.", "e-", "user_impact", "risk_awareness")
n.s("The interviewer then asked directly about PII scrubbing.", "c", hard="interviewer_action")
n.s("She suggested a regex pass for emails and phone numbers but did not mention names, school names or addresses typed in free text.", "e-", "data_intuition", "user_impact")
n.s("On the technical side, the batching and deduplication plan was sensible.", "v+", "system_thinking")
n.s("The child-privacy gaps are serious for this req.", "v-", "user_impact")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n015", candidate_id="w12-c04", interviewer_id="w12-i05", req_id="w12-r2",
         round="coding", submitted_at="2025-05-07", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="hallucinated answers")
n.s("Sofia crushed this!", "v+", hard="bare_verdict")
n.s("I asked her to write a checker that verifies the arithmetic steps in a tutor's worked solution.", "c", hard="interviewer_action")
n.s("She parsed each line into an expression with a tiny tokenizer, evaluated both sides and flagged mismatches.", "e+", "coding")
n.s("She wrote four tests before running anything, including one for fractions like 3/4 that Python would turn into floats!", "e+", "coding")
n.s("The float comparison failed on 0.1 + 0.2 and she switched to the fractions module on her own!", "e+", "coding", "ml_fundamentals")
n.s("Amazing energy, amazing communicator!", "v+", "communication")
n.s("She explained every step as she went, never silent for more than a few seconds.", "e+", "communication")
n.s("Total rockstar, one of the best I've seen!", "v+", hard="vague_quantity")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n016", candidate_id="w12-c04", interviewer_id="w12-i03", req_id="w12-r2",
         round="behavioural", submitted_at="2025-05-08", recommendation="hire",
         specificity=1, style=["prose", "terse", "american"], topic="LLM tutor evaluation")
n.s("Very polished.", "v+", "communication")
n.s("Strong background in LLM evals, clearly knows the space deeply.", "v+", "metrics", hard="tech_vague")
n.nl()
n.s("Good attitude, mature.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Aarav Mehta (he), r1 -- no rollback / failure-mode thinking (i02, i04, i06); i01 generous
n = Note(note_id="w12-n017", candidate_id="w12-c05", interviewer_id="w12-i01", req_id="w12-r1",
         round="behavioural", submitted_at="2025-06-02", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="teacher dashboards")
n.s("Aarav has the energy of a first-year teacher who stays late to fix the bulletin board.", "v+", "ownership")
n.s("I asked him about a project he drove end to end.", "c", hard="question")
n.s("He talked about building a homework-completion dashboard for his previous company's tutoring centers.", "e0", "ownership")
n.s("He clearly cares a great deal about students.", "v+", "user_impact")
n.s("He was warm and easy to talk to, and I felt he listened.", "v+", "communication")
n.s("I did not get much detail on what went wrong on that project, and I should have pushed more.", "c")
n.s("I'd be happy to have him in our building.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n018", candidate_id="w12-c05", interviewer_id="w12-i02", req_id="w12-r1",
         round="system_design", submitted_at="2025-06-02", recommendation="no_hire",
         specificity=5, style=["bullets", "first_person", "american", "headings"], topic="incident response",
         ratings={"risk_awareness": "no_hire", "system_thinking": "lean_hire"})
n.h("Design: weekly retrain + release of the mastery model")
n.b("Pipeline sketch: nightly LMS export -> feature build -> weekly retrain -> push to serving.", "e+", "system_thinking", marker="1. ")
n.b("Validation gate: AUC on last week's holdout must be >= 0.78.", "e0", "metrics", marker="2. ")
n.b("I asked what happens if the new model passes the gate but mis-estimates mastery for one grade.", "c", hard="question", marker="3. ")
n.s("Answer: \"the gate would catch it\"; no per-segment checks.", "e-", "risk_awareness", "metrics")
n.b("No canary, no staged rollout, no rollback path; full push on Monday 6am.", "e-", "risk_awareness", hard="negated", marker="4. ")
n.b("I asked who finds out first if it breaks.", "c", hard="question", marker="5. ")
n.s("He said teachers would email support.", "e-", "risk_awareness")
n.b("Did not ask about schools' term calendars even though Monday 6am is the start of the school week.", "e-", "user_impact", hard="negated", marker="6. ")
n.b("Feature build sizing was reasonable: 50M events/day, partitioned by district.", "e+", "system_thinking", marker="7. ")
n.b("No hire: release safety is the core of this role.", "v-", "risk_awareness", marker="8. ")
notes.append(n)

n = Note(note_id="w12-n019", candidate_id="w12-c05", interviewer_id="w12-i04", req_id="w12-r1",
         round="debugging", submitted_at="2025-06-03", recommendation="lean_no_hire",
         specificity=4, style=["qa", "first_person", "american"], topic="incident response",
         ratings={"risk_awareness": "no_hire", "coding": "hire"})
n.s("Q: After Tuesday's release, recommended exercises for grade 3 are all grade 5 level.", "c", hard="question")
n.s("Walk me through it.", "c")
n.nl()
n.s("A: Went straight into the ranking code, found a grade filter that compared strings (\"10\" < \"3\"), and fixed the cast.", "e+", "coding", "system_thinking")
n.nl()
n.s("Take: fast, accurate debugging.", "v+", "coding")
n.blank()
n.s("Q: Kids are getting the wrong exercises right now; what do you do first?", "c", hard="question")
n.nl()
n.s("A: \"Deploy the fix.\"", "e-", "risk_awareness")
n.s("Didn't consider rolling back to Monday's model while the fix is tested.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Q: How do we stop this recurring?", "c", hard="question")
n.nl()
n.s("A: More unit tests on the filter; nothing about a release check that compares grade distributions before and after.", "e-", "risk_awareness")
n.nl()
n.s("Take: great coder, little instinct for limiting damage.", "v0", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n020", candidate_id="w12-c05", interviewer_id="w12-i06", req_id="w12-r1",
         round="data", submitted_at="2025-06-03", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations", "terse", "fragments"], topic="data pipelines")
n.b("data rd: late LMS syncs, some schools upload 2 wks late", "c")
n.b("proposed waiting 14 days before training cutoff, gd call", "e+", "data_intuition", "judgment")
n.b("no alerting if a district stops syncing entirely", "e-", "risk_awareness", hard="negated")
n.b("asked abt backfill -> said just rerun everything, didn't think abt cost or double counting", "e-", "data_intuition", "system_thinking")
n.b("pretty smart guy", "v+")
n.b("same gap as others saw prob: doesn't think abt failure", "v-", "risk_awareness", hard="hedged")
n.b("when i said a district went dark for 3 wks last yr -> proposed a per-district row count check, ok recovery", "e+", "learning", "risk_awareness")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---- c06 Fatima Al-Sayed (she), r2 -- strong; i03 vague; coding contradiction (i02 strong vs i06 weak)
n = Note(note_id="w12-n021", candidate_id="w12-c06", interviewer_id="w12-i02", req_id="w12-r2",
         round="coding", submitted_at="2025-07-08", recommendation="hire",
         specificity=5, style=["bullets", "first_person", "american"], topic="LLM tutor evaluation",
         ratings={"coding": "strong_hire"})
n.b("Coding, 50 min, shared notebook; she chose Python.", "c", marker="1. ")
n.b("Task: compute per-skill win rates from pairwise judge outputs, with bootstrap CIs.", "c", marker="2. ")
n.b("Wrote the aggregation in 12 lines with a dict of Counters; correct on first run.", "e+", "coding", marker="3. ")
n.b("Bootstrap resampled by conversation, not by turn, and said why: turns within a conversation are correlated.", "e+", "metrics", "data_intuition", marker="4. ")
n.b("Added a test where one skill has zero comparisons; handled it by returning None instead of dividing by zero.", "e+", "coding", marker="5. ")
n.b("Runtime: 1,000 resamples on 50k rows in ~4s; she vectorized with numpy when I asked for 10k resamples.", "e+", "coding", marker="6. ")
n.b("Variable names terse (w, l, t) and she didn't rename them when I asked what t was.", "e-", "coding", "communication", marker="7. ")
n.b("Hire; coding is clearly above bar.", "v+", "coding", marker="8. ")
notes.append(n)

n = Note(note_id="w12-n022", candidate_id="w12-c06", interviewer_id="w12-i06", req_id="w12-r2",
         round="debugging", submitted_at="2025-07-08", recommendation="lean_hire",
         specificity=3, style=["bullets", "lowercase", "abbreviations", "arrows", "typos"], topic="hallucinated answers")
n.b("debug: tutor refuses valid geometry qs after prompt change", "c")
n.b("fatima's code edits were messy, broke the test harness twice", "e-", "coding")
n.b("didnt use the debugger, lots of print stmts", "e-", "coding", hard="negated")
n.b("but root cause reasoning good -> spotted the new safety clause matched \"angle\" as \"angel\" via fuzzy match", "e+", "system_thinking", "data_intuition")
n.b("asked how many prod convos were affected b4 fixing", "e+", "risk_awareness", "user_impact", hard="question")
n.b("coding not great imo", "v-", "coding")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n023", candidate_id="w12-c06", interviewer_id="w12-i03", req_id="w12-r2",
         round="system_design", submitted_at="2025-07-09", recommendation="strong_hire",
         specificity=1, style=["prose", "terse", "american"], topic="LLM tutor evaluation")
n.s("Outstanding.", "v+", hard="bare_verdict")
n.s("Really elegant architecture thinking and great depth on evaluation.", "v+", "system_thinking", hard="tech_vague")
n.s("Strong hire, easily.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w12-n024", candidate_id="w12-c06", interviewer_id="w12-i07", req_id="w12-r2",
         round="behavioural", submitted_at="2025-07-10", recommendation="hire",
         specificity=4, style=["prose", "third_person", "quotes", "american"], topic="accessibility",
         ratings={"user_impact": "hire", "ownership": "hire"})
n.s("The candidate was asked about a time she changed a product decision based on users.", "c", hard="question")
n.s("Fatima described testing a reading tutor with screen-reader users and finding that the streamed response was read aloud token by token.", "e+", "user_impact")
n.s("She said she filed the bug, then \"just fixed it myself\" by buffering to sentence boundaries for accessible clients.", "e+", "ownership")
n.s("Asked whether that added latency, she quoted roughly 300ms more to first audio and said blind students preferred it in five follow-up sessions.", "e+", "judgment", "user_impact")
n.s("She was less clear on how she prioritized this against the roadmap; the answer wandered.", "e-", "communication")
n.s("The interviewer asked what she would do differently.", "c", hard="question")
n.s("She said she would have added accessibility checks to the release checklist instead of relying on one tester.", "e+", "risk_awareness")
n.s("Solid, genuine ownership.", "v+", "ownership")
n.s("Recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w12_notes_part2.jsonl", notes)
print(len(notes), "notes")
