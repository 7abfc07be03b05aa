"""Debrief packets: text, markdown and a self-contained HTML page from a signal result."""
from __future__ import annotations

import html

from ..labels import DIMENSIONS, RISK_DIMENSIONS

_STATUS = {"strongest": "STRONGEST", "acceptable": "ok", "concern": "CONCERN", "no_evidence": "-"}


def _bar(signal: float, width: int = 10) -> str:
    n = int(round(abs(signal) * width))
    return ("+" if signal >= 0 else "-") * n


def markdown(result: dict, max_quotes: int = 2) -> str:
    out = ["# Debrief packet", "", f"_{result['disclaimer']}_", ""]
    by_req = {}
    for c in result["candidates"]:
        by_req.setdefault(c["req_id"], []).append(c)
    for req, cands in by_req.items():
        out += [f"## Req {req}", "", "| rank | candidate | score | confidence | flags |", "|---|---|---|---|---|"]
        for c in cands:
            fl = ", ".join(sorted({f["type"] for f in c["flags"]})) or "none"
            out.append(f"| {c['rank']} | {c['candidate_id']} | {c['score']:+.2f} | {c['confidence']:.2f} | {fl} |")
        table = result["dimension_tables"][req]
        out += ["", "| dimension | " + " | ".join(c["candidate_id"] for c in cands) + " |",
                "|---|" + "---|" * len(cands)]
        for d in DIMENSIONS:
            risk = " (risk)" if d in RISK_DIMENSIONS else ""
            cells = [f"{_STATUS[table[d][c['candidate_id']]]} {c['dimensions'][d]['signal']:+.2f}" for c in cands]
            out.append(f"| {d}{risk} | " + " | ".join(cells) + " |")
        for c in cands:
            out += ["", f"### {c['rank']}. {c['candidate_id']} (score {c['score']:+.2f}, confidence {c['confidence']:.2f})", ""]
            recs = ", ".join(f"{r['interviewer_id']}: {r['raw']} (normalised {r['normalized']:+.2f}"
                             + ("" if r.get("counted", 1.0) == 1.0 else f", counted x{r['counted']:g}") + ")"
                             for r in c["recommendations"])
            out.append(f"Recommendations: {recs or 'none'}")
            strong = sorted(((d, v) for d, v in c["dimensions"].items() if v["confidence"] >= 0.3),
                            key=lambda x: -abs(x[1]["signal"]))[:4]
            if strong:
                out += ["", "Best-evidenced dimensions:"]
                for d, v in strong:
                    out.append(f"- **{d}** {v['signal']:+.2f} (confidence {v['confidence']:.2f})")
                    for e in v["evidence"][:max_quotes]:
                        out.append(f"  - {e['interviewer_id']} ({e['polarity']}): \"{e['text']}\"")
            if c["flags"]:
                out += ["", "Flags:"]
                for f in c["flags"]:
                    dim = f" on {f['dimension']}" if f["dimension"] else ""
                    sev = f" severity {f['severity']}" if "severity" in f else ""
                    out.append(f"- **{f['type']}**{dim}{sev}: {f['detail']} (notes {', '.join(f['note_ids'])})")
                    for q in f.get("quotes", [])[:max_quotes]:
                        out.append(f"  - {q['interviewer_id']}: \"{q['text']}\"")
        out.append("")
    out += ["## Interviewers", "", "| interviewer | notes | leniency |", "|---|---|---|"]
    for i, v in result["interviewers"].items():
        out.append(f"| {i} | {v['notes']} | {v['leniency']:+.2f} |")
    return "\n".join(out) + "\n"


def text(result: dict) -> str:
    """Plain text: the markdown packet without table pipes' noise is still readable; keep it simple."""
    lines = []
    for line in markdown(result).splitlines():
        if line.startswith("|---"):
            continue
        lines.append(line.replace("**", "").replace("| ", "").replace(" |", "  ").strip("|"))
    return "\n".join(lines) + "\n"


def html_page(result: dict) -> str:
    """A self-contained page (no external assets) with the same content as the markdown packet."""
    esc = html.escape
    parts = ["<!doctype html><html lang='en'><meta charset='utf-8'><title>notelint debrief packet</title>",
             "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1b1b1b}"
             "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}"
             ".STRONGEST{background:#d9ecff;font-weight:bold}.CONCERN{background:#ffe2c6;font-weight:bold}"
             ".flag{border-left:4px solid #b35900;padding-left:8px;margin:6px 0}q{font-style:italic}</style>",
             f"<h1>Debrief packet</h1><p><em>{esc(result['disclaimer'])}</em></p>"]
    by_req = {}
    for c in result["candidates"]:
        by_req.setdefault(c["req_id"], []).append(c)
    for req, cands in by_req.items():
        table = result["dimension_tables"][req]
        parts.append(f"<h2>Req {esc(req)}</h2><table><tr><th>dimension</th>"
                     + "".join(f"<th>{c['rank']}. {esc(c['candidate_id'])}<br>score {c['score']:+.2f}</th>" for c in cands) + "</tr>")
        for d in DIMENSIONS:
            parts.append(f"<tr><th>{d}{' (risk)' if d in RISK_DIMENSIONS else ''}</th>")
            for c in cands:
                st = _STATUS[table[d][c["candidate_id"]]]
                parts.append(f"<td class='{st}'>{st} {c['dimensions'][d]['signal']:+.2f}</td>")
            parts.append("</tr>")
        parts.append("</table>")
        for c in cands:
            parts.append(f"<h3>{c['rank']}. {esc(c['candidate_id'])}</h3>")
            for f in c["flags"]:
                dim = f" on {esc(f['dimension'])}" if f["dimension"] else ""
                quotes = "".join(f"<br>{esc(q['interviewer_id'])}: <q>{esc(q['text'])}</q>" for q in f.get("quotes", [])[:3])
                parts.append(f"<div class='flag'><b>{esc(f['type'])}</b>{dim}: {esc(f['detail'])}{quotes}</div>")
    parts.append("</html>")
    return "".join(parts)
