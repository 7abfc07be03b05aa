"""The input of the candidate signal: analysed notes, from Reports or from batch output rows."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from ..labels import RECOMMENDATIONS


@dataclass
class SignalUnit:
    text: str
    kind: str
    p_evidence: float
    polarity: str
    valence: float                 # P(positive) - P(negative), in [-1, 1]
    dimensions: list[str]
    specificity: float | None      # 0-100


@dataclass
class AnalysedNote:
    note_id: str
    candidate_id: str
    interviewer_id: str
    req_id: str
    recommendation: str | None
    submitted_at: str = ""
    round: str = ""
    units: list[SignalUnit] = field(default_factory=list)
    specificity: float | None = None

    @property
    def n_evidence(self) -> int:
        return sum(u.kind == "evidence" for u in self.units)


def _unit(u: dict) -> SignalUnit:
    ps = u.get("polarity_scores") or {u["polarity"]: 1.0}  # labels without scores: certain
    ks = u.get("kind_scores") or {}
    return SignalUnit(u["text"], u["kind"], float(ks.get("evidence", 1.0 if u["kind"] == "evidence" else 0.0)),
                      u["polarity"], float(ps.get("positive", 0.0)) - float(ps.get("negative", 0.0)),
                      list(u.get("dimensions", [])), u.get("specificity"))


def from_dict(d: dict, source: str = "input") -> AnalysedNote:
    """Build from a lint/batch report dict whose note-level fields sit at top level or in meta."""
    meta = {**(d.get("meta") or {}), **{k: v for k, v in d.items() if k != "meta"}}
    for f in ("candidate_id", "interviewer_id"):
        if not meta.get(f):
            raise InputError(f"{source}:{d.get('note_id')}", f"missing {f}")
    rec = meta.get("recommendation") or None
    if rec is not None and rec not in RECOMMENDATIONS:
        raise InputError(f"{source}:{d.get('note_id')}", f"unknown recommendation {rec!r}")
    return AnalysedNote(str(meta.get("note_id")), str(meta["candidate_id"]), str(meta["interviewer_id"]),
                        str(meta.get("req_id") or ""), rec, str(meta.get("submitted_at") or ""),
                        str(meta.get("round") or ""), [_unit(u) for u in d.get("units", [])],
                        d.get("specificity"))


def from_report(report) -> AnalysedNote:
    d = report.to_dict()
    d["meta"] = report.meta
    return from_dict(d, report.source)
