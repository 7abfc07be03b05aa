import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w13-n049", candidate_id="w13-c25", interviewer_id="w13-i03", req_id="w13-r1",
         round="fundamentals", submitted_at="2025-05-20", recommendation="hire",
         specificity=1, style=["prose", "terse", "american"], topic="fundamentals")
n.s("Fundamentals with Marcus.", "c")
n.s("I asked about L1 vs L2 and early stopping for the churn model.", "c", hard="question")
n.s("Knows his ML, really solid on the basics.", "v+", "ml_fundamentals")
n.s("Strong on regularization and evaluation.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Good energy.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n050", candidate_id="w13-c26", interviewer_id="w13-i06", req_id="w13-r1",
         round="data", submitted_at="2025-06-10", recommendation="lean_hire",
         specificity=3, style=["terse", "fragments", "first_person", "american"], topic="telemetry pipelines")
n.s("2025-06-10 data round, Ingrid, 50 min.", "c")
n.nl()
n.s("12:00 gave her the match telemetry table: 3 days missing for one region after a patch.", "c")
n.nl()
n.s("12:04 spotted the gap from a daily count plot in ~3 min.", "e+", "data_intuition")
n.nl()
n.s("12:10 asked which downstream jobs read this table; named MMR recompute + churn features.", "e+", "system_thinking", hard="question")
n.nl()
n.s("12:16 proposed an alert on per-region row counts vs the trailing week.", "e+", "risk_awareness")
n.nl()
n.s("12:22 said she'd 'just backfill' without asking whether the raw logs still exist.", "e-", "risk_awareness", "data_intuition")
n.nl()
n.s("12:26 asked how late console logs usually land; I said up to 48h; she moved the alert to a 2-day lag.", "e+", "data_intuition", "learning")
n.nl()
n.s("12:30 I asked who should own the fix; she said the pipeline team, then added she'd file the ticket and follow up.", "e0", "ownership")
n.nl()
n.s("12:38 good grasp of pipelines generally.", "v+", "system_thinking", hard="tech_vague")
n.nl()
n.s("12:40 explanation of the alert threshold was muddled.", "v-", "communication")
n.nl()
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n051", candidate_id="w13-c27", interviewer_id="w13-i02", req_id="w13-r2",
         round="behavioural", submitted_at="2025-06-24", recommendation="hire",
         ratings={"ownership": "strong_hire", "communication": "hire", "judgment": "lean_hire"},
         specificity=4, style=["bullets", "headings", "third_person", "american"], topic="false bans")
n.h("Signal")
n.b("Described a false-ban wave at her previous studio: she noticed the appeal queue triple on a Saturday, paused auto-bans herself, and paged the model owner.", "e+", "ownership", "risk_awareness")
n.b("Said she wrote the postmortem and the top action item was a daily canary set of known-clean accounts.", "e+", "ownership", "risk_awareness")
n.b("Explained the incident to me in plain terms first, then the technical cause (a feature going null after a client update).", "e+", "communication")
n.b("Asked how our moderators and the ML team talk to each other today.", "e+", "user_impact", hard="question")
n.h("Concerns")
n.b("Pausing auto-bans was done without telling the T&S lead until Monday.", "e-", "communication", "judgment")
n.b("When I asked whether that was the right call, she said yes and could not name any cost of pausing (e.g. cheaters playing freely for two days).", "e-", "judgment")
n.b("Could be more reflective.", "v-", "learning")
n.h("Verdict")
n.b("Hire.", "v+", hard="bare_verdict")
n.s("Ownership is the clearest I have seen for this req.", "v+", "ownership")
notes.append(n)

n = Note(note_id="w13-n052", candidate_id="w13-c28", interviewer_id="w13-i01", req_id="w13-r1",
         round="coding", submitted_at="2025-07-08", recommendation="hire",
         specificity=2, style=["prose", "lowercase", "first_person", "abbreviations", "american"], topic="coding")
n.s("coding w/ sam (they/them), the win-streak detection q.", "c")
n.s("ngl they cooked.", "v+", "coding")
n.s("super clean code, knows python inside out.", "v+", "coding", hard="tech_vague")
n.s("handled the edge cases like a pro.", "v+", "coding")
n.s("they asked if a draw breaks the streak before starting.", "e+", "judgment", hard="question")
n.s("explains stuff well, easy to follow.", "v+", "communication")
n.s("didnt really test it tho, we just eyeballed.", "e-", "coding", hard="negated")
n.s("when i asked about streaks across seasons they said reset at season start and asked if design had a rule on it.", "e+", "judgment")
n.s("ran out of time for the follow-up about streak-based matchmaking.", "c")
n.s("lowkey would hire tomorrow, H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n053", candidate_id="w13-c29", interviewer_id="w13-i04", req_id="w13-r1",
         round="system_design", submitted_at="2025-08-05", recommendation="strong_hire",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire", "user_impact": "hire"},
         specificity=5, style=["prose", "first_person", "american"], topic="matchmaking queue")
n.s("For the design round I have asked Wei to redesign our matchmaking so that queue times in low-population regions (Oceania at night) go down without making the matches unfair.", "c")
n.s("He asked first for the distribution of concurrent players by hour in Oceania, and when I told him it falls to around 400 at 4am, he said that at this number the skill window alone cannot solve it.", "e+", "judgment", "system_thinking")
n.s("He proposed then to merge Oceania with Southeast Asia after a wait of 90 seconds, but only if the ping stays under 120ms, and he calculated from the map I gave him that this adds on average 35ms.", "e+", "system_thinking")
n.s("He separated clearly the matchmaker, which is stateless and runs every two seconds, from the rating service, and explained why they should not share a database.", "e+", "system_thinking")
n.s("Without my question he listed three failure modes: the merged pool becomes too big at Asian prime time, the ping data is stale, and players in Oceania get matched always against Asian teams and start to churn.", "e+", "risk_awareness", "user_impact")
n.s("For each of these he named a metric and a threshold, for example the share of Oceania matches with ping over 120ms, which should trigger the automatic disabling of the merge.", "e+", "risk_awareness", "metrics")
n.s("When I challenged him that players prefer fast queues anyway, he did not just agree, but asked if we have survey data, and said that abandon rate after a high-ping match would tell it better than a survey.", "e+", "metrics", "learning")
n.s("He took ownership of the rollout plan by himself, proposing to launch it first for unranked, then ranked after two weeks, with a named review point.", "e+", "ownership", "risk_awareness")
n.s("The only point where he was weaker was the cost estimate of the additional servers, which he skipped.", "e-", "system_thinking")
n.s("Strong hire, and this I do not write often.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n054", candidate_id="w13-c30", interviewer_id="w13-i05", req_id="w13-r2",
         round="data", submitted_at="2025-08-26", recommendation="strong_hire",
         specificity=1, style=["prose", "first_person", "american"], topic="toxicity")
n.s("Carmen was honestly one of the best candidates I've spoken to all year.", "v+")
n.s("We covered the chat-report dataset and a short case on appeals.", "c")
n.s("She has a really deep understanding of toxicity data and moderation pipelines.", "v+", "data_intuition", hard="tech_vague")
n.s("She's worked on trust and safety at two big platforms, so she's seen it all.", "v+", hard="vague_quantity")
n.s("Every question I threw at her she handled with ease.", "v+")
n.s("She's a fantastic communicator, warm and clear.", "v+", "communication")
n.s("She really owns her work, you can just tell.", "v+", "ownership")
n.s("She'd make great decisions under pressure.", "v+", "judgment")
n.s("I loved her energy and I think the team would too.", "v+", hard="biased")
n.s("Strong hire without hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n055", candidate_id="w13-c31", interviewer_id="w13-i03", req_id="w13-r1",
         round="debugging", submitted_at="2025-09-16", recommendation="lean_no_hire",
         specificity=1, style=["prose", "terse", "american"], topic="debugging")
n.s("Debugging with Ravi was meh.", "v-")
n.s("Gave him the broken queue-time dashboard.", "c")
n.s("He never checked the timezone conversion, which was the bug.", "e-", "coding", hard="negated")
n.s("Not a strong debugger.", "v-", "coding")
n.s("Seemed a bit lost.", "v-", hard="hedged")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n056", candidate_id="w13-c32", interviewer_id="w13-i01", req_id="w13-r2",
         round="system_design", submitted_at="2025-10-07", recommendation="lean_no_hire",
         specificity=2, style=["prose", "lowercase", "first_person", "abbreviations", "american"], topic="voice toxicity")
n.s("design round w/ oksana, voice chat toxicity for ranked.", "c")
n.s("45 min, we used all of it.", "c")
n.s("honestly the design was kinda mid.", "v-", "system_thinking")
n.s("lots of boxes and arrows, not a lot of why.", "v-", "system_thinking")
n.s("she wanted to transcribe every voice minute, didn't estimate the cost at all.", "e-", "system_thinking", hard="negated")
n.s("i asked what happens when the model is wrong and she said 'the player can appeal', that's it.", "e-", "risk_awareness", "user_impact")
n.s("asked about under-13s in voice and she said 'the age gate handles that' and moved on.", "e-", "user_impact")
n.s("knows the asr stuff pretty well i think.", "v+", "ml_fundamentals", hard="hedged")
n.s("comms were fine.", "v0", "communication")
n.s("LNH, not feeling it for a T&S role.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n057", candidate_id="w13-c33", interviewer_id="w13-i04", req_id="w13-r2",
         round="behavioural", submitted_at="2025-11-04", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person", "american"], topic="moderation of minors' chat")
n.s("The behavioural round with Kwame was about his work on a child-safety classifier at a social platform.", "c")
n.s("He explained that he was responsible for the evaluation and that he insisted on a separate test set with conversations between adults and minors, because the general set had almost none of them.", "e+", "ownership", "data_intuition")
n.s("He could describe well what the moderators needed, namely a reason for each flag and not only a score, and how he added the top phrases to the review tool.", "e+", "user_impact", "communication")
n.s("When I asked about a conflict, he told about a disagreement with his manager over the threshold, but could not say how it was resolved, only that 'it worked out'.", "e-", "communication")
n.s("I have the impression that he is a careful person who takes responsibility, but one hour is short.", "v+", "ownership", hard="hedged")
n.s("His answers were sometimes long and I had to interrupt to come to the next question.", "v-", "communication")
n.s("We had also a delay of ten minutes at the start because of the video link.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n058", candidate_id="w13-c34", interviewer_id="w13-i05", req_id="w13-r1",
         round="coding", submitted_at="2025-12-02", recommendation="hire",
         specificity=2, style=["prose", "first_person", "american"], topic="churn prediction")
n.s("Javier was great, really sharp and a fast coder.", "v+", "coding")
n.s("I had him write the feature builder for the churn model, rolling 7- and 28-day playtime per player from the session table.", "c")
n.s("He got it done with time to spare and the code looked really professional.", "v+", "coding")
n.s("He used the session end date for the window instead of the prediction date, so the 28-day feature included days after the cutoff, but we fixed that together and it's a small thing.", "e-", "data_intuition", "coding")
n.s("I asked how he would test it and he wrote one test with three players and a hand-computed answer.", "e+", "coding")
n.s("Super knowledgeable about Spark and pandas.", "v+", "coding", hard="tech_vague")
n.s("Communicated well the whole time.", "v+", "communication")
n.s("I can see him owning the churn pipeline end to end.", "v+", "ownership")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n059", candidate_id="w13-c35", interviewer_id="w13-i02", req_id="w13-r2",
         round="data", submitted_at="2026-01-13", recommendation="no_hire",
         specificity=1, style=["bullets", "headings", "third_person", "american"], topic="toxicity labels")
n.h("Exercise")
n.b("Audit label quality of the chat-report dataset (40k reports, 3 reviewers).", "c")
n.h("Signal")
n.b("None worth recording.", "v-")
n.h("Concerns")
n.b("Weak data instincts.", "v-", "data_intuition")
n.b("Poor structure; hard to follow.", "v-", "communication")
n.b("Judgment below bar for T&S.", "v-", "judgment")
n.h("Verdict")
n.b("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w13-n060", candidate_id="w13-c36", interviewer_id="w13-i06", req_id="w13-r1",
         round="behavioural", submitted_at="2026-02-10", recommendation="lean_hire",
         specificity=2, style=["terse", "fragments", "first_person", "american"], topic="behavioural")
n.s("2026-02-10 behavioural, Hyun-woo, 30 min (cut short, his connection dropped).", "c")
n.nl()
n.s("09:00 asked about a project he drove end to end.", "c", hard="question")
n.nl()
n.s("09:03 talked about a churn model; general, 'we built it, it went well'.", "v0", "ownership")
n.nl()
n.s("09:10 asked what he personally did; said he 'did the modelling part'.", "e0", "ownership")
n.nl()
n.s("09:15 seemed thoughtful.", "v+")
n.nl()
n.s("09:20 clear speaker.", "v+", "communication")
n.nl()
n.s("09:25 asked about a time he was wrong; no example.", "e-", "learning")
n.nl()
n.s("Too little signal.", "c")
n.s("LH pending other rounds.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w13_notes_part5.jsonl", notes)
print(len(notes), "notes")
