"""Audit statistics from analysed notes (lint reports or batch output rows). Returns plain data."""
from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..labels import DIMENSIONS, RECOMMENDATION_VALUE

STRONG = ("strong_hire", "hire", "no_hire")


@dataclass
class AuditNote:
    note_id: str
    interviewer_id: str
    round: str
    req_id: str
    submitted_at: str
    recommendation: str | None
    specificity: float
    n_units: int
    n_evidence: int
    n_vague: int
    n_vague_praise: int
    dims_evidenced: list[str]
    bias_hits: list[str]          # rule ids of bias findings
    personality_hits: int
    group: str | None = None
    excerpt: str = ""             # first vague unit or first unit, for best/worst examples
    extra: dict = field(default_factory=dict)

    @property
    def unsupported(self) -> bool:
        return self.recommendation in STRONG and self.n_evidence < 2


def audit_notes_from_rows(rows) -> list[AuditNote]:
    """From report dicts (``notelint batch`` JSONL rows or Report.to_dict() with ``meta``)."""
    out = []
    for r in rows:
        meta = {**(r.get("meta") or {}), **{k: r[k] for k in ("interviewer_id", "round", "req_id") if k in r}}
        units = r.get("units", [])
        judged = [u for u in units if u["kind"] != "context"]
        vague = [u for u in units if u["kind"] == "vague"]
        first = (vague or judged or units or [{"text": ""}])[0]["text"]
        bias = [f["rule"] for f in r.get("findings", []) if f["rule"].startswith("bias.")]
        out.append(AuditNote(
            str(r.get("note_id")), str(meta.get("interviewer_id") or "unknown"), str(meta.get("round") or "unknown"),
            str(meta.get("req_id") or "unknown"), str(meta.get("submitted_at") or ""), meta.get("recommendation"),
            float(r.get("specificity") or 0.0), len(judged), sum(u["kind"] == "evidence" for u in units),
            len(vague), sum(u["polarity"] == "positive" for u in vague),
            sorted({d for u in units if u["kind"] == "evidence" for d in u["dimensions"]}),
            bias, sum(b == "bias.personality" for b in bias),
            (str(meta["group"]) if meta.get("group") not in (None, "") else None), first[:160]))
    return out


def _natural(item) -> list:
    """Sort key for (name, value) pairs: "i2" before "i10", as a person reads them."""
    return [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.split(r"(\d+)", str(item[0])) if t]


def _mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def _quantiles(xs, qs=(0.1, 0.25, 0.5, 0.75, 0.9)):
    if not xs:
        return {}
    s = sorted(xs)
    return {f"p{int(q * 100)}": round(s[min(len(s) - 1, int(q * (len(s) - 1) + 0.5))], 1) for q in qs}


def _bootstrap_ci(values, stat, n_boot=400, seed=0):
    """Percentile bootstrap 95% interval (seeded, so reports are reproducible)."""
    if len(values) < 2:
        return (float("nan"), float("nan"))
    rng = random.Random(seed)
    n = len(values)
    boots = sorted(stat([values[rng.randrange(n)] for _ in range(n)]) for _ in range(n_boot))
    return (round(boots[int(0.025 * n_boot)], 4), round(boots[int(0.975 * n_boot) - 1], 4))


def _group_stats(notes: list[AuditNote]) -> dict:
    units = sum(n.n_units for n in notes)
    vague = sum(n.n_vague for n in notes)
    return {
        "notes": len(notes),
        "units": units,
        "vague_share": round(vague / units, 4) if units else None,
        "vague_praise_share": round(sum(n.n_vague_praise for n in notes) / units, 4) if units else None,
        "specificity_mean": round(_mean([n.specificity for n in notes]), 2),
        "specificity_quantiles": _quantiles([n.specificity for n in notes]),
        "unsupported_recommendations": sum(n.unsupported for n in notes),
        "bias_hits": sum(len(n.bias_hits) for n in notes),
        "dimensions_evidenced": {d: sum(d in n.dims_evidenced for n in notes) for d in DIMENSIONS},
    }


def _leniency(notes: list[AuditNote], prior: float = 5.0) -> dict:
    """Mean recommendation against all peers, shrunk by ``prior`` pseudo-notes, with a 95%
    interval from the normal approximation (wider for short histories)."""
    vals = [RECOMMENDATION_VALUE[n.recommendation] for n in notes if n.recommendation in RECOMMENDATION_VALUE]
    mu = _mean(vals) if vals else 0.0
    sd = math.sqrt(_mean([(v - mu) ** 2 for v in vals])) if len(vals) > 1 else 1.0
    by = defaultdict(list)
    for n in notes:
        if n.recommendation in RECOMMENDATION_VALUE:
            by[n.interviewer_id].append(RECOMMENDATION_VALUE[n.recommendation])
    out = {}
    for i, v in by.items():
        shrunk = (sum(v) + prior * mu) / (len(v) + prior) - mu
        half = 1.96 * sd / math.sqrt(len(v) + prior)
        out[i] = {"leniency": round(shrunk, 3), "low": round(shrunk - half, 3), "high": round(shrunk + half, 3),
                  "n": len(v), "mean_raw": round(_mean(v), 3)}
    return out


def _period(date: str) -> str:
    return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}" if len(date) >= 7 and date[5:7].isdigit() else "unknown"


def _coaching(iid: str, s: dict, peers: dict) -> list[str]:
    lines = []
    if s["vague_share"] is not None and s["vague_share"] > max(0.35, peers["vague_share"] + 0.1):
        lines.append(f"{s['vague_share']:.0%} of your sentences are impressions (peers: {peers['vague_share']:.0%}). "
                     "For each, write what the candidate did or said and in which situation.")
    never = [d for d, k in s["dimensions_evidenced"].items() if k == 0]
    if 0 < len(never) <= 6 and s["notes"] >= 3:
        lines.append(f"You never record evidence on {', '.join(never)}; if you rate them, note the moment behind the rating.")
    if s["unsupported_recommendations"]:
        lines.append(f"{s['unsupported_recommendations']} of your strong recommendations rest on fewer than two "
                     "observed behaviours: add them, or soften the recommendation.")
    if s["bias_hits"]:
        lines.append(f"{s['bias_hits']} personal or biased phrases (personality, age, family, 'culture fit'): "
                     "remove them and describe work behaviour instead.")
    if s["specificity_mean"] < peers["specificity_mean"] - 10:
        lines.append(f"Your notes average specificity {s['specificity_mean']:.0f}/100 against {peers['specificity_mean']:.0f} "
                     "for peers: quote the candidate and record results (what happened next).")
    return lines or ["Notes are specific and evidence-based; keep recording situation, behaviour and result."]


def audit(notes: list[AuditNote], n_examples: int = 5) -> dict:
    """The whole audit as plain data; rendering lives in audit/render.py."""
    peers = _group_stats(notes)
    by_i, by_round, by_req, by_period = (defaultdict(list) for _ in range(4))
    for n in notes:
        by_i[n.interviewer_id].append(n)
        by_round[n.round].append(n)
        by_req[n.req_id].append(n)
        by_period[(n.interviewer_id, _period(n.submitted_at))].append(n)
    len_ = _leniency(notes)
    interviewers = {}
    for i, ns in sorted(by_i.items(), key=_natural):
        s = _group_stats(ns)
        s["never_evidenced"] = [d for d, k in s["dimensions_evidenced"].items() if k == 0]
        s["leniency"] = len_.get(i)
        s["trend"] = {p: {"notes": len(v), "specificity_mean": round(_mean([x.specificity for x in v]), 1),
                          "vague_share": round(sum(x.n_vague for x in v) / max(sum(x.n_units for x in v), 1), 3)}
                      for (ii, p), v in sorted(by_period.items()) if ii == i}
        s["coaching"] = _coaching(i, s, peers)
        interviewers[i] = s
    ranked = sorted(notes, key=lambda n: (n.specificity, n.note_id))
    example = lambda n: {"note_id": n.note_id, "interviewer_id": n.interviewer_id,
                         "specificity": round(n.specificity, 1), "excerpt": n.excerpt}
    result = {
        "overall": peers,
        "interviewers": interviewers,
        "rounds": {k: _group_stats(v) for k, v in sorted(by_round.items(), key=_natural)},
        "reqs": {k: _group_stats(v) for k, v in sorted(by_req.items(), key=_natural)},
        "over_time": {p: _group_stats([n for n in notes if _period(n.submitted_at) == p])
                      for p in sorted({_period(n.submitted_at) for n in notes})},
        "worst_notes": [example(n) for n in ranked[:n_examples]],
        "best_notes": [example(n) for n in ranked[::-1][:n_examples]],
    }
    groups = defaultdict(list)
    for n in notes:
        if n.group is not None:
            groups[n.group].append(n)
    if groups:
        gs = {}
        for g, ns in sorted(groups.items()):
            per_note_vp = [(n.n_vague_praise, n.n_units) for n in ns]
            share = lambda xs: sum(a for a, _ in xs) / max(sum(b for _, b in xs), 1)
            pers = [(n.personality_hits, n.n_units) for n in ns]
            spec = [n.specificity for n in ns]
            gs[g] = {"notes": len(ns),
                     "vague_praise_share": round(share(per_note_vp), 4),
                     "vague_praise_share_ci95": _bootstrap_ci(per_note_vp, share),
                     "personality_language_share": round(share(pers), 4),
                     "personality_language_share_ci95": _bootstrap_ci(pers, share),
                     "specificity_mean": round(_mean(spec), 2),
                     "specificity_mean_ci95": _bootstrap_ci(spec, _mean)}
        result["groups"] = gs
        result["groups_note"] = ("Groups are the archive's self-reported column; notelint never infers them. "
                                 "Intervals are 95% percentile bootstraps over notes.")
    return result
