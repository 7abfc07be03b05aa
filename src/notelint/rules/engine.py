"""Load rule definitions (data), apply configuration, and run them over an analysed note."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from ..errors import ConfigError
from ..report import SEVERITIES, Finding, Report
from ..resources import read_json
from .checks import CHECKS
from .config import LintConfig

_RULE_KEYS = {"id", "type", "name", "severity", "params", "message", "hint", "examples"}


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    name: str
    severity: str
    message: str
    hint: str
    params: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    examples: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))


def load_rules(path: str = "rules.json") -> tuple[tuple[Rule, ...], MappingProxyType]:
    data = read_json(path)
    rules = []
    for i, r in enumerate(data.get("rules", [])):
        where = f"{path}: rule {r.get('id', i)}"
        unknown = set(r) - _RULE_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
        if r.get("type") not in CHECKS:
            raise ConfigError(f"{where}: unknown type {r.get('type')!r}")
        if r.get("severity") not in SEVERITIES:
            raise ConfigError(f"{where}: bad severity {r.get('severity')!r}")
        if not re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", r.get("id", "")):
            raise ConfigError(f"{where}: id must be dotted lowercase, e.g. vague.praise")
        rules.append(Rule(r["id"], r["type"], r["name"], r["severity"], r["message"],
                          r.get("hint", ""), MappingProxyType(dict(r.get("params", {}))),
                          MappingProxyType(dict(r.get("examples", {})))))
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"{path}: duplicate rule ids")
    return tuple(rules), MappingProxyType(dict(data.get("dimension_hints", {})))


class RuleSet:
    """The rules selected by a configuration, with its severities and thresholds applied."""

    def __init__(self, config: LintConfig | None = None):
        self.config = config or LintConfig()
        all_rules, self.dimension_hints = load_rules()
        self.all_rules = all_rules
        known = {r.id for r in all_rules}
        for rid in list(self.config.severity) + list(self.config.thresholds):
            if rid not in known:
                raise ConfigError(f"{self.config.source or 'config'}: unknown rule id {rid!r}")
        for sel in self.config.enable + self.config.disable:
            if not any(r == sel or r.startswith(sel + ".") for r in known):
                raise ConfigError(f"{self.config.source or 'config'}: {sel!r} matches no rule id")
        self.rules = []
        for r in all_rules:
            if not self.config.selects(r.id):
                continue
            params = dict(r.params)
            if r.id in self.config.thresholds:
                v = self.config.thresholds[r.id]
                key = next(iter(params), "threshold")
                params[key] = v
            self.rules.append(replace(r, severity=self.config.severity.get(r.id, r.severity),
                                      params=MappingProxyType(params)))
        self._allow = [a.lower() for a in self.config.allow]

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def run(self, report: Report, line_index) -> list[Finding]:
        findings = []
        for rule in self.rules:
            for start, end, message, hint in CHECKS[rule.type](rule, report, self):
                if self._allow and self._allowed(report.text[start:end]):
                    continue
                line, col = line_index(start)
                findings.append(Finding(rule.id, rule.name, rule.severity, message, hint,
                                        start, end, line, col))
        findings.sort(key=lambda f: (f.start, -SEVERITIES.index(f.severity), f.rule))
        report.__dict__.pop("_phrase_cache", None)
        return findings

    def _allowed(self, text: str) -> bool:
        low = text.lower()
        return any(a in low for a in self._allow)
