import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c05 Farah Haddad (she) -- r2 -- i04 strict
n = Note(note_id="w54-n023", candidate_id="w54-c05", interviewer_id="w54-i04", req_id="w54-r2",
         round="system_design", submitted_at="2026-04-13", recommendation="hire", specificity=5,
         style=["headings", "bullets", "third_person", "british"], topic="adviser workflow",
         ratings={"system_thinking": "hire", "learning": "strong_hire"})
n.h("Round")
n.b("System design, 50 min; prompt: weekly early-warning flags for 22k undergraduates, delivered into the adviser CRM.", "c")
n.b("Candidate had the attendance schema and the CRM API limits (500 writes/min) on the handout.", "c")
n.h("Findings")
n.b("Split the design into a Sunday-night batch score, a review queue for senior advisers, and a CRM push on Monday morning.", "e+", "system_thinking", marker="1. ")
n.b("Worked out that 22k writes at 500/min takes about 45 minutes and moved the push to only changed flags.", "e+", "system_thinking", marker="2. ")
n.b("Initially planned to retrain weekly on the current term's data.", "e-", "data_intuition", marker="3. ")
n.b("After I asked when withdrawal outcomes are actually known, changed to annual retraining on completed years and explained that in-term labels would be mostly 'not yet withdrawn'.", "e+", "learning", "data_intuition", marker="4. ")
n.b("Added a per-faculty flag-rate alert but set no owner for who responds to it.", "e0", "risk_awareness", "ownership", hard="mixed", marker="5. ")
n.b("Did not cover what students can see under a subject access request.", "e-", "user_impact", hard="negated", marker="6. ")
n.h("Decision")
n.b("Point 4 is the deciding item: a wrong assumption, corrected cleanly once the facts changed.", "e+", "learning", hard="verdict_plus_evidence")
n.b("H.", "v+", hard="bare_verdict")
notes.append(n)

# c05 -- i01 professor
n = Note(note_id="w54-n024", candidate_id="w54-c05", interviewer_id="w54-i01", req_id="w54-r2",
         round="fundamentals", submitted_at="2026-04-14", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="label delay")
n.s("Farah and I spent the better part of an hour on the awkward business of what, precisely, an early-warning model is predicting.", "c")
n.s("I asked, as I tend to, how she would define 'dropout' for a part-time student who suspends for a year and then returns.", "c", hard="question")
n.s("She said she would not want to call that student a dropout at all, and proposed three outcome definitions, asking which one the advisers would actually act on.", "e+", "data_intuition", "judgment")
n.s("When I suggested, somewhat mischievously, that the choice was merely a technicality, she disagreed politely and showed with a two-row example how the model would learn to flag carers and part-time students under the broadest definition.", "e+", "user_impact", "ml_fundamentals")
n.s("I then gave her a hint about competing risks, which she had not met before.", "c", hard="interviewer_action")
n.s("Within a few minutes she had reframed suspension and withdrawal as competing outcomes and asked whether we had enough suspensions, perhaps sixty a year, to model them separately.", "e+", "learning", "ml_fundamentals")
n.s("Her explanation of the bias-variance trade-off, by contrast, was entirely conventional.", "v0", "ml_fundamentals")
n.s("There was one moment where I felt she had over-committed to a Cox model before looking at whether the hazards were proportional, and she did not check this.", "e-", "ml_fundamentals", hard="hedged")
n.s("I do not think that is disqualifying.", "v+")
n.s("A clear and confident strong hire, in my view, chiefly for the outcome-definition discussion.", "v+", hard="bare_verdict")
notes.append(n)

# c05 -- i03 vague
n = Note(note_id="w54-n025", candidate_id="w54-c05", interviewer_id="w54-i03", req_id="w54-r2",
         round="coding", submitted_at="2026-04-14", recommendation="lean_hire", specificity=2,
         style=["prose", "british"], topic="feature code")
n.s("Coding round, feature engineering in Python.", "c")
n.s("Farah was decent, a few wobbles.", "v0", "coding")
n.s("Good understanding of pandas and vectorisation.", "v+", "coding", hard="tech_vague")
n.s("Took a while to get the merge working, had to restart it once.", "e0", "coding")
n.s("Wrote one test at the end for an empty dataframe.", "e+", "coding")
n.s("Her code was okay I guess.", "v0", "coding")
n.s("Bit slow overall.", "v-", "coding")
n.s("Seems to think about edge cases.", "v+", "coding", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# c05 -- i06 terse
n = Note(note_id="w54-n026", candidate_id="w54-c05", interviewer_id="w54-i06", req_id="w54-r2",
         round="behavioural", submitted_at="2026-04-15", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "quotes"], topic="faculty sceptics")
n.b("behavioural, 30 min", "c")
n.b("q: faculty says 'your model is just stereotyping my students', what do you do?", "c", "communication", hard="question")
n.b("said she'd ask which students he thought were wrongly flagged + look at those first", "e+", "communication", "learning")
n.b("offered to turn off flags for his dept for a term + compare outcomes w/ a similar dept", "e+", "judgment", "risk_awareness")
n.b("q: past conflict w/ a stakeholder", "c", hard="question")
n.b("story re a registrar blocking data access -> she wrote the DPIA herself, got it signed in 3 wks", "e+", "ownership", "user_impact")
n.b("answers a bit long, i had to cut in twice", "e-", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# c06 Seun Adeyemi (he) -- r1 -- i05 balanced
n = Note(note_id="w54-n027", candidate_id="w54-c06", interviewer_id="w54-i05", req_id="w54-r1",
         round="data", submitted_at="2025-12-01", recommendation="lean_no_hire", specificity=4,
         style=["qa", "first_person", "british"], topic="contextual admissions",
         ratings={"learning": "no_hire", "data_intuition": "hire"})
n.s("Q: Here is a table of offer rates by contextual flag (low-participation postcode, care leaver, first in family); what do you see?", "c", hard="question")
n.nl()
n.s("A: Seun noticed straight away that the care-leaver group had only 31 applicants and put an interval on its offer rate before saying anything else.", "e+", "data_intuition")
n.s("He also pointed out that 'first in family' is self-reported and may be under-declared by the applicants it's meant to help.", "e+", "data_intuition", "user_impact")
n.nl()
n.s("Q: Would you use these flags as model features?", "c", hard="question")
n.nl()
n.s("A: He said yes, all three, to 'let the model decide how much they matter'.", "e-", "judgment", "user_impact")
n.s("I asked whether a model trained on past offers could learn to penalise them; he said that wouldn't happen because the flags were 'positively correlated with merit'.", "e-", "ml_fundamentals", "user_impact")
n.s("I showed him the historical offer gap and he repeated the same point, a little more firmly.", "e-", "learning")
n.nl()
n.s("Very sharp with the data; resistant once challenged.", "v0", "data_intuition", "learning", hard="mixed")
n.s("LNH, with regret.", "v-", hard="bare_verdict")
notes.append(n)

# c06 -- i02 admissions officer
n = Note(note_id="w54-n028", candidate_id="w54-c06", interviewer_id="w54-i02", req_id="w54-r1",
         round="behavioural", submitted_at="2025-12-02", recommendation="no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="feedback")
n.s("I wanted to understand how Seun takes feedback, so I asked about a time a colleague told him his work was wrong.", "c", hard="question")
n.s("He described a manager questioning his widening-participation report, and said the manager 'hadn't read it properly'.", "e-", "learning", "ownership")
n.s("When I asked whether anything in the report had in fact changed, he said no.", "e-", "learning")
n.s("Later I mentioned, gently, that our admissions tutors sometimes push back hard on analysis; he said he would 'walk them through the numbers until they agree'.", "e-", "communication", "learning")
n.s("He did say one thing I liked: that an applicant's postcode can't tell you about their own circumstances, only their neighbours'.", "e+", "user_impact", "data_intuition")
n.s("Two of us saw the same thing with pushback, I gather.", "c")
n.s("Not for us at the moment.", "v-", hard="bare_verdict")
notes.append(n)

# c06 -- i04 strict
n = Note(note_id="w54-n029", candidate_id="w54-c06", interviewer_id="w54-i04", req_id="w54-r1",
         round="coding", submitted_at="2025-12-02", recommendation="hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="reweighting code")
n.b("Coding: implement inverse-probability weights for survey non-response, then compute a weighted mean.", "c")
n.b("Wrote a logistic response model and the weights in 20 lines, with a docstring.", "e+", "coding", marker="1. ")
n.b("Clipped weights at the 99th percentile without being asked, and said why: two respondents would otherwise carry 9% of the total weight.", "e+", "coding", "data_intuition", marker="2. ")
n.b("Wrote three tests, including all-respond and single-respondent cases; the single-respondent test failed and he fixed it.", "e+", "coding", marker="3. ")
n.b("When I questioned the clipping threshold, he defended 99 but agreed to make it a parameter.", "e0", "learning", "coding", hard="mixed", marker="4. ")
n.b("Strongest code I have seen for this req.", "v+", "coding")
n.b("H on coding; defer to panel on the rest.", "v+", hard="bare_verdict")
notes.append(n)

# c06 -- i03 vague
n = Note(note_id="w54-n030", candidate_id="w54-c06", interviewer_id="w54-i03", req_id="w54-r1",
         round="system_design", submitted_at="2025-12-03", recommendation="hire", specificity=2,
         style=["prose", "british"], topic="screening pipeline")
n.s("System design with Seun.", "c")
n.s("Strong architecture skills, thinks in systems.", "v+", "system_thinking", hard="tech_vague")
n.s("Knew a lot about feature stores and model serving.", "v+", "system_thinking", hard="vague_quantity")
n.s("He drew the pipeline quite neatly on the board.", "e+", "communication")
n.s("Bit light on failure modes maybe.", "v-", "risk_awareness", hard="hedged")
n.s("Great chat.", "v+")
n.s("Confident communicator.", "v+", "communication")
n.s("I'd hire.", "v+", hard="bare_verdict")
notes.append(n)

# history c15 -- i05
n = Note(note_id="w54-n031", candidate_id="w54-c15", interviewer_id="w54-i05", req_id="w54-r2",
         round="debugging", submitted_at="2025-03-17", recommendation="hire", specificity=4,
         style=["qa", "first_person", "british"], topic="stale features")
n.s("Q: Advisers say the flags 'look the same as last month'; find out why.", "c", hard="question")
n.nl()
n.s("A: Layla diffed this week's scores against last month's and found 97% identical to two decimal places.", "e+", "data_intuition", "coding")
n.s("She then checked the feature table's load timestamps and found the VLE activity join had silently returned last month's partition.", "e+", "system_thinking", "data_intuition")
n.s("She proposed failing the job when a partition is older than eight days, rather than falling back quietly.", "e+", "risk_awareness")
n.nl()
n.s("Q: What do you tell the advisers?", "c", hard="question")
n.nl()
n.s("A: She said she'd email them the same day, list which flags to ignore, and say when fresh ones would arrive.", "e+", "ownership", "communication")
n.s("She did not ask whether any student had been contacted because of a stale flag.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Solid, methodical.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# history c16 -- i01
n = Note(note_id="w54-n032", candidate_id="w54-c16", interviewer_id="w54-i01", req_id="w54-r1",
         round="fundamentals", submitted_at="2025-08-27", recommendation="no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="model evaluation")
n.s("Mr Brennan is, I gather, coming from a strong quantitative background, though one would not necessarily have guessed it from our conversation.", "v-")
n.s("I asked him what cross-validation estimates, and he said it 'prevents overfitting', which is not quite the same thing.", "e-", "ml_fundamentals")
n.s("Pressed a little, he was unable to say whether the folds should respect the year of application.", "e-", "data_intuition", "ml_fundamentals")
n.s("He did, to his credit, ask how many applications we receive, which was roughly the right question at roughly the right moment.", "e+", "judgment")
n.s("On the fairness question he said he would 'remove all the sensitive columns' and regarded the matter as closed.", "e-", "user_impact")
n.s("I spent a few minutes explaining proxy variables, and I am not persuaded it landed.", "e-", "learning", hard="hedged")
n.s("I would not hire at present.", "v-", hard="bare_verdict")
notes.append(n)

# history c17 -- i06
n = Note(note_id="w54-n033", candidate_id="w54-c17", interviewer_id="w54-i06", req_id="w54-r2",
         round="data", submitted_at="2025-02-10", recommendation="strong_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "lowercase"], topic="attendance data")
n.b("data round, attendance + VLE logs", "c")
n.b("first q she asked: how is attendance recorded, card swipe or register?", "e+", "data_intuition", hard="plain_evidence")
n.b("found 2 modules w/ 100% attendance every wk -> said prob default value not real", "e+", "data_intuition")
n.b("excluded online-only students from the VLE feature b/c they'd look 'over-engaged' vs campus students", "e+", "data_intuition", "user_impact")
n.b("explained the whole thing to me in ~2 min at the end, no jargon", "e+", "communication")
n.b("didnt get to modelling at all", "c")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

# history c18 -- i04
n = Note(note_id="w54-n034", candidate_id="w54-c18", interviewer_id="w54-i04", req_id="w54-r2",
         round="behavioural", submitted_at="2025-09-29", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "third_person", "british"], topic="ownership")
n.b("Behavioural, focused on ownership and follow-through.", "c")
n.b("Described a churn model she built at a bank; said she 'handed it over' at launch.", "e-", "ownership", marker="1. ")
n.b("Could not say how the model performed after launch.", "e-", "ownership", "metrics", marker="2. ")
n.b("Did describe raising a concern about younger customers being over-flagged, and getting a separate threshold agreed.", "e+", "user_impact", "ownership", marker="3. ")
n.b("Generally passive.", "v-", "ownership")
n.b("Pleasant, quiet.", "v0", hard="biased")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w54_notes_part3.jsonl", notes)
