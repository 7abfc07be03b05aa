"""Counts and diversity figures of the corpus for data/DATASHEET.md (printed as markdown).

    python tools/corpus_stats.py > /tmp/stats.md
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "src")
from notelint.labels import DIMENSIONS, KINDS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
C = ROOT / "data" / "corpus"


def main():
    notes = [json.loads(x) for x in open(C / "notes.jsonl", encoding="utf-8")]
    hard = [json.loads(x) for x in open(C / "hard_cases.jsonl", encoding="utf-8")]
    units = [(u, n["split"]) for n in notes for u in n["units"]] + [(u, u["split"]) for u in hard]
    out = []
    p = out.append
    p(f"- notes: {len(notes)}; units in notes: {sum(len(n['units']) for n in notes)}; standalone hard cases: {len(hard)}; "
      f"all units: {len(units)}")
    p(f"- candidates: {len({n['candidate_id'] for n in notes})} "
      f"({sum(1 for c, k in Counter(n['candidate_id'] for n in notes).items() if k >= 3)} with 3+ notes); "
      f"interviewers: {len({n['interviewer_id'] for n in notes})}; reqs: {len({n['req_id'] for n in notes})}")
    p("")
    p("| split | writers | notes | units |")
    p("|---|---|---|---|")
    for s in ("train", "dev", "test"):
        ws = sorted({n["writer"] for n in notes if n["split"] == s})
        p(f"| {s} | {', '.join(ws)} | {sum(n['split'] == s for n in notes)} | {sum(sp == s for _, sp in units)} |")
    p("")
    kinds = Counter(u["kind"] for u, _ in units)
    pols = Counter(u["polarity"] for u, _ in units)
    p("| kind | units | share |")
    p("|---|---|---|")
    for k in KINDS:
        p(f"| {k} | {kinds[k]} | {kinds[k] / len(units):.1%} |")
    p("")
    p("| polarity | units |")
    p("|---|---|")
    for k, v in pols.most_common():
        p(f"| {k} | {v} |")
    p("")
    p("| dimension | units | positive | negative | neutral |")
    p("|---|---|---|---|---|")
    for d in DIMENSIONS:
        c = Counter(u["polarity"] for u, _ in units if d in u["dimensions"])
        p(f"| {d} | {sum(c.values())} | {c['positive']} | {c['negative']} | {c['neutral']} |")
    p("")
    hardc = Counter(u.get("hard") for u, _ in units if u.get("hard"))
    p(f"- hard cases: {sum(hardc.values())} units ({sum(hardc.values()) / len(units):.1%}): "
      + ", ".join(f"{k} {v}" for k, v in hardc.most_common()))
    p("- rounds: " + ", ".join(f"{k} {v}" for k, v in Counter(n["round"] for n in notes).most_common()))
    p("- styles (a note can have several): " + ", ".join(f"{k} {v}" for k, v in Counter(s for n in notes for s in n["style"]).most_common()))
    p("- topics (top 25): " + ", ".join(f"{k} {v}" for k, v in Counter(n["topic"] for n in notes).most_common(25)))
    p("- specificity ratings: " + ", ".join(f"{k}: {v}" for k, v in sorted(Counter(n["specificity"] for n in notes).items())))
    p("- recommendations: " + ", ".join(f"{k} {v}" for k, v in Counter(n["recommendation"] for n in notes).most_common()))
    toks = [re.findall(r"[a-z0-9']+", u["text"].lower()) for u, _ in units]
    for k in (1, 2, 3):
        grams = [tuple(t[i:i + k]) for t in toks for i in range(len(t) - k + 1)]
        p(f"- distinct-{k} (distinct / total word {k}-grams over all units): {len(set(grams)) / max(len(grams), 1):.3f}")
    skel = Counter(re.sub(r"\b[A-Z][a-z]+\b|\d+(?:\.\d+)?", "#", u["text"]).lower() for u, _ in units)
    dup = sum(v for v in skel.values() if v > 1)
    p(f"- units whose text, with names and numbers masked, equals another unit's (a template signal): "
      f"{dup} ({dup / len(units):.1%}); units produced by a generator template: 0")
    print("\n".join(out))


if __name__ == "__main__":
    main()
