import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Priya Raman (she), r2 ----
n = Note(note_id="w43-n013", candidate_id="w43-c04", interviewer_id="w43-i02", req_id="w43-r2",
         round="fundamentals", submitted_at="2025-06-10", recommendation="lean_no_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="linkage errors and minority groups",
         ratings={"ml_fundamentals": "hire", "user_impact": "no_hire", "metrics": "lean_hire"})
n.h("Fundamentals, requisition w43-r2, 50 minutes")
n.s("I kindly asked Priya to explain how she would set the match threshold for linking the school census to the benefits register, where there is no common identifier.", "c", hard="interviewer_action")
n.s("She plotted the distribution of match weights as a histogram on the shared screen, pointed out the two humps, and placed the threshold in the trough while proposing a clerical review band either side of it.", "e+", "ml_fundamentals")
n.s("She then estimated, from the area under the lower hump that fell above her threshold, that false matches would be about 1.5% of accepted links, which was close to our own figure.", "e+", "metrics")
n.blank()
n.s("I then asked whether the error rate would be the same for every group of pupils.", "c", hard="question")
n.s("Her answer was that the threshold was chosen on the whole population and so it would be \"fair by construction\".", "e-", "user_impact")
n.s("I showed her a table in which missed-match rates for pupils with transliterated names were roughly four times the average, and kindly asked what she made of it.", "c", hard="interviewer_action")
n.s("She said the group was small enough that it would not move the national figure, and moved on to blocking.", "e-", "user_impact", "learning")
n.s("At no point did she consider that these pupils would then be undercounted in the free school meals statistics that local authorities use to allocate funding.", "e-", "user_impact", hard="negated")
n.blank()
n.s("On the technical side, she derived the u-probability for surname agreement from name frequencies correctly and explained why rare surnames carry more weight.", "e+", "ml_fundamentals")
n.s("She asked how long the clerical team took per pair before proposing the width of the review band, which I thought showed good sense about cost.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("Recommendation: lean no hire, with regret, because in this role the errors fall on exactly the groups she set aside.", "v-", "user_impact")
notes.append(n)

n = Note(note_id="w43-n014", candidate_id="w43-c04", interviewer_id="w43-i05", req_id="w43-r2",
         round="behavioural", submitted_at="2025-06-11", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person"], topic="behavioural")
n.s("What a lovely conversation with Priya.", "v+")
n.s("I asked her about a project she was proud of.", "c", hard="interviewer_action")
n.s("She talked me through a linkage project at her current department, and honestly she seemed to have done most of it herself.", "v+", "ownership", hard="hedged")
n.s("Brilliant energy and so confident.", "v+", hard="biased")
n.s("She clearly cares about getting things right.", "v+")
n.s("Would be a brilliant addition to the team!", "v+")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n015", candidate_id="w43-c04", interviewer_id="w43-i04", req_id="w43-r2",
         round="system_design", submitted_at="2025-06-12", recommendation="hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="linkage pipeline design",
         ratings={"system_thinking": "hire", "risk_awareness": "hire", "user_impact": "lean_no_hire"})
n.h("System design: assessment against framework")
n.s("Task set: design a linkage service that matches the annual population survey to the address register each quarter.", "c")
n.b("System design (expected level 3): Priya separated standardisation, blocking, scoring and clerical review into four stages with a store of intermediate outputs between each, so any stage could be rerun alone.", "e+", "system_thinking", marker="1. ")
n.s("Met.", "v+", "system_thinking", hard="bare_verdict")
n.b("Scale: she estimated 40 million candidate pairs per quarter after blocking and chose a Spark job over the existing SAS server on that basis.", "e+", "system_thinking", marker="2. ")
n.s("Met.", "v+", "system_thinking", hard="bare_verdict")
n.b("Failure modes: she proposed a quarterly check that link rates per region stay within two percentage points of the previous quarter, holding publication if not.", "e+", "risk_awareness", marker="3. ")
n.s("Met.", "v+", "risk_awareness", hard="bare_verdict")
n.b("Users of the output: when asked, she named only the internal analysts and did not mention respondents or subgroups.", "e-", "user_impact", marker="4. ")
n.s("Not met.", "v-", "user_impact", hard="bare_verdict")
n.b("Communication: diagram and narrative were consistent and she checked twice whether I was following.", "e+", "communication", marker="5. ")
n.h("Outcome")
n.s("Hire, subject to the panel's view on item 4.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n016", candidate_id="w43-c04", interviewer_id="w43-i01", req_id="w43-r2",
         round="data", submitted_at="2025-06-13", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="register data quality")
n.s("Data round: I gave Priya a sample of 2,000 records from the electoral register and the council tax base and asked her to assess whether they could be linked.", "c", hard="interviewer_action")
n.s("She began by counting blank and placeholder dates of birth, and found that 1 January appeared far more often than it should.", "e+", "data_intuition", hard="plain_evidence")
n.s("She asked whether the council tax base leaves out empty homes, which it does, before computing any match rate.", "e+", "data_intuition", hard="question")
n.s("She said those records should be blocked on something other than date of birth, which seemed to me quite right.", "e+", "data_intuition", "judgment")
n.s("Her handling of Welsh-language address variants was less sure; she treated \"Heol\" and \"Road\" as different streets until I mentioned it.", "e-", "data_intuition")
n.s("Once I had, she added a small lookup table of street-type translations and reran the comparison.", "e+", "learning")
n.s("A perfectly competent performance, if not a remarkable one.", "v0", hard="mixed")
n.s("I would not object to an offer.", "v+", hard="bare_verdict")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Declan Murphy (he), r1 ----
n = Note(note_id="w43-n017", candidate_id="w43-c05", interviewer_id="w43-i04", req_id="w43-r1",
         round="system_design", submitted_at="2025-10-07", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="imputation production pipeline",
         ratings={"risk_awareness": "no_hire", "ownership": "lean_no_hire", "system_thinking": "lean_hire"})
n.h("Findings against the framework")
n.s("Task: move the census item-imputation system from legacy SAS to a scheduled Python pipeline before the next release.", "c")
n.b("Design: Declan proposed a sensible sequence of edit, impute and validate steps and wrote out the inputs and outputs of each.", "e+", "system_thinking", marker="1. ")
n.b("Parallel running: he did not propose running SAS and Python side by side for any release.", "e-", "risk_awareness", hard="negated", marker="2. ")
n.b("Rollback: asked what would happen if the new pipeline produced a different national total on release week, he said \"we'd fix it\" and could not say how the old outputs would be recovered.", "e-", "risk_awareness", marker="3. ")
n.b("Monitoring: none proposed beyond the job completing without error.", "e-", "risk_awareness", hard="negated", marker="4. ")
n.b("Ownership: he said sign-off would be \"the methodology board's call\" and did not describe what he himself would check before handing over.", "e-", "ownership", marker="5. ")
n.b("Communication: clear, if brief.", "v0", "communication", marker="6. ")
n.h("Outcome")
n.s("Items 2, 3, 4 and 5 not met.", "v-", "risk_awareness", "ownership", hard="bare_verdict")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n018", candidate_id="w43-c05", interviewer_id="w43-i07", req_id="w43-r1",
         round="behavioural", submitted_at="2025-10-08", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="behavioural")
n.s("The candidate was asked to describe a piece of work that had gone wrong.", "c")
n.s("An account was given of a regional earnings table that was published with a transposed column; it was noted that Declan described the error being found by a user and fixed by his team lead.", "e-", "ownership")
n.s("When asked what he had done himself, the answer was that he \"wasn't on the release rota that week\".", "e-", "ownership")
n.s("It was also noted that no change to the checking process was mentioned as having followed.", "e-", "risk_awareness", hard="negated")
n.blank()
n.s("A second example, about automating a weekly data load, was described in more detail: he had written the loader, added a row-count check after a silent truncation, and documented it for the team.", "e+", "ownership", "risk_awareness")
n.s("The candidate was asked how he would explain a revision to a minister's private office.", "c", hard="question")
n.s("The answer was brief and reasonable: say what changed, by how much, and why, in that order.", "e+", "communication")
n.s("The interview ran to the full forty-five minutes.", "c")
n.s("It was felt that he is capable but not yet in the habit of treating problems as his own.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n019", candidate_id="w43-c05", interviewer_id="w43-i03", req_id="w43-r1",
         round="fundamentals", submitted_at="2025-10-08", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="imputation")
n.s("Declan did well.", "v+", hard="bare_verdict")
n.s("Knows imputation, knows the census, knows SAS.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Sensible guy.", "v+", "judgment")
n.s("Happy to hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n020", candidate_id="w43-c05", interviewer_id="w43-i06", req_id="w43-r1",
         round="coding", submitted_at="2025-10-09", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "fragments", "abbreviations"], topic="edit rules")
n.s("coding 45m: implement edit rules for census records (age vs marital status etc.)", "c")
n.b("wrote rule table as list of (condition, action) tuples, readable", "e+", "coding")
n.b("added test for age 15 + married -> flag, without being asked", "e+", "coding")
n.b("missed the case age blank -> rule crashes on comparison", "e-", "coding")
n.b("I hinted at None; fixed it but added a bare except around everything", "e-", "coding", "learning")
n.b("asked whether failed edits get imputed or sent to clerical", "e+", "system_thinking", hard="question")
n.b("explained the rule table back to me in plain words, once through, no jargon", "e+", "communication", hard="plain_evidence")
n.b("ok coder", "v0", "coding")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Mei Lin Chua (she), r2 ----
n = Note(note_id="w43-n021", candidate_id="w43-c06", interviewer_id="w43-i01", req_id="w43-r2",
         round="system_design", submitted_at="2026-01-20", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="linkage across registers",
         ratings={"system_thinking": "strong_hire", "judgment": "strong_hire", "user_impact": "hire"})
n.s("System design, one hour, held in Titchfield.", "c")
n.s("I asked Mei Lin to design the linkage of the census to the NHS patient register for a population estimate, with a publication date fixed eighteen months out.", "c", hard="interviewer_action")
n.s("Her first questions were how old the patient register extract would be on census day and whether people who had emigrated were ever removed from it.", "e+", "judgment", "data_intuition", hard="question")
n.s("On hearing that list-cleaning was patchy, she said the register would overstate the population in areas with high turnover, such as university towns, and proposed linking in two passes: exact keys first, then probabilistic on what remained.", "e+", "data_intuition", "system_thinking")
n.blank()
n.s("She sized the second pass at roughly 6 million residual records and suggested blocking on local authority and year of birth, which she estimated would keep each block under fifty thousand pairs.", "e+", "system_thinking")
n.s("I hinted that year of birth is often wrong by one for people born around New Year; she widened the block to a two-year window and noted the cost, roughly doubling the comparisons.", "e+", "learning", "judgment")
n.s("Without prompting she asked who would see the linked file, proposed that only pseudonymised keys leave the secure environment, and said that the linkage team should never see names and health data in the same table.", "e+", "user_impact", "risk_awareness")
n.s("For release she proposed publishing the estimated false-match and missed-match rates per local authority alongside the figures, so that councils could judge for themselves.", "e+", "user_impact", "metrics")
n.blank()
n.s("When I pressed her to pick between finishing the probabilistic pass or shipping exact-match results on time, she chose the latter for the first release with a documented adjustment and gave the reason in one sentence.", "e+", "judgment", "communication")
n.s("I have no reservations.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n022", candidate_id="w43-c06", interviewer_id="w43-i07", req_id="w43-r2",
         round="fundamentals", submitted_at="2026-01-21", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="linkage models")
n.s("The candidate was asked to compare a Fellegi-Sunter model with a supervised classifier trained on clerically reviewed pairs.", "c")
n.s("It was explained that the supervised model needs labelled pairs, which are expensive, and that those pairs are usually sampled near the threshold, so its estimates elsewhere would be poorly calibrated.", "e+", "ml_fundamentals", "data_intuition")
n.s("Initially it was claimed that gradient boosting would dominate on all pairs; after it was asked how this would be checked, Mei Lin revised this and proposed a stratified clerical sample across the whole score range.", "e+", "learning", "metrics")
n.s("A small error was made in the EM update for the u-probabilities, which was corrected when the candidate checked it against a worked example.", "e0", "ml_fundamentals", hard="mixed")
n.s("It was noted that explanations were compact and well ordered.", "v+", "communication")
n.s("Overall the fundamentals were judged to be strong.", "v+", "ml_fundamentals")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n023", candidate_id="w43-c06", interviewer_id="w43-i03", req_id="w43-r2",
         round="behavioural", submitted_at="2026-01-21", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Great candidate.", "v+", hard="bare_verdict")
n.s("Loads of relevant experience and really mature.", "v+", hard="vague_quantity")
n.s("Would fit in well here.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n024", candidate_id="w43-c06", interviewer_id="w43-i02", req_id="w43-r2",
         round="data", submitted_at="2026-01-22", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="clerical review sample")
n.s("I kindly asked Mei Lin to estimate precision and recall for a linkage where we had only 300 clerically reviewed pairs.", "c", hard="interviewer_action")
n.s("She asked first how the 300 had been chosen, and on hearing that they were all from the review band, said they could not support a recall estimate at all.", "e+", "metrics", "data_intuition")
n.s("She proposed drawing a further sample stratified by match weight, including pairs far below the threshold, and estimated from a rough 1% base rate that about 2,000 such pairs would be needed to see enough missed matches.", "e+", "metrics", "judgment")
n.s("Her arithmetic on the sample size was slightly off, she had the base rate in the wrong place in one line, though she caught it while talking it through.", "e0", "metrics", hard="mixed")
n.s("She suggested reporting a range for the missed-match rate rather than a single point, and publishing that range alongside the figures.", "e+", "metrics")
n.s("I asked how she would explain the missed-match rate to a journalist who wanted a single number.", "c", hard="question")
n.s("Her answer ran to five sentences and used the word \"stratified\" twice, where I think one plain sentence might have done.", "e-", "communication", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w43_notes_part2.jsonl", notes)
