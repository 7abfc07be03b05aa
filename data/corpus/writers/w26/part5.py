import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- History notes, candidates w26-c25 .. w26-c36 ----
n = Note(note_id="w26-n049", candidate_id="w26-c25", interviewer_id="w26-i02", req_id="w26-r1",
         round="debugging", submitted_at="2025-08-12", recommendation="hire", specificity=5,
         style=["bullets", "quotes", "third_person", "british"], topic="backtesting leakage",
         ratings={"data_intuition": "strong_hire", "metrics": "hire", "risk_awareness": "hire"})
n.s("Debugging.", "c")
n.s("45 min.", "c")
n.s("Setup: backtest says the new corners model beats production by 4% log-loss; live, it is 2% worse.", "c")
n.b("Spent the first 5 min reading the code in silence.", "e0", hard="plain_evidence", marker="1. ")
n.b("First question: what is the 'as of' time of each feature relative to the backtest date.", "e+", "data_intuition", marker="2. ")
n.b("Found at 14 min that 'avg corners last 5' was built from the final season table, i.e. it included future matches.", "e+", "data_intuition", marker="3. ")
n.b("Re-ran the backtest with point-in-time features: gain fell from 4% to 0.3%.", "e+", "metrics", marker="4. ")
n.b("Said 0.3% sits inside the week-to-week noise she measured (sd ~0.5%), so 'no evidence it is better'.", "e+", "metrics", "ml_fundamentals", marker="5. ")
n.b("Proposed a CI check that fails any feature whose value for a past date changes between runs.", "e+", "risk_awareness", marker="6. ")
n.b("Asked who else reads that feature table so they could be told.", "e+", "ownership", hard="question", marker="7. ")
n.b("At my request wrote the summary for the trading desk in two plain lines, no mention of log-loss.", "e+", "communication", marker="8. ")
n.b("Rec: H.", "v+", hard="bare_verdict", marker="9. ")
notes.append(n)

n = Note(note_id="w26-n050", candidate_id="w26-c26", interviewer_id="w26-i03", req_id="w26-r2",
         round="fundamentals", submitted_at="2025-08-19", recommendation="hire", specificity=1,
         style=["terse", "fragments"], topic="statistics")
n.s("Fundamentals — Oisín.", "c")
n.nl()
n.s("Really solid on stats.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knows a lot about causal inference.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Would be good for the RG team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n051", candidate_id="w26-c27", interviewer_id="w26-i04", req_id="w26-r2",
         round="data", submitted_at="2025-09-02", recommendation="lean_no_hire", specificity=2,
         style=["terse", "fragments", "british"], topic="problem gambling labels")
n.s("Data.", "c")
n.s("Dmitri.", "c")
n.nl()
n.s("Knows his tools.", "v+", "coding", hard="tech_vague")
n.s("Didnae look at the label at all, straight into modelling.", "e-", "data_intuition", hard="negated")
n.s("Wee bit arrogant.", "v-", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n052", candidate_id="w26-c28", interviewer_id="w26-i06", req_id="w26-r1",
         round="fundamentals", submitted_at="2025-09-23", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="model calibration",
         ratings={"ml_fundamentals": "strong_hire"})
n.s("Zara was such a pleasure, a really brilliant mind!", "v+")
n.s("I asked her how she'd check that our in-play model's probabilities actually mean what they say.", "c", hard="question")
n.s("She said she'd bucket every prediction from last season into tenths, compare the predicted rate with how often a goal actually came in each bucket, and do it separately for each half because late-game states are rarer!", "e+", "metrics", "ml_fundamentals")
n.s("She knows absolutely loads about Bayesian methods too!", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("When I asked about overfitting she went for cross-validation, but with random folds across matches from the same weeks, which I wasn't sure about, though she explained it so confidently!", "e-", "data_intuition", hard="verdict_plus_evidence")
n.s("She'd be a great hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n053", candidate_id="w26-c29", interviewer_id="w26-i01", req_id="w26-r2",
         round="behavioural", submitted_at="2025-10-14", recommendation="hire", specificity=2,
         style=["prose", "lowercase", "fragments", "british"], topic="behavioural")
n.s("behavioural, kofi.", "c")
n.s("proper team player, you'd want him in the dressing room.", "v+", hard="biased")
n.s("talked about a project where his model was used by the compliance lads, went down well apparently.", "v+")
n.s("asked what on-call looks like here.", "e0", hard="question")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n054", candidate_id="w26-c30", interviewer_id="w26-i05", req_id="w26-r1",
         round="behavioural", submitted_at="2025-11-04", recommendation="lean_hire", specificity=3,
         style=["bullets", "headings", "third_person", "quotes", "british"], topic="ownership",
         ratings={"ownership": "hire", "learning": "lean_no_hire"})
n.s("Behavioural, 45 min, Siobhan.", "c")
n.h("Pros")
n.b("Told a clear story about inheriting an odds model with no documentation and writing the runbook herself over two weeks, then running the handover session for the night desk.", "e+", "ownership")
n.b("Good self-awareness.", "v+", "learning")
n.h("Cons")
n.b("Asked for a time she changed her mind, she couldn't give one and in the end said she 'usually gets it right first time'.", "e-", "learning")
n.b("Came across as a bit intense.", "v-", hard="biased")
n.h("Call")
n.s("Lean hire.", "v+", hard="bare_verdict")
n.s("The ownership story carried it; the rest was thin.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w26-n055", candidate_id="w26-c31", interviewer_id="w26-i02", req_id="w26-r1",
         round="system_design", submitted_at="2025-11-18", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse", "third_person"], topic="feature freshness")
n.s("System design.", "c")
n.s("30 min (candidate joined late).", "c")
n.b("Feature store for in-play models.", "c", marker="1. ")
n.b("Adequate component list.", "v0", "system_thinking", marker="2. ")
n.b("No numbers offered for volume or latency at any point.", "e-", "system_thinking", hard="negated", marker="3. ")
n.b("Rec: LNH.", "v-", hard="bare_verdict", marker="4. ")
n.s("Not enough signal to go higher.", "v-")
notes.append(n)

n = Note(note_id="w26-n056", candidate_id="w26-c32", interviewer_id="w26-i03", req_id="w26-r2",
         round="data", submitted_at="2025-12-09", recommendation="lean_no_hire", specificity=1,
         style=["terse", "fragments"], topic="data")
n.s("Data - Ellie.", "c")
n.nl()
n.s("Didn't really get the problem.", "v-")
n.s("Okay with SQL I guess.", "v0", "coding")
n.s("Not sure about her judgement.", "v-", "judgment", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n057", candidate_id="w26-c33", interviewer_id="w26-i04", req_id="w26-r1",
         round="coding", submitted_at="2026-01-13", recommendation="no_hire", specificity=1,
         style=["terse", "fragments", "british"], topic="coding")
n.s("Coding.", "c")
n.nl()
n.s("Nah.", "v-", hard="bare_verdict")
n.s("Not there yet.", "v-")
n.s("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n058", candidate_id="w26-c34", interviewer_id="w26-i05", req_id="w26-r1",
         round="data", submitted_at="2026-02-10", recommendation="hire", specificity=3,
         style=["bullets", "headings", "third_person", "british"], topic="drift across leagues",
         ratings={"data_intuition": "hire", "risk_awareness": "lean_no_hire"})
n.s("Data round: extending the goal model to the Brazilian Série A.", "c")
n.h("Pros")
n.b("Compared goal rates per minute between leagues, found Série A has a much bigger spike after 85', and suggested a league-specific time term.", "e+", "data_intuition")
n.b("Good feel for the data.", "v+", "data_intuition")
n.b("Asked whether Brazilian punters bet differently in-play (more late-goal bets) before assuming the market behaves the same.", "e+", "user_impact", hard="question")
n.b("Asked how many Brazilian matches we have with tracking (one season) and said that's too thin to fit the full model.", "e+", "judgment")
n.h("Cons")
n.b("Wanted to ship after a backtest on that one season, with no shadow period.", "e-", "risk_awareness")
n.b("Bit disorganised in how he presented it.", "v-", "communication")
n.h("Call")
n.s("Hire, though he'll need a nudge on launch safety.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w26-n059", candidate_id="w26-c35", interviewer_id="w26-i06", req_id="w26-r2",
         round="coding", submitted_at="2026-03-03", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="deposit monitoring")
n.s("Coding with Amara and she absolutely smashed it!", "v+", "coding")
n.s("She's obviously a really strong Python engineer with loads of experience!", "v+", "coding", hard="vague_quantity")
n.s("She wrote a function to flag customers whose deposits doubled week on week and it worked first time on my examples!", "e+", "coding")
n.s("She didn't write any tests, but we were short on time so no worries!", "e-", "coding", hard="negated")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w26-n060", candidate_id="w26-c36", interviewer_id="w26-i01", req_id="w26-r1",
         round="debugging", submitted_at="2026-04-21", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="in-play odds latency",
         ratings={"system_thinking": "hire", "judgment": "lean_no_hire"})
n.s("Debugging w/ Lukas: price feed latency spiking every Saturday at 3pm.", "c")
n.s("He asked for the latency graph split by league before anything else, which was the right pass.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("Spotted that the spikes lined up with kick-off, when 40-odd matches start re-pricing at once.", "e+", "system_thinking")
n.s("Then he dribbled into tuning the model for ages when the problem was the queue.", "e-", "judgment")
n.s("Once I asked where the time was actually going, he put timers in and found the queue sitting at ~2 s.", "e+", "learning")
n.s("Talked over me a couple of times when I tried to redirect him.", "e-", "communication")
n.s("Summed it up at the end in plain English: 'too many matches kick off at once and they all queue behind each other'.", "e+", "communication", hard="plain_evidence")
n.s("Decent player, needs coaching.", "v0")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w26_notes_part5.jsonl", notes)
print(len(notes), "notes")
