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


def seen_lowercase(pairs) -> list[int]:
    """Hashes of words that occur in lowercase in the training units (so are not names)."""
    seen = set()
    for doc, ranges in pairs:
        for s, e in ranges:
            for t in doc[s:e]:
                if t.text.islower():
                    seen.add(t.lower)
    return sorted(seen)


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
    clf = LogisticRegression(C=C, max_iter=3000, random_state=seed, class_weight="balanced")
    clf.fit(X, y)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(train: list[Unit], dev: list[Unit] | None, note_texts: dict[str, str], *, use_lexicons=True,
        prefixes=True, n_buckets=2 ** 18, seed=0, log=print, fixed: dict | None = None) -> FittedUnitModel:
    """Fit all heads; choose C per head and the dimension threshold by dev score, or use the
    hyper-parameters in ``fixed`` (a previous fit's ``chosen``) without looking at dev."""
    from sklearn.metrics import f1_score
    nlp = spacy.blank("en")
    tr_pairs = unit_docs(nlp, train, note_texts)
    cfg = FeatureConfig(n_buckets=n_buckets, use_lexicons=use_lexicons, prefixes=prefixes,
                        seen_lower=seen_lowercase(tr_pairs))
    feat = Featurizer(cfg)
    Xtr, ytr = feat.transform(tr_pairs), label_arrays(train)
    if fixed is not None:
        return _fit_fixed(Xtr, ytr, cfg, fixed, seed)
    Xdv, ydv = feat.transform(unit_docs(nlp, dev, note_texts)), label_arrays(dev)
    chosen, heads = {}, []
    for name, idx, n in (("kind", 0, len(KINDS)), ("polarity", 1, len(POLARITIES))):
        best = None
        for C in C_GRID:
            W, b = _fit_softmax(Xtr, ytr[idx], C, n, seed)
            pred = np.asarray(Xdv @ W + b).argmax(1)
            f1 = f1_score(ydv[idx], pred, average="macro")
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, C, W, b)
        log(f"  {name}: C={best[1]} dev macro-F1={best[0]:.3f}")
        chosen[name] = {"C": best[1], "dev_macro_f1": round(best[0], 4)}
        heads.append((best[2], best[3]))
    # Dimensions: one C for all (selected by dev micro-F1), then one shared threshold.
    best = None
    for C in C_GRID:
        cols = [_fit_binary(Xtr, ytr[2][:, j], C, seed) for j in range(len(DIMENSIONS))]
        Wd = np.stack([c[0] for c in cols], axis=1)
        bd = np.array([c[1] for c in cols], dtype=np.float32)
        P = 1 / (1 + np.exp(-(np.asarray(Xdv @ Wd) + bd)))
        for t in THRESHOLD_GRID:
            f1 = f1_score(ydv[2], (P >= t).astype(int), average="micro", zero_division=0)
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, C, float(t), Wd, bd)
    log(f"  dimensions: C={best[1]} threshold={best[2]} dev micro-F1={best[0]:.3f}")
    chosen["dimensions"] = {"C": best[1], "threshold": best[2], "dev_micro_f1": round(best[0], 4)}
    W = np.concatenate([heads[0][0], heads[1][0], best[3]], axis=1)
    b = np.concatenate([heads[0][1], heads[1][1], best[4]])
    thr = np.full(len(DIMENSIONS), best[2], dtype=np.float32)
    return FittedUnitModel(W, b, thr, cfg.seen_lower, cfg, chosen)


def _fit_fixed(Xtr, ytr, cfg, fixed, seed) -> FittedUnitModel:
    Wk, bk = _fit_softmax(Xtr, ytr[0], fixed["kind"]["C"], len(KINDS), seed)
    Wp, bp = _fit_softmax(Xtr, ytr[1], fixed["polarity"]["C"], len(POLARITIES), seed)
    cols = [_fit_binary(Xtr, ytr[2][:, j], fixed["dimensions"]["C"], seed) for j in range(len(DIMENSIONS))]
    Wd = np.stack([c[0] for c in cols], axis=1)
    bd = np.array([c[1] for c in cols], dtype=np.float32)
    thr = np.full(len(DIMENSIONS), fixed["dimensions"]["threshold"], dtype=np.float32)
    return FittedUnitModel(np.concatenate([Wk, Wp, Wd], axis=1), np.concatenate([bk, bp, bd]),
                           thr, cfg.seen_lower, cfg, dict(fixed))
