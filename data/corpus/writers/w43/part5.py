import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w43-n049", candidate_id="w43-c25", interviewer_id="w43-i03", req_id="w43-r2",
         round="system_design", submitted_at="2026-01-13", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="linkage design")
n.s("System design, 45 mins.", "c")
n.s("Aroha was decent on architecture.", "v+", "system_thinking")
n.s("Bit light on failure modes maybe.", "v-", "risk_awareness", hard="hedged")
n.s("Thinks about users, which is good.", "v+", "user_impact")
n.s("Communication fine.", "v0", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n050", candidate_id="w43-c26", interviewer_id="w43-i06", req_id="w43-r1",
         round="debugging", submitted_at="2026-02-10", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "fragments", "abbreviations", "arrows"], topic="imputation job failure")
n.s("debugging 45m: imputation job producing negative ages", "c")
n.s("gave him logs + the donor-selection code", "c", hard="interviewer_action")
n.b("read logs first, good", "e+", "coding", hard="verdict_plus_evidence")
n.b("found it eventually", "v0", "coding")
n.b("slow", "v-")
n.b("debugging approach ok", "v0", "coding")
n.b("didn't think about what else the bug might have hit", "e-", "risk_awareness", hard="negated")
n.b("talked a lot -> hard to follow", "v-", "communication")
n.b("LH, borderline", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n051", candidate_id="w43-c27", interviewer_id="w43-i01", req_id="w43-r2",
         round="data", submitted_at="2026-02-24", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="address matching data")
n.s("Data interview with Siobhan, an hour, by video.", "c")
n.s("I shared an extract of 5,000 addresses from two registers and asked her how she would prepare them for matching.", "c", hard="interviewer_action")
n.s("She began by listing the ten most common street-name tokens in each register and noticed that one spelt out \"Street\" while the other used \"St\".", "e+", "data_intuition", hard="plain_evidence")
n.s("She then wrote a short standardisation function and reran the counts to check that the two now agreed.", "e+", "coding", "data_intuition")
n.s("She also counted the addresses with no postcode at all, about 2% in one register and none in the other, and asked me why that might be.", "e+", "data_intuition", hard="question")
n.s("She was less confident when I asked about rural addresses with no house number; she suggested dropping them, which would have removed most of two Powys wards.", "e-", "data_intuition", "user_impact")
n.s("When I mentioned that, she paused and suggested matching those on property name and postcode instead.", "e+", "learning")
n.s("I asked what she would want to know about the registers before going further.", "c", hard="question")
n.s("She asked how often each was updated and who was allowed to see the linked file.", "e+", "judgment", "user_impact", hard="question")
n.s("Her explanations were serviceable, if a little hurried.", "v0", "communication")
n.s("I think she has more in her than she showed today.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n052", candidate_id="w43-c28", interviewer_id="w43-i04", req_id="w43-r1",
         round="system_design", submitted_at="2026-03-10", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="release-day QA",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "hire", "ownership": "hire", "metrics": "lean_hire"})
n.h("System design: findings against framework")
n.s("Task: design the quality assurance and release process for the monthly imputed labour market tables, which are published at 9:30 on a fixed day and cannot be revised without a formal notice.", "c")
n.s("Candidate: Marcus.", "c")
n.h("Design")
n.b("He split the process into a freeze of inputs on T-5, an imputation run on T-4, an independent rerun by a second analyst on T-3, and sign-off on T-1.", "e+", "system_thinking", "risk_awareness", marker="1. ")
n.b("He asked how long the imputation run takes and, on hearing six hours, moved the first run a day earlier to leave room for one failed run.", "e+", "system_thinking", "judgment", marker="2. ")
n.s("Met.", "v+", "system_thinking", hard="bare_verdict")
n.h("Risk")
n.b("He proposed automated checks on each output table: month-on-month change per region outside three standard deviations triggers a hold, and any cell under ten respondents is suppressed before the table leaves the secure area.", "e+", "risk_awareness", "user_impact", marker="3. ")
n.b("Asked what happens if an error is found at 9:45 on release day, he said he would tell the head of profession first, publish a correction notice the same day with the size of the error, and rerun from the frozen inputs.", "e+", "risk_awareness", "ownership", marker="4. ")
n.b("He kept the previous month's outputs and code tagged so that any published figure could be reproduced.", "e+", "risk_awareness", marker="5. ")
n.s("Met.", "v+", "risk_awareness", hard="bare_verdict")
n.h("Metrics")
n.b("He proposed judging the imputation by the share of imputed values per table, which is a useful indicator but says nothing about bias.", "e0", "metrics", hard="mixed", marker="6. ")
n.b("Challenged on this, he added a comparison with the Labour Force Survey for the same months, but did not say how large a difference would worry him.", "e-", "metrics", "learning", marker="7. ")
n.s("Partially met.", "v0", "metrics", hard="bare_verdict")
n.h("Ownership")
n.b("He said that as the release lead he would sign the QA log himself rather than leave it to the second analyst.", "e+", "ownership", marker="8. ")
n.s("Met.", "v+", "ownership", hard="bare_verdict")
n.h("Outcome")
n.s("Hire; the metrics gap is coachable.", "v+", "metrics")
notes.append(n)

n = Note(note_id="w43-n053", candidate_id="w43-c29", interviewer_id="w43-i05", req_id="w43-r1",
         round="fundamentals", submitted_at="2026-03-17", recommendation="hire", specificity=1,
         style=["prose", "first_person"], topic="fundamentals")
n.s("I had a fab chat with Dmitri about imputation theory.", "v+")
n.s("He really knows his missing-data mechanisms inside and out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Very articulate.", "v+", "communication")
n.s("He'd be a great mentor for the juniors, I can tell.", "v+", "ownership")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n054", candidate_id="w43-c30", interviewer_id="w43-i07", req_id="w43-r2",
         round="behavioural", submitted_at="2026-04-07", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="behavioural")
n.h("Behavioural round")
n.s("The candidate, Noor, was asked about a time she had disagreed with a methodological decision.", "c")
n.s("The example given was rather general, and it was hard to tell what her own role had been.", "v-", "ownership")
n.s("She was asked about working with users of statistics.", "c", hard="question")
n.s("It was said that the users \"mostly don't read the footnotes anyway\".", "e-", "user_impact")
n.s("When asked to describe the disagreement in more detail, no further detail was given.", "e-", "communication", hard="negated")
n.s("She appeared comfortable with legacy SAS.", "v+", "coding", hard="hedged")
n.s("Her answers tended to drift from the question.", "v-", "communication")
n.s("Some awareness of disclosure risk was shown.", "v0", "user_impact", hard="tech_vague")
n.s("It was felt that she would need close supervision at first.", "v-")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n055", candidate_id="w43-c31", interviewer_id="w43-i02", req_id="w43-r1",
         round="coding", submitted_at="2026-04-21", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="legacy SAS port")
n.h("Coding, requisition w43-r1, 50 minutes")
n.s("I kindly asked Chidi to translate a 60-line SAS data step, which imputes missing household income by ratio within strata, into Python.", "c", hard="interviewer_action")
n.s("He read the SAS code aloud line by line before writing anything, and asked me what happens in SAS when a RETAIN variable meets a missing value.", "e+", "coding", hard="question")
n.s("His Python version used a groupby over strata and reproduced the SAS totals to the penny on the test file.", "e+", "coding")
n.s("He had not, however, written any test for a stratum in which every income is missing, and when I added one the function divided by zero.", "e-", "coding", hard="negated")
n.s("He fixed it by falling back to the national ratio, and said he would log a warning so that the analyst knew which strata had used the fallback.", "e+", "coding", "risk_awareness")
n.s("Asked how he would check his port against SAS on the full file, he proposed comparing totals per stratum and the count of imputed records, not just the grand total.", "e+", "coding")
n.s("His code was tidy and readable.", "v+", "coding")
n.s("He seemed to understand the statistics behind the ratio method.", "v+", "ml_fundamentals", hard="hedged")
n.s("I did not have time to ask about performance on the full census file.", "c")
n.s("His manner of explaining was a little dry, which matters less in this role.", "v0", "communication")
n.s("Worth probing his judgement on release timing in another round.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n056", candidate_id="w43-c32", interviewer_id="w43-i03", req_id="w43-r2",
         round="behavioural", submitted_at="2026-05-05", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="behavioural")
n.s("Behavioural with Ana.", "c")
n.s("Talked about her linkage work at the health department.", "c")
n.s("Good story about fixing a broken pipeline, took ownership.", "v+", "ownership")
n.s("Said she'd rather under-link than over-link when the data is about children.", "e+", "judgment", "user_impact", hard="plain_evidence")
n.s("Seemed to learn from mistakes.", "v+", "learning", hard="hedged")
n.s("Not the most polished communicator.", "v-", "communication", hard="negated")
n.s("Lots of potential.", "v+", hard="vague_quantity")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n057", candidate_id="w43-c33", interviewer_id="w43-i01", req_id="w43-r1",
         round="fundamentals", submitted_at="2026-05-19", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="disclosure control",
         ratings={"user_impact": "strong_hire", "judgment": "strong_hire", "ml_fundamentals": "hire"})
n.s("Fundamentals interview with Elin, fifty minutes, in the Cardiff office.", "c")
n.s("I asked her how she would protect a table of small-area counts of people with a rare long-term illness, to be published alongside the census.", "c", hard="interviewer_action")
n.s("She asked first who the main users were and what they needed the table for; on hearing it was mainly health boards planning services, she said that small absolute errors would be tolerable but suppressing whole wards would not.", "e+", "judgment", "user_impact", hard="question")
n.s("She then proposed cell-key perturbation rather than suppression, and explained that the same cell always receives the same noise, so that users cannot average the noise away by requesting the table several times.", "e+", "user_impact", "ml_fundamentals")
n.blank()
n.s("I asked what could still go wrong.", "c", hard="question")
n.s("She pointed out that differencing two overlapping geographies could still reveal a single person, and suggested restricting the custom areas users may request to a minimum population.", "e+", "risk_awareness", "user_impact")
n.s("She estimated, from the illness prevalence I gave her of 0.2%, that around a third of output areas would have a count of zero or one, and said that was why perturbation, not rounding alone, was needed.", "e+", "data_intuition", "user_impact")
n.blank()
n.s("I pushed back that the health boards had asked for exact counts.", "c", hard="interviewer_action")
n.s("She said she would meet them, show them a perturbed and an exact version side by side for their own area, and let them see that their decisions would not change, rather than simply refuse.", "e+", "communication", "judgment")
n.s("When I asked how she would measure the damage done by the noise, she proposed the share of wards whose ranking changed by more than one place, since ranking is how the boards use the table.", "e+", "metrics", "user_impact")
n.s("She made one slip, describing the noise as unbiased when the cell-key method as we apply it is not quite, and accepted the correction straight away.", "e0", "ml_fundamentals", "learning", hard="mixed")
n.blank()
n.s("I have rarely heard the trade-off between usefulness and protection put so plainly.", "v+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n058", candidate_id="w43-c34", interviewer_id="w43-i06", req_id="w43-r2",
         round="behavioural", submitted_at="2026-06-02", recommendation="no_hire", specificity=1,
         style=["bullets", "terse", "lowercase"], topic="behavioural")
n.s("behavioural 30m", "c")
n.b("no ownership", "v-", "ownership")
n.b("vague answers", "v-", "communication")
n.b("poor judgement imo", "v-", "judgment", hard="hedged")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n059", candidate_id="w43-c35", interviewer_id="w43-i05", req_id="w43-r1",
         round="data", submitted_at="2026-06-16", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="minority groups in survey")
n.s("Data round with Tariq, and what a lovely person.", "v+", hard="biased")
n.s("I gave him the survey file for the Gypsy and Traveller population estimate, which has very few respondents.", "c", hard="interviewer_action")
n.s("He was so thoughtful about the small numbers.", "v+", "data_intuition")
n.s("He said the imputation should not borrow donors from the general population, because their housing patterns are completely different.", "e+", "data_intuition", "user_impact")
n.s("Brilliant on fairness.", "v+", "user_impact")
n.s("I think his metrics thinking is strong too.", "v+", "metrics", hard="hedged")
n.s("We didn't have time for the QA part.", "c")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n060", candidate_id="w43-c36", interviewer_id="w43-i07", req_id="w43-r2",
         round="debugging", submitted_at="2026-06-30", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="linkage regression")
n.h("Debugging round, 45 minutes")
n.s("The candidate, Lucas, was given a linkage job in which the number of links per person had risen from 1.0 to 1.3 after a library upgrade.", "c")
n.s("It was noted that he first checked whether the input row counts had changed, and confirmed they had not.", "e+", "coding", "data_intuition")
n.s("He then compared ten pairs linked under the new version only and saw that all of them involved hyphenated surnames.", "e+", "coding", "data_intuition")
n.s("From this it was inferred, correctly, that the upgraded tokeniser now split hyphenated names, and the comparator was scoring each half separately.", "e+", "coding")
n.s("He patched it by rejoining the halves before comparison and reran the ten pairs, all of which then scored below the threshold.", "e+", "coding")
n.s("Asked how long a full rerun would take, he estimated about ninety minutes from the row counts he had already looked at.", "e+", "system_thinking")
n.s("No test was proposed to catch this kind of regression before the next upgrade.", "e-", "risk_awareness", hard="negated")
n.s("When asked whether any links already published could have been affected, he said he would \"leave that to the release team\".", "e-", "ownership", "risk_awareness")
n.s("His debugging was methodical.", "v+", "coding")
n.s("It was felt that he does not yet look beyond the immediate fix.", "v-", "risk_awareness")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w43_notes_part5.jsonl", notes)
