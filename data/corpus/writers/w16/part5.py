import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w16-n041", candidate_id="w16-c17", interviewer_id="w16-i01", req_id="w16-r1",
         round="system_design", submitted_at="2024-07-09", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="detector health on-call")
n.s("System design, the on-call side of it.", "c")
n.s("I asked Nkechi how she'd watch our own detectors, so we know when one goes quiet or goes crazy.", "c", hard="interviewer_action")
n.s("She said every detector should have a normal range of alerts per customer per day, and page someone if it drops to zero or triples.", "e+", "risk_awareness", hard="plain_evidence")
n.s("She drew it as three boxes: the detectors, a small job that counts what they put out every five minutes, and the pager.", "e+", "system_thinking", hard="plain_evidence")
n.s("I asked who gets paged.", "c", hard="question")
n.s("She said the team that owns the detector, not the SOC, and that a detector without a named owner in its config shouldn't ship.", "e+", "ownership")
n.s("She asked how many detectors we run, and when I said about 300 she said the counting job has to stay cheap, so counts only, no model.", "e+", "system_thinking", "judgment")
n.s("Didn't say anything about what we tell customers when a detector has been down for hours.", "e-", "user_impact", hard="negated")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n042", candidate_id="w16-c18", interviewer_id="w16-i02", req_id="w16-r1",
         round="coding", submitted_at="2024-07-23", recommendation="lean_hire", specificity=4,
         style=["bullets", "headings", "terse", "abbreviations"], topic="malware features",
         ratings={"coding": "lean_no_hire", "ml_fundamentals": "hire"})
n.s("Coding, 45m.", "c")
n.s("Task: per-file byte n-gram histograms for a malware classifier, batch of 10k PE files.", "c")
n.nl()
n.h("Coding:")
n.b("Used a generator over file chunks so memory stays flat; good.", "e+", "coding", hard="verdict_plus_evidence")
n.b("No tests written; ran one file by hand.", "e-", "coding", hard="negated")
n.b("Off-by-one at chunk boundaries: n-grams spanning two chunks were dropped.", "e-", "coding")
n.s("Fixed after I pointed at it.", "e0", "learning")
n.h("ML fundamentals:")
n.b("Said raw n-gram counts over-weight large files; normalized by length and suggested hashing into 2^20 buckets.", "e+", "ml_fundamentals")
n.h("System thinking:")
n.b("Estimated 10k files x ~2MB = 20GB; said one machine is fine, no Spark needed.", "e+", "system_thinking", "judgment")
n.h("Verdict:")
n.b("LH.", "v+", hard="bare_verdict")
n.s("Solid instincts, sloppy on edges.", "v0", "coding", hard="mixed")
notes.append(n)

n = Note(note_id="w16-n043", candidate_id="w16-c19", interviewer_id="w16-i03", req_id="w16-r2",
         round="coding", submitted_at="2024-08-06", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="log parsing")
n.s("Chloe - coding.", "c")
n.s("Great coder, very clean.", "v+", "coding")
n.s("Super quick.", "v+", "coding")
n.s("Good instincts on edge cases.", "v+", "coding")
n.s("Nice to work with, would be a great culture fit.", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n044", candidate_id="w16-c20", interviewer_id="w16-i04", req_id="w16-r2",
         round="data", submitted_at="2024-08-27", recommendation="lean_no_hire", specificity=3,
         style=["lowercase", "arrows", "fragments", "quotes", "typos"], topic="analyst feedback loop")
n.b("data round mateo", "c", marker="")
n.b("gave him the alert verdict table + asked how hed build a training set for the triage model", "c", hard="interviewer_action", marker="")
n.b("he only used alerts analysts had closed, ignored the ~70% that auto-close w/o anyone looking", "e-", "data_intuition", marker="")
n.b("i asked 'what about the ones nobody looked at' -> treat them as benign, no hesitation", "e-", "data_intuition", marker="")
n.b("proposed precision@50 per shift as the metric which is actually what we use so ok", "e+", "metrics", marker="")
n.b("then said if offline precision goes up 5 pts we can just ship it, no shadow period", "e-", "metrics", "risk_awareness", marker="")
n.b("asked if analysts might start trusting the score too much + stop looking at low ones, he hadnt thought of it but said 'good point, wed need to sample some low ones'", "e0", "learning", hard="mixed", marker="")
n.b("meh", "v0", marker="")
n.b("lnh", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n045", candidate_id="w16-c21", interviewer_id="w16-i05", req_id="w16-r1",
         round="behavioural", submitted_at="2024-09-24", recommendation="hire", specificity=4,
         style=["bullets", "quotes"], topic="silent detector",
         ratings={"ownership": "strong_hire", "risk_awareness": "lean_hire"})
n.s("Behavioural - Ines, r1.", "c")
n.b("+ Described finding that a detector she'd inherited had been silently dead for a month because a log source was renamed.", "e+", "ownership", marker="")
n.b("+ Said she fixed it, added a heartbeat check, and put her own name down as owner in the runbook.", "e+", "ownership", marker="")
n.b("+ Said she told the affected customers herself what coverage they'd lost and for how long.", "e+", "user_impact", marker="")
n.b("When I asked how she'd prevent the next one, the answer was \"be more careful\" - nothing systemic.", "e-", "risk_awareness")
n.b("+ After I asked what careful means across 300 detectors, she suggested a weekly report of detectors with zero output.", "e+", "learning", marker="")
n.b("+/- Long answers; I interrupted twice to keep time.", "v0", "communication", hard="mixed", marker="")
n.b("Hire.", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n046", candidate_id="w16-c22", interviewer_id="w16-i06", req_id="w16-r1",
         round="debugging", submitted_at="2024-10-01", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "quotes"], topic="label leakage")
n.s("I gave Samir our classic broken notebook: a malware classifier with 99.8% validation accuracy.", "c", hard="interviewer_action")
n.s("His first words were \"that's too good, something's leaking.\"", "e+", "data_intuition")
n.s("He compared file hashes across train and validation and found about 30% of the validation files also sat in training under different names.", "e+", "data_intuition")
n.s("Then he noticed the 'packer' feature came from the same sandbox report that produced the label, and said \"the label's basically in the features.\"", "e+", "data_intuition", "ml_fundamentals")
n.s("After he fixed both, accuracy fell to 91%, and he called that \"the real number, and probably still optimistic for next month's malware.\"", "e+", "metrics")
n.s("He added an assert to the split function so duplicate hashes would fail the build.", "e+", "coding")
n.blank()
n.s("I asked how he'd tell the team their old number was wrong.", "c", hard="question")
n.s("\"I'd show them the duplicate list first, not the new accuracy, so it's about the data and not about anyone,\" he said.", "e+", "communication")
n.s("One of the best debugging sessions I've ever run!", "v+")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w16-n047", candidate_id="w16-c23", interviewer_id="w16-i01", req_id="w16-r2",
         round="fundamentals", submitted_at="2024-11-12", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="base rates")
n.s("Fundamentals.", "c")
n.s("Asked Olu to explain to me, like I'm an analyst, why the model throws more false alarms on a quiet weekend.", "c", hard="interviewer_action")
n.s("He gave me a lot of words.", "v-", "communication", hard="vague_quantity")
n.s("Precision, recall, base rates, all of it.", "v0", "ml_fundamentals", hard="tech_vague")
n.s("I still don't know if he understands it or just knows the names.", "v-", "ml_fundamentals")
n.s("He did ask whether weekend traffic is mostly backups, which is the right question.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("Lean hire, but somebody should check the basics again.", "v0", "ml_fundamentals")
notes.append(n)

n = Note(note_id="w16-n048", candidate_id="w16-c24", interviewer_id="w16-i02", req_id="w16-r1",
         round="behavioural", submitted_at="2024-12-10", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "terse", "quotes"], topic="concept drift",
         ratings={"ownership": "no_hire", "user_impact": "hire"})
n.s("Behavioural, 45m.", "c")
n.nl()
n.h("Ownership:")
n.b("Recounted recall dropping after a new phishing kit at her last job; said she 'flagged it in Slack' and the retrain was someone else's ticket.", "e-", "ownership")
n.b("Could not say when, or whether, the retrain happened.", "e-", "ownership", hard="negated")
n.h("Judgment:")
n.b("Asked what she'd do if the retrain owner was on leave: 'wait for them, it's their model'.", "e-", "judgment", "ownership")
n.h("User impact:")
n.b("Did volunteer that customers were exposed during the gap; estimated ~2 weeks of missed phish.", "e+", "user_impact")
n.h("Communication:")
n.b("Answers well structured, each under 2 min.", "v+", "communication")
n.h("Verdict:")
n.b("LNH.", "v-", hard="bare_verdict")
n.s("Passive on ownership.", "v-", "ownership")
notes.append(n)

n = Note(note_id="w16-n049", candidate_id="w16-c25", interviewer_id="w16-i04", req_id="w16-r1",
         round="behavioural", submitted_at="2025-01-14", recommendation="hire", specificity=2,
         style=["lowercase", "fragments"], topic="deploy incident")
n.b("behavioral w/ rohan", "c", marker="")
n.b("good convo", "v+", marker="")
n.b("owned a ton of stuff at his last place, seems like a doer", "v+", "ownership", hard="vague_quantity", marker="")
n.b("story about a bad deploy, handled it fine i think", "v+", "ownership", hard="hedged", marker="")
n.b("asked me what on-call actually looks like here, which was nice", "e+", "ownership", marker="")
n.b("communicates ok, a little rambly", "v0", "communication", hard="mixed", marker="")
n.b("hire", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w16-n050", candidate_id="w16-c26", interviewer_id="w16-i05", req_id="w16-r2",
         round="data", submitted_at="2025-02-04", recommendation="hire", specificity=3,
         style=["bullets"], topic="feature leakage")
n.s("Data - Grace, r2.", "c")
n.b("+ Asked how analyst verdicts are recorded before touching the data.", "e+", "data_intuition", marker="")
n.b("+ Good sense of the label problems generally.", "v+", "data_intuition", marker="")
n.b("Built features over the whole window and then split, so the 7-day rolling counts leaked across the split date.", "e-", "data_intuition")
n.b("+ When I pointed at the split date she saw it within a minute and recomputed the features per split.", "e+", "learning", marker="")
n.b("Stuck with F1 as the metric without saying why.", "e-", "metrics")
n.b("+/- Clear in places, muddled on the rolling windows.", "v0", "communication", hard="mixed", marker="")
n.b("Hire, leaning on the fast correction.", "v+", "learning", marker="")
notes.append(n)

save_notes("data/corpus/raw/w16_notes_part5.jsonl", notes)
