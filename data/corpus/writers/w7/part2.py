import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c04 Kwame Mensah (he), r1; technically strong, passive ownership seen by i02 and i06
n = Note(note_id="w7-n013", candidate_id="w7-c04", interviewer_id="w7-i01", req_id="w7-r1",
         round="fundamentals", submitted_at="2025-07-22", recommendation="hire",
         ratings={"ml_fundamentals": "strong_hire"}, specificity=3,
         style=["prose", "first_person", "british"], topic="survival models")
n.s("A fundamentals interview of roughly fifty minutes, the first half on survival models and the second on evaluation.", "c")
n.s("I began by asking Kwame why one might prefer a Cox model to a classifier for time to first hospitalisation.", "c", hard="interviewer_action")
n.s("He answered that a fixed-horizon classifier throws away members who are censored before the horizon, and illustrated this with a member who leaves the plan in month four.", "e+", "ml_fundamentals")
n.s("He then wrote out the partial likelihood from memory, though I suspect he would have struggled with the handling of ties had I pressed him.", "e+", "ml_fundamentals", hard="hedged")
n.s("It is perhaps fair to say that his theoretical foundations are unusually strong for an industry candidate.", "v+", "ml_fundamentals", hard="tech_vague")
n.blank()
n.s("On evaluation, he mentioned the concordance index but did not, as far as I could discern, know how it behaves under heavy censoring.", "e-", "metrics", hard="negated")
n.s("He seemed, if I may put it so, somewhat less engaged once the conversation turned to how case managers would use the model.", "v-", "user_impact", hard="hedged")
n.s("I would not wish to overstate this.", "c")
n.s("His answers were consistently well structured.", "v+", "communication")
n.s("A hire, I think, on the strength of the fundamentals alone.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n014", candidate_id="w7-c04", interviewer_id="w7-i02", req_id="w7-r1",
         round="behavioural", submitted_at="2025-07-23", recommendation="lean_no_hire",
         ratings={"ownership": "no_hire", "communication": "hire"}, specificity=5,
         style=["prose", "first_person", "american", "quotes"], topic="past projects")
n.h("Behavioural round")
n.s("I asked Kwame to walk me through a project that didn't go the way he hoped.", "c", hard="interviewer_action")
n.s("He described a readmission model at his last job that the discharge nurses never ended up using.", "e0", "ownership")
n.s("When I asked why, he said the nurses \"didn't trust it\" and that adoption was the product team's job.", "e-", "ownership")
n.s("I asked whether he had ever sat with the nurses or watched them use the list.", "c", hard="question")
n.s("He said no, he had only looked at the usage numbers.", "e-", "ownership", hard="plain_evidence")
n.s("He said he raised the low usage with his manager once, in a status update, and then moved on to the next project.", "e-", "ownership", hard="plain_evidence")
n.s("Asked what he'd do differently, he said he would \"document the model better\".", "e-", "learning")
n.s("He didn't mention talking to the nurses, changing what the list showed, or checking whether the scores made sense to them.", "e-", "user_impact", hard="negated")
n.blank()
n.s("In a second story, about a data feed that kept failing, he said he waited about three weeks for the platform team to fix it.", "e-", "ownership")
n.s("He did add a check to his own code so the model would stop instead of scoring on stale data.", "e+", "risk_awareness")
n.s("He was polite and easy to follow the whole time.", "v+", "communication")
n.blank()
n.s("My worry is that he waits for someone else to make his work matter.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n015", candidate_id="w7-c04", interviewer_id="w7-i06", req_id="w7-r1",
         round="data", submitted_at="2025-07-23", recommendation="lean_no_hire",
         ratings={"data_intuition": "strong_hire", "ownership": "no_hire"}, specificity=4,
         style=["prose", "first_person", "american", "quotes"], topic="label definition")
n.s("Data exercise: a notebook with a broken label for a COPD exacerbation model; I played the stakeholder.", "c")
n.s("Technically sharp: within ten minutes he found that the label counted any inhaler refill as an exacerbation.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("He proposed using ER visits and oral steroid fills instead, which is roughly what our clinical team ended up choosing.", "e+", "data_intuition")
n.s("I asked him who should sign off on a new label definition.", "c", hard="question")
n.s("He said \"whoever owns the model\", and when I asked who that was here, he said he didn't know and it wasn't his call.", "e-", "ownership")
n.s("He possibly would have taken it on with more context, I'm not sure.", "v0", "ownership", hard="hedged")
n.s("He didn't offer to write up the label change or warn the care managers that their lists would shift.", "e-", "ownership", hard="negated")
n.s("Good call on one thing: he insisted on rescoring the last quarter with both labels to see how many members would change tiers.", "e+", "risk_awareness", "judgment", hard="verdict_plus_evidence")
n.s("He estimated about 12% would move, which matched what we saw.", "e+", "data_intuition")
n.s("Not much of a driver.", "v-", "ownership")
n.s("Lean no hire; the technical part on its own would be a hire.", "v-", hard="mixed")
notes.append(n)

n = Note(note_id="w7-n016", candidate_id="w7-c04", interviewer_id="w7-i05", req_id="w7-r1",
         round="system_design", submitted_at="2025-07-24", recommendation="hire",
         ratings={}, specificity=2, style=["prose", "first_person", "american"], topic="care gaps")
n.s("System design with Kwame, we did the care-gap reminder model!", "c")
n.s("He drew the whole pipeline really quickly and it looked great!", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("Knows Spark and Airflow inside out.", "v+", "system_thinking", hard="tech_vague")
n.s("He talked about monitoring for a bit.", "e0", "risk_awareness")
n.s("Super smart!!", "v+")
n.s("Maybe a little quiet but that's fine!", "v0", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

# ---- c05 Sam Whitaker (they), r2; strong; i03 vague
n = Note(note_id="w7-n017", candidate_id="w7-c05", interviewer_id="w7-i03", req_id="w7-r2",
         round="behavioural", submitted_at="2025-09-02", recommendation="hire",
         ratings={}, specificity=1, style=["prose", "third_person"], topic="past projects")
n.s("Sam was a delight to speak with.", "v+", hard="biased")
n.s("Very personable, a great team player.", "v+", hard="biased")
n.s("Would bring a lot to the culture here.", "v+", hard="biased")
n.s("Good answers across the board.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n018", candidate_id="w7-c05", interviewer_id="w7-i07", req_id="w7-r2",
         round="system_design", submitted_at="2025-09-02", recommendation="strong_hire",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire"}, specificity=5,
         style=["bullets", "fragments", "lowercase", "abbreviations", "arrows"], topic="feature store")
n.h("sys design (50m): feature store for claims-based risk models")
n.b("prompt: point-in-time correct features for monthly batch scoring + an on-demand API for care managers", "c")
n.b("started w/ questions: how late do claims arrive (~90% within 60d); who calls the API; latency budget", "e+", "system_thinking", "data_intuition", hard="question")
n.b("drew offline store keyed (member_id, as_of_date); online store = latest snapshot only", "e+", "system_thinking")
n.b("explained why as_of_date matters: training on features computed today for a label from last year = leakage", "e+", "data_intuition")
n.b("sized it: ~5M members x ~400 features x 36 monthly snapshots; ~700GB parquet; fine for batch", "e+", "system_thinking")
n.b("API: 200ms p99 target; cache latest snapshot; no joins at request time", "e+", "system_thinking")
n.b("audit: every score stored w/ model version + feature snapshot id (so any past list can be rebuilt)", "e+", "risk_awareness")
n.b("rollback: keep last 2 model versions warm; flip a pointer; named who gets paged (on-call ML eng, not the DS)", "e+", "risk_awareness")
n.b("I pushed: what if the claims feed is 2 weeks late", "c", hard="interviewer_action")
n.b("-> proposed freezing scores + a banner in the care-manager UI saying data is stale, rather than scoring on partial data", "e+", "risk_awareness", "user_impact")
n.b("privacy: asked whether behavioural-health claims need separate access rules (they do; 42 CFR Part 2)", "e+", "user_impact", hard="question")
n.b("missed: no cost estimate for the online store", "e-", "system_thinking", hard="negated")
n.b("missed: backfill when a feature definition changes was hand-wavy (\"we'd recompute\")", "e-", "system_thinking")
n.b("at the end explained the design as if I were a PM, ~2 min, no jargon", "e+", "communication", hard="plain_evidence")
n.h("rec")
n.b("SH; best design round on this loop", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n019", candidate_id="w7-c05", interviewer_id="w7-i04", req_id="w7-r2",
         round="coding", submitted_at="2025-09-03", recommendation="hire",
         ratings={"coding": "hire"}, specificity=4, style=["bullets", "terse", "third_person"],
         topic="claims dedup")
n.h("Coding, 60 min")
n.s("Problem: deduplicate claim lines that arrive in several versions (original, adjusted, voided), keeping the latest valid version per claim.", "c")
n.b("Asked whether a void after an adjustment cancels the whole claim; correct assumption.", "e+", "data_intuition", hard="question", marker="1) ")
n.b("Single pass with a dict keyed on claim id; O(n) time, O(k) memory.", "e+", "coding", marker="2) ")
n.b("Handled out-of-order versions by comparing version numbers, not arrival order.", "e+", "coding", marker="3) ")
n.b("Missed two lines sharing a version number; found it only when I supplied that input.", "e-", "coding", marker="4) ")
n.b("Fixed it in under two minutes once shown.", "e+", "learning", marker="5) ")
n.b("Tests: wrote 3; none for voided claims.", "e0", "coding", hard="mixed", marker="6) ")
n.b("Talked through the code line by line without prompting.", "e+", "communication", marker="7) ")
n.h("Verdict")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Not flawless, but the misses were small.", "v0", "coding", hard="mixed")
notes.append(n)

n = Note(note_id="w7-n020", candidate_id="w7-c05", interviewer_id="w7-i06", req_id="w7-r2",
         round="debugging", submitted_at="2025-09-04", recommendation="hire",
         ratings={"coding": "hire", "data_intuition": "hire"}, specificity=4,
         style=["prose", "first_person", "american"], topic="leakage")
n.s("Debugging round: a training job whose validation loss drops to near zero after epoch 2.", "c")
n.s("I gave Sam the repo and the logs and let them drive.", "c", hard="interviewer_action")
n.s("Careful debugger: they printed row counts for train and validation before touching the model, and saw validation was a subset of train.", "e+", "coding", "data_intuition", hard="verdict_plus_evidence")
n.s("They traced it to a split done on claim id rather than member id, so the same patient landed on both sides.", "e+", "data_intuition")
n.s("They maybe spent too long reading config files first, though I'm not sure it cost much.", "e0", "coding", hard="hedged")
n.s("They didn't stop at fixing the split; they added an assertion that no member id appears in both sets.", "e+", "risk_awareness", hard="negated")
n.s("When I asked how they'd tell the DS who wrote the bug, they said they'd pair on the fix rather than file a ticket.", "e+", "communication", "ownership")
n.s("Quiet at first, but asked good questions.", "v0", "communication", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Mei Lin Chen (she), r1; contradiction on user_impact (i01 strong, i02 weak)
n = Note(note_id="w7-n021", candidate_id="w7-c06", interviewer_id="w7-i01", req_id="w7-r1",
         round="fundamentals", submitted_at="2025-10-14", recommendation="hire",
         ratings={"ml_fundamentals": "hire", "user_impact": "strong_hire"}, specificity=4,
         style=["prose", "first_person", "british"], topic="fairness")
n.s("Fundamentals; we spent the bulk of the hour on fairness in a model that prioritises diabetes outreach.", "c")
n.s("I asked Mei Lin how she would assess whether the model treated patient groups equitably.", "c", hard="interviewer_action")
n.s("She distinguished, quite crisply, between equal calibration across groups and equal false-negative rates, and pointed out that with differing base rates one generally cannot have both.", "e+", "ml_fundamentals", "user_impact")
n.s("She then proposed checking calibration within each ethnicity and deprivation band and, where the model under-predicted for a group, recalibrating within it.", "e+", "user_impact")
n.s("It is perhaps worth noting that she raised, unprompted, the concern that cost-based labels would under-count need in groups who use less care.", "e+", "user_impact", "data_intuition")
n.s("I suspect she may have mixed up equalised odds and equal opportunity when I asked directly, though she arrived at the right statement after a moment.", "e0", "ml_fundamentals", hard="hedged")
n.s("Her knowledge of the fairness literature is considerable.", "v+", "user_impact", hard="tech_vague")
n.s("She did not, however, say how she would explain any of this to the clinical sponsors.", "e-", "communication", hard="negated")
n.s("I would be content to see her hired.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n022", candidate_id="w7-c06", interviewer_id="w7-i02", req_id="w7-r1",
         round="data", submitted_at="2025-10-15", recommendation="lean_no_hire",
         ratings={"data_intuition": "hire", "user_impact": "no_hire"}, specificity=5,
         style=["prose", "first_person", "american", "quotes"], topic="outreach equity")
n.h("Data round")
n.s("I gave her the care-management outreach data: who was flagged, who got a call, and who was admitted later.", "c", hard="interviewer_action")
n.s("She split the flagged group by language and found non-English speakers were flagged at the same rate but reached by phone half as often.", "e+", "data_intuition", "user_impact")
n.s("That was good work.", "v+", "data_intuition")
n.s("I then asked what she would do about it, since those members were getting nothing out of being flagged.", "c", hard="question")
n.s("She said that was an operations problem and not something the model should address.", "e-", "user_impact")
n.s("When I pushed and said the model is only worth something if people can actually be reached, she said the model's job is to predict risk and \"the rest is out of scope\".", "e-", "user_impact", "learning")
n.s("She didn't suggest telling the outreach team, changing the list, or tracking results by language.", "e-", "user_impact", hard="negated")
n.blank()
n.s("She checked that the admission label only counted admissions after the flag date.", "e+", "data_intuition", hard="plain_evidence")
n.s("She also asked how many members had no language recorded; it was 18%.", "e+", "data_intuition", hard="question")
n.s("She said she'd treat missing as its own group rather than assume English.", "e+", "data_intuition")
n.s("She speaks clearly and is easy to follow.", "v+", "communication")
n.blank()
n.s("This is the round where I worry about her.", "v-")
n.s("Lean no hire, because of how she handled the outreach question.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n023", candidate_id="w7-c06", interviewer_id="w7-i05", req_id="w7-r1",
         round="behavioural", submitted_at="2025-10-15", recommendation="hire",
         ratings={}, specificity=2, style=["prose", "first_person", "american"], topic="leadership")
n.s("Behavioural interview with Mei Lin!", "c")
n.s("We talked about her time at a hospital network and the small team she led.", "c")
n.s("She said she grew the team from two people to five.", "e+", "ownership")
n.s("Amazing leader!", "v+", "ownership")
n.s("Really thoughtful about patients too!", "v+", "user_impact")
n.s("A 10/10 communicator honestly.", "v+", "communication", hard="vague_quantity")
n.s("Hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w7-n024", candidate_id="w7-c06", interviewer_id="w7-i07", req_id="w7-r1",
         round="system_design", submitted_at="2025-10-16", recommendation="lean_hire",
         ratings={"system_thinking": "lean_hire"}, specificity=3,
         style=["bullets", "fragments", "lowercase", "quotes"], topic="readmission scoring")
n.h("design: readmission risk scoring for discharge planners")
n.b("prompt: daily scores for inpatients; nurses see a list each morning", "c")
n.b("asked how the list is used (who sees it; what action follows)", "e+", "user_impact", hard="question")
n.b("chose nightly batch over real-time; said mornings are when the list is read", "e+", "system_thinking", "judgment")
n.b("proposed a weekly per-hospital calibration check (good)", "e+", "risk_awareness")
n.b("no plan for when the EHR feed is down; \"we'd just skip a day\"", "e-", "risk_awareness")
n.b("strong on modelling; weaker on plumbing", "v0", "system_thinking", hard="mixed")
n.b("knows a lot of MLOps tools", "v+", "system_thinking", hard="vague_quantity")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w7_notes_part2.jsonl", notes)
print(len(notes), "notes")
