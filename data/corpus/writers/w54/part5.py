import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# history c23 -- i04
n = Note(note_id="w54-n047", candidate_id="w54-c23", interviewer_id="w54-i04", req_id="w54-r2",
         round="system_design", submitted_at="2024-11-18", recommendation="no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "british"], topic="early warning architecture",
         ratings={"system_thinking": "no_hire", "risk_awareness": "no_hire"})
n.h("Setup")
n.b("System design, 50 min: early-warning flags for a 15k-student campus, advisers see them in the student record system.", "c")
n.b("Constraints given: data arrives nightly; advisers work Monday to Friday; no GPU budget.", "c")
n.h("Findings")
n.b("Proposed a Kafka stream and an online feature store for data that changes once a night.", "e-", "system_thinking", "judgment", marker="1. ")
n.b("Asked to estimate load, guessed 'millions of events' without deriving it; the actual figure from the brief is about 15k rows a night.", "e-", "system_thinking", marker="2. ")
n.b("Put model inference inside the adviser's page load, so a slow model would stall the student record screen.", "e-", "system_thinking", "risk_awareness", marker="3. ")
n.b("Asked what happens if scoring fails, said 'the on-call engineer fixes it'; the team has no on-call.", "e-", "risk_awareness", marker="4. ")
n.b("When I pointed out the nightly cadence, simplified to a batch job within five minutes and removed the stream.", "e+", "learning", "system_thinking", marker="5. ")
n.b("Drew a clear diagram and labelled every arrow.", "e+", "communication", marker="6. ")
n.b("Did not mention advisers, students or what a flag is for at any point.", "e-", "user_impact", hard="negated", marker="7. ")
n.h("Decision")
n.b("Item 5 is a real positive, but items 1-4 and 7 together are disqualifying at this level.", "v-", "system_thinking")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

# history c24 -- i05
n = Note(note_id="w54-n048", candidate_id="w54-c24", interviewer_id="w54-i05", req_id="w54-r1",
         round="behavioural", submitted_at="2024-12-03", recommendation="hire", specificity=4,
         style=["qa", "first_person", "british"], topic="ambiguous requests")
n.s("Q: The admissions director asks you for 'a model that finds the best applicants'; what do you do first?", "c", "judgment", hard="question")
n.nl()
n.s("A: Zainab said she'd ask what 'best' meant to the director: likely to accept, likely to graduate, or likely to do well.", "e+", "judgment")
n.s("She added that 'likely to accept' would quietly favour applicants who can afford to visit open days.", "e+", "user_impact", "data_intuition")
n.s("She said she would write the three options on one page and ask the director to choose, rather than choose herself.", "e+", "judgment", "communication")
n.nl()
n.s("Q: The director says 'all three', then what?", "c", hard="question")
n.nl()
n.s("A: She proposed starting with 'likely to graduate' because it's the one the university is accountable for, and said she'd say openly that the other two were parked.", "e+", "judgment")
n.s("I pushed: the director's boss wants acceptance rates up this year.", "c", hard="interviewer_action")
n.s("She held her ground on graduation as the main target but offered a simple acceptance-rate report alongside, which felt like a sensible compromise.", "e+", "judgment", "learning")
n.nl()
n.s("Q: A time you were wrong?", "c", hard="question")
n.nl()
n.s("A: She described publishing an NSS dashboard with a filter that exposed responses from a course of six students, noticing it the same day, taking it down, and adding a minimum-cell-size rule to every dashboard afterwards.", "e+", "ownership", "user_impact")
n.nl()
n.s("Thoughtful, a little long-winded.", "v0", "communication", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history c25 -- i01
n = Note(note_id="w54-n049", candidate_id="w54-c25", interviewer_id="w54-i01", req_id="w54-r1",
         round="fundamentals", submitted_at="2025-01-30", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="regression and selection")
n.s("I began, as is my habit, with a small puzzle: why might a model predicting degree outcome from A-level grades appear to show that grades barely matter?", "c", hard="question")
n.s("Aleksander's first answer was that the model must be underfitting, and he suggested adding interaction terms.", "e-", "ml_fundamentals")
n.s("I hinted, not very subtly, that we only observe outcomes for admitted students, all of whom had high grades.", "c", hard="interviewer_action")
n.s("He then saw the restriction of range immediately and explained, quite elegantly, that the correlation would be attenuated within a truncated sample.", "e+", "learning", "ml_fundamentals")
n.s("I asked whether he would use the model to set lower offers for contextual applicants, and he said he would want to see outcomes for students already admitted on lower offers before recommending anything.", "e+", "judgment", "user_impact")
n.s("Later, however, when I asked about regularisation, he claimed that the lasso and ridge penalties produce the same coefficients in expectation, which is simply not so.", "e-", "ml_fundamentals")
n.s("When I queried it he insisted, and offered an argument I could not follow and I suspect he could not either.", "e-", "learning", "communication")
n.s("He asked no questions of me at the end, which I mention only for completeness.", "e0")
n.s("His responsiveness to the first hint counts for a good deal, I think, but the regularisation episode worries me rather more.", "v0", "learning", hard="mixed")
n.s("On balance I lean against.", "v-", hard="bare_verdict")
notes.append(n)

# history c26 -- i06
n = Note(note_id="w54-n050", candidate_id="w54-c26", interviewer_id="w54-i06", req_id="w54-r2",
         round="debugging", submitted_at="2025-03-04", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "fragments"], topic="flag drift")
n.b("debug: flag rate doubled for 2nd years in wk 6", "c")
n.b("gave logs + feature histograms", "c", hard="interviewer_action")
n.b("started by retraining the model before looking at any data??", "e-", "judgment", "data_intuition")
n.b("i asked what changed in wk 6 -> looked at histograms, found VLE logins dropped to ~0 for everyone", "e0", "data_intuition", "learning", hard="mixed")
n.b("guessed 'students lost interest', didnt consider VLE outage", "e-", "data_intuition")
n.b("once told it was reading week -> agreed feature should be masked for non-teaching wks", "e+", "learning")
n.b("no mention of pausing the flags til fixed", "e-", "risk_awareness", hard="negated")
n.b("didnt ask if advisers had acted on the bad flags", "e-", "user_impact", hard="negated")
n.b("code to mask wks was fine, 6 lines", "e+", "coding")
n.b("explains stuff ok", "v0", "communication")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# history c27 -- i02
n = Note(note_id="w54-n051", candidate_id="w54-c27", interviewer_id="w54-i02", req_id="w54-r1",
         round="behavioural", submitted_at="2025-04-22", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="first-generation applicants")
n.s("I met Chidi for our usual half-hour on working with admissions staff and applicants.", "c")
n.s("He was the first in his family to go to university, which he mentioned once and didn't dwell on.", "v0", hard="biased")
n.s("I asked what he thought a first-generation applicant might find hardest about our process.", "c", hard="question")
n.s("He picked out the personal statement and said applicants without a teacher or parent to read a draft tend to write about hobbies rather than the subject.", "e+", "user_impact")
n.s("He suggested we check whether our screening model rewards statement length, because that would favour applicants with more help.", "e+", "user_impact", "data_intuition")
n.s("I then asked how he'd explain that worry to our admissions tutors, who wrote the scoring rubric themselves.", "c", hard="question")
n.s("He said he'd bring them five anonymised statements, two long and polished and three short, and ask them to rank them before showing what the model did.", "e+", "communication", "judgment")
n.s("When I said some tutors would take that as criticism, he said he'd go to the head of admissions first and let her decide how to raise it.", "e+", "judgment", "communication")
n.s("He asked me how many applications each tutor reads in a cycle, and wrote the number down.", "e+", "user_impact", hard="plain_evidence")
n.s("I'd be very happy to work with him.", "v+")
n.s("Strong hire from the admissions side.", "v+", hard="bare_verdict")
notes.append(n)

# history c28 -- i03
n = Note(note_id="w54-n052", candidate_id="w54-c28", interviewer_id="w54-i03", req_id="w54-r2",
         round="data", submitted_at="2025-06-11", recommendation="hire", specificity=2,
         style=["prose", "british"], topic="survey data")
n.s("Data round on the student experience survey.", "c")
n.s("Aoife clearly has a lot of experience with survey data.", "v+", "data_intuition", hard="vague_quantity")
n.s("She raised non-response bias early on.", "v+", "data_intuition", hard="tech_vague")
n.s("Good instincts on what the numbers were telling us.", "v+", "data_intuition")
n.s("She asked how the survey was sent out, email or in lectures.", "e+", "data_intuition")
n.s("Could maybe have pushed further on the small courses.", "v-", "data_intuition", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history c29 -- i04
n = Note(note_id="w54-n053", candidate_id="w54-c29", interviewer_id="w54-i04", req_id="w54-r1",
         round="coding", submitted_at="2025-07-07", recommendation="lean_hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="suppression code")
n.b("Coding, 45 min: publish offer rates by school and course with small-number suppression (cells under 10 hidden).", "c")
n.b("Wrote the aggregation correctly on the first run.", "e+", "coding", marker="1. ")
n.b("Suppressed cells under 10 but did not handle secondary disclosure: a hidden cell could be recovered from the row total.", "e-", "coding", "user_impact", marker="2. ")
n.b("When asked how a reader could work out a hidden cell, found the row-total problem in about a minute and suppressed the next-smallest cell too.", "e+", "learning", "user_impact", marker="3. ")
n.b("Tests covered a table with every cell under 10 but not a table with a single row.", "e0", "coding", hard="mixed", marker="4. ")
n.b("Named variables clearly and explained each step as she typed.", "e+", "communication", "coding", marker="5. ")
n.b("Did not ask who would read the published table.", "e-", "user_impact", hard="negated", marker="6. ")
n.b("LH: competent, needed prompting on the privacy point that matters most here.", "e0", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

save_notes("data/corpus/raw/w54_notes_part5.jsonl", notes)
