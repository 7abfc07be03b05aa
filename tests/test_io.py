"""Reading inputs: every bad input becomes a Problem with a reason; good ones carry their ids."""
import io

from notelint.api import NoteInput
from notelint.io.readers import Problem, read_csv, read_inputs, read_jsonl


def collect(items):
    return [(type(i).__name__, getattr(i, "note_id", None) or getattr(i, "reason", None)) for i in items]


def test_text_files(tmp_path):
    (tmp_path / "ok.txt").write_text("She asked about labels.")
    (tmp_path / "empty.txt").write_text("  \n ")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "big.txt").write_text("x" * 5_000_001)
    paths = [str(tmp_path / n) for n in ("ok.txt", "empty.txt", "bin.txt", "latin.txt", "big.txt", "missing.txt")]
    out = list(read_inputs(paths))
    assert isinstance(out[0], NoteInput) and out[0].text == "She asked about labels."
    reasons = [o.reason for o in out[1:]]
    assert "empty" in reasons[0]
    assert "binary" in reasons[1]
    assert "not UTF-8" in reasons[2]
    assert "too long" in reasons[3]
    assert "no such file" in reasons[4]
    assert all(isinstance(o, Problem) for o in out[1:])


def test_jsonl_rows():
    data = (b'{"note_id": "a", "text": "one"}\n'
            b'{"note_id": "b", "text": ""}\n'
            b'not json\n'
            b'[1, 2]\n'
            b'{"note_id": "c"}\n'
            b'{"note_id": "a", "text": "dup"}\n'
            b'{"note_id": "d", "text": 5}\n'
            b'\xff\xfe{"text": "x"}\n'
            b'{"note_id": 7, "text": "seven", "candidate_id": "c1"}\n')
    out = list(read_jsonl(io.BytesIO(data), "f.jsonl", 1000))
    assert isinstance(out[0], NoteInput) and out[0].note_id == "a"
    kinds = [(type(o).__name__, getattr(o, "line", None)) for o in out]
    assert kinds[1:8] == [("Problem", 2), ("Problem", 3), ("Problem", 4), ("Problem", 5),
                          ("Problem", 6), ("Problem", 7), ("Problem", 8)]
    assert "duplicate" in out[5].reason and "not UTF-8" in out[7].reason
    assert out[8].note_id == "7" and out[8].meta == {"candidate_id": "c1"}
    assert all(o.raw is not None for o in out[1:8])
    assert out[2].raw == "not json"


def test_jsonl_keeps_big_integers_exact():
    row = b'{"note_id": "a", "text": "t", "ratings": {"n": 123456789012345678901234567890}}\n'
    assert next(read_jsonl(io.BytesIO(row), "f.jsonl", 1000)).meta["ratings"]["n"] == 123456789012345678901234567890


def test_csv_rows_and_missing_column():
    data = 'note_id,text,recommendation\n1,"multi\nline note",hire\n2,,hire\n3,ok,hire,extra\n'.encode()
    out = list(read_csv(io.BytesIO(data), "f.csv", 1000))
    assert isinstance(out[0], NoteInput) and out[0].text == "multi\nline note"
    assert out[0].meta["recommendation"] == "hire"
    assert isinstance(out[1], Problem) and "empty" in out[1].reason
    assert isinstance(out[2], Problem) and "more cells" in out[2].reason
    bad = list(read_csv(io.BytesIO(b"id,body\n1,x\n"), "g.csv", 1000))
    assert len(bad) == 1 and "no 'text' column" in bad[0].reason
