"""Other dimension-head designs against the shipped one, on the writer folds of train+dev.

Same four folds as tools/dimension_decoding_cv.py (never test). Each design is decoded with the
shipped rule (unit_model.HYPERPARAMETERS) and scored by dimension micro-F1 on the held-out
writers: the shipped head; C 64 instead of 32; a softmax over each unit's primary dimension
(one row per gold dimension), either choosing the dimension an evidence unit keeps or averaged
into the sigmoids; a second head fitted on evidence units only, alone or averaged with the shared
head, for units classified evidence. About 12 minutes on 2 cores.

Usage: PYTHONPATH=src python tools/dimension_head_screen.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))
from dimension_decoding_cv import writer_folds  # noqa: E402
from notelint.labels import KINDS  # noqa: E402
from notelint.training import unit_model as um  # noqa: E402

EV = KINDS.index("evidence")


def main():
    from sklearn.linear_model import LogisticRegression
    decoder = um.decoder_from(um.HYPERPARAMETERS["dimensions"])
    res: dict[str, list[float]] = {}
    for fold, (X, te, y, f) in enumerate(writer_folds()):
        tr = ~te
        Z = np.asarray(X[te] @ f.W) + f.b
        k, D, Y = Z[:, :3].argmax(1), um._sigmoid(Z[:, 6:]), y[2][te].astype(bool)
        ev = k == EV
        Xtr, ktr, Ytr = X[tr], y[0][tr], y[2][tr]
        judged = ktr != um.CTX
        W64, b64 = um._fit_dims(Xtr[judged], Ytr[judged], [64.0] * Y.shape[1], 0)
        rows, labels = np.nonzero(Ytr)
        S = LogisticRegression(C=32.0, max_iter=3000, random_state=0).fit(Xtr[rows], labels).predict_proba(X[te])
        soft_top = decoder.mask(k, D)
        soft_top[ev] = D[ev] >= decoder.evidence_thresholds
        soft_top[np.flatnonzero(ev), S[ev].argmax(1)] = True
        We, be = um._fit_dims(Xtr[ktr == EV], Ytr[ktr == EV], [32.0] * Y.shape[1], 0)
        De = um._sigmoid(np.asarray(X[te] @ We) + be)
        alone, avg = D.copy(), D.copy()
        alone[ev], avg[ev] = De[ev], (De[ev] + D[ev]) / 2
        designs = {"shipped": decoder.mask(k, D),
                   "dimension C 64": decoder.mask(k, um._sigmoid(np.asarray(X[te] @ W64) + b64)),
                   "primary-dimension softmax picks the kept dimension": soft_top,
                   "primary-dimension softmax averaged in": decoder.mask(k, (D + S) / 2),
                   "evidence-only head": decoder.mask(k, alone),
                   "evidence-only head averaged in": decoder.mask(k, avg)}
        for name, M in designs.items():
            res.setdefault(name, []).append(round(um._micro_f1(Y, M), 4))
        print(json.dumps({"fold": fold, **{n: v[-1] for n, v in res.items()}}), flush=True)
    print(json.dumps({n: {"folds": v, "mean": round(float(np.mean(v)), 4)} for n, v in res.items()}, indent=1))


if __name__ == "__main__":
    main()
