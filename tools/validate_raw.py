"""Validate a raw corpus batch written by one writer (notes JSONL or standalone-units JSONL).

Usage: python tools/validate_raw.py FILE.jsonl [FILE2.jsonl ...]
Prints every problem with its line number and a label summary; exits 1 on any problem.
"""
import json
import re
import sys
from collections import Counter

KINDS = {"evidence", "vague", "context"}
POLS = {"positive", "negative", "neutral"}
DIMS = {"ml_fundamentals", "coding", "system_thinking", "data_intuition", "judgment", "metrics",
        "risk_awareness", "ownership", "learning", "communication", "user_impact"}
RECS = {"strong_hire", "hire", "lean_hire", "lean_no_hire", "no_hire"}
ROUNDS = {"fundamentals", "system_design", "coding", "data", "debugging", "behavioural"}
HARD = {"tech_vague", "plain_evidence", "negated", "hedged", "bare_verdict", "verdict_plus_evidence",
        "interviewer_action", "vague_quantity", "question", "biased", "mixed"}
RESIDUE = re.compile(r"^(?:\s|[-*\u2022>#]|\d+[.)](?=\s))*$")


def check_unit(u, where, problems):
    if not isinstance(u.get("text"), str) or not u["text"].strip():
        problems.append(f"{where}: empty unit text")
    elif u["text"] != u["text"].strip():
        problems.append(f"{where}: unit text has leading/trailing whitespace: {u['text']!r}")
    if u.get("kind") not in KINDS:
        problems.append(f"{where}: bad kind {u.get('kind')!r}")
    if u.get("polarity") not in POLS:
        problems.append(f"{where}: bad polarity {u.get('polarity')!r}")
    if u.get("kind") == "context" and u.get("polarity") != "neutral":
        problems.append(f"{where}: context must be neutral")
    dims = u.get("dimensions", [])
    if not isinstance(dims, list) or any(d not in DIMS for d in dims) or len(set(dims)) != len(dims):
        problems.append(f"{where}: bad dimensions {dims!r}")
    if "hard" in u and u["hard"] not in HARD:
        problems.append(f"{where}: bad hard tag {u['hard']!r} (allowed: {sorted(HARD)})")


def main(paths):
    problems, kinds, dimpol, hard, n_units, n_notes = [], Counter(), Counter(), 0, 0, 0
    ids = set()
    for path in paths:
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{path}:{ln}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: invalid JSON ({e})")
                continue
            rid = rec.get("note_id") or rec.get("id")
            if rid in ids:
                problems.append(f"{where}: duplicate id {rid}")
            ids.add(rid)
            if "units" in rec:  # a whole note
                n_notes += 1
                for f in ("note_id", "candidate_id", "interviewer_id", "req_id", "round",
                          "submitted_at", "recommendation", "specificity", "text", "style", "topic"):
                    if f not in rec:
                        problems.append(f"{where}: missing field {f}")
                if rec.get("recommendation") not in RECS:
                    problems.append(f"{where}: bad recommendation {rec.get('recommendation')!r}")
                if rec.get("round") not in ROUNDS:
                    problems.append(f"{where}: bad round {rec.get('round')!r} (allowed {sorted(ROUNDS)})")
                if rec.get("specificity") not in (1, 2, 3, 4, 5):
                    problems.append(f"{where}: specificity must be int 1-5")
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rec.get("submitted_at", ""))):
                    problems.append(f"{where}: submitted_at must be YYYY-MM-DD")
                for d, r in (rec.get("ratings") or {}).items():
                    if d not in DIMS or r not in RECS:
                        problems.append(f"{where}: bad rating {d}={r}")
                text, pos = rec.get("text", ""), 0
                for i, u in enumerate(rec["units"]):
                    check_unit(u, f"{where} unit {i}", problems)
                    t = u.get("text") or ""
                    j = text.find(t, pos)
                    if j < 0:
                        problems.append(f"{where} unit {i}: text not found (in order) in note: {t!r}")
                        continue
                    gap = text[pos:j]
                    if not RESIDUE.match(gap):
                        problems.append(f"{where} unit {i}: uncovered note text before it: {gap!r}")
                    pos = j + len(t)
                    n_units += 1
                    kinds[u.get("kind")] += 1
                    for d in u.get("dimensions", []):
                        dimpol[(d, u.get("polarity"))] += 1
                    hard += "hard" in u
                if text[pos:].strip():
                    problems.append(f"{where}: uncovered text at the end: {text[pos:]!r}")
            else:  # a standalone unit
                check_unit(rec, where, problems)
                n_units += 1
                kinds[rec.get("kind")] += 1
                for d in rec.get("dimensions", []):
                    dimpol[(d, rec.get("polarity"))] += 1
                hard += "hard" in rec
    for p in problems:
        print("PROBLEM", p)
    print(f"notes={n_notes} units={n_units} hard={hard} ({hard / max(n_units, 1):.0%})")
    print("kinds:", {k: f"{v} ({v / max(n_units, 1):.0%})" for k, v in kinds.items()})
    for d in sorted(DIMS):
        print(f"  {d:16s} pos={dimpol[(d, 'positive')]:3d} neg={dimpol[(d, 'negative')]:3d} "
              f"neu={dimpol[(d, 'neutral')]:3d}")
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
