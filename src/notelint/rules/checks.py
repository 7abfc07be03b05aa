"""Rule types. Each check yields (start, end, message, hint) for one rule over one report."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon_match import PhraseFinder, phrase_words
from ..resources import lexicon
from ..scoring.features import UNIT_FEATURES, text_counts, unit_feature_row


def _dimension_hint(rule, unit, ruleset) -> str:
    hints = [ruleset.dimension_hints[d] for d in unit.dimensions if d in ruleset.dimension_hints]
    return " ".join([rule.hint] + hints[:1]).strip()


def unit_label(rule, report, ruleset):
    kind, polarity = rule.params["kind"], rule.params.get("polarity")
    skip_verdicts = rule.params.get("skip_bare_verdicts", False)
    for u in report.units:
        if u.kind == kind and (polarity is None or u.polarity == polarity):
            if skip_verdicts and bare_verdict(u.text):
                continue
            yield u.start, u.end, rule.message, _dimension_hint(rule, u, ruleset)


def bare_verdict(text: str) -> bool:
    """A unit that only states a recommendation ("Strong hire!", "Recommendation: LNH."): at
    most three other words, none of them evaluative. A verdict line belongs in every note, so it is
    judged by whether the note's evidence supports it (recommendation.unsupported), not flagged as
    vague praise or critique; "Hire, super smart." still is."""
    spans = _recommendation_spans(text)
    if not spans:
        return False
    rest = text
    for s, e in sorted(spans, reverse=True):
        rest = rest[:s] + " " + rest[e:]
    return len(phrase_words(rest)) <= 3 and not _finder("evaluative").find(rest)


@lru_cache(maxsize=None)
def _phrase_regex(lex: str, group: str, case_sensitive: bool = False) -> re.Pattern | None:
    terms = lexicon(lex).get(group, ())
    if not terms:
        return None
    alts = "|".join(re.escape(t).replace(r"\ ", r"[\s-]+") for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", 0 if case_sensitive else re.IGNORECASE)


@lru_cache(maxsize=None)
def _finder(lex: str, group: str | None = None) -> PhraseFinder:
    lx = lexicon(lex)
    groups = {g: lx[g] for g in lx if g not in ("hints", "case_sensitive") and (group is None or g == group)}
    return PhraseFinder(groups)


def _recommendation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the recommendation phrases in ``text`` ("strong hire", "LNH")."""
    spans = [(s, e) for _, s, e in _finder("recommendations", "terms").find(text)]
    rx_cs = _phrase_regex("recommendations", "case_sensitive", True)
    if rx_cs:
        spans += [m.span() for m in rx_cs.finditer(text)]
    return spans


def recommendation_units(report):
    """Units that state a recommendation (non-evidence units matching a recommendation phrase)."""
    for u in report.units:
        if u.kind != "evidence" and _recommendation_spans(u.text):
            yield u


def recommendation_unsupported(rule, report, ruleset):
    n_evidence = sum(u.kind == "evidence" for u in report.units)
    if n_evidence >= rule.params.get("min_evidence", 1):
        return
    verdicts = list(recommendation_units(report))
    if verdicts:
        u = verdicts[-1]
        yield u.start, u.end, rule.message + f" ({n_evidence} evidence unit(s) found)", rule.hint
    elif report.meta.get("recommendation") and report.units:
        u = report.units[0]
        msg = f"{rule.message} The note recommends {report.meta['recommendation']} with {n_evidence} evidence unit(s)."
        yield u.start, u.end, msg, rule.hint


def dimension_unevidenced(rule, report, ruleset):
    evidenced = {d for u in report.units if u.kind == "evidence" for d in u.dimensions}
    seen = set()
    for u in report.units:
        if u.kind != "vague":
            continue
        for d in u.dimensions:
            if d in evidenced or d in seen:
                continue
            seen.add(d)
            hint = ruleset.dimension_hints.get(d, "")
            yield u.start, u.end, f"{rule.message} ({d})", hint
    for d in (report.meta.get("ratings") or {}):
        if d not in evidenced and d not in seen and report.units:
            seen.add(d)
            u = report.units[0]
            yield u.start, u.end, f"Rated on {d}, but no observed behaviour in the note speaks to it.", \
                ruleset.dimension_hints.get(d, "")


def low_specificity(rule, report, ruleset):
    if report.specificity is None or not report.units:
        return
    thr = rule.params.get("threshold", 40)
    if report.specificity < thr:
        msg = f"{rule.message} Specificity {report.specificity:.0f}/100 is below {thr}."
        yield report.units[0].start, report.units[-1].end, msg, rule.hint


def _phrase_matches(report, lex: str) -> list[tuple[str, int, int, str]]:
    """(category, start, end, phrase) for a lexicon, computed once per report."""
    cache = report.__dict__.setdefault("_phrase_cache", {})
    if lex not in cache:
        cache[lex] = [(g, a, b, report.text[a:b]) for g, a, b in _finder(lex).find(report.text)]
    return cache[lex]


def phrase_lexicon(rule, report, ruleset):
    lex, cat = rule.params["lexicon"], rule.params["category"]
    hint = lexicon(lex)["hints"][cat]
    for c, start, end, phrase in _phrase_matches(report, lex):
        if c == cat:
            yield start, end, f"{rule.message} (\"{phrase}\")", hint


def sbi_missing(rule, report, ruleset):
    col = UNIT_FEATURES.index(rule.params["part"])
    for u in report.units:
        if u.kind != "evidence" or len(u.text.split()) < 4:
            continue
        if u.features is None:
            u.features = unit_feature_row(text_counts(u.text), u.kind_scores, u.dimensions)
        if not u.features[col]:
            yield u.start, u.end, rule.message, rule.hint


CHECKS = {
    "unit_label": unit_label,
    "recommendation_unsupported": recommendation_unsupported,
    "dimension_unevidenced": dimension_unevidenced,
    "low_specificity": low_specificity,
    "phrase_lexicon": phrase_lexicon,
    "sbi_missing": sbi_missing,
}
