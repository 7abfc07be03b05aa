import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# ---------- Candidate c01: Amara Okafor (she), r1 ----------
n = Note(note_id="w42-n001", candidate_id="w42-c01", interviewer_id="w42-i01", req_id="w42-r1",
         round="system_design", submitted_at="2025-09-08", recommendation="hire", specificity=4,
         style=["terse", "headings", "third_person", "american"], topic="telemetry anomaly detection",
         ratings={"system_thinking": "hire", "risk_awareness": "strong_hire"})
n.s("BLUF: Hire.", "v+", hard="bare_verdict")
n.nl()
n.s("TASK: design anomaly alerting for bus voltage telemetry across 14 spacecraft, 45 min.", "c")
n.nl()
n.s("OBS: Candidate asked how many confirmed failures exist in the archive before picking a method.", "e+", "data_intuition", "judgment")
n.s("Answer was 9; she dropped supervised classification on the spot and went to per-channel forecasting residuals.", "e+", "ml_fundamentals", "judgment")
n.s("Split the pipeline into ingest at the ground station, a streaming scorer, and a triage queue for operators.", "e+", "system_thinking")
n.s("Sized the stream at roughly 2k channels at 1 Hz per spacecraft and said one box handles it.", "e+", "system_thinking")
n.nl()
n.s("RISK: She raised that a handover between ground stations creates a gap that looks like an anomaly.", "e+", "risk_awareness", "data_intuition")
n.s("Proposed suppressing alerts for 90 s after a handover flag.", "e+", "risk_awareness")
n.s("Did not say how operators would tune thresholds later.", "e-", "ownership", hard="negated")
n.nl()
n.s("COMMS: Clear.", "v+", "communication", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n002", candidate_id="w42-c01", interviewer_id="w42-i05", req_id="w42-r1",
         round="fundamentals", submitted_at="2025-09-09", recommendation="hire", specificity=5,
         style=["headings", "third_person", "american", "prose"], topic="unsupervised anomaly detection",
         ratings={"ml_fundamentals": "hire", "metrics": "hire", "learning": "strong_hire"})
n.b("Setup", "c", marker="1. ")
n.nl()
n.s("Fundamentals round, 50 minutes.", "c")
n.s("I framed the problem as reaction wheel telemetry with three labelled failures in six years.", "c", hard="interviewer_action")
n.blank()
n.b("Modelling", "c", marker="2. ")
n.nl()
n.s("Amara proposed an isolation forest as a baseline and explained that it isolates rare points with fewer random splits.", "e+", "ml_fundamentals")
n.s("She then noted that wheel speed is strongly seasonal over an orbit, so a global model would flag every eclipse.", "e+", "data_intuition", "ml_fundamentals")
n.s("Her fix was to condition on orbital phase, which she sketched as a feature rather than a separate model per phase.", "e+", "ml_fundamentals")
n.blank()
n.b("Evaluation", "c", marker="3. ")
n.nl()
n.s("At first she wanted to report precision and recall on the three failures.", "e-", "metrics")
n.s("I asked what a recall of 2 out of 3 would tell the ops team.", "c", "metrics", hard="question")
n.s("She took that in, said the numbers were too small to mean anything, and switched to injecting synthetic drifts and steps into clean data to measure detection delay.", "e+", "learning", "metrics")
n.s("She also asked how much operator time per week an alert costs, and proposed capping false alerts at two per spacecraft per week.", "e+", "metrics", "user_impact")
n.blank()
n.b("Communication", "c", marker="4. ")
n.nl()
n.s("When I got lost in her phase-conditioning idea she stopped and drew the orbit on the whiteboard before continuing.", "e+", "communication")
n.blank()
n.b("Overall", "c", marker="5. ")
n.nl()
n.s("Hire: she reached for synthetic injection once the label count was made concrete, and she kept the operators in view.", "e+", "learning", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w42-n003", candidate_id="w42-c01", interviewer_id="w42-i06", req_id="w42-r1",
         round="debugging", submitted_at="2025-09-09", recommendation="lean_hire", specificity=3,
         style=["terse", "fragments", "bullets", "abbreviations", "lowercase"], topic="telemetry pipeline bug")
n.b("debugging, 40 min: broken resampler in telemetry ETL", "c")
n.b("read the stack trace first, went straight to the timestamp parse", "e+", "coding", hard="plain_evidence")
n.b("found tz-naive vs tz-aware mix in ~10 min", "e+", "coding")
n.b("fix ok", "v0", "coding", hard="bare_verdict")
n.b("no test added after fix", "e-", "coding", hard="negated")
n.b("when I asked for a test she wrote one w/ a DST boundary timestamp, passed", "e+", "coding", "learning")
n.b("explained the bug to me in 2 sentences, no jargon", "e+", "communication")
n.b("asked if the bug had hit the overnight alerts -> good q", "e+", "risk_awareness", hard="verdict_plus_evidence")
n.b("bit slow overall", "v-", "coding")
n.b("LH", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n004", candidate_id="w42-c01", interviewer_id="w42-i04", req_id="w42-r1",
         round="behavioural", submitted_at="2025-09-10", recommendation="strong_hire", specificity=3,
         style=["prose", "first_person", "american"], topic="on-call and ownership")
n.s("I really enjoyed this one!", "v+")
n.s("I asked Amara about a time something she owned broke in production.", "c", hard="interviewer_action")
n.s("She described a drift detector she shipped at her last job that paged the on-call engineer forty times in one night after a sensor firmware update.", "e0", "risk_awareness")
n.s("She said she silenced it herself at 2am, wrote the incident doc the next day, and added a firmware-version feature so the baseline resets.", "e+", "ownership")
n.s("She has a natural leadership quality that I think the team would love.", "v+", "ownership", hard="tech_vague")
n.s("She is also just a genuinely warm person.", "v+", hard="biased")
n.s("When I asked how she'd handle a disagreement with a flight dynamics engineer she said she would ask what they were afraid of breaking before arguing.", "e+", "communication", "judgment")
n.s("Super strong on everything we talked about.", "v+", hard="vague_quantity")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

# ---------- Candidate c02: Tobias Lindqvist (he), r1 ----------
n = Note(note_id="w42-n005", candidate_id="w42-c02", interviewer_id="w42-i02", req_id="w42-r1",
         round="system_design", submitted_at="2025-10-14", recommendation="lean_no_hire", specificity=5,
         style=["prose", "third_person", "american"], topic="anomaly detection rollout",
         ratings={"metrics": "no_hire", "learning": "lean_no_hire", "system_thinking": "lean_hire"})
n.s("The candidate was asked to design the replacement for our current threshold-based anomaly alerts on thermal telemetry, including how the new model would be validated and put into operation.", "c")
n.s("He proposed an LSTM autoencoder trained on the last two years of nominal data, with the reconstruction error as the anomaly score and a separate score per subsystem, which was a reasonable architecture.", "e+", "ml_fundamentals", "system_thinking")
n.s("For validation he said he would compute the ROC AUC on the simulator's injected-fault dataset and, as soon as it beat the thresholds, switch the fleet over.", "e-", "metrics", "risk_awareness")
n.s("When I asked whether the simulator's fault signatures resemble the real failures we had seen, he answered that the simulator was built by domain experts and therefore had to be representative.", "e-", "data_intuition", "metrics")
n.s("I then pointed out that two of our real thermal events were slow drifts over several weeks, which the simulator does not produce, and asked how his model would behave on such a drift.", "c", hard="interviewer_action")
n.s("He replied that this was an edge case and that the AUC of 0.97 already showed the model was better, and he did not revisit the plan.", "e-", "learning", "metrics")
n.s("He did not propose any period of running the new model in parallel with the old thresholds, nor any way to return to the thresholds if the operators lost trust in it.", "e-", "risk_awareness", hard="negated")
n.s("He also never asked how many operators would be looking at the new alerts or how they would be told about the change.", "e-", "user_impact", hard="negated")
n.s("On the positive side, his estimate of the storage needed for one year of 1 Hz thermal data across the fleet, about 40 GB compressed, was sensible and quickly derived.", "e+", "system_thinking")
n.s("The explanations were structured and easy to follow, although he rarely checked whether I agreed before moving on.", "e0", "communication", hard="mixed")
n.s("My recommendation is lean no hire, because the central decision of the design rests on a simulated offline number that he was not willing to question.", "e-", "metrics", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w42-n006", candidate_id="w42-c02", interviewer_id="w42-i05", req_id="w42-r1",
         round="data", submitted_at="2025-10-15", recommendation="lean_no_hire", specificity=4,
         style=["headings", "first_person", "american", "bullets"], topic="telemetry labels")
n.b("Exercise", "c", marker="1. ")
n.nl()
n.s("I gave Tobias a CSV of 30 days of battery telemetry and the ops log of known events.", "c", hard="interviewer_action")
n.blank()
n.b("Data handling", "c", marker="2. ")
n.nl()
n.s("He joined the ops log to telemetry on timestamp and noticed right away that the log uses UTC while the telemetry export is in spacecraft time.", "e+", "data_intuition")
n.s("He did not look at the gaps in the series, which were the ground-station passes.", "e-", "data_intuition", hard="negated")
n.blank()
n.b("Metrics", "c", marker="3. ")
n.nl()
n.s("He trained a gradient boosted classifier on the 4 labelled events and reported 0.99 accuracy as the result.", "e-", "metrics", "ml_fundamentals")
n.s("When I asked what accuracy a model that always says 'nominal' would get, he worked it out as 99.9% but said his model was still better because it was 'a real model'.", "e-", "metrics", "learning")
n.blank()
n.b("Communication", "c", marker="4. ")
n.nl()
n.s("Explained his code clearly as he went.", "v+", "communication")
n.blank()
n.b("Overall", "c", marker="5. ")
n.nl()
n.s("Lean no hire.", "v-", hard="bare_verdict")
n.s("Good hands with pandas, but the metric reasoning is the same gap my colleague saw in design.", "v-", "metrics", hard="mixed")
notes.append(n)

n = Note(note_id="w42-n007", candidate_id="w42-c02", interviewer_id="w42-i03", req_id="w42-r1",
         round="coding", submitted_at="2025-10-15", recommendation="hire", specificity=1,
         style=["prose", "third_person"], topic="coding")
n.s("Coding round.", "c")
n.s("Tobias is a strong coder and knows his way around time series.", "v+", "coding", hard="tech_vague")
n.s("Solid on the algorithmic side.", "v+", "coding")
n.s("Good communication throughout.", "v+", "communication")
n.s("Seems like he would be fine on the team.", "v+")
n.s("Hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n008", candidate_id="w42-c02", interviewer_id="w42-i06", req_id="w42-r1",
         round="debugging", submitted_at="2025-10-16", recommendation="lean_no_hire", specificity=3,
         style=["terse", "fragments", "bullets", "arrows", "abbreviations"], topic="false alert storm")
n.b("Debug: alert storm after model update, 45m", "c")
n.b("checked model version first -> found new weights deployed", "e+", "coding", "risk_awareness")
n.b("then blamed the data team's schema change w/o checking", "e-", "ownership", "data_intuition")
n.b("I showed schema unchanged -> he said 'then it must be the sensors'", "e-", "learning", "ownership")
n.b("never suggested rolling back the weights to stop the pages", "e-", "risk_awareness", hard="negated")
n.b("code reading fast", "v+", "coding")
n.b("defensive", "v-", "learning", hard="bare_verdict")
n.b("LNH", "v-", hard="bare_verdict")
notes.append(n)

# ---------- Candidate c03: Rin Takahashi (they), r2 ----------
n = Note(note_id="w42-n009", candidate_id="w42-c03", interviewer_id="w42-i03", req_id="w42-r2",
         round="system_design", submitted_at="2025-11-03", recommendation="strong_hire", specificity=1,
         style=["prose", "third_person"], topic="crop monitoring product")
n.s("Rin was great.", "v+", hard="bare_verdict")
n.s("Really impressive depth on the imagery side and on product thinking.", "v+", "user_impact", hard="tech_vague")
n.s("They clearly know cloud masking inside out.", "v+", "data_intuition", hard="tech_vague")
n.s("Very senior feel.", "v+")
n.s("One of the best design sessions I've had this year.", "v+", "system_thinking")
n.s("Strong hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w42-n010", candidate_id="w42-c03", interviewer_id="w42-i02", req_id="w42-r2",
         round="data", submitted_at="2025-11-04", recommendation="strong_hire", specificity=5,
         style=["prose", "third_person", "american"], topic="cloud masking",
         ratings={"data_intuition": "strong_hire", "user_impact": "hire", "metrics": "hire"})
n.s("The exercise consisted of a sample of 200 Sentinel-style tiles over farmland with our production cloud mask and a vegetation index computed per field, and the candidate was asked to find out why a group of farmers had complained about implausible drops in their crop health score.", "c")
n.s("Rin first plotted the vegetation index per field over time and saw that the drops appeared on single dates and recovered on the next pass, which they said looked more like an atmospheric effect than a crop effect.", "e+", "data_intuition")
n.s("They then overlaid the cloud mask on the worst tiles and found that thin cirrus and cloud shadows were not masked, while thick cumulus was handled correctly.", "e+", "data_intuition")
n.s("Before proposing a fix they asked how the farmers use the score, and when I told them that some insurers pay out on it, they said a false drop is a financial harm to the farmer and a false recovery is a harm to the insurer, so both directions had to be measured.", "e+", "user_impact", "metrics")
n.s("Their proposal was to report the share of the field that was usable on each date and to withhold the score below 60 percent usable pixels rather than to interpolate silently.", "e+", "user_impact", "judgment")
n.s("I challenged the threshold of 60 percent, and Rin agreed it was arbitrary and suggested choosing it on the fields where we have ground truth from the agronomy partner.", "e+", "learning", "judgment")
n.s("They also checked whether the complaints clustered in one region and found most came from fields near the coast, where cirrus is more frequent in spring.", "e+", "data_intuition")
n.s("They wrote the pandas code cleanly, with one bug in a groupby that they found themselves by checking the row count afterwards.", "e+", "coding")
n.s("My recommendation is strong hire, since in every step the candidate connected the pixel-level problem with the consequences for the customers who pay for the product.", "e+", "user_impact", hard="verdict_plus_evidence")
notes.append(n)

n = Note(note_id="w42-n011", candidate_id="w42-c03", interviewer_id="w42-i01", req_id="w42-r2",
         round="behavioural", submitted_at="2025-11-04", recommendation="hire", specificity=3,
         style=["terse", "headings", "third_person"], topic="stakeholders")
n.s("BLUF: Hire.", "v+", hard="bare_verdict")
n.nl()
n.s("SITUATION: Asked about a delivery they got wrong.", "c")
n.nl()
n.s("OBS: Described shipping a yield estimate that was 20% high for one region because the training fields were all irrigated.", "e0", "data_intuition")
n.s("Said they called the customer before the customer noticed.", "e+", "ownership", "user_impact")
n.s("Said they then added irrigation status as a stratum in every validation split.", "e+", "data_intuition", "ownership")
n.s("Asked me how our insurers learn about a model error today.", "e+", "user_impact", hard="question")
n.s("Good situational awareness.", "v+", "judgment")
n.s("Team-first attitude.", "v+", hard="biased")
n.nl()
n.s("RISK: None significant.", "v+")
notes.append(n)

n = Note(note_id="w42-n012", candidate_id="w42-c03", interviewer_id="w42-i04", req_id="w42-r2",
         round="fundamentals", submitted_at="2025-11-05", recommendation="hire", specificity=4,
         style=["prose", "first_person", "american"], topic="segmentation models")
n.s("I started Rin on the basics of image segmentation for cloud detection.", "c")
n.s("They explained that pixel accuracy hides the problem because most pixels are clear, and suggested IoU on the cloud class plus a separate number for the shadow class.", "e+", "metrics", "ml_fundamentals")
n.s("I loved that they asked which mistake costs more downstream before choosing a loss.", "e+", "judgment", "metrics", hard="verdict_plus_evidence")
n.s("They picked a weighted cross-entropy and explained that the weight is a way to encode that cost, which I thought was really clear.", "e+", "ml_fundamentals", "communication")
n.s("When I asked about training on simulated clouds they said simulated cirrus is usually too uniform and they would keep a real holdout from a different season.", "e+", "data_intuition")
n.s("They stumbled on the difference between batch norm at train and test time and needed a nudge.", "e-", "ml_fundamentals")
n.s("Once I mentioned running statistics they got it and explained why small batches hurt.", "e+", "learning")
n.s("Honestly one of the nicer conversations I've had.", "v+")
n.s("Hire, happy to go to strong hire if the design round backs it up.", "v+", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w42_notes_part1.jsonl", notes)
print(len(notes), "notes")
