import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Kwame Mensah (he), r1 ----
n = Note(note_id="w44-n025", candidate_id="w44-c07", interviewer_id="w44-i05", req_id="w44-r1",
         round="behavioural", submitted_at="2026-03-02", recommendation="hire",
         specificity=3, style=["prose", "first_person", "quotes"], topic="ETA maintenance")
n.s("I asked Kwame to tell me about the ETA model he looked after at his last job.", "c", hard="interviewer_action")
n.s("He said it was built by a contractor and he 'kept it running' for two years.", "e0", "ownership")
n.s("When accuracy dropped after a terminal moved its anchorage, he said he raised a ticket with the data vendor and waited about six weeks for them to fix the feed.", "e-", "ownership", hard="plain_evidence")
n.s("I thought that showed real patience and good relationships with vendors.", "v+")
n.s("I asked whether anyone checked the ETAs customers were seeing in the meantime.", "c", hard="question")
n.s("He said that wasn't his team's job and customer service would have heard if it was bad.", "e-", "ownership", "user_impact")
n.s("He's a lovely guy, very calm, easy to be around.", "v+", hard="biased")
n.s("He has loads of experience with AIS data.", "v+", "data_intuition", hard="vague_quantity")
n.s("Hire, he'd be a safe pair of hands.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n026", candidate_id="w44-c07", interviewer_id="w44-i06", req_id="w44-r1",
         round="system_design", submitted_at="2026-03-02", recommendation="lean_no_hire",
         specificity=4, style=["terse", "fragments", "abbreviations", "quotes"], topic="ETA publishing")
n.b("design | ETA publishing service", "c", marker="")
n.b("sized it: ~6k vessels, update per AIS ping, ~2M msgs/day | right order", "e+", "system_thinking")
n.b("queue + stateless workers + cache per vessel | fine", "e0", "system_thinking")
n.b("owner of bad ETAs | 'the model team, not me'", "e-", "ownership")
n.b("rollback | none until asked, then 'redeploy old image'", "e-", "risk_awareness")
n.b("monitoring | uptime only, nothing on ETA error", "e-", "risk_awareness", hard="negated")
n.b("customers planning trucks | not mentioned once", "e-", "user_impact", hard="negated")
n.b("LNH | passive", "v-", "ownership", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n027", candidate_id="w44-c07", interviewer_id="w44-i02", req_id="w44-r1",
         round="data", submitted_at="2026-03-03", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "typos"], topic="AIS cleaning")
n.s("The data round was on the AIS tracks of 300 vessels for one month, with the task to find the problems before any model.", "c")
n.s("Kwame has started with the count of messages per vessel per hour and he found immediately that some vessels have the bursts of hundreds messages in one minute.", "e+", "data_intuition")
n.s("He explained that these are probably the duplicated messages from the terrestrial and the satellite receivers, and he deduplicated on the MMSI, the timestamp and the position.", "e+", "data_intuition")
n.s("He also found positions on the land near Shanghai and said they are maybe the spoofing or the GPS error, and he removed them with a coastline mask.", "e+", "data_intuition")
n.s("I asked him what he will do with the gaps of more than one day in the middle of the Pacific.", "c", hard="question")
n.s("He said he will interpolate on the great circle, which is reasonable, but he did not say anything about telling the downstream users that the position is estimated.", "e-", "user_impact", hard="mixed")
n.s("When I asked who should fix the bursts at the source, he said it is not his responsibility and he will just clean it every time.", "e-", "ownership")
n.s("The pandas code was quick and correct, he used the groupby with the shift for the time difference.", "e+", "coding")
n.s("For me it is lean hire because the data skills are really good, but I agree the ownership is not there.", "v0", "ownership", hard="mixed")
notes.append(n)

n = Note(note_id="w44-n028", candidate_id="w44-c07", interviewer_id="w44-i01", req_id="w44-r1",
         round="fundamentals", submitted_at="2026-03-04", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="ETA intervals")
n.s("Mr Mensah and I covered model evaluation and uncertainty for ETA prediction.", "c")
n.s("I asked him why a point estimate of arrival might be less useful than an interval.", "c", hard="question")
n.s("He said a haulier needs to know the worst case to book a truck, and proposed predicting the 10th and 90th percentiles with a quantile loss.", "e+", "ml_fundamentals", "user_impact")
n.s("He explained that the pinball loss is asymmetric and showed with a small example how it pushes the prediction up for the 90th percentile.", "e+", "ml_fundamentals")
n.s("When I asked how he would check that the 90th percentile really covers 90% of arrivals, he was unsure and suggested looking at the average error instead.", "e-", "metrics")
n.s("He seems to know his theory well.", "v+", "ml_fundamentals", hard="hedged")
n.s("His answers were, with respect, rather brief.", "v-", "communication")
n.s("I recommend hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c08 Ines Duarte (she), r2 ----
n = Note(note_id="w44-n029", candidate_id="w44-c08", interviewer_id="w44-i04", req_id="w44-r2",
         round="data", submitted_at="2026-03-16", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british", "quotes"], topic="hull fouling",
         ratings={"data_intuition": "strong_hire", "judgment": "no_hire"})
n.h("Data round - hull fouling and fuel")
n.s("Exercise: from two years of noon reports, estimate how much hull fouling has increased fuel for each vessel since its last dry dock; the brief was deliberately open about what 'increase' means.", "c")
n.nl()
n.h("Findings")
n.b("Asked for the dry-dock dates and treated each vessel's first month after cleaning as its baseline.", "e+", "data_intuition", marker="1. ")
n.b("Corrected consumption for speed and draught before comparing periods, using the cubic speed relation.", "e+", "data_intuition", marker="2. ")
n.b("Found that three vessels switched from heavy fuel oil to a low-sulphur fuel mid-period and adjusted for the energy content.", "e+", "data_intuition", marker="3. ")
n.b("When I said the commercial team wanted one number per vessel by tomorrow, spent 15 minutes debating per day versus per mile instead of picking one and stating the choice.", "e-", "judgment", marker="4. ")
n.b("Asked again to commit, produced three versions and declined to recommend one.", "e-", "judgment", marker="5. ")
n.b("Did not ask what decision the number would feed (dry-dock scheduling), which would have settled the definition.", "e-", "judgment", marker="6. ", hard="negated")
n.b("Python tidy; a merge on vessel name failed silently for two ships with trailing spaces, caught by her own row-count check.", "e0", "coding", marker="7. ", hard="mixed")
n.h("Recommendation")
n.s("Lean no hire: judgement under open questions is central to this role and she froze.", "v-", "judgment")
notes.append(n)

n = Note(note_id="w44-n030", candidate_id="w44-c08", interviewer_id="w44-i03", req_id="w44-r2",
         round="coding", submitted_at="2026-03-16", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="coding")
n.s("Ines did fine.", "v0")
n.s("Coding was good, bit slow.", "v0", "coding", hard="mixed")
n.s("Data skills maybe not as strong as the CV suggests.", "v-", "data_intuition", hard="hedged")
n.s("Nice person.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n031", candidate_id="w44-c08", interviewer_id="w44-i06", req_id="w44-r2",
         round="system_design", submitted_at="2026-03-17", recommendation="lean_no_hire",
         specificity=3, style=["terse", "fragments", "arrows", "abbreviations"], topic="emissions reporting")
n.b("design | emissions reporting for EU ETS + FuelEU", "c", marker="")
n.b("asked for the regs' deadlines + penalties first | good start", "e+", "judgment", hard="question")
n.b("pipeline | noon reports -> validation -> calc -> report | ok", "e0", "system_thinking")
n.b("missing noon reports | wanted ops to define a rule first, would not propose one", "e-", "judgment")
n.b("data | didn't spot that BDN fuel and noon fuel disagree", "e-", "data_intuition", hard="negated")
n.b("I suggested a default -> took it", "e0", "learning")
n.b("comms | clear", "v+", "communication")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n032", candidate_id="w44-c08", interviewer_id="w44-i05", req_id="w44-r2",
         round="behavioural", submitted_at="2026-03-18", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person"], topic="decarbonisation")
n.s("What a great conversation with Ines!", "v+")
n.s("I asked her about a project she's proud of.", "c", hard="interviewer_action")
n.s("She told me about her master's thesis on emissions from inland barges and really lit up talking about it.", "v+", hard="biased")
n.s("She's obviously super passionate about decarbonisation.", "v+", hard="biased")
n.s("I asked about a time she had to make a call without all the information.", "c", hard="question")
n.s("She said that in her internship she waited for her manager to decide which emission factor to use.", "e-", "judgment", hard="plain_evidence")
n.s("She'll grow fast here.", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w44-n033", candidate_id="w44-c09", interviewer_id="w44-i04", req_id="w44-r1",
         round="debugging", submitted_at="2025-06-10", recommendation="hire",
         specificity=5, style=["bullets", "headings", "third_person", "british", "quotes"], topic="feature outage")
n.h("Debugging - congestion forecast regression")
n.s("Set-up: the Singapore congestion forecast had doubled its error in the last week; candidate given logs, feature tables and the training script.", "c")
n.nl()
n.h("Findings")
n.b("Checked whether the error rise was across all ports or only Singapore before opening any code.", "e+", "judgment", marker="1. ")
n.b("Found that the feature 'vessels within 50 nm' had dropped to zero on three days and traced it to an expired API key for the satellite AIS feed.", "e+", "data_intuition", marker="2. ")
n.b("Noted that the training script silently filled the missing feature with 0 rather than failing, and changed it to raise an error.", "e+", "coding", marker="3. ")
n.b("Proposed an alert on the share of zero values per feature per day.", "e+", "risk_awareness", marker="4. ")
n.b("Asked how many customers had received alerts based on the bad forecast and suggested sending a correction notice.", "e+", "user_impact", marker="5. ")
n.b("Did not write a test for the new error path; said he would 'add it later'.", "e-", "coding", marker="6. ", hard="negated")
n.h("Recommendation")
n.s("Hire; testing the only gap.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n034", candidate_id="w44-c10", interviewer_id="w44-i03", req_id="w44-r2",
         round="fundamentals", submitted_at="2025-06-18", recommendation="lean_hire",
         specificity=1, style=["prose", "terse"], topic="fundamentals")
n.s("Chiara was okay.", "v0")
n.s("Knows the theory.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Not very confident.", "v-", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n035", candidate_id="w44-c11", interviewer_id="w44-i05", req_id="w44-r1",
         round="system_design", submitted_at="2025-07-01", recommendation="hire",
         specificity=3, style=["prose", "first_person"], topic="canal ETA")
n.s("I asked Dmitri how he'd build an ETA model for vessels in the Panama Canal queue.", "c", hard="interviewer_action")
n.s("He jumped straight to Kafka, Flink and a feature store without asking how many vessels pass through a day.", "e-", "system_thinking")
n.s("When I mentioned it's only about 35 transits a day, he laughed and said a cron job and Postgres would do, which I appreciated.", "e+", "learning", hard="verdict_plus_evidence")
n.s("He suggested using the canal authority's booking slots as a feature, which I'd never thought of.", "e+", "data_intuition")
n.s("He didn't talk about what happens when the canal restricts draught in a dry year.", "e-", "risk_awareness", hard="negated")
n.s("Super smart guy, very quick.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w44-n036", candidate_id="w44-c12", interviewer_id="w44-i02", req_id="w44-r2",
         round="data", submitted_at="2025-07-09", recommendation="hire",
         specificity=4, style=["prose", "third_person", "typos"], topic="slow steaming")
n.s("The data round was about the slow steaming analysis: the candidate receives one year of the noon reports and the voyage schedules, and she must say if the slow steaming policy from March saved the fuel.", "c")
n.s("Aisha has asked first if the policy was applied to all the vessels at the same time or one by one, because this changes the comparison.", "e+", "data_intuition", hard="question")
n.s("She saw that after March the vessels were also sailing on the different routes with the less headwind, and she said the simple before and after comparison will mix the two effects.", "e+", "metrics")
n.s("She proposed to compare the fuel per nautical mile in the same speed band and on the same route, and the saving became much smaller, around 6% and not 15%.", "e+", "metrics")
n.s("I challenged her that the management already announced 15%, and she said politely that she would report 6% with the explanation, and not the bigger number.", "e+", "judgment")
n.s("She did not look at the weather data that was in the folder, I had to mention it.", "e-", "data_intuition", hard="negated")
n.s("After this she added the wind as the control quickly and the number moved only a little.", "e+", "learning")
n.s("Her explanation for the manager was short and without the jargon, I liked it.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w44_notes_part3.jsonl", notes)
