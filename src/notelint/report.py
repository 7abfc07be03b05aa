"""Report objects returned by the Python API; ``to_dict()`` follows the versioned JSON contract."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

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
            "findings": [asdict(f) for f in self.findings],
            "summary": self.summary,
        }
        if include_text:
            d["text"] = self.text
        return d


def _unit_dict(u: UnitReport) -> dict:
    d = asdict(u)
    for key in ("kind_scores", "polarity_scores", "dimension_scores"):
        d[key] = {k: round(v, 4) for k, v in d[key].items()}
    if d["specificity"] is not None:
        d["specificity"] = round(d["specificity"], 1)
    return d
