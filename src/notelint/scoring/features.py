"""Features of units and notes for the specificity scorer.

Every note feature is oriented so that *more of it means more specific*: features of vague units
enter negated. With a scorer that is monotone in every feature, adding a unit classified vague can
only lower a note's score, and adding evidence can only raise it.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from ..lexicon_match import LexiconMatcher, words
from ..resources import lexicon

_NUM = re.compile(r"(?<![\w.])(?:\d+(?:[.,]\d+)*(?:\s?(?:%|ms|s|k|m|x|qps|gb|mb|hours?|days?|weeks?|minutes?|min))?)(?!\w)", re.I)
_QUOTE = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{2,})[\"\u201c\u201d]|(?<!\w)'([^']{6,})'(?!\w)")

UNIT_FEATURES = (
    "p_evidence", "p_vague", "log_words", "numbers", "quotes", "domain_terms", "behaviour_verbs",
    "situation", "result", "hedges", "evaluative", "n_dimensions",
)

NOTE_FEATURES = (
    # evidence side (+)
    "n_evidence", "share_evidence", "mean_evidence_specificity", "max_evidence_specificity",
    "sum_evidence_specificity", "evidence_numbers", "evidence_quotes", "evidence_behaviour_verbs",
    "evidence_situation_result", "dimensions_evidenced",
    # vague side, negated (-)
    "neg_n_vague", "neg_share_vague", "neg_vague_evaluative", "neg_hedges_in_vague",
)


@lru_cache(maxsize=None)
def _text_matcher() -> LexiconMatcher:
    from ..pipeline.features import LEXICON_GROUPS
    return LexiconMatcher({name: lexicon(lex)[g] for name, lex, g in LEXICON_GROUPS})


def text_counts(text: str) -> list[int]:
    """COUNT_NAMES counts from raw text, for units that did not come through the pipeline."""
    toks = words(text)
    return _text_matcher().counts(toks) + [len(_NUM.findall(text)), 2 * len(_QUOTE.findall(text)), len(toks)]


def unit_feature_matrix(counts: np.ndarray, p_evidence: np.ndarray, p_vague: np.ndarray,
                        n_dimensions: np.ndarray) -> np.ndarray:
    """UNIT_FEATURES for many units at once, from their COUNT_NAMES counts (one row each, shared
    with the unit classifier) and classifier outputs."""
    counts = np.asarray(counts, dtype=float).reshape(-1, len(_count_names()))
    c = {name: counts[:, i] for i, name in enumerate(_count_names())}
    return np.column_stack([
        p_evidence, p_vague, np.log1p(c["tokens"]),
        np.minimum(c["numbers"], 4), np.minimum(c["quotes"], 3), np.minimum(c["domain"], 4),
        np.minimum(c["behaviour"], 4), np.minimum(c["situation"], 2), np.minimum(c["result"], 2),
        np.minimum(c["hedge"], 3), np.minimum(c["eval_pos"] + c["eval_neg"], 4), n_dimensions,
    ])


def unit_feature_row(counts, kind_scores: dict, dimensions) -> list[float]:
    """UNIT_FEATURES of one unit (see ``unit_feature_matrix``)."""
    return unit_feature_matrix(counts, kind_scores.get("evidence", 0.0), kind_scores.get("vague", 0.0),
                               len(dimensions))[0].tolist()


@lru_cache(maxsize=None)
def _count_names():
    from ..pipeline.features import COUNT_NAMES
    return COUNT_NAMES


def note_feature_matrix(unit_rows: np.ndarray, unit_spec: np.ndarray, kinds: list[str],
                        n_units: list[int], dimensions_evidenced: list[int]) -> np.ndarray:
    """NOTE_FEATURES of several notes, one row each. Their units come concatenated in note order:
    ``unit_rows`` (UNIT_FEATURES), ``unit_spec`` (specificity 0-100) and ``kinds``; ``n_units``
    counts each note's units, ``dimensions_evidenced`` its distinct dimensions of evidence units."""
    n = len(n_units)
    note = np.repeat(np.arange(n), n_units)
    kinds = np.asarray(kinds, dtype=object)
    ev, va = kinds == "evidence", kinds == "vague"

    def total(mask, w=None):  # per note: count (or sum of ``w``) over the units in ``mask``
        return np.bincount(note[mask], None if w is None else w[mask], minlength=n).astype(float)

    col = {name: unit_rows[:, i] for i, name in enumerate(UNIT_FEATURES)}
    n_ev, n_va = total(ev), total(va)
    judged = np.maximum(n_ev + n_va, 1)
    has_ev = n_ev > 0
    es_sum = total(ev, unit_spec)
    es_max = np.zeros(n)
    np.maximum.at(es_max, note[ev], unit_spec[ev])  # specificity is >= 0: 0 for no evidence
    return np.column_stack([
        np.log1p(n_ev),
        n_ev / judged,
        np.where(has_ev, es_sum / np.maximum(n_ev, 1), 0.0) / 100,
        es_max / 100,
        np.log1p(es_sum / 100),
        np.log1p(total(ev, col["numbers"])),
        np.log1p(total(ev, col["quotes"])),
        np.log1p(total(ev, col["behaviour_verbs"])),
        np.log1p(total(ev, col["situation"] + col["result"])),
        np.asarray(dimensions_evidenced, dtype=float),
        -np.log1p(n_va),
        -n_va / judged,
        -np.log1p(total(va, col["evaluative"])),
        -np.log1p(total(va, col["hedges"])),
    ]).reshape(n, len(NOTE_FEATURES))
