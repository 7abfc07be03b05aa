"""Learning curve of the unit classifier by number of training *writers* (never test).

For each train/dev writer held out in turn, fit the shipped feature design with fixed
hyper-parameters on random subsets of m of the other writers and score the held-out writer as at
inference (a unit predicted context is neutral with no dimensions). Averages over writers and
draws show whether more writers (new voices and briefs) still buy accuracy.

    PYTHONPATH=src python tools/learning_curve.py                 # m = 2, 4, 8, ... all others
    PYTHONPATH=src python tools/learning_curve.py --sizes 2 4 8 --draws 2
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unit_cv import BASE, CORPUS, scores  # noqa: E402

from notelint.training import unit_model as um  # noqa: E402
from notelint.training.corpus import load_notes, load_units  # noqa: E402

FIXED = {"kind": {"C": 32.0}, "polarity": {"C": 32.0, "class_weight": None, "offsets": [-0.1, 0.0, 0.0]},
         "dimensions": {"C": 64.0, "threshold": 0.35}}  # the CV choice of model v1 (reports/design_cv.txt)


def held_out_scores(units, texts, y, wr, train_writers, test_writer, opts):
    tr, te = np.isin(wr, train_writers), wr == test_writer
    X, cfg = um.fold_features(units, texts, 2 ** 18, opts, tr)
    pol = FIXED["polarity"]
    # Fit without the polarity offsets: um.apply adds them, with the inference rules.
    f = um._fit_heads(X[tr], [a[tr] for a in y], cfg, {**FIXED, "polarity": {**pol, "offsets": [0.0] * 3}}, 0)
    z = np.asarray(X[te] @ f.W) + f.b
    probs = {"writers": wr[te], ("kind", FIXED["kind"]["C"]): um._softmax(z[:, :3]),
             ("polarity", pol["C"], pol["class_weight"]): um._softmax(z[:, 3:6]),
             ("dimensions", FIXED["dimensions"]["C"]): um._sigmoid(z[:, 6:])}
    return scores([a[te] for a in y], *um.apply(probs, FIXED))[:3]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", help="numbers of training writers (default: doubling)")
    ap.add_argument("--draws", type=int, default=2, help="random writer subsets per size (1 for all others)")
    ap.add_argument("--json", type=Path, help="also write the curve here")
    a = ap.parse_args(argv)
    notes = load_notes(CORPUS, "train") + load_notes(CORPUS, "dev")
    units = load_units(CORPUS, "train") + load_units(CORPUS, "dev")
    texts = {n["note_id"]: n["text"] for n in notes}
    y = um.label_arrays(units)
    wr = np.array([u.writer for u in units])
    writers = sorted(set(wr.tolist()), key=lambda w: int(w[1:]))
    n_other = len(writers) - 1
    sizes = a.sizes or sorted({*(2 ** i for i in range(1, n_other.bit_length()) if 2 ** i < n_other), n_other})
    opts = {**BASE, "heading": True}
    rng = random.Random(0)
    curve = {}
    for m in sizes:
        got = []
        for w in writers:
            others = [x for x in writers if x != w]
            for _ in range(a.draws if m < n_other else 1):
                got.append(held_out_scores(units, texts, y, wr, rng.sample(others, m), w, opts))
        curve[m] = np.mean(got, axis=0).round(4).tolist()
        print(f"{m:>3} writers  kind {curve[m][0]:.4f}  polarity {curve[m][1]:.4f}  dimensions {curve[m][2]:.4f}"
              f"  ({len(got)} fits)", flush=True)
    if a.json:
        a.json.write_text(json.dumps({"writers": writers, "fixed": FIXED, "curve": curve}, indent=1) + "\n")


if __name__ == "__main__":
    main()
