import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- candidate c05 Kenji Watanabe (he), r1 ----
n = Note(note_id="w15-n021", candidate_id="w15-c05", interviewer_id="w15-i02", req_id="w15-r1",
         round="system_design", submitted_at="2025-08-19", recommendation="lean_no_hire",
         specificity=4, style=["bullets", "terse", "arrows", "quotes"], topic="on-prem extraction service",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire"})
n.h("SD - clause extraction service, on-prem at a bank client, 45 min")
n.b("[x] Sized it: 20k pages/day, ~1.5 s/page OCR on CPU -> 8 workers with headroom", "e+", "system_thinking")
n.b("[x] Layout model and token classifier as separate services so an OCR upgrade doesn't force a retrain", "e+", "system_thinking")
n.b("[x] Asked about air-gapped install and how model updates get shipped in", "e+", "judgment", hard="question")
n.b("[x] Batched pages by DPI bucket so padding doesn't waste GPU, and said why", "e+", "system_thinking")
n.b("[ ] Model update = overwrite the weights on the box; no canary, no previous version kept", "e-", "risk_awareness")
n.b("[ ] Asked what happens if the new model is worse on one client's templates -> 'we'd retrain'", "e-", "risk_awareness")
n.b("[ ] No monitoring beyond uptime; reviewer correction rate never mentioned", "e-", "risk_awareness", hard="negated")
n.b("[ ] Took the rollback question as criticism: 'I don't think that's really the interesting part'", "e-", "learning")
n.b("LNH", "v-", hard="bare_verdict")
n.b("Strong on throughput, blind on failure.", "v0", "system_thinking", "risk_awareness", hard="mixed")
notes.append(n)

n = Note(note_id="w15-n022", candidate_id="w15-c05", interviewer_id="w15-i06", req_id="w15-r1",
         round="coding", submitted_at="2025-08-19", recommendation="hire",
         specificity=4, style=["headings", "prose", "third_person"], topic="ocr confidence runs",
         ratings={"coding": "hire"})
n.h("CODING - KENJI W.")
n.s("Problem: given OCR lines with confidences, find the longest run of lines whose average confidence stays above a threshold.", "c")
n.blank()
n.h("STRENGTHS")
n.s("He restated the problem with a tiny example before coding and asked whether a blank line counts as a line.", "e+", "communication", "judgment")
n.s("Converted it to prefix sums of (confidence minus threshold) and said out loud why that makes the average condition a comparison of two prefix values.", "e+", "coding")
n.s("Tested three cases he wrote himself, including all-below-threshold, and fixed an off-by-one the third case exposed.", "e+", "coding")
n.blank()
n.h("GAPS")
n.s("First version was quadratic; he only got to the O(n log n) approach after I asked about a million lines.", "e0", "coding", "learning", hard="mixed")
n.blank()
n.h("OVERALL")
n.s("Hire.", "v+", hard="bare_verdict")
n.s("Careful coder.", "v+", "coding")
notes.append(n)

n = Note(note_id="w15-n023", candidate_id="w15-c05", interviewer_id="w15-i01", req_id="w15-r1",
         round="behavioural", submitted_at="2025-08-21", recommendation="hire",
         specificity=4, style=["prose", "third_person"], topic="auto-accept threshold",
         ratings={"judgment": "hire", "communication": "hire"})
n.s("Round: behavioural, 45 minutes.", "c")
n.s("The candidate was asked to describe a time he disagreed with a decision taken by senior colleagues.", "c", hard="interviewer_action")
n.s("The candidate stated that his team had planned to auto-accept clause extractions above 0.95 confidence, and that he objected after reading 200 such extractions and finding eleven errors, four of them in indemnity clauses.", "e+", "risk_awareness")
n.s("He said he presented the errors to his lead as a table of clause type against error count rather than as an argument.", "e+", "communication")
n.s("He stated that the lead then limited auto-accept to non-financial clause types.", "e+")
n.s("Asked what he would have done had the lead refused, he replied that he would have asked for the table to be added to the launch review, and would not have gone around the lead.", "e+", "judgment")
n.s("The candidate did not mention the client's perspective at any point, although the clauses concerned the client's liability.", "e-", "user_impact", hard="negated")
n.s("He strikes me as careful with evidence.", "v+", "judgment")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n024", candidate_id="w15-c05", interviewer_id="w15-i04", req_id="w15-r1",
         round="data", submitted_at="2025-08-22", recommendation="lean_hire",
         specificity=2, style=["terse", "fragments", "lowercase", "abbreviations"], topic="ocr noise")
n.b("data; 45m; Kenji; OCR noise in training text", "c", marker="")
n.b("solid on data cleaning", "v+", "data_intuition", hard="tech_vague", marker="")
n.b("knows the usual tricks for noisy labels", "v+", "data_intuition", hard="tech_vague", marker="")
n.b("suggested char-level augmentation w/ real OCR confusions (rn -> m, l -> 1) to train a robust extractor", "e+", "data_intuition", marker="")
n.b("a bit slow", "v-", marker="")
n.b("LH", "v+", hard="bare_verdict", marker="")
notes.append(n)

# ---- candidate c06 Fatima Al-Sayed (she), r2 ----
n = Note(note_id="w15-n025", candidate_id="w15-c06", interviewer_id="w15-i01", req_id="w15-r2",
         round="system_design", submitted_at="2025-09-09", recommendation="lean_no_hire",
         specificity=5, style=["prose", "third_person", "quotes"], topic="llm memo drafting",
         ratings={"system_thinking": "hire", "risk_awareness": "no_hire", "user_impact": "no_hire"})
n.s("Round: system design.", "c")
n.s("The candidate, Fatima, was asked to design an LLM assistant that drafts a first-pass research memo with supporting citations for an associate.", "c", hard="interviewer_action")
n.s("The candidate proposed retrieval over the firm's research database, a drafting model with the retrieved passages in context, and a formatter that emits citations in the firm's house style.", "e+", "system_thinking")
n.s("She estimated the context need at roughly 30 passages of 400 tokens and chose a 32k-context model accordingly.", "e+", "system_thinking")
n.s("When asked how the system would prevent a citation to a case that does not exist, the candidate stated that grounding the model in retrieved passages \"essentially solves\" fabrication.", "e-", "risk_awareness")
n.s("I described a recent sanctions matter in which counsel filed a brief containing invented citations; the candidate replied that such cases involve \"lawyers not doing their job\".", "e-", "user_impact")
n.s("She did not propose any check between generation and delivery to the associate.", "e-", "risk_awareness", hard="negated")
n.s("The candidate stated that she would measure quality by the associates' thumbs-up rate.", "e-", "metrics")
n.s("Asked whether an associate can judge a citation's accuracy at a glance, she acknowledged they cannot and added a citation-existence rate to her metrics.", "e+", "learning", "metrics")
n.s("Her architecture was competent.", "v+", "system_thinking")
n.s("Her appreciation of the failure that most endangers our clients' own clients was not.", "v-", "risk_awareness")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w15-n026", candidate_id="w15-c06", interviewer_id="w15-i06", req_id="w15-r2",
         round="behavioural", submitted_at="2025-09-10", recommendation="lean_no_hire",
         specificity=4, style=["headings", "prose", "first_person", "quotes"], topic="latency project",
         ratings={"ownership": "hire", "user_impact": "no_hire"})
n.h("BEHAVIOURAL - FATIMA A.")
n.h("STRENGTHS")
n.s("She described leading a three-person team that cut OCR-to-extraction latency from 40s to 9s per document, and could say which change was hers (async page batching).", "e+", "ownership")
n.s("When I asked how she knew the speedup mattered, she said she sat with two paralegals for a morning and timed their review.", "e+", "user_impact", hard="plain_evidence")
n.blank()
n.h("GAPS")
n.s("I asked about a time a model output hurt someone.", "c", hard="interviewer_action")
n.s("She said she'd never seen that happen, then that hallucinated citations \"are mostly a training problem for the users\".", "e-", "user_impact")
n.s("Pressed on it, she repeated the point and went back to the latency project.", "e-", "learning")
n.s("Came across as a little defensive.", "v-", "learning", hard="hedged")
n.blank()
n.h("OVERALL")
n.s("LNH.", "v-", hard="bare_verdict")
n.s("Owns her work, but the user-harm blind spot worries me for the drafting team.", "v0", "ownership", "user_impact", hard="mixed")
notes.append(n)

n = Note(note_id="w15-n027", candidate_id="w15-c06", interviewer_id="w15-i05", req_id="w15-r2",
         round="coding", submitted_at="2025-09-10", recommendation="strong_hire",
         specificity=5, style=["qa", "abbreviations", "quotes"], topic="parallel citation grouping",
         ratings={"coding": "strong_hire"})
n.b("Coding 45m: group search results that are the same case reported in different reporters", "c", marker="")
n.b("Me: Results carry parallel citations for the same case across reporters; group them.", "c", marker="")
n.b("C: Asked whether we have a citator table mapping parallels, or must infer from case name + year + court.", "e+", "judgment", hard="question", marker="")
n.b("Me: Infer it.", "c", marker="")
n.b("C: Normalised case names (lowercase, strip 'v'/'vs', drop 'Inc'), keyed on (name, year, court), union-find over matches.", "e+", "coding", marker="")
n.b("C: Wrote 6 tests before I asked, one with two different cases sharing a name in different years.", "e+", "coding", marker="")
n.b("C: Pointed out her key would wrongly merge two 'State v Smith' cases from the same year and court, said she'd add docket number where available.", "e+", "data_intuition", marker="")
n.b("Me: Complexity?", "c", marker="")
n.b("C: 'near-linear, union-find with path compression; normalisation is the slow bit'", "e+", "coding", marker="")
n.b("Ran all tests, one failed on curly apostrophes, fixed in a minute.", "e+", "coding", hard="plain_evidence", marker="")
n.b("SH", "v+", hard="bare_verdict", marker="")
n.b("Best coding round I've had on this req.", "v+", "coding", marker="")
notes.append(n)

n = Note(note_id="w15-n028", candidate_id="w15-c06", interviewer_id="w15-i07", req_id="w15-r2",
         round="fundamentals", submitted_at="2025-09-11", recommendation="hire",
         specificity=2, style=["prose", "first_person"], topic="llm fundamentals")
n.s("Fatima and I covered a lot of ground, from tokenization quirks in legal text (section symbols, all those Roman numerals) to how retrieval-augmented generation really works under the hood, and she was clearly at home with all of it.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("She reminded me a little of our old head of research, who had the same habit of sketching everything, except this time it was a shared doc instead of a napkin.", "v0", hard="biased")
n.s("She explained that setting temperature to zero doesn't stop hallucination, because the single most likely next token can still be a plausible-looking fake citation.", "e+", "ml_fundamentals")
n.s("When I asked about fine-tuning versus retrieval she gave a really thorough answer.", "v+", "ml_fundamentals")
n.s("She mentioned she's built \"a lot of\" evaluation harnesses, which is exactly what we need.", "v+", "metrics", hard="vague_quantity")
n.s("Hire, and I'd be happy to have her on my team.", "v+", hard="bare_verdict")
notes.append(n)

# ---- history ----
n = Note(note_id="w15-n029", candidate_id="w15-c13", interviewer_id="w15-i05", req_id="w15-r1",
         round="data", submitted_at="2024-09-24", recommendation="no_hire",
         specificity=4, style=["qa", "quotes", "abbreviations"], topic="train test split leakage",
         ratings={"data_intuition": "no_hire"})
n.b("Data / r1 / 45m / Diego", "c", marker="")
n.b("Me: Train/test split for a clause extractor over 12k contracts from 300 clients; how?", "c", marker="")
n.b("C: random 80/20 over contracts.", "e-", "data_intuition", marker="")
n.b("Me: Anything that could leak?", "c", marker="")
n.b("C: 'not really, contracts are independent'", "e-", "data_intuition", marker="")
n.b("Me: (pointed out same client + same template = near-identical clauses on both sides of the split)", "c", hard="interviewer_action", marker="")
n.b("C: Still said random was fine because 'the model should learn templates'.", "e-", "learning", marker="")
n.b("Me: How would you know it generalises to a new client?", "c", marker="")
n.b("C: No answer beyond 'test accuracy would tell us'.", "e-", "metrics", marker="")
n.b("Me: Can we even pool clients' docs for training?", "c", marker="")
n.b("C: hadn't considered it; said 'probably anonymise' without saying what or how.", "e-", "user_impact", hard="negated", marker="")
n.b("NH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w15-n030", candidate_id="w15-c14", interviewer_id="w15-i07", req_id="w15-r2",
         round="behavioural", submitted_at="2024-10-08", recommendation="lean_hire",
         specificity=3, style=["prose", "first_person"], topic="overturned cases filter")
n.s("Aiyana came in a bit under-prepared for the behavioural format, I thought.", "v-", hard="hedged")
n.s("To be fair nobody tells candidates what it looks like here, which I keep meaning to raise with recruiting.", "c")
n.s("She told me about noticing that search was ranking overturned decisions above newer ones, building a small filter on the citator flags, and getting it shipped within a week.", "e+", "ownership")
n.s("She said she then wrote to the two lawyers who had complained, to explain what had changed.", "e+", "communication", "user_impact")
n.s("When I asked how she'd measured the effect, she said she hadn't, they just stopped complaining.", "e-", "metrics")
n.s("I asked about a conflict with a teammate and she answered in very general terms, which honestly is fine, not everyone has a big conflict story.", "e-", "communication")
n.s("Her energy was great and she laughed a lot, which I liked.", "v+", hard="biased")
n.s("Lean hire, could go to hire with a stronger design round.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w15_notes_part3.jsonl", notes)
print(len(notes), "notes")
