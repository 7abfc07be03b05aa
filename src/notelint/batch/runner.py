"""`notelint batch`: score an archive of notes, resumable and exactly-once.

How exactly-once works: input items (notes and bad rows alike) are numbered in reading order and
cut into fixed-size chunks, committed strictly in order. A JSONL/CSV chunk is appended to the
output-in-progress and fsynced, then its meta file (note and reject counts, the rejects, the
output's committed length) is written atomically: the meta marks the chunk done. A SQLite chunk is
one transaction that also records the chunk as done. ``--resume`` cuts the output-in-progress back
to the last committed length (dropping a chunk whose meta never landed), skips committed chunks and
finishes the rest; the finished file is renamed into place, so it is never seen half-written.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from ..api import NoteInput
from ..errors import NotelintError
from ..io.readers import DEFAULT_MAX_CHARS, Problem, read_inputs
from .sinks import SqliteSink, atomic_write, csv_header, encode_part, record

OUT_FORMATS = ("jsonl", "csv", "sqlite")


@dataclass
class BatchOptions:
    input: Path
    output: Path
    out_format: str | None = None
    input_format: str | None = None
    workers: int = 1
    chunk_size: int = 500
    resume: bool = False
    overwrite: bool = False
    rejects: Path | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    text_field: str = "text"
    models: str | None = None
    progress: bool = False


def out_format(path: Path, explicit: str | None) -> str:
    if explicit:
        return explicit
    suf = path.suffix.lower()
    if suf in (".jsonl", ".ndjson"):
        return "jsonl"
    if suf == ".csv":
        return "csv"
    if suf in (".sqlite", ".sqlite3", ".db"):
        return "sqlite"
    raise NotelintError(f"{path}: cannot tell the output format from the extension; use --out-format")


# -- worker side -----------------------------------------------------------------------------------
_LINTER = None


def _init_worker(models):
    global _LINTER
    import notelint
    from ..runtime import tune_for_throughput
    _LINTER = notelint.load(models=models)
    tune_for_throughput()


def _reject(p: Problem) -> dict:
    return {"source": p.source, "line": p.line, "reason": p.reason, "raw": p.raw}


def _process_chunk(args):
    """Lint one chunk; return only serialised results (never Docs) to the parent."""
    k, items, fmt = args
    notes = [i for i in items if isinstance(i, NoteInput)]
    records = [record(r) for r in _LINTER.lint_many(notes)]
    rejects = [_reject(i) for i in items if isinstance(i, Problem)]
    payload = records if fmt == "sqlite" else encode_part(fmt, records)
    return k, payload, rejects, len(records)


# -- parent side -----------------------------------------------------------------------------------
def _state(opts: BatchOptions, fmt: str) -> dict:
    st = opts.input.stat()
    return {"input": str(opts.input.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "chunk_size": opts.chunk_size, "format": fmt, "text_field": opts.text_field,
            "max_chars": opts.max_chars, "input_format": opts.input_format}


def _chunks(opts: BatchOptions):
    buf, k = [], 0
    for item in read_inputs([str(opts.input)], opts.input_format, opts.max_chars, opts.text_field):
        buf.append(item)
        if len(buf) == opts.chunk_size:
            yield k, buf
            buf, k = [], k + 1
    if buf:
        yield k, buf


def _read_metas(work: Path) -> dict[int, dict]:
    return {int(p.stem): json.loads(p.read_text()) for p in work.glob("*.meta")}


def _open_partial(path: Path, fmt: str, metas: dict[int, dict]):
    """The JSONL/CSV output-in-progress, cut back to its last committed length and opened for
    appending. Committed chunks are always a prefix (they commit in order)."""
    if metas:
        if sorted(metas) != list(range(len(metas))) or not path.exists():
            raise NotelintError(f"{path.parent}: the interrupted run's files are inconsistent; delete it and rerun")
        end = metas[max(metas)]["end"]
        f = open(path, "r+b")
        f.truncate(end)
        f.seek(end)
        return f
    f = open(path, "wb")
    if fmt == "csv":
        f.write(csv_header())
        f.flush()
        os.fsync(f.fileno())
    return f


def _count_lines(path: Path) -> int:
    n = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            n += block.count(b"\n")
    return n


class _Progress:
    def __init__(self, enabled: bool, total: int | None):
        self.enabled, self.total, self.t0, self.last, self.done = enabled, total, time.time(), 0.0, 0

    def update(self, n: int, final: bool = False):
        self.done += n
        now = time.time()
        if not self.enabled or (now - self.last < 0.5 and not final):
            return
        self.last = now
        rate = self.done / max(now - self.t0, 1e-9)
        eta = f"  ETA {max(self.total - self.done, 0) / rate:,.0f} s" if self.total and rate else ""
        tot = f"/{self.total:,}" if self.total else ""
        sys.stderr.write(f"\r{self.done:,}{tot} notes  {rate:,.0f} notes/s{eta}   ")
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()


def run_batch(opts: BatchOptions) -> dict:
    """Run (or resume) a batch job; returns the run summary (also written as JSON)."""
    t0 = time.time()
    if not opts.input.is_file():
        raise NotelintError(f"{opts.input}: no such file")
    fmt = out_format(opts.output, opts.out_format)
    work = opts.output.with_name(opts.output.name + ".parts")
    summary_path = opts.output.with_name(opts.output.name + ".summary.json")
    rejects_path = opts.rejects or opts.output.with_name(opts.output.name + ".rejects.jsonl")
    state = _state(opts, fmt)
    if work.exists():
        if not opts.resume:
            raise NotelintError(f"{work}: an interrupted run exists; rerun with --resume, or delete it")
        old = json.loads((work / "state.json").read_text()) if (work / "state.json").exists() else {}
        if old != state:
            raise NotelintError(f"{work}: was started with other input or options; cannot resume")
    elif opts.output.exists():
        if opts.resume and summary_path.exists():
            return {**json.loads(summary_path.read_text()), "already_complete": True}
        if not opts.overwrite:
            raise NotelintError(f"{opts.output}: exists; use --overwrite to replace it")
    work.mkdir(parents=True, exist_ok=True)
    atomic_write(work / "state.json", json.dumps(state).encode())

    sink = SqliteSink(work / "work.sqlite") if fmt == "sqlite" else None
    metas = _read_metas(work)
    done = sink.done_chunks() if sink else set(metas)
    out = None if sink else _open_partial(work / "output.partial", fmt, metas)
    total = _count_lines(opts.input) if opts.progress else None
    progress = _Progress(opts.progress, total)

    def commit(k, payload, rejects, n_ok):
        meta = {"notes": n_ok, "rejects": rejects}
        if sink:  # the transaction marks the chunk done; a meta left by a killed run is rewritten
            atomic_write(work / f"{k:08d}.meta", json.dumps(meta).encode())
            sink.write_chunk(k, payload)
        else:  # the meta marks the chunk done, so it is written only once the payload is on disk
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
            meta["end"] = out.tell()
            atomic_write(work / f"{k:08d}.meta", json.dumps(meta).encode())
        metas[k] = meta
        progress.update(n_ok + len(rejects))

    def todo():
        for k, items in _chunks(opts):
            if k in done:
                progress.update(len(items))
                continue
            yield k, items, fmt

    processed = 0
    if opts.workers <= 1:
        _init_worker(opts.models)
        for task in todo():
            commit(*_process_chunk(task))
            processed += 1
    else:
        import multiprocessing as mp
        # spawn, not fork: a forked copy of a process whose BLAS or other threads are mid-flight
        # can deadlock (seen when the parent had already loaded a linter)
        ctx = mp.get_context("spawn")
        with ctx.Pool(opts.workers, initializer=_init_worker, initargs=(opts.models,)) as pool:
            window: deque = deque()
            for task in todo():
                window.append(pool.apply_async(_process_chunk, (task,)))
                while len(window) >= 2 * opts.workers:  # bounded in flight: memory stays flat
                    commit(*window.popleft().get())
                    processed += 1
            while window:
                commit(*window.popleft().get())
                processed += 1
    progress.update(0, final=True)
    if sink:
        sink.close()

    # the finished output is renamed into place; then the rejects and summary; then the work dir
    n_notes = sum(m["notes"] for m in metas.values())
    n_rejects = sum(len(m["rejects"]) for m in metas.values())
    if sink:
        os.replace(work / "work.sqlite", opts.output)
    else:
        out.close()
        os.replace(work / "output.partial", opts.output)
    rej_tmp = rejects_path.with_name(rejects_path.name + ".tmp")
    with open(rej_tmp, "wb") as f:
        for k in sorted(metas):
            f.writelines((json.dumps(r, ensure_ascii=False) + "\n").encode() for r in metas[k]["rejects"])
    os.replace(rej_tmp, rejects_path)
    elapsed = time.time() - t0
    summary = {"input": str(opts.input), "output": str(opts.output), "format": fmt,
               "notes": n_notes, "rejects": n_rejects, "chunks": len(metas),
               "chunks_this_run": processed, "resumed": bool(done), "workers": opts.workers,
               "elapsed_s": round(elapsed, 2),
               "notes_per_s": round(n_notes / elapsed, 1) if processed == len(metas) and elapsed > 0 else None,
               "rejects_file": str(rejects_path)}
    atomic_write(summary_path, json.dumps(summary, indent=2).encode())
    shutil.rmtree(work)
    return summary
