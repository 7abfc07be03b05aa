import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Dev Malhotra (he), Feed Ranking: dismisses user harm (seen by i06 only) ----
n = Note(note_id="w23-n031", candidate_id="w23-c07", interviewer_id="w23-i02", req_id="w23-r1",
         round="behavioural", submitted_at="2026-01-13", recommendation="lean_hire", specificity=4,
         style=["bullets", "arrows", "headings", "terse"], topic="ownership")
n.h("Behavioural, w23-r1")
n.b("Q -> a time you disagreed with your manager on priorities.", "c", hard="question")
n.b("Ownership: good -> described taking over an abandoned feature-logging migration nobody owned and finishing it in six weeks, on-call runbook included.", "e+", "ownership", hard="verdict_plus_evidence")
n.b("Judgment: ok -> migrated the top 20 features first rather than all 300, because he'd measured they carried 90% of model gain.", "e+", "judgment")
n.b("Disagreement -> said he escalated to his manager's manager without telling his manager first.", "e-", "communication", hard="plain_evidence")
n.b("Asked if he'd do it the same way -> \"probably yes, it got results\".", "e-", "learning")
n.b("Communication: good -> answered the escalation question in three sentences and stopped.", "e+", "communication", hard="verdict_plus_evidence")
n.b("Rec -> LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n032", candidate_id="w23-c07", interviewer_id="w23-i03", req_id="w23-r1",
         round="coding", submitted_at="2026-01-13", recommendation="strong_hire", specificity=2,
         style=["prose", "terse"], topic="trending hashtags")
n.s("Dev crushed the coding round.", "v+", "coding", hard="bare_verdict")
n.s("Super clean code, 10/10.", "v+", "coding", hard="vague_quantity")
n.s("Finished the trending-hashtags problem with like 15 minutes to spare.", "e+", "coding")
n.s("Knows his data structures cold.", "v+", "coding", hard="tech_vague")
n.s("Total rockstar, SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n033", candidate_id="w23-c07", interviewer_id="w23-i04", req_id="w23-r1",
         round="fundamentals", submitted_at="2026-01-14", recommendation="hire", specificity=3,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="ranking losses")
n.b("fundamentals: ranking losses + position bias.", "c")
n.b("ml: H, said pairwise loss only cares about order, so scores come out uncalibrated.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.b("pos bias: position as a feature at train, fixed to slot 1 at serve.", "e+", "ml_fundamentals")
n.b("metrics: knows NDCG.", "v+", "metrics", hard="tech_vague")
n.b("didn't ask what NDCG misses for a feed (regret, wellbeing).", "e-", "metrics", hard="negated")
n.b("comm: ok.", "v0", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n034", candidate_id="w23-c07", interviewer_id="w23-i06", req_id="w23-r1",
         round="system_design", submitted_at="2026-01-15", recommendation="lean_no_hire", specificity=5,
         style=["headings", "bullets", "third_person", "quotes"], topic="creator fairness",
         ratings={"system_thinking": "strong_hire", "user_impact": "no_hire"})
n.h("Question")
n.s("System design: ranking for a creator-discovery surface (\"Rising\"); the goal is to grow the number of creators with 100+ weekly viewers.", "c")
n.h("What went well")
n.b("Started by asking how \"creator\" was defined and whether brands count, then excluded verified brands from the surface.", "e+", "judgment", hard="question")
n.b("Proposed an 80/20 split: 80% ranked by predicted watch-through, 20% exploration for creators under 1k followers.", "e+", "system_thinking")
n.b("Estimated ~30M candidate videos a day and put a cheap filter (language, safety score) ahead of the ranker.", "e+", "system_thinking")
n.b("Picked \"creators crossing 100 weekly viewers\" as the north star with viewers' 7-day return as a guardrail.", "e+", "metrics")
n.h("What didn't")
n.b("I pointed out that exploration slots would land on viewers in some countries far more than others; he said \"that's a fairness team concern, not ranking\".", "e-", "user_impact")
n.b("Asked whether creators from smaller language groups would ever graduate from the exploration bucket, he said the model \"will figure it out with enough data\".", "e-", "user_impact")
n.b("Never brought up teen creators or a safety review for newly surfaced accounts.", "e-", "risk_awareness", hard="negated")
n.b("Took my hint about per-language exploration budgets, said he'd \"add it later\", and left the design unchanged.", "e-", "learning")
n.h("Overall")
n.s("Technically one of the stronger designs this cycle.", "v+", "system_thinking")
n.s("The repeated dismissal of who gets hurt by the exploration policy is the reason for my rec.", "v-", "user_impact")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

# ---- c08 Noa Levi (they), Integrity & Teen Safety: rushes under ambiguity, adapts after hints ----
n = Note(note_id="w23-n035", candidate_id="w23-c08", interviewer_id="w23-i01", req_id="w23-r2",
         round="system_design", submitted_at="2026-02-03", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "american"], topic="crisis response")
n.s("I gave Noa an ambiguous scenario: on a Friday night a self-harm related hashtag starts trending among younger users, and we do not yet know whether the content is supportive, harmful, or both.", "c")
n.s("Their first move was to block the hashtag entirely, immediately, with no review.", "e-", "judgment")
n.s("I asked who might be searching that hashtag at eleven on a Friday night.", "c", hard="question")
n.s("Noa paused, then said some of those young people might be looking for help, and that a blanket block would send them somewhere with no resources at all.", "e+", "learning")
n.s("They revised the plan: a support interstitial with helpline links on the hashtag, no recommendation of its content in feeds, and reviewers sampling two hundred posts before anything further was decided.", "e+", "judgment", "user_impact")
n.s("That revision was good, and it came quickly.", "v+", "learning")
n.s("What I did not hear, even after the revision, was any plan to consult outside experts or our teen safety advisory group.", "e-", "user_impact", hard="negated")
n.s("I also asked how they would know by Monday whether the interstitial had helped.", "c", hard="question")
n.s("They suggested tracking helpline click-through, which is a start, but could not say what a bad outcome would look like.", "e-", "metrics")
n.s("A candidate who moves too fast at first, but who listens.", "v0", "judgment", "learning", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n036", candidate_id="w23-c08", interviewer_id="w23-i02", req_id="w23-r2",
         round="debugging", submitted_at="2026-02-03", recommendation="lean_no_hire", specificity=5,
         style=["bullets", "arrows", "headings", "terse", "quotes"], topic="teen safety defaults")
n.h("Debugging: teen-default regression")
n.b("Setup -> after a release, 4% of new teen accounts were created public instead of private; gave them the signup service and logs.", "c")
n.b("Judgment: weak -> before reading any logs, proposed flipping every teen account to private, including ones teens had deliberately made public.", "e-", "judgment", hard="verdict_plus_evidence")
n.b("Hint (look at the age field) -> within 5 min found that age was read before the DOB parse completed, so some accounts defaulted to adult.", "e+", "learning")
n.b("Fix -> awaited the parse before setting defaults; added a unit test for a DOB that fails to parse.", "e+", "coding")
n.b("Remediation: weak -> asked about affected accounts, said \"just flip them all\" again; nothing on telling those teens.", "e-", "judgment", "user_impact")
n.b("Scope -> never asked how long the bug had been live or how many accounts it touched.", "e-", "risk_awareness", hard="negated")
n.b("Comm: ok, narrated throughout.", "v+", "communication")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n037", candidate_id="w23-c08", interviewer_id="w23-i05", req_id="w23-r2",
         round="behavioural", submitted_at="2026-02-04", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="ambiguity")
n.s("I used the behavioural slot to probe how Noa handles ambiguity, since two earlier interviewers had raised it, and asked about a project where the goal was unclear.", "c")
n.s("They described being asked to \"reduce spam\" on a messaging product with no definition of spam, and said they spent about three weeks building a classifier before anyone agreed on what it should catch.", "e-", "judgment")
n.s("To their credit, they framed this as a mistake without my prompting, and said they now write a one-page label definition and get it signed off before training anything.", "e+", "learning")
n.s("I am inclined to believe the lesson was genuinely learned, though it emerged in a retrospective story rather than in anything I observed today.", "v+", "learning", hard="hedged")
n.s("When I gave them a fresh ambiguous prompt, what \"healthy conversations\" should mean as a ranking objective, they asked three clarifying questions (for whom, over what horizon, measured how) before proposing anything.", "e+", "judgment", hard="question")
n.s("Their eventual proposal, reply reciprocity between mutual followers, struck me as somewhat narrow, since it says nothing about strangers piling into someone's replies.", "e-", "metrics", hard="hedged")
n.s("I suspect they are somewhat more deliberate now than their history suggests.", "v+", "judgment", hard="hedged")
n.s("Lean hire, with moderate confidence.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n038", candidate_id="w23-c08", interviewer_id="w23-i07", req_id="w23-r2",
         round="coding", submitted_at="2026-02-05", recommendation="hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="mass reporting")
n.s("I asked Noa to write a rate limiter for reports so one user can't mass-report an account: max 5 reports per target per hour.", "c")
n.s("They asked first, \"per reporter-target pair, or per target from anyone?\" which saved us both time.", "e+", "judgment", hard="question")
n.s("Wrote a dict of deques keyed by (reporter, target), evicting timestamps older than an hour, clean and correct on all my examples.", "e+", "coding")
n.s("I asked about memory with 50M users and they said \"this dict grows forever\" and added a sweep for empty keys.", "e+", "coding")
n.s("Then they pointed out that a coordinated mass-report comes from many reporters, so the per-pair limit wouldn't stop it, and added a count of distinct reporters per target per hour.", "e+", "risk_awareness")
n.s("Didn't write any tests, but talked through the edge cases out loud.", "e0", "coding", hard="mixed")
n.s("Honestly a joy to interview.", "v+")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w23-n039", candidate_id="w23-c15", interviewer_id="w23-i03", req_id="w23-r2",
         round="system_design", submitted_at="2024-07-22", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="spam")
n.s("Chloe was fine, nothing special.", "v0")
n.s("Didn't really wow me on the design, kind of all over the place.", "v-", "system_thinking")
n.s("LNH I guess.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n040", candidate_id="w23-c16", interviewer_id="w23-i05", req_id="w23-r1",
         round="system_design", submitted_at="2024-11-19", recommendation="hire", specificity=5,
         style=["prose", "first_person", "american"], topic="negative feedback in ranking")
n.s("I asked Rahul to design how explicit negative feedback (\"see less of this\") should feed into the home ranker, including how we would evaluate the change.", "c")
n.s("He first asked how often users press the button, and when I said roughly once per two thousand impressions, he argued that a per-user model of it would be hopelessly sparse and proposed learning it at the topic-cluster level instead.", "e+", "data_intuition")
n.s("He then distinguished, rather carefully I thought, between using the press as a label for a separate annoyance head and using it as a hard filter, and chose a filter on the specific item plus a 30-day soft penalty on its cluster.", "e+", "judgment", hard="hedged")
n.s("On serving, he placed the filter after retrieval and before ranking, and estimated that a per-user Bloom filter of suppressed items would fit in a few kilobytes.", "e+", "system_thinking")
n.s("For evaluation he explained that users who stop pressing the button might be satisfied or might simply have given up, and that only retention over months could tell the two apart.", "e+", "metrics")
n.s("I found this one of the more thoughtful answers I have heard on the topic.", "v+", "metrics")
n.s("I should note that the phrase \"long-term holdout\" was in my prompt.", "c")
n.blank()
n.s("Where I think he fell short was explainability: asked how a user would know their feedback had been heard, he said that was a design question and not something ML should worry about.", "e-", "user_impact", hard="hedged")
n.s("I pushed once more and he conceded that a short confirmation message would be fine, though without much interest.", "e0", "learning", hard="mixed")
n.s("He did not, as far as I recall, consider that a coordinated group could press the button to bury a particular creator.", "e-", "risk_awareness", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w23_notes_part4.jsonl", notes)
