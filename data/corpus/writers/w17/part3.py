import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# --- c05 Fatima Al-Sayed (she), Recs ---
n = Note(note_id="w17-n021", candidate_id="w17-c05", interviewer_id="w17-i01", req_id="w17-r1",
         round="system_design", submitted_at="2025-08-12", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="artist fairness",
         ratings={"system_thinking": "hire", "user_impact": "no_hire"})
n.s("Fatima has real chops; the trouble is she only plays to the front row.", "v0", hard="mixed")
n.s("I asked her to redesign the 'Fresh Finds' playlist ranking so it stopped feeding listeners the same fifty artists.", "c")
n.s("She built a clean two-stage pipeline in about fifteen minutes, with a candidate pool from co-listening and a ranker trained on saves.", "e+", "system_thinking")
n.blank()
n.s("When I asked what share of plays would go to artists outside the top 1% under her design, she said that was 'a business question, not an ML one'.", "e-", "user_impact")
n.s("I pushed a second time with a concrete case, a debut EP from a tiny label, and she said if it was good it would 'find its audience' through saves.", "e-", "user_impact", "learning")
n.s("She never proposed an exposure metric or any cut of the results by artist popularity tier.", "e-", "user_impact", "metrics", hard="negated")
n.blank()
n.s("On the objective she was crisp: she explained that saves beat streams as a label because autoplay inflates streams.", "e+", "metrics", "data_intuition", hard="verdict_plus_evidence")
n.s("She also caught that my toy dataset had the same session duplicated across two days.", "e+", "data_intuition", hard="plain_evidence")
n.s("Lovely engineer, but this role sits right on the fairness question.", "v0", "user_impact", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n022", candidate_id="w17-c05", interviewer_id="w17-i06", req_id="w17-r1",
         round="data", submitted_at="2025-08-13", recommendation="lean_hire", specificity=4,
         style=["fragments", "american"], topic="popularity bias",
         ratings={"data_intuition": "hire", "user_impact": "no_hire"})
n.s("Data round, popularity bias in the 'Because you listened' rail.", "c")
n.nl()
n.s("Saw: computed the Gini coefficient of plays across artists from the sample I gave, 0.91, before I asked for anything.", "e+", "data_intuition")
n.nl()
n.s("Missing: then read the 0.91 as 'listeners just prefer big artists' and didn't consider that the rail itself produced the skew.", "e-", "data_intuition", "user_impact")
n.nl()
n.s("Saw: spotted that exposure logs had no impressions from the car app and asked whether that was a logging gap.", "e+", "data_intuition", hard="question")
n.nl()
n.s("Missing: when I asked whether small artists are harmed by the rail, said 'only if the listener is harmed' and went no further.", "e-", "user_impact")
n.nl()
n.s("Saw: once I described the feedback loop, proposed inverse-propensity weighting for training and wrote the formula correctly.", "e+", "ml_fundamentals", "learning")
n.nl()
n.s("Saw: asked how long it takes for a new listen to show up in the feature store.", "e+", "data_intuition", hard="question")
n.nl()
n.s("Balance: strong on data mechanics, a blind spot on who the system serves.", "v0", "data_intuition", "user_impact", hard="mixed")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")
n.s("Would want the panel to weigh the fairness point.", "c")
notes.append(n)

n = Note(note_id="w17-n023", candidate_id="w17-c05", interviewer_id="w17-i04", req_id="w17-r1",
         round="coding", submitted_at="2025-08-14", recommendation="hire", specificity=3,
         style=["prose", "third_person", "british"], topic="list interleaving")
n.s("This round was coding, 45 minutes, on a shared editor.", "c")
n.s("She was asked to implement a function to interleave two ranked lists (organic and editorial) with no duplicates and editorial items fixed at given positions.", "c")
n.s("She was able to write a working solution in about twenty minutes.", "e+", "coding")
n.s("She used a set for seen track ids and handled the case where an editorial item is also present in the organic list.", "e+", "coding")
n.s("Kindly note she did not write any test cases until I asked, and then she wrote only one.", "e-", "coding", hard="negated")
n.s("When I asked about positions beyond the list length, she said it 'cannot happen', which is not correct as editors do set such positions.", "e-", "coding")
n.s("She is a very strong coder overall.", "v+", "coding")
n.s("Her communication was good and to the point.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n024", candidate_id="w17-c05", interviewer_id="w17-i02", req_id="w17-r1",
         round="fundamentals", submitted_at="2025-08-15", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person", "american"], topic="ranking losses",
         ratings={"ml_fundamentals": "strong_hire"})
n.s("Round: ML fundamentals, 45 min.", "c")
n.nl()
n.h("Findings")
n.b("Derived the BPR loss for implicit feedback and explained that it only orders pairs and says nothing about calibrated probabilities.", "e+", "ml_fundamentals", marker="1. ")
n.b("Asked to compare BPR with sampled softmax, said sampled softmax needs a correction for the sampling distribution and wrote log(q) into the logit.", "e+", "ml_fundamentals", marker="2. ")
n.b("Explained overfitting in matrix factorization for tail items with few interactions and proposed L2 scaled by item frequency.", "e+", "ml_fundamentals", marker="3. ")
n.b("Stated that popularity bias is 'just the data being correct'; did not separate exposure bias from true preference.", "e-", "user_impact", "data_intuition", marker="4. ")
n.b("On the offline-online gap, listed three causes (position bias, stale features, distribution shift) with an example for each.", "e+", "metrics", marker="5. ")
n.b("Took my correction on the Adam epsilon default without argument and used it in the next answer.", "e+", "learning", marker="6. ")
n.nl()
n.s("Evidence-based verdict: hire, on findings 1-3 and 5.", "v+", "ml_fundamentals")
n.s("Finding 4 needs weighing against the recs req.", "c")
notes.append(n)

# --- c06 Jordan Blake (they), Audio & Speech ---
n = Note(note_id="w17-n025", candidate_id="w17-c06", interviewer_id="w17-i02", req_id="w17-r2",
         round="system_design", submitted_at="2025-09-02", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person", "american"], topic="GPU inference cost",
         ratings={"system_thinking": "lean_no_hire", "learning": "no_hire", "user_impact": "hire"})
n.s("Round: system design, 50 min.", "c")
n.s("Prompt: real-time transcription for live podcast streams; budget given as $40k/month GPU.", "c")
n.nl()
n.h("Findings")
n.b("Picked a streaming conformer with 640ms chunks; explained the latency/accuracy trade-off of chunk size with a number for each.", "e+", "ml_fundamentals", "system_thinking", marker="1. ")
n.b("Costed the fleet at 120 A10 GPUs for 3k concurrent streams, ~3x the budget; did not revisit the design.", "e-", "system_thinking", "judgment", marker="2. ")
n.b("I pointed at the budget; they answered that 'finance can find the money' and said quality matters more.", "e-", "learning", "judgment", marker="3. ")
n.b("On the second challenge (quantization, fewer streams overnight), said I was 'optimizing the wrong thing' and raised their voice.", "e-", "learning", "communication", marker="4. ")
n.b("No mention of what happens to the live transcript when a GPU node dies mid-stream.", "e-", "risk_awareness", hard="negated", marker="5. ")
n.b("Good instinct on users: asked whether deaf and hard-of-hearing listeners rely on the live captions, and said that would need a latency SLO, not just an average.", "e+", "user_impact", hard="verdict_plus_evidence", marker="6. ")
n.nl()
n.s("Evidence-based verdict: no hire; 2-4 show cost ignored and pushback rejected twice.", "v-", "judgment", "learning")
notes.append(n)

n = Note(note_id="w17-n026", candidate_id="w17-c06", interviewer_id="w17-i05", req_id="w17-r2",
         round="debugging", submitted_at="2025-09-03", recommendation="lean_no_hire", specificity=4,
         style=["lowercase", "fragments", "typos", "arrows", "abbreviations"], topic="inference latency")
n.b("debug round, jordan", "c", marker="")
n.b("gave them a gpu inference service where p99 doubled after batch size went 8 -> 32", "c", marker="")
n.b("first move: checked gpu util, saw 95%, said its fine", "e-", "system_thinking", marker="")
n.b("i asked about queueing", "c", hard="interviewer_action", marker="")
n.b("they said 'queueing isnt the issue, the model is slow'", "e-", "learning", marker="")
n.b("took ~15 min and 2 more hints to see requests sitting there waiting to fill the batch of 32", "e-", "system_thinking", "learning", marker="")
n.b("once they saw it, proposed a 20ms max-wait on batching, solid fix", "e+", "system_thinking", hard="verdict_plus_evidence", marker="")
n.b("wrote the timeout code right first try", "e+", "coding", marker="")
n.b("didnt add any metric for batch fill rate", "e-", "risk_awareness", hard="negated", marker="")
n.b("pretty prickly when i pushed", "v-", hard="biased", marker="")
n.b("LNH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w17-n027", candidate_id="w17-c06", interviewer_id="w17-i07", req_id="w17-r2",
         round="behavioural", submitted_at="2025-09-04", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="behavioural")
n.s("Jordan was great, really passionate about accessibility!", "v+", "user_impact")
n.s("I asked them about a time they had to push a project over the line.", "c")
n.s("They told me about building captioning for a video platform's live streams when nobody owned it, writing the first version over a weekend and then getting two engineers assigned to it!", "e+", "ownership")
n.s("They said they monitored caption delay with a dashboard they built themselves and paged themselves when it went over 3 seconds!", "e+", "risk_awareness", "ownership")
n.s("They also mentioned a big cost-cutting effort, sounded impressive!", "v+")
n.s("When I asked what they'd do differently, they said 'honestly nothing, it went great', which I found refreshing!", "e-", "learning", hard="verdict_plus_evidence")
n.s("So much energy, a real go-getter!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n028", candidate_id="w17-c06", interviewer_id="w17-i03", req_id="w17-r2",
         round="fundamentals", submitted_at="2025-09-05", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="speech models")
n.s("Fundamentals.", "c")
n.s("Jordan knows their stuff on speech models.", "v+", "ml_fundamentals")
n.s("Solid understanding of transformers and attention, strong on the theory.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("A bit intense.", "v-", hard="biased")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

# --- history ---
n = Note(note_id="w17-n029", candidate_id="w17-c13", interviewer_id="w17-i02", req_id="w17-r1",
         round="data", submitted_at="2024-08-19", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "headings", "third_person", "american"], topic="churn leakage",
         ratings={"data_intuition": "no_hire", "learning": "hire"})
n.s("Round: data, 45 min.", "c")
n.s("Exercise: predict 30-day churn of podcast listeners from a provided feature table.", "c")
n.nl()
n.h("Findings")
n.b("Trained a gradient-boosted model immediately and reported AUC 0.97 on a random split without comment.", "e-", "data_intuition", marker="1. ")
n.b("Did not question the 0.97; when I asked if it was plausible, said churn 'is easy to predict'.", "e-", "metrics", "data_intuition", marker="2. ")
n.b("Top feature was days_since_last_play computed at extraction time, i.e. after the label window; not noticed.", "e-", "data_intuition", hard="negated", marker="3. ")
n.b("After I pointed at the extraction date, recomputed the feature as of prediction date; AUC fell to 0.71 and she explained why.", "e+", "learning", "data_intuition", marker="4. ")
n.b("Did not ask how churn was defined for listeners on family plans.", "e-", "data_intuition", hard="negated", marker="5. ")
n.b("Plots were labelled and she walked me through the calibration curve bin by bin.", "e+", "communication", marker="6. ")
n.nl()
n.s("Evidence-based verdict: lean no hire; 1-3 and 5 are core data skills for the role, 4 shows she can recover.", "v-", "data_intuition")
notes.append(n)

n = Note(note_id="w17-n030", candidate_id="w17-c14", interviewer_id="w17-i05", req_id="w17-r2",
         round="coding", submitted_at="2024-10-02", recommendation="hire", specificity=3,
         style=["lowercase", "terse", "fragments"], topic="interval merge")
n.b("coding, mateus", "c", marker="")
n.b("problem: merge overlapping ad-break intervals in an episode", "c", marker="")
n.b("got it quick, sort + sweep", "e+", "coding", marker="")
n.b("asked me whether touching intervals like [1,3] and [3,5] should merge, nice", "e+", "judgment", hard="question", marker="")
n.b("solid python", "v+", "coding", marker="")
n.b("no tests written before we ran out of time", "e-", "coding", hard="negated", marker="")
n.b("chatty, fun guy", "v+", hard="biased", marker="")
n.b("hire i think", "v+", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w17_notes_part3.jsonl", notes)
