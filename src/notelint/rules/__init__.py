"""Lint rules: types in code (checks.py), definitions as data (resources/rules.json)."""
from .config import LintConfig, load_config
from .engine import Rule, RuleSet

__all__ = ["LintConfig", "load_config", "Rule", "RuleSet"]
