"""`notelint evaluate`: held-out figures for any labelled file in the corpus format."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import InputError
from .common import format_option, handle_errors, models_option


def _read(path: Path, split: str | None, writers: tuple[str, ...] = ()):
    notes, units = [], []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{i}", f"invalid JSON ({e.msg})") from None
        if split and rec.get("split") != split:
            continue
        if writers and rec.get("writer") not in writers:
            continue
        if "units" in rec:
            for u in rec["units"]:
                if rec["text"][u["start"]:u["end"]] != u["text"]:
                    raise InputError(f"{path}:{i}", "unit offsets do not match the note text")
            notes.append(rec)
        elif "kind" in rec:
            units.append(rec)
        else:
            raise InputError(f"{path}:{i}", "neither a note with units nor a labelled unit")
    return notes, units


def format_metrics(m: dict) -> str:
    lines = [f"units: {m['n_units']}",
             f"kind       macro-F1 {m['kind_macro_f1']:.3f}  accuracy {m['kind_accuracy']:.3f}  ECE {m['kind_ece']:.3f}",
             f"polarity   macro-F1 {m['polarity_macro_f1']:.3f}  ECE {m['polarity_ece']:.3f}",
             f"dimensions micro-F1 {m['dimension_micro_f1']:.3f}  macro-F1 {m['dimension_macro_f1']:.3f}"]
    for d, v in m["dimension_f1"].items():
        lines.append(f"  {d:<16} F1 {v['f1']:.3f}  P {v['precision']:.3f}  R {v['recall']:.3f}  n={v['support']}")
    for name in ("kind", "polarity"):
        c = m[f"{name}_confusion"]
        lines.append(f"{name} confusion (rows gold, cols predicted: {', '.join(c['labels'])})")
        for lab, row in zip(c["labels"], c["matrix"]):
            lines.append(f"  {lab:<9} " + " ".join(f"{v:5d}" for v in row))
    if "segmentation" in m:
        s = m["segmentation"]
        lines.append(f"segmentation exact-match F1 {s['f1']:.3f} (P {s['precision']:.3f}, R {s['recall']:.3f})")
    return "\n".join(lines)


@click.command("evaluate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--split", default=None, help="Only records whose `split` is this (e.g. test).")
@click.option("--writer", "writers", multiple=True,
              help="Only records whose `writer` is this; repeat for several (e.g. --writer w7 --writer w8).")
@format_option(("text", "json"))
@models_option
@handle_errors
def evaluate_cmd(paths, split, writers, fmt, models):
    """Score the shipped pipeline against labelled notes/units (corpus JSONL format).

    Prints kind and polarity macro-F1, dimension micro-F1 and per-dimension F1, confusion
    matrices, calibration error (ECE) and segmentation F1.

    \b
    Example:
      notelint evaluate data/corpus/notes.jsonl data/corpus/hard_cases.jsonl --split test
      notelint evaluate data/corpus/notes.jsonl data/corpus/hard_cases.jsonl --writer w7 --writer w8
    """
    from ..api import load_pipeline
    from ..training.evaluate import evaluate
    notes, units = [], []
    for p in paths:
        n, u = _read(Path(p), split, writers)
        notes += n
        units += u
    if not notes and not units:
        where = " and ".join(filter(None, [f"split {split!r}" if split else "",
                                           f"writers {', '.join(writers)}" if writers else ""]))
        raise InputError(", ".join(paths), "no labelled records" + (f" in {where}" if where else ""))
    m = evaluate(load_pipeline(Path(models) if models else None), notes, units)
    click.echo(json.dumps(m, indent=2) if fmt == "json" else format_metrics(m))
