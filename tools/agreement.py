"""Inter-annotator agreement study for the corpus.

    python tools/agreement.py sample --n 450      # writes data/agreement/sample.jsonl (no labels)
    python tools/agreement.py score               # compares data/agreement/annotator2.jsonl to the corpus
    python tools/agreement.py --dir data/agreement/wave2 sample --n 220 --writers w13 w14 ...  # one wave
    python tools/agreement.py model --writers w7 w8 ...   # a model against both annotators, all waves

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


def _f1(a, b) -> float:
    """Micro-F1 of two boolean label matrices (symmetric: neither is privileged as gold)."""
    return float(2 * (a & b).sum() / max(a.sum() + b.sum(), 1))


def model_gap(models: Path | None, writers=None) -> dict:
    """The unit classifier against both annotators on every double-annotated unit (all waves) of
    ``writers``: how far the model is from human agreement, and whether its misses sit on the
    units the annotators themselves split on. Pass writers the model never saw."""
    import numpy as np
    from notelint.api import load_pipeline
    from notelint.training.evaluate import predict_gold_units
    gold = gold_units()
    ann = {}
    for f in sorted(OUT.glob("**/annotator2.jsonl")):
        for x in open(f, encoding="utf-8"):
            if x.strip():
                a = json.loads(x)
                if a["id"] in gold and (not writers or gold[a["id"]]["writer"] in writers):
                    ann[a["id"]] = a
    ids = sorted(ann)
    notes = {n["note_id"]: n for n in map(json.loads, open(CORPUS / "notes.jsonl", encoding="utf-8"))}
    note_ids = sorted({i.split("#")[0] for i in ids if "#" in i})
    keys = [f"{n}#{k}" for n in note_ids for k in range(len(notes[n]["units"]))] + [i for i in ids if "#" not in i]
    _, (kp, _, dp), decoder = predict_gold_units(load_pipeline(models), [notes[n] for n in note_ids],
                                             [gold[i] for i in ids if "#" not in i])
    pos = {k: j for j, k in enumerate(keys)}
    rows = [pos[i] for i in ids]
    model = decoder.mask(kp[rows].argmax(1), dp[rows])
    first = np.array([[d in gold[i]["dimensions"] for d in DIMENSIONS] for i in ids])
    second = np.array([[d in ann[i]["dimensions"] for d in DIMENSIONS] for i in ids])
    agree = (first == second).all(1)
    res = {"units": len(ids), "writers": sorted({gold[i]["writer"] for i in ids}, key=lambda w: int(w[1:])),
           "dimension_f1_first_vs_second_annotator": round(_f1(first, second), 4),
           "dimension_f1_model_vs_first": round(_f1(model, first), 4),
           "dimension_f1_model_vs_second": round(_f1(model, second), 4),
           "units_annotators_agree_on": int(agree.sum()),
           "dimension_f1_model_vs_first_where_annotators_agree": round(_f1(model[agree], first[agree]), 4),
           "dimension_f1_model_vs_first_where_they_differ": round(_f1(model[~agree], first[~agree]), 4),
           "per_dimension": {d: {"annotators": round(_f1(first[:, j], second[:, j]), 3),
                                 "model_vs_first": round(_f1(model[:, j], first[:, j]), 3),
                                 "gold_units": int(first[:, j].sum())} for j, d in enumerate(DIMENSIONS)}}
    print(json.dumps(res, indent=2))
    return res


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=OUT, help="where the sample, annotation and scores live")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=450)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--writers", nargs="*", help="sample only these writers (default: all)")
    sub.add_parser("score")
    m = sub.add_parser("model", help="the unit classifier against both annotators (all waves)")
    m.add_argument("--models", type=Path, help="a models/ directory (default: the shipped one)")
    m.add_argument("--writers", nargs="*", help="only units of these writers (pass writers it never saw)")
    a = ap.parse_args()
    if a.cmd == "sample":
        sample(a.n, a.seed, a.dir, a.writers)
    elif a.cmd == "score":
        score(a.dir)
    else:
        model_gap(a.models, a.writers)
