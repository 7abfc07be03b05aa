"""Fit and evaluate the specificity scorer (issue: specificity in every report).

Estimator choice: grouped cross-validation by writer on train+dev among monotone candidates
(every note feature is oriented so that more means more specific; see scoring/features.py).
Test notes are touched once, for the final figures and the baselines.
"""
from __future__ import annotations

import numpy as np

from ..scoring.features import NOTE_FEATURES, UNIT_FEATURES
from ..scoring.model import SpecificityScorer, score_to_rating


def _candidates(seed: int):
    from sklearn.ensemble import HistGradientBoostingRegressor
    from sklearn.linear_model import LinearRegression, Ridge
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler
    n = len(NOTE_FEATURES)
    return {
        "linear_positive": Pipeline([("scale", StandardScaler()), ("model", LinearRegression(positive=True))]),
        "ridge_positive": Pipeline([("scale", StandardScaler()), ("model", Ridge(alpha=3.0, positive=True))]),
        "hgb_monotone": Pipeline([("scale", StandardScaler()), ("model", HistGradientBoostingRegressor(
            monotonic_cst=[1] * n, max_depth=3, learning_rate=0.05, max_iter=300,
            min_samples_leaf=15, l2_regularization=1.0, random_state=seed))]),
    }


def unit_model(seed: int):
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler
    return Pipeline([("scale", StandardScaler()), ("model", Ridge(alpha=10.0))])


def regression_metrics(y_true, y_pred) -> dict:
    from scipy.stats import spearmanr
    y_true, y_pred = np.asarray(y_true, float), np.clip(np.asarray(y_pred, float), 1, 5)
    return {"spearman": round(float(spearmanr(y_true, y_pred).statistic), 4),
            "mae": round(float(np.abs(y_true - y_pred).mean()), 4),
            "exact_rating_accuracy": round(float((np.rint(y_pred) == y_true).mean()), 4),
            "n_notes": int(len(y_true))}


def fit_unit_model(reports, ratings, seed=0):
    """Distant supervision: each evidence unit gets its note's rating scaled to [0, 1].

    Units are matched to gold evidence via the predicted kind (as at inference time)."""
    rows, ys = [], []
    for rep, r in zip(reports, ratings):
        ur = SpecificityScorer.unit_rows(rep.units)
        for u, row in zip(rep.units, ur):
            if u.kind == "evidence":
                rows.append(row)
                ys.append((r - 1) / 4.0)
    m = unit_model(seed)
    m.fit(np.array(rows), np.array(ys))
    return m


def fit_scorer(reports, ratings, groups, seed=0, log=print):
    """Choose the note estimator by grouped CV (groups = writers); refit on everything."""
    from sklearn.base import clone
    from sklearn.model_selection import GroupKFold
    ratings = np.asarray(ratings, float)
    um = fit_unit_model(reports, ratings, seed)
    tmp = SpecificityScorer(um, None)
    X, _ = tmp.note_rows(reports)
    cv = {}
    gkf = GroupKFold(n_splits=len(set(groups)))
    for name, est in _candidates(seed).items():
        preds = np.zeros(len(ratings))
        for tr, te in gkf.split(X, ratings, groups):
            preds[te] = clone(est).fit(X[tr], ratings[tr]).predict(X[te])
        cv[name] = regression_metrics(ratings, preds)
        log(f"  scorer CV {name}: {cv[name]}")
    best = min(cv, key=lambda k: (cv[k]["mae"], -cv[k]["spearman"]))
    note_model = _candidates(seed)[best].fit(X, ratings)
    return SpecificityScorer(um, note_model, {"estimator": best, "cv": cv}), X


def baselines(train_reports, train_ratings, test_reports, test_ratings, seed=0) -> dict:
    """Length only, share of evidence only, and TF-IDF ridge; fit on train+dev, scored on test."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LinearRegression, Ridge
    from sklearn.pipeline import make_pipeline

    def length(reps):
        return np.array([[np.log1p(len(r.text.split()))] for r in reps])

    def share(reps):
        out = []
        for r in reps:
            ev = sum(u.kind == "evidence" for u in r.units)
            va = sum(u.kind == "vague" for u in r.units)
            out.append([ev / max(ev + va, 1)])
        return np.array(out)

    out = {}
    for name, fx in (("length_only", length), ("evidence_share_only", share)):
        m = LinearRegression().fit(fx(train_reports), train_ratings)
        out[name] = regression_metrics(test_ratings, m.predict(fx(test_reports)))
    tf = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True), Ridge(alpha=1.0))
    tf.fit([r.text for r in train_reports], train_ratings)
    out["tfidf_ridge"] = regression_metrics(test_ratings, tf.predict([r.text for r in test_reports]))
    return out


def evaluate_scorer(scorer, reports, ratings) -> dict:
    X, _ = scorer.note_rows(reports)
    return regression_metrics(ratings, scorer._predict("note_model", X))


def unit_validation(scorer, reports, ratings) -> dict:
    """Validate unit specificity: mean over a note's evidence units against the note rating."""
    from scipy.stats import spearmanr
    means = []
    for r in reports:
        rows = scorer.unit_rows(r.units)
        us = scorer.unit_specificity(rows)
        ev = [v for u, v in zip(r.units, us) if u.kind == "evidence"]
        means.append(np.mean(ev) if ev else 0.0)
    return {"spearman_mean_evidence_unit_specificity_vs_rating":
            round(float(spearmanr(ratings, means).statistic), 4)}


__all__ = ["fit_scorer", "baselines", "evaluate_scorer", "unit_validation", "UNIT_FEATURES",
           "score_to_rating"]
