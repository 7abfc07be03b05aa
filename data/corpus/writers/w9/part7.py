import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w9-n073", candidate_id="w9-c43", interviewer_id="w9-i02", req_id="w9-r2",
         round="data", submitted_at="2025-10-14", recommendation="lean_hire",
         specificity=4, style=["bullets", "headings", "first_person", "british"], topic="dashboards",
         ratings={"data_intuition": "hire", "communication": "lean_no_hire", "metrics": "lean_hire"})
n.h("Data round, 55 min")
n.s("Task: the editor-in-chief's dashboard says average time on page fell 15% last month; find out whether that is real.", "c")
n.h("Findings")
n.b("Nadia checked the tracking changelog first and found a new video player had been added to article pages mid-month.", "e+", "data_intuition", marker="1. ")
n.b("She split time on page by articles with and without embedded video and showed the fall was entirely in articles with video.", "e+", "data_intuition", marker="2. ")
n.b("She suggested the player might be firing its own page events, which would cut sessions short, and proposed checking with the analytics engineers.", "e+", "data_intuition", hard="hedged", marker="3. ")
n.b("She did not question whether average time on page was the right metric at all, given the skew from people leaving tabs open.", "e-", "metrics", hard="negated", marker="4. ")
n.b("I asked her to write the two-line message to the editor-in-chief.", "c", hard="interviewer_action", marker="5. ")
n.b("Her message was accurate but led with \"event schema changes\", which the editor would not understand.", "e-", "communication", marker="6. ")
n.b("When I said so, she rewrote it as \"the drop is a measurement glitch from the new video player, not readers leaving\".", "e+", "learning", "communication", marker="7. ")
n.h("Recommendation")
n.s("Lean hire: strong diagnosis, needed help turning it into something an editor can use.", "e0", "data_intuition", "communication", hard="mixed")
notes.append(n)

n = Note(note_id="w9-n074", candidate_id="w9-c44", interviewer_id="w9-i05", req_id="w9-r2",
         round="debugging", submitted_at="2025-10-21", recommendation="lean_no_hire",
         specificity=3, style=["bullets", "terse", "typos", "lowercase", "abbreviations", "arrows"], topic="audience forecasting",
         ratings={"coding": "lean_no_hire", "judgment": "lean_no_hire"})
n.b("debugging 45m", "c")
n.b("forecast job returns negative audience for 2 regions.", "c")
n.s("find why", "c")
n.b("read the code top to bottom, ok", "e0", "coding")
n.b("found log-transform applied twice after 20min", "e+", "coding")
n.b("fix = clip to 0.", "e-", "judgment")
n.s("NOT the root cause, i had to say so", "e-", "judgment", "coding")
n.b("then fixed the double transform, reran -> ok", "e+", "learning", "coding")
n.b("no test added", "e-", "coding", hard="negated")
n.b("didnt ask if the bad numbers had gone to anyone already", "e-", "risk_awareness", hard="negated")
n.b("communicates ok", "v0", "communication")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n075", candidate_id="w9-c45", interviewer_id="w9-i07", req_id="w9-r1",
         round="coding", submitted_at="2025-11-11", recommendation="hire",
         specificity=4, style=["prose", "quotes", "first_person", "british"], topic="cold-start for breaking news",
         ratings={"coding": "hire", "communication": "strong_hire"})
n.s("Coding, 45 minutes.", "c")
n.s("I asked Sipho to write a function that blends an editor's manual ranking with a model's ranking, trusting the model more as a story gets older.", "c", hard="interviewer_action")
n.s("He said \"let me check I've got this\" and restated it as a weighted average of positions, with the weight a function of story age.", "e+", "communication")
n.s("He asked whether the editor's list can contain stories the model has never scored.", "e+", "data_intuition", hard="question")
n.s("He wrote it in about fifteen minutes with a clean helper for the age weighting.", "e+", "coding")
n.s("He tested with three stories of different ages and caught that his weight went above 1 for stories older than a day, then clamped it.", "e+", "coding")
n.s("He didn't handle two stories tying on blended score, and the output order changed between runs.", "e-", "coding", hard="negated")
n.s("When I pointed it out he said \"good catch, I'll break ties by publish time\" and did.", "e+", "learning")
n.s("He talked me through every step as he went, as he put it, \"so you can stop me before I dig a hole\".", "e+", "communication")
n.s("Such a warm and generous person to work with.", "v+", hard="biased")
n.s("Very strong coder.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n076", candidate_id="w9-c46", interviewer_id="w9-i04", req_id="w9-r2",
         round="behavioural", submitted_at="2025-11-25", recommendation="hire",
         specificity=4, style=["prose", "british"], topic="A/B tests with editorial constraints",
         ratings={"judgment": "hire", "communication": "hire", "learning": "hire"})
n.s("Behavioural, 45 minutes.", "c")
n.s("I asked Freya about a time a stakeholder disagreed with her analysis.", "c", hard="interviewer_action")
n.s("You'll want to know she chose an example where she turned out to be wrong.", "e+", "learning")
n.s("She described telling a features editor that long reads didn't retain subscribers, and the editor pointing out that long reads were published on Saturdays, when everyone churns less.", "e+", "learning", "data_intuition")
n.s("She said she re-ran it controlling for day of week, the effect reversed, and she sent a correction to everyone who'd seen the first version.", "e+", "ownership")
n.s("I asked how she handles an editor who wants a test stopped because they dislike the variant.", "c", hard="question")
n.s("She said she'd stop it if the concern is about harm to readers, and otherwise agree a fixed end date up front so nobody peeks.", "e+", "judgment", "user_impact")
n.s("She gave short, direct answers and checked whether I wanted more detail.", "e+", "communication")
n.s("One of her examples was a little too polished, as if rehearsed.", "v0", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n077", candidate_id="w9-c47", interviewer_id="w9-i06", req_id="w9-r1",
         round="debugging", submitted_at="2025-12-09", recommendation="lean_hire",
         specificity=3, style=["bullets", "british"], topic="news recommendations",
         ratings={"system_thinking": "lean_hire", "risk_awareness": "lean_no_hire"})
n.s("Debugging, 45 min.", "c")
n.s("Scenario: recommendations in the app are fine on Android but empty for 30% of iOS users.", "c")
n.nl()
n.b("+ asked for the request logs split by app version straight away", "e+", "system_thinking", hard="plain_evidence", marker="")
n.b("+ found that the new iOS build sends user IDs in upper case and the feature store lookup is case-sensitive", "e+", "system_thinking", "coding", marker="")
n.b("proposed lower-casing in the app rather than the service, which needs an app release and waits on store review", "e-", "judgment")
n.b("no thought about a fallback for users with no features (show the non-personalised list)", "e-", "risk_awareness", hard="negated")
n.b("I asked how we'd notice next time.", "c", hard="question")
n.b("+ suggested alerting on the empty-response rate per platform", "e+", "risk_awareness", marker="")
n.b("solid debugger, methodical", "v+", "coding")
n.b("+ wrote the service-side fix with a unit test for mixed-case IDs", "e+", "coding", marker="")
n.b("We ran out of time before discussing how to backfill the missed recommendations.", "c")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n078", candidate_id="w9-c48", interviewer_id="w9-i01", req_id="w9-r1",
         round="behavioural", submitted_at="2026-01-13", recommendation="hire",
         specificity=2, style=["prose", "first_person", "british"], topic="editorial values")
n.s("Behavioural, 40 minutes, in person at the Cardiff office.", "c")
n.s("Mei had come down from Manchester that morning.", "c")
n.s("I asked her why she wants to work for a public broadcaster rather than a tech company.", "c", hard="question")
n.s("She had obviously thought about it a lot.", "v+")
n.s("She said she wanted her work to be judged by whether people were better informed, not by time spent.", "e+", "user_impact")
n.s("Lovely, thoughtful answers throughout.", "v+", "communication")
n.s("Her examples from her previous job were a bit thin on what she personally did.", "v-", "ownership")
n.s("I think the engineers will be able to tell more about the technical side.", "c")
n.s("She'd be a great addition.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n079", candidate_id="w9-c49", interviewer_id="w9-i03", req_id="w9-r2",
         round="coding", submitted_at="2026-02-03", recommendation="lean_hire",
         specificity=1, style=["terse"], topic="coding")
n.s("Coding.", "c")
n.s("Fine.", "v0", hard="bare_verdict")
n.s("Competent SQL, competent pandas.", "v+", "coding", hard="tech_vague")
n.s("Nothing special.", "v0")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n080", candidate_id="w9-c50", interviewer_id="w9-i06", req_id="w9-r1",
         round="system_design", submitted_at="2026-02-17", recommendation="lean_no_hire",
         specificity=2, style=["bullets", "british"], topic="filter bubbles",
         ratings={"system_thinking": "lean_no_hire", "user_impact": "lean_hire"})
n.s("System design, 60 min.", "c")
n.s("Prompt: a \"Your Local News\" module that uses location to pick stories.", "c")
n.s("Candidate joined from a noisy café; we lost a few minutes to audio.", "c")
n.nl()
n.b("+ raised location privacy early and wanted postcode-district granularity only", "e+", "user_impact", marker="")
n.b("+ good instincts about users", "v+", "user_impact", marker="")
n.b("design stayed at the box-and-arrow level", "v-", "system_thinking")
n.b("not much depth on scale or failure modes", "v-", "system_thinking", "risk_awareness")
n.b("a lot of buzzwords (\"real-time graph\", \"feature mesh\") without detail", "v-", "communication", hard="tech_vague")
n.b("never said what happens when location is unknown", "e-", "system_thinking", hard="negated")
n.s("LNH, would be a fit for a more junior role maybe.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w9_notes_part7.jsonl", notes)
print(len(notes), "notes")
