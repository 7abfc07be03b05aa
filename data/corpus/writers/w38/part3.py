import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c07 Aroha Ngata (she), r1: contradiction on data_intuition ----
n = Note(note_id="w38-n025", candidate_id="w38-c07", interviewer_id="w38-i05", req_id="w38-r1",
         round="data", submitted_at="2026-04-14", recommendation="lean_hire", specificity=4,
         style=["qa", "headings", "third_person"], topic="summary eval set",
         ratings={"data_intuition": "hire", "metrics": "lean_hire"})
n.h("Data round, 60 min")
n.h("Q1. Build an eval set for the meeting summarizer from 2,000 internal meetings.")
n.b("A: First question: are the same teams in train and eval? Proposed splitting by organization, not by meeting, to avoid recurring standups leaking.", "e+", "data_intuition")
n.b("Asked how the reference summaries were written and by whom.", "e+", "data_intuition", hard="question")
n.b("Proposed locking away 10% of the orgs as a final test set that nobody looks at until the launch review.", "e+", "data_intuition", "metrics")
n.h("Q2. Two annotators wrote very different references. Which is right?")
n.b("A: 'The longer one, it has more detail.'", "e-", "data_intuition", "metrics")
n.b("Did not consider that references could disagree on what counts as an action item, which is the core label problem here.", "e-", "data_intuition", hard="negated")
n.h("Q3. Privacy constraints on the internal meetings?")
n.b("A: Said she would exclude HR and legal channels entirely and get sign-off from meeting owners before using transcripts.", "e+", "user_impact")
n.h("Notes")
n.b("Good instinct on the split.", "v+", "data_intuition")
n.b("Label quality thinking is shallow.", "v-", "data_intuition")
n.b("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n026", candidate_id="w38-c07", interviewer_id="w38-i01", req_id="w38-r1",
         round="fundamentals", submitted_at="2026-04-14", recommendation="hire", specificity=3,
         style=["prose", "terse", "first_person"], topic="transformers, overfitting")
n.s("Fundamentals, 45 min, four questions.", "c")
n.s("Aroha knows her basics.", "v+", "ml_fundamentals")
n.s("She explained why the attention cost grows with the square of transcript length and said for a one-hour meeting that is the real limit, not the parameters.", "e+", "ml_fundamentals", "system_thinking")
n.s("On overfitting she said 'more data, more dropout'.", "e0", "ml_fundamentals")
n.s("That is a textbook answer.", "v0", "ml_fundamentals")
n.s("I asked how she would see overfitting in a fine-tuned summarizer.", "c", hard="question")
n.s("She said train loss keeps going down while ROUGE on held-out meetings goes flat, and she would also read 20 summaries by hand.", "e+", "ml_fundamentals", "metrics")
n.s("Reading outputs by hand, good.", "e+", "metrics", hard="verdict_plus_evidence")
n.s("Answers were direct, no waffle.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n027", candidate_id="w38-c07", interviewer_id="w38-i06", req_id="w38-r1",
         round="debugging", submitted_at="2026-04-15", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="invented action items",
         ratings={"coding": "hire", "data_intuition": "lean_no_hire"})
n.h("dbg: summarizer invents action items")
n.b("gave her 30 bad recaps + pipeline code", "c", hard="interviewer_action")
n.b("read 5 recaps, noticed all bad ones came from mtgs > 90 min", "e+", "data_intuition")
n.b("traced to truncation: prompt cut at 8k tokens -> model never saw the end of the mtg, made up 'next steps'", "e+", "coding", "ml_fundamentals")
n.b("fix: chunk + merge, wrote it in ~15 lines, ran on 3 recaps", "e+", "coding")
n.b("BUT then claimed fix verified; her 30 recaps were all long mtgs, never checked short ones still ok", "e-", "data_intuition", "risk_awareness")
n.b("asked if users had already acted on fake action items -> wanted to notify affected tenants", "e+", "user_impact", "ownership")
n.b("fast, methodical", "v+", "coding")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n028", candidate_id="w38-c07", interviewer_id="w38-i03", req_id="w38-r1",
         round="behavioural", submitted_at="2026-04-16", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="behavioural")
n.s("Aroha was great.", "v+")
n.s("Strong communicator, very collaborative.", "v+", "communication")
n.s("Lots of relevant experience.", "v+", hard="vague_quantity")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---- c08 Sam Okafor (they), r2: passive ownership seen by two; adapts after hint ----
n = Note(note_id="w38-n029", candidate_id="w38-c08", interviewer_id="w38-i04", req_id="w38-r2",
         round="behavioural", submitted_at="2024-08-19", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person"], topic="ownership",
         ratings={"ownership": "lean_hire", "communication": "hire"})
n.s("Behavioural, 45 minutes, and Sam was a delight to talk to.", "v+")
n.s("I asked them to tell me about the project they were proudest of.", "c", hard="question")
n.s("They described a hum-removal filter for conference-room devices, and when I asked what they personally built, they said 'the team did most of it, I mostly reviewed'.", "e-", "ownership")
n.s("I asked what happened after launch, and they said they moved to a new project and didn't follow how it did.", "e-", "ownership", hard="plain_evidence")
n.s("I then asked about a failure, and they told me a story about a model they trained that hurt quality for users on cheap USB headsets, but the fix was done by another team and Sam didn't know what it was.", "e-", "ownership", "user_impact")
n.s("Still, I loved how clearly they summarized each story in two sentences when I asked for the short version.", "e+", "communication", hard="verdict_plus_evidence")
n.s("I think they are just modest and will grow into more ownership quickly!", "v+", "ownership", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n030", candidate_id="w38-c08", interviewer_id="w38-i02", req_id="w38-r2",
         round="system_design", submitted_at="2024-08-20", recommendation="lean_no_hire", specificity=3,
         style=["prose", "third_person"], topic="audio quality monitoring")
n.s("System design round, I asked Sam to design monitoring for audio quality across all meetings.", "c", hard="interviewer_action")
n.s("They proposed collecting a per-call quality score on the client and sending it with the call end event.", "e0", "system_thinking")
n.s("Design was okay only.", "v0", "system_thinking")
n.s("When I asked who will own the alerts, Sam told 'the SRE team should decide that'.", "e-", "ownership")
n.s("They did not define any threshold for alert, even when I asked twice what number will page someone.", "e-", "risk_awareness", hard="negated")
n.s("Sam did ask whether sending the score would need user consent in some regions, that was good thinking.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("Not much ownership shown.", "v-", "ownership")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n031", candidate_id="w38-c08", interviewer_id="w38-i01", req_id="w38-r2",
         round="coding", submitted_at="2024-08-20", recommendation="hire", specificity=5,
         style=["prose", "terse", "first_person"], topic="clipping detection",
         ratings={"coding": "hire", "learning": "hire"})
n.s("Coding. Detect clipped regions in a PCM buffer.", "c")
n.s("Sam asked first what counts as clipped, exact max value or near it.", "e+", "judgment", hard="question")
n.s("They also asked whether to return a mask or (start, end) pairs, and picked pairs because the editor UI only needs to highlight regions.", "e+", "judgment", "user_impact")
n.s("I said within 1% of full scale for at least 3 samples.", "c", hard="interviewer_action")
n.s("First version compared against 32767 only and missed negative clipping.", "e-", "coding")
n.s("I asked 'what about the bottom of the wave?'", "c", hard="interviewer_action")
n.s("They fixed it with abs, then noticed themselves that abs(-32768) overflows in int16, and cast first.", "e+", "coding", "learning")
n.s("That overflow catch was good.", "e+", "coding", hard="verdict_plus_evidence")
n.s("Tests: all zeros, a pure clipped run, a run of 2 which must not count, a run at the end of the buffer.", "e+", "coding")
n.s("All passed.", "e+", "coding")
n.s("O(n), single pass, they said it without me asking.", "e+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n032", candidate_id="w38-c08", interviewer_id="w38-i05", req_id="w38-r2",
         round="debugging", submitted_at="2024-08-21", recommendation="lean_hire", specificity=4,
         style=["qa", "third_person"], topic="jitter buffer")
n.s("Q: Users report choppy audio after the jitter buffer change. Here are the logs. Find the cause.", "c", hard="question")
n.nl()
n.s("A: Sorted late-packet counts by network type and found the spikes only on mobile hotspots.", "e+", "data_intuition")
n.s("Found that the new max buffer of 60 ms was too small for hotspot jitter.", "e+", "coding")
n.nl()
n.s("Q: What would you do right now?", "c", hard="question")
n.nl()
n.s("A: 'Raise it to 120 and ship.'", "e-", "risk_awareness", "judgment")
n.s("Did not consider that a bigger buffer adds delay for everyone else on wired networks.", "e-", "judgment", "user_impact", hard="negated")
n.s("When I pointed that out, proposed an adaptive size per network type and explained it clearly.", "e+", "learning", "communication")
n.nl()
n.s("Q: Who should own the fix?", "c", hard="question")
n.nl()
n.s("A: 'Whoever made the change.'", "e-", "ownership")
n.nl()
n.s("Diagnosis good, follow-through weak.", "v0", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w38-n033", candidate_id="w38-c09", interviewer_id="w38-i03", req_id="w38-r1",
         round="system_design", submitted_at="2024-05-07", recommendation="lean_hire", specificity=1,
         style=["prose", "terse"], topic="captions")
n.s("System design, live captions.", "c")
n.s("Lucas did okay.", "v0")
n.s("Reasonable design, nothing special.", "v0", "system_thinking")
n.s("Some gaps on scale.", "v-", "system_thinking")
n.s("Lean hire I guess.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n034", candidate_id="w38-c10", interviewer_id="w38-i06", req_id="w38-r2",
         round="coding", submitted_at="2024-06-18", recommendation="hire", specificity=3,
         style=["bullets", "terse", "abbreviations", "typos"], topic="resampling")
n.h("coding - linear resampler 48k->16k")
n.b("Mei Lin asked if we can assume mono, good", "e+", "judgment", hard="question")
n.b("wrote it w/ a loop + interpolation, worked on my sine test", "e+", "coding")
n.b("forgot anti-aliasing filter, aliasing obvious in the spectrum i showed", "e-", "ml_fundamentals", "coding")
n.b("when i asked, explained nyquist correctly + added a low-pass", "e+", "learning")
n.b("tests: none unprompted", "e-", "coding", hard="negated")
n.b("decent coder, v clear explanations", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n035", candidate_id="w38-c11", interviewer_id="w38-i01", req_id="w38-r1",
         round="data", submitted_at="2024-07-02", recommendation="no_hire", specificity=4,
         style=["prose", "terse", "first_person"], topic="accent WER",
         ratings={"data_intuition": "no_hire", "user_impact": "no_hire"})
n.s("Data round.", "c")
n.s("I showed Oluwaseun the caption WER per accent group.", "c", hard="interviewer_action")
n.s("Nigerian English at 19%, US English at 7%.", "c")
n.s("He said the Nigerian group is small so we can ignore it for now.", "e-", "user_impact", "data_intuition")
n.s("He did not ask how many calls that group has.", "e-", "data_intuition", hard="negated")
n.s("When I said those are 400k daily users, he said 'then collect more data', nothing about how or what to do before that.", "e-", "judgment", "user_impact")
n.s("He also averaged WER over utterances, not words, and did not see why that is a problem.", "e-", "metrics")
n.s("Confident, a lot of talking.", "v-", hard="biased")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n036", candidate_id="w38-c12", interviewer_id="w38-i02", req_id="w38-r2",
         round="fundamentals", submitted_at="2024-09-10", recommendation="lean_hire", specificity=2,
         style=["prose", "third_person"], topic="spectrograms")
n.s("Fundamentals round with Ananya.", "c")
n.s("She is good in basics only, signal processing and all.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She explained mel scale is spaced like human hearing, more resolution at low frequencies.", "e+", "ml_fundamentals")
n.s("Some answers were little bit textbook.", "v0", "ml_fundamentals")
n.s("She is from a good college also.", "v+", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n037", candidate_id="w38-c13", interviewer_id="w38-i05", req_id="w38-r1",
         round="system_design", submitted_at="2024-10-01", recommendation="strong_hire", specificity=5,
         style=["qa", "headings", "third_person"], topic="summaries with data residency",
         ratings={"system_thinking": "strong_hire", "user_impact": "strong_hire", "risk_awareness": "hire"})
n.h("Q1. Design meeting summaries for enterprise tenants with data-residency rules.")
n.b("A: Asked which regions and whether the rule covers only storage or also processing; I said both.", "e+", "judgment", "user_impact", hard="question")
n.b("Put ASR and the summarizer in each region; only model weights cross borders, never transcripts.", "e+", "system_thinking", "user_impact")
n.b("Estimated GPU need per region from meeting hours: EU about 30% of US, so a smaller pool with queued batch summaries.", "e+", "system_thinking")
n.b("Added that the EU pool needs an on-call in European hours, otherwise a stuck queue waits for the US morning.", "e+", "risk_awareness", "ownership")
n.h("Q2. A summary invents an action item. How do you catch it?")
n.b("A: Check every owner against the attendee list and every task against a span in the transcript; if no span, drop it and log.", "e+", "risk_awareness", "metrics")
n.b("Proposed a weekly human audit of 200 recaps with a 'hallucinated item' rate as the launch gate.", "e+", "metrics")
n.h("Q3. How do you launch a new summarizer?")
n.b("A: Shadow mode on internal tenants for two weeks, then 5% of paid tenants, rollback if edit rate or hallucinated item rate rises.", "e+", "risk_awareness")
n.b("Said enterprise admins should be told before their tenant is in the 5%.", "e+", "user_impact")
n.h("Assessment")
n.b("Each component sized, each risk paired with a check.", "v+", "system_thinking")
n.b("Only gap: did not estimate cost per summary until asked; then gave a reasonable number.", "e0", "system_thinking", hard="mixed")
n.b("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n038", candidate_id="w38-c14", interviewer_id="w38-i04", req_id="w38-r2",
         round="debugging", submitted_at="2024-10-15", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="volume drop")
n.s("I ran the debugging exercise where the auto-gain control makes voices fade out mid-sentence.", "c", hard="interviewer_action")
n.s("Yusuf was fantastic, honestly such a calm problem solver.", "v+", "coding")
n.s("He logged the gain value per frame and spotted that it kept dropping during long vowels.", "e+", "coding", "data_intuition")
n.s("He explained that the gain controller was reacting to sustained energy as if it were noise, and suggested a slower release time.", "e+", "ml_fundamentals")
n.s("I didn't see him run the fix on the other test recordings, but I'm sure he would have with more time.", "e-", "coding", hard="hedged")
n.s("He's got a wealth of knowledge about DSP.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He speaks so confidently, which I love.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w38_notes_part3.jsonl", notes)
