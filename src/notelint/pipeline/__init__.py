"""spaCy components of notelint (registered as factories via the ``spacy_factories`` entry point)."""
from .segmenter import UnitSegmenter, make_segmenter
from .unit_classifier import UnitClassifier, make_unit_classifier

__all__ = ["UnitSegmenter", "UnitClassifier", "make_segmenter", "make_unit_classifier"]
