import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c03 Sung-min Park (they), Feed Ranking: strong, written up vaguely by i03 ----
n = Note(note_id="w23-n011", candidate_id="w23-c03", interviewer_id="w23-i03", req_id="w23-r1",
         round="system_design", submitted_at="2025-06-02", recommendation="strong_hire", specificity=2,
         style=["prose", "terse"], topic="ranking explainability")
n.s("Sung-min was a total rockstar in SD.", "v+", "system_thinking", hard="bare_verdict")
n.s("Designed the whole ranking stack end to end, super scalable, knew exactly what they were doing.", "v+", "system_thinking", hard="tech_vague")
n.s("Crushed the explainability part too, tons of great ideas.", "v+", "user_impact", hard="vague_quantity")
n.s("Mentioned shadow traffic at one point.", "e+", "risk_awareness")
n.s("Easy SH, would fight for this one.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n012", candidate_id="w23-c03", interviewer_id="w23-i04", req_id="w23-r1",
         round="coding", submitted_at="2025-06-02", recommendation="hire", specificity=3,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="sessionization")
n.b("q: sessionize an event log (30 min gap), count sessions per user.", "c")
n.b("coding: SH, sorted per user, one pass, asked whether a gap of exactly 30 min splits before coding it.", "e+", "coding", hard="verdict_plus_evidence")
n.b("tests: wrote 3 incl. user w/ zero events.", "e+", "coding")
n.b("data: asked about out-of-order events from offline clients.", "e+", "data_intuition", hard="question")
n.b("comm: narrated well.", "v+", "communication")
n.b("H/SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n013", candidate_id="w23-c03", interviewer_id="w23-i05", req_id="w23-r1",
         round="data", submitted_at="2025-06-03", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="novelty effects")
n.s("The exercise was my usual one: a ranking change shows +4% likes in week one of an A/B test, decaying to +0.5% by week four, and I asked what the candidate would make of it.", "c")
n.s("Sung-min almost immediately suggested that heavy users might be reacting to the novelty of the new layout, and asked to split the effect by account tenure.", "e+", "data_intuition")
n.s("With the split in hand, they observed that new users showed a smaller initial bump but no decay, and argued, I think correctly, that this pattern is harder to reconcile with pure novelty than with a shift in who was active each week.", "e+", "data_intuition", hard="hedged")
n.s("I don't believe my phrasing nudged them toward composition effects, though I cannot be completely sure.", "c")
n.s("Asked how long a holdout they would want, they proposed keeping 2% of users on the old ranker for a full quarter, saying the cost was worth it because teams \"keep shipping things that look great for three weeks\".", "e+", "metrics", "judgment")
n.blank()
n.s("Where I had some reservations was the analysis plan itself: they compared weekly means with no mention of variance, and when I asked how they would know the week-four +0.5% was distinguishable from zero, the answer was a rather loose \"we'd need more data\".", "e-", "ml_fundamentals")
n.s("It is perhaps unfair to expect a power calculation on a whiteboard.", "c")
n.s("Taken as a whole, hire, leaning strong on the data side.", "v+", "data_intuition", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n014", candidate_id="w23-c03", interviewer_id="w23-i07", req_id="w23-r1",
         round="behavioural", submitted_at="2025-06-04", recommendation="strong_hire", specificity=4,
         style=["prose", "first_person", "quotes"], topic="creator fairness")
n.s("I asked Sung-min to tell me about a disagreement with a teammate.", "c", hard="question")
n.s("They talked about pushing back on a creator-ranking launch that would have cut reach for accounts under 1k followers by about 30%.", "e+", "user_impact")
n.s("Quote: \"small creators are the supply; if we starve them the feed gets boring in a year.\"", "e+", "user_impact")
n.s("I asked what happened next.", "c")
n.s("They said they lost the argument at first, then built a dashboard of weekly posting rates for small creators, brought it back two weeks later, and the launch shipped with a creator floor.", "e+", "ownership")
n.s("That's exactly the follow-through we need!", "v+", "ownership")
n.s("Bit quiet at the start but warmed up.", "v0", hard="biased")
n.s("Super thoughtful person.", "v+")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c04 Lucía Ferreira (she), Integrity & Teen Safety: risk_awareness seen differently ----
n = Note(note_id="w23-n015", candidate_id="w23-c04", interviewer_id="w23-i01", req_id="w23-r2",
         round="behavioural", submitted_at="2025-07-14", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="teen safety defaults")
n.s("I asked Lucía to walk me through a policy decision she disagreed with and how she handled it.", "c")
n.s("She described a change at her previous company that made teen accounts private by default, and said she had first opposed it because her model predicted a one-fifth drop in teen engagement.", "e0", "user_impact")
n.s("What changed her mind, she said, was sitting in on three parent escalation calls, after which she rewrote her own analysis to count unwanted adult contact as a cost.", "e+", "learning", "user_impact")
n.s("That is exactly the arc I look for: someone who lets the harm become real to them.", "v+", "user_impact")
n.blank()
n.s("I then asked how she would explain a private-by-default rollout to sixteen-year-old creators who rely on public reach.", "c", hard="question")
n.s("She suggested a plain in-app notice, a one-tap path to go public behind a short safety explainer, and a check a month later on whether teen creators' reach had recovered.", "e+", "user_impact")
n.s("She did not raise how that one-tap path might be abused by adults coaching teens to flip it, though I ran out of time to ask.", "e-", "risk_awareness", hard="negated")
n.s("I found her thoughtful and honest about her own mistakes.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n016", candidate_id="w23-c04", interviewer_id="w23-i03", req_id="w23-r2",
         round="fundamentals", submitted_at="2025-07-14", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="class imbalance")
n.s("Lucía knew her stuff on fundamentals, really solid.", "v+", "ml_fundamentals")
n.s("Talked through class imbalance, focal loss, calibration, all of it.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Got a bit stuck on ROC vs PR but recovered.", "v0", "metrics", hard="mixed")
n.s("Rockstar energy, super positive person!", "v+", hard="biased")
n.s("Hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n017", candidate_id="w23-c04", interviewer_id="w23-i05", req_id="w23-r2",
         round="system_design", submitted_at="2025-07-15", recommendation="hire", specificity=5,
         style=["prose", "first_person", "american"], topic="teen safety defaults")
n.s("I asked Lucía to design a system that flags potentially predatory adult-to-teen messaging while keeping false positives low enough that teens are not punished for talking to older siblings or coaches.", "c")
n.s("She began, somewhat to my surprise, not with a model but with the default settings, arguing that restricting unsolicited adult-to-teen DMs would remove most of the risk before any classifier ran.", "e+", "judgment")
n.s("For the residual traffic she proposed two stages: cheap graph signals (age gap, no mutual follows, contact with many unrelated teens in a week) to pick candidates, then a heavier text model only on those, which I believe keeps the expensive model to a few percent of messages.", "e+", "system_thinking", hard="hedged")
n.s("On launch she was the most careful candidate I have seen this cycle: two weeks in shadow mode, a kill switch owned by on-call, and per-age-band precision reviewed by the safety team before any enforcement.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.s("She also asked whether the human reviewers would see the teens' messages in full, which I took as a privacy concern rather than a logistics one.", "e+", "user_impact", hard="question")
n.blank()
n.s("My reservation, and I hold it loosely, is that her latency assumptions were never made explicit; she said the text model would \"run async\" without saying how stale a flag could get before it became useless.", "e-", "system_thinking", hard="hedged")
n.s("Hire, possibly strong hire depending on the other rounds.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n018", candidate_id="w23-c04", interviewer_id="w23-i06", req_id="w23-r2",
         round="data", submitted_at="2025-07-16", recommendation="lean_hire", specificity=4,
         style=["headings", "bullets", "third_person"], topic="vendor label drift")
n.h("Exercise")
n.s("Data round: a teen-safety classifier is trained on vendor labels; I told her the vendor's guidelines changed last month and asked how she'd handle the training data.", "c")
n.h("What went well")
n.b("Asked for labels from before and after the change and proposed relabelling 500 old items under the new guidelines to measure the shift.", "e+", "data_intuition")
n.b("Noticed the vendor's agreement rate on the grooming class was lower than on the others and asked how disagreements get resolved.", "e+", "data_intuition", hard="question")
n.b("After my hint about time-based splits she dropped the random split and explained that it would mix guideline versions across train and test.", "e+", "learning")
n.h("What didn't")
n.b("No monitoring plan: asked how she'd notice the next guideline change, she said the vendor would tell us.", "e-", "risk_awareness", hard="negated")
n.b("Didn't consider that the relabelled sample might over-represent easy cases.", "e-", "data_intuition", hard="negated")
n.b("Chose recall at a fixed threshold as the only metric, without asking what the review queue could absorb.", "e-", "metrics")
n.h("Overall")
n.s("Good data instincts, weak on risk; the SD interviewer may have seen a different side of her.", "v0", "data_intuition", "risk_awareness", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w23-n019", candidate_id="w23-c11", interviewer_id="w23-i05", req_id="w23-r1",
         round="fundamentals", submitted_at="2024-09-17", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="ranking explainability")
n.s("We discussed ranking explainability, specifically how one would produce a \"why am I seeing this\" explanation for a gradient-boosted ranker.", "c")
n.s("Dmitri proposed showing users the top three SHAP attributions directly, and I am not certain he appreciated that \"feature 37: 0.12\" explains nothing to a person scrolling a feed.", "e-", "user_impact", hard="hedged")
n.s("When I asked about correlated features he said, I think, that SHAP \"handles correlation automatically\", which is not quite right for the interventional variant and arguably not right for any of them.", "e-", "ml_fundamentals", hard="hedged")
n.s("He did recover when I suggested mapping features onto a small set of human-readable reasons, and proposed \"because you follow X\" and \"popular near you\" as two of them.", "e+", "learning")
n.s("He did not ask a single question about who would read the explanations or what they would do with them.", "e-", "user_impact", hard="negated")
n.s("I would characterize his knowledge as broad but perhaps not deep.", "v-", "ml_fundamentals", hard="hedged")
n.s("Lean no hire, though I would not object if others saw more.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w23-n020", candidate_id="w23-c12", interviewer_id="w23-i07", req_id="w23-r2",
         round="system_design", submitted_at="2024-10-08", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="crisis response")
n.s("Asked Aisha how she'd respond if a dangerous \"challenge\" trend started spreading among teens over a weekend.", "c")
n.s("She went straight to \"first stop recommending it, then figure out how to detect it\" and I loved the priority order.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("Proposed hashing the known videos to block re-uploads, with a keyword list as a stopgap.", "e+", "system_thinking")
n.s("I asked about false positives and she said \"news coverage of the trend will get caught, so allowlist verified news accounts for the first 48 hours.\"", "e+", "risk_awareness")
n.s("Didn't talk much about measuring whether any of it worked.", "e-", "metrics", hard="negated")
n.s("Really impressive under time pressure.", "v+", "judgment")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w23_notes_part2.jsonl", notes)
