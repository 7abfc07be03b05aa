"""Held-out evaluation of the unit classifier and the segmenter, in the corpus format."""
from __future__ import annotations

import numpy as np

from ..labels import DIMENSIONS, KINDS, POLARITIES
from ..pipeline.extensions import UNITS_KEY
from ..pipeline.segmentation import split_units


def expected_calibration_error(probs: np.ndarray, y: np.ndarray, n_bins: int = 10) -> float:
    """Top-label ECE with equal-width confidence bins."""
    conf = probs.max(1)
    correct = probs.argmax(1) == y
    bins = np.minimum((conf * n_bins).astype(int), n_bins - 1)
    ece = 0.0
    for b in range(n_bins):
        m = bins == b
        if m.any():
            ece += m.mean() * abs(correct[m].mean() - conf[m].mean())
    return float(ece)


def predict_gold_units(nlp, notes: list[dict], units: list[dict] | None = None):
    """Score gold units (so classification is measured apart from segmentation).

    ``notes``: corpus notes with ``units``; ``units``: standalone units. Returns (gold, probs, decoder)
    where probs = (kind (n,3), polarity (n,3), dimensions (n,11)) and decoder the component's
    ``DimensionDecoder``.
    """
    clf = nlp.get_pipe("notelint_unit_classifier_v1") if "notelint_unit_classifier_v1" in nlp.pipe_names \
        else next(p for _, p in nlp.pipeline if hasattr(p, "predict_matrix"))
    pairs, gold = [], []
    for n in notes:
        doc = nlp.make_doc(n["text"])
        ranges = []
        for u in n["units"]:
            sp = doc.char_span(u["start"], u["end"], alignment_mode="expand")
            ranges.append((sp.start, sp.end))
            gold.append(u)
        pairs.append((doc, ranges))
    for u in units or []:
        doc = nlp.make_doc(u["text"])
        pairs.append((doc, [(0, len(doc))]))
        gold.append(u)
    X = clf.featurizer.transform(pairs)
    kind, pol, dim = clf.predict_matrix(X)
    return gold, (kind, pol, dim), clf.decoder


def unit_metrics(gold: list[dict], probs, decoder) -> dict:
    from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
    kind_p, pol_p, dim_p = probs
    yk = np.array([KINDS.index(u["kind"]) for u in gold])
    yp = np.array([POLARITIES.index(u["polarity"]) for u in gold])
    yd = np.array([[d in u["dimensions"] for d in DIMENSIONS] for u in gold], dtype=int)
    pk = kind_p.argmax(1)
    pp = pol_p.argmax(1)
    pp = np.where(pk == KINDS.index("context"), POLARITIES.index("neutral"), pp)
    pd = decoder.mask(pk, dim_p).astype(int)
    # calibration of the polarity scores as reported (a unit classified context: neutral, p=1)
    pol_reported = np.where((pk == KINDS.index("context"))[:, None],
                            np.eye(len(POLARITIES))[POLARITIES.index("neutral")], pol_p)
    pr, rc, f1, sup = precision_recall_fscore_support(yd, pd, zero_division=0)
    return {
        "n_units": len(gold),
        "kind_macro_f1": round(float(f1_score(yk, pk, average="macro")), 4),
        "kind_accuracy": round(float((yk == pk).mean()), 4),
        "kind_per_label_f1": dict(zip(KINDS, np.round(f1_score(yk, pk, average=None, labels=[0, 1, 2]), 4).tolist())),
        "kind_confusion": {"labels": list(KINDS),
                           "matrix": confusion_matrix(yk, pk, labels=[0, 1, 2]).tolist()},
        "kind_ece": round(expected_calibration_error(kind_p, yk), 4),
        "polarity_macro_f1": round(float(f1_score(yp, pp, average="macro")), 4),
        "polarity_per_label_f1": dict(zip(POLARITIES, np.round(f1_score(yp, pp, average=None, labels=[0, 1, 2]), 4).tolist())),
        "polarity_confusion": {"labels": list(POLARITIES),
                               "matrix": confusion_matrix(yp, pp, labels=[0, 1, 2]).tolist()},
        "polarity_ece": round(expected_calibration_error(pol_reported, yp), 4),
        "dimension_micro_f1": round(float(f1_score(yd, pd, average="micro", zero_division=0)), 4),
        "dimension_macro_f1": round(float(f1_score(yd, pd, average="macro", zero_division=0)), 4),
        "dimension_f1": {d: {"f1": round(float(f), 4), "precision": round(float(p), 4),
                             "recall": round(float(r), 4), "support": int(s)}
                         for d, p, r, f, s in zip(DIMENSIONS, pr, rc, f1, sup)},
    }


def segmentation_metrics(notes: list[dict]) -> dict:
    """Exact-match F1 of predicted unit offsets against the gold units."""
    tp = n_pred = n_gold = 0
    for n in notes:
        gold = {(u["start"], u["end"]) for u in n["units"]}
        pred = set(split_units(n["text"]))
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
    p = tp / max(n_pred, 1)
    r = tp / max(n_gold, 1)
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / max(p + r, 1e-9), 4), "gold_units": n_gold}


def evaluate(nlp, notes: list[dict], units: list[dict] | None = None) -> dict:
    gold, probs, decoder = predict_gold_units(nlp, notes, units)
    out = unit_metrics(gold, probs, decoder)
    out["segmentation"] = segmentation_metrics(notes)
    return out
