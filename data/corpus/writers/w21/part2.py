import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c04 Sam Okafor (they), w21-r2 ----------------

n = Note(note_id="w21-n013", candidate_id="w21-c04", interviewer_id="w21-i02", req_id="w21-r2",
         round="data", submitted_at="2025-05-19", recommendation="lean_hire", specificity=5,
         style=["bullets", "headings", "third_person", "british"], topic="retention offers",
         ratings={"data_intuition": "lean_hire", "learning": "hire", "metrics": "lean_hire"})
n.h("Exercise")
n.b("Given last year's retention campaign log (offer sent / accepted / churned at 90d), decide who should get the 20% discount next quarter.", "c")
n.h("Findings")
n.b("Compared churn of offered vs not-offered customers directly and called the difference the effect of the offer (seen).", "e-", "metrics", "data_intuition", marker="1. ")
n.b("Recognised selection bias once asked how customers were picked for the offer last year (seen).", "e0", "data_intuition", "learning", marker="2. ")
n.b("After that hint, proposed a randomised holdout of 10% for next quarter and re-framed the goal as targeting customers whose churn drops with the offer, not those most likely to churn (seen).", "e+", "learning", "metrics", marker="3. ")
n.b("Checked for customers appearing twice after a SIM swap and deduplicated on account id (seen).", "e+", "data_intuition", marker="4. ")
n.b("Cost of the discount in margin terms (not seen).", "e-", "metrics", hard="negated", marker="5. ")
n.b("Whether the offer rule treats prepay customers differently (not seen).", "e-", "user_impact", hard="negated", marker="6. ")
n.h("Verdict")
n.b("Lean hire.", "v+", hard="bare_verdict")
n.b("Finding 3 is what moves this above the line.", "c")
notes.append(n)

n = Note(note_id="w21-n014", candidate_id="w21-c04", interviewer_id="w21-i04", req_id="w21-r2",
         round="system_design", submitted_at="2025-05-20", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="fairness of retention offers")
n.s("Sam, design round, retention offer engine.", "c")
n.s("I'm going to be a bit of a wet blanket on this one, sorry.", "c")
n.blank()
n.s("The architecture was grand, honestly better than I'd have done.", "v+", "system_thinking")
n.s("They had the nightly churn scores landing in a table, an offer rules service reading from it, and the call-centre screen pulling the offer live when a customer rings in.", "e+", "system_thinking")
n.s("They worked out the call-centre lookup needed to come back in under 200ms and put a cache in front of it.", "e+", "system_thinking")
n.blank()
n.s("Where it went wrong for me: I asked would the offers end up skewed, say older customers on landlines getting fewer discounts because they don't churn loudly.", "c", hard="question")
n.s("Sam said that was 'a pricing team decision, not a modelling one' and moved back to the cache.", "e-", "user_impact", "ownership")
n.s("I tried again with the example of a customer in a rural area with no competitor who'd never get an offer, and they said that was 'just the economics'.", "e-", "user_impact")
n.s("They never asked who would see or complain about the offers.", "e-", "user_impact", hard="negated")
n.blank()
n.s("Maybe I framed it badly, it wouldn't be the first time.", "c")
n.s("But for a churn and care role that's a real gap.", "v-", "user_impact")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n015", candidate_id="w21-c04", interviewer_id="w21-i05", req_id="w21-r2",
         round="coding", submitted_at="2025-05-20", recommendation="hire", specificity=3,
         style=["bullets", "lowercase", "abbreviations", "arrows", "fragments"], topic="call-centre speech analytics")
n.b("coding: transcripts from care calls -> flag calls w/ cancellation intent", "c")
n.b("wrote keyword matcher first, then said it'd miss 'i'm going to leave' style phrasing", "e+", "coding", "data_intuition")
n.b("handled empty transcript + None speaker turn w/o prompting", "e+", "coding")
n.b("regex had a bug on apostrophes (don't vs dont), found it themselves when running the example", "e+", "coding")
n.b("asked how good the ASR is on regional accents -> good q", "e+", "data_intuition", "user_impact")
n.b("complexity talk thin", "v-", "coding")
n.b("tests: 2, both happy path", "e-", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n016", candidate_id="w21-c04", interviewer_id="w21-i03", req_id="w21-r2",
         round="behavioural", submitted_at="2025-05-21", recommendation="lean_hire", specificity=2,
         style=["prose"], topic="stakeholder management")
n.s("Sam came across well overall.", "v+")
n.s("Good awareness of stakeholders and the business side of churn.", "v+", "user_impact", hard="tech_vague")
n.s("Mentioned a project where they built a dashboard for the care team.", "v0", "ownership")
n.s("Could maybe be a bit more senior in how they think about things.", "v-", hard="hedged")
n.s("Quiet at first but warmed up.", "v0", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c05 Mei Lin Zhou (she), w21-r1 ----------------

n = Note(note_id="w21-n017", candidate_id="w21-c05", interviewer_id="w21-i01", req_id="w21-r1",
         round="system_design", submitted_at="2025-06-02", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "terse", "british"], topic="maintenance scheduling",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire"})
n.s("Design: schedule preventive maintenance visits from fault risk scores.", "c")
n.s("Mei Lin was quick.", "v+")
n.s("Asked how many crews per region and how far they drive.", "e+", "judgment", hard="plain_evidence")
n.s("Good.", "v+")
n.s("Framed it as risk score times cost of outage, then a routing step per depot.", "e+", "system_thinking")
n.s("Knew that a mast site on a hill in winter is a half-day job, not an hour.", "e+", "judgment", hard="plain_evidence")
n.s("Most candidates don't.", "v+")
n.blank()
n.s("Then I asked what happens when the model is wrong and crews get sent to the wrong sites for a week.", "c", hard="question")
n.s("She said the model would be retrained.", "e-", "risk_awareness")
n.s("No fallback to the old schedule, no check on how many visits found nothing.", "e-", "risk_awareness", hard="negated")
n.s("Asked again, she said monitoring would catch it but couldn't say what it would watch.", "e-", "risk_awareness")
n.blank()
n.s("Strong on the design, weak on the what-if.", "v0", "system_thinking", "risk_awareness", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n018", candidate_id="w21-c05", interviewer_id="w21-i06", req_id="w21-r1",
         round="debugging", submitted_at="2025-06-03", recommendation="lean_no_hire", specificity=5,
         style=["prose", "third_person", "headings", "british"], topic="model rollback during incident",
         ratings={"risk_awareness": "no_hire", "coding": "hire", "communication": "lean_hire"})
n.h("Scenario")
n.s("The candidate was placed in a simulated major incident: a newly deployed alarm-correlation model was suppressing genuine power-failure alarms in the North-West region while a storm was under way.", "c")
n.s("She was given the deployment log, the model's suppression counts, and a Slack thread from the NOC.", "c")
n.blank()
n.h("Observations")
n.s("She located the cause within fifteen minutes: a new feature computed from a lookup table that had not been populated for the North-West sites, so those sites defaulted to 'low importance'.", "e+", "coding", "data_intuition")
n.s("Her first proposal was to patch the lookup table and redeploy, which she estimated at two hours.", "e-", "risk_awareness")
n.s("She did not propose rolling back to the previous model version, which the deployment log showed was available.", "e-", "risk_awareness", hard="negated")
n.s("When the interviewer asked what the NOC should do in the meantime, she suggested they 'keep an eye on the dashboard'.", "e-", "risk_awareness", "user_impact")
n.s("Only when asked directly about the previous version did she agree a rollback would be faster.", "e0", "learning")
n.s("Her written incident update, drafted at the interviewer's request, was concise and gave the affected region and an estimated time to fix.", "e+", "communication")
n.blank()
n.h("Assessment")
n.s("Technically capable; the absence of any instinct to restore the last known good state during a live incident is a concern, and echoes the maintenance-scheduling round.", "v0", "risk_awareness", "coding", hard="mixed")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n019", candidate_id="w21-c05", interviewer_id="w21-i03", req_id="w21-r1",
         round="fundamentals", submitted_at="2025-06-03", recommendation="hire", specificity=2,
         style=["prose"], topic="time-series fault models")
n.s("Solid fundamentals.", "v+", "ml_fundamentals")
n.s("Mei Lin knows her stuff on time series and gradient boosting.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She explained why you can't shuffle time-series data for cross validation.", "e+", "ml_fundamentals")
n.s("Very sharp, very quick.", "v+")
n.s("Would fit in well with the reliability team.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n020", candidate_id="w21-c05", interviewer_id="w21-i05", req_id="w21-r1",
         round="data", submitted_at="2025-06-04", recommendation="hire", specificity=3,
         style=["bullets", "lowercase", "abbreviations", "arrows"], topic="alarm storms")
n.b("data rnd: alarm storm sample, 1 night, 40k alarms", "c")
n.b("counted alarms per site -> 3 sites = 60% of volume, asked if they were flapping", "e+", "data_intuition")
n.b("yes flapping -> proposed collapse repeats w/in 10 min per site+alarm code", "e+", "data_intuition")
n.b("didnt ask if 10 min was right for every alarm type", "e-", "judgment", hard="negated")
n.b("pandas quick, groupby/resample no fumbling", "e+", "coding")
n.b("good data sense", "v+", "data_intuition")
n.b("did not think about what dedup does to downstream labels", "e-", "data_intuition")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c06 Diego Alvarez (he), w21-r2 ----------------

n = Note(note_id="w21-n021", candidate_id="w21-c06", interviewer_id="w21-i02", req_id="w21-r2",
         round="behavioural", submitted_at="2025-07-14", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings", "third_person", "british"], topic="churn model ownership",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.h("Questions")
n.b("A project that failed; a disagreement; a time you changed course.", "c")
n.h("Findings")
n.b("Described a churn model whose lift vanished after launch; said the cause was 'the CRM team changing the contact rules' (seen).", "e-", "ownership")
n.b("Asked what he did once he learned that, said he 'flagged it to his manager' and the project was shelved (seen).", "e-", "ownership")
n.b("Follow-up with the CRM team or proposal to re-test (not seen).", "e-", "ownership", hard="negated")
n.b("Explained the model's features to me in plain terms, e.g. 'number of times they called about the bill in the last two months' (seen).", "e+", "communication", hard="plain_evidence")
n.b("Disagreement story: conceded to a senior colleague on using monthly rather than weekly snapshots, and afterwards said he still thought weekly was better, with the reason that bill shocks happen mid-month (seen).", "e0", "judgment", "data_intuition")
n.b("Changed course after the A/B test showed no effect on margin and argued to drop the email channel (seen).", "e+", "metrics", "judgment")
n.h("Verdict")
n.b("Lean no hire: waits for others to act.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w21-n022", candidate_id="w21-c06", interviewer_id="w21-i01", req_id="w21-r2",
         round="data", submitted_at="2025-07-15", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "terse", "british"], topic="call-centre speech analytics")
n.s("Data round.", "c")
n.s("Gave him 300 call transcripts and the tags agents put on the calls.", "c", hard="interviewer_action")
n.s("He spotted the tags were mostly 'other'.", "e+", "data_intuition", hard="plain_evidence")
n.s("Good catch.", "v+", "data_intuition")
n.s("Said the transcripts were bad in places and that was 'the speech vendor's problem'.", "e-", "ownership")
n.s("Didn't try to measure how bad.", "e-", "data_intuition", hard="negated")
n.s("Reckon he knows his stats.", "v+", "ml_fundamentals", hard="hedged")
n.s("Not a self-starter.", "v-", "ownership")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n023", candidate_id="w21-c06", interviewer_id="w21-i04", req_id="w21-r2",
         round="fundamentals", submitted_at="2025-07-15", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="uplift modelling")
n.s("Grand, so, fundamentals with Diego.", "c")
n.s("I'll be upfront, he knew more about uplift modelling than I do, which isn't saying a huge amount.", "v+", "ml_fundamentals")
n.s("I asked him to explain why you'd model the effect of an offer rather than just the chance of churning.", "c")
n.s("He used the example of a customer who'd stay anyway and one who'd leave no matter what, and said neither should get the discount.", "e+", "ml_fundamentals", "communication", hard="plain_evidence")
n.s("Then he described the two-model approach and said its weakness is that the errors of both models pile up in the difference.", "e+", "ml_fundamentals")
n.s("He got muddled on the Qini curve and admitted he'd have to look it up, which I respected.", "e0", "ml_fundamentals", hard="mixed")
n.s("Lovely clear explainer.", "v+", "communication")
n.s("Hire from me, but sure I'm easy pleased.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w21-n024", candidate_id="w21-c06", interviewer_id="w21-i06", req_id="w21-r2",
         round="system_design", submitted_at="2025-07-16", recommendation="lean_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="churn scoring pipeline")
n.s("The candidate was asked to design the end-to-end pipeline from weekly churn scoring to offers presented in the app and by the care team.", "c")
n.s("He proposed a weekly batch score, an eligibility filter maintained by marketing, and a nightly export to the CRM.", "e+", "system_thinking")
n.s("He asked how quickly a customer who rings to cancel needs to see an offer, and on hearing 'during the call' added a real-time lookup.", "e+", "system_thinking", "user_impact")
n.s("He proposed that the eligibility rules be owned by marketing, and when asked who would notice if the scores stopped updating, answered that 'the data platform team has alerts'.", "e-", "ownership", "risk_awareness")
n.s("He did not propose any monitoring of his own on score distributions or offer volumes.", "e-", "risk_awareness", hard="negated")
n.s("He identified that customers contacted in the previous month should be excluded to avoid offer fatigue.", "e+", "user_impact")
n.s("The design was competent; the candidate's own role in running it remained unclear.", "v0", "system_thinking", "ownership", hard="mixed")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w21_notes_part2.jsonl", notes)
