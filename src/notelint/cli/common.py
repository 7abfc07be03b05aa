"""Options and helpers shared by every command: output format, inputs, errors, exit codes."""
from __future__ import annotations

import functools
import sys

import click

from ..errors import ExitCode, NotelintError
from ..io.jsonout import dumps_bytes

INPUT_FORMATS = click.Choice(["text", "jsonl", "csv", "parquet"])


def format_option(choices=("text", "json", "jsonl"), default="text"):
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=default,
                        show_default=True, help="Output format.")


def input_options(f):
    """Options for commands that read notes (lint, score)."""
    f = click.option("--input-format", type=INPUT_FORMATS, default=None,
                     help="Force the input format (default: by extension; stdin is text).")(f)
    f = click.option("--max-chars", type=click.IntRange(min=1), default=100_000, show_default=True,
                     help="Reject notes longer than this.")(f)
    f = click.option("--text-field", default="text", show_default=True,
                     help="Field/column holding the note text in JSONL/CSV.")(f)
    return f


def models_option(f):
    return click.option("--models", type=click.Path(file_okay=False), default=None,
                        envvar="NOTELINT_MODELS",
                        help="Folder of trained models (default: the installed ones).")(f)


def handle_errors(fn):
    """Turn user-facing errors into one line on stderr and exit code 2, never a traceback."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except NotelintError as e:
            click.echo(f"notelint: error: {e}", err=True)
            sys.exit(ExitCode.ERROR)
        except KeyboardInterrupt:
            click.echo("notelint: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(ExitCode.OK)
    return wrapper


def warn_problem(problem) -> None:
    click.echo(f"notelint: error: {problem}", err=True)


def dumps(obj) -> str:
    return dumps_bytes(obj).decode("utf-8")


def is_report_row(obj) -> bool:
    """A row of `notelint lint --format jsonl` / `notelint batch` output (not a raw or gold note)."""
    return isinstance(obj, dict) and "units" in obj and "summary" in obj and "findings" in obj
