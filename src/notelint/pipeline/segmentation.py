"""Split a note into units (sentences, bullets, headings) with exact character offsets.

Pure Python and independent of spaCy, so that the same rules serve the pipeline, the corpus
tools and the tests. Rules follow data/GUIDELINES.md section 1.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

# Bullet markers at the start of a line: -, *, +, •, >, #, "1.", "2)", "a)".
_BULLET = re.compile(r"[ \t]*(?:(?:[-*+\u2022\u25aa\u2023>#]+)|(?:\d{1,2}[.)])|(?:[a-z][)]))[ \t]+")
_LINE = re.compile(r"[^\r\n]+")
_MARKER_ONLY = re.compile(r"^[\s\-*+\u2022\u25aa\u2023>#=_~]*$")
# A sentence end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"(?:[.!?]+|\u2026)[\"'\u201d\u2019)\]]*(?=\s)")
_ABBREV = frozenset({
    "e.g", "i.e", "eg", "ie", "vs", "etc", "approx", "dr", "mr", "mrs", "ms", "mx", "no", "cf",
    "st", "jr", "sr", "fig", "incl", "esp", "resp", "min", "max", "est", "avg", "w.r.t", "a.k.a",
})
_TIME_UNITS = frozenset({"min"})


_LONGEST_ABBREV = max(map(len, _ABBREV))


def _is_abbreviation(line: str, dot: int) -> bool:
    """True if the '.' at ``dot`` closes an abbreviation or an initial, not a sentence."""
    j, stop = dot, dot - _LONGEST_ABBREV - 1
    while j > 0 and not line[j - 1].isspace() and line[j - 1] not in "(\"'":
        if j == stop:
            return False  # a word longer than any abbreviation: only the period was worth looking at
        j -= 1
    word = line[j:dot].lower()
    if word in _ABBREV:
        # "45 min. Asked her..." ends a sentence: a time unit then a capital starts the next one.
        return not (word in _TIME_UNITS and line[dot + 1:].lstrip()[:1].isupper())
    # A single capital letter ("J. Smith") is an initial.
    return len(word) == 1 and line[j].isupper()


def _sentences(line: str, offset: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _END.finditer(line):
        punct = m.group(0)
        if punct.startswith(".") and punct.rstrip("\"'\u201d\u2019)]") == "." \
                and _is_abbreviation(line, m.start()):
            continue
        # An ellipsis, or a quoted question or exclamation, followed by a lowercase word continues
        # the sentence ("paused... then", "'what about Wednesday?' and she").
        quoted = punct[-1] in "\"'\u201d\u2019" and punct.rstrip("\"'\u201d\u2019)]")[-1:] in "?!"
        if (punct.startswith("..") or punct.startswith("\u2026") or quoted) \
                and line[m.end():].lstrip()[:1].islower():
            continue
        end = m.end()
        if line[start:end].strip():
            spans.append((start, end))
        start = end
    if line[start:].strip():
        spans.append((start, len(line)))
    out = []
    for s, e in spans:
        seg = line[s:e]
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg.rstrip())
        if rs > ls:
            out.append((offset + s + ls, offset + s + rs))
    return out


def split_units(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` character offsets of every unit of ``text``, in order."""
    units: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        line, offset = m.group(0), m.start()
        if _MARKER_ONLY.match(line):  # an empty bullet or a rule line ("---") holds no unit
            continue
        b = _BULLET.match(line)
        if b and b.end() < len(line):
            line_body_start = b.end()
        else:
            line_body_start = 0
        units.extend(_sentences(line[line_body_start:], offset + line_body_start))
    return units


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


class LineIndex:
    """Line/column lookups for many offsets of one text in O(log n) each."""

    def __init__(self, text: str):
        self._starts = [0, *accumulate(len(line) + 1 for line in text.split("\n")[:-1])]

    def __call__(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1
