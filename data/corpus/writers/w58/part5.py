import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w58-n047", candidate_id="w58-c23", interviewer_id="w58-i04", req_id="w58-r2",
         round="data", submitted_at="2025-11-18", recommendation="hire", specificity=5,
         style=["headings", "bullets", "third_person", "american"], topic="redaction evaluation",
         ratings={"data_intuition": "strong_hire", "metrics": "hire", "communication": "lean_hire"})
n.h("Setup")
n.b("Dataset: 3,000 transcript pages, clerk redactions as gold, model redactions as predictions.", "c", marker="1. ")
n.b("Question: is the model ready to replace first-pass clerk redaction?", "c", hard="question", marker="2. ")
n.h("Findings")
n.b("Candidate computed recall per entity type first instead of a single overall score.", "e+", "metrics", marker="3. ")
n.b("Found recall of 0.98 on Social Security numbers but 0.81 on minors' names.", "e+", "metrics", "data_intuition", marker="4. ")
n.b("Pulled 20 missed names and showed most were nicknames or names spelled phonetically by the ASR.", "e+", "data_intuition", marker="5. ")
n.b("Linked item 5 to accented speakers: names from Vietnamese and Somali families were misspelled most often.", "e+", "user_impact", "data_intuition", marker="6. ")
n.b("Checked whether the clerks' gold labels were themselves consistent by sampling pages redacted by two clerks.", "e+", "data_intuition", marker="7. ")
n.b("Found 6% disagreement between clerks and said the model could not be scored above that ceiling.", "e+", "metrics", "ml_fundamentals", marker="8. ")
n.b("Recommended the model as a second reader behind the clerk, not a replacement, and said why.", "e+", "judgment", "user_impact", marker="9. ")
n.b("Did not state what precision level would make the clerk workload unacceptable.", "e-", "judgment", hard="negated", marker="10. ")
n.b("When asked in item 10 terms, estimated 40 extra flags a day per clerk and called that tolerable without asking a clerk.", "e0", "judgment", "user_impact", hard="mixed", marker="11. ")
n.b("Spent several minutes re-explaining item 4 in more detail than needed.", "e-", "communication", marker="12. ")
n.b("Wrote the per-entity table cleanly in the notebook with the counts next to each rate.", "e+", "communication", "coding", marker="13. ")
n.h("Conclusion")
n.b("Hire.", "v+", hard="bare_verdict", marker="14. ")
n.s("Items 4-9 are the analysis the records office actually needs.", "v+", "data_intuition")
notes.append(n)

n = Note(note_id="w58-n048", candidate_id="w58-c24", interviewer_id="w58-i02", req_id="w58-r1",
         round="data", submitted_at="2025-12-09", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="hearing durations")
n.s("Gave Tobias the small claims hearing data and asked him to predict how long each hearing runs.", "c", hard="interviewer_action")
n.s("He went straight to fitting a model without looking at the data at all.", "e-", "data_intuition")
n.s("He got an MAE of 4 minutes and said 'done, that's great'.", "e-", "metrics")
n.s("I asked him what 4 minutes means for a clerk who books 15-minute slots.", "c", "metrics", hard="question")
n.s("He said he didn't know how slots work, which was fair, and asked me to explain.", "e+", "learning", "user_impact")
n.s("Once I did, he realised the errors that matter are the ones that run over the slot, and he plotted just those.", "e+", "learning", "metrics")
n.s("He never checked whether interpreter hearings were in the data, and they're always the long ones.", "e-", "data_intuition", "user_impact", hard="negated")
n.s("He's sharp, no doubt.", "v+")
n.s("But too quick to call things done.", "v-", "judgment")
n.s("His explanations were all over the place when he talked me through the plot.", "e-", "communication")
n.s("Not sure he'd slow down with judges either.", "v-", "communication", hard="hedged")
n.s("Lean no hire, I could be moved.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n049", candidate_id="w58-c25", interviewer_id="w58-i06", req_id="w58-r2",
         round="system_design", submitted_at="2026-01-13", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "fragments", "arrows", "abbreviations"], topic="transcript search")
n.b("design: searchable transcript archive for attorneys", "c", hard="question")
n.b("10 yrs audio, ~2M hearings", "c")
n.b("index: ASR text -> search index, audio stays in cold storage", "e+", "system_thinking")
n.b("no estimate of index size or query load", "e-", "system_thinking", hard="negated")
n.b("asked who can search sealed cases -> role-based access from case mgmt", "e+", "user_impact", "system_thinking")
n.b("forgot expunged records entirely until I asked", "e-", "user_impact", "risk_awareness")
n.b("after hint: nightly purge job + audit log", "e+", "learning", "risk_awareness")
n.b("solid on infra", "v+", "system_thinking", hard="tech_vague")
n.b("rambled on caching", "v-", "communication")
n.b("good q: 'do public defenders get the same search as prosecutors?'", "e+", "user_impact", hard="question")
n.b("overall ok", "v0")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n050", candidate_id="w58-c26", interviewer_id="w58-i03", req_id="w58-r1",
         round="system_design", submitted_at="2026-02-03", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="scheduling platform")
n.s("System design round.", "c")
n.s("Lakshmi had a clear picture of the whole system.", "v+", "system_thinking")
n.s("Very strong on scaling and reliability.", "v+", "system_thinking", hard="tech_vague")
n.s("Thought about the failure cases.", "v+", "risk_awareness")
n.s("Good trade-off sense.", "v+", "judgment")
n.s("Explained things well.", "v+", "communication")
n.s("One of the better ones.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n051", candidate_id="w58-c27", interviewer_id="w58-i01", req_id="w58-r1",
         round="behavioural", submitted_at="2026-02-24", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "headings", "american"], topic="court-day outage")
n.h("Round: Behavioural")
n.s("The interview was conducted in Conference Room B and lasted 50 minutes.", "c")
n.s("I asked the candidate to describe a failure in a system she was responsible for.", "c", hard="question")
n.s("Ms. Nakamura described a jail booking forecast she maintained at a county sheriff's office that produced empty results on a Monday after a daylight saving change.", "e0", "risk_awareness")
n.s("She stated that she noticed the empty report herself at 6:40 in the morning and phoned the shift commander before staffing decisions were made.", "e+", "ownership", "risk_awareness")
n.s("She reverted to the previous week's figures by hand, and marked the report as provisional.", "e+", "judgment", "risk_awareness")
n.s("She then wrote the incident summary and added a test for clock changes, which she said caught a second bug in the fall.", "e+", "ownership", "coding")
n.s("I asked whether anyone was affected.", "c", "user_impact", hard="question")
n.s("She said two deputies were held over a double shift, and that she apologized to the union representative in person.", "e+", "ownership", "user_impact")
n.s("I next asked about a disagreement with a superior.", "c", hard="question")
n.s("She described a judge who wanted a single 'risk' number on a dashboard, and she declined to build it until the bench agreed on what the number would be used for.", "e+", "judgment", "user_impact")
n.s("She said she wrote a one-page memo for the judge setting out two options, and the judge chose a simpler case-age report instead.", "e+", "communication", "judgment")
n.s("When I challenged whether declining a judge's request was appropriate, she acknowledged she should have involved the court administrator sooner.", "e+", "learning")
n.s("She did not mention any measure of whether the case-age report was used afterward.", "e-", "metrics", hard="negated")
n.s("Her answers were well structured throughout.", "v+", "communication")
n.blank()
n.h("Recommendation")
n.s("Strong hire, on the strength of the outage account and the memo to the judge.", "e+", "ownership", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w58-n052", candidate_id="w58-c28", interviewer_id="w58-i05", req_id="w58-r2",
         round="data", submitted_at="2026-03-17", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="speaker diarization data")
n.s("I walked Mateus through our diarization labels from traffic court.", "c", hard="interviewer_action")
n.s("He's clearly done a lot of audio work before.", "v+", "data_intuition", hard="vague_quantity")
n.s("He asked how many speakers a typical hearing has.", "e+", "data_intuition", hard="question")
n.s("I think his instincts about label noise are really good.", "v+", "data_intuition", hard="tech_vague")
n.s("Very collaborative and open.", "v+", hard="biased")
n.s("He seemed to understand the stakes of getting the record right.", "v+", "user_impact", hard="hedged")
n.s("Didn't get to metrics, which is on me.", "c")
n.s("Nice answers on the modeling side too.", "v+", "ml_fundamentals")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w58-n053", candidate_id="w58-c29", interviewer_id="w58-i07", req_id="w58-r1",
         round="behavioural", submitted_at="2026-04-14", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="stakeholders")
n.s("The candidate, Yusuf, was asked about a project that missed its deadline.", "c", hard="question")
n.s("A caseload dashboard for a public defender's office was described, which was delivered two months late.", "e0", "ownership")
n.s("It was said by him that he told the chief defender about the slip as soon as the data feed was delayed, rather than at the deadline.", "e+", "ownership", "communication")
n.s("The delay itself was blamed mostly on the vendor, and no part of it was taken on by him.", "e-", "ownership")
n.s("When asked what he would change, he said he would have cut the county-level view and shipped the statewide one on time.", "e+", "judgment", "learning")
n.s("A question on how the attorneys used the dashboard was answered with page-view counts only.", "e-", "metrics", "user_impact")
n.s("He was considered thoughtful, if a little guarded.", "v0", hard="biased")
n.s("Communication was clear overall.", "v+", "communication")
n.s("Time ran short, so the ethics question was skipped.", "c")
n.s("A lean hire is recommended.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w58_notes_part5.jsonl", notes)
