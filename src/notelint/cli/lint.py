"""`notelint lint`: per-unit kinds and findings for each note."""
from __future__ import annotations

import sys

import click

from ..errors import ExitCode
from ..io.readers import Problem, read_inputs
from ..report import SEVERITIES, severity_rank
from ..rules.config import LintConfig, load_config
from .common import dumps, format_option, handle_errors, input_options, models_option, warn_problem

_SEV_COLOR = {"error": "red", "warning": "yellow", "info": "cyan"}
_KIND_MARK = {"evidence": "E", "vague": "V", "context": "·"}


def render_text(report, min_severity: str, show_units: bool) -> str:
    head = click.style(report.source + (f" [{report.note_id}]" if report.note_id and report.note_id != report.source else ""), bold=True)
    s = report.summary
    spec = "n/a" if report.specificity is None else f"{report.specificity:.0f}/100"
    lines = [f"{head}  specificity {spec}  evidence {s['evidence']} · vague {s['vague']} · "
             f"context {s['context']}  dimensions evidenced: {', '.join(s['dimensions_evidenced']) or 'none'}"]
    if show_units:
        for u in report.units:
            dims = f" [{', '.join(u.dimensions)}]" if u.dimensions else ""
            lines.append(f"  {u.line}:{u.col}  {_KIND_MARK[u.kind]} {u.kind:<8} {u.polarity:<8}{dims}  {u.text}")
    shown = [f for f in report.findings if severity_rank(f.severity) >= severity_rank(min_severity)]
    for f in shown:
        sev = click.style(f"{f.severity:<7}", fg=_SEV_COLOR[f.severity])
        quote = report.text[f.start:f.end].replace("\n", " ")
        if len(quote) > 120:
            quote = quote[:117] + "..."
        lines.append(f"  {f.line}:{f.col}  {sev}  {f.rule}  {f.message}")
        lines.append(f"        \"{quote}\"")
        if f.hint:
            lines.append(click.style(f"        hint: {f.hint}", dim=True))
    if not shown:
        lines.append("  no findings" + (f" at {min_severity} or above" if min_severity != "info" else ""))
    return "\n".join(lines)


@click.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@format_option()
@input_options
@models_option
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="A notelint.toml or pyproject.toml (default: nearest one).")
@click.option("--enable", multiple=True, help="Only run rules with this id or prefix (repeatable).")
@click.option("--disable", multiple=True, help="Skip rules with this id or prefix (repeatable).")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that makes the exit code 1 (default from config: error).")
@click.option("--min-severity", type=click.Choice(SEVERITIES), default="info", show_default=True,
              help="Hide findings below this severity in text output.")
@click.option("--units/--no-units", "show_units", default=False, help="Show every unit's label in text output.")
@click.option("--no-exit", is_flag=True, help="Always exit 0 (findings and input errors are still printed).")
@handle_errors
def lint_cmd(paths, fmt, input_format, max_chars, text_field, models, config_path, enable, disable,
             fail_on, min_severity, show_units, no_exit):
    """Lint notes: label every sentence as evidence, vague or context and report findings.

    PATHS are text files (one note each), JSONL or CSV files with a `text` column (one note a
    row), or - for stdin. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 input error.

    \b
    Example:
      notelint lint data/examples/*.txt
      echo "Great communicator. Strong hire." | notelint lint - --format json
    """
    from .. import load
    cfg = load_config(config_path)
    if enable or disable:
        cfg = LintConfig(tuple(enable) or cfg.enable, cfg.disable + tuple(disable), cfg.severity,
                         cfg.thresholds, cfg.allow, cfg.fail_on, cfg.source)
    fail_on = fail_on or cfg.fail_on
    linter = load(cfg, models)
    from ..runtime import tune_for_throughput
    tune_for_throughput()
    paths = paths or ("-",)
    had_problem = had_fail = False
    out = []
    first = True
    for item in linter.lint_stream(read_inputs(paths, input_format, max_chars, text_field)):
        if isinstance(item, Problem):
            had_problem = True
            warn_problem(item)
            continue
        if any(severity_rank(f.severity) >= severity_rank(fail_on) for f in item.findings):
            had_fail = True
        if fmt == "text":
            click.echo(("" if first else "\n") + render_text(item, min_severity, show_units))
        elif fmt == "jsonl":
            click.echo(dumps(item.to_dict()))
        else:
            out.append(item.to_dict())
        first = False
    if fmt == "json":
        click.echo(dumps(out))
    if no_exit:
        sys.exit(ExitCode.OK)
    sys.exit(ExitCode.ERROR if had_problem else ExitCode.FINDINGS if had_fail else ExitCode.OK)
