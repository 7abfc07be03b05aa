import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w43-n037", candidate_id="w43-c13", interviewer_id="w43-i03", req_id="w43-r2",
         round="behavioural", submitted_at="2025-03-26", recommendation="lean_hire", specificity=1,
         style=["prose", "terse", "lowercase"], topic="behavioural")
n.s("behavioural w/ Callum.", "c")
n.s("seemed fine, bit nervous.", "v0", hard="biased")
n.s("good examples of ownership i think.", "v+", "ownership", hard="hedged")
n.s("communication ok.", "v0", "communication")
n.s("not sure he's thought much about the privacy side.", "v-", "user_impact", hard="hedged")
n.s("lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n038", candidate_id="w43-c14", interviewer_id="w43-i06", req_id="w43-r2",
         round="system_design", submitted_at="2025-04-08", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse", "fragments", "abbreviations"], topic="linkage service")
n.s("sys design 45m: linkage svc for monthly benefit claims", "c")
n.b("started drawing before asking anything", "e-", "judgment")
n.b("design very generic, boxes w/ no sizes", "v-", "system_thinking")
n.b("weak on scale", "v-", "system_thinking")
n.b("mentioned monitoring", "v0", "risk_awareness", hard="tech_vague")
n.b("not great at explaining", "v-", "communication", hard="negated")
n.b("nice enough", "v0", hard="biased")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n039", candidate_id="w43-c15", interviewer_id="w43-i07", req_id="w43-r1",
         round="data", submitted_at="2025-04-29", recommendation="hire", specificity=3,
         style=["prose", "third_person", "british"], topic="imputation QA")
n.h("Data round")
n.s("The candidate, Anjali, was given a file of imputed household sizes for 300 output areas and asked to decide whether it was fit to publish.", "c")
n.s("The task was time-boxed at thirty minutes, with fifteen minutes of discussion afterwards.", "c")
n.s("It was noted that she compared the share of imputed values per area and found four areas where more than half the households had been imputed.", "e+", "data_intuition")
n.s("She recommended that those four be published with a quality flag rather than suppressed, and said users in those councils would rather have a flagged figure than none.", "e+", "judgment", "user_impact")
n.s("Asked how the flag would appear, she sketched a footnote and a column of imputation rates, and said the press office should see it before release day.", "e+", "communication", "user_impact")
n.s("Her summary at the end was clear and brief.", "v+", "communication")
n.s("Her knowledge of imputation methods appeared broad.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("The check of the imputed distribution against the previous census was not attempted in the time.", "e-", "data_intuition", hard="negated")
n.s("It was felt that she would be effective in a release team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n040", candidate_id="w43-c16", interviewer_id="w43-i02", req_id="w43-r2",
         round="system_design", submitted_at="2025-05-07", recommendation="lean_no_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="real-time linkage",
         ratings={"system_thinking": "lean_no_hire", "risk_awareness": "no_hire", "metrics": "lean_no_hire"})
n.h("System design, requisition w43-r2, 60 minutes")
n.s("I kindly asked Viktor to design a service that links each new birth registration to the address register within a day, so that the population estimates can be updated monthly.", "c", hard="interviewer_action")
n.s("I gave him the volumes up front: about 1,700 registrations per day, arriving in a single file at 6pm.", "c")
n.blank()
n.s("Viktor proposed a streaming architecture with Kafka, a feature store and a model server responding in under 100 milliseconds per record.", "e-", "system_thinking")
n.s("When I reminded him that the records arrive once a day in one file, he said the streaming design would be \"future-proof\" and kept it.", "e-", "system_thinking", "learning")
n.s("He did not estimate how long a simple nightly batch would take, which on those volumes would have been a few minutes.", "e-", "system_thinking", hard="negated")
n.s("He placed the address lookup in the request path without asking how often the address register itself is refreshed, which is quarterly.", "e-", "system_thinking", "data_intuition", hard="negated")
n.blank()
n.s("I then asked how he would know the links were right.", "c", hard="question")
n.s("He proposed measuring the share of registrations that found a match and said that 97% matched would mean the system was working.", "e-", "metrics")
n.s("When I asked what would happen if the 3% unmatched were concentrated in new-build estates, he agreed this was possible but did not change the metric.", "e-", "metrics", "user_impact")
n.s("There was no plan for a bad day: no threshold on the match rate that would stop the monthly update, and no way to recover the previous month's estimates if a faulty run went out.", "e-", "risk_awareness", hard="negated")
n.blank()
n.s("To be fair to him, his explanation of address standardisation was excellent: he described parsing flat numbers out of free text and matching to the unique property reference, with three examples of the awkward cases.", "e+", "data_intuition", "communication")
n.s("He also asked who in the local authorities receives the monthly estimates, which I took as genuine interest in the users.", "e+", "user_impact", hard="question")
n.s("We did not reach disclosure, which I would normally cover.", "c")
n.s("Lean no hire: the design did not fit the problem and was not revised when the problem was restated.", "v-", "system_thinking", "learning")
notes.append(n)

n = Note(note_id="w43-n041", candidate_id="w43-c17", interviewer_id="w43-i05", req_id="w43-r1",
         round="behavioural", submitted_at="2025-06-03", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="behavioural")
n.s("Oh, I loved talking to Fatima!", "v+")
n.s("So thoughtful and warm.", "v+", hard="biased")
n.s("Great sense of ownership and a real learner.", "v+", "ownership", "learning")
n.s("She would be wonderful with the press office.", "v+", "communication")
n.s("She'd make the right calls, I have no doubt.", "v+", "judgment")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n042", candidate_id="w43-c18", interviewer_id="w43-i04", req_id="w43-r1",
         round="fundamentals", submitted_at="2025-06-24", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "headings", "third_person"], topic="statistical fundamentals")
n.h("Competency findings")
n.s("Questions set: bias and variance of imputation estimators; choice of evaluation metric for imputed tables.", "c")
n.b("Statistical theory: partially met.", "v0", "ml_fundamentals", hard="bare_verdict", marker="1. ")
n.b("Evaluation: the candidate relied on RMSE at record level as the only measure of imputation quality.", "e-", "metrics", marker="2. ")
n.s("Not met.", "v-", "metrics", hard="bare_verdict")
n.b("Learning: responsive.", "v+", "learning", marker="3. ")
n.b("Communication: met.", "v+", "communication", hard="bare_verdict", marker="4. ")
n.h("Outcome")
n.s("Lean no hire at this grade.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n043", candidate_id="w43-c19", interviewer_id="w43-i01", req_id="w43-r2",
         round="behavioural", submitted_at="2025-07-15", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="behavioural")
n.s("A behavioural interview with Rhodri, held in Welsh and English at his request.", "c")
n.s("I asked him about a time he had to explain a difficult result to senior people.", "c", hard="interviewer_action")
n.s("He told me about presenting a fall in the Welsh-speaking population estimate to the Senedd's statistics committee, and said he opened with what had changed in the method before giving the figure.", "e+", "communication")
n.s("He seemed to handle the questions that followed calmly.", "v+", "communication", hard="hedged")
n.s("Asked what he did when a committee member challenged the method, he said he offered to send the technical note the next morning, and did.", "e+", "ownership", "communication")
n.s("His account of the linkage work behind the estimate was rather more general.", "v-", "system_thinking")
n.s("He asked me, near the end, whether the team publishes its code, and was pleased to hear that some of it is.", "e0", hard="question")
n.s("He strikes me as a steady pair of hands.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n044", candidate_id="w43-c20", interviewer_id="w43-i03", req_id="w43-r1",
         round="data", submitted_at="2025-08-12", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="survey data")
n.s("Data round with Ye-jin.", "c")
n.s("Went through the survey extract.", "c")
n.s("Good instincts on data quality.", "v+", "data_intuition")
n.s("Spotted the duplicate households quickly.", "e+", "data_intuition", hard="plain_evidence")
n.s("Knew loads of imputation techniques.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Metrics a bit hand-wavy.", "v-", "metrics")
n.s("Overall solid.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n045", candidate_id="w43-c21", interviewer_id="w43-i07", req_id="w43-r1",
         round="fundamentals", submitted_at="2025-09-23", recommendation="hire", specificity=5,
         style=["prose", "third_person", "british"], topic="evaluating imputation",
         ratings={"metrics": "strong_hire", "ml_fundamentals": "hire", "learning": "hire"})
n.h("Fundamentals, 50 minutes")
n.s("The candidate, Tendai, was asked how the quality of a new imputation method for income should be judged before it replaced the current one.", "c")
n.s("It was first proposed to mask 10% of observed incomes and compare imputed with true values.", "e0", "metrics")
n.s("It was then pointed out by Tendai, unprompted, that masking at random would not reproduce the real pattern of missingness, since high earners are more likely to refuse, so the test would flatter the method.", "e+", "metrics", "data_intuition")
n.s("A masking scheme was proposed that deletes values with a probability modelled on the observed refusal pattern by income band and region.", "e+", "metrics", "ml_fundamentals")
n.blank()
n.s("When asked which number he would report to the methodology board, record-level RMSE was rejected because the published outputs are medians and deciles, and the error in the published decile points was chosen instead.", "e+", "metrics")
n.s("An interviewer hint that the top decile has few respondents in some regions led him to add a bootstrap interval for each decile point rather than report a single error.", "e+", "learning", "metrics")
n.s("It was noted that he initially described the bootstrap with the imputation held fixed, and corrected this to re-impute within each bootstrap sample after about a minute of thought.", "e0", "ml_fundamentals", hard="mixed")
n.blank()
n.s("He was asked what he would do if the new method was better nationally but worse for Northern Ireland.", "c", hard="question")
n.s("The answer was that he would not switch for one part of the UK only, because users compare regions, and would instead report the regional difference and delay the switch by a release.", "e+", "judgment", "user_impact")
n.s("His explanations were compact and he checked twice whether the interviewer wanted more detail.", "e+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n046", candidate_id="w43-c22", interviewer_id="w43-i06", req_id="w43-r2",
         round="coding", submitted_at="2025-10-21", recommendation="no_hire", specificity=1,
         style=["bullets", "terse", "fragments", "lowercase"], topic="coding")
n.s("coding 45m", "c")
n.b("weak coding", "v-", "coding")
n.b("struggled throughout", "v-")
n.b("not ready", "v-", hard="bare_verdict")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n047", candidate_id="w43-c23", interviewer_id="w43-i05", req_id="w43-r2",
         round="system_design", submitted_at="2025-11-11", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="linkage design")
n.s("System design with Bartek this afternoon.", "c")
n.s("I asked him to sketch how he'd link the business register to VAT records.", "c", hard="interviewer_action")
n.s("He had such a clear head for architecture, really impressive.", "v+", "system_thinking")
n.s("He mentioned putting a review queue in for the borderline matches, which I thought was smart.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("Loads of ideas about monitoring.", "v+", "risk_awareness", hard="vague_quantity")
n.s("I'm sure he'd pick up the privacy stuff quickly.", "v+", "user_impact", hard="hedged")
n.s("Really good energy in the room.", "v+", hard="biased")
n.s("Hire from me!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n048", candidate_id="w43-c24", interviewer_id="w43-i04", req_id="w43-r1",
         round="behavioural", submitted_at="2025-12-02", recommendation="hire", specificity=3,
         style=["bullets", "headings", "third_person"], topic="behavioural competencies")
n.h("Competency findings")
n.b("Ownership: Leila described noticing that her team's SAS job for household projections had no owner after a reorganisation, volunteering to take it, and writing a runbook for it.", "e+", "ownership", marker="1. ")
n.s("Met.", "v+", "ownership", hard="bare_verdict")
n.b("Working with users: described in general terms.", "v0", "user_impact", marker="2. ")
n.s("Partially met.", "v0", "user_impact", hard="bare_verdict")
n.b("Judgement: asked what she would do with a figure that looked wrong an hour before release, she said she would hold it and tell the head of profession.", "e+", "judgment", "risk_awareness", marker="3. ")
n.s("Met.", "v+", "judgment", hard="bare_verdict")
n.b("Learning: answers were thoughtful.", "v+", "learning", marker="4. ")
n.s("Evidence insufficient.", "v0", "learning")
n.h("Outcome")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w43_notes_part4.jsonl", notes)
