"""Fit the unit classifier (kind, polarity, dimensions) on the train split, tune on dev."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import spacy
from spacy.attrs import LOWER

from ..labels import DIMENSIONS, KINDS, POLARITIES
from ..pipeline.features import FeatureConfig, Featurizer
from .corpus import Unit

C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
THRESHOLD_GRID = tuple(np.round(np.arange(0.2, 0.75, 0.05), 2))


def unit_docs(nlp, units: list[Unit], note_texts: dict[str, str]):
    """(doc, [(tok_start, tok_end)]) pairs, one per unit; units of one note share its Doc."""
    cache, pairs = {}, []
    for u in units:
        if u.note_id is None:
            doc = nlp.make_doc(u.text)
            pairs.append((doc, [(0, len(doc))]))
            continue
        doc = cache.get(u.note_id)
        if doc is None:
            doc = cache[u.note_id] = nlp.make_doc(note_texts[u.note_id])
        span = doc.char_span(u.start, u.end, alignment_mode="expand")
        pairs.append((doc, [(span.start, span.end)]))
    return pairs


def seen_lowercase(pairs, writers=None) -> list[int]:
    """Hashes of words written in lowercase by at least two writers in training: common words,
    not names (a writer who types everything in lowercase writes names that way too)."""
    by_word: dict[int, set] = {}
    for k, (doc, ranges) in enumerate(pairs):
        w = writers[k] if writers else 0
        for s, e in ranges:
            for t in doc[s:e]:
                if t.text.islower():
                    by_word.setdefault(t.lower, set()).add(w)
    need = 2 if writers and len(set(writers)) > 1 else 1
    return sorted(h for h, ws in by_word.items() if len(ws) >= need)


def label_arrays(units: list[Unit]):
    y_kind = np.array([KINDS.index(u.kind) for u in units])
    y_pol = np.array([POLARITIES.index(u.polarity) for u in units])
    y_dim = np.array([[d in u.dimensions for d in DIMENSIONS] for u in units], dtype=int)
    return y_kind, y_pol, y_dim


@dataclass
class FittedUnitModel:
    W: np.ndarray
    b: np.ndarray
    thresholds: np.ndarray
    seen_lower: list[int]
    cfg: FeatureConfig
    chosen: dict


def _fit_softmax(X, y, C, n_classes, seed):
    from sklearn.linear_model import LogisticRegression
    clf = LogisticRegression(C=C, max_iter=3000, random_state=seed)
    clf.fit(X, y)
    W = np.zeros((X.shape[1], n_classes), dtype=np.float32)

    b = np.full(n_classes, -30.0, dtype=np.float32)  # a class absent from training is never predicted
    for j, c in enumerate(clf.classes_):
        W[:, c] = clf.coef_[j] if len(clf.classes_) > 2 else (clf.coef_[0] if j == 1 else 0)
        b[c] = clf.intercept_[j] if len(clf.classes_) > 2 else (clf.intercept_[0] if j == 1 else 0)
    return W, b


def _fit_binary(X, y, C, seed):
    from sklearn.linear_model import LogisticRegression
    if y.min() == y.max():
        return np.zeros(X.shape[1], dtype=np.float32), (5.0 if y[0] else -5.0)
    clf = LogisticRegression(C=C, max_iter=3000, random_state=seed, class_weight="balanced",
                             solver="liblinear")
    clf.fit(X, y)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(train: list[Unit], dev: list[Unit] | None, note_texts: dict[str, str], *, use_lexicons=True,
        prefixes=True, negation=True, n_buckets=2 ** 18, seed=0, log=print,
        fixed: dict | None = None) -> FittedUnitModel:
    """Fit all heads; choose C per head and the dimension threshold by dev score, or use the
    hyper-parameters in ``fixed`` (a previous fit's ``chosen``) without looking at dev."""
    from sklearn.metrics import f1_score
    nlp = spacy.blank("en")
    tr_pairs = unit_docs(nlp, train, note_texts)
    cfg = FeatureConfig(n_buckets=n_buckets, use_lexicons=use_lexicons, prefixes=prefixes, negation=negation,
                        seen_lower=seen_lowercase(tr_pairs, [u.writer for u in train]))
    feat = Featurizer(cfg)
    Xtr, ytr = feat.transform(tr_pairs), label_arrays(train)
    # Fit only on hash buckets that occur in training (a small fraction of 2**18): same solution,
    # far faster solvers; weights of unused buckets stay 0.
    used = np.unique(Xtr.indices)
    Xtr = Xtr[:, used]
    if fixed is not None:
        return _expand(_fit_heads(Xtr, ytr, cfg, fixed, seed), used, n_buckets)
    Xdv, ydv = feat.transform(unit_docs(nlp, dev, note_texts))[:, used], label_arrays(dev)
    # Kind first; polarity and dimensions are then scored as at inference time, where a unit
    # predicted context is neutral with no dimensions.
    grid = {"kind": {}, "polarity": {}, "dimensions": {}}
    for C in C_GRID:
        f = _fit_heads(Xtr, ytr, cfg, {h: {"C": C, "threshold": 0.5} for h in grid}, seed)
        kind, pol, dim = _predict(Xdv, f)
        grid["kind"][C] = (f1_score(ydv[0], kind.argmax(1), average="macro"), f)
        grid["polarity"][C] = (None, f)
        grid["dimensions"][C] = (None, f)
    best_kind = max(C_GRID, key=lambda C: grid["kind"][C][0])
    ctx = _predict(Xdv, grid["kind"][best_kind][1])[0].argmax(1) == KINDS.index("context")
    pol_scores = {}
    for C in C_GRID:
        pol = _predict(Xdv, grid["polarity"][C][1])[1].argmax(1)
        pol[ctx] = POLARITIES.index("neutral")
        pol_scores[C] = f1_score(ydv[1], pol, average="macro")
    best_pol = max(C_GRID, key=pol_scores.get)
    best_dim = None
    for C in C_GRID:
        P = _predict(Xdv, grid["dimensions"][C][1])[2]
        P[ctx] = 0.0
        for t in THRESHOLD_GRID:
            f1 = f1_score(ydv[2], (P >= t).astype(int), average="micro", zero_division=0)
            if best_dim is None or f1 > best_dim[0] + 1e-9:
                best_dim = (f1, C, float(t))
    chosen = {"kind": {"C": best_kind, "dev_macro_f1": round(grid["kind"][best_kind][0], 4)},
              "polarity": {"C": best_pol, "dev_macro_f1": round(pol_scores[best_pol], 4)},
              "dimensions": {"C": best_dim[1], "threshold": best_dim[2], "dev_micro_f1": round(best_dim[0], 4)}}
    for h, v in chosen.items():
        log(f"  {h}: " + ", ".join(f"{k}={x}" for k, x in v.items()))
    return _expand(_fit_heads(Xtr, ytr, cfg, chosen, seed), used, n_buckets)


def _predict(X, f: "FittedUnitModel"):
    Z = np.asarray(X @ f.W) + f.b
    return _softmax(Z[:, :3]), _softmax(Z[:, 3:6]), 1 / (1 + np.exp(-Z[:, 6:]))


def _expand(f: FittedUnitModel, used: np.ndarray, n_buckets: int) -> FittedUnitModel:
    W = np.zeros((n_buckets, f.W.shape[1]), dtype=np.float32)
    W[used] = f.W
    f.W = W
    return f


def _fit_heads(Xtr, ytr, cfg, hp: dict, seed) -> FittedUnitModel:
    """Kind on every unit; polarity and dimensions on judged (non-context) units only, since
    context is neutral and dimension-free by definition and is overridden at inference."""
    judged = ytr[0] != KINDS.index("context")
    Wk, bk = _fit_softmax(Xtr, ytr[0], hp["kind"]["C"], len(KINDS), seed)
    Wp, bp = _fit_softmax(Xtr[judged], ytr[1][judged], hp["polarity"]["C"], len(POLARITIES), seed)
    cols = [_fit_binary(Xtr[judged], ytr[2][judged, j], hp["dimensions"]["C"], seed) for j in range(len(DIMENSIONS))]
    Wd = np.stack([c[0] for c in cols], axis=1)
    bd = np.array([c[1] for c in cols], dtype=np.float32)
    thr = np.full(len(DIMENSIONS), hp["dimensions"].get("threshold", 0.5), dtype=np.float32)
    return FittedUnitModel(np.concatenate([Wk, Wp, Wd], axis=1), np.concatenate([bk, bp, bd]),
                           thr, cfg.seen_lower, cfg, {h: dict(v) for h, v in hp.items()})
