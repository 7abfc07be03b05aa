"""`notelint train`: prepare -> fit unit classifier -> fit scorer -> evaluate -> package.

Seeded and deterministic: the same data and seed give byte-identical weights.
"""
from __future__ import annotations

import json
import platform
import shutil
import time
from pathlib import Path

import numpy as np

from ..api import PIPELINE, Linter, NoteInput
from ..artifacts import write_manifest_entry
from . import specificity as spec
from .corpus import data_hash, load_notes, load_units
from .evaluate import evaluate
from .unit_model import HYPERPARAMETERS, fit


def build_pipeline(fitted, use_lexicons: bool | None = None):
    import spacy
    from .. import pipeline  # noqa: F401
    nlp = spacy.blank("en")
    nlp.add_pipe("notelint_segmenter_v1")
    clf = nlp.add_pipe("notelint_unit_classifier_v1",
                       config={"n_buckets": fitted.cfg.n_buckets, **_feature_opts(fitted.cfg)})
    clf.set_weights(fitted.W, fitted.b, seen_lower=fitted.seen_lower, decoder=fitted.decoder)
    return nlp


def _versions() -> dict:
    import sklearn
    import spacy
    return {"spacy_version": spacy.__version__, "sklearn_version": sklearn.__version__,
            "numpy_version": np.__version__, "python_version": platform.python_version()}


def _reports(nlp, notes):
    linter = Linter(nlp)
    return list(linter.lint_many(NoteInput(n["text"], n["note_id"], n["note_id"]) for n in notes))


def crossfit_reports(notes, units, note_texts, fitted, lex, seed, log):
    """Reports for train+dev notes from unit models that never saw that note's writer (leave one
    writer out, same hyper-parameters), so the scorer learns from predictions as noisy as those
    on new writers."""
    reports = {}
    for w in sorted({n["writer"] for n in notes}):
        tr = [u for u in units if u.writer != w]
        f = fit(tr, None, note_texts, seed=seed, fixed=fitted.chosen, **_feature_opts(fitted.cfg))
        mine = [n for n in notes if n["writer"] == w]
        for r in _reports(build_pipeline(f, lex), mine):
            reports[r.note_id] = r
        log(f"  cross-fitted reports for writer {w}: {len(mine)} notes")
    return reports


def _feature_opts(cfg) -> dict:
    return {k: v for k, v in cfg.to_dict().items() if k not in ("n_buckets", "ngrams")}


def train(data_dir: Path, out_dir: Path, seed: int = 0, use_lexicons: bool | None = None,
          crossfit: bool = True, search: bool = False, log=print) -> dict:
    """Feature options are unit_model.FEATURES (chosen with tools/unit_cv.py); ``use_lexicons``
    overrides one of them. Hyper-parameters are unit_model.HYPERPARAMETERS, or with ``search``
    chosen afresh by leave-one-writer-out CV (hours with the note block)."""
    t0 = time.time()
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    np.random.seed(seed)
    notes = {s: load_notes(data_dir, s) for s in ("train", "dev", "test")}
    units = {s: load_units(data_dir, s) for s in ("train", "dev", "test")}
    texts = {n["note_id"]: n["text"] for ns in notes.values() for n in ns}
    log(f"corpus: " + ", ".join(f"{s}={len(notes[s])} notes/{len(units[s])} units" for s in notes))

    # 1. unit classifier, fit on train+dev (more writers transfer better); hyper-parameters fixed,
    # or by leave-one-writer-out CV over the train+dev writers
    opts = {} if use_lexicons is None else {"use_lexicons": use_lexicons}
    if search:
        log("fitting unit classifier on train+dev, hyper-parameters by leave-one-writer-out CV")
        fitted = fit(units["train"], units["dev"], texts, seed=seed, log=log, **opts)
    else:
        log("fitting unit classifier on train+dev with unit_model.HYPERPARAMETERS")
        fitted = fit(units["train"] + units["dev"], None, texts, seed=seed, log=log,
                     fixed=HYPERPARAMETERS, **opts)
    lex = fitted.cfg.use_lexicons
    nlp = build_pipeline(fitted)

    # 2. evaluate the unit pipeline; dev is in the training data now (a fit check, not held
    # out); test is reported once
    def raw_units(split):
        return [json.loads(json.dumps(u.__dict__)) for u in units[split] if u.note_id is None]
    metrics = {s: evaluate(nlp, notes[s], raw_units(s)) for s in ("dev", "test")}
    for s in ("dev", "test"):
        m = metrics[s]
        log(f"{s}: kind macro-F1 {m['kind_macro_f1']}, polarity macro-F1 {m['polarity_macro_f1']}, "
            f"dimension micro-F1 {m['dimension_micro_f1']}, segmentation F1 {m['segmentation']['f1']}")

    # 3. specificity scorer on train+dev notes, test once
    fitdev = notes["train"] + notes["dev"]
    if crossfit:
        rep_map = crossfit_reports(fitdev, units["train"] + units["dev"], texts, fitted, lex, seed, log)
        fit_reports = [rep_map[n["note_id"]] for n in fitdev]
    else:
        fit_reports = _reports(nlp, fitdev)
    fit_ratings = np.array([n["specificity"] for n in fitdev], float)
    groups = [n["writer"] for n in fitdev]
    scorer, _ = spec.fit_scorer(fit_reports, fit_ratings, groups, seed=seed, log=log)
    test_reports = _reports(nlp, notes["test"])
    test_ratings = np.array([n["specificity"] for n in notes["test"]], float)
    scorer_metrics = {
        "chosen_estimator": scorer.meta["estimator"],
        "cv_train_dev": scorer.meta["cv"],
        "test": spec.evaluate_scorer(scorer, test_reports, test_ratings),
        "test_baselines": spec.baselines(fit_reports, fit_ratings, test_reports, test_ratings, seed),
        "unit_validation_test": spec.unit_validation(scorer, test_reports, test_ratings),
    }
    log(f"specificity test: {scorer_metrics['test']}; baselines: {scorer_metrics['test_baselines']}")

    # 4. package
    dh = data_hash(data_dir)
    vers = _versions()
    out_dir.mkdir(parents=True, exist_ok=True)
    for comp in (PIPELINE, "specificity"):
        if (out_dir / comp).exists():
            shutil.rmtree(out_dir / comp)
    nlp.meta.update({"name": "notelint_units", "version": "0.1.0",
                     "spacy_version": f">={vers['spacy_version'].rsplit('.', 1)[0]},<3.9"})
    nlp.to_disk(out_dir / PIPELINE)
    common = {**vers, "data_hash": dh, "seed": seed, "trained_at_unix": None}
    write_manifest_entry(out_dir, PIPELINE, {**common, "features": _feature_opts(fitted.cfg),
                                              "trained_on": ["train", "dev"],
                                              "hyperparameters": fitted.chosen, "metrics": metrics})
    from ..scoring.artifact import save_scorer
    scorer.meta = {}
    save_scorer(scorer, out_dir)
    write_manifest_entry(out_dir, "specificity", {**common, "features": list(spec.UNIT_FEATURES),
                                                   "metrics": scorer_metrics})
    summary = {"unit_classifier": metrics, "hyperparameters_lowo": fitted.chosen,
               "specificity": scorer_metrics, "data_hash": dh, "seed": seed, **vers,
               "seconds": round(time.time() - t0, 1)}
    log(f"done in {summary['seconds']} s")
    return summary
