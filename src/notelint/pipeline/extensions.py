"""Custom attributes that the notelint components set on Docs and Spans.

The classifier stores one ``UnitScores`` per Doc (arrays over its units); the Span attributes
are getters over those arrays, so scoring thousands of units creates no per-unit objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc, Span

from ..labels import DIMENSIONS, KINDS, POLARITIES
from .dimension_decoding import DimensionDecoder

UNITS_KEY = "notelint_units"
SCORES_KEY = "notelint_unit_scores"
TEXT_KEY = "notelint_text"
TOKENS_KEY = "notelint_unit_tokens"
OFFSETS_KEY = "notelint_unit_offsets"
_CONTEXT = KINDS.index("context")
_NEUTRAL = POLARITIES.index("neutral")


@dataclass
class UnitScores:
    kind: np.ndarray        # (n_units, 3) probabilities in KINDS order
    polarity: np.ndarray    # (n_units, 3) in POLARITIES order
    dimensions: np.ndarray  # (n_units, 11) independent probabilities in DIMENSIONS order
    decoder: DimensionDecoder
    counts: np.ndarray | None = None  # (n_units, k) lexicon/number/quote/token counts (features.COUNT_NAMES)
    _kind_index: np.ndarray | None = field(default=None, repr=False, compare=False)

    def kind_index(self) -> np.ndarray:
        # every other label and score method needs it; computed once per doc
        if self._kind_index is None:
            self._kind_index = self.kind.argmax(1)
        return self._kind_index

    def polarity_index(self) -> np.ndarray:
        """Argmax polarity, forced to neutral for context units (guideline section 3)."""
        return np.where(self.kind_index() == _CONTEXT, _NEUTRAL, self.polarity.argmax(1))

    def polarity_scores(self) -> np.ndarray:
        """Polarity probabilities as reported: the polarity head's, except that a unit classified
        context is neutral with certainty (the head is trained on judged units only)."""
        ctx = self.kind_index() == _CONTEXT
        if not ctx.any():
            return self.polarity
        out = self.polarity.copy()
        out[ctx] = np.eye(len(POLARITIES), dtype=out.dtype)[_NEUTRAL]
        return out

    def dimension_scores(self) -> np.ndarray:
        """Dimension probabilities as reported: 0 for a unit classified context."""
        return self.dimensions * (self.kind_index() != _CONTEXT)[:, None]

    def dimension_mask(self) -> np.ndarray:
        """The units' dimension labels (see ``DimensionDecoder``); none for context units."""
        return self.decoder.mask(self.kind_index(), self.dimensions)


def _unit_index(span: Span) -> int | None:
    doc = span.doc
    if UNITS_KEY not in doc.spans or SCORES_KEY not in doc.user_data:
        return None
    for i, s in enumerate(doc.spans[UNITS_KEY]):
        if s.start == span.start and s.end == span.end:
            return i
    return None


def _getter(fn):
    def get(span):
        i = _unit_index(span)
        return None if i is None else fn(span.doc.user_data[SCORES_KEY], i)
    return get


_SPAN_GETTERS = {
    "kind": lambda s, i: KINDS[int(s.kind_index()[i])],
    "kind_scores": lambda s, i: dict(zip(KINDS, s.kind[i].tolist())),
    "polarity": lambda s, i: POLARITIES[int(s.polarity_index()[i])],
    "polarity_scores": lambda s, i: dict(zip(POLARITIES, s.polarity_scores()[i].tolist())),
    "dimensions": lambda s, i: [d for d, m in zip(DIMENSIONS, s.dimension_mask()[i]) if m],
    "dimension_scores": lambda s, i: dict(zip(DIMENSIONS, s.dimension_scores()[i].tolist())),
}


def _units(doc):
    return list(doc.spans[UNITS_KEY]) if UNITS_KEY in doc.spans else []


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    for attr, fn in _SPAN_GETTERS.items():
        if not Span.has_extension(attr):
            Span.set_extension(attr, getter=_getter(fn))
    if not Doc.has_extension("units"):
        Doc.set_extension("units", getter=_units)
    if not Doc.has_extension("unit_offsets"):
        # a property over user_data: read for every note by the API, where an extension's own
        # get/set machinery cost ~4 us a note
        Doc.set_extension("unit_offsets", getter=lambda doc: doc.user_data.get(OFFSETS_KEY),
                          setter=lambda doc, value: doc.user_data.__setitem__(OFFSETS_KEY, value))
    if not Doc.has_extension("unit_scores"):
        Doc.set_extension("unit_scores", getter=lambda doc: doc.user_data.get(SCORES_KEY))
