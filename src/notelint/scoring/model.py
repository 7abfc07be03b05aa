"""The specificity scorer: a unit model (concreteness of evidence) and a note model (0-100).

Scale: the note model predicts the 1-5 rating of data/GUIDELINES.md section 5; 0-100 is
``25 * (rating - 1)``, so 0, 25, 50, 75, 100 are the centres of ratings 1..5 and a band of
+-12.5 points around each centre maps back to that rating.
"""
from __future__ import annotations

import numpy as np

from .features import UNIT_FEATURES, note_feature_matrix, text_counts, unit_feature_row


def rating_to_score(r):
    return np.clip((np.asarray(r, dtype=float) - 1.0) * 25.0, 0.0, 100.0)


def score_to_rating(s):
    return np.asarray(s, dtype=float) / 25.0 + 1.0


class SpecificityScorer:
    """Holds two fitted scikit-learn Pipelines (or, loaded from models/, their numbers only).

    ``unit_model`` maps UNIT_FEATURES to a concreteness in [0, 1]; a unit's specificity is
    ``100 * P(evidence) * concreteness``. ``note_model`` maps NOTE_FEATURES to a 1-5 rating.
    """

    def __init__(self, unit_model, note_model, meta: dict | None = None):
        self.unit_model = unit_model
        self.note_model = note_model
        self.meta = meta or {}

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k != "_fast"}  # closures: rebuilt on use

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._fast = {}

    def _predict(self, which: str, X: np.ndarray) -> np.ndarray:
        """``Pipeline.predict``, or the same arithmetic in NumPy when the pipeline is a scaler plus
        a linear model or plus a histogram gradient-boosting regressor: scikit-learn's per-call
        validation (~0.7 ms) and its tree-by-tree loop (~8 us a tree, 300 trees) made one note
        take ~5 ms. Equality with ``Pipeline.predict`` is tested."""
        model = getattr(self, which)
        fast = self.__dict__.setdefault("_fast", {})
        if which not in fast:
            arrays = predictor_arrays(model)
            fast[which] = predictor(arrays) if arrays is not None else None
        parts = fast[which]
        if parts is None:
            return model.predict(X)
        return parts(np.asarray(X, dtype=np.float64))

    @classmethod
    def from_arrays(cls, unit: dict, note: dict, meta: dict | None = None) -> "SpecificityScorer":
        """A scorer from ``predictor_arrays`` of both models: predicts without scikit-learn."""
        scorer = cls(None, None, meta)
        scorer._fast = {"unit_model": predictor(unit), "note_model": predictor(note)}
        return scorer

    # -- features ------------------------------------------------------------------------------
    @staticmethod
    def unit_rows(units) -> np.ndarray:
        if not units:
            return np.zeros((0, len(UNIT_FEATURES)))
        for u in units:  # set by the pipeline; computed from text only for units built elsewhere
            if u.features is None:
                u.features = unit_feature_row(text_counts(u.text), u.kind_scores, u.dimensions)
        return np.array([u.features for u in units])

    def unit_specificity(self, rows: np.ndarray) -> np.ndarray:
        if not len(rows):
            return np.zeros(0)
        conc = np.clip(self._predict("unit_model", rows), 0.0, 1.0)
        return 100.0 * rows[:, 0] * conc

    def note_rows(self, reports) -> tuple[np.ndarray, list[np.ndarray]]:
        """Note features of many reports and the specificity of each unit (one array per
        report), with one unit-model call and one pass of array operations for the lot."""
        units = [u for r in reports for u in r.units]
        rows = self.unit_rows(units)
        spec = self.unit_specificity(rows)
        n_units = [len(r.units) for r in reports]
        dims = [len({d for u in r.units if u.kind == "evidence" for d in u.dimensions}) for r in reports]
        X = note_feature_matrix(rows, spec, [u.kind for u in units], n_units, dims)
        return X, np.split(spec, np.cumsum(n_units)[:-1]) if reports else []

    # -- scoring -------------------------------------------------------------------------------
    def score_reports(self, reports) -> None:
        """Fill ``report.specificity`` and each unit's ``specificity`` in place (batched)."""
        if not reports:
            return
        X, unit_specs = self.note_rows(reports)
        scores = rating_to_score(self._predict("note_model", X)).tolist()
        for r, s, us in zip(reports, scores, unit_specs):
            r.specificity = s if r.units else 0.0
            for u, v in zip(r.units, us.tolist()):
                u.specificity = 0.0 if u.kind == "context" else v


def _scaler_and_model(pipeline):
    steps = getattr(pipeline, "steps", None)
    if not steps or len(steps) != 2:
        return None, None
    scaler, model = steps[0][1], steps[1][1]
    if not (hasattr(scaler, "mean_") and hasattr(scaler, "scale_")):
        return None, None
    return scaler, model


def predictor_arrays(pipeline) -> dict[str, np.ndarray] | None:
    """The fitted numbers of a StandardScaler + linear model, or StandardScaler +
    HistGradientBoostingRegressor (squared error, numeric features), Pipeline as plain arrays
    (``predictor`` turns them back into a predict function); None for any other estimator."""
    scaler, model = _scaler_and_model(pipeline)
    if model is None:
        return None
    scale = {"mean": np.asarray(scaler.mean_, dtype=np.float64), "scale": np.asarray(scaler.scale_, dtype=np.float64)}
    if hasattr(model, "coef_"):
        icpt = np.ravel(model.intercept_)[0] if np.ndim(model.intercept_) else model.intercept_
        return {"kind": np.array("linear"), **scale, "coef": np.ravel(model.coef_).astype(np.float64),
                "intercept": np.array(float(icpt))}
    preds = getattr(model, "_predictors", None)
    if (preds is None or getattr(model, "loss", None) != "squared_error"
            or getattr(model, "_preprocessor", None) is not None or model.n_trees_per_iteration_ != 1):
        return None
    trees = [p[0].nodes for p in preds]
    if any(t["is_categorical"].any() for t in trees):
        return None
    offs = np.cumsum([0] + [len(t) for t in trees[:-1]])
    nodes = np.concatenate(trees)
    tree_of = np.repeat(offs, [len(t) for t in trees])
    return {"kind": np.array("forest"), **scale, "offsets": offs.astype(np.int64),
            "feature": nodes["feature_idx"].astype(np.int64), "threshold": nodes["num_threshold"].astype(np.float64),
            "missing_left": nodes["missing_go_to_left"].astype(bool),
            "left": nodes["left"].astype(np.int64) + tree_of, "right": nodes["right"].astype(np.int64) + tree_of,
            "leaf": nodes["is_leaf"].astype(bool), "value": nodes["value"].astype(np.float64),
            "depth": np.array(int(nodes["depth"].max())),
            "baseline": np.array(float(np.ravel(model._baseline_prediction)[0]))}


def predictor(a: dict[str, np.ndarray]):
    """Predict function from ``predictor_arrays``: the same arithmetic as ``Pipeline.predict``,
    all trees walked at once level by level."""
    mean, scale = a["mean"], a["scale"]
    if str(a["kind"]) == "linear":
        coef, intercept = a["coef"], float(a["intercept"])
        return lambda X: ((X - mean) / scale) @ coef + intercept
    offs, feat, thr, miss_left = a["offsets"], a["feature"], a["threshold"], a["missing_left"]
    left, right, leaf, value = a["left"], a["right"], a["leaf"], a["value"]
    depth, baseline = int(a["depth"]), float(a["baseline"])

    def predict(X):
        Xs = (X - mean) / scale
        node = np.broadcast_to(offs, (len(Xs), len(offs))).copy()
        rows = np.arange(len(Xs))[:, None]
        for _ in range(depth):
            x = Xs[rows, feat[node]]
            go_left = np.where(np.isnan(x), miss_left[node], x <= thr[node])
            node = np.where(leaf[node], node, np.where(go_left, left[node], right[node]))
        # summed tree by tree, in order, as scikit-learn does
        out = np.full(len(Xs), baseline)
        for t in value[node].T:
            out += t
        return out
    return predict
