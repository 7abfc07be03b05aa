"""Count lexicon terms (single- and multi-word) in a token sequence with dictionary look-ups.

One pass over the unigrams, bigrams and trigrams of a sequence gives the counts of every group at
once; far cheaper than one regular expression per lexicon per sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence

_WORD = re.compile(r"[a-z0-9][a-z0-9'/%+]*(?:-[a-z0-9]+)*")


def words(text: str) -> list[str]:
    """Lowercase word tokens of a text, for matching lexicon terms."""
    return _WORD.findall(text.lower())


class LexiconMatcher:
    """``groups``: name -> terms. ``key`` maps each word of a term to the token type used at match
    time (the word itself, or spaCy's hash of it)."""

    def __init__(self, groups: dict[str, Iterable[str]], key: Callable[[str], Hashable] = lambda w: w):
        self.names = tuple(groups)
        table: dict[tuple, list[int]] = {}
        for gi, name in enumerate(self.names):
            for term in groups[name]:
                parts = tuple(key(w) for w in words(term)) if key is not None else (term,)
                if parts:
                    table.setdefault(parts, []).append(gi)
        self.table = {k: tuple(sorted(set(v))) for k, v in table.items()}
        self.max_n = max((len(k) for k in self.table), default=1)

    def counts(self, tokens: Sequence) -> list[int]:
        out = [0] * len(self.names)
        table, n = self.table, len(tokens)
        for size in range(1, min(self.max_n, n) + 1):
            for i in range(n - size + 1):
                hit = table.get(tuple(tokens[i:i + size]))
                if hit:
                    for g in hit:
                        out[g] += 1
        return out
