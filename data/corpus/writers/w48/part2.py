import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c04 Kai (they), r2 -- ignores member harm, seen only by i02
n = Note(note_id="w48-n013", candidate_id="w48-c04", interviewer_id="w48-i04", req_id="w48-r2",
         round="system_design", submitted_at="2026-02-02", recommendation="lean_hire", specificity=5,
         style=["bullets", "headings", "first_person", "british"], topic="climate disclosures",
         ratings={"system_thinking": "hire", "judgment": "lean_no_hire"})
n.h("System design: climate disclosure extraction service, 60 min")
n.s("I asked them to design a service that extracts emissions figures and targets from about 8,000 company PDFs a year for the climate-risk dashboard.", "c", hard="interviewer_action")
n.b("Split the service into fetch, layout parsing, field extraction and a review queue, and estimated peak load at about 2,000 documents in the March-April reporting season.", "e+", "system_thinking", marker="1. ")
n.b("Sized OCR at roughly 40 seconds per scanned page and concluded a nightly batch would clear the season's backlog in under a week.", "e+", "system_thinking", marker="2. ")
n.b("Put a confidence threshold on each extracted field and routed anything below 0.8 to a human reviewer.", "e+", "risk_awareness", marker="3. ")
n.b("When I asked who consumes the dashboard, they said 'the analysts, I assume' and did not ask further.", "e-", "user_impact", marker="4. ")
n.b("Chose to build a custom layout model before checking whether our vendor licence already included structured Scope 1-3 fields.", "e-", "judgment", marker="5. ")
n.b("When I mentioned the vendor feed, they dropped the custom model from the first release and kept it as a fallback for companies the vendor does not cover.", "e+", "learning", "judgment", marker="6. ")
n.b("Did not consider that companies restate prior-year emissions, so the store would silently overwrite history.", "e-", "data_intuition", hard="negated", marker="7. ")
n.b("Proposed field-level precision on a hand-labelled set of 200 reports rather than a single document-level accuracy.", "e+", "metrics", marker="8. ")
n.h("Recommendation")
n.s("Lean hire: the architecture and the change of course in finding 6 were good; findings 4 and 5 need probing in other rounds.", "v+")
notes.append(n)

n = Note(note_id="w48-n014", candidate_id="w48-c04", interviewer_id="w48-i02", req_id="w48-r2",
         round="behavioural", submitted_at="2026-02-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="members' trust")
n.s("I asked Kai what could go wrong for our members if the document reader made a mistake about a company's climate plans.", "c", hard="question")
n.s("They said the figures are 'only one input among many' and that members would not be affected in practice.", "e-", "user_impact")
n.s("I then described a member writing in because our annual report lists a company as having a net-zero target it has since dropped.", "c", hard="interviewer_action")
n.s("Kai replied that the vendor would be responsible for that and it was not something their system needed to handle.", "e-", "user_impact", "ownership")
n.s("They did not ask what we currently do when a member complains.", "e-", "user_impact", hard="negated")
n.s("Later, asked how they would explain the system to the trustees, they gave a clear two-minute account without jargon, comparing it to a filing clerk who flags what he cannot read.", "e+", "communication")
n.s("Polite and well prepared.", "v+", hard="biased")
n.s("I am worried that the people at the end of this chain did not come up in their thinking at all.", "v-", "user_impact")
n.s("Lean no hire from me, for that reason alone.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n015", candidate_id="w48-c04", interviewer_id="w48-i06", req_id="w48-r2",
         round="coding", submitted_at="2026-02-03", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="report extraction")
n.s("Kai did the coding round with me and honestly it was a joy!", "v+")
n.s("The task was to write a function that pulls every percentage target (like '42% reduction by 2030') out of a page of text.", "c")
n.s("They wrote a regex first, ran it on my three examples, and spotted straight away that it missed '42 per cent'.", "e+", "coding")
n.s("Then they switched to a small tokenised matcher and added five tests, including one for a year range like 2025-2030.", "e+", "coding")
n.s("I pushed on whether they'd need ML for this and they said not for version one, because rules are auditable and the governance committee would want that.", "e+", "judgment")
n.s("Really clean code.", "v+", "coding")
n.s("We ran out of time before the part about baseline years.", "c")
n.s("Such a lovely person to work with.", "v+", hard="biased")
n.s("Strong hire, one of the best this cycle!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n016", candidate_id="w48-c04", interviewer_id="w48-i01", req_id="w48-r2",
         round="data", submitted_at="2026-02-04", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows", "fragments"], topic="label quality")
n.s("Kai / MLE Doc Intel / data 45min", "c")
n.b("gave 500 extracted fields vs hand labels, asked where the errors are", "c", hard="interviewer_action")
n.b("sliced errors by doc type first -> scanned docs ~3x error rate of digital ones", "e+", "data_intuition")
n.b("noticed 40 labels from same annotator w/ systematic unit mistakes (kt vs t)", "e+", "data_intuition")
n.b("asked how labels were sampled, random or by sector", "e+", "data_intuition", hard="question")
n.b("did not check for duplicate docs across train/test, same report filed twice by subsidiaries", "e-", "data_intuition", hard="negated")
n.b("proposed per-sector precision, not one overall acc", "e+", "metrics")
n.b("no mention of which errors hurt members or analysts most, treated all errors same", "e-", "user_impact", hard="negated")
n.b("good w/ data", "v+", "data_intuition")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# c05 Hiroshi (he), r1 -- passive ownership seen by i05 and i06
n = Note(note_id="w48-n017", candidate_id="w48-c05", interviewer_id="w48-i05", req_id="w48-r1",
         round="behavioural", submitted_at="2025-06-16", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="model failure",
         ratings={"ownership": "no_hire", "communication": "hire"})
n.s("Behavioural interview, 45 minutes.", "c")
n.s("The candidate was asked to describe a project that did not go to plan.", "c")
n.s("He described a credit-spread model at his previous employer that failed in March 2020, and said the risk team 'took it from there'.", "e-", "ownership")
n.s("Asked what he personally did after the failure, he said he waited for a ticket to be assigned and meanwhile moved to another project.", "e-", "ownership")
n.s("He could not name any change made to the model as a result.", "e-", "ownership", hard="negated")
n.s("When asked how he would handle a similar failure here, he said he would escalate to his manager and wait for a decision.", "e-", "ownership", "judgment")
n.s("He did identify, unprompted, that the 2012-2019 training window contained no crisis period and that this explained the failure.", "e+", "data_intuition")
n.s("His answers were concise and easy to follow.", "v+", "communication")
n.s("The candidate appears technically capable but passive when things go wrong.", "v-", "ownership")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n018", candidate_id="w48-c05", interviewer_id="w48-i06", req_id="w48-r1",
         round="fundamentals", submitted_at="2025-06-16", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="stress tests")
n.s("I did the fundamentals round with Hiroshi.", "c")
n.s("He knows his stats really well, really impressive.", "v+", "ml_fundamentals")
n.s("We talked about regime changes and stress tests and he was very comfortable with all of it.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He mentioned that at his last place the model owners were 'somebody upstream' and he just used the outputs, which is fine I think!", "e-", "ownership", hard="verdict_plus_evidence")
n.s("Lovely calm manner.", "v+", hard="biased")
n.s("Maybe not a natural leader but he'd be great in a team.", "v0", hard="mixed")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n019", candidate_id="w48-c05", interviewer_id="w48-i03", req_id="w48-r1",
         round="data", submitted_at="2025-06-17", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="stress tests")
n.s("Hiroshi, data round.", "c")
n.s("Solid.", "v+", hard="bare_verdict")
n.s("Knew the material on stress testing.", "v+", "risk_awareness", hard="tech_vague")
n.s("Handled the data cleaning part fine.", "v+", "data_intuition")
n.s("Some hesitation here and there.", "v-", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n020", candidate_id="w48-c05", interviewer_id="w48-i04", req_id="w48-r1",
         round="coding", submitted_at="2025-06-17", recommendation="hire", specificity=5,
         style=["bullets", "headings", "first_person", "british"], topic="stress tests",
         ratings={"coding": "strong_hire", "risk_awareness": "lean_hire"})
n.h("Coding: historical stress test on a 40-asset portfolio, 60 min")
n.s("I asked him to apply the 2008 and 2022 shock vectors to current holdings and report the loss by asset class.", "c", hard="interviewer_action")
n.b("He loaded the shocks, noticed that 6 of the 40 assets had no 2008 history, and asked what proxy we normally use before writing any code.", "e+", "data_intuition", marker="1. ")
n.b("Wrote the revaluation as a single matrix product and verified it against a hand calculation for two bonds.", "e+", "coding", marker="2. ")
n.b("Added a test that the total loss equals the sum of asset-class losses to the penny.", "e+", "coding", marker="3. ")
n.b("For the missing assets he proposed a sector proxy and printed a warning listing which ones were proxied.", "e+", "risk_awareness", marker="4. ")
n.b("Treated bond price shocks as linear in yield; when I asked about a 300bp move he added a convexity term and said the linear version understated losses on long-dated gilts.", "e+", "learning", marker="5. ")
n.b("Did not suggest any scenario beyond the two historical ones, e.g. a climate transition shock, even when I asked what was missing.", "e-", "risk_awareness", hard="negated", marker="6. ")
n.h("Recommendation")
n.s("Hire: findings 1-5 show a careful coder; finding 6 is a gap in scope, not in method.", "v+")
notes.append(n)

# c06 Marisol (she), r1 -- communication contradiction (i02 clear, i04 rambling); adapts after hint
n = Note(note_id="w48-n021", candidate_id="w48-c06", interviewer_id="w48-i02", req_id="w48-r1",
         round="behavioural", submitted_at="2026-03-09", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="explaining to trustees")
n.s("I asked Marisol to explain to me, as a trustee, why the fund's risk model might give a wrong answer.", "c", hard="question")
n.s("She used the example of a weather forecast trained only on summers and said our model had mostly seen years of falling interest rates.", "e+", "communication", hard="plain_evidence")
n.s("She then said that if she could tell the trustees only one thing, it would be that the model is least reliable exactly when we most need it.", "e+", "communication")
n.s("When I said I still did not follow the part about correlations, she stopped, drew two lines on paper and explained it again more slowly.", "e+", "communication")
n.s("She asked how often trustees currently see a risk report and in what form.", "e+", "user_impact", hard="plain_evidence")
n.s("Very warm and personable.", "v+", hard="biased")
n.s("I understood everything she said, which is not always the case in these interviews.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n022", candidate_id="w48-c06", interviewer_id="w48-i04", req_id="w48-r1",
         round="fundamentals", submitted_at="2026-03-09", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "first_person", "british"], topic="regime change",
         ratings={"communication": "no_hire", "ml_fundamentals": "lean_no_hire"})
n.s("Fundamentals, 60 min: stress testing and regime models.", "c")
n.b("Asked to define expected shortfall, she spoke for about six minutes, covering the history of VaR and Basel, before giving the definition.", "e-", "communication", marker="1. ")
n.b("I had to interrupt twice to ask her to answer the question asked.", "e-", "communication", marker="2. ")
n.b("Her first proposal for detecting a regime change was to refit the whole model monthly and eyeball the coefficients, with no test of significance.", "e-", "ml_fundamentals", marker="3. ")
n.b("After I hinted at a change-point test on the residuals, she sketched a CUSUM statistic correctly and explained the false-alarm trade-off.", "e+", "learning", "ml_fundamentals", marker="4. ")
n.b("She asked whether the committee would rather have a false alarm or a late warning before choosing a threshold.", "e+", "judgment", marker="5. ")
n.b("Did not distinguish a volatility regime from a correlation regime when I asked which matters more for a 60/40 portfolio.", "e-", "ml_fundamentals", hard="negated", marker="6. ")
n.s("Communication needs work: answers were long and unfocused.", "v-", "communication")
n.nl()
n.s("Lean no hire; finding 4 is encouraging, but the basics in 3 and 6 should not need a hint.", "v-")
notes.append(n)

n = Note(note_id="w48-n023", candidate_id="w48-c06", interviewer_id="w48-i01", req_id="w48-r1",
         round="data", submitted_at="2026-03-10", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "arrows", "lowercase"], topic="vendor data licences")
n.s("marisol / ds port risk / data 45min", "c")
n.b("dataset: vendor esg scores 2015-2024, 1,200 issuers", "c")
n.b("first thing she asked: does licence allow internal model use or display only?", "e+", "judgment", hard="question")
n.b("found methodology change in 2019 -> jump in mean score, flagged as not a real improvement", "e+", "data_intuition")
n.b("didn't check coverage bias, small caps mostly missing pre-2018", "e-", "data_intuition", hard="negated")
n.b("some good instincts on data", "v+", "data_intuition")
n.b("bit slow on pandas", "v-", "coding")
n.b("explanation rambled a bit but got there", "v0", "communication", hard="mixed")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w48-n024", candidate_id="w48-c06", interviewer_id="w48-i06", req_id="w48-r1",
         round="behavioural", submitted_at="2026-03-10", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="stress tests")
n.s("I had Marisol for the ownership slot and she was great.", "v+", "ownership")
n.s("I asked her to tell me about something she'd driven end to end.", "c")
n.s("She told me she'd noticed their stress test library still used only 2008 shocks, wrote a proposal for three hypothetical scenarios herself, and got it through the model committee in about two months.", "e+", "ownership")
n.s("When the committee rejected one scenario as implausible, she said she went back, found an analogue in the 1994 bond sell-off and resubmitted.", "e+", "ownership")
n.s("I asked what she'd do differently and she said she'd bring the portfolio managers in earlier, because they ignored the first version.", "e+", "learning")
n.s("Honestly one of the most driven people I've met.", "v+", "ownership")
n.s("She has three kids and still did all this, amazing!", "v+", hard="biased")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w48_notes_part2.jsonl", notes)
