"""Scoring where the archive lives: a pandas DataFrame column, or a Parquet file (pyarrow).

pandas and pyarrow are optional (``pip install 'notelint[archive]'``); nothing here imports them
until called.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..api import NoteInput
from .readers import META_FIELDS, Problem, _row_note

COLUMNS = ("specificity", "evidence", "vague", "context", "dimensions_evidenced", "n_findings", "error")


def lint_dataframe(linter, df, text_column: str = "text", id_column: str | None = "note_id"):
    """Return a copy of ``df`` with specificity, unit counts and findings per row.

    Bad rows (empty or non-string text) get ``error`` set and NaN scores; no row is dropped.

    >>> out = lint_dataframe(notelint.load(), df, "feedback")          # doctest: +SKIP
    >>> out[["specificity", "vague"]].describe()                        # doctest: +SKIP
    """
    import pandas as pd
    if text_column not in df.columns:
        raise KeyError(f"DataFrame has no column {text_column!r}")
    items = []
    for i, row in enumerate(df.itertuples(index=False)):
        rec = row._asdict() if hasattr(row, "_asdict") else dict(zip(df.columns, row))
        text = rec.get(text_column)
        nid = rec.get(id_column) if id_column else None
        obj = {"text": text if isinstance(text, str) else None, "note_id": None if pd.isna(nid) else nid} \
            if id_column and id_column in df.columns else {"text": text if isinstance(text, str) else None}
        items.append(_row_note(obj, "dataframe", i + 1, "text", "note_id", 100_000, set(), None))
    out = {c: [] for c in COLUMNS}
    for item in linter.lint_stream(items):
        if isinstance(item, Problem):
            for c in COLUMNS:
                out[c].append(None)
            out["error"][-1] = item.reason
        else:
            s = item.summary
            for c, v in (("specificity", item.specificity), ("evidence", s["evidence"]), ("vague", s["vague"]),
                         ("context", s["context"]), ("dimensions_evidenced", ";".join(s["dimensions_evidenced"])),
                         ("n_findings", len(item.findings)), ("error", None)):
                out[c].append(v)
    res = df.copy()
    for c in COLUMNS:
        res[c] = pd.Series(out[c], index=df.index, dtype="float64" if c == "specificity" else "object")
    return res


def read_parquet(path: str, text_field: str = "text", id_field: str = "note_id", max_chars: int = 100_000,
                 batch_rows: int = 2048) -> Iterator[NoteInput | Problem]:
    """Stream a Parquet file in record batches (never loaded whole)."""
    import pyarrow.parquet as pq
    f = pq.ParquetFile(path)
    if text_field not in f.schema_arrow.names:
        yield Problem(path, None, f"Parquet file has no '{text_field}' column")
        return
    cols = [c for c in (text_field, id_field, *META_FIELDS) if c in f.schema_arrow.names]
    seen: set = set()
    line = 0
    for batch in f.iter_batches(batch_size=batch_rows, columns=cols):
        for row in batch.to_pylist():
            line += 1
            yield _row_note(row, path, line, text_field, id_field, max_chars, seen, None)
