"""Output formats of `notelint batch`: one record per note (JSONL, CSV) or a SQLite database."""
from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path

from ..io.jsonout import dumps_bytes

CSV_FIELDS = ("note_id", "source", "candidate_id", "interviewer_id", "req_id", "round", "submitted_at",
              "recommendation", "group", "specificity", "evidence", "vague", "context",
              "dimensions_evidenced", "n_findings", "findings", "units")


def record(report) -> dict:
    """The batch output record: the full lint report plus the input's note-level fields."""
    d = report.to_dict()
    d["meta"] = report.meta
    return d


def csv_row(rec: dict) -> dict:
    meta = rec.get("meta") or {}
    s = rec["summary"]
    return {"note_id": rec["note_id"], "source": rec["source"],
            **{k: (json.dumps(meta[k]) if isinstance(meta.get(k), (dict, list)) else meta.get(k, ""))
               for k in ("candidate_id", "interviewer_id", "req_id", "round", "submitted_at", "recommendation", "group")},
            "specificity": rec["specificity"], "evidence": s["evidence"], "vague": s["vague"],
            "context": s["context"], "dimensions_evidenced": ";".join(s["dimensions_evidenced"]),
            "n_findings": len(rec["findings"]), "findings": json.dumps(rec["findings"], ensure_ascii=False),
            "units": json.dumps(rec["units"], ensure_ascii=False)}


def encode_part(fmt: str, records: list[dict]) -> bytes:
    """Serialise one chunk's records (the CSV header is added once, at assembly)."""
    if fmt == "jsonl":
        return b"".join(dumps_bytes(r) + b"\n" for r in records)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    for r in records:
        w.writerow(csv_row(r))
    return buf.getvalue().encode("utf-8")


def csv_header() -> bytes:
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n").writeheader()
    return buf.getvalue().encode("utf-8")


def atomic_write(path: Path, data: bytes) -> None:
    """Write-then-rename, fsynced: a reader never sees a half-written file."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (
  note_id TEXT PRIMARY KEY, source TEXT, candidate_id TEXT, interviewer_id TEXT, req_id TEXT,
  round TEXT, submitted_at TEXT, recommendation TEXT, grp TEXT, specificity REAL,
  evidence INTEGER, vague INTEGER, context INTEGER, dimensions_evidenced TEXT,
  findings TEXT, meta TEXT, chunk INTEGER);
CREATE TABLE IF NOT EXISTS units (
  note_id TEXT, idx INTEGER, start INTEGER, "end" INTEGER, line INTEGER, col INTEGER,
  kind TEXT, polarity TEXT, dimensions TEXT, p_evidence REAL, p_vague REAL, p_context REAL,
  specificity REAL, text TEXT, PRIMARY KEY (note_id, idx));
CREATE TABLE IF NOT EXISTS _chunks (chunk INTEGER PRIMARY KEY, n INTEGER);
"""


class SqliteSink:
    """Each chunk is one transaction that also marks the chunk done, so resume is exactly-once."""

    def __init__(self, path: Path):
        self.con = sqlite3.connect(path)
        self.con.executescript(_SCHEMA)

    def done_chunks(self) -> set[int]:
        return {r[0] for r in self.con.execute("SELECT chunk FROM _chunks")}

    def write_chunk(self, chunk: int, records: list[dict]) -> None:
        with self.con:
            for r in records:
                m, s = r.get("meta") or {}, r["summary"]
                nid = r["note_id"] if r["note_id"] is not None else f"{r['source']}#{chunk}"
                self.con.execute(
                    "INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (nid, r["source"], m.get("candidate_id"), m.get("interviewer_id"), m.get("req_id"),
                     m.get("round"), m.get("submitted_at"), m.get("recommendation"), m.get("group"),
                     r["specificity"], s["evidence"], s["vague"], s["context"],
                     ";".join(s["dimensions_evidenced"]), json.dumps(r["findings"], ensure_ascii=False),
                     json.dumps(m, ensure_ascii=False), chunk))
                self.con.executemany(
                    'INSERT INTO units VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
                    [(nid, i, u["start"], u["end"], u["line"], u["col"], u["kind"], u["polarity"],
                      ";".join(u["dimensions"]), u["kind_scores"]["evidence"], u["kind_scores"]["vague"],
                      u["kind_scores"]["context"], u["specificity"], u["text"]) for i, u in enumerate(r["units"])])
            self.con.execute("INSERT INTO _chunks VALUES (?, ?)", (chunk, len(records)))

    def close(self) -> None:
        self.con.close()
