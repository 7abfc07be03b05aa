import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w59-n048", candidate_id="w59-c24", interviewer_id="w59-i02", req_id="w59-r1",
         round="system_design", submitted_at="2025-08-19", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british", "quotes"], topic="edge model")
n.s("System design with Hana, on fitting a detector onto a buoy with a microcontroller and a solar panel that sulks all winter.", "c")
n.s("She asked for the power budget in milliwatts before anything else, and I had to look it up, which was embarrassing.", "e+", "judgment", hard="question")
n.s("She proposed a two-stage design: a band-energy trigger running all the time and a small CNN that wakes only when the trigger fires.", "e+", "system_thinking")
n.s("She worked out that if the trigger fires 5% of the time, the CNN's duty cycle fits the winter budget with a bit to spare.", "e+", "system_thinking")
n.s("She quantised the CNN to int8 on paper and said she'd check recall on the rare species separately, because quantisation hurts the tails first.", "e+", "ml_fundamentals", "metrics")
n.s("When I asked what happens if the trigger threshold is wrong for a new site, she suggested the buoy send its trigger rate home every day so we'd see it drift.", "e+", "risk_awareness")
n.s("I pushed her on whether we even need the CNN on the buoy and she agreed, cheerfully, that sending snippets ashore might be cheaper, and redid the sums.", "e+", "learning", "judgment")
n.s("She kept saying 'let me check that I'm answering your question', which I liked.", "e+", "communication")
n.s("(Our current buoys would have benefited from her in 2019, honestly.)", "c")
n.s("She didn't get round to how the alert reaches the ship, but we ran out of time.", "c")
n.s("Hire, and a keen one.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n049", candidate_id="w59-c25", interviewer_id="w59-i06", req_id="w59-r2",
         round="data", submitted_at="2025-09-30", recommendation="no_hire", specificity=3,
         style=["bullets", "abbreviations", "terse", "fragments", "typos"], topic="risk features")
n.b("q: features for strike risk model, AIS + sightings + bathymetry", "c")
n.b("C pulled in 40+ features, no reason given for most", "e-", "judgment")
n.b("included 'strike_reported' flag as a feature -> leakage", "e-", "data_intuition")
n.b("didn't see it when i asked which features exist at predict time", "e-", "data_intuition", hard="negated")
n.b("talks big abt feature engineering", "v-", "ml_fundamentals", hard="tech_vague")
n.b("reported AUC 0.97 and called it 'production ready'", "e-", "metrics")
n.b("no mention of who acts on the score", "e-", "user_impact", hard="negated")
n.b("hard to follow, jumped arround", "v-", "communication")
n.b("v weak on data sense overall", "v-", "data_intuition")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n050", candidate_id="w59-c26", interviewer_id="w59-i04", req_id="w59-r1",
         round="system_design", submitted_at="2025-10-21", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="buoy fleet")
n.h("System design checklist")
n.b("Question: design monitoring for a fleet of 60 detection buoys.", "c")
n.b("Listed failure modes: yes, power, hydrophone, uplink, biofouling.", "e+", "risk_awareness")
n.b("Proposed health metrics per buoy: yes, noise floor and detection rate.", "e+", "risk_awareness", "metrics")
n.b("Separated 'no whales' from 'no data': no.", "e-", "data_intuition", hard="negated")
n.b("Estimated alert volume for the on-call person: no.", "e-", "system_thinking", hard="negated")
n.b("Named who fixes a buoy at sea: no, said 'ops'.", "e-", "ownership")
n.b("Architecture holds together: partly.", "v0", "system_thinking")
n.b("Changed design after my challenge on alert fatigue: no.", "e-", "learning")
n.b("Clear structure in the answer: yes.", "v+", "communication")
n.b("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n051", candidate_id="w59-c27", interviewer_id="w59-i03", req_id="w59-r2",
         round="fundamentals", submitted_at="2025-11-11", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="forecasting")
n.s("Fundamentals round, mostly forecasting.", "c")
n.s("Knows time series models well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Covered seasonality and trends.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("She suggested a weekly model because ship traffic repeats every week.", "e+", "data_intuition")
n.s("Some gaps on evaluation.", "v-", "metrics")
n.s("Judgement seemed okay.", "v0", "judgment", hard="hedged")
n.s("Friendly, easy to talk to.", "v+", hard="biased")
n.s("Could grow into the role.", "v+", "learning", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n052", candidate_id="w59-c28", interviewer_id="w59-i05", req_id="w59-r2",
         round="behavioural", submitted_at="2025-12-02", recommendation="hire", specificity=4,
         style=["headings", "prose", "first_person", "british"], topic="missed deadline")
n.h("Situation")
n.s("I asked Fatima about a time she had to decide without enough data.", "c")
n.s("She described forecasting right whale arrival in Cape Cod Bay for a ferry operator with three weeks of sightings.", "c")
n.h("Behaviour")
n.s("She said she gave the operator a range of arrival dates rather than one date, and explained the range on a phone call.", "e+", "judgment", "communication")
n.s("She chose to reuse last year's model with the new sightings rather than build something new in three weeks.", "e+", "judgment")
n.s("She said she set a check-in after the first week to widen the range if sightings came in early, and they did.", "e+", "risk_awareness")
n.s("She said the ferry operator was angry about the early slow-down, and she went to the harbour to explain it in person.", "e+", "user_impact", "ownership")
n.s("She could not tell me how accurate the range turned out to be.", "e-", "metrics")
n.h("Result")
n.s("The ferry slowed a week earlier than planned, by her account with no strikes that season.", "e0", "metrics")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n053", candidate_id="w59-c29", interviewer_id="w59-i01", req_id="w59-r1",
         round="system_design", submitted_at="2025-12-16", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "terse"], topic="annotation platform")
n.s("System design, 50 min.", "c")
n.s("I ask him to design a system so volunteers can label new audio each week.", "c")
n.s("He designs a web app with a queue of clips, fine.", "e0", "system_thinking")
n.s("He shows each clip to one volunteer only.", "e-", "data_intuition")
n.s("I ask how he knows a label is right; he says the volunteers are trained.", "e-", "data_intuition", "learning")
n.s("He never says how many clips per week or how many volunteers.", "e-", "system_thinking", hard="negated")
n.s("He asks if volunteer names will be public in the open data, good.", "e+", "user_impact", hard="question")
n.s("He wants a leaderboard to motivate volunteers, and says it may push speed over care.", "e0", "judgment", hard="mixed")
n.s("He is calm and explains well.", "v+", "communication")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n054", candidate_id="w59-c30", interviewer_id="w59-i02", req_id="w59-r2",
         round="data", submitted_at="2026-01-06", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="weather")
n.s("Data round with Ola on storm effects on detection, a topic close to my heart after many seasick nights.", "c")
n.s("He merged wind speed from the buoy with detection counts and saw detections fall as wind rose.", "e+", "data_intuition")
n.s("He then said, without prompting, that this is probably masking by noise rather than whales leaving.", "e+", "data_intuition")
n.s("He wanted to correct the counts by dividing by a detection probability curve, but couldn't say how he'd get that curve.", "e-", "ml_fundamentals")
n.s("Bright lad, good instincts.", "v+", hard="biased")
n.s("A little scattered when explaining, jumped between three plots.", "e-", "communication")
n.s("I asked what he'd tell the shipping desk on a stormy night, and he said the alerts would be less reliable and they should assume whales are present.", "e+", "user_impact", "judgment")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n055", candidate_id="w59-c31", interviewer_id="w59-i06", req_id="w59-r1",
         round="debugging", submitted_at="2026-02-24", recommendation="hire", specificity=3,
         style=["bullets", "abbreviations", "terse", "arrows"], topic="model on buoy crashes")
n.b("bug: buoy reboots every ~6h after new model pushed", "c")
n.b("asked for the reboot logs + memory usage b4 guessing", "e+", "judgment", hard="question")
n.b("found buffer grows per detection, never freed -> OOM", "e+", "coding")
n.b("fix: ring buffer, fixed size; wrote a test w/ 10k fake detections", "e+", "coding")
n.b("proposed watchdog + auto-revert to prev model after 2 reboots", "e+", "risk_awareness")
n.b("said we shld tell ports alerts were down during reboots", "e+", "user_impact", "ownership")
n.b("slow to start, 10 min reading unrelated code", "e-", "coding")
n.b("knows embedded systems inside out", "v+", "system_thinking", hard="tech_vague")
n.b("takes ownership", "v+", "ownership")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n056", candidate_id="w59-c32", interviewer_id="w59-i04", req_id="w59-r2",
         round="data", submitted_at="2026-03-17", recommendation="hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="open data release")
n.h("Data checklist")
n.b("Task: prepare the ship-strike risk dataset for public release.", "c")
n.b("Removed vessel names: yes.", "e+", "user_impact")
n.b("Considered re-identification from tracks: yes, proposed hourly aggregation to 5 km cells.", "e+", "user_impact", "data_intuition")
n.b("Checked licence of the sightings data: yes, asked who owns it.", "e+", "judgment", hard="question")
n.b("Documented known gaps: yes, wrote a limitations section listing the pre-2008 AIS.", "e+", "communication")
n.b("Versioning plan: no.", "e-", "risk_awareness", hard="negated")
n.b("Metric for release quality: no.", "e-", "metrics", hard="negated")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n057", candidate_id="w59-c33", interviewer_id="w59-i03", req_id="w59-r1",
         round="system_design", submitted_at="2026-04-21", recommendation="strong_hire", specificity=2,
         style=["prose", "third_person"], topic="system design")
n.s("System design round.", "c")
n.s("Excellent architecture skills.", "v+", "system_thinking")
n.s("Thought about failure modes a lot.", "v+", "risk_awareness", hard="vague_quantity")
n.s("He proposed keeping the old model on the buoy as a fallback.", "e+", "risk_awareness")
n.s("Strong ownership mindset.", "v+", "ownership")
n.s("Top candidate, one of the best this year.", "v+", hard="bare_verdict")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n058", candidate_id="w59-c34", interviewer_id="w59-i05", req_id="w59-r1",
         round="coding", submitted_at="2026-05-12", recommendation="lean_hire", specificity=4,
         style=["headings", "prose", "third_person", "british"], topic="detection merging")
n.h("Situation")
n.s("Chiara was asked to merge detections from three buoys into single call events, given timestamps and buoy positions.", "c")
n.h("Behaviour")
n.s("She asked how far apart the buoys were and worked out that sound takes about three seconds between the furthest pair.", "e+", "judgment", hard="question")
n.s("She used that three-second window to group detections, and sorted by time first.", "e+", "coding")
n.s("Her first version merged two different whales calling a second apart.", "e-", "coding")
n.s("After I showed the case, she added a frequency check and re-ran the examples.", "e+", "learning", hard="interviewer_action")
n.s("She wrote no tests beyond the given examples.", "e-", "coding", hard="negated")
n.h("Result")
n.s("A working merge in 40 minutes, one bug caught with help.", "e0", "coding")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n059", candidate_id="w59-c35", interviewer_id="w59-i01", req_id="w59-r2",
         round="fundamentals", submitted_at="2026-06-02", recommendation="hire", specificity=3,
         style=["prose", "first_person", "terse"], topic="uncertainty")
n.s("Fundamentals, 45 min.", "c")
n.s("I ask how to give captains an uncertainty with the risk score.", "c")
n.s("He proposes a bootstrap over years and shows the interval is wide in cells with few sightings.", "e+", "ml_fundamentals")
n.s("He says a wide interval must be shown, not hidden, or captains trust a bad number.", "e+", "user_impact")
n.s("He knows Bayesian methods well.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He does not say how to check the interval is correct.", "e-", "metrics", hard="negated")
n.s("Good thinking.", "v+", hard="bare_verdict")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w59-n060", candidate_id="w59-c36", interviewer_id="w59-i06", req_id="w59-r2",
         round="system_design", submitted_at="2026-06-23", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "abbreviations", "terse", "lowercase", "arrows"], topic="alert pipeline")
n.b("q: near-real-time slow-down alerts from risk model", "c")
n.b("streaming AIS -> risk lookup -> VHF msg, latency est ~90s", "e+", "system_thinking")
n.b("no plan if the AIS feed drops", "e-", "risk_awareness", hard="negated")
n.b("said success = # alerts sent", "e-", "metrics")
n.b("when i asked re ships ignoring alerts, reframed to % slowed w/in 30 min", "e+", "learning", "metrics")
n.b("didnt think abt fishermen getting alerts mid-haul", "e-", "user_impact", hard="negated")
n.b("over-designed imo, 3 dbs", "e-", "system_thinking")
n.b("ok communicator", "v0", "communication")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w59_notes_part5.jsonl", notes)
