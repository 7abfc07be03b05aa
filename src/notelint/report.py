"""Report objects returned by the Python API; ``to_dict()`` follows the versioned JSON contract."""
from __future__ import annotations

from dataclasses import dataclass, field

from .labels import DIMENSIONS, KINDS, POLARITIES

SEVERITIES = ("info", "warning", "error")
JSON_SCHEMA_VERSION = "1"


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


class UnitReport:
    """One unit of a note. The three score mappings may be given as dicts or as rows of floats
    in label order; rows become dicts on first access, so linting without reading the scores
    (the text output, the rules) never builds the ~17 dict entries a unit carries."""

    __slots__ = ("text", "start", "end", "line", "col", "kind", "_kind_scores", "polarity",
                 "_polarity_scores", "dimensions", "_dimension_scores", "specificity", "features")

    def __init__(self, text: str, start: int, end: int, line: int, col: int, kind: str,
                 kind_scores, polarity: str, polarity_scores, dimensions: list[str],
                 dimension_scores, specificity: float | None = None, features=None):
        self.text, self.start, self.end, self.line, self.col = text, start, end, line, col
        self.kind, self._kind_scores = kind, kind_scores
        self.polarity, self._polarity_scores = polarity, polarity_scores
        self.dimensions, self._dimension_scores = dimensions, dimension_scores
        self.specificity = specificity  # unit-level specificity 0-100 (set by the scorer)
        self.features = features  # the scorer's unit features (UNIT_FEATURES order)

    @property
    def kind_scores(self) -> dict[str, float]:
        if not isinstance(self._kind_scores, dict):
            self._kind_scores = dict(zip(KINDS, self._kind_scores))
        return self._kind_scores

    @property
    def polarity_scores(self) -> dict[str, float]:
        if not isinstance(self._polarity_scores, dict):
            self._polarity_scores = dict(zip(POLARITIES, self._polarity_scores))
        return self._polarity_scores

    @property
    def dimension_scores(self) -> dict[str, float]:
        if not isinstance(self._dimension_scores, dict):
            self._dimension_scores = dict(zip(DIMENSIONS, self._dimension_scores))
        return self._dimension_scores

    def _key(self) -> tuple:
        return (self.text, self.start, self.end, self.line, self.col, self.kind, self.kind_scores,
                self.polarity, self.polarity_scores, self.dimensions, self.dimension_scores,
                self.specificity)

    def __eq__(self, other) -> bool:
        return isinstance(other, UnitReport) and self._key() == other._key()

    __hash__ = None  # mutable, like the dataclass it replaced

    def __repr__(self) -> str:
        return (f"UnitReport(text={self.text!r}, start={self.start}, end={self.end}, kind={self.kind!r}, "
                f"polarity={self.polarity!r}, dimensions={self.dimensions!r}, specificity={self.specificity!r})")


@dataclass
class Finding:
    rule: str
    name: str
    severity: str
    message: str
    hint: str
    start: int
    end: int
    line: int
    col: int

    def to_dict(self) -> dict:
        return {"rule": self.rule, "name": self.name, "severity": self.severity,
                "message": self.message, "hint": self.hint, "start": self.start, "end": self.end,
                "line": self.line, "col": self.col}


@dataclass
class Report:
    source: str
    note_id: str | None
    text: str
    units: list[UnitReport] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    specificity: float | None = None
    meta: dict = field(default_factory=dict)

    @property
    def summary(self) -> dict:
        counts = {"evidence": 0, "vague": 0, "context": 0}
        evidenced = set()
        for u in self.units:
            counts[u.kind] += 1
            if u.kind == "evidence":
                evidenced.update(u.dimensions)
        return {**counts, "dimensions_evidenced": sorted(evidenced)}

    def max_severity(self) -> str | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=severity_rank)

    def to_dict(self, include_text: bool = False) -> dict:
        d = {
            "source": self.source,
            "note_id": self.note_id,
            "specificity": None if self.specificity is None else round(self.specificity, 1),
            "units": [_unit_dict(u) for u in self.units],
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary,
        }
        if include_text:
            d["text"] = self.text
        return d


def _unit_dict(u: UnitReport) -> dict:
    # built by hand: dataclasses.asdict deep-copies and was the slowest step of a batch run;
    # scores are already rounded where the report is made (api.Linter._report)
    return {"text": u.text, "start": u.start, "end": u.end, "line": u.line, "col": u.col,
            "kind": u.kind, "kind_scores": u.kind_scores, "polarity": u.polarity,
            "polarity_scores": u.polarity_scores, "dimensions": list(u.dimensions),
            "dimension_scores": u.dimension_scores,
            "specificity": None if u.specificity is None else round(u.specificity, 1)}
