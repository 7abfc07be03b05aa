"""Specificity scorer: behavioural properties, fairness, and safe loading (issue 4)."""
import json
import re
import shutil

import pytest

from notelint.errors import ModelError

VAGUE_ADDITIONS = ["Great communicator.", "Very smart overall.", "Seemed solid, I think.",
                   "Strong hire from me.", "Not sure about seniority.", "Lots of relevant experience."]
CONCRETE = ("When I moved the launch date up, she cut scope to one market and proposed a shadow launch "
            "with a rollback if the approval rate dropped by 2%, which kept the date.")


def test_adding_a_vague_sentence_never_raises_a_score(linter, corpus_notes):
    notes = [n for n in corpus_notes if n["split"] == "test"][:80]
    checked = 0
    for i, n in enumerate(notes):
        base = linter.lint(n["text"])
        extra = VAGUE_ADDITIONS[i % len(VAGUE_ADDITIONS)]
        more = linter.lint(n["text"] + "\n" + extra)
        if more.units[-1].kind != "vague":
            continue  # the property is about vague units; classification is tested elsewhere
        checked += 1
        assert more.specificity <= base.specificity + 1e-6, (n["note_id"], extra)
    assert checked >= 60


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


def test_changed_or_truncated_scorer_is_refused(model_copy):
    from notelint.scoring.artifact import load_scorer
    f = model_copy / "specificity" / "scorer.joblib"
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
        load_scorer(model_copy)


def test_scorer_estimator_is_monotone_pipeline(linter):
    from sklearn.pipeline import Pipeline
    assert isinstance(linter.scorer.note_model, Pipeline)
    assert isinstance(linter.scorer.unit_model, Pipeline)


def test_fast_path_equals_pipeline_predict(linter, corpus_notes):
    import numpy as np
    reps = [linter.lint(n["text"]) for n in corpus_notes[:40]]
    X, _ = linter.scorer.note_rows(reps)
    np.testing.assert_allclose(linter.scorer._predict("note_model", X), linter.scorer.note_model.predict(X), rtol=1e-9, atol=1e-9)
    U = np.concatenate([linter.scorer.unit_rows(r.units) for r in reps])
    np.testing.assert_allclose(linter.scorer._predict("unit_model", U), linter.scorer.unit_model.predict(U), rtol=1e-9, atol=1e-9)
