import sys; sys.path.insert(0, "tools")
from corpus_writer import save_units

ML = "ml_fundamentals"; CO = "coding"; ST = "system_thinking"; DI = "data_intuition"
JU = "judgment"; ME = "metrics"; RI = "risk_awareness"; OW = "ownership"; LE = "learning"
CM = "communication"; UI = "user_impact"

units = [
    ("w36-u001", "Has a deep feel for contrastive learning and metric spaces.", "v+", [ML], "tech_vague"),
    ("w36-u002", "Said batch norm statistics are recomputed on each test image, which is why the embeddings drifted.", "e-", [ML], None),
    ("w36-u003", "She asked who in the stores would see the allocation numbers and whether they could change them.", "e+", [UI, JU], "question"),
    ("w36-u004", "Never asked how often the returns label arrives, even when I said the data came from three different warehouses.", "e-", [DI], "negated"),
    ("w36-u005", "I think he may have left the size filter off the second query.", "e-", [CO], "hedged"),
    ("w36-u006", "Came across as maybe not quite ready for a senior role.", "v-", [], "hedged"),
    ("w36-u007", "Sharp judgement: when I said there was no budget for new labels, he proposed using the existing 'item not as pictured' returns as weak labels and said why.", "e+", [JU, DI], "verdict_plus_evidence"),
    ("w36-u008", "Knew a hundred tricks for cold-start recommenders.", "v+", [ML], "vague_quantity"),
    ("w36-u009", "She put the new collection at about 1,800 styles with no sales history and said that rules out a per-item model for the first fortnight.", "e+", [ST, JU], None),
    ("w36-u010", "I asked how the model would treat shoppers who only ever buy in the sale.", "c", [], "interviewer_action"),
    ("w36-u011", "When I hinted that the influencer codes get shared on coupon sites, she dropped last-click attribution and suggested a holdout of regions without the campaign.", "e+", [LE, ME], "interviewer_action"),
    ("w36-u012", "No hire.", "v-", [], "bare_verdict"),
    ("w36-u013", "Very mature for someone so young.", "v+", [], "biased"),
    ("w36-u014", "Got the allocation right but only after I pointed out the store capacities twice.", "e0", [CO, LE], "mixed"),
    ("w36-u015", "Told the merchandiser in plain words that the model can't know about a celebrity wearing the jacket on Saturday, so a manual override is expected.", "e+", [CM, JU], "plain_evidence"),
    ("w36-u016", "Said the darker-skin query failures were 'an edge case, not a priority for launch'.", "e-", [UI], None),
    ("w36-u017", "Asked whether the size tool would work for people who shop for someone else, like parents buying for teenagers.", "e+", [UI, DI], "plain_evidence"),
    ("w36-u018", "Strong on fairness and responsible AI.", "v+", [UI], "tech_vague"),
    ("w36-u019", "Didn't run the code once before telling me it was done.", "e-", [CO], "negated"),
    ("w36-u020", "Reported a 9% lift in offline NDCG and said that settles whether to ship it.", "e-", [ME], None),
    ("w36-u021", "Not a great listener.", "v-", [CM], "negated"),
    ("w36-u022", "Explained to me, without notes, why the early-markdown lines looked more elastic: they were the lines already selling badly.", "e+", [DI, CM], None),
    ("w36-u023", "Lean hire, though mostly because the design never got past the happy path.", "v0", [ST], "bare_verdict"),
    ("w36-u024", "Described staying late to write the incident review after her pricing job pushed 70% off onto full-price coats, and the check she added so it couldn't recur.", "e+", [OW, RI], None),
    ("w36-u025", "Mentioned a clash with a buyer once, sounded like it was handled fine.", "v0", [OW], "hedged"),
    ("w36-u026", "When I asked how she'd know the visual search was hurting anyone, she said she'd look for it 'if someone complained'.", "e-", [UI, RI], None),
    ("w36-u027", "He asked whether the stock transfers between stores cost more than the margin they'd save before writing any model.", "e+", [JU, ST], "question"),
    ("w36-u028", "Kept saying the holdout was unnecessary after I explained twice why the campaign weeks overlapped with payday.", "e-", [LE, ME], None),
    ("w36-u029", "Rattled off lots of metrics without saying which one mattered.", "v-", [ME], "vague_quantity"),
    ("w36-u030", "Her plan had no way to switch the new ranking off if conversion dropped.", "e-", [RI], "negated"),
    ("w36-u031", "Proposed a canary of 5% of traffic on one brand first, with an alert if add-to-bag fell by more than two points.", "e+", [RI, ME], None),
    ("w36-u032", "Maybe a touch rigid in how he approached the allocation problem.", "v-", [JU], "hedged"),
    ("w36-u033", "Wrote the return-rate SQL, spotted the duplicate rows from split shipments, but then double-counted the refunds.", "e-", [CO, DI], "mixed"),
    ("w36-u034", "Said the returns fraud model was the ops team's responsibility once it was deployed.", "e-", [OW], None),
    ("w36-u035", "I asked them what they'd do if the merchandisers overrode half the markdowns.", "c", [], "question"),
    ("w36-u036", "Talked confidently about transformers, diffusion and CLIP.", "v+", [ML], "tech_vague"),
    ("w36-u037", "After I mentioned the Black Friday spike, he rewrote the capacity estimate from 200 to 2,000 requests a second and moved the embedding step out of the request path.", "e+", [LE, ST], None),
    ("w36-u038", "Would be a great culture add, very fashion-forward herself.", "v+", [], "biased"),
    ("w36-u039", "Chose to launch in ten stores rather than all 300, saying a wrong allocation in one region is cheap to undo but a national one isn't.", "e+", [JU, RI], None),
    ("w36-u040", "Summarised the three options for the head of buying in one slide's worth of words and asked which risk she'd rather take.", "e+", [CM, UI], None),
]
save_units("data/corpus/raw/w36_units.jsonl", units)
