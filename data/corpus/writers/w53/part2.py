import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# Candidate c03: Tenzin (they), r1
n = Note(note_id="w53-n011", candidate_id="w53-c03", interviewer_id="w53-i04", req_id="w53-r1",
         round="coding", submitted_at="2026-01-12", recommendation="hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="multilingual search")
n.h("Coding checklist")
n.b("Problem: normalise Hinglish and Devanagari queries to one key for the search index.", "c")
n.b("45 min, shared editor.", "c")
n.b("Clarified input range before coding: YES - Asked whether queries could mix scripts in one word.", "e+", "judgment", hard="question")
n.b("Working solution: YES - Mapping table plus vowel-collapsing rule; 'aalu', 'aloo' and 'आलू' all returned the same key.", "e+", "coding")
n.b("Tests written unprompted: YES - Empty string, digits only, emoji in query.", "e+", "coding")
n.b("Complexity stated: YES, linear in query length.", "e+", "coding")
n.b("Considered who the mapping fails for: YES - Said Tamil users typing 'thakkali' would not be covered and flagged it as a gap.", "e+", "user_impact")
n.b("Handled my pushback on the vowel rule: PARTLY - Kept the rule but added one exception for 'dal' vs 'daal'.", "e0", "learning", hard="mixed")
n.b("Result: H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n012", candidate_id="w53-c03", interviewer_id="w53-i03", req_id="w53-r1",
         round="fundamentals", submitted_at="2026-01-12", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="search ranking")
n.s("Fundamentals chat with Tenzin.", "c")
n.s("Really solid on ranking theory.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knew a ton about embeddings and learning to rank.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Seemed to think about users.", "v+", "user_impact", hard="hedged")
n.s("Probably fine on metrics too.", "v+", "metrics", hard="hedged")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n013", candidate_id="w53-c03", interviewer_id="w53-i06", req_id="w53-r1",
         round="system_design", submitted_at="2026-01-13", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="substitutions")
n.s("I spent a thoroughly enjoyable hour with Tenzin on designing substitutions for the 10-minute stores.", "v+")
n.s("I set the scene: a customer orders Amul butter, the store has run out, and the picker has ninety seconds to choose.", "c")
n.s("They began by asking whether the customer had ticked 'no substitutions' and how often that box is ignored in practice.", "e+", "user_impact", hard="question")
n.s("They then laid out a nightly job that precomputes the top three substitutes per item per store, with a live stock check at pick time.", "e+", "system_thinking")
n.s("When I asked how they would know it was working, they said acceptance rate alone could be gamed by only offering near-identical items, and suggested pairing it with refund rate.", "e+", "metrics")
n.s("They proposed launching in two stores with a kill switch if refunds rose by more than a point, which I found very mature.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("They did not size the nightly job, and when I asked, the estimate was rough.", "e-", "system_thinking")
n.s("Such a warm and humble person, too.", "v+", hard="biased")
n.s("Strong hire without reservation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n014", candidate_id="w53-c03", interviewer_id="w53-i05", req_id="w53-r1",
         round="behavioural", submitted_at="2026-01-14", recommendation="hire", specificity=5,
         style=["headings", "first_person", "british"], topic="ratings")
n.h("Situation")
n.s("I asked Tenzin about a time they had to make a call with incomplete data.", "c")
n.s("They described a rider-rating model at a food delivery firm, where ratings were missing for about 30% of night orders.", "e0", "data_intuition")
n.h("Behaviour")
n.s("They said they chose not to impute the missing ratings, because riders on night shifts would be scored on someone else's average.", "e+", "judgment", "user_impact")
n.s("They told their manager the model would ship two weeks late rather than ship with the gap, and wrote the one-page note explaining why.", "e+", "judgment", "ownership")
n.h("Impact")
n.s("By their account, the night riders' deactivation rate did not change after launch.", "e+", "user_impact")
n.s("When I asked what they would change, they said they should have asked riders directly sooner.", "e+", "learning")
n.s("Hire; the judgement calls were well reasoned and explained.", "v+", "judgment")
notes.append(n)

# Candidate c04: Rohan (he), r2
n = Note(note_id="w53-n015", candidate_id="w53-c04", interviewer_id="w53-i01", req_id="w53-r2",
         round="data", submitted_at="2026-02-02", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="festival demand")
n.s("Kindly find feedback for Rohan, data round.", "c")
n.s("I am sharing the Pongal week order data for Chennai stores and asking him to explain the spike.", "c", hard="interviewer_action")
n.s("He is computing the week-on-week growth correctly, 3.2x on Bhogi day.", "e+", "data_intuition")
n.s("He is not checking that half the stores opened only in that month, so the growth is partly new stores.", "e-", "data_intuition", hard="negated")
n.s("When I am pointing this out, he is saying it does not matter much for the forecast.", "e-", "learning")
n.s("He said the demand number from the dashboard is the truth and we need not question it.", "e-", "metrics")
n.s("I asked which customers are hurt if we under-forecast, and he said only 'the business loses money'.", "e-", "user_impact")
n.s("He is having average analytical skills.", "v-", "data_intuition")
n.s("He is lacking depth in the analysis generally.", "v-", "data_intuition")
n.s("Also his attitude is bit casual.", "v-", hard="biased")
n.s("Lean no hire, kindly.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n016", candidate_id="w53-c04", interviewer_id="w53-i02", req_id="w53-r2",
         round="system_design", submitted_at="2026-02-02", recommendation="no_hire", specificity=3,
         style=["bullets", "terse", "abbreviations"], topic="delivery slots")
n.h("SYSTEM DESIGN - slot capacity")
n.b("q: design slot opening/closing for 300 dark stores during festival peaks", "c")
n.b("Rohan went straight to a deep model, NO questions on rider supply or store capacity first", "e-", "judgment", hard="negated")
n.b("said model would run every 5 min in the request path, no latency estimate", "e-", "system_thinking")
n.b("when I asked what happens if the model is down -> 'it won't be down'", "e-", "risk_awareness")
n.b("said forecast error of 8% offline means slots will be 92% accurate in prod", "e-", "metrics")
n.b("2 riders hurt last Diwali rushing, he did not ask about safety at all", "e-", "user_impact")
n.b("diagram was tidy and easy to follow", "e+", "communication")
n.b("no real grasp of how stores run", "v-")
n.b("thinks like a researcher NOT an operator", "v-", "judgment")
n.b("NOT READY for ops-facing role", "v-")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n017", candidate_id="w53-c04", interviewer_id="w53-i06", req_id="w53-r2",
         round="fundamentals", submitted_at="2026-02-03", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="forecasting")
n.s("Rohan was a real pleasure to speak to and clearly very bright.", "v+")
n.s("We covered time-series forecasting basics for about forty minutes.", "c")
n.s("He has an encyclopaedic knowledge of ARIMA, Prophet and gradient boosting.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He explained that a log transform stabilises the variance of order counts that grow with the mean.", "e+", "ml_fundamentals")
n.s("His communication was excellent throughout.", "v+", "communication")
n.s("I think he would do very well with some mentoring on the business side.", "v+")
n.s("Happy to support a hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n018", candidate_id="w53-c04", interviewer_id="w53-i05", req_id="w53-r2",
         round="behavioural", submitted_at="2026-02-04", recommendation="no_hire", specificity=4,
         style=["headings", "third_person", "british"], topic="cash on delivery")
n.h("S")
n.s("Candidate was asked about a project that did not go to plan.", "c")
n.s("He described a COD-to-prepaid nudge experiment at his last company that ran for a month.", "e0")
n.h("B")
n.s("He said the experiment was set up by the product team and he 'just ran the numbers'.", "e-", "ownership")
n.s("Asked whether any customer group was harmed by the nudge, he said he had not looked.", "e-", "user_impact")
n.s("When pressed on why the test was stopped early, he blamed the data engineering team for a broken event log and said it was not his concern.", "e-", "ownership")
n.h("I")
n.s("He could not say what the outcome was.", "e-", "ownership")
n.s("Passive ownership here, consistent with what i01 saw on the data side.", "v-", "ownership")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

# History notes
n = Note(note_id="w53-n019", candidate_id="w53-c11", interviewer_id="w53-i04", req_id="w53-r2",
         round="data", submitted_at="2025-05-19", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse"], topic="surge fees")
n.h("Checklist")
n.b("Task: assess whether the surge fee model charges some areas unfairly.", "c")
n.b("Looked at distribution of surge by pin code: YES - Found 4 pin codes with surge on 80% of evenings.", "e+", "data_intuition", "user_impact")
n.b("Checked whether those areas had fewer riders or just more orders: NO.", "e-", "data_intuition", hard="negated")
n.b("Proposed a fairness metric: YES, share of orders with surge per income band.", "e+", "metrics", "user_impact")
n.b("Recommended an action: YES, a cap of 2 surge evenings a week for those pin codes, and said it would cost rider pay.", "e+", "judgment")
n.b("Code quality: messy, variable names like df2, df3.", "e-", "coding")
n.b("Result: LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n020", candidate_id="w53-c12", interviewer_id="w53-i03", req_id="w53-r1",
         round="coding", submitted_at="2025-08-04", recommendation="lean_no_hire", specificity=1,
         style=["prose", "lowercase", "terse"], topic="search")
n.s("coding round.", "c")
n.s("kavya struggled a bit.", "v-", "coding")
n.s("not very strong in python.", "v-", "coding", hard="negated")
n.s("communication so-so.", "v0", "communication")
n.s("lnh.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n021", candidate_id="w53-c13", interviewer_id="w53-i06", req_id="w53-r1",
         round="debugging", submitted_at="2025-09-15", recommendation="strong_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="substitutions")
n.s("Ifeoma was given a failing pipeline that suggested toothpaste as a substitute for yoghurt.", "c")
n.s("She went straight to the category join and found that the product catalogue had two 'dairy' codes after a migration.", "e+", "data_intuition", "coding")
n.s("She added an assertion that no substitute may cross top-level categories, and reran it on yesterday's orders.", "e+", "coding")
n.s("Quite frankly she is one of the best debuggers I have seen this year.", "v+", "coding")
n.s("She asked who had seen the toothpaste suggestions and whether any had reached customers.", "e+", "user_impact", hard="question")
n.s("She did not write a test for the migration itself, though time was short.", "e-", "coding", hard="negated")
n.s("Her explanations were crisp and well organised.", "v+", "communication", hard="tech_vague")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n022", candidate_id="w53-c14", interviewer_id="w53-i05", req_id="w53-r2",
         round="data", submitted_at="2025-12-01", recommendation="lean_hire", specificity=4,
         style=["headings", "first_person", "british"], topic="ratings")
n.h("Situation")
n.s("I gave Sandeep the customer ratings table and asked why average rider ratings fell in March.", "c")
n.h("Behaviour")
n.s("He split ratings by rating prompt version and found the app had changed the default from five stars to none in March.", "e+", "data_intuition")
n.s("He then claimed riders were performing worse as well, without any evidence beyond the same average.", "e-", "data_intuition")
n.s("When I asked what he would tell the rider ops team, he said 'the drop is an app change, do not penalise riders for it' in one sentence.", "e+", "communication", "user_impact")
n.h("Impact")
n.s("Correct diagnosis in about 20 minutes, with one unsupported claim added.", "e0", "data_intuition", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w53_notes_part2.jsonl", notes)
