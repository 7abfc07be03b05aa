import sys; sys.path.insert(0, "tools")
from corpus_writer import save_units

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"

units = [
    ("w50-u001", "She asked whether the rangers would rather have fewer alerts they trust or more alerts they have to check, before choosing a threshold.", "e+", [JU, UI], "plain_evidence"),
    ("w50-u002", "Great judgement under ambiguity.", "v+", [JU], "tech_vague"),
    ("w50-u003", "When I halved the satellite budget mid-question, he dropped the daytime uploads first and kept the night ones, saying most poaching happens after dark.", "e+", [JU], "plain_evidence"),
    ("w50-u004", "He insisted on retraining the whole model from scratch even though the field season started in a week.", "e-", [JU], "plain_evidence"),
    ("w50-u005", "I asked her how she would choose between a faster model and a more accurate one for the solar units.", "c", [], "interviewer_action"),
    ("w50-u006", "Didn't ask a single question about the constraints before starting to draw.", "e-", [JU], "negated"),
    ("w50-u007", "Probably made the right call on the threshold, though I'm not fully sure.", "v+", [JU], "hedged"),
    ("w50-u008", "Seemed a bit indecisive when things were left open.", "v-", [JU], "hedged"),
    ("w50-u009", "Asked who would carry the blame if a ranger was sent into danger on the model's advice.", "e+", [UI], "plain_evidence"),
    ("w50-u010", "Dismissed my question about the village scouts' phone numbers as 'an ops thing'.", "e-", [UI], "plain_evidence"),
    ("w50-u011", "Cares deeply about local communities.", "v+", [UI], None),
    ("w50-u012", "Very strong on fairness and bias mitigation.", "v+", [UI], "tech_vague"),
    ("w50-u013", "Never considered that showing exact den locations in the app could put the animals at risk, even when I asked who could see the map.", "e-", [UI], "negated"),
    ("w50-u014", "I think she said she'd blur the GPS points before the public report, but I didn't write it down at the time.", "e+", [UI], "hedged"),
    ("w50-u015", "Proposed sending the alerts as Swahili SMS after asking which language the farmers actually read.", "e+", [UI, CM], "plain_evidence"),
    ("w50-u016", "Lots of field experience with communities.", "v+", [UI], "vague_quantity"),
    ("w50-u017", "Got the rare-species recall right, but only after I pointed out that his test set had no pangolins in it.", "e0", [ME, LE], "mixed"),
    ("w50-u018", "Reported 97% accuracy on the species model and did not notice that 80% of the test images were empty frames.", "e-", [ME], "negated"),
    ("w50-u019", "Asked whether a fall in snare finds meant the model worked or that the poachers had simply moved next door.", "e+", [ME], "plain_evidence"),
    ("w50-u020", "Superb with metrics and evaluation.", "v+", [ME], "tech_vague"),
    ("w50-u021", "He wrote the flood-fill on the grid correctly, then broke it while renaming variables and didn't notice.", "e-", [CO], "mixed"),
    ("w50-u022", "When I said the loss curve looked too good, he checked and found the validation images were also in the training folder.", "e+", [DI, LE], "plain_evidence"),
    ("w50-u023", "Explained dropout as something that 'turns off neurons at test time to save battery'.", "e-", [ML], None),
    ("w50-u024", "I gave him a hint about using the day/night flag as a feature.", "c", [], "interviewer_action"),
    ("w50-u025", "After the hint he added the flag, then argued it would not help without trying it.", "e-", [LE], "mixed"),
    ("w50-u026", "Great listener.", "v+", [CM], None),
    ("w50-u027", "Talked over me twice when I tried to steer back to the offline constraint.", "e-", [CM], "plain_evidence"),
    ("w50-u028", "Explained to me, as if I were a donor, why a 5% drop in false alarms would save rangers about a day of walking each month.", "e+", [CM], None),
    ("w50-u029", "Her accent was a little hard to follow at times.", "v-", [], "biased"),
    ("w50-u030", "Described taking over the camera-trap pipeline when its owner left and writing the runbook nobody had written.", "e+", [OW], "plain_evidence"),
    ("w50-u031", "Described the label backlog as 'something the volunteers should sort out'.", "e-", [OW], None),
    ("w50-u032", "Probably owns her work, from what I could tell.", "v+", [OW], "hedged"),
    ("w50-u033", "Proposed sending the new model to five camera units first and comparing their empty-frame rate with the rest before the full rollout.", "e+", [RI], None),
    ("w50-u034", "No mention of what the devices should do when the battery drops below 10%.", "e-", [RI], "negated"),
    ("w50-u035", "Thinks about failure modes a lot.", "v+", [RI], "vague_quantity"),
    ("w50-u036", "Designed the sync so each trap keeps its images until the base station confirms receipt.", "e+", [ST], "plain_evidence"),
    ("w50-u037", "Put the full detector output on the satellite link without working out what it would cost in bandwidth.", "e-", [ST], "negated"),
    ("w50-u038", "Lean hire, mostly because she never went beyond the narrow question I asked.", "v0", [], "mixed"),
    ("w50-u039", "Hire: she asked how many rangers would have to read each alert before she set a threshold.", "e+", [UI, JU], "verdict_plus_evidence"),
    ("w50-u040", "We spent most of the hour on the data exercise and ran out of time for her questions.", "c", [], None),
]

save_units("data/corpus/raw/w50_units.jsonl", units)
