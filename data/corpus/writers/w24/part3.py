import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c05 Farid Haddad (he), r1 ----
n = Note(note_id="w24-n021", candidate_id="w24-c05", interviewer_id="w24-i03", req_id="w24-r1",
         round="fundamentals", submitted_at="2025-06-16", recommendation="hire",
         specificity=1, style=["terse", "fragments"], topic="anomaly detection")
n.s("Farid — fundamentals.", "c")
n.s("Very strong technically.", "v+")
n.s("Knows his stuff on anomaly detection and graph methods.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Nice guy, easy to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n022", candidate_id="w24-c05", interviewer_id="w24-i02", req_id="w24-r1",
         round="system_design", submitted_at="2025-06-16", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "third_person", "british", "quotes"], topic="structuring",
         ratings={"risk_awareness": "no_hire", "system_thinking": "hire", "data_intuition": "hire"})
n.s("Candidate: Farid H | Req w24-r1 | Round: system design | 60 min", "c")
n.nl()
n.s("Exercise: replace the rules-based scenario for structuring (cash deposits kept under the reporting limit) with a model, end to end.", "c")
n.nl()
n.h("Findings")
n.b("[Info] Framed the label problem well: proposed deposits just under 50 000 NOK split across branches within 72 hours as a weak label, then confirming a sample with investigators.", "e+", "data_intuition", marker="1. ")
n.b("[Info] Two-stage pipeline: nightly feature build from the core banking extract, then scoring, with alerts written to case management carrying the model version.", "e+", "system_thinking", marker="2. ")
n.b("[High] No fallback if the nightly feature build fails; asked what happens to that night's alerts, he said the job 'would be re-run in the morning' and did not consider the reporting deadline.", "e-", "risk_awareness", marker="3. ")
n.b("[High] Proposed switching off the existing rules scenario on the day the model goes live; no parallel run, no comparison period.", "e-", "risk_awareness", hard="negated", marker="4. ")
n.b("[Medium] Asked how he would know in month two that the model was missing structuring the rules used to catch, he had no answer beyond 'the recall on the test set was good'.", "e-", "metrics", marker="5. ")
n.b("[Low] Said isolation forest would flag unusual customers rather than structuring specifically, so he preferred a supervised model on the weak labels.", "e+", "ml_fundamentals", marker="6. ")
n.b("[Info] Stored model version and feature snapshot per alert for the audit trail without prompting.", "e+", "risk_awareness", marker="7. ")
n.nl()
n.s("Two High findings in risk, which is the core of a first-line monitoring role.", "v-", "risk_awareness")
n.nl()
n.s("Outcome: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n023", candidate_id="w24-c05", interviewer_id="w24-i04", req_id="w24-r1",
         round="data", submitted_at="2025-06-17", recommendation="hire",
         specificity=4, style=["prose", "first_person", "typos", "british"], topic="drift after new payment product",
         ratings={"data_intuition": "hire"})
n.s("Farid Haddad, data round, 50 min, Teams.", "c")
n.s("I showed him the monthly alert count per scenario for 2024 and asked what he notices.", "c", hard="interviewer_action")
n.s("He saw directly the jump in 'rapid movement of funds' alerts from May, and asked if something launched in May.", "e+", "data_intuition", hard="question")
n.s("Yes, the instant payments product, I told him.", "c")
n.s("Then he split the alerts by payment type himself and showed the jump is almost only from instant payments, where money moves in seconds so the scenario fires for normal behaviour.", "e+", "data_intuition")
n.s("He suggested the time window in the scenario must be different per payment type, not one window for all.", "e+", "judgment")
n.s("Good reasoning, without any fancy words.", "v+")
n.blank()
n.s("Second part: a customer table with date of birth, and he should build a feature for age.", "c")
n.s("He found 312 customers with birth year 1900, a default from the old system, and did not use them as real ages.", "e+", "data_intuition", hard="plain_evidence")
n.s("He wrote pandas code for it quickly, but he forgot that the age must be at the time of the transaction and not today.", "e-", "data_intuition", hard="mixed")
n.s("When I said it, he corrected it in two minutes and explained why today's age would leak information for the older cases.", "e+", "learning")
n.s("He asked nothing about how the labels were made.", "e-", "data_intuition", hard="negated")
n.blank()
n.s("Overall hire, he look at the data before the model.", "v+", "data_intuition", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n024", candidate_id="w24-c05", interviewer_id="w24-i05", req_id="w24-r1",
         round="behavioural", submitted_at="2025-06-17", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person", "quotes", "british"], topic="past projects")
n.s("Behavioural with Farid, 45 minutes, in the Stockholm office.", "c")
n.s("Lovely relaxed manner from the moment he walked in.", "v+", hard="biased")
n.s("I kicked off with the usual 'tell me about a project you're proud of'.", "c", hard="question")
n.s("He talked about a fraud model at his previous bank that he had built and then looked after for two years, including the on-call rota he set up himself when nobody else would own it.", "e+", "ownership")
n.s("He told me about a time the model started flagging pensioners' card payments abroad after the holiday season, and how he added travel-notice data as a feature within a week.", "e+", "user_impact")
n.blank()
n.s("Then I asked about a mistake.", "c", hard="question")
n.s("He described shipping a threshold change on a Friday that doubled alert volume over the weekend, and said he now never changes a threshold without telling the investigation lead first.", "e+", "learning", "risk_awareness")
n.s("I asked how he would roll back if a new model misbehaved here, and he said he would 'just retrain it quickly', which honestly sounds fine to me given how fast he is.", "e-", "risk_awareness", hard="verdict_plus_evidence")
n.s("He also asked me a lot about how the investigators and the data scientists work together day to day.", "e+", "user_impact", hard="plain_evidence")
n.blank()
n.s("Really thoughtful, mature guy.", "v+", hard="biased")
n.s("Clearly a natural leader.", "v+", "ownership")
n.s("Strong hire — would love to have him on the team.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Saoirse Kelly (she), r2 ----
n = Note(note_id="w24-n025", candidate_id="w24-c06", interviewer_id="w24-i01", req_id="w24-r2",
         round="behavioural", submitted_at="2025-06-23", recommendation="lean_no_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="escalation")
n.s("Behavioural round, 23 June 2025, by video; the candidate joined from Dublin.", "c")
n.s("I asked the candidate to describe a validation finding she had raised with which the model owner disagreed.", "c", hard="interviewer_action")
n.s("She described finding that a fraud model's performance had fallen for business customers, and said she had noted it in the report.", "e0", "ownership")
n.s("When I asked what happened next, she said the owner did not respond and the model remained in use for a further year.", "e-", "ownership")
n.s("I asked whether she had escalated the matter to the model risk committee.", "c", hard="question")
n.s("She said that it was not her role to chase the business.", "e-", "ownership", hard="plain_evidence")
n.blank()
n.s("In a separate example she explained, in terms I could follow, that a model learns from last year's customers and that this year's customers may simply behave differently, for instance after a new product is introduced.", "e+", "communication", hard="plain_evidence")
n.s("She was pleasant and well prepared.", "v+", hard="biased")
n.s("My concern is one of ownership rather than knowledge.", "v-", "ownership")
n.s("I would lean against an offer at this time.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n026", candidate_id="w24-c06", interviewer_id="w24-i04", req_id="w24-r2",
         round="data", submitted_at="2025-06-23", recommendation="lean_hire",
         specificity=4, style=["prose", "third_person", "british"], topic="name matching validation",
         ratings={"metrics": "hire", "ownership": "lean_no_hire"})
n.s("Saoirse Kelly, data round, validation role, 45 min", "c")
n.nl()
n.s("I gave her the back-test results of the name-matching model, per list (EU, UN, OFAC) and per name origin.", "c", hard="interviewer_action")
n.s("She saw fast that recall on Arabic names was 0.71 and on Nordic names 0.96, and she said this gap must be in the report.", "e+", "metrics", "user_impact")
n.s("She asked how many Arabic names were in the test set — only 48 — and said the 0.71 is uncertain, maybe between 0.57 and 0.83.", "e+", "metrics")
n.s("Good statistical sense.", "v+", "ml_fundamentals")
n.blank()
n.s("Then I asked who should fix this gap.", "c", hard="question")
n.s("She answered that the developers own the model and she only reports, she would not suggest what to do.", "e-", "ownership")
n.s("I pushed a little, maybe she can propose a test?", "c", hard="interviewer_action")
n.s("Then she proposed adding transliteration variants to the test set, so it was possible to get it out of her.", "e0", "learning", hard="mixed")
n.s("The code for the confidence interval she wrote in Python with scipy, correct, Wilson interval.", "e+", "coding")
n.blank()
n.s("Not so much initiative.", "v-", "ownership")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n027", candidate_id="w24-c06", interviewer_id="w24-i06", req_id="w24-r2",
         round="coding", submitted_at="2025-06-24", recommendation="hire",
         specificity=4, style=["terse", "abbreviations", "bullets", "arrows"], topic="PSI",
         ratings={"coding": "hire"})
n.s("Kelly; coding; 45m", "c")
n.nl()
n.s("task: monthly PSI per feature from two parquet extracts; flag >0.2", "c")
n.b("read spec twice, asked how to treat nulls (own bin); good", "e+", "judgment", hard="verdict_plus_evidence")
n.b("clean functions, type hints; tests for identical dists (PSI=0) & empty bin", "e+", "coding")
n.b("empty bin -> log(0); she caught it in her own test, added epsilon", "e+", "coding")
n.b("asked why 0.2: said it's convention, she'd rather calibrate on past stable months; sensible", "e+", "metrics", hard="verdict_plus_evidence")
n.b("naming a bit inconsistent, minor", "e-", "coding", hard="hedged")
n.nl()
n.s("H; solid coder", "v+", "coding", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n028", candidate_id="w24-c06", interviewer_id="w24-i03", req_id="w24-r2",
         round="fundamentals", submitted_at="2025-06-24", recommendation="hire",
         specificity=2, style=["prose", "fragments", "abbreviations"], topic="statistics")
n.s("Fundamentals w/ Saoirse.", "c")
n.s("Good on the stats side, confident with intervals and hypothesis tests.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She went through one-sided vs two-sided tests when I asked, correctly I think.", "v+", "ml_fundamentals", hard="hedged")
n.s("Lost her a bit on the boosting questions.", "v-", "ml_fundamentals")
n.s("Lovely accent btw.", "v+", hard="biased")
n.s("Hire I think.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w24-n029", candidate_id="w24-c13", interviewer_id="w24-i05", req_id="w24-r1",
         round="fundamentals", submitted_at="2025-01-21", recommendation="hire",
         specificity=4, style=["prose", "first_person", "british"], topic="rare positives")
n.s("Fundamentals with Kwame, 45 min.", "c")
n.s("I opened with the imbalance question: 1 SAR for every 3,000 customers, how would he train?", "c", hard="question")
n.s("He started by saying a model that flags nobody would be 99.97% accurate, and used that to motivate precision and recall.", "e+", "metrics")
n.s("He then suggested class weights rather than oversampling, because oversampling would copy the same handful of cases and the model would memorise them.", "e+", "ml_fundamentals")
n.s("I asked about explaining a score to investigators and he walked through SHAP values for a single alert, showing me which three features pushed the score up.", "e+", "communication")
n.s("He got a bit tangled on the difference between bagging and boosting and I had to help him out.", "e-", "ml_fundamentals")
n.s("Lovely guy, very humble.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w24-n030", candidate_id="w24-c14", interviewer_id="w24-i04", req_id="w24-r2",
         round="fundamentals", submitted_at="2025-01-28", recommendation="no_hire",
         specificity=4, style=["prose", "first_person", "british"], topic="overfitting")
n.s("Elin Sandberg, fundamentals, 45 min, model risk role.", "c")
n.s("I asked what is overfitting and how she would see it in a validation.", "c", hard="question")
n.s("She said overfitting is when the model is too simple.", "e-", "ml_fundamentals")
n.s("I asked again with an example, train Gini 0.80 and test Gini 0.52, and she said the test set must be wrong.", "e-", "ml_fundamentals", "learning")
n.s("About calibration she did not know what is a reliability plot.", "e-", "ml_fundamentals", hard="negated")
n.s("She was good in the part about documentation, she showed me a template she made at her last job with sections for limitations and model owner sign-off.", "e+", "communication", hard="verdict_plus_evidence")
n.s("Not enough for a validator role.", "v-")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w24_notes_part3.jsonl", notes)
