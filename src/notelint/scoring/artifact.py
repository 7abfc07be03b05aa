"""Save and load the specificity scorer; checksums are verified before anything is read.

Two files: ``scorer.npz`` holds the fitted numbers of both models as plain arrays (read with
``allow_pickle=False``, so loading runs no code and imports no scikit-learn: ~1.9 s less start-up
for every CLI call and batch worker); ``scorer.joblib`` holds the fitted scikit-learn Pipelines
themselves, for analysis and for estimators the arrays cannot express.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..artifacts import verify
from ..errors import ModelError

COMPONENT = "specificity"
FILENAME = "scorer.joblib"
ARRAYS = "scorer.npz"
_MODELS = ("unit", "note")


def load_scorer(root: Path, estimators: bool = False):
    """Verify models/specificity against the manifest, then load it: from its arrays when it has
    them and ``estimators`` is false, else by unpickling the Pipelines (library versions checked)."""
    meta = verify(root, COMPONENT)  # refuses changed or truncated files before reading them
    path = root / COMPONENT / ARRAYS
    if not estimators and path.is_file():
        from .model import SpecificityScorer
        try:
            with np.load(path, allow_pickle=False) as z:
                parts = {m: {k[len(m) + 1:]: z[k] for k in z.files if k.startswith(m + ".")} for m in _MODELS}
            return SpecificityScorer.from_arrays(parts["unit"], parts["note"], meta)
        except (KeyError, ValueError, OSError) as e:
            raise ModelError(f"{path}: not a complete set of scorer arrays ({e}); retrain with `notelint train`") from None
    import sklearn
    want = meta.get("sklearn_version", "")
    if want.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(
            f"{root / COMPONENT}: trained with scikit-learn {want}, but {sklearn.__version__} is "
            f"installed; install scikit-learn=={want} or retrain with `notelint train`")
    import joblib
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=UserWarning)  # patch-level version notes
        scorer = joblib.load(root / COMPONENT / FILENAME)
    scorer.meta = meta
    return scorer


def save_scorer(scorer, root: Path) -> Path:
    """Write the Pipelines (joblib) and, when both models have an array form, their arrays."""
    import joblib
    from .model import predictor_arrays
    out = root / COMPONENT
    out.mkdir(parents=True, exist_ok=True)
    path = out / FILENAME
    joblib.dump(scorer, path, compress=3)
    parts = {m: predictor_arrays(getattr(scorer, f"{m}_model")) for m in _MODELS}
    if all(p is not None for p in parts.values()):
        with open(out / ARRAYS, "wb") as f:
            np.savez(f, **{f"{m}.{k}": v for m, p in parts.items() for k, v in p.items()})
    return path
