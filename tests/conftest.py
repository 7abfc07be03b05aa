"""Shared fixtures: the corpus, and one loaded linter per test session."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"


@pytest.fixture(scope="session")
def corpus_notes():
    from notelint.training.corpus import load_notes
    return load_notes(CORPUS)


@pytest.fixture(scope="session")
def hard_cases():
    from notelint.training.corpus import read_jsonl
    return read_jsonl(CORPUS / "hard_cases.jsonl")


@pytest.fixture(scope="session")
def linter():
    import notelint
    return notelint.load()
