"""Inter-annotator agreement study for the corpus.

    python tools/agreement.py sample --n 450      # writes data/agreement/sample.jsonl (no labels)
    python tools/agreement.py score               # compares data/agreement/annotator2.jsonl to the corpus
    python tools/agreement.py --dir data/agreement/wave2 sample --n 220 --writers w13 w14 ...  # one wave

The sample is stratified by writer and seeded; each item carries the unit text and, for units of
notes, the previous unit as context (the second annotator sees nothing else but the guideline).
"""
import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, "src")
from notelint.labels import DIMENSIONS, KINDS, POLARITIES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
OUT = ROOT / "data" / "agreement"


def gold_units():
    units = {}
    for line in open(CORPUS / "notes.jsonl", encoding="utf-8"):
        n = json.loads(line)
        prev = None
        for i, u in enumerate(n["units"]):
            units[f"{n['note_id']}#{i}"] = {**u, "writer": n["writer"], "context_before": prev}
            prev = u["text"]
    for line in open(CORPUS / "hard_cases.jsonl", encoding="utf-8"):
        u = json.loads(line)
        units[u["id"]] = {**u, "context_before": None}
    return units


def sample(n: int, seed: int, out: Path, writers=None):
    units = gold_units()
    by_writer = defaultdict(list)
    for uid, u in sorted(units.items()):
        if not writers or u["writer"] in writers:
            by_writer[u["writer"]].append(uid)
    rng = random.Random(seed)
    per = n // len(by_writer) + 1
    chosen = []
    for w in sorted(by_writer):
        chosen += rng.sample(by_writer[w], min(per, len(by_writer[w])))
    rng.shuffle(chosen)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "sample.jsonl", "w", encoding="utf-8") as f:
        for uid in chosen:
            u = units[uid]
            f.write(json.dumps({"id": uid, "text": u["text"], "context_before": u["context_before"]},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} units to {out / 'sample.jsonl'}")


def kappa(a, b, labels):
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[l] * cb[l] for l in labels) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def score(out: Path):
    gold = gold_units()
    ann = [json.loads(x) for x in open(out / "annotator2.jsonl", encoding="utf-8") if x.strip()]
    ann = [a for a in ann if a["id"] in gold]
    g = [gold[a["id"]] for a in ann]
    res = {"units": len(ann)}
    for field, labels in (("kind", KINDS), ("polarity", POLARITIES)):
        x, y = [u[field] for u in g], [a[field] for a in ann]
        res[f"{field}_kappa"] = round(kappa(x, y, labels), 4)
        res[f"{field}_agreement"] = round(sum(p == q for p, q in zip(x, y)) / len(x), 4)
        res[f"{field}_confusion"] = {f"{p}->{q}": c for (p, q), c in sorted(Counter(zip(x, y)).items()) if p != q}
    tp = fp = fn = 0
    per = {}
    for d in DIMENSIONS:
        t = sum(d in u["dimensions"] and d in a["dimensions"] for u, a in zip(g, ann))
        p = sum(d not in u["dimensions"] and d in a["dimensions"] for u, a in zip(g, ann))
        n = sum(d in u["dimensions"] and d not in a["dimensions"] for u, a in zip(g, ann))
        tp, fp, fn = tp + t, fp + p, fn + n
        per[d] = round(2 * t / max(2 * t + p + n, 1), 4)
    res["dimension_agreement_f1_micro"] = round(2 * tp / max(2 * tp + fp + fn, 1), 4)
    res["dimension_agreement_f1_per_dimension"] = per
    dis = [{"id": a["id"], "text": gold[a["id"]]["text"],
            "first": {k: gold[a["id"]][k] for k in ("kind", "polarity", "dimensions")},
            "second": {k: a[k] for k in ("kind", "polarity", "dimensions")}, "note": a.get("note", "")}
           for a in ann if a["kind"] != gold[a["id"]]["kind"] or a["polarity"] != gold[a["id"]]["polarity"]]
    with open(out / "disagreements.jsonl", "w", encoding="utf-8") as f:
        for d in dis:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    (out / "agreement.json").write_text(json.dumps(res, indent=2) + "\n")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=OUT, help="where the sample, annotation and scores live")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=450)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--writers", nargs="*", help="sample only these writers (default: all)")
    sub.add_parser("score")
    a = ap.parse_args()
    sample(a.n, a.seed, a.dir, a.writers) if a.cmd == "sample" else score(a.dir)
