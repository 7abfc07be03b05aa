"""`notelint audit`: a calibration report per interviewer, round, req and over time."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import ExitCode, InputError
from ..io.readers import Problem, read_inputs
from .common import handle_errors, is_report_row, models_option, warn_problem


def _rows(path: str, models, input_format):
    """Report dicts: straight from batch output, or by linting raw notes here."""
    with open(path, "rb") as f:
        first = f.readline()
    try:
        is_reports = is_report_row(json.loads(first))
    except (json.JSONDecodeError, UnicodeDecodeError):
        is_reports = False
    if is_reports:
        with open(path, encoding="utf-8", errors="replace") as f:
            for i, line in enumerate(f, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError:
                        yield Problem(path, i, "invalid JSON")
        return
    from .. import load
    from ..runtime import tune_for_throughput
    linter = load(models=models)
    tune_for_throughput()
    for item in linter.lint_stream(read_inputs([path], input_format)):
        if isinstance(item, Problem):
            yield item
        else:
            d = item.to_dict()
            d["meta"] = item.meta
            yield d


@click.command("audit")
@click.argument("input_path", metavar="INPUT", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for audit.html, audit.json and the CSV tables.")
@click.option("--input-format", type=click.Choice(["jsonl", "csv"]), default=None)
@models_option
@handle_errors
def audit_cmd(input_path, out_dir, input_format, models):
    """Audit note quality for calibration leads, from raw notes or `notelint batch` output.

    Per interviewer: vague share, specificity, dimensions never evidenced, unsupported
    recommendations, biased language, leniency with intervals, trend, coaching lines. With a
    self-reported `group` column, vague praise and personality language per group.

    \b
    Example:
      notelint audit data/corpus/notes.jsonl --out audit/
    """
    from ..audit import audit, audit_notes_from_rows
    from ..audit.render import write_report
    problems, notes = [], []
    for r in _rows(input_path, models, input_format):  # streamed: only small summaries are kept
        if isinstance(r, Problem):
            problems.append(r)
            warn_problem(r)
        else:
            notes.extend(audit_notes_from_rows([r]))
    if not notes:
        raise InputError(input_path, "no usable notes")
    result = audit(notes)
    for p in write_report(result, Path(out_dir)):
        click.echo(str(p))
    sys.exit(ExitCode.ERROR if problems else ExitCode.OK)
