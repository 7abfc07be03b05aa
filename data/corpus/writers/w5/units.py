import sys; sys.path.insert(0, "tools")
from corpus_writer import save_units

units = [
    # tech_vague
    ("w5-u001", "Really deep grasp of quantisation-aware training and mixed-precision inference.", "v+", ["ml_fundamentals"], "tech_vague"),
    ("w5-u002", "Very fluent in beam search, language-model fusion and all the decoding tricks.", "v+", ["ml_fundamentals"], "tech_vague"),
    ("w5-u003", "Strong understanding of NPU memory hierarchies and operator fusion.", "v+", ["system_thinking"], "tech_vague"),
    ("w5-u004", "Shallow on SpecAugment and self-supervised pretraining.", "v-", ["ml_fundamentals"], "tech_vague"),
    ("w5-u005", "Knows the whole MLOps stack for edge deployment.", "v+", ["risk_awareness"], "tech_vague"),
    # plain_evidence
    ("w5-u006", "She asked who would listen to the recordings if a customer complained.", "e+", ["user_impact"], "plain_evidence"),
    ("w5-u007", "He wanted to sit with the labelling team for a day before changing the guideline.", "e+", ["data_intuition", "ownership"], "plain_evidence"),
    ("w5-u008", "They checked what the phone would do if the user walked out of Bluetooth range mid-sentence.", "e+", ["risk_awareness"], "plain_evidence"),
    ("w5-u009", "Asked me to repeat the question and then answered a different one.", "e-", ["communication"], "plain_evidence"),
    ("w5-u010", "He said he would call the three customers with the most complaints before touching the model.", "e+", ["user_impact", "ownership"], "plain_evidence"),
    ("w5-u011", "She drew the old and new flow side by side so I could see what changed.", "e+", ["communication"], "plain_evidence"),
    # negated
    ("w5-u012", "Never asked how the photos in the test set were chosen, even after I said they came from a marketing shoot.", "e-", ["data_intuition"], "negated"),
    ("w5-u013", "did not run his code once during the whole round", "e-", ["coding"], "negated"),
    ("w5-u014", "No mention of what the speaker should do when the verifier model fails to load.", "e-", ["risk_awareness", "system_thinking"], "negated"),
    ("w5-u015", "She didn't blame the vendor once, and said the spec she wrote them was unclear.", "e+", ["ownership"], "negated"),
    ("w5-u016", "Did not ask a single question about who the users were before proposing the metric.", "e-", ["metrics", "user_impact"], "negated"),
    ("w5-u017", "Not a natural leader.", "v-", ["ownership"], "negated"),
    # hedged
    ("w5-u018", "I think he may have mixed up precision and recall when describing the false-wake trade-off.", "e-", ["metrics"], "hedged"),
    ("w5-u019", "If I heard right, she said the latency budget was per utterance, not per frame.", "e-", ["system_thinking"], "hedged"),
    ("w5-u020", "Possibly a bit slow to adapt.", "v-", ["learning"], "hedged"),
    ("w5-u021", "I believe they proposed a canary on 1% of devices, though we were rushing at that point.", "e+", ["risk_awareness"], "hedged"),
    ("w5-u022", "Probably fine on the coding side.", "v+", ["coding"], "hedged"),
    # bare_verdict
    ("w5-u023", "SH", "v+", [], "bare_verdict"),
    ("w5-u024", "Would not hire for a senior speech role.", "v-", [], "bare_verdict"),
    ("w5-u025", "lean hire, borderline", "v+", [], "bare_verdict"),
    ("w5-u026", "Not for us.", "v-", [], "bare_verdict"),
    # verdict_plus_evidence
    ("w5-u027", "Excellent judgement: when the accuracy target and the 10 ms budget clashed, she shipped the smaller model and logged the gap as a known issue.", "e+", ["judgment"], "verdict_plus_evidence"),
    ("w5-u028", "Weak ownership, he said the broken labels were \"the vendor's job to fix\" and left it there.", "e-", ["ownership"], "verdict_plus_evidence"),
    ("w5-u029", "Great listener, picked up on my half-sentence about battery life and redesigned the wake-up schedule around it.", "e+", ["communication", "learning"], "verdict_plus_evidence"),
    ("w5-u030", "Poor metrics sense -> reported top-1 on the training images as the launch number.", "e-", ["metrics"], "verdict_plus_evidence"),
    ("w5-u031", "Impressive: he worked out that the int8 model would need 4 MB and the flash had 3, before I said anything.", "e+", ["system_thinking"], "verdict_plus_evidence"),
    # interviewer_action
    ("w5-u032", "I gave her the confusion matrix for the pet classifier and asked where she'd start.", "c", [], "interviewer_action"),
    ("w5-u033", "Hinted that the microphone gain changed in the last firmware release.", "c", [], "interviewer_action"),
    ("w5-u034", "When I hinted at the sample rate, he found the resampling bug within two minutes.", "e+", ["learning", "coding"], "interviewer_action"),
    ("w5-u035", "I pushed back on her choice of WER and she agreed instantly without saying why.", "e0", ["learning", "metrics"], "interviewer_action"),
    ("w5-u036", "I switched to the backup question on quantisation after 20 min.", "c", [], "interviewer_action"),
    # vague_quantity
    ("w5-u037", "Has shipped a million models to devices.", "v+", ["system_thinking"], "vague_quantity"),
    ("w5-u038", "Estimated 1.2 GB of audio per device per month at 10 wake-ups a day and said that was too much to upload.", "e+", ["system_thinking", "user_impact"], "vague_quantity"),
    ("w5-u039", "Loads of experience with accent data.", "v+", ["data_intuition"], "vague_quantity"),
    ("w5-u040", "100% sure she can run a launch on her own.", "v+", ["ownership"], "vague_quantity"),
    ("w5-u041", "Said their detector ran at 12 ms on a Pixel 6 after pruning 40% of channels.", "e+", ["system_thinking"], "vague_quantity"),
    # question
    ("w5-u042", "Q: how would you detect that a new wake-word model is waking up more at night?", "c", [], "question"),
    ("w5-u043", "He asked whether we keep the raw audio for false wakes or only the scores.", "e+", ["user_impact"], "question"),
    ("w5-u044", "I asked what she would do if the labelling vendor missed two deadlines in a row.", "c", ["ownership"], "question"),
    ("w5-u045", "They asked how labels for the \"package\" class were defined when a box is half-hidden.", "e+", ["data_intuition"], "question"),
    ("w5-u046", "Asked me three times what the \"right answer\" was instead of committing to a design.", "e-", ["judgment"], "question"),
    # biased
    ("w5-u047", "Very young for this level.", "v-", [], "biased"),
    ("w5-u048", "Has a strong accent, might be hard for customers to understand in demos.", "v-", [], "biased"),
    ("w5-u049", "Great guy, would definitely grab a beer with him.", "v+", [], "biased"),
    ("w5-u050", "She mentioned two small kids, so the on-call rota could be a problem.", "v-", [], "biased"),
    ("w5-u051", "Went to the same university as half the team, should fit right in.", "v+", [], "biased"),
    # mixed
    ("w5-u052", "Found the leak between train and test, but only after I pointed at the file names.", "e0", ["data_intuition", "learning"], "mixed"),
    ("w5-u053", "Quantised model was correct but she never checked it on the real device.", "e0", ["coding", "risk_awareness"], "mixed"),
    ("w5-u054", "Good on theory, weak on anything practical.", "v0", ["ml_fundamentals"], "mixed"),
    ("w5-u055", "He had a rollback plan but it needed every device to be online at once.", "e0", ["risk_awareness"], "mixed"),
    ("w5-u056", "Explained the privacy trade-off well to me, then said users \"won't read the settings anyway\".", "e-", ["user_impact", "communication"], "mixed"),
    # a few more plain context / evidence
    ("w5-u057", "Round 4, debugging, 50 min, on site.", "c", [], None),
    ("w5-u058", "Candidate joined 10 minutes late because of a VPN problem.", "c", [], None),
    ("w5-u059", "Kept defending the 0.92 validation accuracy after I showed him the field numbers were 0.7.", "e-", ["learning", "metrics"], "plain_evidence"),
    ("w5-u060", "She chose to ship to one country first and explained that the dialect data elsewhere was too thin to trust.", "e+", ["judgment", "data_intuition"], "plain_evidence"),
]

assert len(units) == 60 and len({u[0] for u in units}) == 60
save_units("data/corpus/raw/w5_units.jsonl", units)
print(len(units), "units")
