"""Quick screen of unit-classifier feature designs by leave-one-writer-out CV (never test).

Each train/dev writer is held out in turn; the design is fitted on all the other writers with
*fixed* hyper-parameters (the shipped model's, unit_model.HYPERPARAMETERS) and scored on the held-out
writer as at inference. Cheaper than tools/unit_cv.py (one fit per fold instead of a grid, no
nested selection) and slightly biased toward the shipped design, whose hyper-parameters these are.

    PYTHONPATH=src python tools/feature_lowo.py '{"note_weight": 0.5}' --json reports/x.json
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unit_cv import BASE, CORPUS, scores  # noqa: E402

from notelint.labels import DIMENSIONS  # noqa: E402
from notelint.training import unit_model as um  # noqa: E402
from notelint.training.corpus import load_notes, load_units  # noqa: E402


def lowo(units, texts, opts: dict, hp: dict, writers=None, log=print, features=None):
    """Pooled held-out scores for ``writers`` (default all). ``features``: a replacement for
    ``unit_model.fold_features`` (same signature), to screen blocks the featuriser lacks."""
    y = um.label_arrays(units)
    wr = np.array([u.writer for u in units])
    writers = writers or sorted(set(wr.tolist()), key=lambda w: int(w[1:]))
    n = len(units)
    kind, pol, dim = np.zeros(n, int), np.zeros(n, int), np.zeros((n, len(DIMENSIONS)), bool)
    rows = np.isin(wr, writers)
    t = time.time()
    for w in writers:
        tr, te = wr != w, wr == w
        X, cfg = (features or um.fold_features)(units, texts, 2 ** 18, opts, tr)
        kind[te], pol[te], dim[te] = fit_and_predict(X, tr, te, y, cfg, hp)
        s = scores([a[te] for a in y], kind[te], pol[te], dim[te])
        log(f"  {w}: kind {s[0]:.4f} polarity {s[1]:.4f} dimensions {s[2]:.4f} ({time.time() - t:.0f} s)")
    return scores([a[rows] for a in y], kind[rows], pol[rows], dim[rows])


def fit_and_predict(X, tr, te, y, cfg, hp):
    """Fit all heads on rows ``tr`` with ``hp``; labels of rows ``te`` as at inference."""
    f = um._fit_heads(X[tr], [a[tr] for a in y], cfg, hp, 0)  # polarity offsets folded into b
    z = np.asarray(X[te] @ f.W) + f.b
    k = z[:, :3].argmax(1)
    p = np.where(k == um.CTX, um.NEUTRAL, z[:, 3:6].argmax(1))
    d = f.decoder.mask(k, um._sigmoid(z[:, 6:]))
    return k, p, d


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("design", help="feature options over the shipped design, as JSON ('{}' = shipped)")
    ap.add_argument("--writers", help="comma-separated writers to hold out (default: all train/dev)")
    ap.add_argument("--json", type=Path, help="also write the pooled figures here")
    a = ap.parse_args(argv)
    notes = load_notes(CORPUS, "train") + load_notes(CORPUS, "dev")
    units = load_units(CORPUS, "train") + load_units(CORPUS, "dev")
    texts = {n["note_id"]: n["text"] for n in notes}
    opts = {**BASE, **um.FEATURES, **json.loads(a.design)}
    hp = um.HYPERPARAMETERS
    k, p, d, per = lowo(units, texts, opts, hp, a.writers.split(",") if a.writers else None)
    out = {"design": opts, "hyperparameters": hp, "kind_macro_f1": round(k, 4), "polarity_macro_f1": round(p, 4),
           "dimension_micro_f1": round(d, 4), "dimension_f1": dict(zip(DIMENSIONS, np.round(per, 4).tolist()))}
    print(json.dumps(out))
    if a.json:
        a.json.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
