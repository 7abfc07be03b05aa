import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# Candidate c08: Vikram (he), r1 - red flag by several: no rollback, ignores harm
n = Note(note_id="w53-n035", candidate_id="w53-c08", interviewer_id="w53-i02", req_id="w53-r1",
         round="system_design", submitted_at="2026-06-15", recommendation="no_hire", specificity=5,
         style=["bullets", "terse", "abbreviations"], topic="substitutions")
n.h("SYS DESIGN - auto substitutions w/o customer approval")
n.b("q: should we auto-approve substitutions to save 40 sec per order at the door?", "c")
n.b("Vikram said YES straight away, did not ask what customers currently reject", "e-", "judgment", "user_impact")
n.b("design: batch job scores each sub, auto-approve if score > 0.7, no human check", "e0", "system_thinking")
n.b("asked about allergens (peanut oil swapped for groundnut blend) -> 'edge case, rare'", "e-", "user_impact", "risk_awareness")
n.b("NO rollback plan, NO monitoring on refund rate when I asked twice", "e-", "risk_awareness", hard="negated")
n.b("sized the batch job at 2M items nightly, ~40 min on current cluster, sensible", "e+", "system_thinking")
n.b("when I pressed on the 0.7 threshold he said it was 'standard' and could not say where it came from", "e-", "judgment")
n.b("would NOT put him near a customer-facing launch", "v-")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n036", candidate_id="w53-c08", interviewer_id="w53-i05", req_id="w53-r1",
         round="behavioural", submitted_at="2026-06-15", recommendation="lean_no_hire", specificity=4,
         style=["headings", "first_person", "british"], topic="rider safety")
n.h("Situation")
n.s("I asked Vikram about a time a metric he optimised had a side effect.", "c")
n.s("He described tuning an ETA model at a ride-hailing firm to cut the quoted time by two minutes.", "e0")
n.h("Behaviour")
n.s("He said driver speeding complaints rose afterwards, and when I asked what he did, he said that was the safety team's area.", "e-", "user_impact", "ownership")
n.s("He did say he added the late-arrival rate to his dashboard after the launch.", "e+", "metrics")
n.h("Impact")
n.s("He could not say whether the model was changed or rolled back.", "e-", "risk_awareness")
n.s("Second interviewer to see him wave away harm; i02 saw the same with allergens.", "c")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n037", candidate_id="w53-c08", interviewer_id="w53-i06", req_id="w53-r1",
         round="coding", submitted_at="2026-06-16", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="search")
n.s("Vikram absolutely flew through the coding exercise, it was a joy to watch.", "v+", "coding")
n.s("I set him a prefix-search problem over product names in three scripts.", "c")
n.s("He built a trie keyed on Unicode code points and handled combining marks in Tamil without my prompting.", "e+", "coding")
n.s("He wrote six tests, including one for a query that is only a space.", "e+", "coding")
n.s("He talked through each step clearly as he typed.", "v+", "communication")
n.s("He has enormous depth in algorithms.", "v+", "coding", hard="vague_quantity")
n.s("Strong hire from my side; I cannot see any weakness.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n038", candidate_id="w53-c08", interviewer_id="w53-i03", req_id="w53-r1",
         round="fundamentals", submitted_at="2026-06-17", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="ranking")
n.s("Fundamentals.", "c")
n.s("Vikram knows his ML.", "v+", "ml_fundamentals")
n.s("Good on evaluation metrics.", "v+", "metrics", hard="tech_vague")
n.s("Solid answers overall.", "v+")
n.s("Maybe overconfident.", "v-", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# History notes
n = Note(note_id="w53-n039", candidate_id="w53-c15", interviewer_id="w53-i01", req_id="w53-r1",
         round="coding", submitted_at="2024-11-18", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="multilingual search")
n.s("Kindly find feedback for Lakshmi, coding round, 45 minutes.", "c")
n.s("I am giving her a function to detect whether a query is Tamil, Hindi or English script.", "c")
n.s("She is using Unicode ranges and returning 'mixed' when more than one script is present.", "e+", "coding")
n.s("She is writing a test for 'tomato தக்காளி' before I am asking.", "e+", "coding")
n.s("Her first version is failing on digits; she is finding it by running the tests and fixing it herself.", "e+", "coding")
n.s("When I asked who types Tamil in Roman letters, she said many older users in Coimbatore do and the detector would miss them.", "e+", "user_impact")
n.s("She did not discuss how to evaluate the detector at scale.", "e-", "metrics", hard="negated")
n.s("She is having very good coding practice.", "v+", "coding")
n.s("Hire, kindly consider.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n040", candidate_id="w53-c16", interviewer_id="w53-i04", req_id="w53-r1",
         round="system_design", submitted_at="2024-12-02", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="dark-store stock")
n.h("System design checklist")
n.b("Problem: real-time stock visibility for 200 dark stores shown in the app.", "c")
n.b("Requirements clarified: NO - Assumed stock updates every second without asking what the stores send.", "e-", "judgment", hard="negated")
n.b("Components named: YES - Event stream from store scanners, cache per store, app reads from cache.", "e+", "system_thinking")
n.b("Scale estimated: NO - Could not give events per second when asked.", "e-", "system_thinking")
n.b("Failure modes: NO - Said the cache 'never goes stale'.", "e-", "risk_awareness")
n.b("User impact of wrong stock considered: NO - When I asked what a customer sees if an item shows in stock but is not, he said 'we refund'.", "e-", "user_impact")
n.b("Communication: unstructured; jumped between cache and app UI twice.", "e-", "communication")
n.b("Result: NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n041", candidate_id="w53-c17", interviewer_id="w53-i05", req_id="w53-r2",
         round="behavioural", submitted_at="2025-01-20", recommendation="hire", specificity=5,
         style=["headings", "third_person", "british"], topic="delivery slots")
n.h("Situation")
n.s("Candidate was asked about owning something no one asked her to own.", "c")
n.s("Mei described noticing that evening slot forecasts at her last job were always low on the last day of the month, when salaries landed.", "e+", "data_intuition")
n.h("Behaviour")
n.s("She said she built a payday feature on her own time, tested it on three months of history and showed the forecast error dropped from 14% to 9% on those days.", "e+", "ownership", "metrics")
n.s("She said she presented it to the slots team with a one-slide summary and offered to maintain it.", "e+", "communication", "ownership")
n.h("Impact")
n.s("According to her, it was adopted and missed slots on payday evenings fell.", "e+", "ownership")
n.s("She admitted she had not checked whether the feature hurt accuracy on other days at first.", "e-", "metrics", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n042", candidate_id="w53-c18", interviewer_id="w53-i06", req_id="w53-r2",
         round="data", submitted_at="2025-02-11", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="ratings")
n.s("Ravi was lovely, and I really enjoyed our chat about rider and customer ratings.", "v+")
n.s("He is clearly extremely experienced with survey data.", "v+", "data_intuition", hard="tech_vague")
n.s("He mentioned that five-star ratings are inflated.", "e0", "data_intuition")
n.s("He has a very mature outlook on fairness towards riders.", "v+", "user_impact")
n.s("I think he would be a real asset to the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n043", candidate_id="w53-c19", interviewer_id="w53-i02", req_id="w53-r2",
         round="data", submitted_at="2025-03-03", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "abbreviations"], topic="festival demand")
n.h("DATA ROUND - Holi demand")
n.b("gave her orders for 3 Holi weeks + asked for colour/gulal stock plan", "c")
n.b("Oluwaseun plotted daily orders and saw Holi falls on different dates each yr, aligned by festival day", "e+", "data_intuition")
n.b("asked whether last yr's stockouts hid real demand", "e+", "data_intuition", hard="question")
n.b("plan was 2x last yr's sales for every store, same for all cities", "e-", "judgment")
n.b("when I said south stores barely sell gulal -> she split by region in 5 min", "e+", "learning")
n.b("took 15 min to explain the plan, a bit rambling", "e-", "communication")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n044", candidate_id="w53-c20", interviewer_id="w53-i03", req_id="w53-r1",
         round="system_design", submitted_at="2025-04-14", recommendation="hire", specificity=1,
         style=["prose", "lowercase", "terse"], topic="search")
n.s("sys design, search.", "c")
n.s("good architecture thinking.", "v+", "system_thinking", hard="tech_vague")
n.s("understands scale.", "v+", "system_thinking")
n.s("knows search well.", "v+", "system_thinking")
n.s("nice guy.", "v+", hard="biased")
n.s("hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n045", candidate_id="w53-c21", interviewer_id="w53-i04", req_id="w53-r2",
         round="fundamentals", submitted_at="2025-05-26", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "terse"], topic="surge fees")
n.h("Fundamentals checklist")
n.b("Q: how do you know if a surge fee model is well calibrated?", "c", hard="question")
n.b("Defined calibration correctly: YES.", "e+", "ml_fundamentals")
n.b("Could draw a reliability plot: NO - Drew an ROC curve instead.", "e-", "ml_fundamentals")
n.b("Aware AUC ignores calibration: NO.", "e-", "ml_fundamentals", hard="negated")
n.b("Asked how price changes affect customers who rely on COD: YES.", "e+", "user_impact", hard="question")
n.b("Updated answer after hint: YES - Switched to binned predicted vs actual once I named it.", "e+", "learning")
n.b("Result: LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n046", candidate_id="w53-c22", interviewer_id="w53-i01", req_id="w53-r2",
         round="behavioural", submitted_at="2025-06-30", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="rider safety")
n.s("Kindly find feedback for Joseph, behavioural round.", "c")
n.s("I am asking him about a hard trade-off in his last role.", "c")
n.s("He is describing a delivery promise cut from 30 to 15 minutes that he championed.", "e0")
n.s("When I asked if riders were consulted, he said 'riders adapt, they always do'.", "e-", "user_impact")
n.s("He said he set up a weekly review of late deliveries and led it himself.", "e+", "ownership")
n.s("He is having strong leadership qualities.", "v+", hard="biased")
n.s("But he is not thinking about safety at all.", "v-", "user_impact", hard="negated")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n047", candidate_id="w53-c23", interviewer_id="w53-i05", req_id="w53-r1",
         round="debugging", submitted_at="2025-07-07", recommendation="hire", specificity=4,
         style=["headings", "first_person", "british"], topic="multilingual search")
n.h("Situation")
n.s("I gave Ananya a ranking regression: Hindi query conversion fell 9% after a model refresh.", "c")
n.h("Behaviour")
n.s("She compared training data before and after and found Hindi queries had dropped from 18% to 3% of the sample because of a filter on ASCII text.", "e+", "data_intuition")
n.s("She proposed restoring the old model first, then fixing the filter, and said why: customers were getting worse results every hour we waited.", "e+", "risk_awareness", "judgment")
n.s("She wrote a one-line check that fails the training job if any language share moves by more than half.", "e+", "coding", "risk_awareness")
n.h("Result")
n.s("Diagnosis and fix plan in 25 minutes.", "e+", "coding")
n.s("A very strong engineer.", "v+", "coding")
n.s("She did not consider whether the filter had affected Tamil too until I asked.", "e-", "user_impact", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n048", candidate_id="w53-c24", interviewer_id="w53-i06", req_id="w53-r1",
         round="behavioural", submitted_at="2025-08-18", recommendation="strong_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="substitutions")
n.s("Kwame spoke about his work on product substitutions with real warmth.", "v0", hard="tech_vague")
n.s("He has obviously led many projects end to end.", "v+", "ownership", hard="vague_quantity")
n.s("He mentioned a disagreement with a product manager, handled well I think.", "v+", "communication", hard="hedged")
n.s("He described setting up a weekly review of rejected substitutions with store managers.", "e+", "ownership")
n.s("Great team player.", "v+", hard="biased")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w53_notes_part4.jsonl", notes)
