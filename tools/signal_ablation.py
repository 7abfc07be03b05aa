"""How the candidate ranking changes when each rule of the signal is switched off.

Lints the corpus notes of a split (default: test), computes the signal with all rules, then with
each rule off, and prints per rule: candidates whose rank changed, reqs whose top candidate
changed, and the mean Kendall tau between rankings within reqs.

    python tools/signal_ablation.py [--split test]
"""
import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path

sys.path.insert(0, "src")


def kendall_tau(a: list, b: list) -> float:
    pos = {x: i for i, x in enumerate(b)}
    n, s = len(a), 0
    for i in range(n):
        for j in range(i + 1, n):
            s += 1 if pos[a[i]] < pos[a[j]] else -1
    return s / (n * (n - 1) / 2) if n > 1 else 1.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test")
    a = ap.parse_args()
    import notelint
    from notelint.api import NoteInput
    from notelint.debrief import Switches, compute_signal, from_report, load_rubric
    from notelint.training.corpus import load_notes
    notes = load_notes(Path("data/corpus"), a.split)
    meta = ("candidate_id", "interviewer_id", "req_id", "round", "submitted_at", "recommendation")
    reps = notelint.load().lint_many(NoteInput(n["text"], "corpus", n["note_id"], {k: n[k] for k in meta}) for n in notes)
    analysed = [from_report(r) for r in reps]
    rub = load_rubric()

    def ranking(sw):
        res = compute_signal(analysed, rub, switches=sw)
        by = {}
        for c in res["candidates"]:
            by.setdefault(c["req_id"], []).append(c["candidate_id"])
        return by
    base = ranking(Switches())
    out = {}
    for f in fields(Switches):
        r = ranking(Switches(**{f.name: False}))
        changed = sum(1 for req in base for i, c in enumerate(base[req]) if r[req][i] != c)
        top = sum(1 for req in base if r[req][0] != base[req][0])
        tau = sum(kendall_tau(base[req], r[req]) for req in base) / len(base)
        out[f.name] = {"rank_changes": changed, "top1_changes": top, "mean_kendall_tau": round(tau, 3)}
    print(json.dumps({"split": a.split, "reqs": len(base), "candidates": sum(map(len, base.values())),
                      "switched_off": out}, indent=2))


if __name__ == "__main__":
    main()
