"""Audit output: a self-contained HTML page (inline SVG charts, no external assets) and CSV tables."""
from __future__ import annotations

import csv
import html
import json
from pathlib import Path

W = 720


def _svg(height: int, body: str, label: str) -> str:
    return (f"<svg role='img' aria-label='{html.escape(label)}' width='{W}' height='{height}' "
            f"viewBox='0 0 {W} {height}' xmlns='http://www.w3.org/2000/svg' "
            f"style='font:12px system-ui,sans-serif'>{body}</svg>")


def box_chart(rows: list[tuple[str, dict]], label: str) -> str:
    """Horizontal box plots of 0-100 specificity: whiskers p10-p90, box p25-p75, median tick."""
    left, right, h = 150, W - 20, 22
    x = lambda v: left + (right - left) * v / 100
    body = [f"<line x1='{x(v)}' x2='{x(v)}' y1='10' y2='{20 + h * len(rows)}' stroke='#ddd'/>"
            f"<text x='{x(v)}' y='{32 + h * len(rows)}' text-anchor='middle'>{v}</text>" for v in range(0, 101, 25)]
    for k, (name, q) in enumerate(rows):
        if not q:
            continue
        y = 20 + k * h
        body.append(f"<text x='{left - 8}' y='{y + 4}' text-anchor='end'>{html.escape(name)}</text>"
                    f"<line x1='{x(q['p10'])}' x2='{x(q['p90'])}' y1='{y}' y2='{y}' stroke='#555'/>"
                    f"<rect x='{x(q['p25'])}' y='{y - 7}' width='{max(x(q['p75']) - x(q['p25']), 1)}' height='14' "
                    f"fill='#9cc3e6' stroke='#24598a'/>"
                    f"<line x1='{x(q['p50'])}' x2='{x(q['p50'])}' y1='{y - 7}' y2='{y + 7}' stroke='#000' stroke-width='2'/>")
    return _svg(45 + h * len(rows), "".join(body), label)


def interval_chart(rows: list[tuple[str, float, float, float]], label: str, lo=-2.0, hi=2.0) -> str:
    """Dot and 95% interval per row, with a zero line."""
    left, right, h = 150, W - 20, 22
    x = lambda v: left + (right - left) * (min(max(v, lo), hi) - lo) / (hi - lo)
    body = [f"<line x1='{x(0)}' x2='{x(0)}' y1='8' y2='{18 + h * len(rows)}' stroke='#999' stroke-dasharray='4'/>",
            f"<text x='{x(lo)}' y='{32 + h * len(rows)}'>{lo:+.1f} strict</text>",
            f"<text x='{x(hi)}' y='{32 + h * len(rows)}' text-anchor='end'>generous {hi:+.1f}</text>"]
    for k, (name, v, a, b) in enumerate(rows):
        y = 20 + k * h
        body.append(f"<text x='{left - 8}' y='{y + 4}' text-anchor='end'>{html.escape(name)}</text>"
                    f"<line x1='{x(a)}' x2='{x(b)}' y1='{y}' y2='{y}' stroke='#24598a' stroke-width='2'/>"
                    f"<circle cx='{x(v)}' cy='{y}' r='5' fill='#b35900'/>")
    return _svg(45 + h * len(rows), "".join(body), label)


def line_chart(points: list[tuple[str, float]], label: str) -> str:
    """One series over periods, 0-100% on the y axis."""
    if not points:
        return ""
    left, top, bottom = 50, 15, 170
    step = (W - left - 30) / max(len(points) - 1, 1)
    y = lambda v: bottom - (bottom - top) * v
    coords = [(left + i * step, y(v)) for i, (_, v) in enumerate(points)]
    body = [f"<line x1='{left}' x2='{W - 20}' y1='{y(g)}' y2='{y(g)}' stroke='#eee'/>"
            f"<text x='{left - 6}' y='{y(g) + 4}' text-anchor='end'>{g:.0%}</text>" for g in (0, 0.25, 0.5, 0.75, 1)]
    body.append("<polyline fill='none' stroke='#24598a' stroke-width='2' points='"
                + " ".join(f"{a:.1f},{b:.1f}" for a, b in coords) + "'/>")
    for (a, b), (p, v) in zip(coords, points):
        body.append(f"<circle cx='{a:.1f}' cy='{b:.1f}' r='4' fill='#24598a'/>"
                    f"<text x='{a:.1f}' y='{bottom + 18}' text-anchor='middle'>{html.escape(p)}</text>")
    return _svg(bottom + 30, "".join(body), label)


def _table(headers, rows) -> str:
    esc = lambda v: html.escape("" if v is None else str(v))
    return ("<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")


def _interviewer_rows(result):
    for i, s in result["interviewers"].items():
        le = s["leniency"] or {}
        yield [i, s["notes"], s["vague_share"], s["specificity_mean"], s["unsupported_recommendations"],
               s["bias_hits"], le.get("leniency"), le.get("low"), le.get("high"), ";".join(s["never_evidenced"])]


INTERVIEWER_HEADERS = ["interviewer", "notes", "vague_share", "specificity_mean", "unsupported_recommendations",
                       "bias_hits", "leniency", "leniency_low95", "leniency_high95", "never_evidenced"]
GROUP_HEADERS = ["notes", "units", "vague_share", "vague_praise_share", "specificity_mean",
                 "unsupported_recommendations", "bias_hits"]


def html_report(result: dict) -> str:
    esc = html.escape
    inter = result["interviewers"]
    parts = ["<!doctype html><html lang='en'><meta charset='utf-8'><title>notelint calibration audit</title><style>"
             "body{font:15px/1.5 system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#1b1b1b}"
             "table{border-collapse:collapse;margin:.8em 0;font-size:13px}td,th{border:1px solid #ccc;padding:3px 7px}"
             "h2{margin-top:1.6em;border-bottom:1px solid #ddd}.note{color:#555}</style>",
             "<h1>Calibration audit</h1>",
             f"<p class='note'>{result['overall']['notes']} notes, {len(inter)} interviewers. "
             "Specificity is 0-100 (0: all impression, 100: all observed behaviour). Generated locally; nothing was sent anywhere.</p>",
             "<h2>Specificity per interviewer</h2><p class='note'>Box: middle half of notes; whiskers: 10th-90th percentile; bar: median.</p>",
             box_chart([(i, s["specificity_quantiles"]) for i, s in inter.items()], "specificity per interviewer"),
             "<h2>Leniency against peers</h2><p class='note'>Mean recommendation minus everyone's, shrunk towards 0 for short histories; line: 95% interval.</p>",
             interval_chart([(i, s["leniency"]["leniency"], s["leniency"]["low"], s["leniency"]["high"])
                             for i, s in inter.items() if s["leniency"]], "leniency with intervals"),
             "<h2>Vague share over time</h2>",
             line_chart([(p, s["vague_share"] or 0.0) for p, s in result["over_time"].items() if p != "unknown"],
                        "share of vague units per quarter"),
             "<h2>Interviewers</h2>", _table(INTERVIEWER_HEADERS, _interviewer_rows(result)),
             "<h2>Coaching</h2>"]
    for i, s in inter.items():
        parts.append(f"<h3>{esc(i)}</h3><ul>" + "".join(f"<li>{esc(c)}</li>" for c in s["coaching"]) + "</ul>")
    for title, key in (("Rounds", "rounds"), ("Reqs", "reqs")):
        parts.append(f"<h2>{title}</h2>" + _table([key[:-1]] + GROUP_HEADERS,
                     ([k] + [v[h] for h in GROUP_HEADERS] for k, v in result[key].items())))
    if "groups" in result:
        g = result["groups"]
        parts.append("<h2>Candidate groups</h2><p class='note'>" + esc(result["groups_note"]) + "</p>")
        parts.append(interval_chart([(k, v["vague_praise_share"], *v["vague_praise_share_ci95"]) for k, v in g.items()],
                                    "vague praise share by group", lo=0.0, hi=max(0.3, max(v["vague_praise_share_ci95"][1] for v in g.values()) + 0.02)))
        parts.append(_table(["group", "notes", "vague_praise_share", "95% CI", "personality_language_share", "95% CI",
                             "specificity_mean", "95% CI"],
                            ([k, v["notes"], v["vague_praise_share"], v["vague_praise_share_ci95"],
                              v["personality_language_share"], v["personality_language_share_ci95"],
                              v["specificity_mean"], v["specificity_mean_ci95"]] for k, v in g.items())))
    for title, key in (("Least specific notes", "worst_notes"), ("Most specific notes", "best_notes")):
        parts.append(f"<h2>{title}</h2>" + _table(["note_id", "interviewer", "specificity", "excerpt"],
                     ([e["note_id"], e["interviewer_id"], e["specificity"], e["excerpt"]] for e in result[key])))
    parts.append("</html>")
    return "".join(parts)


def write_report(result: dict, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []

    def csv_out(name, headers, rows):
        p = out_dir / name
        with open(p, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(headers)
            w.writerows(rows)
        written.append(p)

    csv_out("interviewers.csv", INTERVIEWER_HEADERS, _interviewer_rows(result))
    for key in ("rounds", "reqs", "over_time"):
        csv_out(f"{key}.csv", [key] + GROUP_HEADERS, ([k] + [v[h] for h in GROUP_HEADERS] for k, v in result[key].items()))
    csv_out("coaching.csv", ["interviewer", "coaching"], ([i, c] for i, s in result["interviewers"].items() for c in s["coaching"]))
    csv_out("examples.csv", ["which", "note_id", "interviewer", "specificity", "excerpt"],
            ([w, e["note_id"], e["interviewer_id"], e["specificity"], e["excerpt"]]
             for w in ("worst_notes", "best_notes") for e in result[w]))
    if "groups" in result:
        csv_out("groups.csv", ["group", "notes", "vague_praise_share", "vague_praise_low95", "vague_praise_high95",
                               "personality_share", "personality_low95", "personality_high95",
                               "specificity_mean", "specificity_low95", "specificity_high95"],
                ([k, v["notes"], v["vague_praise_share"], *v["vague_praise_share_ci95"], v["personality_language_share"],
                  *v["personality_language_share_ci95"], v["specificity_mean"], *v["specificity_mean_ci95"]]
                 for k, v in result["groups"].items()))
    p = out_dir / "audit.html"
    p.write_text(html_report(result), encoding="utf-8")
    written.append(p)
    p = out_dir / "audit.json"
    p.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    written.append(p)
    return written
