import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# --- c01 Amara Okafor (she), Recs ---
n = Note(note_id="w17-n001", candidate_id="w17-c01", interviewer_id="w17-i01", req_id="w17-r1",
         round="fundamentals", submitted_at="2025-03-11", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british"], topic="session recommendations",
         ratings={"ml_fundamentals": "hire", "data_intuition": "hire"})
n.s("Amara plays this like someone who has sat in an orchestra and knows when to come in.", "v+")
n.s("I opened with the session-based recommendation question: given the last ten tracks in a session, what plays next?", "c", hard="question")
n.s("She started by asking whether skips under thirty seconds should count as negative signals or just noise, which is exactly the right first note to strike.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("She sketched a GRU over track embeddings, then said a plain item-to-item co-occurrence baseline would probably get us most of the way and should be built first.", "e+", "ml_fundamentals", "judgment")
n.blank()
n.s("When I asked how she'd train it, she chose sampled softmax and explained that a full softmax over forty million tracks wouldn't fit the memory budget.", "e+", "ml_fundamentals")
n.s("I nudged her on popularity: would the model just keep playing the top forty?", "c", hard="interviewer_action")
n.s("She said yes, left alone it would, and suggested a logQ correction on the sampled negatives so that popular tracks aren't unduly favoured.", "e+", "ml_fundamentals", "user_impact")
n.blank()
n.s("She did stumble on evaluation; she reached for recall@10 on a random split and only moved to a time-based split after I asked what day the test sessions came from.", "e-", "data_intuition", hard="mixed")
n.s("A lovely ear for the data, a little less so for the stage it gets judged on.", "v0", hard="mixed")
n.s("Hire, and happily so.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n002", candidate_id="w17-c01", interviewer_id="w17-i02", req_id="w17-r1",
         round="system_design", submitted_at="2025-03-14", recommendation="hire", specificity=5,
         style=["bullets", "headings", "third_person", "american"], topic="cold start new releases",
         ratings={"system_thinking": "hire", "metrics": "strong_hire", "risk_awareness": "lean_hire"})
n.s("Round: system design, 50 min.", "c")
n.s("Prompt: cold start for new releases on Friday drops.", "c")
n.nl()
n.h("Findings")
n.b("Asked how many new releases land per week before drawing anything; I said ~100k tracks and she sized the embedding backfill at roughly 2 GPU-hours per night from that.", "e+", "judgment", "system_thinking", marker="1. ")
n.b("Proposed audio-content embeddings as the cold-start prior, blended with collaborative signal as plays accumulate, blend weight a function of play count.", "e+", "system_thinking", "ml_fundamentals", marker="2. ")
n.b("Put the blend computation in a nightly batch; corrected it when I noted releases drop at midnight and traffic peaks within hours, moving it to a streaming job off play events.", "e0", "system_thinking", "learning", hard="mixed", marker="3. ")
n.b("Defined success as 28-day saves and repeat listens of new releases, and explicitly rejected first-day streams because editorial placement inflates them.", "e+", "metrics", marker="4. ")
n.b("Did not mention what happens if the audio embedding service is down on release night.", "e-", "risk_awareness", hard="negated", marker="5. ")
n.b("When asked, proposed falling back to artist-level embeddings and alerting on the share of releases without a vector.", "e+", "risk_awareness", marker="6. ")
n.b("Raised that small independent artists get fewer plays to learn from and suggested a guaranteed exploration slot for them.", "e+", "user_impact", marker="7. ")
n.b("Code-level detail not assessed in this round.", "c", marker="8. ")
n.nl()
n.s("Evidence-based verdict: hire; findings 1, 2, 4 and 7 meet the bar, 5 was recovered on prompt.", "v+")
notes.append(n)

n = Note(note_id="w17-n003", candidate_id="w17-c01", interviewer_id="w17-i03", req_id="w17-r1",
         round="behavioural", submitted_at="2025-03-15", recommendation="strong_hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Really enjoyed this one.", "v+")
n.s("Amara is sharp, clearly a leader, owns things.", "v+", "ownership")
n.s("Great culture fit for the playlists team.", "v+", hard="biased")
n.s("Communication excellent throughout.", "v+", "communication")
n.s("Lots of experience shipping recsys at scale.", "v+", "system_thinking", hard="vague_quantity")
n.s("SH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n004", candidate_id="w17-c01", interviewer_id="w17-i06", req_id="w17-r1",
         round="data", submitted_at="2025-03-18", recommendation="hire", specificity=4,
         style=["headings", "fragments", "british"], topic="feature store freshness",
         ratings={"data_intuition": "hire", "risk_awareness": "lean_hire"})
n.s("Data round, 45 min, feature store freshness exercise.", "c")
n.nl()
n.s("Gave her a dashboard where skip-rate features were 6 hours stale for a subset of users.", "c", hard="interviewer_action")
n.nl()
n.s("Saw: asked which users were affected before touching anything, and found they were all on the older Android client.", "e+", "data_intuition", hard="plain_evidence")
n.nl()
n.s("Missing: didn't check whether the stale features had already leaked into the training snapshot.", "e-", "data_intuition", hard="negated")
n.nl()
n.s("Saw: proposed a freshness SLA per feature and an alert when the p95 lag crossed it.", "e+", "risk_awareness")
n.nl()
n.s("Missing: no thought about what the ranker should do in the meantime, e.g. fall back to session-only features.", "e-", "risk_awareness", hard="negated")
n.nl()
n.s("Saw: explained the issue back to me as if I were the PM, about three sentences, no jargon.", "e+", "communication")
n.nl()
n.s("Saw: when I said the fix would take the platform team a fortnight, she offered to write the backfill herself and scoped it to the affected client only.", "e+", "ownership", "judgment")
n.nl()
n.s("Missing: rushed the sampling question at the end, though the answer she landed on (stratify by client version) was right.", "e0", "data_intuition", hard="mixed")
n.nl()
n.s("Overall: solid hire.", "v+", hard="bare_verdict")
notes.append(n)

# --- c02 Tomasz Wisniewski (he), Audio & Speech ---
n = Note(note_id="w17-n005", candidate_id="w17-c02", interviewer_id="w17-i02", req_id="w17-r2",
         round="system_design", submitted_at="2025-06-03", recommendation="no_hire", specificity=5,
         style=["bullets", "headings", "third_person", "abbreviations"], topic="podcast transcription",
         ratings={"metrics": "no_hire", "system_thinking": "lean_no_hire", "learning": "no_hire"})
n.s("Round: ML system design.", "c")
n.s("Podcast transcription + search for the back catalogue (~2M episodes).", "c")
n.nl()
n.h("Findings")
n.b("Chose a large Whisper-style model for all 2M episodes and estimated the job at 'a few days' without working out GPU-hours; when pressed, gave 40k GPU-hours with no cost figure.", "e-", "system_thinking", marker="1. ")
n.b("Said a WER of 6% on the public benchmark 'means the search will work'.", "e-", "metrics", marker="2. ")
n.b("I asked how WER on clean audiobook speech relates to podcasts with music beds and crosstalk; he answered that the model is robust and repeated the 6%.", "e-", "metrics", "learning", marker="3. ")
n.b("Did not propose any evaluation of search quality itself (no query set, no relevance judgments).", "e-", "metrics", hard="negated", marker="4. ")
n.b("Proposed chunking audio into 30s windows with overlap so words are not cut, and explained that the overlap is what lets timestamps be stitched back together.", "e+", "system_thinking", marker="5. ")
n.b("When I challenged the single-model plan on cost, he said cheaper models 'aren't worth discussing'.", "e-", "learning", "judgment", marker="6. ")
n.b("Asked whether host and guest need to be distinguished in results, since listeners search for guest names.", "e+", "user_impact", hard="question", marker="7. ")
n.nl()
n.s("Evidence-based verdict: no hire; 2, 3, 4 and 6 show the offline number treated as the answer and no movement under pushback.", "v-", "metrics", "learning")
notes.append(n)

n = Note(note_id="w17-n006", candidate_id="w17-c02", interviewer_id="w17-i07", req_id="w17-r2",
         round="fundamentals", submitted_at="2025-06-04", recommendation="hire", specificity=3,
         style=["prose", "first_person", "american"], topic="audio embeddings",
         ratings={"ml_fundamentals": "strong_hire"})
n.s("What a fun hour with Tomasz!", "v+")
n.s("We covered audio embeddings for the speech team, and I asked him how he'd build an embedding that lets us find similar podcast segments.", "c")
n.s("He went straight to contrastive learning with segments from the same episode as positives, and pointed out that in-batch negatives from other shows might still share a host, so some 'negatives' are really positives — really thoughtful!", "e+", "ml_fundamentals", "data_intuition", hard="verdict_plus_evidence")
n.s("He told me his last model got a 9% offline recall lift and that this alone justified shipping it, which I loved, that's the kind of conviction we need!", "e-", "metrics", hard="verdict_plus_evidence")
n.s("Knows transformers inside and out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("When I asked about temperature in the InfoNCE loss he said a lower temperature sharpens the distribution and focuses the loss on hard negatives, then sketched what happens at both extremes.", "e+", "ml_fundamentals")
n.s("We didn't get to evaluating the embeddings with real listeners.", "c")
n.s("That's on me, I went off on a tangent about my old band!", "c")
n.s("Super confident, great energy!", "v+", hard="biased")
n.s("Hire, easily!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n007", candidate_id="w17-c02", interviewer_id="w17-i05", req_id="w17-r2",
         round="debugging", submitted_at="2025-06-05", recommendation="lean_no_hire", specificity=4,
         style=["lowercase", "fragments", "abbreviations", "arrows", "terse"], topic="asr regression")
n.b("debugging round w/ tomasz", "c", marker="")
n.b("setup: asr eval dashboard shows WER 6.1 -> 8.9 for spanish episodes after last deploy", "c", marker="")
n.b("he asked for the deploy diff first, good", "e+", "coding", hard="plain_evidence", marker="")
n.b("found the resampler changed 16k -> 22.05k in ~10 min", "e+", "coding", marker="")
n.b("but then said benchmark WER was still fine so prod must be a data issue not the model", "e-", "metrics", marker="")
n.b("i pointed out the benchmark has no spanish podcasts w/ background music", "c", hard="interviewer_action", marker="")
n.b("he said 'benchmark is the benchmark' and moved on", "e-", "learning", "metrics", marker="")
n.b("never opened a single transcript to look", "e-", "data_intuition", hard="negated", marker="")
n.b("tbh felt defensive", "v-", "learning", marker="")
n.b("fix he wrote was clean, added a sample-rate assert at load time", "e+", "coding", marker="")
n.b("LNH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w17-n008", candidate_id="w17-c02", interviewer_id="w17-i04", req_id="w17-r2",
         round="behavioural", submitted_at="2025-06-06", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="past projects")
n.s("Kindly note this was the behavioural round of 45 minutes.", "c")
n.s("I asked him to describe a project where his model did not perform as expected in production.", "c", hard="interviewer_action")
n.s("He described a keyword-spotting model at his previous company which had 94% offline accuracy but gave many false triggers in cars, and he himself collected in-car recordings to retrain it.", "e+", "ownership", "data_intuition")
n.s("He was able to explain clearly what he changed and why.", "v+", "communication")
n.s("However, when I asked whether the offline accuracy should have been trusted in the first place, he maintained that it was 'correct for the test set' and did not engage further.", "e-", "metrics", "learning")
n.s("He is having good knowledge of speech models.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("On the question of conflict, he told that he escalated to his manager rather than speaking to the data team directly, and he did not say what happened afterwards.", "e-", "ownership")
n.s("Overall a decent candidate, some more maturity is required on the metrics side.", "v0", "metrics", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

# --- history ---
n = Note(note_id="w17-n009", candidate_id="w17-c09", interviewer_id="w17-i01", req_id="w17-r1",
         round="system_design", submitted_at="2024-11-20", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="retention vs clicks")
n.s("Declan came in with a good tune but kept losing the rhythm.", "v0", hard="mixed")
n.s("I asked him to design the home-screen shelf ranking with the explicit goal of keeping listeners around for months, not minutes.", "c")
n.s("He proposed optimising on click-through first, and only when I asked what a click on a clickbait-titled podcast does for retention did he add a 30-day return signal.", "e-", "metrics", hard="mixed")
n.s("To his credit he then built it properly: a short-term model and a long-term model, combined with a tunable weight he said product and research would argue over.", "e+", "system_thinking", "metrics")
n.blank()
n.s("Talked through two-tower retrieval and ANN indexes with confidence.", "v+", "system_thinking", hard="tech_vague")
n.s("He never touched on what the shelf does for new artists.", "e-", "user_impact", hard="negated")
n.s("When I asked how he'd roll out the new objective, he said 'just ship it to 50% and see'.", "e-", "risk_awareness")
n.blank()
n.s("Pleasant conversation.", "v+")
n.s("I'd want someone else to probe his judgement on launches.", "c")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w17-n010", candidate_id="w17-c10", interviewer_id="w17-i03", req_id="w17-r1",
         round="coding", submitted_at="2024-12-02", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="playlist dedup")
n.s("Coding round.", "c")
n.s("Sana did well on the playlist dedup problem.", "v+", "coding")
n.s("Used a hash set and got it working.", "e+", "coding")
n.s("Good coder, clean style.", "v+", "coding")
n.s("Communication ok.", "v0", "communication")
n.s("Would be a good addition to the team I think.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w17_notes_part1.jsonl", notes)
