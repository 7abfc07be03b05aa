"""`notelint train`: rebuild the shipped models from data/ (seeded)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .common import handle_errors


@click.command("train")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, exists=True), default="data/corpus",
              show_default=True, help="Corpus folder (notes.jsonl, hard_cases.jsonl).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="models", show_default=True,
              help="Where to write the models and MANIFEST.json.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--lexicons", type=click.Choice(["auto", "on", "off"]), default="auto", show_default=True,
              help="Lexicon features: auto uses the shipped design (on).")
@click.option("--no-crossfit", is_flag=True, help="Skip leave-one-writer-out reports for the scorer (faster).")
@click.option("--search", is_flag=True,
              help="Choose hyper-parameters afresh by leave-one-writer-out CV (hours with the note block).")
@click.option("--metrics-out", type=click.Path(dir_okay=False), default=None,
              help="Also write all figures to this JSON file.")
@handle_errors
def train_cmd(data_dir, out_dir, seed, lexicons, no_crossfit, search, metrics_out):
    """Train the unit classifier and the specificity scorer, evaluate, and package them.

    Fit on train+dev with the hyper-parameters in training/unit_model.py (chosen by
    leave-one-writer-out CV; --search re-runs it); test is reported once.

    \b
    Example:
      notelint train --data data/corpus --out models --metrics-out reports/metrics.json
    """
    from ..training.train import train
    lex = {"auto": None, "on": True, "off": False}[lexicons]
    summary = train(Path(data_dir), Path(out_dir), seed=seed, use_lexicons=lex,
                    crossfit=not no_crossfit, search=search, log=lambda m: click.echo(m, err=True))
    if metrics_out:
        Path(metrics_out).parent.mkdir(parents=True, exist_ok=True)
        Path(metrics_out).write_text(json.dumps(summary, indent=2) + "\n")
    click.echo(json.dumps({k: summary[k] for k in ("data_hash", "seconds")}))
