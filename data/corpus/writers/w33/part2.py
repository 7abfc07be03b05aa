import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- candidate w33-c04 Kwame (he), Trust & Safety ----------
n = Note(note_id="w33-n013", candidate_id="w33-c04", interviewer_id="w33-i04", req_id="w33-r2",
         round="behavioural", submitted_at="2025-12-03", recommendation="no_hire",
         specificity=4, style=["prose", "first_person", "quotes", "american"], topic="age-assurance",
         ratings={"user_impact": "no_hire", "judgment": "lean_no_hire"})
n.s("My session with Kwame was about age-assurance and who gets hurt when it goes wrong.", "c")
n.s("I asked what we should do about members under 18 who lie about their age at signup.", "c", hard="question")
n.s("He said, and I wrote it down, \"if a kid lies to get on, that's on the kid and the parents, not on us\".", "e-", "user_impact", hard="plain_evidence")
n.s("I pushed: what about the adult who ends up messaging that kid?", "c", hard="interviewer_action")
n.s("He said the adult agreed to the terms too, and moved on to how the checks would slow down signup.", "e-", "user_impact", "learning")
n.blank()
n.s("To be fair, he was thoughtful about the cost side.", "v+", "judgment")
n.s("He pointed out that asking everyone for ID would drop signups in markets where few people hold a passport, and suggested asking only when other signals look young.", "e+", "judgment", "user_impact")
n.s("But when I asked what those signals were, he listed profile photos and typing speed and didn't stop to ask whether we're allowed to guess age from a face.", "e-", "user_impact", "risk_awareness")
n.blank()
n.s("Someone on a safety team has to start from the person harmed, and he started from the funnel.", "v-", "user_impact")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n014", candidate_id="w33-c04", interviewer_id="w33-i01", req_id="w33-r2",
         round="system_design", submitted_at="2025-12-03", recommendation="hire",
         specificity=3, style=["lowercase", "fragments", "abbreviations", "arrows"], topic="photo verification")
n.s("kwame sys design, photo verification (selfie vs profile pics)", "c")
n.nl()
n.s("solid structure: face match model -> liveness check -> human review for the gray zone", "e+", "system_thinking")
n.nl()
n.s("asked right away if the face match had different false reject rates for darker skin tones, said he'd want that number before launch", "e+", "user_impact", hard="question")
n.nl()
n.s("ngl thats exactly the q i was gonna ask", "v+")
n.nl()
n.s("estimated ~8% of selfies would land in human review and said thats too many for the team size, so wanted a second model pass first", "e+", "system_thinking", "judgment")
n.nl()
n.s("kinda fuzzy on how liveness actually works", "v-", "ml_fundamentals")
n.nl()
n.s("no retry flow for ppl who fail, i had to bring it up", "e-", "user_impact", hard="negated")
n.nl()
n.s("good on user stuff imo", "v+", "user_impact")
n.nl()
n.s("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n015", candidate_id="w33-c04", interviewer_id="w33-i06", req_id="w33-r2",
         round="debugging", submitted_at="2025-12-04", recommendation="hire",
         specificity=3, style=["prose", "first_person", "american"], topic="scam detection")
n.s("I ran the debugging round with Kwame, using the scam-score notebook where the precision falls off a cliff after a retrain.", "c")
n.s("I love this exercise, it's the one we built after the March incident, and I always learn something from how people approach it.", "c")
n.s("Kwame started by diffing the feature distributions between the two training windows, which is the right first move.", "e+", "data_intuition")
n.s("He found within ten minutes that a 'days since signup' feature had been recomputed in hours in the new pipeline.", "e+", "data_intuition")
n.s("He fixed the unit and reran, and precision came back to where it was.", "e+", "coding")
n.blank()
n.s("What I liked less: he didn't ask how the bad model would have been caught in production, and when I hinted at it he said 'that's an infra thing'.", "e-", "risk_awareness", "ownership")
n.s("Great energy, very confident guy.", "v+", hard="biased")
n.s("Super sharp debugger overall.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n016", candidate_id="w33-c04", interviewer_id="w33-i02", req_id="w33-r2",
         round="behavioural", submitted_at="2025-12-04", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "quotes", "third_person"], topic="ownership",
         ratings={"ownership": "lean_hire", "user_impact": "no_hire"})
n.h("Behavioural: ownership and harm")
n.b("Asked for a project he drove end to end.", "c", hard="question")
n.h("Findings")
n.b("Described rebuilding a fake-account classifier at his previous company after it started missing bot farms; he wrote the retraining pipeline and the on-call runbook himself.", "e+", "ownership", marker="1. ")
n.b("Said he stayed on the incident channel for two nights until the false negatives dropped under the old level.", "e+", "ownership", marker="2. ")
n.b("Asked how he handled legitimate users who were caught, he said 'they can make a new account'.", "e-", "user_impact", marker="3. ")
n.b("Did not know how many legitimate users were caught and had never looked.", "e-", "user_impact", "metrics", hard="negated", marker="4. ")
n.b("When I noted that new accounts lose their matches and history, he said 'fair, I hadn't thought about it from that side'.", "e+", "learning", marker="5. ")
n.h("Verdict")
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("Strong ownership, but finding 3 is the second time on this loop he set aside harm to users (see the age-assurance round).", "v-", "user_impact")
notes.append(n)

# ---------- candidate w33-c05 Mei (she), Trust & Safety ----------
n = Note(note_id="w33-n017", candidate_id="w33-c05", interviewer_id="w33-i05", req_id="w33-r2",
         round="system_design", submitted_at="2026-01-14", recommendation="lean_hire",
         specificity=5, style=["prose", "third_person", "american"], topic="age-assurance",
         ratings={"system_thinking": "hire", "risk_awareness": "lean_no_hire"})
n.s("Mei was asked to design an age-assurance step for signups in a market that has just passed an online safety law.", "c")
n.s("She started with requirements: she asked whether the law demands a specific method or only 'reasonable steps', and what penalty applies per failure.", "e+", "judgment", hard="question")
n.s("She then proposed a layered design: self-declared age, a light age-estimation model on the selfie, and document checks only for people the model places under 21.", "e+", "system_thinking")
n.s("She estimated that about 12% of signups would be sent to document checks and that the vendor cost per check made that affordable at current volumes.", "e+", "system_thinking", "judgment")
n.s("She noted that the estimation model is likely less accurate for some ethnic groups and proposed measuring error by group on a labelled sample before launch.", "e+", "user_impact")
n.blank()
n.s("The weak spot was launch safety.", "v-", "risk_awareness")
n.s("Asked what she would do if the estimation model started sending 40% of signups to document checks after launch, she said she would 'look into the model'.", "e-", "risk_awareness")
n.s("She had no alert on the referral rate, no fallback, and no way to switch the step off without a deploy.", "e-", "risk_awareness", hard="negated")
n.s("When the interviewer suggested a kill switch, she accepted it but did not add anything of her own.", "e0", "learning", hard="mixed")
n.blank()
n.s("A strong design with a real gap in failure handling; lean hire.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w33-n018", candidate_id="w33-c05", interviewer_id="w33-i06", req_id="w33-r2",
         round="behavioural", submitted_at="2026-01-14", recommendation="strong_hire",
         specificity=4, style=["prose", "first_person", "american"], topic="appeals")
n.s("I talked with Mei for about an hour, and we ran a few minutes over because I kept asking follow-ups.", "c")
n.s("Her best story was about an appeals backlog at her last company: wrongly banned sellers were waiting three weeks for a response.", "e0", "user_impact")
n.s("She said she pulled a sample of 200 appeals, found that over half came from one rule, and got that rule paused within a week.", "e+", "ownership", "data_intuition")
n.s("Then she wrote the proposal to route appeals from that rule to a faster queue, and she tracked the wait time every Monday until it fell under two days.", "e+", "ownership", "metrics")
n.s("I asked whether anyone pushed back on pausing the rule, and she said the fraud team did, so she showed them the fraud losses for the paused week, which were flat.", "e+", "judgment", "communication")
n.blank()
n.s("As a side note, this is the kind of story I wish we had from our own appeals team, which I keep meaning to raise with leadership.", "c")
n.s("She listens really well.", "v+", "communication")
n.s("Honestly the easiest strong hire I've given this year.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n019", candidate_id="w33-c05", interviewer_id="w33-i03", req_id="w33-r2",
         round="coding", submitted_at="2026-01-15", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="coding")
n.s("Coding interview with Mei.", "c")
n.s("Very strong.", "v+", hard="bare_verdict")
n.s("Clean code, good structure, knows her data structures.", "v+", "coding", hard="tech_vague")
n.s("Communicated well throughout.", "v+", "communication")
n.s("No concerns.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n020", candidate_id="w33-c05", interviewer_id="w33-i04", req_id="w33-r2",
         round="data", submitted_at="2026-01-15", recommendation="hire",
         specificity=4, style=["prose", "first_person", "american"], topic="harassment reports")
n.s("I walked Mei through a sample of real harassment reports (anonymized) and asked what she would trust and what she wouldn't.", "c")
n.s("She sorted them in a few minutes and flagged that several came from the same person against everyone who unmatched her.", "e+", "data_intuition", hard="plain_evidence")
n.s("She said those reports should not be thrown away, because the reporter might still be having a bad time, but they shouldn't count as proof against the people reported.", "e+", "user_impact", "judgment")
n.s("She asked whether reporters ever hear back about what happened, and said people stop reporting when nothing seems to happen.", "e+", "user_impact", hard="question")
n.blank()
n.s("One thing I noticed: she didn't ask about reports in languages our reviewers don't read.", "e-", "user_impact", hard="negated")
n.s("When I mentioned it, she suggested counting how many reports per language go unreviewed.", "e+", "learning", "metrics")
n.blank()
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- candidate w33-c06 Diego (he), Matching & Ranking ----------
n = Note(note_id="w33-n021", candidate_id="w33-c06", interviewer_id="w33-i02", req_id="w33-r1",
         round="behavioural", submitted_at="2026-02-10", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "quotes", "third_person"], topic="ownership",
         ratings={"ownership": "no_hire", "communication": "lean_hire"})
n.h("Behavioural")
n.s("Asked for a project that went wrong and what he did about it.", "c", hard="question")
n.nl()
n.h("Findings")
n.b("Described a ranking launch at a food-delivery app where restaurant complaints doubled in the first week.", "e0", marker="1. ")
n.b("Said 'the PM owned the metrics, so I waited for them to decide'.", "e-", "ownership", marker="2. ")
n.b("Could not say what the rollback criteria were or who set them.", "e-", "risk_awareness", "ownership", hard="negated", marker="3. ")
n.b("Asked what he would do differently, he said 'push the PM to decide faster'.", "e-", "ownership", marker="4. ")
n.b("Explained the ranking change itself clearly, with the old and new scoring formula written out.", "e+", "communication", marker="5. ")
n.h("Verdict")
n.s("No hire: three separate answers put the responsibility on someone else.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w33-n022", candidate_id="w33-c06", interviewer_id="w33-i05", req_id="w33-r1",
         round="system_design", submitted_at="2026-02-10", recommendation="lean_no_hire",
         specificity=4, style=["prose", "third_person", "american"], topic="launching in a new country")
n.s("Diego was asked how he would launch the match ranker in a new country where Kindred has no history.", "c")
n.s("He proposed reusing the ranker from the closest existing market and fine-tuning once a few weeks of local swipes were logged.", "e+", "system_thinking", "judgment")
n.s("He sized the first month at roughly 150k users and said a per-country model was not worth training before then.", "e+", "system_thinking")
n.s("He did not ask about local norms, such as whether same-gender matching is legal or safe in that market.", "e-", "user_impact", hard="negated")
n.s("When the interviewer raised it, he said that was 'a policy question for the launch team'.", "e-", "ownership", "user_impact")
n.blank()
n.s("Asked who would decide when the borrowed model was bad enough to replace, he said the market manager would tell him.", "e-", "ownership", "judgment")
n.s("He did propose comparing the new country's daily match rate to the source market for the first month.", "e+", "metrics", "risk_awareness")
n.s("That is the same pattern of waiting for others that came up in the behavioural round.", "v-", "ownership")
n.s("The technical plan was reasonable; the ownership was not there.", "v0", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n023", candidate_id="w33-c06", interviewer_id="w33-i01", req_id="w33-r1",
         round="data", submitted_at="2026-02-11", recommendation="lean_hire",
         specificity=3, style=["lowercase", "fragments", "abbreviations"], topic="engagement vs wellbeing")
n.s("data round, engagement vs wellbeing", "c")
n.nl()
n.s("gave diego the session-length dashboard + the survey where ppl say the app makes them feel worse", "c", hard="interviewer_action")
n.nl()
n.s("he joined the two and found heavy users (3h+ a day) had the lowest wellbeing scores", "e+", "data_intuition", "user_impact")
n.nl()
n.s("said we shouldnt optimize session length at all then, suggested matches that lead to a date as the north star", "e+", "metrics", "user_impact")
n.nl()
n.s("but didnt ask who answers the survey, its opt in so prob skewed", "e-", "data_intuition", hard="negated")
n.nl()
n.s("when i said that he was like oh yeah good point and reweighted by activity bucket", "e+", "learning", "data_intuition")
n.nl()
n.s("pretty good w pandas", "v+", "coding", hard="tech_vague")
n.nl()
n.s("LH, didnt see the ownership stuff others flagged but my round didnt really test it", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n024", candidate_id="w33-c06", interviewer_id="w33-i06", req_id="w33-r1",
         round="fundamentals", submitted_at="2026-02-11", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="two-tower models")
n.s("I had Diego for fundamentals and we mostly talked about two-tower retrieval models for the match feed.", "c")
n.s("He knows this area extremely well, probably better than half our team.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("We had a great back-and-forth about negative sampling and in-batch negatives.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("It reminded me of when we moved off the old matrix factorization model, which took us most of a year.", "c")
n.s("He said in-batch negatives over-penalize popular profiles because they show up as negatives more often.", "e+", "ml_fundamentals")
n.s("Really great chat!", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w33_notes_part2.jsonl", notes)
