import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- candidate w33-c01 Priya (she), Matching & Ranking ----------
n = Note(note_id="w33-n001", candidate_id="w33-c01", interviewer_id="w33-i06", req_id="w33-r1",
         round="system_design", submitted_at="2025-09-16", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "american"], topic="two-sided recommendations",
         ratings={"system_thinking": "strong_hire", "user_impact": "strong_hire"})
n.s("I had Priya for the system design slot, 50 minutes.", "c")
n.s("I asked her to design the daily match queue for Kindred, where each user gets a short stack of profiles every morning.", "c", hard="interviewer_action")
n.s("Honestly one of the more enjoyable hours I've had on this loop, and I've done a lot of them this quarter.", "v+")
n.blank()
n.s("She opened by asking whether a 'match' meant one side liking or both sides liking, and said the objective changes completely depending on the answer.", "e+", "judgment", hard="question")
n.s("Then she split the design into candidate retrieval by location and preferences, a mutual-interest scorer, and a final re-ranker that spreads exposure.", "e+", "system_thinking")
n.s("She estimated about 4M daily actives and said the scorer had to run in a nightly batch because the stack is built once a day, so no online latency budget was needed for it.", "e+", "system_thinking")
n.s("That reminded me of the old team's argument about real-time stacks, which we never resolved, but that's a story for another day.", "c")
n.blank()
n.s("The best part: unprompted, she said a pure mutual-likelihood model would keep showing the same popular profiles and that a big share of users would 'never get a single like'.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("She proposed capping how often any one profile can appear across stacks per day and tracking the share of users with zero impressions as a guardrail.", "e+", "user_impact", "metrics")
n.s("When I asked how she'd know the cap wasn't hurting matches, she suggested an A/B test with mutual matches per user as the primary metric and message replies as a secondary one.", "e+", "metrics")
n.s("I didn't get to rollback or monitoring, partly my fault for the tangent on batch vs real-time.", "c")
n.blank()
n.s("Strong hire from me, she thinks like someone who has already shipped this.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n002", candidate_id="w33-c01", interviewer_id="w33-i03", req_id="w33-r1",
         round="behavioural", submitted_at="2025-09-16", recommendation="hire",
         specificity=1, style=["prose", "terse", "third_person"], topic="collaboration")
n.s("Behavioural round.", "c")
n.s("Priya was great.", "v+", hard="bare_verdict")
n.s("Very strong collaborator with a lot of maturity for her level.", "v+", "communication", hard="vague_quantity")
n.s("Good examples of ownership throughout.", "v+", "ownership")
n.s("Communicates clearly and handles ambiguity well.", "v+", "communication", "judgment")
n.s("Would be a good addition to the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n003", candidate_id="w33-c01", interviewer_id="w33-i02", req_id="w33-r1",
         round="coding", submitted_at="2025-09-17", recommendation="hire",
         specificity=5, style=["bullets", "headings", "quotes", "third_person"], topic="ranking",
         ratings={"coding": "hire", "communication": "hire"})
n.h("Coding round: exposure-capped re-ranker")
n.s("Problem: given a list of scored profiles and a per-profile exposure cap, return the top k with no profile above its cap.", "c")
n.nl()
n.h("Findings")
n.b("Asked whether ties should break by profile id or by score, before writing any code.", "e+", "judgment", hard="question", marker="1. ")
n.b("Wrote a heap-based solution in about 15 minutes; ran it by hand on my example and got the expected output.", "e+", "coding", marker="2. ")
n.b("Did not handle the case where fewer than k profiles are under their cap; the loop would have run forever.", "e-", "coding", hard="negated", marker="3. ")
n.b("When I gave her an input with every profile at cap, she traced it, found the infinite loop and added an early exit with a test for it.", "e0", "coding", "learning", hard="mixed", marker="4. ")
n.b("Stated complexity as 'n log n for the heap build, then k log n for pops'; correct.", "e+", "coding", marker="5. ")
n.b("Explained each step aloud before typing; I never had to ask what a variable was for.", "e+", "communication", marker="6. ")
n.h("Verdict")
n.s("Hire: the one bug was real but she found it herself once given the input.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n004", candidate_id="w33-c01", interviewer_id="w33-i05", req_id="w33-r1",
         round="data", submitted_at="2025-09-17", recommendation="hire",
         specificity=4, style=["prose", "third_person", "american"], topic="popularity bias",
         ratings={"data_intuition": "hire", "metrics": "lean_hire"})
n.s("The candidate was given a sample of swipe logs and asked why the like-rate model looked better offline than it did in the last online test.", "c")
n.s("Priya first asked how the training examples were sampled, and learned that only profiles that had been shown were in the log.", "e+", "data_intuition")
n.s("She pointed out that profiles the old ranker never showed have no labels at all, so the offline set over-represents popular profiles.", "e+", "data_intuition")
n.s("She proposed a small randomized exploration slice to collect labels on unseen profiles, and estimated that 2% of stacks would give enough data within a month.", "e+", "data_intuition", "judgment")
n.blank()
n.s("She was less convincing on metrics.", "v-", "metrics")
n.s("Asked how she would compare two rankers offline, she reached for AUC on the logged data and did not mention that the same selection problem applies to the evaluation set.", "e-", "metrics", hard="negated")
n.s("When the interviewer asked whether the bias she had just described might affect the test set too, she agreed at once and suggested evaluating on the exploration slice only.", "e+", "learning", "metrics")
n.blank()
n.s("Overall a thoughtful data round with one blind spot that she closed quickly once prompted.", "v+")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- candidate w33-c02 Marcus (he), Trust & Safety ----------
n = Note(note_id="w33-n005", candidate_id="w33-c02", interviewer_id="w33-i02", req_id="w33-r2",
         round="system_design", submitted_at="2025-10-02", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "quotes", "third_person"], topic="romance scams",
         ratings={"metrics": "no_hire", "learning": "no_hire", "risk_awareness": "lean_no_hire"})
n.h("System design: romance-scam detection")
n.s("Prompt: design a system that flags accounts likely running romance scams, given messages, profile data and user reports.", "c")
n.nl()
n.h("Findings")
n.b("Proposed a message classifier plus an account-level score; sensible split, sketched the two services and the queue between them.", "e+", "system_thinking", marker="1. ")
n.b("Said the model 'is done' because it reached 0.94 AUC on last quarter's reports, and planned to auto-ban above a 0.9 score on that basis.", "e-", "metrics", marker="2. ")
n.b("Asked how many bans per day that threshold would produce, he said he had not estimated it.", "e-", "judgment", hard="negated", marker="3. ")
n.b("No review queue, no appeal path, no rollback if the ban rate spiked.", "e-", "risk_awareness", hard="negated", marker="4. ")
n.b("When I said reports are a biased label (scam victims often never report), he replied 'the AUC already accounts for that' and did not revise the plan.", "e-", "learning", "data_intuition", marker="5. ")
n.b("Second push on the same point got 'we can tune it after launch'.", "e-", "learning", marker="6. ")
n.h("Verdict")
n.s("No hire.", "v-", hard="bare_verdict")
n.s("The architecture was fine, but he treated one offline number as proof and did not move when challenged twice.", "v-", "metrics", "learning")
notes.append(n)

n = Note(note_id="w33-n006", candidate_id="w33-c02", interviewer_id="w33-i05", req_id="w33-r2",
         round="fundamentals", submitted_at="2025-10-02", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "american"], topic="noisy labels",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "lean_no_hire"})
n.s("Fundamentals round, 45 minutes, focused on harassment reports as training labels.", "c")
n.s("Marcus explained label noise clearly: he said reports are both missing (victims who don't report) and false (retaliatory reports after a bad date), and that the two need different fixes.", "e+", "ml_fundamentals", "data_intuition")
n.s("He described a loss-correction approach using an estimated noise matrix and wrote out how it reweights the cross-entropy term.", "e+", "ml_fundamentals")
n.blank()
n.s("The concern came when the conversation moved to evaluation.", "c")
n.s("He proposed measuring the new model on held-out reports and said a higher AUC there 'means fewer harassers on the app'.", "e-", "metrics")
n.s("The interviewer asked whether the held-out reports carry the same noise he had just described; Marcus said yes but that the comparison between models would still be fair.", "e0", "metrics", hard="mixed")
n.s("He did not suggest any audit set, human relabelling or online measure of harm.", "e-", "metrics", "user_impact", hard="negated")
n.blank()
n.s("Good grasp of the theory, but a habit of treating the offline number as the outcome.", "v0", "ml_fundamentals", "metrics", hard="mixed")
n.s("Lean no hire for Trust & Safety, where that habit is costly.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n007", candidate_id="w33-c02", interviewer_id="w33-i01", req_id="w33-r2",
         round="coding", submitted_at="2025-10-03", recommendation="lean_hire",
         specificity=2, style=["lowercase", "fragments", "terse"], topic="rate limiting")
n.s("coding round w marcus", "c")
n.nl()
n.s("q was a sliding window rate limiter for message sends", "c")
n.nl()
n.s("lowkey solid coder ngl", "v+", "coding")
n.nl()
n.s("got it working", "e+", "coding", hard="plain_evidence")
n.nl()
n.s("bit rushed on edge cases", "v-", "coding")
n.nl()
n.s("knows his python", "v+", "coding", hard="tech_vague")
n.nl()
n.s("chill guy, easy to talk to", "v+", hard="biased")
n.nl()
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n008", candidate_id="w33-c02", interviewer_id="w33-i04", req_id="w33-r2",
         round="behavioural", submitted_at="2025-10-03", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="appeals after wrongful bans")
n.s("I spent this session on how Marcus thinks about the people on the other end of an enforcement decision.", "c")
n.s("I asked him to tell me about a time something he built hurt someone it wasn't meant to.", "c", hard="question")
n.s("He described a spam filter at his last job that blocked messages from a small-business customer for a week, and said he found out from the support team.", "e0", "user_impact")
n.s("When I asked what he changed afterwards, he said the threshold was raised, but that support 'should have escalated sooner'.", "e-", "ownership")
n.blank()
n.s("I then described a member who was banned by mistake and lost a month of conversations.", "c")
n.s("He asked how many such appeals we get per week, which was a fair question.", "e+", "user_impact", hard="question")
n.s("But his answer to what we owe that member was 'an unban and an apology email', and he didn't think about restoring the conversations or the matches who had been told the account was gone.", "e-", "user_impact")
n.blank()
n.s("He seems to care in the abstract.", "v0", "user_impact", hard="hedged")
n.s("I'd want someone who takes the harm a little more personally for this team.", "v-", "user_impact")
n.s("Leaning no.", "v-", hard="bare_verdict")
notes.append(n)

# ---------- candidate w33-c03 Sol (they), Matching & Ranking ----------
n = Note(note_id="w33-n009", candidate_id="w33-c03", interviewer_id="w33-i01", req_id="w33-r1",
         round="system_design", submitted_at="2025-11-12", recommendation="hire",
         specificity=3, style=["lowercase", "fragments", "arrows", "abbreviations"], topic="cold start")
n.s("sys design w sol, cold start for new users in the match feed", "c")
n.nl()
n.s("started w a popularity fallback for new users -> pretty standard", "e0", "system_thinking")
n.nl()
n.s("i asked what happens to profiles that are new AND not popular", "c", hard="interviewer_action")
n.nl()
n.s("they paused then said ok the fallback just makes the rich richer, swapped to a bandit w a fixed exploration budget per region", "e+", "learning", "user_impact")
n.nl()
n.s("sized it too, ~30k new signups a day in the launch markets so exploration can't be more than a few % of impressions", "e+", "system_thinking")
n.nl()
n.s("lowkey impressed how fast they pivoted", "v+", "learning")
n.nl()
n.s("didnt really talk about what happens if the bandit goes weird in prod", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("design was kinda shallow on storage tbh", "v-", "system_thinking")
n.nl()
n.s("H overall", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n010", candidate_id="w33-c03", interviewer_id="w33-i02", req_id="w33-r1",
         round="fundamentals", submitted_at="2025-11-12", recommendation="lean_hire",
         specificity=4, style=["bullets", "headings", "quotes", "third_person"], topic="ranking losses",
         ratings={"ml_fundamentals": "lean_hire", "learning": "hire"})
n.h("Fundamentals")
n.s("Covered pairwise vs pointwise ranking losses and calibration.", "c")
n.nl()
n.h("Findings")
n.b("First said pairwise loss 'fixes popularity bias'; it does not, and they could not say why they thought so.", "e-", "ml_fundamentals", marker="1. ")
n.b("After I asked what the pairs are drawn from, they said 'from the logged impressions, so the bias is still there' and dropped the claim.", "e+", "learning", "ml_fundamentals", marker="2. ")
n.b("Explained that pointwise like-probabilities need calibration if we combine them with the reply model, and sketched Platt scaling on a holdout.", "e+", "ml_fundamentals", marker="3. ")
n.b("Could not name a way to check calibration per user segment.", "e-", "ml_fundamentals", hard="negated", marker="4. ")
n.b("Answers were short and needed follow-ups.", "v-", "communication", marker="5. ")
n.b("Asked whether the like and reply models are trained on the same population, since otherwise combining calibrated scores still misleads; good question.", "e+", "ml_fundamentals", hard="question", marker="6. ")
n.h("Verdict")
n.s("Lean hire: fundamentals have gaps, but the correction in finding 2 was real.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n011", candidate_id="w33-c03", interviewer_id="w33-i04", req_id="w33-r1",
         round="behavioural", submitted_at="2025-11-13", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="users who never get shown")
n.s("I asked Sol about the members our feed leaves behind, the people who rarely get shown to anyone.", "c")
n.s("They said they had been one of those users on another app and stopped opening it after a few weeks, which I found a very honest place to start.", "e+", "user_impact")
n.s("They asked whether we know which groups are over-represented among people with no impressions, for example by age or ethnicity.", "e+", "user_impact", hard="question")
n.s("I told them we don't publish that, and they said they'd want it measured internally before any ranking change shipped.", "e+", "user_impact", "risk_awareness")
n.blank()
n.s("When I asked about a hard call they'd made, the story was a bit thin.", "v-", "judgment")
n.s("They talked about choosing a smaller model to hit a deadline but couldn't say what they gave up.", "e-", "judgment")
n.blank()
n.s("Lovely person to talk to.", "v+", hard="biased")
n.s("Hire from me on the user-harm side.", "v+", "user_impact")
notes.append(n)

n = Note(note_id="w33-n012", candidate_id="w33-c03", interviewer_id="w33-i03", req_id="w33-r1",
         round="data", submitted_at="2025-11-13", recommendation="lean_hire",
         specificity=2, style=["prose", "terse"], topic="swipe logs")
n.s("Data round on swipe logs.", "c")
n.s("Sol did ok.", "v0", hard="bare_verdict")
n.s("Knew their way around SQL and window functions.", "v+", "coding", hard="tech_vague")
n.s("Asked about time zones in the timestamps.", "e+", "data_intuition", hard="plain_evidence")
n.s("Decent intuition for the data generally.", "v+", "data_intuition")
n.s("Some answers were a bit slow.", "v-")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w33_notes_part1.jsonl", notes)
