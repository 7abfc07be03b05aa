import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w24-n041", candidate_id="w24-c17", interviewer_id="w24-i04", req_id="w24-r1",
         round="system_design", submitted_at="2025-08-19", recommendation="hire",
         specificity=4, style=["prose", "third_person", "british"], topic="real-time sanctions screening",
         ratings={"system_thinking": "hire", "risk_awareness": "lean_hire"})
n.s("Oskar Nyberg, system design, 60 min.", "c")
n.s("The task was sanctions screening for outgoing payments, must answer in under 200 ms because the payment waits.", "c")
n.s("He asked first how big is the list and how often it changes, and I said around 15 000 names, updated daily, sometimes in the middle of the day.", "e+", "system_thinking", hard="question")
n.s("He designed an index of name tokens in memory on each screening node, so the fuzzy match compares with maybe 50 candidates and not all 15 000.", "e+", "system_thinking")
n.s("For the list update he wanted to build the new index beside the old one and switch when it is ready, so no payment is screened against half a list.", "e+", "risk_awareness")
n.s("Good design, simple.", "v+", "system_thinking")
n.blank()
n.s("I asked what happens if the screening service is down.", "c", hard="question")
n.s("His answer: payments must wait, not go through unscreened, and he estimated how many payments per minute pile up at peak, around 1 800.", "e+", "risk_awareness")
n.s("He did not think about who looks at the payments that wait, and how fast the customer gets the money.", "e-", "user_impact", hard="negated")
n.s("Also nothing about logging which list version screened which payment, this is needed for the audit.", "e-", "risk_awareness", hard="negated")
n.s("He draws clear boxes and explains each step before going on.", "v+", "communication")
n.blank()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n042", candidate_id="w24-c18", interviewer_id="w24-i06", req_id="w24-r2",
         round="coding", submitted_at="2025-08-20", recommendation="lean_no_hire",
         specificity=4, style=["terse", "abbreviations", "bullets", "arrows", "quotes"], topic="bootstrap",
         ratings={"coding": "no_hire"})
n.s("Hussain; coding; 45m", "c")
n.nl()
n.s("task: bootstrap CI for recall from list of (score, label); n_pos=14", "c")
n.b("no clarifying qs; started typing immediately", "e-", "judgment", hard="negated")
n.b("resampled positives only, not the whole set; CI came out far too narrow", "e-", "ml_fundamentals")
n.b("hint: resample rows, not positives -> fixed in ~3 min, reran, CI 0.50-0.93", "e+", "learning", "coding")
n.b("no tests; printed results and eyeballed them", "e-", "coding", hard="negated")
n.b("10k resamples in a pure python loop, 40s; didn't vectorise when I asked about speed", "e-", "coding")
n.b("explained the result well: 'with 14 positives we can't tell 0.7 from 0.85'", "e+", "communication", hard="verdict_plus_evidence")
n.nl()
n.s("LNH; coding below bar", "v-", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n043", candidate_id="w24-c19", interviewer_id="w24-i03", req_id="w24-r1",
         round="system_design", submitted_at="2025-08-26", recommendation="lean_hire",
         specificity=1, style=["prose", "fragments"], topic="alert scoring")
n.s("Sys design round with Mateo.", "c")
n.s("Pretty good overall, talked through a sensible architecture for alert scoring.", "v+", "system_thinking", hard="tech_vague")
n.s("Knows Kafka, Spark, feature stores, the whole stack.", "v+", "system_thinking", hard="tech_vague")
n.s("Scalability seemed fine.", "v+", "system_thinking", hard="hedged")
n.s("A few gaps on monitoring maybe.", "v-", "risk_awareness", hard="hedged")
n.s("Communication ok.", "v0", "communication")
n.s("Would be good to get another opinion on the risk side.", "c")
n.s("Leaning hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n044", candidate_id="w24-c20", interviewer_id="w24-i05", req_id="w24-r1",
         round="debugging", submitted_at="2025-09-02", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="broken scoring job",
         ratings={"coding": "hire", "risk_awareness": "strong_hire"})
n.s("Debugging round with Aino, 60 minutes, shared notebook.", "c")
n.s("I gave her our broken nightly scoring job: alert counts had halved overnight and nobody had touched the model.", "c", hard="interviewer_action")
n.s("She started by comparing the row counts of the input tables for the two nights, which is exactly where I'd start too.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Within ten minutes she found that the transactions table for that night held only card payments, because the upstream extract had failed for account transfers.", "e+", "data_intuition")
n.s("She then asked whether the job had any check on input volume, and when I said no, she wrote one: fail the run if any payment type is more than 30% below its four-week average.", "e+", "risk_awareness", "coding")
n.s("Lovely.", "v+")
n.blank()
n.s("Second bug: a feature computed with a join that duplicated customers with two addresses.", "c")
n.s("She took a bit longer here and first blamed the model version, but when I nudged her towards the join she found the duplicate keys.", "e0", "coding", "learning", hard="mixed")
n.s("She fixed it with a dedup on customer id keeping the latest address, and wrote a test with a customer who has two addresses.", "e+", "coding")
n.s("She said she would also have told the investigation lead that same morning that volumes were low, so nobody took the quiet day at face value.", "e+", "ownership")
n.blank()
n.s("Great to work with.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n045", candidate_id="w24-c21", interviewer_id="w24-i02", req_id="w24-r2",
         round="data", submitted_at="2025-09-09", recommendation="lean_hire",
         specificity=4, style=["bullets", "headings", "third_person", "british", "quotes"], topic="override rate",
         ratings={"data_intuition": "hire", "risk_awareness": "lean_no_hire"})
n.s("Candidate: Bjørn A | Req w24-r2 | Round: data | 45 min", "c")
n.nl()
n.s("Exercise: investigate why the override rate of a sanctions-screening model rose from 4% to 11% after a vendor list update.", "c")
n.nl()
n.h("Findings")
n.b("[Info] Split overrides by list and by match reason within ten minutes; showed the rise sat almost entirely in one list where the vendor had begun including aliases.", "e+", "data_intuition", marker="1. ")
n.b("[Info] Proposed a re-test on alias hits only, 200 cases reviewed independently by two investigators, to estimate the true-match rate with an interval.", "e+", "metrics", marker="2. ")
n.b("[Medium] Did not consider that investigators under the extra volume may have become quicker and less careful, which would also move the override rate.", "e-", "data_intuition", hard="negated", marker="3. ")
n.b("[Low] SQL correct but written as a single 90-line query I could not follow without his commentary.", "e-", "coding", hard="mixed", marker="4. ")
n.b("[Medium] His recommendation to 'monitor going forward' had no threshold, owner or date.", "e-", "risk_awareness", marker="5. ")
n.nl()
n.s("Outcome: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n046", candidate_id="w24-c22", interviewer_id="w24-i01", req_id="w24-r1",
         round="behavioural", submitted_at="2025-09-16", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="explaining errors")
n.s("Behavioural round, 16 September 2025, Oslo office.", "c")
n.s("I asked the candidate to explain to me why a system that finds suspicious payments should be expected to make mistakes at all.", "c", hard="interviewer_action")
n.s("She compared it to a smoke alarm that must sometimes go off for burnt toast if it is to catch every fire, and said that the bank decides how much burnt toast it will accept.", "e+", "communication", hard="plain_evidence")
n.s("I asked how she would explain a wrongly frozen account to the customer concerned.", "c", hard="question")
n.s("She said she would not explain the system at all, but would make sure the customer was told what had happened, how long it would take and whom to call.", "e+", "user_impact", hard="plain_evidence")
n.s("She appears to me very well suited to working alongside compliance staff.", "v+")
n.s("She is young for the role, but I do not see that as a concern.", "v0", hard="biased")
n.s("I would support an offer.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n047", candidate_id="w24-c23", interviewer_id="w24-i04", req_id="w24-r2",
         round="behavioural", submitted_at="2025-09-23", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "quotes", "british"], topic="delayed project")
n.s("Henrik Møller, behavioural, 40 min.", "c")
n.s("I asked him about a project that went wrong.", "c", hard="question")
n.s("He told about a churn model where the data team delivered late, and the launch was moved three months.", "e0", "ownership")
n.s("What he did himself in this time I could not hear from his story, he said 'we waited for the data'.", "e-", "ownership")
n.s("When I asked what he would do different today, he said he would not take projects with another team's data.", "e-", "learning")
n.s("He was friendly.", "v+", hard="biased")
n.s("Little initiative, I think.", "v-", "ownership", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n048", candidate_id="w24-c24", interviewer_id="w24-i06", req_id="w24-r1",
         round="fundamentals", submitted_at="2025-09-30", recommendation="hire",
         specificity=3, style=["terse", "abbreviations", "bullets", "arrows"], topic="imbalance and drift")
n.s("Fernández; fundamentals; 45m", "c")
n.b("imbalance: class weights vs downsampling, knew the tradeoffs", "v+", "ml_fundamentals", hard="tech_vague")
n.b("calibration after downsampling: wrote the correction p/(p + (1-p)/w) on the board unprompted", "e+", "ml_fundamentals")
n.b("drift q (new payment product): said retrain monthly, nothing on detection or segment checks", "e-", "risk_awareness")
n.b("asked how she'd spot it before labels arrive -> PSI on inputs + score distribution per product; good", "e+", "learning")
n.b("explains crisply", "v+", "communication")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n049", candidate_id="w24-c25", interviewer_id="w24-i05", req_id="w24-r1",
         round="system_design", submitted_at="2025-10-07", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person"], topic="monitoring platform")
n.s("System design with Ravi, 60 minutes.", "c")
n.s("Wow.", "v+")
n.s("He designed a full transaction monitoring platform end to end and it was genuinely impressive.", "v+", "system_thinking", hard="tech_vague")
n.s("He's built this sort of thing at scale before, hundreds of millions of transactions.", "v+", "system_thinking", hard="vague_quantity")
n.s("He did sketch a neat split between real-time rules and batch models.", "e+", "system_thinking")
n.s("We ran out of time before monitoring.", "c")
n.s("Super confident, a natural leader.", "v+", hard="biased")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n050", candidate_id="w24-c26", interviewer_id="w24-i02", req_id="w24-r2",
         round="fundamentals", submitted_at="2025-10-14", recommendation="hire",
         specificity=4, style=["bullets", "headings", "third_person", "british", "quotes"], topic="explainability for regulators",
         ratings={"ml_fundamentals": "hire", "communication": "strong_hire"})
n.s("Candidate: Chloé M | Req w24-r2 | Round: fundamentals (explainability) | 45 min", "c")
n.nl()
n.s("Exercise: the regulator asks why customer X was alerted; the model is a gradient-boosted tree ensemble.", "c")
n.nl()
n.h("Findings")
n.b("[Info] Proposed SHAP values per alert and said they explain the model, not the customer's behaviour, so must never be presented as reasons for suspicion.", "e+", "ml_fundamentals", marker="1. ")
n.b("[Info] Suggested translating the top three contributions into investigator language ('unusual number of cash deposits in 30 days') and wrote two such sentences on the spot.", "e+", "communication", marker="2. ")
n.b("[Low] Named interventional and observational SHAP but could not say which one our correlated features would need.", "e-", "ml_fundamentals", marker="3. ")
n.b("[Medium] No plan for storing explanations at alert time; once asked, agreed they must be reproducible in an audit two years later and proposed versioning the model and the background dataset.", "e0", "risk_awareness", hard="mixed", marker="4. ")
n.b("[Info] Asked whether the customer can see the explanation, which under GDPR may be relevant.", "e+", "user_impact", hard="question", marker="5. ")
n.nl()
n.s("Outcome: hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w24_notes_part5.jsonl", notes)
