"""Hashed n-gram and lexicon features for units, computed straight from a Doc's token arrays.

Why not ``Span.as_doc()`` or a vectoriser on strings: slicing token-id arrays per unit is several
times faster and gives the same features (see shared/PERFORMANCE.md). Hash values are spaCy's
64-bit string hashes, stable across processes and versions.

Fairness by construction: gendered pronouns and honorifics map to one token, and capitalised
words never seen in lowercase in training (names, mostly) map to ``<CAP>``, so the classifier
cannot key on who a note is about.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from spacy.attrs import IS_TITLE, LIKE_NUM, LOWER, IS_QUOTE
from spacy.strings import hash_string

from ..resources import lexicon

_U = np.uint64
_PRIME = _U(1099511628211)


def _h(s: str) -> int:
    return hash_string(s)


PRON, CAP, NUM, BOS, EOS = (_h(t) for t in ("<PRON>", "<CAP>", "<NUM>", "<BOS>", "<EOS>"))
_FIRST, _LAST, _LEN, _QUOTE = (_h(t) for t in ("<FIRST>", "<LAST>", "<LEN>", "<QUOTE>"))

# Lexicon groups used as features when enabled: (feature name, lexicon, group).
LEXICON_GROUPS = (
    ("hedge", "hedges", "terms"),
    ("eval_pos", "evaluative", "positive"),
    ("eval_neg", "evaluative", "negative"),
    ("behaviour", "behaviour_verbs", "terms"),
    ("domain", "domain_terms", "terms"),
    ("vague_qty", "vague_quantities", "terms"),
    ("situation", "situation_markers", "terms"),
    ("result", "result_markers", "terms"),
)


def _hash_tokens(phrase: str) -> tuple[int, ...]:
    return tuple(_h(w) for w in phrase.split())


@dataclass
class FeatureConfig:
    """Featuriser settings; saved with the model."""
    n_buckets: int = 2 ** 18
    ngrams: int = 2
    use_lexicons: bool = True
    seen_lower: list[int] = field(default_factory=list)  # hashes of words seen lowercase in training

    def to_dict(self) -> dict:
        return {"n_buckets": self.n_buckets, "ngrams": self.ngrams,
                "use_lexicons": self.use_lexicons}


class Featurizer:
    """Turns (doc, unit token ranges) into a sparse, row-normalised feature matrix."""

    def __init__(self, cfg: FeatureConfig):
        self.cfg = cfg
        pron = [_h(t) for t in lexicon("pronouns")["terms"]]
        self._pron = np.array(sorted(pron), dtype=_U)
        self._seen = np.array(sorted(set(cfg.seen_lower)), dtype=_U)
        self._lex_uni: list[tuple[int, np.ndarray]] = []
        self._lex_multi: list[tuple[int, tuple[tuple[int, ...], ...]]] = []
        if cfg.use_lexicons:
            for name, lex, group in LEXICON_GROUPS:
                terms = lexicon(lex)[group]
                uni = np.array(sorted({_h(t) for t in terms if " " not in t}), dtype=_U)
                multi = tuple(_hash_tokens(t) for t in terms if " " in t)
                fid = _h("<LEX>" + name)
                self._lex_uni.append((fid, uni))
                self._lex_multi.append((fid, multi))

    def token_ids(self, doc) -> np.ndarray:
        """Normalised token ids for a whole doc."""
        arr = doc.to_array([LOWER, IS_TITLE, LIKE_NUM, IS_QUOTE])
        ids = arr[:, 0].astype(_U, copy=True)
        ids[np.isin(ids, self._pron)] = PRON
        if len(self._seen):
            ids[(arr[:, 1] == 1) & ~np.isin(ids, self._seen)] = CAP
        ids[arr[:, 2] == 1] = NUM
        ids[arr[:, 3] == 1] = _QUOTE
        return ids

    def _unit_features(self, ids: np.ndarray, raw_lower: np.ndarray):
        feats = [ids]
        padded = np.concatenate(([_U(BOS)], ids, [_U(EOS)]))
        if self.cfg.ngrams >= 2 and len(padded) > 1:
            feats.append(padded[:-1] * _PRIME ^ padded[1:])
        extra = [_FIRST ^ int(ids[0]) if len(ids) else _FIRST, _LAST ^ int(ids[-1]) if len(ids) else _LAST,
                 _LEN ^ min(len(ids) // 4, 8)]
        if self.cfg.use_lexicons:
            for (fid, uni), (_, multi) in zip(self._lex_uni, self._lex_multi):
                n = int(np.isin(raw_lower, uni).sum())
                if multi:
                    tl = tuple(int(x) for x in raw_lower)
                    for term in multi:
                        k = len(term)
                        n += sum(1 for i in range(len(tl) - k + 1) if tl[i:i + k] == term)
                if n:
                    extra.extend([fid] * min(n, 3))
        feats.append(np.array(extra, dtype=_U))
        return np.concatenate(feats)

    def transform(self, docs_and_units) -> sparse.csr_matrix:
        """``docs_and_units``: iterable of (doc, [(tok_start, tok_end), ...]); one row per unit."""
        rows, cols = [], []
        r = 0
        nb = _U(self.cfg.n_buckets)
        for doc, ranges in docs_and_units:
            if not ranges:
                continue
            ids = self.token_ids(doc)
            raw = doc.to_array(LOWER).astype(_U) if self.cfg.use_lexicons else ids
            for s, e in ranges:
                f = self._unit_features(ids[s:e], raw[s:e]) % nb
                rows.append(np.full(len(f), r, dtype=np.int64))
                cols.append(f.astype(np.int64))
                r += 1
        if r == 0:
            return sparse.csr_matrix((0, self.cfg.n_buckets), dtype=np.float32)
        rows_a, cols_a = np.concatenate(rows), np.concatenate(cols)
        X = sparse.csr_matrix((np.ones(len(rows_a), dtype=np.float32), (rows_a, cols_a)),
                              shape=(r, self.cfg.n_buckets))
        X.sum_duplicates()
        X.data = np.log1p(X.data)
        norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ X, dtype=np.float32)
