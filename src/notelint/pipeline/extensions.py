"""Custom attributes that the notelint components set on Docs and Spans."""
from spacy.tokens import Doc, Span

UNITS_KEY = "notelint_units"

_SPAN_ATTRS = ("kind", "kind_scores", "polarity", "polarity_scores", "dimensions",
               "dimension_scores")


def _units(doc):
    return list(doc.spans[UNITS_KEY]) if UNITS_KEY in doc.spans else []


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    for attr in _SPAN_ATTRS:
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=None)
    if not Doc.has_extension("units"):
        Doc.set_extension("units", getter=_units)
    if not Doc.has_extension("unit_offsets"):
        Doc.set_extension("unit_offsets", default=None)
