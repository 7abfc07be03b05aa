import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------------- c04 Sam Whitfield (they), w9-r2, passive ownership seen by i04 and i01 ----------------
n = Note(note_id="w9-n013", candidate_id="w9-c04", interviewer_id="w9-i04", req_id="w9-r2",
         round="data", submitted_at="2025-06-09", recommendation="lean_no_hire",
         specificity=4, style=["prose", "british", "first_person"], topic="A/B tests with editorial constraints",
         ratings={"metrics": "lean_hire", "ownership": "no_hire", "data_intuition": "lean_hire"})
n.s("Data round, 55 min.", "c")
n.s("I gave Sam the results of a headline A/B test where the variant lifted clicks by 3% but the editors had vetoed it halfway through for being misleading.", "c", hard="interviewer_action")
n.s("You'll want to know the statistics were fine.", "v+", "metrics")
n.s("They computed the lift with a confidence interval, noticed the test had been stopped early and said the p-value could not be taken at face value because of peeking.", "e+", "metrics")
n.s("They also spotted that mobile and desktop were split unevenly after day two and asked whether the assignment had changed.", "e+", "data_intuition", hard="question")
n.s("Where it went wrong was the editorial veto.", "c")
n.s("I asked whose call it should have been to stop the test, and Sam said \"that's not really a data science decision\" and left it there.", "e-", "ownership")
n.s("I asked what they would have done if they had been the analyst on it; they said they would \"wait to be told by the product owner\".", "e-", "ownership", hard="plain_evidence")
n.s("They never raised that a misleading headline might cost the audience's trust, even with the veto sitting in the brief.", "e-", "user_impact", hard="negated")
n.s("You should also know they mentioned twice that their last team's roadmap \"was set by someone else\".", "e-", "ownership")
n.s("Technically competent, but I'd want to see much more ownership for this role.", "v-", "ownership")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n014", candidate_id="w9-c04", interviewer_id="w9-i01", req_id="w9-r2",
         round="behavioural", submitted_at="2025-06-10", recommendation="lean_no_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="collaboration with editors")
n.s("Sam was perfectly pleasant, and I enjoyed meeting them.", "v+")
n.s("I asked them to tell me about a project they were proud of.", "c", hard="interviewer_action")
n.s("They picked a dashboard for a local paper's subscriptions, but when I asked what happened after it went live they said they'd moved on to another team and didn't know.", "e-", "ownership")
n.s("I asked again about a time they had disagreed with someone senior, and they said they usually \"go with whatever's decided\".", "e-", "ownership", "communication")
n.s("The story never really had a middle or an end, if that makes sense.", "v-", "communication")
n.s("To be fair, they explained what a confidence interval is to me in plain English, using rain forecasts, and it was the clearest version I've heard.", "e+", "communication")
n.s("I just didn't get a sense of someone who would push for something they believed in.", "v-", "ownership")
n.s("Maybe a bit quiet for our newsroom?", "v-", hard="biased")
n.s("Leaning no, but I'd defer to the data folk on the technical side.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n015", candidate_id="w9-c04", interviewer_id="w9-i06", req_id="w9-r2",
         round="fundamentals", submitted_at="2025-06-10", recommendation="lean_hire",
         specificity=3, style=["bullets", "british", "abbreviations"], topic="experimentation",
         ratings={"metrics": "hire", "ml_fundamentals": "lean_hire"})
n.s("Fundamentals, 45 min: experiment design and stats.", "c")
n.nl()
n.b("+ derived the sample size for detecting a 1% change in completion rate and got roughly the right order of magnitude", "e+", "metrics", marker="")
n.b("+ knew why you'd use CUPED and what it needs (a pre-period covariate)", "e+", "metrics", marker="")
n.b("+ good grasp of the stats overall", "v+", "ml_fundamentals", hard="tech_vague", marker="")
n.b("mixed up the Type I and Type II error in the first answer, corrected it when I repeated the question", "e0", "ml_fundamentals", "learning", hard="mixed")
n.b("couldn't suggest a guardrail metric for the news app beyond \"bounce rate\"", "e-", "metrics")
n.b("slow to commit to a design when I left the constraints open", "v-", "judgment")
n.s("LH, experimentation basics are there.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n016", candidate_id="w9-c04", interviewer_id="w9-i03", req_id="w9-r2",
         round="data", submitted_at="2025-06-11", recommendation="lean_no_hire",
         specificity=2, style=["terse", "fragments"], topic="dashboards")
n.s("OK.", "v0", hard="bare_verdict")
n.s("Built the dashboard query fine.", "e+", "coding")
n.s("Not much drive.", "v-", "ownership")
n.s("Bit flat.", "v-")
n.s("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---------------- c05 Kenji Morikawa (he), w9-r1, system thinking contradiction (i02 weak, i07 strong), no rollback (i02 only) ----------------
n = Note(note_id="w9-n017", candidate_id="w9-c05", interviewer_id="w9-i02", req_id="w9-r1",
         round="system_design", submitted_at="2025-07-01", recommendation="lean_no_hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"],
         topic="speech-to-text for archives",
         ratings={"system_thinking": "lean_no_hire", "risk_awareness": "no_hire", "data_intuition": "hire"})
n.h("System design, 60 min")
n.s("Prompt: make 400k hours of archive radio searchable by transcribing it, and keep new broadcasts searchable within an hour.", "c")
n.h("Findings")
n.b("Kenji proposed a batch pipeline (audio chunks -> ASR -> index) but did not estimate GPU hours for the backlog until I asked.", "e-", "system_thinking", hard="negated", marker="1. ")
n.b("His first estimate was 40 GPU-days; when I checked the arithmetic with him it was off by 10x because he used minutes for hours.", "e-", "system_thinking", marker="2. ")
n.b("He put the speaker diarisation and the ASR in one service and could not say what happens if diarisation falls behind.", "e-", "system_thinking", "risk_awareness", marker="3. ")
n.b("He asked a good question about archive audio quality: whether pre-1980 tapes were mono and at what sample rate.", "e+", "data_intuition", hard="question", marker="4. ")
n.b("He proposed sampling 200 clips per decade and hand-checking WER, because the error rate would vary by era.", "e+", "data_intuition", "metrics", marker="5. ")
n.b("I asked how he would roll out a new ASR model over already-indexed archives.", "c", hard="interviewer_action", marker="6. ")
n.b("He said he would re-transcribe everything and swap the index, with no side-by-side comparison and no way back to the old transcripts.", "e-", "risk_awareness", marker="7. ")
n.b("He did not mention the risk of a worse model silently breaking existing search links used by the archive team.", "e-", "risk_awareness", "user_impact", hard="negated", marker="8. ")
n.h("Recommendation")
n.s("Lean no hire: good data instincts, but the system design was shallow and he had no rollback story.", "v-", "system_thinking", "risk_awareness")
notes.append(n)

n = Note(note_id="w9-n018", candidate_id="w9-c05", interviewer_id="w9-i07", req_id="w9-r1",
         round="debugging", submitted_at="2025-07-02", recommendation="strong_hire",
         specificity=4, style=["prose", "quotes", "first_person", "british"], topic="subtitles pipeline",
         ratings={"system_thinking": "strong_hire", "coding": "hire", "communication": "strong_hire"})
n.s("Debugging round, 50 minutes, and honestly one of the best I've done this year.", "v+")
n.s("The set-up: subtitles on live news have drifted up to eight seconds out of sync, but only on the regional feeds.", "c")
n.s("Kenji immediately said \"if it's only regional, I want to know what's different about the regional path\", and asked for the architecture diagram.", "e+", "system_thinking")
n.s("He traced it across three services: the ASR worker, the timestamp aligner and the regional re-encoder.", "e+", "system_thinking")
n.s("He spotted that the re-encoder adds a buffer but the aligner uses the pre-buffer clock, and said \"so every component is right on its own and wrong together\".", "e+", "system_thinking")
n.s("I loved that line.", "v+", "communication")
n.s("He wrote a small script to compare timestamps at each hop, and it showed the drift growing by about 0.5s per minute of broadcast.", "e+", "coding")
n.s("He then asked \"is anyone watching this with hearing loss right now, and can we fall back to the national subtitles while we fix it?\"", "e+", "user_impact", "risk_awareness")
n.s("I didn't have to give a single hint.", "e+", "learning", hard="negated")
n.s("Brilliant systems thinker, lovely to work with, a genuine strong hire.", "v+", "system_thinking")
notes.append(n)

n = Note(note_id="w9-n019", candidate_id="w9-c05", interviewer_id="w9-i05", req_id="w9-r1",
         round="coding", submitted_at="2025-07-02", recommendation="hire",
         specificity=2, style=["bullets", "terse", "typos", "lowercase"], topic="audio chunking")
n.b("coding, chunk audio w/ overlap + merge transcripts", "c")
n.b("solid coder", "v+", "coding")
n.b("handled overlap dedup corectly", "e+", "coding")
n.b("clean, fast, GOOD naming", "v+", "coding")
n.b("hire", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n020", candidate_id="w9-c05", interviewer_id="w9-i04", req_id="w9-r1",
         round="fundamentals", submitted_at="2025-07-03", recommendation="hire",
         specificity=4, style=["prose", "british"], topic="speech-to-text evaluation",
         ratings={"ml_fundamentals": "hire", "metrics": "hire"})
n.s("Fundamentals, 45 minutes, mostly on evaluating speech recognition.", "c")
n.s("You'll want to know he defined WER correctly, including insertions, and explained why it can go above 100%.", "e+", "ml_fundamentals", "metrics")
n.s("He argued that WER treats \"the\" and a politician's name as equally costly, and proposed a named-entity error rate for archive search.", "e+", "metrics")
n.s("I asked about fine-tuning a pretrained model on our own archive.", "c", hard="question")
n.s("He said he'd freeze the encoder first because we had only about 300 labelled hours, which I thought was a sensible call.", "e+", "ml_fundamentals", "judgment")
n.s("He got tangled explaining CTC loss and eventually said he'd \"have to look up the alignment part\".", "e-", "ml_fundamentals")
n.s("You should know he also suggested checking WER separately for regional accents, since Welsh and Scottish speakers are a big part of the archive.", "e+", "user_impact")
n.s("Solid fundamentals overall, with one soft spot on CTC.", "v+", "ml_fundamentals")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

# ---------------- c06 Fatima Al-Sayed (she), w9-r1, adapts after hint, strong user impact ----------------
n = Note(note_id="w9-n021", candidate_id="w9-c06", interviewer_id="w9-i06", req_id="w9-r1",
         round="system_design", submitted_at="2025-08-12", recommendation="hire",
         specificity=4, style=["bullets", "british"], topic="filter bubbles",
         ratings={"system_thinking": "hire", "user_impact": "strong_hire", "learning": "hire"})
n.s("System design, 60 min: personalised \"For You\" feed for the news app, with an editorial commitment to show a range of viewpoints.", "c")
n.nl()
n.b("+ asked up front how \"range of viewpoints\" is measured today and who signs it off", "e+", "user_impact", hard="question", marker="")
n.b("+ proposed a re-ranking step with a per-feed diversity quota over topic and outlet, after the relevance ranker", "e+", "system_thinking", marker="")
n.b("first design had the quota hard-coded at 30% with no way for editors to change it", "e-", "judgment")
n.b("I hinted that the politics desk might want different settings during an election.", "c", hard="interviewer_action")
n.b("+ she moved the quota into a config owned by the desk, and added an audit log of who changed it", "e+", "learning", "system_thinking", marker="")
n.b("+ suggested measuring filter bubbles per user as the entropy of topics read over 30 days, and watching the bottom decile", "e+", "metrics", "user_impact", marker="")
n.b("no latency estimate for the re-ranker", "e-", "system_thinking", hard="negated")
n.b("a bit slow to start, spent the first ten minutes on questions", "e0", "communication", hard="mixed")
n.s("H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n022", candidate_id="w9-c06", interviewer_id="w9-i02", req_id="w9-r1",
         round="debugging", submitted_at="2025-08-13", recommendation="hire",
         specificity=5, style=["bullets", "headings", "first_person", "british"],
         topic="cold-start for breaking news",
         ratings={"coding": "hire", "data_intuition": "strong_hire", "risk_awareness": "hire"})
n.h("Debugging, 50 min")
n.s("Scenario: breaking stories get almost no recommendations for the first hour; I gave her the feature pipeline code and a day of logs.", "c")
n.h("Findings")
n.b("Fatima read the feature code first and found that article popularity is computed in a nightly batch, so a new story has a popularity of zero until the next day.", "e+", "data_intuition", "system_thinking", marker="1. ")
n.b("She confirmed it in the logs by filtering stories younger than an hour: 97% had the zero default.", "e+", "data_intuition", hard="plain_evidence", marker="2. ")
n.b("Her first fix was to drop the popularity feature for new stories, which would have changed the feature distribution the model was trained on.", "e-", "ml_fundamentals", marker="3. ")
n.b("When I asked what the model would make of a missing value it had never seen in training, she withdrew that and proposed a streaming count with a prior from the section's average.", "e+", "learning", "ml_fundamentals", marker="4. ")
n.b("She wrote the streaming counter in about 15 lines and tested it on a replay of 20 minutes of events.", "e+", "coding", marker="5. ")
n.b("She proposed launching it behind a flag on 5% of traffic and named the rollback trigger: a drop in click-through on the top slot.", "e+", "risk_awareness", marker="6. ")
n.b("She didn't consider what happens if the streaming job dies mid-story.", "e-", "risk_awareness", hard="negated", marker="7. ")
n.h("Recommendation")
n.s("Hire: found the root cause from the code and the data, recovered quickly from one wrong fix, and planned a safe launch.", "e+", "data_intuition", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w9-n023", candidate_id="w9-c06", interviewer_id="w9-i01", req_id="w9-r1",
         round="behavioural", submitted_at="2025-08-13", recommendation="strong_hire",
         specificity=3, style=["prose", "first_person", "british"], topic="editorial values")
n.s("I came out of this one grinning.", "v+")
n.s("I asked Fatima what she thought a public broadcaster owes its audience that a commercial app doesn't.", "c", hard="question")
n.s("She said \"the news you need, not just the news you click\", and then gave me an example from her last job where a recommender buried flood warnings because they got few clicks.", "e+", "user_impact", "communication")
n.s("She said she had argued for a rule that safety notices bypass the ranker, and had got it through a sceptical product team.", "e+", "ownership", "user_impact")
n.s("She had a beginning, a middle and an end to every answer.", "v+", "communication")
n.s("She also asked me how we handle corrections, and whether a corrected story should be re-recommended to people who read the wrong version.", "e+", "user_impact", hard="question")
n.s("I'd never thought about that!", "c")
n.s("She has exactly the values we need.", "v+", "user_impact")
n.s("Strong hire, without hesitation.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w9-n024", candidate_id="w9-c06", interviewer_id="w9-i03", req_id="w9-r1",
         round="coding", submitted_at="2025-08-14", recommendation="lean_hire",
         specificity=1, style=["terse"], topic="coding")
n.s("Fine.", "v0", hard="bare_verdict")
n.s("Decent coder.", "v+", "coding")
n.s("A bit slow.", "v-", "coding")
n.s("LH.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w9_notes_part2.jsonl", notes)
print(len(notes), "notes")
