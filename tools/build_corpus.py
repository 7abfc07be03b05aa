"""Assemble data/corpus/{notes,hard_cases}.jsonl from the writers' raw batches in data/corpus/raw.

Usage: python tools/build_corpus.py   (run from the repo root)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "src")
from notelint.training.corpus import build  # noqa: E402

if __name__ == "__main__":
    print(json.dumps(build(Path("data/corpus/raw"), Path("data/corpus"))))
