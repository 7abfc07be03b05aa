import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- History notes ----------
n = Note(note_id="w22-n049", candidate_id="w22-c25", interviewer_id="w22-i05", req_id="w22-r2",
         round="behavioural", submitted_at="2026-01-28", recommendation="strong_hire",
         specificity=2, style=["prose", "first_person", "american"], topic="leadership")
n.s("I have to say Layla was one of the most impressive people I've met in this whole hiring cycle.", "v+")
n.s("We covered her time leading the trust and safety analytics group at a ride-hailing company.", "c")
n.s("She has an incredible amount of experience with fraud, probably more than anyone on our current team.", "v+", hard="vague_quantity")
n.s("Her stories were rich and detailed and she clearly knows how to run a team.", "v+", "ownership", hard="tech_vague")
n.s("She mentioned a tough launch with a difficult partner team, and I think she handled it beautifully.", "v+", "communication")
n.s("She did say that she personally called the three biggest merchants affected by a false-positive spike to explain what went wrong.", "e+", "ownership", "user_impact")
n.s("Super humble, too, which you don't see often.", "v+", hard="biased")
n.s("She's a mother of two and still found time to publish, which honestly amazes me.", "v+", hard="biased")
n.s("I think she'd raise the bar for the whole Seller Trust org.", "v+")
n.s("Deep understanding of risk and how to manage it.", "v+", "risk_awareness", hard="tech_vague")
n.s("Great chat, I could have talked for another hour!", "v+")
n.s("Strong hire, please don't let her go to a competitor.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n050", candidate_id="w22-c26", interviewer_id="w22-i03", req_id="w22-r2",
         round="coding", submitted_at="2026-02-10", recommendation="no_hire",
         specificity=1, style=["terse", "lowercase"], topic="coding")
n.s("coding.", "c")
n.s("didn't finish.", "v-", "coding")
n.s("not strong enough for AS.", "v-", hard="bare_verdict")
n.s("poor problem solving.", "v-", hard="tech_vague")
n.s("no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n051", candidate_id="w22-c27", interviewer_id="w22-i01", req_id="w22-r1",
         round="system_design", submitted_at="2026-02-17", recommendation="hire",
         specificity=3, style=["prose", "first_person", "fragments", "arrows"], topic="autocomplete during flash sales",
         ratings={"system_thinking": "hire", "learning": "strong_hire"})
n.s("SD with Ananya, autocomplete for the app search box.", "c")
n.s("Twist I added: at 8pm flash sale start, everyone types the same 5 prefixes.", "c", hard="interviewer_action")
n.blank()
n.s("She went with a trie of top-k completions per prefix, rebuilt hourly from query logs.", "e0", "system_thinking")
n.s("Reasonable.", "v0")
n.s("Then I asked how the campaign items get into completions if the trie is rebuilt only hourly and the sale started five minutes ago.", "c", hard="question")
n.s("She paused, then said the hourly rebuild is wrong for this, and added a small real-time layer: counts over the last 5 minutes -> merged on top of the hourly trie.", "e+", "learning", "system_thinking")
n.s("She also said she'd cap how far the real-time layer can boost, so a coordinated group can't push a scam shop name into autocomplete.", "e+", "risk_awareness", "user_impact")
n.s("Very good this one, I didn't even hint at abuse.", "v+")
n.blank()
n.s("Weak spot: she couldn't tell me how she'd know the new layer helps — she said 'more people click completions' and stopped there.", "e-", "metrics")
n.s("I asked if more clicks on completions always good.", "c", hard="question")
n.s("She came round to measuring searches that end in a purchase, but it took a while.", "e0", "metrics", "learning", hard="mixed")
n.blank()
n.s("Strong design sense overall.", "v+", "system_thinking")
n.s("Nice to interview, adapts quickly when you push.", "v+", "learning")
n.s("Hire can.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n052", candidate_id="w22-c28", interviewer_id="w22-i07", req_id="w22-r2",
         round="behavioural", submitted_at="2026-02-24", recommendation="hire",
         specificity=5, style=["qa", "quotes"], topic="judgement under ambiguity",
         ratings={"judgment": "strong_hire", "ownership": "hire", "communication": "hire"})
n.s("Behavioural, Tomás, Seller Trust.", "c")
n.nl()
n.s("Q: A time you had to decide without enough data.", "c", hard="question")
n.nl()
n.s("A: A sudden wave of new shops selling the same discounted air fryer, two days before a mega-sale.", "e0", "judgment")
n.s("He said he had no labels, so he paused payouts only for shops created in the last 72 hours with that exact SKU, rather than delisting all of them.", "e+", "judgment", "user_impact")
n.s("\"If I'm wrong, honest sellers wait three days for money; if I'm right, we stop a ring.\"", "e+", "judgment", hard="plain_evidence")
n.nl()
n.s("Q: Were you right?", "c", hard="question")
n.nl()
n.s("A: Mostly, 41 of 46 shops were confirmed fraud; he said he personally messaged the five honest sellers and pushed finance to release their payouts the same day.", "e+", "ownership", "user_impact")
n.nl()
n.s("Q: What would you change?", "c", hard="question")
n.nl()
n.s("A: \"I'd have written the rule with an expiry date — it stayed on for two months because nobody owned removing it.\"", "e+", "learning", "risk_awareness")
n.nl()
n.s("Q: How did you explain this to the business team?", "c", hard="question")
n.nl()
n.s("A: Showed me the one-slide summary from memory: what we did, cost if wrong, cost if right, when we'd revisit.", "e+", "communication")
n.nl()
n.s("Q: Any time you were overruled?", "c", hard="question")
n.nl()
n.s("A: Wanted a shadow period for a new model, PM wanted it live before the sale; he agreed to launch with a rollback switch and a 1% holdout and said that compromise was fine.", "e+", "judgment", "risk_awareness")
n.blank()
n.s("Went over time by ten minutes, my fault.", "c")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n053", candidate_id="w22-c29", interviewer_id="w22-i03", req_id="w22-r1",
         round="fundamentals", submitted_at="2026-03-17", recommendation="lean_no_hire",
         specificity=1, style=["terse"], topic="fundamentals")
n.s("Fundamentals.", "c")
n.s("Knowledge a bit shallow.", "v-", "ml_fundamentals", hard="tech_vague")
n.s("Not great on trade-offs.", "v-", "judgment")
n.s("Seemed maybe a bit junior.", "v-", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n054", candidate_id="w22-c30", interviewer_id="w22-i04", req_id="w22-r2",
         round="behavioural", submitted_at="2026-03-18", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "british"], topic="collaboration")
n.s("The candidate, Bongani, was asked about collaboration with operations teams.", "c")
n.s("I would say he has a collaborative attitude.", "v+", "communication")
n.s("He spoke about working with the review team at his previous company.", "v0", hard="tech_vague")
n.s("He was able to describe the weekly meeting where reviewers flagged confusing cases, and said he turned those cases into a new label guideline.", "e+", "data_intuition", "ownership")
n.s("Apart from this example, his answers were somewhat general.", "v-", "communication")
n.s("When I asked for a time he changed his mind, he said he could not think of one at the moment.", "e-", "learning", hard="negated")
n.s("He appears to be a respectful colleague.", "v+", hard="biased")
n.s("His English is very good for a non-native speaker.", "v+", hard="biased")
n.s("I would say lean hire, though a technical round should confirm.", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w22-n055", candidate_id="w22-c31", interviewer_id="w22-i06", req_id="w22-r2",
         round="system_design", submitted_at="2026-03-24", recommendation="lean_hire",
         specificity=3, style=["bullets", "terse", "abbreviations", "arrows"], topic="account takeover")
n.s("SD: seller account takeover detection, Lucas", "c", sep="")
n.b("+ login features: new device, new country, password reset -> payout change within 1h", "e+", "data_intuition", marker="")
n.b("+ step-up auth instead of lock for mid scores, said locking hurts sellers mid-campaign", "e+", "judgment", "user_impact", marker="")
n.b("+ rollback = flag in config, threshold changes w/o deploy", "e+", "risk_awareness", marker="")
n.b("scoring in request path, ~80ms model, didn't budget latency", "e-", "system_thinking", hard="negated")
n.b("i flagged login latency -> moved to async + hold payout changes only", "e+", "learning", "system_thinking")
n.b("+ good recovery", "v+", "learning", marker="")
n.b("no metric beyond 'accuracy'", "e-", "metrics", hard="negated")
n.b("?knows fraud domain well", "v+", hard="tech_vague", marker="")
n.b("+ explained trade-offs crisply", "v+", "communication", marker="")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n056", candidate_id="w22-c32", interviewer_id="w22-i02", req_id="w22-r2",
         round="debugging", submitted_at="2026-04-01", recommendation="lean_no_hire",
         specificity=3, style=["headings", "third_person", "british"], topic="feature pipeline bug")
n.s("Debugging round.", "c")
n.s("Prompt: the seller-risk model's precision fell from 0.74 to 0.52 after a pipeline migration; logs and a feature diff provided.", "c")
n.h("Observed")
n.b("Candidate compared feature distributions before and after and found 'days_since_first_order' was all zeros post-migration.", "e+", "data_intuition", "coding")
n.b("Proposed to retrain the model on the new data rather than fix the broken feature.", "e-", "judgment")
n.b("When I questioned that, she defended it for several minutes, saying the model 'will learn around it'.", "e-", "learning", "judgment")
n.b("No mention of a check that would have caught the zeros before deployment.", "e-", "risk_awareness", hard="negated")
n.h("Concern")
n.b("Reasonable analytical instincts.", "v+", "data_intuition")
n.b("Judgement on the fix is poor.", "v-", "judgment")
n.b("Stubborn.", "v-", hard="biased")
n.h("Verdict")
n.b("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n057", candidate_id="w22-c33", interviewer_id="w22-i05", req_id="w22-r1",
         round="data", submitted_at="2026-04-08", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="search relevance labels")
n.s("Such an enjoyable session with Ravi!", "v+")
n.s("We looked at a sample of search relevance judgements from our vendor.", "c")
n.s("He had loads of smart ideas about label quality.", "v+", "data_intuition", hard="vague_quantity")
n.s("He noticed that two raters gave every Malay query the same grade.", "e+", "data_intuition", hard="plain_evidence")
n.s("He's clearly a data person through and through, with a great eye for detail.", "v+", "data_intuition")
n.s("Really strong on metrics like NDCG and MRR.", "v+", "metrics", hard="tech_vague")
n.s("He didn't get to the second half of the exercise, but that was probably my fault for chatting too much.", "e0", hard="hedged")
n.s("Lovely guy.", "v+", hard="biased")
n.s("Hire for sure.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n058", candidate_id="w22-c34", interviewer_id="w22-i03", req_id="w22-r1",
         round="behavioural", submitted_at="2026-04-15", recommendation="hire",
         specificity=1, style=["terse"], topic="behavioural")
n.s("Behavioural, 30 min.", "c")
n.s("Good attitude.", "v+", hard="biased")
n.s("Owns her work.", "v+", "ownership")
n.s("Clear.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n059", candidate_id="w22-c35", interviewer_id="w22-i01", req_id="w22-r1",
         round="coding", submitted_at="2026-04-22", recommendation="lean_no_hire",
         specificity=2, style=["prose", "fragments", "typos"], topic="coding")
n.s("Coding w Marcus, top-k trending queries problem.", "c")
n.s("Not so steady on the basics leh.", "v-", "coding")
n.s("Spent quite long time deciding between heap and sort, never really commited.", "e-", "coding", "judgment")
n.s("Code half done when time up.", "e-", "coding")
n.s("Talkd a lot but not much landed.", "v-", "communication")
n.s("Maybe nervous.", "v0", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w22-n060", candidate_id="w22-c36", interviewer_id="w22-i04", req_id="w22-r2",
         round="system_design", submitted_at="2026-04-29", recommendation="lean_hire",
         specificity=2, style=["prose", "third_person", "british"], topic="marketplace fairness")
n.s("The candidate, Hana, was asked to design a fair exposure mechanism so that small sellers receive some search traffic.", "c")
n.s("I would say she has a good awareness of fairness issues in marketplaces.", "v+", "user_impact")
n.s("She was able to discuss several approaches at a high level.", "v0", hard="tech_vague")
n.s("She proposed reserving one slot in the top ten results for sellers with fewer than twenty sales.", "e+", "user_impact", "system_thinking")
n.s("She did not explain how she would measure whether buyers were worse off.", "e-", "metrics", hard="negated")
n.s("Her design could be more detailed in places.", "v-", "system_thinking")
n.s("Overall, she communicated in a calm and organised manner.", "v+", "communication")
n.s("I would say lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w22_notes_part5.jsonl", notes)
