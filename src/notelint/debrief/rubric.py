"""The rubric: dimension weights and the constants of the candidate signal, as a data file."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import ConfigError
from ..labels import DIMENSIONS
from ..resources import read_json

_KEYS = {"description", "dimension_weights", "negative_multiplier", "shrinkage", "recommendation_weight",
         "min_evidence_for_strong_recommendation", "vague_only_max_evidence", "discount_factor",
         "vague_only_recommendation_weight",
         "interviewer_prior_notes", "red_flag_min_p_evidence", "red_flag_penalty",
         "contradiction_min_weight", "reqs"}


@dataclass(frozen=True)
class Rubric:
    dimension_weights: dict
    negative_multiplier: float = 1.6   # risk-critical negative evidence counts this much more
    shrinkage: float = 1.0             # pseudo-weight of evidence at signal 0 (thin evidence -> 0)
    recommendation_weight: float = 0.25
    min_evidence_for_strong_recommendation: int = 2
    vague_only_max_evidence: int = 0
    discount_factor: float = 0.5       # weight of unsupported / vague-only notes
    vague_only_recommendation_weight: float = 0.0  # a verdict with no evidence behind it moves nothing
    interviewer_prior_notes: float = 5  # pseudo-notes at the global mean when normalising
    red_flag_min_p_evidence: float = 0.5
    red_flag_penalty: float = 0.06
    contradiction_min_weight: float = 0.25
    reqs: dict = field(default_factory=dict)
    source: str = "ml_default.json"

    def for_req(self, req_id: str | None) -> "Rubric":
        over = self.reqs.get(req_id or "", {})
        if not over:
            return self
        dw = {**self.dimension_weights, **over.get("dimension_weights", {})}
        rest = {k: v for k, v in over.items() if k != "dimension_weights"}
        return replace(self, dimension_weights=dw, reqs={}, **rest)

    def normalised_weights(self) -> dict:
        total = sum(self.dimension_weights.values()) or 1.0
        return {d: self.dimension_weights.get(d, 0.0) / total for d in DIMENSIONS}


def _validate(data: dict, source: str) -> Rubric:
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown rubric keys {sorted(unknown)}")
    dw = data.get("dimension_weights", {})
    bad = set(dw) - set(DIMENSIONS)
    if bad:
        raise ConfigError(f"{source}: unknown dimensions {sorted(bad)}")
    if any(not isinstance(v, (int, float)) or v < 0 for v in dw.values()):
        raise ConfigError(f"{source}: dimension weights must be non-negative numbers")
    for req, over in data.get("reqs", {}).items():
        if set(over) - (_KEYS - {"reqs", "description"}):
            raise ConfigError(f"{source}: req {req}: unknown keys {sorted(set(over) - _KEYS)}")
        if set(over.get("dimension_weights", {})) - set(DIMENSIONS):
            raise ConfigError(f"{source}: req {req}: unknown dimensions")
    kwargs = {k: v for k, v in data.items() if k != "description"}
    kwargs["dimension_weights"] = {d: float(dw.get(d, 0.0)) for d in DIMENSIONS}
    return Rubric(**kwargs, source=source)


def load_rubric(path: str | Path | None = None) -> Rubric:
    """The default rubric, or a JSON file of the same shape (missing keys take defaults)."""
    if path is None:
        return _validate(read_json("rubrics/ml_default.json"), "ml_default.json")
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ConfigError(f"{p}: cannot read rubric ({e})") from None
    base = read_json("rubrics/ml_default.json")
    base.update(data)
    return _validate(base, str(p))
