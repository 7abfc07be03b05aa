"""End to end, can adding a vague sentence raise a note's specificity? Measured on a corpus sample.

Every sixth corpus note gets each of the six vague sentences of tests/test_scorer.py appended in
turn and is linted again: prints the number of additions, how many raised the score, the largest
rise and the median change. The scorer is monotone with the other units held fixed (tested); end
to end the other units are classified again and the note-context block sees the new words, so a
borderline unit can tip to evidence.

Usage: PYTHONPATH=src python tools/vague_additions.py
"""
from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
import notelint  # noqa: E402
from notelint.api import NoteInput  # noqa: E402
from test_scorer import VAGUE_ADDITIONS  # noqa: E402


def main():
    linter = notelint.load()
    notes = [json.loads(x) for x in open(ROOT / "data" / "corpus" / "notes.jsonl", encoding="utf-8")][::6]
    base = {r.source: r.specificity for r in linter.lint_many(NoteInput(n["text"], n["note_id"]) for n in notes)}
    more = linter.lint_many(NoteInput(n["text"] + "\n" + a, n["note_id"]) for n in notes for a in VAGUE_ADDITIONS)
    diffs = [r.specificity - base[r.source] for r in more]
    print(json.dumps({"notes": len(notes), "additions": len(diffs), "raised": sum(d > 1e-6 for d in diffs),
                      "largest_rise": round(max(diffs), 2), "median_change": round(statistics.median(diffs), 2)}))


if __name__ == "__main__":
    main()
