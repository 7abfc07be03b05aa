"""Lint throughput of whichever notelint is first on the path, for comparing two versions of the code.

One fresh process per timing: load the models, warm up on 300 notes, then time `lint_many` over
10k others (each met once, as in bench_lint.py). To compare releases, check the older one out
beside this one and alternate the two in rounds, so that drift in machine speed hits both alike:

    git worktree add /tmp/prev 6901527
    for r in 1 2 3; do
      PYTHONPATH=/tmp/prev/src python benchmarks/bench_versions.py --models /tmp/prev/models
      python benchmarks/bench_versions.py --models /tmp/prev/models   # this code, the older models
      python benchmarks/bench_versions.py                             # this code, its own models
    done
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default=None, help="models folder (default: the installed ones)")
    ap.add_argument("--notes", type=int, default=10000)
    a = ap.parse_args()
    import notelint
    from bench_lint import load_notes
    from notelint.api import NoteInput
    from notelint.runtime import tune_for_throughput
    texts = load_notes(a.notes + 300)
    notes, warm = texts[:a.notes], texts[a.notes:]
    lin = notelint.load(models=a.models)
    tune_for_throughput()
    for _ in lin.lint_many(NoteInput(t) for t in warm):
        pass
    t = time.perf_counter()
    for _ in lin.lint_many(NoteInput(t) for t in notes):
        pass
    print(json.dumps({"code": str(Path(notelint.__file__).parent), "models": a.models or "installed",
                      "notes_per_s": round(len(notes) / (time.perf_counter() - t))}))


if __name__ == "__main__":
    main()
