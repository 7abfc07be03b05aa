import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Amara (she), r1
n = Note(note_id="w56-n001", candidate_id="w56-c01", interviewer_id="w56-i01", req_id="w56-r1",
         round="fundamentals", submitted_at="2025-04-14", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="radar nowcasting",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"})
n.s("Fundamentals round, 50 minutes, remote.", "c")
n.s("I asked Amara how she would build a 0-2 hour precipitation nowcast from composite radar.", "c", hard="interviewer_action")
n.s("She started from an advection baseline and said any learned model would have to beat it at every lead time, not on average.", "e+", "ml_fundamentals", "metrics")
n.s("When I asked why a U-Net trained on MSE blurs convective cells, she explained that the loss rewards hedging toward the mean of several possible positions and suggested a CRPS or adversarial term.", "e+", "ml_fundamentals")
n.s("I believe she also mentioned that the blur makes heavy-rain intensities look lower than they are, which is the part our flood customers care about.", "e+", "user_impact", hard="hedged")
n.blank()
n.s("On evaluation she proposed CSI at the 1, 10 and 30 mm/h thresholds plus FSS at several scales.", "e+", "metrics")
n.s("She did not bring up the double penalty problem until I drew a displaced storm on the whiteboard.", "e-", "metrics", hard="negated")
n.s("Once I did, she reworked the plan to report FSS first and explained why in a sentence.", "e+", "learning")
n.s("Her derivation of the skill score was slightly rushed and she dropped a term, which she caught herself.", "e0", "ml_fundamentals", hard="mixed")
n.blank()
n.s("On balance I would lean toward hire; the gaps were in verification conventions, which are learnable.", "v+")
notes.append(n)

n = Note(note_id="w56-n002", candidate_id="w56-c01", interviewer_id="w56-i03", req_id="w56-r1",
         round="system_design", submitted_at="2025-04-15", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="radar nowcasting")
n.s("System design w/ Amara.", "c")
n.s("Usual streaming nowcast prompt.", "c")
n.s("Really solid on the architecture side.", "v+", "system_thinking")
n.s("Knows streaming pipelines well.", "v+", "system_thinking", hard="tech_vague")
n.s("Good communicator, easy to follow.", "v+", "communication")
n.s("Asked good questions up front.", "v+", "judgment")
n.s("Nice to talk to.", "v+", hard="biased")
n.s("Some minor stuff around monitoring but nothing worrying.", "v0", "risk_awareness")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n003", candidate_id="w56-c01", interviewer_id="w56-i04", req_id="w56-r1",
         round="data", submitted_at="2025-04-15", recommendation="lean_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="station data gaps",
         ratings={"data_intuition": "hire", "coding": "lean_hire", "risk_awareness": "lean_no_hire"})
n.h("Exercise")
n.b("Candidate given 18 months of gauge data from 140 stations with gaps, asked to build a training set for the nowcast.", "c", marker="1. ")
n.h("Findings")
n.b("Plotted missingness by station and hour before anything else; found 12 stations dark every night between 02:00 and 04:00.", "e+", "data_intuition", marker="1. ")
n.b("Asked whether the dark hours were maintenance or power, since that decides whether to impute.", "e+", "data_intuition", "judgment", marker="2. ")
n.b("Chose to drop those station-hours rather than interpolate, and said it would bias the set away from night storms.", "e+", "judgment", marker="3. ")
n.b("Pandas code ran first time; no tests written and did not check the output row count.", "e-", "coding", marker="4. ")
n.b("Joined gauges to radar on local time instead of UTC; found it herself 10 min later when the diurnal peak looked shifted.", "e0", "coding", "data_intuition", hard="mixed", marker="5. ")
n.b("Offered no check for when a station silently reports zero rain while broken.", "e-", "risk_awareness", hard="negated", marker="6. ")
n.b("Said she would raise the night gaps with the field ops team and own the ticket until fixed.", "e+", "ownership", marker="7. ")
n.h("Verdict")
n.b("LH: data sense is well above bar, risk thinking below it.", "v+", marker="")
notes.append(n)

n = Note(note_id="w56-n004", candidate_id="w56-c01", interviewer_id="w56-i05", req_id="w56-r1",
         round="behavioural", submitted_at="2025-04-16", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="forecast failure")
n.s("I loved talking to Amara!", "v+")
n.s("I asked her about a time a forecast she owned went wrong.", "c", hard="question")
n.s("She told me about a Fourth of July fireworks event where her team's nowcast missed a line of storms, and she said she was the one who had approved the model push two days before.", "e+", "ownership")
n.s("She walked through the postmortem she wrote and the rule she added: no model changes within 72 hours of a holiday.", "e+", "ownership", "risk_awareness")
n.s("She also mentioned calling the organiser herself the next morning to explain what happened, which honestly impressed me.", "e+", "user_impact", "communication")
n.s("Super humble, really lovely energy.", "v+", hard="biased")
n.s("She's clearly a natural leader.", "v+", "ownership")
n.s("I think she'd raise the bar for the whole team.", "v+")
n.s("Strong hire from my side, happy to talk more!", "v+", hard="bare_verdict")
notes.append(n)

# c02 Tomasz (he), r2
n = Note(note_id="w56-n005", candidate_id="w56-c02", interviewer_id="w56-i02", req_id="w56-r2",
         round="fundamentals", submitted_at="2025-06-02", recommendation="lean_no_hire", specificity=4,
         style=["prose", "terse", "third_person"], topic="extreme events evaluation",
         ratings={"metrics": "no_hire", "ml_fundamentals": "lean_hire"})
n.s("Fundamentals, 45 min.", "c")
n.s("Ask Tomasz how to evaluate flash flood model when only 9 events in the test years.", "c", hard="question")
n.s("He say accuracy 99.2% so model is good.", "e-", "metrics")
n.s("I point out no-flood days are 99% of data; he agree but still keep accuracy as main number.", "e-", "metrics", "learning")
n.s("He know gradient boosting well, explain monotone constraint for rainfall feature correctly.", "e+", "ml_fundamentals")
n.s("Not ask about how the flood label is made (river gauge or news report).", "e-", "data_intuition", hard="negated")
n.s("For rare event he suggest oversampling, ok but no word about calibration after.", "e-", "ml_fundamentals")
n.s("Metric thinking is weak for this req.", "v-", "metrics")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n006", candidate_id="w56-c02", interviewer_id="w56-i06", req_id="w56-r2",
         round="system_design", submitted_at="2025-06-03", recommendation="no_hire", specificity=4,
         style=["terse", "fragments", "abbreviations"], topic="flood warnings")
n.s("SD: flood warning service for river towns; 45 min.", "c")
n.nl()
n.s("Drew ingest -> model -> SMS alert; no human in the loop.", "e-", "system_thinking", "risk_awareness")
n.nl()
n.s("Claimed +4% AUC on backtest 'means fewer people flooded'; did not separate offline from live.", "e-", "metrics")
n.nl()
n.s("Pushed on false alarms; said residents 'can just ignore them'.", "e-", "user_impact")
n.nl()
n.s("No rollback; no plan if gauge feed dies.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Sized SMS volume at ~50k per event from town populations; reasonable.", "e+", "system_thinking")
n.nl()
n.s("When I said the model was stale, he argued for 5 min instead of adjusting.", "e-", "learning")
n.nl()
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n007", candidate_id="w56-c02", interviewer_id="w56-i04", req_id="w56-r2",
         round="data", submitted_at="2025-06-03", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings", "third_person"], topic="station data gaps",
         ratings={"data_intuition": "lean_hire", "learning": "no_hire"})
n.h("Findings")
n.b("Given hourly rainfall from 60 gauges, asked to build daily extremes table.", "c", marker="1. ")
n.b("Wrote the resample and max aggregation correctly in SQL in about 12 min.", "e+", "coding", marker="2. ")
n.b("Spotted two gauges reporting 999 as a fill value and filtered them.", "e+", "data_intuition", marker="3. ")
n.b("Did not handle days with fewer than 20 hours reported; table treats a half-empty day as a dry day.", "e-", "data_intuition", marker="4. ")
n.b("When told this, answered 'the model will learn around it' and did not change the query.", "e-", "learning", marker="5. ")
n.b("On a second prompt, added a coverage column but still kept the partial days in the label.", "e-", "data_intuition", "learning", marker="6. ")
n.b("Asked no questions about who would use the table.", "e-", "user_impact", hard="negated", marker="7. ")
n.h("Verdict")
n.b("LNH; defensive when corrected, twice.", "v-", "learning", marker="")
notes.append(n)

n = Note(note_id="w56-n008", candidate_id="w56-c02", interviewer_id="w56-i05", req_id="w56-r2",
         round="behavioural", submitted_at="2025-06-04", recommendation="hire", specificity=2,
         style=["prose", "first_person", "american"], topic="extreme events")
n.s("Such a fun conversation with Tomasz.", "v+")
n.s("He told me his last model had a 12% offline lift that he was sure would pay for itself the moment it shipped, which I thought was great ambition.", "e-", "metrics")
n.s("Super confident, very polished.", "v+", hard="biased")
n.s("He knows a ton about boosting and feature engineering.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Really driven and hungry.", "v+", hard="biased")
n.s("I asked him about working with non-technical customers.", "c", hard="question")
n.s("He said they 'mostly want a number' and he gives them one.", "e-", "user_impact")
n.s("Probably fine on the rest.", "v+", hard="hedged")
n.s("Hire, I think he'd grow fast here.", "v+")
notes.append(n)

# c03 Kai (they), r1
n = Note(note_id="w56-n009", candidate_id="w56-c03", interviewer_id="w56-i01", req_id="w56-r1",
         round="system_design", submitted_at="2025-09-10", recommendation="hire", specificity=5,
         style=["prose", "third_person", "american"], topic="ensemble compute",
         ratings={"system_thinking": "hire", "judgment": "hire"})
n.s("System design; the candidate was asked to design a probabilistic nowcast for three airports within a fixed GPU budget.", "c")
n.s("Kai began by asking what decision the airport makes with the forecast, and was told it is whether to pause ramp operations for lightning.", "e+", "user_impact", "judgment")
n.s("From that they argued the product should be a probability of lightning within 10 km over 30 minutes, not a rain field.", "e+", "judgment")
n.s("They estimated that 30 ensemble members at 500 m over three small domains would take roughly 90 GPU-minutes per cycle and proposed 12 members instead, arguing the spread stabilized by then.", "e+", "system_thinking", "judgment")
n.s("The first sketch had no path for a radar outage.", "e-", "risk_awareness")
n.s("After I mentioned that one airport's radar goes down for maintenance each spring, they added a fallback to the NWP-only probability with a banner telling the ramp manager the forecast is degraded.", "e+", "learning", "risk_awareness")
n.s("They may have underestimated the data transfer cost between regions; I was not fully convinced by the figure given.", "e0", "system_thinking", hard="hedged")
n.s("They proposed judging success by ramp-minutes lost against lightning strikes missed over one summer, and said the offline Brier score was only a gate.", "e+", "metrics")
n.s("I would support a hire; the reasoning about the decision being served was the clearest I have seen this cycle.", "v+")
notes.append(n)

n = Note(note_id="w56-n010", candidate_id="w56-c03", interviewer_id="w56-i02", req_id="w56-r1",
         round="coding", submitted_at="2025-09-10", recommendation="lean_hire", specificity=4,
         style=["prose", "terse", "third_person"], topic="radar nowcasting")
n.s("Coding, 45 min, shared editor.", "c")
n.s("Task: given radar frames, compute motion vector by cross-correlation between two frames.", "c")
n.s("Kai write brute force search first, correct on small example.", "e+", "coding")
n.s("Too slow for 1000x1000 frame, they not notice until I ask about size.", "e-", "coding", "system_thinking")
n.s("After hint about FFT they rewrite with numpy fft in 10 min and test on shifted frame.", "e+", "learning", "coding")
n.s("Forget edge wrap-around, result wrong for storm near border.", "e-", "coding")
n.s("Explain every step clearly when typing.", "v+", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n011", candidate_id="w56-c03", interviewer_id="w56-i06", req_id="w56-r1",
         round="fundamentals", submitted_at="2025-09-11", recommendation="lean_hire", specificity=3,
         style=["terse", "fragments"], topic="physics vs ML")
n.s("Fundamentals; physics vs ML for 0-6h.", "c")
n.nl()
n.s("Good grasp of NWP spin-up; knows blending well.", "v+", "ml_fundamentals", hard="tech_vague")
n.nl()
n.s("Said ML wins first 2h, NWP after; blend weights by lead time learned on past year.", "e+", "ml_fundamentals")
n.nl()
n.s("Did not think about regime change (new radar in 2024).", "e-", "data_intuition", hard="negated")
n.nl()
n.s("Hinted; adjusted blend training to post-2024 only.", "e+", "learning")
n.nl()
n.s("Asked about compute; had none of the numbers.", "e-", "system_thinking", hard="negated")
n.nl()
n.s("Answers short; fine.", "v0", "communication")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w56-n012", candidate_id="w56-c03", interviewer_id="w56-i03", req_id="w56-r1",
         round="behavioural", submitted_at="2025-09-12", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="customers")
n.s("Behavioural chat with Kai.", "c")
n.s("Thoughtful person.", "v+")
n.s("Talked about working with farming customers and uncertainty.", "v0", "user_impact")
n.s("They said they once rewrote a frost alert after growers kept calling in confused.", "e+", "user_impact", "communication")
n.s("Pretty good on ownership.", "v+", "ownership")
n.s("Mentioned some conflict with a PM, handled it well I think.", "v+", hard="hedged")
n.s("Lots of customer stories.", "v+", "user_impact", hard="vague_quantity")
n.s("Seems like they'd work well with the team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w56_notes_part1.jsonl", notes)
