"""spaCy component ``notelint_unit_classifier_v1``: kind, polarity and dimensions for each unit.

A linear model over hashed n-gram (and optionally lexicon) features. Weights are plain numpy
arrays saved with ``numpy.savez`` and loaded with ``allow_pickle=False``, so loading the pipeline
never runs code from the model directory.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ..labels import DIMENSIONS, KINDS, POLARITIES
from .dimension_decoding import DimensionDecoder
from .extensions import SCORES_KEY, TOKENS_KEY, UNITS_KEY, UnitScores, register_extensions
from .features import FeatureConfig, Featurizer


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class UnitClassifier:
    """Scores every unit in ``doc.spans["notelint_units"]`` and sets the Span extensions
    ``kind``, ``kind_scores``, ``polarity``, ``polarity_scores``, ``dimensions`` and
    ``dimension_scores``. Must follow ``notelint_segmenter_v1``."""

    def __init__(self, nlp: Language, name: str, n_buckets: int = 2 ** 18, ngrams: int = 2,
                 use_lexicons: bool = True, prefixes: bool = True, negation: bool = False,
                 contrast: bool = False, heading: bool = False, lex_pairs: bool = False,
                 prev: bool = False, lex_weight: float = 1.0, note_weight: float = 0.0):
        self.name = name
        self.cfg = FeatureConfig(n_buckets=n_buckets, ngrams=ngrams, use_lexicons=use_lexicons,
                                 prefixes=prefixes, negation=negation, contrast=contrast,
                                 heading=heading, lex_pairs=lex_pairs, prev=prev, lex_weight=lex_weight,
                                 note_weight=note_weight)
        self.featurizer = Featurizer(self.cfg)
        self.W: np.ndarray | None = None      # (n_buckets, 3 + 3 + 11)
        self.b: np.ndarray | None = None
        self.decoder = DimensionDecoder.plain(0.5)
        register_extensions()

    # -- weights -------------------------------------------------------------------------------
    def set_weights(self, W, b, seen_lower=None, decoder: DimensionDecoder | None = None) -> None:
        W = np.asarray(W, dtype=np.float32)
        n_out = len(KINDS) + len(POLARITIES) + len(DIMENSIONS)
        if W.shape != (self.cfg.n_buckets, n_out):
            raise ValueError(f"weights have shape {W.shape}, expected {(self.cfg.n_buckets, n_out)}")
        self.W, self.b = W, np.asarray(b, dtype=np.float32)
        if decoder is not None:
            self.decoder = decoder
        if seen_lower is not None:
            self.cfg.seen_lower = [int(x) for x in seen_lower]
            self.featurizer = Featurizer(self.cfg)

    # -- inference -----------------------------------------------------------------------------
    def predict_matrix(self, X, notes=None, note_of_unit=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Probabilities of every head for feature rows ``X``; with ``notes`` (one row per note,
        see ``Featurizer.transform_parts``), each unit's note row is added to its own: scored
        once per note, not once per unit."""
        if self.W is None:
            raise ValueError(f"component {self.name!r} has no weights: train or load it first")
        Z = np.asarray(X @ self.W) + self.b
        if notes is not None:
            Z += np.asarray(notes @ self.W)[note_of_unit]
        nk, npol = len(KINDS), len(POLARITIES)
        kind = _softmax(Z[:, :nk])
        pol = _softmax(Z[:, nk:nk + npol])
        dim = 1.0 / (1.0 + np.exp(-Z[:, nk + npol:]))
        return kind, pol, dim

    def _ranges(self, doc: Doc):
        """Token ranges of the units: as the segmenter left them, else from the SpanGroup (a Doc
        whose units were set some other way)."""
        got = doc.user_data.get(TOKENS_KEY)
        if got is not None and UNITS_KEY in doc.spans and len(got) == len(doc.spans[UNITS_KEY]):
            return got
        return [(s.start, s.end) for s in doc.spans[UNITS_KEY]] if UNITS_KEY in doc.spans else []

    def _set(self, docs, ranges, kind, pol, dim, counts) -> None:
        """Store each doc's score arrays; Span extensions read them lazily (cheap in bulk)."""
        i = 0
        for doc, rr in zip(docs, ranges):
            n = len(rr)
            doc.user_data[SCORES_KEY] = UnitScores(kind[i:i + n], pol[i:i + n], dim[i:i + n],
                                                   self.decoder, counts[i:i + n])
            i += n

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream, batch_size: int = 128):
        batch = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._process(batch)
                batch = []
        if batch:
            yield from self._process(batch)

    def _process(self, docs):
        counts: list = []
        ranges = [self._ranges(d) for d in docs]
        X, notes, note_of_unit = self.featurizer.transform_parts(zip(docs, ranges), counts)
        if X.shape[0]:
            self._set(docs, ranges, *self.predict_matrix(X, notes, note_of_unit), counts[0])
        return docs

    # -- serialisation -------------------------------------------------------------------------
    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps(self.cfg.to_dict(), indent=2))
        d = self.decoder
        np.savez_compressed(path / "weights.npz", W=self.W, b=self.b, thresholds=d.thresholds,
                            seen_lower=np.array(self.cfg.seen_lower, dtype=np.uint64),
                            evidence_thresholds=d.evidence_thresholds,
                            evidence_at_least_one=np.array(d.evidence_at_least_one))

    def from_disk(self, path, *, exclude=tuple()) -> "UnitClassifier":
        path = ensure_path(path)
        cfg = json.loads((path / "cfg.json").read_text())
        self.cfg = FeatureConfig(**cfg)
        with np.load(path / "weights.npz", allow_pickle=False) as z:
            decoder = (DimensionDecoder(z["thresholds"], z["evidence_thresholds"], bool(z["evidence_at_least_one"]))
                       if "evidence_thresholds" in z.files else DimensionDecoder.plain(z["thresholds"]))  # older models
            self.set_weights(z["W"], z["b"], z["seen_lower"], decoder)
        return self


@Language.factory(
    "notelint_unit_classifier_v1",
    default_config={"n_buckets": 2 ** 18, "ngrams": 2, "use_lexicons": True, "prefixes": True,
                    "negation": False, "contrast": False, "heading": False, "lex_pairs": False,
                    "prev": False, "lex_weight": 1.0, "note_weight": 0.0},
)
def make_unit_classifier(nlp: Language, name: str, n_buckets: int, ngrams: int,
                         use_lexicons: bool, prefixes: bool, negation: bool, contrast: bool,
                         heading: bool, lex_pairs: bool, prev: bool, lex_weight: float,
                         note_weight: float) -> UnitClassifier:
    return UnitClassifier(nlp, name, n_buckets=n_buckets, ngrams=ngrams, use_lexicons=use_lexicons,
                          prefixes=prefixes, negation=negation, contrast=contrast, heading=heading,
                          lex_pairs=lex_pairs, prev=prev, lex_weight=lex_weight, note_weight=note_weight)
