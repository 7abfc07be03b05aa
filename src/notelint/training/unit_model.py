"""Fit the unit classifier (kind, polarity, dimensions) and choose its hyper-parameters by
leave-one-writer-out cross-validation (LOWO), so that choices transfer to writers not seen."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import spacy
from spacy.strings import hash_string

from ..labels import DIMENSIONS, KINDS, POLARITIES
from ..pipeline.dimension_decoding import DimensionDecoder
from ..pipeline.features import FeatureConfig, Featurizer
from .corpus import Unit

C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)
THRESHOLD_GRID = tuple(np.round(np.arange(0.2, 0.75, 0.05), 2))
OFFSET_GRID = tuple(np.round(np.arange(-1.0, 1.01, 0.1), 2))
CTX, NEUTRAL = KINDS.index("context"), POLARITIES.index("neutral")
# Feature options that LOWO CV kept (tools/unit_cv.py); fit() uses them unless told otherwise.
# Section headings helped polarity and dimensions a little; negation, contrast, lexicon pairs,
# previous-unit words and up-weighted lexicons did not (within CV noise, or hurt one head). The
# whole note's words as a block of norm 0.25 (note_weight) helped dimensions (+0.9 points, 20 of
# 24 writers) and polarity (+0.3) in a fixed-hyper-parameter screen (tools/feature_lowo.py,
# reports/feature_lowo_note.json); weights 0.5 and 1.0 did no better.
FEATURES = {"use_lexicons": True, "prefixes": True, "negation": False, "contrast": False,
            "heading": True, "lex_pairs": False, "prev": False, "lex_weight": 1.0, "note_weight": 0.25}
# Hyper-parameters `notelint train` fits with: chosen by LOWO CV over the 24 train+dev writers
# (select() over C_GRID, OFFSET_GRID, THRESHOLD_GRID) for the design without the note block, and
# kept for it, since with the block that search takes hours (its fits converge far more slowly);
# the screen above used these same values. `notelint train --search` re-runs the search.
HYPERPARAMETERS = {"kind": {"C": 64.0},
                   "polarity": {"C": 64.0, "class_weight": None, "offsets": [0.3, 0.1, 0.0]},
                   "dimensions": {"C": 32.0, "threshold": 0.5,
                                  # decoding rule chosen by tools/dimension_decoding_cv.py
                                  "evidence_threshold": 0.65, "evidence_at_least_one": True}}


def unit_docs(nlp, units: list[Unit], note_texts: dict[str, str]):
    """(doc, [(tok_start, tok_end), ...]) pairs whose rows, in order, are the units: consecutive
    units of one note share one pair, so features can see a unit's neighbours (its heading)."""
    pairs, last = [], None
    for u in units:
        if u.note_id is None:
            doc = nlp.make_doc(u.text)
            pairs.append((doc, [(0, len(doc))]))
            last = None
            continue
        if u.note_id != last:
            pairs.append((nlp.make_doc(note_texts[u.note_id]), []))
            last = u.note_id
        doc, ranges = pairs[-1]
        span = doc.char_span(u.start, u.end, alignment_mode="expand")
        ranges.append((span.start, span.end))
    return pairs


def pair_writers(units: list[Unit]) -> list[str]:
    """Writer of each pair of ``unit_docs(units)``."""
    out, last = [], None
    for u in units:
        if u.note_id is None or u.note_id != last:
            out.append(u.writer)
        last = u.note_id
    return out


_I = hash_string("i")


def seen_lowercase(pairs, writers=None) -> list[int]:
    """Hashes of common words, not names: written in lowercase by at least two writers, and in
    lowercase more often than capitalised inside a unit. Writers who type everything in lowercase
    write names that way too ("chatted w/ fatima"), but the other writers capitalise them.
    ``writers``: one per pair."""
    by_word: dict[int, set] = {}
    lower: dict[int, int] = {}
    title_inside: dict[int, int] = {}
    for k, (doc, ranges) in enumerate(pairs):
        w = writers[k] if writers else 0
        for s, e in ranges:
            for t in doc[s:e]:
                if t.text.islower():
                    by_word.setdefault(t.lower, set()).add(w)
                    lower[t.lower] = lower.get(t.lower, 0) + 1
                elif t.is_title and t.i > s:
                    title_inside[t.lower] = title_inside.get(t.lower, 0) + 1
    need = 2 if writers and len(set(writers)) > 1 else 1
    common = {h for h, ws in by_word.items() if len(ws) >= need and lower[h] > title_inside.get(h, 0)}
    return sorted(common | {_I})  # "I" is capitalised everywhere and is never a name


def label_arrays(units: list[Unit]):
    y_kind = np.array([KINDS.index(u.kind) for u in units])
    y_pol = np.array([POLARITIES.index(u.polarity) for u in units])
    y_dim = np.array([[d in u.dimensions for d in DIMENSIONS] for u in units], dtype=int)
    return y_kind, y_pol, y_dim


@dataclass
class FittedUnitModel:
    W: np.ndarray
    b: np.ndarray
    decoder: DimensionDecoder
    seen_lower: list[int]
    cfg: FeatureConfig
    chosen: dict


def _fit_softmax(X, y, C, n_classes, seed, class_weight=None):
    from sklearn.linear_model import LogisticRegression
    clf = LogisticRegression(C=C, max_iter=3000, random_state=seed, class_weight=class_weight)
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


def _fit_dims(X, Y, Cs, seed):
    cols = [_fit_binary(X, Y[:, j], C, seed) for j, C in enumerate(Cs)]
    return np.stack([c[0] for c in cols], axis=1), np.array([c[1] for c in cols], dtype=np.float32)


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _featurize(units, note_texts, n_buckets, feature_opts, fit_rows=None, counts_out=None):
    """Features of all ``units``; the name mask (seen lowercase) comes from ``fit_rows`` only.
    ``counts_out``: as in ``Featurizer.transform``."""
    nlp = spacy.blank("en")
    pairs, pw = unit_docs(nlp, units, note_texts), pair_writers(units)
    if fit_rows is not None:
        keep = set(np.asarray([u.writer for u in units])[fit_rows].tolist())
        sl = seen_lowercase([p for p, w in zip(pairs, pw) if w in keep], [w for w in pw if w in keep])
    else:
        sl = seen_lowercase(pairs, pw)
    cfg = FeatureConfig(n_buckets=n_buckets, seen_lower=sl, **feature_opts)
    return Featurizer(cfg).transform(pairs, counts_out), cfg


def fit(train: list[Unit], dev: list[Unit] | None, note_texts: dict[str, str], *, n_buckets=2 ** 18,
        seed=0, log=print, fixed: dict | None = None, **feature_opts) -> FittedUnitModel:
    """Fit all heads on ``train`` with the hyper-parameters ``fixed`` (a previous fit's ``chosen``
    or ``select()``'s output), or chosen by LOWO CV over the writers of ``train`` (plus ``dev``,
    which then joins the training set: more writers transfer better)."""
    opts = {**FEATURES, **feature_opts}
    units = list(train) + (list(dev) if dev and fixed is None else [])
    if fixed is None:
        fixed = select(lowo_predictions(units, note_texts, opts, n_buckets=n_buckets, seed=seed, log=log),
                       label_arrays(units))
        for h, v in fixed.items():
            log(f"  {h}: " + ", ".join(f"{k}={x}" for k, x in v.items()))
    X, cfg = _featurize(units, note_texts, n_buckets, opts)
    # Fit only on hash buckets that occur in training (a small fraction of 2**18): same solution,
    # far faster solvers; weights of unused buckets stay 0.
    used = np.unique(X.indices)
    return _expand(_fit_heads(X[:, used], label_arrays(units), cfg, fixed, seed), used, n_buckets)


def _expand(f: FittedUnitModel, used: np.ndarray, n_buckets: int) -> FittedUnitModel:
    W = np.zeros((n_buckets, f.W.shape[1]), dtype=np.float32)
    W[used] = f.W
    f.W = W
    return f


def _dim_Cs(hp: dict) -> list[float]:
    return hp.get("C_per") or [hp["C"]] * len(DIMENSIONS)


def _fit_heads(Xtr, ytr, cfg, hp: dict, seed) -> FittedUnitModel:
    """Kind on every unit; polarity and dimensions on judged (non-context) units only, since
    context is neutral and dimension-free by definition and is overridden at inference.
    Polarity offsets (chosen by CV) are folded into its biases, so inference is unchanged."""
    judged = ytr[0] != CTX
    Wk, bk = _fit_softmax(Xtr, ytr[0], hp["kind"]["C"], len(KINDS), seed)
    pol = hp["polarity"]
    Wp, bp = _fit_softmax(Xtr[judged], ytr[1][judged], pol["C"], len(POLARITIES), seed,
                          pol.get("class_weight"))
    bp = bp + np.asarray(pol.get("offsets", np.zeros(len(POLARITIES))), dtype=np.float32)
    Wd, bd = _fit_dims(Xtr[judged], ytr[2][judged], _dim_Cs(hp["dimensions"]), seed)
    return FittedUnitModel(np.concatenate([Wk, Wp, Wd], axis=1), np.concatenate([bk, bp, bd]),
                           decoder_from(hp["dimensions"]), cfg.seen_lower, cfg, {h: dict(v) for h, v in hp.items()})


def decoder_from(dims: dict) -> DimensionDecoder:
    """The dimension decoding of hyper-parameters ``dims``: a global threshold (or one per
    dimension), and optionally the evidence rule (``evidence_threshold``, ``evidence_at_least_one``)."""
    plain = DimensionDecoder.plain(dims.get("thresholds") or dims.get("threshold", 0.5))
    if "evidence_threshold" not in dims:
        return plain
    ev = np.full(len(DIMENSIONS), dims["evidence_threshold"], dtype=np.float32)
    return DimensionDecoder(plain.thresholds, ev, bool(dims.get("evidence_at_least_one", False)))


def fold_features(units, note_texts, n_buckets, feature_opts, train_rows, counts_out=None):
    """Features of all ``units`` as one fold sees them: the name mask from the ``train_rows``
    writers only, and only the hash buckets those rows use (same fit, far faster solvers)."""
    X, cfg = _featurize(units, note_texts, n_buckets, feature_opts, fit_rows=train_rows, counts_out=counts_out)
    return X[:, np.unique(X[train_rows].indices)], cfg


# -- leave-one-writer-out selection -----------------------------------------------------------
def lowo_predictions(units: list[Unit], note_texts: dict[str, str], feature_opts: dict, *,
                     C_grid=C_GRID, pol_weights=(None,), n_buckets=2 ** 18, seed=0, log=print) -> dict:
    """Out-of-fold probabilities for every head setting, one fold per writer: features (and the
    name mask) from the other writers only. Returns {"writers": array, ("kind", C): (n, 3),
    ("polarity", C, class_weight): (n, 3), ("dimensions", C): (n, 11)}."""
    wr = np.array([u.writer for u in units])
    y = label_arrays(units)
    n = len(units)
    out: dict = {"writers": wr}
    for w in sorted(set(wr.tolist())):
        tr, te = wr != w, wr == w
        X, _ = fold_features(units, note_texts, n_buckets, feature_opts, tr)
        Xtr, Xte = X[tr], X[te]
        judged = y[0][tr] != CTX
        for C in C_grid:
            Wk, bk = _fit_softmax(Xtr, y[0][tr], C, len(KINDS), seed)
            out.setdefault(("kind", C), np.zeros((n, 3)))[te] = _softmax(np.asarray(Xte @ Wk) + bk)
            for cw in pol_weights:
                Wp, bp = _fit_softmax(Xtr[judged], y[1][tr][judged], C, len(POLARITIES), seed, cw)
                out.setdefault(("polarity", C, cw), np.zeros((n, 3)))[te] = _softmax(np.asarray(Xte @ Wp) + bp)
            Wd, bd = _fit_dims(Xtr[judged], y[2][tr][judged], [C] * len(DIMENSIONS), seed)
            out.setdefault(("dimensions", C), np.zeros((n, len(DIMENSIONS))))[te] = _sigmoid(np.asarray(Xte @ Wd) + bd)
        if log:
            log(f"  fold {w}: {int(te.sum())} units")
    return out


# F1 in plain NumPy: the nested selection scores thousands of settings, and sklearn's f1_score
# spends ~1 ms a call on input validation.
def _macro_f1(y, p, k):
    f = []
    for c in range(k):
        tp = np.sum((p == c) & (y == c))
        d = np.sum(p == c) + np.sum(y == c)
        f.append(2 * tp / d if d else 0.0)
    return float(np.mean(f))


def _micro_f1(Y, P):
    """F1 of the positive label over all cells (micro-F1 for a label matrix, F1 for one column)."""
    tp = np.sum(P & (Y == 1))
    d = P.sum() + Y.sum()
    return float(2 * tp / d) if d else 0.0


def select(oof: dict, y, rows=None, *, pol_offsets=True, pol_weights=None, dim_per_C=False,
           dim_shrink=0.0) -> dict:
    """Choose hyper-parameters on out-of-fold predictions (restricted to ``rows``): C per head;
    polarity class weights and per-class bias offsets; the dimension threshold, optionally a C
    per dimension and per-dimension thresholds shrunk toward the global one (``dim_shrink``: 0 =
    global only, 1 = each dimension's own best). ``pol_weights``: polarity class weights allowed
    (default: all in ``oof``)."""
    rows = np.ones(len(oof["writers"]), bool) if rows is None else rows
    yk, yp, yd = (a[rows] for a in y)
    keys = [k for k in oof if k != "writers"]
    kc = max((k for k in keys if k[0] == "kind"), key=lambda k: _macro_f1(yk, oof[k][rows].argmax(1), 3))
    ctx = oof[kc][rows].argmax(1) == CTX

    def pol_pred(k, off):
        p = (np.log(oof[k][rows] + 1e-12) + off).argmax(1)
        p[ctx] = NEUTRAL
        return p
    zero = np.zeros(3)
    pks = [k for k in keys if k[0] == "polarity" and (pol_weights is None or k[2] in pol_weights)]
    pk = max(pks, key=lambda k: _macro_f1(yp, pol_pred(k, zero), 3))
    off, best = zero, _macro_f1(yp, pol_pred(pk, zero), 3)
    if pol_offsets:  # neutral fixed at 0; offsets of positive and negative relative to it
        for a in OFFSET_GRID:
            for b in OFFSET_GRID:
                o = np.array([a, b, 0.0])
                f = _macro_f1(yp, pol_pred(pk, o), 3)
                if f > best + 1e-9:
                    off, best = o, f
    dk = [k for k in keys if k[0] == "dimensions"]
    P = {k: np.where(ctx[:, None], 0.0, oof[k][rows]) for k in dk}
    dbest = max(((k, t) for k in dk for t in THRESHOLD_GRID), key=lambda kt: _micro_f1(yd, P[kt[0]] >= kt[1]))
    Cd, tg = dbest[0][1], float(dbest[1])
    C_per = [Cd] * len(DIMENSIONS)
    if dim_per_C:
        C_per = [max(dk, key=lambda k: _micro_f1(yd[:, j], P[k][:, j] >= tg))[1] for j in range(len(DIMENSIONS))]
    thr = [tg] * len(DIMENSIONS)
    if dim_shrink:
        for j, C in enumerate(C_per):
            tj = max(THRESHOLD_GRID, key=lambda t: _micro_f1(yd[:, j], P[("dimensions", C)][:, j] >= t))
            thr[j] = round(tg + dim_shrink * (float(tj) - tg), 3)
    dims = {"C": Cd, "threshold": tg}
    if dim_per_C:
        dims["C_per"] = C_per
    if dim_shrink:
        dims["thresholds"] = thr
    return {"kind": {"C": kc[1]},
            "polarity": {"C": pk[1], "class_weight": pk[2], "offsets": [round(float(x), 2) for x in off]},
            "dimensions": dims}


def apply(oof: dict, hp: dict, rows=None):
    """Predicted labels as at inference (context -> neutral, no dimensions) from out-of-fold
    probabilities; per-dimension Cs pick columns from the matching OOF arrays."""
    rows = np.ones(len(oof["writers"]), bool) if rows is None else rows
    kind = oof[("kind", hp["kind"]["C"])][rows].argmax(1)
    pol = hp["polarity"]
    p = (np.log(oof[("polarity", pol["C"], pol.get("class_weight"))][rows] + 1e-12)
         + np.asarray(pol.get("offsets", np.zeros(len(POLARITIES))))).argmax(1)
    p[kind == CTX] = NEUTRAL
    dims = hp["dimensions"]
    D = np.stack([oof[("dimensions", C)][rows][:, j] for j, C in enumerate(_dim_Cs(dims))], axis=1)
    return kind, p, decoder_from(dims).mask(kind, D)


def nested_lowo(oof: dict, y, **select_opts):
    """Honest LOWO predictions of the whole procedure: for each writer, the hyper-parameters
    are selected on the other writers' out-of-fold predictions, then applied to this writer."""
    wr = oof["writers"]
    n = len(wr)
    kind, pol, dim = np.zeros(n, int), np.zeros(n, int), np.zeros((n, len(DIMENSIONS)), bool)
    for w in sorted(set(wr.tolist())):
        hp = select(oof, y, wr != w, **select_opts)
        te = wr == w
        kind[te], pol[te], dim[te] = apply(oof, hp, te)
    return kind, pol, dim
