import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []


def N(nid, cand, intv, req, rnd, date, rec, spec, style, topic, ratings=None):
    n = Note(note_id=nid, candidate_id=cand, interviewer_id=intv, req_id=req, round=rnd,
             submitted_at=date, recommendation=rec, specificity=spec, style=style, topic=topic,
             ratings=ratings or {})
    notes.append(n)
    return n


n = N("w32-n050", "w32-c26", "w32-i05", "w32-r1", "system_design", "2026-06-09", "strong_hire", 5,
      ["headings", "third_person", "american"], "false negatives",
      {"metrics": "strong_hire", "judgment": "strong_hire", "user_impact": "hire"})
n.h("Situation")
n.s("Mei-Lin was asked to design corrosion detection for 300 transmission towers inspected twice a year, with the report signed by a certified engineer.", "c")
n.h("Behaviour")
n.s("She started by asking what a missed grade-4 corrosion spot would cost compared with an extra hour of review, and was told roughly one tower failure against a few hundred dollars.", "e+", "judgment", "metrics")
n.s("From that she said the operating point should be set by recall on grade 3-4 corrosion, with precision only as a constraint on reviewer hours.", "e+", "metrics")
n.s("She sized the review load: about 400 images per tower, 3% flagged at her proposed threshold, so 3,600 images per survey round for two reviewers.", "e+", "system_thinking", "user_impact")
n.s("She proposed leave-one-region-out evaluation, and said a single pooled mAP would hide a coastal region doing badly.", "e+", "metrics", "data_intuition")
n.s("I challenged her that leave-one-region-out would leave too little training data for the smallest region.", "c", hard="interviewer_action")
n.s("She agreed, and changed the plan to pool the two smallest regions for training but still report them separately.", "e+", "learning", "judgment")
n.s("She asked how the engineers currently record their disagreements with the inspectors, and proposed feeding those records back as labels.", "e+", "data_intuition", "user_impact")
n.s("When I asked how she would explain a missed spot to the engineer, she said she would show the frame, the model's score, and the threshold, in that order, without the word \"probability.\"", "e+", "communication", "user_impact")
n.s("For rollout she wanted the model to run in shadow for one full survey round, with engineers seeing both the old manual report and the model's flags.", "e+", "risk_awareness")
n.h("Result")
n.s("She never treated a single offline number as the answer, and every trade-off came with a reason tied to the engineers or the towers.", "v+", "metrics", "judgment")
n.s("She ran slightly long on the shadow phase and we did not get to on-device constraints.", "c")
n.s("Strong hire.", "v+", hard="bare_verdict")

n = N("w32-n051", "w32-c27", "w32-i02", "w32-r2", "coding", "2026-06-16", "hire", 4,
      ["bullets", "headings", "american"], "model versioning",
      {"coding": "hire"})
n.h("Coding: checklist")
n.b("Task: write a loader that picks the model file on the drone by version and falls back if the file is corrupt.", "c")
n.b("Clarified spec: PASS; Arjun asked whether a fallback should be logged and reported back to base, and I said yes.", "e+", "judgment", hard="verdict_plus_evidence")
n.b("Correctness: PASS; checked the SHA-256 of the file against the manifest before loading.", "e+", "coding", "risk_awareness")
n.b("Edge cases: FAIL on first pass; his loop fell back to the previous version but never stopped if every version was corrupt.", "e-", "coding")
n.b("I asked what happens when all files fail the hash.", "c", hard="question")
n.b("He added a max-attempts guard and a \"no model, flight inspection only\" mode, and wrote a test for it.", "e+", "coding", "learning")
n.b("Tests: PASS; wrote four unit tests including a truncated file.", "e+", "coding")
n.b("Ownership: he asked who gets paged when a drone falls back to an old model in the field, and said he would want it to be the model team.", "e+", "ownership", "risk_awareness")
n.b("Explained the fallback order to me clearly before coding it.", "e+", "communication", hard="plain_evidence")
n.h("Result")
n.b("Hire.", "v+", hard="bare_verdict")

n = N("w32-n052", "w32-c28", "w32-i04", "w32-r1", "data", "2026-06-23", "hire", 4,
      ["prose", "first_person", "american"], "annotation disagreement")
n.s("Awesome data round with Gabriel!", "v+")
n.s("I gave him a spreadsheet of 500 crack labels where two inspectors had disagreed on about a third.", "c", hard="interviewer_action")
n.s("He sorted the disagreements by crack width and noticed nearly all of them were cracks under 0.2mm!", "e+", "data_intuition")
n.s("He said the real question was whether the bridge owner even needs hairline cracks reported, and that he would ask before spending money on relabeling.", "e+", "judgment", "user_impact")
n.s("He suggested measuring recall separately above and below 0.2mm, so a good number on wide cracks couldn't hide misses on thin ones.", "e+", "metrics")
n.s("When I told him a past model had been shipped on a pooled number, he asked how they found out it was wrong and who had paid for it.", "e+", "metrics", "user_impact", hard="question")
n.s("He described owning the label pipeline at his last company, including writing the inspector guide and training two new labelers himself.", "e+", "ownership")
n.s("When I pushed that relabeling might be cheap, he asked for the inspector hourly rate and redid the estimate with it.", "e+", "learning", "judgment")
n.s("He didn't get to how he'd handle new inspectors joining.", "e-", "data_intuition", hard="negated")
n.s("What a great guy!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")

n = N("w32-n053", "w32-c29", "w32-i06", "w32-r2", "system_design", "2026-07-07", "hire", 4,
      ["terse", "abbreviations", "fragments", "american"], "edge deployment")
n.s("SD; on-drone weld-defect flagging, no link during flight.", "c")
n.nl()
n.s("Clarified: flight time 25 min, device 8GB shared, reports due next day.", "e+", "judgment", hard="question")
n.nl()
n.s("Chose small detector on board + full model at base; gave reason: battery, not accuracy, is the limit.", "e+", "judgment", "system_thinking")
n.nl()
n.s("Estimated ~40ms/frame at 5fps -> 20% duty; fine.", "e+", "system_thinking")
n.nl()
n.s("Rollback: prev model kept on device, flag switch; good.", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.nl()
n.s("Didn't consider what happens to frames the on-board model skips.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("After hint, added random 2% sample of skipped frames sent to base for audit.", "e+", "learning", "risk_awareness")
n.nl()
n.s("Explained the whole design back to me in ~1 min at the end; clear.", "e+", "communication")
n.nl()
n.s("H.", "v+", hard="bare_verdict")

n = N("w32-n054", "w32-c30", "w32-i01", "w32-r1", "behavioural", "2026-07-14", "lean_hire", 3,
      ["prose", "first_person", "american"], "ownership")
n.s("I asked Zainab about a project where she had to take responsibility after something failed.", "c", hard="question")
n.s("She answered in English very carefully, and I took notes by hand.", "c")
n.s("She told about a rust detection model for ships, where she found after deployment that the test set had only images from one shipyard.", "e0", "data_intuition")
n.s("She said she told her manager the same day and proposed to stop using the model until it was tested on two more shipyards.", "e+", "ownership", "judgment")
n.s("I asked what the shipyard inspectors said about it, and she said she did not talk with them, only with her manager.", "e-", "user_impact", "communication")
n.s("When I said maybe the inspectors had useful knowledge, she agreed and said next time she would include them from the start.", "e+", "learning")
n.s("I think she is honest person.", "v+", hard="biased")
n.s("Her story was a little long, maybe.", "v-", "communication", hard="hedged")
n.s("I think lean hire.", "v+", hard="bare_verdict")

n = N("w32-n055", "w32-c31", "w32-i03", "w32-r1", "system_design", "2026-07-28", "hire", 3,
      ["prose", "terse", "american"], "review queue")
n.s("System design, review queue for crack detections.", "c")
n.s("Good design overall.", "v+", "system_thinking")
n.s("Felipe split the queue into urgent and routine by crack severity.", "e+", "system_thinking", "user_impact")
n.s("Said reviewers should see the model's box but not its score, so they don't just rubber-stamp high scores.", "e+", "user_impact", "judgment")
n.s("He asked how many reviewers there were.", "e+", "judgment", hard="plain_evidence")
n.s("Put the crack detector and the report generator in one service, so a report bug would take detection down too.", "e-", "system_thinking")
n.s("Suggested tracking how often reviewers overturn the model.", "e+", "metrics")
n.s("Knows his stuff on metrics.", "v+", "metrics")
n.s("Didn't mention rollback.", "e-", "risk_awareness", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")

n = N("w32-n056", "w32-c32", "w32-i05", "w32-r2", "debugging", "2026-08-11", "lean_no_hire", 3,
      ["headings", "third_person", "american"], "domain shift")
n.h("Situation")
n.s("Elif was given field logs showing the on-drone model's flag rate had dropped from 4% to 1% after the turbines at one site were repainted.", "c")
n.h("Behaviour")
n.s("She first asked for the date of the repainting and lined it up with the flag-rate drop on a plot.", "e+", "data_intuition", hard="plain_evidence")
n.s("She assumed the repainted towers simply had fewer defects and called the lower flag rate an improvement.", "e-", "metrics", "data_intuition")
n.s("After I asked whether the inspectors had seen fewer defects too, she pulled ten images and found two visible rust spots the model missed.", "e+", "learning", "data_intuition")
n.s("She then said a drop in flag rate should have triggered an alert, and proposed alerting when a site's flag rate moves by more than half in either direction.", "e+", "risk_awareness", "metrics")
n.s("She proposed retraining with the new paint color but did not say how to protect the other sites in the meantime.", "e-", "risk_awareness")
n.s("She did not ask whether any reports from that site had already been signed.", "e-", "user_impact", hard="negated")
n.s("Her retraining plan put all repainted-site images into training, leaving nothing from that site to test on.", "e-", "data_intuition", "metrics")
n.h("Result")
n.s("Slow to question a good-looking number.", "v-", "metrics")
n.s("Lean no hire.", "v-", hard="bare_verdict")

n = N("w32-n057", "w32-c33", "w32-i02", "w32-r1", "fundamentals", "2026-08-25", "lean_no_hire", 2,
      ["bullets", "headings", "american"], "fundamentals")
n.h("Fundamentals: checklist")
n.b("Loss functions: PASS.", "v+", "ml_fundamentals", hard="bare_verdict")
n.b("Overfitting with few defects: FAIL.", "v-", "ml_fundamentals", hard="bare_verdict")
n.b("Said adding more epochs is the fix for a small dataset.", "e-", "ml_fundamentals")
n.b("Evaluation: FAIL.", "v-", "metrics", hard="bare_verdict")
n.b("Safety thinking: not demonstrated.", "v-", "risk_awareness")
n.h("Result")
n.b("Lean no hire.", "v-", hard="bare_verdict")

n = N("w32-n058", "w32-c34", "w32-i04", "w32-r2", "behavioural", "2026-09-08", "strong_hire", 2,
      ["prose", "first_person", "american"], "teamwork")
n.s("Loved talking with Ana!", "v+")
n.s("She is a born leader and everyone on her old team clearly adored her!", "v+", "ownership", hard="biased")
n.s("She mentioned she had mentored junior engineers.", "v+", "ownership")
n.s("She said she ran the weekly model review meeting at her last job and kept a log of every decision and who owned the follow-up.", "e+", "ownership")
n.s("She told me she rewrote the drone team's on-call runbook after a night when nobody knew how to roll back a model.", "e+", "ownership", "risk_awareness")
n.s("Amazing communicator, super articulate!", "v+", "communication")
n.s("A million ideas for our product!", "v+", hard="vague_quantity")
n.s("Strong hire!", "v+", hard="bare_verdict")

n = N("w32-n059", "w32-c35", "w32-i03", "w32-r1", "debugging", "2026-09-22", "lean_no_hire", 1,
      ["prose", "terse", "american"], "debugging")
n.s("Debugging round.", "c")
n.s("Struggled.", "v-", hard="bare_verdict")
n.s("Not very systematic.", "v-", "coding")
n.s("Weak on data issues.", "v-", "data_intuition")
n.s("Lean no hire.", "v-", hard="bare_verdict")

n = N("w32-n060", "w32-c36", "w32-i06", "w32-r2", "coding", "2026-10-06", "hire", 1,
      ["terse", "abbreviations", "fragments", "american"], "coding")
n.s("Coding.", "c")
n.nl()
n.s("Strong.", "v+", hard="bare_verdict")
n.nl()
n.s("Clean code; good instincts.", "v+", "coding")
n.nl()
n.s("Comms fine.", "v+", "communication")
n.nl()
n.s("H.", "v+", hard="bare_verdict")

save_notes("data/corpus/raw/w32_notes_part5.jsonl", notes)
print(len(notes), "notes")
