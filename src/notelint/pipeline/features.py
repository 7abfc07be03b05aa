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
from spacy.attrs import ORTH
from spacy.strings import hash_string

from ..labels import DIMENSIONS
from ..lexicon_match import LexiconMatcher
from ..resources import lexicon

_U = np.uint64
_P = 1099511628211
_M = (1 << 64) - 1
_PRIME = _U(_P)


def _h(s: str) -> int:
    return hash_string(s)


PRON, CAP, NUM, BOS, EOS = (_h(t) for t in ("<PRON>", "<CAP>", "<NUM>", "<BOS>", "<EOS>"))
_NEG = _h("<NEG>")
# Negation cues open a scope of up to three words, closed early by punctuation: the words in it
# get a negated copy ("not tested" -> NEG_tested), the classic polarity feature for linear models.
NEGATIONS = frozenset(_h(w) for w in ("not", "n't", "never", "no", "without", "didn't", "didnt",
                                       "nothing", "none", "neither", "nor", "cannot", "hardly", "barely"))
_PUNCT_STOP = frozenset(_h(w) for w in (".", ",", ";", ":", "!", "?", "but", "->", "(", ")"))
_PUNCT_STOP_ARR = np.array(sorted(_PUNCT_STOP), dtype=np.uint64)
_FIRST, _LAST, _LEN, _QUOTE = (_h(t) for t in ("<FIRST>", "<LAST>", "<LEN>", "<QUOTE>"))
# Contrast words: what follows "but"/"only after" usually carries a mixed or negative unit's point,
# so the words after the first one get a marked copy ("...but only after a hint" -> AFT_hint).
_AFT = _h("<AFT>")
CONTRASTS = frozenset(_h(w) for w in ("but", "however", "although", "though", "except", "yet"))
_ONLY, _AFTER = _h("only"), _h("after")
# Section context: words of the nearest preceding heading-like unit ("System design:",
# "Coding round: ...") get an H: copy on every unit below it, so the topic reaches them.
_HEAD, _PREV = _h("<H>"), _h("<PREV>")
# Note context: the words of the whole note, as one separately normalised block shared by all its
# units, so a unit's dimensions can draw on the round's topic ("feature store", "on-call"). Built
# from the same masked tokens as the units' own words (pronouns, names, numbers).
_NOTE = _h("<NOTE>")
_COLON = _h(":")

# Columns of the featuriser's word-type table (see Featurizer._type_info).
_TYPE_COLUMNS = (_U, bool, bool, bool, bool, bool, _U, np.int64, bool)

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
) + tuple((f"dim_{d}", "dimension_cues", d) for d in DIMENSIONS)
# Lexicon groups whose co-occurrence in a unit is a feature: hedged praise is often faint praise
# (neutral), praise with criticism is often mixed.
LEX_PAIRS = (("hedge", "eval_pos"), ("hedge", "eval_neg"), ("eval_pos", "eval_neg"))
# Per-unit counts shared with the specificity scorer: lexicon groups, then numbers, quotes, tokens.
COUNT_NAMES = tuple(name for name, _, _ in LEXICON_GROUPS) + ("numbers", "quotes", "tokens")


def _spans_positions(st: np.ndarray, en: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Token positions of the spans [st, en) laid end to end, and for each the row of its span."""
    lens = en - st
    offs = np.repeat(st - np.concatenate(([0], np.cumsum(lens)[:-1])), lens)
    return np.arange(int(lens.sum()), dtype=np.int64) + offs, np.repeat(rows, lens)


def _append_rows(columns: list[np.ndarray] | None, n: int, new: list[np.ndarray]) -> list[np.ndarray]:
    """Columns holding ``n`` rows (and spare capacity) with ``new`` appended; capacity doubles
    when full, so a long run does not copy the whole table for every batch that brings a word."""
    m = len(new[0])
    if columns is None or n + m > len(columns[0]):
        cap = max(1024, 2 * (n + m))
        grown = [np.zeros(cap, dtype=c.dtype) for c in new]
        if columns is not None:
            for g, c in zip(grown, columns):
                g[:n] = c[:n]
        columns = grown
    for c, x in zip(columns, new):
        c[n:n + m] = x
    return columns


@dataclass
class FeatureConfig:
    """Featuriser settings; saved with the model."""
    n_buckets: int = 2 ** 18
    ngrams: int = 2
    use_lexicons: bool = True
    prefixes: bool = True      # 5-letter word prefixes: crude stems that carry across writers
    negation: bool = False     # negated copies of the words after "not", "never", "didn't"...
    contrast: bool = False     # marked copies of the words after "but", "however", "only after"...
    heading: bool = False      # H: copies of the words of the section's heading unit
    lex_pairs: bool = False    # co-occurrence flags: hedge+praise (faint praise), praise+criticism
    prev: bool = False         # P: copies of the previous unit's words (a question sets the topic)
    lex_weight: float = 1.0    # scale of lexicon features against the many n-grams of a unit
    note_weight: float = 0.0   # >0: N: copies of the whole note's words, a block of this norm
    seen_lower: list[int] = field(default_factory=list)  # hashes of words seen lowercase in training

    def to_dict(self) -> dict:
        return {"n_buckets": self.n_buckets, "ngrams": self.ngrams,
                "use_lexicons": self.use_lexicons, "prefixes": self.prefixes, "negation": self.negation,
                "contrast": self.contrast, "heading": self.heading, "lex_pairs": self.lex_pairs,
                "prev": self.prev, "lex_weight": self.lex_weight, "note_weight": self.note_weight}


class Featurizer:
    """Turns (doc, unit token ranges) into a sparse, row-normalised feature matrix.

    Works on a whole batch at once: the token arrays of all docs are concatenated and every step
    is a numpy operation over the batch, so the Python work per note is a few array calls rather
    than a loop per token (the per-doc version cost ~220 us a note)."""

    _TYPE_CACHE_MAX = 200_000  # word types remembered; cleared when full so long runs stay flat

    def __init__(self, cfg: FeatureConfig):
        self.cfg = cfg
        pron = [_h(t) for t in lexicon("pronouns")["terms"]]
        self._pron_set = frozenset(pron)
        self._seen_set = frozenset(cfg.seen_lower)
        # Lexicon counts are always computed: the classifier uses them as features when
        # use_lexicons is on, and the specificity scorer reads them (see COUNT_NAMES).
        groups = {name: lexicon(lex)[group] for name, lex, group in LEXICON_GROUPS}
        self._matcher = LexiconMatcher(groups, key=_h)
        self._lex_ids = np.array([_h("<LEX>" + name) for name, _, _ in LEXICON_GROUPS], dtype=_U)
        self._hlex_ids = np.array([_h("<HLEX>" + name) for name, _, _ in LEXICON_GROUPS], dtype=_U)
        names = [name for name, _, _ in LEXICON_GROUPS]
        self._pairs = [(names.index(a), names.index(b)) for a, b in LEX_PAIRS]
        self._pair_ids = [_h(f"<PAIR>{a}+{b}") for a, b in LEX_PAIRS]
        self._lex_cols = np.array(sorted({int(_U(h) % _U(cfg.n_buckets)) for h in
                                          [*self._lex_ids.tolist(), *self._hlex_ids.tolist(), *self._pair_ids]}))
        self._type_keys = np.zeros(0, dtype=_U)        # sorted ORTH hashes of the types seen
        self._type_rows = np.zeros(0, dtype=np.int64)  # their rows in the type table
        self._type_tab: list[np.ndarray] | None = None  # columns: see _TYPE_COLUMNS

    @staticmethod
    def _negated(raw: list[int], s: int, e: int, ids: np.ndarray) -> list[int]:
        out, left = [], 0
        for i in range(s, e):
            t = raw[i]
            if t in NEGATIONS:
                left = 3
            elif t in _PUNCT_STOP:
                left = 0
            elif left:
                out.append(((_NEG * _P) & _M) ^ int(ids[i]))
                left -= 1
        return out

    @staticmethod
    def _after_contrast(raw: list[int], s: int, e: int, ids: np.ndarray) -> np.ndarray:
        for i in range(s, e):
            if raw[i] in CONTRASTS or (raw[i] == _AFTER and i > s and raw[i - 1] == _ONLY):
                return _U((_AFT * _P) & _M) ^ ids[i + 1:e]
        return ids[:0]

    @staticmethod
    def _headings(raw: np.ndarray, st: np.ndarray, en: np.ndarray, r0s: np.ndarray) -> np.ndarray:
        """Row of each unit's section heading (-1 if none): the nearest preceding unit of the same
        note that ends with a colon or is a short line of at most four tokens without final
        punctuation. Found from the text alone, since the kind head runs in the same matrix
        product. ``r0s``: first row of each unit's note."""
        n = len(st)
        lens = en - st
        last = raw[np.maximum(en - 1, 0)]
        is_head = (lens > 0) & ((last == _U(_COLON)) | ((lens <= 4) & ~np.isin(last, _PUNCT_STOP_ARR)))
        # latest heading at or before each row, then shifted: a unit is not its own heading
        upto = np.maximum.accumulate(np.where(is_head, np.arange(n), -1))
        prev = np.concatenate(([-1], upto[:-1]))
        return np.where(prev >= r0s, prev, -1)

    def _type_info(self, uniq: np.ndarray, vocab) -> list[np.ndarray]:
        """Per word type (``uniq``: sorted ORTH hashes): its LOWER hash, is it title-case, like a
        number, a quote? (the lexeme's own attributes, as ``Doc.to_array`` gives them), a pronoun?,
        never seen lowercase in training?, its 5-letter prefix hash (words of 6+ letters, else 0),
        the bitmask of the lexicon groups it is a one-word term of, and is it the first word of a
        multi-word term? Kept in a table that grows by the types a batch brings: per token,
        ``to_array`` costs ~4 us a note for each flag, the table look-up nothing."""
        if len(self._type_keys) > self._TYPE_CACHE_MAX:
            self._type_keys, self._type_rows, self._type_tab = np.zeros(0, _U), np.zeros(0, np.int64), None
        keys = self._type_keys
        at = np.searchsorted(keys, uniq)
        known = np.zeros(len(uniq), dtype=bool)
        ok = at < len(keys)
        known[ok] = keys[at[ok]] == uniq[ok]
        rows = np.zeros(len(uniq), dtype=np.int64)
        rows[known] = self._type_rows[at[known]]
        if not known.all():
            pron, seen, m = self._pron_set, self._seen_set, self._matcher
            fresh = uniq[~known]  # sorted, as uniq is
            new = []
            for orth in fresh.tolist():
                lex = vocab[orth]
                h, w = lex.lower, lex.lower_
                new.append((h, lex.is_title, lex.like_num, lex.is_quote, h in pron, bool(seen) and h not in seen,
                            _h("<P>" + w[:5]) if len(w) >= 6 and w.isalpha() else 0,
                            m.single_mask(h), h in m.multi_first))
            n0 = len(keys)
            self._type_tab = _append_rows(self._type_tab, n0, [np.array(c, dtype=t) for c, t in zip(zip(*new), _TYPE_COLUMNS)])
            fresh_rows = np.arange(n0, n0 + len(fresh), dtype=np.int64)
            rows[~known] = fresh_rows
            # both sorted: an insertion keeps the keys sorted in one pass, no re-sort of the table
            where = np.searchsorted(keys, fresh)
            self._type_keys = np.insert(keys, where, fresh)
            self._type_rows = np.insert(self._type_rows, where, fresh_rows)
        return [c[rows] for c in self._type_tab]

    def _batch_features(self, pairs, counts_out: list | None):
        """Feature hashes and their row numbers for all units of all (doc, ranges) pairs."""
        arrs = [d.to_array(ORTH) for d, _ in pairs]
        orth = np.concatenate(arrs).astype(_U, copy=False)
        base = np.cumsum([0] + [len(a) for a in arrs[:-1]]).tolist()
        uniq, inv = np.unique(orth, return_inverse=True)
        raw, title, num, quote, is_pron, unseen, prefix, single, starts_multi = \
            (c[inv] for c in self._type_info(uniq, pairs[0][0].vocab))  # raw: the LOWER hashes
        # fairness masks: gendered pronouns -> one token; capitalised words unseen in lowercase -> <CAP>
        ids = raw.copy()
        ids[title & unseen] = CAP
        ids[is_pron] = PRON
        ids[num] = NUM
        ids[quote] = _QUOTE
        st = np.array([s + b for (_, rr), b in zip(pairs, base) for s, _ in rr], dtype=np.int64)
        en = np.array([e + b for (_, rr), b in zip(pairs, base) for _, e in rr], dtype=np.int64)
        n_units = len(st)
        lens = en - st
        urow = np.arange(n_units, dtype=np.int64)
        pos, rows = _spans_positions(st, en, urow)  # token positions of all units, and their rows
        uni = ids[pos]
        pieces, prow = [uni], [rows]
        if self.cfg.ngrams >= 2 and len(pos) > 1:
            same = rows[:-1] == rows[1:]
            pieces.append((uni[:-1] * _PRIME ^ uni[1:])[same])
            prow.append(rows[:-1][same])
        if self.cfg.prefixes:
            pre = prefix  # a fresh array (fancy-indexed above): safe to edit
            pre[ids != raw] = 0  # a pronoun or a name must not leak via its prefix
            p = pre[pos]
            keep = p != 0
            pieces.append(p[keep])
            prow.append(rows[keep])
        cfg = self.cfg
        raw_list = raw.tolist() if (cfg.negation or cfg.contrast) else None
        if cfg.negation:
            for r, s, e in zip(urow.tolist(), st.tolist(), en.tolist()):
                neg = self._negated(raw_list, s, e, ids)
                pieces.append(np.array(neg, dtype=_U))
                prow.append(np.full(len(neg), r, dtype=np.int64))
        if cfg.contrast:
            for r, s, e in zip(urow.tolist(), st.tolist(), en.tolist()):
                aft = self._after_contrast(raw_list, s, e, ids)
                pieces.append(aft)
                prow.append(np.full(len(aft), r, dtype=np.int64))
        # neighbours live in the same (doc, ranges) pair: its units are rows r0 .. r0+len-1
        r0s = np.cumsum([0] + [len(rr) for _, rr in pairs[:-1]]).tolist()
        head_r = head_j = None
        if cfg.heading:
            unit_r0 = np.repeat(np.array(r0s, dtype=np.int64), [len(rr) for _, rr in pairs])
            head = self._headings(raw, st, en, unit_r0)
            head_r = np.flatnonzero(head >= 0)
            head_j = head[head_r]
            h_pos, h_rows = _spans_positions(st[head_j], en[head_j], head_r)
            pieces.append(_U((_HEAD * _P) & _M) ^ ids[h_pos])
            prow.append(h_rows)
        if cfg.prev:
            ptag = _U((_PREV * _P) & _M)
            for (_, rr), r0 in zip(pairs, r0s):
                for r in range(r0 + 1, r0 + len(rr)):
                    h = ptag ^ ids[st[r - 1]:en[r - 1]]
                    pieces.append(h)
                    prow.append(np.full(len(h), r, dtype=np.int64))
        # per-unit extras: first/last token, length bucket, boundary bigrams
        has = lens > 0
        first = np.where(has, ids[np.minimum(st, len(ids) - 1)], _U(0))
        last = np.where(has, ids[np.maximum(en - 1, 0)], _U(0))
        pieces += [_U(_FIRST) ^ first, _U(_LAST) ^ last, _U(_LEN) ^ np.minimum(lens // 4, 8).astype(_U)]
        prow += [urow, urow, urow]
        if self.cfg.ngrams >= 2:
            pieces += [(_U((BOS * _P) & _M) ^ first)[has], (last * _PRIME ^ _U(EOS))[has]]
            prow += [urow[has], urow[has]]
        # lexicon counts, each match credited to the unit holding both its first and last token
        # (so none crosses units, or docs): one-word terms by bitmask, multi-word terms by
        # look-up only where one can start
        n_groups = len(self._lex_ids)
        counts = np.zeros((n_units, n_groups + 3), dtype=np.int64)
        bits = single[pos]
        hit = bits != 0
        if hit.any():
            bits, brow = bits[hit], rows[hit]
            for g in range(n_groups):
                on = (bits >> g) & 1 == 1
                if on.any():
                    counts[:, g] = np.bincount(brow[on], minlength=n_units)
        tok_unit = np.full(len(ids), -1, dtype=np.int64)
        tok_unit[pos] = rows
        cand = np.flatnonzero(starts_multi & (tok_unit >= 0))
        if len(cand):
            tu = tok_unit.tolist()
            for i, k, gs in self._matcher.multi_matches(raw, cand):
                u = tu[i]
                if tu[i + k - 1] == u:
                    for g in gs:
                        counts[u, g] += 1
        if self.cfg.use_lexicons:
            nz_u, nz_g = np.nonzero(counts[:, :n_groups])
            reps = np.minimum(counts[nz_u, nz_g], 3)
            pieces.append(np.repeat(self._lex_ids[nz_g], reps))
            prow.append(np.repeat(urow[nz_u], reps))
            if head_r is not None and len(head_r):  # the heading's lexicon groups (dimension cues, mostly)
                hi, hg = np.nonzero(counts[head_j, :n_groups])
                pieces.append(self._hlex_ids[hg])
                prow.append(head_r[hi])
        if cfg.lex_pairs:
            c = counts[:, :n_groups] > 0
            for fid, (a, b) in zip(self._pair_ids, self._pairs):
                m = c[:, a] & c[:, b]
                pieces.append(np.full(int(m.sum()), fid, dtype=_U))
                prow.append(urow[m])
        if counts_out is not None:
            counts[:, n_groups] = np.bincount(rows[uni == NUM], minlength=n_units)
            counts[:, n_groups + 1] = np.bincount(rows[uni == _QUOTE], minlength=n_units)
            counts[:, n_groups + 2] = lens
            counts_out.append(counts)
        note = None
        if cfg.note_weight > 0:  # the note's words: one row per (doc, ranges) pair
            pair_of_row = np.repeat(np.arange(len(pairs)), [len(rr) for _, rr in pairs])
            note = (_U((_NOTE * _P) & _M) ^ uni, pair_of_row[rows], pair_of_row)
        return np.concatenate(pieces), np.concatenate(prow), n_units, note

    def _matrix(self, feats, rows_a, n_rows: int, lex_scale: bool = True) -> sparse.csr_matrix:
        """log(1 + count) of each hashed feature, rows scaled to unit L2 norm. Built straight in
        CSR form from one sort of the (row, column) keys: scipy's COO -> CSR -> sum_duplicates ->
        multiply path gives the same float32 values at several times the cost."""
        nb = self.cfg.n_buckets
        keys = rows_a * nb + (feats % _U(nb)).astype(np.int64)
        keys, counts = np.unique(keys, return_counts=True)
        r = keys // nb
        cols = keys - r * nb
        data = np.log1p(counts.astype(np.float32))
        if lex_scale and self.cfg.lex_weight != 1.0:
            data[np.isin(cols, self._lex_cols)] *= self.cfg.lex_weight
        per_row = np.bincount(r, minlength=n_rows)
        indptr = np.concatenate(([0], np.cumsum(per_row)))
        norms = np.zeros(n_rows, dtype=np.float32)
        filled = per_row > 0
        norms[filled] = np.add.reduceat(data * data, indptr[:-1][filled])  # as scipy's row sum
        norms = np.sqrt(norms)
        norms[norms == 0] = 1.0
        data *= (1.0 / norms)[r]
        return sparse.csr_matrix((data, cols, indptr), shape=(n_rows, nb))

    def transform_parts(self, docs_and_units, counts_out: list | None = None):
        """``(X_units, X_notes, note_of_unit)``: the unit block, one row per unit, and (with
        ``note_weight``) the note block, one row per note, scaled to norm ``note_weight``; else
        ``(X_units, None, None)``. A unit's full features are its row plus its note's row, so a
        model can score the note block once per note."""
        pairs = [(d, r) for d, r in docs_and_units if r]
        if not pairs:
            return sparse.csr_matrix((0, self.cfg.n_buckets), dtype=np.float32), None, None
        feats, rows_a, r, note = self._batch_features(pairs, counts_out)
        X = self._matrix(feats, rows_a, r)
        if note is None:
            return X, None, None
        note_feats, note_rows, note_of_unit = note
        N = self._matrix(note_feats, note_rows, len(pairs), lex_scale=False) * np.float32(self.cfg.note_weight)
        return X, N.tocsr(), note_of_unit

    def transform(self, docs_and_units, counts_out: list | None = None) -> sparse.csr_matrix:
        """``docs_and_units``: iterable of (doc, [(tok_start, tok_end), ...]); one row per unit.
        With ``counts_out`` (a list), also appends the units' COUNT_NAMES counts as one
        (n_units, len(COUNT_NAMES)) integer array."""
        X, N, note_of_unit = self.transform_parts(docs_and_units, counts_out)
        return X if N is None else (X + N[note_of_unit]).tocsr()
