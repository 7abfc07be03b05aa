import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w27-n037", candidate_id="w27-c13", interviewer_id="w27-i04", req_id="w27-r1",
         round="behavioural", submitted_at="2025-08-05", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "american"], topic="fare inspection fairness")
n.s("I asked Aaliyah the same thing I ask everybody: if a model tells us where to send fare inspectors, who pays for it?", "c", hard="question")
n.s("She said the people who pay are the ones in neighborhoods we already over-inspect, because the model learns from where inspectors have been, not from where people skip the fare.", "e+", "data_intuition", "user_impact")
n.s("She wanted to spread some inspections at random across every station for a few months, just to get fair numbers to learn from.", "e+", "data_intuition", hard="plain_evidence")
n.s("She said she'd compare warnings and tickets by neighborhood before and after, and stop the pilot if one area's tickets went up without evasion going down.", "e+", "user_impact", "risk_awareness")
n.blank()
n.s("I pushed and said the board only cares about lost fare money.", "c", hard="interviewer_action")
n.s("She didn't fold: she said lost fares are about $3 million a year, one wrongful-stop lawsuit can cost more than that, and the board cares about lawsuits too.", "e+", "judgment")
n.s("She told me about a time at her old job when her model flagged too many corner stores for inspection, and she went to the business owners' association herself to hear what was going on.", "e+", "ownership")
n.s("After that she took the business type out of the model and reran the numbers.", "e+", "user_impact")
n.s("She asked me what riders at my meetings say about inspectors.", "e+", "user_impact", hard="plain_evidence")
n.s("She listened to the whole answer without cutting in.", "e+", "communication", hard="plain_evidence")
n.s("When I asked what she'd measure to know the program worked, she said fare revenue per rider and complaints per thousand inspections side by side, not revenue alone.", "e+", "metrics")
n.blank()
n.s("She did say she hasn't worked with old systems like ours, and I'm not sure how she'll find that.", "e0", hard="hedged")
n.s("Strong hire.", "v+", hard="bare_verdict")
n.s("She's the person I'd want in the room.", "v+")
notes.append(n)

n = Note(note_id="w27-n038", candidate_id="w27-c14", interviewer_id="w27-i06", req_id="w27-r1",
         round="data", submitted_at="2025-08-06", recommendation="lean_hire", specificity=5,
         style=["headings", "third_person", "american"], topic="headway cut impact",
         ratings={"data_intuition": "strong_hire", "ml_fundamentals": "lean_hire", "metrics": "hire",
                  "ownership": "hire", "communication": "lean_no_hire"})
n.s("Round: data, 60 min, req w27-r1.", "c")
n.nl()
n.s("Exercise: Route 22 went from 15-minute to 30-minute headways last September; estimate the effect on ridership on 22 and on the parallel Route 23.", "c", hard="question")
n.blank()
n.b("Data intuition", "c", marker="1. ")
n.nl()
n.s("Arjun asked whether the APC counts on 22 came from every bus or only the equipped ones, and when I said about half, he scaled by trips observed instead of assuming full coverage.", "e+", "data_intuition")
n.s("He noticed that September is also when the university term starts and pulled the two previous Septembers to separate the term effect.", "e+", "data_intuition")
n.blank()
n.b("ML fundamentals", "c", marker="2. ")
n.nl()
n.s("He fit a synthetic control from ten unaffected routes and checked the pre-period fit before reading off the effect.", "e+", "ml_fundamentals")
n.s("He reported an 18% drop on 22 with no interval, and when asked, guessed \"plus or minus a few percent\" without computing anything.", "e-", "ml_fundamentals")
n.blank()
n.b("Metrics", "c", marker="3. ")
n.nl()
n.s("He argued that boardings on 22 alone were the wrong outcome, since riders who moved to 23 aren't lost to the system, and proposed combined 22+23 boardings as the headline number.", "e+", "metrics")
n.blank()
n.b("Ownership", "c", marker="4. ")
n.nl()
n.s("He described maintaining the ridership pipeline at his current county job, including writing the runbook after a nightly job silently failed for a week.", "e+", "ownership")
n.s("He said he only found out because a planner emailed him, and that he then added a row-count alert on every nightly load.", "e+", "risk_awareness")
n.blank()
n.b("Communication", "c", marker="5. ")
n.nl()
n.s("He went quiet for long stretches while working, and twice I had to ask what he was doing.", "e-", "communication")
n.blank()
n.s("Overall: lean hire; strong analysis, thin on uncertainty.", "v+", hard="mixed")
notes.append(n)

n = Note(note_id="w27-n039", candidate_id="w27-c15", interviewer_id="w27-i07", req_id="w27-r2",
         round="behavioural", submitted_at="2025-08-12", recommendation="strong_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="accessibility")
n.s("What a fantastic candidate!", "v+")
n.s("Chloé has an amazing background in accessibility and I think she would be a huge asset to the rider apps team.", "v+", "user_impact")
n.s("She mentioned working with screen readers a lot.", "v+", "user_impact", hard="vague_quantity")
n.s("She asked me whether our accessibility advisory committee reviews app releases.", "e+", "user_impact", hard="question")
n.s("Super warm, great presence, the kind of person everyone will want to work with.", "v+", hard="biased")
n.s("I'm sure she'd hit the ground running.", "v+")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n040", candidate_id="w27-c16", interviewer_id="w27-i03", req_id="w27-r2",
         round="coding", submitted_at="2025-08-13", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="coding")
n.s("Code was okay I guess.", "v0", "coding")
n.s("Not super senior.", "v-")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n041", candidate_id="w27-c17", interviewer_id="w27-i05", req_id="w27-r1",
         round="fundamentals", submitted_at="2025-08-14", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "lowercase", "fragments"], topic="forecast error metrics")
n.b("fundamentals 45m", "c")
n.b("q: why MAPE breaks on low-ridership routes", "c", hard="question")
n.b("got it: said dividing by near-zero counts blows up, suggested WAPE", "e+", "metrics")
n.b("rest of the hour decent on regression basics", "v0", "ml_fundamentals")
n.b("bit slow", "v-", hard="biased")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n042", candidate_id="w27-c18", interviewer_id="w27-i02", req_id="w27-r1",
         round="behavioural", submitted_at="2025-08-19", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "headings", "terse", "american"], topic="behavioral checklist")
n.h("Behavioral checklist")
n.b("Owned a mistake: NO, described a forecast miss during the 2023 bus strike as \"bad luck.\"", "e-", "ownership")
n.b("Drove a project end to end: YES (his account), rebuilt the weekly ridership report in Python and retired the Access database behind it.", "e+", "ownership")
n.b("Handled conflict: UNCLEAR.", "v0", "communication")
n.b("Explains work to non-technical people: YES, said he presented the fare study to the board twice.", "e+", "communication")
n.b("Asked questions about the role: NO.", "e-", hard="negated")
n.b("Attitude: fine.", "v0", hard="biased")
n.b("Recommendation: Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n043", candidate_id="w27-c19", interviewer_id="w27-i01", req_id="w27-r2",
         round="system_design", submitted_at="2025-08-20", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person", "american"], topic="real-time arrivals")
n.s("The candidate was interviewed on the design of a real-time arrival prediction service.", "c")
n.s("A broad understanding of streaming architectures was displayed.", "v+", "system_thinking", hard="tech_vague")
n.s("The candidate's approach to latency was considered sound.", "v+", "system_thinking")
n.s("She was observed to ask how frequently vehicle positions are received.", "e+", "data_intuition", hard="question")
n.s("Some uncertainty was apparent regarding model monitoring.", "v-", "risk_awareness", hard="hedged")
n.s("A rating of lean hire is recorded.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n044", candidate_id="w27-c20", interviewer_id="w27-i06", req_id="w27-r2",
         round="debugging", submitted_at="2025-08-21", recommendation="hire", specificity=4,
         style=["headings", "third_person", "american"], topic="elevator model regression",
         ratings={"data_intuition": "strong_hire", "risk_awareness": "hire", "user_impact": "lean_no_hire"})
n.s("Round: debugging, 45 min.", "c")
n.nl()
n.s("Scenario: the elevator-outage model's recall fell from 0.81 to 0.55 after a controller firmware update at eight stations.", "c", hard="question")
n.blank()
n.b("Debugging", "c", marker="1. ")
n.nl()
n.s("Kwame compared fault-code distributions before and after the update and found that code 14 had been split into 14a and 14b, which the feature pipeline treated as unknown.", "e+", "data_intuition")
n.s("He patched the mapping and re-scored the last two weeks, bringing recall back to 0.79 on those stations.", "e+", "coding")
n.blank()
n.b("Risk", "c", marker="2. ")
n.nl()
n.s("He proposed a schema check that fails the pipeline when unseen fault codes exceed 1% of events.", "e+", "risk_awareness")
n.s("He did not suggest telling station staff or riders that the outage predictions had been unreliable for two weeks.", "e-", "user_impact", hard="negated")
n.blank()
n.b("Communication", "c", marker="3. ")
n.nl()
n.s("Walked through his reasoning clearly the whole way.", "v+", "communication")
n.blank()
n.s("Overall: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n045", candidate_id="w27-c21", interviewer_id="w27-i07", req_id="w27-r1",
         round="behavioural", submitted_at="2025-08-26", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "american"], topic="legacy data migration")
n.s("I asked Beatriz to tell me about the hardest data problem she has owned from start to finish.", "c", hard="interviewer_action")
n.s("She told me about migrating her city's 30-year-old mainframe ridership tables to a cloud warehouse, a job nobody else on her team wanted.", "e+", "ownership")
n.s("She said she started by interviewing the two retirees who had written the COBOL reports, because the documentation turned out to be wrong in at least four places.", "e+", "data_intuition")
n.s("She ran the old and new systems side by side for three months and published the daily differences to the planners so they could see which numbers would move.", "e+", "risk_awareness")
n.s("When the new totals came out 3% lower, she traced it to the old system counting every farebox reset as a boarding, and wrote a one-page memo for the board explaining why ridership \"dropped\" on paper but not on the buses.", "e+", "data_intuition", "communication")
n.s("She was honest that she missed the deadline by two months and said she should have told her director sooner instead of hoping to catch up.", "e+", "ownership")
n.blank()
n.s("I asked what she'd do differently.", "c", hard="question")
n.s("She said she would freeze new report requests during the migration, which she didn't do and which caused most of the delay.", "e+", "judgment")
n.s("I asked how she decides when data is good enough to publish.", "c", hard="question")
n.s("She said she publishes once she can explain every difference bigger than 1% to a planner, and labels anything else provisional.", "e+", "judgment")
n.s("She also asked me whether our open data portal shows revision history, because she'd want users to see when a number changed.", "e+", "user_impact", hard="question")
n.blank()
n.s("Honestly, I was taking notes for myself by the end.", "v+")
n.s("She'd be amazing here and I think she'd grow into a lead within a year or two.", "v+")
n.s("Strong hire from me, no hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n046", candidate_id="w27-c22", interviewer_id="w27-i04", req_id="w27-r2",
         round="behavioural", submitted_at="2025-08-27", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="elevator alerts")
n.s("Daniel seemed more interested in the tech than in the people using it.", "v-", "user_impact")
n.s("When I asked who uses the elevator alerts, he said \"everyone.\"", "e-", "user_impact", hard="plain_evidence")
n.s("He's very polished.", "v+", hard="biased")
n.s("I'm not convinced he'd think about riders when it counts.", "v-", "user_impact", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n047", candidate_id="w27-c23", interviewer_id="w27-i03", req_id="w27-r1",
         round="data", submitted_at="2025-09-02", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="GTFS data")
n.s("Sofia did fine on the data round.", "v0", hard="bare_verdict")
n.s("Good instincts around messy data.", "v+", "data_intuition", hard="tech_vague")
n.s("Found the duplicate stop IDs in the GTFS file pretty quickly.", "e+", "data_intuition")
n.s("Strong on pandas.", "v+", "coding", hard="tech_vague")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n048", candidate_id="w27-c24", interviewer_id="w27-i05", req_id="w27-r2",
         round="system_design", submitted_at="2025-09-03", recommendation="no_hire", specificity=1,
         style=["bullets", "terse", "lowercase", "fragments"], topic="system design")
n.b("design 45m", "c")
n.b("weak", "v-", hard="bare_verdict")
n.b("no real structure", "v-", "system_thinking")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w27_notes_part4.jsonl", notes)
