#!/usr/bin/env bash
# Rebuild everything that is measured and committed: corpus, models, notebooks, benchmarks,
# reports, screenshots. Run from the repo root. Takes about an hour on 2 cores (training alone ~22 min).
set -euo pipefail
mkdir -p reports /tmp/notelint-bench
python tools/build_corpus.py
notelint train --data data/corpus --out models --metrics-out reports/metrics.json
notelint evaluate data/corpus/notes.jsonl data/corpus/hard_cases.jsonl --split test > reports/evaluate_test.txt
python tools/signal_ablation.py > reports/signal_ablation.json
python tools/corpus_stats.py > reports/corpus_stats.md
python tools/agreement.py score > /dev/null
python tools/make_datasheet.py
python notebooks/build_notebooks.py
python benchmarks/bench_lint.py --notes 10000 --repeat 3 > reports/bench_lint.json
python benchmarks/bench_batch.py --sizes 10000 200000 --keep /tmp/notelint-bench --keep-output > reports/bench_batch.log
notelint audit /tmp/notelint-bench/out_200000_2.jsonl --out /tmp/notelint-bench/audit > /dev/null
python benchmarks/load_serve.py --clients 50 --seconds 20 > reports/load_serve.json
python docs/make_screenshots.py /tmp/notelint-bench/audit/audit.html
notelint signal data/examples/panel.jsonl --format markdown > examples/debrief_packet_panel.md || true
python - <<'PY'
import json
rows = [json.loads(x) for x in open("data/corpus/notes.jsonl")]
with open("/tmp/notelint-bench/test_notes.jsonl", "w") as f:
    for r in rows:
        if r["split"] == "test" and r["req_id"] == "w8-r1":
            f.write(json.dumps({k: r[k] for k in ("note_id", "candidate_id", "interviewer_id", "req_id", "round",
                                                  "submitted_at", "recommendation", "text")}) + "\n")
PY
notelint signal /tmp/notelint-bench/test_notes.jsonl --format markdown > examples/debrief_packet_test_split.md
