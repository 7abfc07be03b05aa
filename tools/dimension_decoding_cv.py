"""Which dimension decoding rule? Writer-grouped 4-fold CV over the train+dev writers (never test).

The shipped design (unit_model.FEATURES and HYPERPARAMETERS) is fitted on 36 writers and scores
the other 12, for each of four folds (the 48 writers sorted by number, fold k holds out every
fourth from the k-th, as in tools/encoder_screen.py). Then each decoding rule is applied to the
same held-out probabilities: a threshold for units classified vague, one for units classified
evidence, and whether an evidence unit keeps its most likely dimension when none passes
(DimensionDecoder). Kind and polarity do not depend on it. About two minutes on 2 cores.

Usage: PYTHONPATH=src python tools/dimension_decoding_cv.py [--out reports/dimension_decoding_cv.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from notelint.labels import DIMENSIONS  # noqa: E402
from notelint.pipeline.dimension_decoding import DimensionDecoder  # noqa: E402
from notelint.training import unit_model as um  # noqa: E402
from notelint.training.corpus import load_notes, load_units  # noqa: E402

CORPUS = ROOT / "data" / "corpus"
VAGUE_T = (0.45, 0.5, 0.55)
EVIDENCE_T = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75)


def writer_folds():
    """Per fold: (features X of all train+dev units, held-out mask, label arrays, the shipped
    design fitted on the other writers)."""
    units = load_units(CORPUS, "train") + load_units(CORPUS, "dev")
    assert {u.split for u in units} <= {"train", "dev"}
    texts = {n["note_id"]: n["text"] for n in load_notes(CORPUS, "train") + load_notes(CORPUS, "dev")}
    wr = np.array([u.writer for u in units])
    writers = sorted(set(wr.tolist()), key=lambda w: int(w[1:]))
    y = um.label_arrays(units)
    for fold in range(4):
        te = np.isin(wr, writers[fold::4])
        X, cfg = um.fold_features(units, texts, 2 ** 18, um.FEATURES, ~te)
        yield X, te, y, um._fit_heads(X[~te], [a[~te] for a in y], cfg, um.HYPERPARAMETERS, 0)


def held_out_probs():
    """(kind argmax, dimension probabilities, gold dimensions) of each fold's held-out units."""
    for X, te, y, f in writer_folds():
        Z = np.asarray(X[te] @ f.W) + f.b
        yield Z[:, :3].argmax(1), um._sigmoid(Z[:, 6:]), y[2][te].astype(bool)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    t0 = time.time()
    folds = list(held_out_probs())
    rules = [("plain", DimensionDecoder.plain(0.5))]
    for tv in VAGUE_T:
        for te in EVIDENCE_T:
            for one in (False, True):
                rules.append((f"vague {tv} evidence {te}{' at-least-one' if one else ''}",
                              DimensionDecoder(np.full(len(DIMENSIONS), tv, np.float32), np.full(len(DIMENSIONS), te, np.float32), one)))
    rows = []
    for name, dec in rules:
        f1 = [um._micro_f1(Y, dec.mask(k, D)) for k, D, Y in folds]
        rows.append({"rule": name, "folds": [round(x, 4) for x in f1], "mean": round(float(np.mean(f1)), 4)})
    base = rows[0]["folds"]
    for r in sorted(rows, key=lambda r: r["mean"]):
        gain = [round(x - b, 4) for x, b in zip(r["folds"], base)]
        r["gain_over_plain"] = gain
        print(f"{r['rule']:45s} {' '.join(f'{x:.4f}' for x in r['folds'])}  mean {r['mean']:.4f}  "
              f"folds improved {sum(g > 0 for g in gain)}/4")
    print(f"({time.time() - t0:.0f} s)")
    if a.out:
        a.out.write_text(json.dumps({"folds": "4 writer folds of the 48 train+dev writers", "rows": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
