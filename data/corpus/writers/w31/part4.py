import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w31-n038", candidate_id="w31-c14", interviewer_id="w31-i03", req_id="w31-r1",
         round="system_design", submitted_at="2024-12-03", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="paywall service")
n.s("Olivia's design round.", "c")
n.s("Good overall design for the paywall, scalable, she thought about caching.", "v+", "system_thinking", hard="tech_vague")
n.s("She drew a diagram with the scoring service sitting behind the CDN.", "e+", "system_thinking")
n.s("Talked about monitoring a bit.", "v0", "risk_awareness", hard="tech_vague")
n.s("Explained things clearly.", "v+", "communication")
n.s("A few gaps on the data side maybe but nothing major.", "v-", "data_intuition", hard="hedged")
n.s("Strong system thinker.", "v+", "system_thinking")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n039", candidate_id="w31-c15", interviewer_id="w31-i04", req_id="w31-r2",
         round="fundamentals", submitted_at="2025-01-14", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="automated tagging")
n.s("Fundamentals with Rahul, on the automated tagging.", "c")
n.s("He knows the transformers very well, the attention, the fine-tuning, everything.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("He explained the difference between precision and recall with the example of the tags.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Un peu lent to answer sometimes.", "v-", hard="biased")
n.s("He asked who uses the tags in the newsroom.", "e+", "user_impact", hard="question")
n.s("For the system part, not much.", "v-", "system_thinking")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n040", candidate_id="w31-c16", interviewer_id="w31-i01", req_id="w31-r1",
         round="system_design", submitted_at="2025-03-18", recommendation="hire", specificity=5,
         style=["prose", "first_person", "quotes"], topic="subscriber churn",
         ratings={"system_thinking": "hire", "judgment": "strong_hire"})
n.s("Grace's system design round was on the 'save offer' service: when a subscriber clicks cancel, which offer, if any, do we show them.", "c")
n.s("I played the product manager.", "c")
n.s("She opened by asking how many cancellations we see a day and how quickly the offer has to appear; I told her about 900 a day and under 300 milliseconds.", "e+", "judgment", "system_thinking")
n.s("From that she argued the whole thing could be a precomputed table keyed by subscriber, refreshed hourly, with no model in the request path at all.", "e+", "system_thinking", "judgment")
n.s("I liked that she talked herself out of a real-time model rather than into one.", "e+", "judgment", hard="verdict_plus_evidence")
n.s("She drew the pieces: nightly churn scores from the warehouse, an hourly job joining them with billing status, a key-value store, and the cancel page reading one row.", "e+", "system_thinking")
n.blank()
n.s("I then asked what happens if the hourly job fails for a day.", "c", hard="question")
n.s("She said the page should fall back to the default half-price offer rather than to nothing, and that she'd page someone if the table was more than three hours stale.", "e+", "risk_awareness")
n.s("On measuring it, she said the model should be judged on subscribers still paying after 90 days, not on clicks on the offer, because 'a discount that delays a cancel by a month isn't a save'.", "e+", "metrics")
n.s("She also raised, unprompted, that repeated save offers teach people to cancel for a discount, and proposed a cap of one offer per subscriber per year.", "e+", "judgment")
n.s("Then she asked whether subscribers who cancel after a death in the family should see an offer at all.", "e+", "user_impact", hard="question")
n.blank()
n.s("Her one stumble was sizing the store: she first said 40 GB for 300k short rows, then corrected herself to well under a gigabyte when I raised an eyebrow.", "e0", "system_thinking", "learning", hard="mixed")
n.s("Throughout she kept to a structure — requirements, data, serving, failure, measurement — and said where she was in it.", "v+", "communication")
n.s("Hire, and I'd be glad to work alongside her.", "v+")
notes.append(n)

n = Note(note_id="w31-n041", candidate_id="w31-c17", interviewer_id="w31-i02", req_id="w31-r2",
         round="fundamentals", submitted_at="2025-04-08", recommendation="lean_no_hire", specificity=3,
         style=["qa", "terse", "quotes"], topic="automated tagging")
n.s("Ben K., fundamentals.", "c")
n.nl()
n.s("Q: Tagging model overfits; what do you do?", "c")
n.nl()
n.s("A: Generic: 'add more data and regularise'.", "e-", "ml_fundamentals")
n.nl()
n.s("Q: Why does dropout help?", "c")
n.nl()
n.s("A: Said it 'removes the bad neurons'.", "e-", "ml_fundamentals")
n.nl()
n.s("Q: 40 tags, multi-label; loss?", "c")
n.nl()
n.s("A: Binary cross-entropy per tag; correct.", "e+", "ml_fundamentals")
n.nl()
n.s("Weak on theory.", "v-", "ml_fundamentals")
n.s("Communication ok.", "v0", "communication")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n042", candidate_id="w31-c18", interviewer_id="w31-i05", req_id="w31-r1",
         round="behavioural", submitted_at="2025-05-06", recommendation="hire", specificity=2,
         style=["bullets", "fragments", "lowercase", "abbreviations"], topic="pricing")
n.b("behavioural, 30m", "c")
n.b("good attitude", "v+", hard="biased")
n.b("owned a pricing model at prev co, she says", "v+", "ownership", hard="hedged")
n.b("told story of fixing a broken label pipeline herself over a weekend", "e+", "ownership")
n.b("comms fine", "v0", "communication")
n.b("team player", "v+", hard="biased")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n043", candidate_id="w31-c19", interviewer_id="w31-i06", req_id="w31-r2",
         round="data", submitted_at="2025-07-22", recommendation="hire", specificity=5,
         style=["prose", "third_person"], topic="engagement vs trust",
         ratings={"data_intuition": "strong_hire", "user_impact": "lean_hire"})
n.s("Candidate: Jamal Carter.", "c")
n.s("Round: data; exercise: the community team's trust survey joined to reading logs.", "c")
n.nl()
n.s("The interviewer asked the candidate to determine whether heavy commenters trust the paper more or less than other readers.", "c")
n.s("The candidate began by asking how respondents were selected, and learned that the survey was shown only to readers who visited the homepage in a given week.", "e+", "data_intuition", hard="question")
n.s("He noted that this over-represents habitual readers and proposed reweighting by visit frequency before any comparison.", "e+", "data_intuition")
n.s("He built the reweighting in pandas and checked that the weighted sample reproduced the known share of mobile readers, 62%.", "e+", "coding", "data_intuition")
n.s("Before comparing trust scores, he plotted their distribution and pointed out a spike at exactly 5 caused by a default value in the survey form.", "e+", "data_intuition")
n.blank()
n.s("The interviewer suggested excluding those responses; the candidate agreed but asked for a check that the excluded group did not differ in reading behaviour.", "e+", "judgment")
n.s("He found that heavy commenters reported lower trust, cautioned explicitly that commenting may not be the cause, and suggested a before-and-after comparison around the closure of comments on some stories.", "e+", "judgment", "metrics")
n.s("Asked how he would present this to the community editor, he drafted three sentences with the caveat in the first line.", "e+", "communication")
n.s("He did not consider whether survey respondents' anonymity survived the join to reading logs, which the interviewer had expected him to raise.", "e-", "user_impact", hard="negated")
n.s("When the interviewer raised it, he proposed aggregating to cohorts of at least 50 readers before any result left the warehouse.", "e+", "learning", "user_impact")
n.s("Recommendation: hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n044", candidate_id="w31-c20", interviewer_id="w31-i04", req_id="w31-r2",
         round="behavioural", submitted_at="2025-08-12", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="automated tagging")
n.s("Behavioural with Chloé.", "c")
n.s("I asked her for a time she had to explain a model to people who didn't want it.", "c", hard="interviewer_action")
n.s("She told me the editors at her last paper refused an automated tagging tool, so she went to the morning meeting with ten articles tagged by the tool and by a junior editor, without saying which was which.", "e+", "communication", "ownership")
n.s("The editors preferred the tool's tags for seven of the ten, and after that they accepted to try it.", "e+", "communication")
n.s("She is very passionate.", "v+", hard="biased")
n.s("I asked her about a mistake.", "c")
n.s("She said the tool once tagged a story about a suicide as 'Lifestyle' and it went out in the wrong newsletter.", "e0", "user_impact")
n.s("Her answer on what she changed after was a bit flou; she spoke of 'more review' without any details.", "e-", "risk_awareness")
n.s("Good communicator, I think.", "v+", "communication", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n045", candidate_id="w31-c21", interviewer_id="w31-i03", req_id="w31-r1",
         round="coding", submitted_at="2025-09-02", recommendation="lean_no_hire", specificity=1,
         style=["prose", "terse"], topic="coding")
n.s("Coding round with Lars.", "c")
n.s("Struggled.", "v-", "coding")
n.s("Not really there on the coding front, too slow.", "v-", "coding")
n.s("Not a fit for us.", "v-", hard="biased")
n.s("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n046", candidate_id="w31-c22", interviewer_id="w31-i05", req_id="w31-r2",
         round="debugging", submitted_at="2025-09-30", recommendation="strong_hire", specificity=3,
         style=["bullets", "fragments", "arrows", "abbreviations"], topic="automated tagging")
n.b("debugging: auto-tagger suddenly tagging sports stories as 'Politics'", "c")
n.b("checked label map first -> found Politics/Sports ids swapped in the new vocab file", "e+", "coding", "data_intuition")
n.b("wrote a test asserting label ids stay stable across vocab versions", "e+", "coding", "risk_awareness")
n.b("strong debugger", "v+", "coding")
n.b("quick", "v+")
n.b("asked how many stories went out mis-tagged + whether newsletters use the tags", "e+", "user_impact", hard="question")
n.b("great instincts", "v+")
n.b("SH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n047", candidate_id="w31-c23", interviewer_id="w31-i01", req_id="w31-r2",
         round="behavioural", submitted_at="2025-10-28", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="audience dashboards")
n.s("Ethan was pleasant company for the hour and I think he'd get on with the desk.", "v+", hard="biased")
n.s("We talked about his time on a data team at a broadcaster, mostly on audience dashboards.", "c")
n.s("He clearly cares about journalism, and said so more than once.", "v+")
n.s("I didn't come away with a sharp sense of what he personally built versus what the team built.", "v-", "ownership")
n.s("When I asked about a disagreement, he mentioned one with a producer, handled well I think.", "v+", hard="hedged")
n.s("His explanations were pleasant to listen to, if a little long.", "v0", "communication", hard="mixed")
n.s("He asked me what the newsroom thinks of the paywall.", "e+", "user_impact", hard="question")
n.s("Lean hire, but I'd want the next interviewer to dig into ownership.", "v0", "ownership", hard="mixed")
notes.append(n)

n = Note(note_id="w31-n048", candidate_id="w31-c24", interviewer_id="w31-i02", req_id="w31-r1",
         round="system_design", submitted_at="2025-12-09", recommendation="hire", specificity=3,
         style=["qa", "terse", "quotes"], topic="subscriber churn")
n.s("Sofia Rossi, system design: churn scoring pipeline.", "c")
n.nl()
n.s("Q: Daily churn scores for 400k subscribers; design it.", "c")
n.nl()
n.s("A: Airflow DAG, features from the warehouse, batch score, write to the CRM.", "e+", "system_thinking")
n.nl()
n.s("Q: Where does it break?", "c", hard="question")
n.nl()
n.s("A: 'Upstream tables late'; proposed a sensor that waits, but no timeout and no alert if the table never arrives.", "e-", "risk_awareness", hard="mixed")
n.nl()
n.s("Q: How does the retention team use the scores in the CRM?", "c")
n.nl()
n.s("A: Didn't know; hadn't asked.", "e-", "user_impact", hard="negated")
n.nl()
n.s("Design competent, not deep.", "v0", "system_thinking")
n.s("Scale reasoning fine.", "v+", "system_thinking")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w31-n049", candidate_id="w31-c25", interviewer_id="w31-i06", req_id="w31-r2",
         round="fundamentals", submitted_at="2026-02-10", recommendation="lean_no_hire", specificity=2,
         style=["prose", "third_person"], topic="summarisation")
n.s("Candidate: Kenji Watanabe.", "c")
n.s("Round: fundamentals.", "c")
n.nl()
n.s("The candidate demonstrated familiarity with common NLP methods.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("His understanding of evaluation appeared limited.", "v-", "metrics", hard="hedged")
n.s("He stated that BLEU is the standard metric for evaluating news summaries.", "e-", "metrics")
n.s("The candidate's communication was adequate.", "v0", "communication")
n.s("He may benefit from further experience.", "v-", hard="hedged")
n.s("Recommendation: lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w31_notes_part4.jsonl", notes)
