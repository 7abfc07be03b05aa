import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w33-n049", candidate_id="w33-c25", interviewer_id="w33-i02", req_id="w33-r2",
         round="system_design", submitted_at="2025-10-22", recommendation="strong_hire",
         specificity=5, style=["bullets", "headings", "quotes", "third_person"], topic="harassment detection",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire",
                  "learning": "hire", "user_impact": "hire"})
n.h("System design: in-chat harassment detection")
n.s("Prompt: detect harassing messages in chat and decide what to do with them, for 6M daily active members.", "c")
n.s("45 minutes, whiteboard.", "c")
n.nl()
n.h("Requirements")
n.b("Asked whether we act before delivery or after, and whether the recipient or the sender sees the intervention.", "e+", "judgment", hard="question", marker="1. ")
n.b("Asked for message volume; given ~150M a day, computed ~1,700 per second on average and planned for 5x at evening peak.", "e+", "system_thinking", marker="2. ")
n.h("Design")
n.b("Put a small text model inline with a 30 ms budget, and a larger model plus conversation context in an async path that can act within a minute.", "e+", "system_thinking", marker="3. ")
n.b("Chose to blur the message for the recipient with a 'show anyway' option rather than block it, saying a false positive then costs one tap instead of a lost conversation.", "e+", "user_impact", "judgment", marker="4. ")
n.b("Said the labels would come from reviewed reports only, and that unreviewed reports should be kept out of training because of retaliation reports.", "e+", "data_intuition", marker="5. ")
n.b("Named per-language recall on a monthly audit sample as the metric, and said report rate alone would fall if members stopped trusting the button.", "e+", "metrics", marker="6. ")
n.h("Failure modes")
n.b("Proposed shadow mode for two weeks comparing the model's blurs against reviewer decisions, then 5% of traffic, with an automatic rollback if the blur rate doubled in any language.", "e+", "risk_awareness", marker="7. ")
n.b("Said the inline model should fail open, letting messages through unblurred, if it times out, and explained why failing closed would silently break chat.", "e+", "risk_awareness", "system_thinking", marker="8. ")
n.b("Did not address adversarial spelling (e.g. 'k1ll') until I raised it.", "e-", "risk_awareness", hard="negated", marker="9. ")
n.b("After I raised it, proposed character-level normalization plus adding reviewer-caught evasions to the next training set weekly.", "e+", "learning", "ml_fundamentals", marker="10. ")
n.b("When I challenged the blur choice ('won't harassers just get through?'), defended it with the one-tap cost argument but agreed to block outright above a much higher threshold.", "e+", "learning", "judgment", marker="11. ")
n.h("Verdict")
n.s("Strong hire.", "v+", hard="bare_verdict")
n.s("Findings 4, 7 and 8 show exactly the launch discipline I look for; finding 9 was the only gap and was closed well.", "v+", "risk_awareness")
notes.append(n)

n = Note(note_id="w33-n050", candidate_id="w33-c26", interviewer_id="w33-i03", req_id="w33-r1",
         round="coding", submitted_at="2025-11-05", recommendation="lean_hire",
         specificity=1, style=["prose", "terse", "headings"], topic="coding")
n.h("Coding")
n.s("Reasonable performance.", "v+", "coding")
n.s("Code was okay I guess.", "v0", "coding")
n.s("Some gaps in testing.", "v-", "coding")
n.h("Overall")
n.s("Fine, nothing special.", "v0")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n051", candidate_id="w33-c27", interviewer_id="w33-i04", req_id="w33-r2",
         round="system_design", submitted_at="2025-11-26", recommendation="hire",
         specificity=4, style=["prose", "first_person", "american"], topic="launching in a new country")
n.s("I asked Beatriz how she would get our safety tools ready for launch in a country where we have no reviewers who speak the language.", "c")
n.s("She started by asking what the local law says about dating apps and whether LGBTQ members there face legal risk.", "e+", "user_impact", "judgment", hard="question")
n.s("When I said yes, they can, she said we should hide any orientation information from profiles by default there, and not rely on members to find the setting.", "e+", "user_impact")
n.s("She also said our 'share your location' feature should default to off in that market.", "e+", "user_impact", "risk_awareness")
n.s("For reports, she suggested hiring two local reviewers before launch instead of machine-translating reports, because slang and threats don't translate well.", "e+", "judgment", "user_impact")
n.s("I asked what she'd do if we couldn't hire in time.", "c", hard="question")
n.s("She said she would delay the launch in that country rather than launch without reviewers, and named the cost: a quarter of growth.", "e+", "judgment")
n.blank()
n.s("One miss: she didn't ask how a member in that country could reach us in an emergency.", "e-", "risk_awareness", hard="negated")
n.s("When I mentioned it, she said 'that should have been my first question' and sketched an in-app safety button.", "e+", "learning", "user_impact")
n.s("She also took a while to get to the point on the reviewer staffing question.", "e-", "communication")
n.blank()
n.s("She thinks about the member first, every time.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n052", candidate_id="w33-c28", interviewer_id="w33-i01", req_id="w33-r1",
         round="coding", submitted_at="2025-12-10", recommendation="lean_no_hire",
         specificity=3, style=["lowercase", "fragments", "arrows", "typos"], topic="coding")
n.s("coding w felix", "c")
n.nl()
n.s("q was top k mutual matches from a like graph (a likes b AND b likes a)", "c")
n.nl()
n.s("first try was nested loops over all pairs -> n^2 on 50k users, didnt notice till i asked about runtime", "e-", "coding")
n.nl()
n.s("after that he switched to a set of (a,b) tuples + lookup of (b,a), way better", "e+", "learning", "coding")
n.nl()
n.s("didnt test anything, said 'it should work'", "e-", "coding", hard="negated")
n.nl()
n.s("i ran it and it counted every match twice", "e-", "coding")
n.nl()
n.s("when i pointed that out he argued my example was wrong for like 3 min before checking", "e-", "learning")
n.nl()
n.s("then fixed it w a < check on ids", "e0", "coding")
n.nl()
n.s("not super clear when explainin his approach either", "v-", "communication")
n.nl()
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n053", candidate_id="w33-c29", interviewer_id="w33-i06", req_id="w33-r2",
         round="fundamentals", submitted_at="2026-01-07", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="anomaly detection")
n.s("I had Yusuf for fundamentals, and it was a really pleasant hour.", "v+")
n.s("We covered anomaly detection for bot signups, class imbalance, and a little on graph features.", "c")
n.s("He has a very deep understanding of isolation forests and autoencoders.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He knows a million tricks for imbalanced data.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("I told him about the time our bot detector flagged an entire university's wifi, which still makes me laugh.", "c")
n.s("He said he'd check whether flagged signups shared an IP range with legitimate institutions before acting on them.", "e+", "data_intuition", "user_impact")
n.s("I didn't get to ask about evaluation, we ran long on the stories.", "c")
n.s("He seems like someone who would own his work.", "v+", "ownership", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n054", candidate_id="w33-c30", interviewer_id="w33-i05", req_id="w33-r1",
         round="behavioural", submitted_at="2026-01-28", recommendation="no_hire",
         specificity=4, style=["prose", "third_person", "american"], topic="pushback",
         ratings={"learning": "no_hire", "ownership": "lean_no_hire"})
n.s("Behavioural round with Grigor, focused on disagreements and feedback.", "c")
n.s("He described a ranking change he launched that raised matches 4% and said the product team 'didn't understand the model' when they objected.", "e-", "communication", "learning")
n.s("Asked what their objection was, he said it was about fewer matches for users over 45, and that this was 'just the data'.", "e-", "user_impact")
n.s("The interviewer asked whether anyone checked why older users were matched less often after the change.", "c", hard="question")
n.s("He said no one had, and that he would not have changed the launch either way.", "e-", "user_impact", "judgment")
n.s("When the interviewer suggested the old-age drop might come from how the model used age as a feature, he said 'I've tuned rankers for years, I know what it's doing'.", "e-", "learning")
n.s("A second, gentler prompt got the same answer.", "e-", "learning")
n.blank()
n.s("Asked about a mistake he made, he described a pipeline that double-counted swipes for a month and said the data engineer 'should have caught it'.", "e-", "ownership")
n.s("He did say he wrote a dedup test afterwards, which was the right fix.", "e+", "ownership", "coding")
n.s("He explained the ranking change itself concisely, with the before and after scoring weights.", "e+", "communication")
n.blank()
n.s("Technically capable, but he defended rather than listened in both challenges.", "v-", "learning")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n055", candidate_id="w33-c31", interviewer_id="w33-i03", req_id="w33-r2",
         round="behavioural", submitted_at="2026-02-18", recommendation="hire",
         specificity=1, style=["prose", "terse"], topic="behavioural")
n.s("Behavioural, 45 minutes.", "c")
n.s("Really good round.", "v+")
n.s("Strong sense of ownership and cares about users.", "v+", "ownership", "user_impact")
n.s("Handles feedback well.", "v+", "learning")
n.s("Mentioned a conflict with a PM, handled well I think.", "v+", "judgment", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n056", candidate_id="w33-c32", interviewer_id="w33-i01", req_id="w33-r2",
         round="system_design", submitted_at="2026-03-18", recommendation="lean_hire",
         specificity=2, style=["lowercase", "fragments", "abbreviations"], topic="romance scams")
n.s("sys design w nadia, romance scam detection", "c")
n.nl()
n.s("solid overall", "v+", hard="bare_verdict")
n.nl()
n.s("knew all the buzzwords, graph nns, anomaly detection etc", "v0", "ml_fundamentals", hard="tech_vague")
n.nl()
n.s("asked if scammers reuse the same photos across accounts", "e+", "data_intuition", hard="question")
n.nl()
n.s("design was kinda all over the place", "v-", "system_thinking")
n.nl()
n.s("not sure she gets scale", "v-", "system_thinking", hard="hedged")
n.nl()
n.s("cares about victims which is good", "v+", "user_impact")
n.nl()
n.s("LH i guess", "v0", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n057", candidate_id="w33-c33", interviewer_id="w33-i05", req_id="w33-r1",
         round="data", submitted_at="2026-04-15", recommendation="hire",
         specificity=3, style=["prose", "third_person", "american"], topic="popularity bias")
n.s("Emeka was given impression logs and asked to find out how concentrated exposure is across profiles.", "c")
n.s("He computed that the top 10% of profiles received 58% of impressions and plotted the Lorenz curve.", "e+", "data_intuition")
n.s("He asked whether profiles that were paused or deleted had been removed first, since they would drag down the bottom of the curve.", "e+", "data_intuition", hard="question")
n.s("He then suggested reporting the share of active profiles with zero likes in a week, because members experience that directly.", "e+", "metrics", "user_impact")
n.s("Asked how he would judge a ranker change, he said to track that same zero-like share in the A/B test, not just overall match rate.", "e+", "metrics")
n.s("His SQL was workable but he needed the interviewer's help with a window function.", "e0", "coding", hard="mixed")
n.s("He is clearly comfortable with this kind of analysis.", "v+", "data_intuition")
n.s("Some of his explanations were long.", "v-", "communication")
n.s("He did not propose any change to the ranker itself, though that was outside the question.", "c")
n.s("Good analytical instincts.", "v+", "data_intuition")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n058", candidate_id="w33-c34", interviewer_id="w33-i04", req_id="w33-r2",
         round="behavioural", submitted_at="2026-05-06", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="appeals after wrongful bans")
n.s("I talked with Chloe about appeals and about members who've been banned by mistake.", "c")
n.s("I read her a real (anonymized) appeal from a woman who was banned after a coordinated report campaign by an ex.", "c", hard="interviewer_action")
n.s("She said the model had done its job because it matched the reports, and that the appeal process would sort it out.", "e-", "user_impact", "judgment")
n.s("She didn't ask how long the woman had been locked out or whether the ex was still on the app.", "e-", "user_impact", hard="negated")
n.s("When I told her the ex was, she went quiet and then said that report campaigns should probably be a signal against the reporters.", "e+", "learning", "user_impact")
n.s("She did describe, in some detail, a dashboard she built at her last job tracking appeal reversal rates by rule.", "e+", "metrics", "ownership")
n.s("Asked how she would find other campaigns like this one, she suggested looking for bursts of reports from accounts that had all unmatched the same person.", "e+", "data_intuition")
n.s("I think she knows the numbers side well.", "v+", "metrics", hard="hedged")
n.s("She's a bit quiet.", "v-", hard="biased")
n.s("I'd want to see more instinct for the person behind the case.", "v-", "user_impact")
n.s("Leaning no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n059", candidate_id="w33-c35", interviewer_id="w33-i06", req_id="w33-r1",
         round="system_design", submitted_at="2026-05-20", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="engagement vs wellbeing")
n.s("I had Sanjay for system design on a 'daily picks' feature, which is close to my heart since I prototyped the first version.", "c")
n.s("He's very strong on architecture and knows the ranking stack inside out.", "v+", "system_thinking", hard="tech_vague")
n.s("I went on a long aside about the original prototype, sorry Sanjay.", "c")
n.s("He promised the feature would lift weekly retention by 15% because his last company saw that, and I loved the confidence.", "e-", "metrics")
n.s("He mentioned guardrails briefly.", "v0", "risk_awareness")
n.s("Very sharp, very fast.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w33-n060", candidate_id="w33-c36", interviewer_id="w33-i03", req_id="w33-r2",
         round="debugging", submitted_at="2026-06-03", recommendation="lean_no_hire",
         specificity=1, style=["prose", "terse"], topic="debugging")
n.s("Debugging round.", "c")
n.s("Struggled.", "v-", hard="bare_verdict")
n.s("Didn't have a systematic approach.", "v-", "coding")
n.s("Needed a lot of help.", "v-", "learning", hard="vague_quantity")
n.s("Not sure about risk thinking either.", "v-", "risk_awareness", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w33_notes_part5.jsonl", notes)
