"""Data files shipped inside the package (lexicons, rules, rubric), loaded and validated here.

Loaders return immutable values so that no caller can change a lexicon for everyone else.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import ConfigError
from ..labels import DIMENSIONS

_LEXICON_KEYS = {"description", "terms", "positive", "negative", "categories", "case_sensitive",
                 "categories_note", *DIMENSIONS}


def read_json(relpath: str) -> Any:
    """Read a JSON data file of the package; errors name the file."""
    ref = resources.files(__package__).joinpath(relpath)
    try:
        return json.loads(ref.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ConfigError(f"notelint data file {relpath}: {e}") from None


def _terms(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        raise ConfigError(f"{where}: expected a list of non-empty strings")
    return tuple(sorted({t.strip().lower() for t in value}))


@lru_cache(maxsize=None)
def lexicon(name: str) -> MappingProxyType:
    """Load lexicons/<name>.json as a read-only mapping of group -> sorted tuple of terms.

    Flat lexicons have one group, ``terms``; evaluative has ``positive``/``negative``;
    biased_language has one group per category plus ``hints`` (category -> hint).
    """
    path = f"lexicons/{name}.json"
    data = read_json(path)
    if not isinstance(data, dict) or set(data) - _LEXICON_KEYS:
        raise ConfigError(f"{path}: unknown keys {sorted(set(data) - _LEXICON_KEYS)}")
    out: dict[str, Any] = {}
    for key in [k for k in data if k not in ("description", "categories", "case_sensitive", "categories_note")]:
        if key in data:
            out[key] = _terms(data[key], f"{path}:{key}")
    if "case_sensitive" in data:  # abbreviations such as "LNH", matched only as written
        out["case_sensitive"] = tuple(sorted({str(t).strip() for t in data["case_sensitive"]}))
    if "categories" in data:
        hints = {}
        for cat, spec in data["categories"].items():
            if set(spec) != {"hint", "terms"}:
                raise ConfigError(f"{path}:{cat}: expected keys hint, terms")
            out[cat] = _terms(spec["terms"], f"{path}:{cat}")
            hints[cat] = str(spec["hint"])
        out["hints"] = MappingProxyType(hints)
    if not out:
        raise ConfigError(f"{path}: no terms")
    return MappingProxyType(out)
