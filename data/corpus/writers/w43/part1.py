import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---- c01 Aisha Bello (she), r1 ----
n = Note(note_id="w43-n001", candidate_id="w43-c01", interviewer_id="w43-i03", req_id="w43-r1",
         round="fundamentals", submitted_at="2025-03-11", recommendation="hire", specificity=1,
         style=["prose", "terse"], topic="imputation")
n.s("Aisha was really good.", "v+", hard="bare_verdict")
n.s("Strong on imputation methods and knows her stuff on missingness.", "v+", "ml_fundamentals", "data_intuition", hard="tech_vague")
n.s("Good communicator.", "v+", "communication")
n.s("Would be fine with the press side of things I reckon.", "v+", "communication", hard="hedged")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n002", candidate_id="w43-c01", interviewer_id="w43-i02", req_id="w43-r1",
         round="data", submitted_at="2025-03-12", recommendation="strong_hire", specificity=5,
         style=["prose", "first_person", "british"], topic="census imputation",
         ratings={"data_intuition": "strong_hire", "metrics": "strong_hire", "user_impact": "hire"})
n.s("Round: data (60 minutes), requisition w43-r1.", "c")
n.nl()
n.s("I kindly asked the candidate to consider a census extract in which 6% of households had not answered the tenure question, and to propose how the missing values should be filled before small-area tables were produced.", "c", hard="interviewer_action")
n.s("Before proposing any method, Aisha asked whether the non-response was concentrated in particular areas or dwelling types, and when I showed her the breakdown she noticed that nearly half of the missing tenure answers came from purpose-built student accommodation.", "e+", "data_intuition")
n.s("She said that a single national hot-deck donor pool would therefore import owner-occupier patterns into student blocks, and proposed donor classes defined by dwelling type and local authority instead.", "e+", "data_intuition", "ml_fundamentals")
n.blank()
n.s("When I asked how she would know whether the imputation had worked, she proposed deleting a random 5% of known answers, re-imputing them, and comparing the imputed distribution with the truth per local authority rather than only nationally.", "e+", "metrics")
n.s("She pointed out, without prompting, that agreement on individual records was the wrong target for tables, and that the distribution within each small area was what the users of the tables would actually consume.", "e+", "metrics", "user_impact")
n.s("On disclosure, she asked whether imputed values would be flagged in the microdata released to researchers, because a researcher could otherwise treat an imputed student tenure as an observed one.", "e+", "user_impact", "risk_awareness", hard="question")
n.s("I pushed back that flagging would itself reveal which households did not respond; she considered this for a moment and suggested releasing the flag only within the secure research service, which I thought a sensible compromise.", "e+", "judgment", "learning")
n.blank()
n.s("Her only slip was the variance inflation from imputation, which she first called negligible and then corrected to roughly 3% once she had worked through the numbers aloud.", "e0", "ml_fundamentals", hard="mixed")
n.s("She explained the whole approach back to me in about two minutes as though to a deputy director, without once using the words hot-deck or donor.", "e+", "communication", hard="plain_evidence")
n.s("Recommendation: strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n003", candidate_id="w43-c01", interviewer_id="w43-i04", req_id="w43-r1",
         round="behavioural", submitted_at="2025-03-13", recommendation="hire", specificity=4,
         style=["bullets", "headings", "third_person"], topic="behavioural competencies",
         ratings={"ownership": "hire", "communication": "hire", "judgment": "lean_no_hire"})
n.h("Competency framework assessment: behavioural")
n.b("Ownership (level 3 expected): Aisha described finding that the quarterly earnings imputation had used a stale donor file for two releases, raising it with her head of branch herself, and drafting the revision note that went out with the next bulletin.", "e+", "ownership", marker="1. ")
n.s("Met.", "v+", "ownership", hard="bare_verdict")
n.b("Communicating with non-specialists: she gave an account of briefing a press officer on why a regional figure had moved by 0.4 points, and said she wrote three sentences first and tried them on a colleague outside the division.", "e+", "communication", marker="2. ")
n.s("Met.", "v+", "communication", hard="bare_verdict")
n.b("Learning: asked about a time she was wrong, she spoke about a linkage rule she had defended for weeks until a colleague's clerical review showed it was merging twins; she said she now asks for a clerical sample before arguing.", "e+", "learning", marker="3. ")
n.s("Met.", "v+", "learning", hard="bare_verdict")
n.b("Judgement under ambiguity: the answer remained general.", "v-", "judgment", marker="4. ")
n.s("She said she would 'gather more information' but did not say what she would do if that information had not arrived by release day.", "e-", "judgment", hard="negated")
n.s("Partially met.", "v0", "judgment", hard="bare_verdict")
n.b("Consideration of users: not probed in depth owing to time.", "c", marker="5. ")
n.h("Overall")
n.s("Hire at SEO grade.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n004", candidate_id="w43-c01", interviewer_id="w43-i06", req_id="w43-r1",
         round="coding", submitted_at="2025-03-13", recommendation="hire", specificity=3,
         style=["bullets", "terse", "fragments", "lowercase", "abbreviations"], topic="legacy SAS")
n.s("coding, 45m, port legacy SAS macro to python", "c")
n.b("read the macro first, asked what &dlist resolves to", "e+", "coding", hard="question")
n.b("pandas version ran, matched SAS output on 3 of 4 test files", "e0", "coding", hard="mixed")
n.b("4th file: -9 codes vs blanks, she spotted it herself from the diff", "e+", "coding", "data_intuition", hard="plain_evidence")
n.b("asked whether output should keep SAS column order for downstream users, yes -> kept it", "e+", "coding", "user_impact", hard="question")
n.b("no unit tests written", "e-", "coding", hard="negated")
n.b("decent python", "v+", "coding")
n.b("explains as she goes", "v+", "communication")
n.b("H", "v+", hard="bare_verdict")
notes.append(n)

# ---- c02 Tomasz Nowak (he), r2 ----
n = Note(note_id="w43-n005", candidate_id="w43-c02", interviewer_id="w43-i05", req_id="w43-r2",
         round="system_design", submitted_at="2025-05-20", recommendation="hire", specificity=3,
         style=["prose", "first_person"], topic="record linkage")
n.s("I really enjoyed my hour with Tomasz!", "v+")
n.s("I asked him to design a pipeline linking the patient register to the census without a shared identifier.", "c", hard="interviewer_action")
n.s("He went straight to blocking on postcode and date of birth, then Jaro-Winkler on names, and sketched a Fellegi-Sunter scoring step with m- and u-probabilities estimated by EM.", "e+", "system_thinking", "ml_fundamentals")
n.s("He told me his current model hits 99.2% precision on their clerical review sample, which is brilliant and means it is basically production-ready.", "e-", "metrics", hard="verdict_plus_evidence")
n.s("I asked about people who move house between the two registers and he said they would simply drop out at blocking; he didn't suggest a second blocking pass.", "e-", "data_intuition", "system_thinking", hard="negated")
n.s("He knew loads about string comparators.", "v+", "ml_fundamentals", hard="vague_quantity")
n.s("Lovely clear diagrams throughout.", "v+", "communication")
n.s("Super smart guy.", "v+", hard="biased")
n.s("Hire from me, happy to chat.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n006", candidate_id="w43-c02", interviewer_id="w43-i07", req_id="w43-r2",
         round="fundamentals", submitted_at="2025-05-21", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person", "british"], topic="record linkage",
         ratings={"ml_fundamentals": "hire", "metrics": "no_hire"})
n.s("It was noted that the candidate described linkage quality solely in terms of precision on a clerical sample of 500 pairs.", "e-", "metrics")
n.s("When asked how that sample had been drawn, Tomasz explained that it was taken from pairs above the match threshold only.", "e-", "metrics", "data_intuition")
n.s("It was put to him that this says nothing about missed matches; he replied that recall \"can't really be measured without truth data\" and did not pursue it further.", "e-", "metrics", "learning")
n.blank()
n.s("A sound account of the Fellegi-Sunter model was given, including the conditional independence assumption and why it overstates match weights when surname and date of birth are correlated within families.", "e+", "ml_fundamentals")
n.s("He observed that this would matter more for communities where given names are less varied, though no mitigation was offered.", "e0", "user_impact", hard="mixed")
n.s("The candidate was asked how a false link would affect a person counted in a published statistic.", "c", hard="question")
n.s("The answer given was that individual errors \"wash out in the aggregates\".", "e-", "user_impact")
n.s("Coding of the EM step was not covered.", "c")
n.s("Interview held on site, with a whiteboard.", "c")
n.blank()
n.s("Overall the fundamentals are in place, but the treatment of the metric is a concern for this role.", "v0", "ml_fundamentals", "metrics", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n007", candidate_id="w43-c02", interviewer_id="w43-i01", req_id="w43-r2",
         round="behavioural", submitted_at="2025-05-22", recommendation="lean_no_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="behavioural")
n.s("Behavioural interview, conducted by video from the Newport office.", "c")
n.s("I asked Tomasz to describe a time a colleague had challenged his work.", "c", hard="interviewer_action")
n.s("He chose an occasion when a data engineer queried his blocking keys; by his own account he told her the keys had been 'validated already' and asked her to take it up with his manager.", "e-", "learning", "communication")
n.s("I asked what had happened next, and he was unable to say whether the query had ever been resolved.", "e-", "ownership")
n.s("When I suggested, mildly, that the engineer may have had a point about twins sharing a date of birth, he returned twice to the precision figure.", "e-", "learning", "metrics")
n.blank()
n.s("He did speak well about taking a graduate through her first SAS-to-Python migration, pairing on the first three macros and then reviewing the rest himself.", "e+", "ownership")
n.s("Rather quiet at the start, though he warmed up.", "v0", hard="biased")
n.s("On balance, lean no hire; I should be glad to be persuaded otherwise by the panel.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n008", candidate_id="w43-c02", interviewer_id="w43-i06", req_id="w43-r2",
         round="coding", submitted_at="2025-05-22", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse", "lowercase", "arrows", "abbreviations"], topic="deduplication")
n.s("coding 45m: dedupe a register extract, fuzzy names", "c")
n.b("wrote blocking fn w/ dict postcode -> rows, clean", "e+", "coding")
n.b("jaro-winkler from scratch, right on my 3 examples", "e+", "coding")
n.b("didn't handle NULL postcode -> KeyError first run", "e-", "coding", hard="negated")
n.b("fixed in ~2 min once he read the trace", "e+", "coding")
n.b("no tests", "e-", "coding", hard="negated")
n.b("never asked how big the extract was", "e-", "system_thinking", hard="negated")
n.b("code quality fine", "v+", "coding")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

# ---- c03 Sam Okafor (they), r1 ----
n = Note(note_id="w43-n009", candidate_id="w43-c03", interviewer_id="w43-i05", req_id="w43-r1",
         round="fundamentals", submitted_at="2025-09-02", recommendation="hire", specificity=4,
         style=["prose", "first_person"], topic="multiple imputation",
         ratings={"communication": "strong_hire", "ml_fundamentals": "hire"})
n.s("Fundamentals round with Sam, 45 minutes.", "c")
n.s("I asked them to explain multiple imputation to me as if I were a journalist.", "c", hard="interviewer_action")
n.s("Sam drew five copies of a small table on the whiteboard, filled the blanks differently in each, and said the spread between the five answers is how much we honestly don't know.", "e+", "communication", "ml_fundamentals")
n.s("I loved that!", "v+")
n.s("They then derived Rubin's rules for the combined variance without notes, including the between-imputation term and why it gets multiplied by 1 + 1/m.", "e+", "ml_fundamentals")
n.s("When I asked whether missing-at-random was plausible for income non-response, they said probably not, since high earners refuse more often, and suggested checking the imputed totals against HMRC data.", "e+", "data_intuition")
n.s("They also asked whether the journalist would be writing about one local area, since the spread looks much larger for a small area than for the country.", "e+", "communication", "user_impact", hard="question")
n.s("We ran out of time before MNAR sensitivity analysis.", "c")
n.s("Really clear communicator.", "v+", "communication")
n.s("Hire!", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n010", candidate_id="w43-c03", interviewer_id="w43-i02", req_id="w43-r1",
         round="data", submitted_at="2025-09-03", recommendation="lean_hire", specificity=4,
         style=["prose", "first_person", "british"], topic="small area estimation",
         ratings={"communication": "lean_no_hire", "data_intuition": "hire"})
n.s("The candidate was kindly asked to walk me through how they would check the quality of imputed values for a small-area income estimate covering about 40 wards.", "c", hard="interviewer_action")
n.s("They proposed comparing the imputed distribution with administrative totals per ward, and flagged that wards with fewer than 30 respondents would need to borrow strength from neighbouring wards.", "e+", "data_intuition", "metrics")
n.s("However, the explanation took nearly fifteen minutes and moved back and forth between three methods without stating which they preferred, and when I asked directly which one they would recommend to the head of profession, they began again from the beginning.", "e-", "communication")
n.s("When I requested a one-sentence summary they were able to give one (\"model-based for the small wards, direct estimates for the rest\"), which suggests the ability is there under prompting.", "e0", "communication", "learning", hard="mixed")
n.blank()
n.s("They asked how often the administrative totals are revised, which I thought a very good question for a ward-level product.", "e+", "data_intuition", hard="verdict_plus_evidence")
n.s("They did not raise, at any point, whether publishing ward-level income estimates might allow a single large household to be identified.", "e-", "user_impact", hard="negated")
n.s("When I raised it, they agreed readily and proposed suppressing cells below a threshold, though the threshold they gave, five households, is lower than our own rule.", "e0", "user_impact", "learning", hard="mixed")
n.s("Lean hire; the substance is good, the delivery needs work.", "v0", "communication", hard="mixed")
notes.append(n)

n = Note(note_id="w43-n011", candidate_id="w43-c03", interviewer_id="w43-i03", req_id="w43-r1",
         round="behavioural", submitted_at="2025-09-04", recommendation="hire", specificity=2,
         style=["prose", "terse"], topic="behavioural")
n.s("Chatted with Sam about past projects.", "c")
n.s("Good at stakeholder stuff, seemed to know how to handle ministers' offices.", "v+", "communication", hard="hedged")
n.s("Mentioned leading a migration off legacy SAS, sounded like it went well.", "v+", "ownership")
n.s("Said they'd rather delay a release than publish a number they couldn't explain.", "e+", "judgment", hard="plain_evidence")
n.s("Nice person, team player.", "v+", hard="biased")
n.s("Hire I think.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w43-n012", candidate_id="w43-c03", interviewer_id="w43-i07", req_id="w43-r1",
         round="system_design", submitted_at="2025-09-05", recommendation="lean_hire", specificity=3,
         style=["prose", "third_person", "british"], topic="release QA")
n.s("The candidate was asked to design the quality assurance process for a release of census imputation outputs, from the final run to publication day.", "c", hard="interviewer_action")
n.s("It was noted that Sam proposed a two-person check in which a second analyst reruns the imputation from a frozen seed and diffs the outputs.", "e+", "risk_awareness")
n.s("No rollback was described; when asked what would happen if an error were found the day after publication, the answer was that a correction notice \"would probably be issued by someone\".", "e-", "risk_awareness", "ownership", hard="negated")
n.s("Their explanation of the pipeline was clear and well ordered.", "v+", "communication")
n.s("Consideration was given to sample sizes in small areas, though this was not developed.", "v0", "data_intuition")
n.s("Scalability of the pipeline was not discussed.", "c")
n.s("Twenty minutes were given for the design and fifteen for questions.", "c")
n.s("It was felt that the candidate would benefit from exposure to a live release cycle.", "v-", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w43_notes_part1.jsonl", notes)
