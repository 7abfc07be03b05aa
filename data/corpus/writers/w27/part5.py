import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w27-n049", candidate_id="w27-c25", interviewer_id="w27-i01", req_id="w27-r2",
         round="system_design", submitted_at="2025-09-09", recommendation="hire", specificity=5,
         style=["prose", "third_person", "american"], topic="light rail arrival predictions",
         ratings={"system_thinking": "strong_hire", "metrics": "hire", "risk_awareness": "hire",
                  "user_impact": "lean_no_hire"})
n.s("The system design interview took place on September 9, 2025, and lasted 60 minutes.", "c")
n.s("The candidate was asked to design a service producing real-time arrival predictions for the light rail network, to be shown in the rider app and on platform displays.", "c", hard="question")
n.s("It was observed that the candidate began by asking which decisions riders make with the prediction, and distinguished the rider waiting on a platform from the rider deciding whether to leave home.", "e+", "judgment", "user_impact")
n.s("He stated that the platform case requires accuracy within one minute over the next ten minutes, whereas the at-home case tolerates a larger error over thirty minutes.", "e+", "metrics")
n.s("A design was presented in which train positions from the signaling system are consumed as a stream, joined with the timetable, and scored every 20 seconds.", "e+", "system_thinking")
n.s("The candidate estimated the load at roughly 120 trains and 60 platforms and concluded that a single scoring process would suffice, so horizontal scaling was unnecessary.", "e+", "system_thinking")
n.s("He asked whether the signaling feed belongs to the authority or to the signaling vendor, and proposed a read-only replica so that no load would be placed on the safety system.", "e+", "system_thinking", "risk_awareness")
n.s("It was then disclosed by the interviewer that the feed is owned by the vendor and delivered with a delay of up to 45 seconds.", "c", hard="interviewer_action")
n.s("In response, the candidate revised the design to extrapolate each train's position from its last known speed, and stated that predictions would be marked as estimated whenever the feed delay exceeded 60 seconds.", "e+", "learning", "risk_awareness")
n.s("For evaluation, he proposed measuring error at fixed horizons of 2, 5 and 10 minutes rather than a single average, on the grounds that an average would be dominated by the many short-horizon predictions that are nearly always right.", "e+", "metrics")
n.s("He proposed that the new predictions be shown on four platforms for one month alongside the existing countdown clocks, with a rollback to the clocks if error at the 2-minute horizon exceeded 45 seconds.", "e+", "risk_awareness")
n.s("When asked about retraining, he proposed a weekly schedule with the previous model retained for immediate fallback.", "e+", "risk_awareness")
n.s("He asked who at the authority would be paged if predictions failed outside working hours.", "e+", "ownership", hard="question")
n.s("It is noted that the candidate did not consider how predictions would be conveyed to riders using screen readers or audio announcements.", "e-", "user_impact", hard="negated")
n.s("When this was raised, he acknowledged the omission and suggested that the audio announcement reuse the same rounded minute value as the display.", "e+", "learning")
n.s("No estimate of operating cost was provided.", "e-", "system_thinking", hard="negated")
n.s("The candidate's diagram was labeled throughout, and at the interviewer's request he restated the whole design in under two minutes.", "e+", "communication")
n.s("His technical depth is considered well above that typically seen at this grade.", "v+", "system_thinking", hard="tech_vague")
n.s("Some reservations remain regarding his attention to riders with disabilities.", "v-", "user_impact", hard="hedged")
n.s("It is suggested that accessibility be probed further in the behavioral round.", "c")
n.s("A recommendation of hire is made.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n050", candidate_id="w27-c26", interviewer_id="w27-i02", req_id="w27-r1",
         round="data", submitted_at="2025-09-16", recommendation="lean_hire", specificity=2,
         style=["bullets", "headings", "terse", "american"], topic="ridership data checklist")
n.h("Data round checklist")
n.b("Sanity checks on the raw feed: YES.", "v+", "data_intuition")
n.b("Leakage avoided: YES, I think.", "v+", "data_intuition", hard="hedged")
n.b("Metric choice: OK.", "v0", "metrics")
n.b("Uncertainty: NO, gave a point forecast only.", "e-", "ml_fundamentals", hard="negated")
n.b("Pushback handled: YES.", "v+", "learning")
n.b("Communication: YES.", "v+", "communication")
n.b("Rollout / monitoring: NOT COVERED.", "c")
n.b("Recommendation: Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n051", candidate_id="w27-c27", interviewer_id="w27-i06", req_id="w27-r2",
         round="system_design", submitted_at="2025-09-17", recommendation="lean_hire", specificity=3,
         style=["headings", "third_person", "american"], topic="elevator outage notifications",
         ratings={"system_thinking": "hire", "judgment": "hire", "risk_awareness": "lean_no_hire"})
n.s("Round: system design, 45 min.", "c")
n.nl()
n.s("Prompt: push notifications to riders when an elevator at one of their saved stations goes out.", "c", hard="question")
n.blank()
n.b("System thinking", "c", marker="1. ")
n.nl()
n.s("Jordan split it into an outage detector, a subscription store and a notifier, with a queue between detector and notifier so a burst of outages wouldn't drop messages.", "e+", "system_thinking")
n.s("Good sense of scale.", "v+", "system_thinking")
n.blank()
n.b("Judgment", "c", marker="2. ")
n.nl()
n.s("They asked whether a flapping elevator (out, back, out within ten minutes) should send three notifications, and proposed waiting five minutes before confirming an outage.", "e+", "judgment")
n.blank()
n.b("Risk", "c", marker="3. ")
n.nl()
n.s("Monitoring was mentioned but never specified.", "v-", "risk_awareness")
n.blank()
n.b("Metrics", "c", marker="4. ")
n.nl()
n.s("Reasonable, nothing stood out.", "v0", "metrics")
n.blank()
n.s("Overall: lean hire, though thin in places and I'd want a second design signal.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w27-n052", candidate_id="w27-c28", interviewer_id="w27-i07", req_id="w27-r1",
         round="behavioural", submitted_at="2025-09-23", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="public communication")
n.s("Omar was lovely and I'd be glad to work with him.", "v+", hard="biased")
n.s("He has tons of experience presenting to city councils, which is exactly what we need for board meetings.", "v+", "communication", hard="vague_quantity")
n.s("He told me he once had to explain a ridership drop live on local TV.", "e+", "communication")
n.s("Really thoughtful about riders.", "v+", "user_impact")
n.s("Picked things up quickly whenever I clarified something.", "v+", "learning")
n.s("I think he's a hire!", "v+", hard="bare_verdict")
n.s("Would love to hear what others saw.", "c")
notes.append(n)

n = Note(note_id="w27-n053", candidate_id="w27-c29", interviewer_id="w27-i04", req_id="w27-r2",
         round="behavioural", submitted_at="2025-09-24", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="audio wayfinding beacons")
n.s("I asked Mariana how she would decide which stations get the new audio wayfinding beacons first.", "c", hard="question")
n.s("She started with the busiest stations by boardings.", "e0", "judgment")
n.s("I told her busiest isn't the same as most needed, because a lot of blind riders use the two small stations near the school for the blind.", "c", hard="interviewer_action")
n.s("She changed her list right there and asked where she could get data on where riders with disabilities actually travel, like paratransit trips or reduced-fare cards.", "e+", "learning", "user_impact")
n.s("She said she'd want to ask the riders too, not just look at numbers.", "e+", "user_impact", hard="plain_evidence")
n.s("She said she'd come back to the advisory committee after the first five stations to hear what worked.", "e+", "ownership", hard="plain_evidence")
n.s("Really caring person.", "v+", hard="biased")
n.s("She was hard to follow when she got into the technical stuff.", "v-", "communication")
n.s("I'm not the right person to judge her code.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n054", candidate_id="w27-c30", interviewer_id="w27-i03", req_id="w27-r1",
         round="fundamentals", submitted_at="2025-09-30", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="fundamentals")
n.s("Ethan nailed the fundamentals.", "v+", "ml_fundamentals")
n.s("Very comfortable with Bayesian methods, hierarchical models, all of it.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Great chat!", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n055", candidate_id="w27-c31", interviewer_id="w27-i06", req_id="w27-r1",
         round="fundamentals", submitted_at="2025-10-01", recommendation="lean_no_hire", specificity=3,
         style=["headings", "third_person", "american"], topic="fare capping forecast",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "lean_no_hire"})
n.s("Round: fundamentals, 45 min.", "c")
n.nl()
n.s("Topic: forecasting ridership under a new fare-capping policy.", "c")
n.blank()
n.b("ML fundamentals", "c", marker="1. ")
n.nl()
n.s("Zainab explained that a model trained before fare capping can't see behavior that only exists after it, and suggested borrowing an elasticity from a city that already capped fares.", "e+", "ml_fundamentals")
n.s("Her grasp of time-series cross-validation seemed shaky.", "v-", "ml_fundamentals", hard="hedged")
n.blank()
n.b("Metrics", "c", marker="2. ")
n.nl()
n.s("She wanted to judge the policy on total boardings only.", "e-", "metrics")
n.s("When I asked about low-income riders, she added cost per trip for reduced-fare card holders as a second measure.", "e+", "learning", "metrics")
n.blank()
n.b("Judgment", "c", marker="3. ")
n.nl()
n.s("She asked whether the board wanted a single number or a range before choosing a method.", "e+", "judgment", hard="question")
n.s("We ran out of time before the trade-off question.", "c")
n.blank()
n.s("Overall: lean no hire; some good moments but too much needed prompting.", "v-")
notes.append(n)

n = Note(note_id="w27-n056", candidate_id="w27-c32", interviewer_id="w27-i07", req_id="w27-r2",
         round="coding", submitted_at="2025-10-07", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="coding")
n.s("Nadia is a rock star!!", "v+")
n.s("Coding was flawless and she's clearly a 10/10 engineer.", "v+", "coding", hard="vague_quantity")
n.s("Strong hire, please don't let her go.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n057", candidate_id="w27-c33", interviewer_id="w27-i02", req_id="w27-r2",
         round="system_design", submitted_at="2025-10-08", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "terse", "american"], topic="station screen content",
         ratings={"system_thinking": "lean_hire", "risk_awareness": "no_hire", "judgment": "no_hire"})
n.h("System design checklist: station screen content service")
n.b("Task: design the service that decides what each of the 300 station screens shows (arrivals, elevator status, service alerts).", "c", hard="question")
n.b("Requirements clarified: NO, started drawing before asking how many screens or how often content changes.", "e-", "judgment", hard="negated")
n.b("Capacity estimate: YES but only after prompting; 300 screens polling every 10 seconds, 30 requests per second.", "e0", "system_thinking", hard="mixed")
n.b("Components sensible: YES, content API, rules engine, cache in front.", "e+", "system_thinking")
n.b("Failure modes: NO, when I asked what a screen shows if the API is down he said \"it won't be down, it's on Kubernetes.\"", "e-", "risk_awareness")
n.b("Safety alerts ahead of everything else: NO, put them in one queue with the arrival updates, sorted by time.", "e-", "risk_awareness")
n.b("Accessibility: NO, did not mention audio or high-contrast modes.", "e-", "user_impact", hard="negated")
n.b("Metrics: NO, proposed measuring success by screen uptime alone.", "e-", "metrics")
n.b("Response to pushback: NO, kept the single queue after I raised the ordering twice.", "e-", "learning")
n.b("Ownership: NO, described his last project's outage as \"infra's fault.\"", "e-", "ownership")
n.b("Communication: YES, diagram clear.", "v+", "communication")
n.b("Recommendation: No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n058", candidate_id="w27-c34", interviewer_id="w27-i05", req_id="w27-r1",
         round="data", submitted_at="2025-10-14", recommendation="lean_hire", specificity=2,
         style=["bullets", "terse", "lowercase", "abbreviations", "fragments"], topic="ridership data")
n.b("data 45m", "c")
n.b("ok w/ pandas", "v0", "coding")
n.b("missed that the ridership file double counts transfers", "e-", "data_intuition", hard="negated")
n.b("imo knows the theory", "v+", "ml_fundamentals", hard="tech_vague")
n.b("quiet", "v0", hard="biased")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n059", candidate_id="w27-c35", interviewer_id="w27-i04", req_id="w27-r1",
         round="behavioural", submitted_at="2025-10-15", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="route changes")
n.s("Thandiwe cares about riders, you can tell.", "v+", "user_impact")
n.s("She grew up taking two buses to school and said that's why she does this work.", "v+", hard="biased")
n.s("She asked me how riders find out when a route changes.", "e+", "user_impact", hard="plain_evidence")
n.s("She'd be good at board meetings.", "v+", "communication")
n.s("Not sure about the technical side, that's for the others.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w27-n060", candidate_id="w27-c36", interviewer_id="w27-i01", req_id="w27-r2",
         round="coding", submitted_at="2025-10-21", recommendation="lean_hire", specificity=1,
         style=["prose", "third_person"], topic="coding")
n.s("The candidate's coding performance is considered satisfactory.", "v+", "coding")
n.s("He is regarded as a pleasant and agreeable colleague.", "v+", hard="biased")
n.s("A rating of lean hire is recorded.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w27_notes_part5.jsonl", notes)
