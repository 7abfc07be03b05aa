"""`notelint score`: one specificity number per note."""
from __future__ import annotations

import csv
import sys

import click

from ..errors import ExitCode, ModelError
from ..io.readers import Problem, read_inputs
from .common import dumps, format_option, handle_errors, input_options, models_option, warn_problem


def score_record(report) -> dict:
    s = report.summary
    return {"source": report.source, "note_id": report.note_id,
            "specificity": round(report.specificity, 1),
            "rating": round(report.specificity / 25 + 1, 2),
            "evidence": s["evidence"], "vague": s["vague"], "context": s["context"]}


@click.command("score")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@format_option(("text", "json", "jsonl", "csv"))
@input_options
@models_option
@handle_errors
def score_cmd(paths, fmt, input_format, max_chars, text_field, models):
    """Score each note's specificity on 0-100 (0: all impression, 100: all observed behaviour).

    0/25/50/75/100 are the centres of the guideline's ratings 1-5.

    \b
    Example:
      notelint score data/examples/*.txt --format csv
    """
    from .. import load
    linter = load(models=models)
    if linter.scorer is None:
        raise ModelError("no specificity scorer in the models folder; run `notelint train`")
    had_problem = False
    rows = []
    writer = None
    for item in linter.lint_stream(read_inputs(paths or ("-",), input_format, max_chars, text_field)):
        if isinstance(item, Problem):
            had_problem = True
            warn_problem(item)
            continue
        rec = score_record(item)
        if fmt == "text":
            click.echo(f"{rec['specificity']:5.1f}  {rec['source']}" + (f" [{rec['note_id']}]" if rec["note_id"] else ""))
        elif fmt == "jsonl":
            click.echo(dumps(rec))
        elif fmt == "csv":
            if writer is None:
                writer = csv.DictWriter(sys.stdout, fieldnames=list(rec), lineterminator="\n")
                writer.writeheader()
            writer.writerow(rec)
        else:
            rows.append(rec)
    if fmt == "json":
        click.echo(dumps(rows))
    sys.exit(ExitCode.ERROR if had_problem else ExitCode.OK)
