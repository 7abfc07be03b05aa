"""Entry point of the `notelint` command. Command modules import heavy libraries lazily."""
from __future__ import annotations

import click

from .. import __version__
from .audit import audit_cmd
from .batch import batch_cmd
from .evaluate import evaluate_cmd
from .lint import lint_cmd
from .score import score_cmd
from .serve import serve_cmd
from .candidate_signal import signal_cmd
from .train import train_cmd

COMMANDS = [lint_cmd, score_cmd, signal_cmd, batch_cmd, audit_cmd, serve_cmd, evaluate_cmd, train_cmd]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="notelint")
def cli():
    """notelint: check interview feedback for observed behaviour before the debrief.

    \b
    Example:
      notelint lint data/examples/*.txt
    """


for _cmd in COMMANDS:
    cli.add_command(_cmd)


def main():
    cli(prog_name="notelint")
