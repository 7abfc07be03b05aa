import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w39-n039", candidate_id="w39-c15", interviewer_id="w39-i03", req_id="w39-r2",
         round="fundamentals", submitted_at="2024-05-21", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="metrics")
n.s("Fundamentals - Chiara.", "c")
n.nl()
n.s("Good on metrics.", "v+", "metrics")
n.nl()
n.s("Knows precision/recall, ROC, all of it.", "v+", "metrics", hard="tech_vague")
n.nl()
n.s("Clear.", "v+", "communication")
n.nl()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n040", candidate_id="w39-c16", interviewer_id="w39-i06", req_id="w39-r1",
         round="behavioural", submitted_at="2024-06-11", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="motivation")
n.s("What a lovely chat with Tomasz!", "v+")
n.s("He's exactly the kind of person we need out at the sites.", "v+", hard="biased")
n.s("Total team player and so humble about all his achievements.", "v+", hard="biased")
n.s("I think he'd own anything we gave him.", "v+", "ownership", hard="hedged")
n.s("He explains things really well.", "v+", "communication")
n.s("Strong hire, no hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n041", candidate_id="w39-c17", interviewer_id="w39-i03", req_id="w39-r1",
         round="system_design", submitted_at="2024-07-02", recommendation="lean_hire", specificity=1,
         style=["terse", "fragments", "lowercase", "abbreviations"], topic="system design")
n.s("sys design w/ Nikhil", "c")
n.nl()
n.s("decent design, covered the main bits.", "v0", "system_thinking")
n.s("knows distributed systems.", "v+", "system_thinking", hard="tech_vague")
n.s("maybe light on monitoring.", "v-", "risk_awareness", hard="hedged")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n042", candidate_id="w39-c18", interviewer_id="w39-i01", req_id="w39-r1",
         round="data", submitted_at="2024-08-27", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person", "british"], topic="vibration data")
n.s("Data round with Aisha, the vibration spectra exercise.", "c")
n.s("She struggled with the data, a lot of stopping and starting.", "v-", "data_intuition")
n.s("Never asked what the sample rate was, even when the plots looked wrong.", "e-", "data_intuition", hard="negated")
n.s("Nice enough person.", "v0", hard="biased")
n.s("Maybe she'd be better in a team with more senior data people around her.", "v-", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n043", candidate_id="w39-c19", interviewer_id="w39-i02", req_id="w39-r2",
         round="behavioural", submitted_at="2024-09-17", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="teamwork")
n.s("Please find my notes on the behavioural interview with Mr. Oluwaseun Adeyemi.", "c")
n.s("We spoke for 40 minutes about teamwork and about difficult decisions.", "c")
n.s("Mr. Adeyemi gave a very mature impression.", "v+")
n.s("He spoke about a difficult decision regarding a safety model, and I believe he handled it well.", "v+", "judgment", hard="hedged")
n.s("He told me he personally rewrote the alerting logic after a false alarm woke the whole site at night.", "e+", "ownership")
n.s("He communicates with courtesy and precision.", "v+", "communication")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n044", candidate_id="w39-c20", interviewer_id="w39-i04", req_id="w39-r1",
         round="fundamentals", submitted_at="2024-10-08", recommendation="no_hire", specificity=2,
         style=["bullets", "terse"], topic="fundamentals")
n.s("Fundamentals. Ivan P.", "c")
n.b("Overfitting: NO.", "v-", "ml_fundamentals")
n.b("Evaluation: NO.", "v-", "metrics")
n.b("Said accuracy was the right metric for a failure rate of 1 in 200 because 'it's what managers understand'.", "e-", "metrics")
n.b("Risk thinking: not seen.", "v-", "risk_awareness")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n045", candidate_id="w39-c21", interviewer_id="w39-i05", req_id="w39-r1",
         round="system_design", submitted_at="2024-11-12", recommendation="lean_hire", specificity=3,
         style=["prose", "headings", "third_person", "british"], topic="edge scoring")
n.h("System design: Grace Mwangi (ML Engineer, Predictive Maintenance)")
n.h("Prompt")
n.s("Design engine-health scoring for 120 trucks across two pits with patchy radio coverage.", "c")
n.blank()
n.h("Observations")
n.s("Grace has a good command of streaming architectures.", "v+", "system_thinking", hard="tech_vague")
n.s("She put a store-and-forward buffer on each truck and sized it at two shifts of readings, about 300 MB.", "e+", "system_thinking")
n.s("She proposed versioning the onboard model and keeping the previous version on the unit so it can be switched back remotely.", "e+", "risk_awareness")
n.s("She did not discuss what the cloud side does when a truck reports a day late.", "e-", "system_thinking", hard="negated")
n.s("Her handling of the monitoring question felt somewhat generic.", "v-", "risk_awareness")
n.s("She was pleasant to work with.", "v+", hard="biased")
n.blank()
n.h("Assessment")
n.s("Lean hire: solid foundations, but the design stayed close to the textbook.", "v0", "system_thinking", hard="mixed")
notes.append(n)

n = Note(note_id="w39-n046", candidate_id="w39-c22", interviewer_id="w39-i02", req_id="w39-r1",
         round="debugging", submitted_at="2024-12-10", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="metric drift")
n.s("Debugging interview with Mr. Haruto Sato, 50 minutes.", "c")
n.s("The candidate was shown a dashboard where the model's precision had fallen from 0.6 to 0.3 over two months.", "c")
n.s("He concluded immediately that the model had degraded and proposed retraining.", "e-", "metrics")
n.s("He did not ask whether the workshop had changed how it records confirmed faults.", "e-", "metrics", hard="negated")
n.s("When I told him that the workshop had in fact stopped logging minor faults, he understood at once that precision had dropped for reasons outside the model.", "e+", "learning", "metrics")
n.s("His reasoning is generally sound.", "v+")
n.s("He is somewhat quiet.", "v0", hard="biased")
n.s("My recommendation, with some hesitation, is lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n047", candidate_id="w39-c23", interviewer_id="w39-i06", req_id="w39-r2",
         round="data", submitted_at="2025-01-28", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="near-miss prediction")
n.s("Zanele was brilliant, I'd hire her tomorrow.", "v+", hard="bare_verdict")
n.s("I gave her the near-miss table and asked her to predict which crews would report an incident next month.", "c", hard="interviewer_action")
n.s("She built a model in about 25 minutes and got an AUC of 0.88, which would pay for itself in a month!", "e-", "metrics")
n.s("She said herself that 'near-miss reports aren't incidents' and asked whether we had the real incident log.", "e+", "data_intuition", hard="question")
n.s("Very confident with scikit-learn.", "v+", "coding", hard="tech_vague")
n.s("She didn't bring up the crews' privacy at all, but honestly that wasn't the focus of my round.", "e-", "user_impact", hard="negated")
n.s("Amazing energy!", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n048", candidate_id="w39-c24", interviewer_id="w39-i05", req_id="w39-r2",
         round="data", submitted_at="2025-03-25", recommendation="lean_no_hire", specificity=4,
         style=["prose", "headings", "third_person", "british"], topic="safety KPIs",
         ratings={"metrics": "lean_hire", "communication": "no_hire"})
n.h("Data round: Diego Ferreira (Safety Analytics)")
n.h("Exercise")
n.s("Diego was asked whether a new haul-road speed limit had made the roads safer, using six months of near-misses and GPS speeds.", "c")
n.blank()
n.h("Observations")
n.s("He proposed comparing near-miss rates per thousand kilometres before and after, rather than raw counts.", "e+", "metrics")
n.s("He noticed the after period included the rainy season and said wet roads would muddy the comparison.", "e+", "data_intuition")
n.s("He suggested the second pit, which had no new limit, as a comparison group.", "e+", "metrics")
n.s("His explanation of this to me ran for nearly ten minutes and jumped between three ideas without finishing any of them.", "e-", "communication")
n.s("When I asked him to summarise his answer for the safety manager in one minute, he restarted the full explanation.", "e-", "communication")
n.s("He did not write down his method, so I had to reconstruct it from the plots.", "e-", "communication", hard="negated")
n.blank()
n.h("Assessment")
n.s("Strong analytical instincts; communication is a real problem for a role that presents to site managers.", "v0", "communication", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w39-n049", candidate_id="w39-c25", interviewer_id="w39-i04", req_id="w39-r1",
         round="system_design", submitted_at="2025-05-13", recommendation="strong_hire", specificity=5,
         style=["bullets", "terse", "headings", "abbreviations"], topic="automatic stop",
         ratings={"risk_awareness": "strong_hire", "system_thinking": "hire", "judgment": "strong_hire"})
n.s("System design - Fatima Al-Sayed - model that can command a truck to park.", "c")
n.nl()
n.h("Checklist")
n.b("Requirements: YES. Asked who is legally accountable for a stop and whether the mine's standard allows automated stops at all.", "e+", "judgment", hard="question")
n.b("Staged launch: YES. Shadow mode for 8 weeks, then recommend-only, then auto-park only on flat haul roads.", "e+", "risk_awareness")
n.b("Rollback: YES. Kill switch at the control room plus automatic fallback to v-1 if stop rate > 2x the shadow baseline.", "e+", "risk_awareness")
n.b("Failure modes: YES. Listed GPS loss under the highwall, a stop on a ramp, and a stuck sensor reading constant.", "e+", "risk_awareness")
n.b("Never park on a ramp: she made that a hard rule outside the model.", "e+", "judgment")
n.b("Edge: YES. Said model runs on the truck; stop decision must not depend on the link.", "e+", "system_thinking")
n.b("Metrics: YES. Proposed false-stop rate per 1000 operating hours and mean time from alert to workshop.", "e+", "metrics")
n.b("Operators: YES. Asked to meet the union H&S rep before shadow mode ends.", "e+", "user_impact")
n.b("Gap: didn't size the cloud side at all.", "e-", "system_thinking", hard="negated")
n.s("8/9.", "v+", hard="vague_quantity")
n.nl()
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w39_notes_part4.jsonl", notes)
