"""The Python API: ``notelint.load()`` returns a ready ``Linter``; ``Linter.lint(text)`` a Report."""
from __future__ import annotations

import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .artifacts import models_dir, verify
from .errors import ModelError
from .labels import DIMENSIONS, KINDS, POLARITIES
from .pipeline.extensions import OFFSETS_KEY, SCORES_KEY, TEXT_KEY, UnitScores
from .pipeline.segmentation import LineIndex
from .report import Report, UnitReport
from .rules import LintConfig, RuleSet
from .scoring.features import unit_feature_matrix

PIPELINE = "pipeline"
SCORER = "specificity"
_EVIDENCE, _VAGUE = KINDS.index("evidence"), KINDS.index("vague")


@dataclass
class NoteInput:
    """One note to analyse: its text plus where it came from and any note-level fields."""
    text: str
    source: str = "<string>"
    note_id: str | None = None
    meta: dict = field(default_factory=dict)


def load_pipeline(root: Path | None = None):
    """Load the shipped spaCy pipeline after verifying its checksums."""
    import spacy
    root = Path(root) if root else models_dir()
    meta = verify(root, PIPELINE)
    want = meta.get("spacy_version")
    if want and want.split(".")[:2] != spacy.__version__.split(".")[:2]:
        warnings.warn(f"notelint pipeline was trained with spaCy {want}, running {spacy.__version__}")
    from . import pipeline  # noqa: F401  (registers the factories)
    nlp = spacy.load(root / PIPELINE)
    if hasattr(nlp.tokenizer, "max_cache_size"):
        # spaCy caps its tokenizer cache at 10k chunks; varied notes overflow it (PERFORMANCE.md).
        nlp.tokenizer.max_cache_size = 200_000
    return nlp


class Linter:
    """Analyses notes: units with kind/polarity/dimensions, specificity, and rule findings."""

    def __init__(self, nlp, scorer=None, config: LintConfig | None = None):
        self.nlp = nlp
        self.scorer = scorer
        self.rules = RuleSet(config)

    def lint(self, text: str, *, source: str = "<string>", note_id: str | None = None,
             meta: dict | None = None) -> Report:
        return next(self.lint_many([NoteInput(text, source, note_id, meta or {})]))

    def lint_many(self, notes: Iterable[NoteInput], batch_size: int = 64) -> Iterator[Report]:
        """Analyse many notes with ``nlp.pipe``; reports come back in input order."""
        notes_it = iter(notes)
        pending: deque[NoteInput] = deque()

        make_doc = self.nlp.make_doc

        def texts():
            for n in notes_it:
                pending.append(n)
                doc = make_doc(n.text)
                doc.user_data[TEXT_KEY] = n.text
                yield doc

        docs: list = []
        for doc in self.nlp.pipe(texts(), batch_size=batch_size):
            docs.append(doc)
            if len(docs) >= batch_size:
                yield from self._finish(self._reports(docs, [pending.popleft() for _ in docs]))
                docs = []
        if docs:
            yield from self._finish(self._reports(docs, [pending.popleft() for _ in docs]))

    def lint_stream(self, items: Iterable, chunk: int = 256) -> Iterator:
        """Lint a stream of NoteInput (other items, e.g. read Problems, pass through), in order."""
        buf: list = []
        for item in items:
            buf.append(item)
            if len(buf) >= chunk:
                yield from self._lint_chunk(buf)
                buf = []
        if buf:
            yield from self._lint_chunk(buf)

    def _lint_chunk(self, items: list) -> list:
        notes = [i for i in items if isinstance(i, NoteInput)]
        reports = iter(self.lint_many(notes))
        return [next(reports) if isinstance(i, NoteInput) else i for i in items]

    def _reports(self, docs: list, notes: list[NoteInput]) -> list[Report]:
        """Reports for a batch of processed Docs. The score arrays of all their units are joined
        and converted to Python values once per batch: per note, the dozen small NumPy calls cost
        more than the arithmetic."""
        offsets = [doc.user_data[OFFSETS_KEY] for doc in docs]  # doc._.unit_offsets
        scored = [doc.user_data.get(SCORES_KEY) if len(o) else None for doc, o in zip(docs, offsets)]
        parts = [sc for sc in scored if sc is not None]
        if parts:
            kinds, pols, dmask, kr, pr, dr, feats = _unit_rows(parts)
        reports, i = [], 0
        for note, offs, sc in zip(notes, offsets, scored):
            idx = LineIndex(note.text)
            units = []
            if sc is not None:
                text = note.text
                for start, end in offs:
                    line, col = idx(start)
                    units.append(UnitReport(
                        text[start:end], start, end, line, col, KINDS[kinds[i]], kr[i], POLARITIES[pols[i]],
                        pr[i], list(_dimension_names(dmask[i])), dr[i],
                        features=None if feats is None else feats[i]))
                    i += 1
            rep = Report(note.source, note.note_id, note.text, units, meta=dict(note.meta))
            rep._line_index = idx
            reports.append(rep)
        return reports

    def _finish(self, reports: list[Report]) -> list[Report]:
        if self.scorer is not None:
            self.scorer.score_reports(reports)
        for r in reports:
            r.findings = self.rules.run(r, r._line_index)
            del r._line_index
        return reports


def load(config: LintConfig | None = None, models: str | Path | None = None,
         with_scorer: bool = True) -> Linter:
    """Load the shipped models (verified) and return a ready Linter."""
    root = Path(models) if models else models_dir()
    nlp = load_pipeline(root)
    scorer = None
    if with_scorer:
        from .scoring.artifact import load_scorer
        try:
            scorer = load_scorer(root)
        except ModelError as e:
            if "no entry" not in str(e):
                raise
    return Linter(nlp, scorer, config)


def _unit_rows(parts: list) -> tuple:
    """Labels, rounded scores (Python lists) and scorer features (an array) of every unit of
    several Docs, in unit order (one entry per unit)."""
    sc = UnitScores(np.concatenate([p.kind for p in parts]), np.concatenate([p.polarity for p in parts]),
                    np.concatenate([p.dimensions for p in parts]), parts[0].decoder)
    dm = sc.dimension_mask()
    # Scores are rounded once here (the report shows 4 decimals), not per value later; the
    # scorer's features take the unrounded kind scores.
    kr, pr, dr = (np.round(a, 4).tolist() for a in (sc.kind, sc.polarity_scores(), sc.dimension_scores()))
    feats = None
    if all(p.counts is not None for p in parts):
        counts = np.concatenate([p.counts for p in parts])
        # rows of one array (each unit's is a view): the scorer stacks them again per batch
        feats = unit_feature_matrix(counts, sc.kind[:, _EVIDENCE], sc.kind[:, _VAGUE], dm.sum(axis=1))
    codes = (dm @ _DIM_BITS).tolist()  # each unit's dimension set as one int: one conversion, not 11
    return sc.kind_index().tolist(), sc.polarity_index().tolist(), codes, kr, pr, dr, feats


_DIM_BITS = 1 << np.arange(len(DIMENSIONS), dtype=np.int64)


@lru_cache(maxsize=None)
def _dimension_names(code: int) -> tuple[str, ...]:
    return tuple(d for j, d in enumerate(DIMENSIONS) if code >> j & 1)
