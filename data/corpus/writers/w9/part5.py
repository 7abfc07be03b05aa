import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w9-n049", candidate_id="w9-c19", interviewer_id="w9-i02", req_id="w9-r1",
         round="fundamentals", submitted_at="2025-01-28", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"], topic="ranking models",
         ratings={"ml_fundamentals": "no_hire", "learning": "hire"})
n.h("Fundamentals, 45 min")
n.s("Areas: ranking losses, regularisation, calibration of click models.", "c")
n.h("Findings")
n.b("Chloé described pointwise, pairwise and listwise ranking losses and said which one LambdaMART optimises.", "e+", "ml_fundamentals", marker="1. ")
n.b("Asked why L1 gives sparse weights, she said \"because it's stronger than L2\", and could not draw the constraint picture when I asked.", "e-", "ml_fundamentals", marker="2. ")
n.b("She said a model with 0.9 AUC is \"well calibrated by definition\".", "e-", "ml_fundamentals", "metrics", hard="plain_evidence", marker="3. ")
n.b("I showed her a reliability plot where predictions of 0.3 had an observed rate of 0.1.", "c", hard="interviewer_action", marker="4. ")
n.b("She then correctly separated ranking quality from calibration and suggested isotonic regression on a held-out set.", "e+", "learning", "ml_fundamentals", marker="5. ")
n.b("She could not explain why adding more trees to a boosted model eventually hurts validation loss.", "e-", "ml_fundamentals", hard="negated", marker="6. ")
n.b("On dropout she said it is \"switched off at inference and the weights are scaled\", which is right.", "e+", "ml_fundamentals", marker="7. ")
n.h("Recommendation")
n.s("Lean no hire: two basic gaps (L1 sparsity, calibration), though she took correction well.", "e-", "ml_fundamentals", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w9-n050", candidate_id="w9-c20", interviewer_id="w9-i04", req_id="w9-r2",
         round="fundamentals", submitted_at="2025-02-04", recommendation="lean_hire",
         specificity=4, style=["prose", "british"], topic="forecasting",
         ratings={"ml_fundamentals": "lean_hire", "metrics": "hire"})
n.s("Fundamentals, 45 minutes, time series and evaluation.", "c")
n.s("You'll want to know Arjun is stronger on evaluation than on models.", "v0", "metrics", "ml_fundamentals", hard="mixed")
n.s("He explained why MAPE blows up for programmes with tiny audiences and suggested weighted absolute percentage error instead.", "e+", "metrics")
n.s("He proposed a rolling-origin backtest without prompting.", "e+", "metrics", hard="plain_evidence")
n.s("I asked him what an exponential smoothing model is actually doing.", "c", hard="question")
n.s("He said it \"remembers the recent past more\" but couldn't write down the update equation.", "e-", "ml_fundamentals")
n.s("He mixed up trend and seasonality components when describing Holt-Winters, and didn't correct himself.", "e-", "ml_fundamentals", hard="negated")
n.s("He did know that prediction intervals from a fitted model are usually too narrow, and said he'd check coverage on the backtest.", "e+", "ml_fundamentals", "metrics")
n.s("You should also know he asked sensible questions about how the forecasts feed into ad sales.", "e+", "judgment", hard="question")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n051", candidate_id="w9-c21", interviewer_id="w9-i06", req_id="w9-r2",
         round="data", submitted_at="2025-02-18", recommendation="hire",
         specificity=3, style=["bullets", "british", "abbreviations"], topic="GDPR and consent",
         ratings={"data_intuition": "hire", "user_impact": "hire"})
n.s("Data round, 45 min, web analytics export with consent flags.", "c")
n.nl()
n.b("+ spotted that users who declined analytics cookies were missing entirely, so every rate was computed on consenters only", "e+", "data_intuition", marker="")
n.b("+ said consenters skew older and more loyal, so engagement would look inflated", "e+", "data_intuition", marker="")
n.b("+ refused to join the consent-declined users back in from server logs, citing GDPR", "e+", "user_impact", marker="")
n.b("+ strong privacy instincts generally", "v+", "user_impact", marker="")
n.b("slow with the groupby syntax, looked things up a few times", "e-", "coding")
n.b("didn't quantify the skew, only described it", "e-", "data_intuition", hard="negated")
n.b("prob a bit junior for a senior title", "v-", hard="hedged")
n.s("H for this level.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n052", candidate_id="w9-c22", interviewer_id="w9-i07", req_id="w9-r1",
         round="system_design", submitted_at="2025-02-25", recommendation="strong_hire",
         specificity=4, style=["prose", "quotes", "first_person", "british"], topic="news recommendations",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "hire", "user_impact": "hire"})
n.s("System design, 60 minutes.", "c")
n.s("I asked Kwame to design the personalised newsletter: one email a morning, chosen per subscriber from yesterday's stories.", "c", hard="interviewer_action")
n.s("He opened with \"what does a good newsletter look like for us, more opens or more informed readers?\"", "e+", "metrics", "user_impact", hard="question")
n.s("He proposed a batch job at 4am that scores every subscriber-story pair, with a hard cap of 12 stories and at least two from outside the reader's usual sections.", "e+", "system_thinking", "user_impact")
n.s("He worked out 1.5M subscribers times ~300 stories is 450M pairs and said that is fine for a nightly Spark job but not for a request-time service.", "e+", "system_thinking")
n.s("He said \"the worst outcome is not a bad email, it's no email\", and designed a fallback to the editors' generic edition if the job hasn't finished by 6am.", "e+", "risk_awareness")
n.s("He added an alert if more than 1% of emails came out empty.", "e+", "risk_awareness", hard="plain_evidence")
n.s("When I asked about unsubscribes, he suggested tracking them per variant as a guardrail.", "e+", "metrics")
n.s("He didn't talk about how consent for personalisation would be recorded, but we were short of time.", "e-", "user_impact", hard="negated")
n.s("In his words, \"I'd rather ship something boring that always arrives\".", "e+", "judgment")
n.s("Exceptional systems thinker with loads of real-world experience.", "v+", "system_thinking", hard="vague_quantity")
n.s("Strong hire, no question.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n053", candidate_id="w9-c23", interviewer_id="w9-i01", req_id="w9-r2",
         round="behavioural", submitted_at="2025-03-11", recommendation="hire",
         specificity=3, style=["prose", "first_person", "british"], topic="storytelling")
n.s("Eilidh and I got on famously.", "v+", hard="biased")
n.s("I asked her to tell me about a time her analysis changed someone's mind.", "c", hard="interviewer_action")
n.s("She told me about showing a regional paper that their most-read stories were obituaries, and the editor refused to believe it until she printed the top fifty.", "e+", "communication")
n.s("She said she then sat with the obituaries desk to understand why, rather than just sending the chart round.", "e+", "ownership", "user_impact")
n.s("That's exactly the instinct we want.", "v+")
n.s("When I asked about a time she got it wrong, she said a forecast of hers missed a by-election spike, and she'd added an events calendar afterwards.", "e+", "ownership", "learning")
n.s("She does talk quite fast and I had to ask her to slow down once.", "e-", "communication")
n.s("Lovely storyteller.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n054", candidate_id="w9-c24", interviewer_id="w9-i05", req_id="w9-r1",
         round="coding", submitted_at="2025-03-18", recommendation="no_hire",
         specificity=2, style=["bullets", "terse", "typos", "lowercase"], topic="coding")
n.b("coding 45m, top-k articles per section", "c")
n.b("struggled", "v-", "coding")
n.b("didnt finish, no working code at 40 min", "e-", "coding", hard="negated")
n.b("WEAK on basics", "v-", "coding")
n.b("no hire", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n055", candidate_id="w9-c25", interviewer_id="w9-i03", req_id="w9-r1",
         round="debugging", submitted_at="2025-03-25", recommendation="lean_hire",
         specificity=1, style=["terse", "fragments"], topic="debugging")
n.s("Debugging round.", "c")
n.s("Got there.", "v0")
n.s("Solid understanding of the stack.", "v+", "system_thinking", hard="tech_vague")
n.s("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n056", candidate_id="w9-c26", interviewer_id="w9-i02", req_id="w9-r1",
         round="debugging", submitted_at="2025-04-01", recommendation="no_hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"], topic="popularity bias",
         ratings={"ownership": "no_hire", "risk_awareness": "no_hire", "coding": "lean_hire"})
n.h("Debugging, 50 min")
n.s("Scenario: after a model refresh, the \"Most Read\" panel shows the same five stories for 36 hours.", "c")
n.h("Findings")
n.b("Riley found the cause in about 20 minutes: the refresh job read from a cached popularity table that had stopped updating.", "e+", "coding", "system_thinking", marker="1. ")
n.b("They proposed deleting the cache and rerunning, with no check that the fresh table looked sane.", "e-", "risk_awareness", marker="2. ")
n.b("I asked how we would have caught this sooner; they said monitoring was \"the SRE team's job\".", "e-", "ownership", "risk_awareness", marker="3. ")
n.b("I asked who should tell the homepage editors what had happened; they said \"someone in comms\".", "e-", "ownership", marker="4. ")
n.b("They did not suggest any alert on the panel going stale, even after I said it had been stuck for a day and a half.", "e-", "risk_awareness", hard="negated", marker="5. ")
n.b("When I asked about a postmortem, they said they had never written one and didn't see the point for a \"cache issue\".", "e-", "ownership", marker="6. ")
n.h("Recommendation")
n.s("No hire: found the bug competently, but took no ownership of detection, communication or follow-up.", "e-", "ownership", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w9-n057", candidate_id="w9-c27", interviewer_id="w9-i04", req_id="w9-r2",
         round="behavioural", submitted_at="2025-04-08", recommendation="hire",
         specificity=4, style=["prose", "british"], topic="ownership",
         ratings={"ownership": "strong_hire", "judgment": "hire"})
n.s("Behavioural, 45 minutes.", "c")
n.s("I asked Lin about a project that nobody asked her to do.", "c", hard="interviewer_action")
n.s("You'll want to know she described building a data-quality check for the audience panel on her own time after noticing the weekend figures jumped whenever the clocks changed.", "e+", "ownership", "data_intuition")
n.s("She said she took it to the head of audiences with a two-page write-up, and it became part of the weekly pipeline.", "e+", "ownership", "communication")
n.s("I asked about a time she had to make a call without enough information.", "c", hard="question")
n.s("She described choosing to publish a provisional figure with a clear caveat rather than wait a week, and said she'd set a date to revise it.", "e+", "judgment")
n.s("She admitted the revised figure was 8% lower and that one editor was annoyed.", "e0", "judgment")
n.s("You might find her a bit reserved at first.", "v0", hard="biased")
n.s("Real ownership, clear judgement.", "v+", "ownership")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n058", candidate_id="w9-c28", interviewer_id="w9-i06", req_id="w9-r1",
         round="system_design", submitted_at="2025-04-22", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "british"], topic="speech-to-text for archives",
         ratings={"system_thinking": "lean_no_hire", "judgment": "lean_no_hire"})
n.s("System design, 60 min: searchable archive transcripts.", "c")
n.nl()
n.b("+ good component breakdown", "v+", "system_thinking", marker="")
n.b("+ suggested storing word-level timestamps so search results can jump to the moment in the audio", "e+", "system_thinking", "user_impact", marker="")
n.b("insisted on training a custom ASR model from scratch before trying an off-the-shelf one", "e-", "judgment")
n.b("couldn't say what \"good enough\" transcription quality would be for search", "e-", "metrics")
n.b("no plan for offensive or outdated language in old broadcasts surfacing in search", "e-", "user_impact", hard="negated")
n.b("fairly shallow on scale", "v-", "system_thinking")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n059", candidate_id="w9-c29", interviewer_id="w9-i07", req_id="w9-r2",
         round="data", submitted_at="2025-05-06", recommendation="hire",
         specificity=2, style=["prose", "quotes", "first_person", "british"], topic="dashboards")
n.s("Amara was an absolute delight to interview.", "v+")
n.s("We looked at the weekly audience dashboard together.", "c")
n.s("She has a fantastic eye for data and a real gift for visualisation.", "v+", "data_intuition")
n.s("She said \"I'd start by deleting half of these charts\", which made me laugh.", "e0", "communication")
n.s("Hugely experienced, she's done dozens of these.", "v+", hard="vague_quantity")
n.s("Really thoughtful about what the audience team needs.", "v+", "user_impact")
n.s("Very confident communicator.", "v+", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n060", candidate_id="w9-c30", interviewer_id="w9-i01", req_id="w9-r1",
         round="behavioural", submitted_at="2025-05-13", recommendation="hire",
         specificity=1, style=["prose", "first_person", "british"], topic="behavioural")
n.s("Jonah was lovely.", "v+")
n.s("Really easy to talk to, and a great sense of humour.", "v+", hard="biased")
n.s("I think he'd get on brilliantly with the newsroom.", "v+")
n.s("He clearly understands what we're trying to do as a public broadcaster.", "v+", "user_impact")
n.s("Good communicator.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w9_notes_part5.jsonl", notes)
print(len(notes), "notes")
