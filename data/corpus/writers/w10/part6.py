import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w10-n061", candidate_id="w10-c31", interviewer_id="w10-i03", req_id="w10-r1",
         round="coding", submitted_at="2024-05-14", recommendation="hire", specificity=1,
         style=["prose", "american"], topic="python")
n.s("Coding round, 45 minutes, shared notebook.", "c")
n.s("Leilani was amazing!", "v+")
n.s("Super fluent in Python, super fast!", "v+", "coding")
n.s("Her code was so clean and professional!", "v+", "coding")
n.s("Clearly a 10/10 engineer!", "v+", "coding", hard="vague_quantity")
n.s("Loved how she thought out loud the whole time!", "v+", "communication")
n.s("A bit nervous at the start, totally understandable!", "v0")
n.s("She'd fit right in with the Lisbon crew!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n062", candidate_id="w10-c32", interviewer_id="w10-i06", req_id="w10-r2",
         round="system_design", submitted_at="2024-06-25", recommendation="lean_no_hire", specificity=2,
         style=["prose", "first_person"], topic="yield forecast service")
n.s("System design round on the yield forecast service, 50 min, and I'll be honest it was a hard one to write up.", "c")
n.s("Gabriel talked a lot and then talked some more and it was hard to pin down what he was actually proposing.", "v-", "communication")
n.s("He knows the vocabulary, feature stores and drift detection and all of it, but I never saw it come together into a design.", "v-", "system_thinking", hard="tech_vague")
n.s("When I asked what happens when the weather feed is late he said he'd retry.", "e-", "risk_awareness")
n.s("And then I gave him a nudge about serving stale forecasts and he sort of agreed and then went straight back to his original plan.", "e-", "learning")
n.s("He didn't really seem to think about the farmers at all.", "v-", "user_impact", hard="hedged")
n.s("I think he's probably stronger than this interview showed but I can only go by what I saw.", "v0", hard="hedged")
n.s("Very confident guy.", "v0", hard="biased")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n063", candidate_id="w10-c33", interviewer_id="w10-i02", req_id="w10-r1",
         round="debugging", submitted_at="2024-09-03", recommendation="lean_hire", specificity=3,
         style=["terse", "fragments", "arrows", "quotes", "abbreviations"], topic="preprocessing mismatch")
n.b("Round: debugging, 45m", "c", marker="")
n.b("Bug: cloud-mask model great in validation, terrible on new tiles", "c", marker="")
n.b("Step 1: diffed the two preprocessing paths, found val tiles normalised w/ train stats but prod tiles w/ per-tile stats", "e+", "coding", marker="")
n.b("Step 2: fixed the inference script, reran, IoU back to 0.84", "e+", "coding", marker="")
n.b("Follow-up: I asked how she'd stop this recurring -> 'be more careful'", "e-", "risk_awareness", marker="")
n.b("Pushed again: suggested a shared preprocessing module, still no test", "e0", "risk_awareness", "learning", hard="mixed", marker="")
n.b("Speed: ok", "v0", "coding", marker="")
n.b("Comms: quiet, I had to ask her 3x to talk me through it", "e-", "communication", marker="")
n.b("Overall: finds bugs, doesn't prevent them", "v0", "risk_awareness", hard="mixed", marker="")
n.b("Rec: LH", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w10-n064", candidate_id="w10-c34", interviewer_id="w10-i05", req_id="w10-r2",
         round="system_design", submitted_at="2024-10-22", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="soy price advice")
n.s("Interview of 50 minutes, in person.", "c")
n.s("Exercise of design: a system that suggests to the farmers the best week to sell the soy, based in our forecast of price.", "c")
n.s("He started with the question of how many farmers receive the message and if they can respond, which for me shows maturity.", "e+", "user_impact", hard="verdict_plus_evidence")
n.s("He designed a simple pipeline: daily ingestion of the port prices, forecast, and a rule that transforms the forecast in advice.", "e+", "system_thinking")
n.s("He insisted that the advice must come with the range of the price, not only one number, because the farmer needs to know the risk.", "e+", "user_impact")
n.s("When I asked how to know if the advice is good, he said 'the model error', and only after I asked about the money of the farmer he changed to measure the price that the farmer really got.", "e0", "metrics", "learning", hard="mixed")
n.s("He didn't talk about what happens if the port price feed fails.", "e-", "risk_awareness", hard="negated")
n.s("He has a good sensibility for the user.", "v+", "user_impact")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n065", candidate_id="w10-c35", interviewer_id="w10-i07", req_id="w10-r1",
         round="behavioural", submitted_at="2025-01-28", recommendation="lean_hire", specificity=3,
         style=["fragments", "qa", "quotes"], topic="mentoring")
n.s("Behavioural, 40 min.", "c")
n.nl()
n.s("Q1: tell me about mentoring someone.", "c", hard="question")
n.nl()
n.s("Observed: described pairing with a junior on their first labelling tool and reviewing every PR for a month.", "e+", "ownership")
n.s("Impact: she said the junior now owns that tool.", "e+", "ownership")
n.nl()
n.s("Q2: a conflict with a colleague.", "c", hard="question")
n.nl()
n.s("Observed: the story was about a disagreement over cloud thresholds, and she couldn't say how it was resolved.", "e-", "communication")
n.s("Impact: unclear whether she influenced anything.", "v-", "ownership")
n.nl()
n.s("Q3: on-call.", "c", hard="question")
n.nl()
n.s("Observed: has been on call for a data feed; said she 'fixed things when they broke' but gave no example when asked.", "e-", "ownership", hard="negated")
n.nl()
n.s("Overall: pleasant, thin on specifics.", "v0", "communication", hard="mixed")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n066", candidate_id="w10-c36", interviewer_id="w10-i04", req_id="w10-r1",
         round="system_design", submitted_at="2025-03-25", recommendation="no_hire", specificity=3,
         style=["prose", "third_person", "american"], topic="crop health maps",
         ratings={"system_thinking": "no_hire"})
n.s("The candidate was asked to design a service producing weekly crop-health maps for 2 million fields.", "c")
n.s("Fifty minutes were used.", "c")
n.s("All processing was placed in a single nightly job with no partitioning by region.", "e-", "system_thinking")
n.s("When asked how long that job would take, no estimate was attempted.", "e-", "system_thinking", hard="negated")
n.s("Inference on CPU was proposed 'for cost', without the number of tiles being considered.", "e-", "system_thinking")
n.s("It was suggested by the candidate that failed tiles be skipped silently.", "e-", "risk_awareness")
n.s("A sensible reuse of cloud-free composites between weeks was proposed.", "e+", "system_thinking")
n.s("When silent skipping was questioned, the design was defended rather than revised.", "e-", "learning")
n.s("Systems thinking is considered weak.", "v-", "system_thinking")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n067", candidate_id="w10-c37", interviewer_id="w10-i01", req_id="w10-r2",
         round="behavioural", submitted_at="2025-06-03", recommendation="hire", specificity=3,
         style=["prose", "first_person", "british"], topic="explaining forecasts")
n.s("I asked Pilar about the hardest thing she has explained to someone who does not work with numbers.", "c", hard="question")
n.s("She told me about explaining a price forecast to a sugar cane growers' union, using last year's chart with the forecast drawn over it.", "e+", "communication", hard="plain_evidence")
n.s("I asked what went wrong, and she said the union took the forecast as a promise.", "e0", "communication")
n.s("She said she now puts the words 'best guess' in large letters on every chart.", "e+", "learning", hard="plain_evidence")
n.s("I did not get time to ask how she takes being told she is wrong.", "c")
n.s("She seems a kind person.", "v+", hard="biased")
n.s("She is good with people.", "v+", "communication")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n068", candidate_id="w10-c38", interviewer_id="w10-i03", req_id="w10-r2",
         round="data", submitted_at="2025-08-05", recommendation="strong_hire", specificity=1,
         style=["prose", "american"], topic="forecasting")
n.s("Data round!", "c")
n.s("Omar is a data wizard!", "v+", "data_intuition")
n.s("Instantly saw everything wrong with the dataset!", "v+", "data_intuition")
n.s("Super deep understanding of forecasting and causal inference!", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Great judgment all round!", "v+", "judgment")
n.s("So easy to talk to!", "v+", "communication")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n069", candidate_id="w10-c39", interviewer_id="w10-i06", req_id="w10-r1",
         round="fundamentals", submitted_at="2025-10-14", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="augmentation")
n.s("Fundamentals round, I went through losses, augmentation and evaluation like I always do.", "c")
n.s("Ama was fine on the losses and then a bit wobbly on augmentation and then fine again on evaluation, so a mixed bag really.", "v0", "ml_fundamentals", hard="mixed")
n.s("She said she'd use random crops and rotations for the cloud masks and I think that's fine.", "e+", "ml_fundamentals", hard="hedged")
n.s("She didn't mention spatial splits at all, though I didn't prompt because we were running out of time.", "e-", "ml_fundamentals", hard="negated")
n.s("I get the feeling she's more of a research person than an engineer.", "v0", hard="hedged")
n.s("Nice, thoughtful, bit quiet.", "v0", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n070", candidate_id="w10-c40", interviewer_id="w10-i02", req_id="w10-r2",
         round="data", submitted_at="2025-12-09", recommendation="lean_no_hire", specificity=2,
         style=["terse", "fragments", "abbreviations"], topic="yield panel")
n.b("Round: data, 45m", "c", marker="")
n.b("Data: yield + weather panel, 6 countries", "c", marker="")
n.b("Cleaning: ok-ish", "v0", "data_intuition", marker="")
n.b("EDA: lots of plots, not many conclusions", "v-", "data_intuition", hard="vague_quantity", marker="")
n.b("Leakage: missed the post-harvest column", "e-", "data_intuition", hard="negated", marker="")
n.b("Split: random rows", "e-", "ml_fundamentals", marker="")
n.b("Comms: rambly", "v-", "communication", marker="")
n.b("Judgement: unclear", "v0", "judgment", marker="")
n.b("Rec: LNH", "v-", hard="bare_verdict", marker="")
notes.append(n)

save_notes("data/corpus/raw/w10_notes_part6.jsonl", notes)
print(len(notes), "notes")
