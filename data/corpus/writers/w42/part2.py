import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- Candidate c04: Diego Ramirez (he), r2 ----------
n = Note(note_id="w42-n013", candidate_id="w42-c04", interviewer_id="w42-i05", req_id="w42-r2",
         round="system_design", submitted_at="2026-01-12", recommendation="lean_no_hire", specificity=4,
         style=["headings", "third_person", "american", "prose"], topic="flood damage analytics",
         ratings={"system_thinking": "hire", "user_impact": "no_hire", "judgment": "lean_no_hire"})
n.b("Problem", "c", marker="1. ")
n.nl()
n.s("Design a flood-extent product from SAR imagery that insurers use to trigger parametric payouts to farmers.", "c")
n.blank()
n.b("Architecture", "c", marker="2. ")
n.nl()
n.s("Diego laid out tasking, download from the ground station, a water segmentation model, and a per-parcel aggregation, and put a queue between each stage.", "e+", "system_thinking")
n.s("He estimated that a regional flood needs about 300 scenes processed within 12 hours and sized the GPU pool from that.", "e+", "system_thinking")
n.blank()
n.b("Users and harm", "c", marker="3. ")
n.nl()
n.s("I asked who is hurt when the model misses water on a parcel.", "c", "user_impact", hard="question")
n.s("He said a missed payout is 'the insurer's business decision, not ours' and went back to the GPU sizing.", "e-", "user_impact")
n.s("When I described a farmer whose flooded field was marked dry, he asked whether that was a common case and then changed the subject.", "e-", "user_impact", "learning")
n.s("He never asked whether small parcels, which are mostly smallholders, are segmented worse than large ones.", "e-", "user_impact", "data_intuition", hard="negated")
n.blank()
n.b("Decisions under ambiguity", "c", marker="4. ")
n.nl()
n.s("When I said the insurer had not yet decided the payout rule, he picked a fixed 30% flooded threshold without asking what it would be used for.", "e-", "judgment")
n.blank()
n.b("Overall", "c", marker="5. ")
n.nl()
n.s("Strong plumbing, but I'm at lean no hire for a role that faces customers this directly.", "v-", "user_impact", hard="mixed")
notes.append(n)

n = Note(note_id="w42-n014", candidate_id="w42-c04", interviewer_id="w42-i01", req_id="w42-r2",
         round="behavioural", submitted_at="2026-01-13", recommendation="no_hire", specificity=3,
         style=["terse", "headings", "third_person"], topic="customer impact")
n.s("BLUF: No hire.", "v-", hard="bare_verdict")
n.nl()
n.s("Q: tell me about a model that hurt someone.", "c", hard="question")
n.nl()
n.s("OBS: Said he had never shipped a model that hurt anyone.", "e-", "user_impact")
n.s("Pressed on a crop insurance product he listed on his CV; said complaints from growers went to 'account management'.", "e-", "user_impact", "ownership")
n.s("Could not name what the complaints were about.", "e-", "user_impact", "ownership", hard="negated")
n.nl()
n.s("RISK: Second panelist to flag user blind spot.", "c")
n.s("Lacks maturity.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n015", candidate_id="w42-c04", interviewer_id="w42-i04", req_id="w42-r2",
         round="data", submitted_at="2026-01-13", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="yield data")
n.s("I had a great time with Diego!", "v+")
n.s("He was really at home in the data and clearly has tons of experience with geospatial stuff.", "v+", "data_intuition", hard="vague_quantity")
n.s("I liked how fast he moved: he dropped the parcels with missing yield reports and got a model going in ten minutes.", "e-", "data_intuition", hard="verdict_plus_evidence")
n.s("Super confident presenter.", "v+", hard="biased")
n.s("His SQL was excellent.", "v+", "coding")
n.s("I'd hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n016", candidate_id="w42-c04", interviewer_id="w42-i06", req_id="w42-r2",
         round="coding", submitted_at="2026-01-14", recommendation="lean_hire", specificity=3,
         style=["terse", "fragments", "bullets", "abbreviations"], topic="tile grid coding")
n.b("coding 45m: merge overlapping tile footprints", "c")
n.b("clarified whether touching edges count as overlap", "e+", "judgment")
n.b("sort + sweep, O(n log n), correct on my 3 cases", "e+", "coding")
n.b("missed the antimeridian wrap until I hinted", "e-", "coding")
n.b("after hint fixed it in 5 min", "e+", "learning")
n.b("no tests for empty input", "e-", "coding", hard="negated")
n.b("code tidy", "v+", "coding")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate c05: Priya Venkataraman (she), r1 ----------
n = Note(note_id="w42-n017", candidate_id="w42-c05", interviewer_id="w42-i02", req_id="w42-r1",
         round="system_design", submitted_at="2026-02-02", recommendation="lean_no_hire", specificity=5,
         style=["prose", "third_person", "american"], topic="automated safing commands",
         ratings={"risk_awareness": "no_hire", "system_thinking": "lean_no_hire"})
n.s("The task was to design a system that detects a developing power anomaly on a spacecraft and recommends, or in the strongest version sends, a load-shedding command during the next ground-station pass.", "c")
n.s("Priya chose the fully automatic version and placed the anomaly model directly in front of the command uplink, so that a score above threshold would generate and send the command without an operator.", "e-", "risk_awareness", "judgment")
n.s("When I reminded her that a load-shedding command, once uplinked, cannot be reversed until the next pass some ninety minutes later, she answered that the threshold would be set conservatively and that this was enough.", "e-", "risk_awareness", "learning")
n.s("She did not consider what happens when the model is wrong during a pass with only eight minutes of contact, nor did she propose a human confirmation step for commands that cannot be undone.", "e-", "risk_awareness", hard="negated")
n.s("The data flow she drew also had the scorer reading from the archive database, which is updated only after the pass ends, so the command would always be based on data from the previous orbit.", "e-", "system_thinking")
n.s("She did not notice this timing problem herself, and when I pointed to it she moved the scorer to the real-time stream in a sensible way.", "e0", "system_thinking", "learning", hard="mixed")
n.s("Her treatment of the model itself was competent: she used a per-channel forecaster and explained that the residuals should be normalized per orbit phase.", "e+", "ml_fundamentals")
n.s("I recommend lean no hire, because for a role on spacecraft operations the absence of any failure-mode thinking around irreversible commands is a serious gap, even though she adapted on the timing issue.", "e-", "risk_awareness", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w42-n018", candidate_id="w42-c05", interviewer_id="w42-i05", req_id="w42-r1",
         round="system_design", submitted_at="2026-02-03", recommendation="hire", specificity=4,
         style=["headings", "first_person", "american", "prose"], topic="fleet telemetry platform",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "lean_hire"})
n.b("Question", "c", marker="1. ")
n.nl()
n.s("I asked Priya to design the telemetry scoring platform for a fleet growing from 12 to 60 spacecraft.", "c", hard="interviewer_action")
n.blank()
n.b("System design", "c", marker="2. ")
n.nl()
n.s("She separated a real-time path for pass data from a batch path for the full archive and explained which alerts need which.", "e+", "system_thinking")
n.s("She estimated 60 spacecraft times 3k channels at 1 Hz as about 180k points per second and said a partitioned stream keyed by spacecraft would hold it.", "e+", "system_thinking")
n.s("She put the model registry and the scorer behind a version flag so each spacecraft could run a different model.", "e+", "system_thinking", "risk_awareness")
n.blank()
n.b("Risk", "c", marker="3. ")
n.nl()
n.s("When I asked what the flight team would see, she proposed one alert view per spacecraft with the model version shown next to each alert.", "e+", "user_impact", "communication")
n.s("She mentioned canarying a new model on one spacecraft but did not say what would trigger a rollback.", "e-", "risk_awareness")
n.blank()
n.b("Overall", "c", marker="4. ")
n.nl()
n.s("Best system design I have seen on this loop.", "v+", "system_thinking")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("This may contradict the other design round, which was about commanding rather than scoring.", "c")
notes.append(n)

n = Note(note_id="w42-n019", candidate_id="w42-c05", interviewer_id="w42-i06", req_id="w42-r1",
         round="debugging", submitted_at="2026-02-03", recommendation="hire", specificity=3,
         style=["terse", "fragments", "bullets", "lowercase"], topic="sim vs real drift")
n.b("debugging: model great in sim, fires constantly on real sat", "c")
n.b("compared feature distributions sim vs real first", "e+", "data_intuition")
n.b("found sun sensor noise 4x higher on real data", "e+", "data_intuition")
n.b("proposed adding real noise profile to sim, not just retraining", "e+", "judgment")
n.b("wanted to keep real passes as holdout, never in training", "e+", "metrics", "data_intuition")
n.b("didn't ask what the ops team saw during the false alarms", "e-", "user_impact", hard="negated")
n.b("quick", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n020", candidate_id="w42-c05", interviewer_id="w42-i03", req_id="w42-r1",
         round="behavioural", submitted_at="2026-02-04", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="team fit")
n.s("Behavioural.", "c")
n.s("Priya was good, thoughtful answers mostly.", "v+")
n.s("She talked about a postmortem she ran.", "e0", "ownership")
n.s("Maybe a little rigid at times.", "v-", hard="hedged")
n.s("Communication fine.", "v0", "communication")
n.s("Lean hire I think.", "v+", hard="hedged")
notes.append(n)

# ---------- Candidate c06: Kwame Mensah (he), r1 ----------
n = Note(note_id="w42-n021", candidate_id="w42-c06", interviewer_id="w42-i04", req_id="w42-r1",
         round="behavioural", submitted_at="2026-03-09", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="ownership")
n.s("I asked Kwame to walk me through the project he's proudest of.", "c", hard="interviewer_action")
n.s("He described a satellite-to-ground latency dashboard at his previous company and said he built the anomaly panel.", "e0", "ownership")
n.s("When I asked who decided to ship it, he said his manager decided everything and he 'just did the tickets'.", "e-", "ownership")
n.s("When I asked what happened after launch, he said he had moved to another project and didn't know whether anyone used it.", "e-", "ownership", "user_impact")
n.s("Really nice guy and I think he'd grow a lot with good mentorship.", "v+", hard="biased")
n.s("Very humble, which I liked.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n022", candidate_id="w42-c06", interviewer_id="w42-i02", req_id="w42-r1",
         round="debugging", submitted_at="2026-03-10", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "american"], topic="missing telemetry frames")
n.s("The candidate received a notebook in which the anomaly rate for one spacecraft had tripled overnight, together with the ingest logs and the ground-station schedule.", "c")
n.s("He found after about fifteen minutes that the frames from one ground station were being decoded with an outdated calibration table, which was a good and careful piece of work.", "e+", "data_intuition", "coding", hard="verdict_plus_evidence")
n.s("When I asked what he would do next in the real situation, he said he would open a ticket for the ground segment team and wait for them to fix the table.", "e-", "ownership")
n.s("He did not suggest suppressing the alerts from that station in the meantime, although the operators would continue to be woken up by false alarms for days.", "e-", "risk_awareness", "user_impact", hard="negated")
n.s("He estimated that roughly one in six passes went through that station, which matched the schedule.", "e+", "data_intuition")
n.s("I asked whether he would write anything for the on-call handbook, and he said that was the responsibility of the operations lead.", "e-", "ownership")
n.s("His explanations of what he had found were precise and he spoke to me as to a colleague who had not seen the notebook, which I appreciated.", "v+", "communication")
n.s("Lean no hire, because for an on-call role on a spacecraft the passive attitude after the diagnosis concerns me more than the diagnosis reassures me.", "e-", "ownership", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w42-n023", candidate_id="w42-c06", interviewer_id="w42-i01", req_id="w42-r1",
         round="system_design", submitted_at="2026-03-10", recommendation="lean_hire", specificity=3,
         style=["terse", "headings", "third_person"], topic="handover monitoring")
n.s("BLUF: Lean hire.", "v+", hard="bare_verdict")
n.nl()
n.s("TASK: monitor ground-station handovers for dropped telemetry.", "c")
n.nl()
n.s("OBS: Counted expected frames per pass from the downlink rate and compared to received.", "e+", "system_thinking", "data_intuition")
n.s("Put alert on the ratio, not raw count.", "e+", "metrics")
n.s("Did not size storage or compute.", "e-", "system_thinking", hard="negated")
n.s("Adequate design.", "v0", "system_thinking")
n.nl()
n.s("RISK: Waited for me to drive every step.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w42-n024", candidate_id="w42-c06", interviewer_id="w42-i05", req_id="w42-r1",
         round="fundamentals", submitted_at="2026-03-11", recommendation="lean_hire", specificity=4,
         style=["headings", "first_person", "american", "prose"], topic="change-point detection")
n.b("Topic", "c", marker="1. ")
n.nl()
n.s("Change-point detection on a slowly degrading solar array current.", "c")
n.blank()
n.b("ML fundamentals", "c", marker="2. ")
n.nl()
n.s("Kwame explained CUSUM correctly, including that the drift parameter trades detection delay against false alarms.", "e+", "ml_fundamentals")
n.s("He could not say how to pick the threshold without labelled degradations.", "e-", "ml_fundamentals")
n.s("After I suggested simulating degradations of known slope he proposed a grid over slopes and thresholds and reading off the delay.", "e+", "learning", "metrics")
n.blank()
n.b("Communication", "c", marker="3. ")
n.nl()
n.s("He answered what I asked and stopped, so I had to pull every next step out of him.", "v-", "communication")
n.blank()
n.b("Overall", "c", marker="4. ")
n.nl()
n.s("Lean hire on fundamentals alone; I'd want the behavioural notes before going further.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w42_notes_part2.jsonl", notes)
print(len(notes), "notes")
