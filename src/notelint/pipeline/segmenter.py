"""spaCy component ``notelint_segmenter_v1``: units as a SpanGroup with exact character offsets."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import OFFSETS_KEY, TEXT_KEY, TOKENS_KEY, UNITS_KEY, register_extensions
from .segmentation import split_units


class UnitSegmenter:
    """Splits a note into units (sentences, bullets, headings) and stores them in
    ``doc.spans["notelint_units"]``; ``doc._.unit_offsets`` keeps the exact character offsets
    (a Span may be wider when a unit boundary falls inside a token)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        # Doc.text rebuilds the string token by token; callers that still hold it pass it in
        # user_data (see notelint.api.Linter) to skip that cost.
        text = doc.user_data.pop(TEXT_KEY, None)
        if text is None:
            text = doc.text
        offsets, spans, ranges = [], [], []
        for start, end in split_units(text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            offsets.append((start, end))
            spans.append(span)
            ranges.append((span.start, span.end))
        doc.spans[UNITS_KEY] = spans
        doc.user_data[TOKENS_KEY] = ranges  # read by the classifier without rebuilding the Spans
        doc.user_data[OFFSETS_KEY] = offsets  # doc._.unit_offsets
        return doc


@Language.factory("notelint_segmenter_v1")
def make_segmenter(nlp: Language, name: str) -> UnitSegmenter:
    return UnitSegmenter(nlp, name)
