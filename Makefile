# One entry point for the checks a fresh clone needs. `make test` is the README's test command
# and exactly what CI runs (.ci/run).
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: test test-slow demo train bench chromium

test: $(VENV)/.installed chromium
	$(PY) -m pytest -q

# Slow checks kept out of CI: full retraining must reproduce the shipped models.
test-slow: $(VENV)/.installed
	$(PY) -m pytest -q -m slow

demo: $(VENV)/.installed
	$(VENV)/bin/notelint lint --no-exit data/examples/*.txt

train: $(VENV)/.installed
	$(VENV)/bin/notelint train --data data/corpus --out models --metrics-out reports/metrics.json

bench: $(VENV)/.installed
	$(PY) benchmarks/bench_lint.py
	$(PY) benchmarks/bench_batch.py
	$(PY) benchmarks/bench_designs.py

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,serve,archive]"
	touch $@

# The browser test drives Debian's Chromium (no browser download at test time).
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
