import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- history notes
n = Note(note_id="w7-n049", candidate_id="w7-c19", interviewer_id="w7-i01", req_id="w7-r1",
         round="data", submitted_at="2024-09-17", recommendation="hire",
         ratings={"user_impact": "strong_hire", "metrics": "hire", "ml_fundamentals": "lean_hire"},
         specificity=5, style=["prose", "first_person", "british"], topic="label bias")
n.s("Data round of about fifty minutes, built around the care-management eligibility model and its use of prior cost as a proxy for need.", "c")
n.s("I asked Sofia, in deliberately open terms, whether she would be comfortable deploying the model as it stands.", "c", hard="interviewer_action")
n.blank()
n.s("She began by asking what the score was actually used for, and on learning that it sets a threshold for programme enrolment, she asked how that threshold had been chosen.", "e+", "judgment", hard="question")
n.s("She then proposed comparing, at equal risk score, the number of active chronic conditions across racial groups, which is, I think, precisely the right diagnostic for a cost-as-proxy problem.", "e+", "user_impact", "data_intuition")
n.s("When the comparison showed Black members with the same score carrying more chronic conditions, she said plainly that the label was measuring access to care rather than illness.", "e+", "data_intuition")
n.s("She suggested replacing cost with a count of avoidable flare-ups as the label, and estimated from the data that enrolment of the under-served group would roughly double.", "e+", "user_impact")
n.s("It is perhaps worth noting that she did not stop there: she asked how the change would affect the programme's budget and proposed phasing it in over two enrolment cycles.", "e+", "judgment")
n.blank()
n.s("I then asked how she would persuade the finance sponsor, who cares chiefly about cost avoided.", "c", hard="interviewer_action")
n.s("She said she would report cost avoided alongside the new label, and would not claim the new model saves more money unless a pilot showed it.", "e+", "metrics")
n.s("She drew the distinction between agreement with the label offline and the programme's outcome, and said the former could rise while the latter fell.", "e+", "metrics")
n.s("I suspect she was a little quick to dismiss reweighting, which has its uses.", "e-", "ml_fundamentals", hard="hedged")
n.s("When I made the case for reweighting she listened, granted that it would be cheaper, and explained why she still preferred the label change.", "e+", "learning")
n.s("She did not seem, so far as I could judge, especially at home with survival formulations of the problem.", "v-", "ml_fundamentals", hard="hedged")
n.s("Her written summary at the end, which I asked for in three sentences, was three sentences.", "e+", "communication", hard="plain_evidence")
n.blank()
n.s("It is hard to think of a candidate who has taken the fairness question more seriously in this round.", "v+", "user_impact")
n.s("Her grasp of the wider literature seemed, if anything, understated.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I would recommend a hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n050", candidate_id="w7-c20", interviewer_id="w7-i03", req_id="w7-r2",
         round="behavioural", submitted_at="2024-10-22", recommendation="hire",
         ratings={}, specificity=1, style=["prose", "third_person"], topic="past projects")
n.s("Marcus is a great guy, very down to earth.", "v+", hard="biased")
n.s("Really strong technically from what I could tell.", "v+", hard="hedged")
n.s("Clear communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n051", candidate_id="w7-c21", interviewer_id="w7-i05", req_id="w7-r1",
         round="fundamentals", submitted_at="2024-11-05", recommendation="strong_hire",
         ratings={}, specificity=1, style=["prose", "terse"], topic="survival models")
n.s("Yuki was AMAZING!", "v+")
n.s("Knows everything about survival models and calibration!", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Brilliant, just brilliant.", "v+")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n052", candidate_id="w7-c22", interviewer_id="w7-i04", req_id="w7-r1",
         round="fundamentals", submitted_at="2024-12-10", recommendation="no_hire",
         ratings={"ml_fundamentals": "no_hire", "metrics": "lean_no_hire"}, specificity=3,
         style=["bullets", "terse", "third_person"], topic="rare events")
n.h("Fundamentals, 45 min")
n.s("Questions: regularisation, class imbalance, calibration, evaluation of a rare-event model.", "c")
n.b("Regularisation: correct on L1 vs L2; could not explain why L1 gives sparse solutions.", "e0", "ml_fundamentals", hard="mixed", marker="1) ")
n.b("Imbalance: proposed SMOTE by default; did not consider that it breaks calibration.", "e-", "ml_fundamentals", marker="2) ")
n.b("Rare-event evaluation: picked accuracy; moved to PR-AUC only after I gave the base rate (0.3%).", "e0", "metrics", marker="3) ")
n.b("Weak on fundamentals for a senior scientist.", "v-", "ml_fundamentals", marker="4) ")
n.b("Answers long and unfocused.", "v-", "communication", marker="5) ")
n.h("Verdict")
n.s("NH.", "v-", hard="bare_verdict")
n.s("Below bar on the core of the role.", "v-")
notes.append(n)

n = Note(note_id="w7-n053", candidate_id="w7-c23", interviewer_id="w7-i06", req_id="w7-r1",
         round="behavioural", submitted_at="2025-01-14", recommendation="hire",
         ratings={"judgment": "hire", "ownership": "hire"}, specificity=3,
         style=["prose", "third_person", "american"], topic="stopping a launch")
n.s("Behavioural round focused on conflicts and failures.", "c")
n.s("Good judgment: she described refusing to ship a readmission model after finding it had never been tested on Medicaid members.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("She said her director was unhappy, so she offered a two-week test instead of an open-ended delay.", "e+", "judgment")
n.s("Maybe a little rigid; she might have pushed harder than she needed to, I'm not sure.", "v0", "judgment", hard="hedged")
n.s("On failure, she talked about a model nobody used, and said it was because she never asked the case managers what they needed.", "e0", "ownership", hard="mixed")
n.s("She didn't blame anyone else for it.", "e+", "ownership", hard="negated")
n.s("Owns her mistakes.", "v+", "ownership")
n.s("Thoughtful.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n054", candidate_id="w7-c24", interviewer_id="w7-i07", req_id="w7-r2",
         round="coding", submitted_at="2025-02-25", recommendation="lean_no_hire",
         ratings={}, specificity=2, style=["bullets", "fragments", "lowercase"], topic="claim parsing")
n.h("coding (45m)")
n.b("q: parse HL7-ish claim messages + validate required fields", "c")
n.b("slow; got about halfway", "e-", "coding")
n.b("not comfortable in Python imo", "v-", "coding")
n.b("communication ok", "v0", "communication")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n055", candidate_id="w7-c25", interviewer_id="w7-i02", req_id="w7-r1",
         round="behavioural", submitted_at="2025-03-25", recommendation="hire",
         ratings={"user_impact": "hire"}, specificity=3, style=["prose", "first_person", "american"],
         topic="patient harm")
n.h("Behavioural")
n.s("I asked Rosa about a time one of her models caused a problem for patients.", "c", hard="interviewer_action")
n.s("She told me about a diabetes outreach model that kept flagging people who'd already had a foot amputation, because they had lots of claims.", "e0", "user_impact")
n.s("She said she only found out when a nurse called her, upset.", "e-", "risk_awareness")
n.s("She said she sat with the nurses for a day after that and added a rule to drop people already in specialist care.", "e+", "ownership")
n.s("She cares about patients.", "v+", "user_impact")
n.s("Seems like a good fit for our clinical partners.", "v+", hard="biased")
n.s("Some of her answers went on a long time.", "v-", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n056", candidate_id="w7-c26", interviewer_id="w7-i01", req_id="w7-r1",
         round="fundamentals", submitted_at="2025-04-08", recommendation="lean_hire",
         ratings={}, specificity=2, style=["prose", "first_person", "british"], topic="label delay")
n.s("Fundamentals, forty-five minutes, largely on evaluation under label delay.", "c")
n.s("I asked Elif how she would evaluate a model whose outcome is only known a year later.", "c", hard="interviewer_action")
n.s("One gathers she has a reasonably good command of the evaluation literature.", "v+", "metrics", hard="tech_vague")
n.s("She mentioned backtesting, though not in any great detail.", "e0", "metrics")
n.s("It is perhaps fair to say she was somewhat tentative throughout.", "v-", "communication", hard="hedged")
n.s("I should think she would grow into the role.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n057", candidate_id="w7-c27", interviewer_id="w7-i03", req_id="w7-r1",
         round="behavioural", submitted_at="2025-05-13", recommendation="lean_no_hire",
         ratings={}, specificity=2, style=["prose", "third_person"], topic="past projects")
n.s("Daniel was pleasant but didn't really light up the room.", "v-", hard="biased")
n.s("He talked about a conflict with a product manager over a deadline.", "e0", "communication")
n.s("Not sure he's a leader.", "v-", "ownership")
n.s("Seemed a bit low energy.", "v-", hard="biased")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n058", candidate_id="w7-c28", interviewer_id="w7-i05", req_id="w7-r2",
         round="system_design", submitted_at="2025-06-10", recommendation="hire",
         ratings={}, specificity=2, style=["prose", "first_person", "american"], topic="pharmacy monitoring")
n.s("System design with Zara, model monitoring for the pharmacy models!", "c")
n.s("She drew a really nice architecture!", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("She said she'd alert on missing data before alerting on drift, loved that!", "e+", "risk_awareness")
n.s("Super organized thinker!", "v+", "communication")
n.s("Tons of potential!", "v+", hard="vague_quantity")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n059", candidate_id="w7-c29", interviewer_id="w7-i06", req_id="w7-r2",
         round="coding", submitted_at="2025-07-08", recommendation="lean_no_hire",
         ratings={}, specificity=1, style=["prose", "terse"], topic="coding")
n.s("Coding, not great.", "v-", "coding")
n.s("Seemed lost, maybe nerves.", "v-", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w7_notes_part5.jsonl", notes)
print(len(notes), "notes")
