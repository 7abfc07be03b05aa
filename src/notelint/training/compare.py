"""Model selection for the unit classifier (notebooks/model_selection.ipynb).

Candidates, each with and without lexicon features, all fit on train and scored on dev:
- spaCy textcat, bag-of-words (spacy.TextCatBOW.v3);
- spaCy textcat ensemble: tok2vec + bag-of-words (spacy.TextCatEnsemble.v2);
- scikit-learn TF-IDF + logistic regression (word 1-2-grams);
- notelint's hashed linear model (training/unit_model.py), without and with the note-context block
  (the shipped design).
For the spaCy and TF-IDF candidates, lexicon features are appended to the text as marker tokens
(``__lex_hedge__``), the usual way to give a text classifier extra indicator features.
"""
from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np

from ..labels import DIMENSIONS, KINDS, POLARITIES
from ..pipeline.dimension_decoding import DimensionDecoder
from .corpus import Unit
from .evaluate import unit_metrics

CONFIG_DIR = Path(__file__).resolve().parents[3] / "configs"


def lexicon_markers(text: str) -> str:
    from ..lexicon_match import LexiconMatcher, words
    from ..pipeline.features import LEXICON_GROUPS
    from ..resources import lexicon
    global _M
    try:
        m = _M
    except NameError:
        m = _M = LexiconMatcher({name: lexicon(lex)[g] for name, lex, g in LEXICON_GROUPS})
    counts = m.counts(words(text))
    marks = [f"__lex_{name}__" for name, c in zip(m.names, counts) for _ in range(min(c, 3))]
    return text + (" " + " ".join(marks) if marks else "")


def _gold(units: list[Unit]) -> list[dict]:
    return [{"kind": u.kind, "polarity": u.polarity, "dimensions": list(u.dimensions)} for u in units]


def _texts(units, lex):
    return [lexicon_markers(u.text) if lex else u.text for u in units]


def sklearn_tfidf(train: list[Unit], dev: list[Unit], lex: bool, seed: int = 0) -> dict:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
    Xtr, Xdv = vec.fit_transform(_texts(train, lex)), vec.transform(_texts(dev, lex))
    out = []
    for labels, get in ((KINDS, lambda u: u.kind), (POLARITIES, lambda u: u.polarity)):
        clf = LogisticRegression(C=8.0, max_iter=3000, random_state=seed).fit(Xtr, [labels.index(get(u)) for u in train])
        P = np.zeros((Xdv.shape[0], len(labels)))
        P[:, clf.classes_] = clf.predict_proba(Xdv)
        out.append(P)
    D = np.zeros((Xdv.shape[0], len(DIMENSIONS)))
    for j, d in enumerate(DIMENSIONS):
        y = np.array([d in u.dimensions for u in train], int)
        clf = LogisticRegression(C=8.0, max_iter=3000, class_weight="balanced", random_state=seed).fit(Xtr, y)
        D[:, j] = clf.predict_proba(Xdv)[:, 1]
    return unit_metrics(_gold(dev), tuple(out) + (D,), DimensionDecoder.plain(0.5))


def _spacy_nlp(arch: str, factory: str, exclusive: bool):
    import spacy
    nlp = spacy.blank("en")
    bow = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": exclusive, "ngram_size": 2,
           "no_output_layer": False, "length": 262144}
    tok2vec = {"@architectures": "spacy.Tok2Vec.v2",
               "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64,
                         "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 2500],
                         "include_static_vectors": False},
               "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "depth": 2,
                          "window_size": 1, "maxout_pieces": 3}}
    model = bow if arch == "bow" else {"@architectures": "spacy.TextCatEnsemble.v2", "tok2vec": tok2vec,
                                       "linear_model": bow}
    nlp.add_pipe(factory, name="textcat", config={"model": model})
    return nlp


HEADS = (("kind", "textcat", True, KINDS, lambda u, l: u.kind == l),
         ("polarity", "textcat", True, POLARITIES, lambda u, l: u.polarity == l),
         ("dimensions", "textcat_multilabel", False, DIMENSIONS, lambda u, l: l in u.dimensions))


def spacy_textcat(train: list[Unit], dev: list[Unit], arch: str, lex: bool, epochs: int = 8, seed: int = 0,
                  save_config: bool = True) -> dict:
    """One spaCy pipeline per head (spaCy's exclusive textcat takes one label set per doc)."""
    from spacy.training import Example
    from spacy.util import compounding, fix_random_seed, minibatch
    tr_texts, dv_texts = _texts(train, lex), _texts(dev, lex)
    probs, fit_s, pred_s = [], 0.0, 0.0
    for head, factory, exclusive, labels, gold in HEADS:
        fix_random_seed(seed)
        nlp = _spacy_nlp(arch, factory, exclusive)
        tc = nlp.get_pipe("textcat")
        for lab in labels:
            tc.add_label(lab)
        examples = [Example.from_dict(nlp.make_doc(t), {"cats": {lab: float(gold(u, lab)) for lab in labels}})
                    for t, u in zip(tr_texts, train)]
        if save_config:
            CONFIG_DIR.mkdir(exist_ok=True)
            nlp.config.to_disk(CONFIG_DIR / f"textcat_{arch}_{head}.cfg")
        optimizer = nlp.initialize(lambda: examples)
        rng = random.Random(seed)
        t0 = time.time()
        for _ in range(epochs):
            rng.shuffle(examples)
            for batch in minibatch(examples, size=compounding(8.0, 64.0, 1.2)):
                nlp.update(batch, sgd=optimizer, drop=0.2)
        fit_s += time.time() - t0
        t0 = time.time()
        probs.append(np.array([[doc.cats[lab] for lab in labels] for doc in nlp.pipe(dv_texts, batch_size=64)]))
        pred_s += time.time() - t0
    m = unit_metrics(_gold(dev), tuple(probs), DimensionDecoder.plain(0.5))
    m["fit_seconds"] = round(fit_s, 1)
    m["units_per_s"] = round(len(dev) / pred_s)
    return m


def hashed_linear(train, dev, note_texts, lex: bool, seed: int = 0, note_weight: float = 0.0,
                  fixed: dict | None = None) -> dict:
    """``fixed``: hyper-parameters to reuse (e.g. the no-note design's, for the note-context
    design, as the shipped model does: its own search takes hours)."""
    import spacy
    from ..pipeline.features import Featurizer
    from .unit_model import fit, unit_docs
    # dev must stay out of the fit (fit() would add it to training): hyper-parameters by
    # leave-one-writer-out CV over the train writers, then scored on dev like the other models
    f = fit(train, None, note_texts, use_lexicons=lex, note_weight=note_weight, fixed=fixed, seed=seed,
            log=lambda *_: None)
    X = Featurizer(f.cfg).transform(unit_docs(spacy.blank("en"), dev, note_texts))
    Z = np.asarray(X @ f.W) + f.b
    sm = lambda z: np.exp(z - z.max(1, keepdims=True)) / np.exp(z - z.max(1, keepdims=True)).sum(1, keepdims=True)
    probs = (sm(Z[:, :3]), sm(Z[:, 3:6]), 1 / (1 + np.exp(-Z[:, 6:])))
    m = unit_metrics(_gold(dev), probs, f.decoder)
    m["hyperparameters"] = f.chosen
    return m
