import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Mikael Lindqvist (he), r1 ----
n = Note(note_id="w24-n031", candidate_id="w24-c07", interviewer_id="w24-i06", req_id="w24-r1",
         round="system_design", submitted_at="2025-07-07", recommendation="no_hire",
         specificity=4, style=["terse", "abbreviations", "bullets", "arrows", "quotes", "lowercase"], topic="threshold tuning",
         ratings={"judgment": "no_hire", "system_thinking": "lean_no_hire"})
n.s("Lindqvist; sys design; 60m", "c")
n.nl()
n.s("q: threshold tuning for TM model; investigators can take 250 alerts/day, model gives 900", "c", hard="question")
n.b("didn't ask how alerts are prioritised today; went straight to 'retrain w/ more features'", "e-", "judgment", hard="negated")
n.b("told retrain not on the table -> proposed moving the threshold the wrong way (more alerts)", "e-", "metrics")
n.b("caught it himself ~2 min later; ok", "e0", "metrics", hard="mixed")
n.b("I suggested rank + cap at 250 -> 'capping means we knowingly miss launderers, regulator won't accept'", "e0", "judgment")
n.b("asked what he'd do instead; no alternative, repeated the same point twice", "e-", "learning", "judgment")
n.b("no sizing, nothing on where scores live or how the queue is fed", "e-", "system_thinking", hard="negated")
n.b("rollback: none", "e-", "risk_awareness", hard="negated")
n.b("sql part fine; window fn for daily rank correct", "e+", "coding")
n.b("talks over the q before it's finished", "v-", "communication")
n.nl()
n.s("NH; judgement under constraint is the whole job here", "v-", "judgment", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n032", candidate_id="w24-c07", interviewer_id="w24-i05", req_id="w24-r1",
         round="fundamentals", submitted_at="2025-07-07", recommendation="lean_hire",
         specificity=4, style=["prose", "first_person", "quotes", "british"], topic="thresholds and calibration")
n.s("Fundamentals round with Mikael this morning, 45 minutes.", "c")
n.s("We began with a warm-up on the bias–variance trade-off and he drew the U-shaped test-error curve and explained which side more trees would push him towards.", "e+", "ml_fundamentals")
n.s("Then I moved to the AML setting and asked how he would pick a decision threshold when positives are one in several thousand.", "c", hard="question")
n.s("He said he'd maximise F1, and when I pointed out that the investigators' capacity is fixed, he argued that capacity is 'a staffing problem, not an ML problem'.", "e-", "learning", "metrics")
n.s("I loved his conviction — he really stands behind his views.", "v+", hard="biased")
n.blank()
n.s("Next we did calibration, and he explained Platt scaling as fitting a logistic regression on held-out scores, and said why it must not be fitted on the training scores.", "e+", "ml_fundamentals")
n.s("Towards the end he asked a great question: whether the investigators' decisions are ever audited, since otherwise the labels just reflect whoever happened to review the case.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Clever guy with a big future.", "v+")
n.s("Lean hire — I'd be happy to see him again.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n033", candidate_id="w24-c07", interviewer_id="w24-i02", req_id="w24-r1",
         round="data", submitted_at="2025-07-08", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british", "quotes"], topic="label definition",
         ratings={"judgment": "no_hire", "data_intuition": "lean_no_hire", "communication": "lean_no_hire"})
n.s("Candidate: Mikael L | Req w24-r1 | Round: data | 50 min", "c")
n.nl()
n.s("Exercise: alert-level data from one scenario (n=18,400) with investigator outcomes, and a request to propose a training set for a new model.", "c")
n.nl()
n.h("Findings")
n.b("[High] The brief was deliberately ambiguous (no label definition given); he did not ask for one and chose 'SAR filed' as the label unilaterally.", "e-", "judgment", hard="negated", marker="1. ")
n.b("[High] When I challenged the choice, he said any other label 'would be noise' and declined to discuss alternatives.", "e-", "learning", marker="2. ")
n.b("[Medium] Random train/test split across 2021-2024 although the data contain a known change in scenario logic in 2023.", "e-", "data_intuition", marker="3. ")
n.b("[Info] Identified 212 duplicate alert rows from a re-run of the batch on 2023-09-14 and removed them with a justified key.", "e+", "data_intuition", marker="4. ")
n.b("[Low] Pandas code readable; no assertions or row-count checks after the merge.", "e-", "coding", hard="mixed", marker="5. ")
n.b("[Medium] Explanations ran long; I had to ask twice for the final proposal in one sentence.", "e-", "communication", marker="6. ")
n.nl()
n.s("Findings 1 and 2 are the decisive ones.", "v-", "judgment")
n.nl()
n.s("Outcome: no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n034", candidate_id="w24-c07", interviewer_id="w24-i01", req_id="w24-r1",
         round="behavioural", submitted_at="2025-07-08", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="conflicting instructions")
n.s("Behavioural round, 8 July 2025, Stockholm office.", "c")
n.s("I asked the candidate how he would proceed if a senior investigator and the head of analytics gave him conflicting instructions about which alerts to prioritise.", "c", hard="interviewer_action")
n.s("He said he would follow the head of analytics, since that is where he would report.", "e-", "judgment")
n.s("I asked whether he would wish to understand the investigator's reasons first.", "c", hard="question")
n.s("He said that this would not change his decision.", "e-", "learning", hard="plain_evidence")
n.s("He gave a good account of a data migration he had led at his previous employer, including the weekend on which he personally re-checked the row counts of every table after a failed load.", "e+", "ownership")
n.s("He presents himself confidently.", "v+", hard="biased")
n.s("I would not place him in a role where ambiguous judgements must be made daily.", "v-", "judgment")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

# ---- c08 Priya Raman (she), r2 ----
n = Note(note_id="w24-n035", candidate_id="w24-c08", interviewer_id="w24-i05", req_id="w24-r2",
         round="behavioural", submitted_at="2025-07-14", recommendation="strong_hire",
         specificity=5, style=["prose", "first_person", "quotes", "british"], topic="validation and customer harm",
         ratings={"communication": "strong_hire", "ownership": "strong_hire", "user_impact": "hire"})
n.s("Priya, behavioural round, 45 minutes, video call from Copenhagen.", "c")
n.s("I started by asking her to explain, as if to the board risk committee, why our AML model needs validating at all.", "c", hard="interviewer_action")
n.s("She did it in three sentences: the model decides which customers get looked at, a bad model means we either miss criminals or pester honest customers, and validation is how the board knows which of those is happening.", "e+", "communication", hard="plain_evidence")
n.s("Honestly one of the best plain-English answers I've heard.", "v+", "communication")
n.blank()
n.s("Then we talked about a past project.", "c")
n.s("She described validating a card-fraud model at her previous bank where the developers had tuned the threshold on the same month they reported results on, and she re-ran the numbers on a later month herself before writing the finding.", "e+", "metrics")
n.s("Precision dropped from 0.42 to 0.31, she told me, and she took it to the model owner with a proposed re-tuning plan rather than just a red rating.", "e+", "ownership")
n.s("I asked what happened when the owner pushed back.", "c", hard="question")
n.s("She said she offered to sit with the owner's team and re-run it together, and they agreed to a two-week delay to the launch.", "e+", "judgment")
n.blank()
n.s("Next I asked about customer harm.", "c", hard="question")
n.s("Without further prompting she pointed out that false account freezes fall hardest on people with a single bank account, and suggested the validation pack report freeze rates by customer segment.", "e+", "user_impact")
n.s("Around the 35-minute mark I challenged her: wouldn't reporting those rates just create noise for the committee?", "c", hard="interviewer_action")
n.s("She agreed it could, and cut it to one line — the segment with the worst rate and its trend — which I thought was a smart compromise.", "e+", "learning")
n.blank()
n.s("Warm, thoughtful, brilliant.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n036", candidate_id="w24-c08", interviewer_id="w24-i04", req_id="w24-r2",
         round="fundamentals", submitted_at="2025-07-14", recommendation="hire",
         specificity=4, style=["prose", "first_person", "typos", "british"], topic="few positives",
         ratings={"ml_fundamentals": "strong_hire", "communication": "lean_no_hire"})
n.s("Priya Raman, fundamentals, 45 min.", "c")
n.s("First question: how to validate a model where there is 9 positives in the test period.", "c", hard="question")
n.s("She proposed to use bootstrap for the recall and to report the interval, not only the number.", "e+", "ml_fundamentals")
n.s("Also she said we can pool more months, but then the drift is mixed in, and she would accept pooling only if the alert rate per month was stable.", "e+", "judgment")
n.blank()
n.s("Her answer about calibration was correct but difficult to follow, she jumped between three ideas and I asked her two times to go back.", "e-", "communication", hard="mixed")
n.s("When I asked for a short summary she gave a long one again.", "e-", "communication", hard="plain_evidence")
n.s("Technical she is very strong.", "v+", "ml_fundamentals")
n.s("The explanation for non-technical people I am not sure about.", "v-", "communication", hard="hedged")
n.blank()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n037", candidate_id="w24-c08", interviewer_id="w24-i03", req_id="w24-r2",
         round="data", submitted_at="2025-07-15", recommendation="strong_hire",
         specificity=1, style=["terse", "fragments"], topic="label noise")
n.s("Data round — Priya.", "c")
n.s("Excellent.", "v+")
n.s("Really knows her way around messy bank data and understands label noise deeply.", "v+", "data_intuition", hard="tech_vague")
n.s("Super articulate.", "v+", "communication")
n.s("Would hire yesterday.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n038", candidate_id="w24-c08", interviewer_id="w24-i02", req_id="w24-r2",
         round="system_design", submitted_at="2025-07-15", recommendation="hire",
         specificity=5, style=["bullets", "headings", "third_person", "british", "quotes"], topic="ongoing monitoring",
         ratings={"system_thinking": "lean_hire", "metrics": "strong_hire"})
n.s("Candidate: Priya R | Req w24-r2 | Round: system design (validation framework) | 60 min", "c")
n.nl()
n.s("Exercise: design the bank's ongoing-monitoring process for 40 financial-crime models owned by three teams.", "c")
n.nl()
n.h("Findings")
n.b("[Info] Began by asking which models feed automated decisions and which feed human review, and tiered the monitoring on that basis.", "e+", "judgment", marker="1. ")
n.b("[Info] Proposed a quarterly pack per model with a fixed set of indicators and a trigger table: amber triggers a review meeting, red triggers revalidation within 30 days.", "e+", "system_thinking", marker="2. ")
n.b("[Info] Included investigator override rate and alert-to-SAR rate alongside Gini, reasoning that Gini can hold steady while the alerts become useless.", "e+", "metrics", marker="3. ")
n.b("[Medium] No thought given to how the three teams' pipelines would deliver the indicators; when asked, assumed 'each team sends a CSV'.", "e-", "system_thinking", marker="4. ")
n.b("[Info] Every trigger decision logged with the approver's name; proposed this herself.", "e+", "risk_awareness", marker="5. ")
n.b("[Low] Did not address what happens when a trigger fires for a model that cannot be switched off (sanctions screening).", "e-", "risk_awareness", hard="negated", marker="6. ")
n.nl()
n.s("Outcome: hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w24-n039", candidate_id="w24-c15", interviewer_id="w24-i01", req_id="w24-r1",
         round="behavioural", submitted_at="2025-04-15", recommendation="no_hire",
         specificity=3, style=["prose", "first_person", "british", "quotes"], topic="customer harm")
n.s("Behavioural round, 15 April 2025.", "c")
n.s("I asked the candidate to tell me about a time his work had caused a problem for customers.", "c", hard="interviewer_action")
n.s("He stated that he could not think of one.", "e-", "ownership", hard="plain_evidence")
n.s("When pressed, he described a model at a telecoms company that blocked some legitimate top-ups, and said the customers 'could just call support'.", "e-", "user_impact")
n.s("I asked whether he had looked at how many had called.", "c", hard="question")
n.s("He had not.", "e-", "user_impact", hard="negated")
n.s("He was punctual and well dressed.", "v+", hard="biased")
n.s("I do not consider him suitable for work that affects customers' access to their money.", "v-", "user_impact")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n040", candidate_id="w24-c16", interviewer_id="w24-i03", req_id="w24-r1",
         round="coding", submitted_at="2025-04-22", recommendation="lean_no_hire",
         specificity=2, style=["terse", "fragments"], topic="rolling sums")
n.s("Coding.", "c")
n.s("Struggled a bit overall.", "v-", "coding")
n.s("She got the basic solution for the rolling sum but it took a while.", "e0", "coding", hard="mixed")
n.s("Not sure she'd be up to speed quickly.", "v-", hard="hedged")
n.s("Quiet.", "v-", hard="biased")
n.s("LNH", "v-", hard="bare_verdict", sep="\n")
notes.append(n)

save_notes("data/corpus/raw/w24_notes_part4.jsonl", notes)
