"""How a unit's dimension probabilities become its dimension labels.

The dimension head gives independent probabilities; which of them a unit carries also depends on
its kind. Context units carry none (guideline section 4). Annotators give nearly every evidence
unit at least one dimension (99.4% of train+dev evidence units), while half of the vague units
carry none, so evidence units take a stricter threshold and always keep their most likely
dimension. Chosen by writer-grouped CV on train+dev (``tools/dimension_decoding_cv.py``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..labels import DIMENSIONS, KINDS

_CONTEXT = KINDS.index("context")
_EVIDENCE = KINDS.index("evidence")


@dataclass(frozen=True)
class DimensionDecoder:
    thresholds: np.ndarray           # (11,) for units classified vague
    evidence_thresholds: np.ndarray  # (11,) for units classified evidence
    evidence_at_least_one: bool      # an evidence unit keeps its top dimension if none passes

    @classmethod
    def plain(cls, thresholds) -> "DimensionDecoder":
        """One threshold set for every judged unit and no minimum (models saved without the
        evidence rule decode this way)."""
        t = np.broadcast_to(np.asarray(thresholds, dtype=np.float32), (len(DIMENSIONS),)).copy()
        return cls(t, t, False)

    def mask(self, kind_index: np.ndarray, probs: np.ndarray) -> np.ndarray:
        """(n_units, 11) booleans from each unit's argmax kind and dimension probabilities."""
        ev = kind_index == _EVIDENCE
        m = probs >= np.where(ev[:, None], self.evidence_thresholds, self.thresholds)
        m &= (kind_index != _CONTEXT)[:, None]
        if self.evidence_at_least_one:
            bare = np.flatnonzero(ev & ~m.any(axis=1))
            if len(bare):
                m[bare, probs[bare].argmax(axis=1)] = True
        return m
