import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w29-n037", candidate_id="w29-c13", interviewer_id="w29-i05", req_id="w29-r1",
         round="fundamentals", submitted_at="2024-06-18", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="forecasting fundamentals")
n.s("Hannah's fundamentals round today, 45 minutes over video.", "c")
n.s("What a pleasure.", "v+")
n.s("She is incredibly strong on the theory side, I'd say top 5% of people I've interviewed.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Deep understanding of gradient boosting, regularisation and forecasting models in general.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Her judgement seemed excellent throughout.", "v+", "judgment")
n.s("I'm confident she'd pick up our reporting setup very quickly.", "v+", "learning", hard="hedged")
n.s("Great communicator, very articulate.", "v+", "communication")
n.s("She'd fit right in with the team socially as well.", "v+", hard="biased")
n.s("We didn't get to the data questions, ran out of time.", "c")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n038", candidate_id="w29-c14", interviewer_id="w29-i03", req_id="w29-r2",
         round="system_design", submitted_at="2024-07-09", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="programme design")
n.s("Arjun, system design, customer programmes req.", "c")
n.s("Problem: choose households for a home battery rebate trial.", "c")
n.s("Design was alright, I suppose.", "v0", "system_thinking")
n.s("Didn't really convince me on the architecture.", "v-", "system_thinking")
n.s("Risk side was weak.", "v-", "risk_awareness")
n.s("Not much thought about customers.", "v-", "user_impact")
n.s("Maybe a bit junior for us.", "v-", hard="hedged")
n.s("Some good ideas on metrics though.", "v+", "metrics")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n039", candidate_id="w29-c15", interviewer_id="w29-i06", req_id="w29-r1",
         round="coding", submitted_at="2024-08-14", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "arrows", "abbreviations", "lowercase"], topic="temperature imputation")
n.h("Chloé - coding - r1")
n.b("task: impute missing temps for the load model", "c")
n.b("coding fine", "v+", "coding")
n.b("pandas fluent", "v+", "coding", hard="tech_vague")
n.b("wrote a loop first, then vectorised it", "e0", "coding")
n.b("used linear interp, didn't ask abt multi-day gaps", "e-", "data_intuition", hard="negated")
n.b("edge cases ~ok", "v0", "coding")
n.b("good on metrics", "v+", "metrics", hard="tech_vague")
n.b("comms -> rambly", "v-", "communication")
n.b("LH, borderline", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n040", candidate_id="w29-c16", interviewer_id="w29-i01", req_id="w29-r1",
         round="debugging", submitted_at="2024-09-25", recommendation="hire", specificity=2,
         style=["prose", "terse", "fragments", "british"], topic="outage model recall")
n.s("Debugging round.", "c")
n.s("Broken outage model, recall fell off a cliff after the June data load.", "c")
n.s("Read the data-load script before the model code.", "e0", "coding")
n.s("Found it.", "e+", "coding", hard="plain_evidence")
n.s("Took his time but got there.", "v0", "coding", hard="mixed")
n.s("Knows his stuff on the ops side.", "v+", "system_thinking", hard="tech_vague")
n.s("Asked about monitoring.", "e+", "risk_awareness", hard="question")
n.s("Bit of a talker.", "v-", hard="biased")
n.s("Good bloke.", "v+", hard="biased")
n.s("Hire, no worries.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n041", candidate_id="w29-c17", interviewer_id="w29-i04", req_id="w29-r2",
         round="behavioural", submitted_at="2024-10-29", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="community programmes")
n.s("Interview with Yasmin for the customer programmes data role.", "c")
n.s("We ran a little over, about 50 minutes.", "c")
n.s("She seemed thoughtful about the people behind the numbers.", "v+", "user_impact", hard="hedged")
n.s("She mentioned working with a community group in her last job.", "v+", "user_impact")
n.s("She asked me which languages our bill letters go out in.", "e+", "user_impact", hard="question")
n.s("Her answers were a bit long.", "v-", "communication")
n.s("She asked about the team's hybrid working arrangements.", "e0")
n.s("I'm not sure she'd push back on a manager who wanted to cut corners.", "v-", "ownership", hard="hedged")
n.s("Warm, easy to talk to.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n042", candidate_id="w29-c18", interviewer_id="w29-i05", req_id="w29-r1",
         round="data", submitted_at="2025-01-15", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="storm outage data")
n.s("Kenji took the data round with me this morning.", "c")
n.s("I set him the vegetation and outage data set we use for the storm model.", "c", hard="interviewer_action")
n.s("He's clearly done a lot of this kind of work before.", "v+", "data_intuition", hard="vague_quantity")
n.s("He talked through leakage, sampling and label quality with real confidence.", "v+", "data_intuition", hard="tech_vague")
n.s("He asked how the vegetation survey dates line up with the outage dates.", "e+", "data_intuition", hard="question")
n.s("Before that he had counted outages per depot and per year.", "e0", "data_intuition")
n.s("Loads of good ideas about features.", "v+", "data_intuition", hard="vague_quantity")
n.s("I'd have liked a bit more on how he'd check the model once it's live, but that's minor.", "v-", "risk_awareness", hard="hedged")
n.s("He has a great sense of humour, which always helps on a team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n043", candidate_id="w29-c19", interviewer_id="w29-i06", req_id="w29-r2",
         round="data", submitted_at="2025-02-19", recommendation="hire", specificity=3,
         style=["bullets", "terse", "arrows", "abbreviations", "lowercase"], topic="enrolment bias")
n.h("Ana - data - r2 - enrolment bias")
n.b("data: 3 yrs DR enrolments + census by postcode", "c")
n.b("first q she asked: how were households invited -> mail-out + online sign-up only", "e+", "data_intuition", hard="question")
n.b("-> flagged that online-only sign-up skews away from older + non-English-speaking hh", "e+", "user_impact")
n.b("proposed enrolment rate vs eligible hh per postcode, not raw counts", "e+", "metrics")
n.b("didn't check for dup accounts (same address, 2 NMIs)", "e-", "data_intuition", hard="negated")
n.b("sql ok", "v0", "coding")
n.b("clear explanations", "v+", "communication")
n.b("a bit rigid when I suggested a simpler cut", "v-", "learning", hard="hedged")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n044", candidate_id="w29-c20", interviewer_id="w29-i01", req_id="w29-r1",
         round="coding", submitted_at="2025-04-08", recommendation="lean_no_hire", specificity=3,
         style=["prose", "terse", "fragments", "british"], topic="crew dispatch lookup")
n.s("Coding, crew dispatch travel-time lookup.", "c")
n.s("Wanted a function returning the nearest three available crews for an outage, given depot coordinates.", "c")
n.s("Went for haversine on every crew, fine at our size.", "e+", "coding")
n.s("Wrote it in about fifteen minutes.", "e0", "coding")
n.s("Didn't handle fewer than three crews being free; threw an index error.", "e-", "coding", hard="negated")
n.s("I asked about crews on a fatigue break; he said 'the roster system handles that' and didn't touch it.", "e-", "ownership")
n.s("Tests, none.", "e-", "coding", hard="negated")
n.s("Chatty.", "v-", hard="biased")
n.s("Decent coder, not quite there.", "v0", "coding", hard="mixed")
n.s("Doesn't think about the people on the trucks.", "v-", "user_impact")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n045", candidate_id="w29-c21", interviewer_id="w29-i05", req_id="w29-r2",
         round="system_design", submitted_at="2025-06-03", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "quotes", "british"], topic="bill-shock alerts")
n.s("I asked Sina to design the system that sends bill-shock alerts to customers mid-quarter.", "c", hard="interviewer_action")
n.s("She began by asking what a customer can actually do with the alert, and said there's no point alerting someone who can't change their usage, like people on home medical equipment.", "e+", "user_impact")
n.s("She set out a daily job off the smart-meter data that projects each bill to quarter end, compares it with last year, and queues an SMS or a letter.", "e+", "system_thinking")
n.s("She caught that meters with more than two days of missing reads would project badly and proposed holding those alerts rather than sending a wrong number.", "e+", "risk_awareness", "data_intuition")
n.s("When I asked how we'd know it worked, she suggested a randomised holdout and counting hardship applications and complaints, not just usage.", "e+", "metrics")
n.s("She also proposed a cap on alerts per customer per month so nobody gets nagged.", "e+", "user_impact", hard="plain_evidence")
n.s("She told me the pilot would save '15% on bills across the board', which I loved as a pitch.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Lovely to talk to and very clear.", "v+", "communication")
n.s("Really impressive, I'd hire her tomorrow.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n046", candidate_id="w29-c22", interviewer_id="w29-i02", req_id="w29-r1",
         round="debugging", submitted_at="2025-08-12", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "fragments", "third_person", "quotes"], topic="silent pipeline failure")
n.h("Debugging - 45 min - Peter")
n.b("16:00 - Broken pipeline: outage model scores all zero since Monday.", "c")
n.b("16:03 - Asked for the logs and the last successful run.", "e+", "coding")
n.b("16:08 - Found the weather join returning no rows; the BOM station IDs had changed format.", "e+", "coding")
n.b("16:15 - Fixed the join with a mapping table.", "e+", "coding")
n.b("16:18 - Did not ask why the job reported success with zero rows.", "e-", "risk_awareness", hard="negated")
n.b("16:20 - Asked him directly.", "c", hard="interviewer_action")
n.b("16:22 - Added a check that fails the run if the join drops more than 1% of rows, and said dispatch should be told Monday's scores were rubbish.", "e+", "risk_awareness", "ownership")
n.b("16:30 - Explained the bug to me in three sentences.", "e+", "communication", hard="plain_evidence")
n.b("16:35 - Said the notebook's recall of 0.8 proved the model was fine, before noticing the notebook used last month's data.", "e-", "metrics")
n.b("LH - got the fix, needed a prompt on the silent failure.", "e0", "risk_awareness", hard="mixed")
notes.append(n)

n = Note(note_id="w29-n047", candidate_id="w29-c23", interviewer_id="w29-i04", req_id="w29-r1",
         round="behavioural", submitted_at="2025-09-30", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="outage notifications")
n.s("I asked Amara about a time she had to tell a team their favourite idea wouldn't work.", "c", hard="question")
n.s("Video interview, 45 minutes.", "c")
n.s("She described telling her operations manager that a crew-scheduling model he had championed was sending crews to the same depot twice a day.", "e+", "communication")
n.s("She said she brought him the routes on a map rather than the error numbers, and he agreed within the meeting.", "e+", "communication")
n.s("I asked what she'd do if a household complained that our outage text arrived after the power came back.", "c", hard="question")
n.s("She asked how the text is triggered and said she'd want to see how often that happens before changing anything.", "e+", "judgment")
n.s("She then offered to ring a few of those customers herself to hear what happened.", "e+", "user_impact")
n.s("She didn't mention any plan for customers who don't have a mobile phone.", "e-", "user_impact", hard="negated")
n.s("She seemed honest about what she doesn't know.", "v+", hard="hedged")
n.s("Confident without being pushy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w29-n048", candidate_id="w29-c24", interviewer_id="w29-i02", req_id="w29-r1",
         round="system_design", submitted_at="2025-10-21", recommendation="no_hire", specificity=5,
         style=["bullets", "terse", "fragments", "third_person", "quotes"], topic="vegetation risk")
n.h("System design - 60 min - Luca - vegetation risk model")
n.b("09:00 - Asked him to design a model ranking spans for vegetation trimming before bushfire season.", "c", hard="interviewer_action")
n.b("09:05 - Did not ask about crew capacity or the trimming budget before designing.", "e-", "judgment", hard="negated")
n.b("09:12 - Proposed a deep network on satellite imagery for all 180,000 spans, to be built before summer, 12 weeks away.", "e-", "judgment")
n.b("09:18 - I asked what he'd ship if only 4 weeks were available.", "c", hard="question")
n.b("09:20 - Said he would 'work weekends' rather than cut scope.", "e-", "judgment")
n.b("09:26 - Said batch norm removes the need for a validation set.", "e-", "ml_fundamentals")
n.b("09:33 - Would measure success by test accuracy on spans labelled 'overgrown' in last year's survey.", "e-", "metrics")
n.b("09:38 - I pointed out the labels come from different inspectors with different standards.", "c", hard="interviewer_action")
n.b("09:40 - Agreed, and suggested double-inspecting a sample of spans to measure agreement.", "e+", "learning", "data_intuition")
n.b("09:48 - No rollout plan; when asked, said the model would replace the inspectors' list outright.", "e-", "risk_awareness")
n.b("09:55 - Courteous throughout.", "v+", hard="biased")
n.b("NH - scope, metric and rollout all unworkable for the season.", "v-", "judgment")
notes.append(n)

save_notes("data/corpus/raw/w29_notes_part4.jsonl", notes)
