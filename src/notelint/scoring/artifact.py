"""Save and load the specificity scorer with joblib, verifying checksums before unpickling."""
from __future__ import annotations

from pathlib import Path

from ..artifacts import verify
from ..errors import ModelError

COMPONENT = "specificity"
FILENAME = "scorer.joblib"


def load_scorer(root: Path):
    """Verify models/specificity against the manifest, check library versions, then load."""
    meta = verify(root, COMPONENT)  # refuses changed or truncated files before unpickling
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
    import joblib
    out = root / COMPONENT
    out.mkdir(parents=True, exist_ok=True)
    path = out / FILENAME
    joblib.dump(scorer, path, compress=3)
    return path
