"""Lint configuration from ``[tool.notelint]`` in pyproject.toml or a ``notelint.toml``."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from ..report import SEVERITIES

_KEYS = {"enable", "disable", "severity", "thresholds", "allow", "fail_on"}


@dataclass(frozen=True)
class LintConfig:
    """Which rules run and how.

    enable/disable: rule ids or prefixes ("bias", "vague.praise"); disable wins.
    severity: rule id -> info|warning|error. thresholds: parameter overrides, e.g.
    {"specificity.low": 40} or {"recommendation.unsupported": 2}. allow: phrases whose
    units or matches are never reported. fail_on: lowest severity that makes the exit code 1.
    """
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    severity: dict = field(default_factory=dict)
    thresholds: dict = field(default_factory=dict)
    allow: tuple[str, ...] = ()
    fail_on: str = "error"
    source: str | None = None

    def selects(self, rule_id: str) -> bool:
        def match(sel):
            return rule_id == sel or rule_id.startswith(sel + ".")
        if any(match(s) for s in self.disable):
            return False
        return not self.enable or any(match(s) for s in self.enable)


def _from_table(table: dict, source: str) -> LintConfig:
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown notelint setting(s) {sorted(unknown)}; allowed: {sorted(_KEYS)}")
    sev = dict(table.get("severity", {}))
    for rid, s in sev.items():
        if s not in SEVERITIES:
            raise ConfigError(f"{source}: severity of {rid} must be one of {SEVERITIES}, not {s!r}")
    fail_on = table.get("fail_on", "error")
    if fail_on not in SEVERITIES:
        raise ConfigError(f"{source}: fail_on must be one of {SEVERITIES}, not {fail_on!r}")
    for key in ("enable", "disable", "allow"):
        v = table.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ConfigError(f"{source}: {key} must be a list of strings")
    return LintConfig(tuple(table.get("enable", [])), tuple(table.get("disable", [])), sev,
                      dict(table.get("thresholds", {})), tuple(table.get("allow", [])), fail_on, source)


def load_config(path: str | Path | None = None, start: str | Path = ".") -> LintConfig:
    """Load an explicit config file, or the nearest notelint.toml / pyproject.toml upwards from
    ``start``; no file means the defaults."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{p}: config file not found")
        candidates = [p]
    else:
        candidates = []
        d = Path(start).resolve()
        for folder in (d, *d.parents):
            candidates += [folder / "notelint.toml", folder / "pyproject.toml"]
    for p in candidates:
        if not p.is_file():
            continue
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{p}: invalid TOML ({e})") from None
        if p.name == "pyproject.toml":
            table = data.get("tool", {}).get("notelint")
            if table is None:
                continue
        else:
            table = data.get("tool", {}).get("notelint", data)
        return _from_table(table, str(p))
    return LintConfig()
