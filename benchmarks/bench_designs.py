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
sys.path[:0] = [str(HERE), str(HERE.parent / "tools")]

# the variants of tools/unit_cv.py whose CV figures the README sets beside these timings;
# SHIPPED is the shipped design (headings and the note-context block); "heading" is it without
# the note block (the previous release)
SHIPPED = "head+note.25"
NAMES = (SHIPPED, "heading", "head_unigrams", "head_no_prefixes", "head_no_lexicons", "base", "minimal")


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
    from unit_cv import BASE, VARIANTS
    designs = {n: {**BASE, **VARIANTS[n][0]} for n in NAMES}

    notes = load_notes(a.notes)
    linter = notelint.load()
    tune_for_throughput()
    clf = linter.nlp.get_pipe("notelint_unit_classifier_v1")
    shipped = clf.cfg
    assert dataclasses.replace(shipped, **designs[SHIPPED]) == shipped, "the shipped design changed"

    def use(name):
        clf.cfg = dataclasses.replace(shipped, **designs[name])
        clf.featurizer = Featurizer(clf.cfg)

    times = {n: [] for n in designs}
    for n in designs:  # warm the tokenizer cache and each featuriser's word table once
        use(n)
        list(linter.lint_many(NoteInput(t) for t in notes[:500]))
    for _ in range(a.rounds):
        for n in designs:
            use(n)
            t = time.perf_counter()
            for _ in linter.lint_many(NoteInput(x) for x in notes):
                pass
            times[n].append(time.perf_counter() - t)
    out = {}
    for n in designs:
        use(n)
        t = statistics.median(times[n])
        out[n] = {"options": VARIANTS[n][0], "lint_notes_per_s": round(len(notes) / t),
                  "classifier_us_per_note": stage_times(linter, notes[:3000])["notelint_unit_classifier_v1"]}
    base = out[SHIPPED]["lint_notes_per_s"]
    for n in out:
        out[n]["speed_vs_shipped"] = round(out[n]["lint_notes_per_s"] / base, 3)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
