"""spaCy component ``notelint_segmenter_v1``: units as a SpanGroup with exact character offsets."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import UNITS_KEY, register_extensions
from .segmentation import split_units


class UnitSegmenter:
    """Splits a note into units (sentences, bullets, headings) and stores them in
    ``doc.spans["notelint_units"]``; ``doc._.unit_offsets`` keeps the exact character offsets
    (a Span may be wider when a unit boundary falls inside a token)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        offsets, spans = [], []
        for start, end in split_units(doc.text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            offsets.append((start, end))
            spans.append(span)
        doc.spans[UNITS_KEY] = spans
        doc._.unit_offsets = offsets
        return doc


@Language.factory("notelint_segmenter_v1")
def make_segmenter(nlp: Language, name: str) -> UnitSegmenter:
    return UnitSegmenter(nlp, name)
