"""Screen of a cheaper note-context block: the note's lexicon-group counts (dimension cues, hedges,
evaluative words...), log-scaled and normalised to norm W, appended to every unit of the note.
Same protocol as tools/feature_lowo.py (each train/dev writer held out, the shipped
hyper-parameters fixed, test never read). Result in reports/feature_lowo_note.json.

    PYTHONPATH=src python tools/note_lexicon_screen.py 0.25
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from feature_lowo import lowo  # noqa: E402
from unit_cv import BASE, CORPUS  # noqa: E402

from notelint.pipeline.features import LEXICON_GROUPS  # noqa: E402
from notelint.training import unit_model as um  # noqa: E402
from notelint.training.corpus import load_notes, load_units  # noqa: E402


def lexicon_block_features(weight: float):
    """A ``fold_features`` whose rows also carry their note's lexicon-count block."""
    def features(units, texts, n_buckets, opts, tr):
        counts: list = []
        X, cfg = um.fold_features(units, texts, n_buckets, opts, tr, counts_out=counts)
        # rows of one note are consecutive (unit_model.unit_docs); a standalone unit is its own note
        new = [u.note_id is None or k == 0 or u.note_id != units[k - 1].note_id for k, u in enumerate(units)]
        note_of_row = np.cumsum(new) - 1
        note = np.zeros((note_of_row[-1] + 1, len(LEXICON_GROUPS)))
        np.add.at(note, note_of_row, np.concatenate(counts).astype(float)[:, :len(LEXICON_GROUPS)])
        note = np.log1p(note)
        norm = np.linalg.norm(note, axis=1, keepdims=True)
        norm[norm == 0] = 1.0
        block = sparse.csr_matrix(weight * note / norm)[note_of_row]
        return sparse.hstack([X, block]).tocsr().astype(np.float32), cfg
    return features


def main(argv=None):
    weight = float((argv or sys.argv[1:])[0])
    notes = load_notes(CORPUS, "train") + load_notes(CORPUS, "dev")
    units = load_units(CORPUS, "train") + load_units(CORPUS, "dev")
    texts = {n["note_id"]: n["text"] for n in notes}
    opts = {**BASE, **um.FEATURES, "note_weight": 0.0}  # the shipped design, without the word block
    k, p, d, per = lowo(units, texts, opts, um.HYPERPARAMETERS, features=lexicon_block_features(weight))
    print(f"pooled: kind {k:.4f} polarity {p:.4f} dimensions {d:.4f} per dimension {np.round(per, 3).tolist()}")


if __name__ == "__main__":
    main()
