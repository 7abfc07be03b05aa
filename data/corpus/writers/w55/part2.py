import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

n = Note(note_id="w55-n007", candidate_id="w55-c02", interviewer_id="w55-i04", req_id="w55-r2",
         round="fundamentals", submitted_at="2025-11-04", recommendation="no_hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="peak pricing",
         ratings={"metrics": "no_hire", "learning": "no_hire"})
n.h("Fundamentals - peak pricing elasticity")
n.b("Setup: historical prices and sessions for 200 sites; candidate asked to estimate how demand responds to a 20p/kWh peak surcharge.", "c")
n.b("ML: 2/4 - regressed sessions on price directly, without noting that prices were set higher where demand was already high.", "e-", "ml_fundamentals", "data_intuition")
n.b("Metrics: 1/4 - said an R-squared of 0.7 showed the elasticity was right.", "e-", "metrics")
n.b("Interviewer asked whether the price changes had been randomised; candidate said 'it doesn't matter with this much data'.", "e-", "ml_fundamentals", "learning")
n.b("Learning: 1/4 - when shown two sites where price rose and sessions rose, he kept the same model and called them outliers.", "e-", "learning")
n.b("Users: 1/4 - no mention of drivers who have no option but to charge at peak.", "e-", "user_impact", hard="negated")
n.b("Judgement: 2/4 - did ask what the business goal was before starting (revenue vs. queue length).", "e+", "judgment")
n.b("Communication: 3/4 - clear, organised.", "v+", "communication")
n.b("Note: contradicts i06's read on learning; worth a debrief.", "c")
n.b("NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n008", candidate_id="w55-c02", interviewer_id="w55-i02", req_id="w55-r2",
         round="debugging", submitted_at="2025-11-05", recommendation="lean_no_hire", specificity=3,
         style=["bullets", "fragments", "abbreviations", "arrows"], topic="app ratings")
n.b("debugging, 45 min, shared notebook", "c")
n.b("task: app ratings dropped 0.4 stars in Jan, find out why", "c")
n.b("went straight to the model of ratings vs price, ignored the Jan weather", "e-", "data_intuition")
n.b("i said 'cold snap that week' -> he said ratings are noisy anyway and kept going", "e-", "learning", "data_intuition")
n.b("code ok, pandas fine", "v0", "coding")
n.b("groupby had sites double counted after the merge, didnt notice til i pointed", "e-", "coding")
n.b("knows pricing theory well", "v+", "ml_fundamentals", hard="tech_vague")
n.b("never asked what the drivers actually wrote in the reviews", "e-", "user_impact", hard="negated")
n.b("LNH from me tbh", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n009", candidate_id="w55-c03", interviewer_id="w55-i03", req_id="w55-r1",
         round="system_design", submitted_at="2025-12-01", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="firmware rollout")
n.s("System design, firmware rollout.", "c")
n.s("Siobhán did well.", "v+", hard="bare_verdict")
n.s("Knows rollouts and canaries inside out.", "v+", "risk_awareness", hard="tech_vague")
n.s("Good architecture sense.", "v+", "system_thinking")
n.s("Clear.", "v+", "communication")
n.s("Would hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n010", candidate_id="w55-c03", interviewer_id="w55-i01", req_id="w55-r1",
         round="coding", submitted_at="2025-12-01", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="firmware rollout")
n.s("Coding round.", "c")
n.s("The task: write a function that decides which chargers get the next firmware batch.", "c")
n.s("Siobhán asked what happens if a charger is in a session when the update arrives.", "e+", "user_impact", "risk_awareness", hard="plain_evidence")
n.s("I said it should wait.", "c", hard="interviewer_action")
n.s("She wrote a check for active sessions and a retry after 30 minutes.", "e+", "coding", "risk_awareness")
n.s("She wrote tests for an empty fleet and for a fleet where all chargers are busy.", "e+", "coding")
n.s("One test failed because she sorted by the wrong key.", "e-", "coding")
n.s("She read the failing output, fixed the key and ran it again in about two minutes.", "e+", "coding")
n.s("She capped each batch at 2% of a region so one bad build does not take a whole city down.", "e+", "risk_awareness", "judgment")
n.s("She said she would keep the old image on the charger to allow rollback.", "e+", "risk_awareness")
n.s("She explained every step before she typed it.", "v+", "communication")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n011", candidate_id="w55-c03", interviewer_id="w55-i05", req_id="w55-r1",
         round="behavioural", submitted_at="2025-12-02", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "british"], topic="stranded drivers")
n.s("Behavioural, 40 minutes, over video.", "c")
n.s("Absolutely loved talking to Siobhán!", "v+")
n.s("I asked for a time she disagreed with a product decision.", "c", hard="question")
n.s("She described pushing back on a plan to hide broken chargers from the app map, arguing that drivers would rather know before they drive there, and said she took the data on wasted trips to the PM herself.", "e+", "user_impact", "ownership")
n.s("The map change was dropped, she said, and she then owned the 'status freshness' metric for a year.", "e+", "ownership")
n.s("Amazing team player.", "v+", hard="biased")
n.s("She has tons of experience with on-call.", "v+", "risk_awareness", hard="vague_quantity")
n.s("When I asked what she would do differently, she said she should have asked the technicians sooner.", "e+", "learning")
n.s("A superb communicator.", "v+", "communication")
n.s("Strong hire!!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n012", candidate_id="w55-c03", interviewer_id="w55-i06", req_id="w55-r1",
         round="data", submitted_at="2025-12-03", recommendation="hire", specificity=4,
         style=["prose", "third_person", "british"], topic="winter batteries")
n.s("The candidate was given a dataset of 80,000 charging sessions from two winters and asked why session lengths had grown.", "c")
n.s("She began by plotting session length against outside temperature and found the increase was concentrated below minus five degrees.", "e+", "data_intuition")
n.s("She asked whether the vehicle models on the network had changed between the winters.", "e+", "data_intuition", hard="question")
n.s("On learning that one popular model had been added, she split the data by vehicle and showed most of the growth came from that model.", "e+", "data_intuition", "learning")
n.s("She did not check for sessions that had been left open after the car was unplugged, which inflated some lengths.", "e-", "data_intuition", hard="negated")
n.s("Her proposed fix, a preconditioning prompt in the app, was framed around the driver's waiting time.", "e+", "user_impact")
n.s("She did not say how the team would measure whether the prompt worked.", "e-", "metrics", hard="negated")
n.s("Her explanations were clear and well ordered.", "v+", "communication")
n.s("The interviewer recommends hire; the unchecked open sessions are a modest concern.", "v+")
notes.append(n)

n = Note(note_id="w55-n013", candidate_id="w55-c04", interviewer_id="w55-i02", req_id="w55-r2",
         round="data", submitted_at="2026-01-12", recommendation="lean_hire", specificity=3,
         style=["bullets", "fragments", "lowercase", "typos"], topic="site demand")
n.b("data round w/ noor", "c")
n.b("gave them the sessions table for the A1 corridor sites", "c", hard="interviewer_action")
n.b("first thing: asked if the sessions table included failed starts", "e+", "data_intuition", hard="plain_evidence")
n.b("they spotted two sites with zero sessions for a week and asked if the chargers were down not quiet", "e+", "data_intuition")
n.b("good with the numbers genrally", "v+", "data_intuition")
n.b("forecast was just last years numbers +10%, no reason for the 10", "e-", "judgment", "ml_fundamentals")
n.b("didnt think about the new rapid site opening 2 miles away", "e-", "judgment", hard="negated")
n.b("bit nervy", "v-", hard="biased")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n014", candidate_id="w55-c04", interviewer_id="w55-i04", req_id="w55-r2",
         round="system_design", submitted_at="2026-01-13", recommendation="lean_no_hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="dynamic pricing",
         ratings={"user_impact": "no_hire", "system_thinking": "hire"})
n.h("Design: dynamic pricing service, 600 sites")
n.b("System: 4/4 - put price computation in a 5-minute batch, cached at the site, with a fixed fallback tariff if the cache goes stale.", "e+", "system_thinking", "risk_awareness")
n.b("Grid: 3/4 - asked for each site's contracted capacity and used it as a hard cap before setting prices.", "e+", "system_thinking", "judgment")
n.b("Users: 1/4 - when asked about drivers who cannot avoid the peak, said 'they can pay or wait, that's the point'.", "e-", "user_impact")
n.b("Fairness: 1/4 - did not consider that the price a driver sees could change between arriving and plugging in.", "e-", "user_impact", hard="negated")
n.b("Metrics: 2/4 - revenue per bay as the only success measure.", "e-", "metrics")
n.b("Pushback: interviewer raised the complaint risk twice; candidate restated the revenue case both times.", "e-", "learning")
n.b("Solid engineer, poor product sense.", "v0", hard="mixed")
n.b("LNH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n015", candidate_id="w55-c04", interviewer_id="w55-i05", req_id="w55-r2",
         round="behavioural", submitted_at="2026-01-14", recommendation="hire", specificity=2,
         style=["prose", "first_person", "british"], topic="pricing")
n.s("Really enjoyed this one.", "v+")
n.s("Noor is super smart and knows pricing models inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("I asked them about a project they were proud of.", "c", hard="question")
n.s("They spoke about a parking-price model at a previous job and said the revenue went up 12%, which is fantastic.", "e+", "metrics")
n.s("I asked who was affected by the change.", "c", hard="question")
n.s("They said they hadn't looked at that.", "e-", "user_impact")
n.s("Such a great fit for our culture.", "v+", hard="biased")
n.s("Hire, happily.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w55-n016", candidate_id="w55-c04", interviewer_id="w55-i01", req_id="w55-r2",
         round="fundamentals", submitted_at="2026-01-14", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="demand forecast")
n.s("Fundamentals round.", "c")
n.s("I asked Noor why a model trained on summer weeks would fail in January.", "c", hard="question")
n.s("Noor said the temperature feature would be outside the training range and the model would extrapolate.", "e+", "ml_fundamentals")
n.s("That is correct.", "v+", "ml_fundamentals")
n.s("Then I asked how to pick between two forecast models.", "c", hard="question")
n.s("Noor chose the one with lower mean squared error and did not ask about the cost of under-forecast.", "e-", "metrics", "judgment")
n.s("I said an empty queue and a 40-minute queue are not equal for drivers.", "c", hard="interviewer_action")
n.s("Noor said queue length is 'an ops question'.", "e-", "user_impact", "ownership")
n.s("Noor explained the bias-variance trade-off with a clear example of weekly vs. daily data.", "e+", "ml_fundamentals", "communication")
n.s("I think Noor is strong on theory but does not see the drivers.", "v0", "user_impact", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w55_notes_part2.jsonl", notes)
