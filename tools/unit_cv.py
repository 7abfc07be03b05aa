"""Leave-one-writer-out CV of the unit classifier over the train+dev writers (never test).

For each variant: out-of-fold probabilities from models trained on the other writers (features
and the name mask from those writers only), then hyper-parameters (C per head, polarity offsets,
dimension thresholds) chosen *nested*: for each writer, on the other writers' out-of-fold
predictions only. Pooled figures score predictions as at inference (a unit predicted context is
neutral with no dimensions). ``sel-all`` columns choose on all writers at once (optimistic).

    PYTHONPATH=src python tools/unit_cv.py                 # all variants
    PYTHONPATH=src python tools/unit_cv.py base contrast   # some; --per-dim for per-dimension F1

Out-of-fold probabilities are cached in reports/unit_cv_cache/ (keyed by feature options, grid
and a hash of the code and corpus); --no-cache recomputes.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

import numpy as np

from notelint.labels import DIMENSIONS
from notelint.training import unit_model as um
from notelint.training.corpus import load_notes, load_units

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
CACHE = ROOT / "reports" / "unit_cv_cache"
BASE = {"use_lexicons": True, "prefixes": True, "negation": False, "contrast": False,
        "heading": False, "lex_pairs": False, "prev": False, "lex_weight": 1.0, "note_weight": 0.0}
# name -> (feature options over BASE, polarity class weights tried, select() options)
PLAIN = {"pol_offsets": False, "pol_weights": (None,)}
VARIANTS = {
    "base": ({}, (None, "balanced"), PLAIN),
    "pol_balanced": ({}, (None, "balanced"), {"pol_offsets": False}),
    "pol_offsets": ({}, (None, "balanced"), {}),
    "dim_perC": ({}, (None, "balanced"), {"dim_per_C": True}),
    "dim_thr_shrink.5": ({}, (None, "balanced"), {"dim_shrink": 0.5}),
    "dim_thr_own": ({}, (None, "balanced"), {"dim_shrink": 1.0}),
    "negation": ({"negation": True}, (None, "balanced"), {}),
    "contrast": ({"contrast": True}, (None, "balanced"), {}),
    "lex_pairs": ({"lex_pairs": True}, (None, "balanced"), {}),
    "heading": ({"heading": True}, (None, "balanced"), {}),
    "prev": ({"prev": True}, (None, "balanced"), {}),
    "lex_w3": ({"lex_weight": 3.0}, (None, "balanced"), {}),
    "head+note.25": ({"heading": True, "note_weight": 0.25}, (None, "balanced"), {}),
    "head+pairs": ({"heading": True, "lex_pairs": True}, (None, "balanced"), {}),
    "head+pairs+prev": ({"heading": True, "lex_pairs": True, "prev": True}, (None, "balanced"), {}),
    "no_prefixes": ({"prefixes": False}, (None, "balanced"), {}),
    # cheaper designs than the shipped one ("head+note.25"; "heading" is it without the note
    # block), for the speed/accuracy trade-off
    # (benchmarks/bench_designs.py times them)
    "head_unigrams": ({"heading": True, "ngrams": 1}, (None, "balanced"), {}),
    "head_no_prefixes": ({"heading": True, "prefixes": False}, (None, "balanced"), {}),
    "head_no_lexicons": ({"heading": True, "use_lexicons": False}, (None, "balanced"), {}),
    "minimal": ({"ngrams": 1, "prefixes": False}, (None, "balanced"), {}),
}


def _key(opts, pol_weights) -> str:
    h = hashlib.sha256(json.dumps([opts, list(map(str, pol_weights)), list(um.C_GRID)], sort_keys=True).encode())
    for p in (ROOT / "src/notelint/pipeline/features.py", ROOT / "src/notelint/training/unit_model.py",
              CORPUS / "notes.jsonl", CORPUS / "hard_cases.jsonl"):
        h.update(p.read_bytes())
    for p in sorted((ROOT / "src/notelint/resources/lexicons").glob("*.json")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def oof_for(units, texts, opts, pol_weights, use_cache=True):
    path = CACHE / f"{_key(opts, pol_weights)}.pkl"
    if use_cache and path.exists():
        return pickle.loads(path.read_bytes())
    oof = um.lowo_predictions(units, texts, opts, pol_weights=pol_weights, log=lambda m: print(m, file=sys.stderr))
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(oof))
    return oof


def scores(y, kind, pol, dim):
    from sklearn.metrics import f1_score
    return (f1_score(y[0], kind, average="macro"), f1_score(y[1], pol, average="macro"),
            f1_score(y[2], dim.astype(int), average="micro", zero_division=0),
            f1_score(y[2], dim.astype(int), average=None, zero_division=0))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("variants", nargs="*", default=list(VARIANTS))
    ap.add_argument("--per-dim", action="store_true", help="print per-dimension F1 (nested)")
    ap.add_argument("--no-cache", action="store_true")
    a = ap.parse_args(argv)
    notes = load_notes(CORPUS, "train") + load_notes(CORPUS, "dev")
    units = load_units(CORPUS, "train") + load_units(CORPUS, "dev")
    assert {u.split for u in units} <= {"train", "dev"}
    texts = {n["note_id"]: n["text"] for n in notes}
    y = um.label_arrays(units)
    print(f"{'variant':<20} {'kind':>6} {'pol':>6} {'dim':>6} | sel-all: {'pol':>6} {'dim':>6} | chosen (on all)")
    for name in a.variants:
        fo, pw, so = VARIANTS[name]
        oof = oof_for(units, texts, {**BASE, **fo}, pw, not a.no_cache)
        k, p, d, per = scores(y, *um.nested_lowo(oof, y, **so))
        hp = um.select(oof, y, **so)
        _, pa, da, _ = scores(y, *um.apply(oof, hp))
        print(f"{name:<20} {k:6.4f} {p:6.4f} {d:6.4f} | sel-all: {pa:6.4f} {da:6.4f} | {json.dumps(hp)}", flush=True)
        if a.per_dim:
            print("    " + "  ".join(f"{dn}={f:.3f}" for dn, f in zip(DIMENSIONS, per)))


if __name__ == "__main__":
    main()
