import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w19-n049", candidate_id="w19-c25", interviewer_id="w19-i03", req_id="w19-r2",
         round="fundamentals", submitted_at="2025-06-17", recommendation="no_hire", specificity=1,
         style=["prose", "terse"], topic="fairness fundamentals")
n.s("Fundamentals round, Ibrahim.", "c")
n.s("Didn't really know the fairness material.", "v-", "user_impact")
n.s("Shaky on ML basics too.", "v-", "ml_fundamentals", hard="tech_vague")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n050", candidate_id="w19-c26", interviewer_id="w19-i04", req_id="w19-r1",
         round="data", submitted_at="2025-06-24", recommendation="hire", specificity=5,
         style=["prose", "first_person", "american"], topic="resume parsing quality",
         ratings={"data_intuition": "strong_hire", "judgment": "hire", "communication": "lean_hire"})
n.s("The data exercise for this round (a sample of 2,000 resumes, their parsed fields, and a hand-labelled subset of 200) asks whether the parser is good enough to feed the skills-match feature.", "c")
n.s("Ana began, sensibly, by comparing the parser against the hand labels field by field, and found that job titles were right 94% of the time but employment dates only 71%, with almost all the date errors on resumes using two-column layouts.", "e+", "data_intuition")
n.s("She then asked (and I confess I had not anticipated this) whether the hand-labelled subset was drawn at random or chosen by the annotators, since annotators tend to pick the tidier documents.", "e+", "data_intuition", hard="question")
n.s("When I admitted it was a convenience sample, she re-weighted her estimates by layout type using the full 2,000 and reported a lower date accuracy, roughly 64%, with a rough interval.", "e+", "data_intuition", "metrics")
n.s("She also noticed, I think quite independently, that resumes in Spanish and Portuguese were parsed into an empty skills field about three times as often as English ones.", "e+", "user_impact", "data_intuition")
n.blank()
n.s("I then asked what she would recommend to the team that owns the skills-match feature.", "c", hard="question")
n.s("Her recommendation (ship for English-language single-column resumes only, route the rest to the old keyword matcher, and revisit in a month) seemed to me a reasonable compromise between waiting for a perfect parser and shipping a feature that quietly disadvantages non-English speakers.", "e+", "judgment", "user_impact")
n.s("She was, perhaps, slightly less convincing when I asked how the team would know in production that the parser had degraded, offering \"spot checks\" without saying who would do them or how often.", "e-", "risk_awareness", hard="hedged")
n.s("Her write-up on the shared doc was, I should add, the clearest I have received for this exercise: findings first, numbers with denominators, caveats last.", "e+", "communication", hard="verdict_plus_evidence")
n.s("A hire, and in my view a comfortable one.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n051", candidate_id="w19-c27", interviewer_id="w19-i05", req_id="w19-r1",
         round="coding", submitted_at="2025-07-01", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations", "arrows", "typos"], topic="top-k matching")
n.s("coding - top-k jobs per seeker from score stream", "c")
n.b("Wei", "c")
n.b("started w/ sort whole list, O(n log n) per seeker", "e0", "coding")
n.b("hint: use a heap -> got to heap of size k, took ~10 min", "e0", "coding", "learning", hard="mixed")
n.b("off by one on k, returend k+1 items, didnt run the example", "e-", "coding")
n.b("no test for k > n", "e-", "coding", hard="negated")
n.b("asked if scores are comparable across seekers, good q", "e+", "data_intuition", hard="question")
n.b("explained code clearly when asked", "e+", "communication")
n.b("ran out of time before 2nd part", "c")
n.b("LNH, coding below bar for MLE", "v-", "coding")
notes.append(n)

n = Note(note_id="w19-n052", candidate_id="w19-c28", interviewer_id="w19-i06", req_id="w19-r2",
         round="behavioural", submitted_at="2025-07-08", recommendation="strong_hire", specificity=5,
         style=["prose", "headings", "american"], topic="driving a fairness remediation",
         ratings={"ownership": "strong_hire", "judgment": "hire", "learning": "hire"})
n.h("What I asked")
n.s("I asked Taylor for a time they drove a fix nobody had assigned to them, and then for a time they were wrong.", "c", hard="question")
n.h("What you should know")
n.s("Taylor described discovering, during a routine refresh, that their company's candidate ranker gave applicants with non-Latin-script names lower match scores because the name field leaked into a text embedding.", "e+", "data_intuition")
n.s("They said nobody owned the embedding pipeline, so they wrote a one-page proposal, got two days from their manager, and removed the name field themselves.", "e+", "ownership")
n.s("They re-ran the impact ratios before and after, and said the gap closed from 0.81 to 0.97 with no measurable change in shortlist rate.", "e+", "metrics", "user_impact")
n.s("They then added a unit test that fails the build if any field on a deny-list reaches the embedding input.", "e+", "risk_awareness", "coding")
n.s("On being wrong: they said they had argued against a holdout for a ranking change because it would \"waste traffic\", the change later hurt recruiter replies, and they now insist on a 5% holdout for two weeks.", "e+", "learning")
n.s("When I asked how they'd handle a PM who refused the holdout, they said they'd offer a smaller one and write down the risk, rather than block.", "e+", "judgment")
n.s("You may notice they answer slowly; every answer I got was complete and in order.", "c")
n.h("Recommendation")
n.s("Strong hire; the ownership story is exactly what the Responsible AI team needs.", "v+", "ownership")
notes.append(n)

n = Note(note_id="w19-n053", candidate_id="w19-c29", interviewer_id="w19-i07", req_id="w19-r1",
         round="behavioural", submitted_at="2025-07-15", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes", "american"], topic="shipping under pressure")
n.s("I did Nadia's behavioral and we went about ten minutes over because I was enjoying it so much.", "c")
n.s("I asked her about the hardest trade-off she's made on a project.", "c", hard="question")
n.s("She told me about a job-alert email ranker her team had to ship before a big hiring season, and said, \"We had six weeks, so I cut personalization to three features we trusted and shipped that.\"", "e+", "judgment")
n.s("She said the simple version lifted applications from alerts by 7% and that she kept a list of the features she'd dropped so the team could add them back after the season.", "e+", "ownership")
n.s("Then I asked whether she'd checked the alerts for any group getting worse jobs, and she said, \"Honestly no, we didn't have time,\" and didn't say she'd do it differently.", "e-", "user_impact")
n.s("I'm sure she'd pick that up quickly on our team.", "v+", hard="hedged")
n.s("When I asked about a time she got critical feedback, she said her manager told her she \"decides too fast\" and that she now writes a one-paragraph decision doc before anything irreversible.", "e+", "learning")
n.s("She also told me, \"I still own the alerting for that ranker even though I've moved teams,\" and described the two alerts she set up on application rate and email bounce rate.", "e+", "ownership")
n.s("She's incredibly driven and I could see her leading a team in a year.", "v+", "ownership")
n.s("She talks a mile a minute, which I personally love.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n054", candidate_id="w19-c30", interviewer_id="w19-i01", req_id="w19-r1",
         round="behavioural", submitted_at="2025-07-22", recommendation="lean_hire", specificity=1,
         style=["prose", "first_person", "american"], topic="general behavioral")
n.s("Marcus, behavioral, 30 min.", "c")
n.s("Very likeable, good sense of humor.", "v+", hard="biased")
n.s("He's clearly done a lot of ranking work.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Answers were a little surface-level.", "v-")
n.s("I'd want to see how he does in the technical rounds.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n055", candidate_id="w19-c31", interviewer_id="w19-i02", req_id="w19-r2",
         round="data", submitted_at="2025-08-05", recommendation="hire", specificity=4,
         style=["bullets", "third_person"], topic="explanation audit data",
         ratings={"data_intuition": "hire", "user_impact": "hire"})
n.s("Data round.", "c")
n.s("Dataset: 10k recruiter sessions with the explanation panel shown or hidden (randomized), and shortlist decisions.", "c")
n.nl()
n.b("Observed: checked the randomization by comparing recruiter tenure and company size across arms before any outcome analysis.", "e+", "data_intuition")
n.b("Observed: found shortlist rate +3 points with explanations, and then split by candidate group and found the lift was concentrated in one group.", "e+", "user_impact", "metrics")
n.b("Implication: looks beyond the average effect.", "v+", "metrics")
n.b("Observed: treated each session as independent although the same 300 recruiters produced all 10k sessions; did not cluster standard errors.", "e-", "data_intuition", hard="negated")
n.b("Observed: once I named the clustering, re-estimated and reported that the group-level difference was no longer clearly different from zero.", "e+", "learning")
n.b("Implication: honest with her own results.", "v+")
n.b("Observed: asked whether candidates are ever told that a recruiter saw an explanation panel about them.", "e+", "user_impact", hard="question")
n.b("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n056", candidate_id="w19-c32", interviewer_id="w19-i03", req_id="w19-r1",
         round="data", submitted_at="2025-08-12", recommendation="lean_hire", specificity=2,
         style=["prose", "terse"], topic="data round")
n.s("Data round on the match logs.", "c")
n.s("Ji-woo handled the data fine.", "v0", "data_intuition")
n.s("She noticed some rows were duplicated.", "e+", "data_intuition", hard="plain_evidence")
n.s("Didn't get far on metrics.", "v-", "metrics")
n.s("Probably fine overall.", "v+", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n057", candidate_id="w19-c33", interviewer_id="w19-i04", req_id="w19-r2",
         round="system_design", submitted_at="2025-08-26", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person", "american"], topic="human oversight in screening")
n.s("The design question (a human-in-the-loop review step for automated candidate screening, of the kind the EU AI Act anticipates) is one I find candidates either warm to or do not.", "c")
n.s("Kwame, I think, warmed to it, though the conversation stayed at a fairly high altitude throughout.", "v0", hard="hedged")
n.s("He has what one might call a good general feel for oversight mechanisms and their failure modes.", "v+", "risk_awareness", hard="tech_vague")
n.s("He did ask, at one point, how many applications a single reviewer could realistically look at in an hour, which is the right question for a design of this kind.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("Beyond that I have relatively little concrete to report, which is partly my fault for letting the discussion wander toward regulation in general.", "c")
n.s("I would lean, tentatively, toward hire.", "v+", hard="hedged")
notes.append(n)

n = Note(note_id="w19-n058", candidate_id="w19-c34", interviewer_id="w19-i05", req_id="w19-r1",
         round="system_design", submitted_at="2025-09-02", recommendation="hire", specificity=2,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations"], topic="feedback loops")
n.s("sd - recruiter-click feedback loop, Olivia", "c")
n.b("v strong on sys design", "v+", "system_thinking")
n.b("knows bandits well", "v+", "ml_fundamentals", hard="tech_vague")
n.b("proposed logging propensities w/ every impression", "e+", "data_intuition")
n.b("good comms", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w19-n059", candidate_id="w19-c35", interviewer_id="w19-i06", req_id="w19-r1",
         round="coding", submitted_at="2025-09-16", recommendation="lean_no_hire", specificity=2,
         style=["prose", "american"], topic="coding")
n.s("Committee, a caveat first: Diego's connection dropped twice, so we had about 25 minutes instead of 45.", "c")
n.s("The question was computing per-group selection rates from a stream of application events.", "c")
n.s("In the time we had, he didn't get to working code; he had the grouping right but not the rate.", "e-", "coding")
n.s("He seemed flustered, which I'd put down to the connection.", "v0", hard="biased")
n.s("I don't have enough to judge him fairly, and you should treat this as a weak signal.", "c")
n.s("Lean no hire on what I saw, with low confidence; a re-interview would be fair.", "v-", hard="hedged")
notes.append(n)

n = Note(note_id="w19-n060", candidate_id="w19-c36", interviewer_id="w19-i07", req_id="w19-r2",
         round="system_design", submitted_at="2025-09-23", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "quotes", "american"], topic="fairness monitoring")
n.s("I asked Aisha to design monitoring for fairness in our candidate ranker after launch, not just at audit time.", "c", hard="interviewer_action")
n.s("Wow.", "v+")
n.s("She said, \"Audits are a photo, I want a video,\" and proposed weekly impact ratios per group for every surface where we rank people.", "e+", "risk_awareness", "user_impact")
n.s("She knows the regulations inside and out.", "v+", "user_impact", hard="tech_vague")
n.s("When I asked what happens when an alert fires, she said a named on-call from the matching team gets paged and has 48 hours to decide whether to roll back or accept with a written reason.", "e+", "risk_awareness", "ownership")
n.s("She wasn't sure how to handle groups with very few applicants, and said \"maybe just skip them?\", which worried me a little.", "e-", "ml_fundamentals", "user_impact", hard="hedged")
n.s("When I pointed out that skipping small groups hides exactly the people most at risk, she agreed straight away and suggested pooling weeks until each group reaches a minimum count.", "e+", "learning")
n.s("I asked how she'd explain a failed weekly check to a hiring manager.", "c", hard="question")
n.s("She said she'd lead with which group, how big the gap is, and what we're doing about it, \"in that order, no jargon.\"", "e+", "communication")
n.s("Super impressive person, and so articulate.", "v+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w19_notes_part5.jsonl", notes)
