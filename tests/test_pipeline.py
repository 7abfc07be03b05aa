"""spaCy components: factories, save/load, batching invariance, seeded training, behaviour."""
import subprocess
import sys

import numpy as np
import pytest

from notelint.api import NoteInput

NOTES = ["Round 1, coding.\n- She wrote the loop, then tested k=0 unprompted.\n- Great communicator.",
         "I asked him to design a ranking system. He asked how labels were collected. Strong hire.",
         "seemed smart tbh. asked abt eval -> went straight to bleu. LNH"]


def test_factories_via_entry_points():
    code = ("import spacy; nlp = spacy.blank('en'); nlp.add_pipe('notelint_segmenter_v1'); "
            "c = nlp.add_pipe('notelint_unit_classifier_v1'); "
            "doc = nlp.get_pipe('notelint_segmenter_v1')(nlp.make_doc('Yes. No.')); "
            "print([s.text for s in doc.spans['notelint_units']])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['Yes.', 'No.']"


def test_span_and_doc_extensions(linter):
    doc = linter.nlp(NOTES[0])
    units = doc._.units
    assert [u.text for u in units][:2] == ["Round 1, coding.", "She wrote the loop, then tested k=0 unprompted."]
    u = units[1]
    assert u._.kind in ("evidence", "vague", "context")
    assert abs(sum(u._.kind_scores.values()) - 1) < 1e-5
    assert set(u._.dimension_scores) >= {"coding", "learning"}
    assert doc._.unit_scores.kind.shape == (len(units), 3)
    assert [NOTES[0][a:b] for a, b in doc._.unit_offsets] == [u.text for u in units]


def test_save_load_round_trip(linter, tmp_path):
    import spacy
    linter.nlp.to_disk(tmp_path / "p")
    nlp2 = spacy.load(tmp_path / "p")
    for text in NOTES:
        a, b = linter.nlp(text)._.unit_scores, nlp2(text)._.unit_scores
        np.testing.assert_allclose(a.kind, b.kind, rtol=1e-6)
        np.testing.assert_allclose(a.dimensions, b.dimensions, rtol=1e-6)
        np.testing.assert_array_equal(a.dimension_mask(), b.dimension_mask())


def test_dimension_decoding_by_kind():
    from notelint.labels import DIMENSIONS, KINDS
    from notelint.pipeline.dimension_decoding import DimensionDecoder
    ev, va, cx = (KINDS.index(k) for k in ("evidence", "vague", "context"))
    n = len(DIMENSIONS)
    P = np.full((5, n), 0.1, dtype=np.float32)
    P[0, 2], P[0, 4] = 0.4, 0.3  # evidence, nothing passes: keeps its top dimension only
    P[1, 2], P[1, 4] = 0.9, 0.6  # evidence: the stricter threshold drops the 0.6
    P[2, 2] = 0.4                # vague, nothing passes: none
    P[3, 2], P[3, 4] = 0.9, 0.6  # vague: the plain threshold keeps both
    P[4, 2] = 0.99               # context: never any
    kinds = np.array([ev, ev, va, va, cx])
    dec = DimensionDecoder(np.full(n, 0.5, np.float32), np.full(n, 0.65, np.float32), True)
    got = [np.flatnonzero(r).tolist() for r in dec.mask(kinds, P)]
    assert got == [[2], [2], [], [2, 4], []]
    plain = DimensionDecoder.plain(0.5).mask(kinds, P)
    np.testing.assert_array_equal(plain, (P >= 0.5) & (kinds != cx)[:, None])


def test_shipped_model_gives_every_evidence_unit_a_dimension(linter, corpus_notes):
    reps = linter.lint_many([NoteInput(n["text"]) for n in corpus_notes[:200]])
    ev = [u for r in reps for u in r.units if u.kind == "evidence"]
    assert len(ev) > 300 and all(u.dimensions for u in ev)


def test_dimension_decoder_is_saved_and_models_without_it_decode_plainly(linter, tmp_path):
    import spacy
    from notelint.pipeline.dimension_decoding import DimensionDecoder
    name = "notelint_unit_classifier_v1"
    linter.nlp.to_disk(tmp_path / "p")
    nlp = spacy.load(tmp_path / "p")
    nlp.get_pipe(name).decoder = DimensionDecoder(np.full(11, 0.4, np.float32), np.full(11, 0.7, np.float32), False)
    nlp.to_disk(tmp_path / "q")
    got = spacy.load(tmp_path / "q").get_pipe(name).decoder
    assert got.evidence_at_least_one is False
    np.testing.assert_array_equal(got.thresholds, np.full(11, 0.4, np.float32))
    np.testing.assert_array_equal(got.evidence_thresholds, np.full(11, 0.7, np.float32))
    w = tmp_path / "q" / name / "weights.npz"
    with np.load(w) as z:
        old = {k: z[k] for k in ("W", "b", "thresholds", "seen_lower")}
    np.savez_compressed(w, **old)
    plain = spacy.load(tmp_path / "q").get_pipe(name).decoder
    assert not plain.evidence_at_least_one
    np.testing.assert_array_equal(plain.evidence_thresholds, plain.thresholds)


def test_batched_equals_one_at_a_time(linter):
    texts = (NOTES + ["---"]) * 5  # a note with no units inside a batch shifts no other's rows
    batched = [r.to_dict() for r in linter.lint_many([NoteInput(t) for t in texts], batch_size=4)]
    single = [linter.lint(t).to_dict() for t in texts]
    assert batched == single
    assert [len(r["units"]) for r in batched[:4]] == [3, 3, 3, 0]


def test_unit_scores_read_as_dicts(linter):
    from notelint.labels import DIMENSIONS, KINDS
    from notelint.report import UnitReport
    u = linter.lint(NOTES[1]).units[0]
    assert list(u.kind_scores) == list(KINDS) and list(u.dimension_scores) == list(DIMENSIONS)
    same = UnitReport(u.text, u.start, u.end, u.line, u.col, u.kind, dict(u.kind_scores), u.polarity,
                      dict(u.polarity_scores), list(u.dimensions), dict(u.dimension_scores), u.specificity)
    assert same == u
    same.kind_scores["vague"] = -1.0
    assert same != u


def test_pronoun_swap_changes_no_unit_prediction(linter):
    a = linter.nlp("He asked how labels were collected, and his estimate held.")._.unit_scores
    b = linter.nlp("She asked how labels were collected, and her estimate held.")._.unit_scores
    np.testing.assert_array_equal(a.kind, b.kind)
    np.testing.assert_array_equal(a.dimensions, b.dimensions)


MINIMAL_PAIRS = [  # (evidence, vague): change the behaviour into an impression
    ("She asked what the label delay was before choosing a window.", "She has great data intuition."),
    ("He wrote a test for the empty list and it caught a bug.", "He is a strong coder."),
    ("When I pushed back, she dropped the greedy approach and explained why it failed.", "She is very coachable."),
    ("He never mentioned a holdout set, even when I asked how he would know it worked.", "Weak on experimentation."),
    ("They proposed a rollback if approvals fell by 2%.", "Thinks about risk a lot."),
    ("She said the fairness question was out of scope and moved on.", "Not very thoughtful about users."),
]


def test_minimal_pairs_flip_kind(linter):
    right = 0
    for ev, va in MINIMAL_PAIRS:
        ue, uv = linter.lint(ev).units[0], linter.lint(va).units[0]
        right += (ue.kind == "evidence") + (uv.kind == "vague")
        assert ue.kind_scores["evidence"] > uv.kind_scores["evidence"], (ev, va)
    assert right >= 0.8 * 2 * len(MINIMAL_PAIRS)


def test_seeded_training_is_deterministic_and_learns(corpus_notes):
    from notelint.training.corpus import Unit
    from notelint.training.unit_model import fit
    train = [n for n in corpus_notes if n["split"] == "train"][:25]
    units = [Unit(u["text"], u["kind"], u["polarity"], tuple(u["dimensions"]), n["note_id"], u["start"], u["end"])
             for n in train for u in n["units"]]
    texts = {n["note_id"]: n["text"] for n in train}
    fixed = {"kind": {"C": 16.0}, "polarity": {"C": 16.0}, "dimensions": {"C": 16.0, "threshold": 0.5}}
    a = fit(units, None, texts, seed=0, fixed=fixed, n_buckets=2 ** 14)
    b = fit(units, None, texts, seed=0, fixed=fixed, n_buckets=2 ** 14)
    np.testing.assert_array_equal(a.W, b.W)
    from notelint.pipeline.features import Featurizer
    from notelint.training.unit_model import label_arrays, unit_docs
    import spacy
    X = Featurizer(a.cfg).transform(unit_docs(spacy.blank("en"), units, texts))
    pred = np.asarray(X @ a.W[:, :3] + a.b[:3]).argmax(1)
    assert (pred == label_arrays(units)[0]).mean() >= 0.9  # a tiny set is overfit


def test_note_block_scored_once_per_note_equals_full_feature_rows(corpus_notes):
    """With note context on, the pipeline scores each note's block once and adds it to its units'
    logits; that must equal scoring the full rows (unit block + note block) used in training."""
    import spacy
    from notelint.training.corpus import Unit
    from notelint.training.train import build_pipeline
    from notelint.training.unit_model import fit, unit_docs
    train = [n for n in corpus_notes if n["split"] == "train"][:20]
    units = [Unit(u["text"], u["kind"], u["polarity"], tuple(u["dimensions"]), n["note_id"], u["start"], u["end"])
             for n in train for u in n["units"]]
    texts = {n["note_id"]: n["text"] for n in train}
    fixed = {"kind": {"C": 16.0}, "polarity": {"C": 16.0}, "dimensions": {"C": 16.0, "threshold": 0.5}}
    f = fit(units, None, texts, seed=0, fixed=fixed, n_buckets=2 ** 14, note_weight=0.5)
    nlp = build_pipeline(f)
    clf = nlp.get_pipe("notelint_unit_classifier_v1")
    pairs = unit_docs(spacy.blank("en"), units, texts)
    full = clf.featurizer.transform(pairs)
    X, N, note_of_unit = clf.featurizer.transform_parts(pairs)
    assert N is not None and N.shape[0] == len(pairs) and (full != X).nnz  # the block is there
    for a, b in zip(clf.predict_matrix(full), clf.predict_matrix(X, N, note_of_unit)):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)
    # and through the spaCy pipeline, on the pipeline's own segmentation
    for doc in nlp.pipe([n["text"] for n in train[:5]]):
        ranges = [(s.start, s.end) for s in doc.spans["notelint_units"]]
        kind = clf.predict_matrix(clf.featurizer.transform([(doc, ranges)]))[0]
        np.testing.assert_allclose(doc._.unit_scores.kind, kind, rtol=1e-5, atol=1e-6)


def test_featurizer_word_type_table_reset_changes_nothing(linter):
    """The featuriser's per-word-type table is cleared when full (memory stays flat over long
    batch runs); features after a reset must equal those before."""
    clf = linter.nlp.get_pipe("notelint_unit_classifier_v1")
    docs = [linter.nlp(t) for t in NOTES]
    pairs = [(d, [(s.start, s.end) for s in d.spans["notelint_units"]]) for d in docs]
    from notelint.pipeline.features import Featurizer
    small = Featurizer(clf.cfg)
    small._TYPE_CACHE_MAX = 5
    full = clf.featurizer.transform(pairs)
    for _ in range(3):  # each call overflows the table and resets it
        assert (small.transform(pairs) != full).nnz == 0
    assert len(small._type_keys) <= 5 + len({t.orth for d in docs for t in d})


def test_context_units_report_scores_that_match_their_labels(linter):
    rep = linter.lint("Round 3, system design, 45 min.\nI asked her to design a ranking system for a job board.")
    ctx = [u for u in rep.units if u.kind == "context"]
    assert ctx, [u.kind for u in rep.units]
    for u in ctx:
        assert u.polarity == "neutral" and u.polarity_scores["neutral"] == 1.0
        assert u.dimensions == [] and max(u.dimension_scores.values()) == 0.0


def test_classifier_scores_units_set_without_the_segmenter(linter):
    """The classifier reads the segmenter's token ranges; a Doc whose units a user set directly
    in doc.spans (no segmenter) must be scored the same."""
    clf = linter.nlp.get_pipe("notelint_unit_classifier_v1")
    for text in NOTES:
        doc = linter.nlp(text)
        bare = linter.nlp.make_doc(text)
        bare.spans["notelint_units"] = [bare[s.start:s.end] for s in doc.spans["notelint_units"]]
        bare = clf(bare)
        np.testing.assert_allclose(bare._.unit_scores.kind, doc._.unit_scores.kind, rtol=1e-6)
        np.testing.assert_allclose(bare._.unit_scores.dimensions, doc._.unit_scores.dimensions, rtol=1e-6)


def test_multi_word_matches_equal_the_per_position_scan():
    """The vectorised multi-word look-up must find exactly the per-position dictionary scan's
    matches, overlaps and terms that run to the last token included."""
    import random
    from notelint.lexicon_match import LexiconMatcher
    from notelint.pipeline.features import _h
    groups = {"a": ["culture fit", "not a culture fit", "a b c d", "b c"], "b": ["b c", "c d", "fit"]}
    m = LexiconMatcher(groups, key=_h)
    vocab = [_h(w) for w in "not a culture fit b c d x".split()]
    rnd = random.Random(0)
    for _ in range(500):
        toks = [rnd.choice(vocab) for _ in range(rnd.randrange(0, 12))]
        pos = [i for i in range(len(toks)) if rnd.random() < 0.8]
        want = sorted(x for x in m.matches(toks, pos) if x[1] > 1)
        got = sorted(m.multi_matches(np.array(toks, dtype=np.uint64), np.array(pos, dtype=np.int64)))
        assert got == want, (toks, pos)


def test_feature_matrix_equals_scipys_construction(linter):
    """The hand-built CSR matrix must hold exactly the float32 values of scipy's COO -> CSR ->
    sum_duplicates -> normalise path it replaced (training reproducibility depends on it)."""
    from scipy import sparse
    feat = linter.nlp.get_pipe("notelint_unit_classifier_v1").featurizer
    rnd = np.random.default_rng(0)
    shipped = feat.cfg.lex_weight
    for lex_weight in (1.0, 0.5):
        feat.cfg.lex_weight = lex_weight
        try:
            n_rows = 40
            rows = rnd.integers(0, n_rows - 3, 3000)  # the last rows stay empty
            feats = np.concatenate([rnd.integers(0, 2 ** 63, 2000, dtype=np.uint64),
                                    feat._lex_cols[rnd.integers(0, len(feat._lex_cols), 1000)].astype(np.uint64)])
            got = feat._matrix(feats, rows, n_rows)
            X = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32),
                                   (rows, (feats % np.uint64(feat.cfg.n_buckets)).astype(np.int64))),
                                  shape=(n_rows, feat.cfg.n_buckets))
            X.sum_duplicates()
            X.data = np.log1p(X.data)
            if lex_weight != 1.0:
                X.data[np.isin(X.indices, feat._lex_cols)] *= lex_weight
            norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
            norms[norms == 0] = 1.0
            want = X.multiply(1.0 / norms[:, None]).tocsr().astype(np.float32)
            assert got.dtype == np.float32 and got.shape == want.shape
            assert (got.indptr == want.indptr).all() and (got.indices == want.indices).all()
            assert (got.data == want.data).all()
        finally:
            feat.cfg.lex_weight = shipped
