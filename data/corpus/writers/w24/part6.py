import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w24-n051", candidate_id="w24-c27", interviewer_id="w24-i03", req_id="w24-r2",
         round="behavioural", submitted_at="2025-10-21", recommendation="hire",
         specificity=1, style=["prose", "fragments", "abbreviations"], topic="behavioural")
n.s("Behavioural w/ Sofia.", "c")
n.s("Great chat, really enjoyed it.", "v+")
n.s("Strong sense of ownership, drives things herself.", "v+", "ownership")
n.s("Would fit in really well with the validation team.", "v+", hard="biased")
n.s("Handles pushback well from what I could tell.", "v+", "learning", hard="hedged")
n.s("Good communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n052", candidate_id="w24-c28", interviewer_id="w24-i03", req_id="w24-r1",
         round="data", submitted_at="2025-10-22", recommendation="lean_no_hire",
         specificity=2, style=["prose", "first_person"], topic="training set")
n.s("Data round, Daniel.", "c")
n.s("Didn't really click.", "v-")
n.s("He seemed unfamiliar with how investigator labels work and didn't grasp the label delay issue.", "v-", "data_intuition")
n.s("I did ask him about label delay directly.", "c", hard="interviewer_action")
n.s("When I asked how he'd build the training set, he said he'd use all alerts from the last year.", "e-", "data_intuition")
n.s("Weak on metrics as well, lots of talk about accuracy.", "v-", "metrics", hard="vague_quantity")
n.s("Might be better suited to a less regulated team.", "v-", hard="hedged")
n.s("LNH", "v-", hard="bare_verdict", sep="\n")
notes.append(n)

n = Note(note_id="w24-n053", candidate_id="w24-c29", interviewer_id="w24-i05", req_id="w24-r2",
         round="fundamentals", submitted_at="2025-11-04", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person"], topic="statistics")
n.s("Fundamentals with Emma, 45 min.", "c")
n.s("What a session!", "v+")
n.s("Brilliant on every question I threw at her.", "v+", "ml_fundamentals")
n.s("Stats, calibration, explainability, you name it, she knew it cold.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She'd be a huge asset to model risk.", "v+")
n.s("Strong hire, no doubt at all.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n054", candidate_id="w24-c30", interviewer_id="w24-i06", req_id="w24-r1",
         round="system_design", submitted_at="2025-11-05", recommendation="lean_no_hire",
         specificity=3, style=["terse", "abbreviations", "bullets", "arrows", "quotes"], topic="mule detection",
         ratings={"system_thinking": "no_hire"})
n.s("Mehta; sys design; 60m", "c")
n.nl()
n.s("q: graph features for mule-account detection, ~6M accounts, daily refresh", "c", hard="question")
n.b("strong intro on why mules show up as network patterns; textbook", "v+", "data_intuition", hard="tech_vague")
n.b("wanted to recompute full graph embeddings every hour; no estimate of cost or time", "e-", "system_thinking")
n.b("asked how long a full run takes on 6M nodes -> guessed 'a few minutes', no basis", "e-", "system_thinking")
n.b("asked about compute budget; said 'compute is cheap'", "e-", "system_thinking", hard="plain_evidence")
n.b("no plan for accounts opened today (no edges yet)", "e-", "data_intuition", hard="negated")
n.b("hint: incremental updates -> picked it up, sketched daily batch + streaming edge inserts", "e+", "learning", "system_thinking")
n.b("mule flag -> auto freeze in his design; didn't ask about false positives on students sharing flats", "e-", "user_impact", hard="negated")
n.b("structure of answer hard to follow", "v-", "communication")
n.nl()
n.s("LNH; scale thinking not there yet", "v-", "system_thinking", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n055", candidate_id="w24-c31", interviewer_id="w24-i06", req_id="w24-r2",
         round="data", submitted_at="2025-11-11", recommendation="hire",
         specificity=2, style=["terse", "bullets", "abbreviations"], topic="sampling")
n.s("Petrova; data; 45m", "c")
n.b("solid; knows her SQL", "v+", "coding")
n.b("asked about label lag", "e+", "data_intuition", hard="plain_evidence")
n.b("good instincts on sampling", "v+", "data_intuition")
n.b("ran short on time for metrics part", "c")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n056", candidate_id="w24-c32", interviewer_id="w24-i04", req_id="w24-r1",
         round="coding", submitted_at="2025-11-12", recommendation="hire",
         specificity=3, style=["prose", "third_person", "typos", "quotes", "british"], topic="name matching")
n.s("Lars Eriksen, coding, 45 min.", "c")
n.s("Task was to write a function that compare two names with transliteration, like Mohammed and Muhammad.", "c")
n.s("He wrote first a normalising step, lower case and remove of accents, then a Levenshtein with his own implementation.", "e+", "coding")
n.s("The implementation had an error in the first row of the matrix, he found it when his own test with empty string failed.", "e0", "coding", hard="mixed")
n.blank()
n.s("Then I asked how it scales with 15 000 list names and 1 million customers.", "c", hard="question")
n.s("He said comparing all pairs is too much, 15 billion, and proposed blocking on first letter and length.", "e+", "system_thinking")
n.s("Blocking on first letter would lose 'Yusuf' against 'Jusuf', this he did not see until I gave the example.", "e-", "risk_awareness")
n.s("After the example he changed to phonetic blocking.", "e+", "learning")
n.s("Code is readable.", "v+", "coding")
n.blank()
n.s("Hire, but weak on the risk of missing a name.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w24-n057", candidate_id="w24-c33", interviewer_id="w24-i04", req_id="w24-r2",
         round="data", submitted_at="2025-11-18", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="fitness of model")
n.s("Maja Kowalczyk, data round, 45 min.", "c")
n.s("I gave her a table of model scores and investigator outcomes for 2024 and asked if the model is still fit.", "c", hard="interviewer_action")
n.s("She calculated the alert-to-SAR rate per quarter and showed it fell from 6 % to 3 % after Q2.", "e+", "metrics")
n.s("She explained this could be the model, or could be that investigators got a new guideline in Q2, and she asked me which.", "e+", "judgment", hard="question")
n.s("Good question.", "v+")
n.s("She did not look at the volume of alerts, only at the rate.", "e-", "metrics", hard="negated")
n.s("Code was okay I think.", "v0", "coding")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n058", candidate_id="w24-c34", interviewer_id="w24-i01", req_id="w24-r1",
         round="behavioural", submitted_at="2025-11-19", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="responsibility")
n.s("Behavioural round, 19 November 2025, by video.", "c")
n.s("I asked the candidate to describe a time he had taken responsibility for something that was not strictly his task.", "c", hard="interviewer_action")
n.s("He described noticing that a nightly report to the compliance team had stopped arriving, and said that he had traced the failure to an expired service account and renewed it himself before anyone had asked.", "e+", "ownership", hard="plain_evidence")
n.s("He added that he then wrote a short note so that the next person would know where to look.", "e+", "ownership")
n.s("I asked how he would decide whether an alerting model was ready to go live.", "c", hard="question")
n.s("His answer concerned only the accuracy figures, and he did not mention the investigators or the customers affected.", "e-", "user_impact", hard="negated")
n.s("When I asked him directly about customers, he acknowledged the point and suggested a trial period with a small group of branches.", "e+", "learning")
n.s("He is perhaps a little inexperienced for a senior post.", "v-", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n059", candidate_id="w24-c35", interviewer_id="w24-i01", req_id="w24-r2",
         round="behavioural", submitted_at="2025-11-26", recommendation="hire",
         specificity=2, style=["prose", "third_person", "british"], topic="regulators")
n.s("Behavioural round, 26 November 2025.", "c")
n.s("The candidate spoke well and struck me as a person of sound judgement.", "v+", "judgment")
n.s("She has evidently worked with regulators before and understands what they expect.", "v+")
n.s("She mentioned having raised concerns with senior management in a previous role, which I consider to her credit.", "v+", "ownership")
n.s("She asked how often the bank's models are reviewed.", "e+", "risk_awareness", hard="plain_evidence")
n.s("She was well presented.", "v+", hard="biased")
n.s("I would support an offer.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n060", candidate_id="w24-c36", interviewer_id="w24-i02", req_id="w24-r2",
         round="debugging", submitted_at="2025-12-02", recommendation="no_hire",
         specificity=3, style=["bullets", "headings", "third_person", "british", "quotes"], topic="reproducing a validation",
         ratings={"data_intuition": "no_hire"})
n.s("Candidate: Oliver G | Req w24-r2 | Round: debugging | 45 min", "c")
n.nl()
n.s("Exercise: reproduce a reported Gini of 0.58 from the developer's notebook; the notebook yields 0.66.", "c")
n.nl()
n.h("Findings")
n.b("[High] Assumed the notebook was right and the report wrong without checking either; proposed amending the report to 0.66.", "e-", "metrics", marker="1. ")
n.b("[High] When I pointed out that the notebook filters out closed accounts, he called it 'reasonable cleaning' and did not consider that closed accounts include exited mule accounts.", "e-", "data_intuition", "learning", marker="2. ")
n.b("[Medium] Generally weak on reproducibility practice.", "v-", "risk_awareness", marker="3. ")
n.b("[Low] Found the unpinned random seed in the train/test split on his own.", "e+", "coding", marker="4. ")
n.b("[Info] Asked to see the data dictionary before running anything.", "e+", "judgment", hard="plain_evidence", marker="5. ")
n.b("[Medium] Not confident in the validator role overall.", "v-", hard="biased", marker="6. ")
n.nl()
n.s("Outcome: no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w24_notes_part6.jsonl", notes)
