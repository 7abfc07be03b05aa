"""Slow checks (make test-slow): a full retrain reproduces the shipped models exactly."""
import json

import numpy as np
import pytest

from conftest import CORPUS, ROOT


@pytest.mark.slow
def test_retraining_reproduces_shipped_models(tmp_path):
    from notelint.training.train import train
    summary = train(CORPUS, tmp_path / "models", seed=0, log=lambda *_: None)
    shipped = json.loads((ROOT / "models" / "MANIFEST.json").read_text())["components"]
    assert summary["data_hash"] == shipped["pipeline"]["data_hash"]
    assert summary["unit_classifier"]["test"] == shipped["pipeline"]["metrics"]["test"]
    assert summary["specificity"]["test"] == shipped["specificity"]["metrics"]["test"]
    a = np.load(ROOT / "models" / "pipeline" / "notelint_unit_classifier_v1" / "weights.npz")
    b = np.load(tmp_path / "models" / "pipeline" / "notelint_unit_classifier_v1" / "weights.npz")
    for k in a.files:
        np.testing.assert_array_equal(a[k], b[k])
    a = np.load(ROOT / "models" / "specificity" / "scorer.npz")
    b = np.load(tmp_path / "models" / "specificity" / "scorer.npz")
    assert a.files == b.files
    for k in a.files:
        np.testing.assert_array_equal(a[k], b[k])


def _tiny_corpus(tmp_path):
    """The first 12 notes of each split (no hard cases), as a corpus folder."""
    from notelint.training.corpus import read_jsonl
    small = tmp_path / "corpus"
    small.mkdir()
    notes = read_jsonl(CORPUS / "notes.jsonl")
    keep = [n for s in ("train", "dev", "test") for n in [x for x in notes if x["split"] == s][:12]]
    (small / "notes.jsonl").write_text("".join(json.dumps(n) + "\n" for n in keep))
    (small / "hard_cases.jsonl").write_text("")
    return small


def test_training_smoke_on_a_tiny_slice(tmp_path):
    """prepare -> train -> evaluate -> package, end to end, on a few notes of each split."""
    from notelint.training.train import train
    import notelint
    small = _tiny_corpus(tmp_path)
    summary = train(small, tmp_path / "models", seed=0, use_lexicons=True, crossfit=False, log=lambda *_: None)
    assert 0 <= summary["unit_classifier"]["test"]["kind_macro_f1"] <= 1
    linter = notelint.load(models=tmp_path / "models")
    rep = linter.lint("She asked how the labels were collected. Strong hire.")
    assert rep.specificity is not None and len(rep.units) == 2


@pytest.mark.slow
def test_hyperparameter_search_smoke_on_a_tiny_slice(tmp_path):
    """`notelint train --search` (hyper-parameters by leave-one-writer-out CV) runs end to end;
    about a minute on a few notes, so kept out of CI."""
    from notelint.training.train import train
    from notelint.training.unit_model import C_GRID
    small = _tiny_corpus(tmp_path)
    summary = train(small, tmp_path / "models", seed=0, crossfit=False, search=True, log=lambda *_: None)
    hp = summary["hyperparameters_lowo"]
    assert hp["kind"]["C"] in C_GRID and hp["polarity"]["C"] in C_GRID and hp["dimensions"]["C"] in C_GRID
