import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w38-n050", candidate_id="w38-c26", interviewer_id="w38-i05", req_id="w38-r2",
         round="coding", submitted_at="2025-11-04", recommendation="hire", specificity=5,
         style=["qa", "headings", "third_person"], topic="loudness normalization",
         ratings={"coding": "hire", "communication": "hire", "learning": "hire"})
n.h("Coding, 55 min")
n.h("Q1. Normalize loudness per speaker in a recorded meeting, given frames tagged with speaker ids.")
n.b("A: Asked whether we normalize to a target LUFS or relative to the loudest speaker; I said target -23.", "e+", "judgment", hard="question")
n.b("Wrote a first pass computing RMS per speaker and a second pass applying gain per frame.", "e+", "coding")
n.b("Explained before coding why two passes: the gain for a speaker is unknown until all their frames are seen.", "e+", "communication", "coding")
n.b("Named variables by unit, gain_db and rms_lin, and said it was so a reviewer would not mix up decibels and linear values.", "e+", "communication", "coding")
n.b("Gain was applied to silent frames too, boosting background noise by 18 dB in my test file.", "e-", "coding")
n.h("Q2. Your output has loud hiss between turns. Why?")
n.b("A: Listened, then said 'I'm amplifying silence', and gated the gain on a VAD flag without further hints.", "e+", "learning", "coding")
n.b("Added a cap of +12 dB so a whisperer is not blown up into noise.", "e+", "coding", "user_impact")
n.h("Q3. Tests?")
n.b("A: Wrote three: a single speaker, two speakers 20 dB apart, and a speaker with only one frame.", "e+", "coding")
n.b("Did not test an empty meeting; the code divided by zero when I ran it.", "e-", "coding", hard="negated")
n.b("Fixed it in one line and added the test.", "e+", "coding")
n.h("Q4. Complexity and memory for a 3-hour meeting?")
n.b("A: O(n) time; said he would stream the second pass from disk rather than keep 3 hours of audio in memory, about 1 GB at 48 kHz float.", "e+", "system_thinking", "coding")
n.h("Assessment")
n.b("Two bugs, both fixed quickly once visible.", "e0", "coding", hard="mixed")
n.b("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n051", candidate_id="w38-c27", interviewer_id="w38-i03", req_id="w38-r2",
         round="debugging", submitted_at="2025-11-18", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="audio dropouts")
n.s("Debugging round, the audio dropout scenario.", "c")
n.s("We went over the time a bit.", "c")
n.s("Kai was pretty methodical.", "v+", "coding")
n.s("He checked the packet loss graph first.", "e+", "data_intuition", hard="plain_evidence")
n.s("Found the issue eventually.", "v0", "coding", hard="mixed")
n.s("Decent communication.", "v+", "communication")
n.s("Hire, I think.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n052", candidate_id="w38-c28", interviewer_id="w38-i01", req_id="w38-r1",
         round="behavioural", submitted_at="2025-12-02", recommendation="lean_hire", specificity=3,
         style=["prose", "terse", "first_person"], topic="ownership, feedback",
         ratings={"ownership": "hire", "learning": "lean_hire"})
n.s("Behavioural, 40 min.", "c")
n.s("I asked Morgan about a launch that went wrong.", "c", hard="question")
n.s("They described a caption model that printed profanity-masked words as asterisks in medical meetings, so doctors lost drug names.", "e0", "user_impact")
n.s("They found it from one customer ticket, reproduced it, and turned the mask off for the healthcare tenants the same day.", "e+", "ownership", "user_impact")
n.s("Good.", "v+")
n.s("I asked what feedback they got from their last review.", "c", hard="question")
n.s("They said 'too slow to escalate', and gave one example where they waited two days to tell their manager about a data delay.", "e+", "learning", "communication")
n.s("When I asked what they changed, the answer was vague: 'I try to be more proactive now'.", "e-", "learning")
n.s("Honest person.", "v+", hard="biased")
n.s("Ownership is there, learning story is thin.", "v0", "ownership", "learning", hard="mixed")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n053", candidate_id="w38-c29", interviewer_id="w38-i04", req_id="w38-r1",
         round="data", submitted_at="2026-01-13", recommendation="hire", specificity=2,
         style=["prose", "first_person"], topic="human rater pools")
n.s("Daniela and I talked about building a human rating program for summary quality.", "c")
n.s("She was so thoughtful about the raters themselves, which I loved.", "v+", "data_intuition")
n.s("She suggested paying raters per hour rather than per item so they wouldn't rush.", "e+", "data_intuition", "judgment")
n.s("She knows a huge amount about annotation tooling.", "v+", "data_intuition", hard="vague_quantity")
n.s("I'm sure she'd be brilliant at explaining results to leadership.", "v+", "communication", hard="hedged")
n.s("Hire, happily.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n054", candidate_id="w38-c30", interviewer_id="w38-i06", req_id="w38-r2",
         round="debugging", submitted_at="2026-01-27", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "terse", "abbreviations", "arrows"], topic="MOS drop after release",
         ratings={"learning": "no_hire", "risk_awareness": "lean_no_hire"})
n.h("dbg: MOS dropped 0.3 after NS v9")
n.b("gave Wei the rater data + model diff", "c", hard="interviewer_action")
n.b("looked at the avg MOS only, never split by clip type", "e-", "data_intuition", "metrics", hard="negated")
n.b("claimed raters 'had a bad week' -> wanted to rerun the study", "e-", "metrics", "judgment")
n.b("i pointed at the music-on-hold clips (MOS 2.1 vs 3.8 before)", "c", hard="interviewer_action")
n.b("said 'music isn't speech, doesn't matter'", "e-", "learning", "user_impact")
n.b("pushed again: customer hold lines + webinar intros use music -> still defended the rerun", "e-", "learning")
n.b("no rollback mentioned at any point", "e-", "risk_awareness", hard="negated")
n.b("code reading fine: found the new VAD threshold in 2 min", "e+", "coding", hard="verdict_plus_evidence")
n.b("explained the threshold change clearly", "v+", "communication", hard="tech_vague")
n.b("defensive under pushback", "v-", "learning")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n055", candidate_id="w38-c31", interviewer_id="w38-i02", req_id="w38-r1",
         round="system_design", submitted_at="2026-02-17", recommendation="no_hire", specificity=3,
         style=["prose", "third_person"], topic="summaries for sales calls",
         ratings={"metrics": "no_hire", "user_impact": "no_hire"})
n.s("System design round, I asked Amara to design auto-summaries for recorded sales calls.", "c", hard="interviewer_action")
n.s("She drew transcript to LLM to CRM update, fairly simple only.", "e0", "system_thinking")
n.s("For evaluation she said the offline BLEU was going up with each prompt version, so each version was better, that is enough.", "e-", "metrics")
n.s("I asked her if customers on the call know they are recorded and summarized, she told 'that is for the sales rep to manage'.", "e-", "user_impact", "ownership")
n.s("She did not think about what happens when the summary puts a wrong price into the CRM.", "e-", "risk_awareness", "user_impact", hard="negated")
n.s("When I asked about latency, she gave a number of 3 seconds per call without saying how she got it.", "e-", "system_thinking")
n.s("She was explaining confidently though.", "v+", hard="biased")
n.s("Her design thinking is not mature.", "v-", "system_thinking")
n.s("No hire from me.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n056", candidate_id="w38-c32", interviewer_id="w38-i03", req_id="w38-r2",
         round="fundamentals", submitted_at="2026-03-03", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="fundamentals")
n.s("Fundamentals with Ethan.", "c")
n.s("Some gaps in the basics.", "v-", "ml_fundamentals")
n.s("Not sure he's ready.", "v-", hard="hedged")
n.s("Leaning no.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n057", candidate_id="w38-c33", interviewer_id="w38-i05", req_id="w38-r1",
         round="behavioural", submitted_at="2026-03-17", recommendation="lean_no_hire", specificity=2,
         style=["qa", "third_person"], topic="judgment, ambiguity")
n.s("Q: Describe a decision you made with incomplete information.", "c", hard="question")
n.nl()
n.s("A: Story about choosing a caption vendor; unclear what her role in the decision was.", "v-", "ownership")
n.nl()
n.s("Q: What would you do differently?", "c", hard="question")
n.nl()
n.s("A: 'Gather more data earlier.'", "e0", "learning")
n.nl()
n.s("Generic answers throughout.", "v-", "communication")
n.s("Judgment not demonstrated.", "v-", "judgment")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n058", candidate_id="w38-c34", interviewer_id="w38-i04", req_id="w38-r2",
         round="coding", submitted_at="2026-04-07", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="coding")
n.s("Felipe absolutely crushed the coding round.", "v+", "coding")
n.s("Honestly a 10/10 engineer, super sharp.", "v+", hard="vague_quantity")
n.s("One of the best I've ever interviewed here.", "v+")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n059", candidate_id="w38-c35", interviewer_id="w38-i06", req_id="w38-r2",
         round="coding", submitted_at="2026-04-21", recommendation="hire", specificity=2,
         style=["bullets", "terse", "abbreviations", "lowercase"], topic="frame overlap-add")
n.h("coding - overlap-add")
n.b("45m, shared editor", "c")
n.b("taylor got it working", "v+", "coding")
n.b("window math mostly right", "v0", "coding", hard="hedged")
n.b("asked if hop size is fixed", "e+", "judgment", hard="question")
n.b("solid", "v+")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w38-n060", candidate_id="w38-c36", interviewer_id="w38-i01", req_id="w38-r1",
         round="system_design", submitted_at="2026-05-05", recommendation="hire", specificity=3,
         style=["prose", "terse", "first_person"], topic="on-device captions",
         ratings={"judgment": "hire", "communication": "hire"})
n.s("Design: captions on-device for customers who forbid cloud processing.", "c")
n.s("Olga asked how much RAM the cheapest supported laptop has before she said anything else.", "e+", "judgment", hard="question")
n.s("I said 8 GB, and the meeting client already uses 1.5.", "c")
n.s("She chose a small streaming model and accepted a higher WER, and she said it out loud: 'for these customers, worse captions beat no captions'.", "e+", "judgment", "user_impact")
n.s("She proposed a cloud model as an opt-in for the other tenants.", "e+", "system_thinking")
n.s("No plan for updating the on-device model safely.", "e-", "risk_awareness", hard="negated")
n.s("When I asked, she said 'staged download, keep the old model until the new one passes a self-test'.", "e+", "risk_awareness", "learning")
n.s("She checked twice if I was following her diagram.", "e+", "communication", hard="plain_evidence")
n.s("Good head.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w38_notes_part5.jsonl", notes)
