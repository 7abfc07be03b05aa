"""`notelint audit`: the report from raw notes and from batch output, its files, its statistics."""
import csv
import json

import pytest
from click.testing import CliRunner

from notelint.audit import audit
from notelint.audit.stats import AuditNote
from notelint.batch import BatchOptions, run_batch
from notelint.cli.main import cli

from conftest import CORPUS


def _note(i, interviewer="i1", group=None, recommendation="hire", vague_praise=0, units=6, evidence=3,
          specificity=50.0, date="2025-03-01"):
    return AuditNote(f"n{i}", interviewer, "coding", "r1", date, recommendation, specificity, units, evidence,
                     vague_praise, vague_praise, ["coding"] if evidence else [], [], 0, group, f"note {i}")


@pytest.fixture(scope="module")
def corpus_slice(tmp_path_factory):
    """120 corpus notes (several writers' interviewers) as a raw archive."""
    rows = [json.loads(x) for x in open(CORPUS / "notes.jsonl", encoding="utf-8")]
    keep = rows[::8]
    p = tmp_path_factory.mktemp("audit") / "notes.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in keep), encoding="utf-8")
    return p, keep


def test_audit_from_raw_notes_and_from_batch_output_agree(tmp_path, linter, corpus_slice):
    src, rows = corpus_slice
    runner = CliRunner()
    r = runner.invoke(cli, ["audit", str(src), "--out", str(tmp_path / "raw")], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    run_batch(BatchOptions(src, tmp_path / "scored.jsonl", chunk_size=25))
    r = runner.invoke(cli, ["audit", str(tmp_path / "scored.jsonl"), "--out", str(tmp_path / "batch")],
                      catch_exceptions=False)
    assert r.exit_code == 0, r.output
    a = json.loads((tmp_path / "raw" / "audit.json").read_text())
    b = json.loads((tmp_path / "batch" / "audit.json").read_text())
    assert a == b

    interviewers = {x["interviewer_id"] for x in rows}
    assert set(a["interviewers"]) == interviewers
    assert sum(s["notes"] for s in a["interviewers"].values()) == len(rows) == a["overall"]["notes"]
    for s in a["interviewers"].values():
        if s["leniency"]:
            assert s["leniency"]["low"] <= s["leniency"]["leniency"] <= s["leniency"]["high"]
        assert s["coaching"] and s["trend"]
    assert set(a["rounds"]) == {x["round"] for x in rows} and set(a["reqs"]) == {x["req_id"] for x in rows}
    assert a["worst_notes"][0]["specificity"] <= a["best_notes"][0]["specificity"]

    with open(tmp_path / "raw" / "interviewers.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == len(interviewers)
    html = (tmp_path / "raw" / "audit.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 3  # specificity per interviewer, leniency, vague share over time
    # self-contained: nothing is fetched, so no note text can leave the machine through the page
    page = html.replace("xmlns='http://www.w3.org/2000/svg'", "")  # a namespace name, not a fetch
    for external in ("http://", "https://", "<script src", "<link", "@import", "url("):
        assert external not in page
    assert "groups" not in a  # no self-reported group column in the corpus


def test_audit_reports_bad_rows_and_still_writes(tmp_path, linter, corpus_slice):
    src, _ = corpus_slice
    run_batch(BatchOptions(src, tmp_path / "scored.jsonl", chunk_size=50))
    with open(tmp_path / "scored.jsonl", "a", encoding="utf-8") as f:
        f.write("{not json\n")
    r = CliRunner().invoke(cli, ["audit", str(tmp_path / "scored.jsonl"), "--out", str(tmp_path / "out")])
    assert r.exit_code == 2
    assert "invalid JSON" in r.output and "Traceback" not in r.output
    assert (tmp_path / "out" / "audit.html").exists()


def test_group_pattern_is_visible_with_intervals():
    """The research pattern: vague praise going to one group more than another must show, with
    intervals that separate when the difference is real."""
    notes = [_note(i, f"i{i % 4}", "women", vague_praise=3) for i in range(60)]
    notes += [_note(100 + i, f"i{i % 4}", "men", vague_praise=0 if i % 3 else 1) for i in range(60)]
    g = audit(notes)["groups"]
    w, m = g["women"], g["men"]
    assert w["vague_praise_share"] > m["vague_praise_share"]
    assert w["vague_praise_share_ci95"][0] > m["vague_praise_share_ci95"][1]
    assert w["notes"] == m["notes"] == 60


def test_short_histories_are_shrunk_and_less_certain():
    notes = [_note(i, "veteran", recommendation="no_hire" if i % 2 else "hire") for i in range(40)]
    notes += [_note(100 + i, "newcomer", recommendation="strong_hire") for i in range(2)]
    ln = audit(notes)["interviewers"]
    new, vet = ln["newcomer"]["leniency"], ln["veteran"]["leniency"]
    assert new["high"] - new["low"] > vet["high"] - vet["low"]
    everyone = [2.0, 2.0] + [1.0, -2.0] * 20  # hire = 1, no_hire = -2, strong_hire = 2
    raw_gap = new["mean_raw"] - sum(everyone) / len(everyone)
    assert 0 < new["leniency"] < raw_gap  # lenient, but pulled towards the peers by the prior


def test_interviewers_listed_as_a_person_reads_them():
    notes = [_note(i, name) for i, name in enumerate(["i10", "i2", "i1", "i2"])]
    assert list(audit(notes)["interviewers"]) == ["i1", "i2", "i10"]
