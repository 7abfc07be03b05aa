"""Report objects returned by the Python API; ``to_dict()`` follows the versioned JSON contract."""
from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("info", "warning", "error")
JSON_SCHEMA_VERSION = "1"


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass
class UnitReport:
    text: str
    start: int
    end: int
    line: int
    col: int
    kind: str
    kind_scores: dict[str, float]
    polarity: str
    polarity_scores: dict[str, float]
    dimensions: list[str]
    dimension_scores: dict[str, float]
    specificity: float | None = None  # unit-level specificity 0-100 (set by the scorer)
    features: list | None = field(default=None, repr=False, compare=False)  # scorer's unit features


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
