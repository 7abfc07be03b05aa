"""`notelint batch` throughput and memory against the tokenizer baseline, at 10k and 200k notes.

For each archive size: the bare spaCy tokenizer + sentencizer streaming the same JSONL in one
process (the practical ceiling), then `notelint batch` with 1 and 2 workers. Peak RSS is the
largest single process (parent or worker), read from getrusage in a wrapper process.

Usage: python benchmarks/bench_batch.py [--sizes 10000 200000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

BASELINE = r"""
import gc, json, sys, time, spacy
nlp = spacy.blank("en"); nlp.add_pipe("sentencizer"); nlp.tokenizer.max_cache_size = 200_000
gc.freeze()  # as notelint's batch workers run (notelint.runtime.tune_for_throughput)
t = time.perf_counter(); n = 0
def texts():
    for line in open(sys.argv[1], encoding="utf-8"):
        yield json.loads(line)["text"]
for doc in nlp.pipe(texts(), batch_size=256):
    n += 1
print(json.dumps({"notes": n, "elapsed_s": time.perf_counter() - t}))
"""

WRAP = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t
print(json.dumps({"rc": p.returncode, "wall_s": wall, "stdout": p.stdout[-4000:], "stderr": p.stderr[-2000:],
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measure(cmd):
    out = subprocess.run([sys.executable, "-c", WRAP, *cmd], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 200000])
    ap.add_argument("--keep", default=None)
    ap.add_argument("--keep-output", action="store_true",
                    help="keep the 2-worker output of the largest size (for the audit demo)")
    a = ap.parse_args()
    work = Path(a.keep or tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    results = {}
    for n in a.sizes:
        src = work / f"archive_{n}.jsonl"
        if not src.exists():
            subprocess.run([sys.executable, str(HERE / "make_archive.py"), str(src), "--notes", str(n)], check=True)
        b = measure([sys.executable, "-c", BASELINE, str(src)])
        base = json.loads(b["stdout"])
        row = {"baseline_notes_per_s": round(base["notes"] / base["elapsed_s"]), "baseline_peak_rss_mb": round(b["peak_rss_mb"])}
        for w in (1, 2):
            out = work / f"out_{n}_{w}.jsonl"
            m = measure([sys.executable, "-m", "notelint", "batch", str(src), "--out", str(out), "--workers", str(w),
                         "--overwrite", "--quiet"])
            if m["rc"] not in (0, 1):
                raise SystemExit(m["stderr"])
            s = json.loads(m["stdout"])
            row[f"workers_{w}"] = {"notes_per_s": round(s["notes"] / s["elapsed_s"]), "elapsed_s": s["elapsed_s"],
                                   "wall_s_incl_startup": round(m["wall_s"], 1), "peak_rss_mb": round(m["peak_rss_mb"])}
            if not (a.keep_output and w == 2 and n == max(a.sizes)):
                out.unlink()
        r1 = row["workers_1"]["notes_per_s"]
        row["ratio_1_worker_to_baseline"] = round(r1 / row["baseline_notes_per_s"], 3)
        row["speedup_2_workers"] = round(row["workers_2"]["notes_per_s"] / r1, 3)
        results[n] = row
        print(json.dumps({n: row}), flush=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
