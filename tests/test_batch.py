"""`notelint batch`: rejects, formats, exactly-once resume (with a real SIGKILL), frames."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from notelint.batch import BatchOptions, run_batch

GOOD = ["She asked how labels were collected before choosing a loss.", "Great communicator. Strong hire.",
        "When I pushed back on the metric he proposed an online holdout.", "Round 2, coding.\n- no tests written"]


def write_archive(path, n, bad_every=0):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            if bad_every and i % bad_every == bad_every - 1:
                f.write(["{not json", json.dumps({"note_id": f"n{i}", "text": ""}), json.dumps({"note_id": f"n{i}"}),
                         json.dumps({"note_id": "n0", "text": "duplicate id"})][i % 4] + "\n")
            else:
                f.write(json.dumps({"note_id": f"n{i}", "text": f"{GOOD[i % 4]} (note {i})",
                                    "interviewer_id": f"i{i % 3}", "recommendation": "hire"}) + "\n")


def read_jsonl(p):
    return [json.loads(x) for x in open(p, encoding="utf-8")]


def test_rejects_and_summary(tmp_path, linter):
    src = tmp_path / "in.jsonl"
    write_archive(src, 40, bad_every=5)
    out = tmp_path / "out.jsonl"
    s = run_batch(BatchOptions(src, out, chunk_size=7))
    rows, rejects = read_jsonl(out), read_jsonl(tmp_path / "out.jsonl.rejects.jsonl")
    assert s["notes"] == len(rows) == 32 and s["rejects"] == len(rejects) == 8
    assert all(r["line"] and r["reason"] for r in rejects)
    assert sorted(r["line"] for r in rejects) == [5, 10, 15, 20, 25, 30, 35, 40]
    assert len({r["note_id"] for r in rows}) == 32
    assert {"units", "findings", "summary", "specificity", "meta"} <= set(rows[0])
    assert json.loads((tmp_path / "out.jsonl.summary.json").read_text())["notes"] == 32
    assert not (tmp_path / "out.jsonl.parts").exists()
    with pytest.raises(Exception, match="exists"):
        run_batch(BatchOptions(src, out))


def test_csv_and_sqlite_outputs(tmp_path, linter):
    src = tmp_path / "in.jsonl"
    write_archive(src, 25)
    run_batch(BatchOptions(src, tmp_path / "o.csv", chunk_size=10))
    import csv
    rows = list(csv.DictReader(open(tmp_path / "o.csv", encoding="utf-8")))
    assert len(rows) == 25 and float(rows[0]["specificity"]) >= 0
    run_batch(BatchOptions(src, tmp_path / "o.sqlite", chunk_size=10))
    con = sqlite3.connect(tmp_path / "o.sqlite")
    assert con.execute("select count(*) from notes").fetchone()[0] == 25
    assert con.execute("select count(distinct note_id) from units").fetchone()[0] == 25


def test_two_workers_match_one(tmp_path, linter):
    src = tmp_path / "in.jsonl"
    write_archive(src, 60)
    run_batch(BatchOptions(src, tmp_path / "a.jsonl", chunk_size=8, workers=1))
    run_batch(BatchOptions(src, tmp_path / "b.jsonl", chunk_size=8, workers=2))
    assert read_jsonl(tmp_path / "a.jsonl") == read_jsonl(tmp_path / "b.jsonl")


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_crash_after_payload_before_meta_is_exactly_once(tmp_path, linter, monkeypatch, fmt):
    """The narrowest window: a chunk's rows are on disk but its meta never landed."""
    import notelint.batch.runner as runner
    src = tmp_path / "in.jsonl"
    write_archive(src, 90, bad_every=20)
    run_batch(BatchOptions(src, tmp_path / f"ref.{fmt}", chunk_size=10))
    real = runner.atomic_write

    def dies_on_chunk_3(path, data):
        if path.name == "00000003.meta":
            raise KeyboardInterrupt
        real(path, data)

    monkeypatch.setattr(runner, "atomic_write", dies_on_chunk_3)
    with pytest.raises(KeyboardInterrupt):
        run_batch(BatchOptions(src, tmp_path / f"out.{fmt}", chunk_size=10))
    partial = tmp_path / f"out.{fmt}.parts" / "output.partial"
    assert partial.stat().st_size > 0
    with open(partial, "ab") as f:  # and a torn write, longer than the rest of the job
        f.write(b"x" * 1_000_000)
    monkeypatch.setattr(runner, "atomic_write", real)
    s = run_batch(BatchOptions(src, tmp_path / f"out.{fmt}", chunk_size=10, resume=True))
    assert s["resumed"] and s["notes"] == 86 and s["rejects"] == 4
    assert (tmp_path / f"out.{fmt}").read_bytes() == (tmp_path / f"ref.{fmt}").read_bytes()
    assert (tmp_path / f"out.{fmt}.rejects.jsonl").read_bytes() == (tmp_path / f"ref.{fmt}.rejects.jsonl").read_bytes()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_sigkill_then_resume_is_exactly_once(tmp_path, linter, fmt):
    src = tmp_path / "in.jsonl"
    write_archive(src, 1500, bad_every=50)
    out = tmp_path / f"out.{fmt}"
    ref = tmp_path / f"ref.{fmt}"
    run_batch(BatchOptions(src, ref, chunk_size=20))
    cmd = [sys.executable, "-m", "notelint.cli", "batch", str(src), "--out", str(out), "--chunk-size", "20", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = tmp_path / f"out.{fmt}.parts"
    deadline = time.time() + 60
    while time.time() < deadline:  # kill once some, but not all, chunks are committed
        if len(list(parts.glob("*.meta"))) >= 5:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists(), "the output must not appear half-written"
    done = subprocess.run(cmd + ["--resume"], capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    summary = json.loads(done.stdout)
    assert summary["resumed"] and summary["notes"] == 1470 and summary["rejects"] == 30
    if fmt == "csv":
        assert out.read_bytes() == ref.read_bytes()
    elif fmt == "jsonl":
        got, want = read_jsonl(out), read_jsonl(ref)
        assert sorted(r["note_id"] for r in got) == sorted(r["note_id"] for r in want)
        assert len(got) == len({r["note_id"] for r in got}) == 1470
        assert got == want
    else:
        ids = [r[0] for r in sqlite3.connect(out).execute("select note_id from notes")]
        assert len(ids) == len(set(ids)) == 1470
    assert len(read_jsonl(tmp_path / f"out.{fmt}.rejects.jsonl")) == 30


def test_dataframe_and_parquet(tmp_path, linter):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from notelint.io.frames import lint_dataframe
    df = pd.DataFrame({"note_id": ["a", "b", "c"], "feedback": [GOOD[0], "", GOOD[1]]})
    out = lint_dataframe(linter, df, "feedback")
    assert list(out["note_id"]) == ["a", "b", "c"] and out["error"][1] and out["error"][0] is None
    assert out["specificity"][0] > out["specificity"][2]
    df2 = pd.DataFrame({"note_id": [f"p{i}" for i in range(30)], "text": [GOOD[i % 4] for i in range(30)]})
    df2.to_parquet(tmp_path / "a.parquet")
    s = run_batch(BatchOptions(tmp_path / "a.parquet", tmp_path / "p.jsonl", chunk_size=7))
    assert s["notes"] == 30


def test_jsonl_output_keeps_fields_orjson_cannot_encode():
    from notelint.batch.sinks import encode_part
    recs = [{"note_id": "a", "meta": {"big": 2 ** 70}}, {"note_id": "b", "meta": {"x": "é"}}]
    lines = [json.loads(x) for x in encode_part("jsonl", recs).decode("utf-8").splitlines()]
    assert lines == recs
