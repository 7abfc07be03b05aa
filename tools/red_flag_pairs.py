"""How well the shipped model finds the (unit, risk dimension) pairs that raise red flags.

A red flag in the candidate signal rests on a unit classified negative behavioural evidence
(P(evidence) >= 0.5) and tagged with a risk dimension (debrief.aggregate.RISK_DIMENSIONS). This
scores those pairs against the gold labels of a split's notes, under the shipped dimension
decoding and under the plain one (every judged unit: threshold 0.5, no minimum), on the same
probabilities. A report, not a tuning step: nothing here feeds back into the model.

Usage: PYTHONPATH=src python tools/red_flag_pairs.py [--split test]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
import notelint  # noqa: E402
from notelint.debrief.aggregate import RISK_DIMENSIONS  # noqa: E402
from notelint.labels import DIMENSIONS, KINDS, POLARITIES  # noqa: E402
from notelint.pipeline.dimension_decoding import DimensionDecoder  # noqa: E402
from notelint.training.corpus import load_notes  # noqa: E402

EV, NEG = KINDS.index("evidence"), POLARITIES.index("negative")
RISK = [DIMENSIONS.index(d) for d in RISK_DIMENSIONS]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test")
    a = ap.parse_args(argv)
    nlp = notelint.load().nlp
    decoders = {"shipped": nlp.get_pipe("notelint_unit_classifier_v1").decoder, "plain": DimensionDecoder.plain(0.5)}
    counts = {name: {"tp": 0, "fp": 0, "fn": 0} for name in decoders}
    for n in load_notes(ROOT / "data" / "corpus", a.split):
        doc = nlp(n["text"])
        sc, offsets = doc._.unit_scores, doc._.unit_offsets
        if sc is None:
            continue
        gold = {(u["start"], u["end"]): u for u in n["units"]}
        k, pol = sc.kind_index(), sc.polarity_index()
        flaggable = (k == EV) & (pol == NEG) & (sc.kind[:, EV] >= 0.5)
        for name, dec in decoders.items():
            mask = dec.mask(k, sc.dimensions)
            for i, span in enumerate(offsets):
                g = gold.get(tuple(span))
                pred = {DIMENSIONS[j] for j in RISK if mask[i, j]} if flaggable[i] else set()
                true = ({d for d in g["dimensions"] if d in RISK_DIMENSIONS}
                        if g and g["kind"] == "evidence" and g["polarity"] == "negative" else set())
                c = counts[name]
                c["tp"] += len(pred & true)
                c["fp"] += len(pred - true)
                c["fn"] += len(true - pred)
    for c in counts.values():
        c["precision"] = round(c["tp"] / max(c["tp"] + c["fp"], 1), 3)
        c["recall"] = round(c["tp"] / max(c["tp"] + c["fn"], 1), 3)
        c["f1"] = round(2 * c["tp"] / max(2 * c["tp"] + c["fp"] + c["fn"], 1), 3)
    print(json.dumps({"split": a.split, **counts}, indent=1))


if __name__ == "__main__":
    main()
