import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# Candidate c05: Priyanka (she), r2 - strong candidate, vague write-up by i03
n = Note(note_id="w53-n023", candidate_id="w53-c05", interviewer_id="w53-i03", req_id="w53-r2",
         round="data", submitted_at="2026-03-09", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="festival demand")
n.s("Data round, festival demand question.", "c")
n.s("Priyanka was very good.", "v+")
n.s("Great intuition for messy data.", "v+", "data_intuition", hard="tech_vague")
n.s("She spotted something off in the Navratri numbers early.", "e+", "data_intuition", hard="plain_evidence")
n.s("Good instincts about what to measure.", "v+", "metrics")
n.s("Easy to talk to.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n024", candidate_id="w53-c05", interviewer_id="w53-i04", req_id="w53-r2",
         round="fundamentals", submitted_at="2026-03-09", recommendation="strong_hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="forecasting")
n.h("Fundamentals checklist")
n.b("Q1: why might a model trained on last Diwali under-forecast this Diwali?", "c", hard="question")
n.b("Named censored demand: YES - Said stocked-out hours record zero sales, not zero demand.", "e+", "data_intuition")
n.b("Explained bias/variance trade-off with an example: YES - More store-level features cut bias but the 20 new stores had too few weeks, so she pooled them by city.", "e+", "ml_fundamentals")
n.b("Correct on loss choice: YES - Picked pinball loss at the 0.9 quantile because running short costs more than overstocking for milk.", "e+", "ml_fundamentals", "judgment")
n.b("Offline vs online gap raised unprompted: YES - Said backtest error ignores that slots close when demand is high, so the online data is shaped by the model.", "e+", "metrics")
n.b("Errors: NO major ones.", "v+", hard="negated")
n.b("Result: SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n025", candidate_id="w53-c05", interviewer_id="w53-i02", req_id="w53-r2",
         round="system_design", submitted_at="2026-03-10", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations"], topic="rider safety")
n.h("SYSTEM DESIGN - 10 MIN PROMISE")
n.b("q: ETA + promise system for 10 min delivery, monsoon season", "c")
n.b("Priyanka asked FIRST what the rider accident rate was on rainy days vs dry", "e+", "user_impact", hard="question")
n.b("proposed widening promise to 20 min automatically when rain sensor + rider count cross thresholds", "e+", "judgment", "user_impact")
n.b("added alert to ops if >15% of orders breach promise in any store for 30 min", "e+", "risk_awareness")
n.b("components clear: forecast svc, ETA svc, promise svc, each w/ fallback to last good value", "e+", "system_thinking")
n.b("did NOT estimate load on ETA svc at peak", "e-", "system_thinking", hard="negated")
n.b("STRONG product sense", "v+", "user_impact")
n.b("smart + quick on her feet", "v+")
n.b("GOOD HIRE for ops side", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n026", candidate_id="w53-c05", interviewer_id="w53-i05", req_id="w53-r2",
         round="behavioural", submitted_at="2026-03-11", recommendation="hire", specificity=4,
         style=["headings", "third_person", "british"], topic="surge fees")
n.h("Situation")
n.s("Candidate was asked about disagreeing with a senior colleague.", "c")
n.s("She described a surge pricing launch where her director wanted to ship after a positive revenue test.", "e0")
n.h("Behaviour")
n.s("She said she pulled the test results by pin code and showed that surge was shown three times as often in two low-income areas.", "e+", "user_impact", "data_intuition")
n.s("She said she proposed a cap instead of blocking the launch, and the director accepted it.", "e+", "judgment")
n.h("Impact")
n.s("She could not recall whether revenue held up after the cap.", "e-", "metrics")
n.s("Thoughtful and principled.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# Candidate c06: Daniel (he), r1 - defends when challenged
n = Note(note_id="w53-n027", candidate_id="w53-c06", interviewer_id="w53-i01", req_id="w53-r1",
         round="fundamentals", submitted_at="2026-04-06", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person"], topic="search ranking")
n.s("Kindly find the feedback for Daniel, fundamentals round.", "c")
n.s("I am asking him how to train a ranker for grocery search where labels are clicks.", "c")
n.s("He said clicks are a perfect label and position does not matter for groceries.", "e-", "ml_fundamentals", "data_intuition")
n.s("When I am showing him that the first slot gets 40% of clicks whatever the item, he is saying that is because the first item is always best.", "e-", "learning")
n.s("He explained softmax cross-entropy correctly and wrote the gradient.", "e+", "ml_fundamentals")
n.s("He said dropout is applied at inference time to make predictions stable.", "e-", "ml_fundamentals")
n.s("He is having confidence but not listening.", "v-", "communication")
n.s("Theory is good but practical sense is lacking.", "v0", "ml_fundamentals", hard="mixed")
n.s("Not suitable for search team at this time, I am feeling.", "v-", hard="hedged")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n028", candidate_id="w53-c06", interviewer_id="w53-i04", req_id="w53-r1",
         round="coding", submitted_at="2026-04-06", recommendation="lean_hire", specificity=5,
         style=["bullets", "headings", "terse"], topic="substitutions")
n.h("Coding checklist")
n.b("Problem: given an order and store stock, return up to 3 substitutes per missing item by price distance.", "c")
n.b("Working solution: YES, in 25 min.", "e+", "coding")
n.b("Edge cases: PARTLY - Handled zero stock but not an item with no category.", "e-", "coding", hard="mixed")
n.b("Tests: NO - Ran the single example I gave and stopped.", "e-", "coding", hard="negated")
n.b("Responded to feedback: NO - When I said price distance ignores pack size, he said 'customers only care about price'.", "e-", "learning", "user_impact")
n.b("Code readable: YES.", "e+", "coding")
n.b("Result: LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n029", candidate_id="w53-c06", interviewer_id="w53-i06", req_id="w53-r1",
         round="system_design", submitted_at="2026-04-07", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="multilingual search")
n.s("Daniel and I had a very lively design discussion on multilingual search.", "v+")
n.s("I asked him to design query understanding for Hindi, Tamil and Hinglish.", "c")
n.s("He sketched a language-ID step, a transliteration layer and a shared multilingual embedding, with caching for the top 10,000 queries.", "e+", "system_thinking")
n.s("He has a very impressive command of transformer architectures.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I suggested that Tamil queries might need their own evaluation set, he disagreed firmly and said the shared model would handle it, which I rather admired.", "e-", "learning", hard="verdict_plus_evidence")
n.s("He did not ask how search quality would be measured per language.", "e-", "metrics", hard="negated")
n.s("Lots of energy and passion.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n030", candidate_id="w53-c06", interviewer_id="w53-i02", req_id="w53-r1",
         round="debugging", submitted_at="2026-04-08", recommendation="no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations"], topic="substitutions")
n.h("DEBUGGING")
n.b("bug: substitution acceptance dropped 12 pts in 3 stores after a deploy", "c")
n.b("Daniel checked model version first, good", "e+", "coding")
n.b("then blamed the pickers for 'not following the app' w/o looking at any data", "e-", "data_intuition", "ownership")
n.b("I showed him the stock feed lag -> he said 'that can't be it', kept on picker theory for 10 min", "e-", "learning")
n.b("never proposed rolling back the deploy while investigating", "e-", "risk_awareness", hard="negated")
n.b("DEFENSIVE when challenged, same as i01 + i06 saw", "v-", "learning")
n.b("NH", "v-", hard="bare_verdict")
notes.append(n)

# Candidate c07: Aisha (she), r2 - adapts after hint
n = Note(note_id="w53-n031", candidate_id="w53-c07", interviewer_id="w53-i05", req_id="w53-r2",
         round="data", submitted_at="2026-05-04", recommendation="lean_hire", specificity=5,
         style=["headings", "first_person", "british"], topic="cash on delivery")
n.h("Situation")
n.s("I gave Aisha six months of orders and asked her to estimate how many COD orders are refused at the door.", "c")
n.h("Behaviour")
n.s("She first computed a refusal rate of 11% using all COD orders.", "e0", "data_intuition")
n.s("I hinted that cancelled-before-dispatch orders were in the table, and she filtered them out and got 6.5%.", "e+", "learning", "data_intuition")
n.s("She then asked whether riders mark refusals honestly when they are paid per delivery.", "e+", "data_intuition", hard="question")
n.s("She wrote the SQL with a window function and checked row counts before and after the join.", "e+", "coding")
n.h("Impact")
n.s("She recommended not removing COD for first-time customers, saying it was the only option for people without cards in smaller towns.", "e+", "user_impact", "judgment")
n.s("Lean hire; needed the hint on the key filter.", "e0", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w53-n032", candidate_id="w53-c07", interviewer_id="w53-i01", req_id="w53-r2",
         round="system_design", submitted_at="2026-05-04", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="dark-store stock")
n.s("Kindly find feedback for Aisha, system design.", "c")
n.s("I am asking her to design a replenishment forecast for dark stores.", "c")
n.s("She is first asking how long the supplier lead time is and whether it changes in festival weeks.", "e+", "judgment", hard="question")
n.s("She is proposing a daily forecast per item per store, then a safety stock rule on top.", "e+", "system_thinking")
n.s("Initially she is forgetting perishables, and after my hint she is adding shelf life as a constraint and explaining why milk needs a separate rule.", "e0", "learning", "system_thinking", hard="mixed")
n.s("She said she would monitor stockout hours per store and fall back to last week's order if the forecast job fails.", "e+", "risk_awareness")
n.s("She is explaining everything step by step.", "v+", "communication")
n.s("Hire from my side.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n033", candidate_id="w53-c07", interviewer_id="w53-i03", req_id="w53-r2",
         round="behavioural", submitted_at="2026-05-05", recommendation="lean_hire", specificity=1,
         style=["prose", "lowercase", "terse"], topic="ratings")
n.s("behavioural round.", "c")
n.s("aisha seemed fine, good attitude.", "v+", hard="biased")
n.s("talked about a rider ratings project.", "v0", hard="tech_vague")
n.s("seems to own her work.", "v+", "ownership")
n.s("a bit junior maybe.", "v-", hard="hedged")
n.s("lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w53-n034", candidate_id="w53-c07", interviewer_id="w53-i06", req_id="w53-r2",
         round="fundamentals", submitted_at="2026-05-06", recommendation="strong_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="surge fees")
n.s("Aisha was asked to explain how she would test a new surge fee rule.", "c")
n.s("She proposed a switchback experiment by store and hour, because riders are shared across customers and a user-level split would leak.", "e+", "ml_fundamentals", "metrics")
n.s("She asked what complaint rate would count as too high before we started.", "e+", "metrics", hard="question")
n.s("She could not explain why the confidence interval widened when we shortened the switch period.", "e-", "ml_fundamentals")
n.s("A wonderful candidate with a brilliant mind.", "v+")
n.s("Strong hire, I would fight for her.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w53_notes_part3.jsonl", notes)
