"""Stream notes from text files, stdin, JSONL and CSV, turning every bad input into a Problem.

Nothing is loaded whole: JSONL and CSV are read row by row. A bad row or file yields a
``Problem`` (source, line, reason) and reading goes on, so no input is silently lost.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..api import NoteInput

DEFAULT_MAX_CHARS = 100_000
FORMATS = ("text", "jsonl", "csv", "parquet")
META_FIELDS = ("candidate_id", "interviewer_id", "req_id", "round", "submitted_at",
               "recommendation", "ratings", "group")


@dataclass
class Problem:
    """An input that could not be analysed, with the reason (never the note text)."""
    source: str
    line: int | None
    reason: str
    raw: str | None = None  # the offending row, for a rejects file; never logged

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


def detect_format(path: str, explicit: str | None = None) -> str:
    if explicit:
        return explicit
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    return "text"


def _check_text(text, source, line, max_chars) -> str | None:
    if not isinstance(text, str):
        return f"'text' must be a string, not {type(text).__name__}"
    if not text.strip():
        return "empty note (no text)"
    if "\x00" in text:
        return "binary content (NUL bytes) in note"
    if len(text) > max_chars:
        return f"note too long ({len(text):,} characters; limit {max_chars:,}, see --max-chars)"
    return None


def _decode(data: bytes, source: str) -> tuple[str | None, str | None]:
    if b"\x00" in data[:8192]:
        return None, "binary file, not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        return None, f"not UTF-8 text (invalid byte 0x{data[e.start]:02x} at offset {e.start})"


def read_text_note(source: str, data: bytes, max_chars: int) -> NoteInput | Problem:
    if len(data) > 4 * max_chars + 16:  # cheap size guard before decoding a huge file
        return Problem(source, None, f"note too long ({len(data):,} bytes; limit {max_chars:,} characters, see --max-chars)")
    text, err = _decode(data, source)
    if err:
        return Problem(source, None, err)
    err = _check_text(text, source, None, max_chars)
    return Problem(source, None, err) if err else NoteInput(text, source, None, {})


def _row_note(obj: dict, source: str, line: int, text_field: str, id_field: str, max_chars: int,
              seen_ids: set, raw: str) -> NoteInput | Problem:
    if text_field not in obj or obj[text_field] is None:
        return Problem(source, line, f"missing '{text_field}' field", raw)
    err = _check_text(obj[text_field], source, line, max_chars)
    if err:
        return Problem(source, line, err, raw)
    nid = obj.get(id_field)
    if nid is not None and not isinstance(nid, (str, int)):
        return Problem(source, line, f"'{id_field}' must be a string or integer", raw)
    nid = None if nid in (None, "") else str(nid)
    if nid is not None:
        if nid in seen_ids:
            return Problem(source, line, f"duplicate {id_field} {nid!r}", raw)
        seen_ids.add(nid)
    meta = {k: obj[k] for k in META_FIELDS if obj.get(k) not in (None, "")}
    if isinstance(meta.get("ratings"), str):
        try:
            meta["ratings"] = json.loads(meta["ratings"])
        except json.JSONDecodeError:
            return Problem(source, line, "'ratings' is not valid JSON", raw)
    return NoteInput(obj[text_field], source, nid, meta)


def read_jsonl(stream, source: str, max_chars: int, text_field="text", id_field="note_id",
               seen_ids: set | None = None) -> Iterator[NoteInput | Problem]:
    """``stream`` yields bytes lines."""
    seen_ids = set() if seen_ids is None else seen_ids
    for i, bline in enumerate(stream, 1):
        if not bline.strip():
            continue
        if len(bline) > 4 * max_chars + 4096:
            yield Problem(source, i, f"row too long ({len(bline):,} bytes)", None)
            continue
        try:
            line = bline.decode("utf-8-sig" if i == 1 else "utf-8")
        except UnicodeDecodeError as e:
            raw = bline.decode("utf-8", errors="replace").rstrip("\r\n")
            yield Problem(source, i, f"not UTF-8 (invalid byte 0x{bline[e.start]:02x})", raw)
            continue
        raw = line.rstrip("\r\n")
        try:  # not orjson: it reads integers beyond 64 bits as floats, silently
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Problem(source, i, f"invalid JSON ({e.msg} at column {e.colno})", raw)
            continue
        if not isinstance(obj, dict):
            yield Problem(source, i, f"row is a JSON {type(obj).__name__}, expected an object", raw)
            continue
        yield _row_note(obj, source, i, text_field, id_field, max_chars, seen_ids, raw)


def read_csv(stream, source: str, max_chars: int, text_field="text", id_field="note_id",
             seen_ids: set | None = None, delimiter=",") -> Iterator[NoteInput | Problem]:
    """``stream`` is a binary file object; rows may span lines (quoted newlines)."""
    seen_ids = set() if seen_ids is None else seen_ids
    text_stream = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    csv.field_size_limit(max(4 * max_chars, 1 << 20))
    reader = csv.DictReader(text_stream, delimiter=delimiter)
    try:
        fields = reader.fieldnames
    except csv.Error as e:
        yield Problem(source, None, f"unreadable CSV header ({e})")
        return
    if not fields or text_field not in fields:
        yield Problem(source, None, f"CSV has no '{text_field}' column (columns: {', '.join(fields or [])})")
        return
    try:
        yield from _csv_rows(reader, source, text_field, id_field, max_chars, seen_ids)
    finally:
        text_stream.detach()  # leave the caller's stream (maybe stdin) open


def _csv_rows(reader, source, text_field, id_field, max_chars, seen_ids):
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield Problem(source, reader.line_num, f"malformed CSV row ({e})")
            continue
        line = reader.line_num
        raw = ",".join(str(v) for v in row.values())
        if None in row:  # more cells than header columns
            yield Problem(source, line, "row has more cells than the header", raw)
            continue
        if any(isinstance(v, str) and any("\udc80" <= c <= "\udcff" for c in v) for v in row.values()):
            yield Problem(source, line, "not UTF-8 (invalid bytes in row)",
                          raw.encode("utf-8", "replace").decode("utf-8"))
            continue
        yield _row_note(row, source, line, text_field, id_field, max_chars, seen_ids, raw)


def read_inputs(paths, input_format: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                text_field: str = "text", id_field: str = "note_id") -> Iterator[NoteInput | Problem]:
    """Yield a NoteInput or a Problem for every note of every path ("-" is stdin)."""
    seen_ids: set = set()
    for path in paths:
        fmt = detect_format(path if path != "-" else "", input_format)
        source = "<stdin>" if path == "-" else str(path)
        if fmt == "parquet":
            from .frames import read_parquet
            if not Path(path).is_file():
                yield Problem(source, None, "no such file")
                continue
            try:
                yield from read_parquet(str(path), text_field, id_field, max_chars)
            except ImportError:
                yield Problem(source, None, "reading Parquet needs pyarrow: pip install 'notelint[archive]'")
            except Exception as e:  # pyarrow raises several types for corrupt files
                yield Problem(source, None, f"unreadable Parquet file ({e.__class__.__name__})")
            continue
        try:
            if path == "-":
                f = sys.stdin.buffer
            else:
                p = Path(path)
                if p.is_dir():
                    yield Problem(source, None, "is a directory, not a file")
                    continue
                f = open(p, "rb")
        except FileNotFoundError:
            yield Problem(source, None, "no such file")
            continue
        except PermissionError:
            yield Problem(source, None, "permission denied")
            continue
        except OSError as e:
            yield Problem(source, None, f"cannot open ({e.strerror})")
            continue
        try:
            if fmt == "text":
                yield read_text_note(source, f.read(4 * max_chars + 17), max_chars)
            elif fmt == "jsonl":
                yield from read_jsonl(f, source, max_chars, text_field, id_field, seen_ids)
            else:
                delim = "\t" if source.lower().endswith(".tsv") else ","
                yield from read_csv(f, source, max_chars, text_field, id_field, seen_ids, delim)
        finally:
            if f is not sys.stdin.buffer:
                f.close()
