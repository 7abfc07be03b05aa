"""Generate a synthetic archive of interview notes for speed, memory and audit demonstrations.

NOT training data: notes are recombined from corpus units (all splits) with random numbers,
names and dates, so that text stays varied (spaCy's tokenizer cache would flatter repeated text).
It carries a synthetic, self-reported-style `group` column in which one group's notes receive
extra vague praise and personality language, so the audit's group view has a known pattern to
show. Seeded: the same arguments give the same file.

Usage: python benchmarks/make_archive.py OUT.jsonl --notes 200000 [--seed 0] [--bad-every 0]
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Ana", "Bo", "Chen", "Dara", "Eli", "Femi", "Gita", "Hana", "Ivan", "Jo", "Kofi", "Lena", "Mo", "Nia",
         "Oren", "Pia", "Quinn", "Ravi", "Sana", "Tariq", "Uma", "Vik", "Wen", "Xia", "Yara", "Zeb"]
EXTRA_VAGUE = ["Great energy and very likeable.", "Lovely personality, super warm.", "Very bubbly, great culture fit.",
               "Really nice to talk to.", "Seemed very helpful and pleasant."]
RECS = ["strong_hire", "hire", "lean_hire", "lean_no_hire", "no_hire"]


def typos(text: str, rate: float, rng: random.Random) -> str:
    """Swap two inner letters of some words (as hurried writers do)."""
    out = []
    for w in text.split(" "):
        if len(w) > 4 and w.isalpha() and rng.random() < rate:
            i = rng.randrange(1, len(w) - 2)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        out.append(w)
    return " ".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--notes", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--bad-every", type=int, default=0, help="make every Nth row bad (for rejects demos)")
    ap.add_argument("--typo-rate", type=float, default=0.15,
                    help="share of words given a typo, so text is as varied as real notes (spaCy's "
                         "tokenizer cache would otherwise flatter recombined sentences)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    units = []
    for line in open(ROOT / "data" / "corpus" / "notes.jsonl", encoding="utf-8"):
        n = json.loads(line)
        units += [u["text"] for u in n["units"]]
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.notes):
            if a.bad_every and i % a.bad_every == a.bad_every - 1:
                f.write(rng.choice(['{"note_id": "bad', json.dumps({"note_id": f"n{i}", "text": ""})]) + "\n")
                continue
            group = rng.choice(["group_a", "group_b"])
            k = rng.randint(4, 14)
            lines = [rng.choice(units) for _ in range(k)]
            if group == "group_b" and rng.random() < 0.5:
                lines.insert(rng.randrange(len(lines) + 1), rng.choice(EXTRA_VAGUE))
            name = rng.choice(FIRST)
            lines = [ln.replace("the candidate", name, 1) if rng.random() < 0.3 else ln for ln in lines]
            if rng.random() < 0.5:
                lines.append(f"Estimated {rng.randint(2, 900)}k QPS and {rng.randint(5, 400)} ms p99 for {name}'s design.")
            text = ("\n- " if rng.random() < 0.4 else " ").join(lines)
            if a.typo_rate:
                text = typos(text, a.typo_rate, rng)
            f.write(json.dumps({
                "note_id": f"n{i}", "candidate_id": f"c{rng.randrange(a.notes // 4 + 1)}",
                "interviewer_id": f"i{rng.randrange(60)}", "req_id": f"r{rng.randrange(40)}",
                "round": rng.choice(["fundamentals", "system_design", "coding", "data", "debugging", "behavioural"]),
                "submitted_at": f"20{rng.randint(24, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "recommendation": rng.choice(RECS), "group": group, "text": text}) + "\n")


if __name__ == "__main__":
    main()
