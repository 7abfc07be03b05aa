import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"
notes = []

# ---------- Candidate c04 Kai (they), r1 size recs: user-harm red flag seen by i02 only ----------
n = Note(note_id="w36-n013", candidate_id="w36-c04", interviewer_id="w36-i02", req_id="w36-r1",
         round="behavioural", submitted_at="2026-01-20", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="size and fit")
n.s("Kai, behavioural, I covered the customer side.", "c")
n.s("I told them about the complaints we had last spring from customers who felt the size tool kept pushing them up a size.", "c", hard="interviewer_action")
n.s("They said the tool was probably right and customers \"don't like hearing the truth about their size\".", "e-", UI)
n.s("I asked whether it mattered that most of those complaints came from women buying our curve range.", "c", hard="question")
n.s("They said it didn't, because returns were down overall.", "e-", UI, ME)
n.s("They never asked what the complaints actually said.", "e-", UI, hard="negated")
n.s("They did talk me through how they would explain a size suggestion on the product page, with a short line like \"most people with your past orders kept a 12\".", "e+", CM, UI, hard="plain_evidence")
n.s("Polite and easy to talk to.", "v+", hard="biased")
n.s("I don't think they see the customer behind the numbers.", "v-", UI)
n.s("Leaning no from me.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n014", candidate_id="w36-c04", interviewer_id="w36-i04", req_id="w36-r1",
         round="system_design", submitted_at="2026-01-20", recommendation="hire", specificity=4,
         style=["headings", "terse", "british"], topic="size recommendation",
         ratings={"system_thinking": "hire", "risk_awareness": "hire", "user_impact": "lean_hire"})
n.h("System design - Kai")
n.s("Prompt: size recommendation service for product pages, 2M monthly shoppers, 60 brands.", "c")
n.nl()
n.b("System thinking: 4/4 - separated a per-brand size chart mapping (static, curated) from a per-shopper fit offset (learned nightly), and served both from a key-value store.", "e+", ST, hard="verdict_plus_evidence", marker="")
n.b("Estimated peak product-page traffic at about 1,500 requests a second and said the lookup must sit under 20 ms, so no model inference at request time.", "e+", ST, marker="")
n.b("Risk: 3/4 - proposed hiding the recommendation when a shopper has fewer than two kept orders, and a kill switch per brand.", "e+", RI, marker="")
n.b("Did not discuss what happens when a brand silently changes its sizing between seasons.", "e-", RI, DI, hard="negated", marker="")
n.b("Metrics: 3/4 - primary metric fit-related return rate, guardrail conversion; asked how long returns take to come back before committing.", "e+", ME, JU, marker="")
n.b("User impact: 2/4 - I raised different error rates across body shapes; answered with one sentence about monitoring and moved on.", "e-", UI, marker="")
n.b("Communication: 3/4 - drew the diagram before talking, kept to time.", "e+", CM, marker="")
n.b("Overall: hire on design; user impact should be probed by the behavioural round.", "v+", ST, marker="")
notes.append(n)

n = Note(note_id="w36-n015", candidate_id="w36-c04", interviewer_id="w36-i05", req_id="w36-r1",
         round="coding", submitted_at="2026-01-21", recommendation="strong_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="size recommendation")
n.s("Kai completed the coding exercise on computing size offsets between brands.", "c")
n.s("They are a very polished engineer with excellent Python skills.", "v+", CO, hard="tech_vague")
n.s("Their code was clean, idiomatic and well structured.", "v+", CO)
n.s("They added a docstring and a small test for the case where two brands share no shoppers.", "e+", CO)
n.s("Kai communicated wonderfully throughout and it was a genuine pleasure.", "v+", CM)
n.s("A brilliant hire for the team.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n016", candidate_id="w36-c04", interviewer_id="w36-i06", req_id="w36-r1",
         round="debugging", submitted_at="2026-01-22", recommendation="hire", specificity=3,
         style=["bullets", "terse", "lowercase", "abbreviations", "arrows"], topic="size recommendation")
n.h("debugging - kai")
n.b("setup: fit model retrained, recs jumped a size for ~30% of shoppers overnight", "c")
n.b("first thing: diffed the input distribution vs. last week", "e+", DI)
n.b("found a brand whose size labels changed from UK to EU numbers -> offsets blew up", "e+", DI)
n.b("proposed a check that fails the job if mean offset moves > half a size", "e+", RI)
n.b("didn't ask which shoppers had already seen the bad recs or whether to tell them", "e-", UI, hard="negated")
n.b("quick", "v+")
n.b("good debugger", "v+", CO)
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate c05 Mateo (he), r2 markdown: passive ownership (i01 + i04), adapts after hints ----------
n = Note(note_id="w36-n017", candidate_id="w36-c05", interviewer_id="w36-i01", req_id="w36-r2",
         round="behavioural", submitted_at="2025-06-04", recommendation="lean_no_hire", specificity=3,
         style=["fragments", "lowercase", "first_person", "typos"], topic="markdown pricing")
n.b("Mateo behavioural notes dictated so there might be the odd wrong word", "c", marker="")
n.b("I asked him about a project that went wrong and what he did about it", "c", hard="question", marker="")
n.b("he told me about a clearance pricing model that over discounted knitwear in October and the company lost margin on it", "e0", marker="")
n.b("when I asked who caught it he said the finance team did and then the model was paused by his manager", "e-", OW, marker="")
n.b("I asked what he personally changed afterwards and he said he wasnt on the follow up because he moved to another project", "e-", OW, marker="")
n.b("he said a couple of times 'the model did what it was told' which I didnt love", "e-", OW, LE, marker="")
n.b("on the other hand when I asked what he would do now he said he would put a floor on the discount for new season lines and check weather against the forecast which is a fair answer", "e+", RI, LE, marker="")
n.b("nice guy very calm", "v+", hard="biased", marker="")
n.b("ownership is the worry for me lean no", "v-", OW, marker="")
notes.append(n)

n = Note(note_id="w36-n018", candidate_id="w36-c05", interviewer_id="w36-i03", req_id="w36-r2",
         round="data", submitted_at="2025-06-04", recommendation="lean_hire", specificity=1,
         style=["prose", "third_person"], topic="markdown pricing")
n.s("Data round.", "c")
n.s("Mateo handled the data well and knows pandas.", "v+", DI, hard="tech_vague")
n.s("Good instincts on pricing data.", "v+", DI)
n.s("A little slow at times.", "v-")
n.s("Probably fine.", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w36-n019", candidate_id="w36-c05", interviewer_id="w36-i04", req_id="w36-r2",
         round="system_design", submitted_at="2025-06-05", recommendation="lean_no_hire", specificity=5,
         style=["headings", "terse", "british", "first_person"], topic="markdown pricing",
         ratings={"system_thinking": "lean_hire", "ownership": "no_hire", "learning": "hire", "judgment": "lean_no_hire"})
n.h("System design - Mateo")
n.s("Prompt: weekly markdown recommendations for 300 stores, merchandisers can override.", "c")
n.nl()
n.b("System thinking: 3/4 - demand model per style, price elasticity by category, a simple rules layer for minimum margin.", "e+", ST, hard="verdict_plus_evidence", marker="")
n.b("Did not say where the override decisions would be stored or whether they would feed back into training.", "e-", ST, DI, hard="negated", marker="")
n.b("When I asked about it, he added an overrides table and said overrides should be a feature, not a label, since merchandisers see things the model cannot.", "e+", LE, DI, marker="")
n.b("Judgment: 2/4 - I said the model would be used for the summer sale in three weeks; he wanted to rebuild the elasticity model from scratch first.", "e-", JU, marker="")
n.b("After I asked what could ship in three weeks he proposed keeping last year's rules and only using the model for the 20 slowest lines.", "e+", JU, LE, marker="")
n.b("Ownership: 1/4 - asked who owns the pipeline if it breaks on a Sunday, he said \"the on-call, presumably\" and left it there.", "e-", OW, RI, marker="")
n.b("No plan for checking the recommendations before they reach stores.", "e-", RI, hard="negated", marker="")
n.b("Learning: 4/4 - both hints taken and used within a minute, no defensiveness.", "e+", LE, marker="")
n.b("Overall: lean no hire; adapts well but waits to be told, and owns nothing past the model.", "v-", OW, marker="")
notes.append(n)

n = Note(note_id="w36-n020", candidate_id="w36-c05", interviewer_id="w36-i05", req_id="w36-r2",
         round="fundamentals", submitted_at="2025-06-06", recommendation="hire", specificity=2,
         style=["prose", "third_person", "british"], topic="price elasticity")
n.s("Mateo was taken through the fundamentals questions on demand and elasticity.", "c")
n.s("He has a lovely grasp of causal inference and econometrics.", "v+", ML, hard="tech_vague")
n.s("He gave a competent overview of instrumental variables and regression discontinuity.", "v+", ML, hard="tech_vague")
n.s("He explained that a price cut during a heatwave would overstate elasticity for summer dresses, because demand rose for reasons other than price.", "e+", ML, DI)
n.s("He is thoughtful and clearly very bright.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate c06 Hina (she), r2 fraudulent returns: strong; contradiction on risk ----------
n = Note(note_id="w36-n021", candidate_id="w36-c06", interviewer_id="w36-i02", req_id="w36-r2",
         round="behavioural", submitted_at="2026-03-10", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="fraudulent returns")
n.s("Hina, behavioural round, I joined from the returns team.", "c")
n.s("I described our wardrobing problem, where people wear a dress to a wedding and send it back.", "c", hard="interviewer_action")
n.s("Before anything else she asked how many honest customers we could afford to annoy to catch one wardrober.", "e+", UI, JU, hard="question")
n.s("She said she would rather the model flagged orders for a person in the warehouse to check than block refunds automatically.", "e+", UI, RI, hard="plain_evidence")
n.s("She told me about her last job, where she set up a weekly meeting with the warehouse staff because their notes on returned parcels were better than any label she had.", "e+", OW, DI)
n.s("When I said that meeting sounded like a lot of her time, she said it took an hour a week and cut her false flags by about a third.", "e+", OW)
n.s("She explained things without any jargon, and checked that I had followed before going on.", "e+", CM)
n.s("Really impressive.", "v+")
n.s("Strong yes.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n022", candidate_id="w36-c06", interviewer_id="w36-i03", req_id="w36-r2",
         round="coding", submitted_at="2026-03-10", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="fraudulent returns")
n.s("Coding, Hina.", "c")
n.s("Really strong, top tier SQL and Python.", "v+", CO, hard="tech_vague")
n.s("Clearly a very experienced data scientist.", "v+")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n023", candidate_id="w36-c06", interviewer_id="w36-i05", req_id="w36-r2",
         round="system_design", submitted_at="2026-03-11", recommendation="strong_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="fraudulent returns")
n.s("Hina was asked to design a system to flag likely fraudulent returns at the point a return is booked.", "c")
n.s("She asked first what actions were available: warn, delay the refund, or send for manual inspection.", "e+", JU, hard="question")
n.s("She proposed a nightly customer-level risk score plus a few real-time rules for known patterns, such as many returns to different addresses.", "e+", ST)
n.s("She noted that fraud labels only exist for returns someone chose to inspect, so the training data would be biased towards what inspectors already suspect.", "e+", DI)
n.s("She suggested inspecting a small random sample of returns each week to get unbiased labels.", "e+", DI, ME)
n.s("She recommended a shadow period of four weeks, with a rollback if complaint volume from flagged customers rose above baseline.", "e+", RI)
n.s("Her risk awareness was exemplary throughout.", "v+", RI)
n.s("Hina is a superb candidate and a strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n024", candidate_id="w36-c06", interviewer_id="w36-i06", req_id="w36-r2",
         round="debugging", submitted_at="2026-03-12", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="fraudulent returns")
n.h("debugging - hina")
n.b("setup: fraud flag rate doubled after a deploy, find why", "c")
n.b("checked the deploy diff first, found threshold read as string -> compared wrong", "e+", CO)
n.b("fix was right", "v+", CO)
n.b("no mention of who got flagged in the bad window or whether refunds were held", "e-", UI, RI, hard="negated")
n.b("asked if there was an alert on flag rate; when i said no, didn't propose one", "e-", RI)
n.b("disagree w/ i05 on risk, imo she's reactive", "v-", RI)
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w36_notes_part2.jsonl", notes)
