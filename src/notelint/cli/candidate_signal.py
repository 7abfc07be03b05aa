"""`notelint signal`: an evidence-weighted comparison of candidates for the debrief."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import ExitCode, InputError
from ..io.readers import Problem, detect_format, read_inputs
from .common import handle_errors, is_report_row, models_option, warn_problem


def load_analysed(path: str, models=None, input_format=None):
    """Analysed notes from raw notes (linted here) or from `notelint batch` output rows."""
    from ..debrief import from_dict, from_report
    fmt = detect_format(path, input_format)
    problems, notes = [], []
    if fmt == "jsonl":
        with open(path, "rb") as f:
            first = f.readline()
        try:
            is_reports = is_report_row(json.loads(first))
        except (json.JSONDecodeError, UnicodeDecodeError):
            is_reports = False
        if is_reports:
            with open(path, encoding="utf-8", errors="replace") as f:
                for i, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    try:
                        notes.append(from_dict(json.loads(line), f"{path}:{i}"))
                    except (json.JSONDecodeError, KeyError, TypeError) as e:
                        problems.append(Problem(path, i, f"bad report row ({e.__class__.__name__})"))
                    except InputError as e:
                        problems.append(Problem(path, i, e.problem))
            return notes, problems
    from .. import load
    linter = load(models=models)
    for item in linter.lint_stream(read_inputs([path], input_format)):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        try:
            notes.append(from_report(item))
        except InputError as e:
            problems.append(Problem(item.source, None, f"note {item.note_id}: {e.problem}"))
    return notes, problems


@click.command("signal")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--req", default=None, help="Only candidates of this req_id.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "html"]), default="text",
              show_default=True)
@click.option("--rubric", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A rubric JSON (dimension weights, per-req overrides); default: ML roles.")
@click.option("--input-format", type=click.Choice(["jsonl", "csv"]), default=None)
@models_option
@handle_errors
def signal_cmd(path, req, fmt, rubric, input_format, models):
    """Compare candidates per dimension from the evidence in their notes.

    PATH holds notes (JSONL/CSV with note_id, candidate_id, interviewer_id, req_id, round,
    submitted_at, text, recommendation) or `notelint batch` output. Older notes about other
    candidates teach interviewer normalisation. No hire/no-hire verdict is produced.

    \b
    Example:
      notelint signal data/examples/panel.jsonl --format markdown
    """
    from ..debrief import compute_signal, load_rubric
    from ..debrief.render import html_page, markdown, text
    notes, problems = load_analysed(path, models, input_format)
    for p in problems:
        warn_problem(p)
    if not notes:
        raise InputError(path, "no usable notes")
    if req and not any(n.req_id == req for n in notes):
        raise InputError(path, f"no notes for req {req!r}")
    result = compute_signal(notes, load_rubric(rubric), req)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    elif fmt == "markdown":
        click.echo(markdown(result), nl=False)
    elif fmt == "html":
        click.echo(html_page(result))
    else:
        click.echo(text(result), nl=False)
    sys.exit(ExitCode.ERROR if problems else ExitCode.OK)
