import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- history notes c20-c35 ----------------
n = Note(note_id="w5-n050", candidate_id="w5-c20", interviewer_id="w5-i04", req_id="w5-r2",
         round="fundamentals", submitted_at="2024-03-12", recommendation="no_hire",
         ratings={},
         specificity=1, style=["prose", "terse", "lowercase"], topic="speech recognition")
n.s("weak on basics.", "v-", "ml_fundamentals")
n.s("not ready.", "v-")
n.s("nh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n051", candidate_id="w5-c21", interviewer_id="w5-i02", req_id="w5-r1",
         round="system_design", submitted_at="2024-04-09", recommendation="strong_hire",
         ratings={"system_thinking": "strong_hire", "judgment": "strong_hire", "communication": "strong_hire"},
         specificity=1, style=["prose", "first_person", "american"], topic="on-device detection")
n.s("Where do I even start with Elena?", "v+")
n.s("Hands down the strongest system designer I've interviewed for this req.", "v+", "system_thinking")
n.s("Her design for the porch detector was elegant and production-ready.", "v+", "system_thinking", hard="tech_vague")
n.s("She has amazing product sense and great judgment about trade-offs.", "v+", "judgment")
n.s("Thinks about users all the time.", "v+", "user_impact")
n.s("Communication was flawless from start to finish.", "v+", "communication")
n.s("Knows quantization, pruning, distillation, the whole toolbox.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I could see her leading the team within a year.", "v+", "ownership")
n.s("Also just a lovely person, we even bonded over hiking.", "v+", hard="biased")
n.s("Strong hire!!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n052", candidate_id="w5-c22", interviewer_id="w5-i06", req_id="w5-r2",
         round="behavioural", submitted_at="2024-05-21", recommendation="lean_hire",
         ratings={"ownership": "lean_hire", "communication": "lean_hire"},
         specificity=1, style=["prose", "third_person", "british"], topic="teamwork")
n.s("The candidate was interviewed for the behavioural round.", "c")
n.s("Mr. Osei presented as professional and composed throughout.", "v+", "communication")
n.s("He demonstrated an adequate sense of ownership.", "v0", "ownership")
n.s("His collaboration skills appear satisfactory.", "v+", "communication", hard="hedged")
n.s("The interviewer has some reservations regarding his seniority.", "v-")
n.s("He may benefit from a more structured environment.", "v-", hard="hedged")
n.s("Recommendation: lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n053", candidate_id="w5-c23", interviewer_id="w5-i07", req_id="w5-r1",
         round="coding", submitted_at="2024-06-25", recommendation="lean_no_hire",
         ratings={"coding": "lean_no_hire"},
         specificity=1, style=["prose", "first_person"], topic="image preprocessing")
n.s("I came away unsure about Lucas.", "v0")
n.s("He's clearly bright, but the coding felt shaky.", "v0", "coding", hard="mixed")
n.s("A lot of his answers sounded rehearsed.", "v-", "communication", hard="vague_quantity")
n.s("I didn't get a sense of how he thinks through a problem.", "v-", "communication")
n.s("Maybe nerves?", "v0", hard="hedged")
n.s("Lean no hire, though I wouldn't object if the panel was positive.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n054", candidate_id="w5-c24", interviewer_id="w5-i01", req_id="w5-r2",
         round="data", submitted_at="2024-07-02", recommendation="hire",
         ratings={"data_intuition": "hire"},
         specificity=2, style=["prose", "first_person", "typos"], topic="accents and dialects")
n.s("Data round about accent data for the UK English model.", "c")
n.s("Hannah have very good understanding of accent problems.", "v+", "user_impact", "data_intuition")
n.s("She asked how many speakers per accent, not only how many hours.", "e+", "data_intuition", hard="question")
n.s("When I ask how to check the transcripts quality, she proposed to re-transcribe 5% with a second vendor and compare.", "e+", "data_intuition")
n.s("Rest of the discussion was general.", "c")
n.s("I think she know a lot about data from her PhD.", "v+", "data_intuition", hard="hedged")
n.s("Good communication also.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n055", candidate_id="w5-c25", interviewer_id="w5-i05", req_id="w5-r1",
         round="fundamentals", submitted_at="2024-08-13", recommendation="lean_no_hire",
         ratings={"ml_fundamentals": "lean_no_hire", "metrics": "lean_no_hire"},
         specificity=3, style=["bullets", "headings", "abbreviations"], topic="image classification")
n.h("Strengths")
n.b("Explained transfer learning well, froze the backbone first then unfroze top blocks", "e+", "ml_fundamentals")
n.b("Knew which augmentations are safe for medical-ish images vs. natural images", "v+", "data_intuition", hard="tech_vague")
n.b("Friendly, easy to talk to", "v+", hard="biased")
n.h("Concerns")
n.b("Said accuracy is the right metric for a 1:50 imbalanced defect class", "e-", "metrics")
n.b("When I asked about precision/recall, gave definitions but couldn't say which mattered more for the factory use case", "e-", "metrics", "judgment")
n.b("Confused weight decay w/ learning-rate decay", "e-", "ml_fundamentals")
n.b("Fundamentals generally thin", "v-", "ml_fundamentals")
n.b("Didn't seem curious about the product", "v-", "user_impact")
n.h("Recommendation")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n056", candidate_id="w5-c26", interviewer_id="w5-i03", req_id="w5-r2",
         round="system_design", submitted_at="2024-09-24", recommendation="lean_hire",
         ratings={"system_thinking": "hire", "risk_awareness": "lean_hire"},
         specificity=3, style=["prose", "first_person", "british"], topic="on-device latency")
n.s("System design: on-device speech translation for the travel earbuds, 300 ms end-to-end target.", "c")
n.s("We spent most of the hour on the latency budget and very little on failure handling.", "c")
n.s("Ravi broke the 300 ms into capture, recognition, translation and synthesis and gave each a number.", "e+", "system_thinking")
n.s("He also asked whether the earbud and phone clocks were synchronised, since drift would eat into the budget.", "e+", "system_thinking", hard="question")
n.s("Generally sound on architecture.", "v+", "system_thinking")
n.s("He has clearly done this sort of thing before.", "v+", hard="tech_vague")
n.s("On failure modes he was thinner: he mentioned a fallback to phone-side processing but not how the earbud would know to switch.", "e0", "risk_awareness", hard="mixed")
n.s("I think he'd need more depth on robustness for our bar.", "v-", "risk_awareness", hard="hedged")
n.s("Reasonable judgement overall.", "v+", "judgment")
n.s("He was a bit long-winded.", "v-", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n057", candidate_id="w5-c27", interviewer_id="w5-i07", req_id="w5-r2",
         round="behavioural", submitted_at="2024-10-22", recommendation="hire",
         ratings={"ownership": "hire", "learning": "hire", "communication": "hire"},
         specificity=3, style=["prose", "first_person", "quotes"], topic="incidents in production")
n.s("Behavioural round with Zainab, 45 minutes.", "c")
n.s("We covered an incident, a disagreement, and a project she was proud of.", "c")
n.s("On the incident, she said a wake-word threshold she tuned caused a spike of false wakes in homes with a particular TV brand.", "e0", "ownership")
n.s("She said \"it was my change, so I wrote the postmortem\", and described the replay test she added afterwards.", "e+", "ownership", "risk_awareness")
n.s("The disagreement story was vaguer.", "v-", "communication")
n.s("She talked about \"finding common ground\" with a PM but didn't say what the disagreement was about.", "e-", "communication")
n.s("She seems like someone who learns from mistakes.", "v+", "learning")
n.s("Her proud-project story was a compression effort, but she mostly described the team's results rather than her part.", "e-", "ownership")
n.s("Thoughtful, self-aware, calm.", "v+")
n.s("Hire, with moderate confidence.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n058", candidate_id="w5-c28", interviewer_id="w5-i02", req_id="w5-r2",
         round="coding", submitted_at="2024-11-26", recommendation="hire",
         ratings={"coding": "hire"},
         specificity=2, style=["prose", "first_person", "american"], topic="audio preprocessing")
n.s("Coding round, 45 min.", "c")
n.s("Great session with Marco!", "v+")
n.s("I asked him to write a function that splits long audio into chunks with overlap.", "c", hard="interviewer_action")
n.s("He finished it and it worked on my test case.", "e+", "coding")
n.s("Really clean, idiomatic Python.", "v+", "coding")
n.s("Massive experience with audio pipelines.", "v+", "coding", hard="vague_quantity")
n.s("Fast learner, you can just tell.", "v+", "learning")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n059", candidate_id="w5-c29", interviewer_id="w5-i04", req_id="w5-r1",
         round="system_design", submitted_at="2025-01-07", recommendation="lean_no_hire",
         ratings={},
         specificity=2, style=["prose", "terse"], topic="model compression")
n.s("Design for the compressed classifier.", "c")
n.s("Didn't size anything.", "e-", "system_thinking", hard="negated")
n.s("Vague on trade-offs.", "v-", "judgment")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n060", candidate_id="w5-c30", interviewer_id="w5-i06", req_id="w5-r1",
         round="data", submitted_at="2025-02-18", recommendation="hire",
         ratings={"data_intuition": "hire", "metrics": "hire"},
         specificity=3, style=["prose", "third_person", "american"], topic="labelling quality")
n.s("The candidate was given labelled data from three annotation vendors for a package-detection task and asked to assess its quality.", "c")
n.s("Ms. Park computed inter-vendor agreement on the overlapping 500 images and found one vendor drew boxes systematically larger.", "e+", "data_intuition", hard="plain_evidence")
n.s("She proposed re-labelling a sample with an internal expert to decide which vendor was closer to the guideline.", "e+", "data_intuition", "judgment")
n.s("The candidate displayed a strong grasp of labelling workflows.", "v+", "data_intuition", hard="tech_vague")
n.s("Her knowledge of evaluation methodology appears extensive.", "v+", "metrics", hard="tech_vague")
n.s("The interviewer was not able to explore how she would handle ambiguous images, due to time.", "c")
n.s("The candidate would be a solid contributor.", "v+")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n061", candidate_id="w5-c31", interviewer_id="w5-i01", req_id="w5-r1",
         round="debugging", submitted_at="2025-03-25", recommendation="no_hire",
         ratings={"coding": "no_hire", "learning": "lean_no_hire"},
         specificity=3, style=["prose", "first_person", "typos"], topic="model compression")
n.s("Debugging task: after pruning, the accuracy of the classifier drop from 91% to 40%.", "c")
n.s("Tariq start to change the learning rate and retrain, without to look at the pruning code first.", "e-", "coding", "judgment")
n.s("After 20 minutes I give hint to print the sparsity per layer.", "c", hard="interviewer_action")
n.s("He printed it but did not notice the first conv layer was 100% pruned.", "e-", "coding", "learning")
n.s("I had to show it to him.", "c", hard="interviewer_action")
n.s("He also did not check the validation data before retraining.", "e-", "data_intuition", hard="negated")
n.s("His debugging is not systematic.", "v-", "coding")
n.s("I feel he is not strong in fundamentals also.", "v-", "ml_fundamentals")
n.s("Nice person, polite.", "v+", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n062", candidate_id="w5-c32", interviewer_id="w5-i05", req_id="w5-r2",
         round="behavioural", submitted_at="2025-04-29", recommendation="hire",
         ratings={"ownership": "hire", "user_impact": "hire", "communication": "lean_hire"},
         specificity=3, style=["bullets", "headings"], topic="privacy of audio data")
n.h("Strengths")
n.b("Told a story about refusing to ship a voice-logging feature until retention was capped; got it capped at 30 days", "e+", "user_impact", "ownership")
n.b("Took responsibility for a missed deadline on that project without blaming legal", "e+", "ownership")
n.b("Strong values", "v+", "user_impact")
n.b("Very senior presence", "v+")
n.h("Concerns")
n.b("Answers were long; needed to redirect twice", "e-", "communication")
n.b("Maybe too cautious for a fast-moving team?", "v-", "judgment", hard="hedged")
n.b("Not sure how hands-on she still is", "v-", "coding", hard="hedged")
n.h("Recommendation")
n.b("Hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n063", candidate_id="w5-c33", interviewer_id="w5-i03", req_id="w5-r1",
         round="fundamentals", submitted_at="2025-05-27", recommendation="lean_no_hire",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "no_hire"},
         specificity=3, style=["prose", "first_person", "british"], topic="object detection")
n.s("Fundamentals, 45 min.", "c")
n.s("Good on the mechanics of detection losses.", "v+", "ml_fundamentals")
n.s("Björn explained the IoU-based regression loss and why it behaves better than L1 on box coordinates for small objects.", "e+", "ml_fundamentals")
n.s("I asked how he would decide whether a new detector was better for customers.", "c", hard="question")
n.s("He said mAP on COCO plus our internal set, and that a 1-point gain would justify the swap.", "e-", "metrics")
n.s("I asked whether any part of mAP could move in the wrong direction for a doorbell; he could not think of any.", "e-", "metrics", "user_impact")
n.s("He could not say what the focal-loss gamma does beyond \"it helps with imbalance\".", "e-", "ml_fundamentals")
n.s("Overall he knows the theory but his sense of what matters in a product is undeveloped.", "v-", "metrics")
n.s("Lacks depth on deployment.", "v-", "system_thinking")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n064", candidate_id="w5-c34", interviewer_id="w5-i07", req_id="w5-r2",
         round="system_design", submitted_at="2025-06-10", recommendation="lean_hire",
         ratings={"system_thinking": "lean_hire", "judgment": "hire"},
         specificity=2, style=["prose", "first_person"], topic="wake-word")
n.s("System design on wake-word personalisation.", "c")
n.s("Nadia was thoughtful throughout and made sensible calls.", "v+", "judgment")
n.s("She asked whether personalisation had to work offline.", "e+", "system_thinking", hard="question")
n.s("For enrolment she suggested asking users to say the wake word three times in different rooms.", "e+", "user_impact")
n.s("Her overall design was reasonable, if a little generic.", "v0", "system_thinking", hard="mixed")
n.s("I'd have liked to see more depth on how it fails.", "v-", "risk_awareness")
n.s("She seemed comfortable with ambiguity.", "v+", "judgment")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w5-n065", candidate_id="w5-c35", interviewer_id="w5-i02", req_id="w5-r1",
         round="data", submitted_at="2025-07-15", recommendation="strong_hire",
         ratings={"data_intuition": "strong_hire"},
         specificity=1, style=["prose", "first_person", "american"], topic="data augmentation")
n.s("Chloe crushed it!", "v+", hard="bare_verdict")
n.s("Incredible data intuition, super sharp, great vibes.", "v+", "data_intuition")
n.s("She knows every augmentation trick in the book.", "v+", "data_intuition", hard="vague_quantity")
n.s("Super strong on metrics too.", "v+", "metrics")
n.s("Would be a great mentor for the juniors.", "v+", "communication")
n.s("She reminded me a lot of our best hire last year.", "v+", hard="biased")
n.s("Strong hire, I'd fight for her.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w5_notes_part5.jsonl", notes)
print(len(notes), "notes")
