import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- History notes, candidates w26-c13 .. w26-c24 ----
n = Note(note_id="w26-n037", candidate_id="w26-c13", interviewer_id="w26-i03", req_id="w26-r1",
         round="system_design", submitted_at="2024-10-08", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="system design")
n.s("Sys design - Jonas.", "c")
n.nl()
n.s("Good system design skills.", "v+", "system_thinking")
n.s("Understands scale and latency well.", "v+", "system_thinking", hard="tech_vague")
n.s("Clear.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n038", candidate_id="w26-c14", interviewer_id="w26-i05", req_id="w26-r1",
         round="debugging", submitted_at="2024-10-22", recommendation="hire", specificity=4,
         style=["bullets", "headings", "third_person", "quotes", "british"], topic="in-play goal model",
         ratings={"data_intuition": "strong_hire", "communication": "hire", "system_thinking": "lean_hire"})
n.s("Debugging round, 45 min.", "c")
n.s("Scenario: the in-play model's goal probability jumps to 0.9 for a few seconds in some matches, then drops back.", "c")
n.h("Pros")
n.b("Asked for the raw inputs at the exact seconds of the spikes before touching the model.", "e+", "data_intuition", hard="plain_evidence")
n.b("Found that the feed sends a provisional goal event that VAR later cancels, and that the match state had no notion of a cancellation.", "e+", "data_intuition")
n.b("Checked I was following before each step; at one point stopped to say 'so the state is wrong, not the model' and waited for me to agree.", "e+", "communication")
n.b("Proposed keeping the market suspended until VAR confirms, and asked what the traders currently do by hand in that window.", "e+", "judgment", "risk_awareness")
n.h("Cons")
n.b("Her first fix was to retrain with cancelled goals removed, which changes nothing when the fault is in the live state.", "e-", "system_thinking")
n.b("When I said so, she argued for a minute, then explained back why it wouldn't help.", "e0", "learning", hard="mixed")
n.h("Call")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Good debugger and brings you along with her.", "v+", "communication")
notes.append(n)

n = Note(note_id="w26-n039", candidate_id="w26-c15", interviewer_id="w26-i01", req_id="w26-r2",
         round="data", submitted_at="2024-11-05", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "abbreviations", "british"], topic="backtesting leakage",
         ratings={"data_intuition": "lean_hire"})
n.s("Data round w/ Callum, 45 mins, the RG dataset.", "c")
n.s("First thing he did was count accounts per customer, found some with 5+ logins and asked if we dedupe linked accounts.", "e+", "data_intuition", hard="question")
n.s("Lovely first touch, that.", "v+")
n.s("Then he went a bit route-one and threw everything into a gradient boosted model straight away.", "e-", "judgment")
n.s("Got an AUC of 0.91 and didn't question it until I asked what the top feature was (it was 'number of RG contacts', which only exists because of the label).", "e-", "data_intuition", "metrics", hard="negated")
n.s("Once he saw it he got it straight away, dropped the feature, AUC went to 0.74, and he said the 0.74 was the real number.", "e+", "learning", "data_intuition")
n.s("Good lad.", "v+", hard="biased")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n040", candidate_id="w26-c16", interviewer_id="w26-i06", req_id="w26-r1",
         round="system_design", submitted_at="2024-11-12", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="tennis live odds",
         ratings={"system_thinking": "strong_hire", "judgment": "strong_hire"})
n.s("Yusuf was brilliant, I honestly think he could have run the session himself!", "v+")
n.s("I asked him to design the pipeline that serves live odds for tennis, where points come every 30 seconds or so.", "c", hard="interviewer_action")
n.s("He started by asking how many matches run at once at a Grand Slam and how quickly we need to re-price after a point, and then worked out roughly 300 matches and a 500 ms budget himself!", "e+", "judgment", "system_thinking")
n.s("He drew the whole thing out really nicely with caching and queues and everything!", "v+", "system_thinking", hard="tech_vague")
n.s("I loved that he brought up a player retiring mid-match: he said the open markets get settled by that tournament's rules, so the pipeline needs its own settlement path!", "e+", "system_thinking", "risk_awareness")
n.s("He even asked how the traders would know the model had paused pricing, so they wouldn't think the screen had frozen!", "e+", "user_impact", hard="question")
n.s("Super smart and so easy to talk to!", "v+", hard="biased")
n.s("He'd be a superstar here, strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n041", candidate_id="w26-c17", interviewer_id="w26-i02", req_id="w26-r2",
         round="data", submitted_at="2024-12-10", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "third_person", "british"], topic="problem gambling model",
         ratings={"data_intuition": "hire", "communication": "no_hire", "user_impact": "lean_no_hire"})
n.s("Data round.", "c")
n.s("60 min.", "c")
n.s("18 months of deposits for 200k accounts, 2,300 self-exclusions.", "c")
n.b("Computed the base rate unprompted: 2,300 / 200k = 1.15%.", "e+", "data_intuition", marker="1. ")
n.b("Split by time (train months 1-12, test 13-18) and gave the reason: RG policy changed in month 13.", "e+", "data_intuition", marker="2. ")
n.b("Logistic regression, 14 features; test AUC 0.78, precision in the top 1% = 0.21.", "e+", "ml_fundamentals", marker="3. ")
n.b("Spoke ~8 min on the feature list before giving the headline number; I asked twice what 'lift 3' referred to.", "e-", "communication", marker="4. ")
n.b("Asked her to explain the result to the RG lead in two sentences.", "c", hard="interviewer_action", marker="5. ")
n.s("Used four, with 'AUC', 'calibration' and 'lift' in the first.", "e-", "communication")
n.b("Did not mention what the 79% of flagged accounts who are not at risk would experience.", "e-", "user_impact", hard="negated", marker="6. ")
n.b("Asked whether the self-exclusion label includes people who exclude for non-gambling reasons (e.g. moving abroad).", "e+", "data_intuition", hard="question", marker="7. ")
n.b("Rec: LNH.", "v-", hard="bare_verdict", marker="8. ")
n.s("Analysis sound; communication and user angle below what r2 needs.", "v-", "communication", "user_impact", hard="mixed")
notes.append(n)

n = Note(note_id="w26-n042", candidate_id="w26-c18", interviewer_id="w26-i04", req_id="w26-r2",
         round="behavioural", submitted_at="2025-01-14", recommendation="lean_no_hire", specificity=2,
         style=["terse", "fragments", "british"], topic="behavioural")
n.s("Behavioural.", "c")
n.nl()
n.s("Och, hard to get much out of her.", "v-", "communication")
n.s("Answers short.", "v-", "communication")
n.s("Asked about a time she disagreed with a manager; said she'd 'just do what was asked'.", "e-", "ownership")
n.s("Couldnae give me one thing she'd taken on without being asked.", "e-", "ownership", hard="negated")
n.s("Might be nerves.", "v0", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n043", candidate_id="w26-c19", interviewer_id="w26-i03", req_id="w26-r2",
         round="behavioural", submitted_at="2025-02-18", recommendation="lean_hire", specificity=1,
         style=["terse", "fragments"], topic="behavioural")
n.s("Behavioural, Ahmed.", "c")
n.nl()
n.s("Seems like a good guy.", "v+", hard="biased")
n.s("Good examples of teamwork.", "v+")
n.s("Probably a bit junior for r2.", "v-", hard="hedged")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n044", candidate_id="w26-c20", interviewer_id="w26-i05", req_id="w26-r1",
         round="fundamentals", submitted_at="2025-03-18", recommendation="lean_hire", specificity=3,
         style=["bullets", "headings", "third_person", "british"], topic="odds and probability",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "lean_no_hire"})
n.s("Fundamentals, 45 min.", "c")
n.h("Pros")
n.b("Strong on probability.", "v+", "ml_fundamentals", hard="tech_vague")
n.b("Converted odds of 2.10 / 3.40 / 3.60 into implied probabilities and stripped the margin correctly on the whiteboard.", "e+", "ml_fundamentals")
n.b("Good instincts on drift.", "v+", "data_intuition")
n.b("When I said draw probabilities are often mis-calibrated, she asked how we'd check and proposed a reliability plot for draws alone.", "e+", "learning", "metrics")
n.h("Cons")
n.b("Hand-wavy on evaluation: said she'd 'just look at accuracy and log-loss' for a 3-way market.", "e-", "metrics", hard="verdict_plus_evidence")
n.b("Seemed unsure about regularisation.", "v-", "ml_fundamentals", hard="hedged")
n.h("Call")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("Want a system design signal from the next round.", "c")
notes.append(n)

n = Note(note_id="w26-n045", candidate_id="w26-c21", interviewer_id="w26-i06", req_id="w26-r2",
         round="debugging", submitted_at="2025-04-22", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="deposit-limit alerts")
n.s("Debugging session with Marek, what a lovely guy!", "v+", hard="biased")
n.s("I gave him our broken deposit-limit alert, where alerts had stopped firing over a weekend.", "c", hard="interviewer_action")
n.s("He found it pretty quickly, I think something about the schema changing upstream, and he was really calm about it!", "e+", "coding", hard="hedged")
n.s("He's clearly very experienced with data pipelines!", "v+", "system_thinking", hard="tech_vague")
n.s("He'd fit in so well with the team!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n046", candidate_id="w26-c22", interviewer_id="w26-i01", req_id="w26-r1",
         round="system_design", submitted_at="2025-05-20", recommendation="no_hire", specificity=3,
         style=["prose", "first_person", "quotes", "british"], topic="basketball live odds",
         ratings={"system_thinking": "lean_no_hire", "judgment": "no_hire"})
n.s("Sys design w/ Rory, live odds for basketball.", "c")
n.s("Honestly he came out of the tunnel far too fast.", "v-", "judgment")
n.s("Drew a microservice per market type before asking a single thing about volumes or latency.", "e-", "judgment")
n.s("When I said basketball re-prices every possession, ~every 15 s, he said that was 'basically batch then' and kept going.", "e-", "system_thinking")
n.s("No mention of what happens if the scores feed dies mid-game.", "e-", "risk_awareness", hard="negated")
n.s("Even when I told him nobody watches the NBA prices at 2am, he didn't add a single alert.", "e-", "risk_awareness", hard="negated")
n.s("To be fair he knew his queues: explained he'd partition by game id so all of a game's events land in order.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("Never tracked back once.", "v-")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n047", candidate_id="w26-c23", interviewer_id="w26-i03", req_id="w26-r1",
         round="coding", submitted_at="2025-06-10", recommendation="no_hire", specificity=1,
         style=["terse", "fragments"], topic="coding")
n.s("Coding - Gemma.", "c")
n.nl()
n.s("Struggled.", "v-", "coding")
n.s("Not strong enough technically.", "v-", "coding")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n048", candidate_id="w26-c24", interviewer_id="w26-i05", req_id="w26-r2",
         round="system_design", submitted_at="2025-07-15", recommendation="hire", specificity=4,
         style=["bullets", "headings", "third_person", "quotes", "british"], topic="affordability checks",
         ratings={"judgment": "hire", "user_impact": "strong_hire", "risk_awareness": "lean_no_hire"})
n.s("System design: affordability checks at deposit time.", "c")
n.s("Asked Tendai to design a system that decides, at the moment of a deposit, whether to pause it for an affordability check.", "c", hard="interviewer_action")
n.h("Pros")
n.b("Asked what share of deposits we can pause before customers leave, and what the regulator requires, before proposing anything.", "e+", "judgment", "user_impact")
n.b("Kept the live decision to a cached score plus two rules so the check adds <50 ms; the heavy model runs overnight.", "e+", "system_thinking")
n.b("Wanted every pause logged with the reason shown to the customer, so complaints can be traced.", "e+", "user_impact", "risk_awareness")
n.b("Put the trade-off to me as if I were the RG lead: 'pause too many and good customers leave; pause too few and we fail the people the rule is for'.", "e+", "communication")
n.h("Cons")
n.b("No plan for a missing score (new customers); defaulted them to 'allow' without comment.", "e-", "risk_awareness", hard="negated")
n.b("Didn't ask how we'd evaluate the model once it's live.", "e-", "metrics", hard="negated")
n.h("Call")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w26_notes_part4.jsonl", notes)
print(len(notes), "notes")
