import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w10-n049", candidate_id="w10-c19", interviewer_id="w10-i03", req_id="w10-r1",
         round="fundamentals", submitted_at="2025-07-01", recommendation="strong_hire", specificity=1,
         style=["prose", "american"], topic="deep learning")
n.s("Fundamentals round, 45 min.", "c")
n.s("Bongani absolutely crushed it!", "v+")
n.s("Rock-solid on deep learning theory, losses, optimizers, the works!", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Knew a hundred things about vision transformers!", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Great communicator too!", "v+", "communication")
n.s("Strong hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n050", candidate_id="w10-c20", interviewer_id="w10-i05", req_id="w10-r2",
         round="fundamentals", submitted_at="2025-07-08", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="time series validation")
n.s("Interview of fundamentals for the position of data scientist, 45 minutes.", "c")
n.s("I asked about regularisation, about validation of time series and about the forecast of yield with few years of history.", "c", hard="question")
n.s("In general she answered well the theoretical part.", "v+", "ml_fundamentals")
n.s("She has a good domain of the statistics, more than of the machine learning maybe.", "v0", "ml_fundamentals", hard="mixed")
n.s("About time series she explained that it is not possible to shuffle the years, which is correct.", "e+", "ml_fundamentals", hard="verdict_plus_evidence")
n.s("In the part of few years of history she stayed a bit lost.", "v-", "ml_fundamentals")
n.s("The communication was a little confused, she went and came back in the ideas.", "v-", "communication")
n.s("I believe that with time she can develop well.", "v+", "learning", hard="hedged")
n.s("She is very young still, so this is normal.", "v0", hard="biased")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n051", candidate_id="w10-c21", interviewer_id="w10-i06", req_id="w10-r1",
         round="system_design", submitted_at="2025-07-15", recommendation="hire", specificity=3,
         style=["prose", "first_person", "quotes"], topic="satellite ingest")
n.s("System design, 50 min, the satellite ingest one where new Sentinel scenes land in a bucket and we need masks out within a day.", "c")
n.s("Tariq started by asking how many scenes a day we get and I said about 2,000 and then he worked out storage per month on the board and got roughly 15 TB, which is about right.", "e+", "system_thinking")
n.s("And then he put a queue in front of the masking workers so a backlog after an outage drains on its own, which was nice.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.s("Then he asked whether we reprocess old scenes when the model changes and I said sometimes and he suggested versioning the masks by model so nobody mixes them up.", "e+", "system_thinking", hard="question")
n.s("He's clearly done a lot of this sort of thing before.", "v+", "system_thinking", hard="vague_quantity")
n.s("When I asked about monitoring he said 'dashboards' and not much more and then I moved on because we were short on time.", "e-", "risk_awareness")
n.s("He's really strong on infrastructure, maybe a bit less so on the ML side.", "v0", "system_thinking", "ml_fundamentals", hard="mixed")
n.s("Overall a good session.", "v+")
n.s("Hire, I think.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n052", candidate_id="w10-c22", interviewer_id="w10-i04", req_id="w10-r2",
         round="debugging", submitted_at="2025-08-12", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="broken merge")
n.s("A debugging exercise was set: a yield forecast notebook in which the 2023 predictions are identical for every county.", "c")
n.s("Forty-five minutes were given.", "c")
n.s("The cause (a merge on county name failing for names with accents, leaving every feature null so the model predicted the mean) was found after roughly twenty-five minutes.", "e0", "coding", hard="mixed")
n.s("Print statements were relied upon throughout; row counts before and after the join were not checked until this was suggested.", "e-", "coding")
n.s("A fix joining on county codes instead of names was proposed and implemented.", "e+", "coding")
n.s("A test asserting that no features are null after the merge was added without prompting.", "e+", "risk_awareness")
n.s("The approach is considered methodical but slow.", "v0", "coding", hard="mixed")
n.s("Communication during the exercise was found to be adequate.", "v0", "communication")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n053", candidate_id="w10-c23", interviewer_id="w10-i01", req_id="w10-r2",
         round="behavioural", submitted_at="2025-08-26", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="farmer communication",
         ratings={"communication": "strong_hire", "ownership": "strong_hire", "judgment": "hire"})
n.s("I asked Abebe to tell me about a time he had to tell a group of farmers something they did not want to hear.", "c", hard="question")
n.s("He said that in his last job his model told a coffee co-op in Sidama their harvest would be a third smaller than the year before.", "e0", "communication")
n.s("He went out to the co-op himself with the agronomist, instead of sending the report by email.", "e+", "ownership", hard="plain_evidence")
n.s("He said he brought the last three years of forecasts laid next to what actually happened, so they could see how often it had been wrong.", "e+", "communication", hard="plain_evidence")
n.s("He told them plainly that it had been off by more than ten percent in one of those three years.", "e+", "communication", hard="plain_evidence")
n.s("The co-op used the forecast to put off buying new drying tables, and he said that saved them money when the harvest did come in small.", "e+", "user_impact", hard="plain_evidence")
n.nl()
n.s("I then asked about a time he disagreed with someone senior.", "c", hard="question")
n.s("He told me his manager wanted to send price advice to every farmer at once, and he argued for starting with two villages because nobody knew how farmers would react.", "e+", "judgment", hard="plain_evidence")
n.s("He lost that argument, and when the advice set off a rush to sell in one district he was the one who wrote up what happened and what to change.", "e+", "ownership")
n.s("On mentoring, he said he trains the field enumerators each season on measuring a plot with a tape, and showed me the one-page guide he wrote for them.", "e+", "ownership", hard="plain_evidence")
n.nl()
n.s("He answered every question with a story and a result.", "v+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n054", candidate_id="w10-c24", interviewer_id="w10-i02", req_id="w10-r1",
         round="fundamentals", submitted_at="2025-09-16", recommendation="lean_no_hire", specificity=3,
         style=["terse", "fragments", "arrows", "quotes", "abbreviations"], topic="class imbalance")
n.b("Round: fundamentals, 45m", "c", marker="")
n.b("Topics: segmentation losses, class imbalance, eval under label noise", "c", marker="")
n.b("Dice vs CE: ok, a bit hand-wavy", "v0", "ml_fundamentals", hard="tech_vague", marker="")
n.b("Imbalance: suggested oversampling cloudy tiles, didn't consider that it shifts the predicted prior", "e-", "ml_fundamentals", hard="negated", marker="")
n.b("Label noise: 'just get more labels'", "e-", "data_intuition", marker="")
n.b("Follow-up: I said labels cost $40 each -> no other idea", "e-", "judgment", marker="")
n.b("Eval: knew IoU, F1, fine", "v0", "metrics", hard="tech_vague", marker="")
n.b("Depth: shallow overall", "v-", "ml_fundamentals", marker="")
n.b("Rec: LNH", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w10-n055", candidate_id="w10-c25", interviewer_id="w10-i07", req_id="w10-r2",
         round="data", submitted_at="2025-11-04", recommendation="lean_hire", specificity=3,
         style=["fragments", "third_person"], topic="survey data")
n.s("Data, 45 min.", "c")
n.nl()
n.s("Prompt: three seasons of farm survey data, build the training set for a yield model.", "c")
n.nl()
n.s("Observed: Chidera removed duplicate farms by ID before anything else.", "e+", "data_intuition")
n.s("Impact: good hygiene, but she took it no further.", "v0", "data_intuition", hard="mixed")
n.nl()
n.s("Observed: did not ask how the survey sampled farms.", "e-", "data_intuition", hard="negated")
n.s("Observed: when asked which season to hold out, chose the most recent and said older surveys used a different form.", "e+", "ml_fundamentals")
n.nl()
n.s("Overall: competent with the data, generic in her reasoning.", "v0", "judgment", hard="mixed")
n.s("Communication: clear and well paced.", "v+", "communication")
n.s("Judgement: hard to assess, she never had to make a call.", "v0", "judgment")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n056", candidate_id="w10-c26", interviewer_id="w10-i03", req_id="w10-r2",
         round="system_design", submitted_at="2025-11-18", recommendation="hire", specificity=2,
         style=["prose", "american"], topic="price messaging")
n.s("Design round with Kofi!", "c")
n.s("He was SUPER organized and so clear!", "v+", "communication")
n.s("Really thoughtful about the farmers, which I loved!", "v+", "user_impact")
n.s("He asked who would actually get the price text messages before drawing anything!", "e+", "user_impact", hard="question")
n.s("Knows data pipelines inside out!", "v+", "system_thinking", hard="tech_vague")
n.s("Maybe a little light on monitoring, but nothing major!", "v0", "risk_awareness", hard="hedged")
n.s("Total team player!", "v+", hard="biased")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n057", candidate_id="w10-c27", interviewer_id="w10-i05", req_id="w10-r1",
         round="debugging", submitted_at="2025-12-02", recommendation="hire", specificity=3,
         style=["prose", "third_person"], topic="reprojection")
n.s("Debugging exercise, 45 minutes: the segmentation model gives masks shifted some pixels to the right.", "c")
n.s("She suspected very fast of the reprojection and asked in which coordinate system are the labels.", "e+", "data_intuition", hard="question")
n.s("She found that the labels were in one system and the images in other, with a difference of half pixel in the origin.", "e+", "data_intuition")
n.s("For the fix she reprojected the labels, but forgot to use nearest neighbour and the classes became broken numbers.", "e-", "coding")
n.s("I asked her to look at the values of the mask and she understood alone the problem.", "e+", "learning")
n.s("She explained me the reprojection problem with a drawing very clear.", "e+", "communication")
n.s("She is very good in debugging, very calm.", "v+", "coding")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n058", candidate_id="w10-c28", interviewer_id="w10-i06", req_id="w10-r2",
         round="behavioural", submitted_at="2026-01-06", recommendation="lean_hire", specificity=2,
         style=["prose", "first_person"], topic="model cards")
n.s("Behavioural round, about 40 minutes.", "c")
n.s("We talked about mentoring and a conflict and model cards and she had a lot to say about all of it and then some.", "v0", "communication", hard="vague_quantity")
n.s("She seems like a very caring manager type.", "v+", hard="biased")
n.s("The conflict story was about her team and another team and I never quite followed who did what.", "v-", "communication")
n.s("She mentioned model cards but couldn't give me an example of one she'd written.", "e-", "user_impact", hard="negated")
n.s("Good energy overall.", "v+", hard="biased")
n.s("Lean hire, probably.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n059", candidate_id="w10-c29", interviewer_id="w10-i04", req_id="w10-r1",
         round="fundamentals", submitted_at="2026-01-20", recommendation="no_hire", specificity=2,
         style=["prose", "third_person", "british"], topic="transfer learning")
n.s("Fundamentals interview, forty-five minutes.", "c")
n.s("Questions were put on overfitting, transfer learning for multispectral inputs, and evaluation under spatial autocorrelation.", "c", hard="question")
n.s("The answers given were found to be superficial throughout.", "v-", "ml_fundamentals")
n.s("It was stated that pretrained RGB weights 'just work' on thirteen bands.", "e-", "ml_fundamentals")
n.s("When asked how a model should be evaluated on neighbouring fields, a random split was proposed.", "e-", "ml_fundamentals")
n.s("Spatial autocorrelation did not appear to be a familiar concept.", "v-", "ml_fundamentals", hard="hedged")
n.s("The candidate is not considered to meet the bar for this role.", "v-")
n.s("No hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w10-n060", candidate_id="w10-c30", interviewer_id="w10-i01", req_id="w10-r2",
         round="data", submitted_at="2026-02-03", recommendation="hire", specificity=5,
         style=["prose", "first_person", "british"], topic="drought risk",
         ratings={"data_intuition": "hire", "judgment": "strong_hire"})
n.s("I gave Aisha the rain records and the yield records for 80 villages and asked her which villages we should worry about for next season.", "c", hard="interviewer_action")
n.s("She first asked how the yields were measured, and when I said farmers tell the extension officer, she said people often round to the nearest full bag.", "e+", "data_intuition", hard="plain_evidence")
n.s("She found that villages where the officer changed halfway through had a sudden jump in reported yield, and she put them to one side instead of trusting the jump.", "e+", "data_intuition", hard="plain_evidence")
n.s("She picked out 11 villages where rain had been below normal two seasons running and yields had fallen both times.", "e+", "data_intuition", hard="plain_evidence")
n.s("When I asked what we should tell those villages, she said nothing until a person had visited, because our records were too rough to act on alone.", "e+", "judgment", "user_impact", hard="plain_evidence")
n.s("I asked how sure she was about the 11, and she said she would bet on seven and explained why the other four were shaky.", "e+", "judgment", hard="plain_evidence")
n.s("She did not check whether any of the 11 had new water pumps, which I had mentioned at the start.", "e-", "data_intuition", hard="negated")
n.s("I asked what she would do next week with more time, and she listed the three things she would ask the field team for first.", "e+", "ownership", hard="plain_evidence")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w10_notes_part5.jsonl", notes)
print(len(notes), "notes")
