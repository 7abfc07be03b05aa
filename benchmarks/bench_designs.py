"""Lint throughput of cheaper unit-classifier designs than the shipped one, on the same notes.

Speed does not depend on the weights' values, so each design is timed by swapping its featuriser
into the shipped pipeline; its accuracy comes from leave-one-writer-out CV on train+dev
(`PYTHONPATH=src python tools/unit_cv.py heading head_unigrams head_no_prefixes head_no_lexicons
base minimal`). Designs are timed in interleaved rounds, so drift in machine speed hits all alike.

Usage: python benchmarks/bench_designs.py [--notes 10000] [--rounds 3]
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# names as in tools/unit_cv.py VARIANTS; "heading" is the shipped design
DESIGNS = {
    "heading": {"heading": True},
    "head_unigrams": {"heading": True, "ngrams": 1},
    "head_no_prefixes": {"heading": True, "prefixes": False},
    "head_no_lexicons": {"heading": True, "use_lexicons": False},
    "base": {"heading": False},
    "minimal": {"heading": False, "ngrams": 1, "prefixes": False},
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    import notelint
    from bench_lint import load_notes, stage_times
    from notelint.api import NoteInput
    from notelint.pipeline.features import Featurizer
    from notelint.runtime import tune_for_throughput

    notes = load_notes(a.notes)
    linter = notelint.load()
    tune_for_throughput()
    clf = linter.nlp.get_pipe("notelint_unit_classifier_v1")
    shipped = clf.cfg
    assert shipped.heading and shipped.ngrams == 2 and shipped.prefixes and shipped.use_lexicons

    def use(name):
        clf.cfg = dataclasses.replace(shipped, **DESIGNS[name])
        clf.featurizer = Featurizer(clf.cfg)

    times = {n: [] for n in DESIGNS}
    for n in DESIGNS:  # warm the tokenizer cache and each featuriser's word table once
        use(n)
        list(linter.lint_many(NoteInput(t) for t in notes[:500]))
    for _ in range(a.rounds):
        for n in DESIGNS:
            use(n)
            t = time.perf_counter()
            for _ in linter.lint_many(NoteInput(x) for x in notes):
                pass
            times[n].append(time.perf_counter() - t)
    out = {}
    for n in DESIGNS:
        use(n)
        t = statistics.median(times[n])
        out[n] = {"options": DESIGNS[n], "lint_notes_per_s": round(len(notes) / t),
                  "classifier_us_per_note": stage_times(linter, notes[:3000])["notelint_unit_classifier_v1"]}
    base = out["heading"]["lint_notes_per_s"]
    for n in out:
        out[n]["speed_vs_shipped"] = round(out[n]["lint_notes_per_s"] / base, 3)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
