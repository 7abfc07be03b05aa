"""`notelint batch`: score an archive into JSONL, CSV or SQLite; resumable, with a rejects file."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import ExitCode
from .common import handle_errors, models_option


@click.command("batch")
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False))
@click.option("--out", "output", required=True, type=click.Path(dir_okay=False),
              help="Output file: .jsonl, .csv, or .sqlite/.db.")
@click.option("--out-format", type=click.Choice(["jsonl", "csv", "sqlite"]), default=None)
@click.option("--input-format", type=click.Choice(["jsonl", "csv", "parquet"]), default=None)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes, each scoring whole chunks.")
@click.option("--chunk-size", type=click.IntRange(1, 100_000), default=500, show_default=True)
@click.option("--resume", is_flag=True, help="Finish an interrupted run (each note exactly once).")
@click.option("--overwrite", is_flag=True, help="Replace an existing output file.")
@click.option("--rejects", type=click.Path(dir_okay=False), default=None,
              help="Where bad rows go (default: OUTPUT.rejects.jsonl).")
@click.option("--max-chars", type=click.IntRange(min=1), default=100_000, show_default=True)
@click.option("--text-field", default="text", show_default=True)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@models_option
@handle_errors
def batch_cmd(input_path, output, out_format, input_format, workers, chunk_size, resume, overwrite,
              rejects, max_chars, text_field, quiet, models):
    """Score every note of a JSONL/CSV archive; bad rows go to a rejects file.

    Killed at any point, `--resume` finishes the job with each input note in the output exactly
    once. A summary (notes, rejects, elapsed, notes/s) is printed and written beside the output.
    Exit code 0 when every row was scored, 1 when some rows were rejected, 2 on error.

    \b
    Example:
      notelint batch archive.jsonl --out scored.sqlite --workers 2
    """
    from ..batch import BatchOptions, run_batch
    opts = BatchOptions(Path(input_path), Path(output), out_format, input_format, workers, chunk_size,
                        resume, overwrite, Path(rejects) if rejects else None, max_chars, text_field,
                        models, progress=sys.stderr.isatty() and not quiet)
    summary = run_batch(opts)
    click.echo(json.dumps(summary))
    sys.exit(ExitCode.FINDINGS if summary["rejects"] else ExitCode.OK)
