"""In-process lint throughput and latency against the bare spaCy tokenizer + sentence splitting.

Prints, in one run: notes/s and words/s over N notes for notelint and for the baseline on the
same notes (with the ratio; also with each report turned into its JSON dict), one-note latency
p50/p99 in a loaded process, CLI cold start beside `python -c "import spacy"`, and peak memory. Figures are medians of --repeat runs.

Usage: python benchmarks/bench_lint.py [--notes 10000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_notes(n: int) -> list[str]:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "a.jsonl"
        subprocess.run([sys.executable, str(HERE / "make_archive.py"), str(p), "--notes", str(n), "--seed", "7"], check=True)
        return [json.loads(x)["text"] for x in open(p, encoding="utf-8")]


def timed(fn, repeat: int) -> float:
    ts = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t)
    return statistics.median(ts)


def stage_times(linter, texts: list[str], batch: int = 64) -> dict:
    """Microseconds per note spent in each stage of `lint`, run stage by stage over batches."""
    from notelint.api import NoteInput
    from notelint.pipeline.extensions import TEXT_KEY
    nlp = linter.nlp
    procs = [(name, nlp.get_pipe(name)) for name in nlp.pipe_names]
    acc = {k: 0.0 for k in ["tokenizer", *nlp.pipe_names, "report", "scorer", "rules"]}
    for i in range(0, len(texts), batch):
        notes = [NoteInput(t) for t in texts[i:i + batch]]
        t = time.perf_counter()
        docs = [nlp.make_doc(n.text) for n in notes]
        acc["tokenizer"] += time.perf_counter() - t
        for d, n in zip(docs, notes):
            d.user_data[TEXT_KEY] = n.text
        for name, proc in procs:
            t = time.perf_counter()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            acc[name] += time.perf_counter() - t
        t = time.perf_counter()
        reports = linter._reports(docs, notes)
        acc["report"] += time.perf_counter() - t
        t = time.perf_counter()
        if linter.scorer is not None:
            linter.scorer.score_reports(reports)
        acc["scorer"] += time.perf_counter() - t
        t = time.perf_counter()
        for r in reports:
            r.findings = linter.rules.run(r, r._line_index)
        acc["rules"] += time.perf_counter() - t
    return {k: round(v / len(texts) * 1e6) for k, v in acc.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    import spacy
    import notelint
    from notelint.api import NoteInput
    from notelint.runtime import tune_for_throughput

    allnotes = load_notes(a.notes + 300)
    notes, warm = allnotes[:a.notes], allnotes[a.notes:]
    words = sum(len(t.split()) for t in notes)

    # Each repeat starts from freshly loaded objects, so that neither side meets the notes in
    # its tokenizer cache twice (that would flatter both and hide the real per-note cost).
    def fresh_base():
        base = spacy.blank("en")
        base.add_pipe("sentencizer")
        base.tokenizer.max_cache_size = 200_000  # same cache setting as notelint's pipeline
        list(base.pipe(warm))
        tune_for_throughput()  # as notelint's CLI runs; applied to both sides alike
        return base

    def fresh_linter():
        lin = notelint.load()
        tune_for_throughput()
        list(lin.lint_many(NoteInput(t) for t in warm))
        return lin

    def run_base():
        b = fresh_base()
        t = time.perf_counter()
        for _ in b.pipe(notes, batch_size=256):
            pass
        return time.perf_counter() - t

    def run_lint(as_dict: bool = False):
        # as_dict: also build each report's JSON-contract dict (what --format json/jsonl and
        # batch pay for; Report objects build their score dicts only when read)
        lin = fresh_linter()
        t = time.perf_counter()
        for r in lin.lint_many(NoteInput(x) for x in notes):
            if as_dict:
                r.to_dict()
        return time.perf_counter() - t

    t_base = statistics.median(run_base() for _ in range(a.repeat))
    t_lint = statistics.median(run_lint() for _ in range(a.repeat))
    t_dict = statistics.median(run_lint(True) for _ in range(a.repeat))
    linter = fresh_linter()
    lat = []
    for t in notes[:1000]:
        s = time.perf_counter()
        linter.lint(t)
        lat.append((time.perf_counter() - s) * 1000)
    lat.sort()

    def cold(cmd):
        ts = []
        for _ in range(5):
            s = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ts.append(time.perf_counter() - s)
        return statistics.median(ts)

    stages = stage_times(fresh_linter(), notes[:3000])

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(notes[0])
    cli = cold([sys.executable, "-m", "notelint", "lint", "--no-exit", f.name])
    imp = cold([sys.executable, "-c", "import spacy"])
    os.unlink(f.name)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {
        "notes": len(notes), "words": words, "mean_words_per_note": round(words / len(notes), 1),
        "baseline_tokenizer_sentencizer": {"notes_per_s": round(len(notes) / t_base), "words_per_s": round(words / t_base)},
        "notelint_lint": {"notes_per_s": round(len(notes) / t_lint), "words_per_s": round(words / t_lint)},
        "ratio_to_baseline": round(t_base / t_lint, 3),
        "notelint_lint_to_dict": {"notes_per_s": round(len(notes) / t_dict), "words_per_s": round(words / t_dict),
                                  "ratio_to_baseline": round(t_base / t_dict, 3)},
        "latency_ms_one_note": {"p50": round(lat[len(lat) // 2], 2), "p99": round(lat[int(len(lat) * 0.99)], 2)},
        "cold_start_s": {"notelint_lint_one_note": round(cli, 2), "python_import_spacy": round(imp, 2)},
        "peak_rss_mb": round(rss),
        "us_per_note_by_stage": stages,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
