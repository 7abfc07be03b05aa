"""The evidence-weighted candidate signal. Every number traces back to the units behind it.

It informs a debrief and never makes a decision: no hire/no-hire verdict is produced.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..labels import DIMENSIONS, RECOMMENDATION_VALUE, RISK_DIMENSIONS
from .notes import AnalysedNote, SignalUnit
from .rubric import Rubric

STRONG_RECOMMENDATIONS = ("strong_hire", "hire", "no_hire")


@dataclass(frozen=True)
class Switches:
    """Rules that can be switched off, to measure what each contributes to a ranking."""
    evidence_weighting: bool = True
    asymmetry: bool = True
    shrinkage: bool = True
    red_flags: bool = True
    normalisation: bool = True
    discounting: bool = True


def unit_weight(u: SignalUnit, sw: Switches) -> float:
    """Grows with P(evidence) and with the unit's specificity; vague units weigh almost nothing."""
    if not sw.evidence_weighting:
        return 1.0
    spec = (u.specificity if u.specificity is not None else 100.0 * u.p_evidence) / 100.0
    return u.p_evidence * u.p_evidence * (0.3 + 0.7 * spec)


def interviewer_leniency(notes: list[AnalysedNote], rubric: Rubric) -> dict:
    """Each interviewer's mean recommendation against everyone's, shrunk towards the global mean
    by ``interviewer_prior_notes`` pseudo-notes; leniency > 0 means habitually generous."""
    vals = [RECOMMENDATION_VALUE[n.recommendation] for n in notes if n.recommendation]
    mu = sum(vals) / len(vals) if vals else 0.0
    by = defaultdict(list)
    for n in notes:
        if n.recommendation:
            by[n.interviewer_id].append(RECOMMENDATION_VALUE[n.recommendation])
    k = rubric.interviewer_prior_notes
    out = {}
    for i in sorted({n.interviewer_id for n in notes}):
        v = by.get(i, [])
        shrunk = (sum(v) + k * mu) / (len(v) + k)
        out[i] = {"notes": sum(n.interviewer_id == i for n in notes), "recommendations": len(v),
                  "mean_raw": round(sum(v) / len(v), 3) if v else None,
                  "leniency": round(shrunk - mu, 3)}
    return out


def _note_flags(n: AnalysedNote, rubric: Rubric) -> list[dict]:
    flags = []
    if n.n_evidence <= rubric.vague_only_max_evidence:
        flags.append({"type": "vague_only", "dimension": None, "note_ids": [n.note_id],
                      "interviewer_ids": [n.interviewer_id],
                      "detail": f"{n.interviewer_id}'s note has no behavioural evidence; it counts for less."})
    elif n.recommendation in STRONG_RECOMMENDATIONS and n.n_evidence < rubric.min_evidence_for_strong_recommendation:
        flags.append({"type": "unsupported_recommendation", "dimension": None, "note_ids": [n.note_id],
                      "interviewer_ids": [n.interviewer_id],
                      "detail": f"'{n.recommendation}' rests on {n.n_evidence} evidence unit(s); it counts for less."})
    return flags


def _course(n: AnalysedNote) -> tuple[bool, bool]:
    """(defended, corrected): learning evidence in the note, negative or positive."""
    learn = [u for u in n.units if u.kind == "evidence" and "learning" in u.dimensions]
    return any(u.polarity == "negative" for u in learn), any(u.polarity == "positive" for u in learn)


def candidate_signal(cid: str, notes: list[AnalysedNote], rubric: Rubric, leniency: dict,
                     sw: Switches) -> dict:
    rub = rubric
    k = rub.shrinkage if sw.shrinkage else 1e-6
    neg_mult = rub.negative_multiplier if sw.asymmetry else 1.0
    flags, recs = [], []
    dims = {d: {"num": 0.0, "den": 0.0, "evidence": [], "by_interviewer": defaultdict(list)} for d in DIMENSIONS}
    red = defaultdict(list)  # dim -> [(note, unit, severity_adjust)]
    for n in notes:
        nflags = _note_flags(n, rub)
        flags += nflags
        factor = rub.discount_factor if (nflags and sw.discounting) else 1.0
        defended, corrected = _course(n)
        for u in n.units:
            w = unit_weight(u, sw) * factor
            for d in u.dimensions:
                m = neg_mult if (u.valence < 0 and d in RISK_DIMENSIONS) else 1.0
                dd = dims[d]
                dd["num"] += w * m * u.valence
                dd["den"] += w * m
                dd["by_interviewer"][n.interviewer_id].append((w * u.valence, n, u))
                if w >= 0.02:
                    dd["evidence"].append({"note_id": n.note_id, "interviewer_id": n.interviewer_id,
                                           "text": u.text, "polarity": u.polarity, "weight": round(w * m, 3)})
                if (d in RISK_DIMENSIONS and u.kind == "evidence" and u.polarity == "negative"
                        and u.p_evidence >= rub.red_flag_min_p_evidence):
                    red[d].append((n, u, 0.5 * defended - 0.5 * corrected))
        if n.recommendation:
            raw = RECOMMENDATION_VALUE[n.recommendation]
            norm = raw - (leniency[n.interviewer_id]["leniency"] if sw.normalisation else 0.0)
            vague_only = any(f["type"] == "vague_only" for f in nflags)
            rec_w = (rub.vague_only_recommendation_weight if vague_only else factor) if sw.discounting else 1.0
            recs.append({"note_id": n.note_id, "interviewer_id": n.interviewer_id, "raw": n.recommendation,
                         "normalized": round(norm, 3), "counted": rec_w, "_w": rec_w})
    out_dims = {}
    for d, dd in dims.items():
        signal = dd["num"] / (dd["den"] + k)
        out_dims[d] = {"signal": round(max(-1.0, min(1.0, signal)), 3), "weight": round(dd["den"], 3),
                       "confidence": round(dd["den"] / (dd["den"] + rub.shrinkage), 3),
                       "evidence": sorted(dd["evidence"], key=lambda e: -e["weight"])}
        # contradictions: one interviewer's evidence for, another's against
        per = {i: sum(x[0] for x in xs) for i, xs in dd["by_interviewer"].items()}
        pos = [i for i, v in per.items() if v >= rub.contradiction_min_weight]
        neg = [i for i, v in per.items() if v <= -rub.contradiction_min_weight]
        if pos and neg:
            ip, ineg = max(pos, key=per.get), min(neg, key=per.get)
            qp = max(dd["by_interviewer"][ip], key=lambda x: x[0])
            qn = min(dd["by_interviewer"][ineg], key=lambda x: x[0])
            flags.append({"type": "contradiction", "dimension": d,
                          "note_ids": sorted({qp[1].note_id, qn[1].note_id}),
                          "interviewer_ids": sorted({ip, ineg}),
                          "detail": f"{ip} saw evidence for, {ineg} against, on {d}.",
                          "quotes": [{"interviewer_id": ip, "note_id": qp[1].note_id, "text": qp[2].text},
                                     {"interviewer_id": ineg, "note_id": qn[1].note_id, "text": qn[2].text}]})
    penalty = 0.0
    if sw.red_flags:
        for d, items in sorted(red.items()):
            interviewers = sorted({n.interviewer_id for n, _, _ in items})
            repeated = len(interviewers) >= 2
            severity = max(0.5, 1.0 + (1.0 if repeated else 0.0) + max(a for _, _, a in items))
            penalty += severity
            flags.append({"type": "repeated" if repeated else "red_flag", "dimension": d,
                          "note_ids": sorted({n.note_id for n, _, _ in items}), "interviewer_ids": interviewers,
                          "severity": round(severity, 2),
                          "detail": (f"negative evidence on {d} from {len(interviewers)} interviewer(s)"
                                     + ("; the candidate defended rather than adapted" if any(a > 0 for *_, a in items) else "")
                                     + ("; corrected course after a hint" if any(a < 0 for *_, a in items) else "")),
                          "quotes": [{"interviewer_id": n.interviewer_id, "note_id": n.note_id, "text": u.text}
                                     for n, u, _ in items[:4]]})
    nw = rubric.normalised_weights()
    dim_score = sum(nw[d] * out_dims[d]["signal"] for d in DIMENSIONS)
    if recs:
        # Divided by the number of recommendations, not by their weights: a weighted mean would
        # give a panel of discounted (evidence-free) verdicts their full pull back.
        rec_score = sum(r["normalized"] * r["_w"] for r in recs) / len(recs) / 2.0
    else:
        rec_score = 0.0
    score = dim_score + rub.recommendation_weight * max(-1.0, min(1.0, rec_score)) - rub.red_flag_penalty * penalty
    confidence = sum(nw[d] * out_dims[d]["confidence"] for d in DIMENSIONS)
    for r in recs:
        r.pop("_w")
    return {"candidate_id": cid, "req_id": notes[0].req_id, "rank": None, "score": round(score, 4),
            "confidence": round(confidence, 3), "dimensions": out_dims, "flags": flags,
            "recommendations": recs, "notes": [n.note_id for n in notes]}


def dimension_table(cands: list[dict]) -> dict:
    """Per dimension: who is clearly strongest, acceptable, a concern, or without evidence."""
    table = {}
    for d in DIMENSIONS:
        flagged = {c["candidate_id"] for c in cands for f in c["flags"]
                   if f["dimension"] == d and f["type"] in ("red_flag", "repeated")}
        ranked = sorted(cands, key=lambda c: -c["dimensions"][d]["signal"])
        row = {}
        for i, c in enumerate(ranked):
            dd = c["dimensions"][d]
            if dd["confidence"] < 0.15:
                status = "no_evidence"
            elif c["candidate_id"] in flagged or dd["signal"] <= -0.15:
                status = "concern"
            elif (i == 0 and dd["signal"] >= 0.15 and dd["confidence"] >= 0.3 and
                  (len(ranked) == 1 or dd["signal"] - ranked[1]["dimensions"][d]["signal"] >= 0.1)):
                status = "strongest"
            else:
                status = "acceptable"
            row[c["candidate_id"]] = status
        table[d] = row
    return table


def compute_signal(notes: list[AnalysedNote], rubric: Rubric, req: str | None = None,
                   switches: Switches = Switches()) -> dict:
    """Signals for every candidate (or those of ``req``), ranked within each req."""
    leniency = interviewer_leniency(notes, rubric)
    by_cand = defaultdict(list)
    for n in notes:
        if req is None or n.req_id == req:
            by_cand[(n.req_id, n.candidate_id)].append(n)
    cands = [candidate_signal(cid, ns, rubric.for_req(rq), leniency, switches)
             for (rq, cid), ns in sorted(by_cand.items())]
    reqs = defaultdict(list)
    for c in cands:
        reqs[c["req_id"]].append(c)
    tables = {}
    for rq, cs in reqs.items():
        cs.sort(key=lambda c: (-c["score"], c["candidate_id"]))
        for i, c in enumerate(cs, 1):
            c["rank"] = i
        tables[rq] = dimension_table(cs)
    ordered = [c for rq in sorted(reqs) for c in reqs[rq]]
    return {"candidates": ordered, "interviewers": leniency, "dimension_tables": tables,
            "rubric": rubric.source,
            "disclaimer": "notelint summarises written evidence for a debrief; it does not make hiring decisions."}
