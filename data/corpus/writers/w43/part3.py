import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Kai Tanaka (they), r1 ----
n = Note(note_id="w43-n025", candidate_id="w43-c07", interviewer_id="w43-i02", req_id="w43-r1",
         round="fundamentals", submitted_at="2026-02-03", recommendation="no_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="imputation under ambiguity",
         ratings={"judgment": "no_hire", "learning": "no_hire", "ml_fundamentals": "lean_hire"})
n.h("Fundamentals, w43-r1, 55 minutes")
n.s("I kindly set Kai a deliberately under-specified problem: a new question on the census about caring responsibilities had 11% non-response, and the outputs were due in six weeks.", "c", hard="interviewer_action")
n.s("Kai did not ask a single question about who the outputs were for or what level of geography was needed, and began immediately to describe a chained-equations model with twelve predictors.", "e-", "judgment", hard="negated")
n.s("When I mentioned that the question was new and therefore had no prior census to validate against, they said the model \"would validate itself through cross-validation\".", "e-", "ml_fundamentals", "metrics")
n.s("I asked, as gently as I could, what cross-validation could tell us about values that are missing because of the very characteristic being measured, for instance carers too busy to complete the form.", "c", hard="question")
n.s("Kai replied that this was \"an edge case\" and that the model was standard practice in the literature, and repeated this when I asked a second time.", "e-", "learning", "data_intuition")
n.blank()
n.s("Their account of chained equations themselves was correct, including the need to cycle until the imputations stabilise and to include the outcome in the imputation model.", "e+", "ml_fundamentals")
n.s("When I told them that the deadline had been brought forward by three weeks, they said they would keep the full model and \"work evenings\" rather than consider a simpler interim method.", "e-", "judgment")
n.s("They never mentioned that unpaid carers are disproportionately women and older people, and that a biased imputation would understate exactly the groups the new question was added to count.", "e-", "user_impact", hard="negated")
n.blank()
n.s("No hire: the technique is there, but under ambiguity and challenge the candidate held their first plan and did not reconsider.", "v-", "judgment", "learning")
notes.append(n)

n = Note(note_id="w43-n026", candidate_id="w43-c07", interviewer_id="w43-i04", req_id="w43-r1",
         round="behavioural", submitted_at="2026-02-04", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="behavioural competencies")
n.h("Competency findings")
n.b("Responding to challenge: asked for an example of receiving critical feedback, Kai described a reviewer who questioned their weighting scheme and said they \"showed him the literature\"; no change to the work was described.", "e-", "learning", marker="1. ")
n.s("Not met.", "v-", "learning", hard="bare_verdict")
n.b("Decision-making with incomplete information: asked what they would do if an ONS-style release had to go out with one input missing, they said they would \"wait until it arrives\" and did not consider a deadline.", "e-", "judgment", marker="2. ")
n.s("Not met.", "v-", "judgment", hard="bare_verdict")
n.b("Ownership: described building and maintaining the team's imputation diagnostics dashboard alone for two years, including fixing it after a schema change broke it.", "e+", "ownership", marker="3. ")
n.s("Met.", "v+", "ownership", hard="bare_verdict")
n.b("Communication: answers were structured but long.", "v0", "communication", marker="4. ")
n.h("Outcome")
n.s("Lean no hire; two core competencies not met.", "v-", "learning", "judgment")
notes.append(n)

n = Note(note_id="w43-n027", candidate_id="w43-c07", interviewer_id="w43-i05", req_id="w43-r1",
         round="system_design", submitted_at="2026-02-04", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="imputation service")
n.s("I had a really nice time with Kai.", "v+")
n.s("I asked them to design a service that re-runs imputation whenever a late census return comes in.", "c", hard="interviewer_action")
n.s("They drew a tidy diagram with a queue of late returns, a batch job every night, and a versioned store of imputed outputs so that yesterday's figures could always be reproduced.", "e+", "system_thinking", "risk_awareness")
n.s("When I asked what would happen if a nightly run failed halfway, they said the store would keep the last complete run and the job would simply retry the next night.", "e+", "risk_awareness")
n.s("I wondered aloud whether nightly was too often, and they were very firm that it wasn't, which I found quite convincing!", "e-", "learning", hard="verdict_plus_evidence")
n.s("They clearly know a lot about MICE.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Maybe a little rigid at times.", "v-", hard="hedged")
n.s("Lean hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n028", candidate_id="w43-c07", interviewer_id="w43-i06", req_id="w43-r1",
         round="data", submitted_at="2026-02-05", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="non-response patterns")
n.s("data round 45m, census test extract w/ 9% item non-response", "c")
n.b("first thing: crosstab of missingness by age band + area type, good", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("saw missing higher in flats, said 'probably doorstep fatigue'", "e0", "data_intuition")
n.b("checked row counts before + after dropping blanks", "e+", "data_intuition")
n.b("didn't check whether missing clustered by enumerator", "e-", "data_intuition", hard="negated")
n.b("knows pandas", "v+", "coding")
n.b("q from me: how would you report this to the release board", "c", hard="question")
n.b("answer: a 10-slide deck, far too much for a board that meets for 20 min", "e-", "communication", hard="verdict_plus_evidence")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- c08 Hamid Rahimi (he), r2 ----
n = Note(note_id="w43-n029", candidate_id="w43-c08", interviewer_id="w43-i06", req_id="w43-r2",
         round="coding", submitted_at="2026-04-14", recommendation="hire", specificity=4,
         style=["bullets", "terse", "fragments", "arrows"], topic="string matching")
n.s("coding 50m: name standardisation + candidate pair generation", "c")
n.b("asked first: what encodings in the input?", "e+", "coding", "data_intuition", hard="question")
n.b("wrote normaliser: unicode NFKD -> strip accents -> lowercase -> collapse spaces", "e+", "coding")
n.b("tests for 'Ó Briain', 'O'Brien', empty string, all passing", "e+", "coding")
n.b("pair generation via sorted neighbourhood, window 5, explained why not full cross join", "e+", "coding", "system_thinking")
n.b("complexity stated correctly, O(n log n) sort + O(nw) pairs", "e+", "coding")
n.b("ran out of time before the scoring fn", "c")
n.b("strong coder", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n030", candidate_id="w43-c08", interviewer_id="w43-i07", req_id="w43-r2",
         round="debugging", submitted_at="2026-04-15", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="debugging a linkage job")
n.s("The candidate was given a linkage script whose match rate had fallen from 88% to 61% overnight and asked to find the cause.", "c")
n.s("Any tools could be used and the script could be run as often as he wished.", "c")
n.s("It was noted that Hamid spent the first twenty minutes re-tuning the match threshold rather than looking at the input data.", "e-", "coding", "data_intuition")
n.s("A print of the first ten rows was suggested; after seeing it, he noticed that dates of birth had switched from day-month to month-day order.", "e0", "coding", "learning", hard="mixed")
n.s("The fix he wrote parsed both formats but silently guessed when the day was 12 or less, which was pointed out and not addressed.", "e-", "coding", "risk_awareness")
n.s("No test was added to catch the format change in future.", "e-", "coding", "risk_awareness", hard="negated")
n.s("His narration of what he was trying was clear throughout.", "v+", "communication")
n.s("Coding ability under pressure was judged weaker than the CV suggests.", "v-", "coding")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n031", candidate_id="w43-c08", interviewer_id="w43-i01", req_id="w43-r2",
         round="behavioural", submitted_at="2026-04-16", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="privacy and linkage")
n.s("Behavioural round, forty-five minutes.", "c")
n.s("I asked Hamid about a time his work might have harmed someone.", "c", hard="question")
n.s("He described a linkage of prison release records to housing data at his previous authority, and said he had stopped the work for a week because the linked file would have let a housing officer infer someone's conviction.", "e+", "user_impact", "ownership")
n.s("He then explained how it was restructured so that only counts by area left the secure room.", "e+", "user_impact", "system_thinking")
n.s("When I asked what he would do differently, he said he would raise the disclosure question at the planning stage, before any linked file existed.", "e+", "learning", "user_impact")
n.s("Asked whether that delay had cost him anything, he said his manager had been unhappy and that he had written a one-page note setting out the risk, which was later adopted as the team's standard.", "e+", "ownership", "communication")
n.s("He was rather modest about it, which I found to his credit.", "v+", hard="biased")
n.s("I should be content to recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n032", candidate_id="w43-c08", interviewer_id="w43-i03", req_id="w43-r2",
         round="fundamentals", submitted_at="2026-04-16", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="record linkage")
n.s("Fundamentals chat.", "c")
n.s("Hamid knows linkage well, good on probabilistic matching and blocking.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Explained the m and u probabilities ok.", "v0", "ml_fundamentals")
n.s("Got a bit lost on EM but recovered.", "e0", "ml_fundamentals", hard="mixed")
n.s("Good guy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history notes ----
n = Note(note_id="w43-n033", candidate_id="w43-c09", interviewer_id="w43-i01", req_id="w43-r1",
         round="fundamentals", submitted_at="2024-11-19", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="weighting and imputation")
n.s("Fundamentals interview with Gwen, held in the Newport office.", "c")
n.s("I asked her to explain the difference between weighting for unit non-response and imputing for item non-response.", "c", hard="interviewer_action")
n.s("She gave the distinction correctly in the first sentence, then became less sure when I asked which of the two would be better for a household that answered only the first page.", "e0", "ml_fundamentals", hard="mixed")
n.s("She did ask whether the household had answered the age and sex questions before giving a view.", "e+", "data_intuition", hard="question")
n.s("She thought imputation would be inappropriate because \"you can't make up that much data\", which is a fair worry, but she did not suggest what to do instead.", "e-", "judgment")
n.s("Her grasp of calibration weighting seemed rather thin.", "v-", "ml_fundamentals", hard="hedged")
n.s("She asked me, at the end, how the division decides when a method is good enough to publish.", "e+", "judgment", hard="question")
n.s("I was left with the impression that she would need a good deal of support.", "v-")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n034", candidate_id="w43-c10", interviewer_id="w43-i02", req_id="w43-r2",
         round="behavioural", submitted_at="2024-12-04", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british"], topic="legacy code and release day",
         ratings={"ownership": "strong_hire", "risk_awareness": "hire"})
n.h("Behavioural, w43-r2, 45 minutes")
n.s("I kindly asked Oluwaseun to describe the hardest release he had worked on.", "c", hard="interviewer_action")
n.s("He described a quarterly migration statistics release for which, two days before publication, he found that a legacy SAS step was dropping every record with an apostrophe in the surname, which removed a noticeable share of Irish and Nigerian names from the linked file.", "e+", "data_intuition", "user_impact")
n.s("He said he told his deputy director the same afternoon, proposed delaying by one week, and wrote the statement that explained the delay to users.", "e+", "ownership", "communication")
n.s("When I asked why he had not simply patched the step and published on time, he said an untested patch two days before release was a bigger risk than a short, explained delay.", "e+", "judgment", "risk_awareness")
n.s("He also described adding a check that compares surname-initial distributions before and after every SAS step, which has since caught a similar problem in another pipeline.", "e+", "risk_awareness", "ownership")
n.s("I then asked about a time he had disagreed with a decision and lost.", "c", hard="question")
n.s("His answer, about a choice of geography for publication, was shorter and less specific; he could not quite say what the other side's argument had been.", "e-", "communication", "learning")
n.s("Hire, on the strength of the release story in particular.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n035", candidate_id="w43-c11", interviewer_id="w43-i04", req_id="w43-r1",
         round="fundamentals", submitted_at="2025-01-15", recommendation="no_hire", specificity=2,
         style=["bullets", "headings", "third_person"], topic="statistics fundamentals")
n.h("Competency findings")
n.b("Statistical methods: below the expected level.", "v-", "ml_fundamentals", marker="1. ")
n.b("Asked for the variance of a ratio estimator, the candidate could not start.", "e-", "ml_fundamentals", marker="2. ")
n.b("Data handling: not demonstrated.", "v-", "data_intuition", marker="3. ")
n.b("Communication: adequate.", "v0", "communication", marker="4. ")
n.h("Outcome")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n036", candidate_id="w43-c12", interviewer_id="w43-i05", req_id="w43-r1",
         round="data", submitted_at="2025-02-18", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="small areas")
n.s("Data round with Ines today, such a pleasure.", "v+")
n.s("I gave her the small-area population file and asked her to find anything odd before we published.", "c", hard="interviewer_action")
n.s("She sorted by growth rate and found a ward that had apparently grown by 40% in a year, then checked and found a new prison had opened there.", "e+", "data_intuition", hard="plain_evidence")
n.s("She said that was real, not an error, but that it should be footnoted so that nobody read it as a housing boom.", "e+", "communication", "user_impact")
n.s("She also asked whether prisoners had been counted at the prison address in last year's estimate too, so that the two years were comparable.", "e+", "data_intuition", hard="question")
n.s("She's a natural with data.", "v+", "data_intuition")
n.s("Didn't get to disclosure checks but I'm sure she'd be fine.", "v+", "user_impact", hard="hedged")
n.s("Hire!!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w43_notes_part3.jsonl", notes)
