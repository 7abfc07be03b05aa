import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w44-n049", candidate_id="w44-c25", interviewer_id="w44-i03", req_id="w44-r1",
         round="coding", submitted_at="2024-11-05", recommendation="lean_no_hire",
         specificity=1, style=["prose", "terse"], topic="coding")
n.s("Coding round, 45 min, shared editor.", "c")
n.s("Gabriel struggled.", "v-")
n.s("Not very strong in Python.", "v-", "coding")
n.s("Probably not ready for this level.", "v-", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("Other rounds may see him differently.", "c")
notes.append(n)

n = Note(note_id="w44-n050", candidate_id="w44-c26", interviewer_id="w44-i05", req_id="w44-r2",
         round="system_design", submitted_at="2024-11-19", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person"], topic="emissions pipeline")
n.s("I interviewed Mei Lin for the fuel and emissions role, system design round.", "c")
n.s("We talked about the emissions reporting pipeline and the fuel model.", "c")
n.s("She absolutely nailed it.", "v+")
n.s("Incredible depth on system design, knows the cloud stack inside and out.", "v+", "system_thinking", hard="tech_vague")
n.s("Clearly someone who takes ownership.", "v+", "ownership")
n.s("Very personable too, she'd fit right in with the Singapore team.", "v+", hard="biased")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n051", candidate_id="w44-c27", interviewer_id="w44-i06", req_id="w44-r1",
         round="data", submitted_at="2024-12-03", recommendation="no_hire",
         specificity=1, style=["terse", "fragments", "abbreviations"], topic="AIS gaps")
n.b("data | 45m | AIS gaps + ETA features", "c", marker="")
n.b("started 10 min late, my fault", "c", marker="")
n.b("weak on data", "v-", "data_intuition")
n.b("no real grasp of the problem", "v-")
n.b("comms | poor", "v-", "communication")
n.b("metrics | confused", "v-", "metrics")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n052", candidate_id="w44-c28", interviewer_id="w44-i01", req_id="w44-r1",
         round="behavioural", submitted_at="2025-01-14", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british", "headings"], topic="operational users")
n.h("Behavioural round")
n.s("We met in person at the Rotterdam office; the candidate had travelled from Antwerp that morning.", "c")
n.s("I asked Ms Nwosu about her experience supporting operational users and about a difficult decision she had made.", "c", hard="interviewer_action")
n.s("She came across as thoughtful and well prepared.", "v+")
n.s("She spoke about working closely with vessel planners in her current role.", "v+", "user_impact")
n.s("When I asked for an example, she described changing a dashboard so that planners could see which ETAs rested on stale positions, after a planner had missed a berth slot.", "e+", "user_impact")
n.s("On the difficult decision, she said she had to choose between two projects and chose the one her manager preferred.", "e0", "judgment", hard="plain_evidence")
n.s("I felt she could have said more about her own reasoning there.", "v-", "judgment", hard="hedged")
n.s("She is, I must say, a very pleasant person to speak with.", "v+", hard="biased")
n.s("She asked good questions about the team at the end.", "v+")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n053", candidate_id="w44-c29", interviewer_id="w44-i02", req_id="w44-r2",
         round="fundamentals", submitted_at="2025-02-11", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "typos"], topic="fuel prediction")
n.s("It was the fundamentals round, I have covered the regression, the trees and the evaluation, all in the context of the fuel prediction.", "c")
n.s("Ravi knows the theory quite well, in my opinion.", "v+", "ml_fundamentals", hard="hedged")
n.s("He has explained the gradient boosting as fitting each new tree on the residuals of the previous ones, with the small learning rate.", "e+", "ml_fundamentals")
n.s("For the evaluation he was less sure.", "v-", "metrics", hard="hedged")
n.s("He did not ask anything about the data, it was me who had to bring the topic of the noon reports quality.", "e-", "data_intuition", hard="negated")
n.s("He has the big experience from the bank, but not with the ships.", "v0", hard="vague_quantity")
n.s("I am not sure he will like the work with the messy data from the vessels.", "v-", hard="hedged")
n.s("The candidate asked at the end about the team size and the on-call.", "e0", hard="question")
n.s("We finished five minutes early.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n054", candidate_id="w44-c30", interviewer_id="w44-i03", req_id="w44-r1",
         round="system_design", submitted_at="2025-03-04", recommendation="hire",
         specificity=2, style=["prose", "terse"], topic="ETA service")
n.s("System design: ETA service for customers.", "c")
n.s("Ran a bit short on time.", "c")
n.s("Seo-yeon did a good job.", "v+")
n.s("She asked who uses the ETAs early on.", "e+", "user_impact", hard="question")
n.s("Good on scaling and caching.", "v+", "system_thinking", hard="tech_vague")
n.s("Rollback not discussed.", "e-", "risk_awareness", hard="negated")
n.s("Would work well with the platform team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n055", candidate_id="w44-c31", interviewer_id="w44-i05", req_id="w44-r2",
         round="debugging", submitted_at="2025-04-08", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="double-counted fuel")
n.s("I ran the debugging exercise with Tariq: the emissions report that double counts fuel for ships that bunkered twice in one port call.", "c", hard="interviewer_action")
n.s("He was great, really methodical.", "v+", "coding")
n.s("He found the double count, though I did point him at the bunker table after about 20 minutes.", "e0", "coding", "learning", hard="mixed")
n.s("He was so gracious about the hint.", "v+", hard="biased")
n.s("Honestly I think he'd have got there without me.", "v+", hard="hedged")
n.s("We talked a bit about his last job at a port authority.", "c")
n.s("He knows a ton about bunkering.", "v+", hard="vague_quantity")
n.s("He'll be a great addition to the emissions team.", "v+")
n.s("Wrapped up a few minutes early.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n056", candidate_id="w44-c32", interviewer_id="w44-i04", req_id="w44-r1",
         round="data", submitted_at="2025-05-13", recommendation="lean_hire",
         specificity=3, style=["bullets", "headings", "third_person", "british"], topic="ETA error analysis")
n.h("Data round - ETA error analysis")
n.s("Exercise: given last quarter's published ETAs and actual arrivals, find where the ETA model performs worst and why.", "c")
n.nl()
n.h("Findings")
n.b("Split error by port and by hours before arrival, and found the largest errors 48-72 hours out for Chinese ports.", "e+", "metrics", marker="1. ")
n.b("Suggested congestion as the cause.", "e0", "data_intuition", marker="2. ")
n.b("Did not check whether AIS coverage in those waters was worse, which was the actual cause in this data.", "e-", "data_intuition", marker="3. ", hard="negated")
n.b("Good instincts generally.", "v+", "data_intuition", marker="4. ")
n.b("Analysis reasonable but slow.", "v0", marker="5. ", hard="mixed")
n.b("Asked whether late or early ETAs cost customers more, and weighted the analysis accordingly.", "e+", "user_impact", marker="6. ", hard="question")
n.b("Code readable.", "v+", "coding", marker="7. ")
n.b("Communication adequate.", "v0", "communication", marker="8. ")
n.h("Recommendation")
n.s("Lean hire; another data round would settle it.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n057", candidate_id="w44-c33", interviewer_id="w44-i06", req_id="w44-r2",
         round="system_design", submitted_at="2025-06-03", recommendation="lean_hire",
         specificity=3, style=["terse", "fragments", "abbreviations", "arrows"], topic="fuel anomaly alerts")
n.b("design | fuel anomaly alerts for fleet ops", "c", marker="")
n.b("40m, started late", "c", marker="")
n.b("asked who gets paged + at what hour | good", "e+", "judgment", hard="question")
n.b("rules first, ML later | said ops need to trust it before anything fancy", "e+", "judgment")
n.b("volumes | ~500 ships x 1 noon report/day -> batch is fine", "e+", "system_thinking")
n.b("alert fatigue | not considered until I raised it", "e-", "user_impact", hard="negated")
n.b("then capped alerts per ship per week", "e+", "learning")
n.b("past work | built + ran the bunker QA tool at prev job, on call 1y", "e+", "ownership")
n.b("design a bit thin overall", "v-", "system_thinking", hard="hedged")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n058", candidate_id="w44-c34", interviewer_id="w44-i01", req_id="w44-r2",
         round="data", submitted_at="2025-07-22", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british", "quotes"], topic="hull coating")
n.s("I asked Ms Haidari to analyse whether our new hull coating reduced fuel consumption on the six vessels that received it.", "c", hard="interviewer_action")
n.s("The dataset contained noon reports for the coated vessels and eight sister ships.", "c")
n.s("She first asked whether the coated vessels were chosen at random or because they were due for dry dock.", "e+", "metrics", hard="question")
n.s("She said that if they were due for dry dock their hulls would have been fouled beforehand, so a before-and-after comparison would flatter the coating.", "e+", "metrics")
n.s("I felt she has a good instinct for experimental design.", "v+", "metrics")
n.s("Her code was somewhat untidy and she lost about ten minutes to a plotting error.", "e-", "coding")
n.s("We ran out of time before the comparison against the sister ships.", "c")
n.s("When I asked what she would tell the technical director, she said the saving was 'likely real but not yet measured properly' and declined to quote a figure.", "e+", "communication", "judgment")
n.s("I think she would be a careful analyst.", "v+", hard="hedged")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n059", candidate_id="w44-c35", interviewer_id="w44-i02", req_id="w44-r1",
         round="debugging", submitted_at="2025-08-26", recommendation="lean_no_hire",
         specificity=3, style=["prose", "third_person", "typos"], topic="stale ETAs")
n.s("The debugging exercise was the ETA service that sends to the customers an ETA in the past for some vessels.", "c")
n.s("Chidi started by reading the whole code from the top, for almost 15 minutes, without running anything.", "e-", "coding", hard="plain_evidence")
n.s("After I suggested to look at one of the vessels with the wrong ETA, they found that the timestamp of the last position was in the local time and not the UTC.", "e0", "coding", "learning", hard="mixed")
n.s("They fixed it in the function, but they did not check if the same problem is in the other places of the code.", "e-", "coding", hard="mixed")
n.s("I asked them what we should do for the customers who already received the wrong ETAs.", "c", hard="question")
n.s("They said the customers will see the correct ETA at the next update, so nothing is necessary.", "e-", "user_impact")
n.s("They explained the fix to me clearly when I asked.", "v+", "communication")
n.s("In general they were calm and polite.", "v+", hard="biased")
n.s("I think the technical level is ok but not more.", "v0")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n060", candidate_id="w44-c36", interviewer_id="w44-i04", req_id="w44-r2",
         round="system_design", submitted_at="2025-10-28", recommendation="strong_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british"], topic="on-board advisory",
         ratings={"user_impact": "strong_hire", "metrics": "strong_hire", "risk_awareness": "hire"})
n.h("System design - speed advisory for captains")
n.s("Prompt: design a system that gives each vessel's bridge a daily recommended speed and trim to save fuel, given intermittent satellite connectivity.", "c")
n.s("Second half: what changes if captains can ignore the advice, and how would we know it works.", "c")
n.nl()
n.h("Findings")
n.b("Opened by asking what bandwidth ships have, how often they connect, and whether the bridge can run software locally.", "e+", "judgment", marker="1. ", hard="question")
n.b("Chose to compute recommendations ashore and send a small file of speed and trim per waypoint, under 10 KB a day, keeping the last file on board if the link drops.", "e+", "system_thinking", marker="2. ")
n.b("Proposed a simple on-board fallback table by draught and weather category for voyages where no update arrives for more than 48 hours.", "e+", "risk_awareness", marker="3. ")
n.b("Asked how captains decide speed today, and said advice that ignores the charterer's arrival window will be ignored, so the optimiser must treat the window as a hard constraint.", "e+", "user_impact", marker="4. ")
n.b("Proposed showing the captain the expected fuel and arrival time for the recommended speed and for their own choice, so they can compare rather than simply obey.", "e+", "user_impact", marker="5. ")
n.b("Noted that comparing followed and ignored voyages is biased because captains ignore advice in bad weather, and proposed randomising advice on a subset of legs instead.", "e+", "metrics", marker="6. ")
n.b("Named fuel per voyage, not per day, as the primary metric, with arrival-window misses as a guardrail.", "e+", "metrics", marker="7. ")
n.b("Planned a rollout to five vessels first, switching back to the old speed tables if arrival-window misses exceed 2%.", "e+", "risk_awareness", marker="8. ")
n.b("Missed that the fuel model drifts after each dry dock; when I raised it, added a retrain trigger on the dry-dock date and a residual check.", "e0", "learning", marker="9. ", hard="mixed")
n.b("Said she would call the masters of the pilot vessels weekly to hear why advice was ignored, and would sail on one voyage if allowed.", "e+", "ownership", marker="10. ")
n.b("Could not say what size of saving the pilot must show before scaling; said that was for finance to decide.", "e-", "judgment", marker="11. ")
n.b("Gave a two-minute summary at the end that a non-technical fleet manager could follow.", "e+", "communication", marker="12. ")
n.h("Recommendation")
n.s("Strong hire: nearly every part of the design came with a reason and a failure plan.", "v+")
notes.append(n)

save_notes("data/corpus/raw/w44_notes_part5.jsonl", notes)
