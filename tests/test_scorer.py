"""Specificity scorer: behavioural properties, fairness, and safe loading (issue 4)."""
import json
import re
import shutil

import pytest

from notelint.errors import ModelError
from notelint.report import Report

VAGUE_ADDITIONS = ["Great communicator.", "Very smart overall.", "Seemed solid, I think.",
                   "Strong hire from me.", "Not sure about seniority.", "Lots of relevant experience."]
CONCRETE = ("When I moved the launch date up, she cut scope to one market and proposed a shadow launch "
            "with a rollback if the approval rate dropped by 2%, which kept the date.")


def _with_vague_additions(linter, corpus_notes):
    """(base report, report of the note plus one vague sentence) for 80 test notes, skipping
    additions the classifier does not call vague."""
    notes = [n for n in corpus_notes if n["split"] == "test"][:80]
    pairs = []
    for i, n in enumerate(notes):
        more = linter.lint(n["text"] + "\n" + VAGUE_ADDITIONS[i % len(VAGUE_ADDITIONS)])
        if more.units[-1].kind == "vague":  # the properties are about vague units
            pairs.append((linter.lint(n["text"]), more))
    assert len(pairs) >= 60
    return pairs


def test_the_scorer_never_raises_a_score_for_an_added_vague_unit(linter, corpus_notes):
    """The scorer is monotone in every note feature: the same units plus one unit classified
    vague never score higher."""
    for base, more in _with_vague_additions(linter, corpus_notes):
        plus = Report(base.source, None, more.text, [*base.units, more.units[-1]])
        linter.scorer.score_reports([plus])
        assert plus.specificity <= base.specificity + 1e-6, (base.text[:60], more.units[-1].text)


def test_adding_a_vague_sentence_lowers_the_score_of_the_whole_note(linter, corpus_notes):
    """End to end the other units are scored again, and the note-context block sees the new
    words, so a borderline unit can cross to evidence and the note gain a little (0.1-0.5% of
    additions on a sample of the corpus, at most +3.5 points): such rises stay rare and small."""
    diffs = [more.specificity - base.specificity for base, more in _with_vague_additions(linter, corpus_notes)]
    assert sum(diffs) / len(diffs) < -1.0
    assert sum(d > 1e-6 for d in diffs) <= 0.05 * len(diffs)
    assert max(diffs) < 5.0


def test_adding_concrete_evidence_raises_an_impression_only_note(linter):
    for text in ("Smart. Great communicator. Strong hire.", "Seemed junior. Not a fit for this level. LNH.",
                 "good vibes, knows ml, would hire"):
        assert linter.lint(text + " " + CONCRETE).specificity > linter.lint(text).specificity + 5


def test_more_specific_evidence_scores_higher_per_unit(linter):
    thin = linter.lint("She asked about monitoring.").units[0]
    rich = linter.lint("She asked which alert would fire first if the feature store lagged, then proposed a "
                       "shadow launch with a rollback on a 2% drop in approval rate.").units[0]
    assert rich.specificity > thin.specificity


SWAPS = {"he": "she", "she": "he", "him": "her", "his": "her", "her": "his", "himself": "herself",
         "herself": "himself", "mr": "ms", "ms": "mr", "man": "woman", "woman": "man", "guy": "gal", "gal": "guy"}
NAMES = [("James", "Maria"), ("Wei", "Mei"), ("Arjun", "Priya"), ("Tom", "Anna"), ("Kwame", "Ama"),
         ("Diego", "Lucia"), ("Omar", "Fatima"), ("Lukas", "Lena"), ("David", "Sarah"), ("Hiroshi", "Yuki")]


def gender_swap(text: str, names_in_text) -> str:
    def word(m):
        w = m.group(0)
        s = SWAPS.get(w.lower())
        if s is None:
            return w
        return s.capitalize() if w[0].isupper() else s
    out = re.sub(r"\b[A-Za-z]+\b", word, text)
    for a, b in names_in_text:
        out = re.sub(rf"\b{a}\b", "\0", out)
        out = re.sub(rf"\b{b}\b", a, out)
        out = out.replace("\0", b)
    return out


def test_gender_swap_moves_no_test_note_by_more_than_one_point(linter, corpus_notes):
    notes = [n for n in corpus_notes if n["split"] == "test"]
    worst = 0.0
    for n in notes:
        swapped = gender_swap(n["text"], NAMES)
        d = abs(linter.lint(swapped).specificity - linter.lint(n["text"]).specificity)
        worst = max(worst, d)
    assert worst <= 1.0, worst


@pytest.fixture
def model_copy(tmp_path):
    from notelint.artifacts import models_dir
    dst = tmp_path / "models"
    shutil.copytree(models_dir(), dst)
    return dst


@pytest.mark.parametrize("name", ["scorer.joblib", "scorer.npz"])
def test_changed_or_truncated_scorer_is_refused(model_copy, name):
    from notelint.scoring.artifact import load_scorer
    f = model_copy / "specificity" / name
    data = f.read_bytes()
    f.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError, match="checksum"):
        load_scorer(model_copy)
    f.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    with pytest.raises(ModelError, match="checksum"):
        load_scorer(model_copy)


def test_sklearn_version_mismatch_is_reported(model_copy):
    from notelint.scoring.artifact import load_scorer
    m = model_copy / "MANIFEST.json"
    man = json.loads(m.read_text())
    man["components"]["specificity"]["sklearn_version"] = "0.24.2"
    m.write_text(json.dumps(man))
    with pytest.raises(ModelError, match="scikit-learn 0.24.2"):
        load_scorer(model_copy, estimators=True)
    assert load_scorer(model_copy) is not None  # the arrays need no particular scikit-learn


@pytest.fixture(scope="module")
def estimators():
    from notelint.artifacts import models_dir
    from notelint.scoring.artifact import load_scorer
    return load_scorer(models_dir(), estimators=True)


def test_scorer_estimator_is_monotone_pipeline(estimators):
    from sklearn.pipeline import Pipeline
    assert isinstance(estimators.note_model, Pipeline)
    assert isinstance(estimators.unit_model, Pipeline)
    assert list(estimators.note_model[-1].monotonic_cst) == [1] * len(estimators.note_model[-1].monotonic_cst)


def test_shipped_arrays_predict_as_the_pipelines(linter, estimators, corpus_notes):
    """The default install scores with models/specificity/scorer.npz; it must equal the fitted
    scikit-learn Pipelines' own predict."""
    import numpy as np
    assert linter.scorer.note_model is None  # loaded from the arrays, not unpickled
    reps = [linter.lint(n["text"]) for n in corpus_notes[:40]]
    X, _ = linter.scorer.note_rows(reps)
    np.testing.assert_allclose(linter.scorer._predict("note_model", X), estimators.note_model.predict(X), rtol=1e-9, atol=1e-9)
    U = np.concatenate([linter.scorer.unit_rows(r.units) for r in reps])
    np.testing.assert_allclose(linter.scorer._predict("unit_model", U), estimators.unit_model.predict(U), rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(estimators._predict("unit_model", U), estimators.unit_model.predict(U), rtol=1e-9, atol=1e-9)


def test_default_load_unpickles_nothing():
    import subprocess
    import sys
    code = ("import sys, notelint; notelint.load(); "
            "print(sorted(m for m in ('sklearn', 'joblib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_incomplete_scorer_arrays_are_a_clear_error(model_copy):
    """Even with a manifest that vouches for them (re-signed), missing arrays are a ModelError."""
    import numpy as np
    from notelint.artifacts import read_manifest, write_manifest_entry
    from notelint.scoring.artifact import load_scorer
    f = model_copy / "specificity" / "scorer.npz"
    arrays = dict(np.load(f))
    arrays.pop("note.baseline")
    with open(f, "wb") as out:
        np.savez(out, **arrays)
    meta = {k: v for k, v in read_manifest(model_copy)["components"]["specificity"].items() if k != "files"}
    write_manifest_entry(model_copy, "specificity", meta)
    with pytest.raises(ModelError, match="scorer arrays"):
        load_scorer(model_copy)


def test_note_features_of_a_batch_equal_each_note_scored_alone(linter, corpus_notes):
    """The scorer computes note features for a whole batch at once; each row must be what that
    note alone gives, with notes without units and without evidence in the batch."""
    import numpy as np
    texts = [n["text"] for n in corpus_notes[:30]] + ["", "Great communicator. Strong hire.", "   "]
    reps = [linter.lint(t) for t in texts]
    X, specs = linter.scorer.note_rows(reps)
    assert X.shape == (len(reps), 14) and [len(s) for s in specs] == [len(r.units) for r in reps]
    for i, r in enumerate(reps):
        Xi, si = linter.scorer.note_rows([r])
        np.testing.assert_allclose(X[i], Xi[0], rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(specs[i], si[0], rtol=1e-12, atol=1e-12)
    vague_only = texts.index("Great communicator. Strong hire.")
    assert X[vague_only, 0] == 0 and X[vague_only, 10] < 0  # no evidence; vague units counted, negated
    assert not X[texts.index("")].any()


def test_note_features_by_hand():
    """One note's features from three units, worked out by hand."""
    import numpy as np
    from notelint.scoring.features import UNIT_FEATURES, note_feature_matrix
    rows = np.zeros((4, len(UNIT_FEATURES)))
    col = UNIT_FEATURES.index
    rows[0, col("numbers")], rows[0, col("situation")], rows[0, col("result")] = 2, 1, 1
    rows[1, col("quotes")], rows[1, col("behaviour_verbs")] = 1, 3
    rows[2, col("evaluative")], rows[2, col("hedges")] = 2, 1
    spec = np.array([80.0, 40.0, 0.0, 10.0])  # the last unit belongs to a second note
    X = note_feature_matrix(rows, spec, ["evidence", "evidence", "vague", "context"], [3, 1], [2, 0])
    np.testing.assert_allclose(X[0], [np.log1p(2), 2 / 3, 0.6, 0.8, np.log1p(1.2), np.log1p(2), np.log1p(1),
                                      np.log1p(3), np.log1p(2), 2, -np.log1p(1), -1 / 3, -np.log1p(2),
                                      -np.log1p(1)])
    np.testing.assert_allclose(X[1], np.zeros(14))  # context only: nothing judged
