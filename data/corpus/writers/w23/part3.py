import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c05 Tomasz Wojcik (he), Feed Ranking: offline metric as truth (seen by i02, i06; i07 praises it) ----
n = Note(note_id="w23-n021", candidate_id="w23-c05", interviewer_id="w23-i02", req_id="w23-r1",
         round="fundamentals", submitted_at="2025-09-08", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "arrows", "headings", "terse"], topic="offline vs online metrics",
         ratings={"ml_fundamentals": "hire", "metrics": "no_hire"})
n.h("Fundamentals, w23-r1")
n.b("Q1 -> how would you evaluate a new engagement model offline before an A/B.", "c", hard="question")
n.b("ML fundamentals: solid -> derived the log-loss gradient for a click model and explained why a constant prediction at the base rate is the baseline to beat.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.b("Calibration: good -> proposed isotonic regression fit on a held-out day and said why it must not be fit on the training day.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.b("Metrics: weak -> claimed a +1.8% offline AUC \"guarantees\" an online lift in time spent.", "e-", "metrics", hard="verdict_plus_evidence")
n.b("Challenged -> I described a past model with +2% AUC and flat online results; he said that team \"probably had a bug\".", "e-", "learning", "metrics")
n.b("Offline/online gap -> never mentioned position bias in the logged data, even when asked what the offline set can't tell you.", "e-", "data_intuition", hard="negated")
n.b("Q2 -> novelty effects in a two-week test.", "c", hard="question")
n.b("Answer -> drop the first three days; no reasoning about who is affected or for how long.", "e-", "metrics")
n.b("Comm: clear -> answered in numbered steps, stopped to ask if I wanted the math.", "e+", "communication", hard="verdict_plus_evidence")
n.b("Rec -> LNH; the AUC-as-truth belief is exactly the failure this team can't afford.", "v-", "metrics")
notes.append(n)

n = Note(note_id="w23-n022", candidate_id="w23-c05", interviewer_id="w23-i03", req_id="w23-r1",
         round="behavioural", submitted_at="2025-09-08", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="ranking")
n.s("Tomasz is a great guy, super smart.", "v+", hard="biased")
n.s("Really passionate about ranking and metrics, 100% data-driven.", "v+", "metrics", hard="vague_quantity")
n.s("Total team player.", "v+", hard="biased")
n.s("Hire, no doubt.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n023", candidate_id="w23-c05", interviewer_id="w23-i06", req_id="w23-r1",
         round="system_design", submitted_at="2025-09-09", recommendation="lean_no_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="engagement vs wellbeing")
n.h("Question")
n.s("System design: ranking pipeline for a new For You tab, with a leadership requirement not to increase late-night use by teens.", "c")
n.h("What went well")
n.b("Clean two-tower retrieval plus a GBDT ranker; sized retrieval at ~500 candidates per request and kept the ranker under 80ms.", "e+", "system_thinking")
n.b("Proposed hourly batch features plus a streaming counter for last-hour engagement, and said which features needed which.", "e+", "system_thinking")
n.b("Asked whether \"late-night\" meant the user's local time and how we would know a user's age.", "e+", "judgment", hard="question")
n.h("What didn't")
n.b("For the teen constraint he added a \"wellbeing penalty\" feature and proposed tuning it until offline AUC stopped dropping, with no online measure of late-night use at all.", "e-", "metrics")
n.b("Asked how he'd know the constraint held after launch, he said the offline eval \"already proves it\".", "e-", "metrics")
n.b("No rollback or guardrail metric discussed.", "e-", "risk_awareness", hard="negated")
n.b("Spent ~15 min on embedding dimensionality, which I hadn't asked about, while the teen requirement waited.", "e-", "communication", hard="plain_evidence")
n.h("Overall")
n.s("Strong builder, but the offline-metric blind spot showed up in my round too.", "v0", "system_thinking", "metrics", hard="mixed")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n024", candidate_id="w23-c05", interviewer_id="w23-i07", req_id="w23-r1",
         round="data", submitted_at="2025-09-10", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="offline evaluation")
n.s("I gave Tomasz our classic: an offline eval set for a comments ranker, and asked what he'd check before trusting the numbers.", "c")
n.s("He immediately asked how the eval set was sampled (\"is this from the old ranker's impressions?\") and that is a great question.", "e+", "data_intuition", hard="question")
n.s("When I said yes, he said \"then we're only seeing what the old model chose to show\", which is exactly right.", "e+", "data_intuition")
n.s("He then told me his model's 12% offline AUC lift \"would definitely pay for itself online\" and honestly I love the confidence!", "e-", "metrics")
n.s("I asked how he'd de-bias the set and he suggested a random-exploration bucket on 1% of traffic.", "e+", "data_intuition")
n.s("Didn't get to labels, ran out of time.", "c")
n.s("He's clearly super sharp.", "v+")
n.s("Hire, would be happy to work with him.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c06 Amara Nwosu (she), Integrity: passive ownership seen by i01 only ----
n = Note(note_id="w23-n025", candidate_id="w23-c06", interviewer_id="w23-i01", req_id="w23-r2",
         round="behavioural", submitted_at="2025-10-21", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="misinformation labels and appeals")
n.s("I asked Amara to tell me about a time something went wrong on a system she worked on.", "c", hard="question")
n.s("She chose an incident where a misinformation label on vaccine posts was applied to a satirical account with two million followers, and the story trended before anyone caught it.", "e0")
n.s("I asked what her role had been.", "c")
n.s("She said she had built the model but that the threshold was \"set by the policy side\", and that she first heard about the incident from a news article.", "e-", "ownership")
n.s("I waited to see whether she would take any part of it as hers, and she did not.", "e-", "ownership", hard="negated")
n.s("Asked what she would do differently, she said she would ask for clearer requirements next time.", "e-", "ownership")
n.s("That is a reasonable thing to want, but it places the whole fix on other people.", "v-", "ownership")
n.blank()
n.s("I moved on to appeals, asking how she would design the appeal path for a wrongly labelled post.", "c", hard="interviewer_action")
n.s("She suggested that appeals from accounts in good standing be reviewed within hours rather than days, and that the label be softened to \"context added\" while the appeal is open.", "e+", "user_impact")
n.s("She also said appeal outcomes should become training labels only after a second reviewer agreed, because first-line reviewers on her old team were overturned about a third of the time.", "e+", "data_intuition")
n.s("I want to be fair: her thinking about users was careful and humane.", "v+", "user_impact")
n.s("But on a team where we will get things wrong in public, I need people who run toward the mess.", "v-", "ownership")
n.s("Lean no hire, and I would welcome being argued out of it by the panel.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n026", candidate_id="w23-c06", interviewer_id="w23-i04", req_id="w23-r2",
         round="data", submitted_at="2025-10-21", recommendation="hire", specificity=3,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="appeals as labels")
n.b("data: appeals outcomes as labels for misinfo model.", "c")
n.b("data: H, said overturned appeals skew toward users who bother to appeal.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.b("suggested auditing a ~1% sample of non-appealed labels.", "e+", "data_intuition")
n.b("metrics: LH.", "v+", "metrics")
n.b("couldn't say how to measure the cost of a wrong label.", "e-", "metrics", hard="negated")
n.b("ownership: built the audit pipeline herself at prev job, per her.", "e+", "ownership")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n027", candidate_id="w23-c06", interviewer_id="w23-i05", req_id="w23-r2",
         round="debugging", submitted_at="2025-10-22", recommendation="hire", specificity=4,
         style=["prose", "third_person", "american"], topic="spam classifier drift")
n.s("The debugging exercise concerned a spam classifier whose flag rate doubled on a Tuesday with no model change; I provided the feature distributions and the deploy log.", "c")
n.s("Amara began by asking whether anything upstream had been deployed, which is the right first question, and found in the log that the URL-normalization library had been upgraded that morning.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She then compared the domain-count feature before and after and showed, fairly convincingly I thought, that shortened links were no longer being expanded, so every bit.ly link now looked like an unseen domain.", "e+", "data_intuition", hard="hedged")
n.s("Asked to write the check she would add, she wrote a small Python function comparing the day's distribution of that feature against a trailing seven-day window with a KS test, returning an alert above a threshold.", "e+", "coding")
n.s("I am less sure she chose the threshold sensibly; she picked p < 0.01 without, as far as I could tell, considering that with millions of rows a day it would fire every day.", "e-", "ml_fundamentals", hard="hedged")
n.s("When I pointed that out she switched to a population stability index with an effect-size cutoff, which I think is the better choice.", "e+", "learning")
n.s("She did not propose rolling back the library upgrade while she investigated, which seems the obvious mitigation for the accounts being wrongly flagged in the meantime.", "e-", "risk_awareness", hard="negated")
n.blank()
n.s("I would hire her.", "v+", hard="bare_verdict")
n.s("I did not probe ownership in this round.", "c")
notes.append(n)

n = Note(note_id="w23-n028", candidate_id="w23-c06", interviewer_id="w23-i07", req_id="w23-r2",
         round="system_design", submitted_at="2025-10-23", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "quotes", "arrows"], topic="misinformation labels and appeals")
n.s("I asked Amara to design the misinfo labelling pipeline end to end, appeals included.", "c")
n.s("She drew it out: fact-checker partners -> claim matching with embeddings -> label near-duplicates -> appeals queue, and said \"the claim matcher is where we'll be wrong most often.\"", "e+", "system_thinking")
n.s("Love that she named the weak spot herself.", "v+", "risk_awareness")
n.s("For matching she wanted a similarity threshold per language because \"Portuguese and Hindi claims don't paraphrase the same way.\"", "e+", "data_intuition")
n.s("I asked about latency and she said most labels can lag an hour but viral posts should jump the queue by share velocity.", "e+", "system_thinking")
n.s("Didn't get into monitoring much.", "e-", "risk_awareness", hard="negated")
n.s("She's going to be a great addition.", "v+")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w23-n029", candidate_id="w23-c13", interviewer_id="w23-i02", req_id="w23-r2",
         round="debugging", submitted_at="2024-08-13", recommendation="no_hire", specificity=5,
         style=["bullets", "arrows", "headings", "terse"], topic="enforcement notices")
n.h("Debugging: duplicate ban notices")
n.b("Setup -> 60-line Python job that sends ban notices; some users get two.", "c")
n.b("Coding: weak -> read the code top to bottom for 10 min without running it or adding a single print.", "e-", "coding", hard="verdict_plus_evidence")
n.b("Hint 1 (run it on the sample) -> ran it, saw two notices for user 17, still blamed the email service.", "e-", "coding", "learning")
n.b("Hint 2 (look at the retry block) -> found that the retry re-sent without checking the sent flag; fix correct.", "e0", "coding", "learning", hard="mixed")
n.b("Tests: none -> no regression test, even when asked how she'd stop it coming back.", "e-", "coding", hard="negated")
n.b("Users: weak -> nothing on the people already double-notified; said \"it's just an email\".", "e-", "user_impact")
n.b("Comm: ok -> once found, explained the fix in two sentences.", "e+", "communication")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n030", candidate_id="w23-c14", interviewer_id="w23-i06", req_id="w23-r1",
         round="behavioural", submitted_at="2024-10-29", recommendation="lean_hire", specificity=3,
         style=["headings", "bullets", "third_person"], topic="creator fairness")
n.h("Question")
n.s("Behavioural: a launch you owned that went badly.", "c")
n.h("What went well")
n.b("Described a creator-recommendation launch where small creators lost reach, and said he wrote the rollback proposal himself.", "e+", "ownership")
n.b("Said he now adds a creator-tier breakdown to every launch review he runs.", "e+", "learning")
n.h("What didn't")
n.b("Couldn't say how big the reach drop was, even roughly.", "e-", "metrics", hard="negated")
n.b("Answers ran long; I had to interrupt twice to get back to the question.", "e-", "communication", hard="plain_evidence")
n.b("Came across as a bit nervous.", "v-", hard="biased")
n.h("Overall")
n.s("Good instincts, needs polish.", "v0", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w23_notes_part3.jsonl", notes)
