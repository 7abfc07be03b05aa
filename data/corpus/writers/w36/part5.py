import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"
notes = []

n = Note(note_id="w36-n049", candidate_id="w36-c25", interviewer_id="w36-i04", req_id="w36-r2",
         round="system_design", submitted_at="2026-02-17", recommendation="strong_hire", specificity=5,
         style=["headings", "terse", "british", "first_person"], topic="fraudulent returns",
         ratings={"system_thinking": "strong_hire", "risk_awareness": "strong_hire", "user_impact": "hire", "ownership": "hire"})
n.h("System design - Dimitri - 50 min")
n.s("Prompt: score every return request for fraud risk and decide between instant refund, refund on receipt, and inspection.", "c")
n.nl()
n.b("Judgment: 4/4 - asked what an inspection costs (about 4 pounds) and the average fraudulent refund (about 60) before drawing anything, then set the inspection threshold from that ratio.", "e+", JU, ME, hard="verdict_plus_evidence", marker="")
n.b("System thinking: 4/4 - scoring at request time from a customer feature table refreshed hourly; heavy features such as address graph computed nightly.", "e+", ST, marker="")
n.b("Said the address graph would be the slowest piece and proposed a 24-hour staleness budget for it.", "e+", ST, marker="")
n.b("Data: 4/4 - pointed out that only inspected returns get a fraud label and proposed inspecting a 1% random sample to estimate the true rate.", "e+", DI, marker="")
n.b("Risk: 4/4 - launch in shadow for three weeks; rollback if instant-refund share drops more than five points; a daily check of flag rate by postcode.", "e+", RI, marker="")
n.b("User impact: 3/4 - raised unprompted that students in shared housing share addresses and would look like a fraud ring.", "e+", UI, DI, marker="")
n.b("Proposed that no customer is refused a refund by the model alone; the worst outcome is a delay.", "e+", UI, JU, marker="")
n.b("Ownership: 3/4 - when I asked who fixes a bad week, said the model owner writes the review, and described doing exactly that at his last job after a false-positive spike on gift orders.", "e+", OW, marker="")
n.b("Metrics: 3/4 - fraud caught per inspection, plus refund delay for honest customers as a guardrail.", "e+", ME, marker="")
n.b("Weakest area: he did not say how the warehouse team would see or challenge a flag.", "e-", UI, CM, hard="negated", marker="")
n.b("Overall: strong hire; every decision came with a number or a reason.", "v+", marker="")
notes.append(n)

n = Note(note_id="w36-n050", candidate_id="w36-c26", interviewer_id="w36-i02", req_id="w36-r2",
         round="behavioural", submitted_at="2026-03-03", recommendation="hire", specificity=4,
         style=["prose", "first_person", "british", "quotes"], topic="merchandiser overrides")
n.s("Behavioural round with Kwame, I sat in for buying and merchandising.", "c")
n.s("I asked him how he would handle our merchandisers ignoring the allocation model for half their lines.", "c", hard="question")
n.s("He said he would first sit with two merchandisers for a morning and watch when and why they change the numbers.", "e+", UI, OW, hard="plain_evidence")
n.s("He gave an example from his last job where buyers kept overriding a forecast for school uniform, and it turned out the model didn't know the local term dates.", "e+", DI, OW)
n.s("He said he added the term dates himself and then showed the buyers the before and after.", "e+", OW, CM)
n.s("I pushed and said some of our merchandisers just don't like models.", "c", hard="interviewer_action")
n.s("He said \"then I need to be wrong in front of them a few times and fix it quickly\", and suggested a weekly list of the model's worst calls.", "e+", OW, LE)
n.s("When I asked about a time he got it wrong, he talked about a forecast that missed a heatwave and how he told the stores himself rather than waiting for the weekly report.", "e+", OW, RI)
n.s("He didn't really answer my question about how he'd decide when a merchandiser's override should win.", "e-", JU, hard="negated")
n.s("Warm, good listener.", "v+", CM)
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n051", candidate_id="w36-c27", interviewer_id="w36-i06", req_id="w36-r1",
         round="system_design", submitted_at="2026-03-24", recommendation="lean_hire", specificity=4,
         style=["bullets", "terse", "lowercase", "abbreviations", "arrows"], topic="size recommendation")
n.h("sys design - valentina")
n.b("q: 'find my size' widget, all brands, new + returning shoppers", "c")
n.b("started w/ who the users are: returning w/ history, new w/ only height/weight, gifters", "e+", UI, JU)
n.b("new shoppers -> short quiz, returning -> history-based offset", "e+", ST)
n.b("put quiz answers in the same store as order history, ~5ms lookup", "e+", ST)
n.b("asked if we can legally store weight -> suggested keeping only the recommended size", "e+", UI, RI, hard="question")
n.b("metric: fit returns / orders w/ a rec; said exchanges should count too", "e+", ME)
n.b("no plan for brands that change sizing mid-season", "e-", RI, DI, hard="negated")
n.b("when i raised it -> suggested watching return reasons per brand weekly", "e+", LE, RI)
n.b("a bit slow to get going", "v-")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n052", candidate_id="w36-c28", interviewer_id="w36-i01", req_id="w36-r1",
         round="coding", submitted_at="2026-04-07", recommendation="lean_no_hire", specificity=3,
         style=["fragments", "lowercase", "first_person", "typos"], topic="visual search")
n.b("coding with Hamid the colour extraction task", "c", marker="")
n.b("the task was take a product image and return the dominant colour ignoring the background", "c", marker="")
n.b("he went for k means on the pixels which is a fair place to start", "e+", CO, ML, marker="")
n.b("but he didnt remove the white background first so every dress came back as white", "e-", CO, DI, marker="")
n.b("when I pointed at the output he said the test images were the problem not the code", "e-", LE, marker="")
n.b("I asked him to try it on a picture with a model wearing the dress and he didnt think about skin pixels being counted as the dress colour either", "e-", UI, DI, hard="negated", marker="")
n.b("code itself was tidy and he named things well", "e+", CO, marker="")
n.b("he wasnt great at taking feedback in general", "v-", LE, marker="")
n.b("lean no", "v-", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w36-n053", candidate_id="w36-c29", interviewer_id="w36-i03", req_id="w36-r2",
         round="behavioural", submitted_at="2026-04-21", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="pricing")
n.s("Behavioural, Lucía.", "c")
n.s("Very strong ownership, drives things end to end.", "v+", OW)
n.s("Great stakeholder management.", "v+", CM, hard="tech_vague")
n.s("Learns fast.", "v+", LE)
n.s("Thinks about the customer.", "v+", UI)
n.s("Good judgement.", "v+", JU, hard="bare_verdict")
n.s("Mature and experienced.", "v+", hard="biased")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n054", candidate_id="w36-c30", interviewer_id="w36-i05", req_id="w36-r1",
         round="coding", submitted_at="2026-05-05", recommendation="hire", specificity=2,
         style=["prose", "third_person", "british"], topic="seasonal cold start")
n.s("Ren worked on the cold-start coding task for new collection items.", "c")
n.s("The session was remote, 45 minutes, in the shared editor.", "c")
n.s("They wrote a very elegant solution.", "v+", CO)
n.s("Their knowledge of recommender systems is broad and deep.", "v+", ML, hard="tech_vague")
n.s("They handled the missing-attribute case without being prompted, defaulting to the category average.", "e+", CO, DI)
n.s("They were a delight to interview.", "v+")
n.s("The interviewer had no concerns whatsoever.", "v+")
n.s("Ren would be an excellent hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n055", candidate_id="w36-c31", interviewer_id="w36-i02", req_id="w36-r2",
         round="data", submitted_at="2026-05-19", recommendation="lean_no_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="returns")
n.s("Data round with Gabriel; I was there from the returns side.", "c")
n.s("We gave him returns by product and asked which products we should stop selling online.", "c")
n.s("He ranked products by return rate and put a scarf at the top that had sold three units, two returned.", "e-", DI, JU, hard="plain_evidence")
n.s("When I asked about the scarf, he agreed it was too few sales and set a minimum of 50 orders.", "e+", LE, DI)
n.s("He never asked why the products were returned, and our data had the reason right there.", "e-", DI, hard="negated")
n.s("He said we should just drop everything above 40% returns, without asking what those products earn even after returns.", "e-", JU)
n.s("He didn't think about the customers who buy those items and keep them.", "e-", UI, hard="negated")
n.s("He was pleasant and explained his ranking clearly.", "v+", CM)
n.s("Not for us yet.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n056", candidate_id="w36-c32", interviewer_id="w36-i04", req_id="w36-r2",
         round="debugging", submitted_at="2026-06-02", recommendation="hire", specificity=4,
         style=["headings", "terse", "british"], topic="markdown pricing",
         ratings={"coding": "hire", "ownership": "hire", "metrics": "lean_hire"})
n.h("Debugging - Anneliese")
n.s("Exercise: the markdown model recommends a deeper discount every week for a best-selling trainer.", "c")
n.nl()
n.b("Coding: 3/4 - plotted recommended price against stock and saw it tracked stock, not sales; found that the feature 'weeks of cover' was computed with stock in the denominator.", "e+", CO, DI, hard="verdict_plus_evidence", marker="")
n.b("Fixed the formula and reran; discount dropped to zero for the trainer.", "e+", CO, marker="")
n.b("Did not add a test to stop the inversion coming back.", "e-", CO, RI, hard="negated", marker="")
n.b("Ownership: 4/4 - asked how many stores had already applied the wrong price and offered to draft the note to them.", "e+", OW, UI, marker="")
n.b("Metrics: 2/4 - said margin would \"obviously\" go up after the fix, without checking sell-through on the trainer.", "e-", ME, marker="")
n.b("When I asked about sell-through she agreed and added it to her check list.", "e+", LE, ME, marker="")
n.b("Communication: 3/4 - explained the bug to me as if I were a buyer, which was the brief.", "e+", CM, marker="")
n.b("Overall: hire.", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w36-n057", candidate_id="w36-c33", interviewer_id="w36-i06", req_id="w36-r2",
         round="behavioural", submitted_at="2026-06-16", recommendation="lean_no_hire", specificity=2,
         style=["bullets", "terse", "lowercase", "abbreviations"], topic="influencer attribution")
n.h("behavioural - ollie")
n.b("30 min, video call", "c")
n.b("q: tell me about a project you drove end to end", "c", hard="question")
n.b("answer mostly 'we', hard to tell what he did", "v-", OW)
n.b("said his manager picked the attribution model, he 'just ran it'", "e-", OW)
n.b("vague on results", "v-", ME)
n.b("rambled", "v-", CM)
n.b("seems junior", "v-", hard="bare_verdict")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n058", candidate_id="w36-c34", interviewer_id="w36-i01", req_id="w36-r2",
         round="data", submitted_at="2026-07-07", recommendation="strong_hire", specificity=5,
         style=["fragments", "lowercase", "first_person", "typos"], topic="influencer attribution")
n.b("data round with Nadia on the influencer campaign data, dictating straight after", "c", marker="")
n.b("I gave her the daily sales for the twelve products from the spring influencer push plus the post dates and the discount code redemptions", "c", marker="")
n.b("first thing she did was plot sales for the featured products against similar products that werent featured and she said the featured ones were already rising a week before the posts went out", "e+", DI, ME, marker="")
n.b("she asked me whether the products were picked for the campaign because they were already selling well and yes they were which she said makes the before and after comparison useless", "e+", DI, ME, hard="question", marker="")
n.b("she then matched each featured product with two unfeatured ones of the same category and price band and compared the change, and got about 8 percent extra sales compared with the 35 percent the agency reported", "e+", ME, DI, marker="")
n.b("I asked how sure she was and she said with twelve products she wouldnt quote the 8 percent to finance as a number, only as small and positive", "e+", ME, JU, marker="")
n.b("she noticed their were code redemptions from a coupon site the day before one post and said those codes leaked and should be left out", "e+", DI, marker="")
n.b("I challenged her and said the marketing team will hate that answer and she said she would show them the matched chart rather than the number because its easier to argue with a picture than to ignore it", "e+", CM, UI, marker="")
n.b("she also suggested that next time they hold back a few regions from the campaign so there is a clean comparison, and offered to set that up with marketing herself", "e+", ME, OW, marker="")
n.b("one small thing she spent a while on a chart colour scheme near the end", "e-", marker="")
n.b("strong hire, best data round I have done this year", "v+", hard="bare_verdict", marker="")
notes.append(n)

n = Note(note_id="w36-n059", candidate_id="w36-c35", interviewer_id="w36-i05", req_id="w36-r1",
         round="system_design", submitted_at="2026-08-11", recommendation="hire", specificity=3,
         style=["prose", "third_person", "british"], topic="skin tone bias")
n.s("Ayasha was asked to design a visual search feature and, in the second half, to assess it for skin-tone bias.", "c")
n.s("She proposed a standard two-stage retrieval with an embedding index and a re-ranker, which is a sound design.", "e+", ST)
n.s("For bias, she suggested building a test set where the same garment is photographed on models of different skin tones and checking that the results match.", "e+", UI, DI)
n.s("She asked who at Atelier Row would own fixing it if a gap were found, which the interviewer had no answer to.", "e+", OW, UI, hard="question")
n.s("She did not put a number on the index size or the latency budget.", "e-", ST, hard="negated")
n.s("She has excellent values around fairness.", "v+", UI, hard="tech_vague")
n.s("Her communication was superb.", "v+", CM)
n.s("Hire with enthusiasm.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w36-n060", candidate_id="w36-c36", interviewer_id="w36-i02", req_id="w36-r2",
         round="behavioural", submitted_at="2026-09-01", recommendation="lean_hire", specificity=1,
         style=["prose", "first_person", "british"], topic="stock allocation")
n.s("Short note from me on Priya, I had to leave early for a supplier call.", "c")
n.s("We only got through about twenty minutes of the half hour.", "c")
n.s("She seemed to know what goes on in a store.", "v+", UI, hard="hedged")
n.s("Easy to talk to, no jargon.", "v+", CM)
n.s("I'm not sure how she'd get on with the buyers.", "v-", CM)
n.s("Fine by me, lean yes.", "v+", hard="bare_verdict")
n.s("Kwame stayed for the rest and will have more.", "c")
notes.append(n)

save_notes("data/corpus/raw/w36_notes_part5.jsonl", notes)
